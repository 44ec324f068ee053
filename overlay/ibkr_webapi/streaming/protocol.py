"""The sans-I/O streaming protocol: every decision, no sockets, no clocks, no tasks.

The asyncio shell (``aio.py``) owns the socket, the clock and the tasks; the thread shell
(``sync.py``) runs that asyncio shell on one background thread and adds nothing to the protocol.
The shell feeds this object what happened (``connection_opened``, ``receive``, ``connection_lost``,
``connect_failed``, ``poll``) and gets back events to deliver and :data:`Action` values to carry
out: :class:`SendFrames`, :class:`FillGap`, :class:`Reconnect`, :class:`Wait` and :class:`GiveUp`.
Every method that can ask the shell to do something returns actions; nothing is signalled through
attributes. That is
how the ``websockets`` library shares one protocol between its asyncio and sync implementations,
and it is what makes reconnect, keep-alive and time-limit logic testable with plain function calls.

It keeps:

* the subscription registry: what is subscribed, so all of it is re-sent after a reconnect.
  Subscriptions go out only once ``sts`` says the session is authenticated (IBKR silently drops
  topics sent before that frame), or after ``sts_timeout`` if no ``sts`` comes at all;
* keep-alive bookkeeping: when to send ``tic``, when the server's last heartbeat came, and when the
  connection has been silent for longer than ``dead_after`` (declared dead -> reconnect);
* the market-data time limit: IBKR ends ``smd`` streams after about 10 minutes without saying so
  (IBKR Web API changelog, 2026-04-14), so every market-data subscription is renewed
  ``md_renew_after`` seconds after it was sent, and one that has been quiet for ``md_quiet_after``
  seconds (ended early, or refused) is re-subscribed at once. Only subscribed conids are tracked:
  frames for other conids are delivered but leave no state;
* reconnect backoff: it grows across failures and flapping connections and is reset only when a
  connection stayed healthy (server heartbeats on an authenticated session) for ``healthy_after``
  seconds of the protocol's clock; a session refused ``max_auth_failures`` times in a row ends the
  stream with a typed error (:class:`GiveUp`);
* gap bookkeeping, bounded (least recently used entries are forgotten past the configured sizes):
  the last known state of each order and the execution ids seen. Trades are de-duplicated by
  execution id on the socket (IBKR replays recent executions on every ``str`` subscribe) and after a
  gap fill alike; orders re-read over REST are emitted only when the socket missed them.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .._exceptions import AuthenticationError, ConfigurationError, ConnectError, IbkrError, NotAuthenticated
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

__all__ = ["Action", "FillGap", "GiveUp", "Reconnect", "SendFrames", "StreamConfig", "StreamProtocol", "Wait"]

State = Literal["disconnected", "open", "closed"]


@dataclass(frozen=True)
class StreamConfig:
    """Tunables of a stream. Defaults follow what IBKR does (heartbeat ~10 s, tic ~1 min).

    * ``tic_interval``: seconds between our ``tic`` keep-alives.
    * ``dead_after``: seconds without a server heartbeat (``system`` hb or ``ech+hb``) after which
      the connection is declared dead and replaced.
    * ``md_quiet_after``: seconds without an update for a market-data subscription after which it
      is re-subscribed (IBKR ends ``smd`` streams after a time limit); None disables.
    * ``md_renew_after``: seconds after which a market-data subscription is sent again before
      IBKR's time limit (about 10 minutes) ends it; None disables.
    * ``sts_timeout``: how long a new connection waits for ``sts`` (authenticated) before it sends
      the subscriptions anyway (IBKR drops topics sent before that frame).
    * ``reconnect_initial`` / ``reconnect_max`` / ``reconnect_factor``: jittered exponential backoff.
    * ``healthy_after``: the backoff starts afresh only after a connection delivered server
      heartbeats on an authenticated session for this many seconds (a heartbeat alone does not
      reset it, so a server that drops every connection after a heartbeat is not hammered).
    * ``max_auth_failures``: after this many authentication failures in a row (the handshake
      refused with 401/403, the session lookup failing to authenticate, or ``sts`` saying the session
      is not authenticated) the stream ends: iteration raises the error after a
      :class:`StreamError` with ``code="auth_failed"``.
    * ``max_reconnect_attempts``: give up (the iterator raises ``ConnectError``) after this many
      failed attempts in a row; None retries forever.
    * ``max_queue``: bound of the event queue between the reader and the consumer, in events.
    * ``max_queue_bytes``: bound of the same queue in bytes of the frames the events came from
      (whichever bound is reached first pushes back on the socket). One event is always admitted.
      The thread shell's iterator also holds the batch it fetched last (up to 1024 events).
    * ``max_message_size``: the largest frame accepted (bytes); a larger one closes the connection
      (code 1009), is reported as a :class:`StreamError` with ``code="frame_too_large"`` and the
      stream reconnects. Worst-case buffered memory is about ``max_queue_bytes`` plus
      ``websocket_queue`` messages of ``max_message_size`` in the connection.
    * ``websocket_queue``: how many received messages the connection buffers while the reader waits
      (reading from the socket pauses above it and resumes at a quarter of it).
    * ``max_tracked_orders`` / ``max_tracked_executions``: sizes of the least-recently-used tables
      that remember order states and execution ids for de-duplication.
    * ``conflate_market_data``: a slow consumer gets the latest state per conid (fields merged)
      instead of every update; order, trade and status events are never conflated or dropped. A
      consumer that takes what is queued before the next network read is handed over gets every
      update (see ``_buffer``).
    * ``gap_fill``: re-read live orders and trades over REST after a reconnect.
    * ``open_timeout`` / ``close_timeout``: WebSocket handshake and closing timeouts; ``close()``
      of either shell returns within about ``close_timeout`` + 2 s whatever the server does.
    * ``unsubscribe_on_close``: send the unsubscribe frames before closing.
    """

    tic_interval: float = 45.0
    dead_after: float = 60.0
    md_quiet_after: float | None = 120.0
    md_renew_after: float | None = 540.0
    sts_timeout: float = 5.0
    reconnect_initial: float = 0.5
    reconnect_max: float = 30.0
    reconnect_factor: float = 2.0
    healthy_after: float = 30.0
    max_auth_failures: int = 5
    max_reconnect_attempts: int | None = None
    max_queue: int = 10_000
    max_queue_bytes: int = 32 * 1024 * 1024
    max_message_size: int = 4 * 1024 * 1024
    websocket_queue: int = 16
    max_tracked_orders: int = 10_000
    max_tracked_executions: int = 50_000
    conflate_market_data: bool = True
    gap_fill: bool = True
    open_timeout: float = 10.0
    close_timeout: float = 2.0
    unsubscribe_on_close: bool = True

    def __post_init__(self) -> None:
        for name in ("tic_interval", "dead_after", "reconnect_initial", "reconnect_max", "sts_timeout"):
            if getattr(self, name) <= 0:
                raise ConfigurationError(f"{name} must be > 0", setting=name)
        for name in (
            "max_queue",
            "max_queue_bytes",
            "max_message_size",
            "websocket_queue",
            "max_auth_failures",
            "max_tracked_orders",
            "max_tracked_executions",
        ):
            if getattr(self, name) < 1:
                raise ConfigurationError(f"{name} must be >= 1", setting=name)
        if self.healthy_after < 0:
            raise ConfigurationError("healthy_after must be >= 0", setting="healthy_after")


@dataclass(frozen=True, slots=True)
class SendFrames:
    """Action: send these text frames now."""

    frames: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FillGap:
    """Action: re-read live orders and trades over REST now (after a reconnect, once the
    subscriptions are back, so nothing falls between the read and the first push)."""


@dataclass(frozen=True, slots=True)
class Reconnect:
    """Action: close this connection and open a new one (``reason`` says why)."""

    reason: str


@dataclass(frozen=True, slots=True)
class Wait:
    """Action: wait ``delay`` seconds, then connect again."""

    delay: float


@dataclass(frozen=True, slots=True)
class GiveUp:
    """Action: stop for good; the consumer gets ``event`` and then iteration raises ``error``."""

    error: IbkrError
    event: StreamError


Action = SendFrames | FillGap | Reconnect | Wait | GiveUp

_NO_ACTIONS: Sequence[Action] = ()


@dataclass
class _Liveness:
    opened_at: float = 0.0
    last_heartbeat: float = 0.0
    last_tic: float = 0.0
    ready_at: float | None = None
    """When the subscriptions went out on this connection (``sts`` authenticated or timeout)."""


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
        """Last update time of each *subscribed* conid (keys are exactly the md subscriptions)."""
        self._md_sent: dict[int, float] = {}
        """When each md subscription was last sent on the current connection (ready only)."""
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
        self._order_state: OrderedDict[str, tuple[str | None, float | None]] = OrderedDict()
        self._seen_exec: OrderedDict[str, None] = OrderedDict()
        self.authenticated: bool | None = None
        self.auth_failures = 0
        """Authentication failures in a row (reset by ``sts`` authenticated)."""
        self.duplicates = 0
        """Trade events dropped because their execution id was already delivered."""

    # -- subscriptions ----------------------------------------------------------------------------
    @property
    def subscriptions(self) -> tuple[Subscription, ...]:
        return tuple(self._subs.values())

    @property
    def ready(self) -> bool:
        """Open, and the subscriptions went out on this connection (``sts`` authenticated)."""
        return self.state == "open" and self._live.ready_at is not None

    @property
    def tracked(self) -> Mapping[str, int]:
        """Sizes of the protocol's tables (each bounded by subscriptions or a configured size)."""
        return {
            "subscriptions": len(self._subs),
            "market_data_timers": len(self._md_last),
            "orders": len(self._order_state),
            "executions": len(self._seen_exec),
        }

    def subscribe(self, sub: Subscription, now: float) -> list[str]:
        """Record ``sub``; returns the frames to send now (none until the connection is ready)."""
        self._subs[sub.key] = sub
        ready = self.ready
        if sub.kind == "md" and sub.conid is not None:
            self._md_last[sub.conid] = now
            if ready:
                self._md_sent[sub.conid] = now
        return [sub.frame] if ready else []

    def unsubscribe(self, key: str) -> list[str]:
        """Forget the subscription ``key``; returns the frames that undo it (if connected)."""
        sub = self._subs.pop(key, None)
        if sub is None:
            return []
        if sub.kind == "md" and sub.conid is not None:
            self._md_last.pop(sub.conid, None)
            self._md_sent.pop(sub.conid, None)
        frame = sub.unsubscribe_frame
        return [frame] if frame is not None and self.ready else []

    def unsubscribe_all_frames(self) -> list[str]:
        """Frames that undo every subscription (sent by a clean shutdown), without forgetting them."""
        frames: list[str] = []
        if not self.ready:
            return frames
        for sub in self._subs.values():
            frame = sub.unsubscribe_frame
            if frame is not None and frame not in frames:
                frames.append(frame)
        return frames

    # -- connection lifecycle ---------------------------------------------------------------------
    def connection_opened(self, now: float, session: str | None) -> list[Action]:
        """The socket is open: authenticate; the subscriptions follow ``sts`` (see ``receive``)."""
        self.state = "open"
        self.connections += 1
        self._live = _Liveness(opened_at=now, last_heartbeat=now, last_tic=now)
        self._md_sent.clear()
        return [SendFrames((session_message(session),))] if session else []

    def _become_ready(self, now: float) -> list[Action]:
        self._live.ready_at = now
        frames = [sub.frame for sub in self._subs.values()]
        for conid in self._md_last:
            self._md_last[conid] = now
            self._md_sent[conid] = now
        actions: list[Action] = [SendFrames(tuple(frames))] if frames else []
        if self.connections > 1:
            actions.append(FillGap())
        return actions

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

    def connection_lost(self, now: float, reason: str) -> Wait | GiveUp:
        """The socket is gone; returns how long to wait before reconnecting (or to stop)."""
        live = self._live
        if self.state == "open":
            if live.ready_at is not None and live.last_heartbeat - live.ready_at >= self.config.healthy_after:
                # Heartbeats kept coming on an authenticated, subscribed connection for a sustained
                # period: this was a healthy connection, so the next failure starts afresh.
                self.backoff.reset()
            self._lost_at = now
            self._lost_reason = reason
        elif self._lost_at is None:
            self._lost_at = now
            self._lost_reason = reason
        if self.state != "closed":
            self.state = "disconnected"
        if self.auth_failures >= self.config.max_auth_failures:
            count = self.auth_failures
            return self._give_up_auth(
                NotAuthenticated(f"the session stayed unauthenticated (sts) over {count} connections")
            )
        return Wait(self.backoff.next_delay())

    def connect_failed(self, now: float, error: Exception) -> Wait | GiveUp:
        """An attempt to connect failed with ``error``; returns the delay before the next one (or stop).

        ``AuthenticationError`` and ``NotAuthenticated`` (a 401/403 handshake, a session lookup that
        cannot authenticate) count towards ``max_auth_failures``; other errors towards
        ``max_reconnect_attempts`` (if set).
        """
        if self._lost_at is None:
            self._lost_at = now
            self._lost_reason = f"connect failed: {type(error).__name__}"
        if isinstance(error, AuthenticationError | NotAuthenticated):
            self.auth_failures += 1
            if self.auth_failures >= self.config.max_auth_failures:
                return self._give_up_auth(error)
        delay = self.backoff.next_delay()
        limit = self.config.max_reconnect_attempts
        if limit is not None and self.backoff.attempts > limit:
            message = f"gave up reconnecting after {self.backoff.attempts} attempts: {error}"
            return GiveUp(ConnectError(message), StreamError(message, None, None, code="gave_up"))
        return Wait(delay)

    def _give_up_auth(self, error: IbkrError | Exception) -> GiveUp:
        message = f"gave up reconnecting after {self.auth_failures} authentication failures in a row: {error}"
        final: IbkrError
        if isinstance(error, NotAuthenticated):
            final = NotAuthenticated(message)
        else:
            final = AuthenticationError(message, status_code=getattr(error, "status_code", None))
        return GiveUp(final, StreamError(message, None, None, code="auth_failed"))

    def close(self) -> None:
        self.state = "closed"

    # -- receiving --------------------------------------------------------------------------------
    def receive(self, data: str | bytes, now: float) -> tuple[list[Event], Sequence[Action]]:
        """Decode one frame and update bookkeeping: the events to deliver and the actions to take.

        Never raises on server input. Trade events whose execution id was already delivered are
        dropped here (IBKR replays recent executions on every ``str`` subscribe).
        """
        events = decode_frame(data, self.parser)
        if len(events) == 1:
            event = events[0]
            if type(event) is MarketDataUpdate:
                md_last = self._md_last
                if event.conid in md_last:
                    md_last[event.conid] = now
                return events, _NO_ACTIONS
        actions: list[Action] = []
        kept: list[Event] = []
        for event in events:
            if isinstance(event, TradeUpdate):
                if not self._remember_execution(event.execution_id):
                    self.duplicates += 1
                    continue
            else:
                self._note(event, now, actions)
            kept.append(event)
        return kept, actions or _NO_ACTIONS

    def _note(self, event: Event, now: float, actions: list[Action]) -> None:
        if isinstance(event, Heartbeat):
            if event.source != "tic":
                # A tic reply proves the gateway answers us, not that it still pushes: the server's
                # own heartbeat is what ``dead_after`` watches (a stalled pump still answers tic).
                self._live.last_heartbeat = now
        elif isinstance(event, MarketDataUpdate):
            if event.conid in self._md_last:
                self._md_last[event.conid] = now
        elif isinstance(event, OrderUpdate):
            self._remember_order(event)
        elif isinstance(event, AuthStatus):
            self._note_auth(event, now, actions)
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

    def _note_auth(self, event: AuthStatus, now: float, actions: list[Action]) -> None:
        if event.authenticated is None:
            return
        self.authenticated = event.authenticated
        if self.state != "open":
            return
        if event.authenticated:
            self.auth_failures = 0
            if self._live.ready_at is None:
                actions.extend(self._become_ready(now))
        else:
            # The brokerage session ended: a new session value is needed, so reconnect (counted:
            # a session that never comes back ends the stream, see ``connection_lost``).
            self.auth_failures += 1
            actions.append(Reconnect("session not authenticated (sts)"))

    def _learn_server_id(self, event: HistoricalBars) -> None:
        if event.server_id is None or event.conid is None:
            return
        for key, sub in self._subs.items():
            if sub.kind == "mh" and sub.conid == event.conid and sub.server_id != event.server_id:
                self._subs[key] = sub.with_server_id(event.server_id)
                return

    # -- timers -----------------------------------------------------------------------------------
    def next_deadline(self) -> float:
        """The next time ``poll`` has something to decide (monotonic seconds); O(subscriptions)."""
        if self.state != "open":
            return float("inf")
        live = self._live
        cfg = self.config
        deadline = min(live.last_tic + cfg.tic_interval, live.last_heartbeat + cfg.dead_after)
        if live.ready_at is None:
            return min(deadline, live.opened_at + cfg.sts_timeout)
        quiet = cfg.md_quiet_after
        if quiet is not None and self._md_last:
            deadline = min(deadline, min(self._md_last.values()) + quiet)
        renew = cfg.md_renew_after
        if renew is not None and self._md_sent:
            deadline = min(deadline, min(self._md_sent.values()) + renew)
        return deadline

    def poll(self, now: float) -> list[Action]:
        """Decide what the timers require at ``now``: tic, subscribe, re-subscribe quiet smd, reconnect."""
        if self.state != "open":
            return []
        live = self._live
        if now - live.last_heartbeat >= self.config.dead_after:
            return [Reconnect(f"no heartbeat for {now - live.last_heartbeat:.1f}s")]
        actions: list[Action] = []
        if live.ready_at is None and now - live.opened_at >= self.config.sts_timeout:
            # No sts came: subscribe anyway rather than stay silent (a gateway that does not send it).
            actions.extend(self._become_ready(now))
        frames: list[str] = []
        if now - live.last_tic >= self.config.tic_interval:
            frames.append(TIC)
            live.last_tic = now
        quiet = self.config.md_quiet_after
        renew = self.config.md_renew_after
        if live.ready_at is not None and (quiet is not None or renew is not None):
            for conid, last in self._md_last.items():
                sent_at = self._md_sent.get(conid, now)
                if (quiet is not None and now - last >= quiet) or (
                    renew is not None and now - sent_at >= renew
                ):
                    sub = self._subs.get(f"md:{conid}")
                    if sub is not None:
                        frames.append(sub.frame)
                    self._md_last[conid] = now
                    self._md_sent[conid] = now
        if frames:
            actions.append(SendFrames(tuple(frames)))
        return actions

    # -- gap bookkeeping --------------------------------------------------------------------------
    def _remember_order(self, order: OrderUpdate) -> tuple[str | None, float | None]:
        table = self._order_state
        status, filled = table.pop(order.order_id, (None, None))
        state = (
            order.status if order.status is not None else status,
            order.filled_quantity if order.filled_quantity is not None else filled,
        )
        table[order.order_id] = state  # most recently used last
        if len(table) > self.config.max_tracked_orders:
            table.popitem(last=False)
        return state

    def _remember_execution(self, execution_id: str) -> bool:
        """True if new. Bounded memory: the least recently seen ids are forgotten past the cap."""
        seen = self._seen_exec
        if execution_id in seen:
            seen.move_to_end(execution_id)
            return False
        seen[execution_id] = None
        if len(seen) > self.config.max_tracked_executions:
            seen.popitem(last=False)
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
                self._order_state.move_to_end(order.order_id)
                continue
            self._remember_order(order)
            events.append(order)
        for entry in trades:
            trade = entry if isinstance(entry, TradeUpdate) else trade_from_mapping(entry, "gap_fill")
            if trade is None:
                continue
            if self._remember_execution(trade.execution_id):
                events.append(trade)
            else:
                self.duplicates += 1
        return events


def _same_state(known: tuple[str | None, float | None], new: tuple[str | None, float | None]) -> bool:
    status = new[0] if new[0] is not None else known[0]
    filled = new[1] if new[1] is not None else known[1]
    return (status, filled) == known
