# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_condition import AlertCondition


T = TypeVar("T", bound="AlertDetail")


@_attrs_define
class AlertDetail:
    """
    Attributes:
        account (None | str | Unset):
        order_id (int | None | str | Unset):
        alert_name (None | str | Unset):
        alert_message (None | str | Unset):
        alert_active (int | None | Unset):
        alert_repeatable (int | None | Unset):
        tif (None | str | Unset):
        expire_time (None | str | Unset):
        alert_email (None | str | Unset):
        order_status (None | str | Unset):
        alert_triggered (bool | None | Unset):
        conditions (list[AlertCondition] | None | Unset):
    """

    account: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    alert_name: None | str | Unset = UNSET
    alert_message: None | str | Unset = UNSET
    alert_active: int | None | Unset = UNSET
    alert_repeatable: int | None | Unset = UNSET
    tif: None | str | Unset = UNSET
    expire_time: None | str | Unset = UNSET
    alert_email: None | str | Unset = UNSET
    order_status: None | str | Unset = UNSET
    alert_triggered: bool | None | Unset = UNSET
    conditions: list[AlertCondition] | None | Unset = UNSET
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

        alert_message: None | str | Unset
        if isinstance(self.alert_message, Unset):
            alert_message = UNSET
        else:
            alert_message = self.alert_message

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

        tif: None | str | Unset
        if isinstance(self.tif, Unset):
            tif = UNSET
        else:
            tif = self.tif

        expire_time: None | str | Unset
        if isinstance(self.expire_time, Unset):
            expire_time = UNSET
        else:
            expire_time = self.expire_time

        alert_email: None | str | Unset
        if isinstance(self.alert_email, Unset):
            alert_email = UNSET
        else:
            alert_email = self.alert_email

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        alert_triggered: bool | None | Unset
        if isinstance(self.alert_triggered, Unset):
            alert_triggered = UNSET
        else:
            alert_triggered = self.alert_triggered

        conditions: list[dict[str, Any]] | None | Unset
        if isinstance(self.conditions, Unset):
            conditions = UNSET
        elif isinstance(self.conditions, list):
            conditions = []
            for conditions_type_0_item_data in self.conditions:
                conditions_type_0_item = conditions_type_0_item_data.to_dict()
                conditions.append(conditions_type_0_item)

        else:
            conditions = self.conditions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if alert_name is not UNSET:
            field_dict["alert_name"] = alert_name
        if alert_message is not UNSET:
            field_dict["alert_message"] = alert_message
        if alert_active is not UNSET:
            field_dict["alert_active"] = alert_active
        if alert_repeatable is not UNSET:
            field_dict["alert_repeatable"] = alert_repeatable
        if tif is not UNSET:
            field_dict["tif"] = tif
        if expire_time is not UNSET:
            field_dict["expire_time"] = expire_time
        if alert_email is not UNSET:
            field_dict["alert_email"] = alert_email
        if order_status is not UNSET:
            field_dict["order_status"] = order_status
        if alert_triggered is not UNSET:
            field_dict["alert_triggered"] = alert_triggered
        if conditions is not UNSET:
            field_dict["conditions"] = conditions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_condition import AlertCondition  # noqa: PLC0415

        d = dict(src_dict)
        account: None | str | Unset = d.pop("account", UNSET)

        order_id: int | None | str | Unset = d.pop("order_id", UNSET)

        alert_name: None | str | Unset = d.pop("alert_name", UNSET)

        alert_message: None | str | Unset = d.pop("alert_message", UNSET)

        alert_active: int | None | Unset = d.pop("alert_active", UNSET)

        alert_repeatable: int | None | Unset = d.pop("alert_repeatable", UNSET)

        tif: None | str | Unset = d.pop("tif", UNSET)

        expire_time: None | str | Unset = d.pop("expire_time", UNSET)

        alert_email: None | str | Unset = d.pop("alert_email", UNSET)

        order_status: None | str | Unset = d.pop("order_status", UNSET)

        alert_triggered: bool | None | Unset = d.pop("alert_triggered", UNSET)

        def _parse_conditions(data: object) -> list[AlertCondition] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conditions_type_0 = []
                _conditions_type_0 = data
                for conditions_type_0_item_data in _conditions_type_0:
                    conditions_type_0_item = AlertCondition.from_dict(conditions_type_0_item_data)

                    conditions_type_0.append(conditions_type_0_item)

                return conditions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AlertCondition] | None | Unset, data)

        conditions = _parse_conditions(d.pop("conditions", UNSET))

        alert_detail = cls(
            account=account,
            order_id=order_id,
            alert_name=alert_name,
            alert_message=alert_message,
            alert_active=alert_active,
            alert_repeatable=alert_repeatable,
            tif=tif,
            expire_time=expire_time,
            alert_email=alert_email,
            order_status=order_status,
            alert_triggered=alert_triggered,
            conditions=conditions,
        )

        alert_detail.additional_properties = d
        return alert_detail

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
