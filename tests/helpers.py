"""Helpers shared by test folders (import as ``from helpers import ...``; tests/ is on sys.path)."""

from __future__ import annotations

import threading
from collections import defaultdict

from ibkr_webapi.pacing import InProcessPacer, Waiter, default_global_limit


def max_in_window(times: list[float], window: float) -> int:
    """Most send times inside any half-open window [t, t + window): IBKR's strict window."""
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while times[lo] <= t - window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


class SendTimesPacer(InProcessPacer):
    """The client's default pacer that also records when each request went out, on its own clock.

    A send is recorded when the pacer lets it go (``reserve`` with no wait, or ``confirm`` after one)
    and moved when the transport reports the real header write time (``sent``). Tests assert IBKR's
    limits on these times: they are what the client decided, independent of how late a loaded machine
    delivered the requests to the fake gateway.
    """

    def __init__(self, profile: str = "gateway") -> None:
        super().__init__(default_global_limit(profile))
        self._record_lock = threading.Lock()
        self.sends: dict[str, list[float]] = defaultdict(list)

    def _record(self, key: str, at: float) -> None:
        with self._record_lock:
            self.sends[key].append(at)

    def reserve(self, key: str, now: float, waiter: Waiter | None = None) -> float:
        delay = super().reserve(key, now, waiter)
        if delay == 0:
            self._record(key, now)
        return delay

    def confirm(self, key: str, booked: float, now: float) -> float:
        delay = super().confirm(key, booked, now)
        if delay == 0:
            self._record(key, now)
        return delay

    def sent(self, key: str, at: float, actual: float) -> None:
        super().sent(key, at, actual)
        with self._record_lock:
            times = self.sends[key]
            if at in times:
                times[times.index(at)] = actual

    def all_sends(self) -> list[float]:
        with self._record_lock:
            return [t for times in self.sends.values() for t in times]

    def counts(self) -> dict[str, int]:
        with self._record_lock:
            return {key: len(times) for key, times in self.sends.items() if times}
