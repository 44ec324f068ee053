"""Frame decoding: every topic IBKR sends becomes its typed event; nothing kills the parser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ibkr_webapi.fields import Field
from ibkr_webapi.streaming import (
    AccountInfo,
    AccountSummaryUpdate,
    AuthStatus,
    Bulletin,
    DepthUpdate,
    Heartbeat,
    HistoricalBars,
    LedgerUpdate,
    MarketDataUpdate,
    Notification,
    OrderUpdate,
    PnLUpdate,
    StreamError,
    SystemMessage,
    TradeUpdate,
    UnknownMessage,
)
from ibkr_webapi.streaming._parse import decode_frame

from . import frames as F


def one(frame: object) -> object:
    events = decode_frame(F.dumps(frame), None)
    assert len(events) == 1
    return events[0]


def test_market_data_keeps_field_ids_and_parses_values_on_demand() -> None:
    ev = one(F.SMD)
    assert isinstance(ev, MarketDataUpdate)
    assert ev.conid == 265598
    assert ev.fields == {
        "6509": "DPB",
        "6119": "q1",
        "83": 0.56,
        "84": "271.55",
        "31": "271.67",
        "86": "271.66",
    }
    assert ev.updated_ms == 1777552110061 and ev.timestamp is not None and ev.timestamp.year >= 2026
    assert ev.server_id == "q1"
    assert ev.values.number(Field.LAST) == pytest.approx(271.67)
    assert ev.values.number("84") == pytest.approx(271.55)


def test_market_data_parser_is_injectable() -> None:
    ev = decode_frame(F.dumps(F.SMD_DELTA), lambda raw: {"parsed": dict(raw)})[0]
    assert isinstance(ev, MarketDataUpdate)
    assert ev.values == {"parsed": {"6119": "q1", "31": "271.73"}}


def test_market_data_conid_from_topic_when_missing() -> None:
    ev = one({"topic": "smd+42", "31": "1.0"})
    assert isinstance(ev, MarketDataUpdate) and ev.conid == 42


def test_market_data_error_is_a_stream_error() -> None:
    ev = one({"topic": "smd+42", "error": "no market data permissions"})
    assert isinstance(ev, StreamError) and ev.topic == "smd+42"


def test_orders_full_and_partial() -> None:
    full = one(F.SOR_FULL)
    assert isinstance(full, OrderUpdate)
    assert (full.order_id, full.status, full.filled_quantity, full.remaining_quantity) == (
        "912091175",
        "Inactive",
        0.0,
        1.0,
    )
    assert full.conid == 265598 and full.account == "DU1111111" and full.side == "BUY"
    partial = one(F.SOR_PARTIAL)
    assert isinstance(partial, OrderUpdate)
    assert partial.status == "Submitted" and partial.filled_quantity is None


def test_several_orders_in_one_frame() -> None:
    frame = {
        "topic": "sor",
        "args": [{"orderId": 1, "status": "Submitted"}, {"orderId": 2, "status": "Filled"}],
    }
    events = decode_frame(F.dumps(frame), None)
    assert [e.order_id for e in events if isinstance(e, OrderUpdate)] == ["1", "2"]


@pytest.mark.parametrize(
    ("frame", "kind"),
    [
        (F.SPL, PnLUpdate),
        (F.STR, TradeUpdate),
        (F.SBD, DepthUpdate),
        (F.SSD, AccountSummaryUpdate),
        (F.SLD, LedgerUpdate),
        (F.SMH, HistoricalBars),
        (F.STS, AuthStatus),
        (F.ACT, AccountInfo),
        (F.SYSTEM_HELLO, SystemMessage),
        (F.SYSTEM_HB, Heartbeat),
        (F.TIC_REPLY, Heartbeat),
        (F.ECHO, Heartbeat),
        (F.BLT, Bulletin),
        (F.NTF, Notification),
        (F.ERROR, StreamError),
    ],
)
def test_each_topic_has_its_event(frame: dict[str, object], kind: type) -> None:
    assert isinstance(one(frame), kind)


def test_event_contents() -> None:
    pnl = one(F.SPL)
    assert isinstance(pnl, PnLUpdate) and pnl.key == "DU1111111.Core" and pnl.daily_pnl == -58.28
    trade = one(F.STR)
    assert isinstance(trade, TradeUpdate)
    assert (trade.execution_id, trade.size, trade.price) == ("0001f4e8.6543.01.01", 1.0, 647.09)
    depth = one(F.SBD)
    assert isinstance(depth, DepthUpdate) and depth.account == "DU1111111" and depth.conid == 265598
    assert depth.rows[0].ask == "300" and depth.rows[1].bid == "200" and depth.rows[1].focus
    summary = one(F.SSD)
    assert isinstance(summary, AccountSummaryUpdate)
    assert summary.values["netliquidationvalue"]["monetaryValue"] == 1020000.0
    ledger = one(F.SLD)
    assert isinstance(ledger, LedgerUpdate) and set(ledger.currencies) == {"BASE", "USD"}
    bars = one(F.SMH)
    assert isinstance(bars, HistoricalBars) and bars.server_id == "hist7" and bars.bars[0].low == 269.9
    sts = one(F.STS)
    assert isinstance(sts, AuthStatus) and sts.authenticated is True and sts.competing is False
    act = one(F.ACT)
    assert (
        isinstance(act, AccountInfo)
        and act.accounts == ("DU1111111",)
        and act.selected_account == "DU1111111"
    )
    hello = one(F.SYSTEM_HELLO)
    assert isinstance(hello, SystemMessage) and hello.username == "someuser"
    hb = one(F.SYSTEM_HB)
    assert isinstance(hb, Heartbeat) and hb.source == "system" and hb.timestamp_ms == 1777552511501
    tic = one(F.TIC_REPLY)
    assert isinstance(tic, Heartbeat) and tic.source == "tic"
    assert isinstance(bl := one(F.BLT), Bulletin) and bl.message == "Exchange halted"
    assert isinstance(nt := one(F.NTF), Notification) and nt.message == "Order warning"
    assert isinstance(er := one(F.ERROR), StreamError) and er.message == "something went wrong"


@pytest.mark.parametrize(
    "data",
    [
        "",
        "not json",
        "{",
        "[]",
        "42",
        "null",
        '"text"',
        b"\xff\xfe",
        '{"topic": 5}',
        '{"no": "topic"}',
        '{"topic":"sor","args":"x"}',
        '{"topic":"sor","args":[1, {"orderId": {"a": 1}}]}',
        '{"topic":"smd+x"}',
        '{"topic":"spl","args":{"k": 3}}',
        '{"topic":"sbd+","data":5}',
        '{"topic":"whatever"}',
    ],
)
def test_malformed_frames_become_events(data: str | bytes) -> None:
    events = decode_frame(data, None)
    assert events is not None
    assert all(
        isinstance(e, UnknownMessage | StreamError | OrderUpdate | PnLUpdate | DepthUpdate)
        or type(e).__module__.endswith("events")
        for e in events
    )


def test_unknown_topic_is_kept_verbatim() -> None:
    ev = one({"topic": "xyz+1", "payload": [1, 2]})
    assert (
        isinstance(ev, UnknownMessage)
        and ev.topic == "xyz+1"
        and ev.raw == {"topic": "xyz+1", "payload": [1, 2]}
    )


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=20,
)
topics = st.sampled_from(
    [
        "smd+1",
        "smd+x",
        "sor",
        "str",
        "spl",
        "sbd+A+1",
        "ssd+A",
        "sld+A",
        "smh+1",
        "sts",
        "act",
        "system",
        "tic",
        "blt",
        "ntf",
        "error",
        "ech+hb",
        "zzz",
    ]
) | st.text(max_size=10)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_arbitrary_bytes_never_raise(data: bytes | str) -> None:
    decode_frame(data, None)


@settings(max_examples=500, deadline=None)
@given(topic=topics, body=st.dictionaries(st.text(max_size=12), json_values, max_size=6), args=json_values)
def test_arbitrary_json_never_raises(topic: str, body: dict[str, object], args: object) -> None:
    frame = {**body, "topic": topic, "args": args, "data": args, "result": args}
    for ev in decode_frame(json.dumps(frame), None):
        if isinstance(ev, MarketDataUpdate):
            ev.values  # parsing the values never raises either  # noqa: B018


RECORDED = Path("/work/shared/reference/recorded-responses")


@pytest.mark.skipif(not RECORDED.is_dir(), reason="recorded IBKR frames not available")
def test_recorded_frames_are_all_modelled() -> None:
    files = sorted(RECORDED.glob("ws__*.json"))
    assert files
    for path in files:
        for ev in decode_frame(path.read_text(), None):
            assert not isinstance(ev, UnknownMessage), (path.name, ev)
