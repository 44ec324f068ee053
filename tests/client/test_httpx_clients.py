"""The httpx clients every request goes through: joined URLs memoised, cookies read only when set."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest

from ibkr_webapi._httpx_clients import AsyncIbkrHttpx, IbkrHttpx, _SetCookieJar
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.testing import FakeGateway

BASE = "https://gateway.test/v1/api"


def _recording(seen: list[str], cookies: dict[str, str] | None = None) -> httpx.MockTransport:
    """Answers 200; sets the cookie ``cookies[path]`` on the answer to that path."""

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        cookie = (cookies or {}).get(request.url.path)
        return httpx.Response(200, headers=[("set-cookie", cookie)] if cookie else [], json={})

    return httpx.MockTransport(handler)


def test_joined_urls_are_memoised_per_base_url() -> None:
    seen: list[str] = []
    with IbkrHttpx(base_url=BASE, transport=_recording(seen)) as http:
        for path in ("/portfolio/DU1/ledger", "/portfolio/DU2/ledger", "/portfolio/DU1/ledger?x=1"):
            http.get(path)
        assert seen == [
            f"{BASE}/portfolio/DU1/ledger",
            f"{BASE}/portfolio/DU2/ledger",
            f"{BASE}/portfolio/DU1/ledger?x=1",
        ]
        # the second request of a path reuses the joined URL (httpx alone parses it again each time)
        assert http._merge_url("/portfolio/DU1/ledger") is http._merge_url("/portfolio/DU1/ledger")
        http.base_url = httpx.URL("https://other.test/v1/api")  # a new base: nothing stale is reused
        http.get("/portfolio/DU1/ledger")
        assert seen[-1] == "https://other.test/v1/api/portfolio/DU1/ledger"
        absolute = "https://third.test/tickle"
        http.get(absolute)
        assert seen[-1] == absolute


@pytest.mark.parametrize("shape", ["sync", "async"])
async def test_a_cookie_set_by_a_later_answer_still_reaches_the_jar(shape: str) -> None:
    seen: list[str] = []
    cookies = {"/v1/api/tickle": "api=s3cr3t; Path=/"}
    if shape == "sync":
        with IbkrHttpx(base_url=BASE, transport=_recording(seen, cookies)) as http:
            assert isinstance(http.cookies, _SetCookieJar)
            http.get("/portfolio/accounts")  # no Set-Cookie: the jar stays empty
            assert not http.cookies
            http.get("/tickle")
            assert http.cookies.get("api") == "s3cr3t"
            http.get("/portfolio/accounts")  # an answer without one leaves it be
            assert http.cookies.get("api") == "s3cr3t"
    else:
        async with AsyncIbkrHttpx(base_url=BASE, transport=_recording(seen, cookies)) as ahttp:
            assert isinstance(ahttp.cookies, _SetCookieJar)
            await ahttp.get("/portfolio/accounts")
            assert not ahttp.cookies
            await ahttp.get("/tickle")
            assert ahttp.cookies.get("api") == "s3cr3t"


async def test_the_clients_send_through_them(make_gateway: Callable[..., FakeGateway]) -> None:
    with make_gateway().serve() as srv:
        with Client(srv.base_url, keepalive_interval=None) as client:
            assert isinstance(client.low_level.get_httpx_client(), IbkrHttpx)
            assert client.cookies.get("api")  # the session cookie of the tickle still got through
            assert client.portfolio.ledger(client.portfolio.accounts()[0].account_id).base is not None
        async with AsyncClient(srv.base_url, keepalive_interval=None) as aclient:
            assert isinstance(aclient.low_level.get_async_httpx_client(), AsyncIbkrHttpx)
            assert aclient.cookies.get("api")
