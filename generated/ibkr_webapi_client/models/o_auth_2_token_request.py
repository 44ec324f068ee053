# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuth2TokenRequest")


@_attrs_define
class OAuth2TokenRequest:
    """
    Attributes:
        grant_type (str): Always `client_credentials`.
        client_assertion (str): Signed JWT (private_key_jwt) identifying the client.
        client_assertion_type (str): `urn:ietf:params:oauth:client-assertion-type:jwt-bearer`.
        scope (str | Unset): Requested scope, e.g. `sso-sessions.write`.
    """

    grant_type: str
    client_assertion: str
    client_assertion_type: str
    scope: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grant_type = self.grant_type

        client_assertion = self.client_assertion

        client_assertion_type = self.client_assertion_type

        scope = self.scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "grant_type": grant_type,
                "client_assertion": client_assertion,
                "client_assertion_type": client_assertion_type,
            }
        )
        if scope is not UNSET:
            field_dict["scope"] = scope

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = d.pop("grant_type")

        client_assertion = d.pop("client_assertion")

        client_assertion_type = d.pop("client_assertion_type")

        scope = d.pop("scope", UNSET)

        o_auth_2_token_request = cls(
            grant_type=grant_type,
            client_assertion=client_assertion,
            client_assertion_type=client_assertion_type,
            scope=scope,
        )

        o_auth_2_token_request.additional_properties = d
        return o_auth_2_token_request

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
