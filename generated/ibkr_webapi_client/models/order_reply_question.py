# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderReplyQuestion")


@_attrs_define
class OrderReplyQuestion:
    """A question that must be answered with reply_to_order_question before the order goes out.

    Attributes:
        id (str): Reply id for /iserver/reply/{replyId}.
        message (list[str]):
        message_ids (list[str] | None | Unset): Question codes such as "o163", "o354".
        is_suppressed (bool | None | Unset):
        is_suppressible (bool | None | Unset):
        default_suppression_option (None | str | Unset):
        message_options (list[str] | None | Unset):
    """

    id: str
    message: list[str]
    message_ids: list[str] | None | Unset = UNSET
    is_suppressed: bool | None | Unset = UNSET
    is_suppressible: bool | None | Unset = UNSET
    default_suppression_option: None | str | Unset = UNSET
    message_options: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message = self.message

        message_ids: list[str] | None | Unset
        if isinstance(self.message_ids, Unset):
            message_ids = UNSET
        elif isinstance(self.message_ids, list):
            message_ids = self.message_ids

        else:
            message_ids = self.message_ids

        is_suppressed: bool | None | Unset
        if isinstance(self.is_suppressed, Unset):
            is_suppressed = UNSET
        else:
            is_suppressed = self.is_suppressed

        is_suppressible: bool | None | Unset
        if isinstance(self.is_suppressible, Unset):
            is_suppressible = UNSET
        else:
            is_suppressible = self.is_suppressible

        default_suppression_option: None | str | Unset
        if isinstance(self.default_suppression_option, Unset):
            default_suppression_option = UNSET
        else:
            default_suppression_option = self.default_suppression_option

        message_options: list[str] | None | Unset
        if isinstance(self.message_options, Unset):
            message_options = UNSET
        elif isinstance(self.message_options, list):
            message_options = self.message_options

        else:
            message_options = self.message_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "message": message,
            }
        )
        if message_ids is not UNSET:
            field_dict["messageIds"] = message_ids
        if is_suppressed is not UNSET:
            field_dict["isSuppressed"] = is_suppressed
        if is_suppressible is not UNSET:
            field_dict["isSuppressible"] = is_suppressible
        if default_suppression_option is not UNSET:
            field_dict["defaultSuppressionOption"] = default_suppression_option
        if message_options is not UNSET:
            field_dict["messageOptions"] = message_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        message = cast(list[str], d.pop("message"))

        def _parse_message_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_ids_type_0 = cast(list[str], data)

                return message_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        message_ids = _parse_message_ids(d.pop("messageIds", UNSET))

        is_suppressed: bool | None | Unset = d.pop("isSuppressed", UNSET)

        is_suppressible: bool | None | Unset = d.pop("isSuppressible", UNSET)

        default_suppression_option: None | str | Unset = d.pop("defaultSuppressionOption", UNSET)

        def _parse_message_options(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                message_options_type_0 = cast(list[str], data)

                return message_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        message_options = _parse_message_options(d.pop("messageOptions", UNSET))

        order_reply_question = cls(
            id=id,
            message=message,
            message_ids=message_ids,
            is_suppressed=is_suppressed,
            is_suppressible=is_suppressible,
            default_suppression_option=default_suppression_option,
            message_options=message_options,
        )

        order_reply_question.additional_properties = d
        return order_reply_question

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
