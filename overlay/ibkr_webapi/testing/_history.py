"""Historical bars for any range, as ``GET /iserver/marketdata/history`` and ``/hmds/history`` answer
them (the handlers are in ``_http_history``).

The fake serves deterministic, seeded bars for any time range and applies IBKR's rules, so a
client's window planner is tested against the behaviour and not against itself:

* **Window semantics.** ``startTime`` (``YYYYMMDD-HH:MM:SS``, UTC) is the *end* of the window, which
  reaches back ``period``: bars whose start lies in ``[startTime - period, startTime)``. Without
  ``startTime`` the window ends now (the gateway clock). ``period`` follows IBKR's grammar
  ``{1-30}min``, ``{1-8}h``, ``{1-1000}d``, ``{1-792}w``, ``{1-182}m`` (30 days), ``{1-15}y`` (365
  days); anything else is 400.
* **Point cap.** At most :data:`MAX_POINTS` bars per answer: when the window holds more, the
  latest ones (those nearest ``startTime``) are answered.
* **Placeholder.** A window without any bar answers one placeholder bar without ``t``.
* **Trading hours.** Bars exist only while the market is open: Monday to Friday, 13:30-20:00 UTC
  (``outsideRth=true``: 08:00-24:00 UTC), except the fake's holidays (1 January, 4 July,
  25 December, the fourth Thursday of November). These are the hours ``/contract/trading-schedule``
  answers. Intraday bars are aligned to the session open; ``1d`` / ``1w`` / ``1m`` bars carry the
  day's (week's, month's) 00:00 UTC.
* **Missing data.** ``FakeGateway(history_missing=[(start_s, end_s), ...])`` (epoch seconds) removes
  the bars of those intervals although the market was open (an outage in IBKR's data).
* **Concurrency.** The request pipeline applies the spec's ``max_concurrent: 5`` to
  ``get_marketdata_history`` (a sixth request in flight answers 429). Each answer takes
  ``history_service_s`` gateway seconds (default 0; scaled by ``time_scale``), so the limit matters
  under load; :func:`history_book` records the peak number of requests in flight.

Prices: one seeded minute path per (conid, trading day) starting from a seeded daily level, so a bar
is the same whatever window it is served in. ``source`` / ``barType`` ``Bid`` / ``Ask`` shift the
prices by a small spread and answer volume 0. ``/hmds/history`` (the older path) answers the same
bars; it takes ``conid`` as a string, ``barType`` instead of ``source`` and has no concurrency limit
in the spec.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import functools
import math
import random
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._errors import BadRequest

MAX_POINTS = 1000
RTH = (13 * 3600 + 1800, 20 * 3600)  # seconds after 00:00 UTC
EXTENDED = (8 * 3600, 24 * 3600)
DAY = 86_400

# IBKR's period grammar: unit -> (seconds, largest count)
_PERIOD_UNITS: dict[str, tuple[int, int]] = {
    "min": (60, 30),
    "h": (3600, 8),
    "d": (DAY, 1000),
    "w": (7 * DAY, 792),
    "m": (30 * DAY, 182),
    "y": (365 * DAY, 15),
}
_BAR_UNITS = {"min": 60, "h": 3600, "d": DAY, "w": 7 * DAY, "m": 30 * DAY}
_BARS = {
    "1min",
    "2min",
    "3min",
    "5min",
    "10min",
    "15min",
    "30min",
    "1h",
    "2h",
    "3h",
    "4h",
    "8h",
    "1d",
    "1w",
    "1m",
}
_SOURCES = {"last": 0.0, "trades": 0.0, "midpoint": 0.0, "bid": -0.0002, "ask": 0.0002}


def parse_duration(text: str, units: dict[str, Any], name: str) -> tuple[int, str]:
    """``"5min"`` -> (5, "min"); 400 when the text is not ``<positive int><unit>``."""
    t = text.strip().lower()
    for unit in sorted(units, key=len, reverse=True):
        head = t[: -len(unit)]
        if t.endswith(unit) and head.isdigit() and int(head) > 0:
            return int(head), unit
    raise BadRequest(f"Bad Request: invalid {name} {text!r}")


def parse_period(text: str) -> int:
    """An IBKR period in seconds (``d`` = 24 h, ``m`` = 30 days, ``y`` = 365 days)."""
    n, unit = parse_duration(text, _PERIOD_UNITS, "period")
    seconds, largest = _PERIOD_UNITS[unit]
    if n > largest:
        raise BadRequest(f"Bad Request: period {text!r} is longer than {largest}{unit}")
    return n * seconds


def parse_bar(text: str) -> tuple[int, str]:
    """An IBKR bar size: (seconds, unit)."""
    n, unit = parse_duration(text, _BAR_UNITS, "bar")
    if f"{n}{unit}" not in _BARS:
        raise BadRequest(f"Bad Request: bar {text!r} is not one of {', '.join(sorted(_BARS))}")
    return n * _BAR_UNITS[unit], unit


def parse_start_time(text: str) -> int:
    """``YYYYMMDD-HH:MM:SS`` (UTC) -> epoch seconds."""
    try:
        when = dt.datetime.strptime(text.strip(), "%Y%m%d-%H:%M:%S").replace(tzinfo=dt.UTC)
    except ValueError:
        raise BadRequest(f"Bad Request: startTime {text!r} is not YYYYMMDD-HH:MM:SS") from None
    return int(when.timestamp())


def format_time(epoch_s: int) -> str:
    return dt.datetime.fromtimestamp(epoch_s, dt.UTC).strftime("%Y%m%d-%H:%M:%S")


# -- the trading calendar ------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _holidays(year: int) -> frozenset[dt.date]:
    nov1 = dt.date(year, 11, 1)
    thanksgiving = nov1 + dt.timedelta(days=(3 - nov1.weekday()) % 7 + 21)
    return frozenset({dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 12, 25), thanksgiving})


def is_trading_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def session_of(day: dt.date, outside_rth: bool) -> tuple[int, int] | None:
    """(open, close) epoch seconds of ``day``'s session, None when the market is closed that day."""
    if not is_trading_day(day):
        return None
    midnight = int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC).timestamp())
    lo, hi = EXTENDED if outside_rth else RTH
    return midnight + lo, midnight + hi


def _days(start_s: int, end_s: int) -> Iterator[dt.date]:
    day = dt.datetime.fromtimestamp(start_s, dt.UTC).date()
    last = dt.datetime.fromtimestamp(max(start_s, end_s - 1), dt.UTC).date()
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


# -- seeded prices -------------------------------------------------------------------------------------


def _day_level(seed: int, conid: int, base: float, day: dt.date) -> float:
    """The day's opening level: a slow wave plus seeded noise, so any day is computed on its own."""
    n = day.toordinal()
    noise = random.Random(f"{seed}:hday:{conid}:{n}").uniform(-1.0, 1.0)
    return base * math.exp(0.12 * math.sin(2 * math.pi * n / 250) + 0.03 * noise)


@functools.lru_cache(maxsize=2048)
def _minute_path(
    seed: int, conid: int, base: float, ordinal: int
) -> tuple[tuple[float, ...], tuple[int, ...]]:
    """Prices at each minute of the extended session (961 points) and volumes of its 960 minutes."""
    day = dt.date.fromordinal(ordinal)
    rng = random.Random(f"{seed}:hmin:{conid}:{ordinal}")
    price = _day_level(seed, conid, base, day)
    minutes = (EXTENDED[1] - EXTENDED[0]) // 60
    path = [price]
    volumes = []
    for _ in range(minutes):
        price *= 1 + rng.gauss(0, 0.0007)
        path.append(price)
        volumes.append(int(rng.uniform(100, 5000)))
    return tuple(path), tuple(volumes)


@dataclass(frozen=True)
class Bar:
    t: int  # epoch seconds
    o: float
    h: float
    l: float  # noqa: E741 - IBKR's name
    c: float
    v: float


def _aggregate(path: tuple[float, ...], volumes: tuple[int, ...], first: int, last: int, shift: float) -> Bar:
    """Bar over minutes [first, last) of the extended session (indexes into the minute path)."""
    prices = path[first : last + 1]
    k = 1 + shift
    return Bar(
        0,
        round(prices[0] * k, 2),
        round(max(prices) * k, 2),
        round(min(prices) * k, 2),
        round(prices[-1] * k, 2),
        float(sum(volumes[first:last])) if shift == 0 else 0.0,
    )


@dataclass
class HistoryBook:
    """Per-gateway bookkeeping: requests answered and the peak number in flight (for assertions)."""

    requests: int = 0
    placeholders: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    #: tests: when set, every answer waits for this event (in-process ASGI transport only), so a
    #: test can hold requests in flight without timing anything
    gate: asyncio.Event | None = None


def history_book(state: Any) -> HistoryBook:
    """The :class:`HistoryBook` of a gateway's domain state (``gw.state``)."""
    book = getattr(state, "_history_book", None)
    if book is None:
        book = HistoryBook()
        state._history_book = book
    return book


class BarSource:
    """The bars of one (conid, bar size, source, hours) over any range."""

    def __init__(self, state: Any, conid: int, bar: str, source: str, outside_rth: bool) -> None:
        self.seed = int(state.settings.seed)
        self.conid = conid
        self.bar_s, self.unit = parse_bar(bar)
        shift = _SOURCES.get(source.lower())
        if shift is None:
            raise BadRequest(f"Bad Request: source {source!r} is not one of Last, Bid, Ask, Midpoint")
        self.shift = shift
        self.outside_rth = outside_rth
        self.base = float(state.market.quote(conid).prior_close)
        self.missing: tuple[tuple[float, float], ...] = tuple(
            (float(a), float(b)) for a, b in getattr(state.settings, "history_missing", ()) or ()
        )

    def _is_missing(self, t: int, length: int) -> bool:
        return any(a < t + length and t < b for a, b in self.missing)

    def _path(self, day: dt.date) -> tuple[tuple[float, ...], tuple[int, ...]]:
        return _minute_path(self.seed, self.conid, round(self.base, 4), day.toordinal())

    def _intraday(self, day: dt.date) -> Iterator[Bar]:
        session = session_of(day, self.outside_rth)
        if session is None:
            return
        open_s, close_s = session
        path, volumes = self._path(day)
        ext_open = open_s - (open_s % DAY) + EXTENDED[0]
        t = open_s
        while t < close_s:
            end = min(t + self.bar_s, close_s)
            if not self._is_missing(t, end - t):
                first, last = (t - ext_open) // 60, (end - ext_open) // 60
                b = _aggregate(path, volumes, first, last, self.shift)
                yield Bar(t, b.o, b.h, b.l, b.c, b.v)
            t += self.bar_s

    def _daily(self, day: dt.date) -> Bar | None:
        session = session_of(day, self.outside_rth)
        if session is None:
            return None
        open_s, close_s = session
        if self._is_missing(open_s, close_s - open_s):
            return None
        path, volumes = self._path(day)
        ext_open = open_s - (open_s % DAY) + EXTENDED[0]
        b = _aggregate(path, volumes, (open_s - ext_open) // 60, (close_s - ext_open) // 60, self.shift)
        return Bar(open_s - open_s % DAY, b.o, b.h, b.l, b.c, b.v)

    def _period_key(self, day: dt.date) -> dt.date:
        if self.unit == "w":
            return day - dt.timedelta(days=day.weekday())
        if self.unit == "m":
            return day.replace(day=1)
        return day

    def bars(self, start_s: int, end_s: int, limit: int = MAX_POINTS) -> list[Bar]:
        """The latest ``limit`` bars whose start lies in ``[start_s, end_s)``, oldest first."""
        if self.unit in ("min", "h"):
            out: list[Bar] = []
            for day in reversed(list(_days(start_s, end_s))):
                out.extend(reversed([b for b in self._intraday(day) if start_s <= b.t < end_s]))
                if len(out) >= limit:
                    break
            return out[:limit][::-1]
        # daily and longer bars: group the days (a week / month bar starts at its first day)
        groups: dict[dt.date, list[Bar]] = {}
        first_day = dt.datetime.fromtimestamp(start_s, dt.UTC).date()
        lo = self._period_key(first_day)
        lo_s = int(dt.datetime(lo.year, lo.month, lo.day, tzinfo=dt.UTC).timestamp())
        for day in _days(lo_s, end_s):
            b = self._daily(day)
            if b is not None:
                groups.setdefault(self._period_key(day), []).append(b)
        found: list[Bar] = []
        for key, days in groups.items():
            t = int(dt.datetime(key.year, key.month, key.day, tzinfo=dt.UTC).timestamp())
            if start_s <= t < end_s:
                found.append(
                    Bar(
                        t,
                        days[0].o,
                        max(b.h for b in days),
                        min(b.l for b in days),
                        days[-1].c,
                        sum(b.v for b in days),
                    )
                )
        return found[-limit:]


def history_answer(
    state: Any,
    conid: int,
    *,
    period: str,
    bar: str,
    start_time: str | None,
    outside_rth: bool,
    source: str,
    now_s: float,
) -> dict[str, Any]:
    """The body IBKR answers for one history request (see the module docstring)."""
    inst = state.universe.get(conid)
    if inst is None:
        raise BadRequest(f"Bad Request: conid {conid} is not valid")
    span = parse_period(period)
    src = BarSource(state, conid, bar, source, outside_rth)
    if span < src.bar_s:
        raise BadRequest("Bad Request: bar must not be longer than period")
    end = parse_start_time(start_time) if start_time else int(now_s)
    end = min(end, int(now_s) // 60 * 60 + 60)  # no bars from the future
    bars = src.bars(end - span, end)
    if bars:
        data = [{"o": b.o, "c": b.c, "h": b.h, "l": b.l, "v": b.v, "t": b.t * 1000} for b in bars]
        first = bars[0].t
        hi = max(bars, key=lambda b: b.h)
        lo = min(bars, key=lambda b: b.l)
        high, low = f"{round(hi.h * 100)}/{hi.v}/0", f"{round(lo.l * 100)}/{lo.v}/0"
    else:
        last = round(src.base, 2)
        data = [{"o": last, "c": last, "h": last, "l": last, "v": 0}]  # IBKR's placeholder: no "t"
        first = end - span
        high = low = f"{round(last * 100)}/0/0"
    return {
        "serverId": str(100000 + conid % 900000),
        "symbol": inst.symbol,
        "text": inst.name,
        "priceFactor": 100,
        "startTime": format_time(first),
        "high": high,
        "low": low,
        "timePeriod": period,
        "barLength": src.bar_s,
        "mdAvailability": state.market.availability(conid)[:1],
        "mktDataDelay": 0,
        "outsideRth": outside_rth,
        "volumeFactor": 1,
        "priceDisplayRule": 1,
        "priceDisplayValue": "2",
        "negativeCapable": False,
        "messageVersion": 2,
        "data": data,
        "points": len(data) - 1,
        "travelTime": 0,
    } | (
        # IBKR adds the length of the trading day (minutes) to intraday bars, and its chart
        # annotations (dividends, splits; none in the fake) to daily and longer bars
        {"tradingDayDuration": (EXTENDED[1] - EXTENDED[0] if outside_rth else RTH[1] - RTH[0]) // 60}
        if src.bar_s < DAY
        else {"chartAnnotations": ""}
    )
