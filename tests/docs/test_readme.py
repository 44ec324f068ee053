"""The README's quick tour runs as written against the fake gateway, so it cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ibkr_webapi.testing import FakeGateway

README = Path(__file__).resolve().parents[2] / "README.md"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)


def test_quick_tour_runs_against_the_fake_gateway(monkeypatch: pytest.MonkeyPatch) -> None:
    tour = next(block for block in _python_blocks() if "with Client.from_env() as client:" in block)
    gw = FakeGateway(auth="gateway", seed=0)
    with gw.serve() as srv:
        for name in [n for n in list(__import__("os").environ) if n.startswith("IBKR_")]:
            monkeypatch.delenv(name)
        monkeypatch.setenv("IBKR_MODE", "gateway")
        monkeypatch.setenv("IBKR_BASE_URL", srv.base_url)
        namespace: dict[str, object] = {}
        exec(compile(tour, "README.md:quick-tour", "exec"), namespace)
    requests = gw.counters.snapshot()["requests"]
    assert requests["place_orders"] >= 2 and requests["cancel_order"] == 1
    assert namespace["positions"] and namespace["ledger"]
    gw.assert_no_server_errors()


def test_client_call_example_runs_against_the_fake_gateway() -> None:
    from ibkr_webapi import Client
    from ibkr_webapi.pacing import unlimited_pacer

    block = next(b for b in _python_blocks() if 'client.call("get_live_orders"' in b)
    gw = FakeGateway(auth="gateway", seed=0, enforce_pacing=False)
    with gw.serve() as srv, Client(srv.base_url, keepalive_interval=None, pacer=unlimited_pacer()) as client:
        namespace: dict[str, object] = {"client": client}
        exec(compile(block, "README.md:client-call", "exec"), namespace)
    assert type(namespace["live"]).__name__ == "LiveOrdersResponse"
    assert gw.counters.snapshot()["requests"]["get_order_status"] == 1
    gw.assert_no_server_errors()
