# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sso_validate_response_features_type_0 import SsoValidateResponseFeaturesType0


T = TypeVar("T", bound="SsoValidateResponse")


@_attrs_define
class SsoValidateResponse:
    """
    Attributes:
        user_id (int | None | Unset):
        user_name (None | str | Unset):
        result (bool | None | Unset):
        auth_time (int | None | Unset):
        sf_enabled (bool | None | Unset):
        is_free_trial (bool | None | Unset):
        credential (None | str | Unset):
        ip (None | str | Unset):
        expires (int | None | Unset):
        qualified_for_mobile_auth (Any | Unset):
        landing_app (None | str | Unset):
        is_master (bool | None | Unset):
        last_accessed (int | None | Unset):
        login_type (int | None | Unset):
        paper_user_name (None | str | Unset):
        features (None | SsoValidateResponseFeaturesType0 | Unset):
        region (None | str | Unset):
    """

    user_id: int | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    result: bool | None | Unset = UNSET
    auth_time: int | None | Unset = UNSET
    sf_enabled: bool | None | Unset = UNSET
    is_free_trial: bool | None | Unset = UNSET
    credential: None | str | Unset = UNSET
    ip: None | str | Unset = UNSET
    expires: int | None | Unset = UNSET
    qualified_for_mobile_auth: Any | Unset = UNSET
    landing_app: None | str | Unset = UNSET
    is_master: bool | None | Unset = UNSET
    last_accessed: int | None | Unset = UNSET
    login_type: int | None | Unset = UNSET
    paper_user_name: None | str | Unset = UNSET
    features: None | SsoValidateResponseFeaturesType0 | Unset = UNSET
    region: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sso_validate_response_features_type_0 import SsoValidateResponseFeaturesType0  # noqa: PLC0415

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

        result: bool | None | Unset
        if isinstance(self.result, Unset):
            result = UNSET
        else:
            result = self.result

        auth_time: int | None | Unset
        if isinstance(self.auth_time, Unset):
            auth_time = UNSET
        else:
            auth_time = self.auth_time

        sf_enabled: bool | None | Unset
        if isinstance(self.sf_enabled, Unset):
            sf_enabled = UNSET
        else:
            sf_enabled = self.sf_enabled

        is_free_trial: bool | None | Unset
        if isinstance(self.is_free_trial, Unset):
            is_free_trial = UNSET
        else:
            is_free_trial = self.is_free_trial

        credential: None | str | Unset
        if isinstance(self.credential, Unset):
            credential = UNSET
        else:
            credential = self.credential

        ip: None | str | Unset
        if isinstance(self.ip, Unset):
            ip = UNSET
        else:
            ip = self.ip

        expires: int | None | Unset
        if isinstance(self.expires, Unset):
            expires = UNSET
        else:
            expires = self.expires

        qualified_for_mobile_auth = self.qualified_for_mobile_auth

        landing_app: None | str | Unset
        if isinstance(self.landing_app, Unset):
            landing_app = UNSET
        else:
            landing_app = self.landing_app

        is_master: bool | None | Unset
        if isinstance(self.is_master, Unset):
            is_master = UNSET
        else:
            is_master = self.is_master

        last_accessed: int | None | Unset
        if isinstance(self.last_accessed, Unset):
            last_accessed = UNSET
        else:
            last_accessed = self.last_accessed

        login_type: int | None | Unset
        if isinstance(self.login_type, Unset):
            login_type = UNSET
        else:
            login_type = self.login_type

        paper_user_name: None | str | Unset
        if isinstance(self.paper_user_name, Unset):
            paper_user_name = UNSET
        else:
            paper_user_name = self.paper_user_name

        features: dict[str, Any] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, SsoValidateResponseFeaturesType0):
            features = self.features.to_dict()
        else:
            features = self.features

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["USER_ID"] = user_id
        if user_name is not UNSET:
            field_dict["USER_NAME"] = user_name
        if result is not UNSET:
            field_dict["RESULT"] = result
        if auth_time is not UNSET:
            field_dict["AUTH_TIME"] = auth_time
        if sf_enabled is not UNSET:
            field_dict["SF_ENABLED"] = sf_enabled
        if is_free_trial is not UNSET:
            field_dict["IS_FREE_TRIAL"] = is_free_trial
        if credential is not UNSET:
            field_dict["CREDENTIAL"] = credential
        if ip is not UNSET:
            field_dict["IP"] = ip
        if expires is not UNSET:
            field_dict["EXPIRES"] = expires
        if qualified_for_mobile_auth is not UNSET:
            field_dict["QUALIFIED_FOR_MOBILE_AUTH"] = qualified_for_mobile_auth
        if landing_app is not UNSET:
            field_dict["LANDING_APP"] = landing_app
        if is_master is not UNSET:
            field_dict["IS_MASTER"] = is_master
        if last_accessed is not UNSET:
            field_dict["lastAccessed"] = last_accessed
        if login_type is not UNSET:
            field_dict["loginType"] = login_type
        if paper_user_name is not UNSET:
            field_dict["PAPER_USER_NAME"] = paper_user_name
        if features is not UNSET:
            field_dict["features"] = features
        if region is not UNSET:
            field_dict["region"] = region

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sso_validate_response_features_type_0 import SsoValidateResponseFeaturesType0  # noqa: PLC0415

        d = dict(src_dict)
        user_id: int | None | Unset = d.pop("USER_ID", UNSET)

        user_name: None | str | Unset = d.pop("USER_NAME", UNSET)

        result: bool | None | Unset = d.pop("RESULT", UNSET)

        auth_time: int | None | Unset = d.pop("AUTH_TIME", UNSET)

        sf_enabled: bool | None | Unset = d.pop("SF_ENABLED", UNSET)

        is_free_trial: bool | None | Unset = d.pop("IS_FREE_TRIAL", UNSET)

        credential: None | str | Unset = d.pop("CREDENTIAL", UNSET)

        ip: None | str | Unset = d.pop("IP", UNSET)

        expires: int | None | Unset = d.pop("EXPIRES", UNSET)

        qualified_for_mobile_auth = d.pop("QUALIFIED_FOR_MOBILE_AUTH", UNSET)

        landing_app: None | str | Unset = d.pop("LANDING_APP", UNSET)

        is_master: bool | None | Unset = d.pop("IS_MASTER", UNSET)

        last_accessed: int | None | Unset = d.pop("lastAccessed", UNSET)

        login_type: int | None | Unset = d.pop("loginType", UNSET)

        paper_user_name: None | str | Unset = d.pop("PAPER_USER_NAME", UNSET)

        def _parse_features(data: object) -> None | SsoValidateResponseFeaturesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                features_type_0 = SsoValidateResponseFeaturesType0.from_dict(data)

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SsoValidateResponseFeaturesType0 | Unset, data)

        features = _parse_features(d.pop("features", UNSET))

        region: None | str | Unset = d.pop("region", UNSET)

        sso_validate_response = cls(
            user_id=user_id,
            user_name=user_name,
            result=result,
            auth_time=auth_time,
            sf_enabled=sf_enabled,
            is_free_trial=is_free_trial,
            credential=credential,
            ip=ip,
            expires=expires,
            qualified_for_mobile_auth=qualified_for_mobile_auth,
            landing_app=landing_app,
            is_master=is_master,
            last_accessed=last_accessed,
            login_type=login_type,
            paper_user_name=paper_user_name,
            features=features,
            region=region,
        )

        sso_validate_response.additional_properties = d
        return sso_validate_response

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
