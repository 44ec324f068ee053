# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FyiDeviceRequest")


@_attrs_define
class FyiDeviceRequest:
    """
    Attributes:
        device_id (str): The device to toggle; IBKR answers 400 without it.
        devicename (str | Unset):
        ui_name (str | Unset):
        enabled (bool | Unset):
    """

    device_id: str
    devicename: str | Unset = UNSET
    ui_name: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        devicename = self.devicename

        ui_name = self.ui_name

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deviceId": device_id,
            }
        )
        if devicename is not UNSET:
            field_dict["devicename"] = devicename
        if ui_name is not UNSET:
            field_dict["uiName"] = ui_name
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("deviceId")

        devicename = d.pop("devicename", UNSET)

        ui_name = d.pop("uiName", UNSET)

        enabled = d.pop("enabled", UNSET)

        fyi_device_request = cls(
            device_id=device_id,
            devicename=devicename,
            ui_name=ui_name,
            enabled=enabled,
        )

        fyi_device_request.additional_properties = d
        return fyi_device_request

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
