"""Garbage numbers never become zero: a position or cash balance IBKR did not really send must not look
like "flat" or "no cash". Unreadable or missing required values raise ``UnexpectedResponse``; figures
IBKR may leave out are None."""

from __future__ import annotations

from typing import Any

import pytest

from ibkr_webapi import UnexpectedResponse
from ibkr_webapi.client import Client
from ibkr_webapi.portfolio import parse_ledger, parse_position, parse_positions_page, parse_summary
from ibkr_webapi.testing import FakeGateway

ROW = {"acctId": "U1", "conid": 756733, "contractDesc": "SPY", "position": 44.0, "assetClass": "STK"}
LEDGER = {
    "currency": "USD",
    "secondkey": "USD",
    "cashbalance": 100.0,
    "settledcash": 90.0,
    "netliquidationvalue": 150,
}


@pytest.mark.parametrize("position", ["many", None, "", True, {"x": 1}, [1]])
def test_unreadable_or_missing_position_raises(position: Any) -> None:
    with pytest.raises(UnexpectedResponse, match="position"):
        parse_position(ROW | {"position": position}, "U1")
    row = dict(ROW)
    del row["position"]
    with pytest.raises(UnexpectedResponse):
        parse_position(row, "U1")


def test_a_real_zero_position_stays_zero_and_optional_figures_are_none() -> None:
    flat = parse_position(ROW | {"position": 0}, "U1")
    assert flat.quantity == 0
    assert flat.market_value is None and flat.avg_cost is None
    with pytest.raises(UnexpectedResponse, match="mktValue"):
        parse_position(ROW | {"mktValue": "lots"}, "U1")
    with pytest.raises(UnexpectedResponse, match="strike"):
        parse_position(ROW | {"strike": "high"}, "U1")
    assert parse_position(ROW | {"strike": "0"}, "U1").strike is None  # IBKR's "no strike"


@pytest.mark.parametrize("conid", [None, "abc", 0, -5])
def test_position_row_without_a_conid_raises(conid: Any) -> None:
    with pytest.raises(UnexpectedResponse, match="conid"):
        parse_position(ROW | {"conid": conid}, "U1")


@pytest.mark.parametrize("body", [{}, None, ["a", "b"], "positions", 0, [ROW, "b"]])
def test_positions_body_shapes_that_are_not_a_list_of_rows_raise(body: Any) -> None:
    with pytest.raises(UnexpectedResponse):
        parse_positions_page(body, "U1")


def test_empty_page_is_no_positions() -> None:
    assert parse_positions_page([], "U1") == ((), 100)


@pytest.mark.parametrize("key", ["cashbalance", "settledcash", "netliquidationvalue"])
@pytest.mark.parametrize("value", ["lots", None, "", True])
def test_ledger_balance_garbage_or_null_raises(key: str, value: Any) -> None:
    with pytest.raises(UnexpectedResponse, match=key):
        parse_ledger({"USD": LEDGER | {key: value}}, "U1")


def test_ledger_optional_figures() -> None:
    ledger = parse_ledger({"USD": LEDGER}, "U1")
    assert ledger["USD"].cash_balance == 100 and ledger["USD"].interest is None
    with pytest.raises(UnexpectedResponse, match="interest"):
        parse_ledger({"USD": LEDGER | {"interest": "lots"}}, "U1")
    with pytest.raises(UnexpectedResponse):
        parse_ledger({"USD": "not an entry"}, "U1")


def test_summary_amount_garbage_raises_but_isnull_is_none() -> None:
    item = {"amount": 1.0, "currency": "USD", "isNull": False, "timestamp": 1, "value": None}
    assert parse_summary({"netliquidation": item}, "U1").net_liquidation == 1
    assert parse_summary({"netliquidation": item | {"isNull": True}}, "U1").net_liquidation is None
    with pytest.raises(UnexpectedResponse, match="netliquidation"):
        parse_summary({"netliquidation": item | {"amount": "lots"}}, "U1")


# -- end to end, through the client, against the fake gateway -------------------------------------


@pytest.mark.parametrize("body", [b"{}", b"null", b'["a","b"]', b'[{"conid": 756733, "position": "many"}]'])
def test_client_positions_refuse_garbage_bodies(gw: FakeGateway, client: Client, body: bytes) -> None:
    account = client.session.selected_account or "DU1234567"
    client.portfolio.positions(account)  # reads the account list first (IBKR's rule)
    gw.faults.fail_next("get_positions", status=200, body=body)
    with pytest.raises(UnexpectedResponse):
        client.portfolio.positions(account)


def test_client_ledger_refuses_a_garbage_cash_balance(gw: FakeGateway, client: Client) -> None:
    account = client.session.selected_account or "DU1234567"
    good = client.portfolio.ledger(account)
    assert good.base is not None
    gw.faults.fail_next("get_ledger", status=200, body={"USD": LEDGER | {"cashbalance": "lots"}})
    with pytest.raises(UnexpectedResponse, match="cashbalance"):
        client.portfolio.ledger(account)


@pytest.mark.parametrize("body", [b"{}", b"null", b'{"orders": null}', b'{"orders": ["a", "b"]}'])
def test_live_orders_garbage_is_not_no_orders(gw: FakeGateway, client: Client, body: bytes) -> None:
    assert client.orders.live_orders() == []
    gw.faults.fail_next("get_live_orders", status=200, body=body)
    with pytest.raises(UnexpectedResponse):
        client.orders.live_orders()
