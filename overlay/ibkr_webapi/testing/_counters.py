"""Request counters, so tests and benchmarks can prove a client stayed within IBKR's limits.

``gw.counters.snapshot()`` returns plain dicts: requests per operation id and per status, 429s,
penalty-box entries, the highest request count seen in any sliding window per operation (both per
real second and per the operation's own ``per_seconds`` window), server errors (must stay empty), and
the WebSocket topic messages the fake has handled, by head (``"sor"``, ``"smd"``, ...). IBKR
acknowledges some subscriptions with no frame at all (``sor+{}`` sends no snapshot), so a test that
must act only once a subscription is live waits for ``ws_topics_handled[head]`` to grow.
``gw.counters.arrivals()`` is the log behind them: every request's arrival time and operation, in
order (the last :data:`ARRIVALS_KEPT`), for figures that need more than a maximum (achieved rates
over whole windows, who came when).
"""

from __future__ import annotations

import threading
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Any

UNMATCHED = "<unmatched>"

ARRIVALS_KEPT = 200_000
"""How many arrivals :meth:`Counters.arrivals` remembers (the oldest are forgotten first)."""


@dataclass
class _Window:
    seconds: float
    times: deque[float] = field(default_factory=deque)
    max_count: int = 0

    def add(self, now: float) -> None:
        self.times.append(now)
        while self.times and self.times[0] <= now - self.seconds:
            self.times.popleft()
        self.max_count = max(self.max_count, len(self.times))


class Counters:
    """Thread-safe counters, fed by the request pipeline (``record``) and the pacer."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        with self._lock:
            self.requests: Counter[str] = Counter()
            self.statuses: Counter[int] = Counter()
            self.by_operation_status: Counter[tuple[str, int]] = Counter()
            self.rate_limited = 0
            self.penalty_entries = 0
            self.server_errors: list[str] = []
            self.ws_connections = 0
            self.ws_topics_dropped_before_sts = 0
            self.ws_topics_handled: Counter[str] = Counter()
            self._per_second: dict[str, _Window] = {}
            self._per_window: dict[str, _Window] = {}
            self._global = _Window(1.0)
            self._arrivals: deque[tuple[float, str]] = deque(maxlen=ARRIVALS_KEPT)

    def record_request(self, operation_id: str | None, now: float, window_s: float | None = None) -> None:
        """One request arrived (``now`` = real monotonic seconds)."""
        key = operation_id or UNMATCHED
        with self._lock:
            self.requests[key] += 1
            self._arrivals.append((now, key))
            self._global.add(now)
            self._per_second.setdefault(key, _Window(1.0)).add(now)
            if window_s is not None:
                self._per_window.setdefault(key, _Window(window_s)).add(now)

    def record_status(self, operation_id: str | None, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1
            self.by_operation_status[(operation_id or UNMATCHED, status)] += 1
            if status == 429:
                self.rate_limited += 1

    def record_penalty(self) -> None:
        with self._lock:
            self.penalty_entries += 1

    def record_ws_topic_dropped(self) -> None:
        with self._lock:
            self.ws_topics_dropped_before_sts += 1

    def record_ws_topic_handled(self, head: str) -> None:
        with self._lock:
            self.ws_topics_handled[head] += 1

    def record_server_error(self, description: str) -> None:
        with self._lock:
            self.server_errors.append(description)

    def arrivals(self, operation_id: str | None = None) -> list[tuple[float, str]]:
        """``(arrival time, operation id)`` of every request (of one operation, if given), in order.

        Times are real monotonic seconds, the clock the limits are enforced on (and the same clock as
        ``time.monotonic()`` in any process of this host)."""
        with self._lock:
            if operation_id is None:
                return list(self._arrivals)
            return [a for a in self._arrivals if a[1] == operation_id]

    def snapshot(self) -> dict[str, Any]:
        """A JSON-able copy of every counter."""
        with self._lock:
            return {
                "requests": dict(self.requests),
                "total_requests": sum(self.requests.values()),
                "statuses": {str(k): v for k, v in sorted(self.statuses.items())},
                "by_operation_status": {
                    f"{op} {status}": n for (op, status), n in sorted(self.by_operation_status.items())
                },
                "rate_limited": self.rate_limited,
                "penalty_entries": self.penalty_entries,
                "max_global_per_second": self._global.max_count,
                "max_per_second": {k: w.max_count for k, w in self._per_second.items()},
                "max_per_window": {k: w.max_count for k, w in self._per_window.items()},
                "server_errors": list(self.server_errors),
                "ws_connections": self.ws_connections,
                "ws_topics_dropped_before_sts": self.ws_topics_dropped_before_sts,
                "ws_topics_handled": dict(self.ws_topics_handled),
            }
