"""Account views: accounts and subaccounts, the cash ledger, the account summary, positions.

Why a service: IBKR's portfolio endpoints are awkward to use raw. Numbers arrive as JSON numbers in
one place and strings in another; the positions endpoint is paged (``/portfolio/{id}/positions/0``,
``/1`` ... up to 100 rows a page) so "all positions" is a loop; the summary interleaves the whole
account with its commodity (``-c``) and securities (``-s``) segments in one flat object; and
``/portfolio/accounts`` allows one request per 5 seconds. This module turns those into typed values
(``Decimal`` for money), hides the paging, and answers repeated account-list calls inside the pacing
window from a short cache instead of waiting for the pacer or earning a 429.

IBKR wants ``/portfolio/accounts`` (or ``/portfolio/subaccounts``) read before the per-account
endpoints in each brokerage session; the first per-account call of a :class:`PortfolioState` does that
once per session (cached, so it usually costs nothing). When the client's session is re-established
(401 recovery, keep-alive), the facade's ``on_reestablished`` hook reads it again before the failed
call is resent, and a session restarted by hand is caught by its generation counter.

``/portfolio/subaccounts2`` (tiered, for logins with many sub-accounts) is paged: ``subaccounts(
tiered=True)`` reads every page and accepts both of IBKR's shapes, the documented
``{"metadata": {"total", "pageSize", "pageNum"}, "subaccounts": [...]}`` and the plain array seen live
for non-tiered logins.

Written once as flows (``_flow.py``); :class:`Portfolio` and :class:`AsyncPortfolio` are thin shells.
"""

from __future__ import annotations

import datetime as dt
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Final, TypeVar, cast

from . import _coerce
from ._cache import TTLCache
from ._coerce import opt_decimal, opt_int, opt_right, opt_str
from ._exceptions import UnexpectedResponse, ValidationError
from ._facade import runner_of, session_of
from ._flow import Call, Flow, body_json

__all__ = [
    "Account",
    "AccountSummary",
    "AsyncPortfolio",
    "Ledger",
    "LedgerEntry",
    "Portfolio",
    "PortfolioState",
    "Position",
    "SubaccountsPage",
    "SummaryFigures",
    "SummaryValue",
    "accounts_flow",
    "ledger_flow",
    "parse_account",
    "parse_accounts",
    "parse_ledger",
    "parse_position",
    "parse_positions_page",
    "parse_subaccounts_page",
    "parse_summary",
    "positions_flow",
    "subaccounts_flow",
    "summary_flow",
]

T = TypeVar("T")

OP_ACCOUNTS = "get_portfolio_accounts"
OP_SUBACCOUNTS = "get_subaccounts"
OP_SUBACCOUNTS_TIERED = "get_subaccounts_paged"
OP_LEDGER = "get_ledger"
OP_SUMMARY = "get_portfolio_summary"
OP_POSITIONS = "get_positions"

#: IBKR's page size for ``/portfolio/{accountId}/positions/{pageId}``; a shorter page is the last one.
POSITIONS_PAGE_SIZE = 100
#: A bound on the page loop, in case a server ignored ``pageId`` and kept sending full pages.
MAX_POSITION_PAGES = 1000
#: IBKR's documented page size for ``/portfolio/subaccounts2`` when a page does not say (``pageSize``).
SUBACCOUNTS_PAGE_SIZE = 100
#: A bound on the sub-account page loop (100 000 sub-accounts), like ``MAX_POSITION_PAGES``.
MAX_SUBACCOUNT_PAGES = 1000


def _window(operation_id: str, default: float) -> float:
    """The pacing window (seconds) the spec gives ``operation_id``, to size the short caches."""
    try:
        from ._flow import operation

        limit = operation(operation_id).rate_limit
    except (ImportError, KeyError):  # pragma: no cover - generated package missing
        return default
    if limit is None or not limit.requests or not limit.per_seconds:
        return default
    return float(limit.per_seconds) / float(limit.requests)


def _num(value: Any) -> Decimal | None:
    return opt_decimal(value)


def _figure(value: Any, op: str, name: str) -> Decimal | None:
    """An optional figure: None when IBKR leaves it out; garbage raises ``UnexpectedResponse``."""
    return _coerce.response_decimal(value, operation_id=op, name=name)


def _required(value: Any, op: str, name: str) -> Decimal:
    """A figure the answer must carry: absent, null or garbage raises ``UnexpectedResponse``, never 0."""
    return _coerce.required_decimal(value, operation_id=op, name=name)


def _epoch(value: Any) -> dt.datetime | None:
    """IBKR timestamps: epoch seconds (ledger, summary) or milliseconds (accountStatus)."""
    if type(value) is int:  # what IBKR sends: read as is (the same value opt_decimal gives)
        n: Decimal | int | None = value
    else:
        n = opt_decimal(value)
    if n is None or n <= 0:
        return None
    seconds = float(n) / 1000.0 if n > 10_000_000_000 else float(n)
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC)


# ------------------------------------------------------------------------------------------ accounts
@dataclass(frozen=True, slots=True)
class Account:
    """One account from ``/portfolio/accounts`` or ``/portfolio/subaccounts``."""

    account_id: str
    display_name: str | None = None
    title: str | None = None
    alias: str | None = None
    currency: str | None = None
    type: str | None = None  # "DEMO", "INDIVIDUAL", ...
    trading_type: str | None = None  # "STKNOPT", ...
    business_type: str | None = None
    brokerage_access: bool = False
    is_fa_client: bool = False
    parent_account_id: str | None = None
    is_master_parent: bool = False
    is_master_child: bool = False
    description: str | None = None


def parse_account(d: Mapping[str, Any]) -> Account | None:
    account_id = opt_str(d.get("accountId")) or opt_str(d.get("id"))
    if account_id is None:
        return None
    raw_parent = d.get("parent")
    parent: Mapping[str, Any] = raw_parent if isinstance(raw_parent, dict) else {}
    return Account(
        account_id=account_id,
        display_name=opt_str(d.get("displayName")),
        title=opt_str(d.get("accountTitle")),
        alias=opt_str(d.get("accountAlias")),
        currency=opt_str(d.get("currency")),
        type=opt_str(d.get("type")),
        trading_type=opt_str(d.get("tradingType")),
        business_type=opt_str(d.get("businessType")),
        brokerage_access=bool(d.get("brokerageAccess")),
        is_fa_client=bool(d.get("faclient")),
        parent_account_id=opt_str(parent.get("accountId")),
        is_master_parent=bool(parent.get("isMParent")),
        is_master_child=bool(parent.get("isMChild")),
        description=opt_str(d.get("desc")),
    )


def parse_accounts(body: Any, op: str = OP_ACCOUNTS) -> tuple[Account, ...]:
    """A list of account objects; the tiered endpoint wraps it as ``{"subaccounts": [...]}``."""
    return parse_subaccounts_page(body, op).accounts


@dataclass(frozen=True, slots=True)
class SubaccountsPage:
    """One page of ``/portfolio/subaccounts2``: its accounts, how many rows it held (``rows``, valid
    or not), and the paging ``metadata`` when IBKR sent it (None for the plain-array shape)."""

    accounts: tuple[Account, ...]
    rows: int
    total: int | None = None
    page_size: int | None = None
    page_num: int | None = None


def parse_subaccounts_page(body: Any, op: str = OP_SUBACCOUNTS_TIERED) -> SubaccountsPage:
    """Either shape: ``{"metadata": {...}, "subaccounts": [...]}`` (documented) or ``[...]`` (seen live)."""
    meta: Mapping[str, Any] = {}
    if isinstance(body, dict):
        raw_meta = body.get("metadata")
        meta = raw_meta if isinstance(raw_meta, dict) else {}
        body = body.get("subaccounts", body.get("accounts"))
    if not isinstance(body, list):
        raise UnexpectedResponse(f"{op}: expected a list of accounts", operation_id=op, body=body)
    accounts = tuple(a for d in body if isinstance(d, dict) and (a := parse_account(d)) is not None)
    page_size = opt_int(meta.get("pageSize"))
    return SubaccountsPage(
        accounts=accounts,
        rows=len(body),
        total=opt_int(meta.get("total")),
        page_size=page_size if page_size and page_size > 0 else None,
        page_num=opt_int(meta.get("pageNum")),
    )


# -------------------------------------------------------------------------------------------- ledger
@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """The cash ledger of one currency (or ``BASE``, the account's base-currency totals).

    ``settled_cash``, ``cash_balance`` and ``net_liquidation`` are always there (an answer without
    them raises ``UnexpectedResponse``); the other figures are None when IBKR leaves them out.
    """

    currency: str
    settled_cash: Decimal
    cash_balance: Decimal
    net_liquidation: Decimal
    unrealized_pnl: Decimal | None = None
    realized_pnl: Decimal | None = None
    stock_market_value: Decimal | None = None
    stock_option_market_value: Decimal | None = None
    future_market_value: Decimal | None = None
    future_option_market_value: Decimal | None = None
    commodity_market_value: Decimal | None = None
    corporate_bonds_market_value: Decimal | None = None
    tbills_market_value: Decimal | None = None
    tbonds_market_value: Decimal | None = None
    warrants_market_value: Decimal | None = None
    issuer_options_market_value: Decimal | None = None
    cryptocurrency_value: Decimal | None = None
    money_funds: Decimal | None = None
    funds: Decimal | None = None
    interest: Decimal | None = None
    dividends: Decimal | None = None
    futures_only_pnl: Decimal | None = None
    exchange_rate: Decimal | None = None
    cash_balance_fx_segment: Decimal | None = None
    timestamp: dt.datetime | None = None


#: Ledger figures every entry must carry (every recorded IBKR ledger answer has them).
_LEDGER_REQUIRED = frozenset({"settled_cash", "cash_balance", "net_liquidation"})
_LEDGER_KEYS = {
    "settled_cash": "settledcash",
    "cash_balance": "cashbalance",
    "net_liquidation": "netliquidationvalue",
    "unrealized_pnl": "unrealizedpnl",
    "realized_pnl": "realizedpnl",
    "stock_market_value": "stockmarketvalue",
    "stock_option_market_value": "stockoptionmarketvalue",
    "future_market_value": "futuremarketvalue",
    "future_option_market_value": "futureoptionmarketvalue",
    "commodity_market_value": "commoditymarketvalue",
    "corporate_bonds_market_value": "corporatebondsmarketvalue",
    "tbills_market_value": "tbillsmarketvalue",
    "tbonds_market_value": "tbondsmarketvalue",
    "warrants_market_value": "warrantsmarketvalue",
    "issuer_options_market_value": "issueroptionsmarketvalue",
    "cryptocurrency_value": "cryptocurrencyvalue",
    "money_funds": "moneyfunds",
    "funds": "funds",
    "interest": "interest",
    "dividends": "dividends",
    "futures_only_pnl": "futuresonlypnl",
    "exchange_rate": "exchangerate",
    "cash_balance_fx_segment": "cashbalancefxsegment",
}


@dataclass(frozen=True, slots=True)
class Ledger(Mapping[str, LedgerEntry]):
    """Ledger entries by currency code; ``base`` is the ``BASE`` entry (totals in base currency)."""

    account_id: str
    entries: Mapping[str, LedgerEntry]

    def __getitem__(self, currency: str) -> LedgerEntry:
        return self.entries[currency.upper()]

    def __iter__(self) -> Iterator[str]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def base(self) -> LedgerEntry | None:
        return self.entries.get("BASE")

    @property
    def currencies(self) -> tuple[str, ...]:
        """Real currencies held (``BASE`` excluded)."""
        return tuple(c for c in self.entries if c != "BASE")


_LEDGER_ENTRY: Final = _coerce.DecimalRecord(LedgerEntry, _LEDGER_KEYS, required=_LEDGER_REQUIRED)


def parse_ledger(body: Any, account_id: str) -> Ledger:
    if not isinstance(body, dict):
        raise UnexpectedResponse(f"{OP_LEDGER}: expected an object keyed by currency", operation_id=OP_LEDGER)
    entries: dict[str, LedgerEntry] = {}
    for key, d in body.items():
        if not isinstance(d, dict):
            raise UnexpectedResponse(
                f"{OP_LEDGER}: ledger entry {str(key)[:20]!r} is not an object",
                operation_id=OP_LEDGER,
                body=body,
            )
        ccy = (opt_str(d.get("secondkey")) or opt_str(d.get("currency")) or str(key)).upper()
        # settled_cash, cash_balance and net_liquidation absent or null: UnexpectedResponse, never 0
        entries[ccy] = _LEDGER_ENTRY.build(
            d, operation_id=OP_LEDGER, prefix=f"{ccy}.", currency=ccy, timestamp=_epoch(d.get("timestamp"))
        )
    return Ledger(account_id=account_id, entries=entries)


# ------------------------------------------------------------------------------------------- summary
@dataclass(frozen=True, slots=True)
class SummaryValue:
    """One summary item: ``amount`` as a number (None when IBKR reports ``isNull``), ``value`` raw."""

    amount: Decimal | None
    currency: str | None = None
    value: str | None = None
    timestamp: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class SummaryFigures:
    """Equity and margin figures, for the whole account or one segment. None when not reported."""

    net_liquidation: Decimal | None = None
    equity_with_loan: Decimal | None = None
    total_cash: Decimal | None = None
    settled_cash: Decimal | None = None
    accrued_cash: Decimal | None = None
    gross_position_value: Decimal | None = None
    init_margin: Decimal | None = None
    maint_margin: Decimal | None = None
    available_funds: Decimal | None = None
    excess_liquidity: Decimal | None = None
    buying_power: Decimal | None = None
    sma: Decimal | None = None
    cushion: Decimal | None = None
    leverage: Decimal | None = None
    look_ahead_init_margin: Decimal | None = None
    look_ahead_maint_margin: Decimal | None = None
    look_ahead_available_funds: Decimal | None = None
    look_ahead_excess_liquidity: Decimal | None = None
    full_init_margin: Decimal | None = None
    full_maint_margin: Decimal | None = None
    full_available_funds: Decimal | None = None
    full_excess_liquidity: Decimal | None = None
    day_trades_remaining: Decimal | None = None


_SUMMARY_KEYS = {
    "net_liquidation": "netliquidation",
    "equity_with_loan": "equitywithloanvalue",
    "total_cash": "totalcashvalue",
    "settled_cash": "settledcash",
    "accrued_cash": "accruedcash",
    "gross_position_value": "grosspositionvalue",
    "init_margin": "initmarginreq",
    "maint_margin": "maintmarginreq",
    "available_funds": "availablefunds",
    "excess_liquidity": "excessliquidity",
    "buying_power": "buyingpower",
    "sma": "sma",
    "cushion": "cushion",
    "leverage": "leverage",
    "look_ahead_init_margin": "lookaheadinitmarginreq",
    "look_ahead_maint_margin": "lookaheadmaintmarginreq",
    "look_ahead_available_funds": "lookaheadavailablefunds",
    "look_ahead_excess_liquidity": "lookaheadexcessliquidity",
    "full_init_margin": "fullinitmarginreq",
    "full_maint_margin": "fullmaintmarginreq",
    "full_available_funds": "fullavailablefunds",
    "full_excess_liquidity": "fullexcessliquidity",
    "day_trades_remaining": "daytradesremaining",
}
#: IBKR's segment suffixes in ``/portfolio/{id}/summary`` keys.
SEGMENTS = {"c": "commodities", "s": "securities", "p": "crypto"}


@dataclass(frozen=True, slots=True)
class AccountSummary:
    """``/portfolio/{id}/summary``: ``total`` for the account, ``segments`` per segment, ``raw`` all items."""

    account_id: str
    total: SummaryFigures
    segments: Mapping[str, SummaryFigures]
    raw: Mapping[str, SummaryValue] = field(repr=False)
    currency: str | None = None
    account_type: str | None = None

    # shortcuts to ``total`` for the figures people read most
    @property
    def net_liquidation(self) -> Decimal | None:
        return self.total.net_liquidation

    @property
    def equity_with_loan(self) -> Decimal | None:
        return self.total.equity_with_loan

    @property
    def buying_power(self) -> Decimal | None:
        return self.total.buying_power

    @property
    def init_margin(self) -> Decimal | None:
        return self.total.init_margin

    @property
    def maint_margin(self) -> Decimal | None:
        return self.total.maint_margin

    @property
    def excess_liquidity(self) -> Decimal | None:
        return self.total.excess_liquidity


def _summary_value(d: Any, key: str = "") -> SummaryValue:
    if not isinstance(d, dict):
        if isinstance(d, str):  # a bare text item (IBKR writes some as plain strings)
            return SummaryValue(amount=_num(d), value=opt_str(d))
        return SummaryValue(amount=_figure(d, OP_SUMMARY, key), value=opt_str(d))
    is_null = bool(d.get("isNull"))
    # ``isNull`` is IBKR's documented "no value"; otherwise an ``amount`` that is there must be a number.
    amount = None if is_null else _figure(d.get("amount"), OP_SUMMARY, f"{key}.amount")
    if amount is None and not is_null:
        amount = _num(d.get("value"))
    return SummaryValue(
        amount=amount,
        currency=opt_str(d.get("currency")),
        value=opt_str(d.get("value")),
        timestamp=_epoch(d.get("timestamp")),
    )


def parse_summary(body: Any, account_id: str) -> AccountSummary:
    if not isinstance(body, dict):
        raise UnexpectedResponse(f"{OP_SUMMARY}: expected an object", operation_id=OP_SUMMARY, body=body)
    raw = {str(k).lower(): _summary_value(v, str(k)) for k, v in body.items()}

    def figures(suffix: str) -> SummaryFigures:
        vals = {}
        for name, key in _SUMMARY_KEYS.items():
            item = raw.get(key + suffix)
            vals[name] = item.amount if item is not None else None
        return SummaryFigures(**vals)

    segments = {}
    for code, seg_name in SEGMENTS.items():
        if any(k.endswith("-" + code) for k in raw):
            segments[seg_name] = figures("-" + code)
    total = figures("")
    currency = next(
        (raw[k].currency for k in ("netliquidation", "totalcashvalue") if k in raw and raw[k].currency), None
    )
    return AccountSummary(
        account_id=(raw["accountcode"].value if "accountcode" in raw else None) or account_id,
        total=total,
        segments=segments,
        raw=raw,
        currency=currency,
        account_type=raw["accounttype"].value if "accounttype" in raw else None,
    )


# ----------------------------------------------------------------------------------------- positions
@dataclass(frozen=True, slots=True)
class Position:
    """One position row. ``quantity`` is signed (short < 0); money figures are ``Decimal``."""

    account_id: str
    conid: int
    description: str
    sec_type: str
    quantity: Decimal
    market_price: Decimal | None
    market_value: Decimal | None
    currency: str | None
    avg_cost: Decimal | None
    avg_price: Decimal | None
    realized_pnl: Decimal | None
    unrealized_pnl: Decimal | None
    symbol: str | None = None
    name: str | None = None
    expiry: str | None = None
    right: str | None = None
    strike: Decimal | None = None
    multiplier: Decimal | None = None
    underlying_conid: int | None = None
    listing_exchange: str | None = None
    is_event_contract: bool = False


def parse_position(d: Mapping[str, Any], account_id: str) -> Position:
    """One row. ``conid`` and ``position`` must be there and readable (``UnexpectedResponse`` otherwise:
    a made-up zero would show a held position as flat); the other figures are None when left out."""
    op = OP_POSITIONS
    conid = opt_int(d.get("conid"))
    if conid is None or conid <= 0:
        raise UnexpectedResponse(
            f"{op}: a position row without a readable conid ({d.get('conid')!r:.40})",
            operation_id=op,
            body=dict(d),
        )
    strike = _figure(d.get("strike"), op, "strike")
    multiplier = _figure(d.get("multiplier"), op, "multiplier")
    und = opt_int(d.get("undConid"))
    return Position(
        account_id=opt_str(d.get("acctId")) or account_id,
        conid=conid,
        description=opt_str(d.get("contractDesc")) or "",
        sec_type=(opt_str(d.get("assetClass")) or "").upper(),
        quantity=_required(d.get("position"), op, f"position of conid {conid}"),
        market_price=_figure(d.get("mktPrice"), op, "mktPrice"),
        market_value=_figure(d.get("mktValue"), op, "mktValue"),
        currency=opt_str(d.get("currency")),
        avg_cost=_figure(d.get("avgCost"), op, "avgCost"),
        avg_price=_figure(d.get("avgPrice"), op, "avgPrice"),
        realized_pnl=_figure(d.get("realizedPnl"), op, "realizedPnl"),
        unrealized_pnl=_figure(d.get("unrealizedPnl"), op, "unrealizedPnl"),
        symbol=opt_str(d.get("ticker")),
        name=opt_str(d.get("name")),
        expiry=opt_str(d.get("expiry")),
        right=opt_right(d.get("putOrCall")),
        strike=strike if strike else None,  # IBKR writes 0 / "0" for "no strike"
        multiplier=multiplier if multiplier else None,
        underlying_conid=und or None,
        listing_exchange=opt_str(d.get("listingExchange")),
        is_event_contract=bool(d.get("isEventContract")),
    )


def parse_positions_page(body: Any, account_id: str) -> tuple[tuple[Position, ...], int]:
    """One page of positions and the page size it reports (``pageSize``, else 100).

    IBKR answers an empty page with ``[]``; any other shape (``{}``, ``null``, a list of non-objects)
    raises ``UnexpectedResponse`` rather than passing for "no positions".
    """
    if not isinstance(body, list):
        raise UnexpectedResponse(
            f"{OP_POSITIONS}: expected a list of positions, got {type(body).__name__}",
            operation_id=OP_POSITIONS,
            body=body,
        )
    if not all(isinstance(d, dict) for d in body):
        raise UnexpectedResponse(
            f"{OP_POSITIONS}: expected a list of position objects", operation_id=OP_POSITIONS, body=body
        )
    page_size = next((opt_int(d.get("pageSize")) for d in body if d.get("pageSize")), None)
    positions = tuple(parse_position(d, account_id) for d in body)
    return positions, page_size or POSITIONS_PAGE_SIZE


# ------------------------------------------------------------------------------------------- state
class PortfolioState:
    """Per-client state: short caches for the paced account lists, and whether the account list was
    read in the current brokerage session.

    ``accounts_ttl`` defaults to the spec's pacing window for ``/portfolio/accounts`` (5 s): a second
    call inside the window would have to wait or earn a 429, so it is answered from memory instead.
    ``generation`` returns the brokerage session's generation (``Session.generation``); without one
    (a runner without a session) the account list is read once per state.
    """

    def __init__(
        self,
        *,
        accounts_ttl: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        generation: Callable[[], int] | None = None,
    ) -> None:
        ttl = _window(OP_ACCOUNTS, 5.0) if accounts_ttl is None else accounts_ttl
        self.cache: TTLCache[tuple[Any, ...], Any] = TTLCache(ttl, clock=clock, maxsize=256)
        self.generation: Callable[[], int] = generation or (lambda: 0)
        #: The session generation in which an account list was last read (None: never).
        self.accounts_generation: int | None = None
        self._session: Any = None

    @property
    def accounts_read(self) -> bool:
        """True when an account list was read in the current brokerage session."""
        return self.accounts_generation == self.generation()

    def bind_session(self, session: Any) -> None:
        """Follow ``session`` (a ``session.Session``): its generation tells when the account list must
        be read again, and its ``on_reestablished`` hook reads it right after a re-establishment, so
        the call that hit the expired session is resent after the read IBKR asks for. A state follows
        the first session it is bound to; binding again (a second facade on it) does nothing."""
        if session is None or self._session is not None:
            return
        generation = getattr(session, "generation", None)
        register = getattr(session, "on_reestablished", None)
        if not isinstance(generation, int) or not callable(register):
            return
        self._session = session
        self.generation = lambda: int(session.generation)
        register(_reread_hook(weakref.ref(self)))


_MISS: Any = object()


def _get(op: str, **kwargs: Any) -> Flow[Any]:
    """One call, its JSON body back."""
    response = yield Call.op(op, **kwargs)
    return body_json(response)


def _account_list(
    state: PortfolioState, op: str, read: Callable[[], Flow[tuple[Account, ...]]], *, fresh: bool = False
) -> Flow[tuple[Account, ...]]:
    """The cached list of ``op``, or ``read()`` it (always when ``fresh``) and remember that the
    session has seen an account list."""
    key = (op,)
    if not fresh:
        hit = state.cache.get(key, _MISS)
        if hit is not _MISS:
            return cast(tuple[Account, ...], hit)
    generation = state.generation()  # before the request: a session that ends meanwhile is not marked
    accounts = yield from read()
    state.cache.put(key, accounts)
    state.accounts_generation = generation
    return accounts


def _read_one(op: str) -> Callable[[], Flow[tuple[Account, ...]]]:
    def read() -> Flow[tuple[Account, ...]]:
        return parse_accounts((yield from _get(op)), op)

    return read


def _read_tiered() -> Flow[tuple[Account, ...]]:
    """Every page of ``/portfolio/subaccounts2``: page 0, 1, 2 ... until the pages hold
    ``metadata.total`` accounts, or a page is short (fewer rows than its ``pageSize``, else 100),
    empty, or brings no account not seen yet (a server that ignores ``page`` would loop forever)."""
    out: dict[str, Account] = {}
    for page in range(MAX_SUBACCOUNT_PAGES):
        got = parse_subaccounts_page((yield from _get(OP_SUBACCOUNTS_TIERED, page=page)))
        fresh = [a for a in got.accounts if a.account_id not in out]
        out.update((a.account_id, a) for a in fresh)
        if (
            not fresh
            or got.rows < (got.page_size or SUBACCOUNTS_PAGE_SIZE)
            or (got.total is not None and len(out) >= got.total)
        ):
            break
    return tuple(out.values())


def accounts_flow(state: PortfolioState, *, fresh: bool = False) -> Flow[tuple[Account, ...]]:
    """``/portfolio/accounts`` (1 request / 5 s): cached for the pacing window (``fresh`` skips it)."""
    return (yield from _account_list(state, OP_ACCOUNTS, _read_one(OP_ACCOUNTS), fresh=fresh))


def subaccounts_flow(state: PortfolioState, *, tiered: bool = False) -> Flow[tuple[Account, ...]]:
    """Subaccounts of an advisor / broker login. ``tiered=True`` uses ``/portfolio/subaccounts2``
    (the endpoint for logins with many subaccounts) and reads all of its pages: one request per page
    of 100."""
    if tiered:
        return (yield from _account_list(state, OP_SUBACCOUNTS_TIERED, _read_tiered))
    return (yield from _account_list(state, OP_SUBACCOUNTS, _read_one(OP_SUBACCOUNTS)))


def _preflight(state: PortfolioState) -> Flow[None]:
    """IBKR wants the account list read before per-account portfolio calls: once per brokerage
    session, and really sent (a list cached from an earlier session does not count)."""
    if not state.accounts_read:
        yield from accounts_flow(state, fresh=True)


def _reread_hook(ref: weakref.ReferenceType[PortfolioState]) -> Callable[[], Flow[None]]:
    """The ``on_reestablished`` hook of a state: read ``/portfolio/accounts`` in the new session.

    Holds the state weakly, so a facade dropped by its user is not kept alive by the session.
    """

    def hook() -> Flow[None]:
        state = ref()
        if state is not None and not state.accounts_read:
            yield from accounts_flow(state, fresh=True)

    return hook


def _account(account_id: str) -> str:
    acct = (account_id or "").strip()
    if not acct:
        raise ValidationError("account id is empty", field="account_id")
    return acct


def ledger_flow(state: PortfolioState, account_id: str) -> Flow[Ledger]:
    """Cash ledger per currency (``/portfolio/{id}/ledger``)."""
    acct = _account(account_id)
    yield from _preflight(state)
    body = yield from _get(OP_LEDGER, account_id=acct)
    return parse_ledger(body, acct)


def summary_flow(state: PortfolioState, account_id: str) -> Flow[AccountSummary]:
    """Equity and margin for the account and per segment (``/portfolio/{id}/summary``)."""
    acct = _account(account_id)
    yield from _preflight(state)
    body = yield from _get(OP_SUMMARY, account_id=acct)
    return parse_summary(body, acct)


def positions_flow(state: PortfolioState, account_id: str) -> Flow[tuple[Position, ...]]:
    """Every position, across all pages: request ``pageId`` 0, 1, 2 ... until a short or empty page.

    A page that brings only conids already seen also ends the loop (a server that ignores ``pageId``
    would otherwise make it endless).
    """
    acct = _account(account_id)
    yield from _preflight(state)
    out: list[Position] = []
    seen: set[int] = set()
    for page_id in range(MAX_POSITION_PAGES):
        body = yield from _get(OP_POSITIONS, account_id=acct, page_id=page_id)
        page, page_size = parse_positions_page(body, acct)
        fresh = [p for p in page if p.conid not in seen]
        out.extend(fresh)
        seen.update(p.conid for p in fresh)
        if len(page) < page_size or not fresh:
            break
    return tuple(out)


# ------------------------------------------------------------------------------------------ facades
Runner = Callable[[Flow[Any]], Any]


class _Base:
    """``client`` is the ``Client``/``AsyncClient`` (see ``_facade.py``); ``accounts_ttl``
    overrides the account-list cache lifetime (default: the spec's pacing window, 5 s)."""

    def __init__(
        self, client: Any, *, accounts_ttl: float | None = None, state: PortfolioState | None = None
    ) -> None:
        self._run = runner_of(client)
        self.state = state or PortfolioState(accounts_ttl=accounts_ttl)
        self.state.bind_session(session_of(client))

    def clear_cache(self) -> None:
        self.state.cache.invalidate()


class Portfolio(_Base):
    """Synchronous account views (``client.portfolio``)."""

    def accounts(self) -> tuple[Account, ...]:
        return cast(tuple[Account, ...], self._run(accounts_flow(self.state)))

    def subaccounts(self, *, tiered: bool = False) -> tuple[Account, ...]:
        return cast(tuple[Account, ...], self._run(subaccounts_flow(self.state, tiered=tiered)))

    def ledger(self, account_id: str) -> Ledger:
        return cast(Ledger, self._run(ledger_flow(self.state, account_id)))

    def summary(self, account_id: str) -> AccountSummary:
        return cast(AccountSummary, self._run(summary_flow(self.state, account_id)))

    def positions(self, account_id: str) -> tuple[Position, ...]:
        return cast(tuple[Position, ...], self._run(positions_flow(self.state, account_id)))


class AsyncPortfolio(_Base):
    """Asynchronous account views (``async_client.portfolio``)."""

    async def accounts(self) -> tuple[Account, ...]:
        return cast(tuple[Account, ...], await self._run(accounts_flow(self.state)))

    async def subaccounts(self, *, tiered: bool = False) -> tuple[Account, ...]:
        return cast(tuple[Account, ...], await self._run(subaccounts_flow(self.state, tiered=tiered)))

    async def ledger(self, account_id: str) -> Ledger:
        return cast(Ledger, await self._run(ledger_flow(self.state, account_id)))

    async def summary(self, account_id: str) -> AccountSummary:
        return cast(AccountSummary, await self._run(summary_flow(self.state, account_id)))

    async def positions(self, account_id: str) -> tuple[Position, ...]:
        return cast(tuple[Position, ...], await self._run(positions_flow(self.state, account_id)))
