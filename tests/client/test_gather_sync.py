"""``Gather`` under a sync ``Client``: the calls run at once (a thread each), inside the call's
deadline, and a failure is raised only after every call has finished, as under asyncio."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from ibkr_webapi import BadRequest, RequestTimeout
from ibkr_webapi._flow import Call, Flow, Gather
from ibkr_webapi.client import Client
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.pytest_plugin import ServedGateway


def gather(*calls: Call) -> Flow[list[Any]]:
    responses = yield Gather(list(calls))
    return list(responses)


def test_a_failure_is_raised_after_every_call_has_finished(
    make_fake_gateway: Callable[..., ServedGateway],
) -> None:
    served = make_fake_gateway()
    gw = served.gateway
    with Client(served.base_url, keepalive_interval=None, pacer=unlimited_pacer()) as client:
        gw.faults.fail_next("get_account_summary", status=400)  # a 400 is never retried
        before = dict(gw.counters.snapshot()["requests"])
        failing = Call.op("get_account_summary", account_id="DU1234567")
        with pytest.raises(BadRequest):
            client.run(gather(Call.op("get_accounts"), failing, Call.op("get_accounts")))
        after = gw.counters.snapshot()["requests"]
        assert after["get_accounts"] - before.get("get_accounts", 0) == 2  # both ran despite the failure
        again = client.run(gather(Call.op("get_accounts"), Call.op("get_accounts")))  # still usable
        assert [r.status_code for r in again] == [200, 200]


def test_every_gathered_call_keeps_the_calls_deadline(
    make_fake_gateway: Callable[..., ServedGateway],
) -> None:
    """The fake holds every answer 30 s; the call's deadline of 1 s ends all three calls."""
    served = make_fake_gateway()
    gw = served.gateway
    with Client(served.base_url, keepalive_interval=None, pacer=unlimited_pacer(), deadline=1.0) as client:
        gw.faults.latency("get_accounts", 30.0)
        with pytest.raises(RequestTimeout):
            client.run(gather(Call.op("get_accounts"), Call.op("get_accounts"), Call.op("get_accounts")))
        gw.faults.latency("get_accounts", 0)


def test_closing_the_client_ends_its_gather_threads(make_fake_gateway: Callable[..., ServedGateway]) -> None:
    served = make_fake_gateway()
    with Client(served.base_url, keepalive_interval=None, pacer=unlimited_pacer()) as client:
        responses = client.run(gather(*[Call.op("get_accounts") for _ in range(4)]))
        assert [r.status_code for r in responses] == [200] * 4
        mine = [t for t in threading.enumerate() if t.name.startswith("ibkr-webapi-gather")]
        assert mine  # the calls after the first ran on the client's threads
    for thread in mine:
        thread.join(timeout=10)
    assert not any(t.is_alive() for t in mine)
