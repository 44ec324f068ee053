"""Session state shared by processes: the OAuth 1.0a live session token (sealed), keep-alive."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import wait_until

from ibkr_webapi._flow import Flow
from ibkr_webapi.client import Client
from ibkr_webapi.pacing import Limit
from ibkr_webapi.pacing_shared import scope_for
from ibkr_webapi.pacing_shared._keepalive import CHECKS_PER_INTERVAL, CLAIM_NAME
from ibkr_webapi.pacing_shared._local import LocalSharedPacer, default_directory
from ibkr_webapi.pacing_shared._lst import RECORD_NAME, SealedTokenStore, SharedToken
from ibkr_webapi.testing import FakeGateway
from ibkr_webapi.testing.__main__ import write_env_file

from .conftest import RunWorkers, Workers, assert_sends_within_limits


def _oauth_env(gw: FakeGateway, srv: object, directory: Path, cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}
    for line in write_env_file(gw, srv, directory).read_text().splitlines():  # type: ignore[arg-type]
        name, _, value = line.partition("=")
        env[name] = value
    env["XDG_CACHE_HOME"] = str(cache)
    return env


@pytest.mark.parametrize("backend", ["local", "redis"])
def test_two_oauth1_processes_share_one_live_session_token(
    backend: str, tmp_path: Path, run_workers: RunWorkers, request: pytest.FixtureRequest
) -> None:
    """Two processes of one consumer side by side: one LST handshake between them, no 401."""
    pacing_url = "local" if backend == "local" else request.getfixturevalue("redis_db")
    gw = FakeGateway(auth="oauth1", enforce_pacing=True)
    with gw.serve() as srv:
        env = _oauth_env(gw, srv, tmp_path, tmp_path / "cache")
        results = run_workers("env", pacing_url, ["search_contracts:15,get_marketdata_snapshot:15"] * 2, env)
    assert [r["done"] for r in results] == [30, 30]
    assert gw.authenticator.lst_issued == 1
    assert gw.counters.snapshot()["statuses"].get("401", 0) == 0
    assert_sends_within_limits(results, profile="oauth")
    gw.assert_no_server_errors()


def test_the_shared_token_is_sealed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The stored record never holds the token in clear; other credentials cannot open it."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pacer = LocalSharedPacer(Limit(requests=10, per_seconds=1.0), {}, scope="lst")
    token = "c2VjcmV0LWxpdmUtc2Vzc2lvbi10b2tlbi12YWx1ZQ=="
    SealedTokenStore(pacer.state, "prepend-of-this-consumer", "lst").store(SharedToken(token, 4e9))
    blob = pacer.state.get(RECORD_NAME)
    assert blob is not None and token.encode() not in blob
    assert token.encode() not in pacer.path.read_bytes()
    for wal in tmp_path.rglob("*-wal"):
        assert token.encode() not in wal.read_bytes()
    opened = SealedTokenStore(pacer.state, "prepend-of-this-consumer", "lst").load()
    assert opened == SharedToken(token, 4e9)
    assert SealedTokenStore(pacer.state, "another-consumer", "lst").load() is None
    assert SealedTokenStore(pacer.state, "prepend-of-this-consumer", "other-scope").load() is None
    pacer.close()


def test_processes_of_one_session_share_one_keepalive(
    cache_dir: Path, served_gateway: tuple[FakeGateway, str], workers: Workers, tmp_path: Path
) -> None:
    """Three processes with a 1.2 s keep-alive: one beat per interval between them (whoever's turn
    it is), not one each. Checked on their turn logs: any two beats claimed, by any processes, are
    a claim period apart (three processes beating alone would claim at once)."""
    gw, base_url = served_gateway
    interval = 1.2
    claim_period = interval - interval / CHECKS_PER_INTERVAL / 2  # see SharedBeat.turn
    logs = [tmp_path / f"beats-{k}.jsonl" for k in range(3)]
    envs = [dict(os.environ, WORKER_KEEPALIVE=str(interval), WORKER_BEAT_LOG=str(log)) for log in logs]
    procs = workers.start(base_url, "local", ["live:0"] * 3, envs=envs)
    wait_until(lambda: sum(e["tickle"] for log in logs for e in _beats(log)) >= 5, "five beats")
    Workers.finish(procs)
    beats = [e for log in logs for e in _beats(log) if e["tickle"]]
    for k, a in enumerate(beats):
        for b in beats[k + 1 :]:  # some claim times within the two turns are a claim period apart
            assert max(b["t1"] - a["t0"], a["t1"] - b["t0"]) >= claim_period, (a, b)
    # each start() tickles once, then each beat (closing may cut off each process's last one)
    assert gw.counters.snapshot()["requests"]["tickle"] >= 3 + len(beats) - 3


def test_a_session_re_established_by_one_process_is_seen_by_the_other(
    cache_dir: Path, served_gateway: tuple[FakeGateway, str]
) -> None:
    """The session expires; the process whose turn it is re-opens it (one ssodh/init); the other
    re-applies its per-session state (its on_reestablished hook) once, without opening it again."""
    gw, base_url = served_gateway
    hooks = {"a": 0, "b": 0}

    def hook(name: str) -> Callable[[], Flow[None]]:
        def flow() -> Flow[None]:
            hooks[name] += 1
            return
            yield

        return flow

    # two pacers on one file: what two processes see (each its own connection and owner)
    a = Client(base_url, pacer="local", keepalive_interval=1.2)
    b = Client(base_url, pacer="local", keepalive_interval=1.2)
    try:
        a.session.on_reestablished(hook("a"))
        b.session.on_reestablished(hook("b"))
        inits = gw.counters.snapshot()["requests"].get("init_brokerage_session", 0)
        gw.faults.expire_session()
        for _ in range(600):
            if hooks["a"] and hooks["b"]:
                break
            time.sleep(0.05)
        tickles = gw.counters.snapshot()["requests"]["tickle"]
        for _ in range(600):  # two more keep-alive beats: nobody re-applies again
            if gw.counters.snapshot()["requests"]["tickle"] >= tickles + 2:
                break
            time.sleep(0.05)
        assert hooks == {"a": 1, "b": 1}
        assert gw.counters.snapshot()["requests"]["init_brokerage_session"] == inits + 1
    finally:
        a.close()
        b.close()


def _ok(gw: FakeGateway, op: str) -> int:
    return int(gw.counters.snapshot()["by_operation_status"].get(f"{op} 200", 0))


@pytest.mark.parametrize("backend", ["local", "redis"])
def test_renewals_of_the_shared_live_session_token_never_race(
    backend: str, tmp_path: Path, workers: Workers, request: pytest.FixtureRequest
) -> None:
    """Two processes of one consumer send all along while the fake's clock passes the live session
    token's lifetime three times. Each time exactly one handshake renews it (IBKR keeps one token per
    consumer: two racing handshakes would invalidate each other); the other process adopts the new
    token, and the one request of each process that met the expiry gets one 401 and then succeeds.
    Renewals come from the fake's clock only (the token's real lifetime outlasts the test)."""
    pacing_url = "local" if backend == "local" else request.getfixturevalue("redis_db")
    lifetime = 200.0  # gateway seconds; the idle session timeout (300) is longer than each jump
    gw = FakeGateway(auth="oauth1", enforce_pacing=True, lst_lifetime_s=lifetime)
    ops = ["search_contracts", "get_marketdata_snapshot"]
    rounds = 3
    with gw.serve() as srv:
        env = _oauth_env(gw, srv, tmp_path, tmp_path / "cache")
        env["IBKR_LST_RENEW_MARGIN"] = "10"
        procs = workers.start("env", pacing_url, [f"{op}:loop" for op in ops], env=env)
        wait_until(lambda: all(_ok(gw, op) >= 2 for op in ops), "both processes sending")
        assert gw.authenticator.lst_issued == 1  # the first token: one handshake for both
        for _ in range(rounds):
            issued = gw.authenticator.lst_issued
            gw.advance_time(lifetime + 1)
            wait_until(lambda: gw.authenticator.lst_issued > issued, "a renewal")  # noqa: B023
            done = {op: _ok(gw, op) for op in ops}
            # two more answers each: both processes are past the renewal
            wait_until(lambda: all(_ok(gw, op) >= done[op] + 2 for op in ops), "both renewed")  # noqa: B023
        results = workers.finish(procs)
    assert [r["errors"] for r in results] == [[], []]
    assert gw.authenticator.lst_issued == 1 + rounds
    assert gw.counters.snapshot()["statuses"].get("401", 0) <= len(ops) * rounds
    gw.assert_no_server_errors()


def _beats(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.endswith("}")]


def test_when_the_keeper_dies_another_process_takes_over_the_keepalive(
    cache_dir: Path, served_gateway: tuple[FakeGateway, str], workers: Workers, tmp_path: Path
) -> None:
    """Two processes keep one session alive; the keeper (the one that claimed the latest beat) is
    killed (SIGKILL) right after its claim. The other tickles at the first of its turns that finds
    the dead keeper's claim lapsed, and that claim lapses less than one interval after the keeper's
    last beat: so the session goes at most about one interval without a tickle. Checked on the claim
    record and the processes' turn logs (events on one clock), not on how long anything took."""
    gw, base_url = served_gateway
    takeover = _Takeover(gw, base_url, "local", workers, tmp_path)
    path = default_directory() / f"{scope_for('gateway', base_url, None)}.sqlite3"
    killed_at = takeover.kill_keeper(time.monotonic)
    with contextlib.closing(sqlite3.connect(path)) as db:
        owner, expires = db.execute("SELECT owner, expires FROM kv WHERE name='keepalive'").fetchone()
    if owner == takeover.dead_owner:
        lapses = float(expires)
    else:  # the other already took over: the claim lapsed, at the latest a claim period after the last
        lapses = takeover.last_dead_claim() + takeover.claim_period
    assert (
        lapses < killed_at + takeover.claim_period
    )  # the claim outlives its keeper by less than an interval
    takeover.check(killed_at, lapses, resolution=1e-6)  # float rounding of the stored expiry


def test_when_the_keeper_dies_another_process_takes_over_the_keepalive_through_redis(
    redis_db: str, served_gateway: tuple[FakeGateway, str], workers: Workers, tmp_path: Path
) -> None:
    """The same with the shared state in Redis: the keep-alive claim is a key with a time to live,
    which lapses on the Redis server's clock, so the turn logs, the kill and the claim are all read
    on that clock (``TIME``; the claim's owner and ``PTTL`` read atomically with it). The dead
    keeper's claim lapses by itself (nothing of it is left to release it) less than a claim period
    after its last beat; the other process takes over at the first of its turns that finds it
    lapsed, so at most one interval's worth of its turns pass between the kill and the takeover; no
    two beats, of either process, are ever claimed less than a claim period apart (one keeper at a
    time)."""
    import redis

    gw, base_url = served_gateway
    server = redis.Redis.from_url(redis_db)
    read_claim = server.register_script(_READ_CLAIM)
    takeover = _Takeover(gw, base_url, redis_db, workers, tmp_path)
    keys: list[bytes] = []
    wait_until(lambda: bool(keys.extend(server.keys(f"*{CLAIM_NAME}")) or keys), "the claim's key")

    def server_time() -> float:
        seconds, micros = server.time()
        return float(seconds) + float(micros) / 1e6

    killed_at = takeover.kill_keeper(server_time)
    seconds, micros, owner, pttl = read_claim(keys=keys[:1])
    if owner is not None and owner.decode() == takeover.dead_owner:
        # read after the kill: the dead keeper's claim
        assert 0 < pttl <= takeover.claim_period * 1000  # it lapses by itself, within a claim period
        lapses = float(seconds) + float(micros) / 1e6 + (pttl + 1) / 1000  # live through its last ms
    else:  # lapsed already (and perhaps taken over): at the latest a claim period after the last beat
        lapses = takeover.last_dead_claim() + takeover.claim_period + REDIS_RESOLUTION_S
    server.close()
    takeover.check(killed_at, lapses, resolution=REDIS_RESOLUTION_S)


REDIS_RESOLUTION_S = 0.002
"""Redis keeps expiries in whole milliseconds (``PX`` truncated, the key live through its expiry's
millisecond), while ``TIME`` has microseconds: claim periods read from the turn logs may look up to
this much shorter or longer. A clock resolution, not a timing margin."""

_READ_CLAIM = """
local t = redis.call('TIME')
return {t[1], t[2], redis.call('GET', KEYS[1]), redis.call('PTTL', KEYS[1])}
"""


class _Takeover:
    """The scenario of the two takeover tests. A keeps the session alive alone with a 2 s keep-alive,
    then B starts beside it; :meth:`kill_keeper` kills whichever of them claimed the latest beat,
    right after that claim (turns of the two processes keep their phases, so one of them may win
    every claim for a long while: waiting for a given one would take as long); :meth:`check` checks
    the survivor's takeover on the turn logs (``t0``/``t1`` on the clock the claim lapses on).

    The interval is longer than a second so that the claim alone spaces the beats: with a shorter
    one, IBKR's 1 tickle per second (which the shared pacer keeps) would hold every beat at least a
    second apart, longer than the claim period, and a claim that let every turn tickle would pass."""

    interval = 2.0
    claim_period = interval - interval / CHECKS_PER_INTERVAL / 2  # see SharedBeat.turn

    def __init__(
        self, gw: FakeGateway, base_url: str, pacing_url: str, workers: Workers, tmp_path: Path
    ) -> None:
        self.gw = gw
        env = dict(os.environ, WORKER_KEEPALIVE=str(self.interval))
        self.logs = [tmp_path / "a.jsonl", tmp_path / "b.jsonl"]
        (a,) = workers.start(
            base_url, pacing_url, ["live:0"], env={**env, "WORKER_BEAT_LOG": str(self.logs[0])}
        )
        wait_until(lambda: self._claims(0) >= 2, "A keeping the session alive")
        (b,) = workers.start(
            base_url, pacing_url, ["live:0"], env={**env, "WORKER_BEAT_LOG": str(self.logs[1])}
        )
        wait_until(lambda: len(_beats(self.logs[1])) >= 2, "B's keep-alive turns")
        self.procs = [a, b]
        self.dead = 0
        self.dead_owner = ""
        self.tickles_at_kill = 0

    def _claims(self, k: int) -> int:
        return sum(e["tickle"] for e in _beats(self.logs[k]))

    def kill_keeper(self, clock: Callable[[], float]) -> float:
        """Kill the process that claims the next beat, right after its claim; the time after its
        death on ``clock``."""
        claimed = self._claims(0) + self._claims(1)
        wait_until(lambda: self._claims(0) + self._claims(1) > claimed, "a beat claimed")
        latest = [max((e["t1"] for e in _beats(log) if e["tickle"]), default=0.0) for log in self.logs]
        self.dead = latest.index(max(latest))
        self.procs[self.dead].send_signal(signal.SIGKILL)
        self.procs[self.dead].wait(timeout=60)
        killed_at = clock()
        self.dead_owner = str(_beats(self.logs[self.dead])[0]["owner"])
        self.tickles_at_kill = self.gw.counters.snapshot()["requests"]["tickle"]
        return killed_at

    def last_dead_claim(self) -> float:
        return max(e["t1"] for e in _beats(self.logs[self.dead]) if e["tickle"])

    def check(self, killed_at: float, lapses_at: float, resolution: float) -> None:
        """The survivor takes over, at its first turn after the dead keeper's claim lapsed, and the
        beats of both processes were never closer than a claim period."""
        log = self.logs[1 - self.dead]
        wait_until(lambda: any(e["tickle"] and e["t1"] > killed_at for e in _beats(log)), "the takeover")
        Workers.finish([self.procs[1 - self.dead]])
        after = [e for e in _beats(log) if e["t1"] > killed_at]
        # Every turn of the survivor after the kill that did not tickle found a claim still valid (the
        # dead keeper's, or its own from its last beat, each lasting a claim period): it never lets a
        # lapsed beat pass.
        lapses = [lapses_at]
        for e in after:
            if e["tickle"]:
                lapses.append(e["t1"] + self.claim_period + resolution)
            else:
                assert e["t0"] < max(lapses), (e, lapses)
        # It takes over at the first turn after the claim lapsed: the t0 of its turns are at least a
        # keep-alive period apart (each is read inside a turn, and the next turn starts a period after
        # this one ended) and the failed ones all began before the claim lapsed, less than a claim
        # period (3.5 periods) after the kill: at most one interval's worth of them.
        first = next(i for i, e in enumerate(after) if e["tickle"])
        assert sum(e["t0"] > killed_at for e in after[:first]) <= CHECKS_PER_INTERVAL
        # one keeper at a time: any two beats claimed, by either process, are a claim period apart
        beats = [e for log in self.logs for e in _beats(log) if e["tickle"]]
        for k, a in enumerate(beats):
            for b in beats[k + 1 :]:
                assert max(b["t1"] - a["t0"], a["t1"] - b["t0"]) >= self.claim_period - resolution, (a, b)
        # the fake saw the survivor's tickles (the last may have been cut off when it closed)
        survivor_tickles = sum(e["tickle"] for e in after)
        assert (
            self.gw.counters.snapshot()["requests"]["tickle"] - self.tickles_at_kill
            >= survivor_tickles - 1
            >= 0
        )
