"""The bounded event queue between the reader and the consumer, with market-data conflation.

Why a custom queue: ``asyncio.Queue`` cannot merge. When the consumer falls behind, keeping every
quote would either grow memory without bound or block the reader (and with it heartbeats). With
conflation on, an update for a conid that still has an undelivered update is merged into it (newest
field values win, ``updates`` counts them), so the queue holds at most one market-data entry per
conid. Everything else (orders, trades, status, errors) is kept in order and never dropped: when the
queue is full of those, ``put`` waits, which stops the reader and pushes back on the socket.

The queue is bounded twice: by events (``maxsize``) and by bytes (``max_bytes``, the size of the
frames the queued events came from, as the reader reports it). A merged market-data entry is
charged for the larger of its parts, or for both when the newer one adds field ids. One event is
always admitted into an empty queue, so a frame larger than ``max_bytes`` still gets through.

``EventBuffer`` is the plain data structure; ``AsyncEventBuffer`` adds waiting for the asyncio shell.

Two ways to end: ``close()`` (the producer is done: what is queued is still delivered, then the
consumer sees the end) and ``discard()`` (the consumer is done: queued events are dropped, later
offers are refused, and the consumer sees the end at once). The stream uses ``close()`` when the
connection gives up and ``discard()`` when the user closes the stream.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

from .events import Event, MarketDataUpdate

__all__ = ["AsyncEventBuffer", "EventBuffer"]


class EventBuffer:
    """FIFO of events; market-data entries are placeholders (the conid) resolved at ``get`` time."""

    def __init__(self, maxsize: int, conflate: bool = True, max_bytes: int | None = None) -> None:
        self.maxsize = maxsize
        self.max_bytes = max_bytes if max_bytes is not None else 1 << 62
        self.conflate = conflate
        self.items: deque[Any] = deque()
        """Events and conid placeholders, oldest first (read-only outside this class)."""
        self._sizes: deque[int] = deque()
        """The byte charge of each entry of ``items`` (market data: see ``_pending_size``)."""
        self._pending: dict[int, MarketDataUpdate] = {}
        self._pending_size: dict[int, int] = {}
        self.nbytes = 0
        """Bytes charged for what is queued now."""
        self.conflated = 0
        self.discarding = False

    def __len__(self) -> int:
        return len(self.items)

    def offer(self, event: Event, size: int = 0) -> bool:
        """Add ``event`` (``size`` bytes) if there is room, or merge it into a pending update; False
        when full (by count or by bytes)."""
        items = self.items
        if self.conflate and type(event) is MarketDataUpdate:
            pending = self._pending
            conid = event.conid
            previous = pending.get(conid)
            if previous is not None:
                old = self._pending_size[conid]
                grown = old + size if not event.fields.keys() <= previous.fields.keys() else max(old, size)
                if grown > old and self.nbytes + grown - old > self.max_bytes:
                    return False
                pending[conid] = previous.merged_with(event)
                self._pending_size[conid] = grown
                self.nbytes += grown - old
                self.conflated += 1
                return True
            if (len(items) >= self.maxsize or self.nbytes + size > self.max_bytes) and (
                items or self.discarding
            ):
                return False
            pending[conid] = event
            self._pending_size[conid] = size
            items.append(conid)
            self._sizes.append(0)
            self.nbytes += size
            return True
        # Full by count or bytes refuses, except that an empty queue takes one event (not when discarding).
        if (len(items) >= self.maxsize or self.nbytes + size > self.max_bytes) and (items or self.discarding):
            return False
        items.append(event)
        self._sizes.append(size)
        self.nbytes += size
        return True

    def force(self, event: Event) -> None:
        """Add ``event`` even past the bound (for the few control events the shell itself emits)."""
        if not self.offer(event) and not self.discarding:
            self.items.append(event)
            self._sizes.append(0)

    def discard(self) -> None:
        """Drop every queued event and refuse all later ones (``offer`` returns False from now on)."""
        self.discarding = True
        self.maxsize = 0
        self.conflate = False
        self.items.clear()
        self._sizes.clear()
        self._pending.clear()
        self._pending_size.clear()
        self.nbytes = 0

    def _pop(self) -> Event:
        item = self.items.popleft()
        size = self._sizes.popleft()
        if type(item) is int:
            self.nbytes -= self._pending_size.pop(item)
            return self._pending.pop(item)
        self.nbytes -= size
        ev: Event = item
        return ev

    def take(self) -> Event:
        """Remove and return the oldest event; raises IndexError when empty."""
        return self._pop()

    def take_many(self, limit: int) -> list[Event]:
        out: list[Event] = []
        items = self.items
        pop = self._pop
        while items and len(out) < limit:
            out.append(pop())
        return out


class AsyncEventBuffer:
    """``EventBuffer`` with ``await put`` (waits for room) and ``await get`` (waits for an event).

    One consumer and any number of producers, all on one event loop.
    """

    def __init__(self, maxsize: int, conflate: bool = True, max_bytes: int | None = None) -> None:
        self.buffer = EventBuffer(maxsize, conflate, max_bytes)
        self.getter: asyncio.Future[None] | None = None
        """The consumer's pending wait, if any (read-only outside this class: the reader checks it
        before paying for a ``wake_getter`` call on every frame)."""
        self._putters: deque[asyncio.Future[None]] = deque()
        self._closed = False

    def __len__(self) -> int:
        return len(self.buffer)

    def wake_getter(self) -> None:
        getter = self.getter
        if getter is not None:
            self.getter = None
            if not getter.done():
                getter.set_result(None)

    def _wake_putter(self) -> None:
        while self._putters:
            putter = self._putters.popleft()
            if not putter.done():
                putter.set_result(None)
                return

    async def put(self, event: Event, size: int = 0) -> None:
        while not self.buffer.offer(event, size):
            if self._closed:
                return
            putter = asyncio.get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                if putter in self._putters:
                    self._putters.remove(putter)
                raise
        self.wake_getter()

    def put_nowait_forced(self, event: Event) -> None:
        self.buffer.force(event)
        self.wake_getter()

    async def wait(self) -> bool:
        """Wait until an event is available; False once closed and drained."""
        while not self.buffer:
            if self._closed:
                return False
            getter = asyncio.get_running_loop().create_future()
            self.getter = getter
            try:
                await getter
            finally:
                if self.getter is getter:
                    self.getter = None
        return True

    def take(self) -> Event:
        event = self.buffer.take()
        if self._putters:
            self._wake_putter()
        return event

    def take_many(self, limit: int) -> list[Event]:
        events = self.buffer.take_many(limit)
        for _ in range(min(len(events), len(self._putters))):
            self._wake_putter()
        return events

    def discard(self) -> None:
        """The consumer is done: drop what is queued, refuse what comes, end the consumer's wait now."""
        self.buffer.discard()
        self.close()

    def close(self) -> None:
        """No more events will come: a waiting consumer wakes up, blocked producers give up."""
        self._closed = True
        self.wake_getter()
        while self._putters:
            putter = self._putters.popleft()
            if not putter.done():
                putter.set_result(None)
