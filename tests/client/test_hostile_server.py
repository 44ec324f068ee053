"""The client against hostile servers on real sockets: every call ends by its deadline, close() ends
every call at once and sends nothing more, bodies are capped. Sync and async alike.

No wall-clock margins: each test asserts what the caller sees (the typed error) and what the server
saw (requests, bytes it got to write); pytest-timeout only guards against the hangs these fixed.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest

from ibkr_webapi import (
    AsyncClient,
    Client,
    ClientClosed,
    Order,
    OrderStatusUnknown,
    PacingTimeout,
    RequestTimeout,
    ResponseTooLarge,
)
from ibkr_webapi._flow import Call, Flow, body_json
from ibkr_webapi.orders import ReconcileSettings
from ibkr_webapi.pacing import InProcessPacer, Limit, Waiter, unlimited_pacer

from .hostile import (
    ACCOUNT,
    Behaviour,
    drip,
    endless_chunked,
    hostile_server,
    json_answer,
    session_routes,
    then,
)

pytestmark = pytest.mark.timeout(60)  # hang guard: the bugs fixed here hung for minutes

ORDERS = "/v1/api/iserver/account/orders"
PLACE = f"/v1/api/iserver/account/{ACCOUNT}/orders"
BODY = b'{"orders": [' + b" " * 4000 + b"]}"  # dripped at 20 bytes/s: over 3 minutes unbounded
SLOW = 0.05


def _routes(**extra: Behaviour) -> dict[tuple[str, str], Behaviour]:
    routes = session_routes()
    for key, behaviour in extra.items():
        method, _, path = key.partition(" ")
        routes[(method, path)] = behaviour
    return routes


def _order(coid: str) -> Order:
    return Order(conid=265598, side="BUY", quantity=1, price=100.0, coid=coid)


def _fast_reconcile(client: Any) -> None:
    client.orders._core.reconcile = ReconcileSettings(polls=1, interval=0.0, deadline=10.0)


def _live_orders() -> Flow[Any]:
    return body_json((yield Call.op("get_live_orders")))


# -- item 5: a dripping server cannot stretch a call -------------------------------------------------


def test_dripped_answer_ends_at_the_deadline_sync() -> None:
    # read timeout 5 s never fires (a byte every 0.05 s); the 1 s total deadline must
    with (
        hostile_server(_routes(**{f"GET {ORDERS}": drip(BODY, every=SLOW)})) as server,
        Client(server.base_url, start_session=False, timeout=5.0, deadline=1.0, pacer=unlimited_pacer()) as c,
        pytest.raises(RequestTimeout) as caught,
    ):
        c.orders.live_orders()
    assert "deadline" in str(caught.value)
    dripped = server.written[-1]
    assert server.requests[-1].path == ORDERS and not dripped.finished
    assert dripped.count < len(BODY)  # the client stopped listening long before the body ended


async def test_dripped_answer_ends_at_the_deadline_async() -> None:
    with hostile_server(_routes(**{f"GET {ORDERS}": drip(BODY, every=SLOW)})) as server:
        async with AsyncClient(
            server.base_url, start_session=False, timeout=5.0, deadline=1.0, pacer=unlimited_pacer()
        ) as c:
            with pytest.raises(RequestTimeout):
                await c.orders.live_orders()
    assert server.requests[-1].path == ORDERS
    assert server.written[-1].count < len(BODY)


def test_dripped_answer_to_a_low_level_call_ends_at_the_deadline() -> None:
    """The generated call on ``client.low_level`` runs no flow: the transport's own deadline must still
    bound the body, which httpx reads after the transport has returned the headers."""
    from ibkr_webapi_client.api.orders import get_live_orders

    with (
        hostile_server(_routes(**{f"GET {ORDERS}": drip(BODY, every=SLOW)})) as server,
        Client(server.base_url, start_session=False, timeout=5.0, deadline=1.0, pacer=unlimited_pacer()) as c,
        pytest.raises(RequestTimeout),
    ):
        get_live_orders.sync_detailed(client=c.low_level)
    assert server.requests[-1].path == ORDERS
    assert server.written[-1].count < len(BODY)


def test_default_deadline_is_derived_from_the_timeout() -> None:
    with (
        hostile_server(_routes(**{f"GET {ORDERS}": drip(BODY, every=SLOW)})) as server,
        Client(server.base_url, start_session=False, timeout=0.4, pacer=unlimited_pacer()) as c,
    ):
        assert c.deadline == pytest.approx(3 * 0.4)
        with pytest.raises(RequestTimeout):
            c.orders.live_orders()
    assert server.written[-1].count < len(BODY)


def test_constructor_session_opening_is_bounded_sync() -> None:
    routes = _routes(**{"GET /v1/api/iserver/auth/status": drip(BODY, every=SLOW, head_too=True)})
    with hostile_server(routes) as server, pytest.raises(RequestTimeout):
        Client(server.base_url, timeout=5.0, deadline=1.0, keepalive_interval=None)
    assert server.paths() == ["/v1/api/iserver/auth/status"]


async def test_constructor_session_opening_is_bounded_async() -> None:
    routes = _routes(**{"GET /v1/api/iserver/auth/status": drip(BODY, every=SLOW, head_too=True)})
    with hostile_server(routes) as server, pytest.raises(RequestTimeout):
        async with AsyncClient(server.base_url, timeout=5.0, deadline=1.0, keepalive_interval=None):
            pass
    assert server.paths() == ["/v1/api/iserver/auth/status"]


def test_dripped_order_is_looked_up_by_coid_then_unknown_sync() -> None:
    with (
        hostile_server(_routes(**{f"POST {PLACE}": drip(BODY, every=SLOW)})) as server,
        Client(server.base_url, start_session=False, timeout=5.0, deadline=1.0, pacer=unlimited_pacer()) as c,
    ):
        _fast_reconcile(c)
        with pytest.raises(OrderStatusUnknown) as caught:
            c.orders.place_one(_order("drip-1"))
    assert caught.value.coid == "drip-1"
    assert server.paths()[-2:] == [PLACE, ORDERS]  # placed once, then looked up (not resent)
    assert server.written[-2].count < len(BODY)


async def test_dripped_order_is_looked_up_by_coid_then_unknown_async() -> None:
    with hostile_server(_routes(**{f"POST {PLACE}": drip(BODY, every=SLOW)})) as server:
        async with AsyncClient(
            server.base_url, start_session=False, timeout=5.0, deadline=1.0, pacer=unlimited_pacer()
        ) as c:
            _fast_reconcile(c)
            with pytest.raises(OrderStatusUnknown) as caught:
                await c.orders.place_one(_order("drip-2"))
    assert caught.value.coid == "drip-2"
    assert server.paths()[-2:] == [PLACE, ORDERS]


# -- item 6: the pacing wait is part of the deadline --------------------------------------------------


def _slow_pacer() -> InProcessPacer:
    """One request a minute, for everything."""
    return InProcessPacer(Limit(requests=1, per_seconds=60.0), {})


def test_no_pacing_slot_in_time_is_a_typed_error_and_nothing_is_sent_sync() -> None:
    with (
        hostile_server(_routes()) as server,
        # the deadline only has to let the first request through on a loaded host: the next slot,
        # a minute away, is past it however long it is, so the refusal comes at once
        Client(server.base_url, start_session=False, deadline=20.0, pacer=_slow_pacer()) as c,
    ):
        c.run(c.session.ensure_accounts())  # takes this minute's slot
        with pytest.raises(PacingTimeout) as caught:
            c.orders.live_orders()
        with pytest.raises(PacingTimeout) as order_caught:
            c.orders.place_one(_order("paced-1"))
    assert isinstance(caught.value, RequestTimeout) and caught.value.sent is False
    assert "pacing slot" in str(caught.value)
    assert order_caught.value.coid == "paced-1" and "NOT placed" in str(order_caught.value)
    assert server.paths() == ["/v1/api/iserver/accounts"]


async def test_no_pacing_slot_in_time_is_a_typed_error_and_nothing_is_sent_async() -> None:
    with hostile_server(_routes()) as server:
        async with AsyncClient(server.base_url, start_session=False, deadline=20.0, pacer=_slow_pacer()) as c:
            await c.run(c.session.ensure_accounts())
            with pytest.raises(PacingTimeout):
                await c.orders.live_orders()
            with pytest.raises(PacingTimeout) as order_caught:
                await c.orders.place_one(_order("paced-2"))
    assert order_caught.value.coid == "paced-2"
    assert server.paths() == ["/v1/api/iserver/accounts"]


def test_a_refused_slot_leaves_no_phantom_booking() -> None:
    pacer = InProcessPacer(Limit(requests=1, per_seconds=1.0), {})
    assert pacer.reserve("a", 0.0) == 0.0
    too_late = pacer.reserve("a", 0.0, deadline=0.5)
    assert too_late > 0.5  # the caller learns it cannot make it ...
    assert pacer.reserve("a", 0.0) == pytest.approx(too_late)  # ... and the slot stays free for the next


def test_a_refused_concurrency_slot_is_not_taken() -> None:
    pacer = InProcessPacer(None, {"h": Limit(max_concurrent=1, requests=1, per_seconds=10.0)})
    assert pacer.reserve("h", 0.0) == 0.0
    pacer.release("h", 0.0)
    assert pacer.reserve("h", 1.0, deadline=2.0) > 1.0  # the window is full until ~10 s: refused
    assert pacer.reserve("h", 20.0) == 0.0  # the concurrency slot was not kept by the refused caller


# -- items 2 and 15: nothing is sent after close() begins -----------------------------------------------


class _CountingPacer(InProcessPacer):
    """The real pacer, counting bookings so a test knows when every caller is queued."""

    def __init__(self) -> None:
        super().__init__(Limit(requests=1, per_seconds=60.0), {})
        self.reserved = threading.Condition()
        self.count = 0

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float:
        delay = super().reserve(key, now, waiter, deadline=deadline)
        with self.reserved:
            self.count += 1
            self.reserved.notify_all()
        return delay

    def wait_for(self, count: int) -> None:
        with self.reserved:
            assert self.reserved.wait_for(lambda: self.count >= count, 30)


QUEUED = 6


def test_close_wakes_queued_calls_with_client_closed_and_sends_nothing_more_sync() -> None:
    pacer = _CountingPacer()
    outcomes: dict[str, BaseException | object] = {}
    with hostile_server(_routes()) as server:
        c = Client(server.base_url, start_session=False, deadline=1000.0, pacer=pacer)
        c.run(c.session.ensure_accounts())  # slot of this minute; everything after queues

        def call(name: str, fn: Callable[[], object]) -> None:
            try:
                outcomes[name] = fn()
            except BaseException as exc:
                outcomes[name] = exc

        threads = [
            threading.Thread(
                target=call, args=(f"order-{i}", lambda i=i: c.orders.place_one(_order(f"q-{i}")))
            )
            for i in range(QUEUED // 2)
        ] + [
            threading.Thread(target=call, args=(f"get-{i}", c.orders.live_orders)) for i in range(QUEUED // 2)
        ]
        for t in threads:
            t.start()
        pacer.wait_for(1 + QUEUED)
        c.close()
        for t in threads:
            t.join(30)
        with pytest.raises(ClientClosed) as after:
            c.orders.live_orders()  # item 15: a call after close
    assert after.value.sent is False
    assert server.paths() == ["/v1/api/iserver/accounts"]  # not one queued request reached the server
    assert all(isinstance(o, ClientClosed) and o.sent is False for o in outcomes.values()), outcomes
    coids = {o.coid for name, o in outcomes.items() if name.startswith("order")}  # type: ignore[union-attr]
    assert coids == {f"q-{i}" for i in range(QUEUED // 2)}  # each unsent order says which one it was


async def test_close_wakes_queued_calls_with_client_closed_and_sends_nothing_more_async() -> None:
    pacer = _CountingPacer()
    with hostile_server(_routes()) as server:
        c = AsyncClient(server.base_url, start_session=False, deadline=1000.0, pacer=pacer)
        await c.run(c.session.ensure_accounts())
        tasks: list[asyncio.Future[Any]] = [
            asyncio.ensure_future(c.orders.place_one(_order(f"aq-{i}"))) for i in range(QUEUED // 2)
        ]
        tasks += [asyncio.ensure_future(c.orders.live_orders()) for _ in range(QUEUED // 2)]
        while pacer.count < 1 + QUEUED:
            await asyncio.sleep(0)
        await c.close()
        outcomes = await asyncio.gather(*tasks, return_exceptions=True)
        with pytest.raises(ClientClosed):
            await c.orders.live_orders()
    assert server.paths() == ["/v1/api/iserver/accounts"]
    assert all(isinstance(o, ClientClosed) and o.sent is False for o in outcomes), outcomes
    assert {o.coid for o in outcomes[: QUEUED // 2]} == {f"aq-{i}" for i in range(QUEUED // 2)}  # type: ignore[union-attr]


def test_low_level_call_after_close_is_client_closed() -> None:
    from ibkr_webapi_client.api.accounts import get_accounts

    with hostile_server(_routes()) as server:
        c = Client(server.base_url, start_session=False)
        c.close()
        with pytest.raises(ClientClosed):
            get_accounts.sync_detailed(client=c.low_level)
    assert server.paths() == []


# -- item 7: close() returns whatever the server does ------------------------------------------------


def _dripped_tickle() -> dict[tuple[str, str], Behaviour]:
    status = {"authenticated": True, "connected": True, "competing": False}
    first = json_answer({"session": "s" * 32, "iserver": {"authStatus": status}})
    return _routes(**{"POST /v1/api/tickle": then(first, 1, drip(BODY * 100, every=1.0))})


def test_close_cuts_off_a_dripped_keepalive_tickle_sync() -> None:
    with hostile_server(_dripped_tickle()) as server:
        c = Client(server.base_url, keepalive_interval=0.01)  # start's tickle answers; the beat's drips
        keepalive = c._keepalive
        assert keepalive is not None
        server.wait_for(lambda: server.paths().count("/v1/api/tickle") == 2)
        c.close()
        assert not keepalive.running  # the beat was cut off, not left hanging (or joined forever)
    assert server.written[-1].count < len(BODY) * 100


async def test_close_cuts_off_a_dripped_keepalive_tickle_async() -> None:
    with hostile_server(_dripped_tickle()) as server:
        c = AsyncClient(server.base_url, keepalive_interval=0.01)
        await c.start()
        keepalive = c._keepalive
        assert keepalive is not None
        while server.paths().count("/v1/api/tickle") < 2:
            await asyncio.sleep(0.01)
        await c.close()
        assert not keepalive.running


def test_close_cuts_off_a_call_on_the_wire_in_another_thread() -> None:
    """A caller blocked reading a dripped answer ends with ClientClosed(sent=True) at close()."""
    outcome: list[BaseException] = []
    with hostile_server(_routes(**{f"GET {ORDERS}": drip(BODY * 100, every=1.0)})) as server:
        c = Client(server.base_url, start_session=False, pacer=unlimited_pacer())

        def call() -> None:
            try:
                c.run(_live_orders())
            except BaseException as exc:
                outcome.append(exc)

        t = threading.Thread(target=call)
        t.start()
        server.wait_for(lambda: ORDERS in server.paths())
        c.close()
        t.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], ClientClosed) and outcome[0].sent is True


# -- item 8: response bodies are capped --------------------------------------------------------------

CAP = 1 << 20


def test_endless_chunked_body_stops_at_the_cap_sync() -> None:
    with (
        hostile_server(_routes(**{f"GET {ORDERS}": endless_chunked()})) as server,
        Client(server.base_url, start_session=False, max_response_bytes=CAP, pacer=unlimited_pacer()) as c,
        pytest.raises(ResponseTooLarge) as caught,
    ):
        c.run(_live_orders())
    assert caught.value.limit == CAP and "max_response_bytes" in str(caught.value)


async def test_endless_chunked_body_stops_at_the_cap_async() -> None:
    with hostile_server(_routes(**{f"GET {ORDERS}": endless_chunked()})) as server:
        async with AsyncClient(
            server.base_url, start_session=False, max_response_bytes=CAP, pacer=unlimited_pacer()
        ) as c:
            with pytest.raises(ResponseTooLarge):
                await c.run(_live_orders())


def test_endless_chunked_body_to_a_low_level_call_stops_at_the_cap() -> None:
    from ibkr_webapi_client.api.orders import get_live_orders

    with (
        hostile_server(_routes(**{f"GET {ORDERS}": endless_chunked()})) as server,
        Client(server.base_url, start_session=False, max_response_bytes=CAP, pacer=unlimited_pacer()) as c,
        pytest.raises(ResponseTooLarge) as caught,
    ):
        get_live_orders.sync_detailed(client=c.low_level)
    assert caught.value.limit == CAP


def test_declared_oversized_body_is_refused_before_reading() -> None:
    huge = {"Content-Length": str(512 << 20)}
    with (
        hostile_server(_routes(**{f"GET {ORDERS}": json_answer([], headers=huge)})) as server,
        Client(server.base_url, start_session=False, pacer=unlimited_pacer()) as c,
        pytest.raises(ResponseTooLarge) as caught,
    ):
        c.run(_live_orders())
    assert caught.value.limit == 64 << 20  # the default cap


def test_default_cap_allows_ordinary_bodies() -> None:
    with (
        hostile_server(_routes()) as server,
        Client(server.base_url, start_session=False, pacer=unlimited_pacer()) as c,
    ):
        assert c.run(_live_orders()) == {"orders": [], "snapshot": True}


class _RegistryCountingPacer(InProcessPacer):
    """The default gateway pacer (registry limits: live orders 1 per 5 s), counting bookings."""

    count = 0
    lookup_queued = threading.Event()  # the 4th booking: accounts, live orders, place, lookup

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float:
        delay = super().reserve(key, now, waiter, deadline=deadline)
        type(self).count += 1
        if type(self).count >= 4:
            self.lookup_queued.set()
        return delay


def test_close_during_the_cooid_lookup_is_status_unknown_never_not_placed() -> None:
    """The placement left (its answer was dripped past the deadline); the lookup then waits for its
    pacing slot when the client closes: the order may exist, so it must not be reported unsent."""
    _RegistryCountingPacer.count = 0
    _RegistryCountingPacer.lookup_queued.clear()
    pacer = _RegistryCountingPacer.for_profile("gateway")
    outcome: list[BaseException] = []
    with hostile_server(_routes(**{f"POST {PLACE}": drip(BODY, every=SLOW)})) as server:
        c = Client(server.base_url, start_session=False, timeout=5.0, deadline=1.0, pacer=pacer)
        c.orders.live_orders()  # takes the 1-per-5-s live-orders slot: the lookup will have to wait

        def place() -> None:
            try:
                c.orders.place_one(_order("closing-1"))
            except BaseException as exc:
                outcome.append(exc)

        t = threading.Thread(target=place)
        t.start()
        assert _RegistryCountingPacer.lookup_queued.wait(30)
        c.close()
        t.join(30)
    assert server.paths().count(PLACE) == 1 and server.paths().count(ORDERS) == 1  # no lookup was sent
    assert len(outcome) == 1 and isinstance(outcome[0], OrderStatusUnknown), outcome
    assert outcome[0].coid == "closing-1"


def test_close_wakes_callers_queued_for_a_concurrency_slot() -> None:
    """Concurrency-limited keys queue callers as waiters; close() wakes them (nothing sent) and cuts
    off the one holding the slot (on the wire)."""
    pacer = InProcessPacer(None, {"get_live_orders": Limit(max_concurrent=1)})
    outcomes: list[BaseException] = []
    routes = _routes(**{f"GET {ORDERS}": drip(BODY * 100, every=1.0, head_too=True)})  # slot held
    with hostile_server(routes) as server:
        c = Client(server.base_url, start_session=False, pacer=pacer)

        def call() -> None:
            try:
                c.run(_live_orders())
            except BaseException as exc:
                outcomes.append(exc)

        threads = [threading.Thread(target=call) for _ in range(4)]
        for t in threads:
            t.start()
        server.wait_for(lambda: ORDERS in server.paths())
        state = pacer._keys["get_live_orders"]
        poll = threading.Event()
        while len(state.queue) < 3:  # the three others are queued behind the one on the wire
            assert server.paths().count(ORDERS) == 1
            poll.wait(0.01)
        c.close()
        for t in threads:
            t.join(30)
    assert server.paths().count(ORDERS) == 1
    assert all(isinstance(o, ClientClosed) for o in outcomes) and len(outcomes) == 4
    assert sorted(o.sent for o in outcomes if isinstance(o, ClientClosed)) == [False, False, False, True]
