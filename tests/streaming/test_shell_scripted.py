"""The asyncio and thread shells against a scripted server: auth, keep-alive, reconnects, backpressure."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ibkr_webapi import AuthenticationError, ClientClosed, StreamStateError
from ibkr_webapi.streaming import (
    AccountInfo,
    AsyncStream,
    AuthStatus,
    Event,
    Heartbeat,
    MarketDataUpdate,
    OrderUpdate,
    Reconnected,
    Stream,
    StreamConfig,
    StreamError,
    SystemMessage,
    TradeUpdate,
    UnknownMessage,
)

from .scripted import ScriptedGateway
from .waiting import until

# dead_after: long, so a loaded host that stalls the event loop cannot make a healthy connection look
# dead (tests count connections); the test of the dead connection sets its own
FAST = dict(tic_interval=0.05, dead_after=10.0, reconnect_initial=0.02, reconnect_max=0.1, close_timeout=0.5)


@pytest.fixture
def gw() -> Iterator[ScriptedGateway]:
    with ScriptedGateway().running() as server:
        yield server


def make_stream(gw: ScriptedGateway, **config: Any) -> AsyncStream:
    extra = {k: config.pop(k) for k in list(config) if k in ("gap_fill", "auth", "oauth_token")}
    return AsyncStream(
        gw.url, session=lambda: gw.script.session, config=StreamConfig(**{**FAST, **config}), **extra
    )


async def wait_for(cond: Callable[[], bool], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached")
        await asyncio.sleep(0.01)


async def test_authenticates_with_cookie_and_session_message(gw: ScriptedGateway) -> None:
    async with make_stream(gw) as stream:
        seen = await until(stream, lambda e: isinstance(e, AccountInfo))
        assert [type(e) for e in seen[:3]] == [SystemMessage, AuthStatus, AccountInfo]
        await wait_for(lambda: bool(gw.frames_received("{")))
    assert gw.connections[0]["cookie"] == "api=sess-1"
    assert json.loads(gw.frames_received("{")[0]) == {"session": "sess-1"}


async def test_oauth_token_goes_on_the_url(gw: ScriptedGateway) -> None:
    async with make_stream(gw, auth="oauth", oauth_token=lambda: "tok-123"):
        pass
    assert gw.connections[0]["query"] == {"oauth_token": ["tok-123"]}
    assert "api=sess-1" in gw.connections[0]["cookie"]


async def test_first_connection_refused_raises(gw: ScriptedGateway) -> None:
    stream = AsyncStream(gw.url, session="wrong", config=StreamConfig(**FAST))  # type: ignore[arg-type]
    with pytest.raises(AuthenticationError):
        await stream.start()
    await stream.close()


async def test_market_data_round_trip_and_tic(gw: ScriptedGateway) -> None:
    async with make_stream(gw) as stream:
        await stream.market_data(265598, ["31", "84"])
        seen = await until(stream, lambda e: isinstance(e, MarketDataUpdate))
        md = seen[-1]
        assert isinstance(md, MarketDataUpdate) and md.conid == 265598
        assert md.values.number("31") is not None
        await until(stream, lambda e: isinstance(e, Heartbeat) and e.source == "tic")
    assert gw.frames_received("smd+265598") == ['smd+265598+{"fields":["31","84"]}']
    await wait_for(lambda: bool(gw.frames_received("tic")))


async def test_a_waiting_consumer_gets_a_burst_with_conflation_on(gw: ScriptedGateway) -> None:
    """Conflation is for a consumer that falls behind, not a reason to starve one that keeps up: with
    frames buffered, websockets hands them to the reader without yielding, and merged updates never
    fill the queue; the reader must still let a waiting consumer take each update."""
    gw.script.md_interval = 3600.0  # only the burst below, no periodic updates
    burst = [{"topic": "smd+8314", "conid": 8314, "_updated": n, "31": f"{100 + n}.00"} for n in range(300)]
    async with make_stream(gw, dead_after=30.0) as stream:  # conflation on: the default
        assert stream.config.conflate_market_data
        await stream.market_data(8314, ["31"])
        await until(stream, lambda e: isinstance(e, MarketDataUpdate) and e.conid == 8314)
        gw.push_burst([*burst, {"topic": "system", "hb": 1}])
        seen = await until(stream, lambda e: isinstance(e, Heartbeat) and e.source == "system")
    updates = [e for e in seen if isinstance(e, MarketDataUpdate) and e.conid == 8314]
    assert updates[-1].fields["31"] == "399.00"  # nothing lost: the newest value arrived
    # the consumer was waiting for every frame, so it saw (nearly) each one, not a handful of merges
    assert len(updates) >= len(burst) // 2


def _burst(count: int, conids: tuple[int, ...] = (8314,), order_every: int = 50) -> list[Any]:
    """``count`` quotes (``_updated`` = their number, round robin over ``conids``) with an order
    after every ``order_every``-th, then the order ``"end"``."""
    frames: list[Any] = []
    for n in range(count):
        conid = conids[n % len(conids)]
        frames.append({"topic": f"smd+{conid}", "conid": conid, "_updated": n, "31": f"{100 + n}.00"})
        if n % order_every == order_every - 1:
            frames.append({"topic": "sor", "args": [{"orderId": n, "status": "Submitted"}]})
    frames.append({"topic": "sor", "args": [{"orderId": "end", "status": "Submitted"}]})
    return frames


def _is_end(e: Event) -> bool:
    return isinstance(e, OrderUpdate) and e.order_id == "end"


async def test_a_consumer_that_keeps_up_gets_every_frame_in_order_across_reads(gw: ScriptedGateway) -> None:
    """The reader hands over whole network reads (hundreds of frames) at once; a consumer that takes
    each batch before the next one still gets one event per frame, in the order sent, none merged,
    across reads and across the reader's slices of a read."""
    gw.script.md_interval = 3600.0
    sent = _burst(2000)
    async with make_stream(gw, dead_after=30.0) as stream:
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push_burst(sent)
        seen = await until(stream, _is_end)
        assert stream.conflated == 0
    got = [
        ("md", e.updated_ms) if isinstance(e, MarketDataUpdate) else ("order", e.order_id)
        for e in seen
        if isinstance(e, MarketDataUpdate | OrderUpdate)
    ]
    want = [
        ("md", f["_updated"]) if f["topic"] != "sor" else ("order", str(f["args"][0]["orderId"]))
        for f in sent
    ]
    assert got == want


async def test_a_slow_consumer_gets_every_order_in_order_and_quotes_merged_never_reordered(
    gw: ScriptedGateway,
) -> None:
    """A consumer that lags: the queued quotes merge per conid (nothing lost: every frame is counted
    in exactly one event's ``updates``), each conid's quotes arrive newest last, orders all in order."""
    gw.script.md_interval = 3600.0
    sent = _burst(3000, conids=(1, 2, 3), order_every=100)
    async with make_stream(gw, dead_after=30.0) as stream:
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push_burst(sent)
        seen: list[Event] = []
        async for event in stream:
            seen.append(event)
            if _is_end(event):
                break
            await asyncio.sleep(0.001)  # slow consumer
        assert stream.conflated > 0
    orders = [e.order_id for e in seen if isinstance(e, OrderUpdate)]
    assert orders == [str(f["args"][0]["orderId"]) for f in sent if f["topic"] == "sor"]
    quotes = [e for e in seen if isinstance(e, MarketDataUpdate)]
    assert len(quotes) < 3000 and sum(q.updates for q in quotes) == 3000
    for conid in (1, 2, 3):
        stamps = [q.updated_ms for q in quotes if q.conid == conid]
        assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
        assert stamps[-1] == max(n for n in range(3000) if n % 3 == conid - 1)


async def test_fragmented_messages_arrive_whole_and_in_order(gw: ScriptedGateway) -> None:
    async with make_stream(gw) as stream:
        await until(stream, lambda e: isinstance(e, AccountInfo))
        text = json.dumps(
            {"topic": "sor", "args": [{"orderId": 2, "status": "Submitted", "pad": "x" * 5000}]}
        )
        gw.push_raw(
            [
                json.dumps({"topic": "sor", "args": [{"orderId": 1}]}),
                [text[i : i + 700] for i in range(0, len(text), 700)],  # one message in 8 fragments
                json.dumps({"topic": "sor", "args": [{"orderId": 3}]}),
            ]
        )
        seen = await until(stream, lambda e: isinstance(e, OrderUpdate) and e.order_id == "3")
        orders = [e for e in seen if isinstance(e, OrderUpdate)]
        assert [o.order_id for o in orders] == ["1", "2", "3"]
        assert orders[1].raw["pad"] == "x" * 5000
        assert stream.connections == 1


async def test_a_message_in_too_many_fragments_is_refused_like_an_oversized_frame(
    gw: ScriptedGateway,
) -> None:
    from ibkr_webapi.streaming._socket import MAX_FRAGMENTS

    async with make_stream(gw) as stream:
        await stream.orders()
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push_raw([["{"] + [" "] * MAX_FRAGMENTS + ["}"]])
        seen = await until(stream, lambda e: isinstance(e, Reconnected))
    errors = [e for e in seen if isinstance(e, StreamError)]
    assert [e.code for e in errors] == ["frame_too_large"]
    assert f"more than {MAX_FRAGMENTS} fragments" in errors[0].message


async def test_a_text_frame_that_is_not_utf8_is_an_unknown_message_not_a_reconnect(
    gw: ScriptedGateway,
) -> None:
    async with make_stream(gw) as stream:
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push_raw([b'{"topic": "sor", "x": "\xff\xfe"}', '{"topic": "tic"}'])
        seen = await until(stream, lambda e: isinstance(e, Heartbeat) and e.source == "tic")
        unknown = [e for e in seen if isinstance(e, UnknownMessage)]
        assert [e.reason for e in unknown] == ["not JSON"]
        assert stream.connections == 1


async def test_drop_leads_to_reconnect_and_resubscribe(gw: ScriptedGateway) -> None:
    async with make_stream(gw) as stream:
        await stream.market_data(1, ["31"])
        await stream.orders()
        await until(stream, lambda e: isinstance(e, MarketDataUpdate))
        gw.script.drop_after = 5
        seen = await until(stream, lambda e: isinstance(e, Reconnected))
        ev = seen[-1]
        assert isinstance(ev, Reconnected) and set(ev.resubscribed) == {"md:1", "or"}
        await until(stream, lambda e: isinstance(e, MarketDataUpdate))
        assert stream.connections == 2
        await wait_for(lambda: len(gw.frames_received("sor+")) == 2)
    await wait_for(lambda: len(gw.frames_received("smd+1+")) == 2)
    await wait_for(lambda: len(gw.frames_received('{"session"')) == 2)


async def test_stalled_heartbeat_is_detected(gw: ScriptedGateway) -> None:
    async with make_stream(gw, dead_after=0.3) as stream:
        await stream.pnl()
        gw.script.heartbeats = False
        seen = await until(stream, lambda e: isinstance(e, Reconnected))
        gw.script.heartbeats = True
        assert "heartbeat" in seen[-1].reason  # type: ignore[union-attr]
        await wait_for(lambda: len(gw.frames_received("spl+")) >= 2)


async def test_session_expiry_reauthenticates_with_a_fresh_session(gw: ScriptedGateway) -> None:
    async with make_stream(gw) as stream:
        await stream.trades()
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.expire_session("sess-2")
        seen = await until(stream, lambda e: isinstance(e, Reconnected))
        assert "session" in seen[-1].reason  # type: ignore[union-attr]
        await wait_for(lambda: len(gw.frames_received("str+")) == 2)
    assert gw.connections[-1]["cookie"] == "api=sess-2"
    assert json.loads(gw.frames_received("{")[-1]) == {"session": "sess-2"}


async def test_reconnect_retries_with_backoff_until_the_session_is_back(gw: ScriptedGateway) -> None:
    values = iter(["sess-1", "stale", "stale", "sess-1"])

    async def session() -> str:
        return next(values, "sess-1")

    stream = AsyncStream(gw.url, session=session, config=StreamConfig(**FAST))
    async with stream:
        gw.drop_all()
        await until(stream, lambda e: isinstance(e, Reconnected))
    assert [c["cookie"] for c in gw.connections] == ["api=sess-1", "api=stale", "api=stale", "api=sess-1"]


async def test_smd_time_limit_leads_to_resubscription(gw: ScriptedGateway) -> None:
    gw.script.md_limit = 0.1
    async with make_stream(gw, md_quiet_after=0.3) as stream:
        await stream.market_data(5, ["31"])
        await wait_for(lambda: len(gw.frames_received("smd+5+")) >= 2)
        await until(stream, lambda e: isinstance(e, MarketDataUpdate))
        assert stream.connections == 1


async def test_gap_fill_emits_missed_orders_and_trades_once(gw: ScriptedGateway) -> None:
    gw.script.orders = [{"orderId": 11, "status": "Submitted", "filledQuantity": 0.0}]

    async def gap_fill() -> tuple[list[Any], list[Any]]:
        return (
            [
                {"orderId": 11, "status": "Submitted", "filledQuantity": 0.0},  # the socket said so already
                {"orderId": 12, "status": "Filled", "filledQuantity": 3.0},
            ],
            [{"execution_id": "x1", "size": 3, "price": 10.0}],
        )

    async with make_stream(gw, gap_fill=gap_fill) as stream:
        await stream.orders()
        await until(stream, lambda e: isinstance(e, OrderUpdate))
        gw.drop_all()
        seen = await until(stream, lambda e: isinstance(e, TradeUpdate))
    reconnected = [e for e in seen if isinstance(e, Reconnected)]
    assert len(reconnected) == 1 and reconnected[0].gap_fill
    gap_orders = [e for e in seen if isinstance(e, OrderUpdate) and e.source == "gap_fill"]
    assert [o.order_id for o in gap_orders] == ["12"]


async def test_slow_consumer_gets_conflated_quotes_but_every_order(gw: ScriptedGateway) -> None:
    gw.script.md_interval = 0.0005
    async with make_stream(gw, max_queue=16) as stream:
        for conid in (1, 2, 3):
            await stream.market_data(conid, ["31"])
        await asyncio.sleep(0.2)
        for i in range(40):
            gw.push({"topic": "sor", "args": [{"orderId": i, "status": "Submitted"}]})
        orders: list[str] = []
        quotes: list[MarketDataUpdate] = []
        async for ev in stream:
            if isinstance(ev, OrderUpdate):
                orders.append(ev.order_id)
                if len(orders) == 40:
                    break
            elif isinstance(ev, MarketDataUpdate):
                quotes.append(ev)
            await asyncio.sleep(0.002)  # slow consumer
        assert orders == [str(i) for i in range(40)]
        assert stream.conflated > 0
        assert any(q.updates > 1 for q in quotes)


def _tasks_except_current() -> set[asyncio.Task[Any]]:
    return {t for t in asyncio.all_tasks() if t is not asyncio.current_task()}


async def test_clean_shutdown_unsubscribes_and_leaves_no_tasks(gw: ScriptedGateway) -> None:
    before = _tasks_except_current()
    stream = make_stream(gw)
    async with stream:
        await stream.market_data(1, ["31"])
        await stream.orders()
        await until(stream, lambda e: isinstance(e, MarketDataUpdate))
    await asyncio.sleep(0)
    assert _tasks_except_current() <= before
    await wait_for(lambda: bool(gw.frames_received("uor+")) and bool(gw.frames_received("umd+1+")))
    assert [e async for e in stream] == []  # iteration ends after close


def test_sync_stream_iterates_and_joins_its_thread(gw: ScriptedGateway) -> None:
    threads_before = set(threading.enumerate())
    with Stream(gw.url, session=lambda: gw.script.session, config=StreamConfig(**FAST)) as stream:  # type: ignore[arg-type]
        stream.market_data(9, ["31"])
        got = None
        for event in stream:
            if isinstance(event, MarketDataUpdate):
                got = event
                break
        assert got is not None and got.conid == 9
        gw.drop_all()
        while not isinstance(stream.get(timeout=5), Reconnected):
            pass
        while not isinstance(stream.get(timeout=5), MarketDataUpdate):  # re-subscribed after sts
            pass
        assert stream.connections == 2
    assert set(threading.enumerate()) <= threads_before
    deadline = time.monotonic() + 5
    while not gw.frames_received("umd+9+"):
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_sync_stream_callbacks(gw: ScriptedGateway) -> None:
    got: list[Event] = []
    done = threading.Event()

    def on_event(event: Event) -> None:
        got.append(event)
        if isinstance(event, MarketDataUpdate):
            done.set()

    stream = Stream(gw.url, session="sess-1", on_event=on_event, config=StreamConfig(**FAST))  # type: ignore[arg-type]
    with stream:
        stream.market_data(3, ["31"])
        assert done.wait(5)
        with pytest.raises(StreamStateError):
            iter(stream).__next__()
    assert any(isinstance(e, AccountInfo) for e in got)


async def test_close_drops_undelivered_events_and_ends_iteration(gw: ScriptedGateway) -> None:
    """Closing is the consumer saying "done": queued events are dropped, iteration ends at once."""
    stream = make_stream(gw)
    async with stream:
        await stream.orders()
        await until(stream, lambda e: isinstance(e, AccountInfo))
        for i in range(20):
            gw.push({"topic": "sor", "args": [{"orderId": i, "status": "Submitted"}]})
        await wait_for(lambda: stream.pending >= 20)  # delivered to us, not yet taken
    assert stream.pending == 0
    assert [e async for e in stream] == []
    assert await stream.next_batch(10, timeout=0.01) == []


async def test_close_ends_a_consumer_waiting_in_another_task(gw: ScriptedGateway) -> None:
    stream = make_stream(gw)
    await stream.start()
    await until(stream, lambda e: isinstance(e, AccountInfo))
    got: list[Event] = []

    async def consume() -> None:
        async for event in stream:
            got.append(event)

    consumer = asyncio.create_task(consume())
    await asyncio.sleep(0)
    await stream.close()
    await asyncio.wait_for(consumer, 5)  # ended by StopAsyncIteration, not cancelled
    assert not any(isinstance(e, OrderUpdate) for e in got)


def test_sync_get_after_close_is_none(gw: ScriptedGateway) -> None:
    stream = Stream(gw.url, session="sess-1", config=StreamConfig(**FAST))  # type: ignore[arg-type]
    with stream:
        stream.orders()
        for i in range(5):
            gw.push({"topic": "sor", "args": [{"orderId": i, "status": "Submitted"}]})
        assert stream.get(timeout=5) is not None  # fetches a batch; the rest waits locally
    assert stream.get(timeout=0.01) is None
    assert list(stream) == []


async def test_subscribing_after_close_is_a_typed_error(gw: ScriptedGateway) -> None:
    stream = make_stream(gw)
    async with stream:
        pass
    with pytest.raises(ClientClosed):
        await stream.orders()
    with pytest.raises(ClientClosed):
        await stream.unsubscribe("or")


def test_sync_stream_misuse_is_typed(gw: ScriptedGateway) -> None:
    stream = Stream(gw.url, session="sess-1", config=StreamConfig(**FAST))  # type: ignore[arg-type]
    with pytest.raises(StreamStateError):
        stream.orders()
    with stream:
        stream.orders()
    with pytest.raises(ClientClosed):
        stream.market_data(1, ["31"])
    assert stream.connections == 1 and stream.pending == 0
