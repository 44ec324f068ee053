"""``ibkr-webapi fake-gateway`` in a subprocess on a free port, used by another command, stopped by Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from .conftest import Run


@pytest.mark.timeout(60)
def test_fake_gateway_subprocess_serves_the_cli(run: Run) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ibkr_webapi.cli", "fake-gateway", "--port", "0", "--no-pacing"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert "serving" in first, first + (proc.stderr.read() if proc.stderr else "")
        url = first.split("serving", 1)[1].strip()
        r = run("status", "--gateway", url)
        assert r.code == 0, r.err
        assert "DU1234567" in r.out
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "stopped" in out and "Traceback" not in err
