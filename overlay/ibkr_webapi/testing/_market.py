"""Seeded market simulation and IBKR-style market-data formatting (snapshot fields, history bars).

Why a step-driven random walk: prices must move (so clients see updates and limit orders fill) yet be
identical for a given seed and call sequence, so tests never depend on timing. A conid's walk takes one
step per snapshot request and per WebSocket ``smd`` update; tests can also ``step()`` or ``set_price()``.
Derivatives are priced from their underlying (Black-Scholes for options, probability for event
contracts). Values are formatted as IBKR sends them: strings, "C"/"H" prefixes, "1,300", "1.2M".
"""

from __future__ import annotations

import math
import random
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ._universe import Instrument, Universe

PriceListener = Callable[[int], None]


@dataclass
class Quote:
    """One walked instrument's market state."""

    last: float
    prior_close: float
    open: float
    high: float
    low: float
    volume: int
    bid_size: int
    ask_size: int
    last_size: int
    rng: random.Random = field(repr=False)
    steps: int = 0


def fmt_price(value: float, decimals: int = 2) -> str:
    return f"{value:.{decimals}f}"


def fmt_count(n: float) -> str:
    """IBKR's display of sizes and volumes: "300", "1,300", "830K", "12.3K", "1.52M"."""
    n = float(n)
    if abs(n) < 10_000:
        return f"{n:,.0f}"
    if abs(n) < 1_000_000:
        k = n / 1000
        return f"{k:.1f}K" if abs(k) < 100 else f"{k:.0f}K"
    m = n / 1_000_000
    return f"{m:.2f}M" if abs(m) < 1000 else f"{m / 1000:.2f}B"


def fmt_big(n: float) -> str:
    """Market cap style: "2.85T", "412.3B"."""
    for div, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M")):
        if abs(n) >= div:
            return f"{n / div:.2f}{suffix}"
    return f"{n:,.0f}"


def _norm_cdf(x: float) -> float:
    return 0.5 * (1.0 + math.erf(x / math.sqrt(2.0)))


def black_scholes(spot: float, strike: float, years: float, vol: float, right: str) -> dict[str, float]:
    """Price and greeks (rate 4%), enough to make option quotes and greeks look sane."""
    rate = 0.04
    years = max(years, 1 / 365)
    sq = vol * math.sqrt(years)
    d1 = (math.log(spot / strike) + (rate + vol * vol / 2) * years) / sq
    d2 = d1 - sq
    pdf = math.exp(-d1 * d1 / 2) / math.sqrt(2 * math.pi)
    disc = math.exp(-rate * years)
    if right == "C":
        price = spot * _norm_cdf(d1) - strike * disc * _norm_cdf(d2)
        delta = _norm_cdf(d1)
        theta = (-spot * pdf * vol / (2 * math.sqrt(years)) - rate * strike * disc * _norm_cdf(d2)) / 365
    else:
        price = strike * disc * _norm_cdf(-d2) - spot * _norm_cdf(-d1)
        delta = _norm_cdf(d1) - 1
        theta = (-spot * pdf * vol / (2 * math.sqrt(years)) + rate * strike * disc * _norm_cdf(-d2)) / 365
    gamma = pdf / (spot * sq)
    vega = spot * pdf * math.sqrt(years) / 100
    return {"price": max(price, 0.01), "delta": delta, "gamma": gamma, "theta": theta, "vega": vega}


_VOLS = {"TSLA": 0.55, "NVDA": 0.45, "SPY": 0.16, "QQQ": 0.2}


class Market:
    """Quotes for every instrument, a subscription set for snapshot pre-flight, and price listeners."""

    def __init__(
        self,
        universe: Universe,
        seed: int,
        *,
        market_open: bool = True,
        halted: Iterable[int] = (),
        delayed: Iterable[int] = (),
    ) -> None:
        self.universe = universe
        self.seed = seed
        self.market_open = market_open
        self.halted: set[int] = set(halted)
        self.delayed: set[int] = set(delayed)
        self.subscribed: set[int] = set()
        self._quotes: dict[int, Quote] = {}
        self._listeners: list[PriceListener] = []
        self._server_ids: dict[int, str] = {}
        self._lock = threading.RLock()

    # -- quotes ----------------------------------------------------------------------------------
    def _walk_root(self, inst: Instrument) -> Instrument:
        """Options follow their underlying's walk; everything else walks on its own."""
        if inst.sec_type == "OPT" and inst.underlying:
            und = self.universe.get(inst.underlying)
            if und is not None and inst.exchange != "FORECASTX":
                return und
        return inst

    def quote(self, conid: int) -> Quote:
        with self._lock:
            q = self._quotes.get(conid)
            if q is None:
                inst = self.universe.by_conid[conid]
                rng = random.Random(f"{self.seed}:{conid}")
                base = inst.price if inst.price > 0 else 1.0
                close = round(base * (1 + rng.uniform(-0.01, 0.01)), 2)
                vol = int(rng.uniform(2e6, 6e7)) if inst.sec_type == "STK" else int(rng.uniform(1e3, 2e5))
                q = Quote(
                    last=base,
                    prior_close=close,
                    open=close,
                    high=max(base, close),
                    low=min(base, close),
                    volume=vol,
                    bid_size=rng.randrange(1, 40) * 100,
                    ask_size=rng.randrange(1, 40) * 100,
                    last_size=rng.randrange(1, 10) * 100,
                    rng=rng,
                )
                self._quotes[conid] = q
            return q

    def tick_size(self, inst: Instrument) -> float:
        if inst.sec_type == "FUT":
            return 0.25
        return 0.01

    def step(self, conid: int, n: int = 1) -> None:
        """Advance ``conid``'s walk (or its underlying's) by ``n`` steps and notify listeners."""
        inst = self.universe.get(conid)
        if inst is None:
            return
        root = self._walk_root(inst)
        with self._lock:
            q = self.quote(root.conid)
            if root.conid in self.halted or not self.market_open:
                return
            tick = self.tick_size(root)
            for _ in range(n):
                move = q.rng.gauss(0, max(q.last * 0.0008, tick))
                if root.exchange == "FORECASTX":
                    q.last = min(0.99, max(0.01, round(q.last + q.rng.gauss(0, 0.01), 2)))
                else:
                    q.last = max(tick, round(round((q.last + move) / tick) * tick, 4))
                q.high, q.low = max(q.high, q.last), min(q.low, q.last)
                q.last_size = q.rng.randrange(1, 10) * 100
                q.volume += q.last_size
                q.bid_size = q.rng.randrange(1, 40) * 100
                q.ask_size = q.rng.randrange(1, 40) * 100
                q.steps += 1
        self._notify(root.conid)

    def set_price(self, conid: int, price: float) -> None:
        """Test hook: put the last price of ``conid`` (or its walk root) at ``price`` and notify."""
        inst = self.universe.by_conid[conid]
        with self._lock:
            q = self.quote(self._walk_root(inst).conid)
            q.last = price
            q.high, q.low = max(q.high, price), min(q.low, price)
        self._notify(self._walk_root(inst).conid)

    def add_listener(self, fn: PriceListener) -> None:
        self._listeners.append(fn)

    def _notify(self, root_conid: int) -> None:
        for fn in list(self._listeners):
            fn(root_conid)

    def _years_to(self, inst: Instrument) -> float:
        if not inst.expiry:
            return 0.0
        exp = self.universe.today.__class__(int(inst.expiry[:4]), int(inst.expiry[4:6]), int(inst.expiry[6:]))
        return max((exp - self.universe.today).days, 1) / 365.0

    def last(self, conid: int) -> float:
        inst = self.universe.by_conid[conid]
        root = self._walk_root(inst)
        spot = self.quote(root.conid).last
        if root is inst:
            return spot
        if inst.event:
            p = self._event_probability(inst, spot)
            return round(p, 2)
        vol = _VOLS.get(inst.symbol, 0.3)
        return round(
            black_scholes(spot, inst.strike, self._years_to(inst), vol, inst.right or "C")["price"], 2
        )

    def _event_probability(self, inst: Instrument, spot: float) -> float:
        sd = max(spot * 0.01, 1e-6)
        above = _norm_cdf((spot - inst.strike) / sd)
        p = above if inst.right == "C" else 1 - above
        return min(0.99, max(0.01, p))

    def bid_ask(self, conid: int) -> tuple[float, float]:
        """Bid below and ask above the last price (one tick, or a few cents for options)."""
        inst = self.universe.by_conid[conid]
        last = self.last(conid)
        if inst.sec_type == "OPT":
            half = 0.01 if inst.event else 0.03
            return round(max(0.01, last - half), 2), round(last + half, 2)
        tick = self.tick_size(inst)
        spread = max(2 * tick, round(last * 0.0002 / tick) * tick)
        bid = round(last - tick, 4)
        return bid, round(bid + spread, 4)

    # -- instruments that may be combos (orders) ------------------------------------------------
    def leg_conids(self, inst: Instrument) -> list[int]:
        return [c for c, _ in inst.legs] or [inst.conid]

    def walk_roots(self, inst: Instrument) -> set[int]:
        """The walks whose steps move ``inst``'s price (each leg's for a combo)."""
        return {self._walk_root(self.universe.by_conid[c]).conid for c in self.leg_conids(inst)}

    def is_halted(self, inst: Instrument) -> bool:
        return any(c in self.halted for c in self.leg_conids(inst))

    def prices(self, inst: Instrument) -> tuple[float, float, float]:
        """(bid, ask, last) of ``inst``; a combo's are the ratio-weighted sums of its legs' (a sold leg
        contributes its ask to the combo bid and its bid to the combo ask), so they may be negative."""
        if not inst.legs:
            bid, ask = self.bid_ask(inst.conid)
            return bid, ask, self.last(inst.conid)
        bid = ask = last = 0.0
        for conid, ratio in inst.legs:
            leg_bid, leg_ask = self.bid_ask(conid)
            bid += ratio * (leg_bid if ratio > 0 else leg_ask)
            ask += ratio * (leg_ask if ratio > 0 else leg_bid)
            last += ratio * self.last(conid)
        return round(bid, 4), round(ask, 4), round(last, 4)

    def greeks(self, conid: int) -> dict[str, float]:
        inst = self.universe.by_conid[conid]
        spot = self.quote(self._walk_root(inst).conid).last
        vol = _VOLS.get(inst.symbol, 0.3)
        out = black_scholes(spot, inst.strike, self._years_to(inst), vol, inst.right or "C")
        out["iv"] = vol
        return out

    def service_ids(self, conid: int) -> str:
        """Field 6508: ``"&serviceID1=<n>&serviceID2=<n>..."``, the fake's own ids derived from the conid."""
        count = 2 + conid % 3
        return "".join(f"&serviceID{i + 1}={100 + (conid >> (3 * i)) % 900}" for i in range(count))

    def server_id(self, conid: int) -> str:
        with self._lock:
            sid = self._server_ids.get(conid)
            if sid is None:
                sid = f"q{len(self._server_ids)}"
                self._server_ids[conid] = sid
            return sid

    # -- snapshot fields -------------------------------------------------------------------------
    def _prefixed(self, conid: int, value: float) -> str:
        decimals = 2
        if conid in self.halted or self._walk_root(self.universe.by_conid[conid]).conid in self.halted:
            return "H" + fmt_price(value, decimals)
        if not self.market_open:
            return "C" + fmt_price(value, decimals)
        return fmt_price(value, decimals)

    def availability(self, conid: int) -> str:
        if conid in self.delayed:
            return "DPB"
        return "RpB" if self.market_open else "ZpB"

    def field_values(
        self,
        conid: int,
        fields: Iterable[str],
        position: Callable[[int], dict[str, str]] | None = None,
        numeric_change_pct: bool = False,
    ) -> dict[str, Any]:
        """The requested field ids that have a value for ``conid``, formatted as IBKR formats them."""
        inst = self.universe.by_conid[conid]
        root = self._walk_root(inst)
        q = self.quote(root.conid)
        last = self.last(conid)
        bid, ask = self.bid_ask(conid)
        closed = not self.market_open
        shown_last = q.prior_close if closed and root is inst else last
        change = last - q.prior_close if root is inst else 0.0
        change_pct = change / q.prior_close * 100 if q.prior_close else 0.0
        values: dict[str, Any] = {
            "31": self._prefixed(conid, shown_last),
            "55": inst.symbol,
            "58": "",
            "70": fmt_price(q.high if root is inst else last),
            "71": fmt_price(q.low if root is inst else last),
            "82": fmt_price(change),
            "83": round(change_pct, 2) if numeric_change_pct else f"{change_pct:.2f}%",
            "84": fmt_price(bid),
            "85": fmt_count(q.ask_size),
            "86": fmt_price(ask),
            "87": fmt_count(q.volume),
            "88": fmt_count(q.bid_size),
            "6008": str(conid),
            "6070": inst.sec_type,
            "6119": self.server_id(conid),
            "6509": self.availability(conid),
            "7051": inst.name,
            "7059": fmt_count(q.last_size),
            "7219": inst.contract_desc,
            "7220": inst.exchange,
            "7221": inst.exchange,
            "7282": fmt_count(q.volume * 0.9),
            "7295": fmt_price(q.open if root is inst else last),
            "7296": fmt_price(q.prior_close if root is inst else last),
            "7762": str(q.volume),
        }
        if inst.sec_type == "STK":
            shares = 1e9 + (conid % 7) * 2.5e9
            eps = max(0.5, inst.price / 28.0)
            values.update(
                {
                    "7284": f"{18 + conid % 17:.1f}%",
                    "7285": f"{0.6 + (conid % 5) / 10:.2f}",
                    "7286": fmt_price(inst.price * 0.005),
                    "7287": "0.50%",
                    "7289": fmt_big(last * shares),
                    "7290": fmt_price(last / eps),
                    "7291": fmt_price(eps),
                    "7293": fmt_price(inst.price * 1.25),
                    "7294": fmt_price(inst.price * 0.72),
                    "7283": f"{_VOLS.get(inst.symbol, 0.3) * 100:.1f}%",
                }
            )
        if inst.sec_type == "OPT" and not inst.event:
            g = self.greeks(conid)
            values.update(
                {
                    "7308": f"{g['delta']:.3f}",
                    "7309": f"{g['gamma']:.3f}",
                    "7310": f"{g['theta']:.3f}",
                    "7311": f"{g['vega']:.3f}",
                    "7633": f"{g['iv'] * 100:.1f}%",
                }
            )
        if position is not None:
            values.update(position(conid))
        return {f: values[f] for f in fields if f in values}
