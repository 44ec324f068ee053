# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefSection")


@_attrs_define
class SecdefSection:
    """
    Attributes:
        sec_type (None | str | Unset):
        months (None | str | Unset):
        exchange (None | str | Unset):
        conid (int | None | str | Unset):
        show_prips (bool | None | Unset):
    """

    sec_type: None | str | Unset = UNSET
    months: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    show_prips: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        months: None | str | Unset
        if isinstance(self.months, Unset):
            months = UNSET
        else:
            months = self.months

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        show_prips: bool | None | Unset
        if isinstance(self.show_prips, Unset):
            show_prips = UNSET
        else:
            show_prips = self.show_prips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if months is not UNSET:
            field_dict["months"] = months
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if conid is not UNSET:
            field_dict["conid"] = conid
        if show_prips is not UNSET:
            field_dict["showPrips"] = show_prips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sec_type: None | str | Unset = d.pop("secType", UNSET)

        months: None | str | Unset = d.pop("months", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        show_prips: bool | None | Unset = d.pop("showPrips", UNSET)

        secdef_section = cls(
            sec_type=sec_type,
            months=months,
            exchange=exchange,
            conid=conid,
            show_prips=show_prips,
        )

        secdef_section.additional_properties = d
        return secdef_section

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
