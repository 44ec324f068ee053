"""``client.live()``: one account state that converges to the server's across faults, fills once each."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from history.conftest import AUTH_MODES, Served, ServeFactory, serve, settings_for  # noqa: F401 - fixture

from ibkr_webapi import AsyncClient, Client
from ibkr_webapi.live import (
    FillReported,
    LiveState,
    OrderChanged,
    PositionChanged,
    Reconciled,
    Snapshot,
)
from ibkr_webapi.orders import Order
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.portfolio import Position
from ibkr_webapi.streaming import OrderUpdate, StreamConfig, TradeUpdate

AAPL = 265598
ACCOUNT = "DU1234567"
FAST = StreamConfig(
    tic_interval=0.1, dead_after=0.8, reconnect_initial=0.02, reconnect_max=0.2, close_timeout=0.5
)
# the fake does not enforce pacing here and the clients do not pace: these tests are about state
# sor_snapshot=False: as IBKR, no order snapshot on subscribe; the account must not need one
GW = dict(enforce_pacing=False, ws_heartbeat_interval_s=0.05, price_constraint_pct=50.0, sor_snapshot=False)
WAIT_S = 30.0  # a bound on waiting for an event that must come, not a timing assertion


# -- the sans-I/O reducer -----------------------------------------------------------------------------


def _position(qty: int, conid: int = AAPL) -> Position:
    return Position(ACCOUNT, conid, "AAPL", "STK", Decimal(qty), None, None, "USD", None, None, None, None)


def _trade(exec_id: str, size: float = 1, side: str = "B", source: Any = "stream") -> TradeUpdate:
    return TradeUpdate(exec_id, conid=AAPL, symbol="AAPL", side=side, size=size, price=100.0,
                       account=ACCOUNT, source=source)  # fmt: skip


def _rest_trade(exec_id: str, size: float = 1, side: str = "B") -> dict[str, Any]:
    return {"execution_id": exec_id, "conid": AAPL, "symbol": "AAPL", "side": side, "size": size,
            "price": 100.0, "account": ACCOUNT}  # fmt: skip


def _snap(
    orders: tuple[dict[str, Any], ...] = (), trades: tuple[dict[str, Any], ...] = (), qty: int | None = None
) -> Snapshot:
    positions = None if qty is None else (_position(qty),)
    return Snapshot(orders, trades, positions, {})


def test_every_fill_once_across_socket_replay_gap_fill_and_rest() -> None:
    state = LiveState(ACCOUNT)
    changes = state.on_snapshot(_snap(qty=10), "start")
    changes += state.on_event(_trade("e1", 2))
    changes += state.on_event(_trade("e1", 2))  # str replays past executions on (re)subscribe
    changes += state.on_event(_trade("e1", 2, source="gap_fill"))
    changes += state.on_snapshot(_snap(trades=(_rest_trade("e1", 2),), qty=12), "reconnect")
    changes += state.on_event(_trade("e1", 2))
    assert [c.fill.execution_id for c in changes if isinstance(c, FillReported)] == ["e1"]
    assert state.positions[AAPL].quantity == 12


def test_fills_already_in_the_positions_read_do_not_move_positions_twice() -> None:
    state = LiveState(ACCOUNT)
    state.on_snapshot(_snap(trades=(_rest_trade("e1", 5),), qty=5), "start")
    assert state.on_event(_trade("e1", 5)) == []  # known: in the snapshot
    changes = state.on_event(_trade("e2", 3, side="S"))
    moved = [c for c in changes if isinstance(c, PositionChanged)]
    assert [(c.previous.quantity if c.previous else None, c.position.quantity) for c in moved] == [(5, 2)]


def test_an_order_never_moves_backwards() -> None:
    state = LiveState(ACCOUNT)
    state.on_event(OrderUpdate("7", status="Submitted", filled_quantity=0, remaining_quantity=10, conid=AAPL))
    state.on_event(OrderUpdate("7", filled_quantity=4, remaining_quantity=6))  # a partial delta
    assert state.orders["7"].status == "Submitted" and state.orders["7"].filled_quantity == 4
    state.on_event(OrderUpdate("7", status="Filled", filled_quantity=10, remaining_quantity=0))
    stale = {"orderId": 7, "status": "Submitted", "filledQuantity": 4, "remainingQuantity": 6}
    changes = state.on_snapshot(_snap(orders=(stale,)), "reconnect")
    assert not [c for c in changes if isinstance(c, OrderChanged)]
    assert state.orders["7"].status == "Filled" and state.orders["7"].filled_quantity == 10
    assert "7" not in state.open_orders


def test_an_empty_first_orders_read_drops_nothing() -> None:
    state = LiveState(ACCOUNT)
    state.on_event(OrderUpdate("8", status="Submitted", conid=AAPL, account=ACCOUNT))
    state.on_snapshot(_snap(orders=()), "start")  # IBKR: a fresh session's first read can be empty
    assert list(state.open_orders) == ["8"]


def test_other_accounts_are_ignored() -> None:
    state = LiveState(ACCOUNT)
    assert state.on_event(OrderUpdate("9", status="Submitted", account="DU7654321")) == []
    assert state.on_event(TradeUpdate("e9", conid=AAPL, side="B", size=1, account="DU7654321")) == []


# -- against the fake gateway -------------------------------------------------------------------------


def _marketable(served: Served, side: str = "BUY", qty: float = 1) -> Order:
    last = float(served.gw.state.market.last(AAPL))
    return Order(
        conid=AAPL, side=side, quantity=qty, price=round(last * (1.01 if side == "BUY" else 0.99), 2)
    )


def _resting(served: Served) -> Order:
    last = float(served.gw.state.market.last(AAPL))
    return Order(conid=AAPL, side="BUY", quantity=1, price=round(last * 0.9, 2))


class Recorder:
    """Counts what the callbacks saw; lets a test wait for a condition on them."""

    def __init__(self) -> None:
        self.fills: Counter[str] = Counter()
        self.orders: dict[str, list[tuple[str | None, float | None]]] = {}
        self.positions = 0
        self._cond = threading.Condition()

    def on_fill(self, change: FillReported) -> None:
        with self._cond:
            self.fills[change.fill.execution_id] += 1
            self._cond.notify_all()

    def on_order(self, change: OrderChanged) -> None:
        with self._cond:
            self.orders.setdefault(change.order.order_id, []).append(
                (change.order.status, change.order.filled_quantity)
            )
            self._cond.notify_all()

    def on_position(self, change: PositionChanged) -> None:
        with self._cond:
            self.positions += 1
            self._cond.notify_all()

    def wait(self, predicate: Callable[[], bool]) -> None:
        with self._cond:
            assert self._cond.wait_for(predicate, timeout=WAIT_S), "the expected change never came"

    async def async_wait(self, predicate: Callable[[], bool]) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.wait, predicate)

    def callbacks(self) -> dict[str, Any]:
        return {"on_fill": self.on_fill, "on_order": self.on_order, "on_position": self.on_position}

    def assert_orders_never_moved_backwards(self) -> None:
        for order_id, history in self.orders.items():
            terminal_seen = False
            filled = 0.0
            for status, qty in history:
                is_terminal = (status or "").lower() in ("filled", "cancelled", "inactive")
                assert not (terminal_seen and not is_terminal), (order_id, history)
                terminal_seen = terminal_seen or is_terminal
                assert qty is None or qty >= filled, (order_id, history)
                filled = max(filled, qty or 0.0)


def server_view(client: Client) -> tuple[dict[str, str | None], set[str], dict[int, Decimal]]:
    """What IBKR's REST says now: order statuses, execution ids, position quantities."""
    orders = {str(o.order_id): o.status for o in client.orders.live_orders(force=True)}
    trades = client.run(_trades())
    positions = {p.conid: p.quantity for p in client.portfolio.positions(ACCOUNT) if p.quantity != 0}
    return orders, trades, positions


def _trades() -> Any:
    from ibkr_webapi._flow import Call, body_json

    response = yield Call.op("get_trades")
    return {str(t["execution_id"]) for t in body_json(response) if t.get("account", ACCOUNT) == ACCOUNT}


def assert_converged(live: Any, client: Client, recorder: Recorder) -> None:
    orders, trades, positions = server_view(client)
    assert {k: o.status for k, o in live.orders.items() if k in orders} == orders
    assert set(live.fills) == trades
    assert {c: p.quantity for c, p in live.positions.items()} == positions
    assert set(recorder.fills) == trades and set(recorder.fills.values()) == {1}
    recorder.assert_orders_never_moved_backwards()


@pytest.mark.parametrize("auth", AUTH_MODES)
def test_sync_live_account(serve: ServeFactory, auth: str) -> None:  # noqa: F811
    served = serve(auth=auth, **GW)
    rec = Recorder()
    with (
        served.client(pacer=unlimited_pacer()) as client,
        client.live(stream_config=FAST, **rec.callbacks()) as live,
    ):
        assert live.ready and live.reconciliations == 1 and live.account == ACCOUNT
        before = live.positions[AAPL].quantity
        ack = client.orders.place_one(_marketable(served, qty=3))
        rec.wait(lambda: len(rec.fills) == 1 and rec.positions >= 1)
        assert live.positions[AAPL].quantity == before + 3
        assert live.orders[str(ack.order_id)].status == "Filled"
        resting = client.orders.place_one(_resting(served))
        rec.wait(lambda: str(resting.order_id) in rec.orders)
        assert list(live.open_orders) == [str(resting.order_id)]
        live.reconcile()
        assert_converged(live, client, rec)


@pytest.mark.parametrize("auth", AUTH_MODES)
async def test_async_live_account_and_change_iterator(serve: ServeFactory, auth: str) -> None:  # noqa: F811
    served = serve(auth=auth, **GW)
    rec = Recorder()
    async with (
        served.async_client(pacer=unlimited_pacer()) as client,
        client.live(stream_config=FAST, **rec.callbacks()) as live,
    ):
        assert live.ready
        changes = live.changes()
        await client.orders.place_one(_marketable(served, qty=2))
        kinds = []
        async for change in changes:
            kinds.append(type(change))
            if isinstance(change, PositionChanged):
                break
        assert FillReported in kinds and OrderChanged in kinds
        await live.reconcile()
        with served.client(pacer=unlimited_pacer()) as check:
            assert_converged(live, check, rec)


async def test_async_changes_include_what_happened_before_the_iteration_started(serve: ServeFactory) -> None:  # noqa: F811
    """``changes()`` is "every change from now on": from the call, not from the first ``__anext__``."""
    served = serve(auth="gateway", **GW)
    rec = Recorder()
    async with (
        served.async_client(pacer=unlimited_pacer()) as client,
        client.live(stream_config=FAST, **rec.callbacks()) as live,
    ):
        changes = live.changes()
        await client.orders.place_one(_marketable(served, qty=2))
        await rec.async_wait(lambda: len(rec.fills) == 1 and rec.positions >= 1)
        kinds = []
        async for change in changes:
            kinds.append(type(change))
            if isinstance(change, PositionChanged):
                break
        assert FillReported in kinds and OrderChanged in kinds


def test_sync_changes_include_what_happened_before_the_iteration_started(serve: ServeFactory) -> None:  # noqa: F811
    served = serve(auth="gateway", **GW)
    rec = Recorder()
    with (
        served.client(pacer=unlimited_pacer()) as client,
        client.live(stream_config=FAST, **rec.callbacks()) as live,
    ):
        changes = live.changes(timeout=WAIT_S)
        client.orders.place_one(_marketable(served, qty=2))
        rec.wait(lambda: len(rec.fills) == 1 and rec.positions >= 1)
        kinds = []
        for change in changes:
            kinds.append(type(change))
            if isinstance(change, PositionChanged):
                break
        assert FillReported in kinds and OrderChanged in kinds


FAULTS = ("dropped_socket", "stalled_heartbeat", "expired_session", "gateway_restart")


def _inject(fault: str, served: Served, restart: list[Any], tmp: Path) -> None:
    gw = served.gw
    if fault == "dropped_socket":
        gw.faults.ws_drop_after(1)
    elif fault == "stalled_heartbeat":
        gw.faults.ws_stop_heartbeats()
    elif fault == "expired_session":
        gw.faults.expire_session()
    else:
        # The server goes away; while it is down (the stream cannot hear anything) another client,
        # through a second listener of the same gateway, trades. Then it comes back on the same port
        # with the sessions gone.
        port = served.srv.port
        served.srv.stop()
        with (
            gw.serve() as side,
            Client(settings=settings_for(gw, side, tmp), keepalive_interval=None) as other,
        ):
            other.orders.place_one(_marketable(served, side="SELL", qty=1))
        gw.expire_session()
        restart.append(gw.serve(port=port).start())


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("auth", AUTH_MODES)
async def test_faults_converge_within_one_reconciliation(
    serve: ServeFactory,  # noqa: F811
    auth: str,
    fault: str,
    tmp_path: Path,
) -> None:
    served = serve(auth=auth, **GW)
    rec = Recorder()
    restarted: list[Any] = []
    reasons: list[str] = []
    try:
        async with served.async_client(pacer=unlimited_pacer()) as client:
            live = client.live(stream_config=FAST, **rec.callbacks())
            async with live:
                watcher = asyncio.ensure_future(_collect_reasons(live, reasons))
                await client.orders.place_one(_marketable(served))
                await rec.async_wait(lambda: len(rec.fills) == 1)
                await asyncio.get_running_loop().run_in_executor(
                    None, _inject, fault, served, restarted, tmp_path
                )
                if fault != "dropped_socket":
                    await _until(lambda: "reconnect" in reasons)
                if fault == "stalled_heartbeat":
                    served.gw.faults.ws_stop_heartbeats(False)
                # around the reconnect: a fill and a resting order
                await client.orders.place_one(_marketable(served, side="SELL", qty=2))
                await client.orders.place_one(_resting(served))
                await _until(lambda: "reconnect" in reasons)
                await live.reconcile()
                watcher.cancel()
                with served.client(pacer=unlimited_pacer()) as check:
                    assert_converged(live, check, rec)
                assert len(live.open_orders) == 1
                expected_fills = 3 if fault == "gateway_restart" else 2
                assert len(rec.fills) == expected_fills
    finally:
        for handle in restarted:
            handle.stop()


async def _collect_reasons(live: Any, reasons: list[str]) -> None:
    async for change in live.changes():
        if isinstance(change, Reconciled):
            reasons.append(change.reason)


async def _until(predicate: Callable[[], bool]) -> None:
    async with asyncio.timeout(WAIT_S):
        while not predicate():
            await asyncio.sleep(0.01)


def test_live_is_one_per_client_kind() -> None:
    from ibkr_webapi.live import AsyncLive, Live

    assert Client.live.__annotations__["return"] in ("Live", Live)
    assert AsyncClient.live.__annotations__["return"] in ("AsyncLive", AsyncLive)
