"""The fake gateway's trading-domain state (``gw.state``): settings, universe, market, accounts, orders.

Why one object: handlers, WebSocket streams and test assertions must all see the same accounts,
orders and prices, and order/fill/PnL changes must reach every subscribed socket. ``DomainState``
owns the parts and an :class:`EventBus` that carries those changes to WebSocket subscribers, whatever
thread or event loop published them.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field
from typing import Any

from ._market import Market
from ._misc import MiscState
from ._orders import OrderBook
from ._portfolio import Portfolio
from ._questions import QuestionRules
from ._universe import Universe


@dataclass
class DomainSettings:
    """Domain knobs, read from ``FakeGatewayConfig`` fields and its free-form ``domain`` dict.

    ``domain`` keys: username, accounts, starting_cash, seeded_positions (extra option positions, to
    get more than one 100-row positions page), market_open, halted_conids, delayed_conids,
    price_constraint_pct, size_limit, value_limit, firehose (WebSocket smd as fast as possible),
    first_orders_empty (IBKR's quirk: the first ``GET /iserver/account/orders`` of a brokerage session
    answers no orders unless it carries ``force=true``; off by default).
    """

    seed: int = 0
    username: str = "fakeuser1"
    accounts: tuple[str, ...] = ("DU1234567", "DU7654321")
    starting_cash: float = 1_000_000.0
    seeded_positions: int = 0
    market_open: bool = True
    halted_conids: tuple[int, ...] = ()
    delayed_conids: tuple[int, ...] = ()
    price_constraint_pct: float = 3.0
    size_limit: float = 10_000.0
    value_limit: float = 500_000.0
    firehose: bool = False
    first_orders_empty: bool = False
    smd_time_limit_s: float = 600.0
    ws_market_data_interval_s: float = 0.25
    ws_heartbeat_interval_s: float = 10.0
    reply_question_rules: Any = None

    @classmethod
    def from_config(cls, config: Any) -> DomainSettings:
        base = cls()
        out = cls(
            seed=int(getattr(config, "seed", 0)),
            smd_time_limit_s=float(getattr(config, "smd_time_limit_s", base.smd_time_limit_s)),
            ws_market_data_interval_s=float(
                getattr(config, "ws_market_data_interval_s", base.ws_market_data_interval_s)
            ),
            ws_heartbeat_interval_s=float(
                getattr(config, "ws_heartbeat_interval_s", base.ws_heartbeat_interval_s)
            ),
            reply_question_rules=getattr(config, "reply_question_rules", None),
        )
        domain: dict[str, Any] = dict(getattr(config, "domain", None) or {})
        for key, value in domain.items():
            if not hasattr(out, key):
                raise ValueError(f"unknown fake gateway domain setting {key!r}")
            current = getattr(out, key)
            setattr(out, key, tuple(value) if isinstance(current, tuple) else value)
        return out


@dataclass(frozen=True)
class Event:
    """A domain change for WebSocket subscribers: kind "order" | "trade" | "pnl"; ``data`` its payload."""

    kind: str
    account: str
    data: dict[str, Any] = field(default_factory=dict)


class Subscription:
    """One WebSocket's inbox; filled from any thread through its event loop."""

    def __init__(self, bus: EventBus, loop: asyncio.AbstractEventLoop) -> None:
        self.queue: asyncio.Queue[Event] = asyncio.Queue()
        self.loop = loop
        self._bus = bus

    def close(self) -> None:
        self._bus.unsubscribe(self)


class EventBus:
    """Thread-safe publish/subscribe from domain mutations to WebSocket sessions."""

    def __init__(self) -> None:
        self._subs: list[Subscription] = []
        self._lock = threading.Lock()

    def subscribe(self) -> Subscription:
        sub = Subscription(self, asyncio.get_running_loop())
        with self._lock:
            self._subs.append(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        with self._lock:
            if sub in self._subs:
                self._subs.remove(sub)

    def publish(self, event: Event) -> None:
        with self._lock:
            subs = list(self._subs)
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        for sub in subs:
            if sub.loop is running:
                sub.queue.put_nowait(event)
            elif not sub.loop.is_closed():
                sub.loop.call_soon_threadsafe(sub.queue.put_nowait, event)


class DomainState:
    """Everything the domain handlers share; built by the infrastructure as ``ctx.state``."""

    def __init__(self, config: Any) -> None:
        self.settings = DomainSettings.from_config(config)
        s = self.settings
        self.lock = threading.RLock()
        self.bus = EventBus()
        self.universe = Universe()
        self.market = Market(
            self.universe, s.seed, market_open=s.market_open, halted=s.halted_conids, delayed=s.delayed_conids
        )
        self.portfolio = Portfolio(self.universe, self.market, s.accounts, s.starting_cash, self.bus)
        self.portfolio.seed_positions(s.seeded_positions, s.seed)
        self.orders = OrderBook(
            self.universe,
            self.market,
            self.portfolio,
            self.bus,
            QuestionRules.from_setting(s.reply_question_rules),
            s,
            self.lock,
        )
        self.misc = MiscState(s.accounts[0], self.universe)
        self.selected_account = s.accounts[0]
        self._clock: Any = None

    @property
    def accounts(self) -> tuple[str, ...]:
        return self.settings.accounts

    def bind_clock(self, clock: Any) -> None:
        """Use the gateway clock (scaled, advanceable) for order and trade timestamps."""
        if self._clock is not clock:
            self._clock = clock
            self.orders.now_ms = lambda: int(clock.now() * 1000)

    def now_ms(self) -> int:
        return self.orders.now_ms()
