"""The README's command-line schemathesis run finds nothing against a served fake.

Runs ``schemathesis run`` as a user would (a subprocess, the spec file, the fake's URL), with exactly
the options the README's testing section gives and explains, after opening a brokerage session.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import httpx

from ibkr_webapi.testing import FakeGateway

from .conftest import SPEC

#: The README's options (see "Checking the fake against the spec from the command line").
README_OPTIONS = [
    "--exclude-operation-id",
    "logout",
    "--exclude-path-regex",
    "^/(gw|oauth2)/",
    "--exclude-checks",
    "ignored_auth,positive_data_acceptance",
]


SMALL_RUN = ["--max-examples", "5", "--seed", "1", "--no-color"]  # bounded for CI, reproducible


def _schemathesis() -> str:
    beside = Path(sys.executable).with_name("schemathesis")
    found = str(beside) if beside.exists() else shutil.which("schemathesis")
    assert found, "schemathesis is a dev dependency: pip install -e '.[dev]'"
    return found


def test_the_readme_schemathesis_command_finds_nothing(tmp_path: Path) -> None:
    gw = FakeGateway(enforce_pacing=False)
    with gw.serve() as srv, httpx.Client(base_url=srv.base_url) as http:
        assert http.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True}).is_success
        assert http.get("/iserver/accounts").is_success
        run = subprocess.run(
            [_schemathesis(), "run", str(SPEC), "--url", srv.base_url, *README_OPTIONS, *SMALL_RUN],
            cwd=tmp_path,  # schemathesis writes .schemathesis/ where it runs
            capture_output=True,
            text=True,
            timeout=600,
        )
    tail = run.stdout[-3000:] + run.stderr[-1000:]
    assert run.returncode == 0, tail
    assert " passed" in run.stdout and "failures" not in run.stdout.split("SUMMARY")[-1], tail
    assert gw.counters.snapshot()["total_requests"] > 1000  # it did exercise the fake
    gw.assert_no_server_errors()
