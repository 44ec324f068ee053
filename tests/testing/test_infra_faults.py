"""Every scriptable fault kind does what a real network or gateway failure does."""

from __future__ import annotations

import json

import httpx
import pytest


async def test_fail_next_answers_the_status_then_recovers(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.fail_next("get_auth_status", n=2, status=503)
    async with client_for(gw) as client:
        first = await client.get("/iserver/auth/status")
        assert first.status_code == 503
        assert first.json() == {"error": "injected fault: HTTP 503", "statusCode": 503}
        assert (await client.get("/iserver/auth/status")).status_code == 503
        assert (await client.get("/iserver/auth/status")).status_code == 200


async def test_fail_next_with_custom_body_only_hits_its_operation(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.fail_next("init_brokerage_session", status=500, body={"error": "no bridge"})
    async with client_for(gw) as client:
        assert (await client.get("/iserver/auth/status")).status_code == 200
        response = await client.post("/iserver/auth/ssodh/init", json={})
        assert (response.status_code, response.json()) == (500, {"error": "no bridge"})
    gw.counters.reset()  # an injected 500 is not a handler crash


async def test_drop_connection_in_process_raises_a_transport_error(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.drop_connection("get_auth_status")
    async with client_for(gw) as client:
        with pytest.raises(httpx.TransportError):
            await client.get("/iserver/auth/status")
        assert (await client.get("/iserver/auth/status")).status_code == 200


async def test_drop_after_processing_applies_the_side_effect(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.drop_connection("init_brokerage_session", after_processing=True)
    async with client_for(gw) as client:
        with pytest.raises(httpx.TransportError):
            await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        assert gw.sessions.brokerage_open  # the call WAS processed
        assert (await client.get("/iserver/auth/status")).json()["authenticated"] is True


def test_drop_connection_over_a_real_socket(make_gateway):
    gw = make_gateway()
    gw.faults.drop_connection("get_auth_status")
    with gw.serve() as srv, httpx.Client(base_url=srv.base_url) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/iserver/auth/status")
        assert client.get("/iserver/auth/status").status_code == 200


async def test_malformed_json_is_a_processed_200_with_a_broken_body(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.malformed_json("init_brokerage_session")
    async with client_for(gw) as client:
        response = await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
        assert response.status_code == 200
        assert response.headers["content-type"] == "application/json"
        with pytest.raises(json.JSONDecodeError):
            response.json()
        assert gw.sessions.brokerage_open


def test_latency_over_a_real_socket_trips_client_timeouts(make_gateway):
    gw = make_gateway()
    gw.faults.latency("get_auth_status", 30.0)
    # Only the delayed request has a short timeout, far below its delay; the others get a third of
    # the delay, so they pass however slowly a loaded host answers, unless the delay reached them.
    with gw.serve() as srv, httpx.Client(base_url=srv.base_url, timeout=10.0) as client:
        with pytest.raises(httpx.ReadTimeout):
            client.get("/iserver/auth/status", timeout=0.2)
        assert client.post("/tickle").status_code == 200  # other operations are not delayed
        gw.faults.latency("get_auth_status", 0)
        assert client.get("/iserver/auth/status").status_code == 200


async def test_wildcard_faults_hit_any_operation(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.fail_next(None, n=1, status=503)
    async with client_for(gw) as client:
        assert (await client.post("/tickle")).status_code == 503
        assert (await client.post("/tickle")).status_code in (200, 429)


async def test_expire_session_fault(make_gateway, client_for, open_brokerage):
    gw = make_gateway()
    async with client_for(gw) as client:
        await open_brokerage(client)
        gw.faults.expire_session()
        assert (await client.get("/iserver/accounts")).status_code == 401


def test_websocket_fault_switches(make_gateway):
    gw = make_gateway()
    faults = gw.faults
    faults.ws_drop_after(3)
    assert [faults.note_ws_message_sent() for _ in range(4)] == [False, False, True, False]
    faults.ws_stop_heartbeats()
    assert faults.ws_heartbeats_stopped
    faults.reset()
    assert not faults.ws_heartbeats_stopped
    assert faults.note_ws_message_sent() is False


async def test_reset_clears_pending_faults(make_gateway, client_for):
    gw = make_gateway()
    gw.faults.fail_next("get_auth_status", n=5)
    gw.faults.latency(None, 5)
    gw.faults.reset()
    async with client_for(gw) as client:
        assert (await client.get("/iserver/auth/status")).status_code == 200


def test_fault_arguments_are_checked(make_gateway):
    with pytest.raises(ValueError):
        make_gateway().faults.fail_next("tickle", n=0)
