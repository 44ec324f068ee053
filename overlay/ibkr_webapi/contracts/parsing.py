"""IBKR's secdef and trsrv bodies read into :mod:`.models` values; month codes. Pure, no I/O."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._coerce import opt_decimal, opt_int, opt_right, opt_str
from .._exceptions import ContractNotFound, UnexpectedResponse, ValidationError
from .models import FORECASTX, Contract, EventMarket, SearchResult, SearchSection

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


# ----------------------------------------------------------------------------------- small parsers
def _split(value: Any, sep: str) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(p.strip() for p in str(value).split(sep) if p.strip())


def _date8(value: Any) -> str | None:
    """A date as ``YYYYMMDD`` from ``20261218``, ``"20261218"`` or ``"2026-12-18"``."""
    s = opt_str(value)
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
        name = opt_str(issuer.get("name"))
        sec_type = opt_str(issuer.get("assetClass")) or "STK"
        for c in issuer.get("contracts") or []:
            conid = opt_int(c.get("conid"))
            if conid is None:
                continue
            is_us = bool(c.get("isUS"))
            exch = opt_str(c.get("exchange"))
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
        conid = opt_int(f.get("conid"))
        expiry = _date8(f.get("expirationDate"))
        if conid is None or expiry is None:
            continue
        out.append(
            Contract(
                conid=conid,
                symbol=opt_str(f.get("symbol")) or symbol.upper(),
                sec_type="FUT",
                expiry=expiry,
                last_trading_day=_date8(f.get("ltd")) or expiry,
                underlying_conid=opt_int(f.get("underlyingConid")),
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
        conid = opt_int(r.get("conid")) if isinstance(r, dict) else None
        if conid is None:
            continue
        sections = tuple(
            SearchSection(
                sec_type=str(s.get("secType", "")).upper(),
                months=_split(s.get("months"), ";"),
                exchanges=_split(s.get("exchange"), ";"),
                conid=opt_int(s.get("conid")),
            )
            for s in r.get("sections") or []
            if isinstance(s, dict)
        )
        stk_section = next((s for s in sections if s.sec_type == sec_type and s.conid is None), None)
        listing = opt_str(r.get("description"))
        contract = Contract(
            conid=conid,
            symbol=opt_str(r.get("symbol")) or "",
            sec_type=sec_type,
            exchange=listing,
            listing_exchange=listing,
            description=opt_str(r.get("companyHeader")),
            name=opt_str(r.get("companyName")),
            valid_exchanges=stk_section.exchanges if stk_section else (),
        )
        listed = tuple((key.upper(), codes) for key in _ROW_EXPIRY_KEYS if (codes := _split(r.get(key), ";")))
        out.append(SearchResult(contract=contract, sections=sections, listed=listed))
    return tuple(out)


def parse_strikes(body: Any) -> tuple[tuple[Decimal, ...], tuple[Decimal, ...]]:
    """``/iserver/secdef/strikes`` -> (call strikes, put strikes), sorted, as Decimals."""
    data = _expect(body, dict, OP_STRIKES)

    def side(key: str) -> tuple[Decimal, ...]:
        vals = (opt_decimal(v) for v in data.get(key) or [])
        return tuple(sorted({v for v in vals if v is not None}))

    return side("call"), side("put")


def contract_from_info(d: Mapping[str, Any]) -> Contract | None:
    """One ``/iserver/secdef/info`` row (``conid``, ``symbol`` or ``ticker``, ``secType`` ...)."""
    conid = opt_int(d.get("conid"))
    if conid is None:
        return None
    return Contract(
        conid=conid,
        symbol=opt_str(d.get("symbol")) or opt_str(d.get("ticker")) or "",
        sec_type=(opt_str(d.get("secType")) or "").upper(),
        exchange=opt_str(d.get("exchange")),
        listing_exchange=opt_str(d.get("listingExchange")),
        currency=opt_str(d.get("currency")),
        expiry=_date8(d.get("maturityDate")),
        last_trading_day=_date8(d.get("lastTradingDay")) or _date8(d.get("maturityDate")),
        multiplier=opt_decimal(d.get("multiplier")),
        right=opt_right(d.get("right")),
        strike=opt_decimal(d.get("strike")),
        trading_class=opt_str(d.get("tradingClass")),
        description=opt_str(d.get("desc2")) or opt_str(d.get("desc1")),
        name=opt_str(d.get("companyName")),
        underlying_conid=opt_int(d.get("underlyingConid")) or opt_int(d.get("undConid")),
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
    conid = opt_int(d.get("con_id")) or opt_int(d.get("conid"))
    if conid is None:
        raise ContractNotFound(f"contract info without a conid: {d.get('error') or 'empty answer'}")
    und = opt_int(d.get("underlying_con_id"))
    return Contract(
        conid=conid,
        symbol=opt_str(d.get("symbol")) or "",
        sec_type=(opt_str(d.get("instrument_type")) or "").upper(),
        exchange=opt_str(d.get("exchange")),
        listing_exchange=opt_str(d.get("listing_exchange")),
        currency=opt_str(d.get("currency")),
        expiry=_date8(d.get("maturity_date")) or _date8(d.get("expiry_full")),
        multiplier=opt_decimal(d.get("multiplier")),
        right=opt_right(d.get("right")),
        strike=opt_decimal(d.get("strike")),
        trading_class=opt_str(d.get("trading_class")),
        description=opt_str(d.get("local_symbol")),
        name=opt_str(d.get("company_name")),
        underlying_conid=und or None,
        valid_exchanges=_split(d.get("valid_exchanges"), ","),
    )


def parse_secdef_currencies(body: Any) -> dict[int, str]:
    """``/trsrv/secdef`` -> conid -> currency."""
    rows = body.get("secdef") if isinstance(body, dict) else body
    out: dict[int, str] = {}
    for r in rows if isinstance(rows, list) else []:
        if isinstance(r, dict):
            conid, ccy = opt_int(r.get("conid")), opt_str(r.get("currency"))
            if conid is not None and ccy:
                out[conid] = ccy.upper()
    return out


def parse_forecast_tree(body: Any) -> tuple[EventMarket, ...]:
    """``/forecast/category/tree``: ``{"categories": {id: {"name", "parent_id", "markets": [...]}}}``."""
    cats = body.get("categories") if isinstance(body, dict) else None
    out: list[EventMarket] = []
    for cat_id, cat in (cats or {}).items() if isinstance(cats, dict) else ():
        for m in (cat.get("markets") or []) if isinstance(cat, dict) else ():
            conid = opt_int(m.get("conid")) if isinstance(m, dict) else None
            if conid is None:
                continue
            out.append(
                EventMarket(
                    conid=conid,
                    symbol=(opt_str(m.get("symbol")) or "").upper(),
                    name=opt_str(m.get("name")) or "",
                    exchange=opt_str(m.get("exchange")) or FORECASTX,
                    category=str(cat_id),
                    product_conid=opt_int(m.get("product_conid")),
                )
            )
    return tuple(out)


def parse_forecast_market(body: Any, underlying_conid: int) -> tuple[Contract, ...]:
    """``/forecast/contract/market``: every YES (call) / NO (put) contract of one market."""
    d = _expect(body, dict, OP_FORECAST_MARKET)
    symbol = opt_str(d.get("symbol")) or ""
    exchange = opt_str(d.get("exchange")) or FORECASTX
    name = opt_str(d.get("market_name"))
    out = []
    for r in d.get("contracts") or []:
        conid = opt_int(r.get("conid")) if isinstance(r, dict) else None
        if conid is None:
            continue
        expiry = _date8(r.get("expiration"))
        label = " ".join(x for x in (opt_str(r.get("strike_label")), opt_str(r.get("expiry_label"))) if x)
        out.append(
            Contract(
                conid=conid,
                symbol=symbol,
                sec_type="OPT",
                exchange=exchange,
                listing_exchange=exchange,
                expiry=expiry,
                last_trading_day=expiry,
                right=opt_right(r.get("side")),
                strike=opt_decimal(r.get("strike")),
                description=label or None,
                name=name,
                underlying_conid=opt_int(r.get("underlying_conid")) or underlying_conid,
            )
        )
    return tuple(out)
