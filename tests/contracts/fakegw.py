"""Fixtures shared by the contracts, portfolio and notifications tests, on the package's pytest plugin:
``gw`` (the fake gateway), ``client`` and ``aclient`` (sync and async clients connected to it over a
real 127.0.0.1 socket); ``gw_config`` in a test module passes FakeGateway keywords.

Why both clients: the services are written once as flows; the sync and async drivers are the only
thing that differs, so each behaviour is checked through both.
"""

from __future__ import annotations

from typing import Any

import pytest

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.pytest_plugin import ServedGateway
from ibkr_webapi.testing import FakeGateway


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


# The fake runs in the test process (a uvicorn thread), sharing the GIL with the client: on a loaded
# 2-core CI machine a stall between the client's send decision and the fake's arrival stamp can exceed
# the fake's default 5% window tolerance, which a network would absorb. 15% still catches any client
# that really sends more than the limit.
IN_PROCESS_PACING_TOLERANCE = 0.15


@pytest.fixture
def ibkr_gateway_options(gw_config: dict[str, Any]) -> dict[str, Any]:
    """Defaults of the plugin's ``fake_gateway`` for these folders."""
    return {"pacing_tolerance": IN_PROCESS_PACING_TOLERANCE, **gw_config}


@pytest.fixture
def gw(fake_gateway: ServedGateway) -> FakeGateway:
    """The plugin's fake gateway (served on 127.0.0.1; crashes fail the test)."""
    return fake_gateway.gateway


@pytest.fixture
def client(ibkr_client: Client) -> Client:
    return ibkr_client


@pytest.fixture
def aclient(async_ibkr_client: AsyncClient) -> AsyncClient:
    return async_ibkr_client
