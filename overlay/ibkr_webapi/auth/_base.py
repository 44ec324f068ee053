"""``IbkrAuth``: what a client asks of the auth it is given, typed, without loading any OAuth flow.

``GatewayAuth``, ``OAuth1Auth`` and ``OAuth2Auth`` (through ``RenewingAuth``) derive from it, so the
client picks the mode, the default URLs, the TLS setting and the WebSocket token with ``isinstance``
and attribute access instead of probing with ``hasattr``. A subclass keeps its parent's answers. Any
other ``httpx.Auth`` is accepted too and is treated as gateway mode (it attaches what it attaches).
"""

from __future__ import annotations

import ssl
from typing import TYPE_CHECKING, ClassVar

import httpx

if TYPE_CHECKING:
    from .._endpoint import Mode
    from ..pacing_shared import SharedState
    from ._tls import TlsOptions

__all__ = ["IbkrAuth"]


class IbkrAuth(httpx.Auth):
    """Base class of the three IBKR auths (see the module docstring)."""

    mode: ClassVar[Mode]
    """``gateway``, ``oauth1`` or ``oauth2``: how the brokerage session is opened and paced."""

    tls: TlsOptions
    """How the server's certificate is checked (``ca_bundle`` / ``insecure_skip_tls_verify``)."""

    def tls_verify_setting(self) -> ssl.SSLContext | bool:
        """What ``httpx.Client(verify=...)`` should get for these credentials (see ``TlsOptions``)."""
        return self.tls.verify_setting()

    def default_urls(self) -> tuple[str | None, str | None]:
        """(``/v1/api`` base, host root) this auth talks to when nothing else says; None: no opinion."""
        return None, None

    def websocket_token(self) -> str | None:
        """The token the WebSocket handshake carries on its URL (OAuth); None for the gateway."""
        return None

    def sso_session_body(self, client_ip: str) -> bytes | None:
        """The signed body of ``POST /gw/api/v1/sso-sessions`` (OAuth 2.0); None when not needed."""
        return None

    def limits_identity(self) -> tuple[str, ...]:
        """Whose IBKR limits these credentials spend, beyond the host (secret values: only ever hashed,
        by ``pacing_shared.scope_for``). The gateway: nothing (one gateway is one logged-in user)."""
        return ()

    def share_state(self, state: SharedState, scope: str) -> None:
        """Share session state with other processes through a shared pacer's ``state`` (OAuth 1.0a:
        the sealed live session token). Nothing to share by default."""
