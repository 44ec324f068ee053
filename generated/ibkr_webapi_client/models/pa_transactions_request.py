# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaTransactionsRequest")


@_attrs_define
class PaTransactionsRequest:
    """
    Attributes:
        acct_ids (list[str]):
        conids (list[int]):
        currency (str | Unset):
        days (int | Unset):
    """

    acct_ids: list[str]
    conids: list[int]
    currency: str | Unset = UNSET
    days: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct_ids = self.acct_ids

        conids = self.conids

        currency = self.currency

        days = self.days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "acctIds": acct_ids,
                "conids": conids,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if days is not UNSET:
            field_dict["days"] = days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acct_ids = cast(list[str], d.pop("acctIds"))

        conids = cast(list[int], d.pop("conids"))

        currency = d.pop("currency", UNSET)

        days = d.pop("days", UNSET)

        pa_transactions_request = cls(
            acct_ids=acct_ids,
            conids=conids,
            currency=currency,
            days=days,
        )

        pa_transactions_request.additional_properties = d
        return pa_transactions_request

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
