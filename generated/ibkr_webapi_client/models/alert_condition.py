# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlertCondition")


@_attrs_define
class AlertCondition:
    """
    Attributes:
        condition_type (int | None | Unset):
        conidex (None | str | Unset):
        contract_description_1 (None | str | Unset):
        condition_operator (None | str | Unset):
        condition_trigger_method (None | str | Unset):
        condition_value (None | str | Unset):
        condition_logic_bind (None | str | Unset):
        condition_time_zone (None | str | Unset):
    """

    condition_type: int | None | Unset = UNSET
    conidex: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    condition_operator: None | str | Unset = UNSET
    condition_trigger_method: None | str | Unset = UNSET
    condition_value: None | str | Unset = UNSET
    condition_logic_bind: None | str | Unset = UNSET
    condition_time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        condition_type: int | None | Unset
        if isinstance(self.condition_type, Unset):
            condition_type = UNSET
        else:
            condition_type = self.condition_type

        conidex: None | str | Unset
        if isinstance(self.conidex, Unset):
            conidex = UNSET
        else:
            conidex = self.conidex

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

        condition_operator: None | str | Unset
        if isinstance(self.condition_operator, Unset):
            condition_operator = UNSET
        else:
            condition_operator = self.condition_operator

        condition_trigger_method: None | str | Unset
        if isinstance(self.condition_trigger_method, Unset):
            condition_trigger_method = UNSET
        else:
            condition_trigger_method = self.condition_trigger_method

        condition_value: None | str | Unset
        if isinstance(self.condition_value, Unset):
            condition_value = UNSET
        else:
            condition_value = self.condition_value

        condition_logic_bind: None | str | Unset
        if isinstance(self.condition_logic_bind, Unset):
            condition_logic_bind = UNSET
        else:
            condition_logic_bind = self.condition_logic_bind

        condition_time_zone: None | str | Unset
        if isinstance(self.condition_time_zone, Unset):
            condition_time_zone = UNSET
        else:
            condition_time_zone = self.condition_time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if condition_type is not UNSET:
            field_dict["condition_type"] = condition_type
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if condition_operator is not UNSET:
            field_dict["condition_operator"] = condition_operator
        if condition_trigger_method is not UNSET:
            field_dict["condition_trigger_method"] = condition_trigger_method
        if condition_value is not UNSET:
            field_dict["condition_value"] = condition_value
        if condition_logic_bind is not UNSET:
            field_dict["condition_logic_bind"] = condition_logic_bind
        if condition_time_zone is not UNSET:
            field_dict["condition_time_zone"] = condition_time_zone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        condition_type: int | None | Unset = d.pop("condition_type", UNSET)

        conidex: None | str | Unset = d.pop("conidex", UNSET)

        contract_description_1: None | str | Unset = d.pop("contract_description_1", UNSET)

        condition_operator: None | str | Unset = d.pop("condition_operator", UNSET)

        condition_trigger_method: None | str | Unset = d.pop("condition_trigger_method", UNSET)

        condition_value: None | str | Unset = d.pop("condition_value", UNSET)

        condition_logic_bind: None | str | Unset = d.pop("condition_logic_bind", UNSET)

        condition_time_zone: None | str | Unset = d.pop("condition_time_zone", UNSET)

        alert_condition = cls(
            condition_type=condition_type,
            conidex=conidex,
            contract_description_1=contract_description_1,
            condition_operator=condition_operator,
            condition_trigger_method=condition_trigger_method,
            condition_value=condition_value,
            condition_logic_bind=condition_logic_bind,
            condition_time_zone=condition_time_zone,
        )

        alert_condition.additional_properties = d
        return alert_condition

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
