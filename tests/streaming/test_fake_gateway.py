"""Streams against the fake gateway over a real socket: topics, keep-alive, faults, backpressure, cleanup."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.orders import AsyncOrders, Order
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.streaming import (
    AccountInfo,
    AccountSummaryUpdate,
    AsyncStream,
    AuthStatus,
    DepthUpdate,
    Event,
    Heartbeat,
    HistoricalBars,
    LedgerUpdate,
    MarketDataUpdate,
    OrderUpdate,
    PnLUpdate,
    Reconnected,
    Stream,
    StreamConfig,
    SystemMessage,
    TradeUpdate,
)
from ibkr_webapi.testing import FakeGateway

from .waiting import is_, topic_handled, until

AAPL = 265598
# dead_after: far above the fake's 0.05 s heartbeats, so a loaded host that stalls the test's event
# loop cannot make a healthy connection look dead (tests count connections); the test of the dead
# connection sets its own
FAST = dict(tic_interval=0.1, dead_after=10.0, reconnect_initial=0.02, reconnect_max=0.2, close_timeout=0.5)
# These tests are about the stream, not reply questions: prices walk fast here, so an order priced off
# a slightly stale last must not trip the fake's 3% price-constraint question (o163).
GW_FAST = dict(
    enforce_pacing=False,
    ws_market_data_interval_s=0.02,
    ws_heartbeat_interval_s=0.05,
    price_constraint_pct=50.0,
)


class Env:
    def __init__(self, gw: FakeGateway, client: AsyncClient) -> None:
        self.gw = gw
        self.client = client

    def stream(self, **config: Any) -> AsyncStream:
        return AsyncStream.from_client(self.client, config=StreamConfig(**{**FAST, **config}))

    @property
    def account(self) -> str:
        account = self.client.session.selected_account
        assert account
        return account

    def marketable(self, side: str = "BUY", qty: float = 1) -> Order:
        last = float(self.gw.state.market.last(AAPL))
        return Order(
            conid=AAPL, side=side, quantity=qty, price=round(last * (1.005 if side == "BUY" else 0.995), 2)
        )

    def resting(self, qty: float = 1) -> Order:
        last = float(self.gw.state.market.last(AAPL))
        return Order(conid=AAPL, side="BUY", quantity=qty, price=round(last * 0.99, 2))


@pytest.fixture
async def env_factory() -> AsyncIterator[Callable[..., Any]]:
    stack: list[Any] = []

    async def make(**gw_kwargs: Any) -> Env:
        gw = FakeGateway(**{**GW_FAST, **gw_kwargs})
        server = gw.serve()
        srv = await server.__aenter__()
        stack.append(server)
        client = AsyncClient(srv.base_url, keepalive_interval=None, pacer=unlimited_pacer())
        stack.append(client)
        await client.start()
        return Env(gw, client)

    yield make
    for item in reversed(stack):
        if isinstance(item, AsyncClient):
            await item.close()
        else:
            await item.__aexit__(None, None, None)


@pytest.fixture
async def env(env_factory: Callable[..., Any]) -> Env:
    return await env_factory()  # type: ignore[no-any-return]


async def test_connect_greeting_and_heartbeats(env: Env) -> None:
    beats: set[str] = set()

    def both_heartbeats(event: Event) -> bool:  # in whichever order a loaded machine delivers them
        if isinstance(event, Heartbeat):
            beats.add(event.source)
        return {"tic", "system"} <= beats

    async with env.stream() as stream:
        seen = await until(stream, both_heartbeats)
        assert [type(e) for e in seen[:3]] == [SystemMessage, AuthStatus, AccountInfo]
        status = seen[1]
        assert isinstance(status, AuthStatus) and status.authenticated


async def test_each_topic_round_trips(env: Env) -> None:
    async with env.stream() as stream:
        await stream.market_data(AAPL, ["31", "84", "86"])
        await stream.orders()
        await stream.trades()
        await stream.pnl()
        await stream.book_depth(env.account, AAPL, "SMART")
        await stream.account_summary(env.account)
        await stream.ledger(env.account)
        await stream.historical(AAPL, {"period": "1d", "bar": "1h"})
        # IBKR sends no order snapshot on "sor+": the order must be placed once the topic is live
        await topic_handled(env.gw, "sor")
        ack = await AsyncOrders(env.client).place_one(env.marketable())
        wanted = {
            MarketDataUpdate,
            OrderUpdate,
            TradeUpdate,
            PnLUpdate,
            DepthUpdate,
            AccountSummaryUpdate,
            LedgerUpdate,
            HistoricalBars,
        }
        got: dict[type, Event] = {}

        def all_seen(e: Event) -> bool:
            if type(e) in wanted and type(e) not in got:
                got[type(e)] = e
            return set(got) == wanted

        await until(stream, all_seen)
    md = got[MarketDataUpdate]
    assert isinstance(md, MarketDataUpdate) and md.conid == AAPL and md.values.number("31")
    order = got[OrderUpdate]
    assert isinstance(order, OrderUpdate) and order.order_id == str(ack.order_id)
    trade = got[TradeUpdate]
    assert isinstance(trade, TradeUpdate) and trade.execution_id and trade.conid == AAPL
    depth = got[DepthUpdate]
    assert isinstance(depth, DepthUpdate) and depth.rows and depth.account == env.account
    assert isinstance(ledger := got[LedgerUpdate], LedgerUpdate) and "BASE" in ledger.currencies
    assert isinstance(summary := got[AccountSummaryUpdate], AccountSummaryUpdate) and summary.values
    assert isinstance(bars := got[HistoricalBars], HistoricalBars) and bars.bars


async def _resubscribed(stream: AsyncStream, kinds: set[type]) -> None:
    """After Reconnected, every subscribed kind delivers again."""
    seen: set[type] = set()
    await until(stream, lambda e: seen.add(type(e)) or kinds <= seen)  # type: ignore[func-returns-value]


async def test_drop_after_n_messages_reconnects_and_resubscribes(env: Env) -> None:
    async with env.stream() as stream:
        await stream.market_data(AAPL, ["31"])
        await stream.pnl()
        await until(stream, is_(MarketDataUpdate))
        before = stream.subscriptions
        env.gw.faults.ws_drop_after(5)
        seen = await until(stream, is_(Reconnected))
        event = seen[-1]
        assert isinstance(event, Reconnected) and set(event.resubscribed) == {f"md:{AAPL}", "pl"}
        await _resubscribed(stream, {MarketDataUpdate, PnLUpdate})
        assert stream.subscriptions == before and stream.connections == 2


async def test_stalled_heartbeats_lead_to_reconnect(env: Env) -> None:
    async with env.stream(dead_after=0.4) as stream:
        await stream.market_data(AAPL, ["31"])
        env.gw.faults.ws_stop_heartbeats()
        seen = await until(stream, is_(Reconnected))
        env.gw.faults.ws_stop_heartbeats(False)
        assert "heartbeat" in seen[-1].reason  # type: ignore[union-attr]
        assert any(isinstance(e, MarketDataUpdate) for e in seen)  # data kept flowing while hb stalled
        await _resubscribed(stream, {MarketDataUpdate})


async def test_session_expiry_reauthenticates_and_resubscribes(env: Env) -> None:
    async with env.stream() as stream:
        await stream.market_data(AAPL, ["31"])
        await stream.orders()
        await until(stream, is_(MarketDataUpdate))
        old_session = env.client.session.ws_session
        env.gw.faults.expire_session()
        await until(stream, is_(Reconnected))
        assert env.client.session.ws_session != old_session  # a fresh session value from /tickle
        await _resubscribed(stream, {MarketDataUpdate})
        assert f"md:{AAPL}" in {s.key for s in stream.subscriptions}


async def test_smd_time_limit_leads_to_resubscription(env_factory: Callable[..., Any]) -> None:
    env = await env_factory(smd_time_limit_s=0.3)
    async with env.stream(md_quiet_after=0.25) as stream:
        await stream.market_data(AAPL, ["31"])
        await until(stream, is_(MarketDataUpdate))
        await asyncio.sleep(0.8)  # the fake ended the stream after 0.3 s; we re-subscribed
        count = 0

        def later_update(e: Event) -> bool:
            nonlocal count
            count += isinstance(e, MarketDataUpdate)
            return count >= 3

        await until(stream, later_update)
        assert stream.connections == 1


async def test_slow_consumer_gets_conflated_market_data_and_every_order(
    env_factory: Callable[..., Any],
) -> None:
    env = await env_factory(firehose=True)
    async with env.stream(max_queue=32) as stream:
        await stream.market_data(AAPL, ["31", "84", "86"])
        await stream.orders()
        await topic_handled(env.gw, "sor")  # no order snapshot on "sor+", as IBKR: orders after it
        orders = AsyncOrders(env.client)
        acks = [await orders.place_one(env.resting()) for _ in range(5)]
        want = {str(a.order_id) for a in acks}
        seen_orders: set[str] = set()
        quotes = 0

        async def consume() -> None:
            nonlocal quotes
            async for ev in stream:
                if isinstance(ev, OrderUpdate):
                    seen_orders.add(ev.order_id)
                    if want <= seen_orders:
                        return
                elif isinstance(ev, MarketDataUpdate):
                    quotes += 1
                await asyncio.sleep(0.005)  # slow consumer

        await asyncio.wait_for(consume(), 20)
        assert stream.conflated > 0
        assert want <= seen_orders


def _other_tasks() -> set[asyncio.Task[Any]]:
    return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}


async def test_clean_shutdown_leaves_no_tasks_or_threads(env: Env) -> None:
    tasks_before = _other_tasks()
    threads_before = set(threading.enumerate())
    stream = env.stream()
    async with stream:
        await stream.market_data(AAPL, ["31"])
        await stream.orders()
        await until(stream, is_(MarketDataUpdate))
    await asyncio.sleep(0)
    assert _other_tasks() <= tasks_before
    assert set(threading.enumerate()) <= threads_before
    assert not stream.connected
    assert [e async for e in stream] == []


async def test_gap_fill_recovers_orders_placed_while_disconnected(env: Env) -> None:
    from ibkr_webapi.streaming._client_glue import gap_fill_flow

    rest_results: list[Any] = []

    async def gap_fill() -> Any:
        result = await env.client.run(gap_fill_flow())
        rest_results.append(result)
        return result

    stream = AsyncStream.from_client(
        env.client, gap_fill=gap_fill, config=StreamConfig(**{**FAST, "reconnect_initial": 0.6})
    )
    async with stream:
        await stream.orders()
        await stream.trades()
        await until(stream, is_(AccountInfo))
        env.gw.faults.ws_drop_after(1)  # the next heartbeat closes the socket
        deadline = time.monotonic() + 5
        while stream.connected:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        ack = await AsyncOrders(env.client).place_one(env.marketable())  # fills while we are away
        oid = str(ack.order_id)
        seen = await until(stream, is_(Reconnected))
        seen += await _drain(stream, 1.0)
    assert len(rest_results) == 1
    rest_orders, rest_trades = rest_results[0]
    assert oid in {str(o.get("orderId")) for o in rest_orders}
    assert rest_trades
    delivered = [e for e in seen if isinstance(e, OrderUpdate) and e.order_id == oid]
    assert delivered, "the order placed during the gap was delivered"
    assert {e.execution_id for e in seen if isinstance(e, TradeUpdate)} >= {
        str(t["execution_id"]) for t in rest_trades
    }
    # gap fill never repeats what the socket had already said
    socket_states: set[tuple[str, str | None, float | None]] = set()
    socket_execs: set[str] = set()
    for e in seen:
        if isinstance(e, OrderUpdate):
            state = (e.order_id, e.status, e.filled_quantity)
            if e.source == "gap_fill":
                assert state not in socket_states
            else:
                socket_states.add(state)
        elif isinstance(e, TradeUpdate):
            if e.source == "gap_fill":
                assert e.execution_id not in socket_execs
            else:
                socket_execs.add(e.execution_id)
    gap_execs = [e.execution_id for e in seen if isinstance(e, TradeUpdate) and e.source == "gap_fill"]
    assert len(gap_execs) == len(set(gap_execs))


async def _drain(stream: AsyncStream, seconds: float) -> list[Event]:
    out: list[Event] = []
    end = time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        out.extend(await stream.next_batch(256, timeout=left))
    return out


def test_sync_stream_from_client() -> None:
    gw = FakeGateway(**GW_FAST)
    threads_before = set(threading.enumerate())
    with (
        gw.serve() as srv,
        Client(srv.base_url, keepalive_interval=None, pacer=unlimited_pacer()) as client,
        Stream.from_client(client, config=StreamConfig(**FAST)) as stream,  # type: ignore[arg-type]
    ):
        stream.market_data(AAPL, ["31"])
        got = next(e for e in stream if isinstance(e, MarketDataUpdate))
        assert got.conid == AAPL
        gw.faults.ws_drop_after(2)
        while not isinstance(stream.get(timeout=10), Reconnected):
            pass
        got = next(e for e in stream if isinstance(e, MarketDataUpdate))
        assert stream.connections == 2
    assert set(threading.enumerate()) <= threads_before


async def test_replayed_executions_reach_the_consumer_once(env: Env) -> None:
    """IBKR (and the fake) replay recent executions on every ``str`` subscribe, and the gap fill
    re-reads them: each execution id still reaches the consumer exactly once."""
    async with env.stream() as stream:
        await stream.trades()
        await stream.orders()
        await until(stream, is_(AccountInfo))
        await AsyncOrders(env.client).place_one(env.marketable())
        seen = await until(stream, is_(TradeUpdate))
        env.gw.faults.ws_drop_after(1)
        seen += await until(stream, is_(Reconnected))
        deadline = time.monotonic() + 10
        while not stream._proto.ready:  # re-subscribed on the new connection (after sts)
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        second = await AsyncOrders(env.client).place_one(env.marketable())
        seen += await until(
            stream, lambda e: isinstance(e, TradeUpdate) and e.source == "stream" and e not in seen
        )
        seen += await _drain(stream, 0.5)
    executions = [e.execution_id for e in seen if isinstance(e, TradeUpdate)]
    assert len(executions) >= 2 and len(executions) == len(set(executions))
    assert stream._proto.duplicates >= 1  # the replay on re-subscribe was dropped, not delivered
    assert second.order_id is not None


async def test_oauth2_stream_authenticates_with_session_token() -> None:
    """OAuth 2.0: the bearer token goes in ``sessionToken`` (IBKR changelog 2026-03-12); the fake,
    like IBKR, refuses the socket without it."""
    from ibkr_webapi import OAuth2Auth

    gw = FakeGateway(**{**GW_FAST, "auth": "oauth2", "oauth2_token_lifetime_s": 86_400})
    async with gw.serve() as srv:
        creds = gw.credentials.oauth2
        auth = OAuth2Auth(
            client_id=creds.client_id,
            private_key=creds.private_key_pem,
            key_id=creds.key_id,
            root_url=srv.root_url,
            username=creds.credential,
        )
        async with AsyncClient(
            srv.base_url, auth=auth, keepalive_interval=None, pacer=unlimited_pacer()
        ) as client:
            await client.start()
            async with AsyncStream.from_client(client, config=StreamConfig(**FAST)) as stream:
                await stream.market_data(AAPL, ["31"])
                seen = await until(stream, is_(MarketDataUpdate))
    assert any(isinstance(e, AuthStatus) and e.authenticated for e in seen)


async def test_no_topic_is_sent_before_sts_so_none_is_dropped(env_factory: Callable[..., Any]) -> None:
    """IBKR (and the fake) silently drop topics that arrive before the ``sts`` frame; the stream
    waits for it, on the first connection and after a reconnect."""
    env = await env_factory(ws_sts_delay_s=0.3)
    stream = env.stream()
    await stream.market_data(AAPL, ["31"])  # recorded before connecting
    async with stream:
        await stream.orders()  # right after connecting, before sts
        await until(stream, is_(MarketDataUpdate))
        env.gw.faults.ws_drop_after(1)
        await until(stream, is_(Reconnected))
        await until(stream, is_(MarketDataUpdate))
    assert env.gw.counters.snapshot()["ws_topics_dropped_before_sts"] == 0


async def test_the_gap_fill_leaves_order_pushes_flowing(env: Env) -> None:
    """A filtered orders read suppresses ``sor`` pushes until an unfiltered one: the stream's own
    read after a reconnect is unfiltered, so pushes flow again after it."""
    orders = AsyncOrders(env.client)
    async with env.stream() as stream:
        await stream.orders()
        await until(stream, is_(AccountInfo))
        deadline = time.monotonic() + 10
        while not stream._proto.ready:  # sor+ went out (after sts)
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        for _ in range(2):  # a tic sent after sor+ was answered: the server has handled sor+
            await until(stream, lambda e: isinstance(e, Heartbeat) and e.source == "tic")
        # the facade never sends filters (they mute sor); a raw filtered call does, as at IBKR
        await orders.live_orders(filters=["Filled"])
        assert not env.gw.state.orders.sor_suppressed
        await env.client.call("get_live_orders", filters="Filled")
        assert env.gw.state.orders.sor_suppressed
        env.gw.faults.ws_drop_after(1)
        await until(stream, is_(Reconnected))
        deadline = time.monotonic() + 10
        while env.gw.state.orders.sor_suppressed:  # the gap fill's unfiltered read lifts it
            assert time.monotonic() < deadline
            await asyncio.sleep(0.01)
        ack = await orders.place_one(env.resting())
        seen = await until(stream, lambda e: isinstance(e, OrderUpdate) and e.order_id == str(ack.order_id))
    assert seen[-1].source == "stream"  # type: ignore[union-attr]
