# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trading_session import TradingSession


T = TypeVar("T", bound="TradingDay")


@_attrs_define
class TradingDay:
    """
    Attributes:
        liquid_hours (list[TradingSession] | None | Unset):
        extended_hours (list[TradingSession] | None | Unset):
    """

    liquid_hours: list[TradingSession] | None | Unset = UNSET
    extended_hours: list[TradingSession] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        liquid_hours: list[dict[str, Any]] | None | Unset
        if isinstance(self.liquid_hours, Unset):
            liquid_hours = UNSET
        elif isinstance(self.liquid_hours, list):
            liquid_hours = []
            for liquid_hours_type_0_item_data in self.liquid_hours:
                liquid_hours_type_0_item = liquid_hours_type_0_item_data.to_dict()
                liquid_hours.append(liquid_hours_type_0_item)

        else:
            liquid_hours = self.liquid_hours

        extended_hours: list[dict[str, Any]] | None | Unset
        if isinstance(self.extended_hours, Unset):
            extended_hours = UNSET
        elif isinstance(self.extended_hours, list):
            extended_hours = []
            for extended_hours_type_0_item_data in self.extended_hours:
                extended_hours_type_0_item = extended_hours_type_0_item_data.to_dict()
                extended_hours.append(extended_hours_type_0_item)

        else:
            extended_hours = self.extended_hours

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if liquid_hours is not UNSET:
            field_dict["liquid_hours"] = liquid_hours
        if extended_hours is not UNSET:
            field_dict["extended_hours"] = extended_hours

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trading_session import TradingSession  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_liquid_hours(data: object) -> list[TradingSession] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                liquid_hours_type_0 = []
                _liquid_hours_type_0 = data
                for liquid_hours_type_0_item_data in _liquid_hours_type_0:
                    liquid_hours_type_0_item = TradingSession.from_dict(liquid_hours_type_0_item_data)

                    liquid_hours_type_0.append(liquid_hours_type_0_item)

                return liquid_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TradingSession] | None | Unset, data)

        liquid_hours = _parse_liquid_hours(d.pop("liquid_hours", UNSET))

        def _parse_extended_hours(data: object) -> list[TradingSession] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extended_hours_type_0 = []
                _extended_hours_type_0 = data
                for extended_hours_type_0_item_data in _extended_hours_type_0:
                    extended_hours_type_0_item = TradingSession.from_dict(extended_hours_type_0_item_data)

                    extended_hours_type_0.append(extended_hours_type_0_item)

                return extended_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TradingSession] | None | Unset, data)

        extended_hours = _parse_extended_hours(d.pop("extended_hours", UNSET))

        trading_day = cls(
            liquid_hours=liquid_hours,
            extended_hours=extended_hours,
        )

        trading_day.additional_properties = d
        return trading_day

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
