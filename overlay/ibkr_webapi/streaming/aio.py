"""The asyncio shell: one socket at a time, driven by :class:`StreamProtocol`.

``AsyncStream`` owns three things the protocol cannot: the ``websockets`` connection, the clock and
the tasks (a supervisor that connects and reconnects, the reader, which is the supervisor itself
while a connection is open, and a keep-alive timer per connection). Every decision (frames,
events, when to tic, when the connection is dead, how long to back off, which REST results are new)
is the protocol's.

Usage::

    async with AsyncStream(url, session=get_session) as stream:
        await stream.market_data(265598, ["31", "84", "86"])
        await stream.orders()
        async for event in stream:
            ...
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from ssl import SSLContext
from typing import Any, Literal, cast

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from .._exceptions import AuthenticationError, ClientClosed, ConnectError, IbkrError
from ._buffer import AsyncEventBuffer
from ._connect import AuthMode, BlockingCalls, Handshake, ValueSource, logger, resolve, ws_logger
from ._parse import FieldParser
from ._socket import MAX_FRAGMENTS, FrameConnection
from .events import Event, OrderUpdate, StreamError, TradeUpdate
from .protocol import Action, FillGap, GiveUp, Reconnect, SendFrames, StreamConfig, StreamProtocol, Wait
from .subscriptions import (
    Subscription,
    account_summary,
    book_depth,
    historical,
    ledger,
    market_data,
    orders,
    pnl,
    trades,
)

__all__ = ["AsyncStream", "GapFill", "async_stream_from_client"]

GapFillResult = tuple[Sequence[OrderUpdate | Mapping[str, Any]], Sequence[TradeUpdate | Mapping[str, Any]]]
GapFill = Callable[[], Awaitable[GapFillResult] | GapFillResult]
"""Re-reads live orders and recent trades over REST after a reconnect (typed events or raw objects).

An ``async`` function runs on the stream's loop; a plain function runs on a daemon thread."""

_GAP_FILL_TIMEOUT = 30.0
_LOOKUP_TIMEOUT = 30.0
"""Bound of the session/token lookup before a connection attempt (a dripped ``/tickle`` cannot
keep the stream disconnected without anyone noticing: it counts as a failed attempt)."""
_FRAME_TOO_LARGE = 1009
_READ_SLICE = 256
"""Messages the reader turns into events before it lets a waiting consumer run."""


class AsyncStream:
    """A self-healing IBKR WebSocket stream for asyncio code. See the module docstring."""

    def __init__(
        self,
        url: str,
        *,
        session: ValueSource = None,
        auth: AuthMode = "gateway",
        oauth_token: ValueSource = None,
        ssl: SSLContext | None = None,
        cookies: Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        gap_fill: GapFill | None = None,
        config: StreamConfig | None = None,
        parser: FieldParser | None = None,
        proxy: str | Literal[True] | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self._handshake = Handshake(url, auth, ssl, dict(cookies or {}), dict(headers or {}), proxy)
        self._session_source = session
        self._token_source = oauth_token
        self._gap_fill = gap_fill
        self.config = config or StreamConfig()
        self._proto = StreamProtocol(self.config, parser=parser, rng=rng)
        self._buffer = AsyncEventBuffer(
            self.config.max_queue, self.config.conflate_market_data, self.config.max_queue_bytes
        )
        self._blocking = BlockingCalls()
        self._ws: FrameConnection | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._side_tasks: set[asyncio.Task[Any]] = set()
        self._stop = asyncio.Event()
        self._timer_wake = asyncio.Event()
        self._subscribed = asyncio.Event()
        """Set while the open connection is authenticated and every subscription has gone out."""
        self._closing = False
        self._drop_reason: str | None = None
        self._drop_requested = False
        self._fatal: IbkrError | None = None

    @classmethod
    def from_client(cls, client: Any, **overrides: Any) -> AsyncStream:
        """A stream that authenticates, verifies TLS and fills gaps with ``client`` (an AsyncClient)."""
        from ._client_glue import stream_kwargs

        kwargs = {**stream_kwargs(client, asynchronous=True, url=overrides.get("url")), **overrides}
        return cls(kwargs.pop("url"), **kwargs)

    # -- lifecycle --------------------------------------------------------------------------------
    async def start(self) -> None:
        """Connect (waiting for the first connection; its failure raises) and start the tasks."""
        if self._supervisor is not None:
            return
        first: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._supervisor = asyncio.create_task(self._run(first), name="ibkr-stream")
        try:
            await first
        except BaseException:
            await self.close()
            raise

    async def close(self) -> None:
        """Unsubscribe, close the socket and stop every task; iteration ends at once.

        What a user gets after closing is defined: events not yet taken from the stream are
        dropped, nothing more is queued, and iteration (also in another task that is waiting now)
        ends with ``StopAsyncIteration``, never with an event that arrived during the shutdown.
        Only when the *stream* ends on its own (it gave up reconnecting) are queued events still
        delivered before the error is raised.
        """
        if self._closing:
            if self._supervisor is not None and not self._supervisor.done():
                await asyncio.shield(self._supervisor)
            return
        self._closing = True
        self._buffer.discard()
        ws = self._ws
        if ws is not None and self._proto.state == "open":
            # Bounded: a server that stops reading would otherwise block the sends and the closing
            # handshake indefinitely.
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._say_goodbye(ws), self.config.close_timeout)
        self._stop.set()
        self._timer_wake.set()
        for task in list(self._side_tasks):
            task.cancel()
        tasks = [*self._side_tasks, *([self._supervisor] if self._supervisor else [])]
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=1.0)
            for task in pending:
                task.cancel()  # e.g. a session lookup in flight: abandoned, never awaited again
            if pending:
                await asyncio.wait(pending, timeout=1.0)
        if self._ws is not None:  # the supervisor was cancelled mid-connection
            if self._ws.transport is not None:
                self._ws.transport.abort()
            self._ws = None
        self._proto.close()

    async def _say_goodbye(self, ws: FrameConnection) -> None:
        if self.config.unsubscribe_on_close:
            for frame in self._proto.unsubscribe_all_frames():
                await ws.send(frame)
        await ws.close()

    async def __aenter__(self) -> AsyncStream:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    # -- subscriptions ----------------------------------------------------------------------------
    async def subscribe(self, subscription: Subscription) -> Subscription:
        """Subscribe (sent now if connected, else on the next connect; re-sent after reconnects)."""
        if self._closing:
            raise ClientClosed("the stream is closed")
        frames = self._proto.subscribe(subscription, time.monotonic())
        await self._send(frames)
        self._timer_wake.set()
        return subscription

    async def unsubscribe(self, subscription: Subscription | str) -> None:
        if self._closing:
            raise ClientClosed("the stream is closed")
        key = subscription if isinstance(subscription, str) else subscription.key
        await self._send(self._proto.unsubscribe(key))

    async def market_data(self, conid: int | str, fields: Iterable[str | int]) -> Subscription:
        """Stream quotes for ``conid`` (``smd``); ``fields`` are field ids (``ibkr_webapi.fields.Field``)."""
        return await self.subscribe(market_data(conid, fields))

    async def orders(self, params: Mapping[str, Any] | None = None) -> Subscription:
        return await self.subscribe(orders(params))

    async def pnl(self) -> Subscription:
        return await self.subscribe(pnl())

    async def trades(self, params: Mapping[str, Any] | None = None) -> Subscription:
        return await self.subscribe(trades(params))

    async def book_depth(self, account: str, conid: int | str, exchange: str) -> Subscription:
        return await self.subscribe(book_depth(account, conid, exchange))

    async def account_summary(self, account: str, params: Mapping[str, Any] | None = None) -> Subscription:
        return await self.subscribe(account_summary(account, params))

    async def ledger(self, account: str, params: Mapping[str, Any] | None = None) -> Subscription:
        return await self.subscribe(ledger(account, params))

    async def historical(self, conid: int | str, params: Mapping[str, Any]) -> Subscription:
        return await self.subscribe(historical(conid, params))

    async def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until the connection is authenticated (``sts``) and every subscription has been sent
        on it; False if ``timeout`` passes first. IBKR drops topics sent before ``sts``, and ``sor``
        sends no snapshot, so whoever reads the state over REST to combine it with the pushes reads
        it after this, or a change between the read and the subscription is lost."""
        try:
            async with asyncio.timeout(timeout):
                await self._subscribed.wait()
        except TimeoutError:
            return False
        return True

    @property
    def subscriptions(self) -> tuple[Subscription, ...]:
        return self._proto.subscriptions

    @property
    def connected(self) -> bool:
        return self._ws is not None and self._proto.state == "open"

    @property
    def connections(self) -> int:
        """How many connections were opened so far (1 + reconnects)."""
        return self._proto.connections

    @property
    def pending(self) -> int:
        """How many events are queued for the consumer (market data for one conid counts once)."""
        return len(self._buffer)

    @property
    def pending_bytes(self) -> int:
        """Bytes (of the frames they came from) charged for the events queued for the consumer."""
        return self._buffer.buffer.nbytes

    @property
    def conflated(self) -> int:
        """How many market-data updates were merged into pending ones because the consumer lagged."""
        return self._buffer.buffer.conflated

    async def reconnect(self, reason: str = "reconnect requested") -> None:
        """Replace the connection now (e.g. after the session was renewed): fresh session, resubscribe."""
        ws = self._ws
        if ws is not None:
            self._drop(ws, reason, requested=True)

    # -- consuming --------------------------------------------------------------------------------
    def __aiter__(self) -> AsyncStream:
        return self

    async def __anext__(self) -> Event:
        buf = self._buffer
        if buf.buffer.items:  # fast path: an event is waiting (no suspension)
            return buf.take()
        if not await buf.wait():
            if self._fatal is not None and not self._closing:
                raise self._fatal
            raise StopAsyncIteration
        return buf.take()

    async def next_batch(self, limit: int = 512, timeout: float | None = None) -> list[Event]:
        """Up to ``limit`` events, waiting for the first one; ``[]`` at the end of the stream or timeout."""
        buf = self._buffer
        if not buf.buffer:
            try:
                available = await asyncio.wait_for(buf.wait(), timeout)
            except TimeoutError:
                return []
            if not available:
                if self._fatal is not None and not self._closing:
                    raise self._fatal
                return []
        return buf.take_many(limit)

    # -- internals --------------------------------------------------------------------------------
    async def _send(self, frames: Sequence[str]) -> None:
        ws = self._ws
        if not frames or ws is None or self._proto.state != "open":
            return
        try:
            for frame in frames:
                await ws.send(frame)
        except ConnectionClosed:
            pass  # still registered: re-sent after the reconnect

    async def _lookup(self) -> tuple[str | None, str | None]:
        session = await resolve(self._session_source, self._blocking)
        token = await resolve(self._token_source, self._blocking) if self._handshake.oauth else None
        return session, token

    async def _open(self) -> tuple[FrameConnection, str | None]:
        try:
            session, token = await asyncio.wait_for(self._lookup(), _LOOKUP_TIMEOUT)
        except TimeoutError:
            raise ConnectError(f"the session lookup did not answer within {_LOOKUP_TIMEOUT:.0f}s") from None
        uri, headers = self._handshake.request(session, token)
        kwargs: dict[str, Any] = {}
        ssl_context = self._handshake.ssl_for_connect()
        if ssl_context is not None:
            kwargs["ssl"] = ssl_context
        try:
            ws = await connect(
                uri,
                additional_headers=headers,
                proxy=self._handshake.proxy,
                open_timeout=self.config.open_timeout,
                close_timeout=self.config.close_timeout,
                ping_interval=None,
                max_size=self.config.max_message_size,
                max_queue=self.config.websocket_queue,
                logger=ws_logger,
                create_connection=FrameConnection,
                **kwargs,
            )
        except InvalidStatus as exc:
            status = exc.response.status_code
            if status in (401, 403):
                raise AuthenticationError(
                    f"the gateway refused the WebSocket ({status})", status_code=status
                ) from None
            raise ConnectError(f"WebSocket handshake failed with HTTP {status}") from None
        except (OSError, TimeoutError) as exc:
            raise ConnectError(f"could not open the WebSocket: {type(exc).__name__}: {exc}") from None
        return cast(FrameConnection, ws), session

    async def _run(self, first: asyncio.Future[None]) -> None:
        proto = self._proto
        try:
            while not self._closing:
                try:
                    ws, session = await self._open()
                except Exception as exc:
                    if not first.done():
                        first.set_exception(exc)
                        return
                    step = proto.connect_failed(time.monotonic(), exc)
                    if isinstance(step, GiveUp):
                        self._give_up(step)
                        return
                    logger.warning("stream reconnect failed (%s); next try in %.2fs", exc, step.delay)
                    await self._pause(step.delay)
                    continue
                reason = await self._serve(ws, session, first)
                if self._closing:
                    break
                step = proto.connection_lost(time.monotonic(), reason)
                if isinstance(step, GiveUp):
                    self._give_up(step)
                    return
                delay = step.delay
                if self._drop_reason is not None and self._drop_requested:
                    delay = 0.0
                self._drop_reason = None
                logger.info("stream connection ended (%s); reconnecting in %.2fs", reason, delay)
                await self._pause(delay)
        finally:
            if not first.done():
                first.set_exception(ConnectError("the stream was closed before it connected"))
            if self._closing or self._fatal is not None:
                self._buffer.close()

    def _give_up(self, step: GiveUp) -> None:
        logger.error("stream stopped: %s", step.error)
        self._fatal = step.error
        self._buffer.put_nowait_forced(step.event)

    async def _serve(self, ws: FrameConnection, session: str | None, first: asyncio.Future[None]) -> str:
        """Run one connection until it ends; returns why it ended."""
        proto = self._proto
        self._ws = ws
        self._drop_reason = None
        self._drop_requested = False
        keepalive: asyncio.Task[None] | None = None
        try:
            now = time.monotonic()
            await self._apply(ws, proto.connection_opened(now, session))
            if not first.done():
                first.set_result(None)
            else:
                reconnected = proto.reconnected_event(
                    now, gap_fill=self._gap_fill is not None and self.config.gap_fill
                )
                if reconnected is not None:
                    self._buffer.put_nowait_forced(reconnected)
            keepalive = asyncio.create_task(self._keepalive(ws), name="ibkr-stream-keepalive")
            reason = await self._read(ws)
        except ConnectionClosed as exc:
            reason = f"connection lost: {exc}"
        finally:
            if keepalive is not None:
                keepalive.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await keepalive
            self._ws = None
            self._subscribed.clear()
            if ws.transport is not None and not self._closing:
                ws.transport.abort()
        return self._drop_reason or reason

    async def _apply(self, ws: FrameConnection, actions: Sequence[Action]) -> None:
        """Carry out the protocol's actions for the open connection ``ws``."""
        for action in actions:
            if isinstance(action, SendFrames):
                for frame in action.frames:
                    await ws.send(frame)
            elif isinstance(action, FillGap):
                if self._gap_fill is not None and self.config.gap_fill:
                    self._spawn(self._fill_gap())
            elif isinstance(action, Reconnect):
                logger.warning("stream connection replaced: %s", action.reason)
                self._drop(ws, action.reason)
            elif isinstance(action, GiveUp):  # pragma: no cover - only reconnect decisions give up
                self._give_up(action)
                self._drop(ws, str(action.error))
            elif isinstance(action, Wait):  # pragma: no cover - not an action on an open connection
                pass
        if self._proto.ready and self._ws is ws:
            self._subscribed.set()

    async def _read(self, ws: FrameConnection) -> str:
        """The reader: messages in, events into the buffer. Only a closed socket ends it.

        It takes every message of a network read in one loop (at most ``_READ_SLICE`` before it lets
        the consumer run), offers their events as one batch (``EventBuffer.begin_batch``) and wakes
        a waiting consumer once per batch, not once per event."""
        receive = self._proto.receive
        buf = self._buffer
        queue = buf.buffer
        offer = queue.offer
        begin_batch = queue.begin_batch
        inbox = ws.inbox
        next_message = inbox.popleft
        clock = time.monotonic
        while True:
            if not inbox and not await ws.wait_messages():
                break
            begin_batch()
            now = clock()
            for _ in range(min(len(inbox), _READ_SLICE)):
                data = next_message()
                try:
                    events, actions = receive(data, now)
                except Exception:  # pragma: no cover - the protocol never raises on input
                    logger.exception("skipped a frame the protocol could not handle")
                    continue
                if events:
                    size = len(data) // len(events)
                    for event in events:
                        if not offer(event, size):
                            buf.wake_getter()
                            await buf.put(event, size)
                            begin_batch()  # the consumer ran meanwhile: is it behind?
                if actions:
                    await self._apply(ws, actions)
                    self._timer_wake.set()  # the timers may have changed (subscriptions went out)
                    begin_batch()
            ws.taken()
            if buf.getter is not None:
                buf.wake_getter()
            if inbox:
                # More of this read is waiting: let the consumer take this slice first (websockets
                # would not make the reader wait for it, so without this a busy socket starves it).
                await asyncio.sleep(0)
        reason, sent_code = ws.end_reason()
        if sent_code == _FRAME_TOO_LARGE:
            if ws.too_many_fragments:
                what = f"a message came in more than {MAX_FRAGMENTS} fragments"
            else:
                what = f"a frame exceeded max_message_size ({self.config.max_message_size} bytes)"
            message = f"{what}; the connection was closed and is being replaced"
            logger.warning("stream %s", message)
            self._buffer.put_nowait_forced(StreamError(message, None, None, code="frame_too_large"))
            return "frame too large"
        return reason

    async def _keepalive(self, ws: FrameConnection) -> None:
        proto = self._proto
        while True:
            delay = proto.next_deadline() - time.monotonic()
            if delay > 0:
                self._timer_wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._timer_wake.wait(), min(delay, 3600.0))
                continue
            try:
                await self._apply(ws, proto.poll(time.monotonic()))
            except ConnectionClosed:
                return
            if self._drop_reason is not None:
                return

    def _drop(self, ws: FrameConnection, reason: str, requested: bool = False) -> None:
        """End this connection now (no closing handshake: the peer may be gone)."""
        if self._drop_reason is None:
            self._drop_reason = reason
            self._drop_requested = requested
        if ws.transport is not None:
            ws.transport.abort()

    async def _pause(self, delay: float) -> None:
        if delay <= 0:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), delay)

    def _spawn(self, coro: Awaitable[None]) -> None:
        task: asyncio.Task[None] = asyncio.ensure_future(coro)
        self._side_tasks.add(task)
        task.add_done_callback(self._side_tasks.discard)

    async def _read_gap(self) -> GapFillResult:
        fill = self._gap_fill
        assert fill is not None
        result: Any = fill() if inspect.iscoroutinefunction(fill) else await self._blocking.run(fill)
        if inspect.isawaitable(result):
            result = await result
        return result  # type: ignore[no-any-return]

    async def _fill_gap(self) -> None:
        """Re-read orders and trades over REST; emit what the socket missed."""
        try:
            orders_, trades_ = await asyncio.wait_for(self._read_gap(), _GAP_FILL_TIMEOUT)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            logger.warning("gap fill after reconnect failed: %s", exc)
            await self._buffer.put(
                StreamError(f"gap fill after reconnect failed: {exc}", None, None, code="gap_fill_failed")
            )
            return
        for event in self._proto.gap_events(orders_, trades_):
            await self._buffer.put(event)

    def __repr__(self) -> str:
        state = "open" if self.connected else self._proto.state
        return f"<AsyncStream {self._handshake!r} {state} subscriptions={len(self._proto.subscriptions)}>"


def async_stream_from_client(client: Any, **overrides: Any) -> AsyncStream:
    """``AsyncClient.stream()``'s factory (``AsyncClient.STREAM_FACTORY``)."""
    return AsyncStream.from_client(client, **overrides)
