"""Instrument discovery: stocks, futures, any sec type by search, option chains and event contracts.

IBKR identifies every instrument by a *conid*; finding one takes a small protocol per asset class:

* stocks: ``GET /trsrv/stocks?symbols=AAPL`` lists every issuer with that symbol and its listings
  (``isUS`` marks the US listing); we pick the one US listing, or refuse (``AmbiguousContract``) rather
  than guess between two issuers;
* futures: ``GET /trsrv/futures?symbols=ES`` lists the live expiries; the front month is the first whose
  last trading day has not passed;
* options (and futures options, warrants, event contracts): the three-step flow
  ``/iserver/secdef/search`` (underlying conid and listed months) -> ``/iserver/secdef/strikes``
  (strikes for one month) -> ``/iserver/secdef/info`` (the contracts for one strike and right).
  The last step is one request per strike and right, so :func:`option_chain_flow` fans it out with a
  ``Gather`` effect in bounded batches; the transport paces each request to the spec's limits.
* event contracts: CME's are options on an index whose trading class starts with ``"EC"``; ForecastEx's
  are options on exchange ``FORECASTX`` where the call is the *YES* side and the put the *NO* side.

Conids are stable, so every lookup is cached per client in a :class:`~ibkr_webapi._cache.TTLCache`
(default one day): asking twice costs no request.

Everything is written once as flows (see ``_flow.py``); :class:`Contracts` and :class:`AsyncContracts`
are one-line shells over them.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from . import _coerce
from ._cache import DEFAULT_CONTRACT_TTL, TTLCache
from ._exceptions import AmbiguousContract, ContractNotFound, UnexpectedResponse, ValidationError
from ._flow import Call, Flow, Gather, body_json
from .fields import Field, parse_number

__all__ = [
    "AsyncContracts",
    "ChainRow",
    "Contract",
    "Contracts",
    "ContractsState",
    "EventMarket",
    "OptionChain",
    "Right",
    "SearchResult",
    "SearchSection",
    "conid_of_flow",
    "contract_details_flow",
    "event_contracts_flow",
    "forecast_markets_flow",
    "future_flow",
    "futures_flow",
    "lookup_flow",
    "normalize_month",
    "option_chain_flow",
    "option_months_flow",
    "runner_of",
    "search_flow",
    "secdef_month",
    "stock_flow",
]

T = TypeVar("T")
Right = Literal["C", "P"]

# Operation ids (spec/ibkr-webapi.yaml) used here, in one place.
OP_SEARCH = "search_contracts"
OP_STRIKES = "get_strikes"
OP_INFO = "get_secdef_info"
OP_STOCKS = "get_stocks_by_symbol"
OP_FUTURES = "get_futures_by_symbol"
OP_CONTRACT_INFO = "get_contract_info"
OP_SECDEF = "get_secdef_by_conids"
OP_FORECAST_TREE = "get_forecast_category_tree"
OP_FORECAST_MARKET = "get_forecast_market"

FORECASTX = "FORECASTX"
#: How many ``secdef/info`` requests one ``Gather`` carries; the transport paces inside a batch.
DEFAULT_INFO_BATCH = 10
#: How long to wait for a last price when ``strikes_around`` needs one and none was given.
SNAPSHOT_TIMEOUT = 5.0


# ------------------------------------------------------------------------------------------- models
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


# ----------------------------------------------------------------------------------- small parsers
def _to_decimal(value: Any) -> Decimal:
    d = _opt_decimal(value)
    if d is None:
        raise ValidationError(f"not a number: {value!r}")
    return d


def _opt_decimal(value: Any) -> Decimal | None:
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


def _opt_int(value: Any) -> int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        return int(str(value).strip())
    except ValueError:
        number = parse_number(value)
        return None if number is None or number != int(number) else int(number)


def _opt_str(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip()
    return s or None


def _split(value: Any, sep: str) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(p.strip() for p in str(value).split(sep) if p.strip())


def _right(value: Any) -> Right | None:
    s = (_opt_str(value) or "").upper()
    if s in ("C", "CALL", "Y", "YES"):
        return "C"
    if s in ("P", "PUT", "N", "NO"):
        return "P"
    return None


def _date8(value: Any) -> str | None:
    """A date as ``YYYYMMDD`` from ``20261218``, ``"20261218"`` or ``"2026-12-18"``."""
    s = _opt_str(value)
    if s is None:
        return None
    digits = s.replace("-", "")
    return digits if len(digits) == 8 and digits.isdigit() else None


# ----------------------------------------------------------------------------------------- months
_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
_MON_YY = re.compile(r"^([A-Z]{3})\s*'?(\d{2}|\d{4})$")


def normalize_month(value: str | dt.date) -> str:
    """A contract month as ``YYYYMM`` from ``"202612"``, ``"DEC26"``, ``"Dec 2026"``, ``"2026-12"``
    or a date."""
    if isinstance(value, dt.date):
        return f"{value.year:04d}{value.month:02d}"
    s = str(value).strip().upper().replace("-", "")
    if len(s) in (6, 8) and s.isdigit():
        year, month = int(s[:4]), int(s[4:6])
        if 1 <= month <= 12:
            return f"{year:04d}{month:02d}"
    m = _MON_YY.match(s)
    if m and m.group(1) in _MONTHS:
        year = int(m.group(2))
        if year < 100:
            year += 2000
        return f"{year:04d}{_MONTHS.index(m.group(1)) + 1:02d}"
    raise ValidationError(f"unrecognised contract month {value!r} (use '202612' or 'DEC26')", field="month")


def secdef_month(yyyymm: str) -> str:
    """IBKR's secdef month code (``"DEC26"``) for ``YYYYMM``."""
    return f"{_MONTHS[int(yyyymm[4:6]) - 1]}{yyyymm[2:4]}"


# ------------------------------------------------------------------------------ response parsers
def _expect(body: Any, kind: type, op: str) -> Any:
    if not isinstance(body, kind):
        raise UnexpectedResponse(f"{op}: expected a JSON {kind.__name__}", operation_id=op, body=body)
    return body


def parse_stocks(body: Any, symbol: str) -> tuple[tuple[Contract, bool], ...]:
    """``/trsrv/stocks`` -> (contract, is_us) per listing, issuers in IBKR's order."""
    data = _expect(body, dict, OP_STOCKS)
    entries = data.get(symbol) or data.get(symbol.upper()) or []
    out: list[tuple[Contract, bool]] = []
    for issuer in entries if isinstance(entries, list) else []:
        name = _opt_str(issuer.get("name"))
        sec_type = _opt_str(issuer.get("assetClass")) or "STK"
        for c in issuer.get("contracts") or []:
            conid = _opt_int(c.get("conid"))
            if conid is None:
                continue
            is_us = bool(c.get("isUS"))
            exch = _opt_str(c.get("exchange"))
            out.append(
                (
                    Contract(
                        conid=conid,
                        symbol=symbol.upper(),
                        sec_type=sec_type,
                        exchange=exch,
                        listing_exchange=exch,
                        currency="USD" if is_us else None,
                        description=name,
                        name=name,
                    ),
                    is_us,
                )
            )
    return tuple(out)


def parse_futures(body: Any, symbol: str) -> tuple[Contract, ...]:
    """``/trsrv/futures`` -> futures sorted by expiry."""
    data = _expect(body, dict, OP_FUTURES)
    entries = data.get(symbol) or data.get(symbol.upper()) or []
    out = []
    for f in entries if isinstance(entries, list) else []:
        conid = _opt_int(f.get("conid"))
        expiry = _date8(f.get("expirationDate"))
        if conid is None or expiry is None:
            continue
        out.append(
            Contract(
                conid=conid,
                symbol=_opt_str(f.get("symbol")) or symbol.upper(),
                sec_type="FUT",
                expiry=expiry,
                last_trading_day=_date8(f.get("ltd")) or expiry,
                underlying_conid=_opt_int(f.get("underlyingConid")),
            )
        )
    return tuple(sorted(out, key=lambda c: (c.expiry or "", c.conid)))


#: Row-level expiry lists of a secdef search row, named after the derivative sec type they list.
_ROW_EXPIRY_KEYS = ("opt", "fop", "war")


def parse_search(body: Any, sec_type: str) -> tuple[SearchResult, ...]:
    """``/iserver/secdef/search`` rows. An ``{"error": ...}`` or empty body means no match."""
    if isinstance(body, dict) and "error" in body:  # IBKR's "no match": 200 {"error": "No symbol found"}
        return ()
    rows = _expect(body, list, OP_SEARCH)
    out = []
    for r in rows:
        conid = _opt_int(r.get("conid")) if isinstance(r, dict) else None
        if conid is None:
            continue
        sections = tuple(
            SearchSection(
                sec_type=str(s.get("secType", "")).upper(),
                months=_split(s.get("months"), ";"),
                exchanges=_split(s.get("exchange"), ";"),
                conid=_opt_int(s.get("conid")),
            )
            for s in r.get("sections") or []
            if isinstance(s, dict)
        )
        stk_section = next((s for s in sections if s.sec_type == sec_type and s.conid is None), None)
        listing = _opt_str(r.get("description"))
        contract = Contract(
            conid=conid,
            symbol=_opt_str(r.get("symbol")) or "",
            sec_type=sec_type,
            exchange=listing,
            listing_exchange=listing,
            description=_opt_str(r.get("companyHeader")),
            name=_opt_str(r.get("companyName")),
            valid_exchanges=stk_section.exchanges if stk_section else (),
        )
        listed = tuple((key.upper(), codes) for key in _ROW_EXPIRY_KEYS if (codes := _split(r.get(key), ";")))
        out.append(SearchResult(contract=contract, sections=sections, listed=listed))
    return tuple(out)


def parse_strikes(body: Any) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...]]:
    """``/iserver/secdef/strikes`` -> (call strikes, put strikes), sorted, as Decimals."""
    data = _expect(body, dict, OP_STRIKES)

    def side(key: str) -> tuple[Decimal, ...]:
        vals = (_opt_decimal(v) for v in data.get(key) or [])
        return tuple(sorted({v for v in vals if v is not None}))

    return side("call"), side("put")


def contract_from_info(d: Mapping[str, Any]) -> Contract | None:
    """One ``/iserver/secdef/info`` row (``conid``, ``symbol`` or ``ticker``, ``secType`` ...)."""
    conid = _opt_int(d.get("conid"))
    if conid is None:
        return None
    return Contract(
        conid=conid,
        symbol=_opt_str(d.get("symbol")) or _opt_str(d.get("ticker")) or "",
        sec_type=(_opt_str(d.get("secType")) or "").upper(),
        exchange=_opt_str(d.get("exchange")),
        listing_exchange=_opt_str(d.get("listingExchange")),
        currency=_opt_str(d.get("currency")),
        expiry=_date8(d.get("maturityDate")),
        last_trading_day=_date8(d.get("lastTradingDay")) or _date8(d.get("maturityDate")),
        multiplier=_opt_decimal(d.get("multiplier")),
        right=_right(d.get("right")),
        strike=_opt_decimal(d.get("strike")),
        trading_class=_opt_str(d.get("tradingClass")),
        description=_opt_str(d.get("desc2")) or _opt_str(d.get("desc1")),
        name=_opt_str(d.get("companyName")),
        underlying_conid=_opt_int(d.get("underlyingConid")) or _opt_int(d.get("undConid")),
        valid_exchanges=_split(d.get("validExchanges"), ","),
    )


def parse_info(body: Any) -> tuple[Contract, ...]:
    """``/iserver/secdef/info``: a list of rows (one per expiry in the month), or one row."""
    if isinstance(body, dict):
        if "error" in body:
            return ()
        body = [body]
    rows = _expect(body, list, OP_INFO)
    return tuple(c for r in rows if isinstance(r, dict) and (c := contract_from_info(r)) is not None)


def parse_contract_info(body: Any) -> Contract:
    """``/iserver/contract/{conid}/info`` (snake_case keys: ``con_id``, ``instrument_type`` ...)."""
    d = _expect(body, dict, OP_CONTRACT_INFO)
    conid = _opt_int(d.get("con_id")) or _opt_int(d.get("conid"))
    if conid is None:
        raise ContractNotFound(f"contract info without a conid: {d.get('error') or 'empty answer'}")
    und = _opt_int(d.get("underlying_con_id"))
    return Contract(
        conid=conid,
        symbol=_opt_str(d.get("symbol")) or "",
        sec_type=(_opt_str(d.get("instrument_type")) or "").upper(),
        exchange=_opt_str(d.get("exchange")),
        listing_exchange=_opt_str(d.get("listing_exchange")),
        currency=_opt_str(d.get("currency")),
        expiry=_date8(d.get("maturity_date")) or _date8(d.get("expiry_full")),
        multiplier=_opt_decimal(d.get("multiplier")),
        right=_right(d.get("right")),
        strike=_opt_decimal(d.get("strike")),
        trading_class=_opt_str(d.get("trading_class")),
        description=_opt_str(d.get("local_symbol")),
        name=_opt_str(d.get("company_name")),
        underlying_conid=und or None,
        valid_exchanges=_split(d.get("valid_exchanges"), ","),
    )


# ----------------------------------------------------------------------------------- selection
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


def parse_secdef_currencies(body: Any) -> dict[int, str]:
    """``/trsrv/secdef`` -> conid -> currency."""
    rows = body.get("secdef") if isinstance(body, dict) else body
    out: dict[int, str] = {}
    for r in rows if isinstance(rows, list) else []:
        if isinstance(r, dict):
            conid, ccy = _opt_int(r.get("conid")), _opt_str(r.get("currency"))
            if conid is not None and ccy:
                out[conid] = ccy.upper()
    return out


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


# ---------------------------------------------------------------------------------------- state
def _utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


class ContractsState:
    """Per-client discovery state: the lookup cache and its settings.

    ``ttl`` (seconds, default one day; 0 disables caching), ``clock`` (monotonic seconds, for the
    cache), ``today`` (calendar date, for front-month selection), ``info_batch`` (``secdef/info``
    requests per ``Gather``).
    """

    def __init__(
        self,
        *,
        ttl: float = DEFAULT_CONTRACT_TTL,
        clock: Callable[[], float] = time.monotonic,
        today: Callable[[], dt.date] = _utc_today,
        info_batch: int = DEFAULT_INFO_BATCH,
        maxsize: int = 65536,
    ) -> None:
        if info_batch < 1:
            raise ValueError("info_batch must be >= 1")
        self.cache: TTLCache[tuple[Any, ...], Any] = TTLCache(ttl, clock=clock, maxsize=maxsize)
        self.today = today
        self.info_batch = info_batch


_MISS: Any = object()
#: ``allow_status`` for lookups where IBKR's 200 ``{"error": "No symbol found"}`` means "no match":
#: the body reaches our parser (which reads it as empty) instead of raising BadRequest.
_ERROR_IS_EMPTY = (200,)


def _get(op: str, *, allow_status: tuple[int, ...] = (), **kwargs: Any) -> Flow[Any]:
    """One call, its JSON body back."""
    response = yield Call.op(op, allow_status=allow_status, **kwargs)
    return body_json(response)


def _cached(state: ContractsState, key: tuple[Any, ...], fetch: Callable[[], Flow[T]]) -> Flow[T]:
    """Serve ``key`` from the cache or run ``fetch`` once and remember its result."""
    hit = state.cache.get(key, _MISS)
    if hit is not _MISS:
        return cast(T, hit)
    value = yield from fetch()
    state.cache.put(key, value)
    return value


# ---------------------------------------------------------------------------------------- flows
def search_flow(state: ContractsState, symbol: str, sec_type: str = "STK") -> Flow[tuple[SearchResult, ...]]:
    """``/iserver/secdef/search`` (cached). ``sec_type`` is STK, IND or BOND (IBKR's search types)."""
    sym, st = _coerce.symbol(symbol).upper(), _coerce.symbol(sec_type, "sec_type").upper()

    def fetch() -> Flow[tuple[SearchResult, ...]]:
        body = yield from _get(OP_SEARCH, allow_status=_ERROR_IS_EMPTY, symbol=sym, sec_type=st)
        return parse_search(body, st)

    return (yield from _cached(state, ("search", sym, st), fetch))


def stock_flow(
    state: ContractsState, symbol: str, *, exchange: str | None = None, currency: str | None = "USD"
) -> Flow[Contract]:
    """One stock by symbol via ``/trsrv/stocks`` (see :func:`select_stock` for the rules)."""
    sym = _coerce.symbol(symbol).upper()

    def fetch() -> Flow[tuple[tuple[Contract, bool], ...]]:
        body = yield from _get(OP_STOCKS, allow_status=_ERROR_IS_EMPTY, symbols=[sym])
        return parse_stocks(body, sym)

    listings = yield from _cached(state, ("stocks", sym), fetch)
    currencies = yield from _currencies_flow(state, _currency_unknowns(listings, exchange, currency))
    return select_stock(listings, sym, exchange=exchange, currency=currency, currencies=currencies)


def _currencies_flow(state: ContractsState, conids: Sequence[int]) -> Flow[dict[int, str]]:
    """Currencies of ``conids`` via one ``/trsrv/secdef`` call for those not cached yet."""
    out: dict[int, str] = {}
    missing = []
    for conid in conids:
        hit = state.cache.get(("currency", conid), _MISS)
        if hit is _MISS:
            missing.append(conid)
        elif hit:
            out[conid] = hit
    if missing:
        body = yield from _get(OP_SECDEF, allow_status=_ERROR_IS_EMPTY, conids=[str(c) for c in missing])
        found = parse_secdef_currencies(body)
        for conid in missing:
            state.cache.put(("currency", conid), found.get(conid, ""))
        out.update(found)
    return out


def futures_flow(state: ContractsState, symbol: str) -> Flow[tuple[Contract, ...]]:
    """Every listed expiry of a future (cached), sorted by expiry."""
    sym = _coerce.symbol(symbol).upper()

    def fetch() -> Flow[tuple[Contract, ...]]:
        body = yield from _get(OP_FUTURES, allow_status=_ERROR_IS_EMPTY, symbols=[sym])
        return parse_futures(body, sym)

    return (yield from _cached(state, ("futures", sym), fetch))


def future_flow(state: ContractsState, symbol: str, month: str | None = None) -> Flow[Contract]:
    """The front-month future, or the one expiring in ``month`` (``"202612"`` / ``"DEC26"``)."""
    futures = yield from futures_flow(state, symbol)
    if not futures:
        raise ContractNotFound(f"no future with symbol {symbol!r}")
    return select_future(futures, symbol.upper(), month=month, today=state.today())


def contract_details_flow(state: ContractsState, conid: int) -> Flow[Contract]:
    """Full details of a conid via ``/iserver/contract/{conid}/info`` (cached)."""
    conid = _coerce.conid(conid, text=True)

    def fetch() -> Flow[Contract]:
        body = yield from _get(OP_CONTRACT_INFO, conid=str(conid))
        return parse_contract_info(body)

    return (yield from _cached(state, ("contract", int(conid)), fetch))


def _pick_search(
    results: Sequence[SearchResult], symbol: str, sec_type: str, filters: Mapping[str, Any]
) -> Contract:
    exchange = _opt_str(filters.get("exchange"))
    name = _opt_str(filters.get("name"))
    cands = [r.contract for r in results]
    if exchange:
        x = exchange.upper()
        cands = [c for c in cands if (c.listing_exchange or "").upper() == x or x in c.valid_exchanges]
    if name:
        cands = [c for c in cands if name.upper() in (c.name or "").upper()]
    cands = [c for c in cands if c.symbol.upper() == symbol.upper()] or cands
    if not cands:
        raise ContractNotFound(f"no {sec_type} {symbol!r} matches {dict(filters)}")
    if len(cands) > 1:
        raise AmbiguousContract(
            f"{len(cands)} {sec_type} contracts match {symbol!r}; filter by exchange= or name=",
            candidates=cands,
        )
    return cands[0]


def lookup_flow(state: ContractsState, symbol: str, sec_type: str, **filters: Any) -> Flow[Contract]:
    """One contract of any sec type. Filters by type:

    * STK: ``exchange``, ``currency`` (as :func:`stock_flow`);
    * FUT: ``month``;
    * IND, BOND: ``exchange``, ``name`` (secdef search);
    * OPT, FOP, WAR: ``month``, ``strike``, ``right`` (required), ``exchange`` (default SMART),
      ``expiry`` when the month holds several expiries;
    * anything else (CFD, ...): the search row's section of that type that carries a conid.
    """
    st = sec_type.strip().upper()
    known = {
        "STK": {"exchange", "currency"},
        "FUT": {"month"},
        "IND": {"exchange", "name"},
        "BOND": {"exchange", "name"},
        "OPT": {"month", "strike", "right", "exchange", "expiry"},
    }
    allowed = known.get("OPT" if st in ("FOP", "WAR") else st, {"exchange", "name"})
    unknown = set(filters) - allowed
    if unknown:
        raise ValidationError(f"unknown filters for {st}: {sorted(unknown)}", field=sorted(unknown)[0])
    if st == "STK":
        return (
            yield from stock_flow(
                state, symbol, exchange=filters.get("exchange"), currency=filters.get("currency", "USD")
            )
        )
    if st == "FUT":
        return (yield from future_flow(state, symbol, filters.get("month")))
    if st in ("IND", "BOND"):
        results = yield from search_flow(state, symbol, st)
        return _pick_search(results, symbol, st, filters)
    if st in ("OPT", "FOP", "WAR"):
        return (yield from _single_derivative(state, symbol, st, filters))
    # other types hang off a stock's search row as a section with its own conid (e.g. CFD)
    results = yield from search_flow(state, symbol, "STK")
    cands = []
    for r in results:
        s = r.section(st)
        if s is not None and s.conid is not None:
            cands.append(
                _replace(
                    r.contract, conid=s.conid, sec_type=st, exchange=s.exchanges[0] if s.exchanges else None
                )
            )
    return _pick_search([SearchResult(c, ()) for c in cands], symbol, st, filters)


def conid_of_flow(state: ContractsState, symbol: str, sec_type: str, **filters: Any) -> Flow[int]:
    """The conid of :func:`lookup_flow`'s contract."""
    c = yield from lookup_flow(state, symbol, sec_type, **filters)
    return c.conid


def _single_derivative(
    state: ContractsState, symbol: str, sec_type: str, filters: Mapping[str, Any]
) -> Flow[Contract]:
    for required in ("month", "strike", "right"):
        if filters.get(required) is None:
            raise ValidationError(f"{sec_type} lookup needs {required}=", field=required)
    right = _right(filters["right"])
    if right is None:
        raise ValidationError(f"right must be C or P, not {filters['right']!r}", field="right")
    exchange = filters.get("exchange") or "SMART"
    month = normalize_month(filters["month"])
    und, _ = yield from _underlying_for_derivatives(state, symbol, sec_type, month, exchange)
    strike = _to_decimal(filters["strike"])
    found = yield from _info_flow(state, und.conid, sec_type, month, exchange, strike, right)
    expiry = _date8(filters.get("expiry"))
    hits = [c for c in found if expiry is None or c.expiry == expiry]
    if not hits:
        raise ContractNotFound(f"no {symbol} {sec_type} {secdef_month(month)} {strike} {right} on {exchange}")
    if len(hits) > 1:
        raise AmbiguousContract(
            f"{len(hits)} {symbol} {sec_type} contracts for {strike} {right} in {secdef_month(month)}; "
            "pass expiry=",
            candidates=hits,
        )
    return hits[0]


def _on_venue(venues: Iterable[str], exchange: str) -> bool:
    """A listing on ``venues`` counts for ``exchange``: no venues named, SMART named, or it is named."""
    named = {v.upper() for v in venues}
    return not named or exchange.upper() in named or "SMART" in named


def _month_codes(codes: Iterable[str], out: dict[str, None]) -> None:
    """Add ``YYYYMM`` for each month code or expiry (``"DEC26"``, ``"20261218"``) to ``out``."""
    for code in codes:
        try:
            out.setdefault(normalize_month(code), None)
        except ValidationError:
            continue


def _listed_months(result: SearchResult, sec_type: str, exchange: str) -> tuple[str, ...]:
    """Months (``YYYYMM``) a search row lists for ``sec_type`` on ``exchange``, in IBKR's order.

    A section that names no exchanges, or names SMART, counts for every exchange. A row with no
    ``sec_type`` section at all (ForecastEx: sections ``IND`` on ``FORECASTX;`` and ``EC``, expiries in
    the row's ``opt`` field) lists the months of its row-level expiries and of its ``EC`` section, when
    the row itself is listed on ``exchange``; those months come sorted.
    """
    out: dict[str, None] = {}
    typed = [s for s in result.sections if s.sec_type == sec_type and s.conid is None]
    for s in typed:
        if _on_venue(s.exchanges, exchange):
            _month_codes(s.months, out)
    if typed:
        return tuple(out)
    row_venues = {e for s in result.sections for e in s.exchanges}
    if result.contract.listing_exchange:
        row_venues.add(result.contract.listing_exchange)
    if not _on_venue(row_venues, exchange):
        return ()
    _month_codes(result.listed_for(sec_type), out)
    if sec_type == "OPT":  # event contracts are options (call = YES, put = NO)
        for s in result.sections:
            if s.sec_type == "EC" and _on_venue(s.exchanges, exchange):
                _month_codes(s.months, out)
    return tuple(sorted(out))  # an expiry list need not be in order; the first month is the default


def _underlying_for_derivatives(
    state: ContractsState,
    underlying: str | Contract | int,
    sec_type: str,
    month: str | None,
    exchange: str,
    search_type: str | None = None,
) -> Flow[tuple[Contract, tuple[str, ...]]]:
    """The underlying search row that lists ``sec_type`` on ``exchange`` (in ``month`` when given),
    and the months it lists.

    Runs the secdef search whenever a symbol is known: IBKR wants it before strikes/info in each
    session (pre-flight), and its row carries the listed months. A bare conid skips it.
    """
    if isinstance(underlying, int):
        return Contract(conid=underlying, symbol="", sec_type=search_type or "STK"), ()
    symbol = underlying.symbol if isinstance(underlying, Contract) else underlying
    st = search_type or (underlying.sec_type if isinstance(underlying, Contract) else "STK")
    if st not in ("STK", "IND", "BOND"):
        st = "STK"
    results = yield from search_flow(state, symbol, st)
    if isinstance(underlying, Contract):
        results = tuple(r for r in results if r.contract.conid == underlying.conid) or results
    listing = [(r, _listed_months(r, sec_type, exchange)) for r in results]
    listing = [(r, months) for r, months in listing if months]
    if not listing:
        raise ContractNotFound(f"{symbol!r} ({st}) lists no {sec_type} contracts on {exchange}")
    if month is not None:
        with_month = [(r, months) for r, months in listing if month in months]
        if not with_month:
            listed = sorted({secdef_month(m) for _, months in listing for m in months})
            raise ContractNotFound(
                f"no {symbol} {sec_type} in {secdef_month(month)} on {exchange}; listed: {', '.join(listed)}"
            )
        listing = with_month
    if len(listing) > 1:
        raise AmbiguousContract(
            f"{len(listing)} underlyings named {symbol!r} list {sec_type}; pass a Contract or conid",
            candidates=[r.contract for r, _ in listing],
        )
    return listing[0][0].contract, listing[0][1]


def _strikes_flow(
    state: ContractsState, conid: int, sec_type: str, month: str, exchange: str
) -> Flow[tuple[tuple[Decimal, ...], tuple[Decimal, ...]]]:
    def fetch() -> Flow[tuple[tuple[Decimal, ...], tuple[Decimal, ...]]]:
        body = yield from _get(
            OP_STRIKES, conid=str(conid), sectype=sec_type, month=secdef_month(month), exchange=exchange
        )
        return parse_strikes(body)

    return (yield from _cached(state, ("strikes", conid, sec_type, month, exchange), fetch))


def _info_key(
    conid: int, sec_type: str, month: str, exchange: str, strike: Decimal, right: str
) -> tuple[Any, ...]:
    return ("info", conid, sec_type, month, exchange, strike, right)


def _info_kwargs(
    conid: int, sec_type: str, month: str, exchange: str, strike: Decimal, right: str
) -> dict[str, Any]:
    return {
        "conid": str(conid),
        "sectype": sec_type,
        "month": secdef_month(month),
        "exchange": exchange,
        "strike": _fmt_strike(strike),
        "right": right,
    }


def _fmt_strike(strike: Decimal) -> str:
    s = format(strike.normalize(), "f")
    return s


def _info_flow(
    state: ContractsState, conid: int, sec_type: str, month: str, exchange: str, strike: Decimal, right: str
) -> Flow[tuple[Contract, ...]]:
    def fetch() -> Flow[tuple[Contract, ...]]:
        body = yield from _get(
            OP_INFO,
            allow_status=_ERROR_IS_EMPTY,
            **_info_kwargs(conid, sec_type, month, exchange, strike, right),
        )
        return parse_info(body)

    return (yield from _cached(state, _info_key(conid, sec_type, month, exchange, strike, right), fetch))


def _many_info_flow(
    state: ContractsState,
    conid: int,
    sec_type: str,
    month: str,
    exchange: str,
    wanted: Sequence[tuple[Decimal, str]],
) -> Flow[list[Contract]]:
    """``secdef/info`` for each (strike, right): cache hits first, the rest in paced ``Gather`` batches."""
    out: list[Contract] = []
    missing: list[tuple[Decimal, str]] = []
    for strike, right in wanted:
        hit = state.cache.get(_info_key(conid, sec_type, month, exchange, strike, right), _MISS)
        if hit is _MISS:
            missing.append((strike, right))
        else:
            out.extend(hit)
    for start in range(0, len(missing), state.info_batch):
        batch = missing[start : start + state.info_batch]
        responses = yield Gather(
            [
                Call.op(
                    OP_INFO,
                    allow_status=_ERROR_IS_EMPTY,
                    **_info_kwargs(conid, sec_type, month, exchange, k, r),
                )
                for k, r in batch
            ]
        )
        for (k, r), response in zip(batch, responses, strict=True):
            found = parse_info(body_json(response))
            state.cache.put(_info_key(conid, sec_type, month, exchange, k, r), found)
            out.extend(found)
    return out


def reference_price_flow(conid: int) -> Flow[Decimal]:
    """The last price of ``conid``, for choosing strikes near the money.

    Uses ``marketdata.snapshot_flow`` (which handles IBKR's snapshot pre-flight: the first answer for
    a conid is usually empty). A ``C``-prefixed last (prior close) is accepted: it is good enough to
    centre a strike window.
    """
    from .marketdata import snapshot_flow

    snapshot = yield from snapshot_flow([conid], [Field.LAST], timeout=SNAPSHOT_TIMEOUT)
    quote = snapshot.get(conid)
    last = quote.last if quote is not None else None
    if last is None or last <= 0:
        raise ValidationError(
            f"no last price for conid {conid} within {SNAPSHOT_TIMEOUT:g}s; pass reference_price=",
            field="reference_price",
        )
    return Decimal(repr(last))


def option_chain_flow(
    state: ContractsState,
    underlying: str | Contract | int,
    month: str | dt.date | None = None,
    *,
    exchange: str = "SMART",
    strikes_around: int | None = None,
    right: str | None = None,
    reference_price: Decimal | float | str | None = None,
    sec_type: str = "OPT",
    search_type: str | None = None,
    only_event: bool = False,
) -> Flow[OptionChain]:
    """Calls and puts per strike for ``underlying`` in ``month``: search -> strikes -> info per strike.

    ``month`` (``"202612"``, ``"DEC26"``, a date) defaults to the first month the search lists.

    ``strikes_around=N`` keeps the N strikes nearest the money; the money is ``reference_price`` or,
    when absent, the underlying's last price from one or a few snapshots. ``right="C"``/``"P"`` fetches
    one side only (half the ``secdef/info`` requests). ``sec_type`` ``FOP``/``WAR`` work the same way.
    """
    st = sec_type.upper()
    wanted_month = normalize_month(month) if month is not None else None
    want_right = _right(right) if right is not None else None
    if right is not None and want_right is None:
        raise ValidationError(f"right must be C or P, not {right!r}", field="right")
    und, listed = yield from _underlying_for_derivatives(
        state, underlying, st, wanted_month, exchange, search_type
    )
    if wanted_month is None and not listed:
        raise ValidationError("month= is required when the underlying is given as a conid", field="month")
    mon = wanted_month or listed[0]
    calls, puts = yield from _strikes_flow(state, und.conid, st, mon, exchange)
    sides: list[tuple[str, tuple[Decimal, ...]]] = [("C", calls), ("P", puts)]
    if want_right is not None:
        sides = [s for s in sides if s[0] == want_right]
    all_strikes = {k for _, ks in sides for k in ks}
    if not all_strikes:
        raise ContractNotFound(f"no {st} strikes for conid {und.conid} in {secdef_month(mon)} on {exchange}")
    ref = _opt_decimal(reference_price) if reference_price is not None else None
    if strikes_around is not None and ref is None:
        ref = yield from reference_price_flow(und.conid)
    chosen = set(select_strikes(all_strikes, around=strikes_around, reference_price=ref))
    wanted = [(k, r) for r, ks in sides for k in ks if k in chosen]
    wanted.sort()
    found = yield from _many_info_flow(state, und.conid, st, mon, exchange, wanted)
    rows = build_rows(found, only_event=only_event)
    return OptionChain(
        underlying=und, month=mon, exchange=exchange, sec_type=st, rows=rows, reference_price=ref
    )


@dataclass(frozen=True, slots=True)
class EventMarket:
    """A ForecastEx market from ``/forecast/category/tree``; ``conid`` is its underlying."""

    conid: int
    symbol: str
    name: str
    exchange: str
    category: str | None = None
    product_conid: int | None = None


def parse_forecast_tree(body: Any) -> tuple[EventMarket, ...]:
    """``/forecast/category/tree``: ``{"categories": {id: {"name", "parent_id", "markets": [...]}}}``."""
    cats = body.get("categories") if isinstance(body, dict) else None
    out: list[EventMarket] = []
    for cat_id, cat in (cats or {}).items() if isinstance(cats, dict) else ():
        for m in (cat.get("markets") or []) if isinstance(cat, dict) else ():
            conid = _opt_int(m.get("conid")) if isinstance(m, dict) else None
            if conid is None:
                continue
            out.append(
                EventMarket(
                    conid=conid,
                    symbol=(_opt_str(m.get("symbol")) or "").upper(),
                    name=_opt_str(m.get("name")) or "",
                    exchange=_opt_str(m.get("exchange")) or FORECASTX,
                    category=str(cat_id),
                    product_conid=_opt_int(m.get("product_conid")),
                )
            )
    return tuple(out)


def parse_forecast_market(body: Any, underlying_conid: int) -> tuple[Contract, ...]:
    """``/forecast/contract/market``: every YES (call) / NO (put) contract of one market."""
    d = _expect(body, dict, OP_FORECAST_MARKET)
    symbol = _opt_str(d.get("symbol")) or ""
    exchange = _opt_str(d.get("exchange")) or FORECASTX
    name = _opt_str(d.get("market_name"))
    out = []
    for r in d.get("contracts") or []:
        conid = _opt_int(r.get("conid")) if isinstance(r, dict) else None
        if conid is None:
            continue
        expiry = _date8(r.get("expiration"))
        label = " ".join(x for x in (_opt_str(r.get("strike_label")), _opt_str(r.get("expiry_label"))) if x)
        out.append(
            Contract(
                conid=conid,
                symbol=symbol,
                sec_type="OPT",
                exchange=exchange,
                listing_exchange=exchange,
                expiry=expiry,
                last_trading_day=expiry,
                right=_right(r.get("side")),
                strike=_opt_decimal(r.get("strike")),
                description=label or None,
                name=name,
                underlying_conid=_opt_int(r.get("underlying_conid")) or underlying_conid,
            )
        )
    return tuple(out)


def forecast_markets_flow(state: ContractsState) -> Flow[tuple[EventMarket, ...]]:
    """Every ForecastEx market (``/forecast/category/tree``, cached)."""

    def fetch() -> Flow[tuple[EventMarket, ...]]:
        return parse_forecast_tree((yield from _get(OP_FORECAST_TREE)))

    return (yield from _cached(state, ("forecast_tree",), fetch))


def _forecast_contracts_flow(state: ContractsState, underlying_conid: int) -> Flow[tuple[Contract, ...]]:
    def fetch() -> Flow[tuple[Contract, ...]]:
        body = yield from _get(OP_FORECAST_MARKET, underlying_conid=str(underlying_conid))
        return parse_forecast_market(body, underlying_conid)

    return (yield from _cached(state, ("forecast_market", underlying_conid), fetch))


def _forecast_chain_flow(
    state: ContractsState,
    market: str | int,
    month: str | dt.date | None,
    strikes_around: int | None,
    reference_price: Decimal | float | str | None,
) -> Flow[OptionChain]:
    """ForecastEx: market by symbol (category tree) -> all its contracts (one request) -> month, strikes."""
    if isinstance(market, int):
        und = Contract(conid=market, symbol="", sec_type="IND", exchange=FORECASTX)
    else:
        sym = market.strip().upper()
        hits = [m for m in (yield from forecast_markets_flow(state)) if m.symbol == sym]
        if not hits:
            # Not in the category tree: try IBKR's generic route, index search -> strikes -> info
            # on exchange FORECASTX (call = YES, put = NO).
            try:
                return (
                    yield from option_chain_flow(
                        state, sym, month, exchange=FORECASTX, strikes_around=strikes_around,
                        reference_price=reference_price, search_type="IND",
                    )
                )  # fmt: skip
            except ContractNotFound as exc:
                raise ContractNotFound(f"no ForecastEx market with symbol {sym!r} ({exc})") from exc
        if len(hits) > 1:
            raise AmbiguousContract(
                f"{len(hits)} ForecastEx markets named {sym!r}; pass the conid", candidates=hits
            )
        m = hits[0]
        und = Contract(conid=m.conid, symbol=m.symbol, sec_type="IND", exchange=m.exchange, name=m.name)
    contracts = yield from _forecast_contracts_flow(state, und.conid)
    months = sorted({c.month for c in contracts if c.month})
    if not months:
        raise ContractNotFound(f"ForecastEx market {und.conid} lists no contracts")
    mon = normalize_month(month) if month is not None else months[0]
    if mon not in months:
        raise ContractNotFound(f"no ForecastEx contracts in {secdef_month(mon)}; listed: {', '.join(months)}")
    in_month = [c for c in contracts if c.month == mon]
    ref = _opt_decimal(reference_price) if reference_price is not None else None
    if strikes_around is not None and ref is None:
        ref = yield from reference_price_flow(und.conid)
    chosen = set(
        select_strikes(
            {c.strike for c in in_month if c.strike is not None}, around=strikes_around, reference_price=ref
        )
    )
    rows = build_rows(c for c in in_month if c.strike in chosen)
    return OptionChain(
        underlying=und, month=mon, exchange=FORECASTX, sec_type="OPT", rows=rows, reference_price=ref
    )


def event_contracts_flow(
    state: ContractsState,
    symbol: str | int,
    month: str | dt.date | None = None,
    *,
    venue: Literal["CME", "FORECASTX"] = "CME",
    strikes_around: int | None = None,
    reference_price: Decimal | float | str | None = None,
) -> Flow[OptionChain]:
    """Event contracts as a chain whose rows hold ``yes`` (IBKR's call) and ``no`` (put) contracts.

    * ``venue="CME"``: CME Group event contracts on an index (``symbol`` like ``"ES"``): index search,
      then strikes and info on exchange CME, keeping trading classes that start with ``"EC"``.
      Costs 1 search + 1 strikes + 2 info per strike (cold).
    * ``venue="FORECASTX"``: ForecastEx markets (``symbol`` like ``"FF"`` or the market's conid): the
      market from ``/forecast/category/tree``, then all its contracts from one
      ``/forecast/contract/market`` request. Costs 2 requests (cold). A symbol missing from the tree
      falls back to index search -> strikes -> info on exchange FORECASTX.

    ``month`` defaults to the first listed month. Everything is cached like other lookups.
    """
    if venue == FORECASTX:
        return (yield from _forecast_chain_flow(state, symbol, month, strikes_around, reference_price))
    if venue != "CME":
        raise ValidationError("venue must be 'CME' or 'FORECASTX'", field="venue")
    return (
        yield from option_chain_flow(
            state,
            symbol,
            month,
            exchange="CME",
            strikes_around=strikes_around,
            reference_price=reference_price,
            sec_type="OPT",
            search_type="IND",
            only_event=True,
        )
    )


def option_months_flow(
    state: ContractsState, underlying: str | Contract, sec_type: str = "OPT", exchange: str = "SMART"
) -> Flow[tuple[str, ...]]:
    """The months (``YYYYMM``) the secdef search lists for ``underlying``'s ``sec_type`` derivatives."""
    # event contracts hang off an index: CME's on ES/NQ..., ForecastEx's on its market's index
    search_type = "IND" if exchange.upper() in ("CME", FORECASTX) and sec_type.upper() == "OPT" else None
    _, months = yield from _underlying_for_derivatives(
        state, underlying, sec_type.upper(), None, exchange, search_type
    )
    return months


# -------------------------------------------------------------------------------------- facades
Runner = Callable[[Flow[Any]], Any]
Price = Decimal | float | str


def runner_of(owner: Any) -> Runner:
    """The flow runner of a facade's owner: a client (its ``run``) or a bare ``run(flow)`` callable."""
    run = getattr(owner, "run", None)
    if callable(run):
        return cast(Runner, run)
    if callable(owner):
        return cast(Runner, owner)
    raise TypeError(f"expected a client or a run(flow) callable, got {type(owner).__name__}")


class _Base:
    """``owner`` is the ``Client``/``AsyncClient`` (or a ``run(flow)`` callable); ``ttl`` the lookup
    cache lifetime in seconds (default one day, 0 disables); ``state`` shares a cache between facades."""

    def __init__(
        self, owner: Any, *, ttl: float = DEFAULT_CONTRACT_TTL, state: ContractsState | None = None
    ) -> None:
        self._run = runner_of(owner)
        self.state = state or ContractsState(ttl=ttl)

    def clear_cache(self) -> None:
        """Forget every cached lookup (conids rarely change; this is for tests and long-lived apps)."""
        self.state.cache.invalidate()


class Contracts(_Base):
    """Synchronous discovery (``client.contracts``). Each method runs the ``*_flow`` of the same name."""

    def stock(self, symbol: str, exchange: str | None = None, currency: str | None = "USD") -> Contract:
        return cast(Contract, self._run(stock_flow(self.state, symbol, exchange=exchange, currency=currency)))

    def future(self, symbol: str, month: str | None = None) -> Contract:
        return cast(Contract, self._run(future_flow(self.state, symbol, month)))

    def futures(self, symbol: str) -> tuple[Contract, ...]:
        return cast(tuple[Contract, ...], self._run(futures_flow(self.state, symbol)))

    def lookup(self, symbol: str, sec_type: str, **filters: Any) -> Contract:
        return cast(Contract, self._run(lookup_flow(self.state, symbol, sec_type, **filters)))

    def conid_of(self, symbol: str, sec_type: str = "STK", **filters: Any) -> int:
        return cast(int, self._run(conid_of_flow(self.state, symbol, sec_type, **filters)))

    def details(self, conid: int) -> Contract:
        return cast(Contract, self._run(contract_details_flow(self.state, conid)))

    def search(self, symbol: str, sec_type: str = "STK") -> tuple[SearchResult, ...]:
        return cast(tuple[SearchResult, ...], self._run(search_flow(self.state, symbol, sec_type)))

    def option_months(
        self, underlying: str | Contract, sec_type: str = "OPT", exchange: str = "SMART"
    ) -> tuple[str, ...]:
        return cast(
            tuple[str, ...], self._run(option_months_flow(self.state, underlying, sec_type, exchange))
        )

    def option_chain(
        self,
        underlying: str | Contract | int,
        month: str | dt.date | None = None,
        *,
        exchange: str = "SMART",
        strikes_around: int | None = None,
        right: str | None = None,
        reference_price: Price | None = None,
        sec_type: str = "OPT",
    ) -> OptionChain:
        flow = option_chain_flow(
            self.state, underlying, month, exchange=exchange, strikes_around=strikes_around, right=right,
            reference_price=reference_price, sec_type=sec_type,
        )  # fmt: skip
        return cast(OptionChain, self._run(flow))

    def event_contracts(
        self,
        symbol: str | int,
        month: str | dt.date | None = None,
        *,
        venue: Literal["CME", "FORECASTX"] = "CME",
        strikes_around: int | None = None,
        reference_price: Price | None = None,
    ) -> OptionChain:
        flow = event_contracts_flow(
            self.state, symbol, month, venue=venue, strikes_around=strikes_around,
            reference_price=reference_price,
        )  # fmt: skip
        return cast(OptionChain, self._run(flow))

    def forecast_markets(self) -> tuple[EventMarket, ...]:
        return cast(tuple[EventMarket, ...], self._run(forecast_markets_flow(self.state)))


class AsyncContracts(_Base):
    """Asynchronous discovery (``async_client.contracts``); the same methods, awaited."""

    async def stock(self, symbol: str, exchange: str | None = None, currency: str | None = "USD") -> Contract:
        flow = stock_flow(self.state, symbol, exchange=exchange, currency=currency)
        return cast(Contract, await self._run(flow))

    async def future(self, symbol: str, month: str | None = None) -> Contract:
        return cast(Contract, await self._run(future_flow(self.state, symbol, month)))

    async def futures(self, symbol: str) -> tuple[Contract, ...]:
        return cast(tuple[Contract, ...], await self._run(futures_flow(self.state, symbol)))

    async def lookup(self, symbol: str, sec_type: str, **filters: Any) -> Contract:
        return cast(Contract, await self._run(lookup_flow(self.state, symbol, sec_type, **filters)))

    async def conid_of(self, symbol: str, sec_type: str = "STK", **filters: Any) -> int:
        return cast(int, await self._run(conid_of_flow(self.state, symbol, sec_type, **filters)))

    async def details(self, conid: int) -> Contract:
        return cast(Contract, await self._run(contract_details_flow(self.state, conid)))

    async def search(self, symbol: str, sec_type: str = "STK") -> tuple[SearchResult, ...]:
        return cast(tuple[SearchResult, ...], await self._run(search_flow(self.state, symbol, sec_type)))

    async def option_months(
        self, underlying: str | Contract, sec_type: str = "OPT", exchange: str = "SMART"
    ) -> tuple[str, ...]:
        flow = option_months_flow(self.state, underlying, sec_type, exchange)
        return cast(tuple[str, ...], await self._run(flow))

    async def option_chain(
        self,
        underlying: str | Contract | int,
        month: str | dt.date | None = None,
        *,
        exchange: str = "SMART",
        strikes_around: int | None = None,
        right: str | None = None,
        reference_price: Price | None = None,
        sec_type: str = "OPT",
    ) -> OptionChain:
        flow = option_chain_flow(
            self.state, underlying, month, exchange=exchange, strikes_around=strikes_around, right=right,
            reference_price=reference_price, sec_type=sec_type,
        )  # fmt: skip
        return cast(OptionChain, await self._run(flow))

    async def event_contracts(
        self,
        symbol: str | int,
        month: str | dt.date | None = None,
        *,
        venue: Literal["CME", "FORECASTX"] = "CME",
        strikes_around: int | None = None,
        reference_price: Price | None = None,
    ) -> OptionChain:
        flow = event_contracts_flow(
            self.state, symbol, month, venue=venue, strikes_around=strikes_around,
            reference_price=reference_price,
        )  # fmt: skip
        return cast(OptionChain, await self._run(flow))

    async def forecast_markets(self) -> tuple[EventMarket, ...]:
        return cast(tuple[EventMarket, ...], await self._run(forecast_markets_flow(self.state)))
