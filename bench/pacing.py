"""Pacing benchmark: how close a mixed burst gets to IBKR's allowed rates without a single 429.

Several threads (one sync ``Client``) and several asyncio tasks (one ``AsyncClient``) share one
``InProcessPacer`` and hammer a served ``FakeGateway`` that enforces IBKR's real limits (global
10 req/s for the CP Gateway; snapshot 10/s; live orders and portfolio accounts 1 per 5 s; contract
lookups only under the global limit). Every worker issues one operation in a loop, so demand always
exceeds what the limits allow and the achieved rates measure the pacer alone.

Utilization is achieved rate / allowed rate, measured from the fake's own request counters over the
same window (the baseline is the limit itself, in the same run):

* overall: all requests / the global limit;
* per operation with its own limit below the global (live orders, portfolio accounts): its
  steady-state rate (completions - 1 over the time between its first and last completion in the
  window; a plain count of ~4 requests would be off by up to 25 %) / that limit.
  ``min_operation_utilization`` is the lowest of these.
* operations limited only by the global limit (snapshot, contract lookups) share what is left; their
  share is printed for information.

Strictness: the fake counts, for the whole run, the most requests that arrived within any strict
window (``(t - per_seconds, t]`` on its own clock, at arrival): globally per 1 s and per operation per
its own ``per_seconds``. ``max_window_ratio`` is the highest of these counts divided by its limit; a
real IBKR counting strict windows answers 429 above 1.0. Goal: ``max_window_ratio <= 1.0`` with
``utilization >= 0.95`` and ``http_429 = 0``.

Usage: ``python bench/pacing.py [--seconds 22] [--threads 2] [--tasks 2]``.
"""

from __future__ import annotations

import argparse
import asyncio
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from ibkr_webapi._flow import Call, Flow
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.pacing import InProcessPacer
from ibkr_webapi.testing import FakeGateway
from ibkr_webapi_client.operations import GLOBAL_RATE_LIMITS, OPERATIONS

SYMBOLS = ["AAPL", "SPY", "MSFT", "NVDA", "TSLA", "QQQ"]
CONIDS = ["265598", "756733"]


def _requests() -> dict[str, Callable[[int], Call]]:
    """One request of each benchmarked operation (``i`` varies the arguments)."""
    return {
        "get_marketdata_snapshot": lambda i: Call.op(
            "get_marketdata_snapshot", conids=CONIDS, fields=["31", "84", "86"]
        ),
        "get_live_orders": lambda i: Call.op("get_live_orders"),
        "get_portfolio_accounts": lambda i: Call.op("get_portfolio_accounts"),
        "search_contracts": lambda i: Call.op("search_contracts", symbol=SYMBOLS[i % len(SYMBOLS)]),
        "get_stocks_by_symbol": lambda i: Call.op("get_stocks_by_symbol", symbols=[SYMBOLS[i % 6]]),
    }


def one(call: Call) -> Flow[Any]:
    return (yield call)


def limit_of(op: str) -> float | None:
    rl = OPERATIONS[op].rate_limit
    if rl is None or rl.requests is None or not rl.per_seconds:
        return None
    return rl.requests / rl.per_seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=float, default=22.0, help="measured window (>= 20)")
    ap.add_argument("--threads", type=int, default=2, help="threads per operation (sync client)")
    ap.add_argument("--tasks", type=int, default=2, help="asyncio tasks per operation (async client)")
    args = ap.parse_args()

    requests = _requests()
    gw = FakeGateway(enforce_pacing=True)
    g = GLOBAL_RATE_LIMITS["gateway"]
    assert g.requests is not None and g.per_seconds
    global_rate = g.requests / g.per_seconds
    pacer = InProcessPacer.for_profile("gateway")
    errors: list[str] = []
    done_at: dict[str, list[float]] = {op: [] for op in requests}
    done_lock = threading.Lock()

    def record(op: str) -> None:
        with done_lock:
            done_at[op].append(time.monotonic())

    with gw.serve() as srv:
        sync_client = Client(srv.base_url, pacer=pacer, keepalive_interval=None)
        stop = threading.Event()

        def thread_worker(op: str) -> None:
            i = 0
            while not stop.is_set():
                try:
                    sync_client.run(one(requests[op](i)))
                    record(op)
                except Exception as exc:  # count, keep going: the bench measures pacing
                    errors.append(f"{op}: {type(exc).__name__}: {exc}")
                i += 1

        async def run_async_side(ready: threading.Event, done: threading.Event) -> None:
            async with AsyncClient(srv.base_url, pacer=pacer, keepalive_interval=None) as client:

                async def task_worker(op: str) -> None:
                    i = 0
                    while not done.is_set():
                        try:
                            await client.run(one(requests[op](i)))
                            record(op)
                        except Exception as exc:
                            errors.append(f"{op}: {type(exc).__name__}: {exc}")
                        i += 1

                ready.set()
                tasks = [asyncio.create_task(task_worker(op)) for op in requests for _ in range(args.tasks)]
                while not done.is_set():
                    await asyncio.sleep(0.05)
                await asyncio.gather(*tasks)

        async_ready, async_done = threading.Event(), threading.Event()
        async_thread = threading.Thread(target=lambda: asyncio.run(run_async_side(async_ready, async_done)))
        async_thread.start()
        async_ready.wait(30)

        threads = [
            threading.Thread(target=thread_worker, args=(op,), daemon=True)
            for op in requests
            for _ in range(args.threads)
        ]
        for t in threads:
            t.start()
        time.sleep(1.0)  # let every worker get going, then measure a clean window
        before = gw.counters.snapshot()
        t0 = time.monotonic()
        time.sleep(args.seconds)
        after = gw.counters.snapshot()
        elapsed = time.monotonic() - t0
        stop.set()
        async_done.set()
        for t in threads:
            t.join(timeout=15)
        async_thread.join(timeout=15)
        sync_client.close()

    def delta(op: str) -> int:
        return int(after["requests"].get(op, 0)) - int(before["requests"].get(op, 0))

    total = int(after["total_requests"]) - int(before["total_requests"])
    overall = total / elapsed / global_rate
    print(f"window {elapsed:.1f} s, {args.threads} threads + {args.tasks} tasks per operation, shared pacer")
    print(f"global limit {global_rate:g} req/s (gateway profile)")
    print(f"{'operation':28} {'requests':>8} {'req/s':>8} {'limit':>8} {'utilization':>12}")
    own_limited: list[float] = []
    for op in requests:
        n = delta(op)
        rate = n / elapsed
        lim = limit_of(op)
        if lim is not None and lim < global_rate:
            # A 1-per-5-s operation completes only ~4 times in the window, so counting would be off by
            # up to 25 %: use the steady-state rate between its first and last completion instead.
            times = [t for t in done_at[op] if t0 <= t <= t0 + elapsed]
            steady = (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0
            util = steady / lim
            rate = steady
            own_limited.append(util)
            print(f"{op:28} {n:8d} {rate:8.3f} {lim:8.3f} {util:12.3f}")
        else:
            share = rate / global_rate
            shown = f"{lim:g}" if lim is not None else "global"
            print(f"{op:28} {n:8d} {rate:8.3f} {shown:>8} {'share ' + format(share, '.3f'):>12}")
    print(f"{'all requests':28} {total:8d} {total / elapsed:8.3f} {global_rate:8.3f} {overall:12.3f}")
    http_429 = int(after["rate_limited"])
    print(f"429 responses (whole run): {http_429}; penalty-box entries: {after['penalty_entries']}")
    ratios = _strict_window_ratios(after, g.requests, requests)
    print("most requests in any strict window (whole run, as the fake saw them) / limit:")
    for name, (seen, limit, window) in ratios.items():
        print(f"  {name:28} {seen:3d} in {window:g} s / {limit:3d} = {seen / limit:.2f}")
    max_ratio = max(seen / limit for seen, limit, _ in ratios.values())
    if errors:
        print(f"errors: {len(errors)} (first: {errors[0]})")
    min_op = min(own_limited) if own_limited else overall
    print(
        f"RESULT utilization={overall:.3f} min_operation_utilization={min_op:.3f} http_429={http_429} "
        f"max_window_ratio={max_ratio:.2f}"
    )


def _strict_window_ratios(
    counters: dict[str, Any], global_requests: int, operations: Mapping[str, object]
) -> dict[str, tuple[int, int, float]]:
    """name -> (most requests the fake saw in one strict window, the limit, the window in seconds)."""
    ratios = {"global (all requests)": (int(counters["max_global_per_second"]), global_requests, 1.0)}
    for op in operations:
        rl = OPERATIONS[op].rate_limit
        if rl is None or not rl.requests or not rl.per_seconds:
            continue
        seen = int(counters["max_per_window"].get(op, 0))
        ratios[op] = (seen, rl.requests, rl.per_seconds)
    return ratios


if __name__ == "__main__":
    main()
