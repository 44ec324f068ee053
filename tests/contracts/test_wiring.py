"""Every facade is wired into ``Client`` / ``AsyncClient``: one cached facade per client, the right
sync or async type, and the stream factory."""

from __future__ import annotations

import threading

from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.contracts import AsyncContracts, Contracts
from ibkr_webapi.marketdata import AsyncMarketData, MarketData
from ibkr_webapi.notifications import AsyncNotifications, Notifications
from ibkr_webapi.orders import AsyncOrders, Orders
from ibkr_webapi.portfolio import AsyncPortfolio, Portfolio
from ibkr_webapi.streaming import AsyncStream, Stream
from ibkr_webapi.testing import FakeGateway

from .fakegw import requests_of


def _unread(gw: FakeGateway) -> int:
    return sum(not n.read for n in gw.state.fyi.notifications)


def test_every_facade_and_the_stream_are_wired(client: Client) -> None:
    c = client
    assert isinstance(c.orders, Orders) and isinstance(c.marketdata, MarketData)
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(c.orders)) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(orders is c.orders for orders in seen)  # one facade (and one suppression set)
    assert isinstance(c.stream(), Stream)


async def test_async_facades_and_stream_are_wired(aclient: AsyncClient) -> None:
    assert isinstance(aclient.orders, AsyncOrders) and isinstance(aclient.marketdata, AsyncMarketData)
    assert isinstance(aclient.stream(), AsyncStream)


def test_sync_wiring_keeps_one_cache_per_client(gw: FakeGateway, client: Client) -> None:
    c = client
    assert isinstance(c.contracts, Contracts) and c.contracts is c.contracts
    assert isinstance(c.portfolio, Portfolio) and isinstance(c.notifications, Notifications)
    assert c.contracts.stock("AAPL").conid == 265598
    assert c.contracts.stock("AAPL").conid == 265598
    assert requests_of(gw)["get_stocks_by_symbol"] == 1
    assert c.portfolio.accounts()[0].account_id == gw.state.accounts[0]
    unread = _unread(gw)
    assert unread > 0  # the fake starts with unread FYIs, so a wrong count shows
    assert c.notifications.unread_count() == unread
    gw.state.fyi.notifications[0].read = True
    assert c.notifications.unread_count() == unread - 1


async def test_async_wiring(gw: FakeGateway, aclient: AsyncClient) -> None:
    c = aclient
    assert isinstance(c.contracts, AsyncContracts) and isinstance(c.portfolio, AsyncPortfolio)
    assert isinstance(c.notifications, AsyncNotifications)
    assert (await c.contracts.future("ES")).sec_type == "FUT"
    assert await c.portfolio.accounts()
    assert await c.notifications.settings()
    assert await c.notifications.unread_count() == _unread(gw)


def test_stream_uses_the_ws_url_setting_and_its_scheme_for_tls() -> None:
    from ibkr_webapi.config import Settings

    base = "https://gateway.example:5000/v1/api"
    derived = Client(settings=Settings(mode="gateway", base_url=base), start_session=False)
    assert derived.ws_url == "wss://gateway.example:5000/v1/api/ws"
    custom = Client(
        settings=Settings(mode="gateway", base_url=base, ws_url="ws://127.0.0.1:9/v1/api/ws"),
        start_session=False,
    )
    assert custom.ws_url == "ws://127.0.0.1:9/v1/api/ws"
    stream = custom.stream()
    endpoint = stream._kwargs.get("ssl"), stream._url  # no TLS context for a ws:// override
    assert endpoint == (None, "ws://127.0.0.1:9/v1/api/ws")
    derived.close()
    custom.close()
