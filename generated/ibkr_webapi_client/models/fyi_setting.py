# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiSetting")


@_attrs_define
class FyiSetting:
    """
    Attributes:
        fc (None | str | Unset):
        fn (None | str | Unset):
        fd (None | str | Unset):
        h (int | None | str | Unset):
        a (int | None | str | Unset):
    """

    fc: None | str | Unset = UNSET
    fn: None | str | Unset = UNSET
    fd: None | str | Unset = UNSET
    h: int | None | str | Unset = UNSET
    a: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fc: None | str | Unset
        if isinstance(self.fc, Unset):
            fc = UNSET
        else:
            fc = self.fc

        fn: None | str | Unset
        if isinstance(self.fn, Unset):
            fn = UNSET
        else:
            fn = self.fn

        fd: None | str | Unset
        if isinstance(self.fd, Unset):
            fd = UNSET
        else:
            fd = self.fd

        h: int | None | str | Unset
        if isinstance(self.h, Unset):
            h = UNSET
        else:
            h = self.h

        a: int | None | str | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        else:
            a = self.a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fc is not UNSET:
            field_dict["FC"] = fc
        if fn is not UNSET:
            field_dict["FN"] = fn
        if fd is not UNSET:
            field_dict["FD"] = fd
        if h is not UNSET:
            field_dict["H"] = h
        if a is not UNSET:
            field_dict["A"] = a

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fc: None | str | Unset = d.pop("FC", UNSET)

        fn: None | str | Unset = d.pop("FN", UNSET)

        fd: None | str | Unset = d.pop("FD", UNSET)

        h: int | None | str | Unset = d.pop("H", UNSET)

        a: int | None | str | Unset = d.pop("A", UNSET)

        fyi_setting = cls(
            fc=fc,
            fn=fn,
            fd=fd,
            h=h,
            a=a,
        )

        fyi_setting.additional_properties = d
        return fyi_setting

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
