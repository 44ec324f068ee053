# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.accounts_response_acct_props_type_0 import AccountsResponseAcctPropsType0
    from ..models.accounts_response_aliases_type_0 import AccountsResponseAliasesType0
    from ..models.accounts_response_allow_features_type_0 import AccountsResponseAllowFeaturesType0
    from ..models.accounts_response_chart_periods_type_0 import AccountsResponseChartPeriodsType0
    from ..models.server_info import ServerInfo


T = TypeVar("T", bound="AccountsResponse")


@_attrs_define
class AccountsResponse:
    """Accounts the brokerage session can trade, with per-account properties. Call before most /iserver endpoints.

    Attributes:
        accounts (list[str] | Unset):
        selected_account (None | str | Unset):
        acct_props (AccountsResponseAcctPropsType0 | None | Unset):
        aliases (AccountsResponseAliasesType0 | None | Unset):
        allow_features (AccountsResponseAllowFeaturesType0 | None | Unset):
        chart_periods (AccountsResponseChartPeriodsType0 | None | Unset):
        groups (list[Any] | None | Unset):
        profiles (list[Any] | None | Unset):
        is_paper (bool | None | Unset):
        is_ft (bool | None | Unset):
        session_id (None | str | Unset):
        server_info (ServerInfo | Unset):
    """

    accounts: list[str] | Unset = UNSET
    selected_account: None | str | Unset = UNSET
    acct_props: AccountsResponseAcctPropsType0 | None | Unset = UNSET
    aliases: AccountsResponseAliasesType0 | None | Unset = UNSET
    allow_features: AccountsResponseAllowFeaturesType0 | None | Unset = UNSET
    chart_periods: AccountsResponseChartPeriodsType0 | None | Unset = UNSET
    groups: list[Any] | None | Unset = UNSET
    profiles: list[Any] | None | Unset = UNSET
    is_paper: bool | None | Unset = UNSET
    is_ft: bool | None | Unset = UNSET
    session_id: None | str | Unset = UNSET
    server_info: ServerInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.accounts_response_acct_props_type_0 import AccountsResponseAcctPropsType0  # noqa: PLC0415
        from ..models.accounts_response_aliases_type_0 import AccountsResponseAliasesType0  # noqa: PLC0415
        from ..models.accounts_response_allow_features_type_0 import AccountsResponseAllowFeaturesType0  # noqa: PLC0415
        from ..models.accounts_response_chart_periods_type_0 import AccountsResponseChartPeriodsType0  # noqa: PLC0415

        accounts: list[str] | Unset = UNSET
        if not isinstance(self.accounts, Unset):
            accounts = self.accounts

        selected_account: None | str | Unset
        if isinstance(self.selected_account, Unset):
            selected_account = UNSET
        else:
            selected_account = self.selected_account

        acct_props: dict[str, Any] | None | Unset
        if isinstance(self.acct_props, Unset):
            acct_props = UNSET
        elif isinstance(self.acct_props, AccountsResponseAcctPropsType0):
            acct_props = self.acct_props.to_dict()
        else:
            acct_props = self.acct_props

        aliases: dict[str, Any] | None | Unset
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, AccountsResponseAliasesType0):
            aliases = self.aliases.to_dict()
        else:
            aliases = self.aliases

        allow_features: dict[str, Any] | None | Unset
        if isinstance(self.allow_features, Unset):
            allow_features = UNSET
        elif isinstance(self.allow_features, AccountsResponseAllowFeaturesType0):
            allow_features = self.allow_features.to_dict()
        else:
            allow_features = self.allow_features

        chart_periods: dict[str, Any] | None | Unset
        if isinstance(self.chart_periods, Unset):
            chart_periods = UNSET
        elif isinstance(self.chart_periods, AccountsResponseChartPeriodsType0):
            chart_periods = self.chart_periods.to_dict()
        else:
            chart_periods = self.chart_periods

        groups: list[Any] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        profiles: list[Any] | None | Unset
        if isinstance(self.profiles, Unset):
            profiles = UNSET
        elif isinstance(self.profiles, list):
            profiles = self.profiles

        else:
            profiles = self.profiles

        is_paper: bool | None | Unset
        if isinstance(self.is_paper, Unset):
            is_paper = UNSET
        else:
            is_paper = self.is_paper

        is_ft: bool | None | Unset
        if isinstance(self.is_ft, Unset):
            is_ft = UNSET
        else:
            is_ft = self.is_ft

        session_id: None | str | Unset
        if isinstance(self.session_id, Unset):
            session_id = UNSET
        else:
            session_id = self.session_id

        server_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.server_info, Unset):
            server_info = self.server_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if selected_account is not UNSET:
            field_dict["selectedAccount"] = selected_account
        if acct_props is not UNSET:
            field_dict["acctProps"] = acct_props
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if allow_features is not UNSET:
            field_dict["allowFeatures"] = allow_features
        if chart_periods is not UNSET:
            field_dict["chartPeriods"] = chart_periods
        if groups is not UNSET:
            field_dict["groups"] = groups
        if profiles is not UNSET:
            field_dict["profiles"] = profiles
        if is_paper is not UNSET:
            field_dict["isPaper"] = is_paper
        if is_ft is not UNSET:
            field_dict["isFt"] = is_ft
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if server_info is not UNSET:
            field_dict["serverInfo"] = server_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.accounts_response_acct_props_type_0 import AccountsResponseAcctPropsType0  # noqa: PLC0415
        from ..models.accounts_response_aliases_type_0 import AccountsResponseAliasesType0  # noqa: PLC0415
        from ..models.accounts_response_allow_features_type_0 import AccountsResponseAllowFeaturesType0  # noqa: PLC0415
        from ..models.accounts_response_chart_periods_type_0 import AccountsResponseChartPeriodsType0  # noqa: PLC0415
        from ..models.server_info import ServerInfo  # noqa: PLC0415

        d = dict(src_dict)
        accounts = cast(list[str], d.pop("accounts", UNSET))

        selected_account: None | str | Unset = d.pop("selectedAccount", UNSET)

        def _parse_acct_props(data: object) -> AccountsResponseAcctPropsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                acct_props_type_0 = AccountsResponseAcctPropsType0.from_dict(data)

                return acct_props_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountsResponseAcctPropsType0 | None | Unset, data)

        acct_props = _parse_acct_props(d.pop("acctProps", UNSET))

        def _parse_aliases(data: object) -> AccountsResponseAliasesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aliases_type_0 = AccountsResponseAliasesType0.from_dict(data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountsResponseAliasesType0 | None | Unset, data)

        aliases = _parse_aliases(d.pop("aliases", UNSET))

        def _parse_allow_features(data: object) -> AccountsResponseAllowFeaturesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allow_features_type_0 = AccountsResponseAllowFeaturesType0.from_dict(data)

                return allow_features_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountsResponseAllowFeaturesType0 | None | Unset, data)

        allow_features = _parse_allow_features(d.pop("allowFeatures", UNSET))

        def _parse_chart_periods(data: object) -> AccountsResponseChartPeriodsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                chart_periods_type_0 = AccountsResponseChartPeriodsType0.from_dict(data)

                return chart_periods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountsResponseChartPeriodsType0 | None | Unset, data)

        chart_periods = _parse_chart_periods(d.pop("chartPeriods", UNSET))

        def _parse_groups(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[Any], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        def _parse_profiles(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                profiles_type_0 = cast(list[Any], data)

                return profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        profiles = _parse_profiles(d.pop("profiles", UNSET))

        is_paper: bool | None | Unset = d.pop("isPaper", UNSET)

        is_ft: bool | None | Unset = d.pop("isFt", UNSET)

        session_id: None | str | Unset = d.pop("sessionId", UNSET)

        _server_info = d.pop("serverInfo", UNSET)
        server_info: ServerInfo | Unset
        if isinstance(_server_info, Unset):
            server_info = UNSET
        else:
            server_info = ServerInfo.from_dict(_server_info)

        accounts_response = cls(
            accounts=accounts,
            selected_account=selected_account,
            acct_props=acct_props,
            aliases=aliases,
            allow_features=allow_features,
            chart_periods=chart_periods,
            groups=groups,
            profiles=profiles,
            is_paper=is_paper,
            is_ft=is_ft,
            session_id=session_id,
            server_info=server_info,
        )

        accounts_response.additional_properties = d
        return accounts_response

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
