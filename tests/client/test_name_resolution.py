"""Resolving the gateway's name is inside the call's deadline (sync; asyncio's timeout covers async).

``getaddrinfo`` has no timeout: with a dead DNS server it blocks for as long as the system resolver
retries. Nothing here can make the machine's resolver hang, so the hanging resolver is the one stand-in
of this file: ``socket.getaddrinfo`` replaced, for one made-up name only, by a call that blocks until
the test ends. Everything else (the server, the sockets, the names that resolve) is real.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from ibkr_webapi import Client, ConnectError, RequestTimeout
from ibkr_webapi._flow import Call, Flow, body_json
from ibkr_webapi._retry import RetryPolicy
from ibkr_webapi.pacing import unlimited_pacer

from .hostile import hostile_server, session_routes

pytestmark = pytest.mark.timeout(60)  # hang guard: the bug fixed here blocked for the resolver's retries

HANGING = "resolver-hangs.invalid"


def _live_orders() -> Flow[Any]:
    return body_json((yield Call.op("get_live_orders")))


@pytest.fixture
def hanging_resolver(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """``HANGING`` blocks in getaddrinfo until the test ends; every other name resolves for real."""
    release = threading.Event()
    entered = threading.Event()
    real = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host == HANGING:
            entered.set()
            release.wait(120)
            raise socket.gaierror(socket.EAI_AGAIN, "temporary failure in name resolution")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield entered
    release.set()


def test_a_hanging_resolver_ends_at_the_call_deadline(hanging_resolver: threading.Event) -> None:
    with (
        Client(
            f"https://{HANGING}:5000/v1/api", start_session=False, pacer=unlimited_pacer(), deadline=2.0
        ) as c,
        pytest.raises(RequestTimeout),
    ):
        c.run(_live_orders())
    # the resolver was consulted and is still blocked (released only at teardown): the call returned
    # without waiting for it. A hang guard, not a timing: the resolution thread may start late under load
    assert hanging_resolver.wait(30)


def test_localhost_by_name_connects_past_an_address_that_refuses() -> None:
    # the server listens on 127.0.0.1 only; "localhost" may resolve to ::1 first (refused), then
    # to 127.0.0.1: every address is tried in the resolver's order, as socket.create_connection does
    with hostile_server(session_routes()) as server:
        url = f"http://localhost:{server.port}/v1/api"
        with Client(url, start_session=False, pacer=unlimited_pacer()) as c:
            assert c.run(_live_orders()) == {"orders": [], "snapshot": True}
    assert server.paths() == ["/v1/api/iserver/account/orders"]


def test_a_name_that_does_not_resolve_is_a_connect_error() -> None:
    url = "http://no-such-host.invalid:5000/v1/api"  # .invalid never resolves (RFC 6761)
    no_retries = RetryPolicy(max_retries=0)
    with (
        Client(url, start_session=False, pacer=unlimited_pacer(), retry=no_retries, deadline=30) as c,
        pytest.raises(ConnectError) as caught,
    ):
        c.run(_live_orders())
    assert not isinstance(caught.value, RequestTimeout)
