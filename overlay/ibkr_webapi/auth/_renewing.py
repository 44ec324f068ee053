"""One state machine for token-based auth, driven by thin sync and async shells.

OAuth 1.0a (live session token) and OAuth 2.0 (bearer token) share a shape: before a request, make
sure a token exists and is not about to expire (fetch it if not), sign the request, and on a 401
renew once and retry once. :class:`RenewingAuth` writes that once, as the generator
:meth:`RenewingAuth._flow`, which yields *effects*:

* an ``httpx.Request``: send it, send back the response (body not read: streaming stays possible);
* :class:`Fetch`: send the wrapped request, read its body, send back the response;
* :class:`Pause`: sleep (``time.sleep`` / ``asyncio.sleep``), e.g. while another process renews;
* :data:`ACQUIRE` / :data:`RELEASE`: take / drop the renewal lock. The flow never yields from a
  ``finally`` (a closed generator may not yield); the drivers release a held lock whenever the
  flow ends early (an exception, a transport error, the client closing the flow).

``sync_auth_flow`` and ``async_auth_flow`` only interpret those effects; they differ in the lock
(``threading.Lock`` vs ``asyncio.Lock``) and in how a body is read. Holding the lock across the
token request and re-checking freshness after acquiring it is what makes 50 concurrent requests
fetch the token once.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from dataclasses import dataclass
from typing import Final

import httpx

from .._exceptions import AuthenticationError
from ._base import IbkrAuth
from ._tls import TlsOptions

__all__ = ["ACQUIRE", "RELEASE", "Effect", "Fetch", "Pause", "RenewingAuth"]


class _LockEffect:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


ACQUIRE: Final = _LockEffect("ACQUIRE")
RELEASE: Final = _LockEffect("RELEASE")


@dataclass(frozen=True, slots=True)
class Fetch:
    """Send ``request`` and read the whole response body before handing it back."""

    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Pause:
    """Sleep ``seconds`` (the sync driver blocks its thread, the async one awaits)."""

    seconds: float


Effect = httpx.Request | Fetch | Pause | _LockEffect
Flow = Generator[Effect, httpx.Response | None, None]

# Headers of the caller's request that a token request must not inherit.
_NOT_INHERITED = frozenset(
    {"authorization", "content-type", "content-length", "transfer-encoding", "cookie", "host"}
)


class RenewingAuth(IbkrAuth):
    """Base class: token freshness, renewal under a lock, one renew-and-retry on 401.

    Subclasses implement :meth:`_token_is_fresh`, :meth:`_renew` (a sub-flow that yields the token
    request as a :class:`Fetch` and stores the result) and :meth:`_sign`.
    """

    requires_request_body = True  # form parameters are signed, and a 401 retry resends the body

    def __init__(
        self,
        *,
        renew_margin: float,
        clock: Callable[[], float] = time.time,
        tls: TlsOptions | None = None,
    ) -> None:
        self._renew_margin = renew_margin
        self._clock = clock
        self.tls = tls or TlsOptions()
        self._generation = 0  # bumped on every successful renewal
        self._thread_lock = threading.Lock()
        self._async_locks: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Lock]] = {}
        self._async_locks_guard = threading.Lock()

    # --- to implement -------------------------------------------------------------------------

    def _token_is_fresh(self, now: float) -> bool:  # pragma: no cover - abstract
        raise NotImplementedError

    def _renew(self, template: httpx.Request) -> Generator[Effect, httpx.Response | None, None]:
        raise NotImplementedError  # pragma: no cover - abstract

    def _sign(self, request: httpx.Request) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _rejected_message(self) -> str:  # pragma: no cover - abstract
        raise NotImplementedError

    # --- shared pieces ------------------------------------------------------------------------

    @property
    def renewals(self) -> int:
        """How many times a token has been obtained (useful for metrics and tests)."""
        return self._generation

    def invalidate(self) -> None:
        """Forget the current token; the next request fetches a new one."""
        self._forget_token()

    def _forget_token(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    @staticmethod
    def derived_request(
        template: httpx.Request, method: str, url: str, *, headers: dict[str, str], content: bytes = b""
    ) -> httpx.Request:
        """A token request that keeps the caller's client defaults (User-Agent, timeouts)."""
        merged = {k: v for k, v in template.headers.items() if k.lower() not in _NOT_INHERITED}
        merged.update(headers)
        request = httpx.Request(method, url, headers=merged, content=content)
        request.extensions = dict(template.extensions)
        return request

    def _ensure_fresh(self, template: httpx.Request) -> Flow:
        """Renew under the lock unless the token is fresh (checked again once the lock is held)."""
        if self._token_is_fresh(self._clock()):
            return
        yield ACQUIRE  # if anything below raises, the driver releases the lock
        if not self._token_is_fresh(self._clock()):
            yield from self._renew(template)
        yield RELEASE

    def _flow(self, request: httpx.Request) -> Flow:
        """The whole state machine for one request."""
        yield from self._ensure_fresh(request)
        generation = self._generation
        self._sign(request)
        response = yield request
        assert response is not None
        if response.status_code != 401:
            return
        # Renew once, unless a concurrent request already renewed since we signed.
        yield ACQUIRE
        if self._generation == generation:
            self._forget_token()
            yield from self._renew(request)
        yield RELEASE
        self._sign(request)
        response = yield request
        assert response is not None
        if response.status_code == 401:
            raise AuthenticationError(self._rejected_message(), status_code=401)

    # --- drivers ------------------------------------------------------------------------------

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Plain ``httpx.Auth`` entry point; the sync driver (httpx calls the overrides below)."""
        return self.sync_auth_flow(request)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.read()
        flow = self._flow(request)
        held = False
        try:
            effect = next(flow)
            while True:
                result: httpx.Response | None = None
                if effect is ACQUIRE:
                    self._thread_lock.acquire()
                    held = True
                elif effect is RELEASE:
                    held = False
                    self._thread_lock.release()
                elif isinstance(effect, Pause):
                    time.sleep(effect.seconds)
                elif isinstance(effect, Fetch):
                    result = yield effect.request
                    result.read()
                else:
                    assert isinstance(effect, httpx.Request)
                    result = yield effect
                effect = flow.send(result)
        except StopIteration:
            return
        finally:
            flow.close()
            if held:
                self._thread_lock.release()

    def _async_lock(self) -> asyncio.Lock:
        """One asyncio.Lock per running event loop (an asyncio.Lock cannot cross loops)."""
        loop = asyncio.get_running_loop()
        with self._async_locks_guard:
            entry = self._async_locks.get(id(loop))
            if entry is None or entry[0] is not loop:
                self._async_locks = {k: v for k, v in self._async_locks.items() if not v[0].is_closed()}
                entry = (loop, asyncio.Lock())
                self._async_locks[id(loop)] = entry
            return entry[1]

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if isinstance(request.stream, httpx.AsyncByteStream):
            await request.aread()
        else:  # an in-memory file body (the OAuth 2.0 SSO-session JWT): reading makes it async-sendable
            request.read()
        lock = self._async_lock()
        flow = self._flow(request)
        held = False
        try:
            effect = next(flow)
            while True:
                result: httpx.Response | None = None
                if effect is ACQUIRE:
                    await lock.acquire()
                    held = True
                elif effect is RELEASE:
                    held = False
                    lock.release()
                elif isinstance(effect, Pause):
                    await asyncio.sleep(effect.seconds)
                elif isinstance(effect, Fetch):
                    result = yield effect.request
                    await result.aread()
                else:
                    assert isinstance(effect, httpx.Request)
                    result = yield effect
                effect = flow.send(result)
        except StopIteration:
            return
        finally:
            flow.close()
            if held:
                lock.release()
