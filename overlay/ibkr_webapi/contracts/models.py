"""Instrument values: :class:`Contract`, option chains, search results, ForecastEx markets."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from .._coerce import Right, opt_decimal
from .._exceptions import ValidationError

__all__ = [
    "FORECASTX",
    "ChainRow",
    "Contract",
    "EventMarket",
    "OptionChain",
    "Right",
    "SearchResult",
    "SearchSection",
]

#: ForecastEx's exchange: its event contracts are options whose call is YES and put is NO.
FORECASTX = "FORECASTX"


def _to_decimal(value: Any) -> Decimal:
    d = opt_decimal(value)
    if d is None:
        raise ValidationError(f"not a number: {value!r}")
    return d


@dataclass(frozen=True, slots=True)
class Contract:
    """One instrument. Fields IBKR did not report for this lookup are ``None``.

    ``expiry`` is the maturity date ``YYYYMMDD``; ``last_trading_day`` likewise (futures).
    ``strike`` and ``multiplier`` are ``Decimal`` so ``strike == Decimal("182.5")`` holds exactly.
    """

    conid: int
    symbol: str
    sec_type: str
    exchange: str | None = None
    listing_exchange: str | None = None
    currency: str | None = None
    expiry: str | None = None
    last_trading_day: str | None = None
    multiplier: Decimal | None = None
    right: Right | None = None
    strike: Decimal | None = None
    trading_class: str | None = None
    description: str | None = None
    name: str | None = None
    underlying_conid: int | None = None
    valid_exchanges: tuple[str, ...] = field(default=(), repr=False)

    @property
    def month(self) -> str | None:
        """Contract month ``YYYYMM`` for dated instruments."""
        return self.expiry[:6] if self.expiry else None

    @property
    def is_event_contract(self) -> bool:
        """CME event contracts (trading class ``EC...``) and ForecastEx contracts."""
        return (self.trading_class or "").upper().startswith("EC") or FORECASTX in (
            (self.exchange or "").upper(),
            (self.listing_exchange or "").upper(),
        )


@dataclass(frozen=True, slots=True)
class ChainRow:
    """One strike of one expiry: its call and put (either may be absent)."""

    expiry: str
    strike: Decimal
    call: Contract | None = None
    put: Contract | None = None

    @property
    def yes(self) -> Contract | None:
        """Event contracts: the YES side is IBKR's call."""
        return self.call

    @property
    def no(self) -> Contract | None:
        """Event contracts: the NO side is IBKR's put."""
        return self.put


@dataclass(frozen=True, slots=True)
class OptionChain:
    """Calls and puts per strike for one underlying and month, sorted by expiry then strike.

    A month can hold several expiries (weeklies): ``rows`` covers all of them, ``for_expiry`` one.
    """

    underlying: Contract
    month: str  # YYYYMM
    exchange: str
    sec_type: str
    rows: tuple[ChainRow, ...]
    reference_price: Decimal | None = None

    @property
    def expiries(self) -> tuple[str, ...]:
        return tuple(sorted({r.expiry for r in self.rows}))

    @property
    def strikes(self) -> tuple[Decimal, ...]:
        return tuple(sorted({r.strike for r in self.rows}))

    @property
    def calls(self) -> tuple[Contract, ...]:
        return tuple(r.call for r in self.rows if r.call is not None)

    @property
    def puts(self) -> tuple[Contract, ...]:
        return tuple(r.put for r in self.rows if r.put is not None)

    def for_expiry(self, expiry: str) -> tuple[ChainRow, ...]:
        return tuple(r for r in self.rows if r.expiry == expiry)

    def row(self, strike: Decimal | float | str, expiry: str | None = None) -> ChainRow:
        """The row for ``strike`` (and ``expiry`` when the month has several); KeyError if absent."""
        k = _to_decimal(strike)
        hits = [r for r in self.rows if r.strike == k and (expiry is None or r.expiry == expiry)]
        if len(hits) != 1:
            raise KeyError(f"{len(hits)} rows for strike {strike} expiry {expiry}")
        return hits[0]


@dataclass(frozen=True, slots=True)
class SearchSection:
    """A derivative section of a secdef search result (``{"secType": "OPT", "months": ...}``)."""

    sec_type: str
    months: tuple[str, ...] = ()
    exchanges: tuple[str, ...] = ()
    conid: int | None = None


@dataclass(frozen=True, slots=True)
class SearchResult:
    """One row of ``/iserver/secdef/search``.

    ``listed`` holds the row-level expiry lists IBKR sends beside the sections (``"opt"``, ``"fop"``,
    ``"war"``: ``"20261218;20270115"``), by sec type. ForecastEx rows carry their expiries only there
    (their sections are ``IND`` on ``FORECASTX;`` and a bare ``EC`` marker, no ``OPT`` section).
    """

    contract: Contract
    sections: tuple[SearchSection, ...]
    listed: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def section(self, sec_type: str) -> SearchSection | None:
        for s in self.sections:
            if s.sec_type == sec_type:
                return s
        return None

    def listed_for(self, sec_type: str) -> tuple[str, ...]:
        """The row-level expiry list for ``sec_type`` (``OPT`` -> the row's ``opt`` field)."""
        return next((codes for st, codes in self.listed if st == sec_type), ())


@dataclass(frozen=True, slots=True)
class EventMarket:
    """A ForecastEx market from ``/forecast/category/tree``; ``conid`` is its underlying."""

    conid: int
    symbol: str
    name: str
    exchange: str
    category: str | None = None
    product_conid: int | None = None
