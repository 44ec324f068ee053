"""Market-data field ids and the parsing of IBKR's value strings.

IBKR's snapshot (``GET /iserver/marketdata/snapshot``) and streaming (``smd+<conid>``) answers are
objects keyed by numeric field-id strings (``"31"`` last, ``"84"`` bid ...) whose values are mostly
*display strings*: ``"1,300"``, ``"0.54%"``, ``"1.2K"`` volumes, ``"C168.42"`` (a prior close shown in
place of a last price), ``"H168.42"`` (halted), ``"-"`` / ``"N/A"`` / ``""`` for "no value". Values may
also arrive as JSON numbers or booleans. This module turns them into numbers and flags once, so the
snapshot flow, the streaming shells and users all read them the same way. Nothing here raises on a
value it does not understand: it keeps the raw value and reports the parsed value as missing.

Field ids and meanings follow IBKR's Web API documentation ("Market Data Fields" table). Where it
disagrees with our research notes the documentation wins: ``7296`` is *today's* close (the prior
close is ``7741``), ``7284`` is deprecated in favour of ``7087``, and ``6509`` has more first-letter
codes than R/D/Z/Y/N (see :class:`MarketDataAvailability`). Ids 7286-7291 (dividends, market cap,
P/E, EPS) are only in older IBKR documents and may return nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from typing import Any

__all__ = [
    "Field",
    "FieldValue",
    "Kind",
    "MarketDataAvailability",
    "Price",
    "QuoteValues",
    "Timeliness",
    "field_id",
    "kind_of",
    "parse_bool",
    "parse_field",
    "parse_fields",
    "parse_number",
    "parse_price",
    "parse_size",
]


class Field(StrEnum):
    """A market-data field; the value is IBKR's field id, so ``Field.LAST == "31"``."""

    LAST = "31"
    SYMBOL = "55"
    TEXT = "58"
    HIGH = "70"
    LOW = "71"
    MARKET_VALUE = "73"
    AVG_PRICE = "74"
    UNREALIZED_PNL = "75"
    FORMATTED_POSITION = "76"
    FORMATTED_UNREALIZED_PNL = "77"
    DAILY_PNL = "78"
    REALIZED_PNL = "79"
    UNREALIZED_PNL_PCT = "80"
    CHANGE = "82"
    CHANGE_PCT = "83"
    BID = "84"
    ASK_SIZE = "85"
    ASK = "86"
    VOLUME = "87"
    BID_SIZE = "88"
    RIGHT = "201"
    EXCHANGE = "6004"
    CONID = "6008"
    SEC_TYPE = "6070"
    MONTHS = "6072"
    REGULAR_EXPIRY = "6073"
    SERVER_ID = "6119"
    UNDERLYING_CONID = "6457"
    SERVICE_PARAMS = "6508"
    MARKET_DATA_AVAILABILITY = "6509"
    COMPANY_NAME = "7051"
    ASK_EXCHANGES = "7057"
    LAST_EXCHANGES = "7058"
    LAST_SIZE = "7059"
    BID_EXCHANGES = "7068"
    IMPLIED_VS_HIST_VOL_PCT = "7084"
    PUT_CALL_INTEREST = "7085"
    PUT_CALL_VOLUME = "7086"
    HIST_VOL_PCT = "7087"
    HIST_VOL_CLOSE_PCT = "7088"
    OPTION_VOLUME = "7089"
    CONID_EXCHANGE = "7094"
    CAN_BE_TRADED = "7184"
    CONTRACT_DESCRIPTION = "7219"
    CONTRACT_DESCRIPTION_2 = "7220"
    LISTING_EXCHANGE = "7221"
    INDUSTRY = "7280"
    CATEGORY = "7281"
    AVERAGE_VOLUME = "7282"
    OPTION_IMPLIED_VOL_PCT = "7283"
    HISTORICAL_VOL_PCT = "7284"  # deprecated by IBKR, see HIST_VOL_PCT (7087)
    PUT_CALL_RATIO = "7285"
    DIVIDEND_AMOUNT = "7286"  # older IBKR documents only
    DIVIDEND_YIELD_PCT = "7287"  # older IBKR documents only
    MARKET_CAP = "7289"  # older IBKR documents only
    PE_RATIO = "7290"  # older IBKR documents only
    EPS = "7291"  # older IBKR documents only
    COST_BASIS = "7292"
    WEEK_52_HIGH = "7293"
    WEEK_52_LOW = "7294"
    OPEN = "7295"
    CLOSE = "7296"
    DELTA = "7308"
    GAMMA = "7309"
    THETA = "7310"
    VEGA = "7311"
    OPTION_VOLUME_CHANGE_PCT = "7607"
    IMPLIED_VOL_PCT = "7633"
    MARK = "7635"
    SHORTABLE_SHARES = "7636"
    FEE_RATE = "7637"
    OPTION_OPEN_INTEREST = "7638"
    PCT_OF_MARK_VALUE = "7639"
    SHORTABLE = "7644"
    DIVIDENDS = "7671"
    DIVIDENDS_TTM = "7672"
    EMA_200 = "7674"
    EMA_100 = "7675"
    EMA_50 = "7676"
    EMA_20 = "7677"
    PRICE_EMA_200_PCT = "7678"
    PRICE_EMA_100_PCT = "7679"
    PRICE_EMA_50_PCT = "7724"
    PRICE_EMA_20_PCT = "7681"
    CHANGE_SINCE_OPEN = "7682"
    UPCOMING_EVENT = "7683"
    UPCOMING_EVENT_DATE = "7684"
    UPCOMING_ANALYST_MEETING = "7685"
    UPCOMING_EARNINGS = "7686"
    UPCOMING_MISC_EVENT = "7687"
    RECENT_ANALYST_MEETING = "7688"
    RECENT_EARNINGS = "7689"
    RECENT_MISC_EVENT = "7690"
    PROBABILITY_MAX_RETURN = "7694"
    BREAK_EVEN = "7695"
    SPX_DELTA = "7696"
    FUTURES_OPEN_INTEREST = "7697"
    LAST_YIELD = "7698"
    BID_YIELD = "7699"
    PROBABILITY_MAX_RETURN_2 = "7700"  # IBKR lists 7694 and 7700 with the same name
    PROBABILITY_MAX_LOSS = "7702"
    PROFIT_PROBABILITY = "7703"
    ORGANIZATION_TYPE = "7704"
    DEBT_CLASS = "7705"
    RATINGS = "7706"
    BOND_STATE_CODE = "7707"
    BOND_TYPE = "7708"
    LAST_TRADING_DATE = "7714"
    ISSUE_DATE = "7715"
    ASK_YIELD = "7720"
    PRIOR_CLOSE = "7741"
    VOLUME_LONG = "7762"
    HAS_TRADING_PERMISSIONS = "7768"
    DAILY_PNL_RAW = "7920"
    COST_BASIS_RAW = "7921"


class Kind(Enum):
    """How a field's value is written, which decides how it is parsed."""

    PRICE = "price"  # number, may carry the C (prior close) / H (halted) prefix
    NUMBER = "number"  # "1,300", "-12.5"
    PERCENT = "percent"  # "0.54%" -> 0.54 (in percent units)
    SIZE = "size"  # "1.2K", "1.5M", "2.3B", "300"
    INT = "int"  # conids
    BOOL = "bool"  # "1" / "0"
    AVAILABILITY = "availability"  # field 6509
    TEXT = "text"


_PRICE_FIELDS = {
    Field.LAST, Field.HIGH, Field.LOW, Field.AVG_PRICE, Field.BID, Field.ASK, Field.OPEN, Field.CLOSE,
    Field.PRIOR_CLOSE, Field.MARK, Field.WEEK_52_HIGH, Field.WEEK_52_LOW, Field.EMA_200, Field.EMA_100,
    Field.EMA_50, Field.EMA_20,
}  # fmt: skip
_SIZE_FIELDS = {
    Field.ASK_SIZE, Field.BID_SIZE, Field.VOLUME, Field.LAST_SIZE, Field.VOLUME_LONG, Field.AVERAGE_VOLUME,
    Field.OPTION_VOLUME, Field.SHORTABLE_SHARES, Field.OPTION_OPEN_INTEREST, Field.FUTURES_OPEN_INTEREST,
    Field.MARKET_CAP,
}  # fmt: skip
_PERCENT_FIELDS = {
    Field.CHANGE_PCT, Field.UNREALIZED_PNL_PCT, Field.IMPLIED_VS_HIST_VOL_PCT, Field.HIST_VOL_PCT,
    Field.HIST_VOL_CLOSE_PCT, Field.OPTION_IMPLIED_VOL_PCT, Field.HISTORICAL_VOL_PCT,
    Field.DIVIDEND_YIELD_PCT, Field.OPTION_VOLUME_CHANGE_PCT, Field.IMPLIED_VOL_PCT, Field.PCT_OF_MARK_VALUE,
    Field.PRICE_EMA_200_PCT, Field.PRICE_EMA_100_PCT, Field.PRICE_EMA_50_PCT, Field.PRICE_EMA_20_PCT,
    Field.FEE_RATE, Field.PROBABILITY_MAX_RETURN, Field.PROBABILITY_MAX_RETURN_2, Field.PROBABILITY_MAX_LOSS,
    Field.PROFIT_PROBABILITY, Field.LAST_YIELD, Field.BID_YIELD, Field.ASK_YIELD,
}  # fmt: skip
_NUMBER_FIELDS = {
    Field.MARKET_VALUE, Field.UNREALIZED_PNL, Field.DAILY_PNL, Field.REALIZED_PNL, Field.CHANGE,
    Field.PUT_CALL_INTEREST, Field.PUT_CALL_VOLUME, Field.PUT_CALL_RATIO, Field.DIVIDEND_AMOUNT,
    Field.PE_RATIO, Field.EPS, Field.COST_BASIS, Field.DELTA, Field.GAMMA, Field.THETA, Field.VEGA,
    Field.DIVIDENDS, Field.DIVIDENDS_TTM, Field.CHANGE_SINCE_OPEN, Field.SPX_DELTA, Field.DAILY_PNL_RAW,
    Field.COST_BASIS_RAW,
}  # fmt: skip
_INT_FIELDS = {Field.CONID, Field.UNDERLYING_CONID}
_BOOL_FIELDS = {Field.CAN_BE_TRADED, Field.HAS_TRADING_PERMISSIONS}

_KINDS: dict[str, Kind] = {
    **{f.value: Kind.PRICE for f in _PRICE_FIELDS},
    **{f.value: Kind.SIZE for f in _SIZE_FIELDS},
    **{f.value: Kind.PERCENT for f in _PERCENT_FIELDS},
    **{f.value: Kind.NUMBER for f in _NUMBER_FIELDS},
    **{f.value: Kind.INT for f in _INT_FIELDS},
    **{f.value: Kind.BOOL for f in _BOOL_FIELDS},
    Field.MARKET_DATA_AVAILABILITY.value: Kind.AVAILABILITY,
}


def kind_of(fid: Field | str) -> Kind:
    """The value kind of a field id; unknown ids are TEXT (parsed as a number when they look like one)."""
    return _KINDS.get(str(fid), Kind.TEXT)


def field_id(f: Field | str | int) -> str:
    """Normalise a field given as ``Field``, ``"31"`` or ``31`` to IBKR's id string."""
    if isinstance(f, Field):
        return f.value
    if isinstance(f, bool) or not isinstance(f, (str, int)):
        raise TypeError(f"a market-data field is a Field, an id string or an int, not {type(f).__name__}")
    s = str(f).strip()
    if not s.isdigit() or not s.isascii():
        raise ValueError(f"not a market-data field id: {f!r}")
    return s


def _field_key(fid: str) -> Field | str:
    try:
        return Field(fid)
    except ValueError:
        return fid


# ---------------------------------------------------------------------------------------------------
# Scalar parsers. They never raise: what they cannot read is reported as None (missing).

_MISSING_TEXT = frozenset({"", "-", "--", "n/a", "na", "none", "null", "nan"})
_NUMBER_RE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED_RE = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?")
_SUFFIX = {"K": 1e3, "M": 1e6, "B": 1e9}
_PRICE_PREFIX = re.compile(r"^([CH]+)\s*(.*)$")


def _is_missing_text(s: str) -> bool:
    return s.strip().lower() in _MISSING_TEXT


def _finite(x: float) -> float | None:
    return x if math.isfinite(x) else None


def _plain_number(s: str) -> float | None:
    """Read ``"1,300.5"`` / ``"-12"`` / ``"1e3"``; commas only as thousands separators."""
    s = s.strip().replace("\u2212", "-")  # unicode minus, seen in formatted displays
    if "," in s:
        if not _GROUPED_RE.fullmatch(s):
            return None
        s = s.replace(",", "")
    if not _NUMBER_RE.fullmatch(s):
        return None
    try:
        return _finite(float(s))
    except (ValueError, OverflowError):  # pragma: no cover - the regex admits only floats
        return None


def parse_number(value: Any) -> float | None:
    """A number from IBKR's formatting: ``"1,300"`` -> 1300.0, ``"0.54%"`` -> 0.54, ``"1.2K"`` -> 1200.0.

    JSON numbers pass through as floats. ``""``, ``"-"``, ``"N/A"``, ``None`` and anything unreadable
    give ``None``. Never raises.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        try:
            return _finite(float(value))
        except OverflowError:
            return None
    if not isinstance(value, str) or _is_missing_text(value):
        return None
    s = value.strip()
    if s.endswith("%"):
        return _plain_number(s[:-1])
    mult = _SUFFIX.get(s[-1:].upper())
    if mult is not None:
        base = _plain_number(s[:-1])
        return None if base is None else _finite(base * mult)
    return _plain_number(s)


def parse_size(value: Any) -> float | None:
    """A size or volume: ``"300"``, ``"1,300"``, ``"1.2K"``, ``"1.5M"``, ``"2.3B"`` (as numbers)."""
    return parse_number(value)


def parse_bool(value: Any) -> bool | None:
    """IBKR's flags: ``"1"``/``"0"``, ``true``/``false`` (also as strings); anything else is missing."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return {1: True, 0: False}.get(int(value)) if float(value) in (0.0, 1.0) else None
    if isinstance(value, str):
        return {"1": True, "0": False, "true": True, "false": False}.get(value.strip().lower())
    return None


@dataclass(frozen=True, slots=True)
class Price:
    """A price with IBKR's prefixes decoded.

    ``prior_close``: the value is the previous close shown in place of a trade ("C" prefix);
    ``halted``: trading is halted ("H" prefix; the value may be missing).
    """

    value: float | None
    prior_close: bool = False
    halted: bool = False


def parse_price(value: Any) -> Price:
    """``"168.42"``, ``"C168.42"`` (prior close), ``"H168.42"`` / ``"H"`` (halted), numbers. Never raises."""
    if isinstance(value, str):
        m = _PRICE_PREFIX.match(value.strip())
        if m:
            flags, rest = m.groups()
            return Price(parse_number(rest), prior_close="C" in flags, halted="H" in flags)
    return Price(parse_number(value))


# ---------------------------------------------------------------------------------------------------
# Field 6509: market data availability.


class Timeliness(StrEnum):
    """First letter of field 6509."""

    REALTIME = "R"
    DELAYED = "D"
    FROZEN = "Z"
    FROZEN_DELAYED = "Y"
    NOT_SUBSCRIBED = "N"
    STREAMING = "S"  # documented for /marketdata/history's mdAvailability; seen in live snapshots
    INCOMPLETE = "i"
    VDR_EXEMPT = "v"  # exempt under the Vendor Display Rule 603c


@dataclass(frozen=True, slots=True)
class MarketDataAvailability:
    """Field 6509 decoded.

    IBKR documents up to three letters: the timeliness (R realtime, D delayed, Z frozen, Y frozen
    delayed, N not subscribed, i incomplete, v VDR exempt; S streaming on the history endpoint), then
    P (snapshot available) or p (consolidated), then B (top of book available). Real answers skip
    letters (``"ZB"``, ``"S"``), so the letters are read by what they are, not by position; letters
    we do not know are kept in ``unknown``.
    """

    code: str
    timeliness: Timeliness | None
    snapshot: bool = False
    consolidated: bool = False
    book: bool = False
    unknown: str = ""

    @classmethod
    def parse(cls, value: Any) -> MarketDataAvailability | None:
        """Decode a 6509 value; ``None`` when it is missing or not a string."""
        if not isinstance(value, str) or _is_missing_text(value):
            return None
        code = value.strip()
        timeliness: Timeliness | None = None
        rest = code
        try:
            timeliness = Timeliness(code[0])
            rest = code[1:]
        except ValueError:
            pass
        return cls(
            code=code,
            timeliness=timeliness,
            snapshot="P" in rest,
            consolidated="p" in rest,
            book="B" in rest,
            unknown="".join(ch for ch in rest if ch not in "PpB"),
        )

    @property
    def realtime(self) -> bool:
        """Live data (R, or S streaming)."""
        return self.timeliness in (Timeliness.REALTIME, Timeliness.STREAMING)

    @property
    def delayed(self) -> bool:
        return self.timeliness in (Timeliness.DELAYED, Timeliness.FROZEN_DELAYED)

    @property
    def frozen(self) -> bool:
        return self.timeliness in (Timeliness.FROZEN, Timeliness.FROZEN_DELAYED)

    @property
    def subscribed(self) -> bool:
        """False only when IBKR says N (no subscription for real-time or delayed data)."""
        return self.timeliness is not Timeliness.NOT_SUBSCRIBED


# ---------------------------------------------------------------------------------------------------
# Whole quotes.


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One field: IBKR's ``raw`` value and the parsed ``value`` (``None`` when missing or unreadable)."""

    raw: Any
    value: float | int | bool | str | MarketDataAvailability | None
    prior_close: bool = False
    halted: bool = False

    @property
    def missing(self) -> bool:
        return self.value is None


def parse_field(fid: Field | str, raw: Any) -> FieldValue:
    """Parse one value by its field's kind. Never raises."""
    kind = kind_of(fid)
    if kind is Kind.PRICE:
        p = parse_price(raw)
        return FieldValue(raw, p.value, p.prior_close, p.halted)
    if kind in (Kind.NUMBER, Kind.PERCENT, Kind.SIZE):
        return FieldValue(raw, parse_number(raw))
    if kind is Kind.INT:
        n = parse_number(raw)
        return FieldValue(raw, int(n) if n is not None and n.is_integer() else None)
    if kind is Kind.BOOL:
        return FieldValue(raw, parse_bool(raw))
    if kind is Kind.AVAILABILITY:
        return FieldValue(raw, MarketDataAvailability.parse(raw))
    # TEXT (and unknown ids)
    if raw is None or isinstance(raw, bool):
        return FieldValue(raw, raw)
    if isinstance(raw, (int, float)):
        return FieldValue(raw, parse_number(raw))
    if isinstance(raw, str):
        if _is_missing_text(raw):
            return FieldValue(raw, None)
        if not isinstance(_field_key(str(fid)), Field):  # an id we do not know: a number if it reads as one
            n = parse_number(raw)
            if n is not None:
                return FieldValue(raw, n)
        return FieldValue(raw, raw)
    return FieldValue(raw, None)


@dataclass(frozen=True, slots=True)
class QuoteValues(Mapping[Field | str, FieldValue]):
    """Parsed field values of one instrument, keyed by :class:`Field` (unknown ids by their string).

    Because ``Field`` is a ``StrEnum``, ``values["31"]`` and ``values[Field.LAST]`` are the same entry.
    ``raw`` keeps IBKR's object as received (including ``conid``, ``_updated``, ``server_id`` ...).
    """

    fields: Mapping[Field | str, FieldValue]
    raw: Mapping[str, Any] = field(default_factory=dict)

    def __getitem__(self, key: Field | str) -> FieldValue:
        return self.fields[key]

    def __iter__(self) -> Iterator[Field | str]:
        return iter(self.fields)

    def __len__(self) -> int:
        return len(self.fields)

    def present(self, key: Field | str) -> bool:
        """True when the field came with a usable value."""
        fv = self.fields.get(key)
        return fv is not None and not fv.missing

    def number(self, key: Field | str) -> float | None:
        """The field as a float (``None`` when missing or not numeric)."""
        fv = self.fields.get(key)
        if fv is None or isinstance(fv.value, bool):
            return None
        return float(fv.value) if isinstance(fv.value, (int, float)) else None

    def text(self, key: Field | str) -> str | None:
        """The field as text (the parsed string, or the raw string for numeric fields)."""
        fv = self.fields.get(key)
        if fv is None or fv.missing:
            return None
        if isinstance(fv.value, str):
            return fv.value
        return fv.raw if isinstance(fv.raw, str) else str(fv.raw)

    def merged(self, update: Mapping[str, Any]) -> QuoteValues:
        """A new QuoteValues with a later (partial) update laid over this one, as streaming sends them."""
        return parse_fields({**self.raw, **update})


def _is_field_key(key: str) -> bool:
    return key.isdigit() and key.isascii()


def parse_fields(raw: Mapping[str, Any]) -> QuoteValues:
    """Parse one snapshot/stream object. Numeric keys are field ids; other keys stay in ``raw`` only.

    This runs for every market-data update a consumer looks at, so known field ids go through a
    precomputed table of specialised parsers (:data:`_FAST`) with fast paths for the shapes IBKR
    sends all day (``"271.55"``, ``"C271.55"``, ``"1,300"``, ``"0.54%"``); anything else falls back
    to :func:`parse_field`, so results are identical to :func:`_parse_fields_reference`.
    """
    qv = parse_owned_fields(raw)
    _set_qv_raw(qv, dict(raw))
    return qv


def parse_owned_fields(raw: Mapping[str, Any]) -> QuoteValues:
    """:func:`parse_fields` for a mapping nobody changes any more: it becomes the result's ``raw``
    without a copy (a ``MarketDataUpdate`` shares its ``fields`` with its ``values`` this way)."""
    fields: dict[Field | str, FieldValue] = {}
    table = _FAST
    for key, value in raw.items():
        entry = table.get(key)
        if entry is not None:
            if type(value) is str:
                fv = entry[2].get(value)
                if fv is None:
                    fv = _parse_and_remember(entry, value)
                fields[entry[0]] = fv
            else:
                fields[entry[0]] = entry[1](value)
            continue
        k = str(key)
        if _is_field_key(k):
            fields[_field_key(k)] = parse_field(k, value)
    qv: Any = _QuoteValuesBuilder(fields, raw)
    qv.__class__ = QuoteValues  # see _QuoteValuesBuilder
    return qv  # type: ignore[no-any-return]


def _parse_fields_reference(raw: Mapping[str, Any]) -> QuoteValues:
    """The plain definition of :func:`parse_fields` (one :func:`parse_field` per id); tests compare."""
    fields: dict[Field | str, FieldValue] = {}
    for key, value in raw.items():
        k = str(key)
        if _is_field_key(k):
            fields[_field_key(k)] = parse_field(k, value)
    return QuoteValues(fields=fields, raw=dict(raw))


# ---------------------------------------------------------------------------------------------------
# The fast path. Each specialised parser handles the common shapes of its kind and hands anything
# else to ``parse_field``. "Plain" below means ASCII digits with at most one dot (``"271.55"``,
# ``"100"``, ``".5"``, ``"1."``): exactly what ``_NUMBER_RE`` accepts without sign or exponent, so
# ``float()`` reads it the same way; the only extra check is overflow to infinity (400 digits).

_new = object.__new__
_INF = math.inf
_FAST_SUFFIX = {**_SUFFIX, **{k.lower(): v for k, v in _SUFFIX.items()}}
_set_raw = FieldValue.__dict__["raw"].__set__  # slot descriptors: skip the frozen __setattr__
_set_value = FieldValue.__dict__["value"].__set__
_set_prior_close = FieldValue.__dict__["prior_close"].__set__
_set_halted = FieldValue.__dict__["halted"].__set__
_set_qv_raw = QuoteValues.__dict__["raw"].__set__


class _QuoteValuesBuilder(Mapping[Field | str, FieldValue]):
    """The slot layout of ``QuoteValues`` (same base, same slots) without its frozen
    ``__setattr__``: filled with plain attribute stores, then made a ``QuoteValues`` by ``__class__``
    assignment, the same frozen object about twice as fast as the dataclass ``__init__``."""

    __slots__ = QuoteValues.__slots__  # type: ignore[attr-defined]

    def __init__(self, fields: dict[Field | str, FieldValue], raw: Mapping[str, Any]) -> None:
        self.fields = fields
        self.raw = raw

    __getitem__ = QuoteValues.__getitem__
    __iter__ = QuoteValues.__iter__
    __len__ = QuoteValues.__len__


def _fv(raw: Any, value: Any, prior_close: bool = False, halted: bool = False) -> FieldValue:
    """``FieldValue(raw, value, prior_close, halted)`` without the frozen-dataclass ``__init__``."""
    fv: FieldValue = _new(FieldValue)
    _set_raw(fv, raw)
    _set_value(fv, value)
    _set_prior_close(fv, prior_close)
    _set_halted(fv, halted)
    return fv


def _plain(s: str) -> float | None:
    """``float(s)`` when ``s`` is a plain unsigned decimal (see above), else None (not "missing")."""
    t = s.replace(".", "", 1)
    if t.isdigit() and t.isascii():
        x = float(s)
        if x != _INF:
            return x
    return None


def _fast_price(fid: str) -> Callable[[Any], FieldValue]:
    def parse(raw: Any) -> FieldValue:
        if type(raw) is str:
            x = _plain(raw)
            if x is not None:
                return _fv(raw, x)
            if raw[:1] == "C":
                y = _plain(raw[1:])
                if y is not None:
                    return _fv(raw, y, True)
        elif type(raw) is float and raw - raw == 0.0:  # finite
            return _fv(raw, raw)
        return parse_field(fid, raw)

    return parse


def _fast_number(fid: str) -> Callable[[Any], FieldValue]:
    def parse(raw: Any) -> FieldValue:
        if type(raw) is str:
            x = _plain(raw)
            if x is not None:
                return _fv(raw, x)
            if "," in raw:
                if _GROUPED_RE.fullmatch(raw):  # "1,300": the same test parse_number makes
                    g = float(raw.replace(",", ""))
                    if g - g == 0.0:
                        return _fv(raw, g)
            else:
                last = raw[-1:]
                if last == "%":
                    y = _plain(raw[:-1])
                    if y is not None:
                        return _fv(raw, y)
                else:
                    mult = _FAST_SUFFIX.get(last)  # "1.2K", "2.3M"
                    if mult is not None:
                        y = _plain(raw[:-1])
                        if y is not None:
                            y *= mult
                            if y != _INF:
                                return _fv(raw, y)
        elif type(raw) is float and raw - raw == 0.0:
            return _fv(raw, raw)
        return parse_field(fid, raw)

    return parse


def _fast_int(fid: str) -> Callable[[Any], FieldValue]:
    def parse(raw: Any) -> FieldValue:
        if type(raw) is int and -(2**53) <= raw <= 2**53:  # exactly representable: float round trip
            return _fv(raw, raw)
        return parse_field(fid, raw)

    return parse


def _fast_text(fid: str) -> Callable[[Any], FieldValue]:
    def parse(raw: Any) -> FieldValue:
        if type(raw) is str and raw.strip().lower() not in _MISSING_TEXT:
            return _fv(raw, raw)  # a known text field keeps its string
        return parse_field(fid, raw)

    return parse


def _fallback(fid: str) -> Callable[[Any], FieldValue]:
    def parse(raw: Any) -> FieldValue:
        return parse_field(fid, raw)

    return parse


_FACTORIES: dict[Kind, Callable[[str], Callable[[Any], FieldValue]]] = {
    Kind.PRICE: _fast_price,
    Kind.NUMBER: _fast_number,
    Kind.PERCENT: _fast_number,
    Kind.SIZE: _fast_number,
    Kind.INT: _fast_int,
    Kind.TEXT: _fast_text,
}

_Entry = tuple[Field, Callable[[Any], FieldValue], dict[str, FieldValue]]
_CACHES: dict[Kind, dict[str, FieldValue]] = {kind: {} for kind in Kind}
_CACHE_MAX = 4096

_FAST: dict[str, _Entry] = {
    f.value: (f, _FACTORIES.get(kind_of(f), _fallback)(f.value), _CACHES[kind_of(f)]) for f in Field
}
"""Known field id -> (the ``Field`` key, its specialised parser, the string cache of its kind).

Why a cache: a quote stream repeats the same strings all day (prices near the last trade, round
lot sizes, "q1", "RpB"), and for a known field the parsed value depends only on its kind and the
string. ``FieldValue`` is immutable, so sharing one between updates is safe. Each kind's cache is
bounded (cleared when full), so hostile or ever-changing input costs a parse, never memory.
"""


def _parse_and_remember(entry: _Entry, value: str) -> FieldValue:
    fv = entry[1](value)
    cache = entry[2]
    if len(cache) >= _CACHE_MAX:
        cache.clear()
    cache[value] = fv
    return fv
