"""Every domain answer the fake gateway gives must validate against the spec's response schema."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]
ACCT = "DU1234567"
AAPL, SPY = 265598, 756733


def _spec_tools() -> Any:
    path = ROOT / "spec" / "validate_recordings.py"
    spec = importlib.util.spec_from_file_location("validate_recordings", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


async def _scenario(c: httpx.AsyncClient, gw: Any) -> None:
    month = None
    calls: list[tuple[str, str, dict[str, Any]]] = [
        ("GET", "/iserver/accounts", {}),
        (
            "GET",
            "/iserver/marketdata/snapshot",
            {"params": {"conids": f"{AAPL},{SPY}", "fields": "31,84,86,87,6509"}},
        ),
        (
            "GET",
            "/iserver/marketdata/snapshot",
            {"params": {"conids": f"{AAPL},{SPY}", "fields": "31,84,86,87,6509"}},
        ),
        ("GET", "/iserver/marketdata/snapshot", {"params": {"conids": "1", "fields": "31"}}),
        ("GET", "/iserver/marketdata/history", {"params": {"conid": AAPL, "period": "1d", "bar": "1h"}}),
        ("POST", "/iserver/marketdata/unsubscribe", {"json": {"conid": AAPL}}),
        ("GET", "/iserver/marketdata/unsubscribeall", {}),
        ("GET", "/trsrv/stocks", {"params": {"symbols": "AAPL,MSFT"}}),
        ("GET", "/trsrv/futures", {"params": {"symbols": "ES"}}),
        ("GET", "/trsrv/secdef", {"params": {"conids": f"{AAPL},{SPY}"}}),
        ("GET", "/trsrv/all-conids", {"params": {"exchange": "NASDAQ"}}),
        ("GET", "/iserver/secdef/search", {"params": {"symbol": "AAPL"}}),
        ("POST", "/iserver/secdef/search", {"json": {"symbol": "ES"}}),
        ("GET", "/iserver/contract/265598/info", {}),
        ("GET", "/iserver/contract/265598/info-and-rules", {}),
        ("POST", "/iserver/contract/rules", {"json": {"conid": AAPL, "isBuy": True}}),
        ("GET", "/iserver/secdef/bond-filters", {"params": {"symbol": "IBCID", "issuerId": "e1234567"}}),
        ("GET", "/contract/trading-schedule", {"params": {"conid": AAPL, "exchange": "NASDAQ"}}),
        ("GET", "/forecast/category/tree", {}),
        ("GET", "/forecast/contract/market", {"params": {"underlyingConid": 658663572}}),
        ("GET", "/forecast/contract/details", {"params": {"conid": 722489372}}),
        ("GET", "/forecast/contract/rules", {"params": {"conid": 722489372}}),
        ("GET", "/forecast/contract/schedules", {"params": {"conid": 722489372}}),
        ("GET", "/portfolio/accounts", {}),
        ("GET", "/portfolio/subaccounts", {}),
        ("GET", f"/portfolio/{ACCT}/meta", {}),
        ("GET", f"/portfolio/{ACCT}/positions/0", {}),
        ("GET", f"/portfolio/{ACCT}/position/{SPY}", {}),
        ("GET", f"/portfolio/positions/{SPY}", {}),
        ("GET", f"/portfolio/{ACCT}/ledger", {}),
        ("GET", f"/portfolio/{ACCT}/summary", {}),
        ("GET", f"/portfolio/{ACCT}/allocation", {}),
        ("GET", f"/portfolio/{ACCT}/combo/positions", {}),
        ("GET", f"/portfolio2/{ACCT}/positions", {}),
        ("POST", f"/portfolio/{ACCT}/positions/invalidate", {}),
        ("GET", "/portfolio/U000/ledger", {}),
        ("GET", f"/iserver/account/{ACCT}/summary", {}),
        ("GET", f"/iserver/account/{ACCT}/summary/available_funds", {}),
        ("GET", f"/iserver/account/{ACCT}/summary/balances", {}),
        ("GET", f"/iserver/account/{ACCT}/summary/margins", {}),
        ("GET", f"/iserver/account/{ACCT}/summary/market_value", {}),
        ("GET", "/iserver/account/pnl/partitioned", {}),
        ("POST", "/iserver/account", {"json": {"acctId": ACCT}}),
        (
            "POST",
            f"/iserver/account/{ACCT}/orders/whatif",
            {
                "json": {
                    "orders": [
                        {"conid": AAPL, "orderType": "MKT", "side": "BUY", "quantity": 1, "tif": "DAY"}
                    ]
                }
            },
        ),
        (
            "POST",
            f"/iserver/account/{ACCT}/orders",
            {
                "json": {
                    "orders": [
                        {
                            "conid": AAPL,
                            "orderType": "MKT",
                            "side": "BUY",
                            "quantity": 1,
                            "tif": "DAY",
                            "cOID": "s1",
                        }
                    ]
                }
            },
        ),
        (
            "POST",
            f"/iserver/account/{ACCT}/orders",
            {
                "json": {
                    "orders": [
                        {
                            "conid": AAPL,
                            "orderType": "MKT",
                            "side": "BUY",
                            "quantity": 1,
                            "tif": "DAY",
                            "cOID": "s1",
                        }
                    ]
                }
            },
        ),
        (
            "POST",
            f"/iserver/account/{ACCT}/orders",
            {
                "json": {
                    "orders": [
                        {
                            "conid": AAPL,
                            "orderType": "LMT",
                            "side": "BUY",
                            "quantity": 1,
                            "tif": "DAY",
                            "price": 1.0,
                        }
                    ]
                }
            },
        ),
        (
            "POST",
            f"/iserver/account/{ACCT}/orders",
            {
                "json": {
                    "orders": [
                        {
                            "conidex": f"28812380;;;{AAPL}/1,{SPY}/-1",
                            "orderType": "MKT",
                            "side": "BUY",
                            "quantity": 1,
                            "tif": "DAY",
                        }
                    ]
                }
            },
        ),
        (
            "POST",
            f"/iserver/account/{ACCT}/orders",
            {
                "json": {
                    "orders": [
                        {"conid": AAPL, "orderType": "MKT", "side": "BUY", "cashQty": 500, "tif": "DAY"}
                    ]
                }
            },
        ),
        ("GET", "/iserver/secdef/search", {"params": {"symbol": "FF", "secType": "IND"}}),
        (
            "GET",
            "/iserver/secdef/strikes",
            {"params": {"conid": 658663572, "exchange": "FORECASTX", "sectype": "OPT", "month": "JAN27"}},
        ),
        (
            "GET",
            "/iserver/secdef/info",
            {
                "params": {
                    "conid": 658663572,
                    "exchange": "FORECASTX",
                    "sectype": "OPT",
                    "month": "JAN27",
                    "strike": 3.125,
                }
            },
        ),
        ("POST", "/iserver/questions/suppress", {"json": {"messageIds": ["o354"]}}),
        ("POST", "/iserver/questions/suppress/reset", {}),
        ("GET", "/iserver/account/orders", {}),
        ("GET", "/iserver/account/trades", {}),
        ("GET", "/iserver/account/order/status/1", {}),
        ("GET", "/fyi/unreadnumber", {}),
        ("GET", "/fyi/notifications", {"params": {"max": 5}}),
        ("GET", "/fyi/settings", {}),
        ("GET", "/fyi/disclaimer/BA", {}),
        ("PUT", "/fyi/disclaimer/BA", {}),
        ("GET", "/fyi/deliveryoptions", {}),
        ("POST", "/fyi/settings/BA", {"json": {"enabled": False}}),
        ("PUT", "/fyi/deliveryoptions/email", {"params": {"enabled": "true"}}),
        ("GET", f"/iserver/account/{ACCT}/alerts", {}),
        ("GET", "/iserver/account/mta", {}),
        ("GET", "/iserver/account/alert/100001", {"params": {"type": "Q"}}),
        ("POST", f"/iserver/account/{ACCT}/alert/activate", {"json": {"alertId": 100001, "alertActive": 0}}),
        ("GET", "/iserver/watchlists", {}),
        ("GET", "/iserver/watchlist", {"params": {"id": "100"}}),
        ("POST", "/iserver/watchlist", {"json": {"id": "9", "name": "x", "rows": [{"C": AAPL}]}}),
        ("DELETE", "/iserver/watchlist", {"params": {"id": "9"}}),
        ("GET", "/iserver/scanner/params", {}),
        (
            "POST",
            "/iserver/scanner/run",
            {
                "json": {
                    "instrument": "STK",
                    "type": "TOP_PERC_GAIN",
                    "location": "STK.US.MAJOR",
                    "filter": [],
                }
            },
        ),
        (
            "POST",
            "/hmds/scanner",
            {
                "json": {
                    "instrument": "STK",
                    "locations": "STK.US.MAJOR",
                    "scanCode": "MOST_ACTIVE",
                    "secType": "STK",
                    "filters": [],
                }
            },
        ),
    ]
    for method, path, kwargs in calls:
        await c.request(method, path, **kwargs)
    search = (await c.get("/iserver/secdef/search", params={"symbol": "AAPL"})).json()
    month = next(s for s in search[0]["sections"] if s["secType"] == "OPT")["months"].split(";")[0]
    await c.get("/iserver/secdef/strikes", params={"conid": AAPL, "sectype": "OPT", "month": month})
    await c.get(
        "/iserver/secdef/info", params={"conid": AAPL, "sectype": "OPT", "month": month, "right": "C"}
    )
    placed = (
        await c.post(
            f"/iserver/account/{ACCT}/orders",
            json={
                "orders": [
                    {
                        "conid": AAPL,
                        "orderType": "LMT",
                        "side": "BUY",
                        "quantity": 1,
                        "tif": "DAY",
                        "price": 1.0,
                    }
                ]
            },
        )
    ).json()
    confirmed = (await c.post(f"/iserver/reply/{placed[0]['id']}", json={"confirmed": True})).json()
    order_id = confirmed[0]["order_id"]
    await c.get(f"/iserver/account/order/status/{order_id}")
    modify = {"conid": AAPL, "orderType": "LMT", "side": "BUY", "quantity": 2, "tif": "DAY", "price": 1.0}
    answer = (await c.post(f"/iserver/account/{ACCT}/order/{order_id}", json=modify)).json()
    await c.post(f"/iserver/reply/{answer[0]['id']}", json={"confirmed": True})
    await c.delete(f"/iserver/account/{ACCT}/order/{order_id}")
    await c.get("/iserver/account/trades")
    alert = {
        "alertName": "a",
        "alertMessage": "m",
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
    created = (await c.post(f"/iserver/account/{ACCT}/alert", json=alert)).json()
    await c.delete(f"/iserver/account/{ACCT}/alert/{created['order_id']}")
    notes = (await c.get("/fyi/notifications", params={"max": 5})).json()
    await c.put(f"/fyi/notifications/{notes[0]['ID']}")


async def test_domain_answers_validate_against_spec(
    make_gateway: Any, client_for: Any, open_brokerage: Any
) -> None:
    tools = _spec_tools()
    index = tools.SpecIndex(__import__("yaml").safe_load((ROOT / "spec" / "ibkr-webapi.yaml").read_text()))
    seen: list[tuple[str, str, int, Any]] = []

    async def record(response: httpx.Response) -> None:
        await response.aread()
        path = response.request.url.path.removeprefix("/v1/api")
        body = (
            response.json()
            if response.content and "json" in response.headers.get("content-type", "")
            else None
        )
        seen.append((response.request.method, path, response.status_code, body))

    gw = make_gateway(enforce_pacing=False)
    async with client_for(gw, event_hooks={"response": [record]}) as c:
        await open_brokerage(c)
        await _scenario(c, gw)
    problems = []
    validated = 0
    for method, path, status, body in seen:
        outcome = tools.Outcome(file=f"{method} {path}", status=status)
        op = index.find_operation(method, _template(index, path), outcome)
        if op is None:
            problems.append(f"{method} {path}: {outcome.errors}")
            continue
        found = index.response_schema(op, status, outcome)
        if found is None:
            problems.append(f"{method} {path} {status}: {outcome.errors}")
            continue
        media, schema = found
        if schema is None or media != "application/json":
            continue
        validated += 1
        for message in index.validate(schema, body):
            problems.append(f"{method} {path} {status}: {message}")
    assert len(seen) > 80 and validated > 70, (len(seen), validated)
    assert not problems, "\n".join(problems)


def _template(index: Any, path: str) -> str:
    """The spec path template matching a concrete path (literal segments win)."""
    parts = path.strip("/").split("/")
    best = None
    for template in index.spec["paths"]:
        tparts = template.strip("/").split("/")
        if len(tparts) != len(parts):
            continue
        if all(t == p or (t.startswith("{") and t.endswith("}")) for t, p in zip(tparts, parts, strict=True)):
            literal = sum(1 for t in tparts if not t.startswith("{"))
            if best is None or literal > best[0]:
                best = (literal, template)
    if best is None:
        pytest.fail(f"no spec path for {path}")
    return best[1]
