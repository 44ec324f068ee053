"""IBKR behaviour that clients get wrong, as the fake now has it (each with its evidence in the fake's code).

Partial fills, one order book per account, /portfolio/subaccounts2 paging from a kept listing, ``str``
replaying recent executions on subscribe (duplicates arrive), a filtered /iserver/account/orders call
suppressing ``sor`` pushes until an unfiltered call, and topics sent before ``sts`` being dropped.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

ACCT = "DU1234567"
OTHER = "DU7654321"
AAPL = 265598
API = "/v1/api"


@pytest.fixture
def tc(make_gateway: Any, request: Any) -> Iterator[TestClient]:
    kwargs = {"enforce_pacing": False, "ws_heartbeat_interval_s": 3600.0, **getattr(request, "param", {})}
    gw = make_gateway(**kwargs)
    with TestClient(gw.app, base_url="http://testserver") as client:
        assert client.post(
            API + "/iserver/auth/ssodh/init", json={"publish": True, "compete": True}
        ).is_success
        assert client.get(API + "/iserver/accounts").is_success
        client.cookies.set("api", gw.ctx.sessions.ws_session_value)
        client.gw = gw  # type: ignore[attr-defined]
        yield client


def _frames_until_tic(ws: Any) -> list[dict[str, Any]]:
    """Every frame up to the answer to a ``tic`` sent now: what the socket sent before it."""
    ws.send_text("tic")
    frames = []
    while True:
        frame = json.loads(ws.receive_text())
        if frame.get("topic") == "tic":
            return frames
        frames.append(frame)


def _until(ws: Any, topic: str) -> dict[str, Any]:
    for _ in range(500):
        frame = json.loads(ws.receive_text())
        if frame.get("topic") == topic:
            return frame  # type: ignore[no-any-return]
    raise AssertionError(f"no {topic} frame")


def _order(tc: TestClient, account: str, **fields: Any) -> int:
    order = {"conid": AAPL, "side": "BUY", "quantity": 1, "tif": "DAY", **fields}
    body = tc.post(f"{API}/iserver/account/{account}/orders", json={"orders": [order]}).json()
    while "id" in body[0] and "order_id" not in body[0]:
        body = tc.post(f"{API}/iserver/reply/{body[0]['id']}", json={"confirmed": True}).json()
    return int(body[0]["order_id"])


@pytest.mark.parametrize("tc", [{"ws_sts_delay_s": 100.0}], indirect=True)
def test_topics_sent_before_sts_are_dropped(tc: TestClient) -> None:
    gw = tc.gw  # type: ignore[attr-defined]
    with tc.websocket_connect(API + "/ws") as ws:
        assert json.loads(ws.receive_text())["topic"] == "system"
        ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')  # too early: IBKR drops it silently
        for _ in range(1000):  # wait for the server thread to read it (no time is asserted)
            if gw.counters.snapshot()["ws_topics_dropped_before_sts"] == 1:
                break
            time.sleep(0.01)
        assert gw.counters.snapshot()["ws_topics_dropped_before_sts"] == 1
        gw.advance_time(100)  # the gateway's moment passes: sts goes out
        assert _until(ws, "sts")["args"]["authenticated"] is True
        assert all(not str(f.get("topic", "")).startswith("smd") for f in _frames_until_tic(ws))
        ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')  # after sts: served
        assert _until(ws, f"smd+{AAPL}")["conid"] == AAPL


def test_str_replays_recent_executions_on_every_subscribe(tc: TestClient) -> None:
    _order(tc, ACCT, orderType="MKT", quantity=4)
    with tc.websocket_connect(API + "/ws") as ws:
        _until(ws, "sts")
        ws.send_text("str+{}")
        first = _until(ws, "str")["args"]
        assert [t["size"] for t in first] == [4]
        ws.send_text("utr+{}")
        ws.send_text("str+{}")  # a re-subscription (after a reconnect, say) replays them again
        again = _until(ws, "str")["args"]
        assert [t["execution_id"] for t in again] == [t["execution_id"] for t in first]
        ws.send_text("utr+{}")
        ws.send_text('str+{"realtimeUpdatesOnly":true}')  # no replay asked: only new executions
        assert not [f for f in _frames_until_tic(ws) if f.get("topic") == "str"]
        _order(tc, ACCT, orderType="MKT", quantity=2)
        assert [t["size"] for t in _until(ws, "str")["args"]] == [2]


def test_a_filtered_orders_call_suppresses_sor_until_an_unfiltered_call(tc: TestClient) -> None:
    with tc.websocket_connect(API + "/ws") as ws:
        _until(ws, "sts")
        ws.send_text("sor+{}")
        # no snapshot of live orders on subscribe, as IBKR; the tic answer shows sor+ was handled
        assert not [f for f in _frames_until_tic(ws) if f.get("topic") == "sor"]
        assert tc.get(API + "/iserver/account/orders", params={"filters": "filled"}).is_success
        quiet = _order(tc, ACCT, orderType="LMT", price=100.0)
        assert not [f for f in _frames_until_tic(ws) if f.get("topic") == "sor"]
        assert tc.get(API + "/iserver/account/orders", params={"force": "true"}).is_success
        tc.delete(f"{API}/iserver/account/{ACCT}/order/{quiet}")
        pushed = _until(ws, "sor")["args"]
        assert [r["orderId"] for r in pushed] == [quiet]


def test_subscribing_to_sor_sends_no_snapshot_of_live_orders(tc: TestClient) -> None:
    """IBKR answers ``sor+{}`` with nothing: live orders come from /iserver/account/orders, and
    only later changes are pushed. The fake's counter is how a test knows the topic is live."""
    live = _order(tc, ACCT, orderType="LMT", price=100.0)
    with tc.websocket_connect(API + "/ws") as ws:
        _until(ws, "sts")
        ws.send_text("sor+{}")
        assert not [f for f in _frames_until_tic(ws) if f.get("topic") == "sor"]
        assert tc.gw.counters.snapshot()["ws_topics_handled"]["sor"] == 1  # type: ignore[attr-defined]
        tc.delete(f"{API}/iserver/account/{ACCT}/order/{live}")
        assert [r["orderId"] for r in _until(ws, "sor")["args"]] == [live]


@pytest.mark.parametrize("tc", [{"sor_snapshot": True}], indirect=True)
def test_sor_snapshot_setting_sends_the_live_orders_on_subscribe(tc: TestClient) -> None:
    """The opt-in for tests written against a fake that sent one (IBKR does not)."""
    live = _order(tc, ACCT, orderType="LMT", price=100.0)
    with tc.websocket_connect(API + "/ws") as ws:
        _until(ws, "sts")
        ws.send_text("sor+{}")
        assert live in [r["orderId"] for r in _until(ws, "sor")["args"]]


def test_subscribing_to_sor_does_not_lift_the_suppression(tc: TestClient) -> None:
    """Only an unfiltered REST call lifts it: a (re)subscription is not one."""
    with tc.websocket_connect(API + "/ws") as ws:
        _until(ws, "sts")
        assert tc.get(API + "/iserver/account/orders", params={"filters": "filled"}).is_success
        ws.send_text("sor+{}")
        assert not [f for f in _frames_until_tic(ws) if f.get("topic") == "sor"]
        assert tc.gw.state.orders.sor_suppressed  # type: ignore[attr-defined]
        _order(tc, ACCT, orderType="LMT", price=100.0)
        assert not [f for f in _frames_until_tic(ws) if f.get("topic") == "sor"]


@pytest.mark.parametrize("tc", [{"partial_fills": True}], indirect=True)
def test_a_large_order_fills_in_parts(tc: TestClient) -> None:
    gw = tc.gw  # type: ignore[attr-defined]
    quote = gw.state.market.quote(AAPL)
    size = quote.ask_size * 3 + 50  # more than the ask shows: fills over several market steps
    order_id = _order(tc, ACCT, orderType="MKT", quantity=size)
    status = tc.get(f"{API}/iserver/account/order/status/{order_id}").json()
    assert status["order_status"] == "Submitted"
    assert 0 < float(status["cum_fill"]) < size
    for _ in range(50):
        if tc.get(f"{API}/iserver/account/order/status/{order_id}").json()["order_status"] == "Filled":
            break
        gw.state.market.step(AAPL)
    status = tc.get(f"{API}/iserver/account/order/status/{order_id}").json()
    assert status["order_status"] == "Filled" and float(status["cum_fill"]) == size
    fills = [t for t in tc.get(API + "/iserver/account/trades").json() if t["order_id"] == order_id]
    assert len(fills) >= 2 and sum(t["size"] for t in fills) == size
    assert len({t["execution_id"] for t in fills}) == len(fills)


def test_each_account_has_its_own_order_book(tc: TestClient) -> None:
    mine = _order(tc, ACCT, orderType="LMT", price=100.0, cOID="same-id")
    theirs = _order(tc, OTHER, orderType="LMT", price=100.0, cOID="same-id")  # cOIDs are per account
    listed = {
        account: {
            o["orderId"]
            for o in tc.get(API + "/iserver/account/orders", params={"accountId": account}).json()["orders"]
        }
        for account in (ACCT, OTHER)
    }
    assert listed == {ACCT: {mine}, OTHER: {theirs}}
    refused = tc.delete(f"{API}/iserver/account/{ACCT}/order/{theirs}")
    assert refused.status_code == 404
    assert tc.get(f"{API}/iserver/account/order/status/{theirs}").json()["order_status"] != "Cancelled"


@pytest.mark.parametrize("tc", [{"tiered_subaccounts": 250}], indirect=True)
def test_subaccounts2_pages_from_a_kept_listing(tc: TestClient) -> None:
    gw = tc.gw  # type: ignore[attr-defined]

    def page(n: int, **extra: str) -> dict[str, Any]:
        body = tc.get(API + "/portfolio/subaccounts2", params={"page": str(n), **extra}).json()
        return body  # type: ignore[no-any-return]

    pages = [page(n) for n in range(4)]
    assert [len(p["subaccounts"]) for p in pages] == [100, 100, 50, 0]
    assert {p["metadata"]["total"] for p in pages} == {250}
    ids = [a["accountId"] for p in pages for a in p["subaccounts"]]
    assert len(set(ids)) == 250
    opened = gw.state.subaccounts.open_subaccount()
    assert page(2)["metadata"]["total"] == 250  # the kept listing: not there yet
    refreshed = page(2, nocache="true")
    assert refreshed["metadata"]["total"] == 251
    assert opened in [a["accountId"] for a in refreshed["subaccounts"]]


def test_subaccounts2_without_a_tiered_structure_is_the_plain_list(tc: TestClient) -> None:
    body = tc.get(API + "/portfolio/subaccounts2").json()
    assert [a["accountId"] for a in body] == [ACCT, OTHER]
