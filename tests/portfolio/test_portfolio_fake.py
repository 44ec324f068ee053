"""Account views against the fake gateway: caching inside the pacing window, paging, typed numbers."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from contracts.fakegw import delta, no_rate_limiting, requests_of
from helpers import SendTimesPacer

from ibkr_webapi._exceptions import ValidationError
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.portfolio import AsyncPortfolio, Portfolio
from ibkr_webapi.testing import FakeGateway


def test_accounts_repeated_inside_the_pacing_window_cost_no_request(
    gw: FakeGateway, client: Client, pacer: SendTimesPacer
) -> None:
    portfolio = Portfolio(client)
    before = requests_of(gw)
    accounts = portfolio.accounts()
    assert [a.account_id for a in accounts] == list(gw.state.accounts)
    assert accounts[0].currency == "USD" and accounts[0].brokerage_access is True
    for _ in range(5):
        assert portfolio.accounts() == accounts
    # ledger/summary/positions reuse the cached list for their pre-flight
    portfolio.ledger(accounts[0].account_id)
    assert delta(before, requests_of(gw)) == {"get_portfolio_accounts": 1, "get_ledger": 1}
    no_rate_limiting(gw, pacer)


def test_subaccounts(gw: FakeGateway, client: Client) -> None:
    portfolio = Portfolio(client)
    subs = portfolio.subaccounts()
    assert {a.account_id for a in subs} == set(gw.state.accounts)
    assert portfolio.subaccounts() == subs
    assert requests_of(gw)["get_subaccounts"] == 1


def test_subaccounts2_without_a_tiered_structure_on_the_fake(gw: FakeGateway, client: Client) -> None:
    # Without a tiered structure the fake answers /portfolio/subaccounts2 as IBKR answers such
    # logins: the plain array of the accounts, one short page
    portfolio = Portfolio(client)
    before = requests_of(gw)
    accounts = portfolio.subaccounts(tiered=True)
    assert [a.account_id for a in accounts] == list(gw.state.accounts)
    assert delta(before, requests_of(gw)) == {"get_subaccounts_paged": 1}


@pytest.mark.parametrize("gw_config", [{"tiered_subaccounts": 250, "enforce_pacing": False}])
def test_tiered_subaccounts_on_the_fake(gw: FakeGateway, client: Client) -> None:
    # 250 sub-accounts: pages of 100, 100 and 50, read one after the other from the fake's listing
    portfolio = Portfolio(client)
    before = requests_of(gw)
    accounts = portfolio.subaccounts(tiered=True)
    assert len(accounts) == len({a.account_id for a in accounts}) == 250
    assert delta(before, requests_of(gw)) == {"get_subaccounts_paged": 3}


def _unpaced_client(srv_url: str) -> Client:
    from ibkr_webapi.pacing import unlimited_pacer

    # pacing off on both sides: the re-read of /portfolio/accounts would otherwise wait out its
    # 5 s window, which is right for IBKR but slow for a test
    return Client(srv_url, verify=False, keepalive_interval=None, pacer=unlimited_pacer())


@pytest.mark.parametrize("gw_config", [{"enforce_pacing": False}])
def test_portfolio_accounts_are_read_again_after_the_session_is_reestablished(gw: FakeGateway) -> None:
    account = gw.state.accounts[0]
    with gw.serve() as srv, _unpaced_client(srv.base_url) as client:
        portfolio = Portfolio(client)
        first = portfolio.positions(account)
        assert portfolio.positions(account) == first
        assert requests_of(gw)["get_portfolio_accounts"] == 1
        generation = client.session.generation
        gw.expire_session()
        before = requests_of(gw)
        assert portfolio.positions(account) == first  # 401 -> session re-opened -> hook -> resent
        assert client.session.generation == generation + 1
        sent = delta(before, requests_of(gw))
        assert sent["get_portfolio_accounts"] == 1  # IBKR's per-session pre-flight, done again
        assert sent["get_positions"] == 2  # the one that met the expired session, and its resend
        assert sent["init_brokerage_session"] == 1
        portfolio.ledger(account)  # later calls in the new session need no further read
        assert delta(before, requests_of(gw))["get_portfolio_accounts"] == 1
        # a session restarted by hand (no recovery hook runs) is caught by the generation counter
        client.start()
        before = requests_of(gw)
        portfolio.summary(account)
        assert delta(before, requests_of(gw)) == {"get_portfolio_accounts": 1, "get_portfolio_summary": 1}


@pytest.mark.parametrize("gw_config", [{"enforce_pacing": False}])
async def test_async_portfolio_after_reestablishment(gw: FakeGateway) -> None:
    from ibkr_webapi.pacing import unlimited_pacer

    account = gw.state.accounts[0]
    async with AsyncClient(
        "http://fake/v1/api", transport=gw.asgi_transport(), keepalive_interval=None, pacer=unlimited_pacer()
    ) as aclient:
        portfolio = AsyncPortfolio(aclient)
        await portfolio.ledger(account)
        gw.expire_session()
        before = requests_of(gw)
        await portfolio.ledger(account)
        assert delta(before, requests_of(gw))["get_portfolio_accounts"] == 1


@pytest.mark.parametrize("gw_config", [{"seeded_positions": 250}])
def test_positions_across_all_pages_in_one_call(gw: FakeGateway, client: Client) -> None:
    account = gw.state.accounts[0]
    before = requests_of(gw)
    positions = Portfolio(client).positions(account)
    truth = gw.state.portfolio.positions(account)
    assert len(positions) == len(truth) == 252
    assert [p.conid for p in positions] == [p.conid for p in truth]
    sent = delta(before, requests_of(gw))
    assert sent["get_positions"] == 3  # 100 + 100 + 52
    assert sent["get_portfolio_accounts"] == 1  # the once-per-state pre-flight IBKR asks for


@pytest.mark.parametrize("gw_config", [{"seeded_positions": 98}])
def test_positions_exactly_one_full_page_stops_at_the_empty_page(gw: FakeGateway, client: Client) -> None:
    positions = Portfolio(client).positions(gw.state.accounts[0])
    assert len(positions) == 100
    assert requests_of(gw)["get_positions"] == 2


def test_positions_are_typed(gw: FakeGateway, client: Client) -> None:
    account = gw.state.accounts[0]
    portfolio = Portfolio(client)
    by_conid = {p.conid: p for p in portfolio.positions(account)}
    spy = by_conid[756733]
    assert spy.quantity == Decimal(100) and spy.sec_type == "STK" and spy.symbol == "SPY"
    assert spy.avg_price == Decimal(640) and spy.strike is None and spy.multiplier is None
    for p in by_conid.values():
        for value in (p.quantity, p.market_price, p.market_value, p.avg_cost, p.avg_price, p.unrealized_pnl):
            assert isinstance(value, Decimal)
    assert portfolio.positions(gw.state.accounts[1]) == ()


def test_ledger_and_summary_are_numbers(gw: FakeGateway, client: Client) -> None:
    account = gw.state.accounts[0]
    portfolio = Portfolio(client)
    ledger = portfolio.ledger(account)
    metrics = gw.state.portfolio.metrics(account)
    assert set(ledger) == {"USD", "BASE"} and ledger.currencies == ("USD",)
    usd = ledger["usd"]
    assert usd.cash_balance == Decimal(str(round(metrics["cash"], 2)))
    assert usd.net_liquidation == Decimal(str(round(metrics["netliq"], 2)))
    assert isinstance(usd.unrealized_pnl, Decimal) and isinstance(usd.realized_pnl, Decimal)
    assert ledger.base is not None and ledger.base.settled_cash == usd.settled_cash

    summary = portfolio.summary(account)
    assert summary.account_id == account and summary.currency == "USD"
    assert summary.net_liquidation == Decimal(str(round(metrics["netliq"], 2)))
    assert summary.init_margin == Decimal(str(round(metrics["init"], 2)))
    assert summary.total.cushion is not None and Decimal(0) < summary.total.cushion <= Decimal(1)
    assert summary.raw["accounttype"].value == "INDIVIDUAL"


def test_bad_account_ids(gw: FakeGateway, client: Client) -> None:
    from ibkr_webapi._exceptions import ApiError

    portfolio = Portfolio(client)
    with pytest.raises(ValidationError):
        portfolio.ledger("  ")
    with pytest.raises(ApiError):
        portfolio.ledger("U0000000")


@pytest.mark.parametrize("gw_config", [{"seeded_positions": 150}])
async def test_async_portfolio(
    gw: FakeGateway, aclient: AsyncClient, gw_config: dict[str, Any], pacer: SendTimesPacer
) -> None:
    portfolio = AsyncPortfolio(aclient)
    accounts = await portfolio.accounts()
    assert await portfolio.accounts() == accounts
    positions = await portfolio.positions(accounts[0].account_id)
    assert len(positions) == 152
    ledger = await portfolio.ledger(accounts[0].account_id)
    summary = await portfolio.summary(accounts[0].account_id)
    assert summary.net_liquidation == ledger["USD"].net_liquidation
    assert requests_of(gw)["get_portfolio_accounts"] == 1
    no_rate_limiting(gw, pacer)
