# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auth_status import AuthStatus


T = TypeVar("T", bound="TickleIserver")


@_attrs_define
class TickleIserver:
    """
    Attributes:
        auth_status (AuthStatus | Unset): State of the brokerage session.
    """

    auth_status: AuthStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auth_status, Unset):
            auth_status = self.auth_status.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auth_status is not UNSET:
            field_dict["authStatus"] = auth_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auth_status import AuthStatus  # noqa: PLC0415

        d = dict(src_dict)
        _auth_status = d.pop("authStatus", UNSET)
        auth_status: AuthStatus | Unset
        if isinstance(_auth_status, Unset):
            auth_status = UNSET
        else:
            auth_status = AuthStatus.from_dict(_auth_status)

        tickle_iserver = cls(
            auth_status=auth_status,
        )

        tickle_iserver.additional_properties = d
        return tickle_iserver

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
