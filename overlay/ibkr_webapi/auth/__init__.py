"""Authentication for the three ways to reach IBKR's Web API.

* :class:`GatewayAuth` — the local CP Gateway holds the session; only TLS settings matter.
* :class:`OAuth1Auth` — first-party OAuth 1.0a: live session token via Diffie-Hellman, then
  HMAC-SHA256 request signatures (math in :mod:`ibkr_webapi.auth.oauth1_core`).
* :class:`OAuth2Auth` — OAuth 2.0 client credentials with a ``private_key_jwt`` assertion
  (JWT pieces in :mod:`ibkr_webapi.auth.oauth2_core`).

All three are ``httpx.Auth`` objects that work with both ``httpx.Client`` and ``httpx.AsyncClient``
and offer ``tls_verify_setting()`` for the client's ``verify=`` argument.
"""

from __future__ import annotations

from ._tls import TlsOptions
from .gateway import DEFAULT_GATEWAY_URL, GatewayAuth
from .oauth1 import DEFAULT_OAUTH_BASE_URL, OAuth1Auth
from .oauth2 import DEFAULT_ROOT_URL, OAuth2Auth

__all__ = [
    "DEFAULT_GATEWAY_URL",
    "DEFAULT_OAUTH_BASE_URL",
    "DEFAULT_ROOT_URL",
    "GatewayAuth",
    "OAuth1Auth",
    "OAuth2Auth",
    "TlsOptions",
]
