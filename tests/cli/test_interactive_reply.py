"""The reply prompt on a real (pseudo) terminal: the order is placed only when the user types y.

The CLI runs in a subprocess whose stdin, stdout and stderr are the slave side of a pty, so
``isatty()`` is true as for a person at a terminal; the test reads the master side, waits for the
``[y/N]`` prompt and types the answer. The fake gateway runs in this process, so its state shows
whether the order really reached the book.
"""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Sequence

import pytest

from ibkr_webapi.testing import FakeGateway

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal"),
    pytest.mark.timeout(90),
]

PROMPT = b"[y/N]"


def run_in_terminal(argv: Sequence[str], answers: Sequence[bytes], timeout: float = 60) -> tuple[int, str]:
    """Run ``ibkr-webapi argv`` on a pty, typing one answer per prompt; (exit code, transcript)."""
    master, slave = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ibkr_webapi.cli", *argv],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        start_new_session=True,  # Ctrl-C in the test runner does not reach it
    )
    os.close(slave)
    transcript = b""
    pending = list(answers)
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            transcript += chunk
            asked = transcript.count(PROMPT)
            answered = len(answers) - len(pending)
            if asked > answered:
                assert pending, f"asked more questions than expected:\n{transcript.decode(errors='replace')}"
                os.write(master, pending.pop(0))
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    return code, transcript.decode(errors="replace")


def buy_argv(url: str) -> list[str]:
    # 200 is far under AAPL's ~270: the fake asks o163 ("price exceeds the percentage constraint")
    return ["buy", "AAPL", "10", "--limit", "200", "--submit", "--gateway", url]


def test_typing_y_places_the_order(gateway: tuple[FakeGateway, str]) -> None:
    gw, url = gateway
    code, text = run_in_terminal(buy_argv(url), [b"y\n"])
    assert code == 0, text
    assert "IBKR asks [o163]" in text and "Confirm and send the order? [y/N]" in text
    assert "placed BUY 10 AAPL LMT 200.00" in text
    [order] = gw.state.orders.orders.values()
    assert order.spec.side == "BUY" and float(order.spec.price) == 200.0


@pytest.mark.parametrize("answer", [b"n\n", b"\n", b"\x04"], ids=["n", "enter", "ctrl-d"])
def test_anything_but_y_places_nothing(gateway: tuple[FakeGateway, str], answer: bytes) -> None:
    gw, url = gateway
    code, text = run_in_terminal(buy_argv(url), [answer])
    assert code == 5, text
    assert "not confirmed" in text and "Traceback" not in text
    assert not gw.state.orders.orders
