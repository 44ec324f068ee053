"""Paced, retrying httpx transports: every request the client sends passes through here.

Because auth lives in ``httpx.Auth`` and runs inside the httpx client, the auth's own requests (the
OAuth 1.0a live session token, the OAuth 2.0 token) are paced and retried like any other.

:class:`PacingCore` is the sans-I/O decision logic, a small state machine per request::

    reserve ──(delay<0: sleep, reserve again)──▶ sleep(delay) ─▶ confirm ─▶ send ─┬─ 2xx/4xx/... ─▶ return
       ▲                                          ▲     (woke too late:  │      ├─ retryable ─▶ sleep(d) ─┐
       │                                          └──── booked again) ───┘      └─ budget spent ─▶ raise │
       └────────────────────────────────────────────────────────────────────────────────────────────────┘

After sleeping until its booked time, a request asks the pacer to ``confirm`` the real send time
(see :class:`~ibkr_webapi.pacing.ConfirmingPacer`): a thread or task that woke late is re-checked,
and waits again if sending now would put too many requests in some window. An httpcore ``trace``
hook then reports when the request headers were really written (a new connection first waits for
TCP/TLS set-up), so the pacer counts the send when the server can see it.

:class:`PacedTransport` and :class:`AsyncPacedTransport` are the two thin shells; they differ only in
how they sleep and send.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol, cast

import httpx

from . import _retry
from ._errors_map import map_transport_error, rate_limit_error
from .pacing import GLOBAL_KEY, Pacer, Waiter

if TYPE_CHECKING:
    from ibkr_webapi_client.operations import Operation

__all__ = [
    "UNKNOWN_OPERATION",
    "AsyncPacedTransport",
    "CookieStore",
    "PacedTransport",
    "PacingCore",
    "last_response",
]

UNKNOWN_OPERATION: Final = "<unknown>"

_OPERATION_CACHE_SIZE: Final = 2048

_HEADERS_WRITTEN: Final = ".send_request_headers.complete"  # httpcore trace: http11.… / http2.…

TraceHook = Callable[[str, dict[str, Any]], Any]

_LAST_RESPONSE: contextvars.ContextVar[httpx.Response | None] = contextvars.ContextVar(
    "ibkr_webapi_last_response", default=None
)


def last_response() -> httpx.Response | None:
    """The last response this thread/task received through a paced transport.

    The flow driver uses it to report status and body when the generated client fails to parse a body.
    """
    return _LAST_RESPONSE.get()


class _Matcher(Protocol):
    def __call__(self, method: str, path: str, base: str = ...) -> Operation | None: ...


def _registry_match() -> _Matcher:
    from ibkr_webapi_client.operations import match

    return match


@dataclass(slots=True)
class Attempt:
    """Per-request state: which operation, how many resends, how much back-off slept so far."""

    operation: Operation | None
    key: str
    resends: int = 0
    waited: float = 0.0
    holding: bool = False
    booked: float = 0.0  # the clock value the pacer booked for the next send
    sent_at: float | None = None  # the send time the pacer recorded, until the real one is reported
    waiter: Waiter | None = None  # made when a concurrency-limited key is first found full
    queued: bool = False  # the pacer has ``waiter`` in a concurrency queue (or handed it a slot)


class PacingCore:
    """The decisions of the paced transport; no I/O, thread-safe through the pacer.

    ``api_prefix`` is the path of the ``/v1/api`` base on this host (``"/v1/api"``), ``root_prefix``
    the path under which ``base: root`` operations live (``""`` for the host root).
    """

    def __init__(
        self,
        pacer: Pacer,
        *,
        api_prefix: str = "/v1/api",
        root_prefix: str = "",
        policy: _retry.RetryPolicy | None = None,
        clock: Callable[[], float] = time.monotonic,
        matcher: _Matcher | None = None,
    ) -> None:
        self.pacer = pacer
        self.policy = policy or _retry.RetryPolicy()
        self.clock = clock
        self._api_prefix = api_prefix.rstrip("/")
        self._root_prefix = root_prefix.rstrip("/")
        self._match = matcher or _registry_match()
        self._seen: dict[tuple[str, str], Operation | None] = {}
        self._confirm: Callable[[str, float, float], float] | None = getattr(pacer, "confirm", None)
        self._sent: Callable[[str, float, float], None] | None = getattr(pacer, "sent", None)

    # -- request lifecycle ------------------------------------------------------------------------

    def operation_for(self, method: str, path: str) -> Operation | None:
        """The registry operation for a request path (api base first, then host root); memoised."""
        key = (method, path)
        try:
            return self._seen[key]
        except KeyError:
            pass
        op = self._lookup(method, path)
        if len(self._seen) >= _OPERATION_CACHE_SIZE:
            self._seen.clear()  # paths carry ids (conids, order ids): keep the memo bounded
        self._seen[key] = op
        return op

    def _lookup(self, method: str, path: str) -> Operation | None:
        api = self._api_prefix
        if path.startswith(api) and (len(path) == len(api) or path[len(api)] == "/"):
            op = self._match(method, path[len(api) :] or "/", "api")
            if op is not None:
                return op
        root = self._root_prefix
        if not root or path.startswith(root + "/"):
            return self._match(method, path[len(root) :], "root")
        return None

    def start(self, request: httpx.Request) -> Attempt:
        op = self.operation_for(request.method, request.url.path)
        return Attempt(op, op.operation_id if op is not None else UNKNOWN_OPERATION)

    def reserve(self, attempt: Attempt) -> float:
        """Delay before sending (``>= 0``, slot held) or ``< 0``: sleep ``-value`` and reserve again."""
        waiter = attempt.waiter
        now = self.clock()
        delay = (
            self.pacer.reserve(attempt.key, now)
            if waiter is None
            else self.pacer.reserve(attempt.key, now, waiter)
        )
        attempt.holding = delay >= 0
        attempt.queued = delay < 0 and waiter is not None
        attempt.booked = now + delay
        attempt.sent_at = now if delay == 0 else None
        return delay

    def confirm(self, attempt: Attempt) -> float:
        """After sleeping until the booked time: 0 to send now, or sleep that long and confirm again.

        Only pacers with ``confirm`` (:class:`~ibkr_webapi.pacing.ConfirmingPacer`) are asked.
        """
        confirm = self._confirm
        if confirm is None:
            attempt.sent_at = attempt.booked
            return 0.0
        now = self.clock()
        delay = confirm(attempt.key, attempt.booked, now)
        attempt.booked = now + delay
        attempt.sent_at = now if delay == 0 else None
        return delay

    def reports_sends(self) -> bool:
        """Whether to hook httpcore's trace to report when request headers are really written."""
        return self._sent is not None and not getattr(self.pacer, "unlimited", False)

    def headers_written(self, attempt: Attempt, name: str) -> None:
        """httpcore trace event ``name``: on "request headers written", report the real send time."""
        if attempt.sent_at is not None and name.endswith(_HEADERS_WRITTEN) and self._sent is not None:
            at, attempt.sent_at = attempt.sent_at, None
            self._sent(attempt.key, at, self.clock())

    def finish(self, attempt: Attempt) -> None:
        """The attempt is over (answered, failed or abandoned): give back its concurrency slot
        (or its place in the concurrency queue)."""
        if attempt.holding or attempt.queued:
            attempt.holding = attempt.queued = False
            if attempt.waiter is None:
                self.pacer.release(attempt.key, self.clock())
            else:
                self.pacer.release(attempt.key, self.clock(), attempt.waiter)

    def on_response(self, attempt: Attempt, response: httpx.Response) -> float | None:
        """None: hand ``response`` to the caller. A float: close it, sleep that long, resend.

        Raises ``RateLimitError`` when 429s outlast the budget.
        """
        self.finish(attempt)
        status = response.status_code
        if status < 400:
            _LAST_RESPONSE.set(response)
            return None
        op = attempt.operation
        if status == _retry.RATE_LIMITED:
            retry_after = _retry.parse_retry_after(response.headers)
            if _retry.should_retry(response, op, attempt.resends, max_retries=self.policy.max_retries):
                delay = self._backoff(attempt, retry_after)
                if attempt.waited + delay <= self.policy.max_total_wait_s:
                    attempt.waited += delay
                    attempt.resends += 1
                    self._slow_down(attempt, delay)
                    return 0.0  # the pacer now holds the key back; reserve() returns the wait
            raise rate_limit_error(
                None if op is None else op.operation_id,
                retry_after=retry_after,
                resends=attempt.resends,
                waited=attempt.waited,
            )
        if _retry.should_retry(response, op, attempt.resends, max_retries=self.policy.max_retries):
            delay = self._backoff(attempt, _retry.parse_retry_after(response.headers))
            if attempt.waited + delay <= self.policy.max_total_wait_s:
                attempt.waited += delay
                attempt.resends += 1
                return delay
        _LAST_RESPONSE.set(response)
        return None

    def on_error(self, attempt: Attempt, exc: httpx.TransportError) -> float:
        """A float: sleep that long and resend. Raises our ``ConnectError``/``RequestTimeout`` otherwise."""
        self.finish(attempt)
        op = attempt.operation
        if _retry.should_retry(exc, op, attempt.resends, max_retries=self.policy.max_retries):
            delay = self._backoff(attempt, None)
            if attempt.waited + delay <= self.policy.max_total_wait_s:
                attempt.waited += delay
                attempt.resends += 1
                return delay
        raise map_transport_error(exc, None if op is None else op.operation_id) from exc

    # -- helpers ----------------------------------------------------------------------------------

    def _backoff(self, attempt: Attempt, retry_after: float | None) -> float:
        return _retry.retry_delay(
            attempt.resends,
            retry_after,
            initial_delay_s=self.policy.initial_delay_s,
            max_delay_s=self.policy.max_delay_s,
        )

    def _slow_down(self, attempt: Attempt, delay: float) -> None:
        """Hold the operation back (and everything, when only the global limit can have tripped)."""
        until = self.clock() + delay
        self.pacer.backoff(attempt.key, until)
        op = attempt.operation
        if op is None or op.rate_limit is None or not op.rate_limit.requests:
            self.pacer.backoff(GLOBAL_KEY, until)


class CookieStore:
    """The client's cookies, kept out of httpx's per-client jar so a request costs a dict lookup.

    httpx copies its cookie jar and runs the stdlib cookie policy on *every* request once the jar is
    non-empty (~50 us, more than all our own per-request code), and IBKR sets cookies (the gateway's
    ``api`` session cookie) that then ride on every call. So the client moves cookies that httpx
    extracted into this store (:meth:`adopt`, from a response hook; httpx's jar stays empty and on
    its fast path) and the paced transport adds the ``Cookie`` header (:meth:`apply`). The header is
    computed with the stdlib's rules (domain, path, secure, expiry) once per (scheme, host, path) and
    cached until the cookies change or the next one expires.
    """

    def __init__(self) -> None:
        self.cookies = httpx.Cookies()
        self._lock = threading.Lock()
        self._cache: dict[tuple[str, str, int | None, str], str | None] = {}
        self._expires = math.inf  # the earliest expiry among the cookies (epoch seconds)
        self._any_path = False  # True when some cookie is limited to a path other than "/"

    def __bool__(self) -> bool:
        return bool(self._cache) or bool(self.cookies)

    def adopt(self, jar: httpx.Cookies) -> None:
        """Move every cookie of ``jar`` (an httpx client's) into the store and empty ``jar``."""
        moved = list(jar.jar)
        jar.clear()
        with self._lock:
            for cookie in moved:
                self.cookies.jar.set_cookie(cookie)
            self._changed()

    def clear(self) -> None:
        with self._lock:
            self.cookies.clear()
            self._changed()

    def apply(self, request: httpx.Request) -> None:
        """Add the stored cookies that match ``request`` to its ``Cookie`` header."""
        if not self._cache and not self.cookies:
            return
        url = request.url
        if time.time() >= self._expires:  # the stdlib's cookie rules use the wall clock too
            with self._lock:
                self.cookies.jar.clear_expired_cookies()
                self._changed()
        key = (url.scheme, url.host, url.port, url.path if self._any_path else "/")
        try:
            header = self._cache[key]
        except KeyError:
            header = self._compute(key, url)
        if header is None:
            return
        mine = request.headers.get("cookie")
        request.headers["Cookie"] = header if not mine else _merge_cookie_headers(mine, header)

    def _compute(self, key: tuple[str, str, int | None, str], url: httpx.URL) -> str | None:
        probe = httpx.Request("GET", url)
        with self._lock:
            self.cookies.set_cookie_header(probe)
            header: str | None = probe.headers.get("cookie")
            if len(self._cache) >= _COOKIE_CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = header
        return header

    def _changed(self) -> None:
        self._cache = {}
        cookies = list(self.cookies.jar)
        self._expires = min((c.expires for c in cookies if c.expires is not None), default=math.inf)
        self._any_path = any(c.path not in ("", "/") for c in cookies)


_COOKIE_CACHE_SIZE: Final = 256


def _merge_cookie_headers(explicit: str, stored: str) -> str:
    """Cookies given for this request win over stored ones of the same name."""
    names = {part.split("=", 1)[0].strip() for part in explicit.split(";")}
    extra = [part for part in stored.split("; ") if part.split("=", 1)[0] not in names]
    return "; ".join([explicit, *extra]) if extra else explicit


class _ThreadWaiter:
    """Sleeps a thread until the pacer hands it a concurrency slot (or the timeout passes)."""

    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = threading.Event()

    def wake(self) -> None:
        self._event.set()

    def wait(self, timeout: float) -> None:
        self._event.wait(timeout)
        self._event.clear()


class _TaskWaiter:
    """The asyncio twin; ``wake`` may come from another thread (a shared pacer)."""

    __slots__ = ("_event", "_loop")

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._event = asyncio.Event()

    def wake(self) -> None:
        with contextlib.suppress(RuntimeError):  # a closed loop: nobody is waiting any more
            self._loop.call_soon_threadsafe(self._event.set)

    async def wait(self, timeout: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._event.wait(), timeout)
        self._event.clear()


def _sync_trace(core: PacingCore, attempt: Attempt, inner: TraceHook | None) -> TraceHook:
    """An httpcore ``trace`` callback reporting the real send time (and calling ``inner``, if any)."""

    def trace(name: str, info: dict[str, Any]) -> None:
        core.headers_written(attempt, name)
        if inner is not None:
            inner(name, info)

    return trace


def _async_trace(core: PacingCore, attempt: Attempt, inner: TraceHook | None) -> TraceHook:
    """The asyncio twin (httpcore awaits the callback)."""

    async def trace(name: str, info: dict[str, Any]) -> None:
        core.headers_written(attempt, name)
        if inner is not None:
            await inner(name, info)

    return trace


class PacedTransport(httpx.BaseTransport):
    """Synchronous shell: ``time.sleep`` and ``inner.handle_request``."""

    def __init__(
        self, inner: httpx.BaseTransport, core: PacingCore, cookies: CookieStore | None = None
    ) -> None:
        self._inner = inner
        self.core = core
        self.cookies = cookies if cookies is not None else CookieStore()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        self.cookies.apply(request)
        attempt = core.start(request)
        if core.reports_sends():
            request.extensions["trace"] = _sync_trace(core, attempt, request.extensions.get("trace"))
        try:
            while True:
                while (delay := core.reserve(attempt)) < 0:
                    if attempt.waiter is None:  # full: ask again at once, this time to be queued
                        attempt.waiter = _ThreadWaiter()
                        continue
                    cast(_ThreadWaiter, attempt.waiter).wait(-delay)
                while delay > 0:
                    time.sleep(delay)
                    delay = core.confirm(attempt)
                try:
                    response = self._inner.handle_request(request)
                except httpx.TransportError as exc:
                    delay = core.on_error(attempt, exc)
                else:
                    resend = core.on_response(attempt, response)
                    if resend is None:
                        return response
                    response.close()
                    delay = resend
                if delay > 0:
                    time.sleep(delay)
        finally:
            core.finish(attempt)  # no-op unless interrupted while holding a slot

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """Asynchronous shell: ``asyncio.sleep`` and ``await inner.handle_async_request``."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, core: PacingCore, cookies: CookieStore | None = None
    ) -> None:
        self._inner = inner
        self.core = core
        self.cookies = cookies if cookies is not None else CookieStore()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        self.cookies.apply(request)
        attempt = core.start(request)
        if core.reports_sends():
            request.extensions["trace"] = _async_trace(core, attempt, request.extensions.get("trace"))
        try:
            while True:
                while (delay := core.reserve(attempt)) < 0:
                    if attempt.waiter is None:
                        attempt.waiter = _TaskWaiter()
                        continue
                    await cast(_TaskWaiter, attempt.waiter).wait(-delay)
                while delay > 0:
                    await asyncio.sleep(delay)
                    delay = core.confirm(attempt)
                try:
                    response = await self._inner.handle_async_request(request)
                except httpx.TransportError as exc:
                    delay = core.on_error(attempt, exc)
                else:
                    resend = core.on_response(attempt, response)
                    if resend is None:
                        return response
                    await response.aclose()
                    delay = resend
                if delay > 0:
                    await asyncio.sleep(delay)
        finally:
            core.finish(attempt)  # no-op unless interrupted while holding a slot

    async def aclose(self) -> None:
        await self._inner.aclose()
