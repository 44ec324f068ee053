# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trading_schedule_schedules_type_0 import TradingScheduleSchedulesType0


T = TypeVar("T", bound="TradingSchedule")


@_attrs_define
class TradingSchedule:
    """Trading sessions by date (YYYYMMDD) in the exchange's time zone.

    Attributes:
        exchange_time_zone (None | str | Unset):
        schedules (None | TradingScheduleSchedulesType0 | Unset):
    """

    exchange_time_zone: None | str | Unset = UNSET
    schedules: None | TradingScheduleSchedulesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.trading_schedule_schedules_type_0 import TradingScheduleSchedulesType0  # noqa: PLC0415

        exchange_time_zone: None | str | Unset
        if isinstance(self.exchange_time_zone, Unset):
            exchange_time_zone = UNSET
        else:
            exchange_time_zone = self.exchange_time_zone

        schedules: dict[str, Any] | None | Unset
        if isinstance(self.schedules, Unset):
            schedules = UNSET
        elif isinstance(self.schedules, TradingScheduleSchedulesType0):
            schedules = self.schedules.to_dict()
        else:
            schedules = self.schedules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exchange_time_zone is not UNSET:
            field_dict["exchange_time_zone"] = exchange_time_zone
        if schedules is not UNSET:
            field_dict["schedules"] = schedules

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trading_schedule_schedules_type_0 import TradingScheduleSchedulesType0  # noqa: PLC0415

        d = dict(src_dict)
        exchange_time_zone: None | str | Unset = d.pop("exchange_time_zone", UNSET)

        def _parse_schedules(data: object) -> None | TradingScheduleSchedulesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedules_type_0 = TradingScheduleSchedulesType0.from_dict(data)

                return schedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TradingScheduleSchedulesType0 | Unset, data)

        schedules = _parse_schedules(d.pop("schedules", UNSET))

        trading_schedule = cls(
            exchange_time_zone=exchange_time_zone,
            schedules=schedules,
        )

        trading_schedule.additional_properties = d
        return trading_schedule

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
