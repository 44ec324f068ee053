"""``ibkr-webapi history`` and ``ibkr-webapi watch``: the data commands of the command line.

They live beside ``cli.py`` (which registers them with :func:`add_commands`) and reuse its helpers
for settings, output and exit codes.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import sys
from collections.abc import Callable, MutableMapping
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .config import Settings

EXAMPLES = {
    "history": "ibkr-webapi history AAPL --bar 1min --start 2026-11-02 --end 2026-11-07 --csv > aapl.csv\n"
    "ibkr-webapi history 265598 --bar 1d --start 2025-01-01 --end 2026-01-01 --json\n"
    "ibkr-webapi history AAPL --start 2026-01-01 --end 2026-11-01 --parquet aapl.parquet   # [polars]",
    "watch": "ibkr-webapi watch\nibkr-webapi watch --seconds 60 --json > changes.ndjson",
}

CSV_HEADER = ("time", "open", "high", "low", "close", "volume")


def add_commands(
    add: Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser],
    examples: MutableMapping[str, str],
) -> None:
    """Register ``history`` and ``watch`` with ``cli.build_parser``'s ``add``."""
    examples.update(EXAMPLES)
    p = add("history", cmd_history, "historical bars over any range (windows planned, stitched, gaps noted)")
    p.add_argument("instrument", metavar="SYMBOL|CONID", help="AAPL, ES:FUT or a conid")
    p.add_argument("--start", required=True, help="first day or time, UTC (2026-11-02, 2026-11-02T13:30)")
    p.add_argument("--end", required=True, help="end, exclusive, UTC (2026-11-07)")
    p.add_argument("--bar", default="1min", help="1min, 5min, 1h, 1d, 1w ... (default: %(default)s)")
    p.add_argument("--what", default="TRADES", type=str.upper, choices=["TRADES", "MIDPOINT", "BID", "ASK"])
    p.add_argument("--outside-rth", action="store_true", help="include bars outside regular trading hours")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--csv", action="store_true", help="time,open,high,low,close,volume rows (the default)")
    out.add_argument("--parquet", metavar="FILE", help="write a Parquet file (needs ibkr-webapi[polars])")
    p = add("watch", cmd_watch, "orders, fills and positions as they change, until Ctrl-C")
    p.add_argument("--seconds", type=float, default=None, help="stop after N seconds (for scripts)")


# -- history ------------------------------------------------------------------------------------------


class ProgressBar:
    """A one-line progress bar on ``stream`` (stderr), drawn only when it is a terminal."""

    def __init__(self, stream: IO[str] | None = None, width: int = 30) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._width = width
        isatty = getattr(self._stream, "isatty", None)
        self.active = bool(isatty and isatty())

    def __call__(self, progress: Any) -> None:
        if not self.active:
            return
        filled = int(self._width * progress.fraction)
        bar = "#" * filled + "." * (self._width - filled)
        self._stream.write(
            f"\r[{bar}] {progress.fraction:4.0%}  {progress.requests} requests, {progress.bars} bars "
        )
        self._stream.flush()

    def close(self) -> None:
        if self.active:
            self._stream.write("\r" + " " * (self._width + 50) + "\r")
            self._stream.flush()


def _iso(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def write_csv(bars: Any, stream: IO[str]) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for t, o, h, low, c, v in bars.rows():
        writer.writerow((_iso(t), o, h, low, c, int(v) if float(v).is_integer() else v))


def cmd_history(args: argparse.Namespace) -> int:
    from .cli import EXIT_OK, UsageError, _note, _print_json, _settings
    from .history import BAR_SIZES, to_epoch

    if args.bar not in BAR_SIZES:
        raise UsageError(f"--bar must be one of {', '.join(BAR_SIZES)}")
    try:
        start, end = to_epoch(args.start, "start"), to_epoch(args.end, "end")
    except Exception as exc:  # ValidationError: say which flag
        raise UsageError(str(exc)) from None
    if end <= start:
        raise UsageError("--end must be after --start")
    settings = _settings(args)
    progress = ProgressBar()
    try:
        bars = asyncio.run(_fetch(settings, args, start, end, progress))
    finally:
        progress.close()
    if args.parquet:
        bars.to_polars().write_parquet(args.parquet)
        _note(f"wrote {len(bars)} bars to {args.parquet}")
    elif args.json:
        _print_json(
            {
                "conid": bars.conid,
                "bar": bars.bar,
                "what": bars.what,
                "start": _iso(bars.start),
                "end": _iso(bars.end),
                "requests": bars.requests,
                "bars": [
                    {"time": _iso(t), "open": o, "high": h, "low": low, "close": c, "volume": v}
                    for t, o, h, low, c, v in bars.rows()
                ],
                "gaps": [{"start": _iso(g.start), "end": _iso(g.end), "kind": g.kind} for g in bars.gaps],
            }
        )
    else:
        write_csv(bars, sys.stdout)
    missing = bars.missing
    _note(f"({len(bars)} bars, {bars.requests} request(s), {len(missing)} gap(s) of missing data)")
    for gap in missing[:10]:
        _note(f"  missing data {_iso(gap.start)} .. {_iso(gap.end)}")
    return EXIT_OK


async def _fetch(settings: Settings, args: argparse.Namespace, start: int, end: int, progress: Any) -> Any:
    from .client import AsyncClient

    async with AsyncClient(settings=settings, keepalive_interval=None) as client:
        conid = await _resolve_async(client, args.instrument)
        return await client.marketdata.history(
            conid, start, end, bar=args.bar, what=args.what, outside_rth=args.outside_rth, progress=progress
        )


async def _resolve_async(client: Any, token: str) -> int:
    from .cli import UsageError

    if token.isdigit():
        return int(token)
    symbol, _, kind = token.upper().partition(":")
    if kind in ("", "STK"):
        return int((await client.contracts.stock(symbol)).conid)
    if kind == "FUT":
        return int((await client.contracts.future(symbol)).conid)
    raise UsageError(f"unknown instrument kind {kind!r} in {token!r} (use SYMBOL, SYMBOL:FUT or a conid)")


# -- watch --------------------------------------------------------------------------------------------


def describe(change: Any) -> dict[str, Any]:
    """One change as a flat, JSON-friendly record (``type`` first)."""
    from .live import FillReported, OrderChanged, PnLChanged, PositionChanged, Reconciled

    if isinstance(change, OrderChanged):
        o = change.order
        return {"type": "order", "order_id": o.order_id, "status": o.status, "side": o.side,
                "ticker": o.ticker, "conid": o.conid, "filled": o.filled_quantity,
                "remaining": o.remaining_quantity, "price": o.price}  # fmt: skip
    if isinstance(change, FillReported):
        f = change.fill
        return {"type": "fill", "execution_id": f.execution_id, "side": f.side, "size": f.size,
                "symbol": f.symbol, "conid": f.conid, "price": f.price}  # fmt: skip
    if isinstance(change, PositionChanged):
        p, before = change.position, change.previous
        previous = str(before.quantity) if before else None
        return {"type": "position", "conid": p.conid, "symbol": p.symbol or p.description,
                "quantity": str(p.quantity), "previous": previous}  # fmt: skip
    if isinstance(change, PnLChanged):
        return {"type": "pnl", "key": change.pnl.key, "daily": change.pnl.daily_pnl,
                "unrealized": change.pnl.unrealized_pnl}  # fmt: skip
    if isinstance(change, Reconciled):
        return {"type": "reconciled", "reason": change.reason, "number": change.number}
    return {"type": type(change).__name__}


def render(record: dict[str, Any]) -> str:
    """A record as one line for people."""
    kind = record["type"]
    if kind == "order":
        return (f"order    {record['order_id']} {record['status']} {record['side'] or ''} "
                f"{record['ticker'] or record['conid']} filled {record['filled']}, "
                f"remaining {record['remaining']}")  # fmt: skip
    if kind == "fill":
        return (f"fill     {record['side']} {record['size']} {record['symbol'] or record['conid']} "
                f"@ {record['price']} ({record['execution_id']})")  # fmt: skip
    if kind == "position":
        return f"position {record['symbol']} ({record['conid']}) {record['previous']} -> {record['quantity']}"
    if kind == "pnl":
        return f"pnl      {record['key']} daily {record['daily']} unrealized {record['unrealized']}"
    if kind == "watching":
        return f"watching {record['account']} (orders, fills, positions as they change; Ctrl-C stops)"
    if kind == "ready":
        return (f"(reconciled: {record['open_orders']} open orders, {record['positions']} positions, "
                f"{record['executions']} executions today)")  # fmt: skip
    if kind == "reconciled":
        return f"(reconciled over REST: {record['reason']})"
    return str(kind)


def cmd_watch(args: argparse.Namespace) -> int:
    import json
    import threading

    from .cli import EXIT_OK, _connect

    settings, client = _connect(args, keepalive=True)
    lock = threading.Lock()

    def emit(record: dict[str, Any]) -> None:
        with lock:
            print(json.dumps(record, default=str) if args.json else render(record), flush=True)

    def on_change(change: Any) -> None:
        if change is not None and not isinstance(change, str):
            emit(describe(change))

    stop = threading.Event()
    with client:
        account = args.account or settings.account_id or client.session.selected_account
        emit({"type": "watching", "account": account})
        # the first reconciliation reports the current state as changes from nothing
        with client.live(account, on_order=on_change, on_fill=on_change, on_position=on_change) as live:
            emit({"type": "ready", "open_orders": len(live.open_orders), "positions": len(live.positions),
                  "executions": len(live.fills)})  # fmt: skip
            stop.wait(args.seconds)  # None: until Ctrl-C
    return EXIT_OK
