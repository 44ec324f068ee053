"""Shared by every test folder.

Layout: one folder per area (``auth``, ``client``, ``orders``, ``streaming``, ``testing`` for the fake
gateway itself, ``installs`` for what a downstream install gets ...); each folder is a package, so
helper names cannot collide. Helpers used by several folders live beside this file: ``helpers.py``
(strict-window counting, a pacer that records send times) and ``recordings.py`` (recorded IBKR bodies,
read at test time from ``IBKR_RECORDINGS_DIR``).

A fake gateway and clients connected to it come from the package's own pytest plugin
(``ibkr_webapi.pytest_plugin``, registered through the ``pytest11`` entry point): ``fake_gateway``,
``ibkr_client`` and ``async_ibkr_client``, configured with ``@pytest.mark.ibkr_gateway(...)`` or an
indirect parameter.
"""

from __future__ import annotations

import os

import pytest

KEPT = frozenset({"IBKR_RECORDINGS_DIR"})


@pytest.fixture(autouse=True)
def _no_ibkr_settings_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """``IBKR_*`` settings of the developer's shell never reach a test (``Settings.from_env`` reads them)."""
    for name in [n for n in os.environ if n.startswith("IBKR_") and n not in KEPT]:
        monkeypatch.delenv(name)
