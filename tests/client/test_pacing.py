"""The pacer: fair, never over any limit in any window, concurrency caps, per-key independence."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
from helpers import max_in_window
from hypothesis import given, settings
from hypothesis import strategies as st
from pacer_sim import simulate

from ibkr_webapi import AsyncClient, Client
from ibkr_webapi.pacing import GLOBAL_KEY, InProcessPacer, Limit, default_global_limit, registry_limits

GLOBAL = Limit(requests=10, per_seconds=1.0)
SLOW = Limit(requests=1, per_seconds=5.0)
SNAP = Limit(requests=3, per_seconds=1.0)
HIST = Limit(max_concurrent=2)


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
    assert max_in_window([100.0 + d for d in delays], 1.0) == 10


def test_slow_operation_does_not_block_others() -> None:
    pacer = InProcessPacer(GLOBAL, {"get_portfolio_accounts": SLOW})
    assert pacer.reserve("get_portfolio_accounts", 0.0) == 0.0
    second = pacer.reserve("get_portfolio_accounts", 0.0)
    assert second >= 5.0
    # another operation is not stuck behind the slow one's queue
    assert pacer.reserve("get_accounts", 0.0) == 0.0


def test_per_operation_and_global_limits_both_hold() -> None:
    """Through the transport's protocol (reserve, sleep, confirm): a key with its own slower limit
    takes its global place when it confirms, so reserve's delays alone are not the send times."""
    pacer = InProcessPacer(GLOBAL, {"get_marketdata_snapshot": SNAP})
    keys = ["get_marketdata_snapshot" if i % 2 else "get_accounts" for i in range(30)]
    sends = simulate(pacer, [(0.0, key) for key in keys], [0.0])
    assert len(sends["get_marketdata_snapshot"]) == len(sends["get_accounts"]) == 15
    assert max_in_window(sends["get_marketdata_snapshot"], 1.0) <= 3
    assert max_in_window(sends["get_marketdata_snapshot"] + sends["get_accounts"], 1.0) <= 10


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
    """Simulated time: callers arrive at random and go through reserve -> sleep -> confirm; every
    send respects every limit, and each key's bookings are first come, first served."""
    limits = {"snap": SNAP, "slow": SLOW}
    now = 0.0
    arrivals: list[tuple[float, str]] = []
    for gap, key in evts:
        now += gap
        arrivals.append((now, key))
    fifo = InProcessPacer(GLOBAL, limits)
    last: dict[str, float] = {}
    for t0, key in arrivals:
        t = t0 + fifo.reserve(key, t0)
        assert t >= t0
        assert t >= last.get(key, 0.0)  # FIFO per key
        last[key] = t
    sends = simulate(InProcessPacer(GLOBAL, limits), arrivals, [0.0])
    assert sum(map(len, sends.values())) == len(arrivals)
    everything = [t for ts in sends.values() for t in ts]
    assert max_in_window(everything, 1.0) <= 10
    assert max_in_window(sends["snap"], 1.0) <= 3
    assert max_in_window(sends["slow"], 5.0) <= 1


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


class _Waiter:
    def __init__(self, name: str, woken: list[str]) -> None:
        self.name, self._woken = name, woken

    def wake(self) -> None:
        self._woken.append(self.name)


def test_concurrency_slots_go_to_waiters_first_come_first_served() -> None:
    pacer = InProcessPacer(None, {"h": Limit(max_concurrent=1)})
    woken: list[str] = []
    a, b, c = (_Waiter(n, woken) for n in "abc")
    assert pacer.reserve("h", 0.0, a) == 0.0
    assert pacer.reserve("h", 0.0, b) < 0 and pacer.reserve("h", 0.0, c) < 0  # queued b, c
    assert pacer.reserve("h", 0.0) < 0  # a caller without a waiter cannot overtake the queue
    pacer.release("h", 1.0, a)
    assert woken == ["b"]  # woken at once, no polling
    assert pacer.reserve("h", 1.0, c) < 0  # c is still behind b ...
    assert pacer.reserve("h", 1.0, b) == 0.0  # ... and b's slot was kept for it
    pacer.release("h", 2.0, b)
    assert woken == ["b", "c"] and pacer.reserve("h", 2.0, c) == 0.0


def test_a_waiter_that_gives_up_leaves_the_queue_and_passes_its_slot_on() -> None:
    pacer = InProcessPacer(None, {"h": Limit(max_concurrent=1)})
    woken: list[str] = []
    a, b, c, d = (_Waiter(n, woken) for n in "abcd")
    pacer.reserve("h", 0.0, a)
    pacer.reserve("h", 0.0, b)
    pacer.reserve("h", 0.0, c)
    pacer.reserve("h", 0.0, d)
    pacer.release("h", 0.0, c)  # c gave up while queued: nothing changes for the others
    pacer.release("h", 0.0, a)  # slot -> b
    pacer.release("h", 0.0, b)  # b was handed the slot but gave up before using it: -> d
    assert woken == ["b", "d"]
    assert pacer.reserve("h", 0.0, d) == 0.0
    pacer.release("h", 0.0, d)
    assert pacer.reserve("h", 0.0) == 0.0  # nothing leaked


def test_default_margin_keeps_about_99_percent_of_the_allowed_rate() -> None:
    pacer = InProcessPacer(GLOBAL, {})
    sends = [pacer.reserve("x", 0.0) for _ in range(101)]
    assert max_in_window(sends, 1.0) == 10
    assert 10 * 10 / sends[-1] >= 0.98  # 100 more requests took ~10.1 s, not 10.5


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(["reserve", "release", "give_up"]), st.integers(0, 4)), max_size=80)
)
def test_property_fifo_concurrency_never_exceeds_cap_or_leaks(ops: list[tuple[str, int]]) -> None:
    pacer = InProcessPacer(None, {"h": HIST})  # 2 slots
    woken: list[str] = []
    waiters = [_Waiter(str(i), woken) for i in range(5)]
    holding: set[int] = set()
    for op, i in ops:
        if op == "reserve" and i not in holding:
            if pacer.reserve("h", 0.0, waiters[i]) >= 0:
                holding.add(i)
        elif op == "release" and i in holding:
            pacer.release("h", 0.0, waiters[i])
            holding.discard(i)
        elif op == "give_up" and i not in holding:
            pacer.release("h", 0.0, waiters[i])  # no-op unless queued or handed a slot
        assert len(holding) <= 2
    for i in list(holding):
        pacer.release("h", 0.0, waiters[i])
    for w in waiters:
        pacer.release("h", 0.0, w)  # everyone gives up
    assert pacer.reserve("h", 0.0) == 0.0 and pacer.reserve("h", 0.0) == 0.0  # both slots free


def _slot_free(pacer: InProcessPacer, key: str) -> bool:
    """Whether a concurrency slot of ``key`` is free now (a successful probe is given back)."""
    if pacer.reserve(key, 0.0) < 0:
        return False
    pacer.release(key, 0.0)
    return True


def _client_with_one_slot(pacer: InProcessPacer, status: int = 200) -> Client:
    def answer(request: httpx.Request) -> httpx.Response:
        # a streamed body, as from a socket (a bytes body would count as read before it is handed over)
        return httpx.Response(status, content=iter([b'{"accounts": ', b'["DU1"]}']))

    return Client(
        "http://fake/v1/api",
        transport=httpx.MockTransport(answer),
        pacer=pacer,
        start_session=False,
        keepalive_interval=None,
    )


def test_a_concurrency_slot_is_held_until_the_answer_is_read() -> None:
    """IBKR counts a request in flight until it has sent its whole answer: a slot given back at the
    headers let the next request in while the server still counted the old one (a 429)."""
    pacer = InProcessPacer(None, {"get_accounts": Limit(max_concurrent=1)})
    with _client_with_one_slot(pacer) as client:
        http = client.low_level.get_httpx_client()
        with http.stream("GET", "/iserver/accounts") as response:
            assert response.status_code == 200
            assert not _slot_free(pacer, "get_accounts")  # headers in, body not read yet
            response.read()
        assert _slot_free(pacer, "get_accounts")  # the body closed: the slot is back
        assert http.get("/iserver/accounts").status_code == 200  # an ordinary call reads and frees
        assert _slot_free(pacer, "get_accounts")
        assert http.get("/iserver/accounts").status_code == 200


async def test_an_async_concurrency_slot_is_held_until_the_answer_is_read() -> None:
    pacer = InProcessPacer(None, {"get_accounts": Limit(max_concurrent=1)})

    async def body() -> AsyncIterator[bytes]:
        yield b'{"error": "no"}'

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(404, content=body())  # an error answer is handed over too

    async with AsyncClient(
        "http://fake/v1/api",
        transport=httpx.MockTransport(answer),
        pacer=pacer,
        start_session=False,
        keepalive_interval=None,
    ) as client:
        http = client.low_level.get_async_httpx_client()
        async with http.stream("GET", "/iserver/accounts") as response:
            assert response.status_code == 404
            assert not _slot_free(pacer, "get_accounts")
        assert _slot_free(pacer, "get_accounts")
