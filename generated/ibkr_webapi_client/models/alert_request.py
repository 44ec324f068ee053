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
        conditions (list[AlertRequestConditionsItem]):
        order_id (int | Unset): Existing alert id when modifying; 0 to create.
        alert_repeatable (int | Unset):
        email (str | Unset):
        expire_time (str | Unset):
        i_tws_orders_only (int | Unset):
        outside_rth (int | Unset):
        send_message (int | Unset):
        show_popup (int | Unset):
        tif (str | Unset):
    """

    alert_name: str
    alert_message: str
    conditions: list[AlertRequestConditionsItem]
    order_id: int | Unset = UNSET
    alert_repeatable: int | Unset = UNSET
    email: str | Unset = UNSET
    expire_time: str | Unset = UNSET
    i_tws_orders_only: int | Unset = UNSET
    outside_rth: int | Unset = UNSET
    send_message: int | Unset = UNSET
    show_popup: int | Unset = UNSET
    tif: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_name = self.alert_name

        alert_message = self.alert_message

        conditions = []
        for conditions_item_data in self.conditions:
            conditions_item = conditions_item_data.to_dict()
            conditions.append(conditions_item)

        order_id = self.order_id

        alert_repeatable = self.alert_repeatable

        email = self.email

        expire_time = self.expire_time

        i_tws_orders_only = self.i_tws_orders_only

        outside_rth = self.outside_rth

        send_message = self.send_message

        show_popup = self.show_popup

        tif = self.tif

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alertName": alert_name,
                "alertMessage": alert_message,
                "conditions": conditions,
            }
        )
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if alert_repeatable is not UNSET:
            field_dict["alertRepeatable"] = alert_repeatable
        if email is not UNSET:
            field_dict["email"] = email
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if i_tws_orders_only is not UNSET:
            field_dict["iTWSOrdersOnly"] = i_tws_orders_only
        if outside_rth is not UNSET:
            field_dict["outsideRth"] = outside_rth
        if send_message is not UNSET:
            field_dict["sendMessage"] = send_message
        if show_popup is not UNSET:
            field_dict["showPopup"] = show_popup
        if tif is not UNSET:
            field_dict["tif"] = tif

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.alert_request_conditions_item import AlertRequestConditionsItem  # noqa: PLC0415

        d = dict(src_dict)
        alert_name = d.pop("alertName")

        alert_message = d.pop("alertMessage")

        conditions = []
        _conditions = d.pop("conditions")
        for conditions_item_data in _conditions:
            conditions_item = AlertRequestConditionsItem.from_dict(conditions_item_data)

            conditions.append(conditions_item)

        order_id = d.pop("orderId", UNSET)

        alert_repeatable = d.pop("alertRepeatable", UNSET)

        email = d.pop("email", UNSET)

        expire_time = d.pop("expireTime", UNSET)

        i_tws_orders_only = d.pop("iTWSOrdersOnly", UNSET)

        outside_rth = d.pop("outsideRth", UNSET)

        send_message = d.pop("sendMessage", UNSET)

        show_popup = d.pop("showPopup", UNSET)

        tif = d.pop("tif", UNSET)

        alert_request = cls(
            alert_name=alert_name,
            alert_message=alert_message,
            conditions=conditions,
            order_id=order_id,
            alert_repeatable=alert_repeatable,
            email=email,
            expire_time=expire_time,
            i_tws_orders_only=i_tws_orders_only,
            outside_rth=outside_rth,
            send_message=send_message,
            show_popup=show_popup,
            tif=tif,
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
