"""A live account that stays true across reconnects: ``client.live()``.

One object holds the account's orders (open ones in ``open_orders``), today's executions
(de-duplicated by execution id), positions and PnL. It is kept current from the WebSocket (``sor``
orders, ``str`` executions, ``spl`` PnL) and reconciled over REST (live orders, trades, positions,
partitioned PnL) when it starts, after every reconnect of the stream (dropped socket, stalled
heartbeat, expired session, gateway restart) and on demand (``reconcile()``).

Guarantees (tests/live/test_live.py, against the fake gateway with each of those faults):

* **Convergence.** When a reconciliation returns, the orders, executions and positions equal what
  IBKR's REST answers said during it, plus what the socket said after; no reconnect is needed
  before a second one. ``ready`` becomes true when the first reconciliation is done. Every
  reconciliation reads over REST only after the stream is authenticated and subscribed again
  (``Stream.wait_ready``): ``sor`` sends no snapshot and IBKR drops topics sent before ``sts``, so
  a change between an earlier read and the subscription would otherwise never be seen.
* **Every fill exactly once.** ``on_fill`` (and a :class:`FillReported` change) happens once per
  execution id, whether the execution arrives on the socket, in ``str``'s replay of past
  executions on (re)subscribe, in the stream's gap fill, or in a REST trades read.
* **No state an order never had.** Updates are merged field by field (IBKR sends partial ``sor``
  deltas). A terminal status (Filled, Cancelled, Inactive) is never replaced by a non-terminal one
  and the filled quantity never goes down, so a stale REST snapshot or a replayed push cannot move
  an order backwards; an order missing from a REST read (IBKR's first read of a session can be
  empty) is kept, not dropped.
* **Positions** are IBKR's REST positions as of the last reconciliation, moved by the executions
  reported since that were not in its trades read (signed by side); a reconciliation replaces them.
  ``pnl`` is the latest ``spl`` push or REST partitioned PnL per key (``"U123.Core"``).

:class:`LiveState` is the sans-I/O reducer (events and REST snapshots in, :data:`Change` s out);
:class:`Live` (sync ``Client``: the stream's background thread feeds it) and :class:`AsyncLive`
(``async with client.live() as live``) are thin shells. Callbacks run on the shell's consumer
(thread or task); an exception in a callback is logged and does not stop the account.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from types import MappingProxyType
from typing import Any, TypeAlias

from ._exceptions import RequestTimeout, ValidationError
from ._flow import Call, Flow, body_json
from ._redact import get_logger
from .portfolio import Position, positions_flow
from .streaming._client_glue import gap_fill_flow
from .streaming._parse import order_from_mapping, trade_from_mapping
from .streaming.events import OrderUpdate, PnLUpdate, Reconnected, StreamError, TradeUpdate

__all__ = [
    "AsyncLive",
    "Change",
    "Fill",
    "FillReported",
    "Live",
    "LiveOrder",
    "LiveState",
    "OrderChanged",
    "PnL",
    "PnLChanged",
    "PositionChanged",
    "Reconciled",
    "Snapshot",
    "reconcile_flow",
]

logger = get_logger("ibkr_webapi.live")

#: How long the start (and a reconnect) waits for the stream's subscriptions before reading over REST.
SUBSCRIBE_TIMEOUT_S = 30.0


def _not_subscribed() -> RequestTimeout:
    return RequestTimeout(
        f"the account's stream was not authenticated and subscribed within {SUBSCRIBE_TIMEOUT_S:g}s; "
        "without its pushes a REST reconciliation could not stay true"
    )


TERMINAL = frozenset({"filled", "cancelled", "inactive", "apicancelled"})


# ---------------------------------------------------------------------------------------------------
# What the account holds


@dataclass(frozen=True, slots=True)
class LiveOrder:
    """An order as last known; ``status`` is IBKR's (Submitted, PreSubmitted, Filled, Cancelled ...)."""

    order_id: str
    status: str | None = None
    filled_quantity: float | None = None
    remaining_quantity: float | None = None
    conid: int | None = None
    account: str | None = None
    side: str | None = None
    ticker: str | None = None
    order_type: str | None = None
    price: str | None = None

    @property
    def terminal(self) -> bool:
        return (self.status or "").lower() in TERMINAL

    @property
    def open(self) -> bool:
        return not self.terminal


@dataclass(frozen=True, slots=True)
class Fill:
    """One execution, reported once."""

    execution_id: str
    conid: int | None
    symbol: str | None
    side: str | None
    size: float | None
    price: float | None
    account: str | None
    order_ref: str | None
    trade_time_ms: int | None


@dataclass(frozen=True, slots=True)
class PnL:
    """Partitioned PnL of one key (``"U123.Core"``)."""

    key: str
    daily_pnl: float | None = None
    unrealized_pnl: float | None = None
    net_liquidation: float | None = None
    market_value: float | None = None
    excess_liquidity: float | None = None


@dataclass(frozen=True, slots=True)
class OrderChanged:
    order: LiveOrder
    previous: LiveOrder | None


@dataclass(frozen=True, slots=True)
class FillReported:
    fill: Fill


@dataclass(frozen=True, slots=True)
class PositionChanged:
    position: Position
    previous: Position | None


@dataclass(frozen=True, slots=True)
class PnLChanged:
    pnl: PnL


@dataclass(frozen=True, slots=True)
class Reconciled:
    """A reconciliation over REST finished (``reason``: "start", "reconnect", "on demand")."""

    reason: str
    number: int


Change: TypeAlias = OrderChanged | FillReported | PositionChanged | PnLChanged | Reconciled


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What one reconciliation read over REST (raw order and trade objects, parsed positions)."""

    orders: tuple[Mapping[str, Any], ...]
    trades: tuple[Mapping[str, Any], ...]
    positions: tuple[Position, ...] | None
    pnl: Mapping[str, Mapping[str, Any]]


# ---------------------------------------------------------------------------------------------------
# The sans-I/O reducer


_ORDER_FIELDS = tuple(f.name for f in dataclasses.fields(LiveOrder) if f.name != "order_id")


def _merge(old: LiveOrder | None, update: OrderUpdate) -> LiveOrder:
    """Field-wise merge that never moves an order backwards (see the module docstring)."""
    base = old or LiveOrder(update.order_id)
    values = {name: getattr(base, name) for name in _ORDER_FIELDS}
    for name in _ORDER_FIELDS:
        new = getattr(update, name, None)
        if new is not None:
            values[name] = new
    if old is not None:
        if old.terminal and (values["status"] or "").lower() not in TERMINAL:
            values["status"] = old.status
            values["remaining_quantity"] = old.remaining_quantity
        if old.filled_quantity is not None and (
            values["filled_quantity"] is None or values["filled_quantity"] < old.filled_quantity
        ):
            values["filled_quantity"] = old.filled_quantity
            values["remaining_quantity"] = old.remaining_quantity
    return LiveOrder(update.order_id, **values)


def _signed(fill: Fill) -> Decimal | None:
    side = (fill.side or "").upper()
    if fill.size is None:
        return None
    size = Decimal(repr(float(fill.size)))
    if size == size.to_integral_value():
        size = size.quantize(Decimal(1))
    if side in ("B", "BUY", "BOT"):
        return size
    if side in ("S", "SELL", "SLD", "SSHORT"):
        return -size
    return None


class LiveState:
    """The account's state as a reducer: ``on_event`` / ``on_snapshot`` return the changes they made."""

    def __init__(self, account: str | None = None) -> None:
        self.account = account
        self._orders: dict[str, LiveOrder] = {}
        self._fills: dict[str, Fill] = {}
        self._positions: dict[int, Position] = {}
        self._pnl: dict[str, PnL] = {}
        self._in_snapshot: set[str] = set()  # execution ids the last positions read already includes
        self.reconciliations = 0

    # -- views ---------------------------------------------------------------------------------
    @property
    def orders(self) -> Mapping[str, LiveOrder]:
        return MappingProxyType(dict(self._orders))

    @property
    def open_orders(self) -> Mapping[str, LiveOrder]:
        return MappingProxyType({k: o for k, o in self._orders.items() if o.open})

    @property
    def fills(self) -> Mapping[str, Fill]:
        return MappingProxyType(dict(self._fills))

    @property
    def positions(self) -> Mapping[int, Position]:
        return MappingProxyType({c: p for c, p in self._positions.items() if p.quantity != 0})

    @property
    def pnl(self) -> Mapping[str, PnL]:
        return MappingProxyType(dict(self._pnl))

    # -- events --------------------------------------------------------------------------------
    def _mine(self, account: str | None) -> bool:
        return self.account is None or account is None or account == self.account

    def on_event(self, event: Any) -> list[Change]:
        """Apply one stream event (orders, executions, PnL; anything else is ignored)."""
        if isinstance(event, OrderUpdate):
            return self._order(event)
        if isinstance(event, TradeUpdate):
            return self._fill(event, in_snapshot=False)
        if isinstance(event, PnLUpdate):
            return self._pnl_row(event.key, dataclasses.asdict(event))
        return []

    def _order(self, update: OrderUpdate) -> list[Change]:
        if not self._mine(update.account):
            return []
        old = self._orders.get(update.order_id)
        new = _merge(old, update)
        if new == old:
            return []
        self._orders[new.order_id] = new
        return [OrderChanged(new, old)]

    def _fill(self, trade: TradeUpdate, *, in_snapshot: bool) -> list[Change]:
        if not self._mine(trade.account):
            return []
        if in_snapshot:
            self._in_snapshot.add(trade.execution_id)
        if trade.execution_id in self._fills:
            return []
        fill = Fill(
            trade.execution_id, trade.conid, trade.symbol, trade.side, trade.size, trade.price,
            trade.account, trade.order_ref, trade.trade_time_ms,
        )  # fmt: skip
        self._fills[fill.execution_id] = fill
        changes: list[Change] = [FillReported(fill)]
        if not in_snapshot:
            changes += self._move_position(fill)
        return changes

    def _move_position(self, fill: Fill) -> list[Change]:
        delta = _signed(fill)
        if delta is None or fill.conid is None:
            return []
        old = self._positions.get(fill.conid)
        if old is None:
            new = Position(
                account_id=fill.account or self.account or "",
                conid=fill.conid,
                description=fill.symbol or "",
                sec_type="",
                quantity=delta,
                market_price=None,
                market_value=None,
                currency=None,
                avg_cost=None,
                avg_price=None,
                realized_pnl=None,
                unrealized_pnl=None,
                symbol=fill.symbol,
            )
        else:
            new = dataclasses.replace(old, quantity=old.quantity + delta)
        self._positions[fill.conid] = new
        return [PositionChanged(new, old)]

    def _pnl_row(self, key: str, row: Mapping[str, Any]) -> list[Change]:
        old = self._pnl.get(key)
        base = dataclasses.asdict(old) if old is not None else {"key": key}
        for name in ("daily_pnl", "unrealized_pnl", "net_liquidation", "market_value", "excess_liquidity"):
            if row.get(name) is not None:
                base[name] = row[name]
        new = PnL(**base)
        if new == old:
            return []
        self._pnl[key] = new
        return [PnLChanged(new)]

    # -- REST ----------------------------------------------------------------------------------
    def on_snapshot(self, snapshot: Snapshot, reason: str) -> list[Change]:
        """Apply one reconciliation: orders merged, executions de-duplicated, positions replaced."""
        changes: list[Change] = []
        for item in snapshot.orders:
            update = order_from_mapping(item, "gap_fill")
            if update is not None:
                changes += self._order(update)
        self._in_snapshot = set()
        for item in snapshot.trades:
            trade = trade_from_mapping(item, "gap_fill")
            if trade is not None:
                changes += self._fill(trade, in_snapshot=True)
        if snapshot.positions is not None:
            fresh = {p.conid: p for p in snapshot.positions if self._mine(p.account_id)}
            for conid in set(self._positions) | set(fresh):
                old, new = self._positions.get(conid), fresh.get(conid)
                if new is None and old is not None:
                    new = dataclasses.replace(old, quantity=Decimal(0))
                if new is not None and (old is None or new.quantity != old.quantity):
                    changes.append(PositionChanged(new, old))
                if new is not None:
                    self._positions[conid] = new
        for key, row in snapshot.pnl.items():
            changes += self._pnl_row(
                key,
                {
                    "daily_pnl": row.get("dpl"),
                    "unrealized_pnl": row.get("upl"),
                    "net_liquidation": row.get("nl"),
                    "market_value": row.get("mv"),
                    "excess_liquidity": row.get("el"),
                },
            )
        self.reconciliations += 1
        changes.append(Reconciled(reason, self.reconciliations))
        return changes


# ---------------------------------------------------------------------------------------------------
# The REST side of a reconciliation (one flow for both clients)


def reconcile_flow(portfolio_state: Any, account: str) -> Flow[Snapshot]:
    """Live orders (unfiltered, forced) and trades, then positions and partitioned PnL."""
    orders, trades = yield from gap_fill_flow()
    cache = getattr(portfolio_state, "cache", None)
    if cache is not None:
        cache.invalidate()
    positions = yield from positions_flow(portfolio_state, account)
    response = yield Call.op("get_partitioned_pnl", allow_status=(400, 404, 503))
    body = body_json(response) if 200 <= int(response.status_code) < 300 else None
    rows = body.get("upnl") if isinstance(body, Mapping) else None
    pnl = {str(k): v for k, v in rows.items() if isinstance(v, Mapping)} if isinstance(rows, Mapping) else {}
    return Snapshot(tuple(orders), tuple(trades), positions, pnl)


# ---------------------------------------------------------------------------------------------------
# Shells

Callback = Callable[[Any], None]


class _Shared:
    """What both shells keep: the reducer, callbacks, change subscribers."""

    def __init__(
        self,
        client: Any,
        account: str | None,
        on_order: Callable[[OrderChanged], None] | None,
        on_fill: Callable[[FillReported], None] | None,
        on_position: Callable[[PositionChanged], None] | None,
        stream_config: Any,
    ) -> None:
        if account is not None and not isinstance(account, str):
            raise ValidationError("account must be an account id string", field="account")
        self._client = client
        self._account_arg = account
        self.state = LiveState(account)
        self._callbacks: dict[type, Callback | None] = {
            OrderChanged: on_order,
            FillReported: on_fill,
            PositionChanged: on_position,
        }
        self._stream_config = stream_config
        self.errors: list[StreamError] = []

    def _resolve_account(self) -> str:
        account = self._account_arg or self._client.session.selected_account
        if not account:
            accounts = tuple(self._client.session.accounts or ())
            account = accounts[0] if accounts else None
        if not account:
            raise ValidationError("no account: pass account= (the session lists none)", field="account")
        self.state.account = str(account)
        return str(account)

    def _dispatch(self, changes: Iterable[Change]) -> None:
        for change in changes:
            callback = self._callbacks.get(type(change))
            if callback is not None:
                try:
                    callback(change)
                except Exception:
                    logger.exception("a live account callback failed for %r", change)
            self._publish(change)

    def _publish(self, change: Change) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # views
    @property
    def account(self) -> str | None:
        return self.state.account

    @property
    def orders(self) -> Mapping[str, LiveOrder]:
        return self.state.orders

    @property
    def open_orders(self) -> Mapping[str, LiveOrder]:
        return self.state.open_orders

    @property
    def fills(self) -> Mapping[str, Fill]:
        return self.state.fills

    @property
    def positions(self) -> Mapping[int, Position]:
        return self.state.positions

    @property
    def pnl(self) -> Mapping[str, PnL]:
        return self.state.pnl

    @property
    def reconciliations(self) -> int:
        return self.state.reconciliations


class AsyncLive(_Shared):
    """``async with client.live() as live``: the account kept current by an ``AsyncStream``."""

    def __init__(
        self,
        client: Any,
        account: str | None = None,
        *,
        on_order: Callable[[OrderChanged], None] | None = None,
        on_fill: Callable[[FillReported], None] | None = None,
        on_position: Callable[[PositionChanged], None] | None = None,
        stream_config: Any = None,
    ) -> None:
        super().__init__(client, account, on_order, on_fill, on_position, stream_config)
        self._ready = asyncio.Event()
        self._lock = asyncio.Lock()
        self._queues: list[asyncio.Queue[Change | None]] = []
        self._stream: Any = None
        self._task: asyncio.Task[None] | None = None

    @property
    def ready(self) -> bool:
        """True once the first reconciliation is done."""
        return self._ready.is_set()

    async def wait_ready(self) -> None:
        await self._ready.wait()

    def _publish(self, change: Change) -> None:
        for q in self._queues:
            q.put_nowait(change)

    async def __aenter__(self) -> AsyncLive:
        account = self._resolve_account()
        kwargs = {"config": self._stream_config} if self._stream_config is not None else {}
        self._stream = self._client.stream(**kwargs)
        await self._stream.__aenter__()
        try:
            await self._stream.orders()
            await self._stream.trades()
            await self._stream.pnl()
            self._task = asyncio.get_running_loop().create_task(self._pump(), name="ibkr-webapi-live")
            if not await self._stream.wait_ready(SUBSCRIBE_TIMEOUT_S):
                raise _not_subscribed()
            await self.reconcile("start", account=account)
        except BaseException:
            await self.aclose()
            raise
        self._ready.set()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        stream, self._stream = self._stream, None
        if stream is not None:
            await stream.__aexit__(None, None, None)
        for q in self._queues:
            q.put_nowait(None)

    async def reconcile(self, reason: str = "on demand", *, account: str | None = None) -> None:
        """Read orders, trades, positions and PnL over REST and apply them (returns when applied)."""
        acct = account or self.state.account or self._resolve_account()
        snapshot = await self._client.run(reconcile_flow(self._client.portfolio.state, acct))
        async with self._lock:
            self._dispatch(self.state.on_snapshot(snapshot, reason))

    async def _pump(self) -> None:
        assert self._stream is not None
        async for event in self._stream:
            if isinstance(event, Reconnected):
                try:
                    await self._stream.wait_ready(SUBSCRIBE_TIMEOUT_S)  # re-subscribed first
                    await self.reconcile("reconnect")
                except Exception:
                    logger.exception("reconciliation after a reconnect failed; the next one will repair it")
                continue
            if isinstance(event, StreamError):
                self.errors.append(event)
                continue
            async with self._lock:
                self._dispatch(self.state.on_event(event))

    def changes(self) -> AsyncIterator[Change]:
        """Every change from this call on (until the account is closed), also those that happen
        before the iteration starts. Iterate it to the end or close it (``aclose``) when done."""
        q: asyncio.Queue[Change | None] = asyncio.Queue()
        self._queues.append(q)
        return self._changes(q)

    async def _changes(self, q: asyncio.Queue[Change | None]) -> AsyncIterator[Change]:
        try:
            while (change := await q.get()) is not None:
                yield change
        finally:
            self._queues.remove(q)


class Live(_Shared):
    """``with client.live() as live``: the account kept current by the sync ``Stream``'s thread."""

    def __init__(
        self,
        client: Any,
        account: str | None = None,
        *,
        on_order: Callable[[OrderChanged], None] | None = None,
        on_fill: Callable[[FillReported], None] | None = None,
        on_position: Callable[[PositionChanged], None] | None = None,
        stream_config: Any = None,
    ) -> None:
        super().__init__(client, account, on_order, on_fill, on_position, stream_config)
        self._ready = threading.Event()
        self._lock = threading.RLock()
        self._queues: list[queue.Queue[Change | None]] = []
        self._stream: Any = None
        self._thread: threading.Thread | None = None
        self._closing = threading.Event()

    @property
    def ready(self) -> bool:
        return self._ready.is_set()

    def wait_ready(self, timeout: float | None = None) -> bool:
        return self._ready.wait(timeout)

    def _publish(self, change: Change) -> None:
        for q in list(self._queues):
            q.put_nowait(change)

    def __enter__(self) -> Live:
        account = self._resolve_account()
        kwargs = {"config": self._stream_config} if self._stream_config is not None else {}
        self._stream = self._client.stream(**kwargs)
        self._stream.__enter__()
        try:
            self._stream.orders()
            self._stream.trades()
            self._stream.pnl()
            self._thread = threading.Thread(target=self._pump, name="ibkr-webapi-live", daemon=True)
            self._thread.start()
            # sor sends no snapshot: read over REST only once the pushes flow (see _await_pushes)
            if not self._stream.wait_ready(SUBSCRIBE_TIMEOUT_S):
                raise _not_subscribed()
            self.reconcile("start", account=account)
        except BaseException:
            self.close()
            raise
        self._ready.set()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._closing.set()
        stream, self._stream = self._stream, None
        if stream is not None:
            stream.__exit__(None, None, None)
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=10)
        for q in list(self._queues):
            q.put_nowait(None)

    def reconcile(self, reason: str = "on demand", *, account: str | None = None) -> None:
        """Read orders, trades, positions and PnL over REST and apply them (returns when applied)."""
        acct = account or self.state.account or self._resolve_account()
        snapshot = self._client.run(reconcile_flow(self._client.portfolio.state, acct))
        with self._lock:
            self._dispatch(self.state.on_snapshot(snapshot, reason))

    def _pump(self) -> None:
        stream = self._stream
        assert stream is not None
        try:
            for event in stream:
                if isinstance(event, Reconnected):
                    try:
                        stream.wait_ready(SUBSCRIBE_TIMEOUT_S)  # re-subscribed first
                        self.reconcile("reconnect")
                    except Exception:
                        if not self._closing.is_set():
                            logger.exception("reconciliation after a reconnect failed")
                    continue
                if isinstance(event, StreamError):
                    self.errors.append(event)
                    continue
                with self._lock:
                    self._dispatch(self.state.on_event(event))
        except Exception:
            if not self._closing.is_set():
                logger.exception("the live account's stream ended")

    def changes(self, timeout: float | None = None) -> Iterator[Change]:
        """Every change from this call on, also those that happen before the iteration starts; stops
        when the account closes (or after ``timeout`` s of quiet)."""
        q: queue.Queue[Change | None] = queue.Queue()
        self._queues.append(q)
        return self._changes(q, timeout)

    def _changes(self, q: queue.Queue[Change | None], timeout: float | None) -> Iterator[Change]:
        try:
            while True:
                try:
                    change = q.get(timeout=timeout)
                except queue.Empty:
                    return
                if change is None:
                    return
                yield change
        finally:
            self._queues.remove(q)
