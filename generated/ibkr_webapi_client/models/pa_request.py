# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaRequest")


@_attrs_define
class PaRequest:
    """
    Attributes:
        acct_ids (list[str] | Unset):
        period (str | Unset): 1D, 7D, MTD, 1M, 3M, 6M, 12M, YTD (performance only).
    """

    acct_ids: list[str] | Unset = UNSET
    period: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct_ids: list[str] | Unset = UNSET
        if not isinstance(self.acct_ids, Unset):
            acct_ids = self.acct_ids

        period = self.period

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct_ids is not UNSET:
            field_dict["acctIds"] = acct_ids
        if period is not UNSET:
            field_dict["period"] = period

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acct_ids = cast(list[str], d.pop("acctIds", UNSET))

        period = d.pop("period", UNSET)

        pa_request = cls(
            acct_ids=acct_ids,
            period=period,
        )

        pa_request.additional_properties = d
        return pa_request

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
