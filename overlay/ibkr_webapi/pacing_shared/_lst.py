"""The OAuth 1.0a live session token, shared by the processes of one consumer, sealed.

IBKR keeps one live session token (LST) per consumer and user: a process that fetches a new one
invalidates the one the others sign with. So processes that share a pacer backend also share the LST
(:meth:`OAuth1Auth.share_live_session_token <ibkr_webapi.auth.OAuth1Auth.share_live_session_token>`):
the first fetches it, the others read it, and a renewal happens once, under a cross-process lock.

The LST is a secret, so it is never stored in clear: it is sealed with AES-256-GCM under a key
derived by HKDF-SHA256 from the *decrypted* access token secret (what only holders of the consumer's
private encryption key can compute, and what every process of that consumer computes anyway to
obtain an LST), bound to the scope. Someone who can read the SQLite file or the Redis keys but has
not got the encryption key learns nothing; a record sealed under other credentials fails to open
and is ignored.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .._redact import REDACTED
from . import SharedState

__all__ = ["LOCK_NAME", "LOCK_TTL_S", "RECORD_NAME", "SealedTokenStore", "SharedToken"]

RECORD_NAME = "oauth1-lst"
LOCK_NAME = "oauth1-lst-lock"
LOCK_TTL_S = 30.0
"""Longest one process may hold the renewal lock (a crashed holder blocks the others this long)."""

_SALT = b"ibkr-webapi shared live session token v1"


@dataclass(frozen=True, slots=True)
class SharedToken:
    value: str
    expires_at: float  # epoch seconds

    def __repr__(self) -> str:
        return f"SharedToken({REDACTED}, expires_at={self.expires_at})"


class SealedTokenStore:
    """Seal / open the LST record in a :class:`~ibkr_webapi.pacing_shared.SharedState`."""

    def __init__(self, state: SharedState, key_material: str, context: str) -> None:
        self.state = state
        self._aad = context.encode()
        hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=_SALT, info=b"lst:" + self._aad)
        self._aead = AESGCM(hkdf.derive(key_material.encode()))

    def __repr__(self) -> str:
        return "SealedTokenStore(...)"

    def load(self) -> SharedToken | None:
        blob = self.state.get(RECORD_NAME)
        if not blob or len(blob) < 13:
            return None
        try:
            plain = self._aead.decrypt(blob[:12], blob[12:], self._aad)
            record = json.loads(plain)
            return SharedToken(str(record["lst"]), float(record["expires_at"]))
        except (InvalidTag, ValueError, KeyError, TypeError):
            return None  # sealed under other credentials, or damaged: as if absent

    def store(self, token: SharedToken) -> None:
        nonce = os.urandom(12)
        plain = json.dumps({"lst": token.value, "expires_at": token.expires_at}).encode()
        ttl = max(1.0, token.expires_at - time.time())
        self.state.put(RECORD_NAME, nonce + self._aead.encrypt(nonce, plain, self._aad), ttl)

    def try_lock(self) -> bool:
        return self.state.acquire(LOCK_NAME, LOCK_TTL_S)

    def unlock(self) -> None:
        self.state.release(LOCK_NAME)
