"""Typed events a stream yields: one frozen dataclass per kind of thing IBKR pushes.

Why typed events: a consumer writes ``match event: case OrderUpdate(): ...`` instead of poking at
topic strings and numeric keys. Every event keeps the ``raw`` JSON it was built from, so nothing
IBKR sends is lost when our model of it is incomplete. An unknown topic becomes
:class:`UnknownMessage`, a frame that is not JSON becomes :class:`UnknownMessage` with the text; the
reader never raises because of what the server sent.

Market-data values are parsed lazily (on first access of :attr:`MarketDataUpdate.values`) by
``ibkr_webapi.fields.parse_fields``: the reader stays cheap on a firehose, conflation merges raw
field dicts without parsing twice, and the parse runs once per event that is actually looked at.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ..fields import QuoteValues

__all__ = [
    "AccountInfo",
    "AccountSummaryUpdate",
    "AuthStatus",
    "Bulletin",
    "DepthRow",
    "DepthUpdate",
    "Event",
    "Heartbeat",
    "HistoricalBar",
    "HistoricalBars",
    "LedgerUpdate",
    "MarketDataUpdate",
    "Notification",
    "OrderUpdate",
    "PnLUpdate",
    "Reconnected",
    "StreamError",
    "SystemMessage",
    "TradeUpdate",
    "UnknownMessage",
]

Source = Literal["stream", "gap_fill"]


def _ms_to_datetime(ms: int | float | None) -> datetime | None:
    if ms is None:
        return None
    return datetime.fromtimestamp(ms / 1000.0, tz=UTC)


@dataclass(frozen=True, slots=True, eq=False)
class MarketDataUpdate:
    """An ``smd+CONID`` update: only the fields that changed (IBKR sends deltas).

    ``fields`` holds IBKR's raw values keyed by field id (``"31"``, ``"84"`` …): the frame minus its
    envelope (``topic``, ``conid``, ``conidEx``, ``_updated``, ``server_id``). ``values`` is the
    parsed view from ``ibkr_webapi.fields.parse_fields`` (computed on first access, then cached).
    ``updates`` > 1 means a slow consumer got several updates conflated into this one (fields
    merged, newest value wins).
    """

    conid: int
    fields: Mapping[str, Any]
    updated_ms: int | None = None
    server_id: str | None = None
    updates: int = 1
    parser: Callable[[Mapping[str, Any]], Any] | None = field(default=None, repr=False)
    _values: Any = field(default=None, init=False, repr=False)  # None until ``values`` is first read

    @property
    def values(self) -> QuoteValues:
        """Parsed field values (``ibkr_webapi.fields.parse_fields``, or the injected parser)."""
        parsed = self._values
        if parsed is None:
            parsed = (self.parser or _parse_fields or _default_parser())(self.fields)
            _set_values(self, parsed)
        return parsed  # type: ignore[no-any-return]

    @property
    def timestamp(self) -> datetime | None:
        """When IBKR stamped the update (``_updated``), as an aware UTC datetime."""
        return _ms_to_datetime(self.updated_ms)

    def merged_with(self, newer: MarketDataUpdate) -> MarketDataUpdate:
        """Conflate: this pending update plus a newer one for the same conid (newer values win)."""
        merged = dict(self.fields)
        merged.update(newer.fields)
        return new_market_data_update(
            self.conid,
            merged,
            newer.updated_ms if newer.updated_ms is not None else self.updated_ms,
            newer.server_id or self.server_id,
            newer.parser,
            self.updates + newer.updates,
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MarketDataUpdate):
            return NotImplemented
        return (self.conid, dict(self.fields), self.updated_ms, self.server_id, self.updates) == (
            other.conid,
            dict(other.fields),
            other.updated_ms,
            other.server_id,
            other.updates,
        )

    __hash__ = None  # type: ignore[assignment]


_set_values = MarketDataUpdate.__dict__["_values"].__set__
_parse_fields: Callable[[Mapping[str, Any]], Any] | None = None


def _default_parser() -> Callable[[Mapping[str, Any]], Any]:
    """``ibkr_webapi.fields.parse_fields`` (as ``parse_owned_fields``: an event's ``fields`` never
    change, so ``values.raw`` shares them), imported on first use (not per event: an import
    statement costs about a microsecond even when the module is loaded)."""
    global _parse_fields
    if _parse_fields is None:
        from ..fields import parse_owned_fields

        _parse_fields = parse_owned_fields
    return _parse_fields


class _MarketDataBuilder:
    """The slot layout of ``MarketDataUpdate`` without its frozen ``__setattr__``: the reader's hot
    path fills one of these with plain attribute stores and turns it into a ``MarketDataUpdate``
    (``__class__`` assignment between identical slot layouts). A frozen dataclass ``__init__`` calls
    ``object.__setattr__`` per field; this builds the same object about 3x faster."""

    __slots__ = MarketDataUpdate.__slots__

    def __init__(
        self,
        conid: int,
        fields: Mapping[str, Any],
        updated_ms: int | None,
        server_id: str | None,
        updates: int,
        parser: Callable[[Mapping[str, Any]], Any] | None,
    ) -> None:
        self.conid = conid
        self.fields = fields
        self.updated_ms = updated_ms
        self.server_id = server_id
        self.updates = updates
        self.parser = parser
        self._values = None


def new_market_data_update(
    conid: int,
    fields: Mapping[str, Any],
    updated_ms: int | None,
    server_id: str | None,
    parser: Callable[[Mapping[str, Any]], Any] | None,
    updates: int = 1,
) -> MarketDataUpdate:
    """``MarketDataUpdate(...)`` for the hot paths (reader, conflation): the same frozen object."""
    event: Any = _MarketDataBuilder(conid, fields, updated_ms, server_id, updates, parser)
    event.__class__ = MarketDataUpdate
    return event  # type: ignore[no-any-return]


@dataclass(frozen=True, slots=True)
class OrderUpdate:
    """One live order's state (``sor``), or a state recovered over REST after a gap (``source``).

    IBKR sends partial updates: a field that did not change is ``None`` here (see ``raw``).
    """

    order_id: str
    status: str | None = None
    filled_quantity: float | None = None
    remaining_quantity: float | None = None
    conid: int | None = None
    account: str | None = None
    side: str | None = None
    ticker: str | None = None
    order_type: str | None = None
    price: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    source: Source = "stream"


@dataclass(frozen=True, slots=True)
class TradeUpdate:
    """One execution (``str``), or one recovered over REST after a gap (``source``)."""

    execution_id: str
    conid: int | None = None
    symbol: str | None = None
    side: str | None = None
    size: float | None = None
    price: float | None = None
    account: str | None = None
    order_ref: str | None = None
    trade_time_ms: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    source: Source = "stream"


@dataclass(frozen=True, slots=True)
class PnLUpdate:
    """Partitioned PnL for one account/model key (``spl``; e.g. ``"U123.Core"``)."""

    key: str
    daily_pnl: float | None = None
    unrealized_pnl: float | None = None
    net_liquidation: float | None = None
    market_value: float | None = None
    excess_liquidity: float | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class DepthRow:
    """One price-ladder row: the price and the size on each side (``None`` when empty)."""

    price: str | None
    bid: str | None
    ask: str | None
    row: int | None = None
    focus: bool = False


@dataclass(frozen=True, slots=True)
class DepthUpdate:
    """Book depth (``sbd+ACCT+CONID``)."""

    account: str | None
    conid: int | None
    rows: tuple[DepthRow, ...]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class AccountSummaryUpdate:
    """Account summary values (``ssd+ACCT``), keyed by IBKR's summary key."""

    account: str | None
    values: Mapping[str, Any]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class LedgerUpdate:
    """Cash ledger per currency (``sld+ACCT``), keyed by currency (``"BASE"``, ``"USD"`` …)."""

    account: str | None
    currencies: Mapping[str, Mapping[str, Any]]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class HistoricalBar:
    """One OHLCV bar; ``t`` is epoch milliseconds."""

    t: int | None
    o: float | None
    h: float | None
    low: float | None
    c: float | None
    v: float | None


@dataclass(frozen=True, slots=True)
class HistoricalBars:
    """Historical bars (``smh+CONID``); ``server_id`` is what ``umh`` needs to stop the stream."""

    conid: int | None
    server_id: str | None
    bars: tuple[HistoricalBar, ...]
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class AuthStatus:
    """Brokerage session status (``sts``). ``authenticated=False`` means streams will stop."""

    authenticated: bool | None
    connected: bool | None = None
    competing: bool | None = None
    message: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """Accounts the session can use (``act``)."""

    accounts: tuple[str, ...]
    selected_account: str | None = None
    is_paper: bool | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """A liveness signal: the server's ``system`` heartbeat, the ``tic`` reply or ``ech+hb``."""

    source: Literal["system", "tic", "echo"]
    timestamp_ms: int | None = None


@dataclass(frozen=True, slots=True)
class SystemMessage:
    """A ``system`` message that is not a heartbeat (the greeting names the user)."""

    username: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Bulletin:
    """An exchange or IBKR bulletin (``blt``)."""

    message: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class Notification:
    """A notification (``ntf``), e.g. an order warning IBKR pushes."""

    message: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class StreamError:
    """Something went wrong on the stream: the server reported an error (``error`` topic or an
    ``error`` key; ``code`` is None), or the stream itself reports one, named by ``code``:

    * ``"frame_too_large"``: a frame exceeded ``StreamConfig.max_message_size`` (or a message came
      in more than 4096 fragments); the connection was closed (1009) and is replaced;
    * ``"gap_fill_failed"``: re-reading orders and trades over REST after a reconnect failed;
    * ``"auth_failed"``: authentication kept failing (``max_auth_failures``); the stream ends and
      iteration raises the ``AuthenticationError`` / ``NotAuthenticated``;
    * ``"gave_up"``: ``max_reconnect_attempts`` was reached; iteration raises ``ConnectError``.
    """

    message: str
    topic: str | None = None
    raw: Any = field(default=None, compare=False, repr=False)
    code: str | None = None


@dataclass(frozen=True, slots=True)
class Reconnected:
    """The socket was re-opened and every subscription re-sent.

    Updates pushed while disconnected are lost: market data resumes with fresh values. When
    ``gap_fill`` is True, live orders and recent trades are being re-read over REST and the ones the
    socket missed follow as ``source="gap_fill"`` events (a failed re-read is reported as a
    :class:`StreamError`); when False, order and trade events may be missing.
    """

    attempt: int
    reason: str
    downtime_s: float
    resubscribed: tuple[str, ...]
    gap_fill: bool = False


@dataclass(frozen=True, slots=True)
class UnknownMessage:
    """Anything we do not model (or could not decode): kept verbatim, never an exception."""

    topic: str | None
    raw: Any = field(default=None, compare=False)
    reason: str | None = None


Event = (
    MarketDataUpdate
    | OrderUpdate
    | TradeUpdate
    | PnLUpdate
    | DepthUpdate
    | AccountSummaryUpdate
    | LedgerUpdate
    | HistoricalBars
    | AuthStatus
    | AccountInfo
    | Heartbeat
    | SystemMessage
    | Bulletin
    | Notification
    | StreamError
    | Reconnected
    | UnknownMessage
)
