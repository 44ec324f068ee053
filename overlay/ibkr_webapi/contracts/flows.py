"""Discovery written once as flows (see ``_flow.py``): per-client cache, search, stocks, futures,
the search -> strikes -> info chain protocol, ForecastEx markets."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Literal, TypeVar, cast

from .. import _coerce
from .._cache import DEFAULT_CONTRACT_TTL, TTLCache
from .._coerce import opt_decimal, opt_right, opt_str
from .._exceptions import AmbiguousContract, ContractNotFound, ValidationError
from .._flow import Call, Flow, Gather, body_json
from ..fields import Field
from .models import FORECASTX, Contract, EventMarket, OptionChain, SearchResult, _to_decimal
from .parsing import (
    OP_CONTRACT_INFO,
    OP_FORECAST_MARKET,
    OP_FORECAST_TREE,
    OP_FUTURES,
    OP_INFO,
    OP_SEARCH,
    OP_SECDEF,
    OP_STOCKS,
    OP_STRIKES,
    _date8,
    normalize_month,
    parse_contract_info,
    parse_forecast_market,
    parse_forecast_tree,
    parse_futures,
    parse_info,
    parse_search,
    parse_secdef_currencies,
    parse_stocks,
    parse_strikes,
    secdef_month,
)
from .selection import _currency_unknowns, _replace, build_rows, select_future, select_stock, select_strikes

T = TypeVar("T")

DEFAULT_INFO_BATCH = 10
#: How long to wait for a last price when ``strikes_around`` needs one and none was given.
SNAPSHOT_TIMEOUT = 5.0


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
    exchange = opt_str(filters.get("exchange"))
    name = opt_str(filters.get("name"))
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
    right = opt_right(filters["right"])
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
    from ..marketdata import snapshot_flow

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
    want_right = opt_right(right) if right is not None else None
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
    ref = opt_decimal(reference_price) if reference_price is not None else None
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
    ref = opt_decimal(reference_price) if reference_price is not None else None
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
