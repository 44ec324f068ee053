# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("ID", UNSET))

        def _parse_fc(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fc = _parse_fc(d.pop("FC", UNSET))

        def _parse_ms(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ms = _parse_ms(d.pop("MS", UNSET))

        def _parse_md(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        md = _parse_md(d.pop("MD", UNSET))

        def _parse_r(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        r = _parse_r(d.pop("R", UNSET))

        def _parse_ht(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        ht = _parse_ht(d.pop("HT", UNSET))

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
