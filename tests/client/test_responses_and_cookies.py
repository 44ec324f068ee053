"""What a ``Call`` sends back (body decoded once, models on demand), cookies, and error bodies."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from ibkr_webapi import OrderRejected
from ibkr_webapi._cookies import CookieStore
from ibkr_webapi._exceptions import UnexpectedResponse
from ibkr_webapi._flow import Call, CallResponse, Flow, body_json
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.orders import Order
from ibkr_webapi.pacing import InProcessPacer
from ibkr_webapi.testing import FakeGateway

ACCOUNT = "DU1234567"
AAPL = 265598


def call(op: str, **kwargs: Any) -> Flow[Any]:
    return (yield Call.op(op, **kwargs))


@pytest.fixture
def served(make_gateway: Callable[..., FakeGateway]) -> Iterator[tuple[FakeGateway, str]]:
    gw = make_gateway()
    with gw.serve() as srv:
        yield gw, srv.base_url


def test_call_response_decodes_once_and_builds_models_on_demand(served: tuple[FakeGateway, str]) -> None:
    _, url = served
    with Client(url, keepalive_interval=None) as client:
        response = client.run(call("get_portfolio_accounts"))
        assert isinstance(response, CallResponse) and response.status_code == 200
        body = body_json(response)
        assert body is body_json(response)  # the same decoded object: no second decode
        assert body[0]["accountId"] == ACCOUNT
        # The generated models are still there for whoever wants them.
        assert response.parsed[0].account_id == ACCOUNT


def test_malformed_success_body_is_an_error_at_the_call(served: tuple[FakeGateway, str]) -> None:
    gw, url = served
    with Client(url, keepalive_interval=None) as client:
        gw.faults.malformed_json("get_portfolio_accounts", 1)
        with pytest.raises(UnexpectedResponse) as info:
            client.run(call("get_portfolio_accounts"))
        assert info.value.operation_id == "get_portfolio_accounts"


def test_unparseable_model_reports_the_json_body() -> None:
    """A JSON body the generated model cannot read still reaches the caller as ``exc.body``."""

    def parse(*, client: Any, response: httpx.Response) -> Any:
        raise KeyError("orderId")

    raw = httpx.Response(200, json=[{"weird": 1}])
    response = CallResponse(raw, parse, None, "place_orders")
    assert body_json(response) == [{"weird": 1}]
    with pytest.raises(UnexpectedResponse) as info:
        response.parsed  # noqa: B018
    assert info.value.body == [{"weird": 1}] and info.value.status_code == 200


@pytest.mark.parametrize("shape", ["list", "object"])
def test_order_error_in_a_200_is_a_rejection(served: tuple[FakeGateway, str], shape: str) -> None:
    gw, url = served
    error = {"error": "Order rejected - reason: insufficient buying power"}
    body = [error] if shape == "list" else error
    with Client(url, keepalive_interval=None) as client:
        gw.faults.fail_next("place_orders", 1, 200, body)
        with pytest.raises(OrderRejected, match="insufficient buying power") as info:
            client.orders.place(Order(conid=AAPL, side="BUY", quantity=1, price=100.0))
        assert info.value.body == body


def test_gateway_cookie_rides_on_later_requests_but_not_in_httpx_jars(
    served: tuple[FakeGateway, str],
) -> None:
    _, url = served
    sent: list[str | None] = []

    class Recording(httpx.HTTPTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            sent.append(request.headers.get("cookie"))
            return super().handle_request(request)

    with Client(url, keepalive_interval=None, transport=Recording()) as client:
        # start() tickled: the fake set the `api` cookie
        assert client.cookies.get("api")
        assert not client.low_level.get_httpx_client().cookies  # httpx stays on its fast path
        client.run(call("get_accounts"))
        assert sent[-1] == f"api={client.cookies['api']}"
        client.clear_cookies()
        client.run(call("get_accounts"))
        assert sent[-1] is None


async def test_async_client_keeps_cookies_too(served: tuple[FakeGateway, str]) -> None:
    _, url = served
    async with AsyncClient(url, keepalive_interval=None) as client:
        assert client.cookies.get("api")
        assert not client.low_level.get_async_httpx_client().cookies


def _cookie_response(request: httpx.Request, *set_cookies: str) -> httpx.Response:
    return httpx.Response(200, headers=[("set-cookie", c) for c in set_cookies], request=request)


def _stored(store: CookieStore, url: str, explicit: str | None = None) -> str | None:
    request = httpx.Request("GET", url, headers={"Cookie": explicit} if explicit else None)
    store.apply(request)
    return request.headers.get("cookie")


def test_cookie_store_follows_domain_path_secure_and_expiry(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [time.time()]
    monkeypatch.setattr(time, "time", lambda: now[0])  # the stdlib cookie rules read time.time()
    store = CookieStore()
    jar = httpx.Cookies()
    request = httpx.Request("GET", "https://ibkr.test/v1/api/tickle")
    jar.extract_cookies(
        _cookie_response(
            request,
            "api=abc; Path=/",
            "deep=1; Path=/v1/api/iserver",
            "sec=2; Path=/; Secure",
            f"short=3; Path=/; Expires={_http_date(now[0] + 30)}",
        )
    )
    store.adopt(jar)
    assert not jar  # moved, not copied
    assert _stored(store, "https://ibkr.test/v1/api/iserver/accounts") == "deep=1; api=abc; sec=2; short=3"
    assert _stored(store, "https://ibkr.test/v1/api/portfolio/accounts") == "api=abc; sec=2; short=3"
    assert _stored(store, "http://ibkr.test/v1/api/portfolio/accounts") == "api=abc; short=3"
    assert _stored(store, "https://other.test/v1/api/portfolio/accounts") is None
    # explicit cookies of a request win over stored ones of the same name
    assert _stored(store, "https://ibkr.test/x", "api=mine") == "api=mine; sec=2; short=3"
    now[0] += 31  # `short` has expired: the cached header is recomputed
    assert _stored(store, "https://ibkr.test/v1/api/portfolio/accounts") == "api=abc; sec=2"


def _http_date(epoch: float) -> str:
    import email.utils

    return email.utils.formatdate(epoch, usegmt=True)


def test_pacing_is_per_request_even_with_memoised_operations() -> None:
    """The transport memoises path -> operation; a memo hit still books with the pacer."""
    booked: list[str] = []

    class Recorder(InProcessPacer):
        def reserve(self, key: str, now: float) -> float:
            booked.append(key)
            return super().reserve(key, now)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps({"accounts": [ACCOUNT]}).encode())

    with Client(
        "http://ibkr.test/v1/api",
        transport=httpx.MockTransport(answer),
        pacer=Recorder(None, {}),
        keepalive_interval=None,
        start_session=False,
    ) as client:
        for _ in range(3):
            client.run(call("get_accounts"))
    assert booked == ["get_accounts"] * 3


def _limited_client_kwargs() -> dict[str, Any]:
    from ibkr_webapi.pacing import Limit

    return {
        "pacer": InProcessPacer(None, {"get_accounts": Limit(max_concurrent=1)}),
        "keepalive_interval": None,
        "start_session": False,
    }


async def test_concurrency_limited_tasks_queue_without_polling() -> None:
    import asyncio

    in_flight, peak, order = 0, 0, []

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        order.append(request.headers["x-n"])
        return httpx.Response(200, json={"accounts": [ACCOUNT]})

    async with AsyncClient(
        "http://ibkr.test/v1/api", transport=httpx.MockTransport(answer), **_limited_client_kwargs()
    ) as client:
        http = client.low_level.get_async_httpx_client()
        await asyncio.gather(*(http.get("/iserver/accounts", headers={"x-n": str(i)}) for i in range(8)))
    assert peak == 1 and sorted(order) == [str(i) for i in range(8)]
    assert order == [str(i) for i in range(8)]  # first come, first served


def test_concurrency_limited_threads_queue_and_all_finish() -> None:
    import threading

    lock = threading.Lock()
    in_flight, peak = 0, 0
    gate = threading.Event()

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        gate.wait(5)
        with lock:
            in_flight -= 1
        return httpx.Response(200, json={"accounts": [ACCOUNT]})

    with Client(
        "http://ibkr.test/v1/api", transport=httpx.MockTransport(answer), **_limited_client_kwargs()
    ) as client:
        results: list[int] = []
        threads = [
            threading.Thread(target=lambda: results.append(client.run(call("get_accounts")).status_code))
            for _ in range(5)
        ]
        for t in threads:
            t.start()
        gate.set()
        for t in threads:
            t.join(10)
    assert results == [200] * 5 and peak == 1
