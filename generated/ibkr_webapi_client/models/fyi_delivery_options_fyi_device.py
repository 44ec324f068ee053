# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDeliveryOptionsFyiDevice")


@_attrs_define
class FyiDeliveryOptionsFyiDevice:
    """
    Attributes:
        nm (None | str | Unset):
        i (None | str | Unset):
        ui (None | str | Unset):
        a (int | None | str | Unset):
    """

    nm: None | str | Unset = UNSET
    i: None | str | Unset = UNSET
    ui: None | str | Unset = UNSET
    a: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nm: None | str | Unset
        if isinstance(self.nm, Unset):
            nm = UNSET
        else:
            nm = self.nm

        i: None | str | Unset
        if isinstance(self.i, Unset):
            i = UNSET
        else:
            i = self.i

        ui: None | str | Unset
        if isinstance(self.ui, Unset):
            ui = UNSET
        else:
            ui = self.ui

        a: int | None | str | Unset
        if isinstance(self.a, Unset):
            a = UNSET
        else:
            a = self.a

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if nm is not UNSET:
            field_dict["NM"] = nm
        if i is not UNSET:
            field_dict["I"] = i
        if ui is not UNSET:
            field_dict["UI"] = ui
        if a is not UNSET:
            field_dict["A"] = a

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nm: None | str | Unset = d.pop("NM", UNSET)

        i: None | str | Unset = d.pop("I", UNSET)

        ui: None | str | Unset = d.pop("UI", UNSET)

        a: int | None | str | Unset = d.pop("A", UNSET)

        fyi_delivery_options_fyi_device = cls(
            nm=nm,
            i=i,
            ui=ui,
            a=a,
        )

        fyi_delivery_options_fyi_device.additional_properties = d
        return fyi_delivery_options_fyi_device

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
