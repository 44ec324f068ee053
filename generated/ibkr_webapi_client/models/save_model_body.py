# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.save_model_body_cash_targets_item import SaveModelBodyCashTargetsItem
    from ..models.save_model_body_position_targets_item import SaveModelBodyPositionTargetsItem


T = TypeVar("T", bound="SaveModelBody")


@_attrs_define
class SaveModelBody:
    """
    Attributes:
        cash_targets (list[SaveModelBodyCashTargetsItem]):
        desc (str):
        is_static (bool):
        model (str):
        position_targets (list[SaveModelBodyPositionTargetsItem]):
        req_id (int):
    """

    cash_targets: list[SaveModelBodyCashTargetsItem]
    desc: str
    is_static: bool
    model: str
    position_targets: list[SaveModelBodyPositionTargetsItem]
    req_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cash_targets = []
        for cash_targets_item_data in self.cash_targets:
            cash_targets_item = cash_targets_item_data.to_dict()
            cash_targets.append(cash_targets_item)

        desc = self.desc

        is_static = self.is_static

        model = self.model

        position_targets = []
        for position_targets_item_data in self.position_targets:
            position_targets_item = position_targets_item_data.to_dict()
            position_targets.append(position_targets_item)

        req_id = self.req_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cashTargets": cash_targets,
                "desc": desc,
                "isStatic": is_static,
                "model": model,
                "positionTargets": position_targets,
                "reqID": req_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.save_model_body_cash_targets_item import SaveModelBodyCashTargetsItem  # noqa: PLC0415
        from ..models.save_model_body_position_targets_item import SaveModelBodyPositionTargetsItem  # noqa: PLC0415

        d = dict(src_dict)
        cash_targets = []
        _cash_targets = d.pop("cashTargets")
        for cash_targets_item_data in _cash_targets:
            cash_targets_item = SaveModelBodyCashTargetsItem.from_dict(cash_targets_item_data)

            cash_targets.append(cash_targets_item)

        desc = d.pop("desc")

        is_static = d.pop("isStatic")

        model = d.pop("model")

        position_targets = []
        _position_targets = d.pop("positionTargets")
        for position_targets_item_data in _position_targets:
            position_targets_item = SaveModelBodyPositionTargetsItem.from_dict(position_targets_item_data)

            position_targets.append(position_targets_item)

        req_id = d.pop("reqID")

        save_model_body = cls(
            cash_targets=cash_targets,
            desc=desc,
            is_static=is_static,
            model=model,
            position_targets=position_targets,
            req_id=req_id,
        )

        save_model_body.additional_properties = d
        return save_model_body

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
