"""The pacer: fair, never over any limit in any window, concurrency caps, per-key independence."""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from ibkr_webapi.pacing import GLOBAL_KEY, InProcessPacer, Limit, default_global_limit, registry_limits

GLOBAL = Limit(requests=10, per_seconds=1.0)
SLOW = Limit(requests=1, per_seconds=5.0)
SNAP = Limit(requests=3, per_seconds=1.0)
HIST = Limit(max_concurrent=2)


def _max_in_window(times: list[float], window: float) -> int:
    """Most send times inside any half-open window [t, t + window)."""
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while times[lo] <= t - window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def test_limits_come_from_the_registry() -> None:
    limits = registry_limits()
    assert limits["tickle"] is not None and limits["tickle"].requests == 1
    assert limits["get_marketdata_history"] is not None
    assert limits["get_marketdata_history"].max_concurrent == 5
    assert default_global_limit("gateway").requests == 10
    assert default_global_limit("oauth").requests == 50


def test_burst_is_spread_over_windows_in_fifo_order() -> None:
    pacer = InProcessPacer(GLOBAL, {})
    delays = [pacer.reserve("get_accounts", 100.0) for _ in range(25)]
    assert delays == sorted(delays)  # FIFO: a later caller never goes before an earlier one
    assert delays[:10] == [0.0] * 10
    assert delays[10] >= 1.0 and delays[20] >= 2.0
    assert _max_in_window([100.0 + d for d in delays], 1.0) == 10


def test_slow_operation_does_not_block_others() -> None:
    pacer = InProcessPacer(GLOBAL, {"get_portfolio_accounts": SLOW})
    assert pacer.reserve("get_portfolio_accounts", 0.0) == 0.0
    second = pacer.reserve("get_portfolio_accounts", 0.0)
    assert second >= 5.0
    # another operation is not stuck behind the slow one's queue
    assert pacer.reserve("get_accounts", 0.0) == 0.0


def test_per_operation_and_global_limits_both_hold() -> None:
    pacer = InProcessPacer(GLOBAL, {"get_marketdata_snapshot": SNAP})
    sends: dict[str, list[float]] = defaultdict(list)
    for i in range(30):
        key = "get_marketdata_snapshot" if i % 2 else "get_accounts"
        sends[key].append(pacer.reserve(key, 0.0))
    assert _max_in_window(sends["get_marketdata_snapshot"], 1.0) <= 3
    assert _max_in_window(sends["get_marketdata_snapshot"] + sends["get_accounts"], 1.0) <= 10


def test_concurrency_cap_and_release() -> None:
    pacer = InProcessPacer(None, {"get_marketdata_history": HIST})
    assert pacer.reserve("get_marketdata_history", 0.0) == 0.0
    assert pacer.reserve("get_marketdata_history", 0.0) == 0.0
    assert pacer.reserve("get_marketdata_history", 0.0) < 0  # full: nothing booked, ask again
    pacer.release("get_marketdata_history", 0.1)
    assert pacer.reserve("get_marketdata_history", 0.1) == 0.0
    assert pacer.reserve("get_marketdata_history", 0.1) < 0


def test_backoff_holds_key_or_everything() -> None:
    pacer = InProcessPacer(GLOBAL, {})
    pacer.backoff("get_accounts", 3.0)
    assert pacer.reserve("get_accounts", 1.0) == 2.0
    assert pacer.reserve("tickle", 1.0) == 0.0
    pacer.backoff(GLOBAL_KEY, 5.0)
    assert pacer.reserve("tickle", 1.0) == 4.0


def test_unlimited_pacer_never_waits() -> None:
    pacer = InProcessPacer(None, {})
    assert all(pacer.reserve("x", 0.0) == 0.0 for _ in range(1000))


events = st.lists(
    st.tuples(st.floats(min_value=0.0, max_value=0.4), st.sampled_from(["a", "b", "snap", "slow"])),
    min_size=1,
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(events)
def test_property_no_window_ever_exceeds_a_limit(evts: list[tuple[float, str]]) -> None:
    """Simulated time: callers arrive at random; every booked send time respects every limit."""
    limits = {"snap": SNAP, "slow": SLOW}
    pacer = InProcessPacer(GLOBAL, limits)
    now = 0.0
    sends: dict[str, list[float]] = defaultdict(list)
    last: dict[str, float] = {}
    for gap, key in evts:
        now += gap
        t = now + pacer.reserve(key, now)
        assert t >= now
        assert t >= last.get(key, 0.0)  # FIFO per key
        last[key] = t
        sends[key].append(t)
    everything = [t for ts in sends.values() for t in ts]
    assert _max_in_window(everything, 1.0) <= 10
    assert _max_in_window(sends["snap"], 1.0) <= 3
    assert _max_in_window(sends["slow"], 5.0) <= 1


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["reserve", "release"]), max_size=60))
def test_property_concurrency_never_exceeds_cap(ops: list[str]) -> None:
    pacer = InProcessPacer(None, {"h": HIST})
    in_flight = 0
    for op in ops:
        if op == "reserve":
            if pacer.reserve("h", 0.0) >= 0:
                in_flight += 1
        elif in_flight:
            pacer.release("h", 0.0)
            in_flight -= 1
        assert in_flight <= 2
