"""The one way a facade is built: ``Facade(client, **options)``.

``client`` is the :class:`~ibkr_webapi.Client` or :class:`~ibkr_webapi.AsyncClient` the facade hangs
off (``client.orders``, ``client.contracts`` ...): its flows run through ``client.run`` and, where a
facade keeps per-session state (the orders facade's suppressed questions, the portfolio facade's
account list), it hooks ``client.session``. Anything with those attributes will do (a test driver,
a custom runner), so facades never know about transports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._exceptions import ConfigurationError
from ._flow import Flow

__all__ = ["Runner", "runner_of", "session_of"]

Runner = Callable[[Flow[Any]], Any]
"""Runs one flow to its result: ``Client.run`` (a value) or ``AsyncClient.run`` (an awaitable)."""


def runner_of(client: Any) -> Runner:
    """``client.run``, or ``ConfigurationError`` naming what was passed instead of a client."""
    run = getattr(client, "run", None)
    if not callable(run):
        raise ConfigurationError(
            f"a facade is built from a Client or AsyncClient (anything with run(flow)), got "
            f"{type(client).__name__}"
        )
    return run  # type: ignore[no-any-return]


def session_of(client: Any) -> Any | None:
    """The client's session (``None`` for a bare runner without one)."""
    return getattr(client, "session", None)
