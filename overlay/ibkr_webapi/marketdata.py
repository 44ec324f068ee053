"""Market-data snapshots with IBKR's pre-flight handled, and unsubscribing.

``GET /iserver/marketdata/snapshot`` is not a plain read: the first request for a conid only opens a
server-side subscription and usually answers with no values ("pre-flight"); values arrive on later
requests. IBKR also wants ``/iserver/accounts`` read first in the session, and takes at most 100 conids
and 50 fields per request (IBKR's Web API documentation). :func:`snapshot_flow` therefore:

* reads the accounts through the session (once per brokerage session);
* splits long lists into requests of <= 100 conids x <= 50 fields;
* repeats only the requests that still lack something, adaptively: the first repeat follows after
  ``FIRST_POLL_DELAY`` (20 ms) and each later one after twice the previous wait, capped at
  ``poll_interval``, so a snapshot ends as soon as the data is there instead of on a fixed 250 ms grid
  (the transport additionally paces every request under IBKR's 10/s snapshot limit), until every
  requested field is present for every conid or ``timeout`` passes;
* returns typed :class:`Quote` objects and says which (conid, field) pairs are still missing. It only
  raises when nothing at all arrived.

A fresh conid needs two rounds, one already subscribed needs one. ``unsubscribe`` / ``unsubscribe_all``
stop the server-side streams. ``history`` fetches bars over any range (:mod:`ibkr_webapi.history`).
:class:`MarketData` / :class:`AsyncMarketData` only run these flows.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from . import _coerce
from ._exceptions import BadRequest, RequestTimeout, UnexpectedResponse, ValidationError
from ._facade import runner_of, session_of
from ._flow import Call, Flow, Gather, Now, Sleep, body_json
from .fields import Field, MarketDataAvailability, QuoteValues, field_id, parse_fields

if TYPE_CHECKING:
    import datetime as dt

    from .history import Bars, HistoryProgress

    TimeLike = dt.datetime | dt.date | str | int | float

__all__ = [
    "DEFAULT_FIELDS",
    "MAX_CONIDS_PER_REQUEST",
    "MAX_FIELDS_PER_REQUEST",
    "AsyncMarketData",
    "MarketData",
    "Quote",
    "Snapshot",
    "SnapshotPlan",
    "snapshot_flow",
    "unsubscribe_all_flow",
    "unsubscribe_flow",
]

OP_SNAPSHOT = "get_marketdata_snapshot"
MAX_CONIDS_PER_REQUEST = 100
MAX_FIELDS_PER_REQUEST = 50
DEFAULT_FIELDS: tuple[Field, ...] = (Field.LAST, Field.BID, Field.ASK)
DEFAULT_TIMEOUT = 10.0
DEFAULT_POLL_INTERVAL = 0.25
#: The first wait before repeating a snapshot request that lacked values; it doubles up to poll_interval.
FIRST_POLL_DELAY = 0.02

#: Flow factory that makes sure ``/iserver/accounts`` was read in this brokerage session.
AccountsFlow = Callable[[], Flow[Any]]


# ---------------------------------------------------------------------------------------------------
# Results


@dataclass(frozen=True)
class Quote:
    """One instrument's snapshot: parsed values by :class:`Field`, flags, and what is still missing."""

    conid: int
    values: QuoteValues
    missing: frozenset[Field | str] = frozenset()

    @property
    def raw(self) -> Mapping[str, Any]:
        """IBKR's merged answer for this conid, as received."""
        return self.values.raw

    @property
    def complete(self) -> bool:
        return not self.missing

    def get(self, f: Field | str) -> float | None:
        """A numeric field (``None`` when missing)."""
        return self.values.number(field_id(f))

    @property
    def last(self) -> float | None:
        return self.values.number(Field.LAST)

    @property
    def bid(self) -> float | None:
        return self.values.number(Field.BID)

    @property
    def ask(self) -> float | None:
        return self.values.number(Field.ASK)

    @property
    def bid_size(self) -> float | None:
        return self.values.number(Field.BID_SIZE)

    @property
    def ask_size(self) -> float | None:
        return self.values.number(Field.ASK_SIZE)

    @property
    def last_size(self) -> float | None:
        return self.values.number(Field.LAST_SIZE)

    @property
    def volume(self) -> float | None:
        """Day volume: the precise 7762 when present, else the formatted 87 ("1.2M")."""
        v = self.values.number(Field.VOLUME_LONG)
        return v if v is not None else self.values.number(Field.VOLUME)

    @property
    def high(self) -> float | None:
        return self.values.number(Field.HIGH)

    @property
    def low(self) -> float | None:
        return self.values.number(Field.LOW)

    @property
    def open(self) -> float | None:
        return self.values.number(Field.OPEN)

    @property
    def close(self) -> float | None:
        """Field 7296 (IBKR: today's close)."""
        return self.values.number(Field.CLOSE)

    @property
    def prior_close_price(self) -> float | None:
        """Field 7741 (yesterday's close)."""
        return self.values.number(Field.PRIOR_CLOSE)

    @property
    def change(self) -> float | None:
        return self.values.number(Field.CHANGE)

    @property
    def change_pct(self) -> float | None:
        return self.values.number(Field.CHANGE_PCT)

    @property
    def mid(self) -> float | None:
        b, a = self.bid, self.ask
        return (b + a) / 2 if b is not None and a is not None else None

    @property
    def symbol(self) -> str | None:
        return self.values.text(Field.SYMBOL)

    @property
    def prior_close(self) -> bool:
        """The last price shown is the previous close (IBKR's "C" prefix): no trade yet today."""
        fv = self.values.get(Field.LAST)
        return fv is not None and fv.prior_close

    @property
    def halted(self) -> bool:
        """Trading is halted (IBKR's "H" prefix on the last price)."""
        fv = self.values.get(Field.LAST)
        return fv is not None and fv.halted

    @property
    def availability(self) -> MarketDataAvailability | None:
        fv = self.values.get(Field.MARKET_DATA_AVAILABILITY)
        return fv.value if fv is not None and isinstance(fv.value, MarketDataAvailability) else None

    @property
    def updated_ms(self) -> int | None:
        v = self.raw.get("_updated")
        return v if isinstance(v, int) and not isinstance(v, bool) else None


@dataclass(frozen=True)
class Snapshot(Mapping[int, Quote]):
    """Quotes by conid, in request order, with what is missing and how many rounds it took."""

    quotes: Mapping[int, Quote]
    rounds: int
    requests: int

    def __getitem__(self, conid: int) -> Quote:
        return self.quotes[conid]

    def __iter__(self) -> Iterator[int]:
        return iter(self.quotes)

    def __len__(self) -> int:
        return len(self.quotes)

    @property
    def complete(self) -> bool:
        return all(q.complete for q in self.quotes.values())

    @property
    def missing(self) -> dict[int, frozenset[Field | str]]:
        """``{conid: fields still missing}`` for the conids that lack something."""
        return {c: q.missing for c, q in self.quotes.items() if q.missing}


# ---------------------------------------------------------------------------------------------------
# The sans-I/O core: which requests to send next, and merging the answers.


def _conid(value: Any) -> int:
    """A conid in IBKR's range (see ``_coerce.conid``), as int or a string of digits."""
    return _coerce.conid(value, "conids", text=True)


def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _received(value: Any) -> bool:
    """IBKR sent the field: any value but null/"" (N/A and "-" are real answers: no value exists)."""
    return value is not None and value != ""


class SnapshotPlan:
    """State of one snapshot: what was asked, what arrived, which requests the next round needs."""

    def __init__(
        self, conids: Iterable[int | str], fields: Iterable[Field | str | int] | None = None
    ) -> None:
        conid_list = list(dict.fromkeys(_conid(c) for c in conids))
        if not conid_list:
            raise ValidationError("snapshot needs at least one conid", field="conids")
        try:
            wanted = list(
                dict.fromkeys(field_id(f) for f in (fields if fields is not None else DEFAULT_FIELDS))
            )
        except (TypeError, ValueError) as exc:
            raise ValidationError(str(exc), field="fields") from None
        if not wanted:
            raise ValidationError("snapshot needs at least one field", field="fields")
        self.conids: tuple[int, ...] = tuple(conid_list)
        self.fields: tuple[str, ...] = tuple(wanted)
        # Always ask for availability too (it explains missing data); it is not waited for.
        extra = (
            [] if Field.MARKET_DATA_AVAILABILITY.value in wanted else [Field.MARKET_DATA_AVAILABILITY.value]
        )
        self.request_fields: tuple[str, ...] = self.fields + tuple(extra)
        self.rows: dict[int, dict[str, Any]] = {c: {} for c in self.conids}
        # What each conid still lacks, kept up to date by ``feed`` (only conids that lack something),
        # so a round of 500 conids does not re-check every field of every row several times.
        self._missing: dict[int, list[str]] = {c: list(self.fields) for c in self.conids}
        self.rounds = 0
        self.requests = 0

    def missing_for(self, conid: int) -> list[str]:
        if conid not in self.rows:
            raise KeyError(conid)
        return list(self._missing.get(conid, ()))

    @property
    def complete(self) -> bool:
        return not self._missing

    @property
    def anything(self) -> bool:
        return any(_received(row.get(f)) for row in self.rows.values() for f in self.fields)

    def next_requests(self) -> list[tuple[list[str], list[str]]]:
        """(conids, fields) of every request of the next round: only what still lacks something."""
        missing = self._missing
        pending = [c for c in self.conids if c in missing]
        if not pending:
            return []
        out: list[tuple[list[str], list[str]]] = []
        for field_chunk in _chunks(self.request_fields, MAX_FIELDS_PER_REQUEST):
            needed = [c for c in pending if any(f in field_chunk for f in missing[c])]
            for conid_chunk in _chunks(needed, MAX_CONIDS_PER_REQUEST):
                out.append(([str(c) for c in conid_chunk], list(field_chunk)))
        return out

    def feed(self, body: Any) -> None:
        """Merge one answer (a list of per-conid objects); later values replace earlier ones."""
        if body is None:
            return
        if not isinstance(body, list):
            raise UnexpectedResponse("snapshot: expected a JSON list", body=body, operation_id=OP_SNAPSHOT)
        for item in body:
            if not isinstance(item, Mapping):
                continue
            conid = _row_conid(item)
            if conid is None or conid not in self.rows:
                continue
            row = self.rows[conid]
            for k, v in item.items():
                if _received(v) or k not in row:
                    row[str(k)] = v
            lacking = self._missing.get(conid)
            if lacking is not None:
                still = [f for f in lacking if not _received(row.get(f))]
                if still:
                    self._missing[conid] = still
                else:
                    del self._missing[conid]

    def result(self) -> Snapshot:
        quotes = {
            c: Quote(c, parse_fields(self.rows[c]), frozenset(_as_field(f) for f in self._missing.get(c, ())))
            for c in self.conids
        }
        return Snapshot(quotes, self.rounds, self.requests)


def _row_conid(item: Mapping[str, Any]) -> int | None:
    for key in ("conid", Field.CONID.value, "conidEx"):
        v = item.get(key)
        if isinstance(v, bool) or v is None:
            continue
        if isinstance(v, int):
            return v
        if isinstance(v, str):
            head = v.split("@")[0].strip()
            if head.isdigit():
                return int(head)
    return None


def _as_field(fid: str) -> Field | str:
    try:
        return Field(fid)
    except ValueError:
        return fid


# ---------------------------------------------------------------------------------------------------
# Flows


def snapshot_flow(
    conids: Iterable[int | str],
    fields: Iterable[Field | str | int] | None = None,
    *,
    ensure_accounts: AccountsFlow | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    poll_interval: float = DEFAULT_POLL_INTERVAL,
) -> Flow[Snapshot]:
    """Snapshot ``fields`` of ``conids``; see the module docstring for the rounds and the timeout."""
    if not (isinstance(timeout, (int, float)) and math.isfinite(timeout) and timeout >= 0):
        raise ValidationError("timeout must be a finite number >= 0", field="timeout")
    if not (isinstance(poll_interval, (int, float)) and math.isfinite(poll_interval) and poll_interval >= 0):
        raise ValidationError("poll_interval must be a finite number >= 0", field="poll_interval")
    plan = SnapshotPlan(conids, fields)  # validates before any request
    if ensure_accounts is not None:
        yield from ensure_accounts()
    start: float = yield Now()
    delay = min(FIRST_POLL_DELAY, poll_interval)
    while True:
        batch = plan.next_requests()
        if not batch:
            break
        calls = [Call.op(OP_SNAPSHOT, conids=c, fields=f) for c, f in batch]
        responses = yield Gather(calls)
        plan.rounds += 1
        plan.requests += len(calls)
        for response in responses:
            plan.feed(body_json(response))
        if plan.complete:
            break
        now: float = yield Now()
        remaining = timeout - (now - start)
        if remaining <= 0:
            break
        yield Sleep(min(delay, remaining))
        delay = min(delay * 2, poll_interval)
    if not plan.anything:
        raise RequestTimeout(
            f"no market data arrived for conids {', '.join(map(str, plan.conids[:10]))}"
            f"{' ...' if len(plan.conids) > 10 else ''} within {timeout:g}s "
            f"({plan.rounds} rounds); check market-data permissions (field 6509) and the conids",
            operation_id=OP_SNAPSHOT,
        )
    return plan.result()


def unsubscribe_flow(conid: int | str) -> Flow[bool]:
    """Stop the server-side stream of one conid; True when IBKR confirms."""
    from ibkr_webapi_client.models.unsubscribe_request import UnsubscribeRequest

    c = _conid(conid)
    response = yield Call.op("unsubscribe_marketdata", body=UnsubscribeRequest(conid=c))
    return _confirmed(body_json(response), "success", "unsubscribe_marketdata")


def unsubscribe_all_flow() -> Flow[bool]:
    """Stop every market-data stream of the session; True when IBKR confirms."""
    response = yield Call.op("unsubscribe_all_marketdata")
    return _confirmed(body_json(response), "unsubscribed", "unsubscribe_all_marketdata")


def _confirmed(body: Any, key: str, operation_id: str) -> bool:
    if not isinstance(body, Mapping):
        raise UnexpectedResponse(
            f"{operation_id}: expected a JSON object", body=body, operation_id=operation_id
        )
    err = body.get("error")
    if err not in (None, ""):
        raise BadRequest(
            f"{operation_id}: {err}", status_code=200, error_text=str(err), operation_id=operation_id
        )
    value = body.get(key, body.get("success", body.get("unsubscribed")))
    return bool(value)


# ---------------------------------------------------------------------------------------------------
# Facades


class _Base:
    """``client`` is a ``Client`` / ``AsyncClient`` (``run`` + ``session``); ``timeout`` and
    ``poll_interval`` are the snapshot defaults."""

    def __init__(
        self, client: Any, *, timeout: float = DEFAULT_TIMEOUT, poll_interval: float = DEFAULT_POLL_INTERVAL
    ) -> None:
        self._run: Callable[[Flow[Any]], Any] = runner_of(client)
        session = session_of(client)
        self._ensure_accounts: AccountsFlow | None = session.ensure_accounts if session is not None else None
        self.timeout = timeout
        self.poll_interval = poll_interval

    def _snapshot(
        self,
        conids: Iterable[int | str],
        fields: Iterable[Field | str | int] | None,
        timeout: float | None,
        poll_interval: float | None,
    ) -> Flow[Snapshot]:
        return snapshot_flow(
            conids,
            fields,
            ensure_accounts=self._ensure_accounts,
            timeout=self.timeout if timeout is None else timeout,
            poll_interval=self.poll_interval if poll_interval is None else poll_interval,
        )

    def _history(self, contract_or_conid: Any, start: Any, end: Any, **kwargs: Any) -> Flow[Bars[Any]]:
        from .history import history_flow  # kept out of ``import ibkr_webapi``

        return history_flow(contract_or_conid, start, end, ensure_accounts=self._ensure_accounts, **kwargs)


class MarketData(_Base):
    """Synchronous market data (``client.marketdata``)."""

    def history(
        self,
        contract_or_conid: Any,
        start: TimeLike,
        end: TimeLike,
        bar: str = "1min",
        what: str = "TRADES",
        outside_rth: bool = False,
        progress: Callable[[HistoryProgress], None] | None = None,
        *,
        decimal: bool = False,
        endpoint: Literal["iserver", "hmds"] = "iserver",
    ) -> Bars[Any]:
        """Bars of ``[start, end)`` (a ``Contract`` or conid; datetimes, dates, ISO strings; naive = UTC).

        Windows are planned under IBKR's point cap, stitched, de-duplicated and ordered; placeholders
        are dropped and what could not be filled is in ``.gaps`` (see :mod:`ibkr_webapi.history`).
        ``progress`` is called after every round of requests. The windows of a round are sent at once
        (5 in flight at most): as tasks on ``AsyncClient``, a thread each on the sync client.
        """
        result: Bars[Any] = self._run(
            self._history(
                contract_or_conid, start, end, bar=bar, what=what, outside_rth=outside_rth,
                progress=progress, decimal=decimal, endpoint=endpoint,
            )
        )  # fmt: skip
        return result

    def snapshot(
        self,
        conids: Iterable[int | str],
        fields: Iterable[Field | str | int] | None = None,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
    ) -> Snapshot:
        result: Snapshot = self._run(self._snapshot(conids, fields, timeout, poll_interval))
        return result

    def quote(
        self,
        conid: int | str,
        fields: Iterable[Field | str | int] | None = None,
        *,
        timeout: float | None = None,
    ) -> Quote:
        """One conid's snapshot."""
        snap = self.snapshot([conid], fields, timeout=timeout)
        return snap[_conid(conid)]

    def unsubscribe(self, conid: int | str) -> bool:
        result: bool = self._run(unsubscribe_flow(conid))
        return result

    def unsubscribe_all(self) -> bool:
        result: bool = self._run(unsubscribe_all_flow())
        return result


class AsyncMarketData(_Base):
    """Asynchronous market data (``async_client.marketdata``); the same flows as :class:`MarketData`."""

    async def history(
        self,
        contract_or_conid: Any,
        start: TimeLike,
        end: TimeLike,
        bar: str = "1min",
        what: str = "TRADES",
        outside_rth: bool = False,
        progress: Callable[[HistoryProgress], None] | None = None,
        *,
        decimal: bool = False,
        endpoint: Literal["iserver", "hmds"] = "iserver",
    ) -> Bars[Any]:
        """Bars of ``[start, end)`` (a ``Contract`` or conid; datetimes, dates, ISO strings; naive = UTC).

        Windows are planned under IBKR's point cap, stitched, de-duplicated and ordered; placeholders
        are dropped and what could not be filled is in ``.gaps`` (see :mod:`ibkr_webapi.history`).
        ``progress`` is called after every round of requests. The windows of a round are sent at once
        (5 in flight at most): as tasks on ``AsyncClient``, a thread each on the sync client.
        """
        result: Bars[Any] = await self._run(
            self._history(
                contract_or_conid, start, end, bar=bar, what=what, outside_rth=outside_rth,
                progress=progress, decimal=decimal, endpoint=endpoint,
            )
        )  # fmt: skip
        return result

    async def snapshot(
        self,
        conids: Iterable[int | str],
        fields: Iterable[Field | str | int] | None = None,
        *,
        timeout: float | None = None,
        poll_interval: float | None = None,
    ) -> Snapshot:
        result: Snapshot = await self._run(self._snapshot(conids, fields, timeout, poll_interval))
        return result

    async def quote(
        self,
        conid: int | str,
        fields: Iterable[Field | str | int] | None = None,
        *,
        timeout: float | None = None,
    ) -> Quote:
        """One conid's snapshot."""
        snap = await self.snapshot([conid], fields, timeout=timeout)
        return snap[_conid(conid)]

    async def unsubscribe(self, conid: int | str) -> bool:
        result: bool = await self._run(unsubscribe_flow(conid))
        return result

    async def unsubscribe_all(self) -> bool:
        result: bool = await self._run(unsubscribe_all_flow())
        return result
