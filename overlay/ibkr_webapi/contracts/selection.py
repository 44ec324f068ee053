"""Choosing among candidates: the one stock listing, the front future, the strikes near a price,
chain rows. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from .._exceptions import AmbiguousContract, ContractNotFound, ValidationError
from .models import ChainRow, Contract
from .parsing import normalize_month


def select_stock(
    listings: Sequence[tuple[Contract, bool]],
    symbol: str,
    *,
    exchange: str | None,
    currency: str | None,
    currencies: Mapping[int, str] | None = None,
) -> Contract:
    """Pick one stock listing or refuse; never guess.

    ``exchange`` filters listings by their exchange. ``currency`` keeps the listings known to trade in
    it: US listings (``isUS``) are USD, others are known from ``currencies`` (``/trsrv/secdef``) when the
    flow had to ask. A listing whose currency is unknown is kept only on an exchange the caller named.
    One listing left is the answer; none is :class:`ContractNotFound`; several are
    :class:`AmbiguousContract` with the candidates (``currency=None`` keeps every listing, so a symbol
    listed in two places is ambiguous without ``exchange=``).
    """
    known = dict(currencies or {})

    def ccy(c: Contract) -> str | None:
        return c.currency or known.get(c.conid)

    cands = [c for c, _ in listings]
    if not cands:
        raise ContractNotFound(f"no stock with symbol {symbol!r}")
    where = ", ".join(sorted({f"{c.exchange}" for c in cands}))
    if exchange:
        cands = [c for c in cands if (c.exchange or "").upper() == exchange.upper()]
        if not cands:
            raise ContractNotFound(f"no {symbol!r} listing on {exchange}; listed on {where}")
    if currency:
        want = currency.upper()
        matching = [c for c in cands if ccy(c) == want]
        if not matching and exchange:
            matching = [c for c in cands if ccy(c) is None]
        if not matching:
            raise ContractNotFound(
                f"no {want} listing of {symbol!r} found (listed on {where}); pass exchange= and currency="
            )
        cands = matching
    cands = [_replace(c, currency=ccy(c)) if c.currency is None and ccy(c) else c for c in cands]
    if len(cands) == 1:
        return cands[0]
    raise AmbiguousContract(
        f"{len(cands)} listings match stock {symbol!r}; pass exchange= or currency= to choose: "
        + ", ".join(f"{c.conid} {c.name} ({c.exchange})" for c in cands),
        candidates=cands,
    )


def _currency_unknowns(
    listings: Sequence[tuple[Contract, bool]], exchange: str | None, currency: str | None
) -> tuple[int, ...]:
    """Conids whose currency must be looked up to apply ``currency`` (empty when already decided)."""
    if not currency:
        return ()
    cands = [c for c, _ in listings if not exchange or (c.exchange or "").upper() == exchange.upper()]
    if any(c.currency == currency.upper() for c in cands):
        return ()
    return tuple(sorted(c.conid for c in cands if c.currency is None))


def _replace(c: Contract, **changes: Any) -> Contract:
    from dataclasses import replace

    return replace(c, **changes)


def select_future(futures: Sequence[Contract], symbol: str, *, month: str | None, today: dt.date) -> Contract:
    """The front month (first expiry whose last trading day is today or later), or the given month."""
    live = [f for f in futures if (f.last_trading_day or f.expiry or "") >= today.strftime("%Y%m%d")]
    if month is None:
        if not live:
            raise ContractNotFound(f"no live {symbol!r} future")
        return live[0]
    want = normalize_month(month)
    hits = [f for f in futures if f.month == want]
    if not hits:
        have = ", ".join(f.month or "?" for f in live)
        raise ContractNotFound(f"no {symbol!r} future expiring in {want}; live months: {have or 'none'}")
    if len(hits) > 1:
        raise AmbiguousContract(f"{len(hits)} {symbol!r} futures expire in {want}", candidates=hits)
    return hits[0]


def select_strikes(
    strikes: Iterable[Decimal], *, around: int | None, reference_price: Decimal | None
) -> tuple[Decimal, ...]:
    """All strikes, or the ``around`` strikes nearest ``reference_price`` (ties: the lower strike)."""
    ordered = sorted(set(strikes))
    if around is None:
        return tuple(ordered)
    if around < 1:
        raise ValidationError("strikes_around must be >= 1", field="strikes_around")
    if reference_price is None:
        raise ValidationError("strikes_around needs a reference price", field="reference_price")
    nearest = sorted(ordered, key=lambda k: (abs(k - reference_price), k))[:around]
    return tuple(sorted(nearest))


def build_rows(contracts: Iterable[Contract], *, only_event: bool = False) -> tuple[ChainRow, ...]:
    """Pair calls and puts by (expiry, strike). ``only_event`` keeps CME ``EC*`` trading classes only."""
    table: dict[tuple[str, Decimal], dict[str, Contract]] = {}
    for c in contracts:
        if c.strike is None or c.right is None or c.expiry is None:
            continue
        if only_event and not (c.trading_class or "").upper().startswith("EC"):
            continue
        slot = table.setdefault((c.expiry, c.strike), {})
        slot.setdefault(c.right, c)
    return tuple(
        ChainRow(expiry=e, strike=k, call=slot.get("C"), put=slot.get("P"))
        for (e, k), slot in sorted(table.items())
    )
