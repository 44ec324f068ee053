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
and waits again if sending now would put too many requests in some window. The socket of
``_network.BoundedHTTPTransport`` (the sync default), or an httpcore ``trace`` hook on any other
inner transport, then reports when the request headers were really written (a new connection first
waits for TCP/TLS set-up), so the pacer counts the send when the server can see it.

:class:`PacedTransport` and :class:`AsyncPacedTransport` are the two thin shells; they differ only in
how they sleep and send. Bodies come through capped streams (decoded by ``_inflate``); cookies
from ``_cookies.CookieStore``.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import math
import threading
import time
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Protocol, cast

import httpx

from . import _deadline, _retry
from ._cookies import CookieStore
from ._deadline import Deadline
from ._errors_map import map_transport_error, rate_limit_error
from ._exceptions import (
    ClientClosed,
    IbkrError,
    PacingTimeout,
    RequestTimeout,
    ResponseTooLarge,
    UnexpectedResponse,
)
from ._inflate import BodyTooLarge, Inflater, UndecodableBody, inflater_for
from ._network import SENDING, BoundedHTTPTransport
from .pacing import GLOBAL_KEY, Pacer, Waiter

if TYPE_CHECKING:
    from ibkr_webapi_client.operations import Operation

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "UNKNOWN_OPERATION",
    "AsyncPacedTransport",
    "PacedTransport",
    "PacingCore",
]

UNKNOWN_OPERATION: Final = "<unknown>"

DEFAULT_MAX_RESPONSE_BYTES: Final = 64 * 1024 * 1024
"""Default cap of one response body (64 MiB: far above any IBKR answer, far below a memory blow-up)."""

_OPERATION_CACHE_SIZE: Final = 2048

_HEADERS_WRITTEN: Final = ".send_request_headers.complete"  # httpcore trace: http11.… / http2.…

TraceHook = Callable[[str, dict[str, Any]], Any]


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
    on_wire: bool = False  # handed to the network: it may have reached the server


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
        deadline_s: float = math.inf,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    ) -> None:
        self.pacer = pacer
        self.policy = policy or _retry.RetryPolicy()
        self.clock = clock
        self.deadline_s = deadline_s
        self.max_response_bytes = max_response_bytes
        self.closed = False  # set by the shell's close(): nothing is sent any more
        self._reserve_takes_deadline = _takes_deadline(pacer)
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
        attempt = Attempt(op, op.operation_id if op is not None else UNKNOWN_OPERATION)
        self.check_open(attempt)
        return attempt

    def deadline(self) -> Deadline:
        """The deadline of the running call (bound by the flow driver), else one for this request."""
        return _deadline.current() or Deadline.after(self.deadline_s)

    def check_open(self, attempt: Attempt) -> None:
        """Raise ``ClientClosed`` once ``close()`` has begun (``sent=False``: nothing left the client)."""
        if self.closed:
            raise self.closed_error(attempt)

    def closed_error(self, attempt: Attempt) -> ClientClosed:
        op = attempt.operation
        sent = attempt.on_wire
        return ClientClosed(
            f"{attempt.key}: the client was closed; "
            + (
                "the request was on the wire and its answer was abandoned"
                if sent
                else "the request was not sent"
            ),
            operation_id=None if op is None else op.operation_id,
            sent=sent,
        )

    def reserve(self, attempt: Attempt, deadline: Deadline | None = None) -> float:
        """Delay before sending (``>= 0``, slot held) or ``< 0``: wait ``-value`` and reserve again.

        Raises ``PacingTimeout`` when the slot comes after ``deadline`` (nothing is booked then, if
        the pacer takes ``deadline=``) and ``ClientClosed`` once the client is closing.
        """
        self.check_open(attempt)
        waiter = attempt.waiter
        now = self.clock()
        left = math.inf if deadline is None else deadline.remaining()
        if left <= 0:
            raise self._pacing_timeout(attempt, deadline)
        pacer_deadline = now + left if self._reserve_takes_deadline and left < math.inf else None
        if pacer_deadline is not None:
            delay = self.pacer.reserve(attempt.key, now, waiter, deadline=pacer_deadline)
        elif waiter is None:
            delay = self.pacer.reserve(attempt.key, now)
        else:
            delay = self.pacer.reserve(attempt.key, now, waiter)
        if delay > left:  # the slot comes after the deadline (booked only by pacers without deadline=)
            attempt.holding = pacer_deadline is None
            raise self._pacing_timeout(attempt, deadline)
        attempt.holding = delay >= 0
        attempt.queued = delay < 0 and waiter is not None
        attempt.booked = now + delay
        attempt.sent_at = now if delay == 0 else None
        return delay

    def wait_time(self, attempt: Attempt, wait: float, deadline: Deadline | None) -> float:
        """How long a queued caller may wait for a concurrency slot; ``PacingTimeout`` if no time is left."""
        if deadline is None:
            return wait
        left = deadline.remaining()
        if left <= 0:
            raise self._pacing_timeout(attempt, deadline)
        return min(wait, left)

    def _pacing_timeout(self, attempt: Attempt, deadline: Deadline | None) -> PacingTimeout:
        op = attempt.operation
        budget = "" if deadline is None else f" of {deadline.budget:g} s"
        return PacingTimeout(
            f"{attempt.key}: no pacing slot before the call's deadline{budget} (IBKR's rate limits and "
            "the requests queued before this one leave no room in time); the request was not sent",
            operation_id=None if op is None else op.operation_id,
        )

    def before_resend(
        self, attempt: Attempt, delay: float, deadline: Deadline | None, cause: BaseException | None
    ) -> None:
        """A resend after ``delay`` must still fit the deadline; else ``RequestTimeout`` now."""
        self.check_open(attempt)
        if deadline is not None and delay >= deadline.remaining():
            op = attempt.operation
            raise RequestTimeout(
                f"{attempt.key}: the call's deadline of {deadline.budget:g} s leaves no time to retry "
                f"after {attempt.resends} resend(s)"
                + (f" (last failure: {type(cause).__name__})" if cause is not None else ""),
                operation_id=None if op is None else op.operation_id,
            ) from cause

    def failed(self, attempt: Attempt, exc: BaseException, deadline: Deadline | None) -> IbkrError | None:
        """The typed error for ``exc`` met while sending or reading, when closing or the deadline
        explains it (None: handle ``exc`` as usual)."""
        if self.closed:
            return self.closed_error(attempt)
        if deadline is not None and deadline.expired():
            op = attempt.operation
            return RequestTimeout(
                f"{attempt.key}: the call's deadline of {deadline.budget:g} s passed "
                "(pacing, connect, send, read and retries count toward it)",
                operation_id=None if op is None else op.operation_id,
            )
        return None

    def confirm(self, attempt: Attempt, deadline: Deadline | None = None) -> float:
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
        if delay > 0 and deadline is not None and delay >= deadline.remaining():
            raise self._pacing_timeout(attempt, deadline)
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

        Raises ``RateLimitError`` when 429s outlast the budget. A response handed to the caller keeps
        its concurrency slot until its body has been read (the shells give it back when the body
        stream closes): IBKR counts a request in flight until it has sent the whole answer, so a
        slot given back at the headers let the next request in while the server still counted the
        old one (a 429 at max_concurrent). A resend or an error gives the slot back at once.
        """
        status = response.status_code
        if status < 400:
            return None
        resend = self._resend_after(attempt, response)
        if resend is not None:
            self.finish(attempt)
        return resend

    def _resend_after(self, attempt: Attempt, response: httpx.Response) -> float | None:
        status = response.status_code
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
            self.finish(attempt)
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
        return None

    def on_error(
        self, attempt: Attempt, exc: httpx.TransportError, deadline: Deadline | None = None
    ) -> float:
        """A float: sleep that long and resend. Raises our ``ConnectError``/``RequestTimeout`` otherwise
        (``ClientClosed`` when closing)."""
        self.finish(attempt)
        error = self.failed(attempt, exc, deadline)
        if error is not None:
            raise error from exc
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


def _takes_deadline(pacer: Pacer) -> bool:
    """Whether ``pacer.reserve`` accepts ``deadline=`` (the current :class:`~.pacing.Pacer` contract)."""
    try:
        params = inspect.signature(pacer.reserve).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return False
    return "deadline" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


class _ThreadWaiter:
    """Sleeps a thread until the pacer hands it a concurrency slot (or the timeout passes, or the
    client closes)."""

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


class _Trace:
    """The httpcore ``trace`` hook of one request: reports when its headers were really written.

    Installed in the request's extensions before each attempt (:meth:`install`); once the headers
    are reported it puts back the hook that was there before (usually none), so httpcore stops
    calling it for the rest of the exchange (each traced step costs a call per start and end).
    """

    __slots__ = ("_attempt", "_core", "_extensions", "_inner", "hook")

    def __init__(self, core: PacingCore, attempt: Attempt, extensions: dict[str, Any]) -> None:
        self._core = core
        self._attempt = attempt
        self._extensions = extensions
        self._inner: TraceHook | None = extensions.get("trace")
        self.hook: TraceHook | None = None  # made on first install (the socket path never needs it)

    def _make_hook(self) -> TraceHook:
        raise NotImplementedError

    def install(self) -> None:
        if self.hook is None:
            self.hook = self._make_hook()
        self._extensions["trace"] = self.hook

    def written(self) -> None:
        """The socket wrote the first bytes of this attempt: its request headers (sync network path)."""
        self._core.headers_written(self._attempt, _HEADERS_WRITTEN)

    def _report(self, name: str) -> None:
        if name.endswith(_HEADERS_WRITTEN):
            self._core.headers_written(self._attempt, name)
            if self._inner is None:
                self._extensions.pop("trace", None)
            else:
                self._extensions["trace"] = self._inner


class _SyncTrace(_Trace):
    __slots__ = ()

    def _make_hook(self) -> TraceHook:
        report, inner = self._report, self._inner

        def trace(name: str, info: dict[str, Any]) -> None:
            report(name)
            if inner is not None:
                inner(name, info)

        return trace


class _AsyncTrace(_Trace):
    """The asyncio twin (httpcore awaits the callback)."""

    __slots__ = ()

    def _make_hook(self) -> TraceHook:
        report, inner = self._report, self._inner

        async def trace(name: str, info: dict[str, Any]) -> None:
            report(name)
            if inner is not None:
                await inner(name, info)

        return trace


def _sync_trace(core: PacingCore, attempt: Attempt, extensions: dict[str, Any]) -> _Trace:
    """The trace hook reporting the real send time of ``attempt`` (and calling the request's own)."""
    return _SyncTrace(core, attempt, extensions)


def _async_trace(core: PacingCore, attempt: Attempt, extensions: dict[str, Any]) -> _Trace:
    return _AsyncTrace(core, attempt, extensions)


def _too_large(attempt: Attempt, limit: int) -> ResponseTooLarge:
    op = attempt.operation
    return ResponseTooLarge(
        f"{attempt.key}: the response body is larger than the client's cap of {limit} bytes "
        "(max_response_bytes); reading stopped there",
        operation_id=None if op is None else op.operation_id,
        limit=limit,
    )


def _framing(response: httpx.Response) -> tuple[int | None, bool]:
    """The declared ``Content-Length`` (None: none or unreadable) and whether a ``Content-Encoding``
    is there, in one scan of the raw headers (``headers.get`` would decode all of them first)."""
    length: int | None = None
    seen_length = encoded = False
    for name, value in response.headers.raw:
        name = name.lower()
        if name == b"content-length" and not seen_length:
            seen_length = True
            value = value.strip()
            length = int(value) if value.isdigit() else None
        elif name == b"content-encoding":
            encoded = True
    return length, encoded


def _inflater_for(response: httpx.Response, attempt: Attempt, limit: int) -> Inflater | None:
    """The bounded decoder of a compressed body (see ``_inflate``), or ``None`` for a plain one.

    With a decoder, httpx is given the decoded body: ``Content-Encoding`` and the wire
    ``Content-Length`` are removed from the response, so httpx does not decode it again.
    """
    encoding = response.headers.get("content-encoding")
    if encoding is None:
        return None
    try:
        inflater = inflater_for(encoding, limit)
    except UndecodableBody as exc:
        raise _undecodable(response.status_code, attempt, str(exc)) from None
    del response.headers["content-encoding"]
    if "content-length" in response.headers:
        del response.headers["content-length"]
    return inflater


def _undecodable(status: int | None, attempt: Attempt, why: str) -> UnexpectedResponse:
    op = attempt.operation
    return UnexpectedResponse(
        f"{attempt.key}: the response body cannot be decoded: {why}",
        status_code=status,
        operation_id=None if op is None else op.operation_id,
    )


def _inflate_chunk(inflater: Inflater, chunk: bytes, attempt: Attempt, limit: int) -> bytes:
    try:
        return inflater.feed(chunk)
    except BodyTooLarge:
        raise _too_large(attempt, limit) from None
    except UndecodableBody as exc:
        raise _undecodable(None, attempt, str(exc)) from None


def _inflate_tail(inflater: Inflater, attempt: Attempt, limit: int) -> bytes:
    try:
        return inflater.flush()
    except BodyTooLarge:
        raise _too_large(attempt, limit) from None
    except UndecodableBody as exc:  # pragma: no cover - zlib's flush fails only on corrupt input
        raise _undecodable(None, attempt, str(exc)) from None


class _CappedStream(httpx.SyncByteStream):
    """The body of a response, read chunk by chunk under the call's deadline, stopped at the cap."""

    def __init__(
        self,
        inner: httpx.SyncByteStream,
        core: PacingCore,
        attempt: Attempt,
        deadline: Deadline,
        inflater: Inflater | None = None,
    ) -> None:
        self._inner = inner
        self._core = core
        self._attempt = attempt
        self._deadline = deadline
        self._inflater = inflater

    def __iter__(self) -> Iterator[bytes]:
        # a plain body is the capped chunks themselves (no generator layer around each chunk)
        return self._raw() if self._inflater is None else self._inflated(self._inflater)

    def _inflated(self, inflater: Inflater) -> Iterator[bytes]:
        attempt, limit = self._attempt, self._core.max_response_bytes
        for chunk in self._raw():
            out = _inflate_chunk(inflater, chunk, attempt, limit)
            if out:
                yield out
        tail = _inflate_tail(inflater, attempt, limit)
        if tail:
            yield tail

    def _raw(self) -> Iterator[bytes]:
        core, attempt, deadline = self._core, self._attempt, self._deadline
        limit = core.max_response_bytes
        total = 0
        chunks = iter(self._inner)
        current = _deadline.current
        while True:
            # every socket read is capped at the time left (bound here unless the caller's flow
            # already bound this very deadline)
            token = None if current() is deadline else _deadline.bind(deadline)
            try:
                chunk = next(chunks)
            except StopIteration:
                return
            except httpx.TransportError as exc:
                raise (
                    core.failed(attempt, exc, deadline) or map_transport_error(exc, _op_id(attempt))
                ) from exc
            finally:
                if token is not None:
                    _deadline.unbind(token)
            total += len(chunk)
            if total > limit:
                raise _too_large(attempt, limit)
            yield chunk

    def close(self) -> None:
        try:
            self._inner.close()
        finally:
            self._core.finish(self._attempt)  # the answer is complete: its concurrency slot is free


class _AsyncCappedStream(httpx.AsyncByteStream):
    """The asyncio twin: a chunk is awaited under ``asyncio.timeout`` of the time left once that is
    shorter than httpx's read timeout (which bounds one read); ``aclose()`` of the client cancels it."""

    def __init__(
        self,
        inner: httpx.AsyncByteStream,
        core: PacingCore,
        attempt: Attempt,
        deadline: Deadline,
        shell: AsyncPacedTransport,
        read_timeout: float | None,
        inflater: Inflater | None = None,
    ) -> None:
        self._inner = inner
        self._core = core
        self._attempt = attempt
        self._deadline = deadline
        self._shell = shell
        self._read_timeout = read_timeout
        self._inflater = inflater

    def __aiter__(self) -> AsyncIterator[bytes]:
        # a plain body is the capped chunks themselves (no async generator layer around each chunk)
        return self._raw() if self._inflater is None else self._inflated(self._inflater)

    async def _inflated(self, inflater: Inflater) -> AsyncIterator[bytes]:
        limit = self._core.max_response_bytes
        async for chunk in self._raw():
            out = _inflate_chunk(inflater, chunk, self._attempt, limit)
            if out:
                yield out
        tail = _inflate_tail(inflater, self._attempt, limit)
        if tail:
            yield tail

    async def _raw(self) -> AsyncIterator[bytes]:
        core, attempt, deadline, shell = self._core, self._attempt, self._deadline, self._shell
        limit = core.max_response_bytes
        read_timeout = self._read_timeout
        total = 0
        chunks = aiter(self._inner)
        task = asyncio.current_task()
        assert task is not None
        while True:
            shell._enter(task)
            try:
                left = deadline.remaining()
                if read_timeout is not None and left > read_timeout:
                    # one socket read (bounded by httpx's read timeout) cannot pass the deadline
                    chunk = await anext(chunks)
                else:
                    async with asyncio.timeout(left):
                        chunk = await anext(chunks)
            except StopAsyncIteration:
                return
            except httpx.TransportError as exc:
                raise (
                    core.failed(attempt, exc, deadline) or map_transport_error(exc, _op_id(attempt))
                ) from exc
            except TimeoutError as exc:
                raise (core.failed(attempt, exc, deadline) or shell._timeout(attempt, deadline)) from exc
            except asyncio.CancelledError:
                if shell._closed_by_us(task):
                    raise core.closed_error(attempt) from None
                raise
            finally:
                shell._leave(task)
            total += len(chunk)
            if total > limit:
                raise _too_large(attempt, limit)
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            self._core.finish(self._attempt)  # the answer is complete: its concurrency slot is free


def _op_id(attempt: Attempt) -> str | None:
    return None if attempt.operation is None else attempt.operation.operation_id


def _capped_response(
    response: httpx.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    """``response`` reading its body through ``stream`` (swapped in place: a new Response costs more)."""
    response.stream = stream
    return response


def _cap_pool_wait(request: httpx.Request, deadline: Deadline) -> None:
    """Wait for a pooled connection no longer than the call has left (the socket operations are
    capped by :class:`BoundedHTTPTransport`; the pool wait happens before any socket)."""
    timeouts = request.extensions.get("timeout")
    if timeouts:
        pool = timeouts.get("pool")
        left = deadline.remaining()
        if pool is None or pool > left:
            request.extensions["timeout"] = {**timeouts, "pool": max(0.0, left)}


def _pause(closing: threading.Event, seconds: float) -> None:
    """The sync shell's only sleep: ``seconds``, or until the client closes (tests replace it)."""
    closing.wait(seconds)


class PacedTransport(httpx.BaseTransport):
    """Synchronous shell: waits on an event (woken by ``close``) and ``inner.handle_request``."""

    def __init__(
        self, inner: httpx.BaseTransport, core: PacingCore, cookies: CookieStore | None = None
    ) -> None:
        self._inner = inner
        self.core = core
        self.cookies = cookies if cookies is not None else CookieStore()
        self._reports_writes = isinstance(inner, BoundedHTTPTransport)
        self._closing = threading.Event()
        self._lock = threading.Lock()
        self._waiters: set[_ThreadWaiter] = set()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        self.cookies.apply(request)
        attempt = core.start(request)
        deadline = core.deadline()
        trace = _sync_trace(core, attempt, request.extensions) if core.reports_sends() else None
        # The default network transport reports the header write from its socket (no trace hook:
        # httpcore would call it at the start and end of every step)
        by_socket = trace is not None and self._reports_writes
        handed_over = False
        try:
            while True:
                while (delay := core.reserve(attempt, deadline)) < 0:
                    if attempt.waiter is None:  # full: ask again at once, this time to be queued
                        waiter = _ThreadWaiter()
                        with self._lock:
                            self._waiters.add(waiter)
                        attempt.waiter = waiter
                        continue
                    cast(_ThreadWaiter, attempt.waiter).wait(core.wait_time(attempt, -delay, deadline))
                while delay > 0:
                    self._sleep(attempt, delay)
                    delay = core.confirm(attempt, deadline)
                core.check_open(attempt)
                cause: BaseException | None = None
                try:
                    attempt.on_wire = True
                    _cap_pool_wait(request, deadline)
                    if by_socket:
                        sending = SENDING.set(trace)
                    elif trace is not None:
                        trace.install()
                    token = _deadline.bind(deadline)  # caps every connect/read/write (BoundedHTTPTransport)
                    try:
                        response = self._inner.handle_request(request)
                    finally:
                        _deadline.unbind(token)
                        if by_socket:
                            SENDING.reset(sending)
                except httpx.TransportError as exc:
                    delay = core.on_error(attempt, exc, deadline)
                    cause = exc
                else:
                    resend = core.on_response(attempt, response)
                    if resend is None:
                        capped = self._capped(request, response, attempt, deadline)
                        # the body stream gives the slot back when it closes (an answer that came
                        # already read, e.g. from an in-memory transport, gives it back now)
                        handed_over = not response.is_closed
                        return capped
                    response.close()
                    delay = resend
                attempt.on_wire = False  # the failed/refused attempt was not taken (see _retry)
                core.before_resend(attempt, delay, deadline, cause)
                if delay > 0:
                    self._sleep(attempt, delay)
        finally:
            if not handed_over:
                core.finish(attempt)  # no-op unless interrupted while holding a slot
            if attempt.waiter is not None:
                with self._lock:
                    self._waiters.discard(cast(_ThreadWaiter, attempt.waiter))

    def _capped(
        self, request: httpx.Request, response: httpx.Response, attempt: Attempt, deadline: Deadline
    ) -> httpx.Response:
        limit = self.core.max_response_bytes
        declared, encoded = _framing(response)
        if declared is not None and declared > limit:
            response.close()
            raise _too_large(attempt, limit)
        try:
            inflater = _inflater_for(response, attempt, limit) if encoded else None
        except UnexpectedResponse:
            response.close()
            raise
        stream = response.stream
        assert isinstance(stream, httpx.SyncByteStream)
        return _capped_response(response, _CappedStream(stream, self.core, attempt, deadline, inflater))

    def _sleep(self, attempt: Attempt, seconds: float) -> None:
        _pause(self._closing, seconds)
        self.core.check_open(attempt)

    def sleep(self, seconds: float) -> None:
        """Sleep ``seconds``, woken at once by ``close()`` (then ``ClientClosed``): the flows' ``Sleep``."""
        if seconds > 0:
            _pause(self._closing, seconds)
        if self.core.closed:
            raise ClientClosed("the client was closed", sent=False)

    def abort(self) -> None:
        """Begin closing: nothing is sent any more, waiting requests end with ``ClientClosed`` and
        requests on the wire are cut off (their sockets shut down). Does not block."""
        self.core.closed = True
        self._closing.set()
        with self._lock:
            waiters = list(self._waiters)
        for waiter in waiters:
            waiter.wake()
        if isinstance(self._inner, BoundedHTTPTransport):
            self._inner.abort()

    def close(self) -> None:
        self.abort()
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """Asynchronous shell: ``asyncio.sleep``, ``await inner.handle_async_request`` under
    ``asyncio.timeout`` of the call's time left; ``aclose`` cancels what is waiting or in flight."""

    def __init__(
        self, inner: httpx.AsyncBaseTransport, core: PacingCore, cookies: CookieStore | None = None
    ) -> None:
        self._inner = inner
        self.core = core
        self.cookies = cookies if cookies is not None else CookieStore()
        # tasks inside this transport (a plain dict: every _enter is paired with a _leave in a finally)
        self._active: dict[asyncio.Task[Any], int] = {}
        self._cancelled: weakref.WeakSet[asyncio.Task[Any]] = weakref.WeakSet()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        core = self.core
        self.cookies.apply(request)
        attempt = core.start(request)
        deadline = core.deadline()
        trace = _async_trace(core, attempt, request.extensions) if core.reports_sends() else None
        task = asyncio.current_task()
        assert task is not None  # httpx always runs in a task
        self._enter(task)  # aclose() cancels it (then ClientClosed)
        handed_over = False
        try:
            while True:
                while (delay := core.reserve(attempt, deadline)) < 0:
                    if attempt.waiter is None:
                        attempt.waiter = _TaskWaiter()
                        continue
                    await cast(_TaskWaiter, attempt.waiter).wait(core.wait_time(attempt, -delay, deadline))
                while delay > 0:
                    await asyncio.sleep(delay)
                    delay = core.confirm(attempt, deadline)
                core.check_open(attempt)
                cause: BaseException | None = None
                left = deadline.remaining()
                try:
                    attempt.on_wire = True
                    if trace is not None:
                        trace.install()
                    async with asyncio.timeout(None if left == math.inf else left):
                        response = await self._inner.handle_async_request(request)
                except httpx.TransportError as exc:
                    delay = core.on_error(attempt, exc, deadline)
                    cause = exc
                except TimeoutError as exc:
                    raise (core.failed(attempt, exc, deadline) or self._timeout(attempt, deadline)) from exc
                else:
                    resend = core.on_response(attempt, response)
                    if resend is None:
                        capped = await self._capped(request, response, attempt, deadline)
                        handed_over = not response.is_closed  # as in the sync shell
                        return capped
                    await response.aclose()
                    delay = resend
                attempt.on_wire = False
                core.before_resend(attempt, delay, deadline, cause)
                if delay > 0:
                    await asyncio.sleep(delay)
        except asyncio.CancelledError:
            if self._closed_by_us(task):
                raise core.closed_error(attempt) from None
            raise
        finally:
            self._leave(task)
            if not handed_over:
                core.finish(attempt)  # no-op unless interrupted while holding a slot

    async def _capped(
        self, request: httpx.Request, response: httpx.Response, attempt: Attempt, deadline: Deadline
    ) -> httpx.Response:
        limit = self.core.max_response_bytes
        declared, encoded = _framing(response)
        if declared is not None and declared > limit:
            await response.aclose()
            raise _too_large(attempt, limit)
        try:
            inflater = _inflater_for(response, attempt, limit) if encoded else None
        except UnexpectedResponse:
            await response.aclose()
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        read_timeout = request.extensions.get("timeout", {}).get("read")
        return _capped_response(
            response, _AsyncCappedStream(stream, self.core, attempt, deadline, self, read_timeout, inflater)
        )

    def _enter(self, task: asyncio.Task[Any]) -> None:
        self._active[task] = self._active.get(task, 0) + 1

    def _leave(self, task: asyncio.Task[Any]) -> None:
        count = self._active.get(task, 1) - 1
        if count <= 0:
            self._active.pop(task, None)
        else:
            self._active[task] = count

    def _closed_by_us(self, task: asyncio.Task[Any]) -> bool:
        """The cancellation came from ``aclose()``: take it back (the caller gets ``ClientClosed``)."""
        if task in self._cancelled and self.core.closed:
            self._cancelled.discard(task)
            task.uncancel()
            return True
        return False

    def _timeout(self, attempt: Attempt, deadline: Deadline | None) -> RequestTimeout:
        budget = "" if deadline is None else f" of {deadline.budget:g} s"
        return RequestTimeout(
            f"{attempt.key}: the call's deadline{budget} passed", operation_id=_op_id(attempt)
        )

    async def asleep(self, seconds: float) -> None:
        """The flows' ``Sleep``: cancelled by ``aclose()`` (then ``ClientClosed``)."""
        if self.core.closed:
            raise ClientClosed("the client was closed", sent=False)
        task = asyncio.current_task()
        assert task is not None
        self._enter(task)
        try:
            await asyncio.sleep(max(0.0, seconds))
        except asyncio.CancelledError:
            if self._closed_by_us(task):
                raise ClientClosed("the client was closed", sent=False) from None
            raise
        finally:
            self._leave(task)

    def abort(self) -> None:
        """Begin closing: nothing is sent any more; tasks waiting or in flight here are cancelled
        and end with ``ClientClosed``. Does not block."""
        self.core.closed = True
        current = asyncio.current_task() if _running_loop() else None
        for task in list(self._active):
            if task is not current and not task.done():
                self._cancelled.add(task)
                task.get_loop().call_soon_threadsafe(task.cancel)

    async def aclose(self) -> None:
        self.abort()
        await self._inner.aclose()


def _running_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True
