"""Reading a stream until something happens: the one helper the streaming tests share."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from ibkr_webapi.streaming import AsyncStream
from ibkr_webapi.streaming.events import Event
from ibkr_webapi.testing import FakeGateway


async def until(stream: AsyncStream, pred: Callable[[Event], bool], timeout: float = 10.0) -> list[Event]:
    """Consume events until one matches ``pred``; returns everything consumed.

    ``timeout`` only bounds a test that would otherwise hang (it fails, naming what it saw); tests
    assert on the events, never on how long they took.
    """
    seen: list[Event] = []

    async def run() -> None:
        async for ev in stream:
            seen.append(ev)
            if pred(ev):
                return
        raise AssertionError("stream ended")

    try:
        await asyncio.wait_for(run(), timeout)
    except TimeoutError:
        kinds = sorted({type(e).__name__ for e in seen})
        raise AssertionError(f"no matching event within {timeout}s; saw {kinds}") from None
    return seen


def is_(kind: type) -> Callable[[Event], bool]:
    return lambda e: isinstance(e, kind)


async def topic_handled(gw: FakeGateway, head: str, count: int = 1, timeout: float = 10.0) -> None:
    """Wait until the fake has handled ``count`` WebSocket messages of topic ``head`` ("sor", ...).

    IBKR answers ``sor+{}`` with no frame (no snapshot of live orders), so only the fake's own
    counter can tell a test that the subscription is live before it places an order. ``timeout``
    only bounds a test that would otherwise hang.
    """

    async def run() -> None:
        while gw.counters.snapshot()["ws_topics_handled"].get(head, 0) < count:
            await asyncio.sleep(0.005)

    try:
        await asyncio.wait_for(run(), timeout)
    except TimeoutError:
        raise AssertionError(f"the fake handled no {head!r} topic message within {timeout}s") from None
