"""Streaming throughput: typed events delivered by ``AsyncStream`` vs raw ``websockets`` + ``json.loads``.

The fake gateway runs in a separate process (so it does not take the client's CPU or GIL) with
``firehose=True``: every ``smd`` subscription replays a ring of pre-built IBKR-shaped delta frames
(prices varying frame to frame) as fast as the socket takes them. Against that server, rounds
interleave (the order rotates each round so no client always goes first):

* raw: ``websockets.asyncio.client.connect`` + ``json.loads`` of each frame (the floor any client pays);
* stream+values (the headline): ``AsyncStream`` with the default ``StreamConfig()``, the consumer
  reading ``event.values`` (IBKR value strings parsed by ``ibkr_webapi.fields``) of every
  ``MarketDataUpdate``, as a user of the stream does;
* stream+values/no-conflation: the same with conflation off (one frame = one event even when the
  consumer falls behind);
* stream: default configuration, the consumer reading only ``conid`` and ``fields``.

Two ratios are printed for each, to raw in the same run. By CPU (client CPU per event over client CPU
per raw message; above 1 means more CPU than raw): the client's own cost, the RESULT line's
``cpu_stream_values``. By rate (events/s over raw msgs/s, ``rate_stream_values``): on 2 cores the
server can be the bottleneck for the raw client, and a slower client lets the server's socket buffer
fill so it writes (and the client reads) in bigger chunks, so this ratio can exceed 1.

``--replay`` adds a run against a minimal ``websockets`` replay server (no ASGI stack, faster than
the fake), a cross-check where the client is the bottleneck for both raw and stream.

``--stages`` first prints the client CPU per frame of each step after the socket, ours beside raw's,
measured in this process (see ``stages``).

Usage: python bench/streaming.py [--seconds 3] [--rounds 5] [--conids 4] [--replay] [--stages]
Last line: ``RESULT cpu_stream_values=R rate_stream_values=R msgs_per_s=N`` (fake gateway, medians).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Coroutine
from typing import Any

from websockets.asyncio.client import connect

from ibkr_webapi.client import Client
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.streaming import AsyncStream, MarketDataUpdate, StreamConfig

WARMUP_S = 0.5
FIELDS = ["31", "84", "85", "86", "88", "7059"]


def serve() -> None:
    """Child process: a firehose fake gateway until stdin closes."""
    from ibkr_webapi.testing import FakeGateway

    gw = FakeGateway(
        enforce_pacing=False, firehose=True, smd_time_limit_s=10_000, ws_heartbeat_interval_s=1.0
    )
    with gw.serve() as srv:
        conids = [i.conid for i in gw.state.universe.stocks()]
        print(json.dumps({"base_url": srv.base_url, "ws_url": srv.ws_url, "conids": conids}), flush=True)
        sys.stdin.read()


def _replay_frames(conid: int) -> list[str]:
    """1000 ``smd`` delta frames shaped like the recorded updates, prices varying frame to frame."""
    out = []
    for i in range(1000):
        px = 271.55 + (i % 50) / 100
        msg: dict[str, Any] = {
            "server_id": "q1",
            "conidEx": str(conid),
            "conid": conid,
            "_updated": 1777552110061 + i,
            "6119": "q1",
            "topic": f"smd+{conid}",
        }
        if i % 3 == 0:
            msg.update({"84": f"{px:.2f}", "86": f"{px + 0.02:.2f}", "88": "1,300", "85": "900"})
        elif i % 3 == 1:
            msg.update({"31": f"{px + 0.01:.2f}", "7059": "100", "83": 0.56})
        else:
            msg.update({"31": f"C{px:.2f}", "84": f"{px:.2f}", "6509": "DPB"})
        out.append(json.dumps(msg))
    return out


def replay() -> None:
    """Child process: a minimal WebSocket server replaying IBKR-shaped smd deltas as fast as it can.

    Why (``--replay``): the fake gateway's firehose also replays pre-built frames, but every one goes
    through Starlette and uvicorn; this server has no ASGI stack, so it stays ahead of any client
    and the run shows the client-bound ratio. Frames are shaped like the recorded ``smd`` updates.
    """
    from websockets.asyncio.server import ServerConnection, serve

    async def pump(ws: ServerConnection, conid: int) -> None:
        batch = _replay_frames(conid)
        i = 0
        while True:
            await ws.send(batch[i % 1000])
            i += 1
            if i % 64 == 0:
                await asyncio.sleep(0)

    async def handler(ws: ServerConnection) -> None:
        tasks = []
        # as IBKR: a greeting, then "sts" authenticated; clients subscribe only after it
        await ws.send(json.dumps({"topic": "system", "success": "bench", "isFT": False, "isPaper": True}))
        await ws.send(json.dumps({"topic": "sts", "args": {"authenticated": True}}))
        try:
            async for message in ws:
                if isinstance(message, str) and message.startswith("smd+"):
                    tasks.append(asyncio.create_task(pump(ws, int(message.split("+")[1]))))
        except Exception:
            pass
        finally:
            for task in tasks:
                task.cancel()

    async def main() -> None:
        async with serve(handler, "127.0.0.1", 0, compression=None) as server:
            port = server.sockets[0].getsockname()[1]
            url = f"ws://127.0.0.1:{port}/v1/api/ws"
            print(json.dumps({"ws_url": url, "conids": [265598, 8314, 272093, 756733]}), flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)

    asyncio.run(main())


def stages() -> None:
    """``--stages``: client CPU per frame of each step after the socket, in this process (no server).

    Where the time goes, ours next to what raw pays for the same frame. Both also pay the shared part
    (reading the socket, WebSocket framing, permessage-deflate, the event loop), not measured here.
    Frames: ``_replay_frames`` of four conids as bytes (what the connection hands over).
    """
    import timeit
    from collections import deque

    from websockets.asyncio.messages import Assembler
    from websockets.frames import Frame, Opcode

    from ibkr_webapi.streaming._buffer import EventBuffer
    from ibkr_webapi.streaming._parse import decode_frame
    from ibkr_webapi.streaming.protocol import StreamProtocol
    from ibkr_webapi.streaming.subscriptions import market_data

    conids = [265598, 8314, 272093, 756733]
    frames = [f.encode() for c in conids for f in _replay_frames(c)]
    n = len(frames)

    def per_frame(fn: Callable[[], object]) -> float:
        timer = timeit.Timer(fn, timer=time.process_time)
        return min(timer.repeat(repeat=20, number=1)) / n * 1e6

    loads = json.loads
    proto = StreamProtocol()
    for conid in conids:
        proto.subscribe(market_data(conid, FIELDS), 0.0)
    events = [decode_frame(f, None)[0] for f in frames]

    async def assembler() -> None:  # websockets' hand-over to recv(): put every frame, get each one
        asm = Assembler()
        for f in frames:
            asm.put(Frame(Opcode.TEXT, f))
        for _ in frames:
            await asm.get()

    def queue() -> None:
        buf = EventBuffer(10_000, True, 32 << 20)
        buf.begin_batch()
        for event in events:
            buf.offer(event, 200)
        while buf.items:
            buf.take()

    def inbox() -> None:
        box: deque[bytes] = deque()
        for f in frames:
            box.append(f)
        while box:
            box.popleft()

    def values() -> None:
        for event in [decode_frame(f, None)[0] for f in frames]:
            assert isinstance(event, MarketDataUpdate)
            event.values  # noqa: B018

    loop = asyncio.new_event_loop()
    rows = [
        (
            "raw: websockets hand-over (Assembler put + get)",
            per_frame(lambda: loop.run_until_complete(assembler())),
        ),
        ("raw: bytes.decode + json.loads", per_frame(lambda: [loads(f.decode()) for f in frames])),
        ("ours: inbox append + popleft (FrameConnection)", per_frame(inbox)),
        (
            "ours: decode_frame (decode, JSON, event)",
            per_frame(lambda: [decode_frame(f, None) for f in frames]),
        ),
        (
            "ours: protocol.receive (decode_frame + bookkeeping)",
            per_frame(lambda: [proto.receive(f, 1.0) for f in frames]),
        ),
        ("ours: queue (batch offer + take)", per_frame(queue)),
        ("ours: decode_frame + .values", per_frame(values)),
    ]
    for label, us in rows:
        print(f"[stages] {label:<52}: {us:5.2f} us/frame")
    loop.close()


def _subscribe_frames(conids: list[int]) -> list[str]:
    return [f"smd+{c}+{json.dumps({'fields': FIELDS})}" for c in conids]


async def run_raw(ws_url: str, session: str, conids: list[int], seconds: float) -> tuple[float, float]:
    """Raw floor: frames received by ``websockets`` and decoded by ``json.loads``; (rate, cpu s/msg)."""
    loads = json.loads
    async with connect(
        ws_url,
        additional_headers=[("Cookie", f"api={session}")],
        ping_interval=None,
        proxy=None,
        max_queue=64,
    ) as ws:
        await ws.send(json.dumps({"session": session}))
        async for data in ws:  # IBKR drops topics sent before sts says authenticated
            msg = loads(data)
            if msg.get("topic") == "sts" and msg.get("args", {}).get("authenticated"):
                break
        for frame in _subscribe_frames(conids):
            await ws.send(frame)
        n = 0
        start = time.perf_counter()
        t0: float | None = None
        c0 = 0.0
        async for data in ws:
            msg = loads(data)
            if msg.get("topic", "").startswith("smd+"):
                now = time.perf_counter()
                if t0 is None:
                    if now - start < WARMUP_S:
                        continue
                    t0, c0 = now, time.process_time()
                n += 1
                if now - t0 >= seconds:
                    return n / (now - t0), (time.process_time() - c0) / n
    raise RuntimeError("raw stream ended")


async def run_stream(
    ws_url: str, session: str, conids: list[int], seconds: float, values: bool, conflate: bool = True
) -> tuple[float, float]:
    """``AsyncStream``: typed events reaching the consumer; (rate, cpu s/event)."""
    config = StreamConfig() if conflate else StreamConfig(conflate_market_data=False)
    async with AsyncStream(ws_url, session=session, config=config) as stream:
        for conid in conids:
            await stream.market_data(conid, FIELDS)
        n = 0
        start = time.perf_counter()
        t0: float | None = None
        c0 = 0.0
        sink: Any = None
        async for event in stream:
            if type(event) is MarketDataUpdate:
                sink = (event.conid, event.fields)
                if values:
                    sink = event.values
                now = time.perf_counter()
                if t0 is None:
                    if now - start < WARMUP_S:
                        continue
                    t0, c0 = now, time.process_time()
                n += 1
                if now - t0 >= seconds:
                    del sink
                    return n / (now - t0), (time.process_time() - c0) / n
    raise RuntimeError("stream ended")


def _child(flag: str) -> tuple[subprocess.Popen[str], dict[str, Any]]:
    child = subprocess.Popen(
        [sys.executable, __file__, flag], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    return child, json.loads(child.stdout.readline())


def _stop(child: subprocess.Popen[str]) -> None:
    if child.stdin is not None:
        child.stdin.close()
    try:
        child.wait(10)
    except subprocess.TimeoutExpired:
        child.kill()


Sample = tuple[float, float]  # (rate per second, client CPU seconds per message)


def measure(
    label: str, url: str, session: str, conids: list[int], rounds: int, seconds: float
) -> dict[str, Sample]:
    """Interleaved rounds of raw and the stream variants; median (rate, cpu per msg) of each."""
    runs: dict[str, Callable[[], Coroutine[Any, Any, Sample]]] = {
        "raw": lambda: run_raw(url, session, conids, seconds),
        "stream+values": lambda: run_stream(url, session, conids, seconds, True),
        "stream+values/no-conflation": lambda: run_stream(url, session, conids, seconds, True, False),
        "stream": lambda: run_stream(url, session, conids, seconds, False),
    }
    names = list(runs)
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            samples[name].append(asyncio.run(runs[name]()))
        line = "  ".join(
            f"{n} {samples[n][-1][0]:,.0f}/s ({samples[n][-1][1] * 1e6:.2f} us cpu)" for n in names
        )
        print(f"[{label}] round {r + 1}: {line}", flush=True)
    medians = {
        name: (statistics.median(x[0] for x in xs), statistics.median(x[1] for x in xs))
        for name, xs in samples.items()
    }
    raw_rate, raw_cpu = medians["raw"]
    print(f"[{label}] raw websockets + json.loads : {raw_rate:,.0f} msg/s, {raw_cpu * 1e6:.2f} us cpu/msg")
    for name in names[1:]:
        rate, cpu = medians[name]
        print(
            f"[{label}] {name:<27}: {rate:,.0f} ev/s ({rate / raw_rate:.2f}x raw rate), "
            f"{cpu * 1e6:.2f} us cpu/ev ({cpu / raw_cpu:.2f}x raw cpu)"
        )
    return medians


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--conids", type=int, default=4)
    parser.add_argument("--replay", action="store_true", help="also measure against a minimal replay server")
    parser.add_argument("--stages", action="store_true", help="also print client CPU per frame of each step")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--replay-server", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve()
        return
    if args.replay_server:
        replay()
        return

    if args.stages:
        stages()
    child, info = _child("--serve")
    try:
        with Client(info["base_url"], keepalive_interval=None, pacer=unlimited_pacer()) as client:
            session = client.session.ws_session
            assert session
            fake = measure(
                "fake gateway",
                info["ws_url"],
                session,
                info["conids"][: args.conids],
                args.rounds,
                args.seconds,
            )
    finally:
        _stop(child)
    if args.replay:
        child, info = _child("--replay-server")
        try:
            conids = info["conids"][: args.conids]
            measure("replay server", info["ws_url"], "bench", conids, args.rounds, args.seconds)
        finally:
            _stop(child)
    (raw_rate, raw_cpu), (rate, cpu) = fake["raw"], fake["stream+values"]
    print(
        f"RESULT cpu_stream_values={cpu / raw_cpu:.3f} rate_stream_values={rate / raw_rate:.3f} "
        f"msgs_per_s={rate:.0f}"
    )


if __name__ == "__main__":
    main()
