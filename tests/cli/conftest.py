"""Fixtures: a fake gateway served on 127.0.0.1 and a runner for ``ibkr-webapi`` commands in-process."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from ibkr_webapi import cli
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
def gateway() -> Iterator[tuple[FakeGateway, str]]:
    """A gateway-mode fake on a free port (pacing off: each CLI call is a new client) and its URL."""
    gw = FakeGateway(auth="gateway", enforce_pacing=False)
    with gw.serve() as srv:
        yield gw, srv.base_url
    gw.assert_no_server_errors()


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def runner(*argv: str) -> Result:
        capsys.readouterr()
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return runner
