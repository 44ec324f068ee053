# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

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

        def _parse_authenticated(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        authenticated = _parse_authenticated(d.pop("authenticated", UNSET))

        def _parse_competing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        competing = _parse_competing(d.pop("competing", UNSET))

        def _parse_connected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        connected = _parse_connected(d.pop("connected", UNSET))

        def _parse_established(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        established = _parse_established(d.pop("established", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_fail(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail = _parse_fail(d.pop("fail", UNSET))

        def _parse_mac(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac = _parse_mac(d.pop("MAC", UNSET))

        def _parse_hardware_info(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hardware_info = _parse_hardware_info(d.pop("hardware_info", UNSET))

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
