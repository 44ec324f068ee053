"""Parsing of IBKR market-data values: every format IBKR is known to send, and never an exception."""

from __future__ import annotations

import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from recordings import recording

from ibkr_webapi import fields as fields_module
from ibkr_webapi.fields import (
    Field,
    MarketDataAvailability,
    Price,
    QuoteValues,
    Timeliness,
    field_id,
    parse_bool,
    parse_field,
    parse_fields,
    parse_number,
    parse_price,
    parse_size,
)

# Recorded snapshot rows are read where they live (tests/recordings.py), never copied in here.
SNAPSHOT_ONE_ROW = "get_iserver_marketdata_snapshot__1.json"  # one streaming ("S") row, 11 fields
SNAPSHOT_THREE_ROWS = "get_iserver_marketdata_snapshot__2.json"  # two frozen rows, one with no data
_METADATA = ("conid", "conidEx", "_updated", "server_id")


def test_field_values_are_ibkr_ids() -> None:
    assert Field.LAST == "31"
    assert Field.BID == "84" and Field.ASK == "86" and Field.VOLUME_LONG == "7762"
    assert Field.MARKET_DATA_AVAILABILITY == "6509" and Field.SERVER_ID == "6119"
    assert Field.CLOSE == "7296" and Field.PRIOR_CLOSE == "7741"
    assert len({f.value for f in Field}) == len(list(Field))  # no id twice


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (Field.LAST, "31"),
        ("84", "84"),
        (86, "86"),
        (" 7762 ", "7762"),
    ],
)
def test_field_id_normalises(given: Any, expected: str) -> None:
    assert field_id(given) == expected


@pytest.mark.parametrize("bad", ["last", "", "3 1", "-1", "٣١"])
def test_field_id_rejects_non_ids(bad: str) -> None:
    with pytest.raises(ValueError):
        field_id(bad)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1,300", 1300.0),
        ("1,234,567.25", 1234567.25),
        ("412.37", 412.37),
        ("-3.50", -3.5),
        ("+3.50", 3.5),
        ("0.54%", 0.54),
        ("-1.2%", -1.2),
        ("1.2K", 1200.0),
        ("1.5M", 1_500_000.0),
        ("2.3B", 2_300_000_000.0),
        ("500k", 500_000.0),
        (" 42 ", 42.0),
        ("1e3", 1000.0),
        (12, 12.0),
        (12.5, 12.5),
        ("", None),
        ("-", None),
        ("N/A", None),
        ("n/a", None),
        (None, None),
        ("abc", None),
        ("1,30", None),
        ("1_000", None),
        ("inf", None),
        ("nan", None),
        (float("inf"), None),
        ("K", None),
        ("%", None),
    ],
)
def test_parse_number(raw: Any, expected: float | None) -> None:
    got = parse_number(raw)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("168.42", Price(168.42)),
        ("C168.42", Price(168.42, prior_close=True)),
        ("H168.42", Price(168.42, halted=True)),
        ("H", Price(None, halted=True)),
        ("C1,168.42", Price(1168.42, prior_close=True)),
        (168.42, Price(168.42)),
        ("N/A", Price(None)),
        ("-", Price(None)),
    ],
)
def test_parse_price(raw: Any, expected: Price) -> None:
    assert parse_price(raw) == expected


def test_parse_size_and_bool() -> None:
    assert parse_size("1.2K") == 1200.0
    assert parse_size("300") == 300.0
    assert parse_bool("1") is True and parse_bool("0") is False and parse_bool(True) is True
    assert parse_bool("maybe") is None and parse_bool(None) is None


@pytest.mark.parametrize(
    ("code", "timeliness", "snapshot", "consolidated", "book"),
    [
        ("R", Timeliness.REALTIME, False, False, False),
        ("RpB", Timeliness.REALTIME, False, True, True),
        ("DPB", Timeliness.DELAYED, True, False, True),
        ("ZB", Timeliness.FROZEN, False, False, True),  # recorded live: letters skipped
        ("Y", Timeliness.FROZEN_DELAYED, False, False, False),
        ("N", Timeliness.NOT_SUBSCRIBED, False, False, False),
        ("S", Timeliness.STREAMING, False, False, False),  # recorded live
        ("iP", Timeliness.INCOMPLETE, True, False, False),
        ("v", Timeliness.VDR_EXEMPT, False, False, False),
    ],
)
def test_availability(
    code: str, timeliness: Timeliness, snapshot: bool, consolidated: bool, book: bool
) -> None:
    a = MarketDataAvailability.parse(code)
    assert a is not None
    assert (a.timeliness, a.snapshot, a.consolidated, a.book) == (timeliness, snapshot, consolidated, book)
    assert a.code == code


def test_availability_helpers_and_unknown_letters() -> None:
    a = MarketDataAvailability.parse("DpX")
    assert a is not None and a.delayed and not a.realtime and a.unknown == "X"
    y = MarketDataAvailability.parse("Y")
    assert y is not None and y.frozen and y.delayed
    n = MarketDataAvailability.parse("N")
    assert n is not None and not n.subscribed
    q = MarketDataAvailability.parse("QP")
    assert q is not None and q.timeliness is None and q.snapshot
    assert MarketDataAvailability.parse("") is None and MarketDataAvailability.parse(3) is None


def test_parse_fields_recorded_row() -> None:
    (row,) = recording(SNAPSHOT_ONE_ROW)
    q = parse_fields(row)
    assert q.number(Field.LAST) == pytest.approx(float(row["31"]))
    assert q["31"] is q[Field.LAST]
    assert q.number(Field.VOLUME) == float(row["87"])
    assert q.number(Field.CHANGE_PCT) == pytest.approx(float(row["83"].rstrip("%")))  # "0.54%" style
    avail = q[Field.MARKET_DATA_AVAILABILITY].value
    assert isinstance(avail, MarketDataAvailability) and avail.code == row["6509"] and avail.realtime
    assert "conid" not in q and q.raw["conid"] == row["conid"]  # metadata kept raw, not as a field
    assert q[Field.LAST].raw == row["31"]
    assert {str(k) for k in q} == {k for k in row if k not in _METADATA}  # every field id, no metadata
    assert dict(q.raw) == row


def test_parse_fields_recorded_frozen_rows_and_no_data_markers() -> None:
    rows = recording(SNAPSHOT_THREE_ROWS)
    parsed = [parse_fields(row) for row in rows]
    for row, q in zip(rows, parsed, strict=True):
        assert q.text(Field.SERVER_ID) == row["6119"] and q.raw["conid"] == row["conid"]
        if "6508" in row:
            assert q.text(Field.SERVICE_PARAMS) == row["6508"]
        if "6509" in row:
            avail = q[Field.MARKET_DATA_AVAILABILITY].value
            assert isinstance(avail, MarketDataAvailability) and avail.code == row["6509"] and avail.frozen
        for fid in ("31", "84", "86"):
            if fid in row and row[fid] not in ("-", "N/A"):
                assert q.number(fid) == pytest.approx(float(row[fid]))
    no_data = [(row, q) for row, q in zip(rows, parsed, strict=True) if row.get("31") == "N/A"]
    assert no_data  # the recording's point: a conid without data answers markers, not numbers
    for row, q in no_data:
        assert not q.present(Field.LAST) and q[Field.LAST].raw == "N/A"
        assert not q.present(Field.SYMBOL) and q[Field.SYMBOL].raw == row["55"]


def test_parse_fields_missing_markers_and_unknown_ids() -> None:
    q = parse_fields({"55": "-", "31": "N/A", "9999": "12", "6508": "&serviceID1=907", "6119": "q5"})
    assert not q.present(Field.SYMBOL) and not q.present(Field.LAST)
    assert q[Field.SYMBOL].raw == "-"
    assert "9999" in q and q.number("9999") == 12.0  # unknown id kept by its string key
    assert not isinstance(next(k for k in q if k == "9999"), Field)
    assert q.text(Field.SERVICE_PARAMS) == "&serviceID1=907"
    assert q.text(Field.SERVER_ID) == "q5"


def test_parse_fields_typed_values() -> None:
    q = parse_fields({"6008": 265598, "7184": "1", "7768": "0", "31": "C168.42", "7295": "H"})
    assert q[Field.CONID].value == 265598
    assert q[Field.CAN_BE_TRADED].value is True and q[Field.HAS_TRADING_PERMISSIONS].value is False
    assert q[Field.LAST].prior_close and q.number(Field.LAST) == pytest.approx(168.42)
    assert q[Field.OPEN].halted and not q.present(Field.OPEN)


def test_merged_update_overrides() -> None:
    q = parse_fields({"31": "1.00", "84": "0.99"})
    q2 = q.merged({"31": "1.01"})
    assert q2.number(Field.LAST) == pytest.approx(1.01) and q2.number(Field.BID) == pytest.approx(0.99)
    assert isinstance(q2, QuoteValues) and q.number(Field.LAST) == pytest.approx(1.0)


# ---------------------------------------------------------------------------------------------------
# Properties


@given(st.text())
def test_parsers_never_raise_on_strings(s: str) -> None:
    parse_number(s)
    parse_price(s)
    parse_bool(s)
    MarketDataAvailability.parse(s)
    for f in (Field.LAST, Field.VOLUME, Field.CONID, Field.CAN_BE_TRADED, Field.SYMBOL, "4242"):
        fv = parse_field(f, s)
        assert fv.raw == s


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True, allow_infinity=True), st.text()
)


@given(st.dictionaries(st.one_of(st.text(), st.from_regex(r"\d{1,5}", fullmatch=True)), json_scalars))
def test_parse_fields_never_raises(raw: dict[str, Any]) -> None:
    q = parse_fields(raw)
    assert dict(q.raw) == raw
    for k in q:
        v = q[k].value
        assert not (isinstance(v, float) and not math.isfinite(v))


prices = st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False, allow_infinity=False)


@given(prices)
def test_grouped_numbers_round_trip(d: Any) -> None:
    text = f"{d:,.2f}"  # IBKR's display: thousands separators, fixed decimals
    got = parse_number(text)
    assert got is not None and got == pytest.approx(float(d), abs=1e-9)


@given(prices, st.sampled_from(["", "C", "H"]))
def test_prefixed_prices_round_trip(d: Any, prefix: str) -> None:
    p = parse_price(f"{prefix}{d:.2f}")
    assert p.value == pytest.approx(float(d), abs=1e-9)
    assert p.prior_close == (prefix == "C") and p.halted == (prefix == "H")


@given(
    st.decimals(min_value=0, max_value=999, places=1), st.sampled_from([("K", 1e3), ("M", 1e6), ("B", 1e9)])
)
def test_suffixed_sizes_round_trip(d: Any, suffix: tuple[str, float]) -> None:
    letter, mult = suffix
    assert parse_size(f"{d}{letter}") == pytest.approx(float(d) * mult)


@given(st.decimals(min_value=-1000, max_value=1000, places=2))
def test_percent_round_trip(d: Any) -> None:
    assert parse_number(f"{d}%") == pytest.approx(float(d))


# ---------------------------------------------------------------------------------------------------
# The fast path of parse_fields (specialised parsers per field, string caches) must give exactly the
# results of the plain definition (one parse_field per id), including key and value types.

_EDGE_STRINGS = [
    "", " ", "-", "--", "N/A", "n/a", "none", "NaN", "inf", "-inf", "1e5", "1E-3", ".", ".5", "1.", "0",
    "00", "-0", "+1", " 1 ", "1 ", "1\n", "1.2.3", "9" * 400, "C" + "9" * 400, "9" * 400 + "K", "1e308K",
    "1,300", "1,30", ",300", "1,300.5", "-1,300", "1,300%", "1,300K", "12%", "%",
    "\u0661\u0662", "\u0661,\u0663\u0660\u0660", "\u00b2",  # Arabic-Indic digits, superscript two
    "-1.2%", "1.2K", "1.2k", "500m", "2.3B", "K", "C", "H", "CH1", "HC1", "C 1", "C-1", "C1,300", "Cx",
    "H168.42", "C168.42", "C.5", "S", "RpB", "DPB", "ZB", "QP", "q1", "&serviceID1=122", "true", "1\u2212",
]  # fmt: skip
_FIELD_IDS = [f.value for f in Field]

field_strings = st.one_of(
    st.sampled_from(_EDGE_STRINGS),
    st.from_regex(r"[CH ]?[+\-]?[0-9,]{0,8}(\.[0-9]{0,3})?[%KMBkmb ]?", fullmatch=True),
    st.decimals(min_value=-(10**7), max_value=10**7, places=2).map(lambda d: f"{d:,.2f}"),
    st.text(max_size=8),
)
field_values = st.one_of(
    field_strings,
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**60), max_value=2**60) | st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.lists(st.integers(), max_size=2),
)
field_keys = st.one_of(
    st.sampled_from(_FIELD_IDS), st.from_regex(r"\d{1,5}", fullmatch=True), st.text(max_size=4)
)


def _typed(q: QuoteValues) -> list[tuple[Any, ...]]:
    return [(type(k), k, type(v.value), v) for k, v in q.fields.items()]


@given(st.dictionaries(field_keys, field_values, max_size=12))
def test_fast_parse_fields_agrees_with_the_reference(raw: dict[str, Any]) -> None:
    expected = fields_module._parse_fields_reference(raw)
    first = parse_fields(raw)  # may fill the caches
    second = parse_fields(raw)  # may read them
    assert _typed(first) == _typed(expected) == _typed(second)
    assert dict(first.raw) == dict(expected.raw) == raw
    assert first.raw is not raw  # parse_fields keeps a copy; parse_owned_fields shares the caller's
    owned = fields_module.parse_owned_fields(raw)
    assert _typed(owned) == _typed(expected) and owned.raw is raw


def test_quote_values_built_on_the_fast_path_are_ordinary_frozen_dataclasses() -> None:
    import dataclasses

    fast = parse_fields({"31": "C1.5", "84": "1.4"})
    assert type(fast) is QuoteValues and fast == fields_module._parse_fields_reference(
        {"31": "C1.5", "84": "1.4"}
    )
    assert repr(fast).startswith("QuoteValues(fields=") and list(fast) == [Field.LAST, Field.BID]
    assert fast.number(Field.LAST) == 1.5 and fast[Field.LAST].prior_close and len(fast) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.raw = {}  # type: ignore[misc]


def test_fast_parse_fields_agrees_on_every_field_and_edge_value() -> None:
    values: list[Any] = [
        *_EDGE_STRINGS,
        None,
        True,
        False,
        0,
        1,
        2**53 + 1,
        -(2**70),
        1.5,
        math.inf,
        math.nan,
    ]
    for fid in [*_FIELD_IDS, "4242", "031"]:
        for value in values:
            raw = {fid: value}
            for _ in range(2):  # cache miss, then hit
                assert _typed(parse_fields(raw)) == _typed(fields_module._parse_fields_reference(raw)), raw


def test_fast_parse_fields_agrees_when_caches_overflow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fields_module, "_CACHE_MAX", 2)
    for cache in fields_module._CACHES.values():
        cache.clear()
    for i in range(50):
        raw = {"31": f"{i}.5", "84": f"C{i}", "87": f"{i},000", "6509": "RpB"[: 1 + i % 3], "55": f"S{i}"}
        assert _typed(parse_fields(raw)) == _typed(fields_module._parse_fields_reference(raw))
        assert all(len(c) <= 2 for c in fields_module._CACHES.values())
