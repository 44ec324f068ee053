"""The one place that decides what a value may be: inputs before they are sent, numbers as they come back.

Inputs (raise :class:`~ibkr_webapi.ValidationError` naming the field and the rule, nothing is sent):

* **conid**: a positive integer that fits IBKR's contract id type. IBKR's conids are 32-bit signed
  integers (``conId`` is an ``int`` in IBKR's TWS API, and every conid IBKR hands out, spread conids
  included, is below 2**31), so anything above :data:`MAX_CONID` (2**31 - 1) is a typo, never a
  contract. Digit strings are accepted where the caller had text (the command line).
* **quantity**: finite, at least :data:`MIN_QUANTITY` (crypto trades in 1e-8 units; nothing IBKR
  trades is smaller) and at most :data:`MAX_QUANTITY`.
* **price**: finite, magnitude at most :data:`MAX_PRICE` and, unless zero is allowed (combo net
  prices), at least :data:`MIN_PRICE` (the smallest tick IBKR quotes in, 1e-8, for crypto).
* **symbol**: non-empty text of at most :data:`MAX_SYMBOL_LENGTH` printable characters.

Responses: :func:`response_decimal` reads a number IBKR sent. ``None`` (or a field IBKR leaves empty)
is "not reported"; anything unreadable (``"lots"``, ``true``, an object) raises
:class:`~ibkr_webapi.UnexpectedResponse`: a made-up zero would look like a real figure.

Lenient readers for optional fields of IBKR's bodies (the facades' parsers share them):
:func:`opt_decimal`, :func:`opt_int`, :func:`opt_str` and :func:`opt_right` give ``None`` when a field
is absent, empty or unreadable, for fields where "not reported" is the honest answer.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any, Final, Generic, Literal, TypeVar

from ._exceptions import UnexpectedResponse, ValidationError
from .fields import _is_missing_text, parse_number

__all__ = [
    "MAX_CONID",
    "MAX_PRICE",
    "MAX_QUANTITY",
    "MAX_SYMBOL_LENGTH",
    "MIN_PRICE",
    "MIN_QUANTITY",
    "DecimalRecord",
    "Right",
    "conid",
    "opt_decimal",
    "opt_int",
    "opt_right",
    "opt_str",
    "price",
    "quantity",
    "required_decimal",
    "response_decimal",
    "symbol",
]

R = TypeVar("R")

Right = Literal["C", "P"]
"""An option's right: call or put (ForecastEx: YES is the call side, NO the put)."""

MAX_CONID: Final = 2**31 - 1
"""IBKR's conids are signed 32-bit integers."""

MIN_QUANTITY: Final = 1e-8
"""Smallest order quantity accepted (crypto's smallest unit); fractional shares go to 1e-4."""

MAX_QUANTITY: Final = 1e9
"""Largest order quantity accepted: a billion units is beyond any order IBKR takes."""

MIN_PRICE: Final = 1e-8
"""Smallest non-zero price magnitude (IBKR's finest price increment, crypto)."""

MAX_PRICE: Final = 1e9
"""Largest price magnitude accepted (the dearest listed share trades below 1e6)."""

MAX_SYMBOL_LENGTH: Final = 64
"""Longest symbol or search text sent to IBKR (its symbols are a few characters; names a few words)."""


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValidationError(f"{name} must be a number, got {type(value).__name__}", field=name)
    try:
        x = float(value)
    except OverflowError:
        x = math.inf
    if not math.isfinite(x):
        raise ValidationError(f"{name} must be a finite number, got {value!r}", field=name)
    return x


def conid(value: Any, name: str = "conid", *, text: bool = False) -> int:
    """A valid conid (int; with ``text=True`` also a string of digits)."""
    if text and isinstance(value, str) and value.strip().isdigit() and value.strip().isascii():
        digits = value.strip()
        if len(digits) > len(str(MAX_CONID)):
            raise ValidationError(
                f"{name} {digits[:20]}{'...' if len(digits) > 20 else ''} is out of range: IBKR's conids are "
                f"positive 32-bit integers (1 to {MAX_CONID})",
                field=name,
            )
        value = int(digits)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{name} must be a positive integer, got {value!r}", field=name)
    if not 0 < value <= MAX_CONID:
        shown = str(value) if len(str(value)) <= 20 else str(value)[:20] + "..."
        raise ValidationError(
            f"{name} {shown} is out of range: IBKR's conids are positive 32-bit integers (1 to {MAX_CONID})",
            field=name,
        )
    return value


def quantity(value: Any, name: str = "quantity") -> float:
    """A valid order quantity (as a float, the way it is sent)."""
    x = _number(value, name)
    if x <= 0:
        raise ValidationError(f"{name} must be > 0, got {value!r}", field=name)
    if x < MIN_QUANTITY:
        raise ValidationError(
            f"{name} {value!r} is below the smallest tradable quantity ({MIN_QUANTITY:g})", field=name
        )
    if x > MAX_QUANTITY:
        raise ValidationError(
            f"{name} {value!r} is above the largest accepted ({MAX_QUANTITY:g})", field=name
        )
    return x


def price(value: Any, name: str = "price", *, allow_nonpositive: bool = False) -> float:
    """A valid price. ``allow_nonpositive``: zero and negative prices (combo net prices) are fine."""
    x = _number(value, name)
    if x <= 0 and not allow_nonpositive:
        raise ValidationError(f"{name} must be > 0, got {value!r}", field=name)
    if x != 0 and abs(x) < MIN_PRICE:
        raise ValidationError(
            f"{name} {value!r} is below the minimum price increment ({MIN_PRICE:g})", field=name
        )
    if abs(x) > MAX_PRICE:
        raise ValidationError(
            f"{name} {value!r} is above the largest accepted price ({MAX_PRICE:g})", field=name
        )
    return x


def symbol(value: Any, name: str = "symbol") -> str:
    """A symbol or search text, stripped; refused when empty, too long or holding control characters."""
    if not isinstance(value, str):
        raise ValidationError(f"{name} must be text, got {type(value).__name__}", field=name)
    s = value.strip()
    if not s:
        raise ValidationError(f"{name} is empty", field=name)
    if len(s) > MAX_SYMBOL_LENGTH:
        raise ValidationError(
            f"{name} is {len(s)} characters long; IBKR symbols and search texts are at most "
            f"{MAX_SYMBOL_LENGTH}",
            field=name,
        )
    if not s.isprintable():
        raise ValidationError(f"{name} {s!r} holds control characters", field=name)
    return s


# -------------------------------------------------------------------------------------- responses


def response_decimal(value: Any, *, operation_id: str, name: str) -> Decimal | None:
    """A number IBKR sent, as ``Decimal``; None when absent or empty; ``UnexpectedResponse`` if garbage.

    JSON numbers and IBKR's formatted strings (``"1,300"``, ``"0.54%"``) are read; floats keep their
    shortest round-tripping form (182.5 -> ``Decimal("182.5")``).
    """
    if value is None:
        return None
    kind = type(value)  # exact-type fast paths first: JSON gives plain float/int/str
    if kind is float:
        if value - value == 0.0:  # finite (inf - inf and nan - nan are nan)
            return _from_float(value)
    elif kind is int:
        return Decimal(value)
    elif isinstance(value, Decimal):
        if value.is_finite():
            return value
    elif isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    elif isinstance(value, float):
        if math.isfinite(value):
            return _from_float(value)
    elif isinstance(value, str):
        if _is_missing_text(value):
            return None
        number = parse_number(value)
        if number is not None:
            return _from_float(number)
    raise UnexpectedResponse(
        f"{operation_id}: IBKR sent {name}={_show(value)}, which is not a number",
        operation_id=operation_id,
    )


def required_decimal(value: Any, *, operation_id: str, name: str) -> Decimal:
    """As :func:`response_decimal`, but absent or empty is an ``UnexpectedResponse`` too."""
    d = response_decimal(value, operation_id=operation_id, name=name)
    if d is None:
        raise UnexpectedResponse(
            f"{operation_id}: IBKR sent no value for {name} ({_show(value)}); refusing to assume zero",
            operation_id=operation_id,
        )
    return d


class DecimalRecord(Generic[R]):
    """Builds a frozen slotted dataclass ``cls`` from one JSON object of IBKR's, reading its figures.

    ``decimals`` maps field names to the object's keys: each is read as :func:`response_decimal`
    would (garbage is ``UnexpectedResponse`` naming ``prefix + key``), the common case (a finite JSON
    float, or nothing) inline; a field of ``required`` that is absent or null is an
    ``UnexpectedResponse`` (:func:`required_decimal`), checked after all figures were read. The
    other fields come as keyword arguments of :meth:`build`.

    The instance is filled through its slots, as the dataclass ``__init__`` does through
    ``object.__setattr__``, without binding ~25 keyword arguments per object (about half the cost
    of a ledger entry); ``cls`` may have no ``__post_init__`` and no field left out.
    """

    __slots__ = ("_cls", "_decimals", "_others", "_required")

    def __init__(self, cls: type[R], decimals: Mapping[str, str], *, required: Iterable[str] = ()) -> None:
        params = getattr(cls, "__dataclass_params__", None)
        if params is None or not params.frozen or "__slots__" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} is not a frozen slotted dataclass")
        if hasattr(cls, "__post_init__"):
            raise TypeError(f"{cls.__name__} has a __post_init__, which building by slots would skip")
        names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
        unknown = set(decimals).union(required).difference(names)
        if unknown:
            raise TypeError(f"{cls.__name__} has no field {sorted(unknown)}")
        slots = cls.__dict__
        self._cls = cls
        self._decimals = tuple((raw, slots[name].__set__) for name, raw in decimals.items())
        self._others = {name: slots[name].__set__ for name in names if name not in decimals}
        needed = set(required)
        # checked in the order of ``decimals`` (the first missing one is reported)
        self._required = tuple((raw, slots[name].__get__) for name, raw in decimals.items() if name in needed)

    def build(self, src: Mapping[str, Any], *, operation_id: str, prefix: str, **others: Any) -> R:
        """The instance for ``src`` (``others``: every field that is not a figure)."""
        if others.keys() != self._others.keys():
            raise TypeError(f"{self._cls.__name__} takes {sorted(self._others)} besides its figures")
        obj = object.__new__(self._cls)
        get = src.get
        remembered = _FLOAT_DECIMALS.get
        for raw, put in self._decimals:
            value = get(raw)
            if value is None:
                put(obj, None)
            elif type(value) is float and value - value == 0.0:  # finite
                d = remembered(value)
                put(obj, d if d is not None else _from_float(value))
            else:
                put(obj, response_decimal(value, operation_id=operation_id, name=prefix + raw))
        for raw, read in self._required:
            if read(obj) is None:  # absent, null or empty text: an UnexpectedResponse, never 0
                required_decimal(get(raw), operation_id=operation_id, name=prefix + raw)
        setters = self._others
        for name, value in others.items():
            setters[name](obj, value)
        return obj


def _from_float(x: float) -> Decimal:
    """The Decimal of a finite float (see :func:`response_decimal`), remembered: IBKR sends the same
    figures again and again (balances, zeros, prices between ticks), and Decimals are immutable."""
    d = _FLOAT_DECIMALS.get(x)
    if d is None:
        d = _float_to_decimal(x)
        if len(_FLOAT_DECIMALS) >= _FLOAT_CACHE_SIZE:
            _FLOAT_DECIMALS.clear()  # bounded: a stream of ever new values only refills it
        _FLOAT_DECIMALS[x] = d
    return d


def _float_to_decimal(x: float) -> Decimal:
    if x.is_integer():
        if -1e15 < x < 1e15:  # exact as an int: 1300.0 -> Decimal("1300")
            return Decimal(int(x))
        d = Decimal(repr(x))
        if d.adjusted() < 28:  # 1e20 -> Decimal("100000000000000000000"), not 1E+20
            return d.quantize(Decimal(1))
        return d.normalize()
    # Not integral: repr() is the shortest round-tripping form, with no trailing zeros, so the
    # Decimal is already normalized (Decimal(repr(x)).normalize() would give the same value and form).
    return Decimal(repr(x))


_FLOAT_CACHE_SIZE: Final = 4096
_FLOAT_DECIMALS: dict[float, Decimal] = {}  # float -> its Decimal (0.0 and -0.0 are one key: both 0)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "..."


# ------------------------------------------------------------------------------ lenient readers


def opt_decimal(value: Any) -> Decimal | None:
    """IBKR numbers (JSON numbers or strings like ``"1,300"``) as ``Decimal``; None when absent."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return Decimal(value)
    number = parse_number(value)
    if number is None:
        return None
    # repr() gives the shortest string that round-trips, so 182.5 -> Decimal("182.5") exactly.
    d = Decimal(repr(number))
    return d.quantize(Decimal(1)) if d == d.to_integral_value() else d.normalize()


def opt_int(value: Any) -> int | None:
    """An integer from a JSON number or digit string; None when absent or not a whole number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        number = parse_number(value)
        return None if number is None or number != int(number) else int(number)


def opt_str(value: Any) -> str | None:
    """Stripped text; None when absent or blank."""
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def opt_right(value: Any) -> Right | None:
    """``"C"`` or ``"P"`` from IBKR's spellings (``CALL``/``Y``/``YES``, ``PUT``/``N``/``NO``); else None."""
    s = (opt_str(value) or "").upper()
    if s in ("C", "CALL", "Y", "YES"):
        return "C"
    if s in ("P", "PUT", "N", "NO"):
        return "P"
    return None
