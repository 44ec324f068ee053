"""Price alerts of the fake accounts (create, read, activate, delete).

Why stateful: clients create an alert, read it back by id, toggle it and delete it; unknown ids
answer 404.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from ._universe import Universe


@dataclass
class Alert:
    alert_id: int
    account: str
    name: str
    message: str
    conid: int
    operator: str
    value: str
    tif: str
    repeatable: int
    active: int = 1
    created: str = ""


@dataclass
class Alerts:
    """The alerts of every account, by alert id (ids are unique across accounts, as IBKR's order ids)."""

    account: str
    universe: Universe
    alerts: dict[int, Alert] = field(default_factory=dict)
    next_alert: int = 100_001
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        self.alerts[self.next_alert] = Alert(
            self.next_alert,
            self.account,
            "SPY Price Alert",
            "SPY crossed above 700",
            756733,
            ">=",
            "700.00",
            "GTC",
            0,
        )
        self.next_alert += 1
