"""The facades attach to the clients with the ``service`` descriptor, one line each (how the lead wires
``client.contracts`` / ``client.portfolio`` / ``client.notifications``)."""

from __future__ import annotations

from ibkr_webapi.client import AsyncClient, Client, service
from ibkr_webapi.contracts import AsyncContracts, Contracts
from ibkr_webapi.notifications import AsyncNotifications, Notifications
from ibkr_webapi.portfolio import AsyncPortfolio, Portfolio
from ibkr_webapi.testing import FakeGateway

from .fakegw import ASGI_BASE, requests_of


class WiredClient(Client):
    contracts = service("ibkr_webapi.contracts:Contracts")
    portfolio = service("ibkr_webapi.portfolio:Portfolio")
    notifications = service("ibkr_webapi.notifications:Notifications")


class WiredAsyncClient(AsyncClient):
    contracts = service("ibkr_webapi.contracts:AsyncContracts")
    portfolio = service("ibkr_webapi.portfolio:AsyncPortfolio")
    notifications = service("ibkr_webapi.notifications:AsyncNotifications")


def test_sync_wiring_keeps_one_cache_per_client(gw: FakeGateway) -> None:
    with gw.serve() as srv, WiredClient(srv.base_url, verify=False, keepalive_interval=None) as c:
        assert isinstance(c.contracts, Contracts) and c.contracts is c.contracts
        assert isinstance(c.portfolio, Portfolio) and isinstance(c.notifications, Notifications)
        assert c.contracts.stock("AAPL").conid == 265598
        assert c.contracts.stock("AAPL").conid == 265598
        assert requests_of(gw)["get_stocks_by_symbol"] == 1
        assert c.portfolio.accounts()[0].account_id == gw.state.accounts[0]
        assert c.notifications.unread_count() >= 0


async def test_async_wiring(gw: FakeGateway) -> None:
    async with WiredAsyncClient(ASGI_BASE, transport=gw.asgi_transport(), keepalive_interval=None) as c:
        assert isinstance(c.contracts, AsyncContracts) and isinstance(c.portfolio, AsyncPortfolio)
        assert isinstance(c.notifications, AsyncNotifications)
        assert (await c.contracts.future("ES")).sec_type == "FUT"
        assert await c.portfolio.accounts()
        assert await c.notifications.settings()
