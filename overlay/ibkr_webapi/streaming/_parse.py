"""Decode one received frame into typed events. Pure functions; never raises on server input.

``decode_frame`` is the only entry point. The market-data path is the hot one (thousands of frames
a second), so it is written first and kept short: no per-field parsing happens here (see
``MarketDataUpdate.values``). Everything else is rare and written for clarity; any exception while
building an event turns into :class:`UnknownMessage` with the reason, so a malformed frame is
reported, not fatal.
"""

from __future__ import annotations

import json
import json.scanner
from collections.abc import Callable, Mapping
from typing import Any

from .._redact import get_logger
from .events import (
    AccountInfo,
    AccountSummaryUpdate,
    AuthStatus,
    Bulletin,
    DepthRow,
    DepthUpdate,
    Event,
    Heartbeat,
    HistoricalBar,
    HistoricalBars,
    LedgerUpdate,
    MarketDataUpdate,
    Notification,
    OrderUpdate,
    PnLUpdate,
    StreamError,
    SystemMessage,
    TradeUpdate,
    UnknownMessage,
    _MarketDataBuilder,
)

__all__ = ["FieldParser", "decode_frame"]

logger = get_logger("ibkr_webapi.streaming")

FieldParser = Callable[[Mapping[str, Any]], Any]

_json_loads = json.loads
_scan: Callable[[str, int], tuple[Any, int]] = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def _loads(data: str | bytes) -> Any:
    """``json.loads`` (same result, same errors), for text or UTF-8 bytes.

    Why not ``json.loads`` itself: for a compact frame it runs two whitespace regexes and a Python
    wrapper around the C scanner, about a third of its time on a quote frame. This calls the scanner
    ``json.loads`` uses and leaves anything unusual (whitespace around the value, extra data, a
    frame that does not start a value) to ``json.loads``. Bytes are decoded first with the C UTF-8
    codec (``json.loads`` would detect the encoding in Python, and still does when that fails).
    """
    if isinstance(data, bytes):
        try:
            text = data.decode()
        except UnicodeDecodeError:
            return _json_loads(data)
    else:
        text = data
    try:
        value, end = _scan(text, 0)
    except StopIteration:
        return _json_loads(data)
    if end != len(text):
        return _json_loads(data)
    return value


def decode_frame(data: str | bytes, parser: FieldParser | None) -> list[Event]:
    """One WebSocket message in, zero or more events out (a ``sor`` frame may carry several orders).

    The market-data path is written out in this one function (a compact frame decoded by the JSON
    scanner, see ``_loads``; the envelope stripped; the event built): on a firehose every Python
    call saved here is a few percent of the client's CPU per frame.
    """
    try:
        text: Any = data.decode() if type(data) is bytes else data
        msg, end = _scan(text, 0)
        if end != len(text):
            raise ValueError("not one compact JSON value")
    except (StopIteration, ValueError, TypeError, RecursionError):
        try:
            msg = _loads(data)  # json.loads decides (whitespace, encodings) or says what is wrong
        except (ValueError, TypeError, RecursionError):
            return [UnknownMessage(None, _preview(data), "not JSON")]
    if type(msg) is not dict:
        return [UnknownMessage(None, msg, "not a JSON object")]
    topic = msg.get("topic")
    if type(topic) is str and topic.startswith("smd+"):
        if "error" in msg:
            return [StreamError(str(msg["error"]), topic, msg)]
        conid = msg.get("conid")
        if type(conid) is not int:
            try:
                conid = int(topic[4:].split("+", 1)[0])
            except ValueError as exc:
                return [UnknownMessage(topic, msg, f"bad market data: {exc!r}")]
        # The frame is ours (fresh from the decoder): strip the envelope in place instead of copying
        # the field ids into a new dict.
        pop = msg.pop
        del msg["topic"]
        pop("conid", None)
        pop("conidEx", None)
        updated = pop("_updated", None)
        server_id = pop("server_id", None)
        event: Any = _MarketDataBuilder(
            conid,
            msg,
            updated if type(updated) is int else None,
            server_id if type(server_id) is str else None,
            1,
            parser,
        )
        event.__class__ = MarketDataUpdate  # see _MarketDataBuilder
        return [event]
    try:
        return _slow_path(msg, topic)
    except Exception as exc:
        logger.debug("could not model a %r frame: %r", topic, exc)
        return [UnknownMessage(topic if isinstance(topic, str) else None, msg, f"malformed: {exc!r}")]


def _preview(data: str | bytes) -> str:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes | bytearray) else str(data)
    return text if len(text) <= 200 else text[:200] + "..."


def _slow_path(msg: dict[str, Any], topic: Any) -> list[Event]:
    if not isinstance(topic, str):
        if "error" in msg:
            return [StreamError(str(msg["error"]), None, msg)]
        return [UnknownMessage(None, msg, "no topic")]
    head = topic[:3]
    handler = _HANDLERS.get(head)
    if handler is None:
        if topic == "ech+hb":
            return [Heartbeat("echo", _int(msg.get("hb")))]
        return [UnknownMessage(topic, msg)]
    return handler(msg, topic)


# -- helpers ---------------------------------------------------------------------------------------


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return None
    return None


def _float(value: Any) -> float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    return str(value)


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _args_dict(msg: Mapping[str, Any]) -> dict[str, Any]:
    args = msg.get("args")
    return args if isinstance(args, dict) else {}


def _args_list(msg: Mapping[str, Any]) -> list[Any]:
    args = msg.get("args")
    if isinstance(args, list):
        return args
    if isinstance(args, dict):
        return [args]
    return []


def _topic_parts(topic: str) -> list[str]:
    return topic.split("+")


# -- handlers --------------------------------------------------------------------------------------


def _system(msg: dict[str, Any], topic: str) -> list[Event]:
    if "error" in msg:
        return [StreamError(str(msg["error"]), topic, msg)]
    if "hb" in msg:
        return [Heartbeat("system", _int(msg.get("hb")))]
    return [SystemMessage(_str(msg.get("success")), msg)]


def _tic(msg: dict[str, Any], topic: str) -> list[Event]:
    return [Heartbeat("tic", _int(msg.get("lastAccessed")))]


def _sts(msg: dict[str, Any], topic: str) -> list[Event]:
    args = _args_dict(msg)
    return [
        AuthStatus(
            authenticated=_bool(args.get("authenticated")),
            connected=_bool(args.get("connected")),
            competing=_bool(args.get("competing")),
            message=_str(args.get("message")) or None,
            raw=msg,
        )
    ]


def _act(msg: dict[str, Any], topic: str) -> list[Event]:
    args = _args_dict(msg)
    accounts = args.get("accounts")
    return [
        AccountInfo(
            accounts=tuple(str(a) for a in accounts) if isinstance(accounts, list) else (),
            selected_account=_str(args.get("selectedAccount")),
            is_paper=_bool(args.get("isPaper")),
            raw=msg,
        )
    ]


def order_from_mapping(item: Mapping[str, Any], source: Any = "stream") -> OrderUpdate | None:
    """An ``OrderUpdate`` from one order object (WebSocket ``sor`` or REST live orders); None if no id."""
    order_id = item.get("orderId", item.get("order_id"))
    if order_id is None or isinstance(order_id, dict | list | bool):
        return None
    return OrderUpdate(
        order_id=str(order_id),
        status=_str(item.get("status", item.get("order_status"))),
        filled_quantity=_float(item.get("filledQuantity")),
        remaining_quantity=_float(item.get("remainingQuantity")),
        conid=_int(item.get("conid")),
        account=_str(item.get("acct", item.get("account"))),
        side=_str(item.get("side")),
        ticker=_str(item.get("ticker")),
        order_type=_str(item.get("orderType")),
        price=_str(item.get("price")),
        raw=dict(item),
        source=source,
    )


def trade_from_mapping(item: Mapping[str, Any], source: Any = "stream") -> TradeUpdate | None:
    """A ``TradeUpdate`` from one execution object (WebSocket ``str`` or REST trades); None if no id."""
    execution_id = item.get("execution_id")
    if execution_id is None or isinstance(execution_id, dict | list | bool):
        return None
    return TradeUpdate(
        execution_id=str(execution_id),
        conid=_int(item.get("conid")),
        symbol=_str(item.get("symbol")),
        side=_str(item.get("side")),
        size=_float(item.get("size")),
        price=_float(item.get("price")),
        account=_str(item.get("account", item.get("accountCode"))),
        order_ref=_str(item.get("order_ref")),
        trade_time_ms=_int(item.get("trade_time_r")),
        raw=dict(item),
        source=source,
    )


def _sor(msg: dict[str, Any], topic: str) -> list[Event]:
    events: list[Event] = []
    for item in _args_list(msg):
        order = order_from_mapping(item) if isinstance(item, dict) else None
        events.append(order if order is not None else UnknownMessage(topic, item, "order without id"))
    return events


def _str_topic(msg: dict[str, Any], topic: str) -> list[Event]:
    events: list[Event] = []
    for item in _args_list(msg):
        trade = trade_from_mapping(item) if isinstance(item, dict) else None
        events.append(trade if trade is not None else UnknownMessage(topic, item, "trade without id"))
    return events


def _spl(msg: dict[str, Any], topic: str) -> list[Event]:
    events: list[Event] = []
    for key, row in _args_dict(msg).items():
        if not isinstance(row, dict):
            events.append(UnknownMessage(topic, {key: row}, "pnl row is not an object"))
            continue
        events.append(
            PnLUpdate(
                key=str(key),
                daily_pnl=_float(row.get("dpl")),
                unrealized_pnl=_float(row.get("upl")),
                net_liquidation=_float(row.get("nl")),
                market_value=_float(row.get("mv")),
                excess_liquidity=_float(row.get("el")),
                raw=row,
            )
        )
    return events


def _sbd(msg: dict[str, Any], topic: str) -> list[Event]:
    parts = _topic_parts(topic)
    account = parts[1] if len(parts) > 1 and parts[1] else None
    conid = _int(parts[2]) if len(parts) > 2 else None
    data = msg.get("data")
    rows: list[DepthRow] = []
    if isinstance(data, list):
        for row in data:
            if isinstance(row, dict):
                rows.append(
                    DepthRow(
                        price=_str(row.get("price")),
                        bid=_str(row.get("bid")),
                        ask=_str(row.get("ask")),
                        row=_int(row.get("row")),
                        focus=bool(row.get("focus")),
                    )
                )
    if "error" in msg and not rows:
        return [StreamError(str(msg["error"]), topic, msg)]
    return [DepthUpdate(account, conid, tuple(rows), msg)]


def _account_of(topic: str) -> str | None:
    parts = _topic_parts(topic)
    return parts[1] if len(parts) > 1 and parts[1] else None


def _result_items(msg: Mapping[str, Any]) -> list[dict[str, Any]]:
    result = msg.get("result", msg.get("args"))
    if isinstance(result, dict):
        result = [result]
    return [item for item in result if isinstance(item, dict)] if isinstance(result, list) else []


def _ssd(msg: dict[str, Any], topic: str) -> list[Event]:
    values: dict[str, Any] = {}
    container = msg.get("result", msg.get("args"))
    if isinstance(container, dict) and "key" not in container:
        # The REST summary shape: {"netliquidation": {"amount": ...}, ...}
        values = {str(k): v for k, v in container.items()}
    else:
        for item in _result_items(msg):
            key = item.get("key")
            if isinstance(key, str):
                values[key] = item
    return [AccountSummaryUpdate(_account_of(topic), values, msg)]


def _sld(msg: dict[str, Any], topic: str) -> list[Event]:
    currencies: dict[str, Mapping[str, Any]] = {}
    container = msg.get("result", msg.get("args"))
    if isinstance(container, dict) and "key" not in container:
        # The REST ledger shape: {"USD": {...}, "BASE": {...}}
        return [
            LedgerUpdate(
                _account_of(topic),
                {str(k): v for k, v in container.items() if isinstance(v, dict)},
                msg,
            )
        ]
    for item in _result_items(msg):
        currency = item.get("currency") or item.get("secondKey") or item.get("secondkey")
        key = item.get("key")
        if not isinstance(currency, str) and isinstance(key, str) and key.startswith("LedgerList"):
            currency = key[len("LedgerList") :] or None
        if isinstance(currency, str):
            currencies[currency] = item
    return [LedgerUpdate(_account_of(topic), currencies, msg)]


def _smh(msg: dict[str, Any], topic: str) -> list[Event]:
    parts = _topic_parts(topic)
    conid = _int(parts[1]) if len(parts) > 1 else None
    bars: list[HistoricalBar] = []
    data = msg.get("data")
    if isinstance(data, list):
        for bar in data:
            if isinstance(bar, dict):
                bars.append(
                    HistoricalBar(
                        t=_int(bar.get("t")),
                        o=_float(bar.get("o")),
                        h=_float(bar.get("h")),
                        low=_float(bar.get("l")),
                        c=_float(bar.get("c")),
                        v=_float(bar.get("v")),
                    )
                )
    server_id = _str(msg.get("serverId", msg.get("server_id")))
    if "error" in msg and not bars:
        return [StreamError(str(msg["error"]), topic, msg)]
    return [HistoricalBars(conid, server_id, tuple(bars), msg)]


def _message_text(msg: Mapping[str, Any]) -> str | None:
    args = msg.get("args")
    if isinstance(args, dict):
        for key in ("message", "msg", "text", "title"):
            if isinstance(args.get(key), str):
                return str(args[key])
    for key in ("message", "msg", "text", "error"):
        if isinstance(msg.get(key), str):
            return str(msg[key])
    return _str(args)


def _blt(msg: dict[str, Any], topic: str) -> list[Event]:
    return [Bulletin(_message_text(msg), msg)]


def _ntf(msg: dict[str, Any], topic: str) -> list[Event]:
    return [Notification(_message_text(msg), msg)]


def _error(msg: dict[str, Any], topic: str) -> list[Event]:
    return [StreamError(_message_text(msg) or "unspecified stream error", topic, msg)]


def _unsolicited(handler: Callable[[dict[str, Any], str], list[Event]], exact: str) -> Any:
    """Wrap a handler for an exact-topic message so ``sts+x`` is not mistaken for ``sts``."""

    def wrapped(msg: dict[str, Any], topic: str) -> list[Event]:
        if topic != exact:
            return [UnknownMessage(topic, msg)]
        return handler(msg, topic)

    return wrapped


_HANDLERS: dict[str, Callable[[dict[str, Any], str], list[Event]]] = {
    "sys": _unsolicited(_system, "system"),
    "tic": _unsolicited(_tic, "tic"),
    "sts": _unsolicited(_sts, "sts"),
    "act": _unsolicited(_act, "act"),
    "blt": _unsolicited(_blt, "blt"),
    "ntf": _unsolicited(_ntf, "ntf"),
    "err": _unsolicited(_error, "error"),
    "sor": _unsolicited(_sor, "sor"),
    "str": _unsolicited(_str_topic, "str"),
    "spl": _unsolicited(_spl, "spl"),
    "sbd": _sbd,
    "ssd": _ssd,
    "sld": _sld,
    "smh": _smh,
}
