# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.order_request_json_payload import OrderRequestJsonPayload
    from ..models.order_request_strategy_parameters import OrderRequestStrategyParameters


T = TypeVar("T", bound="OrderRequest")


@_attrs_define
class OrderRequest:
    """One order. Put it inside `OrdersSubmissionRequest.orders`. Name the contract with `conid` or, for routed and combo
    (BAG) orders, `conidex`; size it with `quantity` or `cashQty`.

        Attributes:
            order_type (str): LMT, MKT, STP, STOP_LIMIT, MIDPRICE, TRAIL, TRAILLMT, ...
            side (str): BUY or SELL.
            tif (str): Time in force: DAY, GTC, IOC, OPG, PAX, ...
            acct_id (str | Unset): Account to trade in; defaults to the one in the path.
            conid (int | Unset): Contract id.
            conidex (str | Unset): Contract id with routing, "conid@EXCHANGE".
            sec_type (str | Unset): Contract in "conid:secType" form (e.g. "265598:STK").
            c_oid (str | Unset): Client order id, unique per account and day.
            parent_id (str | Unset): cOID of the parent order (bracket children).
            listing_exchange (str | Unset):
            is_single_group (bool | Unset): Treat the orders in this request as one OCA group.
            outside_rth (bool | Unset): Allow filling outside regular trading hours.
            price (float | Unset): Limit price.
            aux_price (float | Unset): Stop price (STOP_LIMIT) or offset.
            ticker (str | Unset):
            trailing_amt (float | Unset):
            trailing_type (str | Unset): amt or %.
            referrer (str | Unset):
            quantity (float | Unset): Number of units (fractions allowed where supported).
            cash_qty (float | Unset): Cash amount to trade instead of a quantity.
            fx_qty (float | Unset):
            use_adaptive (bool | Unset):
            is_ccy_conv (bool | Unset): The order is a currency conversion.
            allocation_method (str | Unset):
            strategy (str | Unset): IB algo name.
            strategy_parameters (OrderRequestStrategyParameters | Unset):
            manual_indicator (bool | Unset): Order was entered by a person; some accounts must send it.
            ext_operator (str | Unset):
            all_or_none (bool | Unset):
            tax_optimizer_id (str | Unset):
            json_payload (OrderRequestJsonPayload | Unset):
    """

    order_type: str
    side: str
    tif: str
    acct_id: str | Unset = UNSET
    conid: int | Unset = UNSET
    conidex: str | Unset = UNSET
    sec_type: str | Unset = UNSET
    c_oid: str | Unset = UNSET
    parent_id: str | Unset = UNSET
    listing_exchange: str | Unset = UNSET
    is_single_group: bool | Unset = UNSET
    outside_rth: bool | Unset = UNSET
    price: float | Unset = UNSET
    aux_price: float | Unset = UNSET
    ticker: str | Unset = UNSET
    trailing_amt: float | Unset = UNSET
    trailing_type: str | Unset = UNSET
    referrer: str | Unset = UNSET
    quantity: float | Unset = UNSET
    cash_qty: float | Unset = UNSET
    fx_qty: float | Unset = UNSET
    use_adaptive: bool | Unset = UNSET
    is_ccy_conv: bool | Unset = UNSET
    allocation_method: str | Unset = UNSET
    strategy: str | Unset = UNSET
    strategy_parameters: OrderRequestStrategyParameters | Unset = UNSET
    manual_indicator: bool | Unset = UNSET
    ext_operator: str | Unset = UNSET
    all_or_none: bool | Unset = UNSET
    tax_optimizer_id: str | Unset = UNSET
    json_payload: OrderRequestJsonPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_type = self.order_type

        side = self.side

        tif = self.tif

        acct_id = self.acct_id

        conid = self.conid

        conidex = self.conidex

        sec_type = self.sec_type

        c_oid = self.c_oid

        parent_id = self.parent_id

        listing_exchange = self.listing_exchange

        is_single_group = self.is_single_group

        outside_rth = self.outside_rth

        price = self.price

        aux_price = self.aux_price

        ticker = self.ticker

        trailing_amt = self.trailing_amt

        trailing_type = self.trailing_type

        referrer = self.referrer

        quantity = self.quantity

        cash_qty = self.cash_qty

        fx_qty = self.fx_qty

        use_adaptive = self.use_adaptive

        is_ccy_conv = self.is_ccy_conv

        allocation_method = self.allocation_method

        strategy = self.strategy

        strategy_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.strategy_parameters, Unset):
            strategy_parameters = self.strategy_parameters.to_dict()

        manual_indicator = self.manual_indicator

        ext_operator = self.ext_operator

        all_or_none = self.all_or_none

        tax_optimizer_id = self.tax_optimizer_id

        json_payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.json_payload, Unset):
            json_payload = self.json_payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderType": order_type,
                "side": side,
                "tif": tif,
            }
        )
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if c_oid is not UNSET:
            field_dict["cOID"] = c_oid
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if is_single_group is not UNSET:
            field_dict["isSingleGroup"] = is_single_group
        if outside_rth is not UNSET:
            field_dict["outsideRTH"] = outside_rth
        if price is not UNSET:
            field_dict["price"] = price
        if aux_price is not UNSET:
            field_dict["auxPrice"] = aux_price
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if trailing_amt is not UNSET:
            field_dict["trailingAmt"] = trailing_amt
        if trailing_type is not UNSET:
            field_dict["trailingType"] = trailing_type
        if referrer is not UNSET:
            field_dict["referrer"] = referrer
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if cash_qty is not UNSET:
            field_dict["cashQty"] = cash_qty
        if fx_qty is not UNSET:
            field_dict["fxQty"] = fx_qty
        if use_adaptive is not UNSET:
            field_dict["useAdaptive"] = use_adaptive
        if is_ccy_conv is not UNSET:
            field_dict["isCcyConv"] = is_ccy_conv
        if allocation_method is not UNSET:
            field_dict["allocationMethod"] = allocation_method
        if strategy is not UNSET:
            field_dict["strategy"] = strategy
        if strategy_parameters is not UNSET:
            field_dict["strategyParameters"] = strategy_parameters
        if manual_indicator is not UNSET:
            field_dict["manualIndicator"] = manual_indicator
        if ext_operator is not UNSET:
            field_dict["extOperator"] = ext_operator
        if all_or_none is not UNSET:
            field_dict["allOrNone"] = all_or_none
        if tax_optimizer_id is not UNSET:
            field_dict["taxOptimizerId"] = tax_optimizer_id
        if json_payload is not UNSET:
            field_dict["jsonPayload"] = json_payload

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.order_request_json_payload import OrderRequestJsonPayload  # noqa: PLC0415
        from ..models.order_request_strategy_parameters import OrderRequestStrategyParameters  # noqa: PLC0415

        d = dict(src_dict)
        order_type = d.pop("orderType")

        side = d.pop("side")

        tif = d.pop("tif")

        acct_id = d.pop("acctId", UNSET)

        conid = d.pop("conid", UNSET)

        conidex = d.pop("conidex", UNSET)

        sec_type = d.pop("secType", UNSET)

        c_oid = d.pop("cOID", UNSET)

        parent_id = d.pop("parentId", UNSET)

        listing_exchange = d.pop("listingExchange", UNSET)

        is_single_group = d.pop("isSingleGroup", UNSET)

        outside_rth = d.pop("outsideRTH", UNSET)

        price = d.pop("price", UNSET)

        aux_price = d.pop("auxPrice", UNSET)

        ticker = d.pop("ticker", UNSET)

        trailing_amt = d.pop("trailingAmt", UNSET)

        trailing_type = d.pop("trailingType", UNSET)

        referrer = d.pop("referrer", UNSET)

        quantity = d.pop("quantity", UNSET)

        cash_qty = d.pop("cashQty", UNSET)

        fx_qty = d.pop("fxQty", UNSET)

        use_adaptive = d.pop("useAdaptive", UNSET)

        is_ccy_conv = d.pop("isCcyConv", UNSET)

        allocation_method = d.pop("allocationMethod", UNSET)

        strategy = d.pop("strategy", UNSET)

        _strategy_parameters = d.pop("strategyParameters", UNSET)
        strategy_parameters: OrderRequestStrategyParameters | Unset
        if isinstance(_strategy_parameters, Unset):
            strategy_parameters = UNSET
        else:
            strategy_parameters = OrderRequestStrategyParameters.from_dict(_strategy_parameters)

        manual_indicator = d.pop("manualIndicator", UNSET)

        ext_operator = d.pop("extOperator", UNSET)

        all_or_none = d.pop("allOrNone", UNSET)

        tax_optimizer_id = d.pop("taxOptimizerId", UNSET)

        _json_payload = d.pop("jsonPayload", UNSET)
        json_payload: OrderRequestJsonPayload | Unset
        if isinstance(_json_payload, Unset):
            json_payload = UNSET
        else:
            json_payload = OrderRequestJsonPayload.from_dict(_json_payload)

        order_request = cls(
            order_type=order_type,
            side=side,
            tif=tif,
            acct_id=acct_id,
            conid=conid,
            conidex=conidex,
            sec_type=sec_type,
            c_oid=c_oid,
            parent_id=parent_id,
            listing_exchange=listing_exchange,
            is_single_group=is_single_group,
            outside_rth=outside_rth,
            price=price,
            aux_price=aux_price,
            ticker=ticker,
            trailing_amt=trailing_amt,
            trailing_type=trailing_type,
            referrer=referrer,
            quantity=quantity,
            cash_qty=cash_qty,
            fx_qty=fx_qty,
            use_adaptive=use_adaptive,
            is_ccy_conv=is_ccy_conv,
            allocation_method=allocation_method,
            strategy=strategy,
            strategy_parameters=strategy_parameters,
            manual_indicator=manual_indicator,
            ext_operator=ext_operator,
            all_or_none=all_or_none,
            tax_optimizer_id=tax_optimizer_id,
            json_payload=json_payload,
        )

        order_request.additional_properties = d
        return order_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
