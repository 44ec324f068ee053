"""Shared by the examples: where to connect.

Real use: the ``IBKR_*`` environment variables (``IBKR_MODE``, ``IBKR_BASE_URL``, ``IBKR_CA_BUNDLE``,
OAuth keys ...; see the README's configuration reference). With ``--fake`` or ``IBKR_EXAMPLE_FAKE=1``
an embedded fake gateway is started instead, so every example runs without an account or network.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ibkr_webapi.config import Settings


def use_fake() -> bool:
    return "--fake" in sys.argv or os.environ.get("IBKR_EXAMPLE_FAKE") == "1"


def args() -> list[str]:
    """Command-line arguments without ``--fake``."""
    return [a for a in sys.argv[1:] if a != "--fake"]


@contextmanager
def settings() -> Iterator[Settings]:
    """Settings from ``IBKR_*``, or for an embedded fake gateway (served on 127.0.0.1, then stopped)."""
    if not use_fake():
        yield Settings.from_env()
        return
    from ibkr_webapi.testing import FakeGateway

    gw = FakeGateway(auth="gateway", seed=0)
    with gw.serve() as srv:
        print(f"(using an embedded fake gateway at {srv.base_url})")
        yield Settings(mode="gateway", base_url=srv.base_url)
