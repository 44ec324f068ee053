# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefSearchRequest")


@_attrs_define
class SecdefSearchRequest:
    """
    Attributes:
        symbol (str): Symbol or company name; IBKR answers 400 without it.
        sec_type (str | Unset):
        name (bool | Unset):
        more (bool | Unset):
        fund (bool | Unset):
        fund_family_conid_ex (str | Unset):
        pattern (bool | Unset):
        referrer (str | Unset):
    """

    symbol: str
    sec_type: str | Unset = UNSET
    name: bool | Unset = UNSET
    more: bool | Unset = UNSET
    fund: bool | Unset = UNSET
    fund_family_conid_ex: str | Unset = UNSET
    pattern: bool | Unset = UNSET
    referrer: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol = self.symbol

        sec_type = self.sec_type

        name = self.name

        more = self.more

        fund = self.fund

        fund_family_conid_ex = self.fund_family_conid_ex

        pattern = self.pattern

        referrer = self.referrer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "symbol": symbol,
            }
        )
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if name is not UNSET:
            field_dict["name"] = name
        if more is not UNSET:
            field_dict["more"] = more
        if fund is not UNSET:
            field_dict["fund"] = fund
        if fund_family_conid_ex is not UNSET:
            field_dict["fundFamilyConidEx"] = fund_family_conid_ex
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if referrer is not UNSET:
            field_dict["referrer"] = referrer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol = d.pop("symbol")

        sec_type = d.pop("secType", UNSET)

        name = d.pop("name", UNSET)

        more = d.pop("more", UNSET)

        fund = d.pop("fund", UNSET)

        fund_family_conid_ex = d.pop("fundFamilyConidEx", UNSET)

        pattern = d.pop("pattern", UNSET)

        referrer = d.pop("referrer", UNSET)

        secdef_search_request = cls(
            symbol=symbol,
            sec_type=sec_type,
            name=name,
            more=more,
            fund=fund,
            fund_family_conid_ex=fund_family_conid_ex,
            pattern=pattern,
            referrer=referrer,
        )

        secdef_search_request.additional_properties = d
        return secdef_search_request

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
