"""The thread shell: the asyncio stream run on ONE background thread, for code without asyncio.

Why not a second implementation over ``websockets.sync``: reconnects, keep-alive timers and
backpressure are concurrency, and writing them twice is how sync/async twins drift apart. The
background thread owns an event loop running :class:`AsyncStream`; the calling threads talk to it
with ``run_coroutine_threadsafe``. Events cross over in batches, so the per-event cost of the
thread hop stays small.

Usage::

    with Stream(url, session=get_session) as stream:
        stream.market_data(265598, ["31", "84"])
        for event in stream:
            ...

or with a callback (it runs on the stream thread: keep it short)::

    stream = Stream(url, session=get_session, on_event=print)
    stream.start(); ...; stream.close()
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections import deque
from collections.abc import Callable, Coroutine, Iterable, Iterator, Mapping
from typing import Any, TypeVar

from .._exceptions import ClientClosed, StreamStateError
from .._redact import get_logger
from .aio import AsyncStream
from .events import Event
from .subscriptions import Subscription

__all__ = ["Stream", "stream_from_client"]

logger = get_logger("ibkr_webapi.streaming")

T = TypeVar("T")

_BATCH = 1024


class Stream:
    """A self-healing IBKR WebSocket stream for threaded code; same arguments as :class:`AsyncStream`.

    ``on_event``: if given, every event is passed to it on the stream thread and iteration is not
    used; otherwise iterate (``for event in stream``) or call :meth:`get`.
    """

    def __init__(self, url: str, *, on_event: Callable[[Event], object] | None = None, **kwargs: Any) -> None:
        self._url = url
        self._kwargs = kwargs
        self._on_event = on_event
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._astream: AsyncStream | None = None
        self._local: deque[Event] = deque()
        self._dispatcher: asyncio.Task[None] | None = None
        self._closed = False

    @classmethod
    def from_client(cls, client: Any, **overrides: Any) -> Stream:
        """A stream that authenticates, verifies TLS and fills gaps with ``client`` (a sync Client)."""
        from ._client_glue import stream_kwargs

        kwargs = {**stream_kwargs(client, asynchronous=False, url=overrides.get("url")), **overrides}
        return cls(kwargs.pop("url"), **kwargs)

    # -- lifecycle --------------------------------------------------------------------------------
    def start(self) -> Stream:
        """Start the stream thread and connect (the first connection's failure raises here)."""
        if self._thread is not None:
            return self
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=self._thread_main, args=(loop,), name="ibkr-stream", daemon=True)
        self._loop, self._thread = loop, thread
        thread.start()
        try:
            self._astream = self._call(self._create())
            self._call(self._astream.start())
            if self._on_event is not None:
                self._dispatcher = self._call(self._start_dispatcher())
        except BaseException:
            self._shutdown_thread()
            raise
        return self

    @staticmethod
    def _thread_main(loop: asyncio.AbstractEventLoop) -> None:
        asyncio.set_event_loop(loop)
        try:
            loop.run_forever()
        finally:
            loop.close()

    async def _create(self) -> AsyncStream:
        return AsyncStream(self._url, **self._kwargs)

    async def _start_dispatcher(self) -> asyncio.Task[None]:
        return asyncio.create_task(self._dispatch(), name="ibkr-stream-callbacks")

    async def _dispatch(self) -> None:
        assert self._astream is not None and self._on_event is not None
        callback = self._on_event
        while True:
            batch = await self._astream.next_batch(_BATCH)
            if not batch:
                return
            for event in batch:
                try:
                    callback(event)
                except Exception:
                    logger.exception("stream callback raised; the stream continues")

    def close(self) -> None:
        """Unsubscribe, close the socket and join the stream thread. Idempotent.

        Returns within about ``close_timeout`` + 4 s whatever the server does: what is in flight (a
        session lookup, a gap fill) is cancelled, and a blocking call that does not end in time is
        abandoned on its daemon thread.
        """
        if self._closed:
            return
        self._closed = True
        self._local.clear()
        close_timeout = self._astream.config.close_timeout if self._astream is not None else 2.0
        deadline = time.monotonic() + close_timeout + 3.0
        if self._astream is not None and self._thread is not None:
            try:
                self._call(self._astream.close(), timeout=_left(deadline))
                if self._dispatcher is not None:
                    self._call(_await_task(self._dispatcher), timeout=_left(deadline))
            except TimeoutError:
                logger.warning("the stream did not close in time; its thread is abandoned")
            finally:
                self._shutdown_thread(deadline)
        else:
            self._shutdown_thread(deadline)

    def _shutdown_thread(self, deadline: float | None = None) -> None:
        loop, thread = self._loop, self._thread
        if loop is None or thread is None:
            return
        if deadline is None:
            deadline = time.monotonic() + 3.0
        if thread.is_alive():
            with contextlib.suppress(TimeoutError, RuntimeError):
                self._call(_cancel_leftovers(), timeout=_left(deadline))
            with contextlib.suppress(RuntimeError):  # the loop already stopped
                loop.call_soon_threadsafe(loop.stop)
            thread.join(_left(deadline))
        if self._astream is not None:
            self._astream._blocking.join(min(1.0, _left(deadline)))
        self._thread = None

    def __enter__(self) -> Stream:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        if self._loop is None:
            coro.close()
            raise StreamStateError("the stream is not started (use `with Stream(...)` or .start())")
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    @property
    def _stream(self) -> AsyncStream:
        if self._closed:
            raise ClientClosed("the stream is closed")
        if self._astream is None:
            raise StreamStateError("the stream is not started (use `with Stream(...)` or .start())")
        return self._astream

    # -- subscriptions ----------------------------------------------------------------------------
    def subscribe(self, subscription: Subscription) -> Subscription:
        return self._call(self._stream.subscribe(subscription))

    def wait_ready(self, timeout: float | None = None) -> bool:
        """As :meth:`AsyncStream.wait_ready`: authenticated, and every subscription sent."""
        return self._call(self._stream.wait_ready(timeout))

    def unsubscribe(self, subscription: Subscription | str) -> None:
        self._call(self._stream.unsubscribe(subscription))

    def market_data(self, conid: int | str, fields: Iterable[str | int]) -> Subscription:
        return self._call(self._stream.market_data(conid, fields))

    def orders(self, params: Mapping[str, Any] | None = None) -> Subscription:
        return self._call(self._stream.orders(params))

    def pnl(self) -> Subscription:
        return self._call(self._stream.pnl())

    def trades(self, params: Mapping[str, Any] | None = None) -> Subscription:
        return self._call(self._stream.trades(params))

    def book_depth(self, account: str, conid: int | str, exchange: str) -> Subscription:
        return self._call(self._stream.book_depth(account, conid, exchange))

    def account_summary(self, account: str, params: Mapping[str, Any] | None = None) -> Subscription:
        return self._call(self._stream.account_summary(account, params))

    def ledger(self, account: str, params: Mapping[str, Any] | None = None) -> Subscription:
        return self._call(self._stream.ledger(account, params))

    def historical(self, conid: int | str, params: Mapping[str, Any]) -> Subscription:
        return self._call(self._stream.historical(conid, params))

    def reconnect(self, reason: str = "reconnect requested") -> None:
        self._call(self._stream.reconnect(reason))

    @property
    def subscriptions(self) -> tuple[Subscription, ...]:
        return self._astream.subscriptions if self._astream is not None else ()

    @property
    def connected(self) -> bool:
        return self._astream is not None and self._astream.connected

    @property
    def connections(self) -> int:
        return self._astream.connections if self._astream is not None else 0

    @property
    def pending(self) -> int:
        """Events queued for the consumer, including a fetched batch not yet returned by ``get``."""
        return (self._astream.pending if self._astream is not None else 0) + len(self._local)

    # -- consuming --------------------------------------------------------------------------------
    def get(self, timeout: float | None = None) -> Event | None:
        """The next event, or None after ``timeout`` seconds or at the end of the stream.

        After :meth:`close` this is always None: events fetched but not yet returned are dropped,
        like the ones still queued in the stream (see ``AsyncStream.close``).
        """
        if self._closed:
            self._local.clear()
            return None
        if not self._local:
            self._local.extend(self._call(self._stream.next_batch(_BATCH, timeout)))
            if not self._local:
                return None
        return self._local.popleft()

    def __iter__(self) -> Iterator[Event]:
        if self._on_event is not None:
            raise StreamStateError("this stream delivers events to its on_event callback")
        while True:
            event = self.get()
            if event is None:
                return
            yield event


def _left(deadline: float) -> float:
    return max(0.0, deadline - time.monotonic())


async def _await_task(task: asyncio.Task[None]) -> None:
    try:
        await task
    except (asyncio.CancelledError, Exception):
        logger.debug("stream callback dispatcher ended with an error", exc_info=True)


async def _cancel_leftovers() -> None:
    current = asyncio.current_task()
    leftovers = [t for t in asyncio.all_tasks() if t is not current]
    for task in leftovers:
        task.cancel()
    if leftovers:
        await asyncio.wait(leftovers, timeout=1)


def stream_from_client(client: Any, **overrides: Any) -> Stream:
    """``Client.stream()``'s factory (``Client.STREAM_FACTORY``)."""
    return Stream.from_client(client, **overrides)
