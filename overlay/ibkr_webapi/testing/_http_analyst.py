"""Portfolio Analyst (``/pa/performance``, ``/pa/allperiods``, ``/pa/transactions``), from the fake's books.

Why derived: PA answers are end-of-day views of the same accounts the rest of the fake serves, so the
last NAV is the account's current net liquidation and the transactions are the fake's own fills. The
history before today is a seeded walk back from today's NAV (the fake keeps no past days).
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._state import DomainState
from ._web import BadRequest, endpoint, json_object, ok, state_of

PERIOD_DAYS = {"1D": 1, "7D": 7, "MTD": 21, "1M": 30, "3M": 90, "6M": 182, "12M": 365, "YTD": 250}


def _accounts(state: DomainState, body: dict[str, Any]) -> list[str]:
    """The accounts asked for (the selected account when none are named); 404 for an unknown one."""
    ids = body.get("acctIds") or [state.selected_account]
    if not isinstance(ids, list) or not all(isinstance(a, str) for a in ids):
        raise BadRequest('Bad Request: "acctIds" must be a list of account ids')
    unknown = [a for a in ids if a not in state.accounts]
    if unknown:
        raise BadRequest(f"Bad Request: account {unknown[0]} is not valid", 404)
    return list(dict.fromkeys(ids))


def _days(state: DomainState, count: int) -> list[dt.date]:
    today = dt.datetime.fromtimestamp(state.now_ms() / 1000, dt.UTC).date()
    days: list[dt.date] = []
    day = today
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day -= dt.timedelta(days=1)
    return days[::-1]


def _navs(state: DomainState, account: str, count: int) -> list[float]:
    """``count`` daily NAVs ending with the account's current net liquidation (a seeded walk back)."""
    nav = float(state.portfolio.metrics(account)["netliq"])
    rng = random.Random(f"{state.settings.seed}:pa:{account}")
    out = [nav]
    for _ in range(count - 1):
        out.append(out[-1] / (1 + rng.gauss(0.0003, 0.006)))
    return [round(v, 2) for v in reversed(out)]


def _series(state: DomainState, account: str, count: int) -> dict[str, Any]:
    days = _days(state, count + 1)
    navs = _navs(state, account, count + 1)
    start = navs[0]
    return {
        "dates": [d.strftime("%Y%m%d") for d in days[1:]],
        "navs": navs[1:],
        "returns": [round(v / start - 1, 6) for v in navs[1:]],
        "startNAV": {"date": days[0].strftime("%Y%m%d"), "val": start},
    }


@endpoint
async def performance(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    accounts = _accounts(state, body)
    period = str(body.get("period") or "1M").upper()
    count = PERIOD_DAYS.get(period, PERIOD_DAYS["1M"])  # an unknown period: the default month
    per = {a: _series(state, a, count) for a in accounts}
    first = next(iter(per.values()))

    def rows(key: str, *, nav: bool = False) -> list[dict[str, Any]]:
        out = []
        for account, s in per.items():
            row: dict[str, Any] = {"id": account, "idType": "acctid"}
            if nav:
                row["startNAV"] = s["startNAV"]
            row |= {"start": s["dates"][0], "end": s["dates"][-1], key: s[key if key != "navs" else "navs"]}
            row["baseCurrency"] = "USD"
            out.append(row)
        return out

    months = sorted({d[:6] for d in first["dates"]})
    monthly = [
        {
            "id": a,
            "idType": "acctid",
            "start": s["dates"][0],
            "end": s["dates"][-1],
            "returns": [s["returns"][max(i for i, d in enumerate(s["dates"]) if d[:6] == m)] for m in months],
            "baseCurrency": "USD",
        }
        for a, s in per.items()
    ]
    return ok(
        {
            "currencyType": "base",
            "pm": "TWR",
            "nd": len(first["dates"]),
            "id": "getPerformanceData",
            "included": accounts,
            "cps": {"freq": "D", "dates": first["dates"], "data": rows("returns")},
            "tpps": {"freq": "M", "dates": months, "data": monthly},
            "nav": {"freq": "D", "dates": first["dates"], "data": rows("navs", nav=True)},
        }
    )


@endpoint
async def all_periods(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    accounts = _accounts(state, body)
    out: dict[str, Any] = {
        "pm": "TWR",
        "nd": PERIOD_DAYS["12M"],
        "id": "getPerformanceAllPer",
        "currencyType": "base",
        "view": accounts,
        "included": accounts,
    }
    stamp = dt.datetime.fromtimestamp(state.now_ms() / 1000, dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
    for account in accounts:
        periods: dict[str, Any] = {}
        for name, count in PERIOD_DAYS.items():
            s = _series(state, account, count)
            periods[name] = {
                "freq": "D",
                "startNAV": s["startNAV"],
                "dates": s["dates"],
                "nav": s["navs"],
                "cps": s["returns"],
            }
        longest = periods["12M"]
        out[account] = {
            **periods,
            "baseCurrency": "USD",
            "start": longest["dates"][0],
            "end": longest["dates"][-1],
            "periods": list(PERIOD_DAYS),
            "lastSuccessfulUpdate": stamp,
        }
    return ok(out)


@endpoint
async def transactions(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    accounts = _accounts(state, body)
    conids = body.get("conids")
    if conids is not None and (not isinstance(conids, list) or not all(isinstance(c, int) for c in conids)):
        raise BadRequest('Bad Request: "conids" must be a list of conids')
    raw_days = body.get("days", 90)
    days = raw_days if isinstance(raw_days, int) and 0 < raw_days <= 3650 else 90
    now_ms = state.now_ms()
    since = now_ms - days * 86_400_000
    rows = []
    for trade in state.orders.trades_since(None, since):
        if trade.get("account") not in accounts or (conids and int(trade.get("conid", 0)) not in conids):
            continue
        when = dt.datetime.fromtimestamp(int(trade["trade_time_r"]) / 1000, dt.UTC)
        qty = float(trade["size"]) * (1 if trade["side"] == "B" else -1)
        price = float(trade["price"])
        rows.append(
            {
                "cur": "USD",
                "date": when.strftime("%a %b %d 00:00:00 %Z %Y"),
                "rawDate": when.strftime("%Y%m%d"),
                "fxRate": 1.0,
                "pr": price,
                "qty": qty,
                "acctid": trade["account"],
                "amt": round(-qty * price, 2),
                "conid": int(trade["conid"]),
                "type": "Buy" if qty > 0 else "Sell",
                "desc": str(trade.get("company_name") or trade.get("symbol", "")),
            }
        )
    return ok(
        {
            "nd": days,
            "rpnl": {"data": [], "amt": "0.0"},
            "currency": str(body.get("currency") or "USD"),
            "from": since,
            "id": "getTransactions",
            "to": now_ms,
            "transactions": rows,
        }
    )


def analyst_routes() -> list[BaseRoute]:
    return [
        Route("/pa/performance", performance, methods=["POST"]),
        Route("/pa/allperiods", all_periods, methods=["POST"]),
        Route("/pa/transactions", transactions, methods=["POST"]),
    ]
