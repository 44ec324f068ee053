"""Domain changes carried to WebSocket subscribers (:class:`EventBus`).

Why a bus: order, fill and PnL changes happen in HTTP handlers (any thread, any event loop) and must
reach every subscribed socket, each served by its own event loop.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Event:
    """A domain change for WebSocket subscribers: kind "order" | "trade" | "pnl"; ``data`` its payload."""

    kind: str
    account: str
    data: dict[str, Any] = field(default_factory=dict)


class Subscription:
    """One WebSocket's inbox; filled from any thread through its event loop."""

    def __init__(self, bus: EventBus, loop: asyncio.AbstractEventLoop) -> None:
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self.loop = loop
        self._bus = bus

    def close(self) -> None:
        self._bus.unsubscribe(self)


class EventBus:
    """Thread-safe publish/subscribe from domain mutations to WebSocket sessions."""

    def __init__(self) -> None:
        self._subs: list[Subscription] = []
        self._lock = threading.Lock()

    def subscribe(self) -> Subscription:
        sub = Subscription(self, asyncio.get_running_loop())
        with self._lock:
            self._subs.append(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            if sub in self._subs:
                self._subs.remove(sub)

    def publish(self, event: Event) -> None:
        with self._lock:
            subs = list(self._subs)
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        for sub in subs:
            if sub.loop is running:
                sub.queue.put_nowait(event)
            elif not sub.loop.is_closed():
                sub.loop.call_soon_threadsafe(sub.queue.put_nowait, event)
