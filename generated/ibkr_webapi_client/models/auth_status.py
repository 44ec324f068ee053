# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="AuthStatus")


@_attrs_define
class AuthStatus:
    """State of the brokerage session.

    Attributes:
        authenticated (bool | None | Unset):
        competing (bool | None | Unset):
        connected (bool | None | Unset):
        established (bool | None | Unset):
        message (None | str | Unset):
        fail (None | str | Unset):
        mac (None | str | Unset):
        hardware_info (None | str | Unset):
        server_info (ServerInfo | Unset):
    """

    authenticated: bool | None | Unset = UNSET
    competing: bool | None | Unset = UNSET
    connected: bool | None | Unset = UNSET
    established: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    fail: None | str | Unset = UNSET
    mac: None | str | Unset = UNSET
    hardware_info: None | str | Unset = UNSET
    server_info: ServerInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        authenticated: bool | None | Unset
        if isinstance(self.authenticated, Unset):
            authenticated = UNSET
        else:
            authenticated = self.authenticated

        competing: bool | None | Unset
        if isinstance(self.competing, Unset):
            competing = UNSET
        else:
            competing = self.competing

        connected: bool | None | Unset
        if isinstance(self.connected, Unset):
            connected = UNSET
        else:
            connected = self.connected

        established: bool | None | Unset
        if isinstance(self.established, Unset):
            established = UNSET
        else:
            established = self.established

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        fail: None | str | Unset
        if isinstance(self.fail, Unset):
            fail = UNSET
        else:
            fail = self.fail

        mac: None | str | Unset
        if isinstance(self.mac, Unset):
            mac = UNSET
        else:
            mac = self.mac

        hardware_info: None | str | Unset
        if isinstance(self.hardware_info, Unset):
            hardware_info = UNSET
        else:
            hardware_info = self.hardware_info

        server_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_info, Unset):
            server_info = self.server_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if authenticated is not UNSET:
            field_dict["authenticated"] = authenticated
        if competing is not UNSET:
            field_dict["competing"] = competing
        if connected is not UNSET:
            field_dict["connected"] = connected
        if established is not UNSET:
            field_dict["established"] = established
        if message is not UNSET:
            field_dict["message"] = message
        if fail is not UNSET:
            field_dict["fail"] = fail
        if mac is not UNSET:
            field_dict["MAC"] = mac
        if hardware_info is not UNSET:
            field_dict["hardware_info"] = hardware_info
        if server_info is not UNSET:
            field_dict["serverInfo"] = server_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        d = dict(src_dict)
        authenticated: bool | None | Unset = d.pop("authenticated", UNSET)

        competing: bool | None | Unset = d.pop("competing", UNSET)

        connected: bool | None | Unset = d.pop("connected", UNSET)

        established: bool | None | Unset = d.pop("established", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        fail: None | str | Unset = d.pop("fail", UNSET)

        mac: None | str | Unset = d.pop("MAC", UNSET)

        hardware_info: None | str | Unset = d.pop("hardware_info", UNSET)

        _server_info = d.pop("serverInfo", UNSET)
        server_info: ServerInfo | Unset
        if isinstance(_server_info, Unset):
            server_info = UNSET
        else:
            server_info = ServerInfo.from_dict(_server_info)

        auth_status = cls(
            authenticated=authenticated,
            competing=competing,
            connected=connected,
            established=established,
            message=message,
            fail=fail,
            mac=mac,
            hardware_info=hardware_info,
            server_info=server_info,
        )

        auth_status.additional_properties = d
        return auth_status

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
