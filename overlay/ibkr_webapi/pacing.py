"""Client-side pacing: never send IBKR more than its documented limits, and queue fairly.

IBKR counts requests per authenticated username: a global limit (10 req/s through the CP Gateway,
50 req/s on api.ibkr.com with OAuth) and per-endpoint limits (``/tickle`` 1/s, ``/portfolio/accounts``
1 per 5 s, market-data history 5 in flight ...). Breaking them earns 429s and, when repeated, a
10-minute penalty box, so the client schedules every request *before* sending it.

This module is sans-I/O: a :class:`Pacer` only does arithmetic on the clock value it is given. The
transport shells (``_transport.py``) turn its answers into ``time.sleep`` or ``asyncio.sleep``.

Limits come from the generated registry ``ibkr_webapi_client.operations`` (``OPERATIONS[op].rate_limit``
and ``GLOBAL_RATE_LIMITS``); there is no second hand-kept table here.
"""

from __future__ import annotations

import bisect
import math
import threading
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Protocol, runtime_checkable

__all__ = [
    "CONCURRENCY_RECHECK_S",
    "GLOBAL_KEY",
    "MIN_SEND_MOVE_S",
    "ConfirmingPacer",
    "InProcessPacer",
    "Limit",
    "Pacer",
    "RateLimitLike",
    "Waiter",
    "default_global_limit",
    "registry_limits",
    "unlimited_pacer",
]

GLOBAL_KEY: Final = "*"
"""The key under which :meth:`Pacer.backoff` records a global (all-operations) back-off."""

CONCURRENCY_RECHECK_S: Final = 1.0
"""Longest a queued caller sleeps before asking again when a concurrency-limited key is full.

Queued callers are woken as soon as a slot is theirs (:class:`Waiter`); this bound only matters for
callers without a waiter and for pacers that cannot wake across processes.
"""

_EPS: Final = 1e-9

DEFAULT_SAFETY_MARGIN: Final = 0.01
"""Fraction added to every window so the path from "may send now" to the server never shows it more.

Send times are checked against the window at the moment of sending (:meth:`InProcessPacer.confirm`),
so a caller that woke late cannot bunch with on-time ones; what is left is the varying time between
that check and the server counting the request (socket write, network, server scheduling). 1 % of the
window (10 ms of a 1 s window, 50 ms of 5 s) covers it while keeping ~99 % of the allowed rate.
"""

DEFAULT_MIN_MARGIN_S: Final = 0.01
"""Absolute floor of the safety margin (seconds), for short windows."""

DEFAULT_MAX_LATENESS_ALLOWANCE_S: Final = 0.05
"""Cap of the adaptive allowance for wake-up lateness that bookings leave (seconds).

Bookings are spaced wider than the check at send time by the recent lateness of wake-ups (about its
99th percentile), so a late wake-up usually still passes the check instead of being booked again
(which loses its slot). Beyond this cap, late senders are re-booked instead: slower, never over.
"""

MIN_SEND_MOVE_S: Final = 0.001
"""A send whose headers left less than this after it was allowed keeps its record (``sent``).

The move is for a request that first had to open a connection (tens of milliseconds of TCP and TLS);
the usual sub-millisecond gap between "may send" and the header write is a tenth of the smallest
margin, and moving the record for it cost a third of the pacer's time per request.
"""

LATENESS_SAMPLES: Final = 128
"""Wake-up lateness samples kept; the allowance is their second largest (~ the 99th percentile)."""

_LATENESS_REFRESH: Final = 16
_MATCH_TOLERANCE_S: Final = 1e-6  # the transport's now + delay may differ from our t in the last bits


class RateLimitLike(Protocol):
    """Structural view of ``ibkr_webapi_client.operations.RateLimit`` (and of :class:`Limit`)."""

    @property
    def requests(self) -> int | None: ...

    @property
    def per_seconds(self) -> float | None: ...

    @property
    def max_concurrent(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class Limit:
    """A limit given by the caller: ``requests`` per ``per_seconds`` and/or ``max_concurrent``."""

    requests: int | None = None
    per_seconds: float | None = None
    max_concurrent: int | None = None

    @classmethod
    def per_second(cls, requests: float) -> Limit:
        """``Limit.per_second(10)``; fractional rates become ``1 per 1/rate`` seconds."""
        if requests <= 0:
            raise ValueError("requests per second must be > 0")
        if requests >= 1:
            return cls(requests=int(requests), per_seconds=1.0)
        return cls(requests=1, per_seconds=1.0 / requests)


class Waiter(Protocol):
    """A caller queued for a concurrency slot; the pacer calls ``wake()`` when the slot is its own.

    ``wake`` may be called from any thread and must not block (``threading.Event.set``, or
    ``loop.call_soon_threadsafe(event.set)`` for asyncio).
    """

    def wake(self) -> None: ...


@runtime_checkable
class Pacer(Protocol):
    """Schedules requests under IBKR's limits. Implementations must be safe to call from many threads.

    The transport calls, for every attempt of every request::

        while (delay := pacer.reserve(key, now(), waiter)) < 0:   # concurrency-limited key is full
            wait(-delay, until=waiter woken)                      # nothing booked; ask again
        sleep(delay)                                              # the booking is ours: send at now+delay
        (if it has one: pacer.confirm(...) after waking, pacer.sent(...) when the headers leave;
         see ConfirmingPacer)
        send ...
        pacer.release(key, now(), waiter)                         # always, even when the send failed

    ``key`` is the operation id (``"get_accounts"``); requests the registry does not know use
    ``"<unknown>"`` and only count against the global limit. ``waiter`` (one per request, see
    :class:`Waiter`) identifies the caller in a concurrency queue.

    * ``reserve`` books a send time and returns how long to wait for it (``>= 0``). Bookings are
      FIFO-fair: a booking is never moved, so a later caller can only take a slot that no earlier
      booking needs. (One exception, in :class:`InProcessPacer` and the shared pacers built on it:
      a request held by its own limit, slower than the global one, takes its global place only when
      its own turn comes, ahead of global-only bookings; those then wait one place more when they
      confirm.) A negative value means "a concurrency-limited key has no free slot; nothing was
      booked; call again after at most ``-value`` seconds": the waiter is queued, and ``release``
      hands the freed slot to the first queued waiter and wakes it, so slots go out first come, first
      served without polling.
    * ``release`` ends the request's concurrency slot (a no-op for keys without ``max_concurrent``);
      for a waiter still queued it just leaves the queue (the caller gave up).
    * ``backoff`` stops new sends for ``key`` (or for everything with :data:`GLOBAL_KEY`) until the
      clock value ``until``; the transport calls it on a 429.

    Deadlines and closing (every call has a total deadline; see ``ibkr_webapi._deadline``): the
    transport passes ``deadline=`` (a clock value like ``now``) to ``reserve``. When the earliest send
    time the pacer could book is later than ``deadline``, it books *nothing* (and takes no
    concurrency slot) and returns that (too long) delay: the caller sees ``delay > deadline - now`` and
    fails with :class:`~ibkr_webapi.PacingTimeout` without leaving a phantom booking that would delay
    everyone after it. A pacer whose ``reserve`` has no ``deadline`` parameter still works: the
    transport then gives up the same way, but the unused booking stays. Waiters are woken by the
    transport itself when the client closes (it calls ``release`` for them, as for any caller that
    gives up), so a pacer needs no close hook.

    A multi-process implementation (e.g. Redis: a sorted set of booked times per key, with a Lua
    script doing the same window check as :class:`InProcessPacer`, and a counter per concurrency
    key) plugs in by implementing these three methods; it may ignore ``waiter`` and return a short
    negative poll interval, since it cannot wake callers in other processes. ``now`` must then be a
    clock shared by the processes: a pacer with a ``clock`` attribute (e.g. ``clock = time.time``)
    gets every ``now`` / ``until`` from it instead of the default ``time.monotonic``.
    """

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float: ...

    def release(self, key: str, now: float, waiter: Waiter | None = None) -> None: ...

    def backoff(self, key: str, until: float) -> None: ...


@runtime_checkable
class ConfirmingPacer(Pacer, Protocol):
    """A :class:`Pacer` that re-checks a booking against the clock at the moment of sending.

    A thread or task asked to sleep until its booked time can wake late (a busy event loop, the GIL,
    an overloaded host) and then send close to bookings that were placed after its own, so a strict
    window on the server could count more than the limit. The transport therefore calls, after the
    sleep and right before sending::

        while (delay := pacer.confirm(key, booked, now())) > 0:   # booked = reserve's now + delay
            sleep(delay); booked = now_before_sleep + delay         # re-booked later: sleep again
        send ...

    ``confirm`` returns 0 when sending at ``now`` keeps every window within its limit; the booking
    then moves to ``now`` (the pacer counts real send times, not intended ones). Otherwise the booking
    is moved to the earliest time that fits and the wait is returned.

    Even after that, the request line can leave later: a request that needs a new connection first
    waits for TCP (and TLS) set-up. The transport therefore reports when the request headers were
    really written, ``sent(key, at, actual)``, where ``at`` is the send time the pacer recorded (the
    confirmed ``now``, or reserve's ``now`` for a zero delay); the pacer moves that record, so later
    sends are checked against what the server saw.

    Both methods are optional: the transport calls them only on pacers that have them (and skips
    the header-time report when the pacer's ``unlimited`` attribute is true); pacers without them
    rely on their margin alone.
    """

    def confirm(self, key: str, booked: float, now: float) -> float: ...

    def sent(self, key: str, at: float, actual: float) -> None: ...


def registry_limits() -> dict[str, RateLimitLike | None]:
    """Per-operation limits from the generated registry (operation id -> limit or None)."""
    from ibkr_webapi_client import operations as _operations

    return {op_id: op.rate_limit for op_id, op in _operations.OPERATIONS.items()}


def default_global_limit(profile: str) -> RateLimitLike:
    """The global limit for ``"gateway"`` (CP Gateway, 10/s) or ``"oauth"`` (api.ibkr.com, 50/s)."""
    from ibkr_webapi_client import operations as _operations

    try:
        return _operations.GLOBAL_RATE_LIMITS[profile]
    except KeyError:
        raise ValueError(
            f"unknown pacing profile {profile!r}; expected one of {sorted(_operations.GLOBAL_RATE_LIMITS)}"
        ) from None


@dataclass(slots=True)
class _Window:
    """Send times of one key under one ``requests``/``window`` rule, kept sorted.

    ``times`` holds every booking (sent or still waiting), ``sent`` only the real send times (what
    the server has seen). ``window`` is the limit's ``per_seconds`` plus the safety margin: what real
    sends are checked against. Bookings use ``window + allowance`` (the lateness allowance of the
    moment), so ``horizon`` (the widest window ever used) decides what may be pruned.
    """

    requests: int
    window: float
    horizon: float
    times: list[float] = field(default_factory=list)
    sent: list[float] = field(default_factory=list)
    claims: list[float] = field(default_factory=list)

    def prune(self, now: float) -> None:
        # A booking older than ``horizon`` can no longer share a window with a new booking at >= now.
        cut_off = now - self.horizon
        for times in (self.times, self.sent, self.claims):
            cut = bisect.bisect_right(times, cut_off)
            if cut:
                del times[:cut]

    def add(self, t: float, *, sent: bool) -> None:
        bisect.insort(self.times, t)
        if sent:
            bisect.insort(self.sent, t)

    def remove_near(self, t: float) -> None:
        """Forget the booking at ``t`` (if it is still held), to move it."""
        _remove_near(self.times, t)

    def claim(self, t: float) -> None:
        """Hold ``t`` for a request whose own slower limit put it there: a booking that also counts
        as sent, so the callers that confirm before it yield (see ``InProcessPacer`` on soft keys)."""
        bisect.insort(self.times, t)
        bisect.insort(self.claims, t)

    def _checked(self, sent_only: bool) -> list[float]:
        if not sent_only:
            return self.times
        if not self.claims:
            return self.sent
        return sorted(self.sent + self.claims)

    def move_sent(self, t: float, actual: float) -> None:
        """A send recorded at ``t`` really happened at ``actual``."""
        if _remove_near(self.sent, t):
            bisect.insort(self.sent, actual)
            if _remove_near(self.times, t):
                bisect.insort(self.times, actual)

    def fits(self, t: float, extra: float = 0.0, *, sent_only: bool = False) -> bool:
        """True when booking ``t`` keeps every span of ``requests + 1`` bookings >= ``window + extra``
        (of real sends only, with ``sent_only``)."""
        times = self._checked(sent_only)
        window = self.window + extra - _EPS  # booking + window must count as outside, despite rounding
        lo = bisect.bisect_right(times, t - window)
        hi = bisect.bisect_left(times, t + window)
        if hi - lo < self.requests:
            return True
        near = times[lo:hi]
        p = bisect.bisect_left(near, t)
        near.insert(p, t)
        n = self.requests
        for j in range(max(0, p - n), min(p, len(near) - 1 - n) + 1):
            if near[j + n] - near[j] < window:
                return False
        return True

    def candidates(self, start: float, extra: float = 0.0, *, sent_only: bool = False) -> list[float]:
        window = self.window + extra
        return [x + window for x in self._checked(sent_only) if x + window > start]


@dataclass(slots=True)
class _KeyState:
    window: _Window | None
    max_concurrent: int | None
    soft: bool = False  # held by its own limit, slower than the global one: see InProcessPacer
    claims: list[float] = field(default_factory=list)  # its claims in the global window
    in_flight: int = 0
    last_booked: float = -math.inf
    blocked_until: float = -math.inf
    queue: deque[Waiter] = field(default_factory=deque)  # waiting for a concurrency slot, FIFO
    granted: list[Waiter] = field(default_factory=list)  # handed a slot by release(), not yet back
    holders: list[Waiter] = field(default_factory=list)  # waiters whose reserve() got a slot


class InProcessPacer:
    """A :class:`Pacer` for one process: sliding-window booking over the global and per-op limits.

    ``global_limit`` applies to every request; ``per_operation_limits`` maps operation ids to their own
    limit (default: the registry's ``rate_limit`` of every operation). ``safety_margin`` (a fraction of
    the window, at least ``min_margin_s`` seconds) widens every window so that scheduling jitter never
    lets the server see more than the limit in any window of its own. One lock guards all state; no
    method blocks or sleeps.

    It is a :class:`ConfirmingPacer`: :meth:`confirm` checks each send against the windows at its real
    send time, and the lateness it observes (real minus booked time) sets an allowance, up to
    ``max_lateness_allowance_s``, by which bookings are spaced wider so late wake-ups still fit.

    **Soft keys.** An operation whose own limit is slower than the global one (``/iserver/account/
    orders`` 1 per 5 s, ``/fyi/unreadnumber`` 1/s) is held by its own window. Booking its global place
    when it reserves would put that place seconds ahead, among bursts of global-only requests that
    are booked later: a place between two bursts leaves the burst before it short, and the global
    rate loses up to a tenth of a window per such request (measured: 0.92-0.95 of the limit instead
    of the margin's ceiling under saturation). So ``reserve`` books only its own window; when its
    turn comes, ``confirm`` (or ``reserve``, if the turn is now) puts it at the first global place
    real sends leave free and, if that place is later, *claims* it: a claim counts like a send, so a
    global-only caller that booked the same place yields when it confirms and takes the next. The
    global rate stays at the ceiling, and the soft key loses at most the wait for one free place.
    Consequence: for soft keys, ``reserve``'s delay alone is not the send time; only callers that
    ``confirm`` (every transport of this package does) keep the global limit.
    """

    def __init__(
        self,
        global_limit: RateLimitLike | None,
        per_operation_limits: Mapping[str, RateLimitLike | None] | None = None,
        *,
        safety_margin: float = DEFAULT_SAFETY_MARGIN,
        min_margin_s: float = DEFAULT_MIN_MARGIN_S,
        max_lateness_allowance_s: float = DEFAULT_MAX_LATENESS_ALLOWANCE_S,
    ) -> None:
        self._lock = threading.Lock()
        self._margin = safety_margin
        self._min_margin = min_margin_s
        self._max_allowance = max(0.0, max_lateness_allowance_s)
        self._allowance = 0.0  # current lateness allowance (seconds), see _observe_lateness
        self._lateness: deque[float] = deque(maxlen=LATENESS_SAMPLES)
        self._unrefreshed = 0
        limits = registry_limits() if per_operation_limits is None else dict(per_operation_limits)
        self._limits: dict[str, RateLimitLike | None] = limits
        self._global = self._window_for(global_limit)
        self._global_blocked_until = -math.inf
        self._keys: dict[str, _KeyState] = {}
        self._unlimited = self._global is None and not any(
            limit is not None and (limit.requests or limit.max_concurrent) for limit in limits.values()
        )

    @classmethod
    def for_profile(
        cls,
        profile: str,
        *,
        global_rate_limit: float | RateLimitLike | None = None,
        per_operation_limits: Mapping[str, RateLimitLike | None] | None = None,
    ) -> InProcessPacer:
        """The default pacer for ``"gateway"`` or ``"oauth"``; ``global_rate_limit`` overrides (req/s)."""
        if global_rate_limit is None:
            limit: RateLimitLike = default_global_limit(profile)
        elif isinstance(global_rate_limit, int | float):
            limit = Limit.per_second(global_rate_limit)
        else:
            limit = global_rate_limit
        return cls(limit, per_operation_limits)

    def __repr__(self) -> str:
        g = self._global
        desc = "unlimited" if g is None else f"{g.requests}/{g.window:.3g}s"
        return f"InProcessPacer(global={desc}, operations={len(self._limits)})"

    # -- Pacer protocol ---------------------------------------------------------------------------

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float:
        if self._unlimited:
            return 0.0
        with self._lock:
            state = self._state(key)
            start = max(now, state.last_booked, state.blocked_until, self._global_blocked_until)
            soft = state.soft
            t = self._earliest(start, now, state.window, own_only=soft)
            claim = False
            if soft and t <= now:  # its own turn is now: take its global place as confirm does
                t = self._earliest(start, now, state.window, sent_only=True)
                claim = t > now
            if deadline is not None and t > deadline:
                return t - now  # too late for the caller: nothing booked, no slot taken
            if state.max_concurrent is not None and not self._take_slot(state, waiter):
                return -CONCURRENCY_RECHECK_S
            state.last_booked = t
            if claim:
                self._claim(state, t)
            elif soft and t > now:
                assert state.window is not None
                state.window.add(t, sent=False)  # its global place is taken when it confirms
            else:
                self._book(state, t, sent=t <= now)  # a zero delay is sent at once, unconfirmed
            return t - now

    def confirm(self, key: str, booked: float, now: float) -> float:
        """Right before sending the booking made for ``booked``: 0 to send now, or how long to wait.

        The check is against the real send times only: sending at ``now`` must keep every window
        (margin included, lateness allowance not) within its limit. Bookings still waiting do not
        count, because they are confirmed the same way when their turn comes. If it does not fit
        (the caller woke so late that the requests sent after its booked time fill the window), the
        booking moves to the earliest time that fits and the wait is returned; later bookings may
        in turn have to wait a little, never more than the lateness that caused it.
        """
        if self._unlimited:
            return 0.0
        with self._lock:
            self._observe_lateness(now - booked)
            state = self._state(key)
            windows = [w for w in (self._global, state.window) if w is not None]
            # a soft key's booking is in the global window only as a claim (if it holds one there)
            claimed = state.soft and _remove_near(state.claims, booked)
            for w in windows:
                if claimed or not state.soft or w is not self._global:
                    w.remove_near(booked)
                w.prune(now)
            if claimed and self._global is not None:
                _remove_near(self._global.claims, booked)
            blocked = max(state.blocked_until, self._global_blocked_until)
            if now >= blocked and all(w.fits(now, sent_only=True) for w in windows):
                self._book(state, now, sent=True)
                return 0.0
            t = self._earliest(max(now, blocked), now, state.window, sent_only=True)
            state.last_booked = max(state.last_booked, t)
            if state.soft:
                self._claim(state, t)
            else:
                self._book(state, t, sent=False)
            return t - now

    def sent(self, key: str, at: float, actual: float) -> None:
        """The send recorded at ``at`` really left at ``actual`` (request headers written)."""
        if self._unlimited or abs(actual - at) < MIN_SEND_MOVE_S:
            return
        with self._lock:
            state = self._keys.get(key)
            for w in (self._global, None if state is None else state.window):
                if w is not None:
                    w.move_sent(at, actual)

    @property
    def unlimited(self) -> bool:
        """True while this pacer never delays anything (no limits and no back-off so far)."""
        return self._unlimited

    @property
    def lateness_allowance(self) -> float:
        """The current allowance (seconds) by which bookings are spaced wider than sends are checked."""
        return self._allowance

    def release(self, key: str, now: float, waiter: Waiter | None = None) -> None:
        if self._unlimited:
            return
        wake: Waiter | None = None
        with self._lock:
            state = self._keys.get(key)
            if state is None or state.max_concurrent is None:
                return
            if waiter is not None:
                if _remove(state.queue, waiter):
                    return  # it gave up while queued: it held nothing
                if not (_remove(state.holders, waiter) or _remove(state.granted, waiter)):
                    return  # it holds nothing here (already released)
                # else: its slot (in use, or handed over and never used) passes on
            if state.queue:
                wake = state.queue.popleft()  # the slot goes straight to the first in line
                state.granted.append(wake)
            elif state.in_flight > 0:
                state.in_flight -= 1
        if wake is not None:
            wake.wake()

    def backoff(self, key: str, until: float) -> None:
        with self._lock:
            self._unlimited = False  # from now on back-offs must be honoured
            if key == GLOBAL_KEY:
                self._global_blocked_until = max(self._global_blocked_until, until)
            else:
                state = self._state(key)
                state.blocked_until = max(state.blocked_until, until)

    # -- internals --------------------------------------------------------------------------------

    def _claim(self, state: _KeyState, t: float) -> None:
        """Book ``t`` for a soft key: in its own window, and as a claim in the global one. Lock held."""
        if state.window is not None:
            state.window.add(t, sent=False)
        if self._global is not None:
            self._global.claim(t)
            bisect.insort(state.claims, t)  # sorted, as ``_remove_near`` needs (callers claim out of order)
            if len(state.claims) > 64:  # claims of callers that gave up; pruned with the window
                del state.claims[:-64]

    def _book(self, state: _KeyState, t: float, *, sent: bool) -> None:
        if state.window is not None:
            state.window.add(t, sent=sent)
        if self._global is not None:
            self._global.add(t, sent=sent)

    def _observe_lateness(self, late: float) -> None:
        """Track wake-up lateness; the allowance is about its 99th percentile, capped. Lock held."""
        self._lateness.append(max(0.0, late))
        self._unrefreshed += 1
        if self._unrefreshed >= _LATENESS_REFRESH or late > self._allowance:
            self._unrefreshed = 0
            ranked = sorted(self._lateness)
            self._allowance = min(ranked[-2] if len(ranked) > 1 else 0.0, self._max_allowance)

    @staticmethod
    def _take_slot(state: _KeyState, waiter: Waiter | None) -> bool:
        """Claim a concurrency slot for ``waiter`` (FIFO: nobody overtakes the queue). Lock held."""
        if waiter is not None and _remove(state.granted, waiter):
            state.holders.append(waiter)
            return True  # release() handed it over; in_flight already counts it
        first = not state.queue or (waiter is not None and state.queue[0] is waiter)
        if first and state.in_flight < (state.max_concurrent or 0):
            if state.queue:
                state.queue.popleft()
            state.in_flight += 1
            if waiter is not None:
                state.holders.append(waiter)
            return True
        if waiter is not None and not any(w is waiter for w in state.queue):
            state.queue.append(waiter)
        return False

    def _window_for(self, limit: RateLimitLike | None) -> _Window | None:
        if limit is None or not limit.requests or not limit.per_seconds:
            return None
        per = float(limit.per_seconds)
        window = per + max(per * self._margin, self._min_margin)
        return _Window(limit.requests, window, window + self._max_allowance)

    def _state(self, key: str) -> _KeyState:
        state = self._keys.get(key)
        if state is None:
            limit = self._limits.get(key)
            window = self._window_for(limit)
            g = self._global
            state = _KeyState(
                window=window,
                max_concurrent=None if limit is None else limit.max_concurrent,
                soft=window is not None
                and g is not None
                and window.requests / window.window < g.requests / g.window,
            )
            self._keys[key] = state
        return state

    def _earliest(
        self,
        start: float,
        now: float,
        own: _Window | None,
        *,
        sent_only: bool = False,
        own_only: bool = False,
    ) -> float:
        """The first time >= ``start`` at which a booking fits every window widened by the allowance
        (counting only real sends, with ``sent_only``: then without the allowance, because that
        booking is made by :meth:`confirm` for a caller already awake, and what blocks it has been
        sent; widening it would only add the allowance to the wait)."""
        windows = [w for w in (None if own_only else self._global, own) if w is not None]
        # Own turn of a soft key (``own_only``): no allowance either. Confirm checks its real send
        # anyway, and its turn then falls exactly where its previous send leaves the global window
        # too (a 1/s key's own window is the global one's length), so it takes that place back
        # instead of arriving an allowance later to find it taken (FYI count: 0.95 -> 0.97 of 1/s).
        extra = 0.0 if sent_only or own_only else self._allowance
        fits = True
        for w in windows:
            w.prune(now)
            fits = fits and w.fits(start, extra, sent_only=sent_only)
        if fits:
            return start
        # The earliest feasible time is where some booking leaves a window: booking + window.
        candidates = sorted({c for w in windows for c in w.candidates(start, extra, sent_only=sent_only)})
        for t in candidates:
            if all(w.fits(t, extra, sent_only=sent_only) for w in windows):
                return t
        raise AssertionError("unreachable: the last candidate is always feasible")  # pragma: no cover


def _remove_near(times: list[float], t: float) -> bool:
    """Remove the value at ``t`` (give or take rounding) from the sorted ``times``; whether it was there."""
    i = bisect.bisect_left(times, t - _MATCH_TOLERANCE_S)
    if i < len(times) and times[i] <= t + _MATCH_TOLERANCE_S:
        del times[i]
        return True
    return False


def _remove(items: deque[Waiter] | list[Waiter], waiter: Waiter) -> bool:
    """Remove ``waiter`` (by identity) from ``items``; whether it was there."""
    for i, item in enumerate(items):
        if item is waiter:
            del items[i]
            return True
    return False


def unlimited_pacer() -> InProcessPacer:
    """A pacer that never delays (benchmarks, and fakes with pacing disabled)."""
    return InProcessPacer(None, {})
