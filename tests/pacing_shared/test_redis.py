"""The Redis pacer against a real redis-server, across real processes."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from ibkr_webapi._exceptions import MissingDependency
from ibkr_webapi.pacing import GLOBAL_KEY, Limit
from ibkr_webapi.pacing_shared import make_pacer
from ibkr_webapi.pacing_shared._redis import RedisPacer
from ibkr_webapi.testing import FakeGateway

from .conftest import (
    SOFT_GLOBAL,
    SOFT_LIMITS,
    RunWorkers,
    assert_sends_within_limits,
    check_soft_keys_keep_every_limit,
)
from .test_local import check_slot_waiters


def test_two_pacers_share_windows_and_back_off(redis_db: str) -> None:
    a = RedisPacer(Limit(requests=3, per_seconds=1.0), {}, url=redis_db, scope="s")
    b = RedisPacer(Limit(requests=3, per_seconds=1.0), {}, url=redis_db, scope="s")
    other = RedisPacer(Limit(requests=3, per_seconds=1.0), {}, url=redis_db, scope="other")
    now = a.clock()
    delays = [p.reserve("x", now) for p in (a, b, a, b, a, b)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert all(d > 1.0 for d in delays[3:])
    assert other.reserve("x", now) == 0.0
    b.backoff(GLOBAL_KEY, b.clock() + 100)
    assert a.reserve("y", a.clock()) > 99
    for p in (a, b, other):
        p.close()


def test_confirm_moves_a_late_booking_behind_real_sends(redis_db: str) -> None:
    """A booking confirmed after the window filled up with real sends is moved, not sent."""
    p = RedisPacer(Limit(requests=2, per_seconds=1.0), {}, url=redis_db, scope="c")
    now = p.clock()
    first = p.reserve("x", now)
    assert first == 0.0
    second = p.reserve("x", now)
    assert second == 0.0
    third = p.reserve("x", now)
    assert third > 1.0
    # the third is confirmed on time: it fits (the first two left a window ago)
    assert p.confirm("x", now + third, now + third) >= 0.0
    p.close()


def test_dead_host_frees_its_concurrency_slots(redis_db: str) -> None:
    """A process that takes both slots and dies holds them only until its heartbeat expires."""
    code = (
        "import os, sys; from ibkr_webapi.pacing_shared._redis import RedisPacer;"
        "from ibkr_webapi.pacing import Limit;"
        "p = RedisPacer(Limit(requests=100, per_seconds=1.0), {'h': Limit(max_concurrent=2)},"
        f" url={redis_db!r}, scope='d', owner_ttl_s=1.0);"
        "print([p.reserve('h', p.clock()) for _ in range(3)], flush=True); os._exit(0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[0.0, 0.0, -0.02]"
    p = RedisPacer(
        Limit(requests=100, per_seconds=1.0), {"h": Limit(max_concurrent=2)}, url=redis_db, scope="d"
    )
    import redis

    with redis.Redis.from_url(redis_db) as r:
        # the dead process's heartbeat (TTL 1 s) expires on the server; its leases then count for nothing
        dead = [k for k in r.keys("*owner:*") if k.decode().rsplit(":", 1)[1] != p.owner]
        assert len(dead) == 1
        for _ in range(600):
            if not r.exists(dead[0]):
                break
            time.sleep(0.05)
        assert not r.exists(dead[0])
    now = p.clock()
    assert [p.reserve("h", now) >= 0 for _ in range(3)] == [True, True, False]
    p.release("h", now)
    assert p.reserve("h", now) >= 0
    p.close()


def test_missing_redis_package_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "redis", None)
    with pytest.raises(MissingDependency, match=r"ibkr-webapi\[redis\]"):
        make_pacer("redis://127.0.0.1:1/0", profile="gateway", scope="x")


def test_two_hosts_of_processes_share_the_limits_through_redis(
    redis_db: str,
    served_gateway: tuple[FakeGateway, str],
    run_workers: RunWorkers,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Two "hosts" (two cache directories: only Redis joins them) x two processes x three threads:
    their sends together keep every limit (the send logs are on the Redis server's clock)."""
    gw, base_url = served_gateway
    spec = "search_contracts:8,get_marketdata_snapshot:6,get_fyi_unread_count:2"
    results: list[dict[str, object]] = []
    hosts = [dict(os.environ, XDG_CACHE_HOME=str(tmp_path_factory.mktemp(f"host{k}"))) for k in range(2)]
    results = run_workers(base_url, redis_db, [spec] * 4, envs=[hosts[0], hosts[0], hosts[1], hosts[1]])
    assert sum(int(str(r["done"])) for r in results) == 4 * 16
    seen = assert_sends_within_limits(results)
    assert seen["get_fyi_unread_count"] == 1
    # Each of the 8 reads succeeded once. The fake counts arrivals on its own clock: on a loaded host
    # two sends spaced by the pacer can arrive bunched, get a 429 and be retried, so the count of
    # every answer may exceed 8 while the count of successes may not.
    assert gw.counters.snapshot()["by_operation_status"]["get_fyi_unread_count 200"] == 8


def test_a_reserve_past_its_deadline_books_nothing_and_takes_no_slot(redis_db: str) -> None:
    pacer = RedisPacer(
        Limit(requests=1, per_seconds=1.0), {"h": Limit(max_concurrent=1)}, url=redis_db, scope="dl"
    )
    now = pacer.clock()
    assert pacer.reserve("x", now) == 0.0
    late = pacer.reserve("x", now, deadline=now + 0.5)
    assert late > 0.5
    again = pacer.reserve("x", now)
    assert abs(again - late) < 0.2  # the refused attempt left no booking behind (one window, not two)
    assert pacer.reserve("h", now, deadline=now + 0.1) > 0.1
    assert pacer.reserve("h", now) >= 0  # ... and it did not keep the only slot
    pacer.close()


def test_slot_waiters_of_one_process(redis_db: str) -> None:
    pacer = RedisPacer(
        Limit(requests=100, per_seconds=1.0), {"h": Limit(max_concurrent=1)}, url=redis_db, scope="w"
    )
    check_slot_waiters(pacer)
    pacer.close()


def test_soft_keys_keep_every_limit_on_the_send_logs(redis_db: str) -> None:
    """Keys held by their own slower limit take their global place by a claim when their own turn
    comes; real threads on two pacers (as two processes) never break a limit for it."""
    pacers = [RedisPacer(SOFT_GLOBAL, SOFT_LIMITS, url=redis_db, scope="soft") for _ in range(2)]
    try:
        check_soft_keys_keep_every_limit(pacers)
    finally:
        for p in pacers:
            p.close()


def test_a_request_held_by_its_own_limit_claims_the_first_free_global_place(redis_db: str) -> None:
    """Two sends 1 s apart fill a 2-per-3-s global window; a global-only caller books the place the
    first frees (+3.03 s). A slow key whose own turn is now claims that same place (the Lua script's
    claim), instead of queueing behind the booking (+1 s later, where the second send frees one)."""
    limits = {"slow": Limit(requests=1, per_seconds=100.0)}
    a = RedisPacer(Limit(requests=2, per_seconds=3.0), limits, url=redis_db, scope="claim")
    b = RedisPacer(Limit(requests=2, per_seconds=3.0), limits, url=redis_db, scope="claim")
    assert a.reserve("a", a.clock()) == 0.0
    time.sleep(1.0)
    assert a.reserve("a", a.clock()) == 0.0
    now = a.clock()
    booked_a = now + a.reserve("a", now)
    now = b.clock()
    booked_slow = now + b.reserve("slow", now)
    assert booked_slow - booked_a < 0.5  # the same place (before claims: ~1 s later)
    a.close()
    b.close()
