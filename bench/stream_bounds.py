"""Streaming memory bounds against a hostile server (default ``StreamConfig``).

Three figures, each what a server can make the client hold:

* market data for conids never subscribed (``--md-frames`` frames, one new conid each): entries in
  the protocol's tables, memory they hold (tracemalloc) and the cost of one ``next_deadline()``;
* distinct order ids pushed on ``sor`` (``--orders``): entries in the order-state table and memory;
* 1 MiB unknown-topic frames pushed at a consumer that does not read (``--blobs`` frames from a
  ``websockets`` server in another process, ``--idle`` seconds): the client process's RSS growth
  and the events queued. The server blocks once the client stops reading (backpressure).

Usage: python bench/stream_bounds.py [--md-frames 1000000] [--orders 500000] [--blobs 1500] [--idle 8]
Last line: ``RESULT md_entries=N md_mb=M deadline_us=U order_entries=N order_mb=M idle_rss_mb=R queued=Q``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
import tracemalloc

from ibkr_webapi.streaming import AsyncStream, StreamConfig, StreamProtocol
from ibkr_webapi.streaming import subscriptions as subs

BLOB = 1024 * 1024


def _rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    return float("nan")


def protocol_tables(md_frames: int, orders: int) -> tuple[int, float, float, int, float]:
    proto = StreamProtocol(StreamConfig())
    proto.connection_opened(0.0, "s")
    proto.receive(json.dumps({"topic": "sts", "args": {"authenticated": True}}), 0.0)
    proto.subscribe(subs.market_data(1, ["31"]), 0.0)
    tracemalloc.start()
    for conid in range(2, md_frames + 2):
        proto.receive(json.dumps({"topic": f"smd+{conid}", "conid": conid, "31": "1.5"}), 1.0)
    md_mb = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    start = time.perf_counter()
    for _ in range(1000):
        proto.next_deadline()
    deadline_us = (time.perf_counter() - start) / 1000 * 1e6
    tracemalloc.start()
    for order_id in range(orders):
        proto.receive(
            json.dumps({"topic": "sor", "args": [{"orderId": order_id, "status": "Submitted"}]}), 1.0
        )
    order_mb = tracemalloc.get_traced_memory()[0] / 1e6
    tracemalloc.stop()
    tracked = proto.tracked
    return tracked["market_data_timers"], md_mb, deadline_us, tracked["orders"], order_mb


def serve(blobs: int) -> None:
    from websockets.asyncio.server import ServerConnection, serve

    async def handler(ws: ServerConnection) -> None:
        await ws.send(json.dumps({"topic": "system", "success": "bench"}))
        await ws.send(json.dumps({"topic": "sts", "args": {"authenticated": True}}))
        blob = json.dumps({"topic": "blob", "pad": "x" * BLOB})
        for _ in range(blobs):
            await ws.send(blob)
        await asyncio.sleep(3600)

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0, max_size=None) as server:
            print(server.sockets[0].getsockname()[1], flush=True)
            await asyncio.sleep(3600)

    asyncio.run(main())


async def idle_consumer(blobs: int, idle: float) -> tuple[float, int]:
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(blobs)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        port = int(child.stdout.readline())
        before = _rss_mb()
        stream = AsyncStream(f"ws://127.0.0.1:{port}/v1/api/ws", session="bench")
        await stream.start()
        await asyncio.sleep(idle)
        growth, queued = _rss_mb() - before, stream.pending
        await stream.close()
        return growth, queued
    finally:
        child.kill()
        child.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--md-frames", type=int, default=1_000_000)
    parser.add_argument("--orders", type=int, default=500_000)
    parser.add_argument("--blobs", type=int, default=1500)
    parser.add_argument("--idle", type=float, default=8.0)
    parser.add_argument("--serve", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve is not None:
        serve(args.serve)
        return
    md_entries, md_mb, deadline_us, order_entries, order_mb = protocol_tables(args.md_frames, args.orders)
    print(
        f"{args.md_frames:,} smd frames for unsubscribed conids: {md_entries} timer(s), {md_mb:.1f} MB held, "
        f"next_deadline {deadline_us:.1f} us"
    )
    print(f"{args.orders:,} distinct order ids: {order_entries:,} remembered, {order_mb:.1f} MB held")
    rss, queued = asyncio.run(idle_consumer(args.blobs, args.idle))
    print(
        f"{args.blobs} x 1 MiB frames, consumer idle {args.idle:.0f} s: "
        f"RSS +{rss:.0f} MB, {queued} events queued"
    )
    print(
        f"RESULT md_entries={md_entries} md_mb={md_mb:.1f} deadline_us={deadline_us:.1f} "
        f"order_entries={order_entries} order_mb={order_mb:.1f} idle_rss_mb={rss:.0f} queued={queued}"
    )


if __name__ == "__main__":
    main()
