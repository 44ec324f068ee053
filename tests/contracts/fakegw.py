"""Fixtures shared by the contracts, portfolio and notifications tests, on the package's pytest plugin:
``gw`` (the fake gateway), ``client`` and ``aclient`` (sync and async clients connected to it over a
real 127.0.0.1 socket); ``gw_config`` in a test module passes FakeGateway keywords.

Why both clients: the services are written once as flows; the sync and async drivers are the only
thing that differs, so each behaviour is checked through both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio
from helpers import SendTimesPacer, assert_paced

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.pytest_plugin import ServedGateway
from ibkr_webapi.testing import FakeGateway


def requests_of(gw: FakeGateway) -> dict[str, int]:
    """Requests per operation id the fake has seen so far."""
    return dict(gw.counters.snapshot()["requests"])


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Requests sent between two ``requests_of`` snapshots (operations with zero left out)."""
    return {k: after.get(k, 0) - before.get(k, 0) for k in after if after.get(k, 0) != before.get(k, 0)}


def no_rate_limiting(gw: FakeGateway, pacer: SendTimesPacer) -> dict[str, int]:
    """IBKR's limits held: checked on the client's own send times, and every request the fake saw
    went through the pacer (see ``helpers.assert_paced``); the most sends in any window, per limit."""
    return assert_paced(gw, pacer, _profile(gw))


def _profile(gw: FakeGateway) -> str:
    return "gateway" if gw.config.auth == "gateway" else "oauth"


@pytest.fixture
def gw_config() -> dict[str, Any]:
    """Override in a test module to pass FakeGateway keywords (e.g. ``seeded_positions``)."""
    return {}


@pytest.fixture
def ibkr_gateway_options(gw_config: dict[str, Any]) -> dict[str, Any]:
    """Defaults of the plugin's ``fake_gateway`` for these folders: the fake does not refuse
    anything; the clients pace with their default pacer, which records its sends (``pacer``), and
    the tests check IBKR's limits on those (``no_rate_limiting``). The fake runs in the test process
    (a uvicorn thread sharing the GIL with the client): on a loaded host the times it would count
    arrivals at measure the host, and a 429 it answered to a paced request would add a retry to the
    request counts the tests assert."""
    return {"pacing": False, **gw_config}


@pytest.fixture
def gw(fake_gateway: ServedGateway) -> FakeGateway:
    """The plugin's fake gateway (served on 127.0.0.1; crashes fail the test)."""
    return fake_gateway.gateway


@pytest.fixture
def pacer(fake_gateway: ServedGateway) -> SendTimesPacer:
    """The pacer of ``client`` / ``aclient``: the default one for the gateway's auth mode, recording
    when it let each request go."""
    return SendTimesPacer(_profile(fake_gateway.gateway))


@pytest.fixture
def client(fake_gateway: ServedGateway, pacer: SendTimesPacer) -> Iterator[Client]:
    with Client(**fake_gateway.client_kwargs(pacer=pacer)) as c:
        yield c


@pytest_asyncio.fixture
async def aclient(fake_gateway: ServedGateway, pacer: SendTimesPacer) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(**fake_gateway.client_kwargs(pacer=pacer)) as c:
        yield c
