"""Frame decoding: every topic IBKR sends becomes its typed event; nothing kills the parser."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from recordings import recording
from spec._support import recordings_dir

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

_ENVELOPE = ("topic", "conid", "conidEx", "_updated", "server_id")  # not field ids


def one(frame: object) -> object:
    events = decode_frame(F.dumps(frame), None)
    assert len(events) == 1
    return events[0]


def _field_ids(frame: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in frame.items() if k not in _ENVELOPE}


@pytest.mark.parametrize("name", ["ws__smd__1.json", "ws__smd__2.json", "ws__smd__3.json", "ws__smd__4.json"])
def test_recorded_market_data_frames(name: str) -> None:
    frame = recording(name)
    ev = one(frame)
    assert isinstance(ev, MarketDataUpdate)
    assert ev.conid == frame["conid"] and ev.server_id == frame["server_id"]
    assert ev.fields == _field_ids(frame)  # every field id kept as sent (83 is a JSON number on ws__smd__1)
    assert ev.updated_ms == frame["_updated"] and ev.timestamp is not None and ev.timestamp.year >= 2026
    for fid in ("31", "84", "86", "83"):
        if fid in frame:
            assert ev.values.number(fid) == pytest.approx(float(frame[fid]))


def test_market_data_keeps_field_ids_and_parses_values_on_demand() -> None:
    ev = one(F.SMD)
    assert isinstance(ev, MarketDataUpdate)
    assert ev.conid == 265598
    assert ev.fields == {
        "6119": "q4",
        "6509": "RpB",
        "31": "198.42",
        "84": "198.40",
        "86": "198.45",
        "83": -0.37,
    }
    assert ev.updated_ms == 1761300000500 and ev.timestamp is not None and ev.timestamp.year == 2025
    assert ev.server_id == "q4"
    assert ev.values.number(Field.LAST) == pytest.approx(198.42)
    assert ev.values.number("84") == pytest.approx(198.40)
    assert ev.values.number(Field.CHANGE_PCT) == pytest.approx(-0.37)


def test_market_data_parser_is_injectable() -> None:
    ev = decode_frame(F.dumps(F.SMD_DELTA), lambda raw: {"parsed": dict(raw)})[0]
    assert isinstance(ev, MarketDataUpdate)
    assert ev.values == {"parsed": _field_ids(F.SMD_DELTA)} == {"parsed": {"6119": "q1", "31": "148.26"}}


def test_market_data_conid_from_topic_when_missing() -> None:
    ev = one({"topic": "smd+42", "31": "1.0"})
    assert isinstance(ev, MarketDataUpdate) and ev.conid == 42


def test_market_data_error_is_a_stream_error() -> None:
    ev = one({"topic": "smd+42", "error": "no market data permissions"})
    assert isinstance(ev, StreamError) and ev.topic == "smd+42"


def _float_or_none(raw: Any) -> float | None:
    return None if raw is None else float(raw)


@pytest.mark.parametrize(
    "name", ["ws__sor__1.json", "ws__sor__2.json", "ws__sor__3.json", "ws__sor__5.json", "ws__sor__8.json"]
)
def test_recorded_order_frames(name: str) -> None:
    """Full rows, minimal rows and status-only deltas, as IBKR sent them: fields absent stay None."""
    frame = recording(name)
    events = decode_frame(json.dumps(frame), None)
    assert len(events) == len(frame["args"])
    for ev, row in zip(events, frame["args"], strict=True):
        assert isinstance(ev, OrderUpdate)
        assert ev.order_id == str(row["orderId"]) and ev.account == row["acct"]
        assert ev.status == row.get("status") and ev.conid == row.get("conid")
        assert ev.filled_quantity == _float_or_none(row.get("filledQuantity"))
        assert ev.remaining_quantity == _float_or_none(row.get("remainingQuantity"))
        assert (ev.side, ev.ticker, ev.order_type) == (
            row.get("side"),
            row.get("ticker"),
            row.get("orderType"),
        )
        assert ev.price == row.get("price")  # kept as text: "" for a market order (ws__sor__8)
        assert dict(ev.raw) == row


def test_orders_full_and_partial() -> None:
    full = one(F.SOR_FULL)
    assert isinstance(full, OrderUpdate)
    assert (full.order_id, full.status, full.filled_quantity, full.remaining_quantity) == (
        "730104455",
        "PreSubmitted",
        0.0,
        3.0,
    )
    assert full.conid == 8314 and full.account == "DU2468013" and full.side == "SELL"
    assert (full.ticker, full.order_type, full.price) == ("IBM", "Limit", "305.50")
    partial = one(F.SOR_PARTIAL)
    assert isinstance(partial, OrderUpdate)
    assert partial.status == "Submitted" and partial.filled_quantity is None and partial.conid is None


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
    assert isinstance(pnl, PnLUpdate) and pnl.key == "DU2468013.Core" and pnl.daily_pnl == 12.5
    assert (pnl.unrealized_pnl, pnl.net_liquidation, pnl.market_value, pnl.excess_liquidity) == (
        -310.75,
        250400.0,
        90150.0,
        240100.0,
    )
    trade = one(F.STR)
    assert isinstance(trade, TradeUpdate)
    assert (trade.execution_id, trade.size, trade.price) == ("0000ab12.3456.01.01", 1.0, 152.31)
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


def test_recorded_pnl_frame() -> None:
    frame = recording("ws__spl__1.json")  # args keyed by "<account>.Core"
    events = decode_frame(json.dumps(frame), None)
    assert [e.key for e in events if isinstance(e, PnLUpdate)] == list(frame["args"])
    for ev, row in zip(events, frame["args"].values(), strict=True):
        assert isinstance(ev, PnLUpdate)
        assert (ev.daily_pnl, ev.unrealized_pnl, ev.net_liquidation) == (row["dpl"], row["upl"], row["nl"])
        assert (ev.market_value, ev.excess_liquidity) == (row["mv"], row["el"])


def test_recorded_frames_are_all_modelled() -> None:
    folder = recordings_dir()
    if not folder.is_dir():
        pytest.skip(f"recorded IBKR frames not found at {folder} (set IBKR_RECORDINGS_DIR)")
    files = sorted(folder.glob("ws__*.json"))
    assert files
    for path in files:
        for ev in decode_frame(path.read_text(encoding="utf-8"), None):
            assert not isinstance(ev, UnknownMessage), (path.name, ev)


_JSON_CASES = [
    '{"topic":"smd+1","31":"1.5"}',
    ' {"a": 1} ',
    '{"a": 1}\n',
    '{"a": 1} {"b": 2}',
    "\ufeff{}",
    "",
    "[1, 2",
    "NaN",
    '"text"',
    "12",
    '{"a": "\\ud800"}',
]


@pytest.mark.parametrize("text", _JSON_CASES)
def test_frames_decode_exactly_as_json_loads_does(text: str) -> None:
    from ibkr_webapi.streaming._parse import _loads

    for data in (text, text.encode("utf-8", "surrogatepass")):
        try:
            want: Any = json.loads(data)
        except ValueError as exc:
            with pytest.raises(type(exc)):
                _loads(data)
        else:
            got = _loads(data)
            assert got == want or (got != got and want != want)  # NaN


@given(
    st.recursive(
        st.none() | st.booleans() | st.floats() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
    )
)
@settings(max_examples=200)
def test_any_json_value_decodes_as_json_loads_does(value: Any) -> None:
    from ibkr_webapi.streaming._parse import _loads

    text = json.dumps(value)
    assert json.dumps(_loads(text)) == json.dumps(json.loads(text))
    assert json.dumps(_loads(text.encode())) == text


def test_market_data_events_built_on_the_hot_path_are_ordinary_frozen_dataclasses() -> None:
    import dataclasses

    from ibkr_webapi.streaming.events import new_market_data_update

    fast = new_market_data_update(265598, {"31": "C271.5"}, 7, "q1", None)
    slow = MarketDataUpdate(265598, {"31": "C271.5"}, updated_ms=7, server_id="q1")
    assert type(fast) is MarketDataUpdate and fast == slow and repr(fast) == repr(slow)
    assert dataclasses.asdict(fast) == dataclasses.asdict(slow)
    assert dataclasses.replace(fast, updates=2).updates == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.conid = 1  # type: ignore[misc]
    assert fast.values[Field.LAST].value == 271.5 and fast.values[Field.LAST].prior_close
    assert fast.values is fast.values  # parsed once
    merged = fast.merged_with(new_market_data_update(265598, {"84": "1"}, 8, None, None))
    assert type(merged) is MarketDataUpdate and merged.updates == 2 and merged.updated_ms == 8
    assert merged.fields == {"31": "C271.5", "84": "1"} and merged.server_id == "q1"


@pytest.mark.parametrize(
    "wrap", [lambda s: s, lambda s: f" {s}\n", lambda s: s.encode(), lambda s: b"\xef\xbb\xbf" + s.encode()]
)
def test_a_quote_frame_decodes_whatever_json_loads_accepts(wrap: Any) -> None:
    (event,) = decode_frame(wrap('{"topic":"smd+7","conid":7,"_updated":5,"31":"1.5"}'), None)
    assert isinstance(event, MarketDataUpdate)
    assert (event.conid, dict(event.fields), event.updated_ms) == (7, {"31": "1.5"}, 5)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ('{"topic":"smd+7","31":"1"} {}', "not JSON"),
        (b'{"topic":"smd+7","31":"\xff"}', "not JSON"),
        ('{"topic":"smd+x","31":"1"}', "bad market data"),
        ("[1]", "not a JSON object"),
    ],
)
def test_frames_json_loads_refuses_or_without_a_conid_are_unknown_messages(
    data: str | bytes, reason: str
) -> None:
    (event,) = decode_frame(data, None)
    assert isinstance(event, UnknownMessage) and (event.reason or "").startswith(reason)
