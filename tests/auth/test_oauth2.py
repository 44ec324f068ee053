"""OAuth2Auth: private_key_jwt assertion, bearer token, refresh before expiry, SSO session JWT."""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from ibkr_webapi import AuthenticationError, ConfigurationError
from ibkr_webapi.auth import OAuth2Auth

from .helpers import FakeClock

ROOT = "https://api.ibkr.test"
CLIENT_ID = "my-client-id"


@dataclass
class MockTokenServer:
    public_key: rsa.RSAPublicKey
    clock: Any
    expires_in: int = 600
    delay: float = 0.0
    token_requests: int = 0
    assertions: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, Any]] = field(default_factory=list)
    issued: list[str] = field(default_factory=list)
    api_statuses: list[int] = field(default_factory=list)
    sso_bodies: list[str] = field(default_factory=list)
    reject_token: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _token(self, request: httpx.Request) -> httpx.Response:
        form = dict(parse_qsl(request.content.decode()))
        assert form["grant_type"] == "client_credentials"
        assert form["client_assertion_type"] == "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
        assert form["scope"] == "sso-sessions.write"
        if self.reject_token:
            return httpx.Response(401, json={"error": "invalid_client"})
        claims = jwt.decode(
            form["client_assertion"],
            self.public_key,
            algorithms=["RS256"],
            audience="/token",
            options={"verify_exp": False, "verify_iat": False},
        )
        with self._lock:
            self.token_requests += 1
            self.assertions.append(claims)
            self.headers.append(jwt.get_unverified_header(form["client_assertion"]))
            token = f"SECRET-BEARER-{self.token_requests}"
            self.issued.append(token)
        return httpx.Response(
            200, json={"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}
        )

    def _api(self, request: httpx.Request) -> httpx.Response:
        ok = request.headers.get("Authorization") == f"Bearer {self.issued[-1]}" if self.issued else False
        status = 200 if ok else 401
        self.api_statuses.append(status)
        if ok and request.url.path == "/gw/api/v1/sso-sessions":
            assert request.headers["Content-Type"] == "application/jwt"
            self.sso_bodies.append(request.content.decode())
        return httpx.Response(status, json={"ok": ok})

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/api/v1/token":
            return self._token(request)
        return self._api(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth2/api/v1/token":
            await asyncio.sleep(self.delay)
        return self.handler(request)


@pytest.fixture
def server(signature_key: rsa.RSAPrivateKey, clock: FakeClock) -> MockTokenServer:
    return MockTokenServer(public_key=signature_key.public_key(), clock=clock)


@pytest.fixture
def auth(signature_key: rsa.RSAPrivateKey, clock: FakeClock) -> OAuth2Auth:
    return OAuth2Auth(
        client_id=CLIENT_ID,
        private_key=signature_key,
        key_id="kid-1",
        root_url=ROOT,
        username="SECRET-USER",
        clock=clock,
        renew_margin=60,
    )


def test_client_assertion_is_rs256_with_the_right_claims(
    auth: OAuth2Auth, server: MockTokenServer, clock: FakeClock
) -> None:
    with httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler)) as client:
        assert client.get(f"{ROOT}/v1/api/iserver/accounts").status_code == 200
    (claims,) = server.assertions
    assert claims["iss"] == claims["sub"] == CLIENT_ID
    assert claims["aud"] == "/token"
    assert claims["iat"] == int(clock.now)
    assert claims["exp"] > claims["iat"]
    assert len(claims["jti"]) >= 16
    assert server.headers[0] == {"alg": "RS256", "kid": "kid-1", "typ": "JWT"}


def test_assertion_signed_with_another_key_does_not_verify(
    other_key: rsa.RSAPrivateKey, server: MockTokenServer
) -> None:
    auth = OAuth2Auth(client_id=CLIENT_ID, private_key=other_key, root_url=ROOT)
    with (
        httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler)) as client,
        pytest.raises(jwt.InvalidSignatureError),
    ):
        client.get(f"{ROOT}/v1/api/iserver/accounts")


def test_token_is_refreshed_before_expiry(
    auth: OAuth2Auth, server: MockTokenServer, clock: FakeClock
) -> None:
    with httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler)) as client:
        client.get(f"{ROOT}/v1/api/a")
        clock.now += 500  # 600 s lifetime, 60 s margin: still fresh
        client.get(f"{ROOT}/v1/api/a")
        assert server.token_requests == 1
        clock.now += 50  # inside the margin
        client.get(f"{ROOT}/v1/api/a")
    assert server.token_requests == 2
    assert server.api_statuses == [200, 200, 200]


async def test_concurrent_refresh_happens_once(auth: OAuth2Auth, server: MockTokenServer) -> None:
    server.delay = 0.05
    async with httpx.AsyncClient(auth=auth, transport=httpx.MockTransport(server.async_handler)) as client:
        responses = await asyncio.gather(*(client.get(f"{ROOT}/v1/api/x/{i}") for i in range(50)))
    assert all(r.status_code == 200 for r in responses)
    assert server.token_requests == 1


def test_401_renews_once_then_authentication_error(auth: OAuth2Auth, server: MockTokenServer) -> None:
    with httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler)) as client:
        client.get(f"{ROOT}/v1/api/a")
        server.issued.append("REVOKED")  # server-side revocation of the current token
        assert client.get(f"{ROOT}/v1/api/a").status_code == 200
        assert server.token_requests == 2

    def always_401(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            return server.handler(request)
        return httpx.Response(401, text="nope")

    with (
        httpx.Client(auth=auth, transport=httpx.MockTransport(always_401)) as client,
        pytest.raises(AuthenticationError) as info,
    ):
        client.get(f"{ROOT}/v1/api/a")
    assert info.value.status_code == 401


def test_token_endpoint_refusal_is_authentication_error(auth: OAuth2Auth, server: MockTokenServer) -> None:
    server.reject_token = True
    with (
        httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler)) as client,
        pytest.raises(AuthenticationError, match=r"HTTP 401.*invalid_client"),
    ):
        client.get(f"{ROOT}/v1/api/a")


def test_sso_session_request_is_a_signed_jwt_sent_with_the_bearer(
    auth: OAuth2Auth, server: MockTokenServer, signature_key: rsa.RSAPrivateKey, clock: FakeClock
) -> None:
    request = auth.sso_session_request("203.0.113.7")
    assert request.url == f"{ROOT}/gw/api/v1/sso-sessions"
    with httpx.Client(auth=auth, transport=httpx.MockTransport(server.handler)) as client:
        assert client.send(request).status_code == 200
    (body,) = server.sso_bodies
    claims = jwt.decode(body, signature_key.public_key(), algorithms=["RS256"], options={"verify_exp": False})
    assert claims["credential"] == "SECRET-USER"
    assert claims["ip"] == "203.0.113.7"
    assert claims["service"] == "AM.LOGIN"
    assert claims["iat"] == int(clock.now) and claims["exp"] > claims["iat"]


def test_sso_session_without_username_names_the_setting(signature_key: rsa.RSAPrivateKey) -> None:
    auth = OAuth2Auth(client_id=CLIENT_ID, private_key=signature_key)
    with pytest.raises(ConfigurationError) as info:
        auth.sso_session_request("1.2.3.4")
    assert info.value.setting == "IBKR_USERNAME"


def test_token_url_defaults_to_host_root(signature_key: rsa.RSAPrivateKey) -> None:
    auth = OAuth2Auth(client_id=CLIENT_ID, private_key=signature_key)
    assert auth.token_url == "https://api.ibkr.com/oauth2/api/v1/token"
    req = auth.token_request()
    assert req.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert json.loads(json.dumps(dict(parse_qsl(req.content.decode()))))["grant_type"] == "client_credentials"
