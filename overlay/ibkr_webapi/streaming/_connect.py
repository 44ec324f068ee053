"""Where and how to open the socket: URL, cookies, the OAuth token, TLS. No I/O here.

IBKR authenticates the WebSocket in three ways:

* CP Gateway: the ``api`` cookie carries the ``session`` value from ``POST /tickle`` and the client
  sends ``{"session": "..."}`` right after connecting;
* OAuth 1.0a (api.ibkr.com): additionally ``?oauth_token=<access token>`` on the URL (the ``/ws``
  operation of IBKR's published OpenAPI document, v2.20, declares this query parameter);
* OAuth 2.0 (api.ibkr.com): additionally ``?sessionToken=<bearer token>`` on the URL, as IBKR's Web
  API changelog entry of 2026-03-12 says. ``oauth_token`` is not sent as a fallback for OAuth 2.0:
  nothing IBKR published says it is accepted there.

Sync getters (session value, token) run on a daemon thread (:class:`BlockingCalls`) so that a slow
one (a dripped ``/tickle``) never blocks the event loop and can be abandoned by ``close()``.

Secrets (session value, access token, cookies) are wrapped in :class:`Secret` as soon as they are
known, so the stream's loggers (which carry a :class:`SecretFilter`) scrub them.
"""

from __future__ import annotations

import asyncio
import inspect
import ssl as ssl_module
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Literal, TypeVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .._endpoint import ws_ssl
from .._exceptions import ConfigurationError
from .._redact import REGISTRY, Secret, get_logger

__all__ = ["AuthMode", "BlockingCalls", "Handshake", "ValueSource", "resolve"]

T = TypeVar("T")

AuthMode = Literal["gateway", "oauth", "oauth1", "oauth2"]
ValueSource = str | Secret | Callable[[], "str | Secret | Awaitable[str | Secret | None] | None"] | None

logger = get_logger("ibkr_webapi.streaming")
ws_logger = get_logger("ibkr_webapi.streaming.ws")


class BlockingCalls:
    """Runs blocking callables on daemon threads; the awaiting task stays cancellable.

    A cancelled wait abandons the thread (it ends when its call does; being a daemon it never
    holds up the interpreter's exit). ``join`` lets a caller wait a bounded time for stragglers.
    """

    def __init__(self) -> None:
        self.threads: set[threading.Thread] = set()

    async def run(self, fn: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()

        def deliver(ok: bool, value: object) -> None:
            if future.done():
                return
            if ok:
                future.set_result(value)  # type: ignore[arg-type]
            else:
                assert isinstance(value, BaseException)
                future.set_exception(value)

        def work() -> None:
            try:
                result: object = fn()
                ok = True
            except BaseException as exc:  # delivered to the awaiting task
                result, ok = exc, False
            try:
                loop.call_soon_threadsafe(deliver, ok, result)
            except RuntimeError:  # the loop is gone: nobody waits any more
                pass
            finally:
                self.threads.discard(threading.current_thread())

        thread = threading.Thread(target=work, name="ibkr-stream-call", daemon=True)
        self.threads.add(thread)
        thread.start()
        return await future

    def join(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds in total for the calls still running."""
        deadline = time.monotonic() + timeout
        for thread in list(self.threads):
            thread.join(max(0.0, deadline - time.monotonic()))


async def resolve(source: ValueSource, blocking: BlockingCalls | None = None) -> str | None:
    """The current value of a setting given as a value or as a (sync or async) getter.

    A sync getter runs on a daemon thread when ``blocking`` is given (the stream always gives it),
    else on the event loop.
    """
    value: object = source
    if callable(source):
        if blocking is not None and not inspect.iscoroutinefunction(source):
            value = await blocking.run(source)
        else:
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
class Handshake:
    """Everything needed to open the socket, except the per-connection secrets (the URL and TLS
    context come from the client's :class:`~ibkr_webapi._endpoint.Endpoint` when there is one)."""

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

    @property
    def token_parameter(self) -> str:
        """The query parameter that carries the OAuth token on the handshake URL.

        OAuth 2.0: ``sessionToken`` (IBKR Web API changelog, 2026-03-12: "the bearer token goes in a
        ``sessionToken`` query parameter"). OAuth 1.0a: ``oauth_token`` (the ``/ws`` operation in
        IBKR's OpenAPI document v2.20).
        """
        return "sessionToken" if self.auth == "oauth2" else "oauth_token"

    def request(self, session: str | None, oauth_token: str | None) -> tuple[str, list[tuple[str, str]]]:
        """The URI and headers of one connection attempt."""
        uri = self.url
        if self.oauth:
            if not oauth_token:
                raise ConfigurationError("OAuth streaming needs the access token", setting="oauth_token")
            parts = urlsplit(uri)
            query = [
                (k, v)
                for k, v in parse_qsl(parts.query, keep_blank_values=True)
                if k not in ("oauth_token", "sessionToken")
            ]
            query.append((self.token_parameter, oauth_token))
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
        return self.ssl if self.ssl is not None else ws_ssl(self.url)

    def __repr__(self) -> str:
        return f"Handshake(url={self.url!r}, auth={self.auth!r}, cookies={sorted(self.cookies)!r})"
