"""The pytest11 plugin's fixtures, as a downstream SDK uses them (fake gateway on a real socket)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from ibkr_webapi import AsyncClient, Client, Order
from ibkr_webapi.pytest_plugin import ServedGateway

MODES = [
    pytest.param({"auth": "gateway"}, id="gateway"),
    pytest.param({"auth": "oauth1", "tls": True}, id="oauth1-tls"),
    pytest.param({"auth": "oauth2"}, id="oauth2"),
]


@pytest.mark.parametrize("fake_gateway", MODES, indirect=True)
def test_client_works_in_every_auth_mode(fake_gateway: ServedGateway, ibkr_client: Client) -> None:
    accounts = ibkr_client.portfolio.accounts()
    assert accounts
    assert fake_gateway.gateway.config.auth == fake_gateway.options.auth
    assert fake_gateway.base_url.startswith("https://" if fake_gateway.options.tls else "http://127.0.0.1:")
    assert (fake_gateway.ca_bundle is not None) == fake_gateway.options.tls
    assert fake_gateway.gateway.counters.snapshot()["requests"]["get_portfolio_accounts"] >= 1


@pytest.mark.parametrize("fake_gateway", MODES, indirect=True)
async def test_async_client_works_in_every_auth_mode(
    fake_gateway: ServedGateway, async_ibkr_client: AsyncClient
) -> None:
    assert await async_ibkr_client.portfolio.accounts()


@pytest.mark.ibkr_gateway(seed=3, pacing=False)
def test_marker_sets_seed_and_pacing(fake_gateway: ServedGateway, ibkr_client: Client) -> None:
    assert fake_gateway.gateway.config.seed == 3
    assert fake_gateway.gateway.config.enforce_pacing is False
    aapl = ibkr_client.contracts.stock("AAPL")
    last = float(fake_gateway.gateway.state.market.last(aapl.conid))
    ack = ibkr_client.orders.place_one(
        Order(conid=aapl.conid, side="BUY", quantity=1, price=round(last * 1.01, 2))
    )
    assert ibkr_client.orders.order_status(ack.order_id).status == "Filled"


@pytest.mark.ibkr_gateway(auth="oauth1")
@pytest.mark.parametrize("fake_gateway", [{"auth": "oauth2"}], indirect=True)
def test_indirect_parameter_wins_over_the_marker(fake_gateway: ServedGateway) -> None:
    assert fake_gateway.gateway.config.auth == "oauth2"


@pytest.mark.ibkr_gateway(client={"start_session": False})
def test_client_keywords_pass_through(fake_gateway: ServedGateway, ibkr_client: Client) -> None:
    assert fake_gateway.gateway.counters.snapshot()["requests"].get("post_iserver_auth_ssodh_init", 0) == 0


@pytest.mark.ibkr_gateway(time_scale=4.0, pacing_tolerance=0.2)
def test_other_keys_go_to_the_fake_gateway(fake_gateway: ServedGateway) -> None:
    assert fake_gateway.gateway.config.time_scale == 4.0
    assert fake_gateway.gateway.config.pacing_tolerance == 0.2


class TestFolderDefaults:
    @pytest.fixture
    def ibkr_gateway_options(self) -> dict[str, Any]:
        return {"auth": "oauth1", "seed": 5}

    @pytest.mark.ibkr_gateway(seed=9)
    def test_marker_wins_over_the_defaults_fixture(self, fake_gateway: ServedGateway) -> None:
        assert fake_gateway.gateway.config.auth == "oauth1"
        assert fake_gateway.gateway.config.seed == 9


def test_factory_serves_independent_gateways_with_their_clients(
    make_fake_gateway: Callable[..., ServedGateway],
) -> None:
    first = make_fake_gateway(pacing=False)
    second = make_fake_gateway(auth="oauth1", pacing=False)
    assert first.base_url != second.base_url
    for served in (first, second):
        client = served.client()
        assert client.portfolio.accounts()
        assert served.counters.snapshot()["requests"]["get_portfolio_accounts"] == 1
