"""Session lifecycle of the fake gateway, as facts §c describes the real one."""

from __future__ import annotations

import asyncio


async def test_gateway_mode_starts_logged_in_without_a_brokerage_session(
    make_gateway, client_for, open_brokerage
):
    gw = make_gateway()
    async with client_for(gw) as client:
        status = (await client.get("/iserver/auth/status")).json()
        assert status["connected"] is True
        assert status["authenticated"] is False
        # read-only endpoints work without the brokerage session
        response = await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        assert response.json()["authenticated"] is True
        assert (await client.post("/iserver/auth/status")).json()["authenticated"] is True


async def test_iserver_calls_need_the_brokerage_session_then_accounts_first(
    make_gateway, client_for, open_brokerage
):
    gw = make_gateway()
    async with client_for(gw) as client:
        response = await client.get("/iserver/accounts")
        assert response.status_code == 401
        assert response.headers["content-type"].startswith("text/plain")
        await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        response = await client.get("/iserver/account/trades")
        assert response.status_code == 400
        assert response.json() == {"error": "Please query /accounts first", "statusCode": 400}
        assert (await client.get("/iserver/accounts")).status_code == 200
        assert gw.sessions.accounts_queried
        response = await client.get("/iserver/account/orders")
        assert response.status_code == 200


async def test_tickle_returns_session_and_sets_api_cookie(make_gateway, client_for, open_brokerage):
    gw = make_gateway()
    async with client_for(gw) as client:
        await open_brokerage(client)
        body = (await client.post("/tickle")).json()
        assert len(body["session"]) == 32 and int(body["session"], 16) >= 0
        assert client.cookies["api"] == body["session"] == gw.sessions.ws_session_value
        assert body["iserver"]["authStatus"]["authenticated"] is True
        assert body["collission"] is False
        assert body["ssoExpires"] > 0 and body["userId"]


async def test_idle_session_expires_and_ssodh_init_recovers(make_gateway, client_for, open_brokerage):
    gw = make_gateway(session_idle_timeout_s=300)
    async with client_for(gw) as client:
        await open_brokerage(client)
        gw.advance_time(301)
        assert (await client.get("/iserver/accounts")).status_code == 401
        assert (await client.get("/iserver/auth/status")).json()["authenticated"] is False
        assert gw.sessions.expirations == 1
        # recovery: re-open, and the new brokerage session needs /iserver/accounts again
        await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        assert (await client.get("/iserver/account/orders")).status_code == 400
        assert (await client.get("/iserver/accounts")).status_code == 200


async def test_tickle_keeps_the_session_alive(make_gateway, client_for, open_brokerage):
    gw = make_gateway(session_idle_timeout_s=300, enforce_pacing=False)
    async with client_for(gw) as client:
        await open_brokerage(client)
        for _ in range(5):
            gw.advance_time(200)
            assert (await client.post("/tickle")).status_code == 200
        assert (await client.get("/iserver/accounts")).status_code == 200
        assert gw.sessions.expirations == 0


async def test_time_scale_makes_sessions_expire_in_real_time(make_gateway, client_for):
    gw = make_gateway(time_scale=300, session_idle_timeout_s=300)  # 1 real second
    async with client_for(gw) as client:
        # open the brokerage session; a host slow enough to let it idle out between the two
        # requests only makes this try again
        for _ in range(20):
            await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
            if (await client.get("/iserver/accounts")).status_code == 200:
                break
        else:
            raise AssertionError("the brokerage session never opened")
        await asyncio.sleep(1.5)  # idle longer than the timeout (sleep never ends early)
        assert (await client.get("/iserver/accounts")).status_code == 401


async def test_competing_session_and_compete_takeover(make_gateway, client_for, open_brokerage):
    gw = make_gateway()
    async with client_for(gw) as client:
        await open_brokerage(client)
        gw.simulate_competing_session()
        status = (await client.get("/iserver/auth/status")).json()
        assert status["competing"] is True and status["authenticated"] is False
        assert (await client.post("/tickle")).json()["collission"] is True
        assert (await client.get("/iserver/accounts")).status_code == 401
        refused = await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": False})
        assert refused.json()["competing"] is True
        taken = await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        assert taken.json()["authenticated"] is True and taken.json()["competing"] is False
        assert (await client.get("/iserver/accounts")).status_code == 200


async def test_logout_ends_everything_until_login(make_gateway, client_for, open_brokerage):
    gw = make_gateway()
    async with client_for(gw) as client:
        await open_brokerage(client)
        assert (await client.post("/logout")).json() == {"status": True}
        assert (await client.get("/portfolio/accounts")).status_code == 401
        assert (await client.post("/iserver/auth/ssodh/init", json={})).status_code == 401
        gw.login()  # the browser login
        await open_brokerage(client)


async def test_sso_validate_and_reauthenticate(make_gateway, client_for, open_brokerage):
    gw = make_gateway()
    async with client_for(gw) as client:
        body = (await client.get("/sso/validate")).json()
        assert body["RESULT"] is True and body["USER_NAME"]
        assert (await client.get("/iserver/reauthenticate")).json() == {"message": "triggered"}
        assert gw.sessions.brokerage_open


async def test_reauthenticate_by_post_reopens_the_brokerage_session(make_gateway, client_for, open_brokerage):
    # IBKR's older Client Portal document (and ibind) use POST; both methods must really reopen it.
    gw = make_gateway()
    async with client_for(gw) as client:
        await open_brokerage(client)
        gw.sessions.brokerage_open = False
        assert (await client.post("/iserver/reauthenticate", json={})).json() == {"message": "triggered"}
        assert gw.sessions.brokerage_open
