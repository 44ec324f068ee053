"""Nothing unintended reaches IBKR: ``extra`` cannot override a validated field, and values IBKR cannot
take (conids beyond its range, absurd quantities and prices, inverted brackets) are refused before
sending, with a message naming the rule."""

from __future__ import annotations

from typing import Any

import pytest

from ibkr_webapi import ValidationError
from ibkr_webapi._coerce import MAX_CONID
from ibkr_webapi.orders import Order, Orders, ReplyPolicy, bracket, combo_conidex
from ibkr_webapi.testing import FakeGateway

from .conftest import Connect

AAPL = 265598


def base(**kw: Any) -> dict[str, Any]:
    return {"conid": AAPL, "side": "BUY", "quantity": 1, "price": 100.0, "coid": "mine-1"} | kw


# -- item 1: extra ---------------------------------------------------------------------------------


def test_extra_cannot_override_side_quantity_or_coid() -> None:
    with pytest.raises(ValidationError) as e:
        Order(**base(extra={"side": "SELL", "quantity": -5, "cOID": "other-2"}))
    assert e.value.field == "extra"
    for name in ("side", "quantity", "cOID"):
        assert name in str(e.value)


@pytest.mark.parametrize(
    "key",
    [
        "cOID",
        "coid",
        "COID",
        "side",
        "Side",
        "quantity",
        "conid",
        "conidex",
        "price",
        "auxPrice",
        "aux_price",
        "orderType",
        "order_type",
        "tif",
        "acctId",
        "account_id",
        "parentId",
        "outsideRTH",
        "cashQty",
        "trailingAmt",
        "isSingleGroup",
        "listingExchange",
        "secType",
        "totalQuantity",
        "lmtPrice",
        "action",
        "orderRef",
    ],
)
def test_every_wire_name_and_alias_of_a_field_is_refused_in_extra(key: str) -> None:
    with pytest.raises(ValidationError, match=key) as e:
        Order(**base(extra={key: "x"}))
    assert e.value.field == "extra"


def test_what_is_sent_is_what_the_order_reports() -> None:
    extra = {"allocationMethod": "EqualQuantity"}
    order = Order(**base(extra=extra))
    extra["side"] = "SELL"  # mutating the caller's dict afterwards changes nothing
    wire = order.to_wire()
    assert wire["side"] == order.side == "BUY"
    assert wire["quantity"] == order.quantity == 1
    assert wire["cOID"] == order.coid == "mine-1"
    assert wire["allocationMethod"] == "EqualQuantity"
    assert "side" not in order.extra


def test_extra_refused_before_anything_is_sent(connect: Connect) -> None:
    gw, client = connect()
    before = gw.counters.snapshot()["total_requests"]
    with pytest.raises(ValidationError):
        Orders(client).place_one(Order(**base(extra={"quantity": -5})), policy=ReplyPolicy.deny())
    assert gw.counters.snapshot()["total_requests"] == before


def test_placed_order_is_the_one_described(connect: Connect) -> None:
    gw, client = connect()
    price = round(float(gw.state.market.last(AAPL)) * 0.995, 2)
    order = Order(conid=AAPL, side="BUY", quantity=3, price=price, coid="mine-7")
    ack = Orders(client).place_one(order)
    [placed] = [o for o in gw.state.orders.orders.values() if o.spec.coid == "mine-7"]
    assert ack.coid == "mine-7"
    assert (placed.spec.side, float(placed.spec.quantity)) == ("BUY", 3.0)


# -- item 4: ranges --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kw", "field", "rule"),
    [
        ({"conid": 2**70}, "conid", "32-bit"),
        ({"conid": MAX_CONID + 1}, "conid", "32-bit"),
        ({"conid": 0}, "conid", "positive"),
        ({"quantity": 1e308}, "quantity", "largest"),
        ({"quantity": 1e-12}, "quantity", "smallest"),
        ({"quantity": float("nan")}, "quantity", "finite"),
        ({"quantity": float("inf")}, "quantity", "finite"),
        ({"price": 1e-300}, "price", "minimum price increment"),
        ({"price": 1e300}, "price", "largest"),
        ({"price": float("inf")}, "price", "finite"),
        ({"order_type": "STP", "price": None, "aux_price": 1e-300}, "aux_price", "minimum price increment"),
    ],
)
def test_out_of_range_values_are_refused_naming_the_rule(kw: dict[str, Any], field: str, rule: str) -> None:
    with pytest.raises(ValidationError, match=rule) as e:
        Order(**base(**kw))
    assert e.value.field == field


def test_largest_conid_and_small_fractions_are_fine() -> None:
    assert Order(**base(conid=MAX_CONID)).conid == MAX_CONID
    assert Order(**base(quantity=0.0001)).to_wire()["quantity"] == 0.0001


def test_conidex_conids_are_range_checked() -> None:
    with pytest.raises(ValidationError, match="32-bit") as e:
        Order(side="BUY", quantity=1, price=1.0, conidex=f"{2**70}@SMART")
    assert e.value.field == "conidex"
    with pytest.raises(ValidationError, match="32-bit"):
        Order(side="BUY", quantity=1, price=1.0, conidex=f"28812380;;;{2**40}/1,8314/-1")
    with pytest.raises(ValidationError, match="32-bit"):
        combo_conidex([(2**40, 1), (8314, -1)])


@pytest.mark.parametrize(
    ("side", "entry", "tp", "sl", "field"),
    [
        ("BUY", 100.0, 90.0, 110.0, "take_profit"),  # the example
        ("BUY", 100.0, 110.0, 100.5, "stop_loss"),  # stop above a long's entry fires at once
        ("BUY", 100.0, 99.0, None, "take_profit"),
        ("SELL", 100.0, 110.0, 90.0, "take_profit"),
        ("SELL", 100.0, 95.0, 99.0, "stop_loss"),
        ("SELL", 100.0, None, 99.0, "stop_loss"),
    ],
)
def test_inverted_bracket_is_refused(
    side: str, entry: float, tp: float | None, sl: float | None, field: str
) -> None:
    parent = Order(conid=AAPL, side=side, quantity=100, price=entry)
    with pytest.raises(ValidationError, match="inverted bracket") as e:
        bracket(parent, take_profit=tp, stop_loss=sl)
    assert e.value.field == field


def test_market_bracket_still_needs_profit_beyond_stop() -> None:
    parent = Order(conid=AAPL, side="BUY", quantity=100, order_type="MKT")
    with pytest.raises(ValidationError, match="take_profit above stop_loss"):
        bracket(parent, take_profit=90.0, stop_loss=110.0)
    group = bracket(parent, take_profit=110.0, stop_loss=90.0)
    assert [o.side for o in group.orders] == ["BUY", "SELL", "SELL"]


def test_well_formed_brackets_pass() -> None:
    buy = bracket(Order(conid=AAPL, side="BUY", quantity=100, price=100.0), take_profit=110.0, stop_loss=90.0)
    sell = bracket(
        Order(conid=AAPL, side="SELL", quantity=100, price=100.0), take_profit=90.0, stop_loss=110.0
    )
    assert len(buy.orders) == len(sell.orders) == 3


def test_inverted_bracket_sends_nothing(connect: Connect) -> None:
    gw, client = connect()
    before = gw.counters.snapshot()["total_requests"]
    with pytest.raises(ValidationError):
        Orders(client).place(
            bracket(
                Order(conid=AAPL, side="BUY", quantity=100, price=100.0), take_profit=90.0, stop_loss=110.0
            )
        )
    assert gw.counters.snapshot()["total_requests"] == before
    assert not _orders(gw)


def _orders(gw: FakeGateway) -> list[Any]:
    return list(gw.state.orders.orders.values())


def test_market_data_and_contract_calls_refuse_out_of_range_conids(connect: Connect) -> None:
    gw, client = connect()
    before = gw.counters.snapshot()["total_requests"]
    for call in (
        lambda: client.marketdata.snapshot([2**70]),
        lambda: client.marketdata.snapshot(["99999999999999999999999"]),
        lambda: client.marketdata.unsubscribe(2**40),
        lambda: client.contracts.details(2**70),
    ):
        with pytest.raises(ValidationError, match="32-bit"):
            call()
    assert gw.counters.snapshot()["total_requests"] == before
