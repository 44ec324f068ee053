"""Portfolio parsing on IBKR's recorded answers (read where they live) and on our own bodies in IBKR's
shapes, and the page loop, sans-I/O."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from flowdriver import Script
from recordings import recording

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

# Our own ledger row in IBKR's shape (every key IBKR sends; account, figures and time are ours).
LEDGER_ROW = {
    "acctcode": "DU7654321", "cashbalance": 48210.37, "cashbalancefxsegment": 0.0, "commoditymarketvalue": 0,
    "corporatebondsmarketvalue": 0.0, "cryptocurrencyvalue": 0.0, "currency": "USD", "dividends": 12.4,
    "endofbundle": 1, "exchangerate": 1, "funds": 0.0, "futuremarketvalue": 0.0,
    "futureoptionmarketvalue": 0.0, "futuresonlypnl": 0.0, "interest": 18.09,
    "issueroptionsmarketvalue": 0.0, "key": "LedgerList",
    "moneyfunds": 0.0, "netliquidationvalue": 61733.1, "realizedpnl": -7.3, "secondkey": "USD",
    "sessionid": 3,
    "settledcash": 48110.37, "severity": 0, "stockmarketvalue": 13522.73, "stockoptionmarketvalue": 0.0,
    "tbillsmarketvalue": 0.0, "tbondsmarketvalue": 0.0, "timestamp": 1760001234, "unrealizedpnl": -41.06,
    "warrantsmarketvalue": 0.0,
}  # fmt: skip


def item(
    amount: Any, value: str | None = None, *, currency: str | None = "USD", null: bool = False
) -> dict[str, Any]:
    return {"amount": amount, "currency": currency, "isNull": null, "timestamp": 1760001234,
            "value": value if value is not None else str(amount), "severity": 0}  # fmt: skip


def test_recorded_ledger_parses_to_the_exact_figures_sent() -> None:
    body = recording("get_portfolio_accountId_ledger__2.json")  # keyed by currency, BASE included
    ledger = parse_ledger(body, "fallback")
    assert set(ledger) == {row["secondkey"] for row in body.values()}
    assert ledger.base is not None and ledger.currencies == tuple(k for k in body if k != "BASE")
    for key, row in body.items():
        entry = ledger[key]
        assert entry.currency == row["secondkey"]
        assert entry.cash_balance == Decimal(str(row["cashbalance"]))
        assert entry.settled_cash == Decimal(str(row["settledcash"]))
        assert entry.net_liquidation == Decimal(str(row["netliquidationvalue"]))
        assert entry.unrealized_pnl == Decimal(str(row["unrealizedpnl"]))
        assert entry.realized_pnl == Decimal(str(row["realizedpnl"]))
        assert entry.interest == Decimal(str(row["interest"]))
        assert entry.exchange_rate == Decimal(str(row["exchangerate"]))
        assert entry.stock_market_value == Decimal(str(row["stockmarketvalue"]))
        assert entry.timestamp == dt.datetime.fromtimestamp(row["timestamp"], tz=dt.UTC)


def test_ledger_numbers_are_exact_decimals() -> None:
    ledger = parse_ledger(
        {"USD": LEDGER_ROW, "BASE": LEDGER_ROW | {"currency": "BASE", "secondkey": "BASE"}}, "U1"
    )
    usd = ledger["USD"]
    assert usd.cash_balance == Decimal("48210.37") and usd.settled_cash == Decimal("48110.37")
    assert usd.net_liquidation == Decimal("61733.1")
    assert usd.unrealized_pnl == Decimal("-41.06") and usd.realized_pnl == Decimal("-7.3")
    assert usd.interest == Decimal("18.09") and usd.exchange_rate == Decimal(1)
    assert usd.stock_market_value == Decimal("13522.73") and usd.dividends == Decimal("12.4")
    assert usd.futures_only_pnl == Decimal(0)
    assert usd.timestamp == dt.datetime.fromtimestamp(1760001234, tz=dt.UTC)
    assert ledger.base is not None and ledger.currencies == ("USD",)
    # formatted strings are numbers; a figure left out is None (the three balances must be there)
    row = {"currency": "EUR", "cashbalance": "1,250.50", "settledcash": 1250.5, "netliquidationvalue": 1300}
    odd = parse_ledger({"EUR": row | {"secondkey": "EUR"}}, "U1")
    assert odd["EUR"].cash_balance == Decimal("1250.5") and odd["EUR"].net_liquidation == Decimal(1300)
    assert odd["EUR"].interest is None and odd["EUR"].stock_market_value is None
    with pytest.raises(UnexpectedResponse):
        parse_ledger([], "U1")


def test_summary_total_and_segments() -> None:
    body = {
        "accountcode": item(0.0, "DU7654321", currency=None),
        "accounttype": item(0.0, "INDIVIDUAL", currency=None),
        "netliquidation": item(61733.1),
        "netliquidation-c": item(0.0),
        "netliquidation-s": item(61733.1),
        "initmarginreq": item(4102.55),
        "initmarginreq-s": item(4102.55),
        "maintmarginreq": item(3700, "3,700"),
        "buyingpower": item(230522.18),
        "cushion": item(0.91, "0.91", currency=None),
        "sma": item(0.0, "", null=True),
        "leverage-s": item(0.22, "0.22", currency=None),
    }
    s = parse_summary(body, "fallback")
    assert s.account_id == "DU7654321" and s.account_type == "INDIVIDUAL" and s.currency == "USD"
    assert s.net_liquidation == Decimal("61733.1") and s.buying_power == Decimal("230522.18")
    assert s.maint_margin == Decimal(3700) and s.total.cushion == Decimal("0.91")
    assert s.total.sma is None  # isNull
    assert s.total.excess_liquidity is None  # not reported
    assert set(s.segments) == {"commodities", "securities"}
    assert s.segments["securities"].net_liquidation == Decimal("61733.1")
    assert s.segments["securities"].leverage == Decimal("0.22")
    assert s.segments["commodities"].net_liquidation == Decimal(0)
    assert s.raw["netliquidation"].timestamp is not None


def _opt_decimal(raw: Any) -> Decimal | None:
    return None if raw is None else Decimal(str(raw))


def test_recorded_positions_page_parses_what_ibkr_sent() -> None:
    body = recording("get_portfolio_accountId_positions_pageId__3.json")  # page 0: stock rows
    positions, page_size = parse_positions_page(body, "fallback")
    assert page_size == 100  # no pageSize in the body: IBKR's default
    assert [p.conid for p in positions] == [row["conid"] for row in body]
    for p, row in zip(positions, body, strict=True):
        assert (p.account_id, p.description, p.sec_type) == (
            row["acctId"],
            row["contractDesc"],
            row["assetClass"],
        )
        assert p.quantity == Decimal(str(row["position"])) and p.currency == row["currency"]
        assert p.market_price == _opt_decimal(row["mktPrice"])
        assert p.market_value == _opt_decimal(row["mktValue"])
        assert p.avg_cost == _opt_decimal(row["avgCost"]) and p.avg_price == _opt_decimal(row["avgPrice"])
        assert p.unrealized_pnl == _opt_decimal(row["unrealizedPnl"])
        assert p.realized_pnl == _opt_decimal(row["realizedPnl"])
        if not row["strike"]:  # IBKR writes 0 for "no strike", 0 for "no underlying"
            assert p.strike is None
        if not row["undConid"]:
            assert p.underlying_conid is None
        if row["multiplier"] is None:
            assert p.multiplier is None


def test_positions_page_typing() -> None:
    row = {
        "acctId": "DU7654321", "conid": 4391, "contractDesc": "AMD", "position": 12.0,
        "mktPrice": 161.2700043, "mktValue": 1935.24, "currency": "USD", "avgCost": 158.41666665,
        "avgPrice": 158.41666665, "realizedPnl": 0.0, "unrealizedPnl": 34.24, "exchs": None, "expiry": None,
        "putOrCall": None, "multiplier": None, "strike": 0.0, "exerciseStyle": None, "conExchMap": [],
        "assetClass": "STK", "undConid": 0, "model": "",
    }  # fmt: skip
    option = row | {"conid": 1, "assetClass": "OPT", "putOrCall": "P", "strike": "182.5", "multiplier": 100.0,
                    "expiry": "20270115", "undConid": 265598, "position": -2.0, "pageSize": 100}  # fmt: skip
    (stk, opt), page_size = parse_positions_page([row, option], "U1")
    assert page_size == 100
    assert stk.quantity == Decimal(12) and stk.market_price == Decimal("161.2700043")
    assert stk.avg_cost == Decimal("158.41666665") and stk.unrealized_pnl == Decimal("34.24")
    assert stk.account_id == "DU7654321" and stk.description == "AMD" and stk.sec_type == "STK"
    assert stk.strike is None and stk.multiplier is None and stk.underlying_conid is None
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
    pages = {0: [_row(i) for i in range(1, 101)], 1: [_row(i) for i in range(101, 131)]}
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
