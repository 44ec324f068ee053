# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubaccountsPageMetadataType0")


@_attrs_define
class SubaccountsPageMetadataType0:
    """
    Attributes:
        total (int | None | Unset): Number of sub-accounts in all pages.
        page_size (int | None | Unset):
        page_num (int | None | Unset): This page's number, from 0.
    """

    total: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    page_num: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        page_num: int | None | Unset
        if isinstance(self.page_num, Unset):
            page_num = UNSET
        else:
            page_num = self.page_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if page_num is not UNSET:
            field_dict["pageNum"] = page_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total: int | None | Unset = d.pop("total", UNSET)

        page_size: int | None | Unset = d.pop("pageSize", UNSET)

        page_num: int | None | Unset = d.pop("pageNum", UNSET)

        subaccounts_page_metadata_type_0 = cls(
            total=total,
            page_size=page_size,
            page_num=page_num,
        )

        subaccounts_page_metadata_type_0.additional_properties = d
        return subaccounts_page_metadata_type_0

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
