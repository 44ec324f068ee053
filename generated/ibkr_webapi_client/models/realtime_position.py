# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimePosition")


@_attrs_define
class RealtimePosition:
    """
    Attributes:
        conid (int | None | str | Unset):
        position (float | None | str | Unset):
        avg_cost (float | None | str | Unset):
        avg_price (float | None | str | Unset):
        currency (None | str | Unset):
        description (None | str | Unset):
        is_last_to_loq (bool | None | Unset):
        market_price (float | None | str | Unset):
        market_value (float | None | str | Unset):
        realized_pnl (float | None | str | Unset):
        unrealized_pnl (float | None | str | Unset):
        sec_type (None | str | Unset):
        asset_class (None | str | Unset):
        timestamp (int | None | Unset):
        sector (None | str | Unset):
        group (None | str | Unset):
        model (None | str | Unset):
    """

    conid: int | None | str | Unset = UNSET
    position: float | None | str | Unset = UNSET
    avg_cost: float | None | str | Unset = UNSET
    avg_price: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    is_last_to_loq: bool | None | Unset = UNSET
    market_price: float | None | str | Unset = UNSET
    market_value: float | None | str | Unset = UNSET
    realized_pnl: float | None | str | Unset = UNSET
    unrealized_pnl: float | None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    sector: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        position: float | None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        avg_cost: float | None | str | Unset
        if isinstance(self.avg_cost, Unset):
            avg_cost = UNSET
        else:
            avg_cost = self.avg_cost

        avg_price: float | None | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        is_last_to_loq: bool | None | Unset
        if isinstance(self.is_last_to_loq, Unset):
            is_last_to_loq = UNSET
        else:
            is_last_to_loq = self.is_last_to_loq

        market_price: float | None | str | Unset
        if isinstance(self.market_price, Unset):
            market_price = UNSET
        else:
            market_price = self.market_price

        market_value: float | None | str | Unset
        if isinstance(self.market_value, Unset):
            market_value = UNSET
        else:
            market_value = self.market_value

        realized_pnl: float | None | str | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = self.realized_pnl

        unrealized_pnl: float | None | str | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = self.unrealized_pnl

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if position is not UNSET:
            field_dict["position"] = position
        if avg_cost is not UNSET:
            field_dict["avgCost"] = avg_cost
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if is_last_to_loq is not UNSET:
            field_dict["isLastToLoq"] = is_last_to_loq
        if market_price is not UNSET:
            field_dict["marketPrice"] = market_price
        if market_value is not UNSET:
            field_dict["marketValue"] = market_value
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if sector is not UNSET:
            field_dict["sector"] = sector
        if group is not UNSET:
            field_dict["group"] = group
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        position: float | None | str | Unset = d.pop("position", UNSET)

        avg_cost: float | None | str | Unset = d.pop("avgCost", UNSET)

        avg_price: float | None | str | Unset = d.pop("avgPrice", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        is_last_to_loq: bool | None | Unset = d.pop("isLastToLoq", UNSET)

        market_price: float | None | str | Unset = d.pop("marketPrice", UNSET)

        market_value: float | None | str | Unset = d.pop("marketValue", UNSET)

        realized_pnl: float | None | str | Unset = d.pop("realizedPnl", UNSET)

        unrealized_pnl: float | None | str | Unset = d.pop("unrealizedPnl", UNSET)

        sec_type: None | str | Unset = d.pop("secType", UNSET)

        asset_class: None | str | Unset = d.pop("assetClass", UNSET)

        timestamp: int | None | Unset = d.pop("timestamp", UNSET)

        sector: None | str | Unset = d.pop("sector", UNSET)

        group: None | str | Unset = d.pop("group", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        realtime_position = cls(
            conid=conid,
            position=position,
            avg_cost=avg_cost,
            avg_price=avg_price,
            currency=currency,
            description=description,
            is_last_to_loq=is_last_to_loq,
            market_price=market_price,
            market_value=market_value,
            realized_pnl=realized_pnl,
            unrealized_pnl=unrealized_pnl,
            sec_type=sec_type,
            asset_class=asset_class,
            timestamp=timestamp,
            sector=sector,
            group=group,
            model=model,
        )

        realtime_position.additional_properties = d
        return realtime_position

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
