"""Session state shared by processes: the OAuth 1.0a live session token (sealed), keep-alive."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ibkr_webapi._flow import Flow
from ibkr_webapi.client import Client
from ibkr_webapi.pacing import Limit
from ibkr_webapi.pacing_shared._local import LocalSharedPacer
from ibkr_webapi.pacing_shared._lst import RECORD_NAME, SealedTokenStore, SharedToken
from ibkr_webapi.testing import FakeGateway
from ibkr_webapi.testing.__main__ import write_env_file

from .conftest import RunWorkers


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
    snap = gw.counters.snapshot()
    assert snap["statuses"].get("401", 0) == 0
    assert snap["rate_limited"] == 0
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
    cache_dir: Path, served_gateway: tuple[FakeGateway, str], run_workers: RunWorkers
) -> None:
    """Three processes living 9 s with a 1.5 s keep-alive: about 6 keep-alive tickles between them
    (one per interval, whoever's turn it is), not 6 each."""
    gw, base_url = served_gateway
    env = dict(os.environ, WORKER_KEEPALIVE="1.5")
    run_workers(base_url, "local", ["sleep:9"] * 3, env)
    snap = gw.counters.snapshot()
    keepalive_tickles = snap["requests"]["tickle"] - 3  # each start() tickles once
    assert 1 <= keepalive_tickles <= 9 / 1.5 + 2
    assert snap["rate_limited"] == 0


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


def test_renewals_of_the_shared_live_session_token_never_race(
    tmp_path: Path, run_workers: RunWorkers
) -> None:
    """A short-lived LST (renewed every ~3 s): two processes renew it one at a time and adopt each
    other's token. A request in flight when the token rotates may meet a 401 (IBKR keeps one token
    per consumer); it adopts the new token and succeeds, with no handshake of its own."""
    gw = FakeGateway(auth="oauth1", enforce_pacing=True, lst_lifetime_s=303.0)
    with gw.serve() as srv:
        env = _oauth_env(gw, srv, tmp_path, tmp_path / "cache")
        env["IBKR_LST_RENEW_MARGIN"] = "300"
        results = run_workers("env", "local", ["get_fyi_unread_count:5,search_contracts:5"] * 2, env)
    assert [r["done"] for r in results] == [10, 10]
    issued = gw.authenticator.lst_issued
    assert issued >= 2  # it was renewed (the run outlives one token)
    # a rotation catches at most the requests in flight (four threads)
    assert gw.counters.snapshot()["statuses"].get("401", 0) <= 4 * (issued - 1)
    gw.assert_no_server_errors()
