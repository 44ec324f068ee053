# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.history_bar import HistoryBar


T = TypeVar("T", bound="MarketDataHistory")


@_attrs_define
class MarketDataHistory:
    """Historical bars for one contract.

    Attributes:
        server_id (None | str | Unset):
        symbol (None | str | Unset):
        text (None | str | Unset):
        price_factor (float | None | str | Unset):
        start_time (None | str | Unset):
        high (None | str | Unset):
        low (None | str | Unset):
        time_period (None | str | Unset):
        bar_length (int | None | Unset):
        md_availability (None | str | Unset):
        mkt_data_delay (int | None | Unset):
        outside_rth (bool | None | Unset):
        trading_day_duration (int | None | Unset):
        volume_factor (int | None | Unset):
        price_display_rule (int | None | Unset):
        price_display_value (None | str | Unset):
        negative_capable (bool | None | Unset):
        message_version (int | None | Unset):
        points (int | None | Unset):
        travel_time (int | None | Unset):
        chart_annotations (None | str | Unset):
        data (list[HistoryBar] | None | Unset):
    """

    server_id: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    price_factor: float | None | str | Unset = UNSET
    start_time: None | str | Unset = UNSET
    high: None | str | Unset = UNSET
    low: None | str | Unset = UNSET
    time_period: None | str | Unset = UNSET
    bar_length: int | None | Unset = UNSET
    md_availability: None | str | Unset = UNSET
    mkt_data_delay: int | None | Unset = UNSET
    outside_rth: bool | None | Unset = UNSET
    trading_day_duration: int | None | Unset = UNSET
    volume_factor: int | None | Unset = UNSET
    price_display_rule: int | None | Unset = UNSET
    price_display_value: None | str | Unset = UNSET
    negative_capable: bool | None | Unset = UNSET
    message_version: int | None | Unset = UNSET
    points: int | None | Unset = UNSET
    travel_time: int | None | Unset = UNSET
    chart_annotations: None | str | Unset = UNSET
    data: list[HistoryBar] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        price_factor: float | None | str | Unset
        if isinstance(self.price_factor, Unset):
            price_factor = UNSET
        else:
            price_factor = self.price_factor

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        high: None | str | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        low: None | str | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        time_period: None | str | Unset
        if isinstance(self.time_period, Unset):
            time_period = UNSET
        else:
            time_period = self.time_period

        bar_length: int | None | Unset
        if isinstance(self.bar_length, Unset):
            bar_length = UNSET
        else:
            bar_length = self.bar_length

        md_availability: None | str | Unset
        if isinstance(self.md_availability, Unset):
            md_availability = UNSET
        else:
            md_availability = self.md_availability

        mkt_data_delay: int | None | Unset
        if isinstance(self.mkt_data_delay, Unset):
            mkt_data_delay = UNSET
        else:
            mkt_data_delay = self.mkt_data_delay

        outside_rth: bool | None | Unset
        if isinstance(self.outside_rth, Unset):
            outside_rth = UNSET
        else:
            outside_rth = self.outside_rth

        trading_day_duration: int | None | Unset
        if isinstance(self.trading_day_duration, Unset):
            trading_day_duration = UNSET
        else:
            trading_day_duration = self.trading_day_duration

        volume_factor: int | None | Unset
        if isinstance(self.volume_factor, Unset):
            volume_factor = UNSET
        else:
            volume_factor = self.volume_factor

        price_display_rule: int | None | Unset
        if isinstance(self.price_display_rule, Unset):
            price_display_rule = UNSET
        else:
            price_display_rule = self.price_display_rule

        price_display_value: None | str | Unset
        if isinstance(self.price_display_value, Unset):
            price_display_value = UNSET
        else:
            price_display_value = self.price_display_value

        negative_capable: bool | None | Unset
        if isinstance(self.negative_capable, Unset):
            negative_capable = UNSET
        else:
            negative_capable = self.negative_capable

        message_version: int | None | Unset
        if isinstance(self.message_version, Unset):
            message_version = UNSET
        else:
            message_version = self.message_version

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        travel_time: int | None | Unset
        if isinstance(self.travel_time, Unset):
            travel_time = UNSET
        else:
            travel_time = self.travel_time

        chart_annotations: None | str | Unset
        if isinstance(self.chart_annotations, Unset):
            chart_annotations = UNSET
        else:
            chart_annotations = self.chart_annotations

        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_id is not UNSET:
            field_dict["serverId"] = server_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if text is not UNSET:
            field_dict["text"] = text
        if price_factor is not UNSET:
            field_dict["priceFactor"] = price_factor
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if high is not UNSET:
            field_dict["high"] = high
        if low is not UNSET:
            field_dict["low"] = low
        if time_period is not UNSET:
            field_dict["timePeriod"] = time_period
        if bar_length is not UNSET:
            field_dict["barLength"] = bar_length
        if md_availability is not UNSET:
            field_dict["mdAvailability"] = md_availability
        if mkt_data_delay is not UNSET:
            field_dict["mktDataDelay"] = mkt_data_delay
        if outside_rth is not UNSET:
            field_dict["outsideRth"] = outside_rth
        if trading_day_duration is not UNSET:
            field_dict["tradingDayDuration"] = trading_day_duration
        if volume_factor is not UNSET:
            field_dict["volumeFactor"] = volume_factor
        if price_display_rule is not UNSET:
            field_dict["priceDisplayRule"] = price_display_rule
        if price_display_value is not UNSET:
            field_dict["priceDisplayValue"] = price_display_value
        if negative_capable is not UNSET:
            field_dict["negativeCapable"] = negative_capable
        if message_version is not UNSET:
            field_dict["messageVersion"] = message_version
        if points is not UNSET:
            field_dict["points"] = points
        if travel_time is not UNSET:
            field_dict["travelTime"] = travel_time
        if chart_annotations is not UNSET:
            field_dict["chartAnnotations"] = chart_annotations
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_bar import HistoryBar  # noqa: PLC0415

        d = dict(src_dict)
        server_id: None | str | Unset = d.pop("serverId", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        price_factor: float | None | str | Unset = d.pop("priceFactor", UNSET)

        start_time: None | str | Unset = d.pop("startTime", UNSET)

        high: None | str | Unset = d.pop("high", UNSET)

        low: None | str | Unset = d.pop("low", UNSET)

        time_period: None | str | Unset = d.pop("timePeriod", UNSET)

        bar_length: int | None | Unset = d.pop("barLength", UNSET)

        md_availability: None | str | Unset = d.pop("mdAvailability", UNSET)

        mkt_data_delay: int | None | Unset = d.pop("mktDataDelay", UNSET)

        outside_rth: bool | None | Unset = d.pop("outsideRth", UNSET)

        trading_day_duration: int | None | Unset = d.pop("tradingDayDuration", UNSET)

        volume_factor: int | None | Unset = d.pop("volumeFactor", UNSET)

        price_display_rule: int | None | Unset = d.pop("priceDisplayRule", UNSET)

        price_display_value: None | str | Unset = d.pop("priceDisplayValue", UNSET)

        negative_capable: bool | None | Unset = d.pop("negativeCapable", UNSET)

        message_version: int | None | Unset = d.pop("messageVersion", UNSET)

        points: int | None | Unset = d.pop("points", UNSET)

        travel_time: int | None | Unset = d.pop("travelTime", UNSET)

        chart_annotations: None | str | Unset = d.pop("chartAnnotations", UNSET)

        def _parse_data(data: object) -> list[HistoryBar] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = HistoryBar.from_dict(data_type_0_item_data)

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HistoryBar] | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        market_data_history = cls(
            server_id=server_id,
            symbol=symbol,
            text=text,
            price_factor=price_factor,
            start_time=start_time,
            high=high,
            low=low,
            time_period=time_period,
            bar_length=bar_length,
            md_availability=md_availability,
            mkt_data_delay=mkt_data_delay,
            outside_rth=outside_rth,
            trading_day_duration=trading_day_duration,
            volume_factor=volume_factor,
            price_display_rule=price_display_rule,
            price_display_value=price_display_value,
            negative_capable=negative_capable,
            message_version=message_version,
            points=points,
            travel_time=travel_time,
            chart_annotations=chart_annotations,
            data=data,
        )

        market_data_history.additional_properties = d
        return market_data_history

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
