"""Market-data snapshots of 500 conids: cold (pre-flight) and warm, against the raw requests they need.

The fake gateway runs in a child process (IBKR's pre-flight: the first request for a conid only opens
the subscription, later ones carry values). This process runs ``Client`` and, as the baseline, raw
``httpx`` + ``json.loads`` sending the same batched requests (100 conids each) the snapshot needs when
warm. Pacing is off on both sides (the fake does not enforce limits, the client's pacer is unlimited):
500 conids take 10 requests cold, and IBKR's 10/s limits would otherwise make the pacer, not the
snapshot code, the measured figure.

* cold: ``unsubscribe_all`` then ``snapshot(500 conids)``: the pre-flight round, then repeats until the
  values are there. There is no fixed poll floor: the first repeat follows after 20 ms.
* warm: ``snapshot`` of the same conids again (one round of 5 requests), vs the 5 raw requests.

Rounds interleave; medians. Client CPU per snapshot (``time.process_time``) is the headline for warm,
wall time beside it; cold is reported in wall milliseconds (it is dominated by waiting for the values).

Usage: python bench/snapshot.py [--rounds 15]
Last line: ``RESULT cold_ms=N cold_rounds=R warm_cpu_ratio=R warm_wall_ratio=R``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

import httpx

from ibkr_webapi import Client
from ibkr_webapi.fields import Field
from ibkr_webapi.pacing import unlimited_pacer

CONIDS = 500
FIELDS = [Field.LAST, Field.BID, Field.ASK]


def serve() -> None:
    """Child process: a fake gateway (pacing enforced) until stdin closes."""
    from ibkr_webapi.testing import FakeGateway

    gw = FakeGateway(enforce_pacing=False)
    with gw.serve() as srv:
        conids = sorted(gw.state.universe.by_conid)[:CONIDS]
        print(json.dumps({"base_url": srv.base_url, "conids": conids}), flush=True)
        sys.stdin.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    child = subprocess.Popen(
        [sys.executable, __file__, "--serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        info = json.loads(child.stdout.readline())
        conids: list[int] = info["conids"]
        if len(conids) < CONIDS:
            raise SystemExit(f"the fake has only {len(conids)} instruments")
        fields = ",".join(f.value for f in FIELDS)
        batches = [",".join(map(str, conids[i : i + 100])) for i in range(0, CONIDS, 100)]
        cold_ms: list[float] = []
        cold_rounds: list[int] = []
        warm_cpu: list[float] = []
        warm_wall: list[float] = []
        raw_cpu: list[float] = []
        raw_wall: list[float] = []
        with (
            Client(info["base_url"], pacer=unlimited_pacer()) as client,
            httpx.Client(base_url=info["base_url"]) as raw,
        ):
            md = client.marketdata

            def do_raw() -> None:
                for conid_list in batches:
                    r = raw.get(
                        "/iserver/marketdata/snapshot", params={"conids": conid_list, "fields": fields}
                    )
                    r.raise_for_status()
                    json.loads(r.content)

            for r in range(args.rounds):
                md.unsubscribe_all()
                w0 = time.perf_counter()
                cold = md.snapshot(conids, FIELDS)
                cold_ms.append((time.perf_counter() - w0) * 1e3)
                cold_rounds.append(cold.rounds)
                assert cold.complete, cold.missing
                steps = [("warm", lambda: md.snapshot(conids, FIELDS)), ("raw", do_raw)]
                for name, fn in steps if r % 2 else steps[::-1]:
                    c0, w0 = time.process_time(), time.perf_counter()
                    fn()
                    cpu, wall = time.process_time() - c0, time.perf_counter() - w0
                    (warm_cpu if name == "warm" else raw_cpu).append(cpu)
                    (warm_wall if name == "warm" else raw_wall).append(wall)
    finally:
        if child.stdin:
            child.stdin.close()
        child.wait(10)
    med = statistics.median
    print(f"{CONIDS} conids x {len(FIELDS)} fields, {args.rounds} rounds, medians:")
    print(f"  cold snapshot      {med(cold_ms):8.1f} ms wall   rounds {med(cold_rounds):.0f}")
    print(f"  warm snapshot      {med(warm_cpu) * 1e3:8.2f} ms CPU   {med(warm_wall) * 1e3:8.2f} ms wall")
    print(f"  raw 5 requests     {med(raw_cpu) * 1e3:8.2f} ms CPU   {med(raw_wall) * 1e3:8.2f} ms wall")
    print(
        f"RESULT cold_ms={med(cold_ms):.1f} cold_rounds={med(cold_rounds):.0f} "
        f"warm_cpu_ratio={med(warm_cpu) / med(raw_cpu):.3f} "
        f"warm_wall_ratio={med(warm_wall) / med(raw_wall):.3f}"
    )


if __name__ == "__main__":
    if sys.argv[1:] == ["--serve"]:
        serve()
    else:
        main()
