"""Paced, retrying httpx transports: every request the client sends passes through here.

Because auth lives in ``httpx.Auth`` and runs inside the httpx client, the auth's own requests (the
OAuth 1.0a live session token, the OAuth 2.0 token) are paced and retried like any other.

:class:`PacingCore` is the sans-I/O decision logic, a small state machine per request::

    reserve ──(delay<0: sleep, reserve again)──▶ sleep(delay) ─▶ send ─┬─ 2xx/4xx/...  ─▶ return
       ▲                                                            ├─ retryable     ─▶ sleep(d) ─┐
       └────────────────────────────────────────────────────────────┴─ budget spent  ─▶ raise     │
       └──────────────────────────────────────────────────────────────────────────────────────────┘

:class:`PacedTransport` and :class:`AsyncPacedTransport` are the two thin shells; they differ only in
how they sleep and send.
"""

from __future__ import annotations

import asyncio
import contextvars
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Protocol

import httpx

from . import _retry
from ._errors_map import map_transport_error
from ._exceptions import RateLimitError
from .pacing import GLOBAL_KEY, Pacer

if TYPE_CHECKING:
    from ibkr_webapi_client._operations import Operation

__all__ = [
    "UNKNOWN_OPERATION",
    "AsyncPacedTransport",
    "PacedTransport",
    "PacingCore",
    "last_response",
]

UNKNOWN_OPERATION: Final = "<unknown>"

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
    from ibkr_webapi_client._operations import match

    return match


@dataclass(slots=True)
class Attempt:
    """Per-request state: which operation, how many resends, how much back-off slept so far."""

    operation: Operation | None
    key: str
    resends: int = 0
    waited: float = 0.0
    holding: bool = False


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

    # -- request lifecycle ------------------------------------------------------------------------

    def operation_for(self, method: str, path: str) -> Operation | None:
        """The registry operation for a request path (api base first, then host root)."""
        api = self._api_prefix
        if path.startswith(api) and (len(path) == len(api) or path[len(api)] == "/"):
            op = self._match(method, path[len(api):] or "/", "api")
            if op is not None:
                return op
        root = self._root_prefix
        if not root or path.startswith(root + "/"):
            return self._match(method, path[len(root):], "root")
        return None

    def start(self, request: httpx.Request) -> Attempt:
        op = self.operation_for(request.method, request.url.path)
        return Attempt(op, op.operation_id if op is not None else UNKNOWN_OPERATION)

    def reserve(self, attempt: Attempt) -> float:
        """Delay before sending (``>= 0``, slot held) or ``< 0``: sleep ``-value`` and reserve again."""
        delay = self.pacer.reserve(attempt.key, self.clock())
        attempt.holding = delay >= 0
        return delay

    def finish(self, attempt: Attempt) -> None:
        """The attempt is over (answered, failed or abandoned): give back its concurrency slot."""
        if attempt.holding:
            attempt.holding = False
            self.pacer.release(attempt.key, self.clock())

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
            raise RateLimitError(
                f"{attempt.key}: IBKR kept answering 429 Too Many Requests; gave up after "
                f"{attempt.resends} resends and {attempt.waited:.1f} s of back-off"
                + (f" (server asks to retry after {retry_after:.0f} s)" if retry_after is not None else ""),
                operation_id=None if op is None else op.operation_id,
                retry_after=retry_after,
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


class PacedTransport(httpx.BaseTransport):
    """Synchronous shell: ``time.sleep`` and ``inner.handle_request``."""

    def __init__(self, inner: httpx.BaseTransport, core: PacingCore) -> None:
        self._inner = inner
        self.core = core

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        attempt = core.start(request)
        try:
            while True:
                while (delay := core.reserve(attempt)) < 0:
                    time.sleep(-delay)
                if delay > 0:
                    time.sleep(delay)
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

    def __init__(self, inner: httpx.AsyncBaseTransport, core: PacingCore) -> None:
        self._inner = inner
        self.core = core

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        attempt = core.start(request)
        try:
            while True:
                while (delay := core.reserve(attempt)) < 0:
                    await asyncio.sleep(-delay)
                if delay > 0:
                    await asyncio.sleep(delay)
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
