"""The sans-I/O protocol: frames out, events in, timers, reconnect decisions and gap bookkeeping."""

from __future__ import annotations

import json
import random

import pytest

from ibkr_webapi import (
    AuthenticationError,
    ConfigurationError,
    ConnectError,
    NotAuthenticated,
    ValidationError,
)
from ibkr_webapi.streaming import (
    MarketDataUpdate,
    OrderUpdate,
    StreamConfig,
    StreamError,
    StreamProtocol,
    TradeUpdate,
    UnknownMessage,
)
from ibkr_webapi.streaming import subscriptions as subs
from ibkr_webapi.streaming.protocol import Action, FillGap, GiveUp, Reconnect, SendFrames, Wait

from . import frames as F


def proto(**config: object) -> StreamProtocol:
    return StreamProtocol(StreamConfig(**config), rng=random.Random(1))  # type: ignore[arg-type]


def sent(actions: object) -> list[str]:
    """The frames a list of actions sends."""
    return [f for a in actions if isinstance(a, SendFrames) for f in a.frames]  # type: ignore[attr-defined]


def opened(p: StreamProtocol, now: float, session: str | None = "s") -> list[str]:
    """Open a connection and deliver sts(authenticated): every frame sent, in order."""
    frames = sent(p.connection_opened(now, session))
    _events, actions = p.receive(F.dumps(F.STS), now)
    return frames + sent(actions)


def recv(p: StreamProtocol, frame: object, now: float) -> list[object]:
    events, _ = p.receive(F.dumps(frame), now)
    return list(events)


def wait(step: Wait | GiveUp) -> float:
    assert isinstance(step, Wait), step
    return step.delay


def test_subscription_frames_match_ibkr_grammar() -> None:
    assert subs.market_data(265598, ["31", 84]).frame == 'smd+265598+{"fields":["31","84"]}'
    assert subs.market_data(265598, ["31"]).unsubscribe_frame == "umd+265598+{}"
    assert (subs.orders().frame, subs.orders().unsubscribe_frame) == ("sor+{}", "uor+{}")
    assert (subs.pnl().frame, subs.pnl().unsubscribe_frame) == ("spl+{}", "upl+{}")
    assert (subs.trades().frame, subs.trades().unsubscribe_frame) == ("str+{}", "utr+{}")
    depth = subs.book_depth("DU1", 265598, "SMART")
    assert (depth.frame, depth.unsubscribe_frame) == ("sbd+DU1+265598+SMART", "ubd+DU1")
    summary = subs.account_summary("DU1", {"keys": ["x"]})
    assert (summary.frame, summary.unsubscribe_frame) == ('ssd+DU1+{"keys":["x"]}', "usd+DU1+{}")
    ledger = subs.ledger("DU1")
    assert (ledger.frame, ledger.unsubscribe_frame) == ("sld+DU1+{}", "uld+DU1+{}")
    hist = subs.historical(265598, {"period": "1d", "bar": "5min"})
    assert hist.frame == 'smh+265598+{"period":"1d","bar":"5min"}'
    assert hist.unsubscribe_frame is None  # until IBKR names the stream
    assert hist.with_server_id("hist7").unsubscribe_frame == "umh+hist7"
    assert json.loads(subs.session_message("abc")) == {"session": "abc"}


def test_field_enum_members_are_accepted() -> None:
    from ibkr_webapi.fields import Field

    assert subs.market_data(1, [Field.LAST, Field.BID]).frame == 'smd+1+{"fields":["31","84"]}'


@pytest.mark.parametrize(
    "bad",
    [
        lambda: subs.market_data(0, ["31"]),
        lambda: subs.market_data("x", ["31"]),
        lambda: subs.market_data(1, []),
        lambda: subs.market_data(1, ["last"]),
        lambda: subs.book_depth("D+1", 1, "SMART"),
        lambda: subs.ledger(""),
    ],
)
def test_bad_subscriptions_are_refused_before_sending(bad: object) -> None:
    with pytest.raises(ValidationError):
        bad()  # type: ignore[operator]


def test_subscriptions_while_disconnected_are_queued_then_sent_after_auth() -> None:
    p = proto()
    assert p.subscribe(subs.market_data(1, ["31"]), now=0) == []
    assert p.subscribe(subs.orders(), now=0) == []
    assert sent(p.connection_opened(now=1, session="sess")) == ['{"session": "sess"}']
    assert p.subscribe(subs.pnl(), now=1) == []  # not before sts: IBKR would drop it
    _, actions = p.receive(F.dumps(F.STS), 1)
    assert sent(actions) == ['smd+1+{"fields":["31"]}', "sor+{}", "spl+{}"]
    assert p.subscribe(subs.trades(), now=2) == ["str+{}"]
    _, again = p.receive(F.dumps(F.STS), 3)
    assert again == ()  # a repeated sts does not subscribe twice


def test_without_sts_the_subscriptions_go_out_after_sts_timeout() -> None:
    p = proto(sts_timeout=5, tic_interval=100, dead_after=100)
    p.subscribe(subs.orders(), 0)
    p.connection_opened(10, "s")
    assert p.next_deadline() == 15
    assert p.poll(14) == []
    assert sent(p.poll(15)) == ["sor+{}"]
    assert p.ready


def test_resubscribe_everything_after_reconnect_and_report_it() -> None:
    p = proto()
    opened(p, 0, "s1")
    p.subscribe(subs.market_data(1, ["31"]), 0)
    p.subscribe(subs.trades(), 0)
    p.unsubscribe("md:1")
    assert p.reconnected_event(0, gap_fill=False) is None  # first connection
    assert 0 < wait(p.connection_lost(5, "connection lost")) <= 0.5
    assert p.subscribe(subs.orders(), 6) == []  # queued while down
    assert sent(p.connection_opened(7, "s2")) == ['{"session": "s2"}']
    _, actions = p.receive(F.dumps(F.STS), 7)
    assert actions == [SendFrames(("str+{}", "sor+{}")), FillGap()]  # the gap fill follows the subscriptions
    ev = p.reconnected_event(7, gap_fill=True)
    assert ev is not None and ev.reason == "connection lost" and ev.downtime_s == 2
    assert ev.resubscribed == ("tr", "or") and ev.gap_fill


def test_unsubscribe_sends_undo_frame_only_when_connected() -> None:
    p = proto()
    p.subscribe(subs.market_data(1, ["31"]), 0)
    assert p.unsubscribe("md:1") == []
    opened(p, 0, None)
    p.subscribe(subs.market_data(1, ["31"]), 0)
    assert p.unsubscribe("md:1") == ["umd+1+{}"]
    assert p.unsubscribe("md:1") == []


def test_tic_on_schedule_and_dead_after_silence() -> None:
    p = proto(tic_interval=10, dead_after=25, md_quiet_after=None)
    opened(p, 0)
    assert p.next_deadline() == 10
    assert p.poll(5) == []
    assert p.poll(10) == [SendFrames(("tic",))]
    recv(p, F.TIC_REPLY, 11)  # a tic reply is not a server heartbeat
    recv(p, F.SYSTEM_HB, 12)
    assert p.poll(20) == [SendFrames(("tic",))]
    assert p.poll(30) == [SendFrames(("tic",))]
    assert p.poll(36) == []
    actions = p.poll(37)
    assert len(actions) == 1 and isinstance(actions[0], Reconnect)


def test_market_data_keeps_the_connection_not_alive() -> None:
    """Only server heartbeats prove the server pump is alive (a stalled pump may still echo data)."""
    p = proto(tic_interval=100, dead_after=10, md_quiet_after=None)
    opened(p, 0)
    recv(p, F.SMD, 9)
    assert isinstance(p.poll(10)[0], Reconnect)


def test_quiet_market_data_is_resubscribed() -> None:
    p = proto(tic_interval=1000, dead_after=1000, md_quiet_after=30)
    opened(p, 0)
    p.subscribe(subs.market_data(265598, ["31"]), 0)
    p.subscribe(subs.market_data(7, ["31"]), 0)
    recv(p, F.SMD, 20)  # 265598 updates at 20; 7 stays quiet
    assert p.next_deadline() == 30
    assert p.poll(30) == [SendFrames(('smd+7+{"fields":["31"]}',))]
    assert p.poll(49) == []
    assert p.poll(50) == [SendFrames(('smd+265598+{"fields":["31"]}',))]


def test_market_data_error_resubscribes_at_next_poll() -> None:
    p = proto(tic_interval=1000, dead_after=1000, md_quiet_after=30)
    opened(p, 0)
    p.subscribe(subs.market_data(42, ["31"]), 0)
    recv(p, {"topic": "smd+42", "error": "stream ended"}, 1)
    assert p.next_deadline() < 1
    assert p.poll(1) == [SendFrames(('smd+42+{"fields":["31"]}',))]


def test_market_data_is_renewed_before_ibkrs_time_limit_even_when_busy() -> None:
    """IBKR ends smd streams after about 10 minutes: a busy subscription is re-sent before that."""
    p = proto(tic_interval=10_000, dead_after=10_000, md_quiet_after=120, md_renew_after=540)
    p.subscribe(subs.market_data(1, ["31"]), 0)
    assert opened(p, 0) == ['{"session": "s"}', 'smd+1+{"fields":["31"]}']
    for t in range(10, 540, 10):
        recv(p, {"topic": "smd+1", "conid": 1, "31": "1.0"}, t)
        assert p.poll(t) == []
    assert p.next_deadline() == 540
    assert p.poll(540) == [SendFrames(('smd+1+{"fields":["31"]}',))]
    assert p.next_deadline() == 540 + 120  # the quiet timer restarts with the renewal
    p.subscribe(subs.market_data(2, ["31"]), 600)  # sent at 600: renewed at 1140
    recv(p, {"topic": "smd+1", "conid": 1, "31": "1.0"}, 640)
    recv(p, {"topic": "smd+2", "conid": 2, "31": "1.0"}, 640)
    p.receive(F.dumps(F.SYSTEM_HB), 640)
    assert p.next_deadline() == 760


def test_market_data_for_unsubscribed_conids_leaves_no_state() -> None:
    """A server pushing quotes for conids nobody subscribed cannot grow the protocol's tables."""
    p = proto(tic_interval=1000, dead_after=1000, md_quiet_after=30)
    opened(p, 0)
    p.subscribe(subs.market_data(7, ["31"]), 0)
    for conid in range(1, 20_001):
        events = recv(p, {"topic": f"smd+{conid}", "conid": conid, "31": "1.5"}, 1)
        assert isinstance(events[0], MarketDataUpdate)  # still delivered
    assert p.tracked["market_data_timers"] == 1
    assert p.next_deadline() == 31  # conid 7's update at 1 + 30: only subscriptions count
    p.unsubscribe("md:7")
    assert p.tracked["market_data_timers"] == 0


def test_order_and_execution_tables_are_bounded_lru() -> None:
    p = proto(max_tracked_orders=100, max_tracked_executions=50)
    opened(p, 0)
    recv(p, {"topic": "sor", "args": [{"orderId": 1, "status": "Submitted"}]}, 0)
    for i in range(2, 1002):
        recv(p, {"topic": "sor", "args": [{"orderId": i, "status": "Submitted"}]}, 0)
        if i % 50 == 0:  # order 1 keeps being used, so it is never the least recently used
            recv(p, {"topic": "sor", "args": [{"orderId": 1, "filledQuantity": i}]}, 0)
    for i in range(1000):
        recv(p, {"topic": "str", "args": [{"execution_id": f"x{i}"}]}, 0)
    assert p.tracked["orders"] == 100 and p.tracked["executions"] == 50
    assert p.gap_events([{"orderId": 1, "status": "Submitted", "filledQuantity": 1000}], []) == []
    assert [e.order_id for e in p.gap_events([{"orderId": 2, "status": "Submitted"}], [])] == ["2"]  # type: ignore[union-attr]


def test_trades_are_deduplicated_by_execution_id_on_the_socket_and_after_gap_fill() -> None:
    """IBKR replays recent executions on every str subscribe: each execution is delivered once."""
    p = proto()
    opened(p, 0)
    replay = {"topic": "str", "args": [{"execution_id": "e1", "size": 1}, {"execution_id": "e2", "size": 2}]}
    first = recv(p, replay, 1)
    assert [e.execution_id for e in first] == ["e1", "e2"]  # type: ignore[attr-defined]
    assert recv(p, replay, 2) == []  # the replay after a re-subscribe
    mixed = {"topic": "str", "args": [{"execution_id": "e2"}, {"execution_id": "e3"}]}
    assert [e.execution_id for e in recv(p, mixed, 3)] == ["e3"]  # type: ignore[attr-defined]
    gap = p.gap_events([], [{"execution_id": "e3"}, {"execution_id": "e4"}])
    assert [e.execution_id for e in gap] == ["e4"]  # type: ignore[union-attr]
    assert recv(p, {"topic": "str", "args": [{"execution_id": "e4"}]}, 4) == []  # seen via gap fill
    assert p.duplicates == 5


def test_session_lost_asks_for_reconnect_by_an_action() -> None:
    p = proto()
    opened(p, 0)
    _, actions = p.receive(F.dumps(F.STS), 1)
    assert actions == ()
    _events, actions = p.receive(F.dumps(F.STS_LOST), 2)
    assert [type(a) for a in actions] == [Reconnect]
    assert "sts" in actions[0].reason  # type: ignore[union-attr]
    assert isinstance(p.connection_lost(3, "x"), Wait)
    assert opened(p, 4, "s2") == ['{"session": "s2"}']
    assert p.auth_failures == 0  # sts authenticated again


def test_backoff_grows_with_jitter_and_is_not_reset_by_a_heartbeat() -> None:
    p = proto(reconnect_initial=1, reconnect_max=8, healthy_after=30)
    opened(p, 0)
    delays = [wait(p.connection_lost(1, "x"))] + [
        wait(p.connect_failed(1, ConnectError("x"))) for _ in range(3)
    ]
    ceilings = [1, 2, 4, 8]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len(set(delays)) > 1
    # A server that drops every connection right after a heartbeat (flapping): no reset.
    for t in range(10, 100, 10):
        opened(p, t)
        recv(p, F.SYSTEM_HB, t + 1)
        assert wait(p.connection_lost(t + 2, "x")) >= 4
    assert p.backoff.attempts == 13


def test_backoff_resets_after_a_sustained_healthy_connection() -> None:
    p = proto(reconnect_initial=1, reconnect_max=8, healthy_after=30, dead_after=1000, tic_interval=1000)
    for _ in range(4):
        p.connect_failed(0, ConnectError("x"))
    opened(p, 100)
    for t in range(110, 131, 10):  # heartbeats for 30 s of the protocol's clock
        recv(p, F.SYSTEM_HB, t)
    assert wait(p.connection_lost(140, "x")) <= 1
    # Heartbeats on an unauthenticated session never count as healthy.
    p.connection_opened(150, "s")
    for t in range(160, 400, 10):
        recv(p, F.SYSTEM_HB, t)
    assert wait(p.connection_lost(400, "x")) > 1


def test_auth_failures_on_reconnect_end_the_stream_with_a_typed_error() -> None:
    p = proto(max_auth_failures=3)
    opened(p, 0)
    assert isinstance(p.connection_lost(1, "x"), Wait)
    refused = AuthenticationError("the gateway refused the WebSocket (401)", status_code=401)
    assert isinstance(p.connect_failed(2, refused), Wait)
    assert isinstance(p.connect_failed(3, ConnectError("refused")), Wait)  # not an auth failure
    assert isinstance(p.connect_failed(4, refused), Wait)
    step = p.connect_failed(5, refused)
    assert isinstance(step, GiveUp)
    assert isinstance(step.error, AuthenticationError) and step.error.status_code == 401
    assert "3 authentication failures" in str(step.error)
    assert isinstance(step.event, StreamError) and step.event.code == "auth_failed"


def test_a_session_that_stays_unauthenticated_ends_the_stream() -> None:
    p = proto(max_auth_failures=2)
    steps: list[Action] = []
    for t in range(3):
        p.connection_opened(t * 10, "s")
        _, actions = p.receive(F.dumps(F.STS_LOST), t * 10 + 1)
        assert [type(a) for a in actions] == [Reconnect]
        step = p.connection_lost(t * 10 + 2, "session not authenticated (sts)")
        steps.append(step)
        if isinstance(step, GiveUp):
            break
    assert [type(s) for s in steps] == [Wait, GiveUp]
    assert isinstance(steps[-1].error, NotAuthenticated)  # type: ignore[union-attr]


def test_give_up_after_max_attempts() -> None:
    p = proto(max_reconnect_attempts=2)
    assert isinstance(p.connect_failed(0, ConnectError("x")), Wait)
    assert isinstance(p.connect_failed(0, ConnectError("x")), Wait)
    step = p.connect_failed(0, ConnectError("x"))
    assert isinstance(step, GiveUp) and isinstance(step.error, ConnectError)
    assert step.event.code == "gave_up"


def test_bad_config_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError):
        StreamConfig(max_queue_bytes=0)
    with pytest.raises(ConfigurationError):
        StreamConfig(sts_timeout=0)


def test_historical_server_id_is_learned_for_umh() -> None:
    p = proto()
    opened(p, 0)
    sub = subs.historical(265598, {"period": "1d"})
    p.subscribe(sub, 0)
    recv(p, F.SMH, 1)
    assert p.unsubscribe(sub.key) == ["umh+hist7"]


def test_gap_fill_emits_only_what_the_socket_missed() -> None:
    p = proto()
    opened(p, 0)
    recv(p, F.SOR_FULL, 1)  # order 730104455 Inactive, filled 0
    recv(p, F.SOR_PARTIAL, 1)  # -> Submitted, filled still 0
    recv(p, F.STR, 1)
    rest_orders = [
        {"orderId": 730104455, "status": "Submitted", "filledQuantity": 0.0},  # known
        {"orderId": 730104455, "status": "Filled", "filledQuantity": 1.0},  # missed
        {"orderId": 5, "status": "Submitted", "filledQuantity": 0.0},  # missed (new order)
        {"no": "id"},
    ]
    rest_trades = [
        {"execution_id": "0000ab12.3456.01.01", "size": 1},  # seen
        {"execution_id": "e2", "size": 1, "price": 1.5},  # missed
    ]
    events = p.gap_events(rest_orders, rest_trades)
    assert [(type(e).__name__, getattr(e, "order_id", getattr(e, "execution_id", None))) for e in events] == [
        ("OrderUpdate", "730104455"),
        ("OrderUpdate", "5"),
        ("TradeUpdate", "e2"),
    ]
    assert all(e.source == "gap_fill" for e in events if isinstance(e, OrderUpdate | TradeUpdate))
    assert p.gap_events(rest_orders[1:], rest_trades) == []  # idempotent


def test_gap_fill_accepts_typed_events() -> None:
    p = proto()
    events = p.gap_events([OrderUpdate("1", status="Filled", filled_quantity=1.0)], [TradeUpdate("x")])
    assert len(events) == 2


def test_market_data_events_carry_the_injected_parser() -> None:
    p = StreamProtocol(parser=lambda raw: ("parsed", dict(raw)))
    p.connection_opened(0, "s")
    [ev], _ = p.receive(F.dumps(F.SMD_DELTA), 0)
    assert isinstance(ev, MarketDataUpdate) and ev.values == ("parsed", {"6119": "q1", "31": "148.26"})


def test_unknown_frames_are_delivered_without_actions() -> None:
    p = proto()
    opened(p, 0)
    events, actions = p.receive(F.dumps({"topic": "zzz", "x": 1}), 1)
    assert isinstance(events[0], UnknownMessage) and actions == ()
