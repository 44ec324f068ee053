"""The domain half of the fake gateway, as the infrastructure mounts it (see ``_context``).

``domain_routes()`` lists every trading-domain HTTP route (paths relative to ``/v1/api``);
``websocket_endpoint`` serves ``/v1/api/ws``. Handlers live in modules named for their job:
contracts, market data (+ scanner), trading (orders), accounts/portfolio, misc (FYI, alerts,
watchlists).
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from ._accounts import account_routes
from ._contracts import contract_routes
from ._market import market_routes
from ._misc import misc_routes
from ._trading import trading_routes
from ._ws import websocket_endpoint

__all__ = ["domain_routes", "websocket_endpoint"]


def domain_routes() -> list[BaseRoute]:
    return [*contract_routes(), *market_routes(), *trading_routes(), *account_routes(), *misc_routes()]
