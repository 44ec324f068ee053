"""Contract discovery against the fake gateway, through the sync and the async client."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from helpers import SendTimesPacer

from ibkr_webapi._exceptions import AmbiguousContract, ContractNotFound, ValidationError
from ibkr_webapi.client import AsyncClient, Client
from ibkr_webapi.contracts import AsyncContracts, Contract, Contracts
from ibkr_webapi.testing import FakeGateway

from .fakegw import delta, no_rate_limiting, requests_of


def test_stock_resolves_the_us_listing_and_a_repeat_costs_no_request(gw: FakeGateway, client: Client) -> None:
    contracts = Contracts(client)
    before = requests_of(gw)
    aapl = contracts.stock("AAPL")
    assert (aapl.conid, aapl.sec_type, aapl.exchange, aapl.currency) == (265598, "STK", "NASDAQ", "USD")
    assert aapl.name == "APPLE INC"
    assert delta(before, requests_of(gw)) == {"get_stocks_by_symbol": 1}

    mid = requests_of(gw)
    assert contracts.stock("aapl") == aapl
    assert contracts.conid_of("AAPL") == 265598
    assert delta(mid, requests_of(gw)) == {}


def test_stock_unknown_symbol_is_not_found(client: Client) -> None:
    with pytest.raises(ContractNotFound):
        Contracts(client).stock("NOSUCHSYM")


def test_stock_without_currency_is_ambiguous_and_lists_candidates(client: Client) -> None:
    with pytest.raises(AmbiguousContract) as err:
        Contracts(client).stock("AAPL", currency=None)
    assert {c.conid for c in err.value.candidates} == {265598, 38708077}
    assert {c.exchange for c in err.value.candidates} == {"NASDAQ", "MEXI"}


def test_stock_on_a_named_exchange(client: Client) -> None:
    contracts = Contracts(client)
    assert contracts.stock("AAPL", exchange="MEXI", currency="MXN").conid == 38708077
    with pytest.raises(ContractNotFound, match="LSE"):
        contracts.stock("AAPL", exchange="LSE")


def test_stock_in_a_currency_nobody_confirms_is_not_guessed(gw: FakeGateway, client: Client) -> None:
    before = requests_of(gw)
    with pytest.raises(ContractNotFound):
        Contracts(client).stock("AAPL", currency="EUR")
    # the non-US listing's currency was looked up (one request) rather than assumed
    assert delta(before, requests_of(gw)) == {"get_stocks_by_symbol": 1, "get_secdef_by_conids": 1}


def test_future_front_month_and_explicit_month(gw: FakeGateway, client: Client) -> None:
    contracts = Contracts(client)
    listed = gw.state.universe.futures("ES")
    today = dt.datetime.now(dt.UTC).date().strftime("%Y%m%d")  # the flow uses the UTC date
    front = next(f for f in listed if (f.expiry or "") >= today)
    es = contracts.future("ES")
    assert (es.conid, es.sec_type, es.expiry, es.underlying_conid) == (
        front.conid,
        "FUT",
        front.expiry,
        11004968,
    )

    last = listed[-1]
    month = (last.expiry or "")[:6]
    mon_code = dt.datetime.strptime(month, "%Y%m").strftime("%b%y").upper()
    before = requests_of(gw)
    assert contracts.future("ES", month=month).conid == last.conid
    assert contracts.future("ES", month=mon_code).conid == last.conid
    assert contracts.conid_of("ES", "FUT", month=month) == last.conid
    assert delta(before, requests_of(gw)) == {}  # one /trsrv/futures answer serves every month

    with pytest.raises(ContractNotFound, match="209901"):
        contracts.future("ES", month="209901")
    with pytest.raises(ValidationError):
        contracts.future("ES", month="13th month")


def test_conid_of_index_and_single_option(gw: FakeGateway, client: Client) -> None:
    contracts = Contracts(client)
    assert contracts.conid_of("SPX", "IND") == 416904
    opt = next(o for o in gw.state.universe.options(265598) if o.right == "P")
    conid = contracts.conid_of("AAPL", "OPT", month=opt.month, strike=opt.strike, right="P")
    assert conid == opt.conid
    with pytest.raises(ContractNotFound):
        contracts.conid_of("AAPL", "OPT", month=opt.month, strike=opt.strike + 0.5, right="P")
    with pytest.raises(ValidationError, match="right"):
        contracts.conid_of("AAPL", "OPT", month=opt.month, strike=opt.strike)
    with pytest.raises(ValidationError, match="unknown filters"):
        contracts.conid_of("AAPL", "STK", colour="blue")


def test_details_by_conid(client: Client) -> None:
    spy = Contracts(client).details(756733)
    assert (spy.symbol, spy.sec_type, spy.currency) == ("SPY", "STK", "USD")


def test_option_chain_near_the_money_is_typed_and_cached(gw: FakeGateway, client: Client) -> None:
    contracts = Contracts(client)
    months = contracts.option_months("AAPL")
    assert months and all(len(m) == 6 for m in months)
    before = requests_of(gw)
    chain = contracts.option_chain("AAPL", months[0], strikes_around=4, reference_price=271.5)
    sent = delta(before, requests_of(gw))
    assert sent == {"get_strikes": 1, "get_secdef_info": 8}  # the search was already cached by option_months

    assert chain.underlying.conid == 265598 and chain.month == months[0]
    assert chain.strikes == (Decimal("265"), Decimal("270"), Decimal("275"), Decimal("280"))
    for row in chain.rows:
        assert row.call is not None and row.put is not None
        assert (row.call.right, row.put.right) == ("C", "P")
        assert row.call.strike == row.put.strike == row.strike
        assert row.call.multiplier == Decimal(100)
        assert row.call.expiry == row.expiry and row.expiry.startswith(months[0])
        assert row.call.trading_class == "AAPL" and row.call.sec_type == "OPT"
    expiry = chain.rows[0].expiry
    want = {
        (Decimal(repr(o.strike)), o.right): o.conid
        for o in gw.state.universe.options(265598)
        if o.expiry == expiry
    }
    assert all(
        want[(r.strike, "C")] == r.call.conid and want[(r.strike, "P")] == r.put.conid
        for r in chain.rows
        if r.call and r.put
    )

    again = requests_of(gw)
    assert contracts.option_chain("AAPL", months[0], strikes_around=4, reference_price=271.5) == chain
    assert delta(again, requests_of(gw)) == {}


def test_option_chain_reference_price_from_a_snapshot(gw: FakeGateway, client: Client) -> None:
    chain = Contracts(client).option_chain("AAPL", strikes_around=2, right="C")
    assert chain.reference_price is not None and chain.reference_price > 0
    assert len(chain.rows) == 2 and all(r.put is None and r.call is not None for r in chain.rows)
    assert requests_of(gw).get("get_marketdata_snapshot", 0) >= 1


def test_option_chain_with_pacing_in_force_sends_no_429(
    gw: FakeGateway, client: Client, pacer: SendTimesPacer
) -> None:
    # 2 x 9 strikes = 18 secdef/info requests plus search and strikes: more than the gateway's
    # global 10 requests/second, so the pacer has to space them (checked on its send times: an
    # unpaced client puts all of them in one second)
    chain = Contracts(client).option_chain("MSFT", strikes_around=9, reference_price=423.8)
    assert len(chain.rows) == 9 and all(r.call and r.put for r in chain.rows)
    assert gw.counters.snapshot()["requests"]["get_secdef_info"] == 18
    no_rate_limiting(gw, pacer)


def test_option_chain_errors(client: Client) -> None:
    contracts = Contracts(client)
    with pytest.raises(ContractNotFound, match="listed"):
        contracts.option_chain("AAPL", "209901")
    with pytest.raises(ContractNotFound):
        contracts.option_chain("IBM")  # no listed options in the fake universe
    with pytest.raises(ValidationError):
        contracts.option_chain(265598)  # a bare conid needs a month


def test_cme_event_contracts(gw: FakeGateway, client: Client) -> None:
    chain = Contracts(client).event_contracts("ES")
    assert chain.rows and chain.exchange == "CME"
    for row in chain.rows:
        assert row.yes is not None and row.no is not None
        assert row.yes.trading_class.startswith("EC") and row.yes.is_event_contract
    assert {r.yes.conid for r in chain.rows if r.yes} <= {
        o.conid for o in gw.state.universe.options(11004968, event=True)
    }


def test_forecastex_event_contracts_cost_two_requests_then_none(gw: FakeGateway, client: Client) -> None:
    contracts = Contracts(client)
    before = requests_of(gw)
    chain = contracts.event_contracts("FF", venue="FORECASTX")
    assert delta(before, requests_of(gw)) == {"get_forecast_category_tree": 1, "get_forecast_market": 1}
    assert chain.underlying.conid == 658663572 and chain.month == "202701"
    first = chain.row(Decimal("3.125"))
    assert first.yes is not None and first.no is not None
    assert (first.yes.conid, first.no.conid) == (722489372, 722489376)
    assert first.yes.is_event_contract and first.yes.exchange == "FORECASTX"
    near = contracts.event_contracts("FF", venue="FORECASTX", strikes_around=2, reference_price="3.6")
    assert near.strikes == (Decimal("3.375"), Decimal("3.625"))
    assert delta(before, requests_of(gw)) == {"get_forecast_category_tree": 1, "get_forecast_market": 1}
    with pytest.raises(ContractNotFound):
        contracts.event_contracts("NOPE", venue="FORECASTX")


def test_forecastex_months_and_search_route_on_the_fake(gw: FakeGateway, client: Client) -> None:
    # the index search -> strikes -> info route on FORECASTX (what a symbol missing from the category
    # tree falls back to) agrees with the category-tree route
    contracts = Contracts(client)
    months = contracts.option_months("FF", exchange="FORECASTX")
    assert months and months[0] == "202701"
    tree = contracts.event_contracts("FF", venue="FORECASTX")
    chain = contracts.option_chain(Contract(658663572, "FF", "IND"), exchange="FORECASTX")
    assert chain.month == tree.month and chain.strikes == tree.strikes
    assert chain.row(Decimal("3.125")).call is not None
    assert chain.row(Decimal("3.125")).call.conid == tree.row(Decimal("3.125")).yes.conid  # type: ignore[union-attr]


def test_cache_ttl_is_configurable(gw: FakeGateway, client: Client) -> None:
    no_cache = Contracts(client, ttl=0)
    before = requests_of(gw)
    no_cache.stock("MSFT")
    no_cache.stock("MSFT")
    assert delta(before, requests_of(gw)) == {"get_stocks_by_symbol": 2}


async def test_async_discovery_matches_sync(
    gw: FakeGateway, aclient: AsyncClient, pacer: SendTimesPacer
) -> None:
    contracts = AsyncContracts(aclient)
    aapl = await contracts.stock("AAPL")
    assert aapl.conid == 265598
    assert (await contracts.future("ES")).sec_type == "FUT"
    chain = await contracts.option_chain("SPY", strikes_around=6, reference_price=655.9)
    assert len(chain.rows) == 6 and all(r.call and r.put for r in chain.rows)
    ff = await contracts.event_contracts("FF", venue="FORECASTX")
    assert ff.row("3.125").yes is not None
    with pytest.raises(AmbiguousContract):
        await contracts.stock("SPY", currency=None)
    before = requests_of(gw)
    assert await contracts.option_chain("SPY", strikes_around=6, reference_price=655.9) == chain
    assert delta(before, requests_of(gw)) == {}
    no_rate_limiting(gw, pacer)
