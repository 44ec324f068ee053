# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvestDivestModelBodyAccountListItem")


@_attrs_define
class InvestDivestModelBodyAccountListItem:
    """
    Attributes:
        account (str | Unset):
        amt_to_invest (float | Unset):
    """

    account: str | Unset = UNSET
    amt_to_invest: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        amt_to_invest = self.amt_to_invest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if amt_to_invest is not UNSET:
            field_dict["amtToInvest"] = amt_to_invest

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = d.pop("account", UNSET)

        amt_to_invest = d.pop("amtToInvest", UNSET)

        invest_divest_model_body_account_list_item = cls(
            account=account,
            amt_to_invest=amt_to_invest,
        )

        invest_divest_model_body_account_list_item.additional_properties = d
        return invest_divest_model_body_account_list_item

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
