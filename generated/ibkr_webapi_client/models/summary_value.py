# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SummaryValue")


@_attrs_define
class SummaryValue:
    """
    Attributes:
        amount (float | None | str | Unset):
        currency (None | str | Unset):
        is_null (bool | None | Unset):
        timestamp (int | None | Unset):
        value (None | str | Unset):
        severity (int | None | str | Unset):
    """

    amount: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    is_null: bool | None | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    value: None | str | Unset = UNSET
    severity: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: float | None | str | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        is_null: bool | None | Unset
        if isinstance(self.is_null, Unset):
            is_null = UNSET
        else:
            is_null = self.is_null

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        severity: int | None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if is_null is not UNSET:
            field_dict["isNull"] = is_null
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if value is not UNSET:
            field_dict["value"] = value
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount: float | None | str | Unset = d.pop("amount", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        is_null: bool | None | Unset = d.pop("isNull", UNSET)

        timestamp: int | None | Unset = d.pop("timestamp", UNSET)

        value: None | str | Unset = d.pop("value", UNSET)

        severity: int | None | str | Unset = d.pop("severity", UNSET)

        summary_value = cls(
            amount=amount,
            currency=currency,
            is_null=is_null,
            timestamp=timestamp,
            value=value,
            severity=severity,
        )

        summary_value.additional_properties = d
        return summary_value

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
