"""The fake gateway's settings (:class:`FakeGatewayConfig`) and clock (:class:`Clock`).

Both sit below everything else of the fake: sessions, pacing and the domain read them.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any, Literal

AuthMode = Literal["gateway", "oauth1", "oauth2"]
AUTH_MODES: tuple[AuthMode, ...] = ("gateway", "oauth1", "oauth2")


@dataclass
class FakeGatewayConfig:
    """Everything that tunes the fake gateway; ``FakeGateway(**kwargs)`` fills it.

    Durations are in (scaled) gateway seconds: with ``time_scale=60`` a 300 s idle timeout passes in
    5 real seconds. Pacing windows are the exception: they are measured in real seconds, because real
    clients pace with real clocks.
    """

    seed: int = 0
    auth: AuthMode = "gateway"
    time_scale: float = 1.0
    tls: bool = False
    # sessions
    session_idle_timeout_s: float = 300.0
    sso_expires_s: float = 86_400.0
    require_accounts_first: bool = True
    # answer 400 to requests that do not fit the spec (parameters, JSON body) before any handler runs
    validate_requests: bool = True
    # OAuth
    lst_lifetime_s: float = 86_400.0
    oauth1_timestamp_window_s: float = 300.0
    oauth2_token_lifetime_s: float = 3_600.0
    # pacing
    enforce_pacing: bool = True
    pacing_tolerance: float = 0.05
    penalty_box_s: float = 600.0
    penalty_violations: int = 5
    penalty_window_s: float = 60.0
    # market data / WebSocket (used by the domain)
    smd_time_limit_s: float = 600.0
    ws_market_data_interval_s: float = 0.25
    ws_heartbeat_interval_s: float = 10.0
    # order reply questions: None = the domain's default rules
    reply_question_rules: Any = None
    # free-form domain settings (unknown FakeGateway keywords land here)
    domain: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.auth not in AUTH_MODES:
            raise ValueError(f"auth must be one of {AUTH_MODES}, not {self.auth!r}")
        if self.time_scale <= 0:
            raise ValueError("time_scale must be > 0")


class Clock:
    """Gateway time: real time sped up by ``time_scale``, plus manual jumps from :meth:`advance`.

    ``now()`` is scaled epoch seconds (starts at the real wall time), ``monotonic()`` scaled seconds
    since start; ``real_monotonic()`` and ``real_time()`` are unscaled (used for pacing windows and
    for timestamps a real client computes from its own clock, such as OAuth timestamps).
    """

    def __init__(self, time_scale: float = 1.0) -> None:
        self.time_scale = time_scale
        self._wall0 = time.time()
        self._mono0 = time.monotonic()
        self._offset = 0.0
        self._lock = threading.Lock()

    def monotonic(self) -> float:
        with self._lock:
            return (time.monotonic() - self._mono0) * self.time_scale + self._offset

    def now(self) -> float:
        return self._wall0 + self.monotonic()

    def advance(self, seconds: float) -> None:
        """Jump gateway time forward (sessions expire, subscriptions time out) without sleeping."""
        with self._lock:
            self._offset += seconds

    @staticmethod
    def real_monotonic() -> float:
        return time.monotonic()

    @staticmethod
    def real_time() -> float:
        return time.time()
