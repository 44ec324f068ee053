"""The brokerage-session lifecycle, written once as flows (see ``_flow``), plus keep-alive shells.

IBKR's Web API needs, in every brokerage session: an authenticated login (the gateway's browser login,
an OAuth 1.0a live session token or an OAuth 2.0 SSO session), an open brokerage session
(``POST /iserver/auth/ssodh/init``), and ``GET /iserver/accounts`` read once before most ``/iserver``
calls. The session dies after ~5 idle minutes (hence ``/tickle`` about once a minute), at the nightly
reset, or when another login competes. :class:`Session` holds that state and knows how to
(re-)establish it; the flow driver calls :meth:`Session.recover` when a call comes back 401.

* ``start()``: auth status -> ``ssodh/init`` when needed -> ``/iserver/accounts`` -> ``/tickle``.
* ``ensure_accounts()``: the accounts list, read once per brokerage session (services yield from it).
* ``keepalive_once()``: ``/tickle``; re-establishes the session when the tickle says it is gone.
* ``on_reestablished(callback)``: flows run after every recovery (e.g. re-apply order-question
  suppressions, re-subscribe).

:class:`ThreadKeepAlive` (``Client``) and :class:`TaskKeepAlive` (``AsyncClient``) run
``keepalive_once`` every ``interval`` seconds and stop cleanly (joined / cancelled and awaited).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Final, Literal, cast

from ._errors_map import error_text
from ._exceptions import (
    AccountsNotQueried,
    BrokerageUnavailable,
    ClientClosed,
    CompetingSession,
    IbkrError,
    NotAuthenticated,
)
from ._flow import Call, Flow, Sleep, body_json
from ._redact import get_logger

__all__ = [
    "DEFAULT_KEEPALIVE_INTERVAL_S",
    "SESSION_OPERATIONS",
    "AuthStatus",
    "Session",
    "TaskKeepAlive",
    "ThreadKeepAlive",
]

log = get_logger("ibkr_webapi.session")

DEFAULT_KEEPALIVE_INTERVAL_S: Final = 60.0
INIT_POLLS: Final = 5
INIT_POLL_DELAY_S: Final = 0.5

SESSION_OPERATIONS: Final = frozenset(
    {
        "get_auth_status",
        "refresh_auth_status",
        "init_brokerage_session",
        "reauthenticate",
        "reauthenticate_via_post",
        "logout",
        "validate_sso",
        "tickle",
        "create_sso_session",
    }
)
"""Operations that manage the session itself: a 401 on them is reported, never "recovered"."""

Mode = Literal["gateway", "oauth1", "oauth2"]


@dataclass(frozen=True, slots=True)
class AuthStatus:
    """``/iserver/auth/status`` (or ``ssodh/init``, or ``/tickle``'s ``iserver.authStatus``)."""

    authenticated: bool = False
    connected: bool = False
    competing: bool = False
    established: bool | None = None
    message: str = ""
    fail: str = ""
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)

    @classmethod
    def from_body(cls, body: Any) -> AuthStatus:
        if not isinstance(body, Mapping):
            return cls()
        established = body.get("established")
        return cls(
            authenticated=bool(body.get("authenticated")),
            connected=bool(body.get("connected")),
            competing=bool(body.get("competing")),
            established=None if established is None else bool(established),
            message=str(body.get("message") or ""),
            fail=str(body.get("fail") or ""),
            raw=dict(body),
        )

    @property
    def ready(self) -> bool:
        """The brokerage session can trade and stream."""
        return self.authenticated and not self.competing and self.established is not False


class Session:
    """Brokerage-session state and the flows that manage it (shared by ``Client`` and ``AsyncClient``).

    ``compete=True`` takes the brokerage session over from another login (``ssodh/init`` with
    ``compete``); with ``False`` a competing login raises :class:`CompetingSession` instead.
    ``sso_session_body`` (OAuth 2.0) returns the signed JWT that opens the SSO session.
    """

    def __init__(
        self,
        *,
        mode: Mode = "gateway",
        compete: bool = True,
        publish: bool = True,
        sso_session_body: Callable[[], bytes] | None = None,
    ) -> None:
        self.mode: Mode = mode
        self.compete = compete
        self.publish = publish
        self._sso_session_body = sso_session_body
        self._generation = 0
        self._accounts: tuple[str, ...] | None = None
        self._accounts_body: Mapping[str, Any] | None = None
        self._accounts_generation = -1
        self._ws_session: str | None = None
        self._status: AuthStatus | None = None
        self._hooks: list[Callable[[], Flow[Any]]] = []
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return (
            f"Session(mode={self.mode!r}, generation={self._generation}, "
            f"ready={self._status is not None and self._status.ready}, accounts={self._accounts!r})"
        )

    # -- state ------------------------------------------------------------------------------------

    @property
    def generation(self) -> int:
        """Bumped whenever the brokerage session is (re-)established."""
        return self._generation

    @property
    def accounts(self) -> tuple[str, ...] | None:
        """Account ids from the last ``/iserver/accounts`` read (None before the first)."""
        return self._accounts

    @property
    def accounts_body(self) -> Mapping[str, Any] | None:
        """The full ``/iserver/accounts`` body (aliases, acctProps, selectedAccount ...)."""
        return self._accounts_body

    @property
    def selected_account(self) -> str | None:
        body = self._accounts_body or {}
        selected = body.get("selectedAccount")
        if isinstance(selected, str) and selected:
            return selected
        return self._accounts[0] if self._accounts else None

    @property
    def ws_session(self) -> str | None:
        """The ``session`` value of the last ``/tickle`` (for the WebSocket session message / cookie)."""
        return self._ws_session

    @property
    def status(self) -> AuthStatus | None:
        return self._status

    def is_session_operation(self, operation_id: str) -> bool:
        return operation_id in SESSION_OPERATIONS

    def on_reestablished(self, callback: Callable[[], Flow[Any]]) -> None:
        """Run ``callback()`` (a flow) after every automatic re-establishment of the session.

        Use it to re-apply per-session state, e.g. ``orders`` re-suppressing reply questions. A failing
        callback is logged and does not stop the others.
        """
        with self._lock:
            self._hooks.append(callback)

    # -- flows ------------------------------------------------------------------------------------

    def start(self) -> Flow[AuthStatus]:
        """Open (or re-open) the brokerage session and read the accounts; returns the final status."""
        if self.mode == "oauth2" and self._sso_session_body is not None:
            yield from self._open_sso_session()
        status = yield from self._auth_status()
        if not status.ready:
            if status.competing and not self.compete:
                raise _competing(status)
            status = yield from self._open_brokerage()
        self._status = status
        with self._lock:
            self._generation += 1
        yield from self.ensure_accounts(force=True)
        yield from self.tickle()
        return status

    def ensure_accounts(self, *, force: bool = False) -> Flow[tuple[str, ...]]:
        """``GET /iserver/accounts`` once per brokerage session (IBKR requires it before /iserver calls)."""
        if not force and self._accounts is not None and self._accounts_generation == self._generation:
            return self._accounts
        generation = self._generation
        response = yield Call.op("get_accounts")
        body = body_json(response)
        accounts: tuple[str, ...] = ()
        if isinstance(body, Mapping):
            raw = body.get("accounts")
            if isinstance(raw, list):
                accounts = tuple(str(a) for a in raw)
            self._accounts_body = dict(body)
        self._accounts = accounts
        self._accounts_generation = generation
        return accounts

    def tickle(self) -> Flow[AuthStatus]:
        """``POST /tickle``: keeps the session alive and refreshes :attr:`ws_session`."""
        response = yield Call.op("tickle", allow_status=(401,))
        if int(response.status_code) == 401:
            status = AuthStatus()
        else:
            body = body_json(response)
            if isinstance(body, Mapping):
                value = body.get("session")
                if isinstance(value, str) and value:
                    self._ws_session = value
                iserver = body.get("iserver")
                auth = iserver.get("authStatus") if isinstance(iserver, Mapping) else None
                status = (
                    AuthStatus.from_body(auth)
                    if isinstance(auth, Mapping)
                    else AuthStatus(authenticated=True, connected=True)
                )
            else:
                status = AuthStatus()
        self._status = status
        return status

    def keepalive_once(self) -> Flow[None]:
        """One keep-alive beat: tickle, and re-establish the session if the tickle says it is gone."""
        generation = self._generation
        status = yield from self.tickle()
        if not status.ready:
            log.info("keep-alive: brokerage session gone (%s); re-establishing", status.message or "401")
            yield from self.recover(generation)

    def recover(self, seen_generation: int, error: IbkrError | None = None) -> Flow[None]:
        """Re-establish after ``error`` (NotAuthenticated, or AccountsNotQueried: re-read accounts).

        A no-op when another caller already re-established since ``seen_generation``.
        """
        if self._generation != seen_generation:
            return
        if isinstance(error, AccountsNotQueried):
            yield from self.ensure_accounts(force=True)
            return
        yield from self.start()
        with self._lock:
            hooks = list(self._hooks)
        for hook in hooks:
            try:
                yield from hook()
            except IbkrError as exc:
                log.warning("a session re-establishment hook failed: %s", exc)

    def resync(self) -> Flow[None]:
        """Another process re-established the (shared) brokerage session: re-read the accounts and run
        the ``on_reestablished`` hooks once, without opening the session again."""
        with self._lock:
            self._generation += 1
            hooks = list(self._hooks)
        yield from self.ensure_accounts(force=True)
        for hook in hooks:
            try:
                yield from hook()
            except IbkrError as exc:
                log.warning("a session re-establishment hook failed: %s", exc)

    def logout(self) -> Flow[None]:
        """``POST /logout``: end the session on IBKR's side."""
        yield Call.op("logout", allow_status=(401,))
        self._status = AuthStatus()
        self._accounts = None

    # -- pieces -----------------------------------------------------------------------------------

    def _auth_status(self) -> Flow[AuthStatus]:
        response = yield Call.op("get_auth_status", allow_status=(401,))
        if int(response.status_code) == 401:
            return AuthStatus()
        return AuthStatus.from_body(body_json(response))

    def _open_brokerage(self) -> Flow[AuthStatus]:
        from ibkr_webapi_client.models.brokerage_session_init_request import (
            BrokerageSessionInitRequest,
        )

        body = BrokerageSessionInitRequest(publish=self.publish, compete=self.compete)
        response = yield Call.op("init_brokerage_session", allow_status=(401,), body=body)
        if int(response.status_code) == 401:
            raise NotAuthenticated(_login_hint(self.mode, error_text(response)))
        status = AuthStatus.from_body(body_json(response))
        for _ in range(INIT_POLLS):
            if status.ready or status.competing:
                break
            # ssodh/init can answer before the session is up: poll the status briefly.
            yield Sleep(INIT_POLL_DELAY_S)
            status = yield from self._auth_status()
        if status.competing:
            raise _competing(status)
        if not status.ready:
            text = f"{status.message} {status.fail}".strip()
            if any(word in text.lower() for word in ("maintenance", "unavailable", "restart")):
                raise BrokerageUnavailable(
                    f"IBKR could not open the brokerage session ({text}); usually the nightly "
                    "maintenance window: retry in a few minutes."
                )
            raise NotAuthenticated(_login_hint(self.mode, text or None))
        return status

    def _open_sso_session(self) -> Flow[None]:
        from ibkr_webapi_client.types import File

        assert self._sso_session_body is not None
        payload = self._sso_session_body()
        # bytes, not a BytesIO: httpx sends a file object as a sync-only stream, which AsyncClient
        # cannot send (AssertionError in Request.aread); bytes serve both clients
        jwt = File(payload=cast(BinaryIO, payload), mime_type="application/jwt")
        yield Call.op("create_sso_session", body=jwt)


def _competing(status: AuthStatus) -> CompetingSession:
    return CompetingSession(
        "another login (TWS, IBKR Mobile or another gateway) holds this username's brokerage session"
        + (f" ({status.message})" if status.message else "")
        + ". Log out there, or take the session over: client.run(client.session.start()) with a client "
        "made with compete=True (the default)."
    )


def _login_hint(mode: Mode, text: str | None) -> str:
    detail = f" (IBKR: {text})" if text else ""
    if mode == "gateway":
        return (
            f"the CP Gateway is not logged in{detail}: open the gateway's page (https://localhost:5000 by "
            "default) in a browser and log in, then retry."
        )
    return (
        f"IBKR refused to open a brokerage session{detail}: check the OAuth credentials, and that the "
        "consumer key is enabled (new keys go live after the weekend restart)."
    )


# -- keep-alive shells -------------------------------------------------------------------------------


class ThreadKeepAlive:
    """Runs ``beat()`` every ``interval`` seconds in a daemon thread until :meth:`stop` (which joins)."""

    def __init__(self, beat: Callable[[], object], interval: float) -> None:
        self._beat = beat
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="ibkr-webapi-keepalive", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.wait(self._interval):
            try:
                self._beat()
            except ClientClosed:
                return
            except Exception as exc:  # the beat must survive a blip; the next one retries
                log.warning("keep-alive failed: %s", exc)

    def stop(self, timeout: float | None = None) -> None:
        """Stop and join (at most ``timeout`` seconds: the client cuts off the beat's socket first)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()


class TaskKeepAlive:
    """Runs ``await beat()`` every ``interval`` seconds in an asyncio task until :meth:`stop`."""

    def __init__(self, beat: Callable[[], Awaitable[object]], interval: float) -> None:
        self._beat = beat
        self._interval = interval
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._loop(), name="ibkr-webapi-keepalive")

    async def _loop(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            try:
                await self._beat()
            except ClientClosed:
                return
            except Exception as exc:
                log.warning("keep-alive failed: %s", exc)

    async def stop(self, timeout: float | None = None) -> None:
        """Cancel and await the task (at most ``timeout`` seconds)."""
        task, self._task = self._task, None
        if task is None or task.done():
            return
        task.cancel()
        await asyncio.wait({task}, timeout=timeout)

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()
