"""Test helpers for the auth tests: constants, a small safe prime and a MockTransport "IBKR".

The mock server verifies what the client sends with ``oauth1_core``'s *verify* functions but
derives the live session token with its own, independent arithmetic (pow / hmac / hashlib).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from ibkr_webapi.auth import oauth1_core as core

BASE = "https://api.ibkr.test/v1/api"

# Recognisable secret values: the leak tests grep every output for them.
CONSUMER_KEY = "SECRETCONSUMERKEY"
ACCESS_TOKEN = "SECRETACCESSTOKEN0123"
SECRET_PLAINTEXT = b"SECRET-ATS-PLAINTEXT-0123456789"


def _is_probable_prime(n: int) -> bool:
    if n < 4:
        return n in (2, 3)
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _small_safe_prime(bits: int = 256) -> int:
    """Deterministic search for a safe prime p = 2q + 1 (fast DH for tests where size is irrelevant)."""
    q = (1 << (bits - 2)) + 1 + 2 * 12345
    while True:
        if q % 3 == 2 and _is_probable_prime(q) and _is_probable_prime(2 * q + 1):
            return 2 * q + 1
        q += 2


SMALL_PRIME = _small_safe_prime()


def pem_private(key: rsa.RSAPrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


@dataclass
class MockIbkr:
    """Server side of IBKR OAuth 1.0a over httpx.MockTransport."""

    signature_public_key: rsa.RSAPublicKey
    prime: int
    prepend_hex: str = SECRET_PLAINTEXT.hex()
    consumer_key: str = CONSUMER_KEY
    access_token: str = ACCESS_TOKEN
    clock: Any = time.time
    lst_lifetime: float = 3600.0
    lst_delay: float = 0.0
    tamper_signature: bool = False
    reject_lst_status: int | None = None
    unauthorized_next: int = 0  # answer this many API calls with 401
    always_unauthorized: bool = False
    lst_requests: int = 0
    api_requests: int = 0
    statuses: list[int] = field(default_factory=list)
    lsts: list[str] = field(default_factory=list)
    last_api_base_string: str | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    # --- independent math ---------------------------------------------------------------------
    def _derive(self, challenge_hex: str) -> tuple[str, str, str]:
        b = secrets.randbits(256)
        big_b = pow(2, b, self.prime)
        k = pow(int(challenge_hex, 16), b, self.prime)
        hex_k = format(k, "x")
        hex_k = "0" * (len(hex_k) % 2) + hex_k
        k_bytes = bytes.fromhex(hex_k)
        if k.bit_length() % 8 == 0:  # top bit of the first byte set: Java's sign byte
            k_bytes = b"\x00" + k_bytes
        lst = base64.b64encode(
            hmac.new(k_bytes, bytes.fromhex(self.prepend_hex), hashlib.sha1).digest()
        ).decode()
        sig = hmac.new(base64.b64decode(lst), self.consumer_key.encode(), hashlib.sha1).hexdigest()
        return format(big_b, "x"), lst, sig

    # --- request handling ---------------------------------------------------------------------
    def _lst(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.lst_requests += 1
        if self.reject_lst_status:
            return httpx.Response(self.reject_lst_status, text="invalid consumer")
        params = core.parse_authorization_header(request.headers["Authorization"])
        if params.get("oauth_signature_method") != "RSA-SHA256" or params.get("realm") != "limited_poa":
            return httpx.Response(401, text="bad signature method or realm")
        if (
            params.get("oauth_consumer_key") != self.consumer_key
            or params.get("oauth_token") != self.access_token
        ):
            return httpx.Response(401, text="invalid consumer")
        base = core.base_string("POST", str(request.url), params, prepend=self.prepend_hex)
        if not core.verify_rsa_sha256(base, params["oauth_signature"], self.signature_public_key):
            return httpx.Response(401, text="invalid signature")
        big_b, lst, sig = self._derive(params["diffie_hellman_challenge"])
        if self.tamper_signature:
            sig = "0" * len(sig)
        with self._lock:
            self.lsts.append(lst)
        expires_ms = int((self.clock() + self.lst_lifetime) * 1000)
        return httpx.Response(
            200,
            json={
                "diffie_hellman_response": big_b,
                "live_session_token_signature": sig,
                "live_session_token_expiration": expires_ms,
            },
        )

    def _api(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.api_requests += 1
            force = self.always_unauthorized or self.unauthorized_next > 0
            if self.unauthorized_next > 0:
                self.unauthorized_next -= 1
        if force:
            self.statuses.append(401)
            return httpx.Response(401, text="Unauthorized")
        params = core.parse_authorization_header(request.headers["Authorization"])
        assert params["oauth_signature_method"] == "HMAC-SHA256"
        for required in (
            "oauth_consumer_key",
            "oauth_nonce",
            "oauth_timestamp",
            "oauth_token",
            "oauth_signature",
        ):
            assert required in params, required
        form = []
        if request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            from urllib.parse import parse_qsl

            form = parse_qsl(request.content.decode(), keep_blank_values=True)
        base = core.base_string(request.method, str(request.url), params, form_params=form)
        self.last_api_base_string = base
        with self._lock:
            current = self.lsts[-1] if self.lsts else None
        if current is None or not core.verify_hmac_sha256(base, params["oauth_signature"], current):
            self.statuses.append(401)
            return httpx.Response(401, text="Unauthorized")
        self.statuses.append(200)
        return httpx.Response(200, json={"ok": True, "path": request.url.path})

    def handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/live_session_token"):
            if self.lst_delay:
                time.sleep(self.lst_delay)
            return self._lst(request)
        return self._api(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/oauth/live_session_token"):
            await asyncio.sleep(self.lst_delay)
            return self._lst(request)
        await asyncio.sleep(0)
        return self._api(request)

    def invalidate(self) -> None:
        """Server-side revocation: the current LST stops working."""
        with self._lock:
            self.lsts.append("AAAA")  # nobody holds this one


class FakeClock:
    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


def json_of(response: httpx.Response) -> Any:
    return json.loads(response.content)
