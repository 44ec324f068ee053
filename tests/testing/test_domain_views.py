"""Market data, contracts, portfolio and misc endpoints of the fake gateway."""

from __future__ import annotations

import re
from typing import Any

import httpx
import pytest

ACCT = "DU1234567"
AAPL, SPY = 265598, 756733


@pytest.fixture
async def client(make_gateway: Any, client_for: Any, open_brokerage: Any) -> Any:
    gw = make_gateway(enforce_pacing=False, seeded_positions=150, halted_conids=[8314])
    async with client_for(gw) as c:
        await open_brokerage(c)
        c.gw = gw
        yield c


PRICE = re.compile(r"^[CH]?-?\d+\.\d{2}$")
COUNT = re.compile(r"^(\d{1,3}(,\d{3})*|\d+(\.\d+)?[KMB])$")


async def test_snapshot_preflight_then_formatted_fields(client: httpx.AsyncClient) -> None:
    params = {"conids": f"{AAPL},{SPY}", "fields": "31,84,86,85,88,87,7762,6509,55"}
    first = (await client.get("/iserver/marketdata/snapshot", params=params)).json()
    assert [set(r) for r in first] == [{"conid", "conidEx", "_updated", "server_id"}] * 2
    second = (await client.get("/iserver/marketdata/snapshot", params=params)).json()
    row = second[0]
    assert row["conid"] == AAPL and row["55"] == "AAPL" and row["6509"] == "RpB"
    for key in ("31", "84", "86"):
        assert PRICE.match(row[key]), row[key]
    for key in ("85", "88", "87"):
        assert COUNT.match(row[key]), row[key]
    assert float(row["84"]) < float(row["86"]) and row["7762"].isdigit()
    await client.post("/iserver/marketdata/unsubscribe", json={"conid": AAPL})
    again = (await client.get("/iserver/marketdata/snapshot", params=params)).json()
    assert "31" not in again[0] and "31" in again[1]


async def test_snapshot_prefixes_and_errors(
    client: httpx.AsyncClient, make_gateway: Any, client_for: Any, open_brokerage: Any
) -> None:
    for _ in range(2):
        halted = (
            await client.get("/iserver/marketdata/snapshot", params={"conids": "8314", "fields": "31"})
        ).json()
    assert halted[0]["31"].startswith("H")
    r = await client.get("/iserver/marketdata/snapshot", params={"conids": "12345", "fields": "31"})
    assert r.status_code == 400 and "error" in r.json()
    gw = make_gateway(enforce_pacing=False, market_open=False)
    async with client_for(gw) as c:
        await open_brokerage(c)
        for _ in range(2):
            row = (
                await c.get("/iserver/marketdata/snapshot", params={"conids": str(AAPL), "fields": "31"})
            ).json()
        assert row[0]["31"].startswith("C")


async def test_history_bars(client: httpx.AsyncClient) -> None:
    body = (
        await client.get(
            "/iserver/marketdata/history",
            params={"conid": AAPL, "period": "1d", "bar": "1h", "startTime": "20261106-21:00:00"},
        )
    ).json()
    # bars only while the market is open: a Friday's 13:30-20:00 UTC session in 1 h bars (the last short)
    assert body["symbol"] == "AAPL" and body["barLength"] == 3600 and len(body["data"]) == 7
    assert {"o", "h", "l", "c", "v", "t"} <= set(body["data"][0])
    r = await client.get("/iserver/marketdata/history", params={"conid": AAPL, "period": "xx", "bar": "1h"})
    assert r.status_code == 400


async def test_contract_discovery(client: httpx.AsyncClient) -> None:
    assert (await client.get("/trsrv/stocks", params={"symbols": "NOPE"})).json() == {"NOPE": []}
    futs = (await client.get("/trsrv/futures", params={"symbols": "ES"})).json()["ES"]
    assert len(futs) >= 4 and futs == sorted(futs, key=lambda f: f["expirationDate"])
    search = (await client.get("/iserver/secdef/search", params={"symbol": "AAPL"})).json()
    opt = next(s for s in search[0]["sections"] if s["secType"] == "OPT")
    month = opt["months"].split(";")[0]
    strikes = (
        await client.get("/iserver/secdef/strikes", params={"conid": AAPL, "sectype": "OPT", "month": month})
    ).json()
    assert len(strikes["call"]) > 10
    info = (
        await client.get(
            "/iserver/secdef/info",
            params={
                "conid": AAPL,
                "sectype": "OPT",
                "month": month,
                "strike": strikes["call"][3],
                "right": "C",
            },
        )
    ).json()
    assert len(info) == 1 and info[0]["right"] == "C"
    r = await client.get("/iserver/contract/999/info")
    assert r.status_code == 400
    market = (await client.get("/forecast/contract/market", params={"underlyingConid": 658663572})).json()
    details = (await client.get("/forecast/contract/details", params={"conid": 722489372})).json()
    assert details["conid_no"] == 722489376 and market["exchange"] == "FORECASTX"


async def test_positions_paging_and_views(client: httpx.AsyncClient) -> None:
    page0 = (await client.get(f"/portfolio/{ACCT}/positions/0")).json()
    page1 = (await client.get(f"/portfolio/{ACCT}/positions/1")).json()
    page2 = (await client.get(f"/portfolio/{ACCT}/positions/2")).json()
    assert len(page0) == 100 and len(page1) == 52 and page2 == []
    assert {p["conid"] for p in page0}.isdisjoint({p["conid"] for p in page1})
    by_conid = (await client.get(f"/portfolio/positions/{SPY}")).json()
    assert by_conid[ACCT][0]["position"] == 100.0
    r = await client.get("/portfolio/U0000000/ledger")
    assert r.status_code == 404 and "error" in r.json()
    accounts = (await client.get("/iserver/accounts")).json()
    assert accounts["selectedAccount"] == ACCT
    r = await client.post("/iserver/account", json={"acctId": "DU7654321"})
    assert r.json() == {"set": True, "acctId": "DU7654321"}
    pnl = (await client.get("/iserver/account/pnl/partitioned")).json()["upnl"]
    assert f"{ACCT}.Core" in pnl


async def test_fyi_alerts_watchlists(client: httpx.AsyncClient) -> None:
    unread = (await client.get("/fyi/unreadnumber")).json()["BN"]
    notes = (await client.get("/fyi/notifications", params={"max": 10})).json()
    r = await client.put(f"/fyi/notifications/{notes[0]['ID']}")
    assert r.json()["P"]["R"] == 1
    assert (await client.get("/fyi/unreadnumber")).json()["BN"] == unread - 1
    assert (await client.put("/fyi/notifications/nope")).status_code == 404
    alert = {
        "alertName": "AAPL up",
        "alertMessage": "up",
        "alertRepeatable": 0,
        "outsideRth": 0,
        "tif": "GTC",
        "conditions": [
            {
                "conidex": str(AAPL),
                "type": 1,
                "operator": ">=",
                "triggerMethod": "0",
                "value": "300",
                "logicBind": "n",
                "timeZone": "US/Eastern",
            }
        ],
    }
    created = (await client.post(f"/iserver/account/{ACCT}/alert", json=alert)).json()
    alert_id = created["order_id"]
    assert (await client.get(f"/iserver/account/alert/{alert_id}", params={"type": "Q"})).json()[
        "alert_name"
    ] == "AAPL up"
    assert (await client.delete(f"/iserver/account/{ACCT}/alert/{alert_id}")).json()["success"] is True
    assert (await client.get(f"/iserver/account/alert/{alert_id}", params={"type": "Q"})).status_code == 404
    wl = (
        await client.post("/iserver/watchlist", json={"id": "7", "name": "Mine", "rows": [{"C": AAPL}]})
    ).json()
    assert wl["instruments"][0]["conid"] == AAPL
    assert (await client.get("/iserver/watchlist", params={"id": "7"})).json()["name"] == "Mine"
    assert (await client.delete("/iserver/watchlist", params={"id": "7"})).json()["data"]["deleted"] == "7"
    assert (await client.get("/iserver/watchlist", params={"id": "7"})).status_code == 404


async def test_scanner(client: httpx.AsyncClient) -> None:
    params = (await client.get("/iserver/scanner/params")).json()
    code = params["scan_type_list"][0]["code"]
    run = (
        await client.post(
            "/iserver/scanner/run",
            json={"instrument": "STK", "type": code, "location": "STK.US.MAJOR", "filter": []},
        )
    ).json()
    assert run["contracts"] and run["contracts"][0]["con_id"]


FF = 658663572


async def test_forecastex_search_strikes_info_route(client: httpx.AsyncClient) -> None:
    (row,) = (await client.get("/iserver/secdef/search", params={"symbol": "FF", "secType": "IND"})).json()
    assert row["conid"] == str(FF) and row["description"] == "FORECASTX"
    assert {"secType": "IND", "exchange": "FORECASTX;"} in row["sections"]
    opt = next(s for s in row["sections"] if s["secType"] == "OPT")
    assert opt["exchange"] == "FORECASTX"
    month = opt["months"].split(";")[0]
    query = {"conid": FF, "exchange": "FORECASTX", "sectype": "OPT", "month": month}
    strikes = (await client.get("/iserver/secdef/strikes", params=query)).json()
    assert strikes["call"] == strikes["put"] and 3.125 in strikes["call"]
    pair = (await client.get("/iserver/secdef/info", params=query | {"strike": 3.125})).json()
    assert {(r["conid"], r["right"]) for r in pair} == {(722489372, "C"), (722489376, "P")}
    assert all(r["exchange"] == "FORECASTX" and r["validExchanges"] == "FORECASTX" for r in pair)
    # the same contracts as the category tree route lists
    market = (await client.get("/forecast/contract/market", params={"underlyingConid": FF})).json()
    assert {c["strike"] for c in market["contracts"]} == set(strikes["call"])
    # FORECASTX lists nothing for a CME index, and CME event contracts are not ForecastEx ones
    es_query = query | {"conid": 11004968}
    assert (await client.get("/iserver/secdef/strikes", params=es_query)).json() == {"call": [], "put": []}


def test_client_option_chain_on_forecastx(make_gateway: Any) -> None:
    from ibkr_webapi.client import Client
    from ibkr_webapi.contracts import ContractsState, option_chain_flow
    from ibkr_webapi.pacing import unlimited_pacer

    gw = make_gateway(enforce_pacing=False)
    with gw.serve() as srv:
        client = Client(srv.base_url, keepalive_interval=None, pacer=unlimited_pacer())
        try:
            flow = option_chain_flow(ContractsState(), "FF", exchange="FORECASTX", search_type="IND")
            chain = client.run(flow)
        finally:
            client.close()
    assert chain.underlying.conid == FF and chain.exchange == "FORECASTX"
    first = chain.rows[0]
    assert first.yes is not None and first.no is not None
    assert (first.yes.conid, first.no.conid) == (722489372, 722489376)


async def _confirm(c: httpx.AsyncClient, body: Any) -> Any:
    while isinstance(body, list) and body and "id" in body[0]:
        body = (await c.post(f"/iserver/reply/{body[0]['id']}", json={"confirmed": True})).json()
    return body


async def test_portfolio_summary_segments_add_up(client: httpx.AsyncClient) -> None:
    gw = client.gw  # type: ignore[attr-defined]
    future = gw.state.universe.futures("ES")[0].conid
    order = {"conid": future, "orderType": "MKT", "side": "BUY", "quantity": 1, "tif": "DAY"}
    await _confirm(
        client, (await client.post(f"/iserver/account/{ACCT}/orders", json={"orders": [order]})).json()
    )
    gw.state.market.step(future, 5)
    summary = (await client.get(f"/portfolio/{ACCT}/summary")).json()
    for key in (
        "netliquidation",
        "equitywithloanvalue",
        "totalcashvalue",
        "initmarginreq",
        "maintmarginreq",
        "availablefunds",
        "excessliquidity",
        "fullinitmarginreq",
        "lookaheadexcessliquidity",
    ):
        parts = summary[f"{key}-c"]["amount"] + summary[f"{key}-s"]["amount"]
        assert parts == pytest.approx(summary[key]["amount"], abs=0.02), key
    assert summary["initmarginreq-c"]["amount"] > 0  # the future's margin is in the commodities segment
    ledger = (await client.get(f"/portfolio/{ACCT}/ledger")).json()["USD"]
    assert summary["netliquidation-c"]["amount"] == pytest.approx(ledger["futuremarketvalue"], abs=0.02)
    assert summary["totalcashvalue-s"]["amount"] == pytest.approx(ledger["cashbalance"], abs=0.02)
    assert summary["equitywithloanvalue-s"]["currency"] == "USD"
    assert summary["segmenttitle-s"]["value"] == "Securities"
    assert summary["grosspositionvalue-s"]["amount"] == summary["grosspositionvalue"]["amount"]


async def test_fyi_disclaimer_acceptance_is_remembered(client: httpx.AsyncClient) -> None:
    def read_flags(rows: list[dict[str, Any]]) -> dict[str, int]:
        return {r["FC"]: r["H"] for r in rows}

    assert read_flags((await client.get("/fyi/settings")).json())["BA"] == 0
    assert (await client.get("/fyi/disclaimer/BA")).json()["FC"] == "BA"
    assert (await client.put("/fyi/disclaimer/BA")).json() == {"V": 1, "T": 10}
    flags = read_flags((await client.get("/fyi/settings")).json())
    assert flags["BA"] == 1 and flags["OE"] == 0
    await client.post("/fyi/settings/BA", json={"enabled": False})  # toggling keeps the acceptance
    assert read_flags((await client.get("/fyi/settings")).json())["BA"] == 1
    assert (await client.put("/fyi/disclaimer/XX")).status_code == 404


async def test_accounts_answer_is_built_from_the_configured_accounts(
    make_gateway: Any, client_for: Any, open_brokerage: Any
) -> None:
    gw = make_gateway(enforce_pacing=False, username="alice", accounts=["DU1111111", "U2222222"])
    async with client_for(gw) as c:
        await open_brokerage(c)
        body = (await c.get("/iserver/accounts")).json()
    assert body["accounts"] == ["DU1111111", "U2222222"] and body["selectedAccount"] == "DU1111111"
    assert set(body["acctProps"]) == set(body["aliases"]) == {"DU1111111", "U2222222"}
    assert body["acctProps"]["DU1111111"]["isPaper"] and not body["acctProps"]["U2222222"]["isPaper"]
    assert body["isPaper"] is False and body["sessionId"].startswith("alice.")
    assert all(alias.startswith("alice-") for alias in body["aliases"].values())
    # asset types and chart periods describe the fake's own universe
    sec_types = set(body["allowFeatures"]["allowedAssetTypes"].split(","))
    assert {"STK", "OPT", "FUT"} <= sec_types and set(body["chartPeriods"]) == sec_types


async def test_bond_filters_and_forecast_schedule_follow_the_fake(client: httpx.AsyncClient) -> None:
    r = await client.get("/iserver/secdef/bond-filters", params={"symbol": "IBCID", "issuerId": "e1"})
    filters = {f["displayText"]: f for f in r.json()["bondFilters"]}
    maturities = [o["value"] for o in filters["Matures"]["options"]]
    today = client.gw.state.universe.today  # type: ignore[attr-defined]
    assert maturities == sorted(maturities) and all(m > today.strftime("%Y%m") for m in maturities)
    assert "USD" in {o["value"] for o in filters["Denomination"]["options"]}
    assert (await client.get("/iserver/secdef/bond-filters", params={"symbol": "IBCID"})).status_code == 400
    market = (await client.get("/forecast/contract/market", params={"underlyingConid": FF})).json()
    sched = await client.get(
        "/forecast/contract/schedules", params={"conid": market["contracts"][0]["conid"]}
    )
    days = [d["day_of_week"] for d in sched.json()["trading_schedules"]]
    assert days == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


async def test_scanner_params_offer_only_what_scanner_run_accepts(client: httpx.AsyncClient) -> None:
    params = (await client.get("/iserver/scanner/params")).json()
    location = params["location_tree"][0]["locations"][0]["type"]
    filter_codes = {f["code"] for f in params["filter_list"]}
    assert filter_codes == set(params["instrument_list"][0]["filters"])
    for scan in params["scan_type_list"]:
        run = await client.post(
            "/iserver/scanner/run",
            json={"instrument": "STK", "type": scan["code"], "location": location, "filter": []},
        )
        assert run.status_code == 200 and run.json()["contracts"], scan["code"]
    above = await client.post(
        "/iserver/scanner/run",
        json={
            "instrument": "STK",
            "type": params["scan_type_list"][0]["code"],
            "location": location,
            "filter": [{"code": "priceAbove", "value": 1_000_000}],
        },
    )
    assert above.json()["contracts"] == []
