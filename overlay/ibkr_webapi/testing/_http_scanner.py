"""The market scanner: ``/iserver/scanner/params``, ``/iserver/scanner/run`` and ``/hmds/scanner``.

Why stateless: a scan ranks the fake's stocks by the market simulation's current state, so results
move with the prices a client also sees in snapshots.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._universe import Instrument
from ._web import BadRequest, endpoint, json_object, ok, state_of

# Scan codes and filter codes are IBKR's protocol vocabulary (clients send them back); the display
# names, groupings and the instrument/location lists are the fake's own, built from what it can scan.
SCAN_TYPES = (
    ("Biggest gainers today", "TOP_PERC_GAIN"),
    ("Biggest losers today", "TOP_PERC_LOSE"),
    ("Busiest by volume", "MOST_ACTIVE"),
    ("Volume surge", "HOT_BY_VOLUME"),
)
SCAN_FILTERS = (("priceAbove", "Last above"), ("priceBelow", "Last below"))
#: Yes/no filters: IBKR lists them as type "combo" with one ``combo_values`` entry per choice.
COMBO_FILTERS = (("hasOptionsIs", "Has listed options"),)
SCAN_LOCATION = "STK.US.MAJOR"


def scanner_params_body(state: Any) -> dict[str, Any]:
    """What ``/iserver/scanner/run`` accepts here: every scan over the fake's stocks, by last price."""
    filter_codes = [code for code, _ in (*SCAN_FILTERS, *COMBO_FILTERS)]
    exchanges = sorted({s.exchange for s in state.universe.stocks()})
    return {
        "scan_type_list": [{"display_name": d, "code": c, "instruments": ["STK"]} for d, c in SCAN_TYPES],
        "instrument_list": [{"display_name": "Fake gateway stocks", "type": "STK", "filters": filter_codes}],
        "filter_list": [
            {"group": "Last price", "display_name": name, "code": code, "type": "range"}
            for code, name in SCAN_FILTERS
        ]
        + [
            {
                "group": "Options",
                "display_name": name,
                "code": code,
                "combo_values": [{"default": True}, {"default": False}],
                "type": "combo",
            }
            for code, name in COMBO_FILTERS
        ],
        "location_tree": [
            {
                "display_name": "Fake gateway stocks",
                "type": "STK.US",
                "locations": [
                    {
                        "display_name": f"Listed on {'/'.join(exchanges)}",
                        "type": SCAN_LOCATION,
                        "locations": [],
                    }
                ],
            }
        ],
    }


@endpoint
async def scanner_params(request: Request) -> Response:
    return ok(scanner_params_body(state_of(request)))


def _scan(state: Any, scan_type: str, filters: list[Any]) -> list[Any]:
    codes = {c for _, c in SCAN_TYPES}
    if scan_type not in codes:
        raise BadRequest(f"Bad Request: unknown scan type {scan_type!r}")
    stocks = state.universe.stocks()
    bounds = {f.get("code"): f.get("value") for f in filters if isinstance(f, dict)}
    lo, hi = bounds.get("priceAbove"), bounds.get("priceBelow")
    if lo is not None:
        stocks = [s for s in stocks if state.market.last(s.conid) > float(lo)]
    if hi is not None:
        stocks = [s for s in stocks if state.market.last(s.conid) < float(hi)]
    if "hasOptionsIs" in bounds:
        optionable = {i.underlying for i in state.universe.by_conid.values() if i.sec_type == "OPT"}
        wanted = str(bounds["hasOptionsIs"]).lower() in ("true", "1")
        stocks = [s for s in stocks if (s.conid in optionable) == wanted]

    def change(i: Instrument) -> float:
        q = state.market.quote(i.conid)
        return float((q.last - q.prior_close) / q.prior_close)

    if scan_type == "TOP_PERC_GAIN":
        stocks.sort(key=lambda i: -change(i))
    elif scan_type == "TOP_PERC_LOSE":
        stocks.sort(key=change)
    else:
        stocks.sort(key=lambda i: -state.market.quote(i.conid).volume)
    return list(stocks)


@endpoint
async def scanner_run(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    stocks = _scan(state, str(body.get("type", "")), body.get("filter") or [])
    column = "Chg%" if "PERC" in str(body.get("type")) else "Volume"
    rows = [
        {
            "server_id": str(n),
            "column_name": column,
            "symbol": i.symbol,
            "conidex": str(i.conid),
            "con_id": i.conid,
            "available_chart_periods": "#R|1",
            "company_name": i.name,
            "contract_description_1": i.symbol,
            "listing_exchange": "NASDAQ.NMS" if i.exchange == "NASDAQ" else i.exchange,
            "sec_type": "STK",
        }
        for n, i in enumerate(stocks[:50])
    ]
    return ok({"contracts": rows, "scan_data_column_name": column})


@endpoint
async def hmds_scanner(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    stocks = _scan(state, str(body.get("scanCode", "")), body.get("filter") or [])
    size = min(int(body.get("size", 25) or 25), 250)
    stamp = dt.datetime.fromtimestamp(state.now_ms() / 1000, dt.UTC).strftime("%Y%m%d-%H:%M:%S")
    return ok(
        {
            "total": str(len(stocks)),
            "size": str(min(size, len(stocks))),
            "offset": "0",
            "scanTime": stamp,
            "id": f"scanner{state.settings.seed}",
            "Contracts": {
                "Contract": [{"inScanTime": stamp, "contractID": str(i.conid)} for i in stocks[:size]]
            },
        }
    )


def scanner_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/scanner/params", scanner_params, methods=["GET"]),
        Route("/iserver/scanner/run", scanner_run, methods=["POST"]),
        Route("/hmds/scanner", hmds_scanner, methods=["POST"]),
    ]
