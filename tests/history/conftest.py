"""Fixtures: a served fake gateway and sync/async clients on it in each auth mode (gateway/oauth1/oauth2)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack, asynccontextmanager
from pathlib import Path
from typing import Any

import pytest

from ibkr_webapi import AsyncClient, Client
from ibkr_webapi.config import Settings
from ibkr_webapi.testing import FakeGateway, ServerHandle
from ibkr_webapi.testing.__main__ import write_env_file

AUTH_MODES = ("gateway", "oauth1", "oauth2")


def settings_for(gw: FakeGateway, srv: ServerHandle, directory: Path) -> Settings:
    """The ``IBKR_*`` settings a user would source from the fake's ``ibkr.env``."""
    env_file = write_env_file(gw, srv, directory)
    environ = dict(line.split("=", 1) for line in env_file.read_text().splitlines() if "=" in line)
    return Settings.from_env(environ)


class Served:
    def __init__(self, gw: FakeGateway, srv: ServerHandle, settings: Settings) -> None:
        self.gw, self.srv, self.settings = gw, srv, settings

    def client(self, **kwargs: Any) -> Client:
        return Client(settings=self.settings, keepalive_interval=None, **kwargs)

    @asynccontextmanager
    async def async_client(self, **kwargs: Any) -> AsyncIterator[AsyncClient]:
        async with AsyncClient(settings=self.settings, keepalive_interval=None, **kwargs) as client:
            yield client


ServeFactory = Callable[..., Served]


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[ServeFactory]:
    """``serve(auth=..., **gateway_kwargs)`` -> Served; stopped and checked for handler crashes after."""
    stack = ExitStack()
    made: list[FakeGateway] = []

    def factory(auth: str = "gateway", **kwargs: Any) -> Served:
        gw = FakeGateway(auth=auth, **kwargs)  # type: ignore[arg-type]
        made.append(gw)
        srv = stack.enter_context(gw.serve())
        directory = tmp_path / f"env{len(made)}"
        directory.mkdir()
        return Served(gw, srv, settings_for(gw, srv, directory))

    with stack:
        yield factory
    for gw in made:
        gw.assert_no_server_errors()
