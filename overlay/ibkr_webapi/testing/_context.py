"""The shared context every fake-gateway handler works with (the interface between infra and domain).

Why one object: the fake gateway is split between infrastructure (sessions, auth, pacing, faults,
counters: ``_sessions``, ``_oauth``, ``_pacing``, ``_faults``, ``_counters``) and the trading domain
(``_state`` composing the rooms, the ``_http_*`` route modules, ``_ws``, ``_domain``).
Domain handlers reach everything through ``request.app.state.ctx`` (a :class:`GatewayContext`), so the
two halves meet in exactly one place.

Contract for domain code (``_domain.py``, which ``_app`` imports):

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

import random

from starlette.responses import JSONResponse, PlainTextResponse, Response

from ._config import AUTH_MODES, AuthMode, Clock, FakeGatewayConfig
from ._counters import Counters
from ._faults import Faults
from ._sessions import SessionRegistry
from ._state import DomainState

__all__ = ["AUTH_MODES", "AuthMode", "Clock", "FakeGatewayConfig", "GatewayContext"]


class GatewayContext:
    """Everything a handler needs: config, clock, sessions, faults, counters and the domain state."""

    def __init__(self, config: FakeGatewayConfig) -> None:
        self.config = config
        self.clock = Clock(config.time_scale)
        self.rng = random.Random(config.seed)
        self.sessions = SessionRegistry(config, self.clock, self.rng)
        self.faults = Faults(self.sessions)
        self.counters = Counters()
        self.state = DomainState(config)

    @staticmethod
    def error(status: int, message: str) -> Response:
        """The one way to answer an error: ``{"error": message, "statusCode": status}``.

        401 is answered as ``text/plain`` (the message alone), as IBKR and our spec do.
        """
        if status == 401:
            return PlainTextResponse(message, status_code=401)
        return JSONResponse({"error": message, "statusCode": status}, status_code=status)
