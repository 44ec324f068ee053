# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderReject")


@_attrs_define
class OrderReject:
    """Advanced rejection or prompt (e.g. price-management "p12"); carries options the user may pick.

    Attributes:
        message_id (str): Code such as "p12".
        text (None | str | Unset):
        order_id (int | None | str | Unset):
        req_id (int | None | str | Unset):
        dismissable (list[str] | None | Unset):
        options (list[str] | None | Unset):
        type_ (None | str | Unset):
        prompt (bool | None | Unset):
    """

    message_id: str
    text: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    req_id: int | None | str | Unset = UNSET
    dismissable: list[str] | None | Unset = UNSET
    options: list[str] | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    prompt: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        req_id: int | None | str | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        dismissable: list[str] | None | Unset
        if isinstance(self.dismissable, Unset):
            dismissable = UNSET
        elif isinstance(self.dismissable, list):
            dismissable = self.dismissable

        else:
            dismissable = self.dismissable

        options: list[str] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = self.options

        else:
            options = self.options

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        prompt: bool | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageId": message_id,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if req_id is not UNSET:
            field_dict["reqId"] = req_id
        if dismissable is not UNSET:
            field_dict["dismissable"] = dismissable
        if options is not UNSET:
            field_dict["options"] = options
        if type_ is not UNSET:
            field_dict["type"] = type_
        if prompt is not UNSET:
            field_dict["prompt"] = prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("messageId")

        text: None | str | Unset = d.pop("text", UNSET)

        order_id: int | None | str | Unset = d.pop("orderId", UNSET)

        req_id: int | None | str | Unset = d.pop("reqId", UNSET)

        def _parse_dismissable(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dismissable_type_0 = cast(list[str], data)

                return dismissable_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dismissable = _parse_dismissable(d.pop("dismissable", UNSET))

        def _parse_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = cast(list[str], data)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        type_: None | str | Unset = d.pop("type", UNSET)

        prompt: bool | None | Unset = d.pop("prompt", UNSET)

        order_reject = cls(
            message_id=message_id,
            text=text,
            order_id=order_id,
            req_id=req_id,
            dismissable=dismissable,
            options=options,
            type_=type_,
            prompt=prompt,
        )

        order_reject.additional_properties = d
        return order_reject

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
