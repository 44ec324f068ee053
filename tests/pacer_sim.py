"""Drive a pacer through the transport's protocol in simulated time (reserve -> sleep, woken late ->
confirm -> send), as ``PacedTransport`` does, without threads or a clock: events run in time order,
as the pacer's clock would see them."""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable

from ibkr_webapi.pacing import ConfirmingPacer, InProcessPacer

BENCH_CALLERS = [
    "get_marketdata_snapshot",
    "search_contracts",
    "get_stocks_by_symbol",
    "get_live_orders",
    "get_portfolio_accounts",
    "get_fyi_unread_count",
    "get_marketdata_snapshot",
    "get_fyi_unread_count",
] * 4
"""The 32 callers of bench/pacing_shared.py (one operation each, ``OPS[k % 8]`` there): a third of
them on operations with their own slower limit (live orders, portfolio accounts, the FYI count)."""


def simulate(
    pacer: InProcessPacer,
    arrivals: list[tuple[float, str]],
    lateness: list[float],
    *,
    confirm: bool = True,
) -> dict[str, list[float]]:
    """Callers arrive once each: ``arrivals`` is (time, key) per caller. Every wake-up is late by the
    next value of ``lateness`` (cycled). Returns the real send times per key."""
    late = itertools.cycle(lateness or [0.0])
    seq = itertools.count()
    # (time, tie-break, key, booked or None for an arrival)
    events: list[tuple[float, int, str, float | None]] = [(t, next(seq), key, None) for t, key in arrivals]
    heapq.heapify(events)
    sends: dict[str, list[float]] = defaultdict(list)
    budget = 50 * len(arrivals) + 100  # wake-ups; a pacer that never lets a caller send fails here
    while events:
        budget -= 1
        assert budget > 0, "callers keep being re-booked without ever sending"
        now, _, key, booked = heapq.heappop(events)
        if booked is None:  # arrival: book
            delay = pacer.reserve(key, now)
            assert delay >= 0
            if delay == 0:
                sends[key].append(now)  # sent at once, no sleep, nothing to confirm
                continue
            booked = now + delay
            heapq.heappush(events, (booked + next(late), next(seq), key, booked))
            continue
        delay = pacer.confirm(key, booked, now) if confirm else 0.0  # woke (late): confirm
        assert delay >= 0
        if delay == 0:
            sends[key].append(now)
        else:
            heapq.heappush(events, (now + delay + next(late), next(seq), key, now + delay))
    return sends


def closed_loop(
    pacer: ConfirmingPacer,
    callers: Iterable[str],
    seconds: float,
    lateness: Callable[[], float],
    *,
    answer_s: float = 0.005,
    start: float = 0.0,
) -> list[tuple[float, str]]:
    """Every caller (one key each, like a thread that sends one operation in a loop) sends, waits
    ``answer_s`` for the answer and asks again, from ``start`` for ``seconds``. Returns every send as
    (time, key), in time order."""
    seq = itertools.count()
    events: list[tuple[float, int, str, float | None]] = [
        (start + i * 1e-5, next(seq), key, None) for i, key in enumerate(callers)
    ]
    sends: list[tuple[float, str]] = []
    while events:
        now, _, key, booked = heapq.heappop(events)
        if now > start + seconds:
            break
        delay = pacer.reserve(key, now) if booked is None else pacer.confirm(key, booked, now)
        assert delay >= 0
        if delay == 0:
            sends.append((now, key))
            heapq.heappush(events, (now + answer_s, next(seq), key, None))
        else:
            heapq.heappush(events, (now + delay + lateness(), next(seq), key, now + delay))
    return sends


def achieved_rate(times: list[float], requests: int) -> float:
    """Requests per second over whole multiples of a limit's ``requests`` (as bench/pacing_shared.py
    measures: independent of where bursts fall)."""
    times = sorted(times)
    span = (len(times) - 1) // requests * requests
    return span / (times[span] - times[0]) if span > 0 else 0.0
