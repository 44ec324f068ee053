"""Fixtures: ``connect(**gateway_options)`` -> (gateway, client) on the package's pytest plugin; pacing
off unless a test asks for it (``paced=True``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ibkr_webapi.client import Client
from ibkr_webapi.pytest_plugin import ServedGateway
from ibkr_webapi.testing import FakeGateway

Connect = Callable[..., tuple[FakeGateway, Client]]


@pytest.fixture
def connect(make_fake_gateway: Callable[..., ServedGateway]) -> Connect:
    """``connect(**options)`` -> (gateway, client), one more per call (hypothesis examples); everything
    stops, and is checked for handler crashes, after the test."""

    def factory(*, paced: bool = False, **options: Any) -> tuple[FakeGateway, Client]:
        served = make_fake_gateway(pacing=paced, **options)
        return served.gateway, served.client()

    return factory
