# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiveSessionTokenResponse")


@_attrs_define
class LiveSessionTokenResponse:
    """Material for deriving the live session token (LST).

    Attributes:
        diffie_hellman_response (str): Server DH public value B, hex.
        live_session_token_signature (str): Hex HMAC-SHA1 of the consumer key under the LST; proves the derivation.
        live_session_token_expiration (int): Expiry as epoch milliseconds.
    """

    diffie_hellman_response: str
    live_session_token_signature: str
    live_session_token_expiration: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diffie_hellman_response = self.diffie_hellman_response

        live_session_token_signature = self.live_session_token_signature

        live_session_token_expiration = self.live_session_token_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diffie_hellman_response": diffie_hellman_response,
                "live_session_token_signature": live_session_token_signature,
                "live_session_token_expiration": live_session_token_expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diffie_hellman_response = d.pop("diffie_hellman_response")

        live_session_token_signature = d.pop("live_session_token_signature")

        live_session_token_expiration = d.pop("live_session_token_expiration")

        live_session_token_response = cls(
            diffie_hellman_response=diffie_hellman_response,
            live_session_token_signature=live_session_token_signature,
            live_session_token_expiration=live_session_token_expiration,
        )

        live_session_token_response.additional_properties = d
        return live_session_token_response

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
