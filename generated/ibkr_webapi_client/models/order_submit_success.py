# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderSubmitSuccess")


@_attrs_define
class OrderSubmitSuccess:
    """The order was accepted.

    Attributes:
        order_id (int | str): IBKR order id (string or number).
        order_status (None | str | Unset):
        encrypt_message (None | str | Unset):
        local_order_id (int | None | str | Unset):
        parent_order_id (int | None | str | Unset):
        text (None | str | Unset):
        warning_message (None | str | Unset):
    """

    order_id: int | str
    order_status: None | str | Unset = UNSET
    encrypt_message: None | str | Unset = UNSET
    local_order_id: int | None | str | Unset = UNSET
    parent_order_id: int | None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    warning_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id: int | str
        order_id = self.order_id

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        encrypt_message: None | str | Unset
        if isinstance(self.encrypt_message, Unset):
            encrypt_message = UNSET
        else:
            encrypt_message = self.encrypt_message

        local_order_id: int | None | str | Unset
        if isinstance(self.local_order_id, Unset):
            local_order_id = UNSET
        else:
            local_order_id = self.local_order_id

        parent_order_id: int | None | str | Unset
        if isinstance(self.parent_order_id, Unset):
            parent_order_id = UNSET
        else:
            parent_order_id = self.parent_order_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        warning_message: None | str | Unset
        if isinstance(self.warning_message, Unset):
            warning_message = UNSET
        else:
            warning_message = self.warning_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
            }
        )
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if encrypt_message is not UNSET:
            field_dict["encrypt_message"] = encrypt_message
        if local_order_id is not UNSET:
            field_dict["local_order_id"] = local_order_id
        if parent_order_id is not UNSET:
            field_dict["parent_order_id"] = parent_order_id
        if text is not UNSET:
            field_dict["text"] = text
        if warning_message is not UNSET:
            field_dict["warning_message"] = warning_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        order_id: int | str = d.pop("order_id")

        order_status: None | str | Unset = d.pop("order_status", UNSET)

        encrypt_message: None | str | Unset = d.pop("encrypt_message", UNSET)

        local_order_id: int | None | str | Unset = d.pop("local_order_id", UNSET)

        parent_order_id: int | None | str | Unset = d.pop("parent_order_id", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        warning_message: None | str | Unset = d.pop("warning_message", UNSET)

        order_submit_success = cls(
            order_id=order_id,
            order_status=order_status,
            encrypt_message=encrypt_message,
            local_order_id=local_order_id,
            parent_order_id=parent_order_id,
            text=text,
            warning_message=warning_message,
        )

        order_submit_success.additional_properties = d
        return order_submit_success

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
