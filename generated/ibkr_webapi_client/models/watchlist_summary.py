# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistSummary")


@_attrs_define
class WatchlistSummary:
    """
    Attributes:
        id (None | str | Unset):
        name (None | str | Unset):
        modified (int | None | Unset):
        is_open (bool | None | Unset):
        read_only (bool | None | Unset):
        type_ (None | str | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    modified: int | None | Unset = UNSET
    is_open: bool | None | Unset = UNSET
    read_only: bool | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        modified: int | None | Unset
        if isinstance(self.modified, Unset):
            modified = UNSET
        else:
            modified = self.modified

        is_open: bool | None | Unset
        if isinstance(self.is_open, Unset):
            is_open = UNSET
        else:
            is_open = self.is_open

        read_only: bool | None | Unset
        if isinstance(self.read_only, Unset):
            read_only = UNSET
        else:
            read_only = self.read_only

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if modified is not UNSET:
            field_dict["modified"] = modified
        if is_open is not UNSET:
            field_dict["is_open"] = is_open
        if read_only is not UNSET:
            field_dict["read_only"] = read_only
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        modified: int | None | Unset = d.pop("modified", UNSET)

        is_open: bool | None | Unset = d.pop("is_open", UNSET)

        read_only: bool | None | Unset = d.pop("read_only", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        watchlist_summary = cls(
            id=id,
            name=name,
            modified=modified,
            is_open=is_open,
            read_only=read_only,
            type_=type_,
        )

        watchlist_summary.additional_properties = d
        return watchlist_summary

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
