# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SwitchAccountResponse")


@_attrs_define
class SwitchAccountResponse:
    """
    Attributes:
        set_ (bool | None | Unset):
        acct_id (None | str | Unset):
        success (None | str | Unset):
    """

    set_: bool | None | Unset = UNSET
    acct_id: None | str | Unset = UNSET
    success: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        set_: bool | None | Unset
        if isinstance(self.set_, Unset):
            set_ = UNSET
        else:
            set_ = self.set_

        acct_id: None | str | Unset
        if isinstance(self.acct_id, Unset):
            acct_id = UNSET
        else:
            acct_id = self.acct_id

        success: None | str | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if set_ is not UNSET:
            field_dict["set"] = set_
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if success is not UNSET:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        set_: bool | None | Unset = d.pop("set", UNSET)

        acct_id: None | str | Unset = d.pop("acctId", UNSET)

        success: None | str | Unset = d.pop("success", UNSET)

        switch_account_response = cls(
            set_=set_,
            acct_id=acct_id,
            success=success,
        )

        switch_account_response.additional_properties = d
        return switch_account_response

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
