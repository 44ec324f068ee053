"""HTTP handlers for market data: snapshot (with IBKR's pre-flight), unsubscribe; history bars for ``smh``.

Why apart from :mod:`._market`: the simulation there knows nothing of HTTP; these handlers parse the
request, step the walk and format rows. ``snapshot_row`` and ``history_body`` are shared with the
WebSocket (``smd`` and ``smh`` topics). The REST history endpoints are served by ``_http_history``.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._market import Market
from ._universe import Universe
from ._web import BadRequest, endpoint, json_object, ok, state_of

MAX_SNAPSHOT_CONIDS = 100
MAX_SNAPSHOT_FIELDS = 50


def parse_conids(raw: str | None, universe: Universe) -> list[int]:
    if not raw:
        raise BadRequest("Bad Request: conids is required")
    out: list[int] = []
    for part in raw.split(","):
        part = part.strip().split("@")[0]
        if not part:
            continue
        if not part.isdigit():
            raise BadRequest(f"Bad Request: invalid conid {part}")
        conid = int(part)
        if universe.get(conid) is None:
            raise BadRequest(f"Bad Request: conid {conid} is not valid")
        out.append(conid)
    if not out:
        raise BadRequest("Bad Request: conids is required")
    if len(out) > MAX_SNAPSHOT_CONIDS:
        raise BadRequest(f"Bad Request: at most {MAX_SNAPSHOT_CONIDS} conids per request")
    return out


def snapshot_row(state: Any, conid: int, fields: list[str], *, topic: str | None = None) -> dict[str, Any]:
    market: Market = state.market
    row: dict[str, Any] = {
        "conidEx": str(conid),
        "conid": conid,
        "_updated": state.now_ms(),
        "server_id": market.server_id(conid),
    }
    values = market.field_values(
        conid,
        fields,
        state.portfolio.snapshot_position_fields(state.selected_account),
        numeric_change_pct=topic is not None,
    )
    row.update(values)
    # sent unasked with every row that has values (recorded snapshots and smd frames): 6119 repeats
    # the market-data line's server id, 6508 lists the market-data services serving the conid
    row["6119"] = market.server_id(conid)
    row["6508"] = market.service_ids(conid)
    if topic is not None:
        row["topic"] = topic
    return row


@endpoint
async def marketdata_snapshot(request: Request) -> Response:
    """Pre-flight: the first request for a conid only subscribes (no fields); later ones have values."""
    state = state_of(request)
    q = request.query_params
    conids = parse_conids(q.get("conids"), state.universe)
    fields = [f.strip() for f in q.get("fields", "31,84,86").split(",") if f.strip()]
    if len(fields) > MAX_SNAPSHOT_FIELDS:
        raise BadRequest(f"Bad Request: at most {MAX_SNAPSHOT_FIELDS} fields per request")
    rows = []
    for conid in conids:
        if conid not in state.market.subscribed:
            state.market.subscribed.add(conid)
            rows.append(
                {
                    "conidEx": str(conid),
                    "conid": conid,
                    "_updated": state.now_ms(),
                    "server_id": state.market.server_id(conid),
                }
            )
            continue
        state.market.step(conid)
        rows.append(snapshot_row(state, conid, fields))
    return ok(rows)


@endpoint
async def marketdata_unsubscribe(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    conid = body.get("conid")
    if not isinstance(conid, int) or state.universe.get(conid) is None:
        raise BadRequest("Bad Request: conid is not valid")
    if conid not in state.market.subscribed:
        raise BadRequest(f"Bad Request: conid {conid} is not subscribed", 404)
    state.market.subscribed.discard(conid)
    return ok({"success": True})


@endpoint
async def marketdata_unsubscribe_all(request: Request) -> Response:
    state_of(request).market.subscribed.clear()
    return ok({"unsubscribed": True})


_UNITS = {"min": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "m": 30 * 86400, "y": 365 * 86400}


def parse_span(text: str, name: str) -> int:
    """IBKR duration strings ("1d", "2w", "5min", "1h", "1m" = month, "1y") to seconds."""
    t = text.strip().lower()
    for unit in ("min", "h", "d", "w", "m", "y"):
        if t.endswith(unit) and t[: -len(unit)].isdigit() and int(t[: -len(unit)]) > 0:
            return int(t[: -len(unit)]) * _UNITS[unit]
    raise BadRequest(f"Bad Request: invalid {name} {text!r}")


def history_body(state: Any, conid: int, period: str, bar: str, now_s: float) -> dict[str, Any]:
    period_s, bar_s = parse_span(period, "period"), parse_span(bar, "bar")
    if bar_s > period_s:
        raise BadRequest("Bad Request: bar must not be longer than period")
    count = min(1000, period_s // bar_s)
    inst = state.universe.by_conid[conid]
    rng = random.Random(f"{state.settings.seed}:hist:{conid}:{bar_s}")
    price = state.market.last(conid)
    end = int(now_s // bar_s * bar_s)
    bars = []
    for i in range(count):
        close = price
        open_ = round(close * (1 + rng.gauss(0, 0.002)), 2)
        high = round(max(open_, close) * (1 + abs(rng.gauss(0, 0.001))), 2)
        low = round(min(open_, close) * (1 - abs(rng.gauss(0, 0.001))), 2)
        bars.append(
            {
                "o": open_,
                "c": round(close, 2),
                "h": high,
                "l": low,
                "v": round(rng.uniform(1e3, 5e4), 2),
                "t": (end - i * bar_s) * 1000,
            }
        )
        price = open_
    bars.reverse()
    hi = max(bars, key=lambda b: b["h"])
    lo = min(bars, key=lambda b: b["l"])
    start = dt.datetime.fromtimestamp(bars[0]["t"] / 1000, dt.UTC).strftime("%Y%m%d-%H:%M:%S")
    return {
        "serverId": str(100000 + conid % 900000),
        "symbol": inst.symbol,
        "text": inst.name,
        "priceFactor": 100,
        "startTime": start,
        "high": f"{round(hi['h'] * 100)}/{hi['v']}/0",
        "low": f"{round(lo['l'] * 100)}/{lo['v']}/0",
        "timePeriod": period,
        "barLength": bar_s,
        # The fake's own metadata: availability and delay follow its market-data state for the conid,
        # display digits follow the instrument's tick size.
        "mdAvailability": state.market.availability(conid)[:1],
        "mktDataDelay": 15 * 60_000 if conid in state.market.delayed else 0,
        "outsideRth": not state.market.market_open,
        "volumeFactor": 1,
        "priceDisplayRule": 1,
        "priceDisplayValue": str(_decimals(state.market.tick_size(inst))),
        "negativeCapable": inst.sec_type in ("BAG", "FUT"),
        "messageVersion": 2,
        "data": bars,
        "points": len(bars) - 1,
        "travelTime": 0,
    } | (
        # IBKR adds the length of the trading day (minutes) to intraday bars, and its chart
        # annotations (dividends, splits; none in the fake) to daily and longer bars
        {"tradingDayDuration": 390} if bar_s < 86_400 else {"chartAnnotations": ""}
    )


def _decimals(tick: float) -> int:
    """Digits after the decimal point a price with this tick size shows (0.01 -> 2, 0.25 -> 2, 5 -> 0)."""
    text = f"{tick:.8f}".rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


def marketdata_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/marketdata/snapshot", marketdata_snapshot, methods=["GET"]),
        Route("/iserver/marketdata/unsubscribe", marketdata_unsubscribe, methods=["POST"]),
        Route("/iserver/marketdata/unsubscribeall", marketdata_unsubscribe_all, methods=["GET"]),
    ]
