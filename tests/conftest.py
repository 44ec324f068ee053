"""Shared by every test folder.

Layout: one folder per area (``auth``, ``client``, ``orders``, ``streaming``, ``testing`` for the fake
gateway itself, ``installs`` for what a downstream install gets ...); each folder is a package, so
helper names cannot collide. Helpers used by several folders live beside this file: ``helpers.py``
(strict-window counting, a pacer that records send times) and ``recordings.py`` (recorded IBKR bodies,
read at test time from ``IBKR_RECORDINGS_DIR``).

``make_gateway`` (below) makes fake gateways that are not served yet. Served fake gateways and clients
connected to them come from the package's own pytest plugin
(``ibkr_webapi.pytest_plugin``, registered through the ``pytest11`` entry point): ``fake_gateway``,
``ibkr_client``, ``async_ibkr_client`` and ``make_fake_gateway``, configured with
``@pytest.mark.ibkr_gateway(...)`` or an indirect parameter.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ibkr_webapi.testing import FakeGateway

KEPT = frozenset({"IBKR_RECORDINGS_DIR"})


@pytest.fixture(autouse=True)
def _no_ibkr_settings_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """``IBKR_*`` settings of the developer's shell never reach a test (``Settings.from_env`` reads them)."""
    for name in [n for n in os.environ if n.startswith("IBKR_") and n not in KEPT]:
        monkeypatch.delenv(name)


@pytest.fixture
def make_gateway() -> Iterator[Callable[..., FakeGateway]]:
    """``make_gateway(**kwargs)``: a ``FakeGateway`` not yet served (for ``gw.asgi_transport()`` or
    ``gw.serve()``); every gateway made is checked for handler crashes at teardown. Served ones with
    clients come from the plugin (``fake_gateway``, ``make_fake_gateway``)."""
    made: list[FakeGateway] = []

    def factory(**kwargs: Any) -> FakeGateway:
        gw = FakeGateway(**kwargs)
        made.append(gw)
        return gw

    yield factory
    for gw in made:
        gw.assert_no_server_errors()
