"""The in-process pacer's arithmetic applied to state kept outside the process.

:class:`WindowEngine` holds one :class:`~ibkr_webapi.pacing.InProcessPacer` as its calculator: a
shared backend loads the windows of the global limit and of one key into it, lets it decide exactly
as it decides for one process (``reserve`` / ``confirm`` / ``sent`` / ``backoff``: same sliding
windows, same margin, same FIFO rule, same lateness allowance), and stores the windows back. So the
local shared pacer keeps the in-process pacer's precision without a second copy of its decisions.

Concurrency slots (``max_concurrent``) are not kept here: they are leases in the backend, so a
crashed process frees them (see ``_local``).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final

from ..pacing import GLOBAL_KEY, InProcessPacer, RateLimitLike, Waiter

__all__ = [
    "SHARED_MAX_LATENESS_ALLOWANCE_S",
    "SHARED_MIN_MARGIN_S",
    "SHARED_MIN_SEND_MOVE_S",
    "SlotWaiters",
    "WindowEngine",
    "WindowRecord",
]

SHARED_MIN_MARGIN_S: Final = 0.03
"""Absolute floor of the safety margin of the shared pacers (seconds; in-process: 10 ms).

The margin covers the time from "may send" to the server counting the request, which the client
cannot see. Several processes on one host (or hosts) make it longer and more variable than one
process does: they compete for the CPUs with the server they talk to. 30 ms keeps ~97 % of a
1-second window's rate.
"""

SHARED_MAX_LATENESS_ALLOWANCE_S: Final = 0.005
"""Cap of the lateness allowance of the shared pacers (seconds; in-process: 50 ms).

Wake-ups are later with several processes on a loaded host (the allowance, ~their 99th percentile,
would sit at any cap up to 50 ms), and spacing every booking that much wider costs up to 5 % of the
rate. With a small cap a late sender is re-checked by ``confirm`` and waits a little instead (since
that re-booking carries no allowance, bench/pacing_shared.py measures the same with a 50 ms cap:
0.966 of the global rate, and 0.967 with this one, same host, same load).
"""


SHARED_MIN_SEND_MOVE_S: Final = 0.002
"""A send whose headers left less than this after it was allowed is not moved to the later time
(``ConfirmingPacer.sent``): the move costs a transaction on the shared store (a round trip to Redis)
per request, which other processes wait for, and so little lateness is far inside the margin."""


@dataclass(slots=True)
class WindowRecord:
    """The stored state of one key (or of :data:`GLOBAL_KEY`): bookings, real sends, FIFO mark, back-off,
    and ``claims``: for the global record the places held by requests of keys with their own slower
    limit, for such a key's record the claims its requests hold there (see ``InProcessPacer``)."""

    times: list[float] = field(default_factory=list)
    sent: list[float] = field(default_factory=list)
    last_booked: float = -math.inf
    blocked_until: float = -math.inf
    claims: list[float] = field(default_factory=list)


class WindowEngine:
    """Runs :class:`InProcessPacer` decisions over :class:`WindowRecord` s (not thread-safe: the
    caller holds the backend's lock across ``load`` -> decide -> ``dump``)."""

    def __init__(
        self,
        global_limit: RateLimitLike | None,
        per_operation_limits: Mapping[str, RateLimitLike | None] | None,
        **pacer_options: float,
    ) -> None:
        self.pacer = InProcessPacer(global_limit, per_operation_limits, **pacer_options)
        self.limits: dict[str, RateLimitLike | None] = dict(self.pacer._limits)

    @property
    def unlimited(self) -> bool:
        return self.pacer.unlimited

    def max_concurrent(self, key: str) -> int | None:
        limit = self.limits.get(key)
        return None if limit is None else limit.max_concurrent

    def horizon(self, key: str) -> float:
        """How long a booking of ``key`` (or of the global window) matters (seconds)."""
        state = self.pacer._state(key) if key != GLOBAL_KEY else None
        windows = [w for w in (self.pacer._global, None if state is None else state.window) if w]
        return max((w.horizon for w in windows), default=0.0)

    def load(self, key: str, glob: WindowRecord, own: WindowRecord) -> None:
        p = self.pacer
        if p._global is not None:
            p._global.times = list(glob.times)
            p._global.sent = list(glob.sent)
            p._global.claims = list(glob.claims)
        p._global_blocked_until = glob.blocked_until
        state = p._state(key)
        state.max_concurrent = None  # slots are leases in the backend
        if state.window is not None:
            state.window.times = list(own.times)
            state.window.sent = list(own.sent)
        state.last_booked = own.last_booked
        state.blocked_until = own.blocked_until
        state.claims = list(own.claims)

    def dump(self, key: str) -> tuple[WindowRecord, WindowRecord]:
        p = self.pacer
        g = p._global
        glob = WindowRecord(
            times=[] if g is None else list(g.times),
            sent=[] if g is None else list(g.sent),
            blocked_until=p._global_blocked_until,
            claims=[] if g is None else list(g.claims),
        )
        state = p._state(key)
        w = state.window
        own = WindowRecord(
            times=[] if w is None else list(w.times),
            sent=[] if w is None else list(w.sent),
            last_booked=state.last_booked,
            blocked_until=state.blocked_until,
            claims=list(state.claims),
        )
        return glob, own

    def reserve(self, key: str, now: float, deadline: float | None = None) -> float:
        return self.pacer.reserve(key, now, deadline=deadline)

    def confirm(self, key: str, booked: float, now: float) -> float:
        return self.pacer.confirm(key, booked, now)

    def sent(self, key: str, at: float, actual: float) -> float:
        self.pacer.sent(key, at, actual)
        return 0.0

    def backoff(self, key: str, until: float) -> float:
        self.pacer.backoff(key, until)
        return 0.0


class SlotWaiters:
    """This process's callers waiting for a concurrency slot of a shared pacer, per key.

    Another process's release cannot wake them (they ask again after a short poll), but a release in
    this process wakes them at once, so a slot freed here is taken without waiting for the poll. It
    also tells a waiter that gives up (it holds no slot: its ``release`` frees nothing) from a
    request that ends (its ``release`` frees its slot).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiting: dict[str, list[Waiter]] = {}

    def add(self, key: str, waiter: Waiter | None) -> None:
        if waiter is not None:
            with self._lock:
                queue = self._waiting.setdefault(key, [])
                if not any(w is waiter for w in queue):
                    queue.append(waiter)

    def discard(self, key: str, waiter: Waiter | None) -> bool:
        """Forget ``waiter`` (it got a slot or gave up); whether it was waiting."""
        if waiter is None:
            return False
        with self._lock:
            queue = self._waiting.get(key, [])
            for i, w in enumerate(queue):
                if w is waiter:
                    del queue[i]
                    return True
        return False

    def wake(self, key: str) -> None:
        """A slot of ``key`` was freed here: every waiter of this process asks again now (each stays
        known as waiting until it gets a slot or gives up)."""
        with self._lock:
            queue = list(self._waiting.get(key, []))
        for waiter in queue:
            waiter.wake()
