# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastSchedulesForecastTradingDayForecastTradingTime")


@_attrs_define
class ForecastSchedulesForecastTradingDayForecastTradingTime:
    """
    Attributes:
        open_ (None | str | Unset):
        close (None | str | Unset):
    """

    open_: None | str | Unset = UNSET
    close: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: None | str | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        close: None | str | Unset
        if isinstance(self.close, Unset):
            close = UNSET
        else:
            close = self.close

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if close is not UNSET:
            field_dict["close"] = close

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        open_: None | str | Unset = d.pop("open", UNSET)

        close: None | str | Unset = d.pop("close", UNSET)

        forecast_schedules_forecast_trading_day_forecast_trading_time = cls(
            open_=open_,
            close=close,
        )

        forecast_schedules_forecast_trading_day_forecast_trading_time.additional_properties = d
        return forecast_schedules_forecast_trading_day_forecast_trading_time

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
