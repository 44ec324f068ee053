"""Reading a stream until something happens: the one helper the streaming tests share."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from ibkr_webapi.streaming import AsyncStream
from ibkr_webapi.streaming.events import Event


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
