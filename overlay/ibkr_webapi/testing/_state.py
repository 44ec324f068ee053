"""The fake gateway's trading-domain state (``gw.state``): one object composing every room.

Why one object: handlers, WebSocket streams and test assertions must all see the same accounts,
orders and prices. ``DomainState`` builds the rooms (universe, market, portfolio, orders, FYI,
alerts, watchlists) and the :class:`._events.EventBus` that carries their changes to WebSocket
subscribers. It imports only domain modules, never HTTP handlers.
"""

from __future__ import annotations

import threading
from typing import Any

from ._alerts import Alerts
from ._events import EventBus
from ._fyi import Fyi
from ._market import Market
from ._orders import OrderBook
from ._portfolio import Portfolio, SubaccountPages
from ._questions import QuestionRules
from ._settings import DomainSettings
from ._universe import Universe
from ._watchlists import Watchlists


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
        self.fyi = Fyi()
        self.alerts = Alerts(s.accounts[0], self.universe)
        self.watchlists = Watchlists(self.universe)
        self.selected_account = s.accounts[0]
        self.subaccounts = SubaccountPages(s.tiered_subaccounts, s.seed)
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
