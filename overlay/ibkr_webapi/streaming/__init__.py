"""Streaming over IBKR's WebSocket: typed events, keep-alive, reconnects, gap fill, backpressure.

Layers (as in the ``websockets`` library): :mod:`.protocol` is the sans-I/O core shared by the
asyncio shell (:class:`AsyncStream`, :mod:`.aio`) and the thread shell (:class:`Stream`,
:mod:`.sync`, which runs the asyncio shell on one background thread). :mod:`.events` defines what a
consumer receives and :mod:`.subscriptions` what it can ask for.
"""

from __future__ import annotations

from .aio import AsyncStream, GapFill, async_stream_from_client
from .events import (
    AccountInfo,
    AccountSummaryUpdate,
    AuthStatus,
    Bulletin,
    DepthRow,
    DepthUpdate,
    Event,
    Heartbeat,
    HistoricalBar,
    HistoricalBars,
    LedgerUpdate,
    MarketDataUpdate,
    Notification,
    OrderUpdate,
    PnLUpdate,
    Reconnected,
    StreamError,
    SystemMessage,
    TradeUpdate,
    UnknownMessage,
)
from .protocol import StreamConfig, StreamProtocol
from .subscriptions import Subscription
from .sync import Stream, stream_from_client

__all__ = [
    "AccountInfo",
    "AccountSummaryUpdate",
    "AsyncStream",
    "AuthStatus",
    "Bulletin",
    "DepthRow",
    "DepthUpdate",
    "Event",
    "GapFill",
    "Heartbeat",
    "HistoricalBar",
    "HistoricalBars",
    "LedgerUpdate",
    "MarketDataUpdate",
    "Notification",
    "OrderUpdate",
    "PnLUpdate",
    "Reconnected",
    "Stream",
    "StreamConfig",
    "StreamError",
    "StreamProtocol",
    "Subscription",
    "SystemMessage",
    "TradeUpdate",
    "UnknownMessage",
    "async_stream_from_client",
    "stream_from_client",
]
