# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractRulesRequest")


@_attrs_define
class ContractRulesRequest:
    """
    Attributes:
        conid (int):
        exchange (str | Unset):
        is_buy (bool | Unset):
        modify_order (bool | Unset):
        order_id (int | Unset):
    """

    conid: int
    exchange: str | Unset = UNSET
    is_buy: bool | Unset = UNSET
    modify_order: bool | Unset = UNSET
    order_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid = self.conid

        exchange = self.exchange

        is_buy = self.is_buy

        modify_order = self.modify_order

        order_id = self.order_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conid": conid,
            }
        )
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if is_buy is not UNSET:
            field_dict["isBuy"] = is_buy
        if modify_order is not UNSET:
            field_dict["modifyOrder"] = modify_order
        if order_id is not UNSET:
            field_dict["orderId"] = order_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid = d.pop("conid")

        exchange = d.pop("exchange", UNSET)

        is_buy = d.pop("isBuy", UNSET)

        modify_order = d.pop("modifyOrder", UNSET)

        order_id = d.pop("orderId", UNSET)

        contract_rules_request = cls(
            conid=conid,
            exchange=exchange,
            is_buy=is_buy,
            modify_order=modify_order,
            order_id=order_id,
        )

        contract_rules_request.additional_properties = d
        return contract_rules_request

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
