"""OAuth1Auth end to end against a MockTransport IBKR: LST exchange, signing, renewal, 401s."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from ibkr_webapi import AuthenticationError, LiveSessionTokenError
from ibkr_webapi.auth import oauth1_core as core

from .helpers import BASE, SMALL_PRIME, FakeClock, MockIbkr


def sync_client(auth: Any, server: MockIbkr) -> httpx.Client:
    return httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler), base_url=BASE)


def async_client(auth: Any, server: MockIbkr) -> httpx.AsyncClient:
    return httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server.async_handler), base_url=BASE)


def test_lst_is_obtained_validated_and_requests_are_hmac_signed(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    auth = make_auth()
    with sync_client(auth, mock_ibkr) as client:
        response = client.get(
            "/iserver/marketdata/snapshot", params={"conids": "265598,8314", "fields": "31,84"}
        )
        assert response.status_code == 200
        assert client.post("/iserver/auth/status").status_code == 200
    assert mock_ibkr.lst_requests == 1
    assert mock_ibkr.statuses == [200, 200]
    assert auth.renewals == 1
    assert auth.live_session_token_expires_at is not None
    assert auth.oauth_token == "SECRETACCESSTOKEN0123"


def test_query_parameters_are_part_of_the_signed_base_string(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    with sync_client(make_auth(), mock_ibkr) as client:
        client.get("/iserver/secdef/search", params={"symbol": "BRK B", "name": "true"})
    assert mock_ibkr.last_api_base_string is not None
    assert "name%3Dtrue" in mock_ibkr.last_api_base_string
    assert "symbol%3DBRK%20B" in mock_ibkr.last_api_base_string


def test_form_body_parameters_are_signed(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    with sync_client(make_auth(), mock_ibkr) as client:
        response = client.post("/some/form", data={"a": "1", "b": "x y"})
    assert response.status_code == 200
    assert "b%3Dx%20y" in (mock_ibkr.last_api_base_string or "")


def test_signed_request_carries_every_oauth_parameter(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return mock_ibkr.handler(request)

    with httpx.Client(auth=make_auth(), transport=httpx.MockTransport(handler), base_url=BASE) as client:
        client.get("/portfolio/accounts")
    lst_params = core.parse_authorization_header(seen[0].headers["Authorization"])
    api_params = core.parse_authorization_header(seen[1].headers["Authorization"])
    assert seen[0].url == f"{BASE}/oauth/live_session_token" and seen[0].method == "POST"
    assert lst_params["oauth_signature_method"] == "RSA-SHA256"
    assert "diffie_hellman_challenge" in lst_params
    assert set(api_params) == {
        "realm",
        "oauth_consumer_key",
        "oauth_nonce",
        "oauth_signature_method",
        "oauth_timestamp",
        "oauth_token",
        "oauth_signature",
    }
    assert seen[1].headers["Authorization"].startswith('OAuth realm="limited_poa", oauth_consumer_key=')


def test_real_2048_bit_prime_path(make_auth: Any, signature_key: rsa.RSAPrivateKey) -> None:
    prime = core.rfc3526_prime_2048()
    server = MockIbkr(signature_public_key=signature_key.public_key(), prime=prime)
    with sync_client(make_auth(dh_prime=format(prime, "x")), server) as client:
        assert client.get("/iserver/accounts").status_code == 200
    assert server.lst_requests == 1


def test_wrong_dh_prime_is_a_live_session_token_error(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    auth = make_auth(dh_prime=core.rfc3526_prime_2048())  # server uses SMALL_PRIME
    with sync_client(auth, mock_ibkr) as client, pytest.raises(LiveSessionTokenError) as info:
        client.get("/iserver/accounts")
    assert "DH prime" in str(info.value)
    assert mock_ibkr.api_requests == 0


def test_wrong_signature_key_is_refused(
    make_auth: Any, mock_ibkr: MockIbkr, other_key: rsa.RSAPrivateKey
) -> None:
    with (
        sync_client(make_auth(signature_key=other_key), mock_ibkr) as client,
        pytest.raises(LiveSessionTokenError) as info,
    ):
        client.get("/iserver/accounts")
    assert info.value.status_code == 401
    assert "invalid signature" in str(info.value)


def test_wrong_encryption_key_is_a_live_session_token_error(
    make_auth: Any, mock_ibkr: MockIbkr, other_key: rsa.RSAPrivateKey
) -> None:
    # PKCS#1 v1.5 with implicit rejection may "succeed" with garbage; either way the LST must fail.
    with (
        sync_client(make_auth(encryption_key=other_key), mock_ibkr) as client,
        pytest.raises(LiveSessionTokenError),
    ):
        client.get("/iserver/accounts")


def test_tampered_lst_signature_is_rejected(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    mock_ibkr.tamper_signature = True
    with sync_client(make_auth(), mock_ibkr) as client, pytest.raises(LiveSessionTokenError) as info:
        client.get("/iserver/accounts")
    assert "live_session_token_signature" in str(info.value)
    assert mock_ibkr.api_requests == 0


def test_lst_endpoint_refusal_is_reported_with_status(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    mock_ibkr.reject_lst_status = 401
    with sync_client(make_auth(), mock_ibkr) as client, pytest.raises(LiveSessionTokenError) as info:
        client.get("/iserver/accounts")
    assert info.value.status_code == 401
    assert "HTTP 401" in str(info.value)


@pytest.mark.parametrize(
    "body",
    [
        b"<html>maintenance</html>",
        b'{"diffie_hellman_response": "zz", "live_session_token_signature": "00", '
        b'"live_session_token_expiration": 1}',
        b'{"live_session_token_signature": "00"}',
    ],
)
def test_malformed_lst_answers_are_live_session_token_errors(make_auth: Any, body: bytes) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with (
        httpx.Client(auth=make_auth(), transport=transport, base_url=BASE) as client,
        pytest.raises(LiveSessionTokenError),
    ):
        client.get("/iserver/accounts")


def test_401_renews_once_and_retries_once(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    auth = make_auth()
    with sync_client(auth, mock_ibkr) as client:
        client.get("/iserver/accounts")
        mock_ibkr.invalidate()  # IBKR forgot our LST
        response = client.get("/iserver/accounts")
    assert response.status_code == 200
    assert mock_ibkr.lst_requests == 2
    assert mock_ibkr.statuses == [200, 401, 200]


def test_second_401_surfaces_authentication_error(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    mock_ibkr.always_unauthorized = True
    with sync_client(make_auth(), mock_ibkr) as client, pytest.raises(AuthenticationError) as info:
        client.get("/iserver/accounts")
    assert info.value.status_code == 401
    assert not isinstance(info.value, LiveSessionTokenError)
    assert mock_ibkr.lst_requests == 2
    assert mock_ibkr.api_requests == 2


async def test_async_client_uses_the_same_flow(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    async with async_client(make_auth(), mock_ibkr) as client:
        assert (await client.get("/iserver/accounts")).status_code == 200
        mock_ibkr.invalidate()
        assert (await client.get("/iserver/accounts")).status_code == 200
    assert mock_ibkr.lst_requests == 2


async def test_50_concurrent_async_requests_fetch_the_lst_once(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    mock_ibkr.lst_delay = 0.05
    async with async_client(make_auth(), mock_ibkr) as client:
        responses = await asyncio.gather(*(client.get(f"/iserver/account/{i}") for i in range(50)))
    assert [r.status_code for r in responses] == [200] * 50
    assert mock_ibkr.lst_requests == 1


def test_50_concurrent_threads_fetch_the_lst_once(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    mock_ibkr.lst_delay = 0.05
    with sync_client(make_auth(), mock_ibkr) as client, ThreadPoolExecutor(max_workers=16) as pool:
        statuses = list(pool.map(lambda i: client.get(f"/iserver/account/{i}").status_code, range(50)))
    assert statuses == [200] * 50
    assert mock_ibkr.lst_requests == 1


async def test_expiry_driven_renewal_happens_once_under_concurrency(
    make_auth: Any, mock_ibkr: MockIbkr, clock: FakeClock
) -> None:
    mock_ibkr.clock = clock
    mock_ibkr.lst_delay = 0.02
    auth = make_auth(clock=clock, renew_margin=300)
    async with async_client(auth, mock_ibkr) as client:
        await client.get("/iserver/accounts")
        clock.now += 3600 - 299  # inside the renewal margin, before the real expiry
        responses = await asyncio.gather(*(client.get("/iserver/accounts") for _ in range(50)))
        clock.now += 60  # still fresh: no further renewal
        await client.get("/iserver/accounts")
    assert all(r.status_code == 200 for r in responses)
    assert mock_ibkr.lst_requests == 2
    assert auth.renewals == 2


def test_expiry_driven_renewal_in_threads(make_auth: Any, mock_ibkr: MockIbkr, clock: FakeClock) -> None:
    mock_ibkr.clock = clock
    mock_ibkr.lst_delay = 0.02
    with sync_client(make_auth(clock=clock), mock_ibkr) as client, ThreadPoolExecutor(max_workers=16) as pool:
        client.get("/iserver/accounts")
        clock.now += 3600
        list(pool.map(lambda _: client.get("/iserver/accounts"), range(50)))
    assert mock_ibkr.lst_requests == 2


async def test_concurrent_401s_renew_once(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    mock_ibkr.lst_delay = 0.02
    async with async_client(make_auth(), mock_ibkr) as client:
        await client.get("/iserver/accounts")
        mock_ibkr.invalidate()
        responses = await asyncio.gather(*(client.get("/iserver/accounts") for _ in range(50)))
    assert all(r.status_code == 200 for r in responses)
    assert mock_ibkr.lst_requests == 2


def test_lock_is_released_when_the_lst_request_fails_in_transit(make_auth: Any, mock_ibkr: MockIbkr) -> None:
    calls = {"n": 0}

    def flaky(request: httpx.Request) -> httpx.Response:
        calls["n"] += 1
        if calls["n"] == 1:
            raise httpx.ConnectError("boom", request=request)
        return mock_ibkr.handler(request)

    with (
        httpx.Client(auth=make_auth(), transport=httpx.MockTransport(flaky), base_url=BASE) as client,
        pytest.raises(httpx.ConnectError),
    ):
        client.get("/iserver/accounts")
        assert client.get("/iserver/accounts").status_code == 200  # would deadlock if the lock leaked


def test_realm_is_test_realm_for_testcons(make_auth: Any) -> None:
    assert make_auth(consumer_key="TESTCONS").realm == "test_realm"
    assert make_auth().realm == "limited_poa"


def test_small_prime_fixture_is_safe() -> None:
    from .helpers import _is_probable_prime

    assert _is_probable_prime(SMALL_PRIME) and _is_probable_prime((SMALL_PRIME - 1) // 2)
