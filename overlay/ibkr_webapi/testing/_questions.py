"""Order reply questions ("o163", "o383", ...): which order triggers which question, and its text.

Why separate: the questions are the part of IBKR's order flow that clients must handle most carefully
(chains of confirmations, suppression), and tests want to reconfigure them
(``FakeGateway(reply_question_rules=[...])``) without touching the order engine.

A setting is ``None`` (the defaults: o163, o383, o451, o10151) or a sequence whose items are built-in
message ids (``"o354"``, ``"o10153"``, ``"o2137"`` are available but not default) or
:class:`QuestionRule` objects with any predicate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from ._universe import Instrument


@dataclass(frozen=True)
class OrderCheck:
    """What a question rule looks at: one order of the request and the market around it."""

    inst: Instrument
    side: str
    quantity: float
    order_type: str
    price: float | None
    market_price: float
    market_open: bool
    outside_rth: bool
    subscribed: bool
    opposite_working: bool
    price_constraint_pct: float
    size_limit: float
    value_limit: float

    @property
    def value(self) -> float:
        return abs(self.quantity) * (self.price or self.market_price) * self.inst.multiplier

    @property
    def description(self) -> str:
        exch = "NASDAQ.NMS" if self.inst.exchange == "NASDAQ" else self.inst.exchange
        at = f" @ {self.price:.2f}" if self.price is not None else ""
        return f"{self.side} {self.quantity:g} {self.inst.symbol} {exch}{at}"


@dataclass(frozen=True)
class QuestionRule:
    message_id: str
    applies: Callable[[OrderCheck], bool]
    text: Callable[[OrderCheck], str]
    options: tuple[str, ...] = ("Yes", "No")


SUFFIX = "\nAre you sure you want to submit this order?"


def _far_from_market(c: OrderCheck) -> bool:
    if c.price is None or c.order_type not in ("LMT", "STOP_LIMIT") or c.market_price <= 0:
        return False
    return abs(c.price - c.market_price) / c.market_price * 100 > c.price_constraint_pct


BUILTIN: dict[str, QuestionRule] = {
    "o163": QuestionRule(
        "o163",
        _far_from_market,
        lambda c: (
            f'The following order "{c.description}" price exceeds \nthe Percentage constraint of '
            f"{c.price_constraint_pct:g}%.{SUFFIX}"
        ),
    ),
    "o383": QuestionRule(
        "o383",
        lambda c: abs(c.quantity) > c.size_limit,
        lambda c: (
            f'The following order "{c.description}" size exceeds the Size Limit of '
            f"{c.size_limit:,.0f}.{SUFFIX}"
        ),
    ),
    "o451": QuestionRule(
        "o451",
        lambda c: c.value > c.value_limit,
        lambda c: (
            f'The following order "{c.description}" value estimate of {c.value:,.2f} '
            f"{c.inst.currency} exceeds \nthe Total Value Limit of {c.value_limit:,.0f} "
            f"{c.inst.currency}.{SUFFIX}"
        ),
    ),
    "o10151": QuestionRule(
        "o10151",
        lambda c: c.order_type == "MKT" and not c.market_open,
        lambda c: (
            "Warning: you are submitting a market order outside of regular trading hours. "
            "It will not be placed at the exchange until the market opens." + SUFFIX
        ),
    ),
    "o354": QuestionRule(
        "o354",
        lambda c: not c.subscribed,
        lambda c: (
            "You are submitting an order without market data. We strongly recommend against this "
            "as it may result in erroneous and unexpected trades." + SUFFIX
        ),
    ),
    "o10153": QuestionRule(
        "o10153",
        lambda c: c.order_type == "MKT",
        lambda c: (
            "<h4>Confirm Mandatory Cap Price</h4>To avoid trading at a price that is not consistent "
            "with a fair and orderly market, IB may set a cap (for a buy order) or floor (for a sell "
            "order). THIS MAY CAUSE AN ORDER THAT WOULD OTHERWISE BE MARKETABLE NOT TO BE TRADED."
        ),
        ("Decline", "Accept and Continue"),
    ),
    "o2137": QuestionRule(
        "o2137",
        lambda c: c.opposite_working,
        lambda c: (
            "Cross side order warning: an opposite-side order for this contract is working. "
            "Submitting this order may result in a trade with yourself." + SUFFIX
        ),
    ),
}

DEFAULT_IDS = ("o163", "o383", "o451", "o10151")


class QuestionRules:
    """The active rules, in the order questions are asked."""

    def __init__(self, rules: Iterable[QuestionRule]) -> None:
        self.rules = list(rules)

    @classmethod
    def from_setting(cls, setting: Any) -> QuestionRules:
        if setting is None:
            return cls(BUILTIN[i] for i in DEFAULT_IDS)
        rules: list[QuestionRule] = []
        for item in setting:
            if isinstance(item, QuestionRule):
                rules.append(item)
            elif isinstance(item, str) and item in BUILTIN:
                rules.append(BUILTIN[item])
            else:
                raise ValueError(f"unknown reply question rule {item!r}; use one of {sorted(BUILTIN)}")
        return cls(rules)

    def questions(self, checks: Iterable[OrderCheck], suppressed: set[str]) -> list[tuple[QuestionRule, str]]:
        """(rule, text) for every question the orders raise, skipping suppressed message ids."""
        out: list[tuple[QuestionRule, str]] = []
        for check in checks:
            for rule in self.rules:
                if rule.message_id not in suppressed and rule.applies(check):
                    out.append((rule, rule.text(check)))
        return out
