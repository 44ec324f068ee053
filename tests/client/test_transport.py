"""The paced transport: 429s absorbed within budget, safe failures retried, orders never resent blindly."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import httpx
import pytest

from ibkr_webapi._exceptions import ConnectError, RateLimitError, RequestTimeout, ServerError
from ibkr_webapi._retry import RetryPolicy, parse_retry_after, retry_delay, should_retry
from ibkr_webapi._transport import PacedTransport, PacingCore
from ibkr_webapi.pacing import InProcessPacer, Limit

from .client_helpers import FakeClock

API = "http://fake/v1/api"
ORDERS = API + "/iserver/account/U1/orders"


def _client(
    handler: Callable[[httpx.Request], httpx.Response],
    clock: FakeClock,
    policy: RetryPolicy | None = None,
    pacer: InProcessPacer | None = None,
) -> httpx.Client:
    pacer = pacer or InProcessPacer(Limit(requests=10, per_seconds=1.0))
    core = PacingCore(pacer, policy=policy or RetryPolicy(), clock=clock)
    return httpx.Client(transport=PacedTransport(httpx.MockTransport(handler), core))


def _scripted(
    *answers: int | Exception, retry_after: str | None = None
) -> tuple[Callable[[httpx.Request], httpx.Response], list[float]]:
    """A handler answering statuses (or raising) in order, then 200; records when each request came."""
    seen: list[float] = []
    script = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        import ibkr_webapi._transport as transport

        seen.append(transport.time.monotonic())
        if script:
            answer = script.pop(0)
            if isinstance(answer, Exception):
                raise answer
            headers = {"Retry-After": retry_after} if retry_after and answer == 429 else {}
            return httpx.Response(answer, json={"error": "nope"}, headers=headers)
        return httpx.Response(200, json={"accounts": ["U1"]})

    return handler, seen


def test_429_storm_is_absorbed_and_retry_after_honoured(clock: FakeClock) -> None:
    handler, seen = _scripted(429, 429, 429, retry_after="2")
    with _client(handler, clock) as client:
        response = client.get(API + "/iserver/accounts")
    assert response.status_code == 200
    assert len(seen) == 4
    gaps = [b - a for a, b in itertools.pairwise(seen)]
    assert all(gap >= 2.0 for gap in gaps), gaps


def test_429_slows_other_callers_of_the_operation_too(clock: FakeClock) -> None:
    handler, _seen = _scripted(429, retry_after="3")
    pacer = InProcessPacer(Limit(requests=10, per_seconds=1.0))
    with _client(handler, clock, pacer=pacer) as client:
        client.get(API + "/iserver/accounts")
        # the back-off is recorded in the pacer: a newcomer is held until it ends
        assert pacer.reserve("get_accounts", clock.now - 3.0) > 0


def test_429_budget_exhausted_raises_rate_limit_error(clock: FakeClock) -> None:
    handler, seen = _scripted(*([429] * 50), retry_after="2")
    policy = RetryPolicy(max_retries=10, max_total_wait_s=7.0)
    with _client(handler, clock, policy) as client, pytest.raises(RateLimitError) as info:
        client.get(API + "/iserver/accounts")
    assert info.value.operation_id == "get_accounts"
    assert info.value.retry_after == 2.0
    assert len(seen) == 4  # 3 resends x 2 s fit in the 7 s budget


def test_429_on_order_placement_is_retried(clock: FakeClock) -> None:
    handler, seen = _scripted(429, retry_after="1")
    with _client(handler, clock) as client:
        assert client.post(ORDERS, json={"orders": []}).status_code == 200
    assert len(seen) == 2


def test_503_on_get_is_retried_with_backoff(clock: FakeClock) -> None:
    handler, seen = _scripted(503, 502, 504)
    with _client(handler, clock) as client:
        assert client.get(API + "/iserver/accounts").status_code == 200
    assert len(seen) == 4
    assert len(clock.sleeps) >= 3


def test_503_on_place_orders_is_not_retried(clock: FakeClock) -> None:
    handler, seen = _scripted(503)
    with _client(handler, clock) as client:
        assert client.post(ORDERS, json={"orders": []}).status_code == 503
    assert len(seen) == 1


def test_connect_error_on_get_is_retried(clock: FakeClock) -> None:
    handler, seen = _scripted(httpx.ConnectError("refused"), httpx.ReadError("reset"))
    with _client(handler, clock) as client:
        assert client.get(API + "/iserver/accounts").status_code == 200
    assert len(seen) == 3


def test_connect_error_on_place_orders_surfaces_with_operation_id(clock: FakeClock) -> None:
    handler, seen = _scripted(httpx.ReadError("reset"))
    with _client(handler, clock) as client, pytest.raises(ConnectError) as info:
        client.post(ORDERS, json={"orders": []})
    assert info.value.operation_id == "place_orders"
    assert len(seen) == 1


def test_timeout_after_budget_is_request_timeout(clock: FakeClock) -> None:
    handler, _ = _scripted(*[httpx.ReadTimeout("slow")] * 20)
    with _client(handler, clock, RetryPolicy(max_retries=2)) as client, pytest.raises(RequestTimeout):
        client.get(API + "/iserver/accounts")


def test_server_error_mapping_after_retries(clock: FakeClock) -> None:
    from ibkr_webapi._errors_map import raise_for_response

    handler, _ = _scripted(*[500] * 3)
    with _client(handler, clock) as client:
        response = client.get(API + "/iserver/accounts")  # 500 is not a retryable status
    with pytest.raises(ServerError):
        raise_for_response(response, "get_accounts")


def test_retry_helpers() -> None:
    assert parse_retry_after({"retry-after": "3"}) == 3.0
    assert parse_retry_after({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, now=1445412470.0) == 10.0
    assert parse_retry_after({"retry-after": "soon"}) is None
    assert parse_retry_after({}) is None
    assert parse_retry_after({"retry-after-ms": "250"}) == 0.25
    assert retry_delay(0, 5.0) == 5.0
    assert 0.375 <= retry_delay(0) <= 0.5
    assert retry_delay(20) <= 8.0

    class Op:
        def __init__(self, idempotent: bool) -> None:
            self.idempotent = idempotent

    too_many = httpx.Response(429)
    assert should_retry(too_many, Op(False), 0)
    assert not should_retry(httpx.Response(429, headers={"Retry-After": "600"}), Op(True), 0)  # penalty box
    assert should_retry(httpx.Response(503), Op(True), 0)
    assert not should_retry(httpx.Response(503), Op(False), 0)
    assert not should_retry(httpx.Response(503), None, 0)
    assert not should_retry(httpx.Response(503), Op(True), 6)
    assert should_retry(httpx.ConnectError("x"), Op(True), 0)
    assert not should_retry(httpx.ConnectError("x"), Op(False), 0)
