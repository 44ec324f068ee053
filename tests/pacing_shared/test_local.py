"""The local shared pacer (SQLite in the user's cache directory) across real processes."""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from helpers import max_in_window
from pacer_sim import BENCH_CALLERS, achieved_rate, closed_loop

from ibkr_webapi.pacing import GLOBAL_KEY, Limit
from ibkr_webapi.pacing_shared import make_pacer
from ibkr_webapi.pacing_shared._local import LocalSharedPacer, default_directory
from ibkr_webapi.testing import FakeGateway
from ibkr_webapi_client.operations import OPERATIONS

from .conftest import (
    SOFT_GLOBAL,
    SOFT_LIMITS,
    RunWorkers,
    assert_sends_within_limits,
    check_soft_keys_keep_every_limit,
)

CLI_SEND_LOG = Path(__file__).with_name("cli_send_log.py")


def test_cache_directory_honours_xdg_cache_home(cache_dir: Path) -> None:
    assert default_directory() == cache_dir / "ibkr-webapi" / "shared"
    pacer = make_pacer("local", profile="gateway", scope="abc")
    assert isinstance(pacer, LocalSharedPacer)
    assert pacer.path == cache_dir / "ibkr-webapi" / "shared" / "abc.sqlite3"
    pacer.close()


def test_two_pacers_on_one_file_share_the_windows(cache_dir: Path) -> None:
    """Bookings made through one instance count for the other (as for two processes)."""
    a = LocalSharedPacer(Limit(requests=3, per_seconds=1.0), {}, scope="s")
    b = LocalSharedPacer(Limit(requests=3, per_seconds=1.0), {}, scope="s")
    other = LocalSharedPacer(Limit(requests=3, per_seconds=1.0), {}, scope="other")
    now = a.clock()
    delays = [p.reserve("x", now) for p in (a, b, a, b, a, b)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert all(d > 1.0 for d in delays[3:])
    assert other.reserve("x", now) == 0.0  # another identity paces on its own
    b.backoff(GLOBAL_KEY, now + 100)
    assert a.reserve("y", now) >= 100 - 1e-6
    for p in (a, b, other):
        p.close()


def test_concurrency_slots_are_shared_and_a_dead_process_frees_them(cache_dir: Path) -> None:
    """A process that takes every history slot and dies without releasing them holds nothing."""
    code = (
        "import os; from ibkr_webapi.pacing_shared._local import LocalSharedPacer;"
        "from ibkr_webapi.pacing import Limit;"
        "p = LocalSharedPacer(Limit(requests=100, per_seconds=1.0), {'h': Limit(max_concurrent=2)},"
        " scope='c');"
        "print([p.reserve('h', p.clock()) for _ in range(3)], flush=True); os._exit(0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[0.0, 0.0, -0.02]"  # two slots taken, the third must wait
    pacer = LocalSharedPacer(Limit(requests=100, per_seconds=1.0), {"h": Limit(max_concurrent=2)}, scope="c")
    now = pacer.clock()
    assert [pacer.reserve("h", now) >= 0 for _ in range(3)] == [True, True, False]
    pacer.release("h", now)
    assert pacer.reserve("h", now) >= 0
    pacer.close()


def test_four_processes_share_global_and_per_endpoint_limits(
    cache_dir: Path, served_gateway: tuple[FakeGateway, str], run_workers: RunWorkers
) -> None:
    """Four processes x three threads at once: their sends together keep every limit (checked on the
    pacer's send logs, so a busy host that delays the fake's counting cannot fail it)."""
    gw, base_url = served_gateway
    spec = "search_contracts:8,get_marketdata_snapshot:6,get_fyi_unread_count:2"
    results = run_workers(base_url, "local", [spec] * 4)
    assert sum(r["done"] for r in results) == 4 * 16
    seen = assert_sends_within_limits(results)
    assert seen["get_fyi_unread_count"] == 1
    # Each of the 8 reads succeeded once. The fake counts arrivals on its own clock: on a loaded host
    # two sends spaced by the pacer can arrive bunched, get a 429 and be retried, so the count of
    # every answer may exceed 8 while the count of successes may not.
    assert gw.counters.snapshot()["by_operation_status"]["get_fyi_unread_count 200"] == 8


def test_ten_status_commands_in_a_row_get_no_429(cache_dir: Path, tmp_path: Path) -> None:
    """Ten ``ibkr-webapi status`` runs in a row, each a new process that opens the session and
    tickles: the CLI's default shared pacer (``local``) spaces them as one client, so IBKR would
    refuse none of them (paced alone, each process would tickle within a second of the previous
    run's tickle: runs 2-5 got 429s and the 6th landed in the penalty box). Checked on the sends the
    shared pacer allowed each run, all runs together, on the host's clock; the fake refuses nothing
    (on a loaded host the times it counts arrivals at measure the host, not the pacer) and must have
    seen exactly those sends."""
    gw = FakeGateway(enforce_pacing=False)
    runs = []
    with gw.serve() as srv:
        env = {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}
        env.update(IBKR_BASE_URL=srv.base_url, XDG_CACHE_HOME=str(cache_dir))
        for i in range(10):
            log = tmp_path / f"run-{i}.json"
            proc = subprocess.run(
                [sys.executable, str(CLI_SEND_LOG), str(log), "status", "--json"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert proc.returncode == 0, f"run {i + 1}: {proc.stdout}\n{proc.stderr[-2000:]}"
            runs.append(json.loads(log.read_text()))
    assert [run["pacers"] for run in runs] == [1] * 10  # each run paced through the shared file
    seen = assert_sends_within_limits(runs)
    assert seen["tickle"] == 1  # ten tickles, none within a second of another
    logged = Counter(str(key) for run in runs for key, _ in run["sends"])
    requests = gw.counters.snapshot()["requests"]
    assert {k: v for k, v in requests.items() if v} == dict(logged)  # every request went through it
    assert logged["tickle"] >= 10
    gw.assert_no_server_errors()


def test_a_reserve_past_its_deadline_books_nothing_and_takes_no_slot(cache_dir: Path) -> None:
    pacer = LocalSharedPacer(Limit(requests=1, per_seconds=1.0), {"h": Limit(max_concurrent=1)}, scope="d")
    now = pacer.clock()
    assert pacer.reserve("x", now) == 0.0
    late = pacer.reserve("x", now, deadline=now + 0.5)
    assert late > 0.5
    assert pacer.reserve("x", now) == late  # the refused attempt left no booking behind
    assert pacer.reserve("x", now + 50) == 0.0
    assert pacer.reserve("h", now + 50, deadline=now + 50.1) > 0.1  # the global window is full
    assert pacer.reserve("h", now + 50) >= 0  # ... and it did not keep the only slot
    assert pacer.reserve("h", now + 50) < 0  # (which this one holds now)
    pacer.close()


_OPEN_TOGETHER = """
import sys, time
from pathlib import Path
from ibkr_webapi.pacing_shared._local import _Store
start = float(sys.argv[2])
while time.time() < start:
    pass
for name in sys.argv[3:]:
    _Store(Path(sys.argv[1]) / name)
print("ok")
"""


def test_processes_starting_together_all_open_a_new_shared_file(tmp_path: Path) -> None:
    """The first switch of a new file to WAL is answered "database is locked" at once to the other
    processes racing for it (seen in CI as a ConfigurationError); they retry instead."""
    import time

    names = [f"fresh-{i}.sqlite3" for i in range(6)]
    start = time.time() + 2.0  # every process imported and spinning before the first open
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _OPEN_TOGETHER, str(tmp_path), str(start), *names],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(6)
    ]
    results = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0] * len(procs), [err[-400:] for _, err in results]
    assert all(out.strip() == "ok" for out, _ in results)


class _Waiter:
    def __init__(self) -> None:
        self.woken = 0

    def wake(self) -> None:
        self.woken += 1


def check_slot_waiters(pacer: object) -> None:
    """A caller that gives up waiting for a slot frees nothing (the slot stays its holder's), and a
    slot freed in this process wakes its waiters at once (no poll)."""
    from ibkr_webapi.pacing import Pacer

    assert isinstance(pacer, Pacer)
    clock = pacer.clock  # type: ignore[attr-defined]
    holder, quitter, waiting = _Waiter(), _Waiter(), _Waiter()
    assert pacer.reserve("h", clock(), holder) >= 0
    assert pacer.reserve("h", clock(), quitter) < 0
    pacer.release("h", clock(), quitter)  # gives up while queued
    assert pacer.reserve("h", clock(), waiting) < 0  # the holder still has the only slot
    pacer.release("h", clock(), holder)
    assert waiting.woken == 1 and quitter.woken == 0
    assert pacer.reserve("h", clock(), waiting) >= 0


def test_slot_waiters_of_one_process(cache_dir: Path) -> None:
    pacer = LocalSharedPacer(Limit(requests=100, per_seconds=1.0), {"h": Limit(max_concurrent=1)}, scope="w")
    check_slot_waiters(pacer)
    pacer.close()


def test_a_saturated_mix_keeps_the_global_rate_through_the_shared_file(cache_dir: Path) -> None:
    """The claims of requests held by their own slower limit live in the shared file: two pacers on
    one file (as two processes), each with half the callers of the bench, in simulated time (clock
    values far ahead of the host's, so every decision is taken at the caller's ``now``) keep the
    global rate near the 30 ms margin's ceiling (0.971) and every limit, on every send of both."""
    a = make_pacer("local", profile="gateway", scope="sat")
    b = make_pacer("local", profile="gateway", scope="sat")
    assert isinstance(a, LocalSharedPacer) and isinstance(b, LocalSharedPacer)
    start = a.clock() + 100_000.0

    sends = closed_loop(_Alternating(a, b), BENCH_CALLERS, 30.0, lambda: 0.0005, start=start)
    steady = [t for t, _ in sends if t > start + 3.0]
    assert achieved_rate(steady, 10) / 10 >= 0.96
    assert max_in_window([t for t, _ in sends], 1.0) <= 10
    for op in ("get_live_orders", "get_portfolio_accounts", "get_fyi_unread_count"):
        limit = OPERATIONS[op].rate_limit
        assert limit is not None and limit.requests and limit.per_seconds
        mine = [t for t, o in sends if o == op]
        assert max_in_window(mine, limit.per_seconds) <= limit.requests
        rate = achieved_rate([t for t in mine if t > start + 3.0], limit.requests)
        assert rate / (limit.requests / limit.per_seconds) >= 0.96, op
    a.close()
    b.close()


class _Alternating:
    """Two pacers on one file, asked in turn (as the threads of two processes would be)."""

    def __init__(self, *pacers: LocalSharedPacer) -> None:
        self._pacers = itertools.cycle(pacers)

    def reserve(self, key: str, now: float, waiter: object = None, *, deadline: float | None = None) -> float:
        return next(self._pacers).reserve(key, now, deadline=deadline)

    def confirm(self, key: str, booked: float, now: float) -> float:
        return next(self._pacers).confirm(key, booked, now)

    def sent(self, key: str, at: float, actual: float) -> None:
        next(self._pacers).sent(key, at, actual)

    def release(self, key: str, now: float, waiter: object = None) -> None:
        next(self._pacers).release(key, now)

    def backoff(self, key: str, until: float) -> None:
        next(self._pacers).backoff(key, until)


def test_soft_keys_keep_every_limit_on_the_send_logs(cache_dir: Path) -> None:
    """Keys held by their own slower limit take their global place by a claim when their own turn
    comes; real threads on two pacers (as two processes) never break a limit for it."""
    pacers = [LocalSharedPacer(SOFT_GLOBAL, SOFT_LIMITS, scope="soft") for _ in range(2)]
    try:
        check_soft_keys_keep_every_limit(pacers)
    finally:
        for p in pacers:
            p.close()


def test_a_claim_in_the_shared_file_goes_ahead_of_an_earlier_global_booking(cache_dir: Path) -> None:
    """As in process (tests/client/test_pacing_saturation.py), across two pacers on one file: one
    global slot frees at +1.03 s, booked by a global-only caller; the slow key's own turn comes
    meanwhile and it claims that slot; the global-only caller yields when it wakes."""
    limits = {"slow": Limit(requests=1, per_seconds=5.0)}
    a = LocalSharedPacer(Limit(requests=10, per_seconds=1.0), limits, scope="claim")
    b = LocalSharedPacer(Limit(requests=10, per_seconds=1.0), limits, scope="claim")
    t0 = a.clock() + 100_000.0  # far ahead of the host's clock: every decision is taken at our now
    assert a.reserve("a", t0) == 0.0
    assert [a.reserve("a", t0 + 0.5) for _ in range(9)] == [0.0] * 9
    booked_a = t0 + 0.6 + a.reserve("a", t0 + 0.6)
    booked_slow = t0 + 0.7 + b.reserve("slow", t0 + 0.7)
    assert booked_a == pytest.approx(t0 + 1.03) and booked_slow == pytest.approx(t0 + 1.03)
    assert a.confirm("a", booked_a, booked_a) > 0
    assert b.confirm("slow", booked_slow, booked_slow) == 0.0
    a.close()
    b.close()
