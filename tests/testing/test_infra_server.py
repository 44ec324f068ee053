"""Serving for real: uvicorn on 127.0.0.1, TLS verified with the CA bundle, clean shutdown, CLI."""

from __future__ import annotations

import os
import re
import signal
import ssl
import subprocess
import sys
import threading

import httpx
import pytest
from starlette.routing import Route


def _server_threads(srv=None) -> list[threading.Thread]:
    """This server's thread (other tests' session-scoped servers may be running too)."""
    name = f"fake-gateway-{srv.port}" if srv is not None else "fake-gateway-"
    return [t for t in threading.enumerate() if t.name.startswith(name)]


def test_serve_sync_answers_and_leaves_no_thread(make_gateway):
    gw = make_gateway()
    with gw.serve() as srv:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/v1/api", srv.base_url)
        assert srv.ws_url.startswith("ws://127.0.0.1:") and srv.ca_bundle is None
        assert httpx.get(srv.base_url + "/iserver/auth/status").json()["connected"] is True
        assert _server_threads(srv)
    assert not _server_threads(srv)
    with pytest.raises(httpx.ConnectError):
        httpx.get(srv.base_url + "/iserver/auth/status")


async def test_serve_async_context_manager(make_gateway):
    gw = make_gateway()
    async with gw.serve() as srv, httpx.AsyncClient(base_url=srv.base_url) as client:
        assert (await client.post("/tickle")).status_code == 200
    assert not _server_threads(srv)


def test_tls_is_verified_with_the_ca_bundle(make_gateway):
    gw = make_gateway(tls=True)
    with gw.serve() as srv:
        assert srv.base_url.startswith("https://127.0.0.1:") and srv.ws_url.startswith("wss://")
        context = ssl.create_default_context(cafile=srv.ca_bundle)
        with httpx.Client(base_url=srv.base_url, verify=context) as client:
            assert client.get("/iserver/auth/status").status_code == 200
        with pytest.raises(httpx.ConnectError):  # system trust does not know the fake's CA
            httpx.get(srv.base_url + "/iserver/auth/status")
        localhost = srv.base_url.replace("127.0.0.1", "localhost")
        with httpx.Client(verify=context) as client:
            assert client.get(localhost + "/iserver/auth/status").status_code == 200
    assert not _server_threads(srv)


async def test_unknown_paths_are_404_json(make_gateway, client_for):
    gw = make_gateway()
    async with client_for(gw) as client:
        response = await client.get("/no/such/thing")
        assert response.status_code == 404
        assert response.json()["error"].startswith("not found")
        response = await client.get("http://fake/elsewhere")
        assert response.status_code == 404 and "error" in response.json()


async def test_handler_crash_is_a_500_json_and_recorded(make_gateway, client_for):
    gw = make_gateway()

    async def boom(request):
        raise RuntimeError("kaboom")

    gw.app.router.routes.insert(0, Route("/boom", boom))
    async with client_for(gw) as client:
        response = await client.get("http://fake/boom")
    assert response.status_code == 500
    assert response.json()["error"] == "fake gateway bug: RuntimeError: kaboom"
    with pytest.raises(AssertionError, match="kaboom"):
        gw.assert_no_server_errors()
    gw.counters.reset()


async def test_spec_validation_answers_400_before_handlers(make_gateway, client_for, open_brokerage):
    gw = make_gateway(enforce_pacing=False)
    async with client_for(gw) as client:
        await open_brokerage(client)
        response = await client.get("/iserver/marketdata/snapshot", params={"fields": "31"})
        assert response.status_code == 400
        assert "conids" in response.json()["error"]
        response = await client.post(
            "/iserver/auth/ssodh/init", content=b"{not json", headers={"content-type": "application/json"}
        )
        assert response.status_code == 400


async def test_canned_answers_for_account_management(make_gateway):
    gw = make_gateway(auth="oauth2", enforce_pacing=False)
    assert gw.canned is not None
    status, body = gw.canned.answer_for("am_list_accounts")
    assert status == 200 and isinstance(body, dict)


def test_cli_serves_until_interrupted(tmp_path):
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "ibkr_webapi.testing", "--port", "0", "--auth", "oauth1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        first = proc.stdout.readline()
        match = re.search(r"serving (http://127\.0\.0\.1:\d+/v1/api)", first)
        assert match, first
        lines = [proc.stdout.readline() for _ in range(4)]
        env_line = next(line for line in lines if "ibkr.env" in line)
        env_file = env_line.split(":", 1)[1].strip()
        with open(env_file) as handle:
            settings = dict(line.split("=", 1) for line in handle.read().splitlines())
        assert settings["IBKR_MODE"] == "oauth1" and settings["IBKR_BASE_URL"] == match.group(1)
        assert os.path.exists(settings["IBKR_SIGNATURE_KEY"])
        # unsigned requests are refused: the server really runs in OAuth 1.0a mode
        assert httpx.get(match.group(1) + "/iserver/auth/status").status_code == 401
    finally:
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err
