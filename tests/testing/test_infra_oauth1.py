"""OAuth 1.0a in the fake gateway is verified for real: the right client gets in, nothing else does."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from ibkr_webapi.auth import OAuth1Auth
from ibkr_webapi.auth import oauth1_core as core
from ibkr_webapi.testing.keys import generate_rsa_key

API = "http://fake/v1/api"
LST_URL = API + core.LST_ENDPOINT


def _oauth1_auth(gw: Any, **overrides: Any) -> OAuth1Auth:
    creds = gw.credentials.oauth1
    kwargs: dict[str, Any] = {
        "consumer_key": creds.consumer_key,
        "access_token": creds.access_token,
        "access_token_secret": creds.access_token_secret,
        "signature_key": creds.signature_private_key_pem,
        "encryption_key": creds.encryption_private_key_pem,
        "dh_prime": creds.dh_prime_hex,
        "base_url": API,
    }
    kwargs.update(overrides)
    return OAuth1Auth(**kwargs)


class RawClient:
    """The client side written out with oauth1_core, so each step can be broken on purpose."""

    def __init__(
        self, gw: Any, *, consumer_key: str | None = None, signature_key: Any = None, prime: int | None = None
    ) -> None:
        creds = gw.credentials.oauth1
        self.creds = creds
        self.consumer_key = consumer_key or creds.consumer_key
        self.signature_key = signature_key or core.load_private_key(creds.signature_private_key_pem)
        self.prime = prime or creds.dh_prime
        self.prepend = core.decrypt_access_token_secret(
            creds.access_token_secret, core.load_private_key(creds.encryption_private_key_pem)
        )
        self.lst: str | None = None

    def params(self, method: str) -> dict[str, str]:
        return {
            "oauth_consumer_key": self.consumer_key,
            "oauth_nonce": core.make_nonce(),
            "oauth_signature_method": method,
            "oauth_timestamp": core.make_timestamp(),
            "oauth_token": self.creds.access_token,
        }

    def header(self, params: dict[str, str]) -> dict[str, str]:
        return {"Authorization": core.authorization_header(params, core.realm_for(self.consumer_key))}

    async def get_lst(self, client: httpx.AsyncClient) -> httpx.Response:
        a = core.dh_random()
        params = self.params("RSA-SHA256")
        params["diffie_hellman_challenge"] = core.to_hex(core.dh_challenge(a, self.prime))
        base = core.base_string("POST", LST_URL, params, prepend=self.prepend)
        params["oauth_signature"] = core.sign_rsa_sha256(base, self.signature_key)
        response = await client.post(LST_URL, headers=self.header(params))
        if response.status_code == 200:
            body = response.json()
            shared = core.dh_shared_secret(core.from_hex(body["diffie_hellman_response"]), a, self.prime)
            self.lst = core.derive_live_session_token(shared, self.prepend)
            self.lst_valid = core.validate_live_session_token(
                self.lst, body["live_session_token_signature"], self.consumer_key
            )
        return response

    def signed(self, method: str, url: str, *, sign_url: str | None = None) -> dict[str, str]:
        assert self.lst is not None
        params = self.params("HMAC-SHA256")
        base = core.base_string(method, sign_url or url, params)
        params["oauth_signature"] = core.sign_hmac_sha256(base, self.lst)
        return self.header(params)


@pytest.fixture
def gw(make_gateway):
    return make_gateway(auth="oauth1", enforce_pacing=False)


async def test_oauth1auth_client_flow_is_accepted(gw, client_for):
    auth = _oauth1_auth(gw)
    async with client_for(gw, auth=auth) as client:
        assert (
            await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        ).status_code == 200
        response = await client.get("/iserver/accounts")
        assert response.status_code == 200, response.text
        # query parameters are part of the signed base string
        response = await client.get(
            "/iserver/marketdata/snapshot", params={"conids": "265598", "fields": "31,84"}
        )
        assert response.status_code == 200, response.text
    assert gw.authenticator.lst_issued == 1
    assert auth.live_session_token_expires_at is not None


async def test_raw_flow_derives_the_same_lst(gw, client_for):
    raw = RawClient(gw)
    async with client_for(gw) as client:
        response = await raw.get_lst(client)
        assert response.status_code == 200
        body = response.json()
        assert set(body) == {
            "diffie_hellman_response",
            "live_session_token_signature",
            "live_session_token_expiration",
        }
        assert raw.lst_valid
        url = API + "/iserver/auth/status"
        assert (await client.get(url, headers=raw.signed("GET", url))).status_code == 200


async def test_unsigned_request_is_401(gw, client_for):
    raw = RawClient(gw)
    async with client_for(gw) as client:
        await raw.get_lst(client)
        response = await client.get("/iserver/auth/status")
        assert response.status_code == 401
        assert (
            await client.get("/iserver/auth/status", headers={"Authorization": "OAuth garbage"})
        ).status_code == 401


async def test_wrong_consumer_key_is_401(gw, client_for):
    async with client_for(gw) as client:
        assert (await RawClient(gw, consumer_key="NOTMYKEY1").get_lst(client)).status_code == 401


async def test_wrong_signature_key_is_401(gw, client_for):
    async with client_for(gw) as client:
        response = await RawClient(gw, signature_key=generate_rsa_key()).get_lst(client)
        assert response.status_code == 401
        assert "signature" in response.text


async def test_wrong_dh_prime_yields_an_lst_nobody_accepts(gw, client_for):
    other_prime = core.from_hex(gw.credentials.oauth1.dh_prime_hex) - 2**64 + 1  # not the registered prime
    raw = RawClient(gw, prime=other_prime)
    async with client_for(gw) as client:
        response = await raw.get_lst(client)
        assert response.status_code == 200  # the server cannot tell, but the LSTs differ
        assert raw.lst_valid is False
        url = API + "/iserver/auth/status"
        assert (await client.get(url, headers=raw.signed("GET", url))).status_code == 401


async def test_tampered_signature_is_401(gw, client_for):
    raw = RawClient(gw)
    async with client_for(gw) as client:
        await raw.get_lst(client)
        url = API + "/iserver/auth/status"
        headers = raw.signed("GET", url)
        params = core.parse_authorization_header(headers["Authorization"])
        sig = bytearray(base64.b64decode(params["oauth_signature"]))
        sig[0] ^= 1
        params["oauth_signature"] = base64.b64encode(bytes(sig)).decode()
        tampered = {"Authorization": core.authorization_header(params, params.pop("realm"))}
        assert (await client.get(url, headers=tampered)).status_code == 401


async def test_replayed_nonce_is_401(gw, client_for):
    raw = RawClient(gw)
    async with client_for(gw) as client:
        await raw.get_lst(client)
        url = API + "/iserver/auth/status"
        headers = raw.signed("GET", url)
        assert (await client.get(url, headers=headers)).status_code == 200
        replay = await client.get(url, headers=headers)
        assert replay.status_code == 401
        assert "nonce" in replay.text


async def test_query_parameters_must_be_signed(gw, client_for):
    raw = RawClient(gw)
    async with client_for(gw) as client:
        await raw.get_lst(client)
        url = API + "/iserver/marketdata/snapshot?conids=265598&fields=31"
        unsigned_query = raw.signed("GET", url, sign_url=API + "/iserver/marketdata/snapshot")
        assert (await client.get(url, headers=unsigned_query)).status_code == 401


async def test_stale_timestamp_is_401(gw, client_for):
    raw = RawClient(gw)
    async with client_for(gw) as client:
        await raw.get_lst(client)
        url = API + "/iserver/auth/status"
        params = raw.params("HMAC-SHA256")
        params["oauth_timestamp"] = str(int(params["oauth_timestamp"]) - 3600)
        params["oauth_signature"] = core.sign_hmac_sha256(core.base_string("GET", url, params), raw.lst)
        assert (await client.get(url, headers=raw.header(params))).status_code == 401


async def test_requests_before_any_lst_are_401(gw, client_for):
    raw = RawClient(gw)
    raw.lst = base64.b64encode(b"x" * 20).decode()
    async with client_for(gw) as client:
        url = API + "/iserver/auth/status"
        assert (await client.get(url, headers=raw.signed("GET", url))).status_code == 401


async def test_oauth1_mode_refuses_account_management(gw, client_for):
    """Account Management (/gw/api/v1) is OAuth 2.0 only, even with a valid OAuth 1.0a signature."""
    raw = RawClient(gw)
    async with client_for(gw) as client:
        await raw.get_lst(client)
        url = "http://fake/gw/api/v1/accounts"
        assert (await client.get(url, headers=raw.signed("GET", url))).status_code == 401
