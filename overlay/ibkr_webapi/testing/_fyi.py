"""FYI notifications of the fake username: the notifications, their settings, disclaimers and devices.

Why stateful: clients mark notifications read, accept disclaimers and register devices, and expect to
read their own changes back.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

FYI_TYPES = (
    (
        "BA",
        "Borrow Availability",
        "Notify me when shares have been located on stocks that had previously been "
        "rejected for short sale orders.",
    ),
    ("OE", "Option or Future expiration", "Notify me three days before my options or futures expire."),
    ("EA", "Upcoming Earnings", "Notify me of upcoming earnings announcements from any of my holdings."),
    ("MF", "Mutual Fund/ETF Advisory", "Notify me about lower-fee alternatives to funds I hold."),
)
DISCLAIMER = (
    "This communication is provided for information purposes only and is not a recommendation or a "
    "solicitation to buy, sell or hold any investment product."
)


@dataclass
class Notification:
    nid: str
    typecode: str
    subject: str
    body: str
    date: float
    read: bool = False

    def row(self) -> dict[str, Any]:
        return {
            "R": 1 if self.read else 0,
            "D": f"{self.date:.1f}",
            "MS": self.subject,
            "MD": self.body,
            "ID": self.nid,
            "HT": 0,
            "FC": self.typecode,
        }


@dataclass
class Fyi:
    """FYI state for the fake username."""

    notifications: list[Notification] = field(default_factory=list)
    settings: dict[str, int] = field(default_factory=dict)
    disclaimers_read: set[str] = field(default_factory=set)
    email_enabled: bool = True
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        base = 1_775_000_000.0
        self.notifications = [
            Notification(
                "2026040100000001",
                "OE",
                "IBKR FYI: Option Expiration",
                "Your option position is expiring in 3 days.",
                base,
            ),
            Notification(
                "2026040190532092",
                "MF",
                "IBKR FYI: Mutual Fund/ETF Advisory",
                "There may be ETFs available with similar historical performance and lower fees.",
                base + 41875,
            ),
            Notification(
                "2026040200000003",
                "EA",
                "IBKR FYI: Upcoming Earnings",
                "AAPL reports earnings in 5 days.",
                base + 90000,
            ),
        ]
        self.settings = {code: 1 for code, _, _ in FYI_TYPES}
        self.devices = {
            "fake-device-001": {"NM": "Fake Device", "I": "fake-device-001", "UI": "Fake Device UI", "A": 1}
        }
