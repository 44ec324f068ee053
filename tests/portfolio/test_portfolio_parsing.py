"""Portfolio parsing on bodies shaped like IBKR's recorded answers, and the page loop, sans-I/O."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from contracts.scripted import Script

from ibkr_webapi._exceptions import UnexpectedResponse
from ibkr_webapi.portfolio import (
    PortfolioState,
    accounts_flow,
    parse_accounts,
    parse_ledger,
    parse_positions_page,
    parse_subaccounts_page,
    parse_summary,
    positions_flow,
    subaccounts_flow,
)

LEDGER_ROW = {
    "acctcode": "U1234567", "cashbalance": 971869.6, "cashbalancefxsegment": 0.0, "commoditymarketvalue": 0.0,
    "corporatebondsmarketvalue": 0.0, "cryptocurrencyvalue": 0.0, "currency": "USD", "dividends": 0.0,
    "endofbundle": 1, "exchangerate": 1, "funds": 0.0, "futuremarketvalue": 0.0,
    "futureoptionmarketvalue": 0.0, "futuresonlypnl": 0.0, "interest": 2682.45,
    "issueroptionsmarketvalue": 0.0, "key": "LedgerList",
    "moneyfunds": 0.0, "netliquidationvalue": 1005165.5, "realizedpnl": 0.0, "secondkey": "USD",
    "sessionid": 1,
    "settledcash": 971869.6, "severity": 0, "stockmarketvalue": 30613.4, "stockoptionmarketvalue": 0.0,
    "tbillsmarketvalue": 0.0, "tbondsmarketvalue": 0.0, "timestamp": 1775169606, "unrealizedpnl": 151.57,
    "warrantsmarketvalue": 0.0,
}  # fmt: skip


def item(
    amount: Any, value: str | None = None, *, currency: str | None = "USD", null: bool = False
) -> dict[str, Any]:
    return {"amount": amount, "currency": currency, "isNull": null, "timestamp": 1775169606,
            "value": value if value is not None else str(amount), "severity": 0}  # fmt: skip


def test_ledger_numbers_are_exact_decimals() -> None:
    ledger = parse_ledger(
        {"USD": LEDGER_ROW, "BASE": LEDGER_ROW | {"currency": "BASE", "secondkey": "BASE"}}, "U1"
    )
    usd = ledger["USD"]
    assert usd.cash_balance == Decimal("971869.6") and usd.settled_cash == Decimal("971869.6")
    assert usd.net_liquidation == Decimal("1005165.5")
    assert usd.unrealized_pnl == Decimal("151.57") and usd.realized_pnl == Decimal(0)
    assert usd.interest == Decimal("2682.45") and usd.exchange_rate == Decimal(1)
    assert usd.stock_market_value == Decimal("30613.4")
    assert usd.timestamp == dt.datetime.fromtimestamp(1775169606, tz=dt.UTC)
    assert ledger.base is not None and ledger.currencies == ("USD",)
    # strings and missing keys (IBKR omits zero figures at times) still give numbers
    odd = parse_ledger({"EUR": {"currency": "EUR", "cashbalance": "1,250.50", "secondkey": "EUR"}}, "U1")
    assert odd["EUR"].cash_balance == Decimal("1250.5") and odd["EUR"].net_liquidation == Decimal(0)
    with pytest.raises(UnexpectedResponse):
        parse_ledger([], "U1")


def test_summary_total_and_segments() -> None:
    body = {
        "accountcode": item(0.0, "U1234567", currency=None),
        "accounttype": item(0.0, "INDIVIDUAL", currency=None),
        "netliquidation": item(1005165.5),
        "netliquidation-c": item(0.0),
        "netliquidation-s": item(1005165.5),
        "initmarginreq": item(15276.38),
        "initmarginreq-s": item(15276.38),
        "maintmarginreq": item(13000, "13,000"),
        "buyingpower": item(3984328.97),
        "cushion": item(0.98, "0.98", currency=None),
        "sma": item(0.0, "", null=True),
        "leverage-s": item(0.03, "0.03", currency=None),
    }
    s = parse_summary(body, "fallback")
    assert s.account_id == "U1234567" and s.account_type == "INDIVIDUAL" and s.currency == "USD"
    assert s.net_liquidation == Decimal("1005165.5") and s.buying_power == Decimal("3984328.97")
    assert s.maint_margin == Decimal(13000) and s.total.cushion == Decimal("0.98")
    assert s.total.sma is None  # isNull
    assert s.total.excess_liquidity is None  # not reported
    assert set(s.segments) == {"commodities", "securities"}
    assert s.segments["securities"].net_liquidation == Decimal("1005165.5")
    assert s.segments["securities"].leverage == Decimal("0.03")
    assert s.segments["commodities"].net_liquidation == Decimal(0)
    assert s.raw["netliquidation"].timestamp is not None


def test_positions_page_typing() -> None:
    row = {
        "acctId": "U1234567", "conid": 320227571, "contractDesc": "QQQ", "position": 3.0,
        "mktPrice": 584.6799927, "mktValue": 1754.04, "currency": "USD", "avgCost": 584.31333335,
        "avgPrice": 584.31333335, "realizedPnl": 0.0, "unrealizedPnl": 1.1, "exchs": None, "expiry": None,
        "putOrCall": None, "multiplier": None, "strike": 0.0, "exerciseStyle": None, "conExchMap": [],
        "assetClass": "STK", "undConid": 0, "model": "",
    }  # fmt: skip
    option = row | {"conid": 1, "assetClass": "OPT", "putOrCall": "P", "strike": "182.5", "multiplier": 100.0,
                    "expiry": "20270115", "undConid": 265598, "position": -2.0, "pageSize": 100}  # fmt: skip
    (qqq, opt), page_size = parse_positions_page([row, option], "U1")
    assert page_size == 100
    assert qqq.quantity == Decimal(3) and qqq.market_price == Decimal("584.6799927")
    assert qqq.avg_cost == Decimal("584.31333335") and qqq.unrealized_pnl == Decimal("1.1")
    assert qqq.strike is None and qqq.multiplier is None and qqq.underlying_conid is None
    assert opt.quantity == Decimal(-2) and opt.right == "P" and opt.strike == Decimal("182.5")
    assert opt.multiplier == Decimal(100) and opt.underlying_conid == 265598 and opt.expiry == "20270115"
    assert parse_positions_page([], "U1") == ((), 100)


def test_accounts_shapes() -> None:
    acct = {"id": "U1", "accountId": "U1", "accountTitle": "T", "displayName": "D", "accountAlias": None,
            "currency": "USD", "type": "DEMO", "tradingType": "STKNOPT", "faclient": False, "desc": "U1",
            "parent": {"mmc": [], "accountId": "F1", "isMParent": False, "isMChild": True,
                       "isMultiplex": False},
            "brokerageAccess": True}  # fmt: skip
    (a,) = parse_accounts([acct])
    assert (a.account_id, a.parent_account_id, a.is_master_child, a.alias) == ("U1", "F1", True, None)
    # the tiered endpoint wraps the list
    assert parse_accounts({"metadata": {"total": 1}, "subaccounts": [acct]}) == (a,)


def _row(conid: int) -> dict[str, Any]:
    return {"acctId": "U1", "conid": conid, "contractDesc": str(conid), "position": 1.0, "assetClass": "STK"}


def test_page_loop_stops_on_short_page_and_on_a_server_that_ignores_page_id() -> None:
    pages = {0: [_row(i) for i in range(100)], 1: [_row(i) for i in range(100, 130)]}
    script = Script({
        "get_portfolio_accounts": lambda kw: [{"accountId": "U1"}],
        "get_positions": lambda kw: pages.get(kw["page_id"], []),
    })  # fmt: skip
    assert len(script.run(positions_flow(PortfolioState(), "U1"))) == 130
    assert [kw["page_id"] for op, kw in script.calls if op == "get_positions"] == [0, 1]

    stuck = Script({
        "get_portfolio_accounts": lambda kw: [{"accountId": "U1"}],
        "get_positions": lambda kw: pages[0],  # same full page whatever pageId says
    })  # fmt: skip
    assert len(stuck.run(positions_flow(PortfolioState(), "U1"))) == 100
    assert stuck.ops().count("get_positions") == 2


def test_account_list_cache_expires_after_the_window() -> None:
    now = [0.0]
    state = PortfolioState(clock=lambda: now[0])
    script = Script({"get_portfolio_accounts": lambda kw: [{"accountId": "U1"}]})
    for _ in range(3):
        script.run(accounts_flow(state))
    assert script.ops() == ["get_portfolio_accounts"]
    now[0] = 4.9
    script.run(accounts_flow(state))
    assert len(script.calls) == 1
    now[0] = 5.0  # the spec's window for /portfolio/accounts is 1 request per 5 s
    script.run(accounts_flow(state))
    assert len(script.calls) == 2
    assert PortfolioState(accounts_ttl=0).cache.ttl == 0


def _acct(n: int) -> dict[str, Any]:
    """A sub-account row shaped like the recorded ``/portfolio/subaccounts2`` answer."""
    parent = {"mmc": [], "accountId": "F1", "isMParent": False, "isMChild": True, "isMultiplex": False}
    return {"id": f"U{n}", "accountId": f"U{n}", "accountVan": f"U{n}", "accountTitle": f"Client {n}",
            "displayName": f"Client {n}", "accountAlias": None, "currency": "USD", "type": "INDIVIDUAL",
            "faclient": False, "parent": parent, "desc": f"U{n}"}  # fmt: skip


def _paged(total: int | None, page_size: int = 100, rows: int | None = None) -> Any:
    """A server with ``rows`` sub-accounts (default ``total``) answering IBKR's documented shape."""
    count = total if rows is None else rows

    def answer(kw: dict[str, Any]) -> Any:
        page = kw["page"]
        ids = range(page * page_size, min(count, (page + 1) * page_size))
        meta = {"total": total, "pageSize": page_size, "pageNum": page}
        return {"metadata": meta, "subaccounts": [_acct(i) for i in ids]}

    return answer


def _tiered(answer: Any) -> tuple[list[str], list[int]]:
    script = Script({"get_subaccounts_paged": answer})
    accounts = script.run(subaccounts_flow(PortfolioState(), tiered=True))
    return [a.account_id for a in accounts], [kw["page"] for _, kw in script.calls]


def test_tiered_subaccounts_read_every_page_of_the_documented_shape() -> None:
    ids, pages = _tiered(_paged(250))
    assert ids == [f"U{i}" for i in range(250)] and pages == [0, 1, 2]  # 100 + 100 + 50 (short)
    # metadata.total reached on a full page: no request for an empty page 2
    ids, pages = _tiered(_paged(200))
    assert len(ids) == 200 and pages == [0, 1]
    # a page size other than 100, as the metadata says
    ids, pages = _tiered(_paged(25, page_size=10))
    assert len(ids) == 25 and pages == [0, 1, 2]
    # no total: the empty page ends it
    ids, pages = _tiered(_paged(None, rows=100))
    assert len(ids) == 100 and pages == [0, 1]
    parsed = parse_subaccounts_page(_paged(250)({"page": 2}))
    assert (parsed.total, parsed.page_size, parsed.page_num, parsed.rows) == (250, 100, 2, 50)
    assert parsed.accounts[0].parent_account_id == "F1" and parsed.accounts[0].is_master_child


def test_tiered_subaccounts_accept_the_plain_array_seen_live() -> None:
    # non-tiered logins answer a plain array (the recorded body): one short page
    ids, pages = _tiered(lambda kw: [_acct(1)])
    assert ids == ["U1"] and pages == [0]
    # a full array from a server that ignores ``page``: the repeat brings nothing new and ends it
    ids, pages = _tiered(lambda kw: [_acct(i) for i in range(100)])
    assert len(ids) == 100 and pages == [0, 1]
    # so does a documented-shape server that ignores ``page`` while its total promises more
    ids, pages = _tiered(lambda kw: {"metadata": {"total": 500, "pageSize": 100, "pageNum": 0},
                                     "subaccounts": [_acct(i) for i in range(100)]})  # fmt: skip
    assert len(ids) == 100 and pages == [0, 1]
    assert _tiered(lambda kw: {"metadata": None, "subaccounts": []}) == ([], [0])
    with pytest.raises(UnexpectedResponse):
        _tiered(lambda kw: {"metadata": {"total": 1}})


def test_tiered_subaccounts_are_cached_apart_from_the_plain_list() -> None:
    state = PortfolioState()
    script = Script({
        "get_subaccounts_paged": _paged(150),
        "get_subaccounts": lambda kw: [_acct(1)],
    })  # fmt: skip
    assert len(script.run(subaccounts_flow(state, tiered=True))) == 150
    assert len(script.run(subaccounts_flow(state, tiered=True))) == 150
    assert len(script.run(subaccounts_flow(state))) == 1
    assert script.ops() == ["get_subaccounts_paged", "get_subaccounts_paged", "get_subaccounts"]


def test_account_list_is_read_again_in_each_brokerage_session() -> None:
    generation = [1]
    state = PortfolioState(generation=lambda: generation[0])
    script = Script({
        "get_portfolio_accounts": lambda kw: [{"accountId": "U1"}],
        "get_positions": lambda kw: [],
    })  # fmt: skip
    script.run(positions_flow(state, "U1"))
    script.run(positions_flow(state, "U1"))
    assert script.ops() == ["get_portfolio_accounts", "get_positions", "get_positions"]
    generation[0] = 2  # the session was re-established: IBKR wants /portfolio/accounts again
    script.run(positions_flow(state, "U1"))  # although the list is still in the 5 s cache
    script.run(positions_flow(state, "U1"))
    assert script.ops()[3:] == ["get_portfolio_accounts", "get_positions", "get_positions"]
