"""Secrets never reach exceptions, the package's loggers, httpx/httpcore logs or the cookie repr."""

from __future__ import annotations

import importlib
import logging
import pkgutil
import secrets
import traceback
from collections.abc import Generator

import httpx
import pytest

import ibkr_webapi
from ibkr_webapi import AsyncClient, BadRequest, Client
from ibkr_webapi._flow import Call, Flow, body_json
from ibkr_webapi._redact import Secret, SecretFilter
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.session import ThreadKeepAlive
from ibkr_webapi.testing import FakeGateway

from .hostile import Behaviour, Request, Written, hostile_server, session_routes

pytestmark = pytest.mark.timeout(60)

ORDERS = "/v1/api/iserver/account/orders"


class BearerAuth(httpx.Auth):
    """Sends ``Authorization: Bearer <token>`` as the package's OAuth 2.0 auth does (token a Secret)."""

    def __init__(self, token: str) -> None:
        self.token = Secret(token)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token.reveal()}"
        yield request


def _echo_authorization(request: Request, conn: object, written: Written) -> None:
    """A 400 whose body quotes the request's Authorization header, and the bare token too."""
    import json
    import socket

    assert isinstance(conn, socket.socket)
    header = request.headers.get("authorization", "")
    token = header.partition(" ")[2]
    body = json.dumps(
        {"error": f"invalid header Authorization: {header}", "detail": {"token": token, "seen": [header]}}
    ).encode()
    head = f"HTTP/1.1 400 X\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    conn.sendall(head.encode() + body)


def _live_orders() -> Flow[object]:
    return body_json((yield Call.op("get_live_orders")))


def _assert_hidden(exc: BaseException, token: str) -> None:
    shown = [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
    if isinstance(exc, BadRequest):
        shown += [str(exc.error_text), repr(exc.body)]
    for text in shown:
        assert token not in text
    assert "***" in str(exc)


def _routes() -> dict[tuple[str, str], Behaviour]:
    routes = session_routes()
    routes[("GET", ORDERS)] = _echo_authorization
    return routes


def test_a_server_echoing_the_authorization_header_cannot_leak_it_sync() -> None:
    token = "tok-" + secrets.token_urlsafe(24)
    with (
        hostile_server(_routes()) as server,
        Client(server.base_url, auth=BearerAuth(token), start_session=False, pacer=unlimited_pacer()) as c,
        pytest.raises(BadRequest) as caught,
    ):
        c.run(_live_orders())
    assert server.requests[-1].headers["authorization"] == f"Bearer {token}"  # the echo was real
    _assert_hidden(caught.value, token)


async def test_a_server_echoing_the_authorization_header_cannot_leak_it_async() -> None:
    token = "tok-" + secrets.token_urlsafe(24)
    with hostile_server(_routes()) as server:
        async with AsyncClient(
            server.base_url, auth=BearerAuth(token), start_session=False, pacer=unlimited_pacer()
        ) as c:
            with pytest.raises(BadRequest) as caught:
                await c.run(_live_orders())
    _assert_hidden(caught.value, token)


def test_an_unregistered_bearer_token_in_an_error_is_redacted_by_shape() -> None:
    token = secrets.token_urlsafe(24)  # never wrapped in a Secret
    exc = BadRequest(f"echo: Authorization: Bearer {token}", error_text=f"Bearer {token}", body={"h": token})
    assert token not in str(exc) and token not in str(exc.error_text)


def _all_package_loggers() -> list[logging.Logger]:
    for module in pkgutil.walk_packages(ibkr_webapi.__path__, "ibkr_webapi."):
        if module.name.endswith("__main__"):
            continue
        importlib.import_module(module.name)
    return [
        logger
        for name, logger in logging.Logger.manager.loggerDict.items()
        if (name == "ibkr_webapi" or name.startswith("ibkr_webapi.")) and isinstance(logger, logging.Logger)
    ]


def test_every_logger_of_the_package_carries_the_secret_filter() -> None:
    loggers = _all_package_loggers()
    assert {"ibkr_webapi.session", "ibkr_webapi.streaming", "ibkr_webapi.auth"} <= {lg.name for lg in loggers}
    missing = [lg.name for lg in loggers if not any(isinstance(f, SecretFilter) for f in lg.filters)]
    assert missing == []


def test_keepalive_warning_does_not_print_a_secret(caplog: pytest.LogCaptureFixture) -> None:
    token = Secret("lst-" + secrets.token_hex(16)).reveal()
    done: list[int] = []

    def beat() -> None:
        done.append(1)
        raise OSError(f"peer said: session {token} rejected; Authorization: Bearer {token}")

    caplog.set_level(logging.WARNING, logger="ibkr_webapi.session")
    keepalive = ThreadKeepAlive(beat, 0.001)
    keepalive.start()
    while not any("keep-alive failed" in r.getMessage() for r in caplog.records):
        keepalive._stop.wait(0.01)
    keepalive.stop()
    assert done and token not in caplog.text and "***" in caplog.text


@pytest.mark.parametrize("async_client", [False, True])
async def test_httpcore_debug_log_and_cookie_repr_hide_the_session_cookie(
    async_client: bool, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="httpcore")
    caplog.set_level(logging.DEBUG, logger="httpx")
    gw = FakeGateway(auth="gateway")
    async with gw.serve() as srv:
        if async_client:
            async with AsyncClient(srv.base_url, keepalive_interval=None) as ac:
                cookies = ac.cookies
        else:
            with Client(srv.base_url, keepalive_interval=None) as c:
                cookies = c.cookies
    value = cookies.get("api")
    assert value, "the fake gateway sets the api session cookie"
    assert "set-cookie" in caplog.text.lower()  # httpcore really logged the response headers ...
    assert value not in caplog.text  # ... without the session value
    assert value not in repr(cookies) and "api" in repr(cookies)
