"""The fake gateway's domain knobs (:class:`DomainSettings`), read from ``FakeGatewayConfig``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class DomainSettings:
    """Domain knobs, read from ``FakeGatewayConfig`` fields and its free-form ``domain`` dict.

    ``domain`` keys: username, accounts, starting_cash, seeded_positions (extra option positions, to
    get more than one 100-row positions page), market_open, halted_conids, delayed_conids,
    price_constraint_pct, size_limit, value_limit, firehose (WebSocket smd as fast as possible),
    ws_sts_delay_s, partial_fills, tiered_subaccounts and sor_snapshot (see the fields),
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
    # a marketable order fills at most the size shown at the touch (bid/ask size) per market step, the
    # rest at later steps (partial fills, as on a real book); off: an order fills whole at once
    partial_fills: bool = False
    # sub-accounts of a tiered (advisor) structure served page by page by /portfolio/subaccounts2;
    # 0: no tiered structure, and subaccounts2 answers the plain array IBKR answers such users
    tiered_subaccounts: int = 0
    # gateway seconds between a WebSocket's "system" frame and its "sts" (authenticated) frame; topics
    # sent before "sts" are dropped silently, as IBKR does (machdat WebSocket findings). 0: "sts" at once
    ws_sts_delay_s: float = 0.02
    # a snapshot of the live orders on "sor+" subscribe. IBKR sends none (facts file, machdat
    # WebSocket findings), so the default is False; True is an opt-in for tests written against
    # earlier versions of the fake. Wait for counters' ws_topics_handled["sor"] to know "sor" is live
    sor_snapshot: bool = False
    smd_time_limit_s: float = 600.0
    ws_market_data_interval_s: float = 0.25
    ws_heartbeat_interval_s: float = 10.0
    reply_question_rules: Any = None
    history_missing: tuple[Any, ...] = ()  # (start_s, end_s) data outages, see _history
    history_service_s: float = 0.0  # gateway seconds per history answer, see _history

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
