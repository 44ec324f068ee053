# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertResult")


@_attrs_define
class AlertResult:
    """
    Attributes:
        request_id (int | None | str | Unset):
        order_id (int | None | str | Unset):
        success (bool | None | Unset):
        text (None | str | Unset):
        order_status (None | str | Unset):
        warning_message (None | str | Unset):
        failure_list (None | str | Unset):
    """

    request_id: int | None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    success: bool | None | Unset = UNSET
    text: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    warning_message: None | str | Unset = UNSET
    failure_list: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id: int | None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        warning_message: None | str | Unset
        if isinstance(self.warning_message, Unset):
            warning_message = UNSET
        else:
            warning_message = self.warning_message

        failure_list: None | str | Unset
        if isinstance(self.failure_list, Unset):
            failure_list = UNSET
        else:
            failure_list = self.failure_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if success is not UNSET:
            field_dict["success"] = success
        if text is not UNSET:
            field_dict["text"] = text
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if warning_message is not UNSET:
            field_dict["warning_message"] = warning_message
        if failure_list is not UNSET:
            field_dict["failure_list"] = failure_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id: int | None | str | Unset = d.pop("request_id", UNSET)

        order_id: int | None | str | Unset = d.pop("order_id", UNSET)

        success: bool | None | Unset = d.pop("success", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        order_status: None | str | Unset = d.pop("order_status", UNSET)

        warning_message: None | str | Unset = d.pop("warning_message", UNSET)

        failure_list: None | str | Unset = d.pop("failure_list", UNSET)

        alert_result = cls(
            request_id=request_id,
            order_id=order_id,
            success=success,
            text=text,
            order_status=order_status,
            warning_message=warning_message,
            failure_list=failure_list,
        )

        alert_result.additional_properties = d
        return alert_result

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
