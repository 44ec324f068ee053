"""The fake gateway's session state machine (facts §c): SSO/read-only session, brokerage session, expiry.

One fake gateway models one IBKR username, so there is one session:

* ``authenticated`` (read-only / SSO session): true at start in gateway mode (as after the browser
  login), set by a live session token (OAuth 1.0a) or an SSO session (OAuth 2.0) in OAuth modes.
  Non-``/iserver`` endpoints (portfolio, FYI, …) need only this.
* ``brokerage_open``: opened by ``POST /iserver/auth/ssodh/init`` (or ``/iserver/reauthenticate``);
  every ``/iserver/*`` endpoint except the auth ones needs it.
* ``accounts_queried``: set by the first answered ``GET /iserver/accounts`` of a brokerage session;
  other ``/iserver/*`` calls answer 400 "Please query /accounts first" until then.
* ``competing``: another login took the brokerage session (``simulate_competing_session``);
  ``ssodh/init`` with ``compete=true`` takes it back.
* Idle expiry: a session not touched for ``session_idle_timeout_s`` (gateway time) ends both sessions;
  ``ssodh/init`` opens them again (the client's recovery path).
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from starlette.websockets import WebSocket

if TYPE_CHECKING:
    from ._config import Clock, FakeGatewayConfig

SERVER_INFO = {"serverName": "FakeGateway01", "serverVersion": "Build 10.44.1d, fake"}
MAC = "02:00:00:00:00:01"
USER_ID = 10_000_001


class SessionRegistry:
    """Thread-safe session state; handlers and tests (``gw.sessions``) share it."""

    def __init__(self, config: FakeGatewayConfig, clock: Clock, rng: random.Random) -> None:
        self._config = config
        self._clock = clock
        self._rng = rng
        self._lock = threading.RLock()
        self.authenticated = config.auth == "gateway"
        self.brokerage_open = False
        self.accounts_queried = False
        self.competing = False
        self.logged_out = False
        self.ws_session_value = self._new_session_value()
        self._last_touch = clock.monotonic()
        self._sso_started = clock.monotonic()
        self.expirations = 0
        # set by the OAuth verifier: is this ``oauth_token`` query parameter a valid access token?
        self.ws_token_checker: Callable[[str], bool] | None = None

    # -- helpers -------------------------------------------------------------------------------
    def _new_session_value(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def _check_idle(self) -> None:
        if self._clock.monotonic() - self._last_touch > self._config.session_idle_timeout_s:
            self._expire_locked()

    def _expire_locked(self) -> None:
        if self.authenticated or self.brokerage_open:
            self.expirations += 1
        self.authenticated = False
        self.brokerage_open = False
        self.accounts_queried = False

    # -- queries ---------------------------------------------------------------------------------
    def is_alive(self) -> bool:
        """True while the read-only session lives (checks idle expiry first)."""
        with self._lock:
            self._check_idle()
            return self.authenticated

    def brokerage_ready(self) -> bool:
        with self._lock:
            self._check_idle()
            return self.authenticated and self.brokerage_open and not self.competing

    def sso_expires_ms(self) -> int:
        """Milliseconds of SSO lifetime left (``ssoExpires`` of /tickle)."""
        left = self._config.sso_expires_s - (self._clock.monotonic() - self._sso_started)
        return max(0, int(left * 1000))

    def auth_status(self) -> dict[str, Any]:
        """Body of ``/iserver/auth/status`` (and ``iserver.authStatus`` of /tickle)."""
        with self._lock:
            self._check_idle()
            authenticated = self.authenticated and self.brokerage_open and not self.competing
            body: dict[str, Any] = {
                "authenticated": authenticated,
                "competing": self.competing,
                "connected": self.authenticated,
                "established": authenticated,
                "message": "",
                "MAC": MAC,
                "serverInfo": dict(SERVER_INFO),
                "hardware_info": f"fake0001|{MAC}",
                "fail": "",
            }
            if self.competing:
                body["message"] = "competing session"
            return body

    # -- transitions -----------------------------------------------------------------------------
    def touch(self) -> None:
        """Any request keeps the session alive (after checking it has not already expired)."""
        with self._lock:
            self._check_idle()
            self._last_touch = self._clock.monotonic()

    def expire(self) -> None:
        """End the session now, as an idle timeout does."""
        with self._lock:
            self._expire_locked()

    def login(self) -> None:
        """Open the read-only session: browser login (gateway), new LST or SSO session (OAuth)."""
        with self._lock:
            if not self.authenticated:
                self.ws_session_value = self._new_session_value()
            self.authenticated = True
            self.logged_out = False
            self._sso_started = self._clock.monotonic()
            self._last_touch = self._clock.monotonic()

    def open_brokerage(self, compete: bool = True) -> bool:
        """``ssodh/init``: open (or re-open after expiry) the brokerage session. False if refused."""
        with self._lock:
            self._check_idle()
            if self.logged_out:
                return False
            if self.competing and not compete:
                return False
            if not self.authenticated:
                # an expired session is re-established by ssodh/init (the client recovery path)
                self.authenticated = True
                self.ws_session_value = self._new_session_value()
            if not self.brokerage_open:
                self.accounts_queried = False
            self.competing = False
            self.brokerage_open = True
            self._last_touch = self._clock.monotonic()
            return True

    def mark_accounts_queried(self) -> None:
        with self._lock:
            if self.brokerage_open:
                self.accounts_queried = True

    def simulate_competing_session(self) -> None:
        """Another login (TWS, mobile) took the brokerage session: trading and market data stop."""
        with self._lock:
            self.competing = True
            self.brokerage_open = False
            self.accounts_queried = False

    def logout(self) -> None:
        """``POST /logout``: both sessions end; gateway mode needs a new browser login (``gw.login()``)."""
        with self._lock:
            self.authenticated = False
            self.brokerage_open = False
            self.accounts_queried = False
            self.logged_out = True

    # -- WebSocket -------------------------------------------------------------------------------
    def session_value_matches(self, value: str | None) -> bool:
        return value is not None and value == self.ws_session_value and self.is_alive()

    def authenticate_websocket(self, websocket: WebSocket, session_value: str | None = None) -> bool:
        """May this WebSocket connect / stay open?

        Gateway mode: the ``api`` cookie (set by /tickle) or the ``{"session": ...}`` message value
        (pass it as ``session_value``) must equal the current session value. The cookie is accepted
        plain (``api=<id>``) and JSON-wrapped (``api={"session":"<id>"}``, what ibind has always sent
        and its users run against real gateways; see :func:`cookie_session`).

        OAuth modes: the access token goes in a query parameter, checked by the OAuth verifier
        through ``ws_token_checker``; an ``api`` cookie or session value, when sent, must match.
        OAuth 1.0a: ``oauth_token`` (the ``/ws`` operation's parameter in IBKR's OpenAPI document
        v2.20.0). OAuth 2.0: ``sessionToken`` (IBKR Web API changelog, 2026-03-12: the bearer token
        goes in a ``sessionToken`` query parameter); ``oauth_token`` is not accepted for OAuth 2.0,
        as no IBKR source says it is.
        """
        if not self.is_alive():
            return False
        cookie = cookie_session(websocket.cookies.get("api"))
        if self._config.auth == "gateway":
            return self.session_value_matches(cookie) or self.session_value_matches(session_value)
        param = "sessionToken" if self._config.auth == "oauth2" else "oauth_token"
        token = websocket.query_params.get(param)
        checker = self.ws_token_checker
        if token is None or checker is None or not checker(token):
            return False
        sent = session_value if session_value is not None else cookie
        return sent is None or self.session_value_matches(sent)


def cookie_session(value: str | None) -> str | None:
    """The session id in an ``api`` cookie: ``<id>`` or JSON-wrapped ``{"session":"<id>"}``."""
    if value is None or not value.startswith("{"):
        return value
    try:
        parsed = json.loads(value)
    except ValueError:
        return value
    session = parsed.get("session") if isinstance(parsed, dict) else None
    return session if isinstance(session, str) else value
