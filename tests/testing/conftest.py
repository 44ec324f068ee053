"""Fixtures for the fake gateway's own tests: gateways that fail the test when a handler crashed."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import httpx
import pytest

from ibkr_webapi.testing import FakeGateway

API = "http://fake/v1/api"
ROOT = "http://fake"


@asynccontextmanager
async def _client_for(gw: FakeGateway, **kwargs: Any) -> AsyncIterator[httpx.AsyncClient]:
    """An in-process async client whose base URL is the fake's ``/v1/api``."""
    async with httpx.AsyncClient(transport=gw.asgi_transport(), base_url=API, **kwargs) as client:
        yield client


async def _open_brokerage(client: httpx.AsyncClient) -> None:
    """ssodh/init then /iserver/accounts: what every client does before trading."""
    response = await client.post("/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
    assert response.status_code == 200, response.text
    response = await client.get("/iserver/accounts")
    assert response.status_code == 200, response.text


@pytest.fixture
def client_for() -> Callable[..., Any]:
    """``async with client_for(gw) as client``: in-process client on the fake's ``/v1/api``."""
    return _client_for


@pytest.fixture
def open_brokerage() -> Callable[[httpx.AsyncClient], Any]:
    """``await open_brokerage(client)``: ssodh/init then /iserver/accounts."""
    return _open_brokerage
