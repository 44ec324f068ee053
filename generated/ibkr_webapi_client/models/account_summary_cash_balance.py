# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountSummaryCashBalance")


@_attrs_define
class AccountSummaryCashBalance:
    """
    Attributes:
        currency (None | str | Unset):
        balance (float | None | Unset):
        settled_cash (float | None | Unset):
    """

    currency: None | str | Unset = UNSET
    balance: float | None | Unset = UNSET
    settled_cash: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        balance: float | None | Unset
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        settled_cash: float | None | Unset
        if isinstance(self.settled_cash, Unset):
            settled_cash = UNSET
        else:
            settled_cash = self.settled_cash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if balance is not UNSET:
            field_dict["balance"] = balance
        if settled_cash is not UNSET:
            field_dict["settledCash"] = settled_cash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        currency: None | str | Unset = d.pop("currency", UNSET)

        balance: float | None | Unset = d.pop("balance", UNSET)

        settled_cash: float | None | Unset = d.pop("settledCash", UNSET)

        account_summary_cash_balance = cls(
            currency=currency,
            balance=balance,
            settled_cash=settled_cash,
        )

        account_summary_cash_balance.additional_properties = d
        return account_summary_cash_balance

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
