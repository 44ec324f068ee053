"""Client and AsyncClient against the fake gateway: session lifecycle, recovery, pacing, faults, cleanup."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from typing import Any

import pytest
from helpers import SendTimesPacer, assert_paced, wait_until

from ibkr_webapi._errors_map import raise_for_response
from ibkr_webapi._exceptions import (
    CompetingSession,
    ConnectError,
    NotAuthenticated,
    ServerError,
    UnexpectedResponse,
)
from ibkr_webapi._flow import Call, Flow, Gather, body_json
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.pacing import InProcessPacer
from ibkr_webapi.pytest_plugin import ServedGateway
from ibkr_webapi.testing import FakeGateway

from .client_helpers import oauth1_auth

ACCOUNT = "DU1234567"
FakeFactory = Callable[..., FakeGateway]


def call(op: str, **kwargs: Any) -> Flow[Any]:
    response = yield Call.op(op, **kwargs)
    return response


def summary() -> Flow[Any]:
    """An unpaced ``/iserver`` GET (needs the brokerage session and the accounts read)."""
    return call("get_account_summary", account_id=ACCOUNT)


def _keepalive_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "ibkr-webapi-keepalive"]


@pytest.fixture
def served(make_fake_gateway: Callable[..., ServedGateway]) -> Callable[..., tuple[FakeGateway, str]]:
    """``served(**options) -> (gw, base_url)``: the plugin's factory (real socket; stopped and checked
    for handler crashes at teardown). Clients are made by each test."""

    def factory(**options: Any) -> tuple[FakeGateway, str]:
        served = make_fake_gateway(**options)
        return served.gateway, served.base_url

    return factory


def test_start_opens_brokerage_reads_accounts_and_tickles(served: Any) -> None:
    gw, url = served()
    with Client(url, keepalive_interval=None) as client:
        requests = gw.counters.snapshot()["requests"]
        assert requests["init_brokerage_session"] == 1
        assert requests["get_accounts"] == 1
        assert client.session.accounts  # remembered
        assert client.session.ws_session == gw.sessions.ws_session_value  # for the WebSocket
        # ensure_accounts() is served from memory within the same brokerage session
        assert client.run(client.session.ensure_accounts()) == client.session.accounts
        assert gw.counters.snapshot()["requests"]["get_accounts"] == 1
        assert "secret" not in repr(client).lower()


def test_expired_session_is_reestablished_and_hooks_rerun(served: Any) -> None:
    gw, url = served()
    reapplied: list[int] = []

    def reapply() -> Flow[None]:
        reapplied.append(1)
        yield Call.op("suppress_order_questions", body=_suppress_body())

    with Client(url, keepalive_interval=None) as client:
        client.session.on_reestablished(reapply)
        generation = client.session.generation
        gw.advance_time(301)  # idle past the fake's 300 s timeout: the session expires
        assert not gw.sessions.is_alive()
        response = client.run(summary())  # 401 -> recover -> resend (GET is safe)
        assert response.status_code == 200
        assert client.session.generation == generation + 1
        assert reapplied == [1]
        assert gw.counters.snapshot()["requests"]["init_brokerage_session"] == 2


def _suppress_body() -> Any:
    from ibkr_webapi_client.models.suppress_questions_request import SuppressQuestionsRequest

    return SuppressQuestionsRequest(message_ids=["o163"])


def test_accounts_not_queried_is_repaired_transparently(served: Any) -> None:
    gw, url = served()
    with Client(url, keepalive_interval=None) as client:
        gw.sessions.accounts_queried = False  # e.g. the gateway reset the brokerage session
        assert client.run(summary()).status_code == 200
        assert gw.counters.snapshot()["requests"]["get_accounts"] == 2


def test_keepalive_keeps_the_session_alive_past_the_idle_timeout(served: Any) -> None:
    """The keep-alive tickles on its own. After each tickle the fake's clock jumps 200 s (its idle
    timeout is 300 s), three times: 600 s without a request of the user, and the session lives
    because a tickle follows each jump (without them the second jump would end it). Tickles keep
    IBKR's 1 per second on the client's own send times."""
    gw, url = served()
    pacer = SendTimesPacer()

    def tickles() -> int:
        return int(gw.counters.snapshot()["requests"].get("tickle", 0))

    with Client(url, keepalive_interval=0.2, pacer=pacer):
        for _ in range(3):
            seen = tickles()
            wait_until(lambda: tickles() > seen, "a keep-alive tickle")  # noqa: B023
            gw.advance_time(200)
        seen = tickles()
        wait_until(lambda: tickles() > seen, "a tickle after the last jump")
        assert gw.sessions.is_alive()
        assert gw.sessions.expirations == 0
    assert pacer.counts()["tickle"] >= 5  # start() tickles once, then the keep-alive four times
    assert_paced(gw, pacer)


def test_close_stops_the_keepalive_thread(served: Any) -> None:
    _, url = served()
    before = set(threading.enumerate())
    client = Client(url, keepalive_interval=0.05)
    assert len(_keepalive_threads()) == 1
    client.close()
    client.close()  # idempotent
    assert set(threading.enumerate()) <= before
    assert _keepalive_threads() == []


def test_competing_session_surfaces_with_advice(served: Any) -> None:
    gw, url = served()
    with Client(url, keepalive_interval=None) as client:
        gw.simulate_competing_session()
        with pytest.raises(CompetingSession, match="TWS"):
            client.run(summary())
        client.run(client.session.start())  # compete=True takes it back
        assert client.run(summary()).status_code == 200


def test_gateway_not_logged_in_says_how_to_log_in(served: Any) -> None:
    gw, url = served()
    gw.sessions.logout()
    before = set(threading.enumerate())
    with pytest.raises(NotAuthenticated, match="log in"):
        Client(url)
    assert _keepalive_threads() == [] and set(threading.enumerate()) <= before


def test_faults_map_to_typed_errors_and_safe_retries(served: Any) -> None:
    gw, url = served()
    with Client(url, keepalive_interval=None) as client:
        gw.faults.fail_next("get_accounts", 2, 503)
        assert client.run(call("get_accounts")).status_code == 200  # retried
        gw.faults.drop_connection("get_accounts", 1)
        assert client.run(call("get_accounts")).status_code == 200  # retried
        gw.faults.malformed_json("get_accounts", 1)
        with pytest.raises(UnexpectedResponse):
            client.run(call("get_accounts"))

        before = gw.counters.snapshot()["requests"].get("place_orders", 0)
        http = client.low_level.get_httpx_client()
        gw.faults.fail_next("place_orders", 1, 503)
        response = http.post(f"/iserver/account/{ACCOUNT}/orders", json={"orders": []})
        assert response.status_code == 503  # not resent: the order may have reached IBKR
        with pytest.raises(ServerError):
            raise_for_response(response, "place_orders")
        gw.faults.drop_connection("place_orders", 1)
        with pytest.raises(ConnectError) as connect_error:
            http.post(f"/iserver/account/{ACCOUNT}/orders", json={"orders": []})
        assert connect_error.value.operation_id == "place_orders"  # the orders layer reconciles by cOID
        assert gw.counters.snapshot()["requests"]["place_orders"] - before == 2  # each sent once


def test_threads_never_exceed_any_limit(served: Any) -> None:
    gw, url = served(enforce_pacing=False)
    pacer = SendTimesPacer()
    with Client(url, keepalive_interval=None, pacer=pacer) as client:
        errors: list[BaseException] = []

        def worker(n: int) -> None:
            try:
                for _ in range(3):
                    client.run(call("get_accounts"))
                if n < 2:
                    client.run(call("tickle"))
            except BaseException as exc:  # pragma: no cover - reported below
                errors.append(exc)

        threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
    assert pacer.counts()["get_accounts"] >= 18
    assert_paced(gw, pacer)


async def test_async_tasks_never_exceed_any_limit_and_close_cleanly(make_gateway: FakeFactory) -> None:
    gw = make_gateway(enforce_pacing=False)
    pacer = SendTimesPacer()
    tasks_before = asyncio.all_tasks()
    client = AsyncClient(
        "http://fake/v1/api", transport=gw.asgi_transport(), keepalive_interval=0.2, pacer=pacer
    )
    async with client:
        flows = [client.run(call("get_accounts")) for _ in range(18)]
        flows += [client.run(call("tickle")) for _ in range(2)]
        results = await asyncio.gather(*flows)
        assert all(r.status_code == 200 for r in results)
        gathered = await client.run(_gather_two())
        assert [r.status_code for r in gathered] == [200, 200]
        assert any(t.get_name() == "ibkr-webapi-keepalive" for t in asyncio.all_tasks())
    assert asyncio.all_tasks() == tasks_before
    assert pacer.counts()["get_accounts"] >= 19
    assert_paced(gw, pacer)


def _gather_two() -> Flow[list[Any]]:
    responses = yield Gather([Call.op("get_accounts"), Call.op("get_auth_status")])
    return list(responses)


async def test_async_recovers_an_expired_session(make_gateway: FakeFactory) -> None:
    gw = make_gateway()
    async with AsyncClient("http://fake/v1/api", transport=gw.asgi_transport(), keepalive_interval=None) as c:
        gw.expire_session()
        response = await c.run(summary())
        assert response.status_code == 200
        assert body_json(response)
        assert c.session.generation == 2


class RecordingPacer(InProcessPacer):
    def __init__(self) -> None:
        super().__init__(None, {})
        self.keys: list[str] = []

    def reserve(self, key: str, now: float) -> float:
        self.keys.append(key)
        return super().reserve(key, now)


def test_low_level_generated_endpoint_is_paced_and_authenticated_oauth1(served: Any) -> None:
    from ibkr_webapi_client.api.accounts import get_accounts

    gw, url = served(auth="oauth1")
    pacer = RecordingPacer()
    with Client(url, auth=oauth1_auth(gw, url), pacer=pacer, keepalive_interval=None) as client:
        assert client.mode == "oauth1"
        assert "get_live_session_token" in pacer.keys  # the auth's own request went through the pacer
        pacer.keys.clear()
        response = get_accounts.sync_detailed(client=client.low_level)
        assert response.status_code == 200
        assert pacer.keys == ["get_accounts"]
        assert "live_session_token=" not in repr(client) or "valid until" in repr(client)
