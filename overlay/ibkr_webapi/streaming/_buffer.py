"""The bounded event queue between the reader and the consumer, with market-data conflation.

Why a custom queue: ``asyncio.Queue`` cannot merge. When the consumer falls behind, keeping every
quote would either grow memory without bound or block the reader (and with it heartbeats). With
conflation on, an update for a conid that still has an undelivered update is merged into it (newest
field values win, ``updates`` counts them), so the queue holds at most one market-data entry per
conid. Everything else (orders, trades, status, errors) is kept in order and never dropped: when the
queue is full of those, ``put`` waits, which stops the reader and pushes back on the socket.

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

    def __init__(self, maxsize: int, conflate: bool = True) -> None:
        self.maxsize = maxsize
        self.conflate = conflate
        self.items: deque[Any] = deque()
        """Events and conid placeholders, oldest first (read-only outside this class)."""
        self._pending: dict[int, MarketDataUpdate] = {}
        self.conflated = 0
        self.discarding = False

    def __len__(self) -> int:
        return len(self.items)

    def offer(self, event: Event) -> bool:
        """Add ``event`` if there is room (or it merges into a pending update); False when full."""
        if self.conflate and type(event) is MarketDataUpdate:
            pending = self._pending
            conid = event.conid
            previous = pending.get(conid)
            if previous is not None:
                pending[conid] = previous.merged_with(event)
                self.conflated += 1
                return True
            if len(self.items) >= self.maxsize:
                return False
            pending[conid] = event
            self.items.append(conid)
            return True
        if len(self.items) >= self.maxsize:
            return False
        self.items.append(event)
        return True

    def force(self, event: Event) -> None:
        """Add ``event`` even past the bound (for the few control events the shell itself emits)."""
        if not self.offer(event) and not self.discarding:
            self.items.append(event)

    def discard(self) -> None:
        """Drop every queued event and refuse all later ones (``offer`` returns False from now on)."""
        self.discarding = True
        self.maxsize = 0
        self.conflate = False
        self.items.clear()
        self._pending.clear()

    def take(self) -> Event:
        """Remove and return the oldest event; raises IndexError when empty."""
        item = self.items.popleft()
        if type(item) is int:
            return self._pending.pop(item)
        ev: Event = item
        return ev

    def take_many(self, limit: int) -> list[Event]:
        out: list[Event] = []
        items = self.items
        pending = self._pending
        while items and len(out) < limit:
            item = items.popleft()
            out.append(pending.pop(item) if type(item) is int else item)
        return out


class AsyncEventBuffer:
    """``EventBuffer`` with ``await put`` (waits for room) and ``await get`` (waits for an event).

    One consumer and any number of producers, all on one event loop.
    """

    def __init__(self, maxsize: int, conflate: bool = True) -> None:
        self.buffer = EventBuffer(maxsize, conflate)
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

    async def put(self, event: Event) -> None:
        while not self.buffer.offer(event):
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
