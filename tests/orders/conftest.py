"""Fixtures: a served FakeGateway and a sync Client on it (pacing off unless a test asks for it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest

from ibkr_webapi.client import Client
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.testing import FakeGateway

Connect = Callable[..., tuple[FakeGateway, Client]]


@pytest.fixture
def connect() -> Iterator[Connect]:
    """``connect(**gateway_kwargs)`` -> (gateway, client); everything is stopped after the test."""
    stack = ExitStack()
    gateways: list[FakeGateway] = []

    def factory(*, paced: bool = False, **kwargs: Any) -> tuple[FakeGateway, Client]:
        gw = FakeGateway(enforce_pacing=paced, **kwargs)
        gateways.append(gw)
        srv = stack.enter_context(gw.serve())
        client = Client(
            srv.base_url, keepalive_interval=None, **({} if paced else {"pacer": unlimited_pacer()})
        )
        stack.callback(client.close)
        return gw, client

    with stack:
        yield factory
    for gw in gateways:
        gw.assert_no_server_errors()
