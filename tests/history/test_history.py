"""Historical bars over any range: the planner against IBKR's rules as the fake gateway applies them."""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import sys
from decimal import Decimal
from typing import Any

import httpx
import pytest
from helpers import SendTimesPacer, assert_paced

from ibkr_webapi import MissingDependency, UnexpectedResponse, ValidationError
from ibkr_webapi.history import MAX_POINTS, Bars, HistoryPlan, HistoryProgress, Window, period_for, to_epoch
from ibkr_webapi.testing import FakeGateway
from ibkr_webapi.testing._history import BarSource, history_book

from .conftest import AUTH_MODES, ServeFactory

AAPL = 265598
UTC = dt.UTC
WEEK = ("2026-11-02", "2026-11-07")  # Monday .. Saturday 00:00: five sessions of 390 one-minute bars


def epoch(text: str) -> int:
    return to_epoch(text, "t")


def reference(gw: FakeGateway, start: str, end: str, bar: str = "1min", rth: bool = False) -> list[Any]:
    """Every bar the fake has in the range, computed directly (no windows, no cap)."""
    return BarSource(gw.state, AAPL, bar, "Last", rth).bars(epoch(start), epoch(end), limit=10**9)


def same_bars(bars: Bars[Any], expected: list[Any]) -> None:
    assert [int(b.time.timestamp()) for b in bars] == [b.t for b in expected]
    assert [(b.open, b.high, b.low, b.close, b.volume) for b in bars] == [
        (b.o, b.h, b.l, b.c, b.v) for b in expected
    ]


def requests_sent(gw: FakeGateway, op: str = "get_marketdata_history") -> int:
    return int(gw.counters.snapshot()["requests"].get(op, 0))


# -- the sans-I/O plan -------------------------------------------------------------------------------


def test_period_for_uses_ibkr_units_and_covers_the_span() -> None:
    assert period_for(25 * 60, 60) == "25min"
    assert period_for(31 * 60, 60) == "1h"
    assert period_for(8 * 3600, 60) == "8h"
    assert period_for(8 * 3600 + 1, 60) == "1d"
    assert period_for(73 * 86400 + 5, 60) == "74d"
    assert period_for(1001 * 86400, 86400) == "143w"
    assert period_for(30 * 365 * 86400, 86400) == "15y"
    assert period_for(600, 86400) == "1d"  # never shorter than one bar


def _answer(times: list[int], cap: int = MAX_POINTS) -> dict[str, Any]:
    data = [{"o": 1.0, "h": 2.0, "l": 0.5, "c": 1.5, "v": 10, "t": t * 1000} for t in times[-cap:]]
    return {"data": data or [{"o": 1.0, "h": 1.0, "l": 1.0, "c": 1.0, "v": 0}]}


def _serve_plan(plan: HistoryPlan, bar_times: list[int], cap: int) -> list[list[Window]]:
    """Answer the plan like IBKR: bars in [end - period, end), the latest ``cap`` of them."""
    rounds = []
    while not plan.done:
        windows = plan.next_requests()
        assert 0 < len(windows) <= plan.max_concurrent
        rounds.append(windows)
        for w in windows:
            plan.feed(w, _answer([t for t in bar_times if w.start <= t < w.end], cap))
        assert len(rounds) < 1000
    return rounds


def test_small_range_is_one_request() -> None:
    times = list(range(0, 500 * 60, 60))
    plan = HistoryPlan(1, 0, 500 * 60, "1min")
    rounds = _serve_plan(plan, times, MAX_POINTS)
    assert [len(r) for r in rounds] == [1]
    assert [int(b.time.timestamp()) for b in plan.result()] == times


@pytest.mark.parametrize("cap", [100, 1000])
def test_large_range_stays_near_the_minimum_and_uses_the_concurrency(cap: int) -> None:
    # bars only in the middle of each "day" (a market that is closed most of the time)
    times = [d * 86400 + m * 60 for d in range(40) for m in range(600, 600 + 390)]
    plan = HistoryPlan(1, 0, 40 * 86400, "1min", max_points=cap)
    rounds = _serve_plan(plan, times, cap)
    minimum = math.ceil(len(times) / cap)
    assert minimum <= plan.requests <= minimum + plan.max_concurrent
    assert max(len(r) for r in rounds) == plan.max_concurrent
    result = plan.result()
    assert [int(b.time.timestamp()) for b in result] == times  # no gap, no duplicate, in order
    assert {g.kind for g in result.gaps} == {"closed"}


def test_overlapping_and_out_of_order_answers_are_stitched_once() -> None:
    plan = HistoryPlan(1, 0, 10 * 60, "1min")
    (w,) = plan.next_requests()
    body = _answer([540, 0, 60, 60, 120, 600])  # duplicates, out of order, a bar at the (inclusive) end
    plan.feed(w, body)
    assert plan.done
    assert [int(b.time.timestamp()) for b in plan.result()] == [0, 60, 120, 540]


def test_placeholder_is_dropped_and_the_range_is_one_closed_gap() -> None:
    plan = HistoryPlan(1, 0, 3600, "1min")
    (w,) = plan.next_requests()
    plan.feed(w, _answer([]))
    result = plan.result()
    assert len(result) == 0 and plan.placeholders == 1
    assert [(g.start.timestamp(), g.end.timestamp(), g.kind) for g in result.gaps] == [(0, 3600, "closed")]


def test_a_short_hole_inside_a_session_is_missing_data() -> None:
    times = [t for t in range(0, 240 * 60, 60) if not 60 * 60 <= t < 90 * 60]
    plan = HistoryPlan(1, 0, 240 * 60, "1min")
    _serve_plan(plan, times, MAX_POINTS)
    assert [(g.start.timestamp(), g.end.timestamp(), g.kind) for g in plan.result().gaps] == [
        (3600, 5400, "missing")
    ]


def test_a_server_that_ignores_start_time_is_an_error_not_a_silent_gap() -> None:
    times = list(range(0, 3000 * 60, 60))
    plan = HistoryPlan(1, 0, 3000 * 60, "1min")
    (w,) = plan.next_requests()
    plan.feed(w, _answer(times))  # the latest 1000: fine
    (w,) = plan.next_requests()
    with pytest.raises(UnexpectedResponse, match="startTime"):
        plan.feed(w, _answer(times))  # the same latest 1000 again, whatever the window


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"bar": "7min"}, "bar"), ({"start": 10, "end": 10}, "end"), ({"max_points": 0}, "max_points")],
)
def test_plan_validates(kwargs: dict[str, Any], field: str) -> None:
    args: dict[str, Any] = {"conid": 1, "start": 0, "end": 60, **kwargs}
    with pytest.raises(ValidationError) as e:
        HistoryPlan(**args)
    assert e.value.field == field


def test_to_epoch_reads_dates_datetimes_and_iso_strings() -> None:
    assert to_epoch("2026-11-02", "s") == to_epoch(dt.date(2026, 11, 2), "s") == 1793577600
    assert to_epoch("2026-11-02T13:30Z", "s") == 1793577600 + 13 * 3600 + 1800
    assert to_epoch(dt.datetime(2026, 11, 2, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))), "s") == (
        1793577600 + 13 * 3600 + 1800
    )
    with pytest.raises(ValidationError):
        to_epoch("next tuesday", "start")


# -- the fake gateway's rules ------------------------------------------------------------------------


async def _get(client: httpx.AsyncClient, **params: Any) -> httpx.Response:
    return await client.get("/iserver/marketdata/history", params={"conid": AAPL, "bar": "1min", **params})


@pytest.fixture
def fake_client() -> Any:
    @asynccontextmanager_helper
    async def make(gw: FakeGateway) -> Any:
        async with httpx.AsyncClient(transport=gw.asgi_transport(), base_url="http://fake/v1/api") as c:
            await c.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
            await c.get("/iserver/accounts")
            yield c

    return make


def asynccontextmanager_helper(fn: Any) -> Any:
    from contextlib import asynccontextmanager

    return asynccontextmanager(fn)


async def test_fake_window_ends_at_start_time_and_caps_points(fake_client: Any) -> None:
    gw = FakeGateway(enforce_pacing=False)
    async with fake_client(gw) as c:
        body = (await _get(c, period="5d", startTime="20261107-00:00:00")).json()
        times = [b["t"] // 1000 for b in body["data"]]
        assert len(times) == MAX_POINTS  # 1950 bars in the window: the latest 1000 are answered
        assert times == sorted(times) and times[-1] == epoch("2026-11-06T19:59Z")
        assert body["startTime"] == dt.datetime.fromtimestamp(times[0], UTC).strftime("%Y%m%d-%H:%M:%S")
        # the window ends *before* startTime: a bar starting at startTime belongs to the next window
        body = (await _get(c, period="1h", startTime="20261106-14:30:00")).json()
        assert [b["t"] // 1000 for b in body["data"]] == list(
            range(epoch("2026-11-06T13:30Z"), epoch("2026-11-06T14:30Z"), 60)
        )
    gw.assert_no_server_errors()


async def test_fake_answers_a_placeholder_for_closed_markets_and_400_for_bad_periods(
    fake_client: Any,
) -> None:
    gw = FakeGateway(enforce_pacing=False)
    async with fake_client(gw) as c:
        weekend = (await _get(c, period="1d", startTime="20261108-00:00:00")).json()
        assert len(weekend["data"]) == 1 and "t" not in weekend["data"][0]
        thanksgiving = (await _get(c, period="1d", startTime="20261127-00:00:00")).json()
        assert "t" not in thanksgiving["data"][0]
        for period in ("31min", "9h", "1001d", "16y", "abc"):
            response = await _get(c, period=period)
            assert response.status_code == 400, period
    gw.assert_no_server_errors()


async def test_fake_holds_the_concurrency_limit(fake_client: Any) -> None:
    gw = FakeGateway(enforce_pacing=True)
    book = history_book(gw.state)
    book.gate = asyncio.Event()
    async with fake_client(gw) as c:
        tasks = [asyncio.ensure_future(_get(c, period="1d")) for _ in range(5)]
        while book.in_flight < 5:
            await asyncio.sleep(0)
        sixth = await _get(c, period="1d")
        assert sixth.status_code == 429
        book.gate.set()
        assert [r.status_code for r in await asyncio.gather(*tasks)] == [200] * 5
    assert book.peak_in_flight == 5


# -- the client against the fake, every auth mode --------------------------------------------------


@pytest.mark.parametrize("auth", AUTH_MODES)
def test_sync_week_of_minutes(serve: ServeFactory, auth: str) -> None:
    served = serve(auth=auth)
    seen: list[HistoryProgress] = []
    with served.client() as client:
        bars = client.marketdata.history(AAPL, *WEEK, bar="1min", progress=seen.append)
    same_bars(bars, reference(served.gw, *WEEK))
    assert len(bars) == 5 * 390
    assert bars.requests == requests_sent(served.gw) == 2  # ceil(1950 / 1000)
    assert [g.kind for g in bars.gaps] == ["closed"] * 6 and not bars.missing
    assert seen[-1].fraction == 1.0 and seen[-1].bars == 1950 and len(seen) == 2


@pytest.mark.parametrize("auth", AUTH_MODES)
async def test_async_quarter_of_minutes_paced_without_429(serve: ServeFactory, auth: str) -> None:
    """Dozens of windows fetched at once stay within IBKR's limits: the global rate on the client's
    own send times, and at most five requests in the fake's history handler at any moment (a
    request is in the handler only between its arrival and its answer, so a loaded host can only
    lower that count). The fake refuses nothing, so its counts are the client's requests."""
    start, end = "2026-08-01", "2026-11-01"
    served = serve(auth=auth, history_service_s=0.05, enforce_pacing=False)
    profile = "gateway" if auth == "gateway" else "oauth"
    pacer = SendTimesPacer(profile)
    async with served.async_client(pacer=pacer) as client:
        bars = await client.marketdata.history(AAPL, start, end)
    expected = reference(served.gw, start, end)
    same_bars(bars, expected)
    minimum = math.ceil(len(expected) / MAX_POINTS)
    assert minimum <= bars.requests == requests_sent(served.gw) <= minimum + 5
    assert_paced(served.gw, pacer, profile)
    assert history_book(served.gw.state).peak_in_flight <= 5


def test_sync_windows_are_fetched_at_once_not_one_after_another(serve: ServeFactory) -> None:
    """A sync ``Client`` sends a round's windows together (one thread each, as ``AsyncClient`` runs
    tasks), so a round of windows takes about one answer's time, not one per window. The fake
    answers each after 0.3 s: the windows overlap in its handler (one after another, the peak would
    be 1), never more than IBKR's five, and the client's own send times keep the global limit."""
    start, end = "2026-11-02", "2026-11-14"  # ten sessions: 3900 bars, at least four windows
    served = serve(history_service_s=0.3, enforce_pacing=False)
    pacer = SendTimesPacer("gateway")
    with served.client(pacer=pacer) as client:
        bars = client.marketdata.history(AAPL, start, end)
    expected = reference(served.gw, start, end)
    same_bars(bars, expected)
    minimum = math.ceil(len(expected) / MAX_POINTS)
    assert minimum <= bars.requests == requests_sent(served.gw) <= minimum + 5
    assert 2 <= history_book(served.gw.state).peak_in_flight <= 5
    assert_paced(served.gw, pacer, "gateway")


def test_gaps_say_missing_data_vs_market_closed(serve: ServeFactory) -> None:
    outage = (epoch("2026-11-24T15:00Z"), epoch("2026-11-24T15:20Z"))
    served = serve(history_missing=[outage])
    with served.client() as client:
        bars = client.marketdata.history(AAPL, "2026-11-24", "2026-11-28")
    assert [(int(g.start.timestamp()), int(g.end.timestamp())) for g in bars.missing] == [outage]
    closed = [(g.start, g.end) for g in bars.gaps if g.kind == "closed"]
    # Wednesday's close to Friday's open: Thanksgiving is closed, not missing
    assert (
        dt.datetime(2026, 11, 25, 20, tzinfo=UTC),
        dt.datetime(2026, 11, 27, 13, 30, tzinfo=UTC),
    ) in closed


def test_decimal_prices_hmds_endpoint_and_other_sources(serve: ServeFactory) -> None:
    served = serve()
    with served.client() as client:
        dec = client.marketdata.history(AAPL, "2026-11-02", "2026-11-03", decimal=True)
        hmds = client.marketdata.history(AAPL, "2026-11-02", "2026-11-03", endpoint="hmds")
        bid = client.marketdata.history(AAPL, "2026-11-02", "2026-11-03", what="BID")
        daily = client.marketdata.history(AAPL, "2026-01-01", "2026-11-01", bar="1d")
        with pytest.raises(ValidationError):
            client.marketdata.history(AAPL, "2026-11-02", "2026-11-03", what="VOLUME")
    assert isinstance(dec[0].open, Decimal) and dec[0].open == Decimal(repr(hmds[0].open))
    assert [b.time for b in hmds] == [b.time for b in dec] and len(hmds) == 390
    assert requests_sent(served.gw, "get_hmds_history") == 1
    assert bid[0].open < hmds[0].open and bid[0].volume == 0
    same_bars(daily, reference(served.gw, "2026-01-01", "2026-11-01", bar="1d"))


def test_to_pandas_and_to_polars(serve: ServeFactory) -> None:
    pd = pytest.importorskip("pandas")
    pl = pytest.importorskip("polars")
    served = serve()
    with served.client() as client:
        bars = client.marketdata.history(AAPL, "2026-11-02", "2026-11-03")
    frame = bars.to_pandas()
    assert list(frame.columns) == ["open", "high", "low", "close", "volume"] and len(frame) == 390
    assert frame.index[0] == pd.Timestamp("2026-11-02T13:30Z") and frame["close"].iloc[-1] == bars[-1].close
    polars_frame = bars.to_polars()
    assert polars_frame.columns == ["time", "open", "high", "low", "close", "volume"]
    assert polars_frame["time"].dtype == pl.Datetime("ms", "UTC") and polars_frame["open"][0] == bars[0].open


def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    bars: Bars[float] = Bars([], conid=1, bar="1min", what="TRADES", start=dt.datetime.now(UTC),
                             end=dt.datetime.now(UTC))  # fmt: skip
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "polars", None)
    with pytest.raises(MissingDependency, match=r"ibkr-webapi\[pandas\]") as e:
        bars.to_pandas()
    assert e.value.extra == "pandas"
    with pytest.raises(MissingDependency, match=r"ibkr-webapi\[polars\]"):
        bars.to_polars()
