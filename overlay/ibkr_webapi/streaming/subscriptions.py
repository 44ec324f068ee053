"""Subscriptions and the text frames IBKR expects for them (what to send, what undoes it).

A :class:`Subscription` is a value: its ``key`` identifies it in the registry (subscribing twice with
the same key replaces the first), ``frame`` subscribes and ``unsubscribe_frame`` undoes it. The
protocol keeps them so it can re-send every one after a reconnect.

IBKR's topic grammar (``TOPIC+ARG+ARG+{json}``) is built here and nowhere else.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any, Literal

from .._exceptions import ValidationError

__all__ = [
    "Kind",
    "Subscription",
    "account_summary",
    "book_depth",
    "historical",
    "ledger",
    "market_data",
    "orders",
    "pnl",
    "session_message",
    "trades",
]

Kind = Literal["md", "or", "pl", "tr", "bd", "sd", "ld", "mh"]

TIC = "tic"


def _dumps(payload: Mapping[str, Any] | None) -> str:
    return json.dumps(dict(payload or {}), separators=(",", ":"))


def _token(value: object, name: str) -> str:
    """An argument embedded in a ``+``-separated topic: non-empty and free of separators."""
    text = str(value).strip()
    if not text or "+" in text or "{" in text or any(c.isspace() for c in text):
        raise ValidationError(f"invalid {name} for a stream topic: {text!r}", field=name)
    return text


def _conid(conid: int | str) -> int:
    try:
        value = int(conid)
    except (TypeError, ValueError):
        raise ValidationError(f"conid must be an integer, not {conid!r}", field="conid") from None
    if value <= 0:
        raise ValidationError(f"conid must be positive, not {value}", field="conid")
    return value


@dataclass(frozen=True, slots=True)
class Subscription:
    """One thing the stream is subscribed to.

    ``server_id`` is only used by historical bars: IBKR names the stream in its first answer and
    ``umh`` needs that id to stop it.
    """

    kind: Kind
    key: str
    frame: str
    unsubscribe_template: str
    conid: int | None = None
    account: str | None = None
    server_id: str | None = None

    @property
    def unsubscribe_frame(self) -> str | None:
        """The frame that undoes this subscription (None while an ``smh`` has no server id yet)."""
        if self.kind == "mh":
            return None if self.server_id is None else f"umh+{self.server_id}"
        return self.unsubscribe_template

    def with_server_id(self, server_id: str) -> Subscription:
        return replace(self, server_id=server_id)


def market_data(conid: int | str, fields: Iterable[str | int]) -> Subscription:
    """``smd+CONID+{"fields":[...]}`` / ``umd+CONID+{}``; field ids as strings (``Field`` members work)."""
    cid = _conid(conid)
    field_ids = [str(getattr(f, "value", f)) for f in fields]
    if not field_ids:
        raise ValidationError("market data needs at least one field id", field="fields")
    for fid in field_ids:
        if not fid.isdigit():
            raise ValidationError(f"field ids are numeric strings, not {fid!r}", field="fields")
    return Subscription(
        kind="md",
        key=f"md:{cid}",
        frame=f"smd+{cid}+{_dumps({'fields': field_ids})}",
        unsubscribe_template=f"umd+{cid}+{{}}",
        conid=cid,
    )


def orders(params: Mapping[str, Any] | None = None) -> Subscription:
    """Live orders: ``sor+{}`` / ``uor+{}``."""
    return Subscription("or", "or", f"sor+{_dumps(params)}", "uor+{}")


def pnl(params: Mapping[str, Any] | None = None) -> Subscription:
    """Partitioned PnL: ``spl+{}`` / ``upl+{}``."""
    return Subscription("pl", "pl", f"spl+{_dumps(params)}", "upl+{}")


def trades(params: Mapping[str, Any] | None = None) -> Subscription:
    """Executions: ``str+{}`` / ``utr+{}`` (params such as ``{"realtimeUpdatesOnly": true}``)."""
    return Subscription("tr", "tr", f"str+{_dumps(params)}", "utr+{}")


def book_depth(account: str, conid: int | str, exchange: str) -> Subscription:
    """Price ladder: ``sbd+ACCT+CONID+EXCH`` / ``ubd+ACCT``."""
    acct = _token(account, "account")
    cid = _conid(conid)
    exch = _token(exchange, "exchange")
    return Subscription(
        "bd", f"bd:{acct}:{cid}:{exch}", f"sbd+{acct}+{cid}+{exch}", f"ubd+{acct}", conid=cid, account=acct
    )


def account_summary(account: str, params: Mapping[str, Any] | None = None) -> Subscription:
    """Account summary: ``ssd+ACCT+{...}`` / ``usd+ACCT+{}``."""
    acct = _token(account, "account")
    return Subscription("sd", f"sd:{acct}", f"ssd+{acct}+{_dumps(params)}", f"usd+{acct}+{{}}", account=acct)


def ledger(account: str, params: Mapping[str, Any] | None = None) -> Subscription:
    """Cash ledger: ``sld+ACCT+{...}`` / ``uld+ACCT+{}``."""
    acct = _token(account, "account")
    return Subscription("ld", f"ld:{acct}", f"sld+{acct}+{_dumps(params)}", f"uld+{acct}+{{}}", account=acct)


def historical(conid: int | str, params: Mapping[str, Any]) -> Subscription:
    """Historical bars: ``smh+CONID+{"period":"1d","bar":"5min",...}`` / ``umh+SERVERID``."""
    cid = _conid(conid)
    body = _dumps(params)
    return Subscription("mh", f"mh:{cid}:{body}", f"smh+{cid}+{body}", "", conid=cid)


def session_message(session: str) -> str:
    """The authentication message sent right after connecting: ``{"session": "..."}``."""
    return json.dumps({"session": session})
