# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertSummary")


@_attrs_define
class AlertSummary:
    """
    Attributes:
        account (None | str | Unset):
        order_id (int | None | str | Unset):
        alert_name (None | str | Unset):
        alert_active (int | None | Unset):
        alert_repeatable (int | None | Unset):
        order_time (None | str | Unset):
        alert_triggered (bool | None | Unset):
    """

    account: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    alert_name: None | str | Unset = UNSET
    alert_active: int | None | Unset = UNSET
    alert_repeatable: int | None | Unset = UNSET
    order_time: None | str | Unset = UNSET
    alert_triggered: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        alert_name: None | str | Unset
        if isinstance(self.alert_name, Unset):
            alert_name = UNSET
        else:
            alert_name = self.alert_name

        alert_active: int | None | Unset
        if isinstance(self.alert_active, Unset):
            alert_active = UNSET
        else:
            alert_active = self.alert_active

        alert_repeatable: int | None | Unset
        if isinstance(self.alert_repeatable, Unset):
            alert_repeatable = UNSET
        else:
            alert_repeatable = self.alert_repeatable

        order_time: None | str | Unset
        if isinstance(self.order_time, Unset):
            order_time = UNSET
        else:
            order_time = self.order_time

        alert_triggered: bool | None | Unset
        if isinstance(self.alert_triggered, Unset):
            alert_triggered = UNSET
        else:
            alert_triggered = self.alert_triggered

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if alert_active is not UNSET:
            field_dict["alert_active"] = alert_active
        if alert_repeatable is not UNSET:
            field_dict["alert_repeatable"] = alert_repeatable
        if order_time is not UNSET:
            field_dict["order_time"] = order_time
        if alert_triggered is not UNSET:
            field_dict["alert_triggered"] = alert_triggered

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account: None | str | Unset = d.pop("account", UNSET)

        order_id: int | None | str | Unset = d.pop("order_id", UNSET)

        alert_name: None | str | Unset = d.pop("alert_name", UNSET)

        alert_active: int | None | Unset = d.pop("alert_active", UNSET)

        alert_repeatable: int | None | Unset = d.pop("alert_repeatable", UNSET)

        order_time: None | str | Unset = d.pop("order_time", UNSET)

        alert_triggered: bool | None | Unset = d.pop("alert_triggered", UNSET)

        alert_summary = cls(
            account=account,
            order_id=order_id,
            alert_name=alert_name,
            alert_active=alert_active,
            alert_repeatable=alert_repeatable,
            order_time=order_time,
            alert_triggered=alert_triggered,
        )

        alert_summary.additional_properties = d
        return alert_summary

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
