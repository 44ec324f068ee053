# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WhatIfChange")


@_attrs_define
class WhatIfChange:
    """
    Attributes:
        current (None | str | Unset):
        change (None | str | Unset):
        after (None | str | Unset):
    """

    current: None | str | Unset = UNSET
    change: None | str | Unset = UNSET
    after: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current: None | str | Unset
        if isinstance(self.current, Unset):
            current = UNSET
        else:
            current = self.current

        change: None | str | Unset
        if isinstance(self.change, Unset):
            change = UNSET
        else:
            change = self.change

        after: None | str | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        else:
            after = self.after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current is not UNSET:
            field_dict["current"] = current
        if change is not UNSET:
            field_dict["change"] = change
        if after is not UNSET:
            field_dict["after"] = after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        current: None | str | Unset = d.pop("current", UNSET)

        change: None | str | Unset = d.pop("change", UNSET)

        after: None | str | Unset = d.pop("after", UNSET)

        what_if_change = cls(
            current=current,
            change=change,
            after=after,
        )

        what_if_change.additional_properties = d
        return what_if_change

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
