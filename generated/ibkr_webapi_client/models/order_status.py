# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatus")


@_attrs_define
class OrderStatus:
    """Detailed status of one order.

    Attributes:
        order_id (int | None | str | Unset):
        conid (int | None | str | Unset):
        conidex (None | str | Unset):
        account (None | str | Unset):
        symbol (None | str | Unset):
        side (None | str | Unset):
        order_status (None | str | Unset):
        order_type (None | str | Unset):
        order_desc (None | str | Unset):
        tif (None | str | Unset):
        size (float | None | str | Unset):
        total_size (float | None | str | Unset):
        price (float | None | str | Unset):
        limit_price (float | None | str | Unset):
        avg_fill_price (float | None | str | Unset):
        filled_quantity (float | None | str | Unset):
        remaining_quantity (float | None | str | Unset):
        cum_fill (float | None | str | Unset):
        currency (None | str | Unset):
        listing_exchange (None | str | Unset):
        company_name (None | str | Unset):
        cannot_cancel_order (bool | None | Unset):
        order_not_editable (bool | None | Unset):
        outside_rth (bool | None | Unset):
        sub_type (None | str | Unset):
        request_id (int | None | str | Unset):
    """

    order_id: int | None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    conidex: None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    order_type: None | str | Unset = UNSET
    order_desc: None | str | Unset = UNSET
    tif: None | str | Unset = UNSET
    size: float | None | str | Unset = UNSET
    total_size: float | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    limit_price: float | None | str | Unset = UNSET
    avg_fill_price: float | None | str | Unset = UNSET
    filled_quantity: float | None | str | Unset = UNSET
    remaining_quantity: float | None | str | Unset = UNSET
    cum_fill: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    cannot_cancel_order: bool | None | Unset = UNSET
    order_not_editable: bool | None | Unset = UNSET
    outside_rth: bool | None | Unset = UNSET
    sub_type: None | str | Unset = UNSET
    request_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        order_type: None | str | Unset
        if isinstance(self.order_type, Unset):
            order_type = UNSET
        else:
            order_type = self.order_type

        order_desc: None | str | Unset
        if isinstance(self.order_desc, Unset):
            order_desc = UNSET
        else:
            order_desc = self.order_desc

        tif: None | str | Unset
        if isinstance(self.tif, Unset):
            tif = UNSET
        else:
            tif = self.tif

        size: float | None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        total_size: float | None | str | Unset
        if isinstance(self.total_size, Unset):
            total_size = UNSET
        else:
            total_size = self.total_size

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        limit_price: float | None | str | Unset
        if isinstance(self.limit_price, Unset):
            limit_price = UNSET
        else:
            limit_price = self.limit_price

        avg_fill_price: float | None | str | Unset
        if isinstance(self.avg_fill_price, Unset):
            avg_fill_price = UNSET
        else:
            avg_fill_price = self.avg_fill_price

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

        cum_fill: float | None | str | Unset
        if isinstance(self.cum_fill, Unset):
            cum_fill = UNSET
        else:
            cum_fill = self.cum_fill

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        cannot_cancel_order: bool | None | Unset
        if isinstance(self.cannot_cancel_order, Unset):
            cannot_cancel_order = UNSET
        else:
            cannot_cancel_order = self.cannot_cancel_order

        order_not_editable: bool | None | Unset
        if isinstance(self.order_not_editable, Unset):
            order_not_editable = UNSET
        else:
            order_not_editable = self.order_not_editable

        outside_rth: bool | None | Unset
        if isinstance(self.outside_rth, Unset):
            outside_rth = UNSET
        else:
            outside_rth = self.outside_rth

        sub_type: None | str | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        request_id: int | None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if account is not UNSET:
            field_dict["account"] = account
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if order_type is not UNSET:
            field_dict["order_type"] = order_type
        if order_desc is not UNSET:
            field_dict["order_desc"] = order_desc
        if tif is not UNSET:
            field_dict["tif"] = tif
        if size is not UNSET:
            field_dict["size"] = size
        if total_size is not UNSET:
            field_dict["total_size"] = total_size
        if price is not UNSET:
            field_dict["price"] = price
        if limit_price is not UNSET:
            field_dict["limit_price"] = limit_price
        if avg_fill_price is not UNSET:
            field_dict["avg_fill_price"] = avg_fill_price
        if filled_quantity is not UNSET:
            field_dict["filled_quantity"] = filled_quantity
        if remaining_quantity is not UNSET:
            field_dict["remaining_quantity"] = remaining_quantity
        if cum_fill is not UNSET:
            field_dict["cum_fill"] = cum_fill
        if currency is not UNSET:
            field_dict["currency"] = currency
        if listing_exchange is not UNSET:
            field_dict["listing_exchange"] = listing_exchange
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if cannot_cancel_order is not UNSET:
            field_dict["cannot_cancel_order"] = cannot_cancel_order
        if order_not_editable is not UNSET:
            field_dict["order_not_editable"] = order_not_editable
        if outside_rth is not UNSET:
            field_dict["outside_rth"] = outside_rth
        if sub_type is not UNSET:
            field_dict["sub_type"] = sub_type
        if request_id is not UNSET:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id: int | None | str | Unset = d.pop("order_id", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        conidex: None | str | Unset = d.pop("conidex", UNSET)

        account: None | str | Unset = d.pop("account", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        side: None | str | Unset = d.pop("side", UNSET)

        order_status: None | str | Unset = d.pop("order_status", UNSET)

        order_type: None | str | Unset = d.pop("order_type", UNSET)

        order_desc: None | str | Unset = d.pop("order_desc", UNSET)

        tif: None | str | Unset = d.pop("tif", UNSET)

        size: float | None | str | Unset = d.pop("size", UNSET)

        total_size: float | None | str | Unset = d.pop("total_size", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        limit_price: float | None | str | Unset = d.pop("limit_price", UNSET)

        avg_fill_price: float | None | str | Unset = d.pop("avg_fill_price", UNSET)

        filled_quantity: float | None | str | Unset = d.pop("filled_quantity", UNSET)

        remaining_quantity: float | None | str | Unset = d.pop("remaining_quantity", UNSET)

        cum_fill: float | None | str | Unset = d.pop("cum_fill", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        listing_exchange: None | str | Unset = d.pop("listing_exchange", UNSET)

        company_name: None | str | Unset = d.pop("company_name", UNSET)

        cannot_cancel_order: bool | None | Unset = d.pop("cannot_cancel_order", UNSET)

        order_not_editable: bool | None | Unset = d.pop("order_not_editable", UNSET)

        outside_rth: bool | None | Unset = d.pop("outside_rth", UNSET)

        sub_type: None | str | Unset = d.pop("sub_type", UNSET)

        request_id: int | None | str | Unset = d.pop("request_id", UNSET)

        order_status = cls(
            order_id=order_id,
            conid=conid,
            conidex=conidex,
            account=account,
            symbol=symbol,
            side=side,
            order_status=order_status,
            order_type=order_type,
            order_desc=order_desc,
            tif=tif,
            size=size,
            total_size=total_size,
            price=price,
            limit_price=limit_price,
            avg_fill_price=avg_fill_price,
            filled_quantity=filled_quantity,
            remaining_quantity=remaining_quantity,
            cum_fill=cum_fill,
            currency=currency,
            listing_exchange=listing_exchange,
            company_name=company_name,
            cannot_cancel_order=cannot_cancel_order,
            order_not_editable=order_not_editable,
            outside_rth=outside_rth,
            sub_type=sub_type,
            request_id=request_id,
        )

        order_status.additional_properties = d
        return order_status

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
