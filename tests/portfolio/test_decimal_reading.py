"""Numbers IBKR sends become the same ``Decimal`` whichever path reads them (fast paths included)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ibkr_webapi import UnexpectedResponse
from ibkr_webapi._coerce import DecimalRecord, response_decimal


def _reference(x: float) -> Decimal:
    """The shortest round-tripping form of ``x``; whole numbers without an exponent; -0.0 is 0."""
    d = Decimal(repr(x))
    if d.is_zero():
        return Decimal(0)
    if d == d.to_integral_value() and d.adjusted() < 28:
        return d.quantize(Decimal(1))
    return d.normalize()


def read(value: object) -> Decimal | None:
    return response_decimal(value, operation_id="op", name="n")


@given(st.floats(allow_nan=False, allow_infinity=False))
@example(-0.0)
@example(1e27)  # a whole float beyond exact ints: its shortest form, not its binary value
def test_json_floats_read_as_their_shortest_decimal(x: float) -> None:
    got = read(x)
    assert got is not None
    assert str(got) == str(_reference(x))  # same value and the same digits, not only equal


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_whole_floats_read_without_fraction_or_exponent(n: int) -> None:
    assert str(read(float(n))) == str(_reference(float(n)))
    assert str(read(n)) == str(n)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf"), "lots", True, [1]])
def test_garbage_is_refused_not_zero(value: object) -> None:
    with pytest.raises(UnexpectedResponse):
        read(value)


@dataclass(frozen=True, slots=True)
class Figures:
    label: str
    x: Decimal | None
    y: Decimal | None
    z: Decimal | None = None


FIGURES = DecimalRecord(Figures, {"x": "a", "y": "b", "z": "c"}, required=("y", "x"))


@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c"]), st.floats(allow_nan=False, allow_infinity=False) | st.none()
    )
)
def test_many_figures_read_as_one_by_one(src: dict[str, float | None]) -> None:
    if src.get("a") is None or src.get("b") is None:
        with pytest.raises(
            UnexpectedResponse, match=r"no value for USD\.a" if src.get("a") is None else "USD.b"
        ):
            FIGURES.build(src, operation_id="op", prefix="USD.", label="L")
        return
    got = FIGURES.build(src, operation_id="op", prefix="USD.", label="L")
    expected = Figures("L", *(read(src.get(raw)) for raw in "abc"))
    assert got == expected and repr(got) == repr(expected)  # the same object as the constructor's
    assert [str(v) for v in dataclasses.astuple(got)[1:]] == [str(read(src.get(raw))) for raw in "abc"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        got.x = Decimal(1)  # type: ignore[misc]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "lots", True])
def test_many_figures_name_the_garbage(value: object) -> None:
    # garbage is reported before a required figure that is missing (all figures are read first)
    with pytest.raises(UnexpectedResponse, match=r"USD\.c="):
        FIGURES.build({"c": value}, operation_id="op", prefix="USD.", label="L")


def test_a_record_is_built_only_for_what_it_can_fill() -> None:
    @dataclass
    class Loose:
        x: Decimal | None

    @dataclass(frozen=True, slots=True)
    class Checked:
        x: Decimal | None

        def __post_init__(self) -> None:
            pass

    for cls in (Loose, Checked):
        with pytest.raises(TypeError):
            DecimalRecord(cls, {"x": "a"})
    with pytest.raises(TypeError, match="no field"):
        DecimalRecord(Figures, {"w": "a"})
    with pytest.raises(TypeError, match="label"):
        FIGURES.build({}, operation_id="op", prefix="")  # a field that is not a figure left out


def test_remembered_decimals_stay_exact_and_bounded() -> None:
    from ibkr_webapi import _coerce

    values = [i / 7 for i in range(_coerce._FLOAT_CACHE_SIZE + 100)]  # more than it keeps
    for _ in range(2):  # the second pass reads (partly) remembered values
        assert [str(read(v)) for v in values] == [str(_reference(v)) for v in values]
    assert len(_coerce._FLOAT_DECIMALS) <= _coerce._FLOAT_CACHE_SIZE
    assert str(read(-0.0)) == str(read(0.0)) == "0"
