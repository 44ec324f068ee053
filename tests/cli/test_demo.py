"""``ibkr-webapi demo`` runs the whole walkthrough against the embedded fake and checks every step."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from ibkr_webapi import demo


def test_demo_passes_every_check_in_process() -> None:
    out = io.StringIO()
    assert demo.main(["--stream-seconds", "2"], out=out) == 0, out.getvalue()
    text = out.getvalue()
    for line in (
        "the system trust store refuses the gateway's certificate",
        "a live session token (Diffie-Hellman)",
        "IBKR asks [o163]",
        "the default ReplyPolicy (deny) refused question o163; nothing placed",
        "Cancelled",
        "Filled",
        "AAPL position 50 -> 60",
        "market-data updates",
        "order updates",
        "Demo complete:",
    ):
        assert line in text
    assert "DEMO FAILED" not in text


def test_demo_failure_exits_non_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step whose check does not hold stops the demo with exit 1 and says which step."""

    def broken_trade(t: demo.Transcript, client: object, account: str) -> list[int]:
        t.step("a step that fails")
        t.check(False, "something that is not true")
        return []

    monkeypatch.setattr(demo, "_trade", broken_trade)
    out = io.StringIO()
    assert demo.main([], out=out) == 1
    assert "DEMO FAILED: step 3: expected something that is not true" in out.getvalue()


@pytest.mark.timeout(90)
def test_console_script_demo_subprocess() -> None:
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "ibkr_webapi.cli", "demo", "--stream-seconds", "1"],
        capture_output=True,
        text=True,
        timeout=80,
        env=env,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Demo complete:" in proc.stdout
    assert "Traceback" not in proc.stderr
