"""Fake accounts: positions, cash ledger, account summary, margins and PnL, kept consistent by fills.

Why one bookkeeping core: a fill must move the position, the cash ledger, the summary (net
liquidation, margin, buying power) and the PnL together, or client code that cross-checks them (as
real users do) would see contradictions that IBKR never shows. Everything is derived on read from
positions + cash + current prices, so only fills mutate state.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._events import Event
from ._market import Market
from ._universe import Instrument, Universe

if TYPE_CHECKING:
    from ._events import EventBus


@dataclass
class Position:
    conid: int
    qty: float = 0.0
    avg_price: float = 0.0
    realized: float = 0.0


@dataclass
class Account:
    account_id: str
    title: str
    cash: float
    start_cash: float
    positions: dict[int, Position]
    realized_today: float = 0.0
    commissions: float = 0.0


def commission_for(inst: Instrument, qty: float, price: float) -> float:
    """IBKR Pro fixed-style commissions: $0.005/share (min $1, max 1%), $0.65/option, $0.85/future."""
    qty = abs(qty)
    if inst.sec_type == "STK":
        return round(min(max(qty * 0.005, 1.0), max(qty * price * 0.01, 1.0)), 2)
    if inst.sec_type == "FUT":
        return round(qty * 0.85, 2)
    if inst.event:
        return 0.0
    return round(max(qty * 0.65, 1.0), 2)


MARGIN_RATE = {"STK": 0.25, "OPT": 1.0, "FUT": 0.06}


class Portfolio:
    """All accounts of the fake username; thread-safe; publishes "pnl" events on fills."""

    def __init__(
        self,
        universe: Universe,
        market: Market,
        accounts: tuple[str, ...],
        starting_cash: float,
        bus: EventBus,
    ) -> None:
        self.universe = universe
        self.market = market
        self.bus = bus
        self._lock = threading.RLock()
        self.accounts: dict[str, Account] = {}
        titles = ("Fake Paper Trader", "Fake Paper Trader 2", "Fake Paper Trader 3")
        for i, acct in enumerate(accounts):
            self.accounts[acct] = Account(acct, titles[min(i, 2)], starting_cash, starting_cash, {})
        first = accounts[0]
        self._open(first, 756733, 100, 640.00)
        self._open(first, 265598, 50, 250.00)

    def _open(self, account: str, conid: int, qty: float, price: float) -> None:
        inst = self.universe.by_conid[conid]
        acct = self.accounts[account]
        acct.positions[conid] = Position(conid, qty, price)
        if inst.sec_type != "FUT":
            acct.cash -= qty * price * inst.multiplier
        acct.start_cash = acct.cash

    def seed_positions(self, count: int, seed: int) -> None:
        """Give the first account ``count`` extra option positions (for positions paging)."""
        if count <= 0:
            return
        rng = random.Random(f"positions:{seed}")
        options = [i for i in self.universe.by_conid.values() if i.sec_type == "OPT" and not i.event]
        options.sort(key=lambda i: i.conid)
        first = next(iter(self.accounts))
        for inst in rng.sample(options, min(count, len(options))):
            self._open(first, inst.conid, rng.randrange(1, 10), self.market.last(inst.conid))

    # -- bookkeeping -----------------------------------------------------------------------------
    def account(self, account_id: str) -> Account:
        return self.accounts[account_id]

    def apply_fill(
        self, account_id: str, inst: Instrument, side: str, qty: float, price: float, commission: float
    ) -> None:
        """Move position, cash and realized PnL for one execution."""
        with self._lock:
            acct = self.accounts[account_id]
            signed = qty if side == "BUY" else -qty
            pos = acct.positions.get(inst.conid) or Position(inst.conid)
            realized = 0.0
            if pos.qty == 0 or (pos.qty > 0) == (signed > 0):
                total = pos.qty + signed
                pos.avg_price = (pos.qty * pos.avg_price + signed * price) / total
                pos.qty = total
            else:
                closing = min(abs(signed), abs(pos.qty))
                direction = 1 if pos.qty > 0 else -1
                realized = closing * (price - pos.avg_price) * inst.multiplier * direction
                remaining = pos.qty + signed
                if remaining == 0 or (remaining > 0) == (pos.qty > 0):
                    pos.qty = remaining
                else:
                    pos.qty, pos.avg_price = remaining, price
            pos.realized += realized
            acct.realized_today += realized
            acct.commissions += commission
            if inst.sec_type == "FUT":
                acct.cash += realized - commission
            else:
                acct.cash -= signed * price * inst.multiplier + commission
            if pos.qty == 0:
                acct.positions.pop(inst.conid, None)
            else:
                acct.positions[inst.conid] = pos
        self.bus.publish(Event("pnl", account_id, {}))

    # -- views -----------------------------------------------------------------------------------
    def position_values(self, pos: Position) -> dict[str, float]:
        inst = self.universe.by_conid[pos.conid]
        last = self.market.last(pos.conid)
        mult = inst.multiplier
        notional = pos.qty * last * mult
        upl = (last - pos.avg_price) * pos.qty * mult
        q = self.market.quote(self.market._walk_root(inst).conid)
        prior = q.prior_close if self.market._walk_root(inst) is inst else last
        return {
            "last": last,
            "notional": notional,
            "mv": upl if inst.sec_type == "FUT" else notional,
            "upl": upl,
            "dpl": (last - prior) * pos.qty * mult,
        }

    def metrics(self, account_id: str) -> dict[str, float]:
        """Every number the summary/ledger/PnL endpoints report, from one computation."""
        with self._lock:
            acct = self.accounts[account_id]
            positions = list(acct.positions.values())
            cash = acct.cash
        by_class = {"STK": 0.0, "OPT": 0.0, "FUT": 0.0}
        upl = dpl = init = init_c = gross = 0.0
        for pos in positions:
            inst = self.universe.by_conid[pos.conid]
            v = self.position_values(pos)
            by_class[inst.sec_type if inst.sec_type in by_class else "STK"] += v["mv"]
            upl += v["upl"]
            dpl += v["dpl"]
            if inst.sec_type != "FUT":  # gross position value: stocks and options (IBKR's definition)
                gross += abs(v["notional"])
            rate = MARGIN_RATE.get(inst.sec_type, 0.25)
            if inst.sec_type == "OPT" and pos.qty > 0:
                rate = 0.0
            if inst.sec_type == "STK" and pos.qty < 0:
                rate = 0.5
            init += abs(v["notional"]) * rate
            if inst.sec_type == "FUT":
                init_c += abs(v["notional"]) * rate
        mv = by_class["STK"] + by_class["OPT"] + by_class["FUT"]
        netliq = cash + mv
        maint = init * 0.9
        available = netliq - init
        # segments: futures are the commodities ("-c") segment; cash, stocks, options the securities
        # ("-s") one; each total is the sum of its two segment values.
        netliq_c, init_s = by_class["FUT"], init - init_c
        return {
            "netliq_c": netliq_c,
            "netliq_s": netliq - netliq_c,
            "init_c": init_c,
            "init_s": init_s,
            "maint_c": init_c * 0.9,
            "maint_s": init_s * 0.9,
            "cash": cash,
            "stock": by_class["STK"],
            "options": by_class["OPT"],
            "futures": by_class["FUT"],
            "mv": mv,
            "netliq": netliq,
            "upl": upl,
            "dpl": dpl,
            "realized": acct.realized_today,
            "init": init,
            "maint": maint,
            "available": available,
            "excess": netliq - maint,
            "buying_power": max(available, 0.0) * 4,
            "gross": gross,
            "ewl": netliq,
            "prev_ewl": netliq - dpl - acct.realized_today,
        }

    def position_row(self, account_id: str, pos: Position, *, detailed: bool = False) -> dict[str, Any]:
        inst = self.universe.by_conid[pos.conid]
        v = self.position_values(pos)
        row: dict[str, Any] = {
            "acctId": account_id,
            "conid": pos.conid,
            "contractDesc": inst.contract_desc,
            "position": float(pos.qty),
            "mktPrice": v["last"],
            "mktValue": round(v["notional"], 2),
            "currency": inst.currency,
            "avgCost": round(pos.avg_price * inst.multiplier, 8),
            "avgPrice": round(pos.avg_price, 8),
            "realizedPnl": round(pos.realized, 2),
            "unrealizedPnl": round(v["upl"], 2),
            "exchs": None,
            "expiry": inst.expiry,
            "putOrCall": inst.right,
            "multiplier": inst.multiplier if inst.sec_type != "STK" else 0.0,
            "strike": f"{inst.strike:g}" if inst.sec_type != "STK" else "0",
            "exerciseStyle": None,
            "conExchMap": [],
            "allExchanges": inst.all_exchanges,
            "chineseName": inst.chinese_name,
            "assetClass": inst.sec_type,
            "undConid": inst.underlying,
            "model": "",
        }
        if detailed:
            row.update(
                {
                    "ticker": inst.symbol,
                    "name": inst.name,
                    "fullName": inst.contract_desc,
                    "listingExchange": inst.exchange,
                    "countryCode": "US",
                    "isUS": True,
                    "isEventContract": inst.event,
                    "type": inst.kind or None,
                    "hasOptions": inst.sec_type == "STK",
                    "sector": inst.industry or None,
                    "group": None,
                    "sectorGroup": None,
                    "lastTradingDay": inst.expiry,
                    "pageSize": 100,
                    "time": 30,
                    "incrementRules": [{"lowerEdge": 0.0, "increment": self.market.tick_size(inst)}],
                    "displayRule": {
                        "magnification": 0,
                        "displayRuleStep": [{"decimalDigits": 2, "lowerEdge": 0.0, "wholeDigits": 4}],
                    },
                }
            )
        return row

    def positions(self, account_id: str) -> list[Position]:
        with self._lock:
            return sorted(self.accounts[account_id].positions.values(), key=lambda p: p.conid)

    def position(self, account_id: str, conid: int) -> Position | None:
        with self._lock:
            return self.accounts[account_id].positions.get(conid)

    def snapshot_position_fields(self, account_id: str) -> Any:
        """Snapshot fields 73-78 (market value, avg price, PnL) for ``account_id``'s position in a conid."""

        def fields(conid: int) -> dict[str, str]:
            pos = self.position(account_id, conid)
            if pos is None:
                return {}
            v = self.position_values(pos)
            return {
                "73": f"{v['notional']:,.0f}",
                "74": f"{pos.avg_price:.2f}",
                "75": f"{v['upl']:,.0f}",
                "76": f"{pos.qty:g}",
                "77": f"{v['upl']:,.0f}",
                "78": f"{v['dpl']:,.0f}",
            }

        return fields


SUBACCOUNTS_PAGE_SIZE = 100  # IBKR documents 100 sub-accounts per page


class SubaccountPages:
    """``/portfolio/subaccounts2``: a tiered structure's sub-accounts, page by page, from one listing.

    IBKR pages from a listing it keeps between calls: pages read one after the other come from the
    same listing, and ``nocache=true`` makes it list again (a sub-account opened meanwhile appears
    only then). The fake keeps that listing per gateway; ``open_subaccount`` adds one.
    """

    def __init__(self, count: int, seed: int) -> None:
        self._all = [f"U{9_000_000 + seed * 10_000 + n:07d}" for n in range(count)]
        self._listing: list[str] | None = None

    def open_subaccount(self) -> str:
        account = f"U{9_000_000 + len(self._all) + 500_000:07d}"
        self._all.append(account)
        return account

    def page(self, number: int, nocache: bool) -> tuple[list[str], int]:
        if self._listing is None or nocache:
            self._listing = list(self._all)
        start = number * SUBACCOUNTS_PAGE_SIZE
        return self._listing[start : start + SUBACCOUNTS_PAGE_SIZE], len(self._listing)
