"""``ibkr-webapi fake-gateway`` in a subprocess on a free port, used by another command, stopped by Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from .conftest import Run


def _start_fake_gateway(*options: str) -> tuple[subprocess.Popen[str], str]:
    """``ibkr-webapi fake-gateway --port 0 [options]`` in a subprocess (no ``IBKR_*`` settings
    inherited); returns it and the base URL it printed."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ibkr_webapi.cli", "fake-gateway", "--port", "0", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert "serving" in first, first + (proc.stderr.read() if proc.stderr else "")
    return proc, first.split("serving", 1)[1].strip()


@pytest.mark.timeout(60)
def test_fake_gateway_subprocess_serves_the_cli(run: Run) -> None:
    proc, url = _start_fake_gateway("--no-pacing")
    try:
        r = run("status", "--gateway", url)
        assert r.code == 0, r.err
        assert "DU1234567" in r.out
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert "stopped after" in out and "Traceback" not in err
    assert "0 answered 429" in out


@pytest.mark.timeout(60)
def test_fake_gateway_says_on_stopping_how_many_requests_it_refused() -> None:
    """Unpaced requests (raw httpx, /tickle in a row until one is refused: IBKR allows 1/s) are
    refused, and the fake says so, per operation, when stopped."""
    import httpx

    proc, url = _start_fake_gateway()
    try:
        statuses: list[int] = []
        with httpx.Client(timeout=10) as raw:
            while 429 not in statuses and len(statuses) < 50:
                statuses.append(raw.post(url + "/tickle").status_code)
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
    assert statuses[0] == 200 and statuses[-1] == 429, statuses
    assert f"stopped after {len(statuses)} requests: 1 answered 429" in out
    assert "(429 by operation: tickle 1)" in out
