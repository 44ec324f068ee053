# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiNotification")


@_attrs_define
class FyiNotification:
    """One FYI. The date arrives in key "D" (epoch seconds, string); it is kept in additional_properties because a property
    named D would clash with the generated parser.

        Attributes:
            id (None | str | Unset): Notification id.
            fc (None | str | Unset): Typecode.
            ms (None | str | Unset): Subject.
            md (None | str | Unset): Body (may contain HTML).
            r (int | None | str | Unset): 1 when read.
            ht (int | None | str | Unset): 1 when the body is HTML.
    """

    id: None | str | Unset = UNSET
    fc: None | str | Unset = UNSET
    ms: None | str | Unset = UNSET
    md: None | str | Unset = UNSET
    r: int | None | str | Unset = UNSET
    ht: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        fc: None | str | Unset
        if isinstance(self.fc, Unset):
            fc = UNSET
        else:
            fc = self.fc

        ms: None | str | Unset
        if isinstance(self.ms, Unset):
            ms = UNSET
        else:
            ms = self.ms

        md: None | str | Unset
        if isinstance(self.md, Unset):
            md = UNSET
        else:
            md = self.md

        r: int | None | str | Unset
        if isinstance(self.r, Unset):
            r = UNSET
        else:
            r = self.r

        ht: int | None | str | Unset
        if isinstance(self.ht, Unset):
            ht = UNSET
        else:
            ht = self.ht

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["ID"] = id
        if fc is not UNSET:
            field_dict["FC"] = fc
        if ms is not UNSET:
            field_dict["MS"] = ms
        if md is not UNSET:
            field_dict["MD"] = md
        if r is not UNSET:
            field_dict["R"] = r
        if ht is not UNSET:
            field_dict["HT"] = ht

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("ID", UNSET)

        fc: None | str | Unset = d.pop("FC", UNSET)

        ms: None | str | Unset = d.pop("MS", UNSET)

        md: None | str | Unset = d.pop("MD", UNSET)

        r: int | None | str | Unset = d.pop("R", UNSET)

        ht: int | None | str | Unset = d.pop("HT", UNSET)

        fyi_notification = cls(
            id=id,
            fc=fc,
            ms=ms,
            md=md,
            r=r,
            ht=ht,
        )

        fyi_notification.additional_properties = d
        return fyi_notification

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
