"""Helpers shared by test folders (import as ``from helpers import ...``; tests/ is on sys.path)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable
from typing import TYPE_CHECKING

from ibkr_webapi.pacing import InProcessPacer, Waiter, default_global_limit
from ibkr_webapi_client.operations import GLOBAL_RATE_LIMITS, OPERATIONS

if TYPE_CHECKING:
    from ibkr_webapi.testing import FakeGateway


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

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float:
        delay = super().reserve(key, now, waiter, deadline=deadline)
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


def stop_pacing_clock(gw: FakeGateway) -> None:
    """Stop the clock the fake's pacing windows run on (real monotonic seconds) at its current reading.

    Every request after this arrives at the same instant for the fake's limits and counters, so a
    burst meant to break a limit breaks it however slowly a loaded host delivers it. The gateway
    clock (sessions, the penalty box's duration, ``advance_time``) keeps running.
    """
    now = gw.ctx.clock.real_monotonic()
    gw.ctx.clock.real_monotonic = lambda: now  # type: ignore[method-assign]


def assert_paced(gw: FakeGateway, pacer: SendTimesPacer, profile: str = "gateway") -> dict[str, int]:
    """IBKR's limits hold on the client's own send times, and the fake saw exactly those sends.

    Checked: the global limit of ``profile`` and every operation's ``x-rate-limit`` window, on the
    times the pacer let each request go (its clock, real header-write times where the transport
    reports them), so a loaded machine that delivers requests late or bunched cannot make this pass
    or fail: the fake's arrival windows would measure the machine, not the client. The fake's request
    counts must equal the pacer's, so no request went around the pacer. Returns the most sends seen
    in any window, per limit (``"*"`` for the global one).
    """
    limit = GLOBAL_RATE_LIMITS[profile]
    assert limit.requests and limit.per_seconds
    seen = {"*": max_in_window(pacer.all_sends(), limit.per_seconds)}
    assert seen["*"] <= limit.requests, (seen, limit)
    for op, count in pacer.counts().items():
        rl = OPERATIONS[op].rate_limit if op in OPERATIONS else None
        if rl is not None and rl.requests and rl.per_seconds:
            seen[op] = max_in_window(pacer.sends[op], rl.per_seconds)
            assert seen[op] <= rl.requests, (op, seen[op], rl, count)
    counted = {k: v for k, v in gw.counters.snapshot()["requests"].items() if v}
    assert counted == pacer.counts()
    return seen


def wait_until(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Poll ``condition`` until it holds: a safety net for a hung test, not a timing assertion."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"never happened within {timeout:g} s: {what}")
        time.sleep(0.01)
