"""Overhead of the client layers over raw httpx, against the fake gateway on a real socket.

The fake gateways run in *separate processes* (``python -m ibkr_webapi.testing --port 0 --no-pacing``),
so the server's CPU - uvicorn, routing, and in OAuth 1.0a mode the signature verification every real
server does too - never competes with the measured client for this process's GIL.

The same N GET /portfolio/accounts requests go through:

* ``raw_httpx``: a plain ``httpx.Client`` on the gateway-mode fake (the baseline);
* ``generated``: the generated client (``get_portfolio_accounts.sync_detailed``), same fake;
* ``client_gateway``: ``ibkr_webapi.Client.run(flow)`` in gateway mode, same fake;
* ``client_low_level``: the generated endpoint on ``client.low_level`` (auth + paced transport only);
* ``client_oauth1``: ``Client.run(flow)`` in OAuth 1.0a mode (every request HMAC-signed) on an
  OAuth 1.0a-mode fake. Its ratio is still taken to ``raw_httpx`` on the gateway-mode fake, so it
  includes the server's own signature verification; that share is measured from the servers' CPU
  time (``/proc/<pid>/stat``) and reported next to it, with the ratio that excludes it.

Pacing is lifted on both sides (an unlimited pacer; the fakes with ``--no-pacing``) so only code
overhead is measured. Rounds interleave the variants (the order rotates every round); the medians of
per-request times over the rounds are compared with raw httpx measured in the same run.

A second table repeats raw / generated / Client (gateway mode) over an in-memory transport (no server,
canned answer), where the client code is the whole cost.

Usage: python bench/overhead.py [--requests 500] [--rounds 7]
Last line: ``RESULT ratio_generated=R ratio_gateway=R ratio_oauth1=R ...``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Generator, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from ibkr_webapi._flow import Call
from ibkr_webapi.client import Client
from ibkr_webapi.config import Settings
from ibkr_webapi.pacing import InProcessPacer

PATH = "/portfolio/accounts"
OPERATION = "get_portfolio_accounts"
CHUNK = 50


@dataclass
class FakeProcess:
    """A fake gateway served by a child process."""

    proc: subprocess.Popen[str]
    base_url: str
    env: dict[str, str]

    def cpu_seconds(self) -> float:
        """CPU time the server process has used so far, all threads (Linux ``/proc``).

        ``schedstat`` counts nanoseconds on the CPU per thread (uvicorn runs in a thread of the child);
        where it is missing, ``stat``'s utime + stime (clock ticks, 10 ms) is the coarse fallback.
        """
        total = 0
        try:
            for task in Path(f"/proc/{self.proc.pid}/task").iterdir():
                total += int((task / "schedstat").read_text().split()[0])
            return total / 1e9
        except (OSError, ValueError):
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rpartition(")")[2].split()
            ticks = int(fields[11]) + int(fields[12])  # utime, stime (fields 14 and 15 of stat)
            return ticks / os.sysconf("SC_CLK_TCK")


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


def _flow() -> Generator[Any, Any, Any]:
    response = yield Call.op(OPERATION)
    return response


def _timed(fn: Callable[[], Any], n: int) -> float:
    """Seconds per request for ``n`` calls of ``fn`` (each must succeed)."""
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    if args.requests < 500 or args.rounds < 5 or args.requests % CHUNK:
        parser.error(f"the goal is measured with --requests >= 500 (a multiple of {CHUNK}) and --rounds >= 5")

    from ibkr_webapi_client import Client as GeneratedClient
    from ibkr_webapi_client.api.portfolio import get_portfolio_accounts

    unlimited = InProcessPacer(None, {})
    with ExitStack() as stack:
        fake_gw = stack.enter_context(fake_gateway_process("gateway"))
        fake_oa = stack.enter_context(fake_gateway_process("oauth1"))

        raw = stack.enter_context(httpx.Client(base_url=fake_gw.base_url))
        generated = GeneratedClient(base_url=fake_gw.base_url)
        stack.callback(generated.get_httpx_client().close)
        gateway = stack.enter_context(Client(fake_gw.base_url, pacer=unlimited, keepalive_interval=None))
        oauth1 = stack.enter_context(
            Client(settings=Settings.from_env(fake_oa.env), pacer=unlimited, keepalive_interval=None)
        )

        def do_raw() -> None:
            raw.get(PATH).raise_for_status()

        def do_generated() -> None:
            assert get_portfolio_accounts.sync_detailed(client=generated).status_code == 200

        def do_gateway() -> None:
            gateway.run(_flow())

        def do_low_level() -> None:
            assert get_portfolio_accounts.sync_detailed(client=gateway.low_level).status_code == 200

        def do_oauth1() -> None:
            oauth1.run(_flow())

        variants: dict[str, tuple[Callable[[], None], FakeProcess]] = {
            "raw_httpx": (do_raw, fake_gw),
            "generated": (do_generated, fake_gw),
            "client_gateway": (do_gateway, fake_gw),
            "client_low_level": (do_low_level, fake_gw),
            "client_oauth1": (do_oauth1, fake_oa),
        }
        for fn, _ in variants.values():  # warm-up: connections, LST, imports, caches
            _timed(fn, 50)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        server_cpu: dict[str, list[float]] = {name: [] for name in variants}
        client_cpu: dict[str, list[float]] = {name: [] for name in variants}
        names = list(variants)
        for r in range(args.rounds):
            # Each round sends every variant's N requests in interleaved chunks (the order rotates), so a
            # burst of load from elsewhere on the machine hits all variants alike.
            wall = dict.fromkeys(names, 0.0)
            busy = dict.fromkeys(names, 0.0)
            mine = dict.fromkeys(names, 0.0)
            order = names[r % len(names) :] + names[: r % len(names)]
            for _ in range(args.requests // CHUNK):
                for name in order:
                    fn, fake = variants[name]
                    cpu0, own0 = fake.cpu_seconds(), time.process_time()
                    wall[name] += _timed(fn, CHUNK) * CHUNK
                    mine[name] += time.process_time() - own0
                    busy[name] += fake.cpu_seconds() - cpu0
            for name in names:
                samples[name].append(wall[name] / args.requests)
                server_cpu[name].append(busy[name] / args.requests)
                client_cpu[name].append(mine[name] / args.requests)

    title = f"{args.requests} x GET {PATH} over a socket (fakes in child processes)"
    medians = _report(title, samples, args.rounds)
    cpu = {name: statistics.median(values) for name, values in server_cpu.items()}
    own = {name: statistics.median(values) for name, values in client_cpu.items()}
    print("  CPU per request (median):   this process   server process")
    for name in cpu:
        print(f"  {name:18s} {own[name] * 1e6:17.1f} us {cpu[name] * 1e6:13.1f} us")
    base = medians["raw_httpx"]
    verify = max(0.0, cpu["client_oauth1"] - cpu["client_gateway"])
    print(
        f"  OAuth 1.0a server-side extra (signature verification etc.): {verify * 1e6:.1f} us/request "
        f"= {verify / medians['client_oauth1']:.1%} of a client_oauth1 request"
    )
    memory = _report("in-memory transport (client code only)", _in_memory(args), args.rounds)
    print(
        f"RESULT ratio_generated={medians['generated'] / base:.3f} "
        f"ratio_gateway={medians['client_gateway'] / base:.3f} "
        f"ratio_oauth1={medians['client_oauth1'] / base:.3f} "
        f"ratio_oauth1_excl_server_verify={(medians['client_oauth1'] - verify) / base:.3f} "
        f"inmemory_ratio_gateway={memory['client_gateway'] / memory['raw_httpx']:.3f}"
    )


def _report(title: str, samples: dict[str, list[float]], rounds: int) -> dict[str, float]:
    medians = {name: statistics.median(values) for name, values in samples.items()}
    base = medians["raw_httpx"]
    print(f"{title}, {rounds} rounds, median per request:")
    for name, value in medians.items():
        print(f"  {name:18s} {value * 1e6:9.1f} us   x{value / base:.3f}")
    return medians


ACCOUNTS_BODY = b'[{"id":"DU1234567","accountId":"DU1234567","currency":"USD","type":"DEMO"}]'


def _in_memory(args: argparse.Namespace) -> dict[str, list[float]]:
    from ibkr_webapi_client import Client as GeneratedClient
    from ibkr_webapi_client.api.portfolio import get_portfolio_accounts

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=ACCOUNTS_BODY, headers={"content-type": "application/json"})

    base_url = "http://bench/v1/api"
    with ExitStack() as stack:
        raw = stack.enter_context(httpx.Client(base_url=base_url, transport=httpx.MockTransport(answer)))
        generated = GeneratedClient(base_url=base_url).set_httpx_client(raw)
        client = stack.enter_context(
            Client(
                base_url,
                transport=httpx.MockTransport(answer),
                pacer=InProcessPacer(None, {}),
                keepalive_interval=None,
                start_session=False,
            )
        )
        variants: dict[str, Callable[[], Any]] = {
            "raw_httpx": lambda: raw.get(PATH).raise_for_status(),
            "generated": lambda: get_portfolio_accounts.sync_detailed(client=generated),
            "client_gateway": lambda: client.run(_flow()),
        }
        for fn in variants.values():
            _timed(fn, 50)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        names = list(variants)
        for r in range(args.rounds):
            for name in names[r % len(names) :] + names[: r % len(names)]:
                samples[name].append(_timed(variants[name], args.requests * 4))
    return samples


if __name__ == "__main__":
    main()
