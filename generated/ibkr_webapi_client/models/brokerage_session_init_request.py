# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BrokerageSessionInitRequest")


@_attrs_define
class BrokerageSessionInitRequest:
    """
    Attributes:
        publish (bool | Unset): Publish the session to the brokerage back end (send true).
        compete (bool | Unset): Take over a session that is active elsewhere.
    """

    publish: bool | Unset = UNSET
    compete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publish = self.publish

        compete = self.compete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if publish is not UNSET:
            field_dict["publish"] = publish
        if compete is not UNSET:
            field_dict["compete"] = compete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        publish = d.pop("publish", UNSET)

        compete = d.pop("compete", UNSET)

        brokerage_session_init_request = cls(
            publish=publish,
            compete=compete,
        )

        brokerage_session_init_request.additional_properties = d
        return brokerage_session_init_request

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
