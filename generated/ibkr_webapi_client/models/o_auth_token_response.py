# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OAuthTokenResponse")


@_attrs_define
class OAuthTokenResponse:
    """Request or access token from the three-legged OAuth 1.0a flow.

    Attributes:
        oauth_token (None | str | Unset):
        oauth_token_secret (None | str | Unset):
        oauth_callback_confirmed (None | str | Unset):
        is_paper (bool | None | Unset):
    """

    oauth_token: None | str | Unset = UNSET
    oauth_token_secret: None | str | Unset = UNSET
    oauth_callback_confirmed: None | str | Unset = UNSET
    is_paper: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        oauth_token: None | str | Unset
        if isinstance(self.oauth_token, Unset):
            oauth_token = UNSET
        else:
            oauth_token = self.oauth_token

        oauth_token_secret: None | str | Unset
        if isinstance(self.oauth_token_secret, Unset):
            oauth_token_secret = UNSET
        else:
            oauth_token_secret = self.oauth_token_secret

        oauth_callback_confirmed: None | str | Unset
        if isinstance(self.oauth_callback_confirmed, Unset):
            oauth_callback_confirmed = UNSET
        else:
            oauth_callback_confirmed = self.oauth_callback_confirmed

        is_paper: bool | None | Unset
        if isinstance(self.is_paper, Unset):
            is_paper = UNSET
        else:
            is_paper = self.is_paper

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth_token is not UNSET:
            field_dict["oauth_token"] = oauth_token
        if oauth_token_secret is not UNSET:
            field_dict["oauth_token_secret"] = oauth_token_secret
        if oauth_callback_confirmed is not UNSET:
            field_dict["oauth_callback_confirmed"] = oauth_callback_confirmed
        if is_paper is not UNSET:
            field_dict["is_paper"] = is_paper

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        oauth_token: None | str | Unset = d.pop("oauth_token", UNSET)

        oauth_token_secret: None | str | Unset = d.pop("oauth_token_secret", UNSET)

        oauth_callback_confirmed: None | str | Unset = d.pop("oauth_callback_confirmed", UNSET)

        is_paper: bool | None | Unset = d.pop("is_paper", UNSET)

        o_auth_token_response = cls(
            oauth_token=oauth_token,
            oauth_token_secret=oauth_token_secret,
            oauth_callback_confirmed=oauth_callback_confirmed,
            is_paper=is_paper,
        )

        o_auth_token_response.additional_properties = d
        return o_auth_token_response

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
