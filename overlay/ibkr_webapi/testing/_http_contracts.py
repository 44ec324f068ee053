"""HTTP handlers for contract discovery: /trsrv/*, /iserver/secdef/*, /iserver/contract/*, /forecast/*.

Why separate from ``_universe``: the universe is data; this module answers IBKR's many overlapping
lookup endpoints from it, in IBKR's shapes (dicts keyed by symbol, conids as strings in search
results, "JUN26;SEP26" month lists). Unknown symbols give empty answers and unknown conids 4xx JSON,
as IBKR does.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._universe import Instrument, Universe
from ._web import BadRequest, endpoint, int_param, json_object, ok, state_of

FORECASTX = "FORECASTX"


def _exch(inst: Instrument) -> str:
    return "NASDAQ.NMS" if inst.exchange == "NASDAQ" else inst.exchange


def _instrument(request: Request, raw: Any) -> Instrument:
    conid = int_param(str(raw) if raw is not None else None, "conid")
    inst = state_of(request).universe.get(conid)
    if inst is None:
        raise BadRequest(f"Bad Request: conid {conid} is not valid", 400)
    return inst


@endpoint
async def trsrv_stocks(request: Request) -> Response:
    universe = state_of(request).universe
    symbols = [s.strip().upper() for s in request.query_params.get("symbols", "").split(",") if s.strip()]
    if not symbols:
        raise BadRequest("Bad Request: symbols is required")
    out: dict[str, Any] = {}
    for sym in symbols:
        rows = []
        for inst in universe.by_symbol(sym):
            contracts = [{"conid": inst.conid, "exchange": inst.exchange, "isUS": True}]
            contracts += [{"conid": c, "exchange": e, "isUS": False} for c, e in inst.extra_listings]
            rows.append(
                {
                    "name": inst.name,
                    "chineseName": inst.chinese_name,
                    "assetClass": "STK",
                    "contracts": contracts,
                }
            )
        out[sym] = rows
    return ok(out)


@endpoint
async def trsrv_futures(request: Request) -> Response:
    universe = state_of(request).universe
    symbols = [s.strip().upper() for s in request.query_params.get("symbols", "").split(",") if s.strip()]
    if not symbols:
        raise BadRequest("Bad Request: symbols is required")
    out: dict[str, Any] = {}
    for sym in symbols:
        out[sym] = [
            {
                "symbol": f.symbol,
                "conid": f.conid,
                "underlyingConid": f.underlying,
                "expirationDate": int(f.expiry or 0),
                "ltd": int(f.expiry or 0),
                "shortFuturesCutOff": int(f.expiry or 0),
                "longFuturesCutOff": int(f.expiry or 0),
            }
            for f in universe.futures(sym)
        ]
    return ok(out)


def secdef_row(inst: Instrument) -> dict[str, Any]:
    return {
        "conid": inst.conid,
        "currency": inst.currency,
        "name": inst.name,
        "assetClass": inst.sec_type,
        "expiry": inst.expiry,
        "lastTradingDay": inst.expiry,
        "group": None,
        "putOrCall": inst.right,
        "sector": inst.industry or None,
        "sectorGroup": None,
        "strike": f"{inst.strike:g}",
        "ticker": inst.symbol,
        "undConid": inst.underlying,
        "multiplier": inst.multiplier if inst.sec_type != "STK" else 0.0,
        "type": inst.kind or None,
        "hasOptions": inst.sec_type in ("STK", "IND"),
        "fullName": inst.contract_desc,
        "isUS": True,
        "isEventContract": inst.event,
        "listingExchange": inst.exchange,
        "countryCode": "US",
    }


@endpoint
async def trsrv_secdef(request: Request) -> Response:
    universe = state_of(request).universe
    raw = request.query_params.get("conids", "")
    rows = []
    for part in raw.split(","):
        if part.strip().isdigit() and (inst := universe.get(int(part))) is not None:
            rows.append(secdef_row(inst))
    if not raw.strip():
        raise BadRequest("Bad Request: conids is required")
    return ok({"secdef": rows})


@endpoint
async def trsrv_all_conids(request: Request) -> Response:
    universe = state_of(request).universe
    exchange = request.query_params.get("exchange", "").upper()
    if not exchange:
        raise BadRequest("Bad Request: exchange is required")
    alias = {"NMS": "NASDAQ", "NASDAQ": "NASDAQ"}
    rows = [
        {"ticker": i.symbol, "conid": i.conid, "exchange": exchange}
        for i in universe.stocks()
        if i.exchange == alias.get(exchange, exchange)
    ]
    return ok(sorted(rows, key=lambda r: r["conid"]))


def _search_rows(request: Request, symbol: str, sec_type: str | None, by_name: bool) -> list[dict[str, Any]]:
    universe = state_of(request).universe
    matches = (
        universe.search(symbol)
        if by_name
        else [i for i in universe.search(symbol) if i.symbol == symbol.strip().upper()]
    )
    rows = []
    for inst in matches:
        if inst.exchange == FORECASTX:
            rows += _forecastx_search_row(universe, inst, sec_type)
            continue
        sections: list[dict[str, Any]] = [{"secType": inst.sec_type}]
        months = universe.option_months(inst.conid)
        if months:
            sections.append({"secType": "OPT", "months": ";".join(months), "exchange": "SMART;AMEX;CBOE"})
        if inst.sec_type == "IND":
            futs = [
                f for f in universe.by_conid.values() if f.sec_type == "FUT" and f.underlying == inst.conid
            ]
            if futs:
                sections.append(
                    {
                        "secType": "FUT",
                        "months": ";".join(f.month for f in universe.futures(inst.symbol)),
                        "exchange": "CME",
                    }
                )
            ec = universe.option_months(inst.conid, event=True)
            if ec:
                sections.append({"secType": "OPT", "months": ";".join(ec), "exchange": "CME"})
        if sec_type and all(s["secType"] != sec_type for s in sections):
            continue
        rows.append(
            {
                "conid": str(inst.conid),
                "companyHeader": f"{inst.name} - {inst.exchange}",
                "companyName": inst.name,
                "symbol": inst.symbol,
                "description": inst.exchange,
                "restricted": None,
                "sections": sections,
            }
        )
    return rows


def _forecastx_search_row(universe: Universe, inst: Instrument, sec_type: str | None) -> list[dict[str, Any]]:
    """A ForecastEx market's index as IBKR's search lists it: exchange "FORECASTX;", an "EC" marker,
    the expiries in ``opt``; plus the OPT months on FORECASTX that the strikes/info route needs."""
    contracts = universe.options(inst.conid, event=True)
    sections: list[dict[str, Any]] = [
        {"secType": "IND", "exchange": f"{FORECASTX};"},
        {
            "secType": "OPT",
            "months": ";".join(universe.option_months(inst.conid, event=True)),
            "exchange": FORECASTX,
        },
        {"secType": "EC"},
    ]
    if sec_type and all(s["secType"] != sec_type for s in sections):
        return []
    return [
        {
            "conid": str(inst.conid),
            "companyHeader": f"{inst.name} - {FORECASTX}",
            "companyName": inst.name,
            "symbol": inst.symbol,
            "description": FORECASTX,
            "restricted": None,
            "opt": ";".join(dict.fromkeys(c.expiry or "" for c in contracts)),
            "sections": sections,
        }
    ]


@endpoint
async def secdef_search_get(request: Request) -> Response:
    q = request.query_params
    symbol = q.get("symbol", "")
    if not symbol:
        raise BadRequest("Bad Request: symbol is required")
    return ok(_search_rows(request, symbol, q.get("secType"), q.get("name", "").lower() == "true"))


@endpoint
async def secdef_search_post(request: Request) -> Response:
    body = await json_object(request)
    symbol = body.get("symbol")
    if not isinstance(symbol, str) or not symbol:
        raise BadRequest("Bad Request: symbol is required")
    return ok(_search_rows(request, symbol, body.get("secType"), bool(body.get("name", False))))


def _month(request: Request) -> str:
    month = request.query_params.get("month", "").upper()
    if not month:
        raise BadRequest("Bad Request: month is required")
    return month


@endpoint
async def secdef_strikes(request: Request) -> Response:
    q = request.query_params
    inst = _instrument(request, q.get("conid"))
    universe = state_of(request).universe
    month = _month(request)
    sec_type = q.get("sectype", q.get("secType", "OPT")).upper()
    if sec_type not in ("OPT", "FOP", "WAR"):
        raise BadRequest("Bad Request: sectype must be OPT, FOP or WAR")
    opts = _chain(universe, inst, month, q.get("exchange", ""))
    return ok(
        {
            "call": sorted({o.strike for o in opts if o.right == "C"}),
            "put": sorted({o.strike for o in opts if o.right == "P"}),
        }
    )


def _chain(universe: Universe, inst: Instrument, month: str, exchange: str) -> list[Instrument]:
    """The options ``secdef/strikes`` and ``secdef/info`` answer from, by the ``exchange`` asked.

    Event contracts are options of an index on its venue: exchange CME gives an index's CME event
    contracts (ES, NQ), FORECASTX its ForecastEx ones (FF); ForecastEx markets list only those.
    """
    venue = exchange.upper()
    if venue == FORECASTX or inst.exchange == FORECASTX:
        return [o for o in universe.options(inst.conid, month) if o.exchange == FORECASTX]
    return universe.options(inst.conid, month, event=inst.sec_type == "IND" and venue == "CME")


def _desc2(inst: Instrument) -> str:
    if inst.sec_type != "OPT":
        return inst.month_long
    right = "Call" if inst.right == "C" else "Put"
    if inst.exchange == FORECASTX and inst.expiry:  # IBKR: "SEP 17 '24 3.13 Call @FORECASTX (AM)"
        day = dt.datetime.strptime(inst.expiry, "%Y%m%d").strftime("%b %d '%y").upper()
        return f"{day} {inst.strike + 1e-9:.2f} {right} @{FORECASTX} (AM)"
    return f"{inst.month_long} {inst.strike:g} {right}"


def info_row(inst: Instrument) -> dict[str, Any]:
    return {
        "conid": inst.conid,
        "symbol": inst.symbol,
        "secType": inst.sec_type,
        "exchange": inst.exchange,
        "listingExchange": inst.exchange,
        "right": inst.right,
        "strike": inst.strike,
        "currency": inst.currency,
        "cusip": None,
        "coupon": "No Coupon",
        "desc1": inst.symbol,
        "desc2": _desc2(inst),
        "maturityDate": inst.expiry,
        "multiplier": f"{inst.multiplier:g}",
        "tradingClass": inst.trading_class,
        "validExchanges": "SMART,CBOE,AMEX" if inst.exchange == "SMART" else inst.exchange,
        "showPrips": False,
    }


@endpoint
async def secdef_info(request: Request) -> Response:
    q = request.query_params
    inst = _instrument(request, q.get("conid"))
    universe = state_of(request).universe
    sec_type = q.get("sectype", q.get("secType", "")).upper()
    if sec_type in ("STK", "IND", "CASH", "") and inst.sec_type in ("STK", "IND"):
        return ok([info_row(inst)])
    month = _month(request)
    if sec_type == "FUT":
        return ok([info_row(f) for f in universe.futures(inst.symbol) if f.month == month])
    if sec_type not in ("OPT", "FOP", "WAR"):
        raise BadRequest(f"Bad Request: invalid sectype {sec_type}")
    right = q.get("right", "").upper()[:1]
    strike_raw = q.get("strike")
    try:
        strike = float(strike_raw) if strike_raw else None
    except ValueError as exc:
        raise BadRequest("Bad Request: strike must be a number") from exc
    rows = [
        info_row(o)
        for o in _chain(universe, inst, month, q.get("exchange", ""))
        if (not right or o.right == right) and (strike is None or o.strike == strike)
    ]
    return ok(rows)


def contract_info(inst: Instrument) -> dict[str, Any]:
    return {
        "cfi_code": "",
        "symbol": inst.symbol,
        "cusip": None,
        "expiry_full": inst.expiry,
        "con_id": inst.conid,
        "maturity_date": inst.expiry,
        "industry": inst.industry or None,
        "instrument_type": inst.sec_type,
        "has_related_contracts": inst.sec_type == "STK",
        "trading_class": inst.trading_class or inst.symbol,
        "valid_exchanges": f"SMART,{inst.exchange}" if inst.sec_type == "STK" else inst.exchange,
        "allow_sell_long": False,
        "is_zero_commission_security": False,
        "local_symbol": inst.local_symbol,
        "contract_clarification_type": None,
        "classifier": None,
        "currency": inst.currency,
        "text": None,
        "underlying_con_id": inst.underlying,
        "r_t_h": True,
        "multiplier": f"{inst.multiplier:g}" if inst.sec_type != "STK" else None,
        "underlying_issuer": None,
        "contract_month": inst.expiry[:6] if inst.expiry else None,
        "company_name": inst.name,
        "smart_available": inst.sec_type in ("STK", "OPT"),
        "exchange": "SMART" if inst.sec_type == "STK" else inst.exchange,
        "category": inst.industry or None,
    }


def contract_rules(request: Request, inst: Instrument, is_buy: bool = True) -> dict[str, Any]:
    state = state_of(request)
    last = state.market.last(inst.conid)
    tick = state.market.tick_size(inst)
    return {
        "algoEligible": inst.sec_type == "STK",
        "allOrNoneEligible": inst.sec_type == "STK",
        "costReport": False,
        "canTradeAcctIds": list(state.accounts),
        "error": None,
        "orderTypes": ["limit", "market", "stop", "stop_limit"],
        "orderTypesOutside": ["limit", "stop_limit"],
        "tifTypes": ["DAY/o,a", "GTC/o,a", "IOC/o,a"],
        "defaultSize": 100 if inst.sec_type == "STK" else 1,
        "cashSize": 0.0,
        "sizeIncrement": 1,
        "cashCcy": inst.currency,
        "limitPrice": round(last, 2),
        "stopprice": round(last, 2),
        "increment": tick,
        "incrementDigits": 2,
        "preview": True,
        "hasSecondary": inst.sec_type == "STK",
        "negativeCapable": False,
        "isEventTrading": inst.event,
        "side": "BUY" if is_buy else "SELL",
    }


@endpoint
async def contract_info_handler(request: Request) -> Response:
    return ok(contract_info(_instrument(request, request.path_params["conid"])))


@endpoint
async def contract_info_and_rules(request: Request) -> Response:
    inst = _instrument(request, request.path_params["conid"])
    is_buy = request.query_params.get("isBuy", "true").lower() != "false"
    return ok(contract_info(inst) | {"rules": contract_rules(request, inst, is_buy)})


@endpoint
async def contract_rules_handler(request: Request) -> Response:
    body = await json_object(request)
    inst = _instrument(request, body.get("conid"))
    return ok(contract_rules(request, inst, bool(body.get("isBuy", True))))


# Bond-filter column ids are the fake's own numbering (IBKR's are opaque to clients, which only echo them).
BOND_FILTER_COLUMNS = {"exchange": 1, "maturity": 2, "currency": 3}


def bond_filters_body(state: Any) -> dict[str, Any]:
    """Filters for a bond issuer: the next quarterly maturities after the fake's today, and the
    currencies its universe trades, so the answer follows the fake's clock and instruments."""
    today = state.universe.today
    maturities = []
    for i in range(1, 5):
        year, month0 = divmod(today.month - 1 + 3 * i, 12)
        d = dt.date(today.year + year, month0 + 1, 1)
        maturities.append({"text": d.strftime("%b %Y"), "value": d.strftime("%Y%m")})
    currencies = sorted({inst.currency for inst in state.universe.by_conid.values() if inst.currency})
    return {
        "bondFilters": [
            {
                "displayText": "Venue",
                "columnId": BOND_FILTER_COLUMNS["exchange"],
                "options": [{"text": "Smart routing", "value": "SMART"}],
            },
            {"displayText": "Matures", "columnId": BOND_FILTER_COLUMNS["maturity"], "options": maturities},
            {
                "displayText": "Denomination",
                "columnId": BOND_FILTER_COLUMNS["currency"],
                "options": [{"text": c, "value": c} for c in currencies],
            },
        ]
    }


@endpoint
async def bond_filters(request: Request) -> Response:
    if not request.query_params.get("issuerId"):
        raise BadRequest("Bad Request: issuerId is required")
    return ok(bond_filters_body(state_of(request)))


@endpoint
async def trading_schedule(request: Request) -> Response:
    state = state_of(request)
    inst = _instrument(request, request.query_params.get("conid"))
    start = dt.datetime.fromtimestamp(state.now_ms() / 1000, dt.UTC).date()
    schedules: dict[str, Any] = {}
    day = start
    while len(schedules) < 5:
        if day.weekday() < 5:
            open_utc = int(dt.datetime(day.year, day.month, day.day, 13, 30, tzinfo=dt.UTC).timestamp())
            liquid = [{"opening": open_utc, "closing": open_utc + 23400}]
            extended = [
                {"cancel_daily_orders": True, "opening": open_utc - 19800, "closing": open_utc + 37800}
            ]
            if inst.sec_type == "FUT":
                liquid = extended = [
                    {"cancel_daily_orders": True, "opening": open_utc - 52200, "closing": open_utc + 27000}
                ]
            schedules[day.strftime("%Y%m%d")] = {"liquid_hours": liquid, "extended_hours": extended}
        day += dt.timedelta(days=1)
    return ok(
        {
            "exchange_time_zone": "US/Central" if inst.exchange in ("CME", "FORECASTX") else "US/Eastern",
            "schedules": schedules,
        }
    )


# -- ForecastEx event contracts ----------------------------------------------------------------------
FF_UNDERLYING = 658663572
# Category ids of the fake's own forecast tree (IBKR uses opaque "g<number>" ids; these are ours).
FORECAST_ROOT_CATEGORY = "g9100"
FORECAST_RATES_CATEGORY = "g9110"


@endpoint
async def forecast_category_tree(request: Request) -> Response:
    return ok(
        {
            "categories": {
                FORECAST_ROOT_CATEGORY: {"name": "Economics", "parent_id": None},
                FORECAST_RATES_CATEGORY: {
                    "name": "Interest Rates",
                    "parent_id": FORECAST_ROOT_CATEGORY,
                    "markets": [
                        {
                            "name": "US Fed Funds Target Rate",
                            "symbol": "FF",
                            "exchange": "FORECASTX",
                            "conid": FF_UNDERLYING,
                            "product_conid": FF_UNDERLYING + 7,
                        }
                    ],
                },
            }
        }
    )


def _event(request: Request, raw: Any) -> Instrument:
    inst = _instrument(request, raw)
    if not inst.event:
        raise BadRequest(f"Bad Request: conid {inst.conid} is not an event contract")
    return inst


def _strike_label(inst: Instrument) -> str:
    return f"Above {inst.strike:g}%" if inst.exchange == "FORECASTX" else f"Above {inst.strike:g}"


@endpoint
async def forecast_market(request: Request) -> Response:
    universe = state_of(request).universe
    und = int_param(request.query_params.get("underlyingConid"), "underlyingConid")
    contracts = universe.options(und, event=True)
    if not contracts:
        raise BadRequest(f"Bad Request: no event contracts for underlying {und}", 404)
    first = contracts[0]
    return ok(
        {
            "market_name": first.name,
            "exchange": first.exchange,
            "symbol": first.symbol,
            "logo_category": FORECAST_RATES_CATEGORY,
            "exclude_historical_data": False,
            "payout": 1.0,
            "contracts": [
                {
                    "conid": c.conid,
                    "side": "Y" if c.right == "C" else "N",
                    "expiration": c.expiry,
                    "strike": c.strike,
                    "strike_label": _strike_label(c),
                    "expiry_label": dt.datetime.strptime(c.expiry or "", "%Y%m%d").strftime("%B %d, %Y"),
                    "underlying_conid": und,
                    "time_specifier": c.expiry,
                }
                for c in contracts
            ],
        }
    )


def _pair(request: Request, inst: Instrument) -> tuple[int, int]:
    universe = state_of(request).universe
    twins = [
        o
        for o in universe.options(inst.underlying, event=True)
        if o.expiry == inst.expiry and o.strike == inst.strike
    ]
    yes = next(o.conid for o in twins if o.right == "C")
    no = next(o.conid for o in twins if o.right == "P")
    return yes, no


@endpoint
async def forecast_details(request: Request) -> Response:
    inst = _event(request, request.query_params.get("conid"))
    yes, no = _pair(request, inst)
    return ok(
        {
            "conid_yes": yes,
            "conid_no": no,
            "question": f"Will the {inst.name} be above {inst.strike:g} on {inst.expiry}?",
            "side": "Y" if inst.right == "C" else "N",
            "strike_label": _strike_label(inst),
            "strike": inst.strike,
            "exchange": inst.exchange,
            "expiration": inst.expiry,
            "symbol": inst.symbol,
            "category": FORECAST_ROOT_CATEGORY,
            "logo_category": FORECAST_RATES_CATEGORY,
            "measured_period": inst.month_long,
            "market_name": inst.name,
            "underlying_conid": inst.underlying,
            "payout": 1.0,
            "product_conid": inst.underlying + 7,
            "is_restricted": False,
        }
    )


@endpoint
async def forecast_rules(request: Request) -> Response:
    inst = _event(request, request.query_params.get("conid"))
    expiry = dt.datetime.strptime(inst.expiry or "", "%Y%m%d").replace(hour=20, tzinfo=dt.UTC)
    ts = int(expiry.timestamp())
    return ok(
        {
            "asset_class": "OPT",
            "description": f"{inst.name} event contract.",
            "market_name": inst.name,
            "measured_period": inst.month_long,
            "threshold": f"{inst.strike:g}",
            "source_agency": "Fake Agency",
            "data_and_resolution_link": "https://example.invalid/resolution",
            "last_trade_time": ts,
            "product_code": inst.symbol,
            "market_rules_link": "https://example.invalid/rules",
            "release_time": ts,
            "payout_time": ts + 86400,
            "payout": "$1.00",
            "price_increment": "$0.01",
            "exchange_timezone": FORECAST_TZ,
        }
    )


# The fake's ForecastEx session: one weekday window per day (its own hours, in the exchange's zone).
FORECAST_TZ = "America/Chicago"
FORECAST_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
FORECAST_WINDOWS = (("7:00 AM", "3:30 PM"),)


@endpoint
async def forecast_schedules(request: Request) -> Response:
    _event(request, request.query_params.get("conid"))
    return ok(
        {
            "timezone": FORECAST_TZ,
            "trading_schedules": [
                {"day_of_week": d, "trading_times": [{"open": o, "close": c} for o, c in FORECAST_WINDOWS]}
                for d in FORECAST_DAYS
            ],
        }
    )


#: IBKR's algo ids and parameter ids (protocol vocabulary clients send back); names are the fake's own.
ALGOS: tuple[tuple[str, str, tuple[dict[str, Any], ...]], ...] = (
    (
        "Adaptive",
        "Adaptive",
        (
            {
                "id": "adaptivePriority",
                "name": "Priority",
                "valueClassName": "String",
                "legalStrings": ["Urgent", "Normal", "Patient"],
                "defaultValue": "Normal",
                "required": "true",
                "guiRank": 1,
                "description": "How quickly to work the order",
            },
        ),
    ),
    (
        "Vwap",
        "VWAP",
        (
            {
                "id": "maxPctVol",
                "name": "Maximum share of volume",
                "valueClassName": "Double",
                "minValue": 0.01,
                "maxValue": 50,
                "guiRank": 1,
                "description": "Percent of volume, 0.01 to 50",
            },
        ),
    ),
    ("Twap", "TWAP", ()),
)


@endpoint
async def contract_algos(request: Request) -> Response:
    _instrument(request, request.path_params["conid"])
    q = request.query_params
    wanted = {a for a in q.get("algos", "").split(";") if a}
    with_params = q.get("addParams") == "1"
    with_text = q.get("addDescription") == "1"
    algos = []
    for algo_id, name, params in ALGOS:
        if wanted and algo_id not in wanted:
            continue
        row: dict[str, Any] = {"name": name, "id": algo_id}
        if with_params:
            row["parameters"] = [
                {k: v for k, v in p.items() if k != "description" or with_text} for p in params
            ]
        algos.append(row)
    return ok({"algos": algos})


def contract_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/contract/{conid}/algos", contract_algos, methods=["GET"]),
        Route("/trsrv/stocks", trsrv_stocks, methods=["GET"]),
        Route("/trsrv/futures", trsrv_futures, methods=["GET"]),
        Route("/trsrv/secdef", trsrv_secdef, methods=["GET"]),
        Route("/trsrv/all-conids", trsrv_all_conids, methods=["GET"]),
        Route("/iserver/secdef/search", secdef_search_get, methods=["GET"]),
        Route("/iserver/secdef/search", secdef_search_post, methods=["POST"]),
        Route("/iserver/secdef/strikes", secdef_strikes, methods=["GET"]),
        Route("/iserver/secdef/info", secdef_info, methods=["GET"]),
        Route("/iserver/secdef/bond-filters", bond_filters, methods=["GET"]),
        Route("/iserver/contract/rules", contract_rules_handler, methods=["POST"]),
        Route("/iserver/contract/{conid}/info", contract_info_handler, methods=["GET"]),
        Route("/iserver/contract/{conid}/info-and-rules", contract_info_and_rules, methods=["GET"]),
        Route("/contract/trading-schedule", trading_schedule, methods=["GET"]),
        Route("/forecast/category/tree", forecast_category_tree, methods=["GET"]),
        Route("/forecast/contract/market", forecast_market, methods=["GET"]),
        Route("/forecast/contract/details", forecast_details, methods=["GET"]),
        Route("/forecast/contract/rules", forecast_rules, methods=["GET"]),
        Route("/forecast/contract/schedules", forecast_schedules, methods=["GET"]),
    ]
