# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveOrder")


@_attrs_define
class LiveOrder:
    """
    Attributes:
        acct (None | str | Unset):
        account (None | str | Unset):
        order_id (int | None | str | Unset):
        conid (int | None | str | Unset):
        conidex (None | str | Unset):
        ticker (None | str | Unset):
        description1 (None | str | Unset):
        company_name (None | str | Unset):
        sec_type (None | str | Unset):
        listing_exchange (None | str | Unset):
        side (None | str | Unset):
        order_type (None | str | Unset):
        orig_order_type (None | str | Unset):
        status (None | str | Unset): PreSubmitted, Submitted, Filled, Cancelled, ... (open set).
        order_ccp_status (None | str | Unset):
        price (float | None | str | Unset):
        avg_price (float | None | str | Unset):
        aux_price (float | None | str | Unset):
        total_size (float | None | str | Unset):
        filled_quantity (float | None | str | Unset):
        remaining_quantity (float | None | str | Unset):
        size_and_fills (None | str | Unset):
        order_desc (None | str | Unset):
        time_in_force (None | str | Unset):
        cash_ccy (None | str | Unset):
        order_ref (None | str | Unset):
        last_execution_time (None | str | Unset):
        last_execution_time_r (int | None | Unset):
        outside_rth (bool | None | Unset):
    """

    acct: None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    conidex: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    description1: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    order_type: None | str | Unset = UNSET
    orig_order_type: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    order_ccp_status: None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    avg_price: float | None | str | Unset = UNSET
    aux_price: float | None | str | Unset = UNSET
    total_size: float | None | str | Unset = UNSET
    filled_quantity: float | None | str | Unset = UNSET
    remaining_quantity: float | None | str | Unset = UNSET
    size_and_fills: None | str | Unset = UNSET
    order_desc: None | str | Unset = UNSET
    time_in_force: None | str | Unset = UNSET
    cash_ccy: None | str | Unset = UNSET
    order_ref: None | str | Unset = UNSET
    last_execution_time: None | str | Unset = UNSET
    last_execution_time_r: int | None | Unset = UNSET
    outside_rth: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct: None | str | Unset
        if isinstance(self.acct, Unset):
            acct = UNSET
        else:
            acct = self.acct

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        conidex: None | str | Unset
        if isinstance(self.conidex, Unset):
            conidex = UNSET
        else:
            conidex = self.conidex

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        description1: None | str | Unset
        if isinstance(self.description1, Unset):
            description1 = UNSET
        else:
            description1 = self.description1

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        orig_order_type: None | str | Unset
        if isinstance(self.orig_order_type, Unset):
            orig_order_type = UNSET
        else:
            orig_order_type = self.orig_order_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        order_ccp_status: None | str | Unset
        if isinstance(self.order_ccp_status, Unset):
            order_ccp_status = UNSET
        else:
            order_ccp_status = self.order_ccp_status

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        avg_price: float | None | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

        aux_price: float | None | str | Unset
        if isinstance(self.aux_price, Unset):
            aux_price = UNSET
        else:
            aux_price = self.aux_price

        total_size: float | None | str | Unset
        if isinstance(self.total_size, Unset):
            total_size = UNSET
        else:
            total_size = self.total_size

        filled_quantity: float | None | str | Unset
        if isinstance(self.filled_quantity, Unset):
            filled_quantity = UNSET
        else:
            filled_quantity = self.filled_quantity

        remaining_quantity: float | None | str | Unset
        if isinstance(self.remaining_quantity, Unset):
            remaining_quantity = UNSET
        else:
            remaining_quantity = self.remaining_quantity

        size_and_fills: None | str | Unset
        if isinstance(self.size_and_fills, Unset):
            size_and_fills = UNSET
        else:
            size_and_fills = self.size_and_fills

        order_desc: None | str | Unset
        if isinstance(self.order_desc, Unset):
            order_desc = UNSET
        else:
            order_desc = self.order_desc

        time_in_force: None | str | Unset
        if isinstance(self.time_in_force, Unset):
            time_in_force = UNSET
        else:
            time_in_force = self.time_in_force

        cash_ccy: None | str | Unset
        if isinstance(self.cash_ccy, Unset):
            cash_ccy = UNSET
        else:
            cash_ccy = self.cash_ccy

        order_ref: None | str | Unset
        if isinstance(self.order_ref, Unset):
            order_ref = UNSET
        else:
            order_ref = self.order_ref

        last_execution_time: None | str | Unset
        if isinstance(self.last_execution_time, Unset):
            last_execution_time = UNSET
        else:
            last_execution_time = self.last_execution_time

        last_execution_time_r: int | None | Unset
        if isinstance(self.last_execution_time_r, Unset):
            last_execution_time_r = UNSET
        else:
            last_execution_time_r = self.last_execution_time_r

        outside_rth: bool | None | Unset
        if isinstance(self.outside_rth, Unset):
            outside_rth = UNSET
        else:
            outside_rth = self.outside_rth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct is not UNSET:
            field_dict["acct"] = acct
        if account is not UNSET:
            field_dict["account"] = account
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if description1 is not UNSET:
            field_dict["description1"] = description1
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if side is not UNSET:
            field_dict["side"] = side
        if order_type is not UNSET:
            field_dict["orderType"] = order_type
        if orig_order_type is not UNSET:
            field_dict["origOrderType"] = orig_order_type
        if status is not UNSET:
            field_dict["status"] = status
        if order_ccp_status is not UNSET:
            field_dict["order_ccp_status"] = order_ccp_status
        if price is not UNSET:
            field_dict["price"] = price
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if aux_price is not UNSET:
            field_dict["auxPrice"] = aux_price
        if total_size is not UNSET:
            field_dict["totalSize"] = total_size
        if filled_quantity is not UNSET:
            field_dict["filledQuantity"] = filled_quantity
        if remaining_quantity is not UNSET:
            field_dict["remainingQuantity"] = remaining_quantity
        if size_and_fills is not UNSET:
            field_dict["sizeAndFills"] = size_and_fills
        if order_desc is not UNSET:
            field_dict["orderDesc"] = order_desc
        if time_in_force is not UNSET:
            field_dict["timeInForce"] = time_in_force
        if cash_ccy is not UNSET:
            field_dict["cashCcy"] = cash_ccy
        if order_ref is not UNSET:
            field_dict["order_ref"] = order_ref
        if last_execution_time is not UNSET:
            field_dict["lastExecutionTime"] = last_execution_time
        if last_execution_time_r is not UNSET:
            field_dict["lastExecutionTime_r"] = last_execution_time_r
        if outside_rth is not UNSET:
            field_dict["outsideRTH"] = outside_rth

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acct: None | str | Unset = d.pop("acct", UNSET)

        account: None | str | Unset = d.pop("account", UNSET)

        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        conidex: None | str | Unset = d.pop("conidex", UNSET)

        ticker: None | str | Unset = d.pop("ticker", UNSET)

        description1: None | str | Unset = d.pop("description1", UNSET)

        company_name: None | str | Unset = d.pop("companyName", UNSET)

        sec_type: None | str | Unset = d.pop("secType", UNSET)

        listing_exchange: None | str | Unset = d.pop("listingExchange", UNSET)

        side: None | str | Unset = d.pop("side", UNSET)

        order_type: None | str | Unset = d.pop("orderType", UNSET)

        orig_order_type: None | str | Unset = d.pop("origOrderType", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        order_ccp_status: None | str | Unset = d.pop("order_ccp_status", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        avg_price: float | None | str | Unset = d.pop("avgPrice", UNSET)

        aux_price: float | None | str | Unset = d.pop("auxPrice", UNSET)

        total_size: float | None | str | Unset = d.pop("totalSize", UNSET)

        filled_quantity: float | None | str | Unset = d.pop("filledQuantity", UNSET)

        remaining_quantity: float | None | str | Unset = d.pop("remainingQuantity", UNSET)

        size_and_fills: None | str | Unset = d.pop("sizeAndFills", UNSET)

        order_desc: None | str | Unset = d.pop("orderDesc", UNSET)

        time_in_force: None | str | Unset = d.pop("timeInForce", UNSET)

        cash_ccy: None | str | Unset = d.pop("cashCcy", UNSET)

        order_ref: None | str | Unset = d.pop("order_ref", UNSET)

        last_execution_time: None | str | Unset = d.pop("lastExecutionTime", UNSET)

        last_execution_time_r: int | None | Unset = d.pop("lastExecutionTime_r", UNSET)

        outside_rth: bool | None | Unset = d.pop("outsideRTH", UNSET)

        live_order = cls(
            acct=acct,
            account=account,
            order_id=order_id,
            conid=conid,
            conidex=conidex,
            ticker=ticker,
            description1=description1,
            company_name=company_name,
            sec_type=sec_type,
            listing_exchange=listing_exchange,
            side=side,
            order_type=order_type,
            orig_order_type=orig_order_type,
            status=status,
            order_ccp_status=order_ccp_status,
            price=price,
            avg_price=avg_price,
            aux_price=aux_price,
            total_size=total_size,
            filled_quantity=filled_quantity,
            remaining_quantity=remaining_quantity,
            size_and_fills=size_and_fills,
            order_desc=order_desc,
            time_in_force=time_in_force,
            cash_ccy=cash_ccy,
            order_ref=order_ref,
            last_execution_time=last_execution_time,
            last_execution_time_r=last_execution_time_r,
            outside_rth=outside_rth,
        )

        live_order.additional_properties = d
        return live_order

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
