# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SsoSessionResponse")


@_attrs_define
class SsoSessionResponse:
    """
    Attributes:
        active (bool | None | Unset):
        url (None | str | Unset):
        user_id (int | None | Unset):
        user_name (None | str | Unset):
        expires_in (int | None | Unset):
        access_token (None | str | Unset):
    """

    active: bool | None | Unset = UNSET
    url: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    expires_in: int | None | Unset = UNSET
    access_token: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        access_token: None | str | Unset
        if isinstance(self.access_token, Unset):
            access_token = UNSET
        else:
            access_token = self.access_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if url is not UNSET:
            field_dict["url"] = url
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_name is not UNSET:
            field_dict["user_name"] = user_name
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if access_token is not UNSET:
            field_dict["access_token"] = access_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active: bool | None | Unset = d.pop("active", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        user_id: int | None | Unset = d.pop("user_id", UNSET)

        user_name: None | str | Unset = d.pop("user_name", UNSET)

        expires_in: int | None | Unset = d.pop("expires_in", UNSET)

        access_token: None | str | Unset = d.pop("access_token", UNSET)

        sso_session_response = cls(
            active=active,
            url=url,
            user_id=user_id,
            user_name=user_name,
            expires_in=expires_in,
            access_token=access_token,
        )

        sso_session_response.additional_properties = d
        return sso_session_response

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
