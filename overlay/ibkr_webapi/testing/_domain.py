"""The domain half of the fake gateway, as the infrastructure mounts it (see ``_context``).

``domain_routes()`` lists every trading-domain HTTP route (paths relative to ``/v1/api``);
``websocket_endpoint`` serves ``/v1/api/ws``. A room of the domain is a state module (what it holds)
and an ``_http_*`` module (its routes): contracts (``_universe``), market data and scanner
(``_market``), orders (``_orders``), accounts and portfolio (``_portfolio``), FYI (``_fyi``), alerts
(``_alerts``) and watchlists (``_watchlists``). To add a room, write its routes function and list it
here.
"""

from __future__ import annotations

from starlette.routing import BaseRoute

from ._http_accounts import account_routes
from ._http_alerts import alert_routes
from ._http_analyst import analyst_routes
from ._http_contracts import contract_routes
from ._http_fyi import fyi_routes
from ._http_history import history_routes
from ._http_marketdata import marketdata_routes
from ._http_orders import order_routes
from ._http_scanner import scanner_routes
from ._http_watchlists import watchlist_routes
from ._ws import websocket_endpoint

__all__ = ["domain_routes", "websocket_endpoint"]


def domain_routes() -> list[BaseRoute]:
    return [
        *history_routes(),
        *contract_routes(),
        *marketdata_routes(),
        *scanner_routes(),
        *order_routes(),
        *account_routes(),
        *analyst_routes(),
        *fyi_routes(),
        *alert_routes(),
        *watchlist_routes(),
    ]
