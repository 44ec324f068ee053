"""Every script in examples/ runs against the embedded fake gateway, so none can rot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
EXPECTED = {
    "quote.py": ["AAPL", "rounds"],
    "place_order_with_replies.py": ["IBKR asks ['o163']", "confirm", "status: Cancelled"],
    "stream_market_data.py": ["AAPL last", "updates in"],
    "async_snapshot.py": ["ES", "FUT", "complete: True"],
    "portfolio.py": ["DU1234567", "buying power"],
    "use_fake_gateway_in_your_tests.py": ["3 passed"],
    "history_and_live_account.py": [
        "minute bars in 2 requests",
        "with missing data",
        "AAPL position 50 -> 52",
    ],
}


def test_every_example_is_covered() -> None:
    scripts = {p.name for p in EXAMPLES.glob("*.py") if not p.name.startswith("_")}
    assert scripts == set(EXPECTED)


@pytest.mark.timeout(90)
@pytest.mark.parametrize("script", sorted(EXPECTED))
def test_example_runs_against_the_fake(script: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}
    env.update(IBKR_EXAMPLE_FAKE="1", PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, str(EXAMPLES / script)],
        capture_output=True,
        text=True,
        timeout=80,
        env=env,
        cwd=EXAMPLES,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for text in EXPECTED[script]:
        assert text in proc.stdout, proc.stdout
    assert "Traceback" not in proc.stderr
