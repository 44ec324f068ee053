"""Order flow of the fake gateway: reply chains, suppression, cOID, modify/cancel, bracket, OCA, fills."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

ACCT = "DU1234567"
AAPL, SPY, MSFT = 265598, 756733, 272093


@pytest.fixture
async def client(make_gateway: Any, client_for: Any, open_brokerage: Any, request: Any) -> Any:
    kwargs = getattr(request, "param", {})
    gw = make_gateway(enforce_pacing=False, **kwargs)
    async with client_for(gw) as c:
        await open_brokerage(c)
        c.gw = gw
        yield c


def lmt(conid: int, side: str, qty: float, price: float, **extra: Any) -> dict[str, Any]:
    return {
        "conid": conid,
        "orderType": "LMT",
        "side": side,
        "quantity": qty,
        "tif": "DAY",
        "price": price,
        **extra,
    }


def mkt(conid: int, side: str, qty: float, **extra: Any) -> dict[str, Any]:
    return {"conid": conid, "orderType": "MKT", "side": side, "quantity": qty, "tif": "DAY", **extra}


async def place(c: httpx.AsyncClient, *orders: dict[str, Any]) -> httpx.Response:
    return await c.post(f"/iserver/account/{ACCT}/orders", json={"orders": list(orders)})


async def confirm_all(c: httpx.AsyncClient, body: Any) -> tuple[Any, list[str]]:
    asked: list[str] = []
    while isinstance(body, list) and body and "id" in body[0]:
        asked += body[0]["messageIds"]
        r = await c.post(f"/iserver/reply/{body[0]['id']}", json={"confirmed": True})
        assert r.status_code == 200
        body = r.json()
    return body, asked


async def last_price(c: httpx.AsyncClient, conid: int) -> float:
    gw = c.gw  # type: ignore[attr-defined]
    return float(gw.state.market.last(conid))


async def test_far_limit_asks_o163_then_places(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    r = await place(client, lmt(AAPL, "BUY", 1, round(price * 0.5, 2)))
    q = r.json()[0]
    assert q["messageIds"] == ["o163"] and q["isSuppressed"] is False and isinstance(q["message"], list)
    body, asked = await confirm_all(client, r.json())
    assert asked == ["o163"]
    assert body[0]["order_status"] in ("Submitted", "PreSubmitted") and body[0]["encrypt_message"] == "1"
    assert isinstance(body[0]["order_id"], str)


@pytest.mark.parametrize("client", [{"reply_question_rules": ["o354", "o163", "o451"]}], indirect=True)
async def test_chain_of_three_questions(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    r = await place(client, lmt(AAPL, "BUY", 5000, round(price * 0.8, 2)))
    body, asked = await confirm_all(client, r.json())
    assert asked == ["o354", "o163", "o451"]
    assert "order_id" in body[0]


async def test_denied_question_places_nothing(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    r = await place(client, lmt(AAPL, "BUY", 1, round(price * 0.5, 2), cOID="deny-1"))
    reply_id = r.json()[0]["id"]
    r = await client.post(f"/iserver/reply/{reply_id}", json={"confirmed": False})
    assert "error" in r.json()
    orders = (await client.get("/iserver/account/orders")).json()["orders"]
    assert orders == []
    # the reply id is spent
    r = await client.post(f"/iserver/reply/{reply_id}", json={"confirmed": True})
    assert r.status_code == 400 and "error" in r.json()


async def test_suppressed_question_is_skipped_until_reset(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    r = await client.post("/iserver/questions/suppress", json={"messageIds": ["o163"]})
    assert r.json() == {"status": "submitted"}
    r = await place(client, lmt(AAPL, "BUY", 1, round(price * 0.5, 2)))
    assert "order_id" in r.json()[0]
    await client.post("/iserver/questions/suppress/reset")
    r = await place(client, lmt(AAPL, "BUY", 1, round(price * 0.5, 2)))
    assert r.json()[0]["messageIds"] == ["o163"]


async def test_market_order_outside_rth_asks_o10151(
    make_gateway: Any, client_for: Any, open_brokerage: Any
) -> None:
    gw = make_gateway(enforce_pacing=False, market_open=False)
    async with client_for(gw) as c:
        await open_brokerage(c)
        r = await place(c, mkt(AAPL, "BUY", 1))
        assert r.json()[0]["messageIds"] == ["o10151"]
        body, _ = await confirm_all(c, r.json())
        assert body[0]["order_status"] == "PreSubmitted"


async def test_reused_coid_is_rejected(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    r = await place(client, lmt(AAPL, "BUY", 1, round(price * 0.99, 2), cOID="once"))
    assert "order_id" in r.json()[0]
    r = await place(client, lmt(AAPL, "BUY", 1, round(price * 0.99, 2), cOID="once"))
    assert "already registered" in r.json()["error"]


async def test_missing_fields_and_unknown_conid_are_400(client: httpx.AsyncClient) -> None:
    r = await place(client, {"conid": AAPL, "orderType": "LMT", "side": "BUY", "quantity": 1, "tif": "DAY"})
    assert r.status_code == 400 and "price" in r.json()["error"]
    r = await place(client, mkt(999999999, "BUY", 1))
    assert r.status_code == 400


async def test_modify_needs_all_fields_and_cancel(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    r = await place(client, lmt(AAPL, "BUY", 2, round(price * 0.98, 2)))
    order_id = r.json()[0]["order_id"]
    r = await client.post(
        f"/iserver/account/{ACCT}/order/{order_id}", json={"price": round(price * 0.975, 2)}
    )
    assert r.status_code == 400
    new = lmt(AAPL, "BUY", 3, round(price * 0.975, 2))
    body, _ = await confirm_all(
        client, (await client.post(f"/iserver/account/{ACCT}/order/{order_id}", json=new)).json()
    )
    assert body[0]["order_id"] == order_id
    status = (await client.get(f"/iserver/account/order/status/{order_id}")).json()
    assert status["total_size"] == "3.0" and status["order_status"] == "Submitted"
    r = await client.delete(f"/iserver/account/{ACCT}/order/{order_id}")
    assert r.json()["msg"] == "Request was submitted" and r.json()["order_id"] == int(order_id)
    status = (await client.get(f"/iserver/account/order/status/{order_id}")).json()
    assert status["order_status"] == "Cancelled"
    filtered = (await client.get("/iserver/account/orders", params={"filters": "cancelled"})).json()["orders"]
    assert [o["orderId"] for o in filtered] == [int(order_id)]


async def test_unknown_order_ids_are_404_json(client: httpx.AsyncClient) -> None:
    for r in (
        await client.get("/iserver/account/order/status/42"),
        await client.delete(f"/iserver/account/{ACCT}/order/42"),
    ):
        assert r.status_code == 404 and "error" in r.json()
    r = await client.post("/iserver/reply/not-a-reply", json={"confirmed": True})
    assert r.status_code == 400


async def test_bracket_fill_updates_positions_ledger_summary(client: httpx.AsyncClient) -> None:
    gw = client.gw  # type: ignore[attr-defined]
    before_ledger = (await client.get(f"/portfolio/{ACCT}/ledger")).json()["USD"]
    price = await last_price(client, MSFT)
    parent = mkt(MSFT, "BUY", 10, cOID="br-parent")
    take = lmt(MSFT, "SELL", 10, round(price * 1.02, 2), cOID="br-tp", parentId="br-parent")
    stop = {
        "conid": MSFT,
        "orderType": "STP",
        "side": "SELL",
        "quantity": 10,
        "tif": "DAY",
        "auxPrice": round(price * 0.98, 2),
        "cOID": "br-sl",
        "parentId": "br-parent",
    }
    body, _ = await confirm_all(client, (await place(client, parent, take, stop)).json())
    ids = [int(b["order_id"]) for b in body]
    assert len(ids) == 3
    orders = {o["orderId"]: o for o in (await client.get("/iserver/account/orders")).json()["orders"]}
    assert orders[ids[0]]["status"] == "Filled"
    assert orders[ids[1]]["status"] == "Submitted" and orders[ids[2]]["status"] == "PreSubmitted"
    fill = float(orders[ids[0]]["avgPrice"])
    pos = (await client.get(f"/portfolio/{ACCT}/position/{MSFT}")).json()
    assert pos[0]["position"] == 10.0 and pos[0]["avgPrice"] == pytest.approx(fill)
    ledger = (await client.get(f"/portfolio/{ACCT}/ledger")).json()["USD"]
    trades = (await client.get("/iserver/account/trades")).json()
    commission = float(trades[-1]["commission"])
    assert ledger["cashbalance"] == pytest.approx(
        before_ledger["cashbalance"] - 10 * fill - commission, abs=0.02
    )
    summary = (await client.get(f"/portfolio/{ACCT}/summary")).json()
    assert summary["netliquidation"]["amount"] == pytest.approx(ledger["netliquidationvalue"], abs=0.02)
    assert summary["totalcashvalue"]["amount"] == pytest.approx(ledger["cashbalance"], abs=0.02)
    # take profit fills -> stop loss (same OCA bracket) is cancelled, position flat
    gw.state.market.set_price(MSFT, round(price * 1.05, 2))
    orders = {o["orderId"]: o for o in (await client.get("/iserver/account/orders")).json()["orders"]}
    assert orders[ids[1]]["status"] == "Filled" and orders[ids[2]]["status"] == "Cancelled"
    assert (await client.get(f"/portfolio/{ACCT}/position/{MSFT}")).json() == []
    ledger2 = (await client.get(f"/portfolio/{ACCT}/ledger")).json()["USD"]
    assert ledger2["realizedpnl"] > 0


async def test_oca_group_cancels_siblings(client: httpx.AsyncClient) -> None:
    gw = client.gw  # type: ignore[attr-defined]
    price = await last_price(client, SPY)
    a = lmt(SPY, "BUY", 1, round(price * 0.99, 2), isSingleGroup=True)
    b = lmt(SPY, "BUY", 1, round(price * 0.985, 2), isSingleGroup=True)
    body = (await place(client, a, b)).json()
    ids = [int(x["order_id"]) for x in body]
    gw.state.market.set_price(SPY, round(price * 0.989, 2))
    orders = {
        o["orderId"]: o["status"] for o in (await client.get("/iserver/account/orders")).json()["orders"]
    }
    assert orders[ids[0]] == "Filled" and orders[ids[1]] == "Cancelled"


async def test_two_unrelated_orders_in_one_request_rejected(client: httpx.AsyncClient) -> None:
    price = await last_price(client, SPY)
    r = await place(
        client, lmt(SPY, "BUY", 1, round(price * 0.99, 2)), lmt(SPY, "BUY", 1, round(price * 0.99, 2))
    )
    assert r.status_code == 400


async def test_whatif_reports_commission_and_margin(client: httpx.AsyncClient) -> None:
    r = await client.post(f"/iserver/account/{ACCT}/orders/whatif", json={"orders": [mkt(AAPL, "BUY", 100)]})
    body = r.json()
    assert body["amount"]["commission"].endswith(" USD") and body["initial"]["change"] != "0"
    assert (await client.get("/iserver/account/orders")).json()["orders"] == []


@pytest.mark.parametrize("client", [{"domain": {"first_orders_empty": True}}], indirect=True)
async def test_first_orders_query_of_a_session_is_empty_unless_forced(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    await confirm_all(client, (await place(client, lmt(AAPL, "BUY", 1, round(price * 0.99, 2)))).json())
    first = (await client.get("/iserver/account/orders")).json()
    assert first == {"orders": [], "snapshot": False}
    assert len((await client.get("/iserver/account/orders")).json()["orders"]) == 1
    gw = client.gw  # type: ignore[attr-defined]
    gw.faults.expire_session()  # a new brokerage session starts with the quirk again
    await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
    await client.get("/iserver/accounts")
    forced = (await client.get("/iserver/account/orders", params={"force": "true"})).json()
    assert len(forced["orders"]) == 1


async def test_first_orders_query_is_complete_by_default(client: httpx.AsyncClient) -> None:
    price = await last_price(client, AAPL)
    await confirm_all(client, (await place(client, lmt(AAPL, "BUY", 1, round(price * 0.99, 2)))).json())
    assert len((await client.get("/iserver/account/orders")).json()["orders"]) == 1
