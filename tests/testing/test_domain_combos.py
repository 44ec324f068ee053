"""Combo (BAG) and cash-quantity orders on the fake gateway, and its spread conids (the client's table)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from ibkr_webapi.orders import SPREAD_CONIDS as CLIENT_SPREAD_CONIDS
from ibkr_webapi.orders import Order, combo_conidex
from ibkr_webapi.testing._spreads import SPREAD_CONIDS

ACCT = "DU1234567"
AAPL, MSFT, SPY = 265598, 272093, 756733
USD_SPREAD = CLIENT_SPREAD_CONIDS["USD"]


@pytest.fixture
async def client(make_gateway: Any, client_for: Any, open_brokerage: Any) -> Any:
    gw = make_gateway(enforce_pacing=False, reply_question_rules=[])
    async with client_for(gw) as c:
        await open_brokerage(c)
        c.gw = gw
        yield c


async def place(c: httpx.AsyncClient, order: dict[str, Any]) -> httpx.Response:
    return await c.post(f"/iserver/account/{ACCT}/orders", json={"orders": [order]})


async def positions(c: httpx.AsyncClient) -> dict[int, float]:
    rows = (await c.get(f"/portfolio/{ACCT}/positions/0")).json()
    return {r["conid"]: r["position"] for r in rows}


def test_spread_conids_are_the_clients() -> None:
    assert SPREAD_CONIDS == CLIENT_SPREAD_CONIDS
    assert SPREAD_CONIDS["GBP"] == 58666491 and "EUR" not in SPREAD_CONIDS


async def test_combo_market_order_fills_every_leg(client: httpx.AsyncClient) -> None:
    gw = client.gw  # type: ignore[attr-defined]
    market = gw.state.market
    aapl_ask, msft_bid = market.bid_ask(AAPL)[1], market.bid_ask(MSFT)[0]
    conidex = combo_conidex([(AAPL, 2), (MSFT, -1)])  # the client's builder: buy 2 AAPL, sell 1 MSFT
    wire = Order(conidex=conidex, side="BUY", quantity=3, order_type="MKT").to_wire()
    before = await positions(client)
    body = (await place(client, wire)).json()
    order_id = int(body[0]["order_id"])
    after = await positions(client)
    assert after[AAPL] == before.get(AAPL, 0) + 6 and after.get(MSFT, 0) == before.get(MSFT, 0) - 3
    row = next(o for o in (await client.get("/iserver/account/orders")).json()["orders"])
    assert row["orderId"] == order_id and row["conidex"] == conidex and row["secType"] == "BAG"
    assert float(row["avgPrice"]) == pytest.approx(2 * aapl_ask - msft_bid, abs=0.01)
    legs = [t for t in (await client.get("/iserver/account/trades")).json() if t["order_id"] == order_id]
    assert {(t["conid"], t["side"], t["size"]) for t in legs} == {(AAPL, "B", 6), (MSFT, "S", 3)}
    status = (await client.get(f"/iserver/account/order/status/{order_id}")).json()
    assert status["conidex"] == conidex and status["order_status"] == "Filled"


async def test_combo_limit_rests_until_the_net_price_crosses(client: httpx.AsyncClient) -> None:
    gw = client.gw  # type: ignore[attr-defined]
    market = gw.state.market
    _, ask, _ = market.prices(gw.state.universe.combo(f"{USD_SPREAD};;;{SPY}/1,{AAPL}/-1"))
    limit = round(ask - 20, 2)
    order = {
        "conidex": f"{USD_SPREAD}@SMART;;;{SPY}/1,{AAPL}/-1",
        "orderType": "LMT",
        "side": "BUY",
        "quantity": 1,
        "tif": "DAY",
        "price": limit,
    }
    body = (await place(client, order)).json()
    assert body[0]["order_status"] == "Submitted", body
    spy_before = (await positions(client))[SPY]
    market.set_price(SPY, market.last(SPY) - 25)  # the spread gets 25 cheaper: crosses the limit
    status = (await client.get(f"/iserver/account/order/status/{body[0]['order_id']}")).json()
    assert status["order_status"] == "Filled"
    assert (await positions(client))[SPY] == spy_before + 1


@pytest.mark.parametrize(
    ("conidex", "message"),
    [
        (f"265598;;;{AAPL}/1,{MSFT}/-1", "not a combo spread conid"),
        (f"{USD_SPREAD};;;{AAPL}/1,999/-1", "invalid combo leg conid 999"),
        (f"{USD_SPREAD};;;{AAPL}/1,{MSFT}/0", "ratio 0"),
        (f"{USD_SPREAD};;;{AAPL}/1.5,{MSFT}/-1", "malformed combo leg"),
        (f"{USD_SPREAD};;;{AAPL}/1", "at least two"),
        (f"{CLIENT_SPREAD_CONIDS['GBP']};;;{AAPL}/1,{MSFT}/-1", "trades in USD"),
    ],
)
async def test_bad_combos_are_400(client: httpx.AsyncClient, conidex: str, message: str) -> None:
    order = {"conidex": conidex, "orderType": "MKT", "side": "BUY", "quantity": 1, "tif": "DAY"}
    r = await place(client, order)
    assert r.status_code == 400 and message in r.json()["error"], r.text


async def test_plain_conidex_and_cash_quantity(client: httpx.AsyncClient) -> None:
    gw = client.gw  # type: ignore[attr-defined]
    ask = gw.state.market.bid_ask(MSFT)[1]
    order = {"conidex": f"{MSFT}@SMART", "orderType": "MKT", "side": "BUY", "cashQty": 1000, "tif": "DAY"}
    body = (await place(client, order)).json()
    status = (await client.get(f"/iserver/account/order/status/{body[0]['order_id']}")).json()
    assert status["order_status"] == "Filled" and status["total_cash_size"] == "1000.0"
    qty = float(status["filled_quantity"])
    assert qty == pytest.approx(1000 / ask, abs=1e-3) and qty * ask <= 1000
    assert (await positions(client))[MSFT] == pytest.approx(qty)
    lmt = {"conid": MSFT, "orderType": "LMT", "side": "BUY", "cashQty": 500, "tif": "DAY", "price": 100}
    body = (await place(client, lmt)).json()
    row = (await client.get(f"/iserver/account/order/status/{body[0]['order_id']}")).json()
    assert row["total_size"] == "5.0" and row["order_status"] == "Submitted"
    both = dict(lmt, quantity=5)
    assert (await place(client, both)).status_code == 400
    option = next(i for i in gw.state.universe.by_conid.values() if i.sec_type == "OPT")
    r = await place(client, dict(lmt, conid=option.conid))
    assert r.status_code == 400 and "stocks" in r.json()["error"]
