"""The shared context every fake-gateway handler works with (the interface between infra and domain).

Why one object: the fake gateway is split between infrastructure (sessions, auth, pacing, faults,
counters: ``_sessions``, ``_oauth``, ``_pacing``, ``_faults``, ``_counters``) and the trading domain
(``_state``, ``_universe``, ``_market``, ``_orders``, ``_portfolio``, ``_misc``, ``_ws``, ``_domain``).
Domain handlers reach everything through ``request.app.state.ctx`` (a :class:`GatewayContext`), so the
two halves meet in exactly one place.

Contract for domain code (``_domain.py``):

* export ``domain_routes() -> list[starlette.routing.BaseRoute]`` with paths relative to ``/v1/api``
  (e.g. ``Route("/iserver/account/{accountId}/orders", place_orders, methods=["POST"])``) and
  ``websocket_endpoint(websocket)``; the app mounts the routes under ``/v1/api`` and the endpoint at
  ``/v1/api/ws``.
* Session gating is done *before* a domain handler runs: unauthenticated requests get 401, ``/iserver/*``
  requests before ``GET /iserver/accounts`` get 400 "Please query /accounts first", and a 200 answer to
  ``GET /iserver/accounts`` marks the accounts as queried (domain code need not do it).
* Answer every error with :meth:`GatewayContext.error` (``{"error": ..., "statusCode": ...}``).
* An exception escaping a domain handler becomes a 500 JSON body, is logged at ERROR and is recorded in
  ``ctx.counters.server_errors`` (the test fixtures fail on it): validate input and answer 4xx instead.
* Faults that the domain must honour itself: ``ctx.faults.note_ws_message_sent()`` (returns True when the
  WebSocket must be closed now, see ``ws_drop_after``) and ``ctx.faults.ws_heartbeats_stopped``.
* Time: use ``ctx.clock`` (scaled by ``time_scale``), never ``time.time()``, so tests can speed time up
  (``clock.advance(seconds)`` jumps forward).
* Domain settings: put them in ``FakeGatewayConfig.domain`` (a free-form dict, filled from unknown
  ``FakeGateway(**config)`` keywords) or in your own dataclass built from it; add typed fields here
  only by asking the infra owner.
"""

from __future__ import annotations

import importlib
import importlib.util
import random
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

from starlette.responses import JSONResponse, PlainTextResponse, Response

from ._counters import Counters
from ._faults import Faults
from ._sessions import SessionRegistry

AuthMode = Literal["gateway", "oauth1", "oauth2"]
AUTH_MODES: tuple[AuthMode, ...] = ("gateway", "oauth1", "oauth2")


@dataclass
class FakeGatewayConfig:
    """Everything that tunes the fake gateway; ``FakeGateway(**kwargs)`` fills it.

    Durations are in (scaled) gateway seconds: with ``time_scale=60`` a 300 s idle timeout passes in
    5 real seconds. Pacing windows are the exception: they are measured in real seconds, because real
    clients pace with real clocks.
    """

    seed: int = 0
    auth: AuthMode = "gateway"
    time_scale: float = 1.0
    tls: bool = False
    # sessions
    session_idle_timeout_s: float = 300.0
    sso_expires_s: float = 86_400.0
    require_accounts_first: bool = True
    # answer 400 to requests that do not fit the spec (parameters, JSON body) before any handler runs
    validate_requests: bool = True
    # OAuth
    lst_lifetime_s: float = 86_400.0
    oauth1_timestamp_window_s: float = 300.0
    oauth2_token_lifetime_s: float = 3_600.0
    # pacing
    enforce_pacing: bool = True
    pacing_tolerance: float = 0.05
    penalty_box_s: float = 600.0
    penalty_violations: int = 5
    penalty_window_s: float = 60.0
    # market data / WebSocket (used by the domain)
    smd_time_limit_s: float = 600.0
    ws_market_data_interval_s: float = 0.25
    ws_heartbeat_interval_s: float = 10.0
    # order reply questions: None = the domain's default rules
    reply_question_rules: Any = None
    # free-form domain settings (unknown FakeGateway keywords land here)
    domain: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.auth not in AUTH_MODES:
            raise ValueError(f"auth must be one of {AUTH_MODES}, not {self.auth!r}")
        if self.time_scale <= 0:
            raise ValueError("time_scale must be > 0")


class Clock:
    """Gateway time: real time sped up by ``time_scale``, plus manual jumps from :meth:`advance`.

    ``now()`` is scaled epoch seconds (starts at the real wall time), ``monotonic()`` scaled seconds
    since start; ``real_monotonic()`` and ``real_time()`` are unscaled (used for pacing windows and
    for timestamps a real client computes from its own clock, such as OAuth timestamps).
    """

    def __init__(self, time_scale: float = 1.0) -> None:
        self.time_scale = time_scale
        self._wall0 = time.time()
        self._mono0 = time.monotonic()
        self._offset = 0.0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return (time.monotonic() - self._mono0) * self.time_scale + self._offset

    def now(self) -> float:
        return self._wall0 + self.monotonic()

    def advance(self, seconds: float) -> None:
        """Jump gateway time forward (sessions expire, subscriptions time out) without sleeping."""
        with self._lock:
            self._offset += seconds

    @staticmethod
    def real_monotonic() -> float:
        return time.monotonic()

    @staticmethod
    def real_time() -> float:
        return time.time()


class GatewayContext:
    """Everything a handler needs: config, clock, sessions, faults, counters and the domain state."""

    def __init__(self, config: FakeGatewayConfig) -> None:
        self.config = config
        self.clock = Clock(config.time_scale)
        self.rng = random.Random(config.seed)
        self.sessions = SessionRegistry(config, self.clock, self.rng)
        self.faults = Faults(self.sessions)
        self.counters = Counters()
        self.state: Any = _make_domain_state(config)

    @staticmethod
    def error(status: int, message: str) -> Response:
        """The one way to answer an error: ``{"error": message, "statusCode": status}``.

        401 is answered as ``text/plain`` (the message alone), as IBKR and our spec do.
        """
        if status == 401:
            return PlainTextResponse(message, status_code=401)
        return JSONResponse({"error": message, "statusCode": status}, status_code=status)


def _make_domain_state(config: FakeGatewayConfig) -> Any:
    """Build the domain's ``DomainState``; an empty placeholder until ``_state.py`` exists."""
    if importlib.util.find_spec(f"{__package__}._state") is None:
        return None
    module = importlib.import_module(f"{__package__}._state")
    return module.DomainState(config)
