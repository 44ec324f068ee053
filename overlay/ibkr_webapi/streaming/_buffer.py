"""The bounded event queue between the reader and the consumer, with market-data conflation.

Why a custom queue: ``asyncio.Queue`` cannot merge. When the consumer falls behind, keeping every
quote would either grow memory without bound or block the reader (and with it heartbeats). With
conflation on, an update for a conid that still has an undelivered update is merged into it (newest
field values win, ``updates`` counts them), so a consumer that lags holds at most one market-data
entry per conid. Everything else (orders, trades, status, errors) is kept in order and never
dropped: when the queue is full of those, ``put`` waits, which stops the reader and pushes back on
the socket.

Batches: the reader hands over every frame of one network read at once (one wake-up per batch, not
per event) and says so with ``begin_batch()``. A consumer that keeps up is one that took everything
queued before the next batch begins; for it the updates of one batch are all queued, one event per
frame (merging them only because they arrived in the same read would hide updates from a consumer
that is not behind). When a batch begins while events are still queued, the consumer is behind:
the queued updates are merged per conid (each into the oldest pending one for its conid) and every
later update merges as above, until the consumer has emptied the queue. A single ``offer`` outside
batches merges whenever it can. A batch that fills the queue means the consumer is behind too.

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

# One queue entry: [event, byte charge], a list so a pending market-data entry can be merged in place.
_Entry = list[Any]


class EventBuffer:
    """FIFO of events; each entry is ``[event, bytes charged]``."""

    def __init__(self, maxsize: int, conflate: bool = True, max_bytes: int | None = None) -> None:
        self.maxsize = maxsize
        self.max_bytes = max_bytes if max_bytes is not None else 1 << 62
        self.conflate = conflate
        self.items: deque[_Entry] = deque()
        """Entries, oldest first (read-only outside this class)."""
        self._pending: dict[int, _Entry] = {}
        """The one queued market-data entry of each conid while ``merging`` (empty otherwise)."""
        self.merging = True
        """Merge every update into its conid's pending one (False during a batch that began with an
        empty queue: the consumer keeps up, and updates are queued as they come)."""
        self.nbytes = 0
        """Bytes charged for what is queued now."""
        self.conflated = 0
        self.discarding = False

    def __len__(self) -> int:
        return len(self.items)

    def begin_batch(self) -> None:
        """The reader is about to offer the events of one network read (see the module docstring)."""
        if not self.conflate:
            return
        if not self.items:
            self.merging = False
        elif not self.merging:
            self._behind()

    def _behind(self) -> None:
        """The consumer lags: merge what is queued per conid and merge every update from now on."""
        self._compact()
        self.merging = True

    def offer(self, event: Event, size: int = 0) -> bool:
        """Add ``event`` (``size`` bytes) if there is room, or merge it into a pending update; False
        when full (by count or by bytes)."""
        items = self.items
        # Full by count or bytes refuses, except that an empty queue takes one event (not when discarding).
        full = (len(items) >= self.maxsize or self.nbytes + size > self.max_bytes) and (
            items or self.discarding
        )
        if self.conflate and type(event) is MarketDataUpdate:
            if not self.merging:
                if not full:
                    items.append([event, size])
                    self.nbytes += size
                    return True
                self._behind()  # a batch that fills the queue: the consumer does not keep up
            entry = self._pending.get(event.conid)
            if entry is not None:
                return self._merge(entry, event, size)
            if full:
                return False
            entry = [event, size]
            self._pending[event.conid] = entry
            items.append(entry)
            self.nbytes += size
            return True
        if full:
            return False
        items.append([event, size])
        self.nbytes += size
        return True

    def _merge(self, entry: _Entry, event: MarketDataUpdate, size: int) -> bool:
        old: int = entry[1]
        grown = _charge(entry[0], event, old, size)
        if grown > old and self.nbytes + grown - old > self.max_bytes:
            return False
        entry[0] = entry[0].merged_with(event)
        entry[1] = grown
        self.nbytes += grown - old
        self.conflated += 1
        return True

    def _compact(self) -> None:
        """Merge the queued market data per conid into its oldest entry (the consumer is behind).

        Never grows the charge: a merged entry is charged at most the sum of its parts."""
        kept: deque[_Entry] = deque()
        heads: dict[int, _Entry] = {}
        for entry in self.items:
            event = entry[0]
            if type(event) is MarketDataUpdate:
                head = heads.get(event.conid)
                if head is not None:
                    old, size = head[1], entry[1]
                    grown = _charge(head[0], event, old, size)
                    head[0] = head[0].merged_with(event)
                    head[1] = grown
                    self.nbytes += grown - old - size
                    self.conflated += 1
                    continue
                heads[event.conid] = entry
            kept.append(entry)
        self.items = kept
        self._pending = heads

    def force(self, event: Event) -> None:
        """Add ``event`` even past the bound (for the few control events the shell itself emits)."""
        if not self.offer(event) and not self.discarding:
            self.items.append([event, 0])

    def discard(self) -> None:
        """Drop every queued event and refuse all later ones (``offer`` returns False from now on)."""
        self.discarding = True
        self.maxsize = 0
        self.conflate = False
        self.items.clear()
        self._pending.clear()
        self.nbytes = 0

    def take(self) -> Event:
        """Remove and return the oldest event; raises IndexError when empty."""
        entry = self.items.popleft()
        self.nbytes -= entry[1]
        event: Event = entry[0]
        pending = self._pending
        if pending and type(event) is MarketDataUpdate and pending.get(event.conid) is entry:
            del pending[event.conid]
        return event

    def take_many(self, limit: int) -> list[Event]:
        out: list[Event] = []
        items = self.items
        pop = self.take
        while items and len(out) < limit:
            out.append(pop())
        return out


def _charge(previous: MarketDataUpdate, newer: MarketDataUpdate, old: int, size: int) -> int:
    """Bytes charged for ``previous`` (charged ``old``) merged with ``newer`` (``size`` bytes)."""
    return old + size if not newer.fields.keys() <= previous.fields.keys() else max(old, size)


class AsyncEventBuffer:
    """``EventBuffer`` with ``await put`` (waits for room) and ``await get`` (waits for an event).

    One consumer and any number of producers, all on one event loop.
    """

    def __init__(self, maxsize: int, conflate: bool = True, max_bytes: int | None = None) -> None:
        self.buffer = EventBuffer(maxsize, conflate, max_bytes)
        self.getter: asyncio.Future[None] | None = None
        """The consumer's pending wait, if any (read-only outside this class: the reader checks it
        before paying for a ``wake_getter`` call)."""
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
