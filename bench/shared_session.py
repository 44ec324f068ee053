"""Two OAuth 1.0a processes on one consumer, side by side for a minute: how many handshakes?

IBKR keeps one live session token (LST) per consumer: a process that fetches its own invalidates the
token the others sign with. With a shared pacer (``IBKR_PACING_URL=local`` here) the processes share
one sealed LST: one fetches it, the others adopt it, and each renewal is one handshake.

Against a served ``FakeGateway(auth="oauth1")`` (in this process; limits enforced) whose LST lives
``--lifetime`` seconds (20 by default, so it is renewed during the run: the clients renew it
``--renew-margin`` = 5 s before it ends), two client processes x two threads send requests for
``--seconds`` (60). Figures from the fake's own records:

* handshakes: LST handshakes the fake answered; ``expected``: 1 + one per renewal the run needed
  (one every ``lifetime - renew_margin`` seconds of the run); ``racing``: handshakes less than half
  a renewal period after the previous one (two processes renewing at once: must be 0);
* failures: requests that ended in an error in the clients (must be 0); the fake's 401 and 429 counts;
* client CPU per request (``time.process_time`` of the client processes / their requests).

Baseline in the same run (its own fake, ``--baseline-seconds``, 10): the same two processes pacing
alone (``IBKR_PACING_URL=memory``, each at half the global limit, so no 429) and so each with its
own LST, as before the shared state existed.

Last line: ``RESULT handshakes=H expected=E racing=R failures=F ...`` (the shared case).
Usage: ``python bench/shared_session.py [--seconds 60] [--lifetime 20] [--renew-margin 5]``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

OPS = ["search_contracts", "get_marketdata_snapshot"]


def worker(pacing_url: str, seconds: float, global_rate: float) -> None:
    """One client process (settings from the IBKR_* environment): one thread per operation."""
    from ibkr_webapi._flow import Call, Flow
    from ibkr_webapi.client import Client

    def one(call: Call) -> Flow[Any]:
        return (yield call)

    args: dict[str, dict[str, Any]] = {
        "search_contracts": {"symbol": "AAPL"},
        "get_marketdata_snapshot": {"conids": ["265598"], "fields": ["31"]},
    }
    done = 0
    errors: list[str] = []
    lock = threading.Lock()
    print("ready", flush=True)
    sys.stdin.readline()
    cpu0 = time.process_time()
    client: Client | None = None
    stop_at = time.monotonic() + seconds

    def loop(op: str) -> None:
        nonlocal done
        while time.monotonic() < stop_at:
            try:
                assert client is not None
                client.run(one(Call.op(op, **args[op])))
                with lock:
                    done += 1
            except Exception as exc:
                with lock:
                    errors.append(f"{op}: {type(exc).__name__}: {str(exc)[:200]}")

    try:  # opening the session can fail too (a token the other process invalidated)
        client = Client.from_env(
            pacer=pacing_url, global_rate_limit=global_rate or None, keepalive_interval=None
        )
        with client:
            pool = [threading.Thread(target=loop, args=(op,)) for op in OPS]
            for t in pool:
                t.start()
            for t in pool:
                t.join()
    except Exception as exc:
        errors.append(f"session: {type(exc).__name__}: {str(exc)[:200]}")
    cpu = time.process_time() - cpu0
    print(json.dumps({"done": done, "errors": errors[:3], "n_errors": len(errors), "cpu": cpu}), flush=True)


def run_case(
    name: str, pacing_url: str, seconds: float, lifetime: float, renew_margin: float, global_rate: float
) -> dict[str, Any]:
    from ibkr_webapi.testing import FakeGateway
    from ibkr_webapi.testing.__main__ import write_env_file

    gw = FakeGateway(auth="oauth1", enforce_pacing=True, lst_lifetime_s=lifetime)
    with tempfile.TemporaryDirectory(prefix=f"bench-session-{name}-") as tmp, gw.serve() as srv:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}
        for line in write_env_file(gw, srv, Path(tmp)).read_text().splitlines():
            key, _, value = line.partition("=")
            env[key] = value
        env.update(XDG_CACHE_HOME=tmp, IBKR_LST_RENEW_MARGIN=str(renew_margin))
        cmd = [sys.executable, __file__, "--worker", pacing_url, str(seconds), str(global_rate)]
        procs = [
            subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
            for _ in range(2)
        ]
        for p in procs:
            assert p.stdout is not None and p.stdout.readline().strip() == "ready"
        t0 = time.monotonic()
        for p in procs:
            assert p.stdin is not None
            p.stdin.write("go\n")
            p.stdin.flush()
        outputs = [p.communicate(timeout=seconds + 300)[0] for p in procs]
        results = [json.loads(out.strip().splitlines()[-1]) for out in outputs]
        span = time.monotonic() - t0
        snap = gw.counters.snapshot()
        issued = list(gw.authenticator.lst_issued_at)
    period = lifetime - renew_margin
    gaps = [b - a for a, b in itertools.pairwise(issued)]
    figures = {
        "handshakes": len(issued),
        "expected": 1 + int(max(0.0, span - 1.0) // period),  # the first fetch, then one per period
        "racing": sum(1 for g in gaps if g < period / 2),
        "failures": sum(r["n_errors"] for r in results),
        "requests": sum(r["done"] for r in results),
        "http_401": int(snap["statuses"].get("401", 0)),
        "http_429": int(snap["rate_limited"]),
        "cpu_ms_per_request": sum(r["cpu"] for r in results) / max(1, sum(r["done"] for r in results)) * 1e3,
    }
    print(f"\n== {name}: 2 processes x {len(OPS)} threads, one consumer, IBKR_PACING_URL={pacing_url}")
    print(
        f"run {span:.1f} s; LST lifetime {lifetime:g} s, renewed {renew_margin:g} s early: every {period:g} s"
    )
    print("handshakes at (s from start): " + ", ".join(f"{t - t0:.1f}" for t in issued[:20]))
    first = next((r["errors"][0] for r in results if r["errors"]), None)
    print(
        f"handshakes {figures['handshakes']} (expected {figures['expected']}), racing {figures['racing']}; "
        f"requests {figures['requests']}, failures {figures['failures']}"
        + (f" (first: {first})" if first else "")
        + f"; fake: 401 x{figures['http_401']}, 429 x{figures['http_429']}; "
        f"client CPU per request {figures['cpu_ms_per_request']:.2f} ms"
    )
    print(
        f"RESULT case={name} handshakes={figures['handshakes']} expected={figures['expected']} "
        f"racing={figures['racing']} failures={figures['failures']} requests={figures['requests']} "
        f"http_401={figures['http_401']} http_429={figures['http_429']} "
        f"cpu_ms_per_request={figures['cpu_ms_per_request']:.2f}"
    )
    return figures


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        worker(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]))
        return
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="length of the shared run (>= 60)")
    ap.add_argument("--baseline-seconds", type=float, default=10.0)
    ap.add_argument("--lifetime", type=float, default=20.0, help="the fake's LST lifetime (seconds)")
    ap.add_argument("--renew-margin", type=float, default=5.0, help="IBKR_LST_RENEW_MARGIN of the clients")
    args = ap.parse_args()
    print(f"host: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at start")
    from ibkr_webapi_client.operations import GLOBAL_RATE_LIMITS

    g = GLOBAL_RATE_LIMITS["gateway"]
    assert g.requests and g.per_seconds
    half = g.requests / g.per_seconds / 2
    run_case("alone", "memory", args.baseline_seconds, args.lifetime, args.renew_margin, half)
    shared = run_case("local", "local", args.seconds, args.lifetime, args.renew_margin, 0.0)
    print(
        f"RESULT handshakes={shared['handshakes']} expected={shared['expected']} racing={shared['racing']} "
        f"failures={shared['failures']} http_429={shared['http_429']} processes=2 seconds={args.seconds:g}"
    )


if __name__ == "__main__":
    main()
