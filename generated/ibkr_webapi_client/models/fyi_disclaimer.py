# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDisclaimer")


@_attrs_define
class FyiDisclaimer:
    """
    Attributes:
        fc (None | str | Unset):
        dt (None | str | Unset):
    """

    fc: None | str | Unset = UNSET
    dt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fc: None | str | Unset
        if isinstance(self.fc, Unset):
            fc = UNSET
        else:
            fc = self.fc

        dt: None | str | Unset
        if isinstance(self.dt, Unset):
            dt = UNSET
        else:
            dt = self.dt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fc is not UNSET:
            field_dict["FC"] = fc
        if dt is not UNSET:
            field_dict["DT"] = dt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fc: None | str | Unset = d.pop("FC", UNSET)

        dt: None | str | Unset = d.pop("DT", UNSET)

        fyi_disclaimer = cls(
            fc=fc,
            dt=dt,
        )

        fyi_disclaimer.additional_properties = d
        return fyi_disclaimer

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
