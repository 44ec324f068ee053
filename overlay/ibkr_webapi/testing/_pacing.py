"""IBKR's pacing as the real gateway enforces it: global and per-endpoint limits, 429, penalty box.

Limits come from the spec via the operation registry (``x-rate-limit`` per operation,
``x-global-rate-limits`` keyed ``gateway`` / ``oauth``). A request is refused (429) when the requests
already accepted in the last ``per_seconds * (1 - tolerance)`` real seconds reach the limit: the small
tolerance means a client that paces exactly at the limit (with its own clock, through network jitter)
is never punished, while a burst is. ``max_concurrent`` limits count requests in flight.
``penalty_violations`` refusals within ``penalty_window_s`` put the client in the penalty box for
``penalty_box_s`` gateway seconds, during which everything answers 429.

Windows use the real monotonic clock (clients pace in real time); the penalty duration uses the
scaled gateway clock, so ``time_scale`` shortens it.
"""

from __future__ import annotations

import bisect
import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..pacing import RateLimitLike
    from ._config import Clock, FakeGatewayConfig
    from ._counters import Counters
    from ._registry import OperationLike

GLOBAL_KEY = "<global>"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    retry_after_s: float = 0.0
    reason: str = ""


ALLOWED = Decision(True)


class Pacer:
    """Thread-safe limiter for one IBKR user (the fake models one username)."""

    def __init__(
        self,
        config: FakeGatewayConfig,
        clock: Clock,
        counters: Counters,
        global_limit: RateLimitLike | None,
    ) -> None:
        self._config = config
        self._clock = clock
        self._counters = counters
        self._global = global_limit
        self._lock = threading.Lock()
        self._accepted: dict[str, deque[float]] = {}
        self._in_flight: dict[str, int] = {}
        self._violations: deque[float] = deque()
        self._penalty_until: float | None = None

    @property
    def in_penalty_box(self) -> bool:
        with self._lock:
            return self._penalty_active()

    def _penalty_active(self) -> bool:
        return self._penalty_until is not None and self._clock.monotonic() < self._penalty_until

    def reset(self) -> None:
        with self._lock:
            self._accepted.clear()
            self._violations.clear()
            self._penalty_until = None

    def acquire(self, operation: OperationLike | None, arrived: float | None = None) -> Decision:
        """Admit or refuse one request; an admitted one with a concurrency limit must be ``release``d.

        ``arrived`` is when the request arrived (real monotonic seconds; default: now). Requests may
        be decided out of arrival order (one waited for its body): each is counted at its arrival.
        """
        if not self._config.enforce_pacing:
            return ALLOWED
        now = self._clock.real_monotonic() if arrived is None else arrived
        with self._lock:
            if self._penalty_active():
                assert self._penalty_until is not None
                left = (self._penalty_until - self._clock.monotonic()) / self._config.time_scale
                return Decision(False, left, "penalty box")
            limits: list[tuple[str, RateLimitLike]] = []
            if self._global is not None:
                limits.append((GLOBAL_KEY, self._global))
            if operation is not None and operation.rate_limit is not None:
                limits.append((operation.operation_id, operation.rate_limit))
            for key, limit in limits:
                refused = self._refusal(key, limit, now)
                if refused is not None:
                    self._violation(now)
                    return refused
            for key, limit in limits:
                if limit.requests is not None and limit.per_seconds is not None:
                    times = self._accepted.setdefault(key, deque())
                    if times and times[-1] > now:  # decided after a later arrival: keep the order
                        bisect.insort(times, now)
                    else:
                        times.append(now)
                if limit.max_concurrent is not None:
                    self._in_flight[key] = self._in_flight.get(key, 0) + 1
            return ALLOWED

    def release(self, operation: OperationLike | None) -> None:
        """A request admitted by :meth:`acquire` has been answered."""
        if operation is None or operation.rate_limit is None or operation.rate_limit.max_concurrent is None:
            return
        with self._lock:
            key = operation.operation_id
            if self._in_flight.get(key, 0) > 0:
                self._in_flight[key] -= 1

    def _refusal(self, key: str, limit: RateLimitLike, now: float) -> Decision | None:
        if limit.max_concurrent is not None and self._in_flight.get(key, 0) >= limit.max_concurrent:
            return Decision(False, 1.0, f"more than {limit.max_concurrent} concurrent requests")
        if limit.requests is None or limit.per_seconds is None:
            return None
        window = limit.per_seconds * (1.0 - self._config.pacing_tolerance)
        times = self._accepted.setdefault(key, deque())
        while times and times[0] <= now - limit.per_seconds:
            times.popleft()
        recent = sum(1 for t in times if t > now - window)
        if recent < limit.requests:
            return None
        # the oldest request inside the window must leave it before another fits
        inside = [t for t in times if t > now - window]
        retry = inside[-limit.requests] + window - now if len(inside) >= limit.requests else window
        return Decision(False, max(retry, 0.0), f"{limit.requests} requests per {limit.per_seconds:g} s")

    def _violation(self, now: float) -> None:
        self._violations.append(now)
        while self._violations and self._violations[0] <= now - self._config.penalty_window_s:
            self._violations.popleft()
        if len(self._violations) >= self._config.penalty_violations:
            self._violations.clear()
            self._penalty_until = self._clock.monotonic() + self._config.penalty_box_s
            self._counters.record_penalty()


def retry_after_header(decision: Decision) -> str:
    """``Retry-After`` in whole seconds (at least 1)."""
    return str(max(1, math.ceil(decision.retry_after_s)))
