"""Fixtures shared by the contracts, portfolio and notifications tests: a fake gateway with a sync
client (over a real 127.0.0.1 socket) and an async client (in-process ASGI transport).

Why both: the services are written once as flows; the sync and async drivers are the only thing that
differs, so each behaviour is checked through both.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.testing import FakeGateway

ASGI_BASE = "http://fake/v1/api"


def requests_of(gw: FakeGateway) -> dict[str, int]:
    """Requests per operation id the fake has seen so far."""
    return dict(gw.counters.snapshot()["requests"])


def delta(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Requests sent between two ``requests_of`` snapshots (operations with zero left out)."""
    return {k: after.get(k, 0) - before.get(k, 0) for k in after if after.get(k, 0) != before.get(k, 0)}


def no_rate_limiting(gw: FakeGateway) -> None:
    snap = gw.counters.snapshot()
    assert snap["rate_limited"] == 0, snap["by_operation_status"]
    assert snap["penalty_entries"] == 0
    assert all(not k.endswith(" 429") for k in snap["by_operation_status"])


@pytest.fixture
def gw_config() -> dict[str, Any]:
    """Override in a test module to pass FakeGateway keywords (e.g. ``seeded_positions``)."""
    return {}


# The async client talks to the fake in-process (ASGI), sharing the GIL with everything else the
# test process runs: on a loaded 2-core CI machine a stall between the client's send decision and the
# fake's arrival stamp can exceed the fake's default 5% window tolerance, which a network would absorb.
# 15% still catches any client that really sends more than the limit.
IN_PROCESS_PACING_TOLERANCE = 0.15


@pytest.fixture
def gw(gw_config: dict[str, Any]) -> Iterator[FakeGateway]:
    gateway = FakeGateway(auth="gateway", **{"pacing_tolerance": IN_PROCESS_PACING_TOLERANCE, **gw_config})
    gateway.login()
    yield gateway
    gateway.assert_no_server_errors()


@pytest.fixture
def client(gw: FakeGateway) -> Iterator[Client]:
    with gw.serve() as srv, Client(srv.base_url, verify=False, keepalive_interval=None) as c:
        yield c


@pytest.fixture
async def aclient(gw: FakeGateway) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(ASGI_BASE, transport=gw.asgi_transport(), keepalive_interval=None) as c:
        yield c
