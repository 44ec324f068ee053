"""Where and how to open the socket: URL, cookies, the OAuth token, TLS. No I/O here.

IBKR authenticates the WebSocket in two ways (research facts §d):

* CP Gateway: the ``api`` cookie carries the ``session`` value from ``POST /tickle`` and the client
  sends ``{"session": "..."}`` right after connecting;
* OAuth (api.ibkr.com): additionally ``?oauth_token=<access token>`` on the URL.

Secrets (session value, access token, cookies) are wrapped in :class:`Secret` as soon as they are
known, so the stream's loggers (which carry a :class:`SecretFilter`) scrub them.
"""

from __future__ import annotations

import inspect
import logging
import ssl as ssl_module
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._exceptions import ConfigurationError
from .._redact import REGISTRY, Secret, install_secret_filter

__all__ = ["AuthMode", "Endpoint", "ValueSource", "resolve"]

AuthMode = Literal["gateway", "oauth", "oauth1", "oauth2"]
ValueSource = str | Secret | Callable[[], "str | Secret | Awaitable[str | Secret | None] | None"] | None

logger = install_secret_filter(logging.getLogger("ibkr_webapi.streaming"))
ws_logger = install_secret_filter(logging.getLogger("ibkr_webapi.streaming.ws"))


async def resolve(source: ValueSource) -> str | None:
    """The current value of a setting given as a value or as a (sync or async) getter.

    A sync getter runs on the event loop: it must be quick (the thread shell owns its loop, so a
    blocking client call only pauses its own stream).
    """
    value: object = source
    if callable(source):
        value = source()
        if inspect.isawaitable(value):
            value = await value
    if value is None:
        return None
    if isinstance(value, Secret):
        return value.reveal()
    text = str(value)
    REGISTRY.register(text)
    return text


@dataclass(frozen=True)
class Endpoint:
    """Everything needed to open the socket, except the per-connection secrets."""

    url: str
    auth: AuthMode = "gateway"
    ssl: ssl_module.SSLContext | None = None
    cookies: Mapping[str, str] = field(default_factory=dict)
    headers: Mapping[str, str] = field(default_factory=dict)
    proxy: str | Literal[True] | None = None

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("ws", "wss"):
            raise ConfigurationError(
                f"the WebSocket URL must start with ws:// or wss://, not {parts.scheme or '(none)'}://",
                setting="ws_url",
            )
        if self.auth not in ("gateway", "oauth", "oauth1", "oauth2"):
            raise ConfigurationError(f"unknown auth mode {self.auth!r}", setting="auth")
        if parts.scheme == "ws" and self.ssl is not None:
            raise ConfigurationError("an ssl context was given for a plain ws:// URL", setting="ws_url")

    @property
    def oauth(self) -> bool:
        return self.auth != "gateway"

    def request(self, session: str | None, oauth_token: str | None) -> tuple[str, list[tuple[str, str]]]:
        """The URI and headers of one connection attempt."""
        uri = self.url
        if self.oauth:
            if not oauth_token:
                raise ConfigurationError("OAuth streaming needs the access token", setting="oauth_token")
            parts = urlsplit(uri)
            query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "oauth_token"]
            query.append(("oauth_token", oauth_token))
            uri = urlunsplit(parts._replace(query=urlencode(query)))
        cookies = dict(self.cookies)
        if session:
            cookies["api"] = session
        headers = [(k, v) for k, v in self.headers.items() if k.lower() != "cookie"]
        if cookies:
            headers.append(("Cookie", "; ".join(f"{k}={v}" for k, v in cookies.items())))
        return uri, headers

    def ssl_for_connect(self) -> ssl_module.SSLContext | None:
        """The TLS context for ``wss://`` (default verification when none was given; never off)."""
        if urlsplit(self.url).scheme != "wss":
            return None
        return self.ssl if self.ssl is not None else ssl_module.create_default_context()

    def __repr__(self) -> str:
        return f"Endpoint(url={self.url!r}, auth={self.auth!r}, cookies={sorted(self.cookies)!r})"
