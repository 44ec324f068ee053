"""OAuth 2.0 (private_key_jwt) in the fake gateway: valid assertions get a token, others do not."""

from __future__ import annotations

import time
from typing import Any

import httpx
import jwt
import pytest

from ibkr_webapi.auth import OAuth2Auth, oauth2_core
from ibkr_webapi.testing.keys import generate_rsa_key

ROOT = "http://fake"
TOKEN_URL = ROOT + "/oauth2/api/v1/token"


@pytest.fixture
def gw(make_gateway):
    return make_gateway(auth="oauth2", enforce_pacing=False)


def _auth(gw: Any) -> OAuth2Auth:
    client = gw.credentials.oauth2
    return OAuth2Auth(
        client_id=client.client_id,
        private_key=client.private_key_pem,
        key_id=client.key_id,
        root_url=ROOT,
        username=client.credential,
    )


def _assertion(
    gw: Any, *, key: Any = None, audience: str = "/token", exp_offset: int = 60, client_id: str | None = None
) -> str:
    client = gw.credentials.oauth2
    now = int(time.time())
    cid = client_id or client.client_id
    claims = {"iss": cid, "sub": cid, "aud": audience, "iat": now, "exp": now + exp_offset, "jti": "j1"}
    signing_key = key or client.private_key_pem
    return jwt.encode(claims, signing_key, algorithm="RS256", headers={"kid": client.key_id})


async def _token(client: httpx.AsyncClient, assertion: str) -> httpx.Response:
    return await client.post(TOKEN_URL, data=oauth2_core.token_request_form(assertion))


async def test_oauth2auth_flow_is_accepted(gw, client_for):
    auth = _auth(gw)
    async with client_for(gw, auth=auth) as client:
        sso = await client.send(auth.sso_session_request("127.0.0.1"))
        assert sso.status_code == 200, sso.text
        assert sso.json()["active"] is True
        response = await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        assert response.status_code == 200
        assert (await client.get("/iserver/accounts")).status_code == 200
        # Account Management (host root) accepts the same Bearer token
        assert (await client.get(ROOT + "/gw/api/v1/accounts")).status_code == 200


async def test_token_answer_shape(gw, client_for):
    async with client_for(gw) as client:
        response = await _token(client, _assertion(gw))
        assert response.status_code == 200
        body = response.json()
        assert body["token_type"] == "Bearer" and body["access_token"] and body["expires_in"] > 0
        assert body["scope"] == "sso-sessions.write"


@pytest.mark.parametrize(
    "bad",
    [
        {"key": "other"},
        {"audience": "https://elsewhere.example/token"},
        {"exp_offset": -120},
        {"client_id": "someone-else"},
    ],
    ids=["wrong-key", "wrong-audience", "expired", "wrong-client-id"],
)
async def test_bad_assertions_are_rejected(gw, client_for, bad):
    if bad.get("key") == "other":
        bad = {"key": generate_rsa_key()}
    async with client_for(gw) as client:
        response = await _token(client, _assertion(gw, **bad))
        assert response.status_code in (400, 401)
        assert response.json()["error"] == "invalid_client"


async def test_bearer_is_required_and_needs_an_sso_session(gw, client_for):
    async with client_for(gw) as client:
        assert (await client.get("/iserver/auth/status")).status_code == 401
        token = (await _token(client, _assertion(gw))).json()["access_token"]
        bearer = {"Authorization": f"Bearer {token}"}
        # token but no SSO session yet: /v1/api refuses
        assert (await client.get("/iserver/auth/status", headers=bearer)).status_code == 401
        bad_body = await client.post(
            ROOT + "/gw/api/v1/sso-sessions",
            headers={**bearer, "Content-Type": "application/jwt"},
            content=jwt.encode({"credential": "x"}, generate_rsa_key(), algorithm="RS256"),
        )
        assert bad_body.status_code == 401
        good = oauth2_core.sso_session_jwt(
            _private(gw), credential="fakeuser1", ip="127.0.0.1", now=time.time()
        )
        sso = await client.post(
            ROOT + "/gw/api/v1/sso-sessions",
            headers={**bearer, "Content-Type": "application/jwt"},
            content=good,
        )
        assert sso.status_code == 200, sso.text
        assert (await client.get("/iserver/auth/status", headers=bearer)).status_code == 200
        assert (
            await client.get("/iserver/auth/status", headers={"Authorization": "Bearer nope"})
        ).status_code == 401


def _private(gw: Any) -> Any:
    from ibkr_webapi.auth import oauth1_core

    return oauth1_core.load_private_key(gw.credentials.oauth2.private_key_pem)
