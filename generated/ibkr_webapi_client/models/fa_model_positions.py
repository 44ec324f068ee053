# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fa_model_positions_cash_type_0_item import FaModelPositionsCashType0Item
    from ..models.fa_model_positions_position_list_type_0_item import FaModelPositionsPositionListType0Item


T = TypeVar("T", bound="FaModelPositions")


@_attrs_define
class FaModelPositions:
    """
    Attributes:
        model (None | str | Unset):
        nlv (float | None | str | Unset):
        mismatched (bool | None | Unset):
        cash (list[FaModelPositionsCashType0Item] | None | Unset):
        position_list (list[FaModelPositionsPositionListType0Item] | None | Unset):
    """

    model: None | str | Unset = UNSET
    nlv: float | None | str | Unset = UNSET
    mismatched: bool | None | Unset = UNSET
    cash: list[FaModelPositionsCashType0Item] | None | Unset = UNSET
    position_list: list[FaModelPositionsPositionListType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        nlv: float | None | str | Unset
        if isinstance(self.nlv, Unset):
            nlv = UNSET
        else:
            nlv = self.nlv

        mismatched: bool | None | Unset
        if isinstance(self.mismatched, Unset):
            mismatched = UNSET
        else:
            mismatched = self.mismatched

        cash: list[dict[str, Any]] | None | Unset
        if isinstance(self.cash, Unset):
            cash = UNSET
        elif isinstance(self.cash, list):
            cash = []
            for cash_type_0_item_data in self.cash:
                cash_type_0_item = cash_type_0_item_data.to_dict()
                cash.append(cash_type_0_item)

        else:
            cash = self.cash

        position_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.position_list, Unset):
            position_list = UNSET
        elif isinstance(self.position_list, list):
            position_list = []
            for position_list_type_0_item_data in self.position_list:
                position_list_type_0_item = position_list_type_0_item_data.to_dict()
                position_list.append(position_list_type_0_item)

        else:
            position_list = self.position_list

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if nlv is not UNSET:
            field_dict["nlv"] = nlv
        if mismatched is not UNSET:
            field_dict["mismatched"] = mismatched
        if cash is not UNSET:
            field_dict["cash"] = cash
        if position_list is not UNSET:
            field_dict["positionList"] = position_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fa_model_positions_cash_type_0_item import FaModelPositionsCashType0Item  # noqa: PLC0415
        from ..models.fa_model_positions_position_list_type_0_item import FaModelPositionsPositionListType0Item  # noqa: PLC0415

        d = dict(src_dict)
        model: None | str | Unset = d.pop("model", UNSET)

        nlv: float | None | str | Unset = d.pop("nlv", UNSET)

        mismatched: bool | None | Unset = d.pop("mismatched", UNSET)

        def _parse_cash(data: object) -> list[FaModelPositionsCashType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cash_type_0 = []
                _cash_type_0 = data
                for cash_type_0_item_data in _cash_type_0:
                    cash_type_0_item = FaModelPositionsCashType0Item.from_dict(cash_type_0_item_data)

                    cash_type_0.append(cash_type_0_item)

                return cash_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FaModelPositionsCashType0Item] | None | Unset, data)

        cash = _parse_cash(d.pop("cash", UNSET))

        def _parse_position_list(data: object) -> list[FaModelPositionsPositionListType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                position_list_type_0 = []
                _position_list_type_0 = data
                for position_list_type_0_item_data in _position_list_type_0:
                    position_list_type_0_item = FaModelPositionsPositionListType0Item.from_dict(
                        position_list_type_0_item_data
                    )

                    position_list_type_0.append(position_list_type_0_item)

                return position_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FaModelPositionsPositionListType0Item] | None | Unset, data)

        position_list = _parse_position_list(d.pop("positionList", UNSET))

        fa_model_positions = cls(
            model=model,
            nlv=nlv,
            mismatched=mismatched,
            cash=cash,
            position_list=position_list,
        )

        fa_model_positions.additional_properties = d
        return fa_model_positions

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
