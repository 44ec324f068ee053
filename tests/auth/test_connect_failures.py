"""Connection refused and an untrusted certificate are not transient: typed at once, never retried,
with the advice that fits (the gateway's address; ``IBKR_CA_BUNDLE``)."""

from __future__ import annotations

import socket
import ssl

import httpx
import pytest

from ibkr_webapi import CertificateError, ConnectError, ConnectionRefused
from ibkr_webapi._errors_map import connect_failure, map_transport_error
from ibkr_webapi._retry import RetryPolicy, should_retry
from ibkr_webapi._transport import PacingCore
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.testing import FakeGateway

#: A policy that would retry a transient failure for an hour: a test that finishes shows no retry.
PATIENT = RetryPolicy(max_retries=100, max_total_wait_s=3600.0, initial_delay_s=60.0, max_delay_s=60.0)


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1/api"


def real_refusal() -> httpx.ConnectError:
    try:
        httpx.get(closed_port_url() + "/iserver/auth/status")
    except httpx.ConnectError as exc:
        return exc
    raise AssertionError("something listens on the closed port")


def test_refused_is_classified_and_not_retried_even_when_safe() -> None:
    exc = real_refusal()
    assert connect_failure(exc) == "refused"
    core = PacingCore(unlimited_pacer(), policy=PATIENT)
    request = httpx.Request("GET", "http://127.0.0.1/v1/api/iserver/auth/status")
    attempt = core.start(request)
    assert attempt.operation is not None and attempt.operation.idempotent
    assert not should_retry(exc, attempt.operation, 0)
    with pytest.raises(ConnectionRefused, match="gateway running"):
        core.on_error(attempt, exc)
    assert attempt.resends == 0


def test_other_connect_errors_of_safe_calls_are_still_retried() -> None:
    core = PacingCore(unlimited_pacer(), policy=PATIENT)
    attempt = core.start(httpx.Request("GET", "http://127.0.0.1/v1/api/iserver/auth/status"))
    delay = core.on_error(attempt, httpx.ConnectError("connection reset"))
    assert delay > 0 and attempt.resends == 1
    assert type(map_transport_error(httpx.ConnectError("reset"), "op")) is ConnectError


def test_client_on_a_dead_port_raises_connection_refused_at_once() -> None:
    with pytest.raises(ConnectionRefused) as e:
        Client(closed_port_url(), keepalive_interval=None, retry=PATIENT)
    assert isinstance(e.value, ConnectError)  # still a ConnectError for existing handlers


async def test_async_client_on_a_dead_port_raises_connection_refused_at_once() -> None:
    with pytest.raises(ConnectionRefused):
        async with AsyncClient(closed_port_url(), keepalive_interval=None, retry=PATIENT):
            pass


def test_untrusted_certificate_is_typed_with_ca_bundle_advice() -> None:
    gw = FakeGateway(tls=True, enforce_pacing=False)
    with gw.serve() as srv:
        with pytest.raises(CertificateError, match="IBKR_CA_BUNDLE"):
            Client(srv.base_url, keepalive_interval=None, retry=PATIENT)
        assert gw.counters.snapshot()["total_requests"] == 0
        # trusting the fake's CA is the fix
        assert srv.ca_bundle is not None
        trust = ssl.create_default_context(cafile=srv.ca_bundle)
        with Client(srv.base_url, verify=trust, keepalive_interval=None) as ok:
            assert ok.session.status is not None


async def test_untrusted_certificate_async() -> None:
    gw = FakeGateway(tls=True, enforce_pacing=False)
    with gw.serve() as srv, pytest.raises(CertificateError):
        async with AsyncClient(srv.base_url, keepalive_interval=None, retry=PATIENT):
            pass
