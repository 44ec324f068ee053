"""Order request models, client-side validation, and the typed results of order calls.

Validation runs before anything is sent, so a malformed order costs no request, no pacing budget and
no risk: the caller gets a :class:`~ibkr_webapi.ValidationError` naming the offending field.

Wire names follow IBKR's documentation of ``POST /iserver/account/{accountId}/orders``: ``price`` is
the limit price for LMT *and the stop price for STP*; ``auxPrice`` is the stop price of STOP_LIMIT.
The model keeps one meaning per attribute instead (``price`` = limit, ``aux_price`` = stop/trigger)
and :meth:`Order.to_wire` maps it, so a stop order is always written ``aux_price=...``.
"""

from __future__ import annotations

import math
import re
import secrets
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from .. import _coerce
from .._exceptions import ValidationError
from ..fields import parse_number

__all__ = [
    "MAX_COID_LENGTH",
    "SPREAD_CONIDS",
    "CancelAck",
    "LiveOrder",
    "MarginChange",
    "Order",
    "OrderAck",
    "OrderGroup",
    "OrderPreview",
    "OrderStatusDetail",
    "OrderType",
    "Side",
    "TimeInForce",
    "bracket",
    "combo_conidex",
    "new_coid",
    "oca",
]


class Side(StrEnum):
    BUY = "BUY"
    SELL = "SELL"

    @property
    def opposite(self) -> Side:
        return Side.SELL if self is Side.BUY else Side.BUY


class OrderType(StrEnum):
    """IBKR Web API order types (``orderType``)."""

    LIMIT = "LMT"
    MARKET = "MKT"
    STOP = "STP"
    STOP_LIMIT = "STOP_LIMIT"
    MIDPRICE = "MIDPRICE"
    TRAILING_STOP = "TRAIL"
    TRAILING_STOP_LIMIT = "TRAILLMT"
    MARKET_ON_CLOSE = "MOC"
    LIMIT_ON_CLOSE = "LOC"
    # Aliases, so OrderType["LMT"] and friends work too.
    LMT = "LMT"
    MKT = "MKT"
    STP = "STP"
    STP_LIMIT = "STOP_LIMIT"
    TRAIL = "TRAIL"
    TRAILLMT = "TRAILLMT"
    MOC = "MOC"
    LOC = "LOC"


class TimeInForce(StrEnum):
    DAY = "DAY"
    GTC = "GTC"
    IOC = "IOC"
    OPG = "OPG"
    PAX = "PAX"  # crypto
    OVT = "OVT"  # overnight
    OND = "OND"  # overnight + day


#: IBKR's "spread conids" for combo (BAG) orders by the legs' currency, from IBKR's Web API
#: documentation ("Combo / Spread Orders"). Non-USD combos are routed as ``"<spread>@<exchange>"``.
SPREAD_CONIDS: Mapping[str, int] = {
    "AUD": 61227077,
    "CAD": 61227082,
    "CHF": 61227087,
    "CNH": 136000441,
    "GBP": 58666491,
    "HKD": 61227072,
    "INR": 136000444,
    "JPY": 61227069,
    "KRW": 136000424,
    "MXN": 136000449,
    "SEK": 136000429,
    "SGD": 426116555,
    "USD": 28812380,
}

#: IBKR does not publish a cOID length limit; we refuse longer ids before sending rather than
#: finding out from a reject. Generated ids are 20 characters.
MAX_COID_LENGTH = 40
_COID_RE = re.compile(r"[A-Za-z0-9._:\-]+")
_COMBO_RE = re.compile(r"\d+(@[A-Za-z0-9.]+)?;;;-?\d+/-?\d+(,-?\d+/-?\d+)*")
_CONIDEX_RE = re.compile(r"\d+(@[A-Za-z0-9.]+)?")
_CONIDEX_CONIDS = re.compile(r"(?:^|;;;|,)(\d+)")
#: Largest leg ratio of a combo (IBKR's combos use small ratios such as 1, 2, 100).
MAX_COMBO_RATIO = 10_000

#: The IBKR wire names :meth:`Order.to_wire` writes, and other names of the same things (TWS API
#: names, snake_case). ``extra`` may set none of them, in any case, with or without underscores:
#: every one of them is an order attribute that is validated, or that IBKR could read as one.
_WIRE_NAMES = (
    "orderType",
    "origOrderType",
    "side",
    "action",
    "tif",
    "timeInForce",
    "outsideRTH",
    "conid",
    "conidex",
    "quantity",
    "totalQuantity",
    "size",
    "qty",
    "price",
    "lmtPrice",
    "limitPrice",
    "auxPrice",
    "stopPrice",
    "trailingAmt",
    "trailingType",
    "trailStopPrice",
    "trailingPercent",
    "cOID",
    "clientOrderId",
    "orderRef",
    "order_ref",
    "parentId",
    "listingExchange",
    "secType",
    "ticker",
    "cashQty",
    "acctId",
    "accountId",
    "account",
    "useAdaptive",
    "isCcyConv",
    "manualIndicator",
    "referrer",
    "strategy",
    "strategyParameters",
    "isSingleGroup",
    "orderId",
)


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").lower()


def new_coid(prefix: str = "ibw") -> str:
    """A fresh client order id: prefix, base-36 seconds, 10 random hex digits (unique per day with margin)."""
    return f"{prefix}-{_b36(int(time.time()))}-{secrets.token_hex(5)}"[:MAX_COID_LENGTH]


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while n:
        n, r = divmod(n, 36)
        out = digits[r] + out
    return out or "0"


def combo_conidex(
    legs: Iterable[tuple[int, int]] | Mapping[int, int],
    *,
    currency: str = "USD",
    spread_conid: int | None = None,
    exchange: str | None = None,
) -> str:
    """IBKR's combo ``conidex``: ``"{spread_conid};;;{leg_conid}/{ratio},..."``.

    ``legs`` are (conid, ratio) pairs; a negative ratio sells the leg. The spread conid comes from
    :data:`SPREAD_CONIDS` by ``currency`` unless given; ``exchange`` appends ``@EXCHANGE`` (needed for
    non-US combos).
    """
    pairs = list(legs.items()) if isinstance(legs, Mapping) else list(legs)
    if len(pairs) < 2:
        raise ValidationError("a combo needs at least two legs", field="legs")
    if spread_conid is None:
        try:
            spread_conid = SPREAD_CONIDS[currency.upper()]
        except KeyError:
            raise ValidationError(
                f"no spread conid known for currency {currency!r}", field="currency"
            ) from None
    parts = []
    _coerce.conid(spread_conid, "spread_conid")
    for conid, ratio in pairs:
        _coerce.conid(conid, "legs")
        if (
            isinstance(ratio, bool)
            or not isinstance(ratio, int)
            or ratio == 0
            or abs(ratio) > MAX_COMBO_RATIO
        ):
            raise ValidationError(
                f"leg ratio must be a non-zero int of at most {MAX_COMBO_RATIO}, got {ratio!r}", field="legs"
            )
        parts.append(f"{conid}/{ratio}")
    head = f"{spread_conid}@{exchange}" if exchange else str(spread_conid)
    return f"{head};;;{','.join(parts)}"


def _coerce_enum(enum: type[StrEnum], value: Any, name: str) -> Any:
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        key = value.strip().upper()
        try:
            return enum(key)
        except ValueError:
            if key in enum.__members__:
                return enum.__members__[key]
    allowed = ", ".join(sorted({m.value for m in enum}))
    raise ValidationError(f"{name} must be one of {allowed}; got {value!r}", field=name)


def _finite_number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(f"{name} must be a number, got {type(value).__name__}", field=name)
    x = float(value)
    if not math.isfinite(x):
        raise ValidationError(f"{name} must be finite, got {value!r}", field=name)
    return x


def _check_conidex(conidex: str) -> None:
    """Every conid in a conidex (spread and legs) in IBKR's range; combo ratios non-zero and bounded."""
    for digits in _CONIDEX_CONIDS.findall(conidex):
        _coerce.conid(digits, "conidex", text=True)
    if ";;;" in conidex:
        for leg in conidex.split(";;;", 1)[1].split(","):
            ratio = int(leg.split("/", 1)[1])
            if ratio == 0 or abs(ratio) > MAX_COMBO_RATIO:
                raise ValidationError(
                    f"combo leg ratio {ratio} in {conidex!r} must be non-zero and at most {MAX_COMBO_RATIO}",
                    field="conidex",
                )


def _check_extra(extra: Any) -> Mapping[str, Any]:
    """``extra`` as a read-only copy, refusing keys that would override or contradict a field."""
    if not isinstance(extra, Mapping):
        raise ValidationError(f"extra must be a mapping, got {type(extra).__name__}", field="extra")
    bad_type = [k for k in extra if not isinstance(k, str)]
    if bad_type:
        raise ValidationError(f"extra keys must be strings, got {bad_type[0]!r}", field="extra")
    clash = sorted(k for k in extra if _key(k) in _RESERVED)
    if clash:
        raise ValidationError(
            f"extra may not set {', '.join(clash)}: "
            + ("it is a validated order field" if len(clash) == 1 else "they are validated order fields")
            + " (or another name of one); use Order's own arguments instead",
            field="extra",
        )
    return MappingProxyType(dict(extra))


@dataclass(frozen=True, slots=True)
class Order:
    """One order, validated on construction.

    ``price`` is the limit price (LMT, STOP_LIMIT, TRAILLMT, LOC); ``aux_price`` the stop / trigger
    price (STP, STOP_LIMIT). Give ``conid`` or a ``conidex`` (``"conid@EXCHANGE"`` or a combo from
    :func:`combo_conidex`). ``coid`` is your client order id; one is generated at placement if you
    leave it out. ``extra`` passes further IBKR fields through unchanged, but never one that an
    argument of ``Order`` sets (``cOID``, ``side``, ``quantity``, ``price``, ``acctId`` ... in any
    spelling: ``ValidationError``), so what is sent is exactly what the ``Order`` says. Values IBKR
    cannot take are refused here too (see :mod:`ibkr_webapi._coerce`: conids are positive 32-bit
    integers, quantities 1e-8..1e9, prices finite with magnitude 1e-8..1e9).
    """

    side: Side | str
    quantity: float | None
    order_type: OrderType | str = OrderType.LIMIT
    conid: int | None = None
    conidex: str | None = None
    price: float | None = None
    aux_price: float | None = None
    tif: TimeInForce | str = TimeInForce.DAY
    outside_rth: bool = False
    coid: str | None = None
    parent_id: str | None = None
    listing_exchange: str | None = None
    sec_type: str | None = None
    ticker: str | None = None
    trailing_amount: float | None = None
    trailing_type: str | None = None  # "amt" or "%"
    cash_qty: float | None = None
    account_id: str | None = None
    use_adaptive: bool | None = None
    is_ccy_conv: bool | None = None
    manual_indicator: bool | None = None
    referrer: str | None = None
    strategy: str | None = None
    strategy_parameters: Mapping[str, Any] | None = None
    is_single_group: bool | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "side", _coerce_enum(Side, self.side, "side"))
        object.__setattr__(self, "order_type", _coerce_enum(OrderType, self.order_type, "order_type"))
        object.__setattr__(self, "tif", _coerce_enum(TimeInForce, self.tif, "tif"))
        object.__setattr__(self, "extra", _check_extra(self.extra))
        self._validate()

    # -- validation ------------------------------------------------------------------------------
    @property
    def is_combo(self) -> bool:
        return self.conidex is not None and ";;;" in self.conidex

    def _validate(self) -> None:
        if (self.conid is None) == (self.conidex is None):
            raise ValidationError("give exactly one of conid or conidex", field="conid")
        if self.conid is not None:
            _coerce.conid(self.conid)
        if self.conidex is not None:
            if not (
                isinstance(self.conidex, str)
                and (_COMBO_RE.fullmatch(self.conidex) or _CONIDEX_RE.fullmatch(self.conidex))
            ):
                raise ValidationError(f"malformed conidex {self.conidex!r}", field="conidex")
            _check_conidex(self.conidex)
        if self.cash_qty is not None:
            _coerce.price(self.cash_qty, "cash_qty")
            if self.quantity is not None:
                raise ValidationError("give quantity or cash_qty, not both", field="quantity")
        else:
            if self.quantity is None:
                raise ValidationError("quantity is required", field="quantity")
            _coerce.quantity(self.quantity)
        ot = OrderType(self.order_type)
        needs_price = ot in (
            OrderType.LIMIT,
            OrderType.STOP_LIMIT,
            OrderType.TRAILING_STOP_LIMIT,
            OrderType.LOC,
        )
        needs_aux = ot in (OrderType.STOP, OrderType.STOP_LIMIT)
        if needs_price and self.price is None:
            raise ValidationError(f"a {ot.value} order needs a price", field="price")
        if not needs_price and self.price is not None and ot is not OrderType.MIDPRICE:
            raise ValidationError(f"a {ot.value} order takes no limit price", field="price")
        if needs_aux and self.aux_price is None:
            raise ValidationError(f"a {ot.value} order needs aux_price (the stop price)", field="aux_price")
        if not needs_aux and self.aux_price is not None:
            raise ValidationError(f"a {ot.value} order takes no aux_price", field="aux_price")
        for name in ("price", "aux_price"):
            value = getattr(self, name)
            if value is not None:  # combo net prices may be zero or negative
                _coerce.price(value, name, allow_nonpositive=self.is_combo)
        if ot in (OrderType.TRAILING_STOP, OrderType.TRAILING_STOP_LIMIT):
            if self.trailing_amount is None:
                raise ValidationError("a trailing order needs trailing_amount > 0", field="trailing_amount")
            _coerce.price(self.trailing_amount, "trailing_amount")
            if self.trailing_type not in ("amt", "%"):
                raise ValidationError('trailing_type must be "amt" or "%"', field="trailing_type")
        for name in ("coid", "parent_id"):
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, str) or not _COID_RE.fullmatch(value) or len(value) > MAX_COID_LENGTH:
                raise ValidationError(
                    f"{name} must be 1-{MAX_COID_LENGTH} characters of A-Z a-z 0-9 . _ : -", field=name
                )
        if not isinstance(self.outside_rth, bool):
            raise ValidationError("outside_rth must be a bool", field="outside_rth")

    # -- wire ------------------------------------------------------------------------------------
    def with_coid(self, coid: str) -> Order:
        return replace(self, coid=coid)

    def to_wire(self) -> dict[str, Any]:
        """The order as IBKR's JSON (one element of ``{"orders": [...]}``)."""
        ot = OrderType(self.order_type)
        # ``extra`` first: its keys never clash with a field (checked on construction), and even if
        # they did, the validated fields written below would win.
        body: dict[str, Any] = dict(self.extra)
        body |= {
            "orderType": ot.value,
            "side": Side(self.side).value,
            "tif": TimeInForce(self.tif).value,
            "outsideRTH": self.outside_rth,
        }
        if self.conid is not None:
            body["conid"] = self.conid
        if self.conidex is not None:
            body["conidex"] = self.conidex
        if self.quantity is not None:
            body["quantity"] = self.quantity
        # IBKR: "price" is the limit price for LMT and the stop price for STP; auxPrice is the stop of
        # STOP_LIMIT.
        if ot is OrderType.STOP:
            body["price"] = self.aux_price
        else:
            if self.price is not None:
                body["price"] = self.price
            if self.aux_price is not None:
                body["auxPrice"] = self.aux_price
        optional = {
            "cOID": self.coid,
            "parentId": self.parent_id,
            "listingExchange": self.listing_exchange,
            "secType": self.sec_type,
            "ticker": self.ticker,
            "trailingAmt": self.trailing_amount,
            "trailingType": self.trailing_type,
            "cashQty": self.cash_qty,
            "acctId": self.account_id,
            "useAdaptive": self.use_adaptive,
            "isCcyConv": self.is_ccy_conv,
            "manualIndicator": self.manual_indicator,
            "referrer": self.referrer,
            "strategy": self.strategy,
            "strategyParameters": dict(self.strategy_parameters) if self.strategy_parameters else None,
            "isSingleGroup": self.is_single_group,
        }
        body.update({k: v for k, v in optional.items() if v is not None})
        return body


_RESERVED = frozenset(_key(n) for n in (*_WIRE_NAMES, *(f.name for f in fields(Order) if f.name != "extra")))


@dataclass(frozen=True, slots=True)
class OrderGroup:
    """Orders sent in one request: a bracket (parent + children) or an OCA group."""

    orders: tuple[Order, ...]
    kind: str  # "bracket" | "oca"

    def __post_init__(self) -> None:
        if not self.orders:
            raise ValidationError("an order group needs at least one order", field="orders")


def bracket(
    parent: Order,
    *,
    take_profit: float | None = None,
    stop_loss: float | None = None,
    stop_limit: float | None = None,
    child_tif: TimeInForce | str | None = None,
) -> OrderGroup:
    """A parent order with a profit taker (LMT) and/or a stop loss (STP, or STOP_LIMIT with ``stop_limit``).

    Children take the opposite side and the parent's quantity, and point at the parent with
    ``parentId`` = the parent's cOID (generated now if missing). IBKR asks that children carry no cOID.
    """
    if take_profit is None and stop_loss is None:
        raise ValidationError("a bracket needs take_profit and/or stop_loss", field="take_profit")
    if parent.parent_id is not None:
        raise ValidationError("a bracket parent cannot itself have a parent", field="parent_id")
    _check_bracket_prices(parent, take_profit, stop_loss)
    if parent.coid is None:
        parent = parent.with_coid(new_coid())
    assert parent.coid is not None
    side = Side(parent.side).opposite
    common: dict[str, Any] = {
        "side": side,
        "quantity": parent.quantity,
        "cash_qty": parent.cash_qty,
        "conid": parent.conid,
        "conidex": parent.conidex,
        "tif": child_tif or parent.tif,
        "outside_rth": parent.outside_rth,
        "parent_id": parent.coid,
        "listing_exchange": parent.listing_exchange,
        "account_id": parent.account_id,
    }
    children: list[Order] = []
    if take_profit is not None:
        children.append(Order(order_type=OrderType.LIMIT, price=take_profit, **common))
    if stop_loss is not None:
        if stop_limit is not None:
            children.append(
                Order(order_type=OrderType.STOP_LIMIT, aux_price=stop_loss, price=stop_limit, **common)
            )
        else:
            children.append(Order(order_type=OrderType.STOP, aux_price=stop_loss, **common))
    return OrderGroup((parent, *children), kind="bracket")


def _check_bracket_prices(parent: Order, take_profit: float | None, stop_loss: float | None) -> None:
    """A BUY's profit taker sells above its entry and its stop below (mirrored for a SELL).

    An inverted bracket would fill its exit at once: a stop above a long's entry is already triggered.
    The entry is the parent's limit price, else its stop price; a market parent has none, but the
    profit taker must still lie on the profitable side of the stop.
    """
    combo = parent.is_combo
    tp = None if take_profit is None else _coerce.price(take_profit, "take_profit", allow_nonpositive=combo)
    sl = None if stop_loss is None else _coerce.price(stop_loss, "stop_loss", allow_nonpositive=combo)
    entry = parent.price if parent.price is not None else parent.aux_price
    buy = Side(parent.side) is Side.BUY
    above, below = ("take_profit", "stop_loss") if buy else ("stop_loss", "take_profit")
    side = "BUY" if buy else "SELL"
    if entry is not None:
        for name, value in (("take_profit", tp), ("stop_loss", sl)):
            if value is None:
                continue
            if (name == above and value <= entry) or (name == below and value >= entry):
                where = "above" if name == above else "below"
                raise ValidationError(
                    f"inverted bracket: a {side} parent at {entry:g} needs {name} {where} the entry, "
                    f"got {name}={value:g}",
                    field=name,
                )
    if tp is not None and sl is not None and ((buy and tp <= sl) or (not buy and tp >= sl)):
        where = "above" if buy else "below"
        raise ValidationError(
            f"inverted bracket: a {side} bracket needs take_profit {where} stop_loss, "
            f"got take_profit={tp:g}, stop_loss={sl:g}",
            field="take_profit",
        )


def oca(orders: Sequence[Order]) -> OrderGroup:
    """One-cancels-all: the orders go in one request with ``isSingleGroup``; each gets a cOID."""
    if len(orders) < 2:
        raise ValidationError("an OCA group needs at least two orders", field="orders")
    out = tuple(replace(o, is_single_group=True, coid=o.coid or new_coid()) for o in orders)
    return OrderGroup(out, kind="oca")


# ---------------------------------------------------------------------------------------------------
# Results


def _opt_str(v: Any) -> str | None:
    return None if v is None or v == "" else str(v)


def _order_id(v: Any) -> int | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, str) and v.strip().lstrip("-").isdigit():
        return int(v.strip())
    return None


@dataclass(frozen=True, slots=True)
class OrderAck:
    """IBKR accepted an order (or modification): its id and status as IBKR reported them.

    ``confirmed`` lists the question ids we answered "yes" on the way; ``reconciled`` is True when the
    placement response was lost and the order was found afterwards among live orders by its cOID.
    """

    order_id: int
    status: str | None
    coid: str | None = None
    parent_order_id: int | None = None
    text: str | None = None
    confirmed: tuple[str, ...] = ()
    reconciled: bool = False
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LiveOrder:
    """One entry of ``GET /iserver/account/orders``."""

    order_id: int | None
    status: str | None
    conid: int | None
    conidex: str | None
    side: str | None
    order_type: str | None
    quantity: float | None
    filled: float | None
    remaining: float | None
    price: float | None
    aux_price: float | None
    avg_price: float | None
    tif: str | None
    coid: str | None
    parent_id: int | None
    ticker: str | None
    account: str | None
    raw: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> LiveOrder:
        return cls(
            order_id=_order_id(d.get("orderId")),
            status=_opt_str(d.get("status")),
            conid=_order_id(d.get("conid")),
            conidex=_opt_str(d.get("conidex")),
            side=_opt_str(d.get("side")),
            order_type=_opt_str(d.get("orderType") or d.get("origOrderType")),
            quantity=parse_number(d.get("totalSize")),
            filled=parse_number(d.get("filledQuantity")),
            remaining=parse_number(d.get("remainingQuantity")),
            price=parse_number(d.get("price")),
            aux_price=parse_number(d.get("auxPrice")),
            avg_price=parse_number(d.get("avgPrice")),
            tif=_opt_str(d.get("timeInForce")),
            coid=_coid_of(d),
            parent_id=_order_id(d.get("parentId")),
            ticker=_opt_str(d.get("ticker")),
            account=_opt_str(d.get("acct") or d.get("account")),
            raw=dict(d),
        )


def _coid_of(d: Mapping[str, Any]) -> str | None:
    """The cOID of a live-order entry: IBKR reports it as ``order_ref`` (older answers ``cOID``)."""
    for key in ("order_ref", "cOID", "orderRef", "coid"):
        v = d.get(key)
        if isinstance(v, str) and v:
            return v
    return None


@dataclass(frozen=True, slots=True)
class OrderStatusDetail:
    """``GET /iserver/account/order/status/{orderId}``, typed."""

    order_id: int | None
    status: str | None
    conid: int | None
    side: str | None
    order_type: str | None
    tif: str | None
    quantity: float | None
    filled: float | None
    remaining: float | None
    limit_price: float | None
    stop_price: float | None
    avg_fill_price: float | None
    listing_exchange: str | None
    outside_rth: bool | None
    editable: bool | None
    cancellable: bool | None
    raw: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> OrderStatusDetail:
        def flag(key: str) -> bool | None:
            v = d.get(key)
            return None if not isinstance(v, bool) else not v

        return cls(
            order_id=_order_id(d.get("order_id")),
            status=_opt_str(d.get("order_status")),
            conid=_order_id(d.get("conid")),
            side=_opt_str(d.get("side")),
            order_type=_opt_str(d.get("order_type")),
            tif=_opt_str(d.get("tif")),
            quantity=parse_number(d.get("total_size") if d.get("total_size") is not None else d.get("size")),
            filled=parse_number(
                d.get("filled_quantity") if d.get("filled_quantity") is not None else d.get("cum_fill")
            ),
            remaining=parse_number(d.get("remaining_quantity")),
            limit_price=parse_number(d.get("limit_price")),
            stop_price=parse_number(
                d.get("stop_price") if d.get("stop_price") is not None else d.get("aux_price")
            ),
            avg_fill_price=parse_number(d.get("avg_fill_price") or d.get("average_price")),
            listing_exchange=_opt_str(d.get("listing_exchange")),
            outside_rth=d.get("outside_rth") if isinstance(d.get("outside_rth"), bool) else None,
            editable=flag("order_not_editable"),
            cancellable=flag("cannot_cancel_order"),
            raw=dict(d),
        )


@dataclass(frozen=True, slots=True)
class CancelAck:
    """IBKR took the cancel request (``msg`` is IBKR's text, e.g. "Request was submitted")."""

    order_id: int | None
    message: str | None
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class MarginChange:
    """One what-if block: value now, the change the order causes, value after."""

    current: float | None
    change: float | None
    after: float | None

    @classmethod
    def from_wire(cls, d: Any) -> MarginChange | None:
        if not isinstance(d, Mapping):
            return None
        return cls(
            parse_number(d.get("current")), parse_number(d.get("change")), parse_number(d.get("after"))
        )


def _money(text: Any) -> tuple[float | None, str | None]:
    """``"0.01 USD"`` -> (0.01, "USD"); ``"1 USD (1 Shares)"`` -> (1.0, "USD")."""
    if not isinstance(text, str):
        return parse_number(text), None
    parts = text.split()
    if not parts:
        return None, None
    currency = parts[1] if len(parts) > 1 and parts[1].isalpha() and parts[1].isupper() else None
    return parse_number(parts[0]), currency


@dataclass(frozen=True, slots=True)
class OrderPreview:
    """What-if result: commission and margin/equity impact, with IBKR's warnings. Nothing was placed."""

    commission: float | None
    commission_currency: str | None
    amount: float | None
    total: float | None
    initial_margin: MarginChange | None
    maintenance_margin: MarginChange | None
    equity_with_loan: MarginChange | None
    position: MarginChange | None
    warnings: tuple[str, ...]
    raw: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_wire(cls, d: Mapping[str, Any]) -> OrderPreview:
        amount = d.get("amount") if isinstance(d.get("amount"), Mapping) else {}
        assert isinstance(amount, Mapping)
        commission, ccy = _money(amount.get("commission"))
        warn = d.get("warn")
        warnings: tuple[str, ...] = ()
        if isinstance(warn, str) and warn.strip():
            warnings = (warn,)
        elif isinstance(warn, list):
            warnings = tuple(str(w) for w in warn if w)
        return cls(
            commission=commission,
            commission_currency=ccy,
            amount=_money(amount.get("amount"))[0],
            total=_money(amount.get("total"))[0],
            initial_margin=MarginChange.from_wire(d.get("initial")),
            maintenance_margin=MarginChange.from_wire(d.get("maintenance")),
            equity_with_loan=MarginChange.from_wire(d.get("equity")),
            position=MarginChange.from_wire(d.get("position")),
            warnings=warnings,
            raw=dict(d),
        )
