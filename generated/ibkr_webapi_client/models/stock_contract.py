# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StockContract")


@_attrs_define
class StockContract:
    """
    Attributes:
        conid (int | None | str | Unset):
        exchange (None | str | Unset):
        is_us (bool | None | Unset):
    """

    conid: int | None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    is_us: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        is_us: bool | None | Unset
        if isinstance(self.is_us, Unset):
            is_us = UNSET
        else:
            is_us = self.is_us

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if is_us is not UNSET:
            field_dict["isUS"] = is_us

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        is_us: bool | None | Unset = d.pop("isUS", UNSET)

        stock_contract = cls(
            conid=conid,
            exchange=exchange,
            is_us=is_us,
        )

        stock_contract.additional_properties = d
        return stock_contract

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
