"""Pacing as the real gateway enforces it: global and per-endpoint limits, 429s, penalty box.

The Pacer is driven with a scripted clock for the exact-limit cases (deterministic, no sleeping),
and end to end through the app for bursts.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from ibkr_webapi.testing._config import Clock, FakeGatewayConfig
from ibkr_webapi.testing._counters import Counters
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
    async with client_for(gw) as client:
        statuses = [(await client.get("/iserver/auth/status")).status_code for _ in range(15)]
        assert statuses.count(429) >= 5 and statuses[:10] == [200] * 10
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
    async with client_for(gw) as client:
        assert (await client.post("/tickle")).status_code == 200
        assert (await client.post("/tickle")).status_code == 429
        # another endpoint is not affected by tickle's 1/s
        assert (await client.get("/iserver/auth/status")).status_code == 200


async def test_penalty_box_through_the_app_ends_with_gateway_time(make_gateway, client_for):
    gw = make_gateway(penalty_violations=3, penalty_box_s=600)
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
