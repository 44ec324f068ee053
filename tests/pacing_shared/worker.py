"""A client process for the multi-process pacing tests: ``python worker.py BASE_URL PACING_URL SPEC``.

``BASE_URL`` ``env`` builds the client from the ``IBKR_*`` environment instead (OAuth).
``SPEC`` is ``op:count,op:count,...``: one thread per entry, each sending ``count`` requests of ``op``
through one ``Client`` with ``pacer=PACING_URL`` (``op:loop`` sends until a ``stop`` line on stdin;
``sleep:N`` just lives N seconds, ``live:0`` until ``stop``). ``WORKER_KEEPALIVE`` sets the
keep-alive interval (default none); ``WORKER_BEAT_LOG=path`` logs every keep-alive turn there (on
the shared store's clock).

Prints one JSON line and exits 0 when there was no error. The line carries the requests done, the
errors and the shared pacer's send log (``sends``: every send it allowed this process, ``[key, time]``
on the pacer's clock), so a test can check all processes' sends together against the limits without
depending on how late the fake saw them. It prints ``ready`` once imported and waits for a line on
stdin before it starts, so that the processes start together and the imports do not overlap the
requests.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from ibkr_webapi._flow import Call, Flow
from ibkr_webapi.client import Client

ARGS: dict[str, dict[str, Any]] = {
    "search_contracts": {"symbol": "AAPL"},
    "get_marketdata_snapshot": {"conids": ["265598"], "fields": ["31"]},
}


def one(call: Call) -> Flow[Any]:
    return (yield call)


def _turn_clock(pacing_url: str) -> Callable[[], float]:
    """The clock the shared keep-alive claim lapses on: the host's monotonic clock for the local
    store, the Redis server's clock (``TIME``, read on a connection of its own) for Redis."""
    if not pacing_url.startswith(("redis://", "rediss://", "unix://")):
        return time.monotonic
    import redis

    server = redis.Redis.from_url(pacing_url)

    def server_time() -> float:
        seconds, micros = server.time()
        return float(seconds) + float(micros) / 1e6

    return server_time


def _log_beats(path: str, pacing_url: str) -> None:
    """Append every keep-alive turn of this process to ``path``, one JSON line written at once:
    ``{"t0", "t1", "tickle", "owner"}``: the turn (its claim) happened between ``t0`` and ``t1`` on the
    clock of the shared store (see :func:`_turn_clock`); ``owner`` is this process's identity in the
    shared state. ``t0`` is read inside the turn and the next turn starts a keep-alive period after
    this one ended, so the ``t0`` of successive turns are at least a period apart on that clock."""
    from ibkr_webapi.pacing_shared import _keepalive

    turn = _keepalive.SharedBeat.turn
    clock = _turn_clock(pacing_url)
    out = open(path, "a", buffering=1)  # noqa: SIM115 - lives as long as the process

    def logged(self: _keepalive.SharedBeat) -> _keepalive.Turn:
        t0 = clock()
        result = turn(self)
        entry = {"t0": t0, "t1": clock(), "tickle": result.tickle, "owner": self._state.owner}
        out.write(json.dumps(entry) + "\n")
        return result

    _keepalive.SharedBeat.turn = logged  # type: ignore[method-assign]


def main() -> int:
    base_url, pacing_url, spec = sys.argv[1:4]
    jobs = [
        (op, -1 if n == "loop" else int(n)) for op, _, n in (part.partition(":") for part in spec.split(","))
    ]
    done = 0
    errors: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    if os.environ.get("WORKER_BEAT_LOG"):
        _log_beats(os.environ["WORKER_BEAT_LOG"], pacing_url)
    print("ready", flush=True)
    sys.stdin.readline()

    def watch_stdin() -> None:  # "stop" (or the end of stdin) ends the ``loop`` and ``live`` jobs
        for line in sys.stdin:
            if line.strip() == "stop":
                break
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
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
            if op == "live":  # just live (the keep-alive runs) until told to stop
                stop.wait()
                return
            sent = 0
            while sent != count and not (count < 0 and stop.is_set()):
                sent += 1
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
