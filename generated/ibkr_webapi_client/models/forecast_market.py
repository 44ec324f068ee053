# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_market_forecast_contract import ForecastMarketForecastContract


T = TypeVar("T", bound="ForecastMarket")


@_attrs_define
class ForecastMarket:
    """
    Attributes:
        market_name (None | str | Unset):
        exchange (None | str | Unset):
        symbol (None | str | Unset):
        payout (float | None | str | Unset):
        exclude_historical_data (bool | None | Unset):
        contracts (list[ForecastMarketForecastContract] | None | Unset):
    """

    market_name: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    payout: float | None | str | Unset = UNSET
    exclude_historical_data: bool | None | Unset = UNSET
    contracts: list[ForecastMarketForecastContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        market_name: None | str | Unset
        if isinstance(self.market_name, Unset):
            market_name = UNSET
        else:
            market_name = self.market_name

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        payout: float | None | str | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        else:
            payout = self.payout

        exclude_historical_data: bool | None | Unset
        if isinstance(self.exclude_historical_data, Unset):
            exclude_historical_data = UNSET
        else:
            exclude_historical_data = self.exclude_historical_data

        contracts: list[dict[str, Any]] | None | Unset
        if isinstance(self.contracts, Unset):
            contracts = UNSET
        elif isinstance(self.contracts, list):
            contracts = []
            for contracts_type_0_item_data in self.contracts:
                contracts_type_0_item = contracts_type_0_item_data.to_dict()
                contracts.append(contracts_type_0_item)

        else:
            contracts = self.contracts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_name is not UNSET:
            field_dict["market_name"] = market_name
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if payout is not UNSET:
            field_dict["payout"] = payout
        if exclude_historical_data is not UNSET:
            field_dict["exclude_historical_data"] = exclude_historical_data
        if contracts is not UNSET:
            field_dict["contracts"] = contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_market_forecast_contract import ForecastMarketForecastContract  # noqa: PLC0415

        d = dict(src_dict)
        market_name: None | str | Unset = d.pop("market_name", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        payout: float | None | str | Unset = d.pop("payout", UNSET)

        exclude_historical_data: bool | None | Unset = d.pop("exclude_historical_data", UNSET)

        def _parse_contracts(data: object) -> list[ForecastMarketForecastContract] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contracts_type_0 = []
                _contracts_type_0 = data
                for contracts_type_0_item_data in _contracts_type_0:
                    contracts_type_0_item = ForecastMarketForecastContract.from_dict(contracts_type_0_item_data)

                    contracts_type_0.append(contracts_type_0_item)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForecastMarketForecastContract] | None | Unset, data)

        contracts = _parse_contracts(d.pop("contracts", UNSET))

        forecast_market = cls(
            market_name=market_name,
            exchange=exchange,
            symbol=symbol,
            payout=payout,
            exclude_historical_data=exclude_historical_data,
            contracts=contracts,
        )

        forecast_market.additional_properties = d
        return forecast_market

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
