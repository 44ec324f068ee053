"""Authentication for the three ways to reach IBKR's Web API.

* :class:`GatewayAuth` — the local CP Gateway holds the session; only TLS settings matter.
* :class:`OAuth1Auth` — first-party OAuth 1.0a: live session token via Diffie-Hellman, then
  HMAC-SHA256 request signatures (math in :mod:`ibkr_webapi.auth.oauth1_core`).
* :class:`OAuth2Auth` — OAuth 2.0 client credentials with a ``private_key_jwt`` assertion
  (JWT pieces in :mod:`ibkr_webapi.auth.oauth2_core`).

All three are ``httpx.Auth`` objects that work with both ``httpx.Client`` and ``httpx.AsyncClient``.
They share the typed base ``IbkrAuth`` (``auth/_base.py``) through which a client reads their mode,
their default URLs, ``tls_verify_setting()`` for ``verify=`` and the WebSocket token.

Each name loads its module on first use (PEP 562): a gateway-mode program never imports
``cryptography`` or ``jwt``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._defaults import DEFAULT_GATEWAY_URL, DEFAULT_OAUTH_BASE_URL, DEFAULT_ROOT_URL

if TYPE_CHECKING:
    from ._tls import TlsOptions
    from .gateway import GatewayAuth
    from .oauth1 import OAuth1Auth
    from .oauth2 import OAuth2Auth

__all__ = [
    "DEFAULT_GATEWAY_URL",
    "DEFAULT_OAUTH_BASE_URL",
    "DEFAULT_ROOT_URL",
    "GatewayAuth",
    "OAuth1Auth",
    "OAuth2Auth",
    "TlsOptions",
]

_LAZY = {"TlsOptions": "._tls", "GatewayAuth": ".gateway", "OAuth1Auth": ".oauth1", "OAuth2Auth": ".oauth2"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
