# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistCreateRequestWatchlistRow")


@_attrs_define
class WatchlistCreateRequestWatchlistRow:
    """
    Attributes:
        c (int | Unset): Conid.
        h (str | Unset): Header row text.
    """

    c: int | Unset = UNSET
    h: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        c = self.c

        h = self.h

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if c is not UNSET:
            field_dict["C"] = c
        if h is not UNSET:
            field_dict["H"] = h

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        c = d.pop("C", UNSET)

        h = d.pop("H", UNSET)

        watchlist_create_request_watchlist_row = cls(
            c=c,
            h=h,
        )

        watchlist_create_request_watchlist_row.additional_properties = d
        return watchlist_create_request_watchlist_row

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
