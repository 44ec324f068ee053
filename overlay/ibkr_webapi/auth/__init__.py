"""Authentication for the three ways to reach IBKR's Web API.

* :class:`GatewayAuth` — the local CP Gateway holds the session; only TLS settings matter.
* :class:`OAuth1Auth` — first-party OAuth 1.0a: live session token via Diffie-Hellman, then
  HMAC-SHA256 request signatures (math in :mod:`ibkr_webapi.auth.oauth1_core`).
* :class:`OAuth2Auth` — OAuth 2.0 client credentials with a ``private_key_jwt`` assertion.

All three are ``httpx.Auth`` objects that work with both ``httpx.Client`` and ``httpx.AsyncClient``.
"""

from __future__ import annotations

__all__: list[str] = []
