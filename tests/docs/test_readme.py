"""The README's quick tour runs as written against the fake gateway, so it cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ibkr_webapi import Client
from ibkr_webapi.pytest_plugin import ServedGateway

README = Path(__file__).resolve().parents[2] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_quick_tour_runs_against_the_fake_gateway(
    fake_gateway: ServedGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    tour = next(block for block in _python_blocks() if "with Client.from_env() as client:" in block)
    monkeypatch.setenv("IBKR_MODE", "gateway")
    monkeypatch.setenv("IBKR_BASE_URL", fake_gateway.base_url)
    namespace: dict[str, object] = {}
    exec(compile(tour, "README.md:quick-tour", "exec"), namespace)
    # counted by answer: the fake enforces IBKR's limits on arrival, and on a loaded host two sends
    # the pacer spaced can arrive bunched and be answered 429 (then resent): one cancel succeeded
    answered = fake_gateway.counters.snapshot()["by_operation_status"]
    assert answered.get("place_orders 200", 0) >= 2 and answered.get("cancel_order 200") == 1
    assert namespace["positions"] and namespace["ledger"]


@pytest.mark.ibkr_gateway(pacing=False)
def test_client_call_example_runs_against_the_fake_gateway(
    fake_gateway: ServedGateway, ibkr_client: Client
) -> None:
    block = next(b for b in _python_blocks() if 'client.call("get_live_orders"' in b)
    namespace: dict[str, object] = {"client": ibkr_client}
    exec(compile(block, "README.md:client-call", "exec"), namespace)
    assert type(namespace["live"]).__name__ == "LiveOrdersResponse"
    assert fake_gateway.counters.snapshot()["requests"]["get_order_status"] == 1


def test_the_operation_counts_the_readme_gives_are_the_specs() -> None:
    from ibkr_webapi_client.operations import OPERATIONS

    text = README.read_text(encoding="utf-8")
    counts = [int(n) for n in re.findall(r"\b(\d+)\s+operations\b", text.replace("\n", " "))]
    assert counts, "the README names the number of operations"
    assert set(counts) == {len(OPERATIONS)}
