"""The sans-I/O protocol: frames out, events in, timers, reconnect decisions and gap bookkeeping."""

from __future__ import annotations

import json
import random

import pytest

from ibkr_webapi import ValidationError
from ibkr_webapi.streaming import MarketDataUpdate, OrderUpdate, StreamConfig, StreamProtocol, TradeUpdate
from ibkr_webapi.streaming import subscriptions as subs
from ibkr_webapi.streaming.protocol import Reconnect, SendFrames

from . import frames as F


def proto(**config: object) -> StreamProtocol:
    return StreamProtocol(StreamConfig(**config), rng=random.Random(1))  # type: ignore[arg-type]


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
    frames = p.connection_opened(now=1, session="sess")
    assert frames == ['{"session": "sess"}', 'smd+1+{"fields":["31"]}', "sor+{}"]
    assert p.subscribe(subs.pnl(), now=2) == ["spl+{}"]


def test_resubscribe_everything_after_reconnect_and_report_it() -> None:
    p = proto()
    p.connection_opened(0, "s1")
    p.subscribe(subs.market_data(1, ["31"]), 0)
    p.subscribe(subs.trades(), 0)
    p.unsubscribe("md:1")
    assert p.reconnected_event(0, gap_fill=False) is None  # first connection
    delay = p.connection_lost(5, "connection lost")
    assert 0 < delay <= 0.5
    assert p.subscribe(subs.orders(), 6) == []  # queued while down
    frames = p.connection_opened(7, "s2")
    assert frames == ['{"session": "s2"}', "str+{}", "sor+{}"]
    ev = p.reconnected_event(7, gap_fill=True)
    assert ev is not None and ev.reason == "connection lost" and ev.downtime_s == 2
    assert ev.resubscribed == ("tr", "or") and ev.gap_fill


def test_unsubscribe_sends_undo_frame_only_when_connected() -> None:
    p = proto()
    p.subscribe(subs.market_data(1, ["31"]), 0)
    assert p.unsubscribe("md:1") == []
    p.connection_opened(0, None)
    p.subscribe(subs.market_data(1, ["31"]), 0)
    assert p.unsubscribe("md:1") == ["umd+1+{}"]
    assert p.unsubscribe("md:1") == []


def test_tic_on_schedule_and_dead_after_silence() -> None:
    p = proto(tic_interval=10, dead_after=25, md_quiet_after=None)
    p.connection_opened(0, "s")
    assert p.next_deadline() == 10
    assert p.poll(5) == []
    assert p.poll(10) == [SendFrames(("tic",))]
    p.receive(F.dumps(F.TIC_REPLY), 11)  # a tic reply is not a server heartbeat
    p.receive(F.dumps(F.SYSTEM_HB), 12)
    assert p.poll(20) == [SendFrames(("tic",))]
    assert p.poll(30) == [SendFrames(("tic",))]
    assert p.poll(36) == []
    actions = p.poll(37)
    assert len(actions) == 1 and isinstance(actions[0], Reconnect)


def test_market_data_keeps_the_connection_not_alive() -> None:
    """Only server heartbeats prove the server pump is alive (a stalled pump may still echo data)."""
    p = proto(tic_interval=100, dead_after=10, md_quiet_after=None)
    p.connection_opened(0, "s")
    p.receive(F.dumps(F.SMD), 9)
    assert isinstance(p.poll(10)[0], Reconnect)


def test_quiet_market_data_is_resubscribed() -> None:
    p = proto(tic_interval=1000, dead_after=1000, md_quiet_after=30)
    p.connection_opened(0, "s")
    p.subscribe(subs.market_data(265598, ["31"]), 0)
    p.subscribe(subs.market_data(7, ["31"]), 0)
    p.receive(F.dumps(F.SMD), 20)  # 265598 updates at 20; 7 stays quiet
    assert p.next_deadline() == 30
    assert p.poll(30) == [SendFrames(('smd+7+{"fields":["31"]}',))]
    assert p.poll(49) == []
    assert p.poll(50) == [SendFrames(('smd+265598+{"fields":["31"]}',))]


def test_market_data_error_resubscribes_at_next_poll() -> None:
    p = proto(tic_interval=1000, dead_after=1000, md_quiet_after=30)
    p.connection_opened(0, "s")
    p.subscribe(subs.market_data(42, ["31"]), 0)
    p.receive(F.dumps({"topic": "smd+42", "error": "stream ended"}), 1)
    assert p.next_deadline() < 1
    assert p.poll(1) == [SendFrames(('smd+42+{"fields":["31"]}',))]


def test_session_lost_asks_for_reconnect() -> None:
    p = proto()
    p.connection_opened(0, "s")
    p.receive(F.dumps(F.STS), 1)
    assert p.wants_reconnect is None
    p.receive(F.dumps(F.STS_LOST), 2)
    assert p.wants_reconnect is not None
    p.connection_lost(3, p.wants_reconnect)
    p.connection_opened(4, "s2")
    assert p.wants_reconnect is None


def test_backoff_grows_with_jitter_and_resets_after_a_heartbeat() -> None:
    p = proto(reconnect_initial=1, reconnect_max=8)
    p.connection_opened(0, "s")
    delays = [p.connection_lost(1, "x")] + [p.connect_failed(1, "x") for _ in range(5)]
    ceilings = [1, 2, 4, 8, 8, 8]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert len(set(delays)) > 1
    p.connection_opened(2, "s")
    p.receive(F.dumps(F.SYSTEM_HB), 3)
    assert p.connection_lost(4, "x") <= 1


def test_give_up_after_max_attempts() -> None:
    p = proto(max_reconnect_attempts=2)
    p.connect_failed(0, "x")
    p.connect_failed(0, "x")
    assert not p.gave_up()
    p.connect_failed(0, "x")
    assert p.gave_up()


def test_historical_server_id_is_learned_for_umh() -> None:
    p = proto()
    p.connection_opened(0, "s")
    sub = subs.historical(265598, {"period": "1d"})
    p.subscribe(sub, 0)
    p.receive(F.dumps(F.SMH), 1)
    assert p.unsubscribe(sub.key) == ["umh+hist7"]


def test_gap_fill_emits_only_what_the_socket_missed() -> None:
    p = proto()
    p.connection_opened(0, "s")
    p.receive(F.dumps(F.SOR_FULL), 1)  # order 730104455 Inactive, filled 0
    p.receive(F.dumps(F.SOR_PARTIAL), 1)  # -> Submitted, filled still 0
    p.receive(F.dumps(F.STR), 1)
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
    [ev] = p.receive(F.dumps(F.SMD_DELTA), 0)
    assert isinstance(ev, MarketDataUpdate) and ev.values == ("parsed", {"6119": "q1", "31": "148.26"})
