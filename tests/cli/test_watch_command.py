"""``ibkr-webapi watch``: the live account's changes as lines (or NDJSON) until stopped."""

from __future__ import annotations

import json

from ibkr_webapi._cli_data import describe, render
from ibkr_webapi.live import FillReported, LiveState
from ibkr_webapi.streaming import TradeUpdate
from ibkr_webapi.testing import FakeGateway

from .conftest import Run


def test_watch_reports_the_reconciled_state_as_ndjson(run: Run, gateway: tuple[FakeGateway, str]) -> None:
    _, url = gateway
    r = run("watch", "--seconds", "0", "--json", "--gateway", url)
    assert r.code == 0, r.err
    records = [json.loads(line) for line in r.out.splitlines()]
    assert records[0] == {"type": "watching", "account": "DU1234567"}
    positions = {rec["symbol"]: rec["quantity"] for rec in records if rec["type"] == "position"}
    assert positions == {"AAPL": "50", "SPY": "100"}  # the fake's seeded positions, from nothing
    assert records[-1]["type"] == "ready" and records[-1]["positions"] == 2


def test_watch_lines_for_people(run: Run, gateway: tuple[FakeGateway, str]) -> None:
    _, url = gateway
    r = run("watch", "--seconds", "0", "--gateway", url)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].startswith("watching DU1234567") and "position AAPL (265598) None -> 50" in lines
    assert lines[-1] == "(reconciled: 0 open orders, 2 positions, 0 executions today)"


def test_fill_line() -> None:
    state = LiveState("DU1")
    (fill, _) = state.on_event(TradeUpdate("x1", conid=265598, symbol="AAPL", side="B", size=3, price=1.5))
    assert isinstance(fill, FillReported)
    assert render(describe(fill)) == "fill     B 3 AAPL @ 1.5 (x1)"
