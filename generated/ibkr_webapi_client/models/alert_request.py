# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_request_conditions_item import AlertRequestConditionsItem


T = TypeVar("T", bound="AlertRequest")


@_attrs_define
class AlertRequest:
    """Alert to create (omit alertId) or modify.

    Attributes:
        alert_name (str):
        alert_message (str):
        alert_repeatable (int):
        outside_rth (int):
        tif (str):
        conditions (list[AlertRequestConditionsItem]):
        order_id (int | Unset): Existing alert id when modifying; 0 to create.
        email (str | Unset):
        expire_time (str | Unset):
        i_tws_orders_only (int | Unset):
        send_message (int | Unset):
        show_popup (int | Unset):
    """

    alert_name: str
    alert_message: str
    alert_repeatable: int
    outside_rth: int
    tif: str
    conditions: list[AlertRequestConditionsItem]
    order_id: int | Unset = UNSET
    email: str | Unset = UNSET
    expire_time: str | Unset = UNSET
    i_tws_orders_only: int | Unset = UNSET
    send_message: int | Unset = UNSET
    show_popup: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_name = self.alert_name

        alert_message = self.alert_message

        alert_repeatable = self.alert_repeatable

        outside_rth = self.outside_rth

        tif = self.tif

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        order_id = self.order_id

        email = self.email

        expire_time = self.expire_time

        i_tws_orders_only = self.i_tws_orders_only

        send_message = self.send_message

        show_popup = self.show_popup

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alertName": alert_name,
                "alertMessage": alert_message,
                "alertRepeatable": alert_repeatable,
                "outsideRth": outside_rth,
                "tif": tif,
                "conditions": conditions,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if email is not UNSET:
            field_dict["email"] = email
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if i_tws_orders_only is not UNSET:
            field_dict["iTWSOrdersOnly"] = i_tws_orders_only
        if send_message is not UNSET:
            field_dict["sendMessage"] = send_message
        if show_popup is not UNSET:
            field_dict["showPopup"] = show_popup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_request_conditions_item import AlertRequestConditionsItem  # noqa: PLC0415

        d = dict(src_dict)
        alert_name = d.pop("alertName")

        alert_message = d.pop("alertMessage")

        alert_repeatable = d.pop("alertRepeatable")

        outside_rth = d.pop("outsideRth")

        tif = d.pop("tif")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = AlertRequestConditionsItem.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        order_id = d.pop("orderId", UNSET)

        email = d.pop("email", UNSET)

        expire_time = d.pop("expireTime", UNSET)

        i_tws_orders_only = d.pop("iTWSOrdersOnly", UNSET)

        send_message = d.pop("sendMessage", UNSET)

        show_popup = d.pop("showPopup", UNSET)

        alert_request = cls(
            alert_name=alert_name,
            alert_message=alert_message,
            alert_repeatable=alert_repeatable,
            outside_rth=outside_rth,
            tif=tif,
            conditions=conditions,
            order_id=order_id,
            email=email,
            expire_time=expire_time,
            i_tws_orders_only=i_tws_orders_only,
            send_message=send_message,
            show_popup=show_popup,
        )

        alert_request.additional_properties = d
        return alert_request

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
