"""Late wake-ups never let a strict window see more than the limit (``InProcessPacer.confirm``).

A caller sleeps until its booked time, but threads and tasks wake late (busy event loop, GIL, loaded
host). Sent at "booked + lateness", a late request can land in the same strict window as requests
booked after it. The transport therefore confirms the real send time with the pacer right before
sending; these tests drive that protocol in simulated time with random wake-up delays.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from time import time as wall_clock
from typing import Any

import httpx
import pytest
from helpers import max_in_window
from hypothesis import given, settings
from hypothesis import strategies as st
from pacer_sim import simulate

from ibkr_webapi._transport import PacedTransport, PacingCore
from ibkr_webapi.pacing import MIN_SEND_MOVE_S, ConfirmingPacer, InProcessPacer, Limit, Pacer

from .client_helpers import FakeClock

GLOBAL = Limit(requests=10, per_seconds=1.0)
SNAP = Limit(requests=3, per_seconds=1.0)
SLOW = Limit(requests=1, per_seconds=5.0)
LIMITS = {"snap": SNAP, "slow": SLOW}


def _assert_within_limits(sends: dict[str, list[float]]) -> None:
    everything = [t for ts in sends.values() for t in ts]
    assert max_in_window(everything, GLOBAL.per_seconds or 0) <= 10
    assert max_in_window(sends["snap"], SNAP.per_seconds or 0) <= 3
    assert max_in_window(sends["slow"], SLOW.per_seconds or 0) <= 1


def _arrivals(gaps: list[tuple[float, str]]) -> list[tuple[float, str]]:
    """Turn (gap since the previous caller, key) into (arrival time, key)."""
    now, out = 0.0, []
    for gap, key in gaps:
        now += gap
        out.append((now, key))
    return out


arrivals = st.lists(
    st.tuples(st.floats(min_value=0.0, max_value=0.3), st.sampled_from(["a", "b", "snap", "slow"])),
    min_size=1,
    max_size=150,
).map(_arrivals)

wake_delays = st.lists(
    st.one_of(
        st.just(0.0),
        st.floats(min_value=0.0, max_value=0.005),  # a busy host
        st.floats(min_value=0.0, max_value=0.08),  # beyond the allowance cap
        st.floats(min_value=0.0, max_value=1.5),  # a stall longer than a window
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(arrivals, wake_delays)
def test_property_late_wakeups_never_overfill_a_strict_window(
    evts: list[tuple[float, str]], lateness: list[float]
) -> None:
    """Whatever the wake-up delays, the real send times respect every limit in every strict window."""
    sends = simulate(InProcessPacer(GLOBAL, LIMITS), evts, lateness)
    assert sum(map(len, sends.values())) == len(evts)  # everyone got to send
    _assert_within_limits(sends)


def test_without_confirm_a_late_wakeup_bunches_with_on_time_sends() -> None:
    """The failure the confirm step prevents: one caller 60 ms late puts 11 requests in a second."""
    arrivals = [(0.0, "a")] * 30  # 10 sent at once, 10 booked at ~1.01 s, 10 at ~2.02 s
    lateness = [0.06] + [0.0] * 40  # the first caller that has to sleep wakes 60 ms late
    unconfirmed = simulate(InProcessPacer(GLOBAL, {}), arrivals, lateness, confirm=False)
    assert max_in_window(unconfirmed["a"], 1.0) == 11
    confirmed = simulate(InProcessPacer(GLOBAL, {}), arrivals, lateness)
    assert max_in_window(confirmed["a"], 1.0) == 10


def test_steady_lateness_is_absorbed_by_the_allowance_and_keeps_the_rate() -> None:
    """Saturating callers that always wake 0-8 ms late: no re-booking churn, >= 95 % of the limit."""
    rng = random.Random(7)
    lateness = [rng.uniform(0.0, 0.008) for _ in range(997)]
    pacer = InProcessPacer(GLOBAL, {})
    arrivals = [(i * 0.01, "a") for i in range(600)]  # demand: 100 req/s against 10 req/s
    sends = simulate(pacer, arrivals, lateness)["a"]
    assert max_in_window(sends, 1.0) <= 10
    rate = (len(sends) - 1) / (max(sends) - min(sends))
    assert rate >= 0.95 * 10
    assert 0.0 < pacer.lateness_allowance <= 0.008


def test_confirm_moves_the_booking_to_the_real_send_time() -> None:
    pacer = InProcessPacer(Limit(requests=1, per_seconds=1.0), {})
    assert pacer.reserve("a", 0.0) == 0.0  # sent at once
    booked = pacer.reserve("b", 0.0)
    assert booked == pytest.approx(1.01)  # one window (+ margin) later
    assert pacer.confirm("b", booked, 1.05) == 0.0  # 40 ms late still fits: sent at 1.05
    nxt = pacer.reserve("c", 1.05)
    assert 1.05 + nxt == pytest.approx(1.05 + 1.01)  # counted from the real send, not from 1.01


def test_a_sender_held_by_backoff_waits_even_if_its_booking_was_earlier() -> None:
    pacer = InProcessPacer(GLOBAL, {})
    booked = pacer.reserve("a", 0.0)
    pacer.backoff("a", 3.0)
    assert pacer.confirm("a", booked, 0.5) == pytest.approx(2.5)


def test_unlimited_pacer_confirms_at_once() -> None:
    pacer = InProcessPacer(None, {})
    assert isinstance(pacer, ConfirmingPacer)
    assert pacer.confirm("x", 1.0, 5.0) == 0.0


class _LateClock(FakeClock):
    """The first sleep overshoots by ``first_late`` s; ``meanwhile(start, end)`` runs during it."""

    def __init__(self, first_late: float) -> None:
        super().__init__()
        self.first_late = first_late
        self.meanwhile: Callable[[float, float], None] | None = None

    def sleep(self, seconds: float) -> None:
        start = self.now
        super().sleep(seconds)
        self.now += self.first_late
        self.first_late = 0.0
        if self.meanwhile is not None:
            self.meanwhile(start, self.now)
            self.meanwhile = None


def test_transport_confirms_after_sleeping_and_sleeps_again_when_too_late(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _LateClock(first_late=1.3)
    import ibkr_webapi._transport as transport

    class _Time:
        sleep = staticmethod(clock.sleep)
        monotonic = staticmethod(clock)
        time = staticmethod(wall_clock)

    monkeypatch.setattr(transport, "time", _Time)
    monkeypatch.setattr(transport, "_pause", lambda closing, seconds: clock.sleep(seconds))
    sent: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(clock.now)
        return httpx.Response(200, json=[])

    pacer = InProcessPacer(Limit(requests=1, per_seconds=1.0), {})

    def other_thread(start: float, end: float) -> None:
        """Books right after us (our turn: 1001.01, its turn: 1002.02) and sends on time, while we
        oversleep until 1002.31."""
        its_turn = start + pacer.reserve("tickle", start)
        assert its_turn < end
        assert pacer.confirm("tickle", its_turn, its_turn) == 0.0
        sent.append(its_turn)

    core = PacingCore(pacer, clock=clock)
    with httpx.Client(transport=PacedTransport(httpx.MockTransport(handler), core)) as client:
        client.get("http://fake/v1/api/portfolio/accounts")  # t=1000: sent at once
        clock.meanwhile = other_thread
        client.get("http://fake/v1/api/portfolio/accounts")
    assert len(clock.sleeps) == 2  # woke too late, was re-booked and slept again
    assert len(sent) == 3 and max_in_window(sent, 1.0) == 1
    assert sent[-1] == pytest.approx(sent[1] + 1.01)  # one window (+ margin) after the other's send


class _PlainPacer:
    """A three-method pacer (no ``confirm``): the transport must still work with it."""

    def reserve(self, key: str, now: float, waiter: object = None) -> float:
        return 0.5

    def release(self, key: str, now: float, waiter: object = None) -> None:
        return None

    def backoff(self, key: str, until: float) -> None:
        return None


def test_transport_works_with_pacers_without_confirm(clock: FakeClock) -> None:
    pacer = _PlainPacer()
    assert isinstance(pacer, Pacer) and not isinstance(pacer, ConfirmingPacer)
    core = PacingCore(pacer, clock=clock)
    handler = httpx.MockTransport(lambda request: httpx.Response(200, json=[]))
    with httpx.Client(transport=PacedTransport(handler, core)) as client:
        assert client.get("http://fake/v1/api/portfolio/accounts").status_code == 200
    assert clock.sleeps == [0.5]


def test_sent_moves_the_record_to_when_the_headers_really_left() -> None:
    """A request that first had to open a connection is counted when the server could see it."""
    pacer = InProcessPacer(Limit(requests=1, per_seconds=1.0), {})
    assert pacer.reserve("a", 0.0) == 0.0  # recorded as sent at 0.0 ...
    pacer.sent("a", 0.0, 0.2)  # ... but the headers left at 0.2 (TCP/TLS set-up)
    assert 0.0 + pacer.reserve("b", 0.0) == pytest.approx(0.2 + 1.01)


def test_a_sub_millisecond_header_write_keeps_the_record() -> None:
    """The usual gap between "may send" and the header write (well inside the 10 ms margin) is not
    worth moving the record for; a gap of a connection set-up is."""
    pacer = InProcessPacer(Limit(requests=1, per_seconds=1.0), {})
    assert pacer.reserve("a", 0.0) == 0.0
    pacer.sent("a", 0.0, MIN_SEND_MOVE_S / 2)
    assert pacer.reserve("b", 0.0) == pytest.approx(1.01)  # counted from 0.0
    assert pacer.reserve("c", 5.0) == 0.0
    pacer.sent("c", 5.0, 5.0 + MIN_SEND_MOVE_S)
    assert 5.0 + pacer.reserve("d", 5.0) == pytest.approx(5.0 + MIN_SEND_MOVE_S + 1.01)


class _HttpcoreLike(httpx.BaseTransport):
    """Answers 200 after "writing the headers" at the clock's time + ``setup`` seconds, calling the
    request's trace hook the way httpcore does."""

    def __init__(self, clock: FakeClock, setup: float, seen: list[float]) -> None:
        self.clock, self.setup, self.seen = clock, setup, seen

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        trace = request.extensions.get("trace")
        self.clock.now += self.setup  # a new connection is opened first
        if trace is not None:
            trace("http11.send_request_headers.started", {})
            trace("http11.send_request_headers.complete", {"return_value": None})
        self.seen.append(self.clock.now)
        return httpx.Response(200, json=[])


def test_transport_reports_header_write_time_and_keeps_the_callers_own_trace(clock: FakeClock) -> None:
    seen: list[float] = []
    events: list[str] = []
    pacer = InProcessPacer(Limit(requests=1, per_seconds=1.0), {})
    core = PacingCore(pacer, clock=clock)
    inner = _HttpcoreLike(clock, setup=0.3, seen=seen)
    with httpx.Client(transport=PacedTransport(inner, core)) as client:
        client.get("http://fake/v1/api/x", extensions={"trace": lambda name, info: events.append(name)})
        inner.setup = 0.0
        client.get("http://fake/v1/api/x")
    assert events == ["http11.send_request_headers.started", "http11.send_request_headers.complete"]
    assert seen[1] - seen[0] >= 1.0  # paced from when the first request really left, not from 1000.0


class _TracingLikeHttpcore(httpx.BaseTransport):
    """Reads the request's trace hook afresh for every step, as httpcore does; 429 first, then 200."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.hooked: list[list[bool]] = []  # per attempt: was our hook there at each step

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        seen: list[bool] = []
        for step in ("connect_tcp", "send_request_headers", "send_request_body", "receive_response_headers"):
            hook = request.extensions.get("trace")
            seen.append(hook is not None)
            if hook is not None:
                hook(f"http11.{step}.started", {})
            self.clock.now += 0.01
            hook = request.extensions.get("trace")
            if hook is not None:
                hook(f"http11.{step}.complete", {"return_value": None})
        self.hooked.append(seen)
        status = 429 if len(self.hooked) == 1 else 200
        return httpx.Response(status, json=[], headers={"Retry-After": "0"})


def test_trace_hook_leaves_after_the_headers_and_comes_back_for_a_resend(clock: FakeClock) -> None:
    """httpcore calls the hook at the start and end of every step: once the headers are reported it
    is taken out (the rest of the exchange costs nothing), and a resend reports its own send time."""
    reports: list[tuple[float, float]] = []

    class _Recording(InProcessPacer):
        def sent(self, key: str, at: float, actual: float) -> None:
            reports.append((at, actual))
            super().sent(key, at, actual)

    core = PacingCore(_Recording(Limit(requests=10, per_seconds=1.0), {}), clock=clock)
    inner = _TracingLikeHttpcore(clock)
    with httpx.Client(transport=PacedTransport(inner, core)) as client:
        request = client.build_request("GET", "http://fake/v1/api/x")
        assert client.send(request).status_code == 200
    assert inner.hooked == [[True, True, False, False], [True, True, False, False]]
    assert len(reports) == 2  # one report per attempt, each after its connect
    assert all(actual > at for at, actual in reports)
    assert "trace" not in request.extensions


def test_unlimited_pacer_adds_no_trace_hook(clock: FakeClock) -> None:
    seen: list[float] = []
    core = PacingCore(InProcessPacer(None, {}), clock=clock)
    assert not core.reports_sends()
    with httpx.Client(transport=PacedTransport(_HttpcoreLike(clock, 0.0, seen), core)) as client:
        request = client.build_request("GET", "http://fake/v1/api/x")
        client.send(request)
    assert "trace" not in request.extensions


class _AsyncHttpcoreLike(httpx.AsyncBaseTransport):
    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        trace = request.extensions.get("trace")
        if trace is not None:
            await trace("http11.send_request_headers.complete", {})
        self.seen.append(request.url.path)
        return httpx.Response(200, json=[])


async def test_async_transport_reports_header_write_time() -> None:
    from ibkr_webapi._transport import AsyncPacedTransport

    reports: list[tuple[str, float, float]] = []

    class _Recording(InProcessPacer):
        def sent(self, key: str, at: float, actual: float) -> None:
            reports.append((key, at, actual))
            super().sent(key, at, actual)

    seen: list[str] = []
    core = PacingCore(_Recording(Limit(requests=10, per_seconds=1.0), {}))
    async with httpx.AsyncClient(transport=AsyncPacedTransport(_AsyncHttpcoreLike(seen), core)) as client:
        await client.get("http://fake/v1/api/x")
    assert seen == ["/v1/api/x"]
    assert len(reports) == 1 and reports[0][0] == "<unknown>" and reports[0][2] >= reports[0][1]


def test_network_transport_reports_each_send_from_its_socket(fake_gateway: Any) -> None:
    """With the default network transport the socket reports when a request's headers left (no trace
    hook on the request): one report per request, never before the booking it moves."""
    from ibkr_webapi import Client

    reports: list[tuple[str, float, float]] = []

    class _Recording(InProcessPacer):
        def sent(self, key: str, at: float, actual: float) -> None:
            reports.append((key, at, actual))
            super().sent(key, at, actual)

    pacer = _Recording.for_profile("gateway", global_rate_limit=1000.0)
    with Client(fake_gateway.base_url, pacer=pacer, start_session=False) as client:
        responses = [client.low_level.get_httpx_client().get("/iserver/accounts") for _ in range(3)]
    assert [key for key, _, _ in reports] == ["get_accounts"] * 3
    assert all(actual >= at for _, at, actual in reports)
    assert all("trace" not in r.request.extensions for r in responses)
