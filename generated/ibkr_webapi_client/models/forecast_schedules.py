# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_schedules_forecast_trading_day import ForecastSchedulesForecastTradingDay


T = TypeVar("T", bound="ForecastSchedules")


@_attrs_define
class ForecastSchedules:
    """
    Attributes:
        timezone (None | str | Unset):
        trading_schedules (list[ForecastSchedulesForecastTradingDay] | None | Unset):
    """

    timezone: None | str | Unset = UNSET
    trading_schedules: list[ForecastSchedulesForecastTradingDay] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        trading_schedules: list[dict[str, Any]] | None | Unset
        if isinstance(self.trading_schedules, Unset):
            trading_schedules = UNSET
        elif isinstance(self.trading_schedules, list):
            trading_schedules = []
            for trading_schedules_type_0_item_data in self.trading_schedules:
                trading_schedules_type_0_item = trading_schedules_type_0_item_data.to_dict()
                trading_schedules.append(trading_schedules_type_0_item)

        else:
            trading_schedules = self.trading_schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if trading_schedules is not UNSET:
            field_dict["trading_schedules"] = trading_schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_schedules_forecast_trading_day import ForecastSchedulesForecastTradingDay  # noqa: PLC0415

        d = dict(src_dict)
        timezone: None | str | Unset = d.pop("timezone", UNSET)

        def _parse_trading_schedules(data: object) -> list[ForecastSchedulesForecastTradingDay] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                trading_schedules_type_0 = []
                _trading_schedules_type_0 = data
                for trading_schedules_type_0_item_data in _trading_schedules_type_0:
                    trading_schedules_type_0_item = ForecastSchedulesForecastTradingDay.from_dict(
                        trading_schedules_type_0_item_data
                    )

                    trading_schedules_type_0.append(trading_schedules_type_0_item)

                return trading_schedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForecastSchedulesForecastTradingDay] | None | Unset, data)

        trading_schedules = _parse_trading_schedules(d.pop("trading_schedules", UNSET))

        forecast_schedules = cls(
            timezone=timezone,
            trading_schedules=trading_schedules,
        )

        forecast_schedules.additional_properties = d
        return forecast_schedules

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
