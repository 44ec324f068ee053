"""The sans-I/O streaming protocol: every decision, no sockets, no clocks, no tasks.

The asyncio shell (``aio.py``) and the thread shell (``sync.py``) own the socket and the clock and
feed this object what happened (``connection_opened``, ``receive``, ``connection_lost``, ``poll``);
it answers with frames to send, events to deliver and actions to take. That is how the
``websockets`` library shares one protocol between its asyncio and sync implementations, and it is
what makes reconnect, keep-alive and time-limit logic testable with plain function calls.

It keeps:

* the subscription registry: what is subscribed, so all of it is re-sent after a reconnect;
  subscribing while disconnected only records it (it goes out on the next connect);
* keep-alive bookkeeping: when to send ``tic``, when the server's last heartbeat came, and when the
  connection has been silent for longer than ``dead_after`` (declared dead -> reconnect);
* the market-data time limit: IBKR ends ``smd`` streams after a while without saying so, so a
  subscription that has been quiet for ``md_quiet_after`` seconds is re-subscribed;
* reconnect backoff decisions;
* gap bookkeeping: the last known state of each order and the execution ids seen, so that orders
  and trades re-read over REST after a reconnect are emitted only when the socket missed them.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._backoff import Backoff
from ._parse import FieldParser, decode_frame, order_from_mapping, trade_from_mapping
from .events import (
    AuthStatus,
    Event,
    Heartbeat,
    HistoricalBars,
    MarketDataUpdate,
    OrderUpdate,
    Reconnected,
    StreamError,
    TradeUpdate,
)
from .subscriptions import TIC, Subscription, session_message

__all__ = ["Reconnect", "SendFrames", "StreamConfig", "StreamProtocol"]

State = Literal["disconnected", "open", "closed"]


@dataclass(frozen=True)
class StreamConfig:
    """Tunables of a stream. Defaults follow what IBKR does (heartbeat ~10 s, tic ~1 min).

    * ``tic_interval``: seconds between our ``tic`` keep-alives.
    * ``dead_after``: seconds without a server heartbeat (``system`` hb or ``ech+hb``) after which
      the connection is declared dead and replaced.
    * ``md_quiet_after``: seconds without an update for a market-data subscription after which it
      is re-subscribed (IBKR ends ``smd`` streams after a time limit); None disables.
    * ``reconnect_initial`` / ``reconnect_max`` / ``reconnect_factor``: jittered exponential backoff.
    * ``max_queue``: bound of the event queue between the reader and the consumer.
    * ``conflate_market_data``: a slow consumer gets the latest state per conid (fields merged)
      instead of every update; order, trade and status events are never conflated or dropped.
    * ``gap_fill``: re-read live orders and trades over REST after a reconnect.
    * ``max_reconnect_attempts``: give up (the iterator raises) after this many failed attempts in a
      row; None retries forever.
    * ``open_timeout`` / ``close_timeout``: WebSocket handshake and closing timeouts.
    * ``unsubscribe_on_close``: send the unsubscribe frames before closing.
    """

    tic_interval: float = 45.0
    dead_after: float = 60.0
    md_quiet_after: float | None = 120.0
    reconnect_initial: float = 0.5
    reconnect_max: float = 30.0
    reconnect_factor: float = 2.0
    max_queue: int = 10_000
    conflate_market_data: bool = True
    gap_fill: bool = True
    max_reconnect_attempts: int | None = None
    open_timeout: float = 10.0
    close_timeout: float = 2.0
    unsubscribe_on_close: bool = True
    max_message_size: int | None = 16 * 1024 * 1024

    def __post_init__(self) -> None:
        for name in ("tic_interval", "dead_after", "reconnect_initial", "reconnect_max"):
            if getattr(self, name) <= 0:
                raise ValueError(f"{name} must be > 0")
        if self.max_queue < 1:
            raise ValueError("max_queue must be >= 1")


@dataclass(frozen=True, slots=True)
class SendFrames:
    """Action: send these text frames now."""

    frames: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Reconnect:
    """Action: close this connection and open a new one (``reason`` says why)."""

    reason: str


Action = SendFrames | Reconnect

_SEEN_EXECUTIONS_CAP = 50_000


@dataclass
class _Liveness:
    opened_at: float = 0.0
    last_heartbeat: float = 0.0
    last_tic: float = 0.0


class StreamProtocol:
    """State machine of one logical stream across any number of connections."""

    def __init__(
        self,
        config: StreamConfig | None = None,
        *,
        parser: FieldParser | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.config = config or StreamConfig()
        self.parser = parser
        self.state: State = "disconnected"
        self._subs: dict[str, Subscription] = {}
        self._md_last: dict[int, float] = {}
        self._live = _Liveness()
        self.backoff = Backoff(
            self.config.reconnect_initial,
            self.config.reconnect_max,
            self.config.reconnect_factor,
            rng or random.Random(),
        )
        self.connections = 0
        self._lost_at: float | None = None
        self._lost_reason = ""
        self._order_state: dict[str, tuple[str | None, float | None]] = {}
        self._seen_exec: OrderedDict[str, None] = OrderedDict()
        self.authenticated: bool | None = None
        self.wants_reconnect: str | None = None
        """Set when a frame says this connection is no longer useful (the shell reconnects)."""

    # -- subscriptions ----------------------------------------------------------------------------
    @property
    def subscriptions(self) -> tuple[Subscription, ...]:
        return tuple(self._subs.values())

    def subscribe(self, sub: Subscription, now: float) -> list[str]:
        """Record ``sub``; returns the frames to send now (none while disconnected: queued)."""
        self._subs[sub.key] = sub
        if sub.kind == "md" and sub.conid is not None:
            self._md_last[sub.conid] = now
        return [sub.frame] if self.state == "open" else []

    def unsubscribe(self, key: str) -> list[str]:
        """Forget the subscription ``key``; returns the frames that undo it (if connected)."""
        sub = self._subs.pop(key, None)
        if sub is None:
            return []
        if sub.kind == "md" and sub.conid is not None:
            self._md_last.pop(sub.conid, None)
        frame = sub.unsubscribe_frame
        return [frame] if frame is not None and self.state == "open" else []

    def unsubscribe_all_frames(self) -> list[str]:
        """Frames that undo every subscription (sent by a clean shutdown), without forgetting them."""
        frames: list[str] = []
        for sub in self._subs.values():
            frame = sub.unsubscribe_frame
            if frame is not None and frame not in frames:
                frames.append(frame)
        return frames

    # -- connection lifecycle ---------------------------------------------------------------------
    def connection_opened(self, now: float, session: str | None) -> list[str]:
        """The socket is open: authenticate and (re-)send every subscription."""
        self.state = "open"
        self.connections += 1
        self.wants_reconnect = None
        self._live = _Liveness(opened_at=now, last_heartbeat=now, last_tic=now)
        frames = [session_message(session)] if session else []
        for sub in self._subs.values():
            frames.append(sub.frame)
            if sub.kind == "md" and sub.conid is not None:
                self._md_last[sub.conid] = now
        return frames

    def reconnected_event(self, now: float, gap_fill: bool) -> Reconnected | None:
        """The ``Reconnected`` event for the connection just opened (None for the first one)."""
        if self.connections <= 1:
            return None
        downtime = 0.0 if self._lost_at is None else max(0.0, now - self._lost_at)
        return Reconnected(
            attempt=self.connections - 1,
            reason=self._lost_reason or "reconnect",
            downtime_s=downtime,
            resubscribed=tuple(self._subs),
            gap_fill=gap_fill,
        )

    def connection_lost(self, now: float, reason: str) -> float:
        """The socket is gone; returns how long to wait before reconnecting."""
        if self.state == "open" or self._lost_at is None:
            self._lost_at = now
            self._lost_reason = reason
        if self.state != "closed":
            self.state = "disconnected"
        return self.backoff.next_delay()

    def connect_failed(self, now: float, reason: str) -> float:
        """An attempt to connect failed; returns the delay before the next one."""
        if self._lost_at is None:
            self._lost_at = now
            self._lost_reason = reason
        return self.backoff.next_delay()

    def gave_up(self) -> bool:
        limit = self.config.max_reconnect_attempts
        return limit is not None and self.backoff.attempts > limit

    def close(self) -> None:
        self.state = "closed"

    # -- receiving --------------------------------------------------------------------------------
    def receive(self, data: str | bytes, now: float) -> list[Event]:
        """Decode one frame and update bookkeeping; never raises on server input."""
        events = decode_frame(data, self.parser)
        if len(events) == 1:
            event = events[0]
            if type(event) is MarketDataUpdate:
                self._md_last[event.conid] = now
                return events
        for event in events:
            self._note(event, now)
        return events

    def _note(self, event: Event, now: float) -> None:
        if isinstance(event, Heartbeat):
            if event.source == "tic":
                # A tic reply proves the gateway answers us, not that it still pushes: the server's
                # own heartbeat is what ``dead_after`` watches (a stalled pump still answers tic).
                return
            self._live.last_heartbeat = now
            # A heartbeat on an authenticated session proves the connection healthy: the next
            # failure starts the backoff afresh (not while sts says unauthenticated: no tight loop).
            if self.authenticated is not False:
                self.backoff.reset()
        elif isinstance(event, OrderUpdate):
            self._remember_order(event)
        elif isinstance(event, TradeUpdate):
            self._remember_execution(event.execution_id)
        elif isinstance(event, AuthStatus):
            if event.authenticated is not None:
                self.authenticated = event.authenticated
                if event.authenticated is False and self.state == "open":
                    # The brokerage session ended: a new session value is needed, so reconnect.
                    self.wants_reconnect = "session not authenticated (sts)"
        elif isinstance(event, HistoricalBars):
            self._learn_server_id(event)
        elif isinstance(event, StreamError) and event.topic and event.topic.startswith("smd+"):
            # IBKR ended or refused the stream: try again at the next poll.
            try:
                conid = int(event.topic[4:].split("+", 1)[0])
            except ValueError:
                return
            if conid in self._md_last:
                self._md_last[conid] = float("-inf")

    def _learn_server_id(self, event: HistoricalBars) -> None:
        if event.server_id is None or event.conid is None:
            return
        for key, sub in self._subs.items():
            if sub.kind == "mh" and sub.conid == event.conid and sub.server_id != event.server_id:
                self._subs[key] = sub.with_server_id(event.server_id)
                return

    # -- timers -----------------------------------------------------------------------------------
    def next_deadline(self) -> float:
        """The next time ``poll`` has something to decide (monotonic seconds)."""
        if self.state != "open":
            return float("inf")
        live = self._live
        deadline = min(live.last_tic + self.config.tic_interval, live.last_heartbeat + self.config.dead_after)
        quiet = self.config.md_quiet_after
        if quiet is not None and self._md_last:
            deadline = min(deadline, min(self._md_last.values()) + quiet)
        return deadline

    def poll(self, now: float) -> list[Action]:
        """Decide what the timers require at ``now``: tic, re-subscribe quiet smd, or reconnect."""
        if self.state != "open":
            return []
        live = self._live
        if now - live.last_heartbeat >= self.config.dead_after:
            return [Reconnect(f"no heartbeat for {now - live.last_heartbeat:.1f}s")]
        frames: list[str] = []
        if now - live.last_tic >= self.config.tic_interval:
            frames.append(TIC)
            live.last_tic = now
        quiet = self.config.md_quiet_after
        if quiet is not None:
            for conid, last in self._md_last.items():
                if now - last >= quiet:
                    sub = self._subs.get(f"md:{conid}")
                    if sub is not None:
                        frames.append(sub.frame)
                    self._md_last[conid] = now
        return [SendFrames(tuple(frames))] if frames else []

    # -- gap bookkeeping --------------------------------------------------------------------------
    def _remember_order(self, order: OrderUpdate) -> tuple[str | None, float | None]:
        status, filled = self._order_state.get(order.order_id, (None, None))
        state = (
            order.status if order.status is not None else status,
            order.filled_quantity if order.filled_quantity is not None else filled,
        )
        self._order_state[order.order_id] = state
        return state

    def _remember_execution(self, execution_id: str) -> bool:
        """True if new. Bounded memory: the oldest ids are forgotten past a cap."""
        if execution_id in self._seen_exec:
            return False
        self._seen_exec[execution_id] = None
        if len(self._seen_exec) > _SEEN_EXECUTIONS_CAP:
            self._seen_exec.popitem(last=False)
        return True

    def gap_events(
        self,
        orders: Iterable[OrderUpdate | Mapping[str, Any]],
        trades: Iterable[TradeUpdate | Mapping[str, Any]],
    ) -> list[Event]:
        """Orders and trades re-read over REST, minus what the socket already delivered.

        An order is new information when its (status, filled quantity) differs from the last state
        the stream reported for that order id; a trade when its execution id was never seen.
        """
        events: list[Event] = []
        for item in orders:
            order = item if isinstance(item, OrderUpdate) else order_from_mapping(item, "gap_fill")
            if order is None:
                continue
            known = self._order_state.get(order.order_id)
            state = (order.status, order.filled_quantity)
            if known is not None and _same_state(known, state):
                continue
            self._remember_order(order)
            events.append(order)
        for entry in trades:
            trade = entry if isinstance(entry, TradeUpdate) else trade_from_mapping(entry, "gap_fill")
            if trade is not None and self._remember_execution(trade.execution_id):
                events.append(trade)
        return events


def _same_state(known: tuple[str | None, float | None], new: tuple[str | None, float | None]) -> bool:
    status = new[0] if new[0] is not None else known[0]
    filled = new[1] if new[1] is not None else known[1]
    return (status, filled) == known
