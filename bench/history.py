"""A year of 1-minute bars for one stock: requests made vs the minimum IBKR's caps allow, 0 x 429.

The fake gateway runs in a child process with pacing enforced (the spec's limits: 10 requests/s for
the gateway, 5 history requests in flight) and a service time per history answer
(``history_service_s`` gateway seconds; ``time_scale`` shortens it in wall time, the pacing windows
stay real seconds, so the limits are IBKR's own). The client is ``AsyncClient`` with its default
pacer. Two runs against the same server:

* planned: ``client.marketdata.history(...)`` (one probe request, then up to 5 lanes walked back
  from their ends with whole-span periods, so every answer but a lane's last is full);
* baseline: what users write by hand, one calendar day per request (``period=1d`` stepping back
  from the end, 5 at a time; IBKR's minute periods stop at 30min), stitched by time.

``minimum_requests`` = ceil(bars / 1000). Headline: client CPU per request (``time.process_time``
in this process), with wall time and requests beside it.

Usage: python bench/history.py [--year 2025] [--time-scale 10] [--service-s 1.0] [--no-baseline]
Last line: ``RESULT requests=N minimum_requests=M http_429=0 bars=B`` (the planned run).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import math
import subprocess
import sys
import time
from typing import Any

from ibkr_webapi import AsyncClient
from ibkr_webapi._flow import Call, Gather, body_json
from ibkr_webapi.history import MAX_POINTS, format_start_time

AAPL = 265598


def serve(time_scale: float, service_s: float) -> None:
    """Child process: a paced fake gateway until stdin closes; reports counters on request."""
    from ibkr_webapi.testing import FakeGateway
    from ibkr_webapi.testing._history import history_book

    gw = FakeGateway(enforce_pacing=True, time_scale=time_scale, history_service_s=service_s)
    with gw.serve() as srv:
        print(json.dumps({"base_url": srv.base_url}), flush=True)
        for line in sys.stdin:
            if line.strip() == "stats":
                snap = gw.counters.snapshot()
                book = history_book(gw.state)
                stats = {
                    "history_requests": snap["requests"].get("get_marketdata_history", 0),
                    "http_429": snap["rate_limited"],
                    "peak_in_flight": book.peak_in_flight,
                }
                print(json.dumps(stats), flush=True)
                gw.counters.reset()
                book.peak_in_flight = 0


class Server:
    def __init__(self, time_scale: float, service_s: float) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--serve", str(time_scale), str(service_s)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.proc.stdout is not None
        self.base_url = json.loads(self.proc.stdout.readline())["base_url"]

    def stats(self) -> dict[str, Any]:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("stats\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())  # type: ignore[no-any-return]

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


async def planned(client: AsyncClient, start: int, end: int) -> int:
    bars = await client.marketdata.history(AAPL, start, end, bar="1min")
    return len(bars)


async def baseline(client: AsyncClient, start: int, end: int) -> int:
    """One day per request back from the end, five per round, stitched by time."""
    seen: dict[int, Any] = {}
    ends = list(range(end, start, -86400))
    for i in range(0, len(ends), 5):
        calls = [
            Call.op(
                "get_marketdata_history",
                conid=AAPL,
                period="1d",
                bar="1min",
                start_time=format_start_time(e),
            )
            for e in ends[i : i + 5]
        ]
        responses = await client.run(_gather(calls))
        for r in responses:
            for bar in body_json(r).get("data") or []:
                t = bar.get("t")
                if isinstance(t, int) and start <= t // 1000 < end:
                    seen[t] = bar
    return len(seen)


def _gather(calls: list[Call]) -> Any:
    responses = yield Gather(calls)
    return responses


async def measure(server: Server, name: str, fn: Any, start: int, end: int) -> dict[str, Any]:
    async with AsyncClient(server.base_url, keepalive_interval=None) as client:
        server.stats()  # reset the counters after the session opened
        cpu0, wall0 = time.process_time(), time.perf_counter()
        bars = await fn(client, start, end)
        cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    stats = server.stats()
    requests = int(stats["history_requests"])
    return {
        "name": name,
        "bars": bars,
        "requests": requests,
        "http_429": int(stats["http_429"]),
        "peak_in_flight": stats["peak_in_flight"],
        "wall_s": wall,
        "cpu_ms_per_request": 1000 * cpu / max(requests, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--time-scale", type=float, default=10.0)
    parser.add_argument("--service-s", type=float, default=1.0, help="gateway seconds per history answer")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--serve", nargs=2, type=float, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve[0], args.serve[1])
        return 0
    start = int(dt.datetime(args.year, 1, 1, tzinfo=dt.UTC).timestamp())
    end = int(dt.datetime(args.year + 1, 1, 1, tzinfo=dt.UTC).timestamp())
    server = Server(args.time_scale, args.service_s)
    try:
        runs = [asyncio.run(measure(server, "planned", planned, start, end))]
        if not args.no_baseline:
            runs.append(asyncio.run(measure(server, "baseline", baseline, start, end)))
    finally:
        server.close()
    mine = runs[0]
    minimum = math.ceil(mine["bars"] / MAX_POINTS)
    print(f"one year ({args.year}) of 1-minute AAPL bars; fake gateway paced (10 req/s, 5 in flight), "
          f"{args.service_s:g} gateway s per answer at time_scale {args.time_scale:g}")  # fmt: skip
    print(f"{'run':<10}{'bars':>9}{'requests':>10}{'x minimum':>11}{'429s':>6}{'peak':>6}{'wall s':>9}"
          f"{'cpu ms/req':>12}")  # fmt: skip
    for r in runs:
        print(
            f"{r['name']:<10}{r['bars']:>9}{r['requests']:>10}{r['requests'] / minimum:>11.2f}"
            f"{r['http_429']:>6}{r['peak_in_flight']:>6}{r['wall_s']:>9.1f}{r['cpu_ms_per_request']:>12.2f}"
        )
    if len(runs) > 1:
        base = runs[1]
        ratio_req, ratio_wall = mine["requests"] / base["requests"], mine["wall_s"] / base["wall_s"]
        same = mine["bars"] == base["bars"]
        print(f"planned vs baseline: requests {ratio_req:.2f}x, wall {ratio_wall:.2f}x, same bars: {same}")
    print(
        f"RESULT requests={mine['requests']} minimum_requests={minimum} http_429={mine['http_429']} "
        f"bars={mine['bars']} wall_s={mine['wall_s']:.1f} cpu_ms_per_request={mine['cpu_ms_per_request']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
