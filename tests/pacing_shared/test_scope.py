"""Whose limits a shared pacer counts: the scope is the host plus what identifies the user, hashed."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.asymmetric import rsa

from ibkr_webapi.auth import GatewayAuth, OAuth2Auth
from ibkr_webapi.pacing_shared import scope_for

BASE = "https://api.ibkr.com/v1/api"


def _hashed(*parts: str) -> str:
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


def test_the_scope_is_the_host_and_the_user_hashed_and_stable_across_versions() -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    alice = OAuth2Auth(client_id="cid", private_key=key, username="alice")
    bob = OAuth2Auth(client_id="cid", private_key=key, username="bob")
    # Processes of one user share one file / key; the name is the same hash it always was.
    assert scope_for("oauth2", BASE + "/", alice) == _hashed("oauth2", BASE.lower(), "cid", "alice")
    assert scope_for("oauth2", BASE, alice) != scope_for("oauth2", BASE, bob)
    assert "alice" not in scope_for("oauth2", BASE, alice)
    gateway = "https://localhost:5000/v1/api"
    assert (
        scope_for("gateway", gateway, GatewayAuth())
        == scope_for("gateway", gateway, None)
        == _hashed("gateway", gateway)
    )
