# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastContractRules")


@_attrs_define
class ForecastContractRules:
    """
    Attributes:
        asset_class (None | str | Unset):
        description (None | str | Unset):
        market_name (None | str | Unset):
        measured_period (None | str | Unset):
        threshold (float | None | str | Unset):
        source_agency (None | str | Unset):
        last_trade_time (int | None | Unset):
        release_time (int | None | Unset):
        payout_time (int | None | Unset):
        payout (float | None | str | Unset):
        price_increment (float | None | str | Unset):
        exchange_timezone (None | str | Unset):
    """

    asset_class: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    market_name: None | str | Unset = UNSET
    measured_period: None | str | Unset = UNSET
    threshold: float | None | str | Unset = UNSET
    source_agency: None | str | Unset = UNSET
    last_trade_time: int | None | Unset = UNSET
    release_time: int | None | Unset = UNSET
    payout_time: int | None | Unset = UNSET
    payout: float | None | str | Unset = UNSET
    price_increment: float | None | str | Unset = UNSET
    exchange_timezone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        market_name: None | str | Unset
        if isinstance(self.market_name, Unset):
            market_name = UNSET
        else:
            market_name = self.market_name

        measured_period: None | str | Unset
        if isinstance(self.measured_period, Unset):
            measured_period = UNSET
        else:
            measured_period = self.measured_period

        threshold: float | None | str | Unset
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        source_agency: None | str | Unset
        if isinstance(self.source_agency, Unset):
            source_agency = UNSET
        else:
            source_agency = self.source_agency

        last_trade_time: int | None | Unset
        if isinstance(self.last_trade_time, Unset):
            last_trade_time = UNSET
        else:
            last_trade_time = self.last_trade_time

        release_time: int | None | Unset
        if isinstance(self.release_time, Unset):
            release_time = UNSET
        else:
            release_time = self.release_time

        payout_time: int | None | Unset
        if isinstance(self.payout_time, Unset):
            payout_time = UNSET
        else:
            payout_time = self.payout_time

        payout: float | None | str | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        else:
            payout = self.payout

        price_increment: float | None | str | Unset
        if isinstance(self.price_increment, Unset):
            price_increment = UNSET
        else:
            price_increment = self.price_increment

        exchange_timezone: None | str | Unset
        if isinstance(self.exchange_timezone, Unset):
            exchange_timezone = UNSET
        else:
            exchange_timezone = self.exchange_timezone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_class is not UNSET:
            field_dict["asset_class"] = asset_class
        if description is not UNSET:
            field_dict["description"] = description
        if market_name is not UNSET:
            field_dict["market_name"] = market_name
        if measured_period is not UNSET:
            field_dict["measured_period"] = measured_period
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if source_agency is not UNSET:
            field_dict["source_agency"] = source_agency
        if last_trade_time is not UNSET:
            field_dict["last_trade_time"] = last_trade_time
        if release_time is not UNSET:
            field_dict["release_time"] = release_time
        if payout_time is not UNSET:
            field_dict["payout_time"] = payout_time
        if payout is not UNSET:
            field_dict["payout"] = payout
        if price_increment is not UNSET:
            field_dict["price_increment"] = price_increment
        if exchange_timezone is not UNSET:
            field_dict["exchange_timezone"] = exchange_timezone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        asset_class: None | str | Unset = d.pop("asset_class", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        market_name: None | str | Unset = d.pop("market_name", UNSET)

        measured_period: None | str | Unset = d.pop("measured_period", UNSET)

        threshold: float | None | str | Unset = d.pop("threshold", UNSET)

        source_agency: None | str | Unset = d.pop("source_agency", UNSET)

        last_trade_time: int | None | Unset = d.pop("last_trade_time", UNSET)

        release_time: int | None | Unset = d.pop("release_time", UNSET)

        payout_time: int | None | Unset = d.pop("payout_time", UNSET)

        payout: float | None | str | Unset = d.pop("payout", UNSET)

        price_increment: float | None | str | Unset = d.pop("price_increment", UNSET)

        exchange_timezone: None | str | Unset = d.pop("exchange_timezone", UNSET)

        forecast_contract_rules = cls(
            asset_class=asset_class,
            description=description,
            market_name=market_name,
            measured_period=measured_period,
            threshold=threshold,
            source_agency=source_agency,
            last_trade_time=last_trade_time,
            release_time=release_time,
            payout_time=payout_time,
            payout=payout,
            price_increment=price_increment,
            exchange_timezone=exchange_timezone,
        )

        forecast_contract_rules.additional_properties = d
        return forecast_contract_rules

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
