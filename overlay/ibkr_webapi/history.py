"""Historical bars over any range: window planning, stitching and gap reporting (sans-I/O).

IBKR's history endpoints answer at most about 1000 points per request, take ``startTime`` as the
*end* of the window (the window reaches back ``period``; ``direction=-1``, the default, fills it
from the end), allow 5 requests in flight (``max_concurrent`` in the spec) and answer an empty window
with one placeholder bar that has no ``t``. :class:`HistoryPlan` turns a range ``[start, end)`` into
such requests:

1. One request over the whole range (the period rounded up to IBKR's units): a range with at most
   ~1000 bars costs exactly one request.
2. A full answer (``>= max_points`` bars) means the window was cut: its earliest bar is where the
   next window ends. From the bars per second seen so far the plan estimates what is left and splits
   it into up to ``max_concurrent`` *lanes* that are walked backwards at the same time, one request
   per lane per round; a lane that finishes early frees a slot for splitting the largest lane left.
   Each request asks for the lane's whole remaining span, so every answer but a lane's last is full:
   the number of requests stays within ``max_concurrent`` of ``ceil(bars / max_points)``.
3. Bars are stitched by time (a bar answered twice counts once), ordered, limited to
   ``[start, end)``; placeholder bars (no time) are dropped.
4. What the bars do not cover becomes :class:`Gap` s: ``"missing"`` when a hole inside a session is
   shorter than ``session_break`` (default 1 h; intraday bars only), else ``"closed"`` (nights,
   weekends, holidays, lunch breaks). From bars alone a hole of an hour or more, or data missing at
   the very start or end of a session, cannot be told apart from the market being closed; those are
   reported as ``"closed"``.

``/iserver/marketdata/history`` (default) and the older ``/hmds/history`` (``endpoint="hmds"``)
answer the same body; they differ in their parameters: ``source`` vs ``barType`` for what is
charted, a string conid for hmds, and only the former carries the spec's concurrency limit (the
plan keeps to 5 in flight for both). :func:`history_flow` drives the plan with ``Gather`` rounds
(at once: tasks on ``AsyncClient``, a thread each on ``Client``); the transport paces every request.

Prices are floats (as in :class:`~ibkr_webapi.marketdata.Quote`), or ``Decimal`` with
``decimal=True`` (as money in :mod:`ibkr_webapi.portfolio`). :meth:`Bars.to_pandas` and
:meth:`Bars.to_polars` need the ``pandas`` / ``polars`` extras (``pip install 'ibkr-webapi[pandas]'``).
"""

from __future__ import annotations

import datetime as dt
import importlib
import itertools
import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Generic, Literal, TypeVar, overload

from ._exceptions import UnexpectedResponse, ValidationError, missing_extra
from ._flow import Call, Flow, Gather, body_json

__all__ = [
    "BAR_SIZES",
    "MAX_CONCURRENT",
    "MAX_POINTS",
    "WHAT",
    "Bar",
    "Bars",
    "Gap",
    "HistoryPlan",
    "HistoryProgress",
    "Window",
    "history_flow",
    "period_for",
    "to_epoch",
]

MAX_POINTS = 1000
MAX_CONCURRENT = 5
SESSION_BREAK_S = 3600
OP_ISERVER = "get_marketdata_history"
OP_HMDS = "get_hmds_history"

#: bar size -> seconds (IBKR's names; ``1m`` is a month)
BAR_SIZES: dict[str, int] = {
    "1min": 60, "2min": 120, "3min": 180, "5min": 300, "10min": 600, "15min": 900, "30min": 1800,
    "1h": 3600, "2h": 7200, "3h": 10800, "4h": 14400, "8h": 28800,
    "1d": 86400, "1w": 7 * 86400, "1m": 30 * 86400,
}  # fmt: skip
#: what to chart -> IBKR's ``source`` / ``barType``
WHAT: dict[str, str] = {"TRADES": "Last", "MIDPOINT": "Midpoint", "BID": "Bid", "ASK": "Ask"}
# IBKR's period grammar, smallest unit first: (unit, seconds, largest count)
_PERIODS = (
    ("min", 60, 30),
    ("h", 3600, 8),
    ("d", 86400, 1000),
    ("w", 7 * 86400, 792),
    ("y", 365 * 86400, 15),
)

P = TypeVar("P", float, Decimal)
GapKind = Literal["closed", "missing"]


# ---------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True, slots=True)
class Bar(Generic[P]):
    """One bar: ``time`` is its start (UTC); prices ``float`` or ``Decimal`` (``decimal=True``)."""

    time: dt.datetime
    open: P
    high: P
    low: P
    close: P
    volume: float


@dataclass(frozen=True, slots=True)
class Gap:
    """Time in ``[start, end)`` that no bar covers; ``kind`` says why (see the module docstring)."""

    start: dt.datetime
    end: dt.datetime
    kind: GapKind


@dataclass(frozen=True, slots=True)
class HistoryProgress:
    """Reported after every round: requests answered, bars so far, share of the range covered."""

    requests: int
    bars: int
    fraction: float


class Bars(Sequence[Bar[P]]):
    """An immutable, time-ordered sequence of bars with the gaps it could not fill."""

    __slots__ = ("_bars", "bar", "conid", "end", "gaps", "requests", "start", "what")

    def __init__(
        self,
        bars: Sequence[Bar[P]],
        *,
        conid: int,
        bar: str,
        what: str,
        start: dt.datetime,
        end: dt.datetime,
        gaps: Sequence[Gap] = (),
        requests: int = 0,
    ) -> None:
        self._bars: tuple[Bar[P], ...] = tuple(bars)
        self.conid = conid
        self.bar = bar
        self.what = what
        self.start = start
        self.end = end
        self.gaps: tuple[Gap, ...] = tuple(gaps)
        self.requests = requests

    @overload
    def __getitem__(self, index: int) -> Bar[P]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Bar[P]]: ...
    def __getitem__(self, index: int | slice) -> Bar[P] | Sequence[Bar[P]]:
        return self._bars[index]

    def __len__(self) -> int:
        return len(self._bars)

    def __iter__(self) -> Iterator[Bar[P]]:
        return iter(self._bars)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Bars):
            return self._bars == other._bars and self.gaps == other.gaps
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._bars, self.gaps))

    def __repr__(self) -> str:
        return (
            f"Bars(conid={self.conid}, bar={self.bar!r}, what={self.what!r}, {len(self)} bars, "
            f"{len(self.gaps)} gaps, {self.start.isoformat()} .. {self.end.isoformat()})"
        )

    @property
    def missing(self) -> tuple[Gap, ...]:
        """The gaps that look like missing data (not the market being closed)."""
        return tuple(g for g in self.gaps if g.kind == "missing")

    def rows(self) -> Iterator[tuple[dt.datetime, P, P, P, P, float]]:
        """``(time, open, high, low, close, volume)`` per bar."""
        for b in self._bars:
            yield b.time, b.open, b.high, b.low, b.close, b.volume

    def to_pandas(self) -> Any:
        """A ``pandas.DataFrame`` indexed by ``time`` (UTC); needs ``ibkr-webapi[pandas]``."""
        pd = _optional("pandas", "pandas")
        frame = pd.DataFrame(
            {
                "time": pd.to_datetime([b.time for b in self._bars], utc=True),
                "open": [b.open for b in self._bars],
                "high": [b.high for b in self._bars],
                "low": [b.low for b in self._bars],
                "close": [b.close for b in self._bars],
                "volume": [b.volume for b in self._bars],
            }
        )
        return frame.set_index("time")

    def to_polars(self) -> Any:
        """A ``polars.DataFrame`` with a UTC ``time`` column; needs ``ibkr-webapi[polars]``."""
        pl = _optional("polars", "polars")
        price = (
            pl.Decimal(scale=None) if self._bars and isinstance(self._bars[0].open, Decimal) else pl.Float64
        )
        return pl.DataFrame(
            {
                "time": [b.time for b in self._bars],
                "open": [b.open for b in self._bars],
                "high": [b.high for b in self._bars],
                "low": [b.low for b in self._bars],
                "close": [b.close for b in self._bars],
                "volume": [b.volume for b in self._bars],
            },
            schema={
                "time": pl.Datetime("ms", "UTC"),
                "open": price,
                "high": price,
                "low": price,
                "close": price,
                "volume": pl.Float64,
            },
        )


def _optional(module: str, extra: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise missing_extra(extra, f"Bars.to_{module}()", exc) from exc


# ---------------------------------------------------------------------------------------------------
# Inputs


def to_epoch(value: dt.datetime | dt.date | str | int | float, name: str) -> int:
    """A range bound as epoch seconds: aware datetimes as given, naive ones and dates as UTC,
    ISO strings (``2026-11-02``, ``2026-11-02T13:30``, ``...Z``), epoch seconds as numbers."""
    if isinstance(value, bool):
        raise ValidationError(f"{name} must be a date, datetime, ISO string or epoch seconds", field=name)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise ValidationError(f"{name} must be finite", field=name)
        return int(value)
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.strip())
        except ValueError:
            raise ValidationError(f"{name} {value!r} is not an ISO date or date-time", field=name) from None
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return int(aware.timestamp())
    if isinstance(value, dt.date):
        return int(dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC).timestamp())
    raise ValidationError(f"{name} must be a date, datetime, ISO string or epoch seconds", field=name)


def _conid_of(contract_or_conid: Any) -> int:
    value = getattr(contract_or_conid, "conid", contract_or_conid)
    if isinstance(value, bool):
        raise ValidationError(f"not a conid: {value!r}", field="conid")
    if isinstance(value, int) and value > 0:
        return value
    if isinstance(value, str) and value.strip().isdigit() and value.strip().isascii() and int(value) > 0:
        return int(value)
    raise ValidationError(f"not a conid or contract: {contract_or_conid!r}", field="conid")


def period_for(seconds: int, bar_s: int) -> str:
    """The shortest IBKR period (``"30min"``, ``"8h"``, ``"73d"``, ``"52w"``, ``"15y"``) covering
    ``seconds`` and at least one bar; capped at IBKR's longest (15 years)."""
    need = max(seconds, bar_s, 60)
    for unit, size, largest in _PERIODS:
        n = -(-need // size)
        if n <= largest:
            return f"{n}{unit}"
    return "15y"


def _period_seconds(period: str) -> int:
    for unit, size, _ in reversed(_PERIODS):
        if period.endswith(unit) and period[: -len(unit)].isdigit():
            return int(period[: -len(unit)]) * size
    raise ValueError(period)  # pragma: no cover - period_for only makes valid ones


def format_start_time(epoch_s: int) -> str:
    return dt.datetime.fromtimestamp(epoch_s, dt.UTC).strftime("%Y%m%d-%H:%M:%S")


def _utc(epoch_s: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(epoch_s, dt.UTC)


# ---------------------------------------------------------------------------------------------------
# The sans-I/O plan


@dataclass(frozen=True, slots=True)
class Window:
    """One request: bars in ``[end - period, end)``; ``lane`` is the plan's bookkeeping."""

    lane: int
    end: int
    period: str

    @property
    def start(self) -> int:
        return self.end - _period_seconds(self.period)


@dataclass(slots=True)
class _Lane:
    start: int
    end: int  # everything in [end, original end) is known


class HistoryPlan:
    """Which windows to ask for next, and what the answers add up to; no I/O."""

    def __init__(
        self,
        conid: int,
        start: int,
        end: int,
        bar: str = "1min",
        *,
        max_points: int = MAX_POINTS,
        max_concurrent: int = MAX_CONCURRENT,
        session_break_s: int = SESSION_BREAK_S,
    ) -> None:
        if bar not in BAR_SIZES:
            raise ValidationError(f"bar must be one of {', '.join(BAR_SIZES)}, not {bar!r}", field="bar")
        if end <= start:
            raise ValidationError("end must be after start", field="end")
        if max_points < 1 or max_concurrent < 1:
            raise ValidationError("max_points and max_concurrent must be >= 1", field="max_points")
        self.conid = conid
        self.start = start
        self.end = end
        self.bar = bar
        self.bar_s = BAR_SIZES[bar]
        self.max_points = max_points
        self.max_concurrent = max_concurrent
        self.session_break_s = session_break_s
        self._lanes: dict[int, _Lane] = {0: _Lane(start, end)}
        self._next_lane = 1
        self._bars: dict[int, Any] = {}
        self._seen_bars = 0
        self._seen_seconds = 0
        self._first_round = True
        self.requests = 0
        self.placeholders = 0

    # -- planning ------------------------------------------------------------------------------
    @property
    def done(self) -> bool:
        return not self._lanes

    def _estimate(self, lane: _Lane) -> float:
        """Bars expected in a lane's remaining span, from the bars per second seen so far."""
        span = lane.end - lane.start
        if self._seen_seconds <= 0:
            return span / self.bar_s
        return span * self._seen_bars / self._seen_seconds

    def _split(self, lane_id: int, parts: int) -> None:
        lane = self._lanes[lane_id]
        step = (lane.end - lane.start) / parts
        cuts = [lane.start + round(step * i / 60) * 60 for i in range(1, parts)]
        cuts = sorted({c for c in cuts if lane.start < c < lane.end})
        bounds = [lane.start, *cuts, lane.end]
        lane.start = bounds[-2]
        for lo, hi in itertools.pairwise(bounds[:-1]):
            self._lanes[self._next_lane] = _Lane(lo, hi)
            self._next_lane += 1

    def next_requests(self) -> list[Window]:
        """The windows of the next round (one per lane, at most ``max_concurrent``)."""
        if not self._first_round:
            # fill free slots: split the lane with the most bars left while that saves rounds
            while len(self._lanes) < self.max_concurrent:
                lane_id = max(self._lanes, key=lambda i: self._estimate(self._lanes[i]), default=None)
                if lane_id is None:
                    break
                estimate = self._estimate(self._lanes[lane_id])
                if estimate <= 2 * self.max_points:
                    break
                free = self.max_concurrent - len(self._lanes)
                parts = min(free + 1, math.ceil(estimate / self.max_points))
                if parts < 2:
                    break
                self._split(lane_id, parts)
        self._first_round = False
        lanes = sorted(self._lanes.items(), key=lambda kv: -kv[1].end)[: self.max_concurrent]
        return [Window(i, lane.end, period_for(lane.end - lane.start, self.bar_s)) for i, lane in lanes]

    # -- answers -------------------------------------------------------------------------------
    def feed(self, window: Window, body: Any) -> None:
        """Merge one answer; the window's lane moves to the earliest time now known."""
        if not isinstance(body, dict):
            raise UnexpectedResponse("history: expected a JSON object", body=body, operation_id=OP_ISERVER)
        data = body.get("data")
        if data is None:
            data = []
        if not isinstance(data, list):
            raise UnexpectedResponse("history: 'data' is not a list", body=body, operation_id=OP_ISERVER)
        self.requests += 1
        times: list[int] = []
        for item in data:
            if not isinstance(item, dict):
                continue
            t = item.get("t")
            if isinstance(t, bool) or not isinstance(t, int | float):
                continue  # IBKR's placeholder for an empty window has no time
            epoch = int(t // 1000)
            times.append(epoch)
            if self.start <= epoch < self.end:
                self._bars[epoch] = item
        if not times:
            self.placeholders += 1
        elif any(t > window.end for t in times):
            # bars after the window's end: the server did not take startTime as the end, and
            # stitching its answer would hide a gap (a bar *at* the end is tolerated: inclusive ends)
            raise UnexpectedResponse(
                f"history: the answer for the window {format_start_time(window.start)} .. "
                f"{format_start_time(window.end)} holds bars after its end (is startTime honoured?)",
                body={k: v for k, v in body.items() if k != "data"},
                operation_id=OP_ISERVER,
            )
        lane = self._lanes.get(window.lane)
        if lane is None:
            return
        in_window = sorted(t for t in times if window.start <= t < window.end)
        # a full answer was cut: the next window ends at the earliest bar answered
        cut = len(times) >= self.max_points and bool(in_window)
        known_from = in_window[0] if cut else window.start
        known_from = min(max(known_from, lane.start), lane.end)
        covered = lane.end - known_from
        if covered > 0:
            self._seen_seconds += covered
            self._seen_bars += sum(1 for t in in_window if t >= known_from)
        if known_from >= lane.end:  # no progress is possible (a server that ignores startTime)
            raise UnexpectedResponse(
                f"history: the answer for the window ending {format_start_time(window.end)} "
                "does not reach back in time",
                body={k: v for k, v in body.items() if k != "data"},
                operation_id=OP_ISERVER,
            )
        lane.end = known_from
        if lane.end <= lane.start:
            del self._lanes[window.lane]

    def progress(self) -> HistoryProgress:
        left = sum(lane.end - lane.start for lane in self._lanes.values())
        total = self.end - self.start
        return HistoryProgress(self.requests, len(self._bars), 1.0 - left / total)

    # -- result --------------------------------------------------------------------------------
    def gaps(self) -> list[Gap]:
        times = sorted(self._bars)
        out: list[Gap] = []
        cursor = self.start
        for t in [*times, None]:
            hole_end = self.end if t is None else t
            if hole_end > cursor:
                inside = t is not None and cursor != self.start
                short = hole_end - cursor < self.session_break_s and self.bar_s < 86400
                kind: GapKind = "missing" if inside and short else "closed"
                out.append(Gap(_utc(cursor), _utc(hole_end), kind))
            if t is not None:
                cursor = max(cursor, t + self.bar_s)
        # bars are stamped at their start; a gap shorter than one bar is only the bar grid
        return [g for g in out if (g.end - g.start).total_seconds() >= self.bar_s or g.kind == "closed"]

    def result(self, what: str = "TRADES", *, decimal: bool = False) -> Bars[Any]:
        num: Callable[[Any], Any] = _decimal if decimal else _float
        bars = []
        for t in sorted(self._bars):
            item = self._bars[t]
            try:
                bars.append(
                    Bar(_utc(t), num(item["o"]), num(item["h"]), num(item["l"]), num(item["c"]),
                        float(item.get("v") or 0))
                )  # fmt: skip
            except (KeyError, TypeError, ValueError) as exc:
                raise UnexpectedResponse(
                    f"history: bar at {format_start_time(t)} lacks a price ({exc})",
                    body=item,
                    operation_id=OP_ISERVER,
                ) from None
        return Bars(
            bars,
            conid=self.conid,
            bar=self.bar,
            what=what,
            start=_utc(self.start),
            end=_utc(self.end),
            gaps=self.gaps(),
            requests=self.requests,
        )


def _float(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("a boolean is not a price")
    return float(value)


def _decimal(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a boolean is not a price")
    return Decimal(value) if isinstance(value, str) else Decimal(repr(float(value)))


# ---------------------------------------------------------------------------------------------------
# The flow


def history_flow(
    contract_or_conid: Any,
    start: dt.datetime | dt.date | str | int | float,
    end: dt.datetime | dt.date | str | int | float,
    bar: str = "1min",
    what: str = "TRADES",
    outside_rth: bool = False,
    progress: Callable[[HistoryProgress], None] | None = None,
    *,
    decimal: bool = False,
    endpoint: Literal["iserver", "hmds"] = "iserver",
    ensure_accounts: Callable[[], Flow[Any]] | None = None,
    max_points: int = MAX_POINTS,
    max_concurrent: int = MAX_CONCURRENT,
) -> Flow[Bars[Any]]:
    """Bars of ``[start, end)``; see the module docstring. Validates before any request."""
    conid = _conid_of(contract_or_conid)
    source = WHAT.get(what.upper()) if isinstance(what, str) else None
    if source is None:
        raise ValidationError(f"what must be one of {', '.join(WHAT)}, not {what!r}", field="what")
    if endpoint not in ("iserver", "hmds"):
        raise ValidationError("endpoint must be 'iserver' or 'hmds'", field="endpoint")
    plan = HistoryPlan(
        conid,
        to_epoch(start, "start"),
        to_epoch(end, "end"),
        bar,
        max_points=max_points,
        max_concurrent=max_concurrent,
    )
    if ensure_accounts is not None:
        yield from ensure_accounts()
    while not plan.done:
        windows = plan.next_requests()
        calls = [_call(endpoint, conid, w, bar, source, outside_rth) for w in windows]
        responses = yield Gather(calls)
        for window, response in zip(windows, responses, strict=True):
            plan.feed(window, body_json(response))
        if progress is not None:
            progress(plan.progress())
    return plan.result(what.upper(), decimal=decimal)


def _call(endpoint: str, conid: int, window: Window, bar: str, source: str, outside_rth: bool) -> Call:
    start_time = format_start_time(window.end)
    if endpoint == "hmds":
        return Call.op(
            OP_HMDS,
            conid=str(conid),
            period=window.period,
            bar=bar,
            start_time=start_time,
            bar_type=source,
            outside_rth=outside_rth,
        )
    return Call.op(
        OP_ISERVER,
        conid=conid,
        period=window.period,
        bar=bar,
        start_time=start_time,
        source=source,
        outside_rth=outside_rth,
    )
