"""``ibkr-webapi``: the command line for the IBKR Client Portal Web API (stdlib ``argparse`` only).

Configured by the same ``IBKR_*`` variables as the library (``ibkr_webapi.config``) plus
``--gateway URL``. Tables for people, ``--json`` for scripts. Orders are dry-run (what-if) unless
``--submit`` is given, and IBKR's reply questions are never confirmed silently: only the ids given
with ``--confirm`` or answered "y" at an interactive prompt are.

Exit codes (:data:`EXIT_CODES`): 0 success, 1 unexpected failure, 2 usage or configuration (checked
before connecting) or a missing extra, 3 authentication / session, 4 API, network or contract lookup
(``search`` that finds nothing included), 5 order rejected, 130 interrupted (Ctrl-C), 141 output pipe
closed (``| head``).
A mistake by the user never prints a traceback: every ``IbkrError`` becomes one line on stderr.
Connection refused and an untrusted certificate are reported at once (never retried), with the advice
that fits; ``--timeout`` bounds connecting too.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import difflib
import email.utils
import importlib
import json
import os
import platform
import secrets
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import Any, NoReturn

from . import __version__, _coerce
from ._console import Spinner, fmt, table
from ._endpoint import api_base
from ._exceptions import (
    AuthenticationError,
    CertificateError,
    CompetingSession,
    ConfigurationError,
    ConnectionRefused,
    ContractNotFound,
    IbkrError,
    MissingDependency,
    NotAuthenticated,
    OrderError,
    OrderRejected,
    TransportError,
    ValidationError,
)
from .client import Client
from .config import Settings
from .fields import Field
from .orders import Order, OrderPreview, Question, ReplyPolicy
from .session import DEFAULT_KEEPALIVE_INTERVAL_S
from .streaming import MarketDataUpdate

__all__ = ["EXIT_API", "EXIT_AUTH", "EXIT_ORDER", "EXIT_USAGE", "exit_code_for", "main"]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_API = 4
EXIT_ORDER = 5
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for `cat big | head`

#: Every exit code and its meaning (``--help`` and the README list these).
EXIT_CODES: dict[int, str] = {
    EXIT_OK: "ok",
    EXIT_FAILURE: "unexpected failure",
    EXIT_USAGE: "usage, configuration or a missing extra",
    EXIT_AUTH: "authentication or session",
    EXIT_API: "API, network, or nothing found",
    EXIT_ORDER: "order rejected",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C)",
    EXIT_BROKEN_PIPE: "output pipe closed (| head)",
}

MAX_CLOCK_SKEW_S = 30.0
"""OAuth 1.0a signs a timestamp; IBKR refuses requests whose clock is off by more than about this."""

_FIELD_ALIASES = {"change%": "change_pct", "vol": "volume", "name": "company_name"}


class UsageError(Exception):
    """A command-line mistake found after parsing (exit 2)."""


def exit_code_for(exc: BaseException) -> int:
    """The exit code for an error (see the module docstring)."""
    if isinstance(exc, (ConfigurationError, MissingDependency, ValidationError, UsageError)):
        return EXIT_USAGE
    if isinstance(exc, (AuthenticationError, NotAuthenticated, CompetingSession)):
        return EXIT_AUTH
    if isinstance(exc, OrderError):
        return EXIT_ORDER
    if isinstance(exc, IbkrError):
        return EXIT_API
    return EXIT_FAILURE


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, ConfigurationError) and exc.setting and exc.setting not in text:
        text += f" (set {exc.setting})"
    if isinstance(exc, ConnectionRefused | CertificateError):
        pass  # the message carries the advice that fits (the gateway's address; IBKR_CA_BUNDLE)
    elif isinstance(exc, TransportError):
        text += "; is the gateway running and IBKR_BASE_URL / --gateway right? Try `ibkr-webapi doctor`"
    if isinstance(exc, NotAuthenticated):
        text += "; log in (CP Gateway: open its URL in a browser) or check your OAuth keys"
    return text


# -- output -----------------------------------------------------------------------------------------


class _JsonNumbers:
    """Decimals become JSON numbers with every digit kept (no float rounding): each is swapped for a
    unique placeholder string, and the quoted placeholder is replaced by the number's text after
    encoding. Non-finite decimals (not JSON numbers) stay strings."""

    def __init__(self) -> None:
        self._tag = f"__ibkr_decimal_{secrets.token_hex(8)}_"
        self.numbers: list[str] = []

    def placeholder(self, d: Decimal) -> str:
        if not d.is_finite():
            return str(d)
        self.numbers.append(str(d))
        return f"{self._tag}{len(self.numbers) - 1}"

    def restore(self, text: str) -> str:
        for i, number in enumerate(self.numbers):
            text = text.replace(f'"{self._tag}{i}"', number, 1)
        return text


def _plain(value: Any, numbers: _JsonNumbers | None = None) -> Any:
    """JSON-friendly: dataclasses to dicts (without ``raw``), Decimal to a number (str without
    ``numbers``), enums to values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _plain(getattr(value, f.name), numbers)
            for f in dataclasses.fields(value)
            if f.name not in ("raw", "parser") and not f.name.startswith("_")
        }
    if isinstance(value, Decimal):
        return str(value) if numbers is None else numbers.placeholder(value)
    if isinstance(value, Mapping):
        return {str(k): _plain(v, numbers) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v, numbers) for v in value]
    return value


def _json_text(data: Any) -> str:
    """``data`` as JSON; Decimals as exact JSON numbers."""
    numbers = _JsonNumbers()
    return numbers.restore(json.dumps(_plain(data, numbers), indent=2, default=str))


def _print_json(data: Any) -> None:
    print(_json_text(data))


def _note(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- connecting ---------------------------------------------------------------------------------------


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if args.gateway:  # its root and WebSocket URL follow from it (ibkr_webapi._endpoint)
        overrides.update(base_url=api_base(args.gateway, "--gateway"), root_url=None, ws_url=None)
    return Settings.from_env(**overrides)


def _connect(args: argparse.Namespace, *, keepalive: bool = False) -> tuple[Settings, Client]:
    """(settings, started Client); the spinner shows while the brokerage session opens."""
    settings = _settings(args)
    with Spinner("opening the brokerage session"):
        client = Client(
            settings=settings,
            keepalive_interval=DEFAULT_KEEPALIVE_INTERVAL_S if keepalive else None,
            timeout=args.timeout,
            deadline=args.timeout,  # one request, connecting and retries included, ends within --timeout
            # Commands run back to back (or side by side) share IBKR's limits: pace them together.
            pacer=None if settings.pacing_url else "local",
        )
    return settings, client


def _account(args: argparse.Namespace, settings: Settings, client: Client) -> tuple[str, str]:
    """(account id, where it came from): ``--account``, ``IBKR_ACCOUNT_ID``, else IBKR's selected one."""
    if args.account:
        return str(args.account), "--account"
    if settings.account_id:
        return str(settings.account_id), "IBKR_ACCOUNT_ID"
    selected = client.session.selected_account
    if selected:
        return str(selected), "IBKR's selected account"
    raise UsageError("no account: pass --account or set IBKR_ACCOUNT_ID")


def _instrument(token: str) -> tuple[int | None, str, str]:
    """Check an instrument argument without connecting: (conid or None, symbol, kind).

    ``265598`` is a conid (in IBKR's range); ``AAPL`` / ``AAPL:STK`` a stock; ``ES:FUT`` a future.
    """
    token = token.strip()
    if token.isdigit():
        return _coerce.conid(token, "conid", text=True), token, ""
    symbol, _, kind = token.upper().partition(":")
    if kind not in ("", "STK", "FUT"):
        raise UsageError(f"unknown instrument kind {kind!r} in {token!r} (use SYMBOL, SYMBOL:FUT or a conid)")
    return None, _coerce.symbol(symbol), kind


def _resolve(client: Client, token: str) -> tuple[int, str]:
    """``265598`` -> conid; ``AAPL`` -> the US stock; ``ES:FUT`` -> the front-month future."""
    conid, symbol, kind = _instrument(token)
    if conid is not None:
        return conid, symbol
    contracts = client.contracts
    if kind == "FUT":
        future = contracts.future(symbol)
        return int(future.conid), f"{symbol} {future.expiry or ''}".strip()
    return int(contracts.stock(symbol).conid), symbol


def field_names() -> list[str]:
    """The names ``--fields`` accepts (any case), besides numeric ids and the aliases."""
    return sorted([f.name.lower() for f in Field] + list(_FIELD_ALIASES))


def _unknown_field(raw: str) -> UsageError:
    names = field_names()
    close = difflib.get_close_matches(raw.lower(), names, n=3, cutoff=0.6)
    hint = f"did you mean {' or '.join(close)}? " if close else ""
    return UsageError(
        f"unknown field {raw!r}; {hint}valid names (any case) or numeric ids like 31: {', '.join(names)}"
    )


def _fields(spec: str) -> list[tuple[str, str]]:
    """``last,bid,ask`` / ``Last,BID`` / ``31,84`` -> [(name, field id)]; a typo lists the valid names."""
    out: list[tuple[str, str]] = []
    for raw in (p.strip() for p in spec.split(",")):
        if not raw:
            continue
        if raw.isdigit():
            try:
                out.append((Field(raw).name.lower(), raw))
            except ValueError:
                out.append((raw, raw))
            continue
        name = _FIELD_ALIASES.get(raw.lower(), raw.lower())
        try:
            out.append((name, Field[name.upper()].value))
        except KeyError:
            raise _unknown_field(raw) from None
    if not out:
        raise UsageError("--fields needs at least one field")
    return out


# -- commands ---------------------------------------------------------------------------------------------


def cmd_fake_gateway(args: argparse.Namespace) -> int:
    from .testing.__main__ import main as fake_main

    argv = ["--port", str(args.port), "--auth", args.auth, "--seed", str(args.seed)]
    if args.tls:
        argv.append("--tls")
    if args.no_pacing:
        argv.append("--no-pacing")
    return fake_main(argv)


def cmd_demo(args: argparse.Namespace) -> int:
    importlib.import_module(".testing", __package__)  # MissingDependency naming "testing", first
    from .demo import main as demo_main

    return demo_main(["--seed", str(args.seed), "--stream-seconds", str(args.stream_seconds)])


def cmd_status(args: argparse.Namespace) -> int:
    _, client = _connect(args)
    with client:
        status = client.session.status
        data = {
            "mode": client.mode,
            "base_url": client.base_url,
            "authenticated": status.authenticated if status else False,
            "connected": status.connected if status else False,
            "competing": status.competing if status else False,
            "message": status.message if status else "",
            "accounts": list(client.session.accounts or ()),
            "selected_account": client.session.selected_account,
        }
    if args.json:
        _print_json(data)
    else:
        print(
            table(
                ["setting", "value"],
                [(k, ", ".join(v) if isinstance(v, list) else v) for k, v in data.items()],
            )
        )
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    symbol = _coerce.symbol(args.symbol)
    sec_type = _coerce.symbol(args.sec_type, "--sec-type")
    _, client = _connect(args)
    with client:
        results = client.contracts.search(symbol, sec_type)
    if args.json:
        _print_json(results)
    if not results:
        raise ContractNotFound(f"nothing found for {symbol!r} ({sec_type.upper()})")
    if args.json:
        return EXIT_OK
    rows = [
        (
            r.contract.conid,
            r.contract.symbol,
            r.contract.sec_type,
            r.contract.description or r.contract.name,
            " ".join(
                s.sec_type + (f"({','.join(s.months[:3])})" if s.months else "")
                for s in r.sections
                if s.sec_type != r.contract.sec_type
            ),
        )
        for r in results
    ]
    print(table(["conid", "symbol", "type", "description", "derivatives"], rows))
    return EXIT_OK


def cmd_quote(args: argparse.Namespace) -> int:
    fields = _fields(args.fields)
    for token in args.instruments:
        _instrument(token)
    _, client = _connect(args)
    with client:
        instruments = [_resolve(client, token) for token in args.instruments]
        with Spinner("waiting for market data (pre-flight)"):
            snap = client.marketdata.snapshot(
                [c for c, _ in instruments], [fid for _, fid in fields], timeout=args.timeout
            )
    labels = dict(instruments)
    quotes: list[dict[str, Any]] = []
    for conid, quote in snap.items():
        values = {name: _field_value(quote.values, fid) for name, fid in fields}
        missing = sorted((m.name if isinstance(m, Field) else m).lower() for m in quote.missing)
        quotes.append(
            {
                "conid": conid,
                "instrument": labels.get(conid, str(conid)),
                "fields": values,
                "missing": missing,
                "prior_close": quote.prior_close,
                "halted": quote.halted,
            }
        )
    if args.json:
        _print_json({"rounds": snap.rounds, "requests": snap.requests, "quotes": quotes})
        return EXIT_OK
    headers = ["instrument", "conid", *[name for name, _ in fields]]
    rows = [[q["instrument"], q["conid"], *q["fields"].values()] for q in quotes]
    print(table(headers, rows))
    _note(f"({snap.rounds} round{'s' if snap.rounds != 1 else ''}, {snap.requests} request(s))")
    for q in quotes:
        if q["missing"]:
            _note(f"{q['instrument']}: no value for {', '.join(q['missing'])} (market-data permissions?)")
        if q["prior_close"]:
            _note(f"{q['instrument']}: last is the previous close (no trade yet today)")
    return EXIT_OK


def _field_value(values: Any, fid: str) -> Any:
    number = values.number(fid)
    return number if number is not None else values.text(fid)


def cmd_stream(args: argparse.Namespace) -> int:
    fields = _fields(args.fields)
    for token in args.instruments:
        _instrument(token)
    _, client = _connect(args, keepalive=True)
    interrupted = False
    with client:
        instruments = [_resolve(client, token) for token in args.instruments]
        labels = dict(instruments)
        latest: dict[int, dict[str, Any]] = {c: {} for c, _ in instruments}
        stream = client.stream().start()  # at client.ws_url (IBKR_WS_URL or derived)
        try:
            for conid, _ in instruments:
                stream.market_data(conid, [fid for _, fid in fields])
            if not args.json:
                _note(f"streaming {', '.join(labels.values())}; Ctrl-C to stop")
            deadline = None if args.seconds is None else time.monotonic() + args.seconds
            while deadline is None or time.monotonic() < deadline:
                wait = 0.5 if deadline is None else max(0.0, min(0.5, deadline - time.monotonic()))
                event = stream.get(timeout=wait)
                if not isinstance(event, MarketDataUpdate) or event.conid not in latest:
                    continue
                row = latest[event.conid]
                for name, fid in fields:
                    if fid in event.fields:
                        row[name] = _field_value(event.values, fid)
                stamp = time.strftime("%H:%M:%S")
                if args.json:
                    print(
                        json.dumps(
                            {
                                "time": stamp,
                                "conid": event.conid,
                                "instrument": labels[event.conid],
                                "fields": dict(row),
                            }
                        ),
                        flush=True,
                    )
                else:
                    shown = "  ".join(f"{name} {fmt(row.get(name))}" for name, _ in fields)
                    print(f"{stamp}  {labels[event.conid]:<12} {shown}", flush=True)
        except KeyboardInterrupt:
            interrupted = True
        finally:
            stream.close()
    if interrupted:
        _note("interrupted")
        return EXIT_INTERRUPTED
    return EXIT_OK


def cmd_orders(args: argparse.Namespace) -> int:
    _, client = _connect(args)
    with client:
        live = client.orders.live_orders(force=args.force)
    if args.json:
        _print_json(live)
        return EXIT_OK
    rows = [
        (
            o.order_id,
            o.status,
            o.ticker or o.conid,
            o.side,
            o.order_type,
            _qty(o.quantity),
            _qty(o.filled),
            o.price or o.aux_price,
            o.parent_id,
        )
        for o in live
    ]
    print(table(["order", "status", "instrument", "side", "type", "qty", "filled", "price", "parent"], rows))
    if not rows:
        print("no live orders" + ("" if args.force else " (IBKR can lag: try --force)"))
    return EXIT_OK


def cmd_positions(args: argparse.Namespace) -> int:
    settings, client = _connect(args)
    with client:
        account, source = _account(args, settings, client)
        positions = client.portfolio.positions(account)
    if args.json:
        _print_json(positions)
        return EXIT_OK
    rows = [
        (
            p.symbol or p.description,
            p.conid,
            p.sec_type,
            p.quantity,
            p.avg_cost,
            p.market_price,
            p.market_value,
            p.unrealized_pnl,
            p.currency,
        )
        for p in positions
    ]
    print(f"account {account} ({source})")
    print(
        table(["instrument", "conid", "type", "qty", "avg cost", "price", "value", "unrealized", "ccy"], rows)
    )
    return EXIT_OK


#: Stands in for the instrument while an order's arguments are checked before connecting.
_PLACEHOLDER_CONID = 1


def _order_from(args: argparse.Namespace, conid: int, side: str) -> Order:
    if args.market and (args.limit is not None or args.stop is not None):
        raise UsageError("--market takes no --limit/--stop")
    if args.market:
        kind, price, aux = "MKT", None, None
    elif args.stop is not None:
        kind, price, aux = ("STOP_LIMIT" if args.limit is not None else "STP"), args.limit, args.stop
    elif args.limit is not None:
        kind, price, aux = "LMT", args.limit, None
    else:
        raise UsageError("give --limit PRICE, --stop PRICE or --market")
    return Order(
        conid=conid,
        side=side,
        quantity=args.quantity,
        order_type=kind,
        price=price,
        aux_price=aux,
        tif=args.tif,
        outside_rth=args.outside_rth,
    )


def _qty(value: float | None) -> str:
    """A quantity as traders write it: ``10``, ``0.5``; ``-`` when unknown."""
    if value is None:
        return "-"
    return str(int(value)) if float(value).is_integer() else fmt(value, 4)


def _show_preview(preview: OrderPreview, description: str) -> None:
    ccy = f" {preview.commission_currency}" if preview.commission_currency else ""
    print(f"what-if for {description} (nothing is placed):")
    print(f"  amount      {fmt(preview.amount)}{ccy}")
    print(f"  commission  {fmt(preview.commission)}{ccy}")
    print(f"  total       {fmt(preview.total)}{ccy}")
    blocks = [
        ("equity with loan", preview.equity_with_loan),
        ("initial margin", preview.initial_margin),
        ("maintenance margin", preview.maintenance_margin),
        ("position", preview.position),
    ]
    print(
        table(
            ["impact", "now", "change", "after"], [(n, b.current, b.change, b.after) for n, b in blocks if b]
        )
    )
    for warning in preview.warnings:
        print("warning: " + " ".join(warning.split()))


def _reply_policy(args: argparse.Namespace) -> ReplyPolicy:
    """Confirm the ``--confirm`` ids; ask on a TTY for the rest; refuse everything else.

    The prompt goes to stderr (stdout may be redirected to a file) and reads one line from the
    terminal; anything but y/yes, end of input included, refuses.
    """
    allowed = {i.strip() for group in args.confirm for i in group.split(",") if i.strip()}
    interactive = sys.stdin.isatty() and not args.json

    def decide(question: Question) -> bool:
        ids = ", ".join(question.message_ids) or "no id"
        _note(f"IBKR asks [{ids}]: {' '.join(' '.join(question.messages).split())}")
        if question.message_ids and all(m in allowed for m in question.message_ids):
            _note("  -> confirmed (--confirm)")
            return True
        if interactive:
            print("  Confirm and send the order? [y/N] ", end="", file=sys.stderr, flush=True)
            answer = sys.stdin.readline().strip().lower()
            confirmed = answer in ("y", "yes")
            _note("  -> confirmed" if confirmed else "  -> not confirmed")
            return confirmed
        _note("  -> not confirmed")
        return False

    return ReplyPolicy.ask(decide)


def cmd_order(args: argparse.Namespace) -> int:
    side = args.side.upper()
    # Every argument is checked before connecting: a typo costs no wait on the gateway.
    known, _, _ = _instrument(args.symbol)
    checked = _order_from(args, known or _PLACEHOLDER_CONID, side)
    _, client = _connect(args)
    with client:
        conid, label = _resolve(client, args.symbol)
        order = replace(checked, conid=conid)
        description = f"{side} {_qty(args.quantity)} {label} {order.order_type}" + (
            f" {fmt(order.price or order.aux_price)}" if (order.price or order.aux_price) else ""
        )
        orders = client.orders
        account = args.account
        if not args.submit:
            preview = orders.preview(order, account_id=account)
            if args.json:
                _print_json({"submitted": False, "order": order.to_wire(), "preview": preview})
            else:
                _show_preview(preview, description)
                if args.command != "preview":
                    print("dry run: nothing was placed. Add --submit to place this order.")
            return EXIT_OK
        try:
            acks = orders.place(order, policy=_reply_policy(args), account_id=account)
        except OrderRejected as exc:
            ids = ",".join(exc.message_ids)
            hint = f"; re-run with --confirm {ids} to accept" if ids and "not confirmed" in str(exc) else ""
            raise OrderRejected(
                f"order rejected: {' '.join(str(exc).split())}{hint}", message_ids=exc.message_ids
            ) from None
    if args.json:
        _print_json({"submitted": True, "acks": acks})
    else:
        print(f"placed {description}")
        print(
            table(
                ["order", "status", "cOID", "confirmed"],
                [(a.order_id, a.status, a.coid, ",".join(a.confirmed)) for a in acks],
            )
        )
    return EXIT_OK


# -- doctor --------------------------------------------------------------------------------


@dataclasses.dataclass
class Check:
    name: str
    ok: bool | None  # None: a warning
    detail: str
    fix: str = ""
    code: int = EXIT_OK


def _doctor_checks(args: argparse.Namespace) -> list[Check]:
    import httpx

    checks: list[Check] = []
    try:
        settings = _settings(args)
    except ConfigurationError as exc:
        fix = f"set {exc.setting}" if exc.setting else "fix the IBKR_* settings"
        return [Check("settings", False, _one_line(exc), fix + " (see `ibkr-webapi --help`)", EXIT_USAGE)]
    checks.append(Check("settings", True, f"mode {settings.mode}, {settings.resolved_base_url}"))
    if settings.insecure_skip_tls_verify:
        checks.append(
            Check(
                "tls",
                None,
                "certificate verification is OFF (IBKR_INSECURE_SKIP_TLS_VERIFY)",
                "set IBKR_CA_BUNDLE to the gateway's certificate instead",
            )
        )
    try:
        settings.auth()
        endpoint = settings.endpoint()  # the URLs and certificate checks Client will use
    except ConfigurationError as exc:
        checks.append(
            Check("keys", False, _one_line(exc), f"check {exc.setting or 'the key settings'}", EXIT_USAGE)
        )
        return checks
    if settings.mode != "gateway":
        checks.append(Check("keys", True, f"{settings.mode} credentials load"))

    url = endpoint.base_url + "/iserver/auth/status"
    try:
        response = httpx.get(url, verify=endpoint.verify, timeout=args.timeout)
    except httpx.ConnectError as exc:
        text = str(exc)
        if "CERTIFICATE_VERIFY_FAILED" in text or "certificate" in text.lower():
            checks.append(
                Check(
                    "certificate",
                    False,
                    f"{endpoint.base_url}: {text}",
                    "set IBKR_CA_BUNDLE to the gateway's CA certificate (PEM); the CP Gateway's "
                    "self-signed certificate is in its root/ folder",
                    EXIT_API,
                )
            )
        else:
            checks.append(
                Check(
                    "reachable",
                    False,
                    f"cannot connect to {endpoint.base_url}: {text}",
                    "start the gateway, or point IBKR_BASE_URL / --gateway at it",
                    EXIT_API,
                )
            )
        return checks
    except httpx.HTTPError as exc:
        checks.append(
            Check(
                "reachable",
                False,
                f"{endpoint.base_url}: {type(exc).__name__}: {exc}",
                "check IBKR_BASE_URL / --gateway and the network",
                EXIT_API,
            )
        )
        return checks
    checks.append(Check("reachable", True, f"HTTP {response.status_code} from {endpoint.base_url}"))
    if endpoint.base_url.startswith("https"):
        checks.append(
            Check("certificate", True, "verified" + (" with IBKR_CA_BUNDLE" if settings.ca_bundle else ""))
        )

    date = response.headers.get("date")
    if date:
        server = email.utils.parsedate_to_datetime(date).timestamp()
        skew = time.time() - server
        ok = abs(skew) <= MAX_CLOCK_SKEW_S
        checks.append(
            Check(
                "clock",
                ok if ok or settings.mode == "oauth1" else None,
                f"local clock is {skew:+.0f}s from the server's",
                "" if ok else "synchronise the clock (NTP); OAuth signatures carry a timestamp",
                EXIT_AUTH if not ok else EXIT_OK,
            )
        )
    else:
        checks.append(Check("clock", None, "the server sent no Date header; skew unknown"))

    from .client import Client

    try:
        with Client(settings=settings, keepalive_interval=None) as client:
            status = client.session.status
            accounts = ", ".join(client.session.accounts or ()) or "none"
            ready = bool(status and status.ready)
            checks.append(
                Check(
                    "session",
                    ready,
                    f"authenticated={status.authenticated if status else False}, accounts: {accounts}",
                    "" if ready else "log in again",
                    EXIT_AUTH,
                )
            )
    except IbkrError as exc:
        fix = {
            "gateway": "log in to the CP Gateway in a browser at " + settings.resolved_root_url,
            "oauth1": "check IBKR_CONSUMER_KEY, IBKR_ACCESS_TOKEN(_SECRET) and the keys registered with IBKR",
            "oauth2": "check IBKR_CLIENT_ID and the key registered with IBKR",
        }[settings.mode]
        if isinstance(exc, CompetingSession):
            fix = "close the other session (TWS, mobile, another gateway) or let this one compete"
        checks.append(Check("session", False, _one_line(exc), fix, exit_code_for(exc)))
    return checks


def cmd_doctor(args: argparse.Namespace) -> int:
    checks = _doctor_checks(args)
    failed = [c for c in checks if c.ok is False]
    if args.json:
        _print_json({"ok": not failed, "checks": checks})
    else:
        for c in checks:
            mark = {True: "ok  ", False: "FAIL", None: "warn"}[c.ok]
            print(f"{mark}  {c.name:<12} {c.detail}")
            if c.fix and c.ok is not True:
                print(f"      {'':<12} fix: {c.fix}")
        print("all good" if not failed else f"{len(failed)} problem(s) found")
    return failed[0].code or EXIT_FAILURE if failed else EXIT_OK


# -- parser --------------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse, but usage errors raise instead of exiting, so ``main`` owns every exit code."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, got {text!r}")
    return value


def _common() -> _Parser:
    common = _Parser(add_help=False)
    s = argparse.SUPPRESS
    common.add_argument("--gateway", metavar="URL", default=s, help="base URL (overrides IBKR_BASE_URL)")
    common.add_argument("--account", metavar="ID", default=s, help="account id (default: IBKR's selected)")
    common.add_argument("--json", action="store_true", default=s, help="machine-readable output")
    common.add_argument(
        "--timeout",
        type=_positive_seconds,
        metavar="SECONDS",
        default=s,
        help="seconds one request may take, connecting and retries included (default 10)",
    )
    return common


def _order_args(p: argparse.ArgumentParser, *, submit: bool) -> None:
    p.add_argument("symbol", help="AAPL, ES:FUT or a conid")
    p.add_argument("quantity", type=float)
    p.add_argument("--limit", type=float, metavar="PRICE", help="limit price")
    p.add_argument("--stop", type=float, metavar="PRICE", help="stop price (with --limit: stop-limit)")
    p.add_argument("--market", action="store_true", help="market order")
    p.add_argument("--tif", default="DAY", choices=["DAY", "GTC", "IOC", "OPG", "PAX"])
    p.add_argument("--outside-rth", action="store_true", help="allow outside regular trading hours")
    if not submit:
        p.set_defaults(submit=False, confirm=[])
        return
    p.add_argument("--submit", action="store_true", help="really place the order (default: what-if)")
    p.add_argument(
        "--confirm",
        action="append",
        default=[],
        metavar="IDS",
        help="reply-question ids to confirm, e.g. o163,o354 (repeatable). Others are asked about "
        "on a terminal and refused otherwise: never confirmed silently",
    )


def version_text() -> str:
    """``ibkr-webapi 0.1.0 (API spec 1.2.3, Python 3.12.3)``: what a bug report needs."""
    from ibkr_webapi_client.operations import SPEC_VERSION

    return f"ibkr-webapi {__version__} (API spec {SPEC_VERSION}, Python {platform.python_version()})"


_EXAMPLES: dict[str, str] = {
    "fake-gateway": "ibkr-webapi fake-gateway --port 5000 --auth oauth1 --tls\n"
    "  it prints a line `use it: set -a; . /tmp/fakegw-settings-.../ibkr.env; set +a`;\n"
    "  paste that line into another shell (the settings file lives in a temporary folder\n"
    "  while the gateway runs), then: ibkr-webapi status",
    "status": "ibkr-webapi status --gateway https://localhost:5000\nibkr-webapi status --json",
    "search": "ibkr-webapi search AAPL\nibkr-webapi search ES --sec-type FUT",
    "quote": "ibkr-webapi quote AAPL ES:FUT --fields last,bid,ask,volume\n"
    "ibkr-webapi quote 265598 --fields 31,84,86 --json",
    "stream": "ibkr-webapi stream AAPL ES:FUT --fields last,bid,ask\n"
    "ibkr-webapi stream AAPL --seconds 10 --json > ticks.ndjson",
    "orders": "ibkr-webapi orders\nibkr-webapi orders --force --json",
    "positions": "ibkr-webapi positions\nibkr-webapi positions --account U1234567 --json",
    "preview": "ibkr-webapi preview buy AAPL 10 --limit 200\nibkr-webapi preview sell ES:FUT 1 --market",
    "buy": "ibkr-webapi buy AAPL 10 --limit 200                            # what-if only\n"
    "ibkr-webapi buy AAPL 10 --limit 200 --submit --confirm o163     # place it",
    "sell": "ibkr-webapi sell AAPL 10 --stop 180 --limit 179.5 --tif GTC   # what-if only\n"
    "ibkr-webapi sell AAPL 10 --market --submit                       # place it",
    "doctor": "ibkr-webapi doctor\nibkr-webapi doctor --gateway https://localhost:5000 --json",
    "demo": "ibkr-webapi demo\nibkr-webapi demo --stream-seconds 1",
}


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(
        prog="ibkr-webapi",
        description="Command line for the IBKR Client Portal Web API.\n"
        "Settings come from IBKR_* environment variables (IBKR_MODE, IBKR_BASE_URL,\n"
        "IBKR_CA_BUNDLE, OAuth keys ...); `ibkr-webapi doctor` checks them.",
        epilog="examples:\n"
        "  ibkr-webapi quote AAPL ES:FUT --fields last,bid,ask,volume\n"
        "  ibkr-webapi buy AAPL 10 --limit 200            # what-if; add --submit to place it\n"
        "  ibkr-webapi demo                               # everything, on an embedded fake gateway\n\n"
        "`ibkr-webapi COMMAND --help` shows a command's options and examples.\n"
        "exit codes: " + ", ".join(f"{code} {meaning}" for code, meaning in EXIT_CODES.items()),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=version_text())
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def add(name: str, handler: Callable[[argparse.Namespace], int], help: str) -> argparse.ArgumentParser:
        example = "\n".join("  " + line for line in _EXAMPLES[name].splitlines())
        p: argparse.ArgumentParser = sub.add_parser(
            name,
            help=help,
            description=help,
            epilog=f"examples:\n{example}",
            formatter_class=argparse.RawDescriptionHelpFormatter,
            parents=[common],
        )
        p.set_defaults(handler=handler)
        return p

    serve_help = "serve a fake IBKR gateway on 127.0.0.1 until Ctrl-C (testing extra)"
    p = add("fake-gateway", cmd_fake_gateway, serve_help)
    p.add_argument("--port", type=int, default=5000, help="port (0: any free port)")
    p.add_argument("--auth", choices=["gateway", "oauth1", "oauth2"], default="gateway")
    p.add_argument("--tls", action="store_true", help="serve https with a throwaway CA")
    p.add_argument("--seed", type=int, default=0, help="market seed (same seed, same prices)")
    p.add_argument("--no-pacing", action="store_true", help="do not enforce IBKR's pacing limits")
    add("status", cmd_status, "open the brokerage session and show its state and accounts")
    p = add("search", cmd_search, "search instruments by symbol")
    p.add_argument("symbol")
    p.add_argument("--sec-type", default="STK", help="STK (default), FUT, IND ...")
    fields_help = "names, any case (last,bid,ask,volume ...) or ids (31,84)"
    p = add("quote", cmd_quote, "market-data snapshot (IBKR's pre-flight included)")
    p.add_argument("instruments", nargs="+", metavar="SYMBOL|CONID", help="AAPL, ES:FUT or a conid")
    p.add_argument("--fields", default="last,bid,ask", help=fields_help + " (default: %(default)s)")
    p = add("stream", cmd_stream, "stream live market data until Ctrl-C")
    p.add_argument("instruments", nargs="+", metavar="SYMBOL|CONID", help="AAPL, ES:FUT or a conid")
    p.add_argument("--fields", default="last,bid,ask", help=fields_help + " (default: %(default)s)")
    p.add_argument("--seconds", type=float, default=None, help="stop after N seconds (for scripts)")
    p = add("orders", cmd_orders, "live orders of the session")
    p.add_argument("--force", action="store_true", help="ask IBKR to refresh the list")
    add(
        "positions", cmd_positions, "positions of the account (--account, IBKR_ACCOUNT_ID or IBKR's selected)"
    )
    p = add("preview", cmd_order, "what-if an order: commission and margin impact; nothing is placed")
    p.add_argument("side", type=str.upper, choices=["BUY", "SELL"])
    _order_args(p, submit=False)
    for side in ("buy", "sell"):
        p = add(side, cmd_order, f"{side} (a what-if dry run unless --submit)")
        p.set_defaults(side=side.upper())
        _order_args(p, submit=True)
    add("doctor", cmd_doctor, "check settings, keys, reachability, certificate, clock and session")
    p = add("demo", cmd_demo, "trading walkthrough against the embedded fake gateway (testing extra)")
    p.add_argument("--seed", type=int, default=0, help="market seed of the fake gateway")
    p.add_argument("--stream-seconds", type=float, default=3.0, help="how long to stream (default 3)")
    from ._cli_data import add_commands  # history, watch

    add_commands(add, _EXAMPLES)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``ibkr-webapi`` console script; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        _note(str(exc))
        return EXIT_USAGE
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    for name, default in (("gateway", None), ("account", None), ("json", False), ("timeout", 10.0)):
        if not hasattr(args, name):
            setattr(args, name, default)
    handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return handler(args)
    except KeyboardInterrupt:
        _note("interrupted")
        return EXIT_INTERRUPTED
    except (IbkrError, UsageError) as exc:
        _note(f"ibkr-webapi: error: {_one_line(exc)}")
        return exit_code_for(exc)
    except BrokenPipeError:
        # The reader went away (`ibkr-webapi positions | head`): stop quietly, as `cat` does, and keep
        # the interpreter's final flush from complaining about the closed pipe.
        with contextlib.suppress(AttributeError, OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        _note(f"ibkr-webapi: error: {exc}")
        return EXIT_FAILURE


if __name__ == "__main__":
    sys.exit(main())
