"""Fixtures for the auth tests: throwaway RSA keys (once per session) and OAuth 1.0a builders."""

from __future__ import annotations

import base64
import sys
from pathlib import Path
from typing import Any

import pytest

try:  # the package is not installed in the dev venv: run from the source tree
    import ibkr_webapi  # noqa: F401
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "overlay"))

from cryptography.hazmat.primitives.asymmetric import padding, rsa

from ibkr_webapi.auth import OAuth1Auth

from .helpers import ACCESS_TOKEN, BASE, CONSUMER_KEY, SECRET_PLAINTEXT, SMALL_PRIME, FakeClock, MockIbkr


@pytest.fixture(scope="session")
def signature_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def encryption_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def other_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def encrypted_secret(encryption_key: rsa.RSAPrivateKey) -> str:
    ct = encryption_key.public_key().encrypt(SECRET_PLAINTEXT, padding.PKCS1v15())
    return base64.b64encode(ct).decode()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def mock_ibkr(signature_key: rsa.RSAPrivateKey) -> MockIbkr:
    return MockIbkr(signature_public_key=signature_key.public_key(), prime=SMALL_PRIME)


@pytest.fixture
def make_auth(
    signature_key: rsa.RSAPrivateKey, encryption_key: rsa.RSAPrivateKey, encrypted_secret: str
) -> Any:
    def factory(**overrides: Any) -> OAuth1Auth:
        kwargs: dict[str, Any] = {
            "consumer_key": CONSUMER_KEY,
            "access_token": ACCESS_TOKEN,
            "access_token_secret": encrypted_secret,
            "signature_key": signature_key,
            "encryption_key": encryption_key,
            "dh_prime": SMALL_PRIME,
            "base_url": BASE,
        }
        kwargs.update(overrides)
        return OAuth1Auth(**kwargs)

    return factory
