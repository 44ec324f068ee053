# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Trade")


@_attrs_define
class Trade:
    """One execution.

    Attributes:
        execution_id (None | str | Unset):
        symbol (None | str | Unset):
        side (None | str | Unset):
        order_description (None | str | Unset):
        trade_time (None | str | Unset):
        trade_time_r (int | None | Unset):
        size (float | None | str | Unset):
        price (float | None | str | Unset):
        order_ref (None | str | Unset):
        submitter (None | str | Unset):
        exchange (None | str | Unset):
        commission (float | None | str | Unset):
        net_amount (float | None | str | Unset):
        account (None | str | Unset):
        account_code (None | str | Unset):
        company_name (None | str | Unset):
        contract_description_1 (None | str | Unset):
        sec_type (None | str | Unset):
        listing_exchange (None | str | Unset):
        conid (int | None | str | Unset):
        conid_ex (None | str | Unset):
        order_id (int | None | str | Unset):
    """

    execution_id: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    order_description: None | str | Unset = UNSET
    trade_time: None | str | Unset = UNSET
    trade_time_r: int | None | Unset = UNSET
    size: float | None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    order_ref: None | str | Unset = UNSET
    submitter: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    commission: float | None | str | Unset = UNSET
    net_amount: float | None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    account_code: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    conid_ex: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        else:
            execution_id = self.execution_id

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

        order_description: None | str | Unset
        if isinstance(self.order_description, Unset):
            order_description = UNSET
        else:
            order_description = self.order_description

        trade_time: None | str | Unset
        if isinstance(self.trade_time, Unset):
            trade_time = UNSET
        else:
            trade_time = self.trade_time

        trade_time_r: int | None | Unset
        if isinstance(self.trade_time_r, Unset):
            trade_time_r = UNSET
        else:
            trade_time_r = self.trade_time_r

        size: float | None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        order_ref: None | str | Unset
        if isinstance(self.order_ref, Unset):
            order_ref = UNSET
        else:
            order_ref = self.order_ref

        submitter: None | str | Unset
        if isinstance(self.submitter, Unset):
            submitter = UNSET
        else:
            submitter = self.submitter

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        commission: float | None | str | Unset
        if isinstance(self.commission, Unset):
            commission = UNSET
        else:
            commission = self.commission

        net_amount: float | None | str | Unset
        if isinstance(self.net_amount, Unset):
            net_amount = UNSET
        else:
            net_amount = self.net_amount

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        account_code: None | str | Unset
        if isinstance(self.account_code, Unset):
            account_code = UNSET
        else:
            account_code = self.account_code

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

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

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        conid_ex: None | str | Unset
        if isinstance(self.conid_ex, Unset):
            conid_ex = UNSET
        else:
            conid_ex = self.conid_ex

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if side is not UNSET:
            field_dict["side"] = side
        if order_description is not UNSET:
            field_dict["order_description"] = order_description
        if trade_time is not UNSET:
            field_dict["trade_time"] = trade_time
        if trade_time_r is not UNSET:
            field_dict["trade_time_r"] = trade_time_r
        if size is not UNSET:
            field_dict["size"] = size
        if price is not UNSET:
            field_dict["price"] = price
        if order_ref is not UNSET:
            field_dict["order_ref"] = order_ref
        if submitter is not UNSET:
            field_dict["submitter"] = submitter
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if commission is not UNSET:
            field_dict["commission"] = commission
        if net_amount is not UNSET:
            field_dict["net_amount"] = net_amount
        if account is not UNSET:
            field_dict["account"] = account
        if account_code is not UNSET:
            field_dict["accountCode"] = account_code
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if sec_type is not UNSET:
            field_dict["sec_type"] = sec_type
        if listing_exchange is not UNSET:
            field_dict["listing_exchange"] = listing_exchange
        if conid is not UNSET:
            field_dict["conid"] = conid
        if conid_ex is not UNSET:
            field_dict["conidEx"] = conid_ex
        if order_id is not UNSET:
            field_dict["order_id"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        execution_id: None | str | Unset = d.pop("execution_id", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        side: None | str | Unset = d.pop("side", UNSET)

        order_description: None | str | Unset = d.pop("order_description", UNSET)

        trade_time: None | str | Unset = d.pop("trade_time", UNSET)

        trade_time_r: int | None | Unset = d.pop("trade_time_r", UNSET)

        size: float | None | str | Unset = d.pop("size", UNSET)

        price: float | None | str | Unset = d.pop("price", UNSET)

        order_ref: None | str | Unset = d.pop("order_ref", UNSET)

        submitter: None | str | Unset = d.pop("submitter", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        commission: float | None | str | Unset = d.pop("commission", UNSET)

        net_amount: float | None | str | Unset = d.pop("net_amount", UNSET)

        account: None | str | Unset = d.pop("account", UNSET)

        account_code: None | str | Unset = d.pop("accountCode", UNSET)

        company_name: None | str | Unset = d.pop("company_name", UNSET)

        contract_description_1: None | str | Unset = d.pop("contract_description_1", UNSET)

        sec_type: None | str | Unset = d.pop("sec_type", UNSET)

        listing_exchange: None | str | Unset = d.pop("listing_exchange", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        conid_ex: None | str | Unset = d.pop("conidEx", UNSET)

        order_id: int | None | str | Unset = d.pop("order_id", UNSET)

        trade = cls(
            execution_id=execution_id,
            symbol=symbol,
            side=side,
            order_description=order_description,
            trade_time=trade_time,
            trade_time_r=trade_time_r,
            size=size,
            price=price,
            order_ref=order_ref,
            submitter=submitter,
            exchange=exchange,
            commission=commission,
            net_amount=net_amount,
            account=account,
            account_code=account_code,
            company_name=company_name,
            contract_description_1=contract_description_1,
            sec_type=sec_type,
            listing_exchange=listing_exchange,
            conid=conid,
            conid_ex=conid_ex,
            order_id=order_id,
        )

        trade.additional_properties = d
        return trade

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
