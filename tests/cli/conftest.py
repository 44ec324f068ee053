"""Fixtures: a fake gateway served on 127.0.0.1 and a runner for ``ibkr-webapi`` commands in-process."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

from ibkr_webapi import cli
from ibkr_webapi.pytest_plugin import ServedGateway
from ibkr_webapi.testing import FakeGateway


@dataclass
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def ibkr_gateway_options() -> dict[str, Any]:
    """Pacing off: each CLI call is a new client."""
    return {"pacing": False}


@pytest.fixture
def gateway(fake_gateway: ServedGateway) -> tuple[FakeGateway, str]:
    """The plugin's gateway-mode fake and its URL."""
    return fake_gateway.gateway, fake_gateway.base_url


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def runner(*argv: str) -> Result:
        capsys.readouterr()
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner
