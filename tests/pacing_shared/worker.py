"""A client process for the multi-process pacing tests: ``python worker.py BASE_URL PACING_URL SPEC``.

``BASE_URL`` ``env`` builds the client from the ``IBKR_*`` environment instead (OAuth).
``SPEC`` is ``op:count,op:count,...``: one thread per entry, each sending ``count`` requests of ``op``
through one ``Client`` with ``pacer=PACING_URL``. Prints one JSON line (requests done, errors) and
exits 0 when there was no error (``sleep:N`` just lives N seconds; ``WORKER_KEEPALIVE`` sets the
keep-alive interval, default none). The JSON line carries the shared pacer's send log (``sends``: every
send it allowed this process, ``[key, time]`` on the pacer's clock), so a test can check all
processes' sends together against the limits without depending on how late the fake saw them.
It prints ``ready`` once imported and waits for a line on stdin
before it starts, so that the processes start together and the imports do not overlap the requests.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any

from ibkr_webapi._flow import Call, Flow
from ibkr_webapi.client import Client

ARGS: dict[str, dict[str, Any]] = {
    "search_contracts": {"symbol": "AAPL"},
    "get_marketdata_snapshot": {"conids": ["265598"], "fields": ["31"]},
}


def one(call: Call) -> Flow[Any]:
    return (yield call)


def main() -> int:
    base_url, pacing_url, spec = sys.argv[1:4]
    jobs = [(op, int(n)) for op, _, n in (part.partition(":") for part in spec.split(","))]
    done = 0
    errors: list[str] = []
    lock = threading.Lock()
    print("ready", flush=True)
    sys.stdin.readline()
    keepalive = float(os.environ.get("WORKER_KEEPALIVE", "0")) or None
    client = (
        Client.from_env(pacer=pacing_url, keepalive_interval=keepalive)
        if base_url == "env"  # IBKR_* settings from the environment (OAuth)
        else Client(base_url, pacer=pacing_url, keepalive_interval=keepalive)
    )
    sends: list[tuple[str, float]] = []
    client.pacer.send_log = sends  # type: ignore[attr-defined]  # a shared pacer (local, redis://)
    with client:

        def work(op: str, count: int) -> None:
            nonlocal done
            if op == "sleep":  # just live (the keep-alive runs) for count seconds
                time.sleep(count)
                return
            for _ in range(count):
                try:
                    client.run(one(Call.op(op, **ARGS.get(op, {}))))
                    with lock:
                        done += 1
                except Exception as exc:
                    with lock:
                        errors.append(f"{op}: {type(exc).__name__}: {exc}")

        threads = [threading.Thread(target=work, args=job) for job in jobs]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    print(json.dumps({"done": done, "errors": errors, "sends": sends}), flush=True)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
