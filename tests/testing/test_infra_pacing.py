"""Pacing as the real gateway enforces it: global and per-endpoint limits, 429s, penalty box.

The Pacer is driven with a scripted clock for the exact-limit cases (deterministic, no sleeping),
and end to end through the app for bursts.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass

import pytest
from helpers import stop_pacing_clock

from ibkr_webapi.testing._config import Clock, FakeGatewayConfig
from ibkr_webapi.testing._counters import Counters
from ibkr_webapi.testing._history import history_book
from ibkr_webapi.testing._pacing import Pacer


@dataclass(frozen=True)
class Limit:
    requests: int | None = None
    per_seconds: float | None = None
    max_concurrent: int | None = None


@dataclass(frozen=True)
class Op:
    operation_id: str
    rate_limit: Limit | None
    method: str = "GET"
    path: str = "/x"
    base: str = "api"
    security: tuple[str, ...] = ()


class ScriptedClock(Clock):
    def __init__(self) -> None:
        super().__init__(1.0)
        self.t = 1000.0

    def real_monotonic(self) -> float:  # type: ignore[override]
        return self.t

    def monotonic(self) -> float:
        return self.t


def _pacer(global_limit=Limit(10, 1.0), **config) -> tuple[Pacer, ScriptedClock, Counters]:
    clock = ScriptedClock()
    counters = Counters()
    return Pacer(FakeGatewayConfig(**config), clock, counters, global_limit), clock, counters


@pytest.mark.parametrize("limit", [Limit(10, 1.0), Limit(1, 1.0), Limit(1, 5.0), Limit(50, 1.0)])
def test_client_pacing_exactly_at_the_limit_with_jitter_is_never_refused(limit):
    pacer, clock, counters = _pacer(global_limit=None)
    op = Op("op", limit)
    spacing = limit.per_seconds / limit.requests
    rng = random.Random(7)
    start = clock.t
    for k in range(200):
        # the client's own schedule, seen through up to +-2% of the spacing of network jitter
        clock.t = start + k * spacing + rng.uniform(-0.02, 0.02) * spacing
        assert pacer.acquire(op).allowed, f"request {k} refused"
    assert counters.penalty_entries == 0


def test_burst_over_the_global_limit_is_refused_with_retry_after():
    pacer, clock, _ = _pacer()
    results = [pacer.acquire(None) for _ in range(12)]
    assert [r.allowed for r in results] == [True] * 10 + [False] * 2
    assert 0 < results[-1].retry_after_s <= 1.0
    clock.t += 1.0
    assert pacer.acquire(None).allowed


def test_per_endpoint_limit_applies_only_to_its_endpoint():
    pacer, clock, _ = _pacer()
    slow = Op("get_live_orders", Limit(1, 5.0))
    assert pacer.acquire(slow).allowed
    clock.t += 1
    assert not pacer.acquire(slow).allowed
    assert pacer.acquire(Op("other", None)).allowed
    clock.t += 4
    assert pacer.acquire(slow).allowed


def test_concurrency_limit_counts_requests_in_flight():
    pacer, _, _ = _pacer()
    history = Op("get_marketdata_history", Limit(max_concurrent=5))
    for _ in range(5):
        assert pacer.acquire(history).allowed
    assert not pacer.acquire(history).allowed
    pacer.release(history)
    assert pacer.acquire(history).allowed


def test_repeated_violations_put_the_client_in_the_penalty_box():
    pacer, clock, counters = _pacer(penalty_violations=3, penalty_box_s=600)
    tickle = Op("tickle", Limit(1, 1.0))
    pacer.acquire(tickle)
    for _ in range(3):
        assert not pacer.acquire(tickle).allowed
    assert counters.penalty_entries == 1
    clock.t += 10  # well past the tickle window: still boxed, and for everything
    decision = pacer.acquire(None)
    assert not decision.allowed and decision.reason == "penalty box"
    assert decision.retry_after_s > 500
    clock.t += 600
    assert pacer.acquire(tickle).allowed


async def test_burst_through_the_app_gets_429_json_and_counters(make_gateway, client_for):
    gw = make_gateway()
    stop_pacing_clock(gw)  # a burst however slowly the host runs it
    async with client_for(gw) as client:
        statuses = [(await client.get("/iserver/auth/status")).status_code for _ in range(15)]
        assert statuses == [200] * 10 + [429] * 5
        refused = await client.get("/iserver/auth/status")
        assert refused.status_code == 429
        assert refused.json()["error"].startswith("Too Many Requests")
        assert int(refused.headers["Retry-After"]) >= 1
    snapshot = gw.counters.snapshot()
    assert snapshot["rate_limited"] >= 6
    assert snapshot["by_operation_status"]["get_auth_status 429"] >= 6
    assert snapshot["max_global_per_second"] >= 15


async def test_per_endpoint_limit_through_the_app(make_gateway, client_for):
    gw = make_gateway()
    stop_pacing_clock(gw)  # a burst however slowly the host runs it
    async with client_for(gw) as client:
        assert (await client.post("/tickle")).status_code == 200
        assert (await client.post("/tickle")).status_code == 429
        # another endpoint is not affected by tickle's 1/s
        assert (await client.get("/iserver/auth/status")).status_code == 200


async def test_penalty_box_through_the_app_ends_with_gateway_time(make_gateway, client_for):
    gw = make_gateway(penalty_violations=3, penalty_box_s=600)
    stop_pacing_clock(gw)  # a burst however slowly the host runs it
    async with client_for(gw) as client:
        for _ in range(5):
            await client.post("/tickle")
        assert gw.pacer.in_penalty_box
        assert (await client.get("/iserver/auth/status")).status_code == 429
        assert gw.counters.snapshot()["penalty_entries"] == 1
        gw.advance_time(601)
        assert (await client.get("/iserver/auth/status")).status_code == 200


async def test_pacing_can_be_disabled(make_gateway, client_for):
    gw = make_gateway(enforce_pacing=False)
    async with client_for(gw) as client:
        statuses = {(await client.post("/tickle")).status_code for _ in range(20)}
    assert statuses == {200}


def _scope(path: str, query: bytes = b"", method: str = "GET") -> dict[str, object]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": "/v1/api" + path,
        "raw_path": b"/v1/api" + path.encode(),
        "query_string": query,
        "root_path": "",
        "headers": [(b"host", b"fake")],
        "client": ("127.0.0.1", 50000),
        "server": ("fake", 80),
    }


async def _asgi_get(gw, path, query=b"", on_last_byte=None) -> int:
    """One request straight through the fake's ASGI app; ``on_last_byte`` runs when the answer's
    last body message is handed over, as a client that reads it at once would react."""
    status: list[int] = []
    asked = False

    async def receive():
        nonlocal asked
        if not asked:
            asked = True
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # no disconnect while the answer is written

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])
        elif message["type"] == "http.response.body" and not message.get("more_body", False) and on_last_byte:
            await on_last_byte()

    await gw.app(_scope(path, query), receive, send)
    return status[0]


async def test_a_concurrency_slot_is_free_once_the_answer_is_sent(make_gateway, client_for, open_brokerage):
    """Five history requests fill IBKR's five slots. A client that sends the next one as soon as it
    has read one answer is admitted: the fake stops counting a request in flight before the answer's
    last byte leaves. (It used to free the slot only after writing the answer, which a paused write
    on a loaded host can stretch: a client quicker than that got a 429 for a request it paced.)"""
    gw = make_gateway()
    async with client_for(gw) as client:
        await open_brokerage(client)
    book = history_book(gw.state)
    book.gate = asyncio.Event()
    history = ("/iserver/marketdata/history", b"conid=265598&bar=1min&period=1d")
    sixth: list[int] = []

    async def next_request() -> None:
        if not sixth:
            sixth.append(0)
            sixth[0] = await _asgi_get(gw, *history)

    tasks = [asyncio.ensure_future(_asgi_get(gw, *history, on_last_byte=next_request)) for _ in range(5)]
    while book.in_flight < 5:
        await asyncio.sleep(0)
    assert await _asgi_get(gw, *history) == 429  # all five slots taken
    book.gate.set()
    assert await asyncio.gather(*tasks) == [200] * 5
    assert sixth == [200]
    assert gw.counters.snapshot()["by_operation_status"]["get_marketdata_history 200"] == 6


def test_requests_are_paced_at_their_arrival_not_when_decided():
    """The window counts each request at the arrival time the pipeline stamped before reading its
    body, not at the moment of the decision (which a busy event loop delays)."""
    pacer, clock, _ = _pacer(global_limit=None)
    tickle = Op("tickle", Limit(1, 1.0))
    arrived = clock.t
    clock.t += 0.5  # decided late
    assert pacer.acquire(tickle, arrived).allowed
    clock.t += 0.5  # the next one arrives 1.01 s after the first, decided at once
    assert pacer.acquire(tickle, arrived + 1.01).allowed
    assert not pacer.acquire(tickle, arrived + 1.5).allowed
