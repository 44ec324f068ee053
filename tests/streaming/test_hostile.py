"""The shells against a server that misbehaves: bounded memory, auth failures, flapping, hung lookups.

Every assertion is about counts and orders (no wall-clock margins): time only enters as generous
"this must happen at all" guards that a correct client meets at once.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from ibkr_webapi import AuthenticationError
from ibkr_webapi.streaming import (
    AccountInfo,
    AsyncStream,
    Event,
    MarketDataUpdate,
    Reconnected,
    Stream,
    StreamConfig,
    StreamError,
    TradeUpdate,
    UnknownMessage,
)
from ibkr_webapi.streaming._client_glue import gap_fill_flow

from . import frames as F
from .scripted import ScriptedGateway
from .test_shell_scripted import FAST, make_stream, wait_for
from .waiting import until


@pytest.fixture
def gw() -> Iterator[ScriptedGateway]:
    with ScriptedGateway().running() as server:
        yield server


# -- item 13: bounded whatever the server sends ----------------------------------------------------


async def test_queue_is_bounded_by_bytes_with_an_idle_consumer(gw: ScriptedGateway) -> None:
    """Big unknown-topic frames and a consumer that does not read: the queue stops at its byte bound
    (the reader pushes back on the socket), and every frame still arrives, in order, once read."""
    frame_size = 64 * 1024
    bound = 4 * frame_size
    async with make_stream(gw, max_queue_bytes=bound, max_queue=10_000, websocket_queue=2) as stream:
        await until(stream, lambda e: isinstance(e, AccountInfo))
        total = 12
        for i in range(total):
            gw.push({"topic": "blob", "i": i, "pad": "x" * frame_size})
        await wait_for(lambda: stream.pending >= 3)
        # the reader waits for room, so the connection stops reading once websocket_queue messages wait
        await wait_for(lambda: stream._ws is not None and stream._ws._reading_paused)
        highest = 0
        got: list[int] = []
        async for event in stream:
            highest = max(highest, stream.pending_bytes)
            assert stream.pending_bytes <= bound
            if isinstance(event, UnknownMessage) and event.topic == "blob":
                got.append(event.raw["i"])
                if len(got) == total:
                    break
        assert got == list(range(total))
        assert highest > 0


async def test_a_quote_burst_stays_within_the_byte_bound_and_loses_nothing(gw: ScriptedGateway) -> None:
    """A burst of big quotes while the consumer is away: batches of a network read never take the
    queue past ``max_queue_bytes``; the quotes merge per conid instead, every frame counted once."""
    gw.script.md_interval = 3600.0
    bound = 16 * 1024
    burst = [
        {"topic": f"smd+{1 + n % 2}", "conid": 1 + n % 2, "_updated": n, "31": f"{n}.00", "7219": "x" * 2000}
        for n in range(400)
    ]
    async with make_stream(gw, max_queue_bytes=bound, dead_after=30.0) as stream:
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push_burst([*burst, {"topic": "sor", "args": [{"orderId": "end"}]}])
        await wait_for(lambda: stream.pending >= 2)
        quotes: list[MarketDataUpdate] = []
        async for event in stream:
            assert stream.pending_bytes <= bound
            if isinstance(event, MarketDataUpdate):
                quotes.append(event)
            elif getattr(event, "order_id", None) == "end":
                break
        assert stream.conflated > 0
    assert sum(q.updates for q in quotes) == len(burst)
    assert [q.updated_ms for q in quotes if q.conid == 1][-1] == 398
    assert [q.updated_ms for q in quotes if q.conid == 2][-1] == 399


async def test_a_frame_over_the_size_cap_is_a_typed_event_and_the_stream_recovers(
    gw: ScriptedGateway,
) -> None:
    async with make_stream(gw, max_message_size=32 * 1024) as stream:
        await stream.orders()
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push({"topic": "blob", "pad": "x" * (64 * 1024)})
        seen = await until(stream, lambda e: isinstance(e, Reconnected))
        errors = [e for e in seen if isinstance(e, StreamError)]
        assert [e.code for e in errors] == ["frame_too_large"]
        assert "max_message_size (32768 bytes)" in errors[0].message
        assert not any(isinstance(e, UnknownMessage) and e.topic == "blob" for e in seen)
        await wait_for(lambda: len(gw.frames_received("sor+")) == 2)  # re-subscribed


async def test_market_data_for_conids_never_subscribed_leaves_no_state(gw: ScriptedGateway) -> None:
    async with make_stream(gw) as stream:
        await stream.market_data(1, ["31"])
        await until(stream, lambda e: isinstance(e, MarketDataUpdate))
        for conid in range(1000, 1500):
            gw.push({"topic": f"smd+{conid}", "conid": conid, "31": "1.00"})
        await until(stream, lambda e: isinstance(e, MarketDataUpdate) and e.conid == 1499)
        assert stream._proto.tracked["market_data_timers"] == 1


# -- item 14: auth failures surface, backoff keeps growing -------------------------------------------


async def test_persistent_401_on_reconnect_ends_iteration_with_an_authentication_error(
    gw: ScriptedGateway,
) -> None:
    values = iter(["sess-1"])

    def session() -> str:
        return next(values, "stale")  # after the first connection: a value the server refuses

    config = StreamConfig(**{**FAST, "max_auth_failures": 3})  # type: ignore[arg-type]
    stream = AsyncStream(gw.url, session=session, config=config)
    got: list[Event] = []
    async with stream:
        await stream.orders()
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.drop_all()
        with pytest.raises(AuthenticationError) as info:
            async for event in stream:
                got.append(event)
    assert "3 authentication failures" in str(info.value) and info.value.status_code == 401
    assert [e.code for e in got if isinstance(e, StreamError)] == ["auth_failed"]
    assert [c["cookie"] for c in gw.connections] == ["api=sess-1"] + ["api=stale"] * 3


async def test_backoff_keeps_growing_when_every_connection_drops_after_a_heartbeat(
    gw: ScriptedGateway,
) -> None:
    """A server that resets each connection right after its first heartbeat: each reconnect waits
    longer than the one before (a heartbeat is not proof of a healthy connection)."""
    gw.script.drop_every = 4  # system, sts, act, then one heartbeat
    config = {**FAST, "reconnect_initial": 0.001, "reconnect_max": 0.05, "healthy_after": 1000.0}
    async with AsyncStream(gw.url, session="sess-1", config=StreamConfig(**config)) as stream:  # type: ignore[arg-type]
        await until(stream, lambda e: isinstance(e, Reconnected) and e.attempt >= 5, timeout=30)
        assert stream._proto.backoff.attempts >= 5  # never reset: 1 per lost connection


def test_sync_close_returns_while_a_reconnect_session_lookup_hangs(gw: ScriptedGateway) -> None:
    """The reconnect's session lookup never answers (a dripped /tickle): close() still returns, and
    it does so before the lookup is released."""
    entered = threading.Event()
    release = threading.Event()
    calls = 0

    def session() -> str:
        nonlocal calls
        calls += 1
        if calls > 1:
            entered.set()
            release.wait(120)
        return "sess-1"

    order: list[str] = []
    stream = Stream(gw.url, session=session, config=StreamConfig(**FAST))  # type: ignore[arg-type]
    stream.start()
    try:
        gw.drop_all()
        assert entered.wait(60)
        closer = threading.Thread(target=lambda: (stream.close(), order.append("closed")))
        closer.start()
        closer.join(60)
        order.append("released")
    finally:
        release.set()
    assert order == ["closed", "released"]
    assert not stream.connected


# -- issue 15: trades once, sts before topics, OAuth 2.0 -------------------------------------------


async def test_replayed_executions_are_delivered_once_across_reconnects_and_gap_fill(
    gw: ScriptedGateway,
) -> None:
    gw.script.executions = [{"execution_id": "e1", "size": 1}, {"execution_id": "e2", "size": 2}]

    async def gap_fill() -> tuple[list[Any], list[Any]]:
        return [], [{"execution_id": "e2"}, {"execution_id": "e3", "size": 3}]

    async with make_stream(gw, gap_fill=gap_fill) as stream:
        await stream.trades()
        seen = await until(stream, lambda e: isinstance(e, TradeUpdate) and e.execution_id == "e2")
        gw.drop_all()
        seen += await until(stream, lambda e: isinstance(e, TradeUpdate) and e.execution_id == "e3")
        await wait_for(lambda: len(gw.frames_received("str+")) == 2)  # replayed again on re-subscribe
        gw.push({"topic": "str", "args": [{"execution_id": "e3"}, {"execution_id": "e4"}]})
        seen += await until(stream, lambda e: isinstance(e, TradeUpdate) and e.execution_id == "e4")
    trades = [(e.execution_id, e.source) for e in seen if isinstance(e, TradeUpdate)]
    assert trades == [("e1", "stream"), ("e2", "stream"), ("e3", "gap_fill"), ("e4", "stream")]


async def test_topics_wait_for_sts_authenticated(gw: ScriptedGateway) -> None:
    gw.script.send_sts = False
    async with make_stream(gw, sts_timeout=600.0) as stream:
        await stream.orders()
        await stream.market_data(5, ["31"])
        await until(stream, lambda e: isinstance(e, AccountInfo))
        gw.push(F.STS)
        await until(stream, lambda e: isinstance(e, MarketDataUpdate))
        await wait_for(lambda: bool(gw.frames_received("sor+")))
    with gw.lock:
        log = list(gw.log)
    sts_sent = log.index(("sent", json.dumps(F.STS)))
    first_topic = next(
        i for i, (kind, text) in enumerate(log) if kind == "recv" and text[:4] in ("sor+", "smd+")
    )
    assert sts_sent < first_topic
    received = [text for kind, text in log if kind == "recv"]
    assert received[0] == '{"session": "sess-1"}'  # authentication itself is not held back


async def test_oauth2_bearer_token_goes_in_session_token(gw: ScriptedGateway) -> None:
    async with make_stream(gw, auth="oauth2", oauth_token=lambda: "bearer-1"):
        pass
    async with make_stream(gw, auth="oauth1", oauth_token=lambda: "access-1"):
        pass
    assert [c["query"] for c in gw.connections] == [
        {"sessionToken": ["bearer-1"]},
        {"oauth_token": ["access-1"]},
    ]


def test_gap_fill_reads_orders_unfiltered() -> None:
    """A filtered orders read would suppress sor pushes on the socket until an unfiltered one."""
    flow = gap_fill_flow()
    call = next(flow)
    assert call.operation_id == "get_live_orders"  # type: ignore[union-attr]
    assert "filters" not in call.kwargs  # type: ignore[union-attr]
    flow.close()


def test_sync_stream_raises_the_auth_error_and_callbacks_see_the_event(gw: ScriptedGateway) -> None:
    values = iter(["sess-1"])

    def session() -> str:
        return next(values, "stale")

    config = StreamConfig(**{**FAST, "max_auth_failures": 2})  # type: ignore[arg-type]
    got: list[Event] = []
    with Stream(gw.url, session=session, config=config) as stream:
        stream.orders()
        gw.drop_all()
        with pytest.raises(AuthenticationError):
            for event in stream:
                got.append(event)
    assert [e.code for e in got if isinstance(e, StreamError)] == ["auth_failed"]

    seen: list[Event] = []
    done = threading.Event()

    def on_event(event: Event) -> None:
        seen.append(event)
        if isinstance(event, StreamError):
            done.set()

    values = iter(["sess-1"])
    with Stream(gw.url, session=session, config=config, on_event=on_event):
        gw.drop_all()
        assert done.wait(60)
    assert [e.code for e in seen if isinstance(e, StreamError)] == ["auth_failed"]
