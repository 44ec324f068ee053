"""``FakeGateway``: the public face of the fake IBKR gateway (see docs/architecture.md)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import httpx
from starlette.applications import Starlette

from ._app import build_app
from ._canned import CannedAnswers
from ._context import AuthMode, FakeGatewayConfig, GatewayContext
from ._counters import Counters
from ._faults import Faults
from ._oauth import Authenticator, OAuth1Authenticator, OAuth2Authenticator
from ._pacing import Pacer
from ._registry import Registry, load_registry
from ._server import ServerHandle
from ._sessions import SessionRegistry
from .keys import OAuth1Credentials, OAuth2Client, generate_oauth1_credentials, generate_oauth2_client

_CONFIG_FIELDS = {f.name for f in dataclasses.fields(FakeGatewayConfig)}


@dataclass(frozen=True)
class Credentials:
    """The throwaway credentials this fake accepts (both kinds exist whatever the mode)."""

    oauth1: OAuth1Credentials
    oauth2: OAuth2Client


class FakeGateway:
    """A stateful fake IBKR Client Portal gateway.

    >>> gw = FakeGateway(auth="gateway")
    >>> with gw.serve() as srv:          # uvicorn on 127.0.0.1, free port, background thread
    ...     httpx.get(srv.base_url + "/iserver/auth/status").json()["connected"]
    True

    Keywords are :class:`FakeGatewayConfig` fields; unknown keywords go to ``config.domain`` for the
    trading domain. ``oauth1_credentials`` / ``oauth2_client`` override the generated (per-process
    cached) throwaway credentials; ``registry`` overrides the generated operation registry (tests).
    """

    def __init__(
        self,
        auth: AuthMode = "gateway",
        seed: int = 0,
        time_scale: float = 1.0,
        enforce_pacing: bool = True,
        tls: bool = False,
        *,
        oauth1_credentials: OAuth1Credentials | None = None,
        oauth2_client: OAuth2Client | None = None,
        registry: Registry | None = None,
        **config: Any,
    ) -> None:
        known = {k: v for k, v in config.items() if k in _CONFIG_FIELDS}
        domain = dict(known.pop("domain", {}) or {})
        domain.update({k: v for k, v in config.items() if k not in _CONFIG_FIELDS})
        self.config = FakeGatewayConfig(
            seed=seed,
            auth=auth,
            time_scale=time_scale,
            enforce_pacing=enforce_pacing,
            tls=tls,
            domain=domain,
            **known,
        )
        self.ctx = GatewayContext(self.config)
        self.credentials = Credentials(
            oauth1=oauth1_credentials or generate_oauth1_credentials(cached=True),
            oauth2=oauth2_client or generate_oauth2_client(cached=True),
        )
        self.registry = registry if registry is not None else load_registry()
        self.authenticator = self._make_authenticator()
        self.pacer = Pacer(
            self.config,
            self.ctx.clock,
            self.ctx.counters,
            self.registry.global_rate_limits.get("gateway" if auth == "gateway" else "oauth"),
        )
        self.canned = CannedAnswers.load()
        self.app: Starlette = build_app(self.ctx, self.authenticator, self.pacer, self.registry, self.canned)

    def _make_authenticator(self) -> Authenticator:
        if self.config.auth == "oauth1":
            return OAuth1Authenticator(self.ctx, self.credentials.oauth1)
        if self.config.auth == "oauth2":
            return OAuth2Authenticator(self.ctx, self.credentials.oauth2)
        return Authenticator(self.ctx)

    # -- shortcuts -------------------------------------------------------------------------------
    @property
    def faults(self) -> Faults:
        return self.ctx.faults

    @property
    def counters(self) -> Counters:
        return self.ctx.counters

    @property
    def sessions(self) -> SessionRegistry:
        return self.ctx.sessions

    @property
    def state(self) -> Any:
        """The domain state (accounts, orders, positions, ledger) for assertions."""
        return self.ctx.state

    # -- running ---------------------------------------------------------------------------------
    def asgi_transport(self, root_path: str = "") -> httpx.ASGITransport:
        """An in-process transport: ``httpx.AsyncClient(transport=gw.asgi_transport(),
        base_url="http://fake/v1/api")``."""
        return httpx.ASGITransport(app=self.app, root_path=root_path)

    def serve(self, port: int = 0) -> ServerHandle:
        """Serve on ``127.0.0.1`` (``with`` / ``async with``); TLS when made with ``tls=True``."""
        return ServerHandle(self.app, tls=self.config.tls, port=port)

    # -- scripting -------------------------------------------------------------------------------
    def login(self) -> None:
        """Simulate the browser login (gateway mode) after a logout or an expired session."""
        self.ctx.sessions.login()

    def simulate_competing_session(self) -> None:
        """Another login took the brokerage session (``ssodh/init`` with ``compete=true`` recovers)."""
        self.ctx.sessions.simulate_competing_session()

    def expire_session(self) -> None:
        self.ctx.sessions.expire()

    def advance_time(self, seconds: float) -> None:
        """Jump gateway time forward: sessions idle out, the OAuth 1.0a live session token expires
        (the OAuth 2.0 token lifetime and the pacing windows use the real clock)."""
        self.ctx.clock.advance(seconds)

    def assert_no_server_errors(self) -> None:
        """Raise AssertionError when any handler crashed (500) during the test."""
        errors = self.ctx.counters.server_errors
        if errors:
            raise AssertionError("fake gateway handlers crashed:\n" + "\n".join(errors))
