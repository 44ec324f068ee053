"""The fake answers as IBKR does where clients we did not write found it differing (issue: peer clients).

Trailing slashes, method handling (405 with Allow), the JSON-wrapped WebSocket cookie and the OAuth 2.0
WebSocket token parameter. Over a real socket where the client's transport matters.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from helpers import stop_pacing_clock
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from ibkr_webapi.auth import OAuth2Auth

ACCT = "DU1234567"


async def test_a_trailing_slash_is_served_in_place_and_counted_once(make_gateway, client_for, open_brokerage):
    gw = make_gateway()  # pacing on: /iserver/account/trades allows 1 request per 5 s
    stop_pacing_clock(gw)  # the two calls are in one window however slowly the host runs them
    async with client_for(gw) as client:
        await open_brokerage(client)
        response = await client.get("/iserver/account/trades/")
        assert response.status_code == 200 and isinstance(response.json(), list)
        assert gw.counters.snapshot()["requests"]["get_trades"] == 1
        assert gw.counters.snapshot()["rate_limited"] == 0
        # the slash-less form shares the same window: the next call within 5 s is the 429
        assert (await client.get("/iserver/account/trades")).status_code == 429


@pytest.mark.parametrize(
    ("method", "path", "allow"),
    [
        ("GET", f"/portfolio/{ACCT}/positions/invalidate", "POST"),
        ("PATCH", "/iserver/accounts", "GET"),
        ("DELETE", "/tickle", "POST"),
        ("GET", "/portfolio/allocation", "POST"),
        ("PUT", f"/iserver/account/{ACCT}/orders", "POST"),
    ],
)
async def test_an_undeclared_method_on_a_served_path_is_405_with_allow(
    make_gateway, client_for, open_brokerage, method, path, allow
):
    gw = make_gateway(enforce_pacing=False)
    async with client_for(gw) as client:
        await open_brokerage(client)
        response = await client.request(method, path)
    assert response.status_code == 405
    assert response.headers["Allow"] == allow
    assert "Method Not Allowed" in response.json()["error"]


async def test_the_declared_portfolio_operations_are_served(make_gateway, client_for, open_brokerage):
    gw = make_gateway(enforce_pacing=False)
    async with client_for(gw) as client:
        await open_brokerage(client)
        assert (await client.post(f"/portfolio/{ACCT}/positions/invalidate")).status_code == 200
        response = await client.post("/portfolio/allocation", json={"acctIds": [ACCT]})
        assert response.status_code == 200, response.text
        assert set(response.json()) >= {"assetClass", "sector", "group"}


async def _first_frames(url: str, **kwargs: Any) -> list[dict[str, Any]]:
    frames: list[dict[str, Any]] = []
    async with connect(url, **kwargs) as ws:
        try:
            for _ in range(3):
                frames.append(json.loads(await ws.recv()))
        except ConnectionClosed:
            pass
    return frames


@pytest.mark.parametrize("wrap", [False, True], ids=["plain", "json-wrapped"])
async def test_the_websocket_accepts_the_api_cookie_plain_and_json_wrapped(make_gateway, wrap):
    gw = make_gateway(enforce_pacing=False)
    async with gw.serve() as srv, httpx.AsyncClient(base_url=srv.base_url) as http:
        await http.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        await http.get("/iserver/accounts")
        session = (await http.post("/tickle")).json()["session"]
        cookie = json.dumps({"session": session}, separators=(",", ":")) if wrap else session
        frames = await _first_frames(srv.ws_url, additional_headers={"Cookie": f"api={cookie}"})
        assert [f["topic"] for f in frames] == ["system", "sts", "act"]
        wrong = json.dumps({"session": "0" * 32}) if wrap else "0" * 32
        frames = await _first_frames(srv.ws_url, additional_headers={"Cookie": f"api={wrong}"})
        assert frames == [{"topic": "system", "error": "not authenticated"}]


async def test_oauth2_websocket_takes_the_bearer_token_as_session_token(make_gateway):
    # IBKR Web API changelog, 2026-03-12: OAuth 2.0 WebSocket auth is the bearer token in a
    # `sessionToken` query parameter; `oauth_token` is OAuth 1.0a's parameter and is refused here.
    gw = make_gateway(auth="oauth2", enforce_pacing=False)
    client = gw.credentials.oauth2
    async with gw.serve() as srv:
        auth = OAuth2Auth(
            client_id=client.client_id,
            private_key=client.private_key_pem,
            key_id=client.key_id,
            root_url=srv.root_url,
            username=client.credential,
        )
        async with httpx.AsyncClient(base_url=srv.base_url, auth=auth) as http:
            assert (await http.send(auth.sso_session_request("127.0.0.1"))).status_code == 200
            await http.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
            await http.get("/iserver/accounts")
            signed = next(auth.auth_flow(http.build_request("GET", "/tickle")))
            token = signed.headers["Authorization"].removeprefix("Bearer ")
        frames = await _first_frames(f"{srv.ws_url}?sessionToken={token}")
        assert [f["topic"] for f in frames] == ["system", "sts", "act"]
        frames = await _first_frames(f"{srv.ws_url}?oauth_token={token}")
        assert frames == [{"topic": "system", "error": "not authenticated"}]
