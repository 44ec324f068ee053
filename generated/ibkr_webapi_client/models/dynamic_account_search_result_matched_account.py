# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DynamicAccountSearchResultMatchedAccount")


@_attrs_define
class DynamicAccountSearchResultMatchedAccount:
    """
    Attributes:
        account_id (None | str | Unset):
        alias (None | str | Unset):
        allocation_id (None | str | Unset):
    """

    account_id: None | str | Unset = UNSET
    alias: None | str | Unset = UNSET
    allocation_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        alias: None | str | Unset
        if isinstance(self.alias, Unset):
            alias = UNSET
        else:
            alias = self.alias

        allocation_id: None | str | Unset
        if isinstance(self.allocation_id, Unset):
            allocation_id = UNSET
        else:
            allocation_id = self.allocation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if alias is not UNSET:
            field_dict["alias"] = alias
        if allocation_id is not UNSET:
            field_dict["allocationId"] = allocation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id: None | str | Unset = d.pop("accountId", UNSET)

        alias: None | str | Unset = d.pop("alias", UNSET)

        allocation_id: None | str | Unset = d.pop("allocationId", UNSET)

        dynamic_account_search_result_matched_account = cls(
            account_id=account_id,
            alias=alias,
            allocation_id=allocation_id,
        )

        dynamic_account_search_result_matched_account.additional_properties = d
        return dynamic_account_search_result_matched_account

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
