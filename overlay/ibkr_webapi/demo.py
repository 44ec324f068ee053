"""``ibkr-webapi demo``: a complete trading walkthrough against the embedded fake gateway.

No account, no network, well under a minute. Every step checks what it got (the position really
grew after the fill, the cancelled order really is cancelled …) and the demo exits non-zero at the
first surprise, so the test suite runs it too. The steps:

 1. start the fake gateway over TLS and show that its certificate is verified against its CA bundle
 2. configure OAuth 1.0a from ``IBKR_*`` settings with throwaway keys, open the brokerage session
 3. look up a stock, the front-month future and an option chain around the money
 4. a market-data snapshot with IBKR's pre-flight handled (and how many rounds it took)
 5. a limit order far from the market: IBKR asks a question; the default policy refuses, an
    explicit ``ReplyPolicy`` confirming only ``o163`` accepts; then modify and cancel it
 6. a bracket order that fills; positions, ledger and summary reflect the fill
 7. a few seconds of streamed market data and order updates over the WebSocket
 8. a week of 1-minute bars (windows planned under IBKR's point cap, gaps named) and a live account
    (``client.live()``) that reports a fill once and moves the position
 9. clean shutdown
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

import httpx

from ._console import fmt, table
from ._exceptions import IbkrError, OrderRejected
from .auth import OAuth1Auth
from .client import Client
from .config import Settings
from .live import PositionChanged
from .orders import Order, Question, ReplyPolicy, bracket
from .portfolio import Ledger
from .streaming import MarketDataUpdate, OrderUpdate

if TYPE_CHECKING:  # the fake gateway (uvicorn ...) is imported only when the demo runs
    from .testing import FakeGateway, ServerHandle

__all__ = ["DemoFailed", "main", "run"]

T = TypeVar("T")
STEPS = 9
FAR_FROM_MARKET = 0.80  # a buy limit 20% under the market: IBKR's o163 "price exceeds" question


class DemoFailed(Exception):
    """A step's check did not hold."""


class Transcript:
    """Numbered steps, indented details and checks that stop the demo when they fail."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.step_no = 0
        self.checks = 0

    def step(self, title: str) -> None:
        self.step_no += 1
        self.say(f"\n[{self.step_no}/{STEPS}] {title}", indent=0)

    def say(self, text: str = "", indent: int = 4) -> None:
        pad = " " * indent
        for line in text.splitlines() or [""]:
            print(pad + line, file=self.out, flush=True)

    def check(self, condition: bool, what: str) -> None:
        if not condition:
            raise DemoFailed(f"step {self.step_no}: expected {what}")
        self.checks += 1
        self.say(f"ok  {what}")


def _wait_for(probe: Callable[[], T], done: Callable[[T], bool], timeout: float = 10.0) -> T:
    """Poll ``probe`` until ``done(result)`` or ``timeout``; returns the last result."""
    deadline = time.monotonic() + timeout
    result = probe()
    while not done(result) and time.monotonic() < deadline:
        time.sleep(0.2)
        result = probe()
    return result


def _read_env_file(path: Path) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in path.read_text().splitlines():
        key, sep, value = line.partition("=")
        if sep and key.startswith("IBKR_"):
            env[key] = value
    return env


@contextlib.contextmanager
def _fake_gateway(seed: int) -> Iterator[tuple[FakeGateway, ServerHandle, dict[str, str]]]:
    """A served fake (OAuth 1.0a, TLS) and the ``IBKR_*`` settings that reach it."""
    from .testing import FakeGateway
    from .testing.__main__ import write_env_file

    gw = FakeGateway(auth="oauth1", tls=True, seed=seed)
    with gw.serve() as srv, tempfile.TemporaryDirectory(prefix="ibkr-demo-") as tmp:
        env = _read_env_file(write_env_file(gw, srv, Path(tmp)))
        yield gw, srv, env


def run(out: TextIO = sys.stdout, *, seed: int = 0, stream_seconds: float = 3.0) -> None:
    """Run the walkthrough, printing to ``out``; raises :class:`DemoFailed` or an ``IbkrError``."""
    t = Transcript(out)
    started = time.monotonic()
    t.say("ibkr-webapi demo: a trading walkthrough against the embedded fake IBKR gateway", indent=0)
    t.say("(no account, no network: everything below runs on 127.0.0.1)", indent=0)

    # 1 -------------------------------------------------------------------------------------------
    t.step("Start the fake gateway: OAuth 1.0a, TLS with a throwaway certificate authority")
    with _fake_gateway(seed) as (gw, srv, env):
        t.say(f"REST      {srv.base_url}")
        t.say(f"WebSocket {srv.ws_url}")
        t.say(f"CA bundle {srv.ca_bundle}")
        try:
            httpx.get(srv.base_url + "/iserver/auth/status", timeout=5)
            refused = False
        except httpx.ConnectError as exc:
            refused = "CERTIFICATE_VERIFY_FAILED" in str(exc) or "certificate" in str(exc).lower()
        t.check(refused, "the system trust store refuses the gateway's certificate")
        t.say("-> so we trust exactly its CA (IBKR_CA_BUNDLE) instead of turning verification off")

        # 2 ---------------------------------------------------------------------------------------
        t.step("Authenticate with OAuth 1.0a and open the brokerage session")
        t.say("settings come from IBKR_* variables (what `ibkr-webapi fake-gateway` writes to ibkr.env):")
        for key in sorted(env):
            shown = env[key] if key in ("IBKR_MODE", "IBKR_BASE_URL", "IBKR_CA_BUNDLE") else "..."
            t.say(f"  {key}={shown}")
        settings = Settings.from_env(env)
        secrets = [env[k] for k in ("IBKR_CONSUMER_KEY", "IBKR_ACCESS_TOKEN", "IBKR_ACCESS_TOKEN_SECRET")]
        t.check(not any(s in repr(settings) for s in secrets), "repr(settings) shows no credential (***)")
        with Client(settings=settings) as client:
            auth = client.auth
            expires = auth.live_session_token_expires_at if isinstance(auth, OAuth1Auth) else None
            t.check(expires is not None and expires > time.time(), "a live session token (Diffie-Hellman)")
            status = client.session.status
            t.check(status is not None and status.ready, "brokerage session authenticated and connected")
            account = client.session.selected_account
            t.check(bool(account), f"accounts read: {', '.join(client.session.accounts or ())}")
            assert account is not None
            t.say(f"trading in {account}")
            children = _trade(t, client, account)
            _stream(t, client, settings, children, stream_seconds)
            _history_and_live(t, client, account)

            # 8 -----------------------------------------------------------------------------------
            t.step("Clean shutdown")
        t.say("client closed (keep-alive thread stopped, connections closed)")
    t.check(not srv.running, "fake gateway stopped")
    gw.assert_no_server_errors()
    t.say(f"\nDemo complete: {t.checks} checks passed in {time.monotonic() - started:.1f}s.", indent=0)


def _trade(t: Transcript, client: Client, account: str) -> list[int]:
    """Steps 3-6; returns the bracket's working children (cancelled while streaming)."""
    contracts, marketdata, orders, portfolio = (
        client.contracts,
        client.marketdata,
        client.orders,
        client.portfolio,
    )

    # 3 -------------------------------------------------------------------------------------------
    t.step("Look up instruments: a stock, the front-month future, an option chain")
    aapl = contracts.stock("AAPL")
    t.check(aapl.conid > 0 and aapl.sec_type == "STK", f"AAPL -> conid {aapl.conid} ({aapl.description})")
    es = contracts.future("ES")
    t.check(
        es.sec_type == "FUT" and bool(es.expiry), f"ES front month -> conid {es.conid}, expiry {es.expiry}"
    )
    chain = contracts.option_chain("AAPL", strikes_around=4)
    t.check(
        len(chain.rows) >= 2,
        f"AAPL options {chain.month}: {len(chain.rows)} strikes around {chain.reference_price}",
    )
    t.say(
        table(
            ["expiry", "strike", "call conid", "put conid"],
            [
                (r.expiry, r.strike, r.call.conid if r.call else None, r.put.conid if r.put else None)
                for r in chain.rows
            ],
        )
    )

    # 4 -------------------------------------------------------------------------------------------
    t.step("Market-data snapshot (IBKR's pre-flight: the first request only subscribes)")
    atm = min(chain.rows, key=lambda r: abs(r.strike - (chain.reference_price or Decimal(0))))
    options = [c for c in (atm.call, atm.put) if c is not None]
    names = {aapl.conid: "AAPL", es.conid: f"ES {es.expiry}"}
    names.update({c.conid: f"AAPL {c.expiry} {c.strike} {c.right}" for c in options})
    snap = marketdata.snapshot(list(names), ["31", "84", "86", "87"])
    t.say(
        table(
            ["instrument", "conid", "last", "bid", "ask", "volume"],
            [(names[c], c, q.last, q.bid, q.ask, q.volume) for c, q in snap.items()],
        )
    )
    t.check(
        snap.complete,
        f"every field of {len(snap)} instruments after {snap.rounds} rounds, {snap.requests} requests",
    )
    t.check(snap.rounds >= 2, "a fresh conid needed the pre-flight round")
    last = snap[aapl.conid].last
    assert last is not None

    # 5 -------------------------------------------------------------------------------------------
    t.step("A limit order far from the market: IBKR asks a question first")
    far = Order(conid=aapl.conid, side="BUY", quantity=1, price=round(last * FAR_FROM_MARKET, 2))
    t.say(f"BUY 1 AAPL LMT {far.price} (market {last})")
    try:
        orders.place_one(far)
        refused_ids: tuple[str, ...] = ()
    except OrderRejected as exc:
        refused_ids = exc.message_ids
        t.say(f"default policy: {exc}")
    t.check(refused_ids == ("o163",), "the default ReplyPolicy (deny) refused question o163; nothing placed")

    confirm_o163 = ReplyPolicy.confirm({"o163"})

    def answer(question: Question) -> bool:
        ok = bool(confirm_o163.decide(question))
        text = " ".join(" ".join(question.messages).split())
        t.say(f"IBKR asks [{', '.join(question.message_ids)}]: {text}")
        t.say(f"  -> {'confirm' if ok else 'refuse'} ({confirm_o163!r})")
        return ok

    policy = ReplyPolicy.ask(answer)
    ack = orders.place_one(far, policy=policy)
    t.check(
        ack.confirmed == ("o163",) and ack.status in ("Submitted", "PreSubmitted"),
        f"order {ack.order_id} {ack.status} after confirming o163 (cOID {ack.coid})",
    )

    new_price = round(last * (FAR_FROM_MARKET + 0.02), 2)
    t.say(f"modify: limit {far.price} -> {new_price}")
    orders.modify(ack.order_id, price=new_price, policy=policy)
    detail = orders.order_status(ack.order_id)
    t.check(detail.limit_price == new_price, f"order {ack.order_id} now limit {fmt(detail.limit_price)}")

    cancel = orders.cancel(ack.order_id)
    t.say(f"cancel: {cancel.message}")
    detail = _wait_for(lambda: orders.order_status(ack.order_id), lambda d: d.status == "Cancelled")
    t.check(detail.status == "Cancelled", f"order {ack.order_id} Cancelled")

    # 6 -------------------------------------------------------------------------------------------
    t.step("A bracket order that fills; the portfolio follows")
    before = {p.conid: p.quantity for p in portfolio.positions(account)}
    cash_before = _base_cash(portfolio.ledger(account))
    quote = marketdata.quote(aapl.conid, ["31", "84", "86"])
    ask = quote.ask or last
    qty = 10
    group = bracket(
        Order(conid=aapl.conid, side="BUY", quantity=qty, price=round(ask * 1.002, 2)),
        take_profit=round(ask * 1.10, 2),
        stop_loss=round(ask * 0.90, 2),
    )
    for o in group.orders:
        t.say(
            f"{o.side} {fmt(o.quantity)} AAPL {o.order_type} {fmt(o.price or o.aux_price)}"
            f"{'  (child of ' + str(o.parent_id) + ')' if o.parent_id else '  (parent)'}"
        )
    acks = orders.place(group, policy=policy)
    t.check(len(acks) == 3, f"3 orders accepted: {', '.join(f'{a.order_id} {a.status}' for a in acks)}")
    parent = _wait_for(lambda: orders.order_status(acks[0].order_id), lambda d: d.status == "Filled")
    t.check(parent.status == "Filled", f"parent {acks[0].order_id} Filled at {fmt(parent.avg_fill_price)}")

    positions = _wait_for(
        lambda: portfolio.positions(account),
        lambda ps: any(p.conid == aapl.conid and p.quantity == before.get(aapl.conid, 0) + qty for p in ps),
    )
    t.say(
        table(
            ["symbol", "conid", "quantity", "avg cost", "market value", "unrealized P&L"],
            [
                (p.symbol or p.description, p.conid, p.quantity, p.avg_cost, p.market_value, p.unrealized_pnl)
                for p in positions
            ],
        )
    )
    now_qty = next((p.quantity for p in positions if p.conid == aapl.conid), Decimal(0))
    t.check(
        now_qty == before.get(aapl.conid, 0) + qty, f"AAPL position {before.get(aapl.conid, 0)} -> {now_qty}"
    )
    cash_after = _base_cash(portfolio.ledger(account))
    t.check(cash_after < cash_before, f"cash {fmt(cash_before)} -> {fmt(cash_after)} (the fill was paid)")
    summary = portfolio.summary(account)
    t.check(
        summary.net_liquidation is not None and summary.net_liquidation > 0,
        f"net liquidation {fmt(summary.net_liquidation)}, buying power {fmt(summary.buying_power)}",
    )
    live = orders.live_orders()
    t.say(
        table(
            ["order", "status", "side", "type", "qty", "filled", "price", "parent"],
            [
                (
                    o.order_id,
                    o.status,
                    o.side,
                    o.order_type,
                    o.quantity,
                    o.filled,
                    o.price or o.aux_price,
                    o.parent_id,
                )
                for o in live
            ],
        )
    )
    return [a.order_id for a in acks[1:]]


def _base_cash(ledger: Ledger) -> Decimal:
    base = ledger.base
    return Decimal(base.cash_balance) if base is not None else Decimal(0)


def _stream(t: Transcript, client: Client, settings: Settings, children: list[int], seconds: float) -> None:
    t.step(f"Stream market data and order updates over the WebSocket ({seconds:g}s)")
    aapl, es = client.contracts.stock("AAPL"), client.contracts.future("ES")  # cached: no requests
    names = {aapl.conid: "AAPL", es.conid: "ES"}
    counts = {"market data": 0, "order updates": 0}
    # client.ws_url: IBKR_WS_URL when set, else wss://.../v1/api/ws beside the REST base.
    stream = client.stream()
    with stream:
        stream.market_data(aapl.conid, ["31", "84", "86"])
        stream.market_data(es.conid, ["31", "84", "86"])
        stream.orders()
        deadline = time.monotonic() + seconds
        cancelled = False
        shown = 0
        while time.monotonic() < deadline:
            if not cancelled and time.monotonic() > deadline - seconds / 2:
                cancelled = True
                for order_id in children:
                    client.orders.cancel(order_id)
                t.say(f"(cancelled the bracket's children {', '.join(map(str, children))} meanwhile)")
            event = stream.get(timeout=0.2)
            if isinstance(event, MarketDataUpdate):
                counts["market data"] += 1
                if shown < 6:
                    shown += 1
                    v = event.values
                    t.say(
                        f"tick  {names.get(event.conid, event.conid):<5} last {fmt(v.number('31'))}"
                        f"  bid {fmt(v.number('84'))}  ask {fmt(v.number('86'))}"
                    )
            elif isinstance(event, OrderUpdate):
                counts["order updates"] += 1
                t.say(
                    f"order {event.order_id} {event.status} {event.side or ''} {event.ticker or ''}".rstrip()
                )
    t.check(counts["market data"] > 0, f"{counts['market data']} market-data updates")
    t.check(counts["order updates"] > 0, f"{counts['order updates']} order updates")


def _history_and_live(t: Transcript, client: Client, account: str) -> None:
    t.step("Historical bars over any range, and a live account that stays true")
    aapl = client.contracts.stock("AAPL")
    bars = client.marketdata.history(aapl, "2026-11-02", "2026-11-07", bar="1min")
    t.check(len(bars) == 5 * 390, f"{len(bars)} one-minute bars of AAPL in {bars.requests} requests")
    t.check(all(a.time < b.time for a, b in itertools.pairwise(bars)), "ordered, no duplicates")
    t.say(f"first {bars[0].time:%Y-%m-%d %H:%M} open {fmt(bars[0].open)}; "
          f"last {bars[-1].time:%Y-%m-%d %H:%M} close {fmt(bars[-1].close)}")  # fmt: skip
    t.check(not bars.missing, f"{len(bars.gaps)} gaps, all market closed (nights, the weekend)")
    fills: list[str] = []
    with client.live(account, on_fill=lambda change: fills.append(change.fill.execution_id)) as live:
        t.check(live.ready, f"live account {account}: {len(live.open_orders)} open orders, "
                f"{len(live.positions)} positions, {len(live.fills)} executions today")  # fmt: skip
        before = live.positions[aapl.conid].quantity if aapl.conid in live.positions else Decimal(0)
        last = client.marketdata.quote(aapl.conid).last or 0.0
        client.orders.place_one(Order(conid=aapl.conid, side="BUY", quantity=5, price=round(last * 1.01, 2)))
        for change in live.changes(timeout=10):
            if isinstance(change, PositionChanged) and change.position.conid == aapl.conid:
                break
        after = live.positions[aapl.conid].quantity
        t.check(after == before + 5, f"the fill moved AAPL from {before} to {after}, from the WebSocket")
        live.reconcile()
        t.check(live.positions[aapl.conid].quantity == after, "a REST reconciliation agrees")
    t.check(len(fills) == len(set(fills)), f"{len(fills)} fills reported, each execution once")


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Entry point of ``ibkr-webapi demo``; 0 when every check passed, 1 otherwise."""
    parser = argparse.ArgumentParser(prog="ibkr-webapi demo", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=0, help="market seed of the fake gateway")
    parser.add_argument("--stream-seconds", type=float, default=3.0, help="how long to stream")
    args = parser.parse_args(argv)
    out = out or sys.stdout
    try:
        run(out, seed=args.seed, stream_seconds=args.stream_seconds)
    except DemoFailed as exc:
        print(f"\nDEMO FAILED: {exc}", file=out, flush=True)
        return 1
    except IbkrError as exc:
        print(f"\nDEMO FAILED: {type(exc).__name__}: {exc}", file=out, flush=True)
        return 1
    except Exception:
        print("\nDEMO FAILED with an unexpected error:", file=out, flush=True)
        traceback.print_exc(file=out)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
