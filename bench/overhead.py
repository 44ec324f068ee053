"""Client CPU per request of the clients users run, against raw httpx + ``json.loads``.

The fake gateways run in *separate processes* (``python -m ibkr_webapi.testing --port 0 --no-pacing``),
so the server never competes with the measured client for this process's GIL, and the headline figure
is the client's own CPU per request (``time.process_time`` in this process, nothing subtracted). Wall
time per request is printed beside it (the server takes about half of each request's wall time, so
wall ratios drift more between runs than CPU ratios).

The clients are built as a user builds them: ``Client(base_url)`` / ``AsyncClient(base_url)`` with the
default pacer, retry policy, keep-alive and session start. Only the default *global* rate (10 req/s for
the gateway) is raised, so the pacer does all its work (windows, bookings, send-time confirmation) but
never makes the bench wait; the per-operation limits stay as IBKR's. The measured calls:

* ``sync`` - ``client.portfolio.ledger(acct)`` (GET /portfolio/{accountId}/ledger, a path with an
  id), parsed into Decimals; baseline ``raw_ids``: the same GET with ``httpx.Client`` + ``json.loads``;
* ``async1`` / ``async8`` - the same facade on ``AsyncClient``, 1 at a time and 8 concurrent
  (``asyncio.gather``); baselines ``raw_async1`` / ``raw_async8``: ``httpx.AsyncClient`` the same way;
* ``low_level`` - the generated ``get_ledger.sync_detailed`` on ``client.low_level`` (auth + pacing +
  retries, the generated model), baseline ``raw_ids``;
* ``low_level_fixed`` - the generated ``get_accounts`` (GET /iserver/accounts, a fixed path), baseline
  ``raw_fixed``; ``cpu_path_ids`` is the low-level ratio on the id path over the one on the fixed path
  (1.0 means an id in the path costs nothing extra to map back to its operation);
* ``oauth1`` - ``client.portfolio.ledger(acct)`` with OAuth 1.0a (every request HMAC-SHA256 signed) on
  an OAuth 1.0a-mode fake; baseline ``raw_ids`` (unsigned). Client CPU only, nothing subtracted.

Rounds interleave the variants in chunks (the order rotates every round), and each figure is the median
over rounds of per-request values, divided by its baseline's median from the same run.

Usage: python bench/overhead.py [--requests 400] [--rounds 7]
Last line: ``RESULT cpu_sync=R cpu_async1=R cpu_async8=R cpu_low_level=R cpu_oauth1=R cpu_path_ids=R``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ibkr_webapi import AsyncClient, Client
from ibkr_webapi.config import Settings

CHUNK = 40
#: Raised only so that the bench never waits; every other pacing rule stays as the default.
NEVER_THROTTLING_GLOBAL_RATE = 1_000_000.0


@dataclass
class FakeProcess:
    """A fake gateway served by a child process."""

    proc: subprocess.Popen[str]
    base_url: str
    env: dict[str, str]


@contextmanager
def fake_gateway_process(auth: str) -> Iterator[FakeProcess]:
    cmd = [sys.executable, "-m", "ibkr_webapi.testing", "--port", "0", "--no-pacing", "--auth", auth]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    base_url = env_file = ""
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if " serving " in line:
                base_url = line.rsplit(" ", 1)[1].strip()
            if "settings" in line and line.rstrip().endswith("ibkr.env"):
                env_file = line.rsplit(" ", 1)[1].strip()
                break
        if not base_url or not env_file:
            raise RuntimeError(f"fake gateway ({auth}) did not start (exit code {proc.poll()})")
        env = dict(line.split("=", 1) for line in Path(env_file).read_text().splitlines() if "=" in line)
        yield FakeProcess(proc, base_url, env)
    finally:
        if env_file:  # the throwaway credentials the child wrote
            shutil.rmtree(Path(env_file).parent, ignore_errors=True)
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Sample:
    cpu: list[float]
    wall: list[float]


#: A variant runs ``n`` requests and returns when they are done.
Runner = Callable[[int], None]


def _sync_runner(fn: Callable[[], Any]) -> Runner:
    def run(n: int) -> None:
        for _ in range(n):
            fn()

    return run


def _async_runner(loop: asyncio.AbstractEventLoop, fn: Callable[[], Awaitable[Any]], width: int) -> Runner:
    async def batch(n: int) -> None:
        if width == 1:
            for _ in range(n):
                await fn()
            return
        for start in range(0, n, width):
            await asyncio.gather(*(fn() for _ in range(min(width, n - start))))

    def run(n: int) -> None:
        loop.run_until_complete(batch(n))

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    if args.requests < 200 or args.rounds < 5 or args.requests % CHUNK:
        parser.error(f"measure with --requests >= 200 (a multiple of {CHUNK}) and --rounds >= 5")

    from ibkr_webapi_client.api.accounts import get_accounts
    from ibkr_webapi_client.api.portfolio import get_ledger

    loop = asyncio.new_event_loop()
    with ExitStack() as stack:
        stack.callback(loop.close)
        gw = stack.enter_context(fake_gateway_process("gateway"))
        oa = stack.enter_context(fake_gateway_process("oauth1"))

        client = stack.enter_context(Client(gw.base_url, global_rate_limit=NEVER_THROTTLING_GLOBAL_RATE))
        oauth1 = stack.enter_context(
            Client(settings=Settings.from_env(oa.env), global_rate_limit=NEVER_THROTTLING_GLOBAL_RATE)
        )
        aclient = loop.run_until_complete(
            AsyncClient(gw.base_url, global_rate_limit=NEVER_THROTTLING_GLOBAL_RATE).__aenter__()
        )
        stack.callback(lambda: loop.run_until_complete(aclient.__aexit__(None, None, None)))
        acct = client.portfolio.accounts()[0].account_id
        oacct = oauth1.portfolio.accounts()[0].account_id
        ids_path, fixed_path = f"/portfolio/{acct}/ledger", "/iserver/accounts"

        raw = stack.enter_context(httpx.Client(base_url=gw.base_url))
        araw = httpx.AsyncClient(base_url=gw.base_url)
        stack.callback(lambda: loop.run_until_complete(araw.aclose()))

        def raw_get(path: str) -> Callable[[], Any]:
            def do() -> Any:
                r = raw.get(path)
                r.raise_for_status()
                return json.loads(r.content)

            return do

        async def araw_get() -> Any:
            r = await araw.get(ids_path)
            r.raise_for_status()
            return json.loads(r.content)

        def ll_ids() -> None:
            assert get_ledger.sync_detailed(acct, client=client.low_level).status_code == 200

        def ll_fixed() -> None:
            assert get_accounts.sync_detailed(client=client.low_level).status_code == 200

        variants: dict[str, Runner] = {
            "raw_ids": _sync_runner(raw_get(ids_path)),
            "raw_fixed": _sync_runner(raw_get(fixed_path)),
            "raw_async1": _async_runner(loop, araw_get, 1),
            "raw_async8": _async_runner(loop, araw_get, 8),
            "sync": _sync_runner(lambda: client.portfolio.ledger(acct)),
            "async1": _async_runner(loop, lambda: aclient.portfolio.ledger(acct), 1),
            "async8": _async_runner(loop, lambda: aclient.portfolio.ledger(acct), 8),
            "low_level": _sync_runner(ll_ids),
            "low_level_fixed": _sync_runner(ll_fixed),
            "oauth1": _sync_runner(lambda: oauth1.portfolio.ledger(oacct)),
        }
        for run in variants.values():  # warm-up: connections, LST, imports, caches
            run(CHUNK)
        samples = {name: Sample([], []) for name in variants}
        names = list(variants)
        for r in range(args.rounds):
            # Every variant's N requests go in interleaved chunks (the order rotates each round), so a
            # burst of load from elsewhere on the machine hits all variants alike.
            cpu = dict.fromkeys(names, 0.0)
            wall = dict.fromkeys(names, 0.0)
            order = names[r % len(names) :] + names[: r % len(names)]
            for _ in range(args.requests // CHUNK):
                for name in order:
                    c0, w0 = time.process_time(), time.perf_counter()
                    variants[name](CHUNK)
                    cpu[name] += time.process_time() - c0
                    wall[name] += time.perf_counter() - w0
            for name in names:
                samples[name].cpu.append(cpu[name] / args.requests)
                samples[name].wall.append(wall[name] / args.requests)

    baseline = {
        "raw_ids": "raw_ids",
        "raw_fixed": "raw_fixed",
        "raw_async1": "raw_async1",
        "raw_async8": "raw_async8",
        "sync": "raw_ids",
        "async1": "raw_async1",
        "async8": "raw_async8",
        "low_level": "raw_ids",
        "low_level_fixed": "raw_fixed",
        "oauth1": "raw_ids",
    }
    cpu_m = {n: statistics.median(s.cpu) for n, s in samples.items()}
    wall_m = {n: statistics.median(s.wall) for n, s in samples.items()}
    print(
        f"{args.requests} requests x {args.rounds} rounds per variant, fakes in child processes, "
        f"medians per request (pid {os.getpid()}):"
    )
    print(f"  {'variant':16s} {'client CPU':>12s} {'x base':>8s} {'wall':>10s} {'x base':>8s}   baseline")
    ratio: dict[str, float] = {}
    for name, base in baseline.items():
        ratio[name] = cpu_m[name] / cpu_m[base]
        print(
            f"  {name:16s} {cpu_m[name] * 1e6:9.1f} us {ratio[name]:8.3f} {wall_m[name] * 1e6:7.1f} us "
            f"{wall_m[name] / wall_m[base]:8.3f}   {base}"
        )
    path_ids = ratio["low_level"] / ratio["low_level_fixed"]
    print(
        f"RESULT cpu_sync={ratio['sync']:.3f} cpu_async1={ratio['async1']:.3f} "
        f"cpu_async8={ratio['async8']:.3f} cpu_low_level={ratio['low_level']:.3f} "
        f"cpu_oauth1={ratio['oauth1']:.3f} cpu_path_ids={path_ids:.3f}"
    )


if __name__ == "__main__":
    main()
