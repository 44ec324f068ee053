# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dynamic_account_search_result_matched_account import DynamicAccountSearchResultMatchedAccount


T = TypeVar("T", bound="DynamicAccountSearchResult")


@_attrs_define
class DynamicAccountSearchResult:
    """
    Attributes:
        pattern (None | str | Unset):
        matched_accounts (list[DynamicAccountSearchResultMatchedAccount] | None | Unset):
    """

    pattern: None | str | Unset = UNSET
    matched_accounts: list[DynamicAccountSearchResultMatchedAccount] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pattern: None | str | Unset
        if isinstance(self.pattern, Unset):
            pattern = UNSET
        else:
            pattern = self.pattern

        matched_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.matched_accounts, Unset):
            matched_accounts = UNSET
        elif isinstance(self.matched_accounts, list):
            matched_accounts = []
            for matched_accounts_type_0_item_data in self.matched_accounts:
                matched_accounts_type_0_item = matched_accounts_type_0_item_data.to_dict()
                matched_accounts.append(matched_accounts_type_0_item)

        else:
            matched_accounts = self.matched_accounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pattern is not UNSET:
            field_dict["pattern"] = pattern
        if matched_accounts is not UNSET:
            field_dict["matchedAccounts"] = matched_accounts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dynamic_account_search_result_matched_account import DynamicAccountSearchResultMatchedAccount  # noqa: PLC0415

        d = dict(src_dict)
        pattern: None | str | Unset = d.pop("pattern", UNSET)

        def _parse_matched_accounts(data: object) -> list[DynamicAccountSearchResultMatchedAccount] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                matched_accounts_type_0 = []
                _matched_accounts_type_0 = data
                for matched_accounts_type_0_item_data in _matched_accounts_type_0:
                    matched_accounts_type_0_item = DynamicAccountSearchResultMatchedAccount.from_dict(
                        matched_accounts_type_0_item_data
                    )

                    matched_accounts_type_0.append(matched_accounts_type_0_item)

                return matched_accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DynamicAccountSearchResultMatchedAccount] | None | Unset, data)

        matched_accounts = _parse_matched_accounts(d.pop("matchedAccounts", UNSET))

        dynamic_account_search_result = cls(
            pattern=pattern,
            matched_accounts=matched_accounts,
        )

        dynamic_account_search_result.additional_properties = d
        return dynamic_account_search_result

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
