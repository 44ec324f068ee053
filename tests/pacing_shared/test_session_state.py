"""Session state shared by processes: the OAuth 1.0a live session token (sealed), keep-alive."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

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
