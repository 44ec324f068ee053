"""Order models: client-side validation names the field; wire bodies are what IBKR documents."""

from __future__ import annotations

from typing import Any

import pytest
from recordings import recording

from ibkr_webapi import ValidationError
from ibkr_webapi.orders import (
    MAX_COID_LENGTH,
    SPREAD_CONIDS,
    Order,
    OrderPreview,
    OrderStatusDetail,
    OrderType,
    Side,
    TimeInForce,
    bracket,
    combo_conidex,
    new_coid,
    oca,
)
from ibkr_webapi.orders.models import LiveOrder

LMT: dict[str, Any] = {"conid": 265598, "side": "BUY", "quantity": 10, "order_type": "LMT", "price": 150.0}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"price": None}, "price"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": -1}, "quantity"),
        ({"quantity": float("nan")}, "quantity"),
        ({"quantity": None}, "quantity"),
        ({"side": "HOLD"}, "side"),
        ({"tif": "FOREVER"}, "tif"),
        ({"order_type": "LIMITED"}, "order_type"),
        ({"order_type": "STP", "price": None}, "aux_price"),
        ({"order_type": "STOP_LIMIT"}, "aux_price"),
        ({"order_type": "MKT"}, "price"),
        ({"conid": None}, "conid"),
        ({"conid": -5}, "conid"),
        ({"conidex": "265598@SMART"}, "conid"),
        ({"price": 0}, "price"),
        ({"price": "150"}, "price"),
        ({"coid": "has space"}, "coid"),
        ({"coid": "x" * (MAX_COID_LENGTH + 1)}, "coid"),
        ({"order_type": "TRAIL", "price": None, "trailing_amount": 1.0}, "trailing_type"),
    ],
)
def test_validation_names_the_field(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as exc:
        Order(**{**LMT, **changes})
    assert exc.value.field == field


def test_enums_accept_strings_and_aliases() -> None:
    o = Order(conid=1, side="sell", quantity=1, order_type="STP_LIMIT", price=1.0, aux_price=1.1, tif="gtc")
    assert o.side is Side.SELL and o.order_type is OrderType.STOP_LIMIT and o.tif is TimeInForce.GTC


def test_wire_limit_and_stop_mapping() -> None:
    w = Order(**LMT, coid="abc-1", outside_rth=True).to_wire()
    assert w == {
        "conid": 265598, "orderType": "LMT", "side": "BUY", "tif": "DAY", "outsideRTH": True,
        "quantity": 10, "price": 150.0, "cOID": "abc-1",
    }  # fmt: skip
    stp = Order(conid=1, side="SELL", quantity=1, order_type="STP", aux_price=90.0).to_wire()
    assert stp["price"] == 90.0 and "auxPrice" not in stp  # IBKR: for STP, "price" is the stop price
    sl = Order(
        conid=1, side="SELL", quantity=1, order_type="STOP_LIMIT", price=89.0, aux_price=90.0
    ).to_wire()
    assert (sl["price"], sl["auxPrice"]) == (89.0, 90.0)
    mkt = Order(conid=1, side="BUY", quantity=1, order_type="MKT", manual_indicator=False).to_wire()
    assert "price" not in mkt and mkt["manualIndicator"] is False


def test_new_coid_unique_and_short() -> None:
    ids = {new_coid() for _ in range(2000)}
    assert len(ids) == 2000 and all(len(i) <= MAX_COID_LENGTH for i in ids)


def test_bracket() -> None:
    group = bracket(Order(**LMT), take_profit=160.0, stop_loss=140.0)
    parent, tp, sl = group.orders
    assert parent.coid and tp.parent_id == parent.coid and sl.parent_id == parent.coid
    assert tp.side is Side.SELL and sl.side is Side.SELL and tp.coid is None and sl.coid is None
    assert tp.order_type is OrderType.LIMIT and tp.price == 160.0
    assert sl.order_type is OrderType.STOP and sl.aux_price == 140.0 and sl.quantity == 10
    with pytest.raises(ValidationError):
        bracket(Order(**LMT))


def test_oca_marks_group_and_coids() -> None:
    g = oca([Order(**LMT), Order(**{**LMT, "price": 149.0})])
    assert all(o.is_single_group and o.coid for o in g.orders)
    assert all(o.to_wire()["isSingleGroup"] is True for o in g.orders)


def test_combo_conidex() -> None:
    assert SPREAD_CONIDS["USD"] == 28812380
    assert combo_conidex([(265598, 1), (272093, -1)]) == "28812380;;;265598/1,272093/-1"
    assert combo_conidex({1: 2, 3: -1}, currency="GBP", exchange="LSE") == "58666491@LSE;;;1/2,3/-1"
    with pytest.raises(ValidationError):
        combo_conidex([(1, 1)])
    with pytest.raises(ValidationError):
        combo_conidex([(1, 1), (2, 0)])
    with pytest.raises(ValidationError):
        combo_conidex([(1, 1), (2, 1)], currency="XXX")
    combo = Order(conidex=combo_conidex([(1, 1), (2, -1)]), side="BUY", quantity=1, price=-0.5)
    assert combo.to_wire()["conidex"] == "28812380;;;1/1,2/-1"  # net credit prices may be negative


def test_typed_results_from_ibkr_shapes() -> None:
    # synthetic bodies in IBKR's shapes: amounts as "<number> <currency>" strings, thousands separators
    preview = OrderPreview.from_wire(
        {
            "amount": {"amount": "37.5 USD (3 Shares)", "commission": "0.35 USD", "total": "37.85 USD"},
            "equity": {"current": "52,140", "change": "-12", "after": "52,128"},
            "initial": {"current": "2,310", "change": "45", "after": "2,355"},
            "maintenance": {"current": "2,100", "change": "41", "after": "2,141"},
            "warn": "Synthetic warning: price far from the market",
            "error": None,
        }
    )
    assert preview.commission == 0.35 and preview.commission_currency == "USD" and preview.total == 37.85
    assert preview.initial_margin is not None and preview.initial_margin.change == 45
    assert preview.equity_with_loan is not None and preview.equity_with_loan.current == 52140
    assert preview.equity_with_loan.change == -12
    assert preview.warnings == ("Synthetic warning: price far from the market",)
    status = OrderStatusDetail.from_wire(
        {"order_id": 4242, "order_status": "PreSubmitted", "conid": 4711, "side": "S",
         "order_type": "LIMIT", "tif": "DAY", "total_size": "3.0", "limit_price": "12.50",
         "order_not_editable": False, "cannot_cancel_order": False, "outside_rth": True}
    )  # fmt: skip
    assert status.limit_price == 12.5 and status.editable is True and status.quantity == 3.0
    live = LiveOrder.from_wire(
        {"orderId": 1, "status": "Submitted", "order_ref": "my-coid", "totalSize": 1.0}
    )
    assert live.coid == "my-coid" and live.order_id == 1


def _amount(text: str) -> float:
    """'1,006,413' or '0.01 USD' -> the number IBKR means (the test's own reading, to compare with)."""
    return float(text.split()[0].replace(",", ""))


def test_recorded_whatif_answer_parses() -> None:
    body = recording("post_iserver_account_accountId_orders_whatif__1.json")
    preview = OrderPreview.from_wire(body)
    assert preview.commission == _amount(body["amount"]["commission"])
    assert preview.commission_currency == body["amount"]["commission"].split()[1]
    assert preview.total == _amount(body["amount"]["total"])
    assert preview.initial_margin is not None and preview.equity_with_loan is not None
    assert preview.initial_margin.change == _amount(body["initial"]["change"])
    assert preview.equity_with_loan.current == _amount(body["equity"]["current"])
    assert preview.warnings == (body["warn"],)


def test_recorded_order_status_answer_parses() -> None:
    body = recording("get_iserver_account_order_status_orderId__1.json")  # many keys we do not model
    status = OrderStatusDetail.from_wire(body)
    assert (status.order_id, status.conid, status.status) == (
        body["order_id"],
        body["conid"],
        body["order_status"],
    )
    assert status.limit_price == float(body["limit_price"]) and status.quantity == float(body["total_size"])
    assert status.editable is (not body["order_not_editable"])
