"""``Client`` and ``AsyncClient``: auth + paced transport + generated client + session + services.

Both are assembled from the same :class:`_Setup` (the :class:`~ibkr_webapi._endpoint.Endpoint` that
fixes mode, URLs and TLS once; the pacer, retry policy and session); they differ only at the I/O edge:
``httpx.Client`` + a keep-alive thread + ``run_sync`` versus ``httpx.AsyncClient`` + a keep-alive task +
``run_async``.

``client.low_level`` is the generated ``AuthenticatedClient`` on the ``/v1/api`` base whose httpx client
carries our auth and paced transport, so every generated endpoint is usable directly::

    from ibkr_webapi_client.api.accounts import get_accounts
    get_accounts.sync_detailed(client=client.low_level)   # authenticated, paced, retried

``client.root_low_level`` is the same for ``base: root`` operations (OAuth 2.0 token, ``/gw/api/v1``).
Calls made through ``client.run(flow)`` also get typed errors and session recovery (``_flow``).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from . import __version__
from ._cookies import CookieStore
from ._deadline import default_budget
from ._endpoint import Endpoint, Mode, Verify
from ._exceptions import ClientClosed, ConfigurationError
from ._flow import Flow, FlowContext, GatherThreads, as_flow, call_of, parsed_flow, run_async, run_sync
from ._httpx_clients import AsyncIbkrHttpx, IbkrHttpx
from ._inflate import ACCEPT_ENCODING
from ._network import BoundedHTTPTransport
from ._redact import install_http_log_filters, reveal
from ._retry import RetryPolicy
from ._transport import (
    DEFAULT_MAX_RESPONSE_BYTES,
    AsyncPacedTransport,
    PacedTransport,
    PacingCore,
)
from .auth._base import IbkrAuth
from .config import Settings
from .pacing import InProcessPacer, Pacer, RateLimitLike
from .session import DEFAULT_KEEPALIVE_INTERVAL_S, Session, TaskKeepAlive, ThreadKeepAlive

if TYPE_CHECKING:
    from ibkr_webapi_client import AuthenticatedClient

    from .contracts import AsyncContracts, Contracts
    from .live import AsyncLive, Live
    from .marketdata import AsyncMarketData, MarketData
    from .notifications import AsyncNotifications, Notifications
    from .orders import AsyncOrders, Orders
    from .pacing_shared._keepalive import SharedBeat
    from .portfolio import AsyncPortfolio, Portfolio
    from .streaming import AsyncStream, Stream

__all__ = [
    "CLOSE_TIMEOUT_S",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_TIMEOUT",
    "AsyncClient",
    "Client",
    "service",
]

CLOSE_TIMEOUT_S = 2.0
"""Longest ``close()`` waits for the keep-alive and in-flight calls to notice it (they are cut off
first, so this is only a bound for a thread stuck outside the client's sockets)."""

T = TypeVar("T")
S = TypeVar("S")

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""IBKR aborts requests after ~10 s with a 503; 30 s leaves room for slow history queries."""

USER_AGENT = f"ibkr-webapi/{__version__}"


# -- services: how facades attach (one line per service, imported on first use) -------------------


_SERVICE_LOCK = threading.Lock()


class service(Generic[S]):
    """A lazily built, cached service facade attribute.

    ``factory`` receives the client (``Client`` or ``AsyncClient``) and returns the facade; a
    ``"module:attribute"`` string is imported on first access (avoids import cycles and import cost)::

        class Client(_SyncBase):
            orders = service(lambda client: Orders(client))            # typed
            portfolio = service("ibkr_webapi.portfolio:Portfolio")     # lazy import
    """

    def __init__(self, factory: Callable[[Any], S] | str) -> None:
        self._factory = factory
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type) -> service[S]: ...

    @overload
    def __get__(self, obj: object, owner: type) -> S: ...

    def __get__(self, obj: object | None, owner: type) -> S | service[S]:
        if obj is None:
            return self
        cache: dict[str, Any] = obj.__dict__
        if self._name not in cache:
            # One facade per client even when threads race for it: facades hold state (the orders
            # facade's question suppressions, the portfolio facade's account cache).
            with _SERVICE_LOCK:
                if self._name not in cache:
                    factory = self._factory
                    if isinstance(factory, str):
                        module, _, attr = factory.partition(":")
                        factory = getattr(importlib.import_module(module), attr)
                    cache[self._name] = factory(obj)
        return cache[self._name]  # type: ignore[no-any-return]


# -- shared setup ---------------------------------------------------------------------------------------


@dataclass
class _Setup:
    """Everything ``Client`` and ``AsyncClient`` share, resolved from the constructor arguments."""

    endpoint: Endpoint
    auth: httpx.Auth | None
    timeout: httpx.Timeout
    deadline_s: float
    pacer: Pacer
    owns_pacer: bool
    core: PacingCore
    session: Session
    keepalive_interval: float | None

    @classmethod
    def resolve(
        cls,
        base_url: str | None,
        *,
        auth: httpx.Auth | None,
        settings: Settings | None,
        verify: Verify,
        pacer: Pacer | str | None,
        global_rate_limit: float | RateLimitLike | None,
        timeout: float | httpx.Timeout | None,
        keepalive_interval: float | None,
        retry: RetryPolicy | None,
        compete: bool,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> _Setup:
        endpoint, auth = Endpoint.resolve(base_url, auth=auth, settings=settings, verify=verify)
        mode, base = endpoint.mode, endpoint.base_url
        profile = "gateway" if mode == "gateway" else "oauth"
        owns_pacer = False
        if pacer is None:
            pacer = (reveal(settings.pacing_url) or None) if settings is not None else None
        if isinstance(pacer, str):  # "memory", "local", "redis://..." (ibkr_webapi.pacing_shared)
            from .pacing_shared import make_pacer, scope_for

            pacer = make_pacer(
                pacer, profile=profile, scope=scope_for(mode, base, auth), global_rate_limit=global_rate_limit
            )
            owns_pacer = True
        elif pacer is None:
            pacer = InProcessPacer.for_profile(profile, global_rate_limit=global_rate_limit)
        _share_session_state(pacer, auth, mode, base)
        if timeout is None:
            resolved_timeout = DEFAULT_TIMEOUT
        elif isinstance(timeout, httpx.Timeout):
            resolved_timeout = timeout
        else:
            resolved_timeout = httpx.Timeout(timeout)
        if deadline is None and settings is not None:
            deadline = settings.deadline
        deadline_s = default_budget(resolved_timeout) if deadline is None else float(deadline)
        if not deadline_s > 0:
            raise ConfigurationError(
                f"deadline must be > 0 seconds, got {deadline!r}", setting="IBKR_DEADLINE"
            )
        if max_response_bytes is None:
            max_response_bytes = (settings.max_response_bytes if settings is not None else None) or (
                DEFAULT_MAX_RESPONSE_BYTES
            )
        if max_response_bytes <= 0:
            raise ConfigurationError(
                f"max_response_bytes must be > 0, got {max_response_bytes!r}",
                setting="IBKR_MAX_RESPONSE_BYTES",
            )
        core = PacingCore(
            pacer,
            api_prefix=endpoint.api_prefix,
            root_prefix=endpoint.root_prefix,
            policy=retry,
            # A pacer shared between processes brings its shared clock (docs/architecture.md, Pacing).
            clock=getattr(pacer, "clock", None) or time.monotonic,
            deadline_s=deadline_s,
            max_response_bytes=max_response_bytes,
        )
        sso_body: Callable[[], bytes] | None = None
        if mode == "oauth2" and isinstance(auth, IbkrAuth):
            sso_auth = auth
            client_ip = (settings.client_ip if settings is not None else None) or "127.0.0.1"

            def sso_body() -> bytes:
                return sso_auth.sso_session_body(client_ip) or b""

        return cls(
            endpoint=endpoint,
            auth=auth,
            timeout=resolved_timeout,
            deadline_s=deadline_s,
            pacer=pacer,
            owns_pacer=owns_pacer,
            core=core,
            session=Session(mode=mode, compete=compete, sso_session_body=sso_body),
            keepalive_interval=keepalive_interval if keepalive_interval and keepalive_interval > 0 else None,
        )

    def shared_beat(self, interval: float) -> SharedBeat | None:
        """The keep-alive coordination of a pacer shared by processes (None for one process)."""
        from .pacing_shared import shared_state_of

        state = None if isinstance(self.pacer, InProcessPacer) else shared_state_of(self.pacer)
        if state is None:
            return None
        from .pacing_shared._keepalive import SharedBeat

        return SharedBeat(state, interval, self.session.generation)

    def close_pacer(self) -> None:
        """Close a shared pacer this client made from a URL (gives back its concurrency slots)."""
        close = getattr(self.pacer, "close", None) if self.owns_pacer else None
        if close is not None:
            close()

    def low_level_client(self, base_url: str) -> AuthenticatedClient:
        from ibkr_webapi_client import AuthenticatedClient

        # token is unused: our httpx client (set by the caller) carries the auth.
        return AuthenticatedClient(base_url=base_url, token="", timeout=self.timeout)

    def describe(self, cls_name: str) -> str:
        return (
            f"{cls_name}(base_url={self.endpoint.base_url!r}, mode={self.endpoint.mode!r}, "
            f"auth={type(self.auth).__name__}, "
            f"pacer={self.pacer!r}, session={self.session!r})"
        )


def _refuse_if_closed(closed: bool, flow: object) -> None:
    """``ClientClosed`` for a call made after ``close()`` (closing the flow it was given)."""
    if closed:
        close = getattr(flow, "close", None)
        if callable(close):
            close()
        raise ClientClosed("the client is closed: make a new one", sent=False)


def _share_session_state(pacer: Pacer, auth: httpx.Auth | None, mode: Mode, base: str) -> None:
    """A pacer shared by processes also shares the OAuth 1.0a live session token (sealed)."""
    from .pacing_shared import scope_for, shared_state_of

    state = shared_state_of(pacer) if not isinstance(pacer, InProcessPacer) else None
    if state is not None and isinstance(auth, IbkrAuth):
        auth.share_state(state, str(getattr(pacer, "scope", "") or scope_for(mode, base, auth)))


class _ClientCommon:
    """What ``Client`` and ``AsyncClient`` share: the resolved setup, read-only."""

    _setup: _Setup
    _cookie_store: CookieStore

    def __repr__(self) -> str:
        return self._setup.describe(type(self).__name__)

    @property
    def base_url(self) -> str:
        """The ``.../v1/api`` base every generated endpoint is relative to."""
        return self._setup.endpoint.base_url

    @property
    def root_url(self) -> str:
        """The host root, for ``base="root"`` operations (OAuth 2.0 token, ``/gw/api/v1``)."""
        return self._setup.endpoint.root_url

    @property
    def mode(self) -> Mode:
        return self._setup.endpoint.mode

    @property
    def auth(self) -> httpx.Auth | None:
        return self._setup.auth

    @property
    def pacer(self) -> Pacer:
        return self._setup.pacer

    @property
    def endpoint(self) -> Endpoint:
        """Where this client connects and how it checks certificates, resolved once (the stream uses it)."""
        return self._setup.endpoint

    @property
    def ws_url(self) -> str:
        """The WebSocket URL ``stream()`` connects to: ``IBKR_WS_URL`` or ``<base_url>/ws``."""
        return self._setup.endpoint.ws_url

    @property
    def tls_verify(self) -> Verify:
        """What the REST connections verify certificates with; the WebSocket reuses it."""
        return self._setup.endpoint.verify

    @property
    def cookies(self) -> httpx.Cookies:
        """The cookies IBKR set (e.g. the gateway's ``api`` cookie); sent with every matching request.

        They live in the paced transport, not in the httpx clients' jars (which stay empty: see
        ``_cookies.CookieStore``). Read them here; to change them, use ``clear_cookies()``.
        """
        return self._cookie_store.cookies

    def clear_cookies(self) -> None:
        """Forget every cookie IBKR set."""
        self._cookie_store.clear()


class Client(_ClientCommon):
    """Synchronous client. Starts the brokerage session in the constructor unless ``start_session=False``.

    ``base_url`` defaults from the auth (``https://localhost:5000/v1/api`` for the CP Gateway,
    ``https://api.ibkr.com/v1/api`` for OAuth). ``auth`` is a ``GatewayAuth``/``OAuth1Auth``/``OAuth2Auth``
    (or built from ``settings``); it also supplies the TLS setting unless ``verify`` is given. ``pacer``
    replaces the default in-process pacer (10 req/s for the gateway, 50 req/s for OAuth, or
    ``global_rate_limit`` req/s). ``transport`` replaces the network transport (tests inject a
    ``FakeGateway`` transport); it is always wrapped by the paced transport. ``keepalive_interval``
    (seconds; None or 0 disables) is the ``/tickle`` period. ``compete=True`` takes the brokerage session
    over from another login. ``retry`` tunes the retry budget (``_retry.RetryPolicy``).

    ``deadline`` (seconds; ``IBKR_DEADLINE``) is the total time one call may take: waiting for a
    pacing slot, connecting, sending, reading and every retry, also the constructor's session opening.
    Default: three times the largest ``timeout`` value (90 s for the default 30 s). Past it the call
    raises ``RequestTimeout`` (``PacingTimeout`` when no pacing slot came in time; an order whose
    answer was lost is looked up by cOID first, then ``OrderStatusUnknown``). ``max_response_bytes``
    (``IBKR_MAX_RESPONSE_BYTES``, default 64 MiB) caps a response body (``ResponseTooLarge``).

    ``close()`` returns within a few seconds whatever the server does: calls waiting for a pacing slot
    and calls on the wire end with ``ClientClosed`` (``sent=False`` when nothing left the client), and
    every call after it raises ``ClientClosed``.
    """

    # -- service facades (built on first use, one per client) -----------------------------------
    orders: service[Orders] = service("ibkr_webapi.orders:Orders")
    marketdata: service[MarketData] = service("ibkr_webapi.marketdata:MarketData")
    contracts: service[Contracts] = service("ibkr_webapi.contracts:Contracts")
    portfolio: service[Portfolio] = service("ibkr_webapi.portfolio:Portfolio")
    notifications: service[Notifications] = service("ibkr_webapi.notifications:Notifications")

    def __init__(
        self,
        base_url: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        settings: Settings | None = None,
        verify: Verify = True,
        pacer: Pacer | str | None = None,
        global_rate_limit: float | RateLimitLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        keepalive_interval: float | None = DEFAULT_KEEPALIVE_INTERVAL_S,
        start_session: bool = True,
        transport: httpx.BaseTransport | None = None,
        retry: RetryPolicy | None = None,
        compete: bool = True,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        install_http_log_filters()
        self._setup = setup = _Setup.resolve(
            base_url,
            auth=auth,
            settings=settings,
            verify=verify,
            pacer=pacer,
            global_rate_limit=global_rate_limit,
            timeout=timeout,
            keepalive_interval=keepalive_interval,
            retry=retry,
            compete=compete,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        inner = transport if transport is not None else BoundedHTTPTransport(verify=setup.endpoint.rest_ssl())
        self._transport = PacedTransport(inner, setup.core)
        self._cookie_store = self._transport.cookies
        self._http = self._httpx(setup.endpoint.base_url)
        self._root_http = self._httpx(setup.endpoint.root_url)
        self.low_level = setup.low_level_client(setup.endpoint.base_url).set_httpx_client(self._http)
        self.root_low_level = setup.low_level_client(setup.endpoint.root_url).set_httpx_client(
            self._root_http
        )
        self.session = setup.session
        self._ctx = FlowContext(
            self.low_level,
            self.root_low_level,
            self.session,
            deadline_s=setup.deadline_s,
            guard=self._transport,
            threads=GatherThreads(),
        )
        self._keepalive: ThreadKeepAlive | None = None
        self._closed = False
        if start_session:
            try:
                self.start()
            except BaseException:
                self.close()
                raise

    @classmethod
    def from_env(cls, **kwargs: Any) -> Client:
        """Build from ``IBKR_*`` environment variables (``ibkr_webapi.config.Settings.from_env()``)."""
        config = importlib.import_module("ibkr_webapi.config")
        return cls(settings=config.Settings.from_env(), **kwargs)

    def _httpx(self, base_url: str) -> httpx.Client:
        # Both httpx clients share the paced transport (one pool, one pacer, one cookie store); closing
        # is done once.
        http = IbkrHttpx(
            base_url=base_url,
            auth=self._setup.auth,
            transport=self._transport,
            timeout=self._setup.timeout,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
        )
        store = self._transport.cookies

        def adopt_cookies(response: httpx.Response) -> None:
            if http.cookies:  # only after a Set-Cookie: move it to the store (see CookieStore)
                store.adopt(http.cookies)

        http.event_hooks = {"response": [adopt_cookies]}
        return http

    @property
    def deadline(self) -> float:
        """The total deadline of one call, in seconds (``deadline=`` / ``IBKR_DEADLINE`` / default)."""
        return self._setup.deadline_s

    @property
    def closed(self) -> bool:
        return self._closed

    def run(self, flow: Flow[T]) -> T:
        """Run a flow (a service operation) to completion and return its result.

        A single ``Call`` effect is accepted too (its ``Response`` is returned); for one operation,
        :meth:`call` is the public way. ``ClientClosed`` once ``close()`` has begun.
        """
        _refuse_if_closed(self._closed, flow)
        return run_sync(as_flow(flow), self._ctx)

    def call(self, operation: str | ModuleType, /, **params: Any) -> Any:
        """Call any of the spec's operations and return the generated model of its documented 2xx answer.

        ``operation`` is an operation id (``"get_accounts"``, the keys of
        ``ibkr_webapi_client.operations.OPERATIONS``) or a generated endpoint module
        (``ibkr_webapi_client.api.accounts.get_accounts``); ``params`` are that endpoint's arguments
        (path, query and ``body=`` as the generated model). It goes through the same pacing, session
        recovery, retry/idempotency rules and typed errors as the facades: an unknown operation is
        ``UnknownOperation`` (with close matches), a bad or missing parameter ``ValidationError`` (nothing
        is sent), an IBKR error the matching ``IbkrError``.
        """
        _refuse_if_closed(self._closed, None)
        return run_sync(parsed_flow(call_of(operation, params)), self._ctx)

    def start(self) -> None:
        """Open the brokerage session (status -> ssodh/init -> accounts) and start the keep-alive."""
        self.run(self.session.start())
        interval = self._setup.keepalive_interval
        if interval is not None and self._keepalive is None:
            shared = self._setup.shared_beat(interval)
            if shared is None:
                self._keepalive = ThreadKeepAlive(lambda: self.run(self.session.keepalive_once()), interval)
            else:  # one tickle per interval for all processes of this session, see pacing_shared
                self._keepalive = ThreadKeepAlive(lambda: self._shared_beat(shared), shared.period)
            self._keepalive.start()

    def _shared_beat(self, shared: SharedBeat) -> None:
        turn = shared.turn()
        if turn.resync:
            self.run(self.session.resync())
        if turn.tickle:
            self.run(self.session.keepalive_once())
        shared.published(self.session.generation, resynced=turn.resync)

    def stream(self, **kwargs: Any) -> Stream:
        """A WebSocket :class:`~ibkr_webapi.streaming.Stream` authenticated with this client's session.

        It runs on one background thread; use it as a context manager and iterate it (or pass
        ``on_event=``). ``kwargs`` override the stream's settings (``config=StreamConfig(...)`` ...).
        """
        from .streaming import Stream

        return Stream.from_client(self, **kwargs)

    def live(self, account: str | None = None, **kwargs: Any) -> Live:
        """The account kept current (orders, fills, positions, PnL): ``with client.live() as live``.

        See :mod:`ibkr_webapi.live` (``on_order`` / ``on_fill`` / ``on_position``, ``changes()``).
        """
        from .live import Live

        return Live(self, account, **kwargs)

    def close(self) -> None:
        """Close the client; returns within a few seconds whatever the server does. Idempotent.

        From the moment it begins nothing more is sent: calls waiting for a pacing slot (in any
        thread) and calls on the wire, the keep-alive's included, end with ``ClientClosed`` (their
        sockets are shut down), then the keep-alive thread is joined (at most ``CLOSE_TIMEOUT_S``)
        and the connections closed.
        """
        if self._closed:
            return
        self._closed = True
        self._transport.abort()
        if self._keepalive is not None:
            self._keepalive.stop(timeout=CLOSE_TIMEOUT_S)
            self._keepalive = None
        # The httpx clients only share our transport: closing it (not them) keeps a later low-level
        # call typed (ClientClosed from the transport, not httpx's RuntimeError).
        self._transport.close()
        if self._ctx.threads is not None:
            self._ctx.threads.shutdown()
        self._setup.close_pacer()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClient(_ClientCommon):
    """Asynchronous client with :class:`Client`'s arguments (``transport`` is an async transport).

    ``async with AsyncClient(...)``, ``await client.start()`` or the first ``await client.run(...)`` opens
    the brokerage session (unless ``start_session=False``) and starts the keep-alive task.
    """

    # -- service facades (built on first use, one per client) -----------------------------------
    orders: service[AsyncOrders] = service("ibkr_webapi.orders:AsyncOrders")
    marketdata: service[AsyncMarketData] = service("ibkr_webapi.marketdata:AsyncMarketData")
    contracts: service[AsyncContracts] = service("ibkr_webapi.contracts:AsyncContracts")
    portfolio: service[AsyncPortfolio] = service("ibkr_webapi.portfolio:AsyncPortfolio")
    notifications: service[AsyncNotifications] = service("ibkr_webapi.notifications:AsyncNotifications")

    def __init__(
        self,
        base_url: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        settings: Settings | None = None,
        verify: Verify = True,
        pacer: Pacer | str | None = None,
        global_rate_limit: float | RateLimitLike | None = None,
        timeout: float | httpx.Timeout | None = None,
        keepalive_interval: float | None = DEFAULT_KEEPALIVE_INTERVAL_S,
        start_session: bool = True,
        transport: httpx.AsyncBaseTransport | None = None,
        retry: RetryPolicy | None = None,
        compete: bool = True,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        install_http_log_filters()
        self._setup = setup = _Setup.resolve(
            base_url,
            auth=auth,
            settings=settings,
            verify=verify,
            pacer=pacer,
            global_rate_limit=global_rate_limit,
            timeout=timeout,
            keepalive_interval=keepalive_interval,
            retry=retry,
            compete=compete,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
        inner = (
            transport if transport is not None else httpx.AsyncHTTPTransport(verify=setup.endpoint.rest_ssl())
        )
        self._transport = AsyncPacedTransport(inner, setup.core)
        self._cookie_store = self._transport.cookies
        self._http = self._httpx(setup.endpoint.base_url)
        self._root_http = self._httpx(setup.endpoint.root_url)
        self.low_level = setup.low_level_client(setup.endpoint.base_url).set_async_httpx_client(self._http)
        self.root_low_level = setup.low_level_client(setup.endpoint.root_url).set_async_httpx_client(
            self._root_http
        )
        self.session = setup.session
        self._ctx = FlowContext(
            self.low_level,
            self.root_low_level,
            self.session,
            deadline_s=setup.deadline_s,
            guard=self._transport,
        )
        self._start_session = start_session
        self._started = False
        self._keepalive: TaskKeepAlive | None = None
        self._closed = False

    @classmethod
    def from_env(cls, **kwargs: Any) -> AsyncClient:
        """Build from ``IBKR_*`` environment variables (``ibkr_webapi.config.Settings.from_env()``)."""
        config = importlib.import_module("ibkr_webapi.config")
        return cls(settings=config.Settings.from_env(), **kwargs)

    def _httpx(self, base_url: str) -> httpx.AsyncClient:
        http = AsyncIbkrHttpx(
            base_url=base_url,
            auth=self._setup.auth,
            transport=self._transport,
            timeout=self._setup.timeout,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPT_ENCODING},
        )
        store = self._transport.cookies

        async def adopt_cookies(response: httpx.Response) -> None:
            if http.cookies:
                store.adopt(http.cookies)

        http.event_hooks = {"response": [adopt_cookies]}
        return http

    @property
    def deadline(self) -> float:
        """The total deadline of one call, in seconds (``deadline=`` / ``IBKR_DEADLINE`` / default)."""
        return self._setup.deadline_s

    @property
    def closed(self) -> bool:
        return self._closed

    async def run(self, flow: Flow[T]) -> T:
        """Run a flow to completion; opens the session first if ``start_session`` and not yet started.

        A single ``Call`` effect is accepted too (its ``Response`` is returned); for one operation,
        :meth:`call` is the public way. ``ClientClosed`` once ``close()`` has begun.
        """
        _refuse_if_closed(self._closed, flow)
        runnable = as_flow(flow)
        if self._start_session and not self._started:
            await self.start()
        return await run_async(runnable, self._ctx)

    async def call(self, operation: str | ModuleType, /, **params: Any) -> Any:
        """Call any of the spec's operations; the async twin of :meth:`Client.call` (same rules)."""
        call = call_of(operation, params)
        return await self.run(parsed_flow(call))

    async def start(self) -> None:
        """Open the brokerage session and start the keep-alive task (idempotent)."""
        if self._started:
            return
        self._started = True
        try:
            await run_async(self.session.start(), self._ctx)
        except BaseException:
            self._started = False
            raise
        interval = self._setup.keepalive_interval
        if interval is not None and self._keepalive is None:
            shared = self._setup.shared_beat(interval)
            if shared is None:
                self._keepalive = TaskKeepAlive(
                    lambda: run_async(self.session.keepalive_once(), self._ctx), interval
                )
            else:
                self._keepalive = TaskKeepAlive(lambda: self._shared_beat(shared), shared.period)
            self._keepalive.start()

    async def _shared_beat(self, shared: SharedBeat) -> None:
        turn = await asyncio.to_thread(shared.turn)  # the shared state is a file or Redis
        if turn.resync:
            await run_async(self.session.resync(), self._ctx)
        if turn.tickle:
            await run_async(self.session.keepalive_once(), self._ctx)
        await asyncio.to_thread(shared.published, self.session.generation, resynced=turn.resync)

    def stream(self, **kwargs: Any) -> AsyncStream:
        """An :class:`~ibkr_webapi.streaming.AsyncStream` authenticated with this client's session.

        ``async with client.stream() as stream: await stream.market_data(...); async for event in stream``.
        """
        from .streaming import AsyncStream

        return AsyncStream.from_client(self, **kwargs)

    def live(self, account: str | None = None, **kwargs: Any) -> AsyncLive:
        """The account kept current: ``async with client.live() as live`` (see :mod:`ibkr_webapi.live`)."""
        from .live import AsyncLive

        return AsyncLive(self, account, **kwargs)

    async def close(self) -> None:
        """Close the client; returns within a few seconds whatever the server does. Idempotent.

        From the moment it begins nothing more is sent: tasks waiting for a pacing slot or on the wire
        (the keep-alive's included) are cancelled and end with ``ClientClosed``; then the keep-alive
        task is awaited (at most ``CLOSE_TIMEOUT_S``) and the connections closed.
        """
        if self._closed:
            return
        self._closed = True
        self._transport.abort()
        if self._keepalive is not None:
            await self._keepalive.stop(timeout=CLOSE_TIMEOUT_S)
            self._keepalive = None
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(CLOSE_TIMEOUT_S):
                await self._transport.aclose()  # not the httpx clients: see Client.close
        self._setup.close_pacer()

    async def __aenter__(self) -> AsyncClient:
        if self._start_session:
            try:
                await self.start()
            except BaseException:
                await self.close()
                raise
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()
