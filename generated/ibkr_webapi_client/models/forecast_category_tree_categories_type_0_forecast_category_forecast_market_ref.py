# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef")


@_attrs_define
class ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef:
    """
    Attributes:
        name (None | str | Unset):
        symbol (None | str | Unset):
        exchange (None | str | Unset):
        conid (int | None | str | Unset):
        product_conid (int | None | str | Unset):
    """

    name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    product_conid: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        product_conid: int | None | str | Unset
        if isinstance(self.product_conid, Unset):
            product_conid = UNSET
        else:
            product_conid = self.product_conid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if conid is not UNSET:
            field_dict["conid"] = conid
        if product_conid is not UNSET:
            field_dict["product_conid"] = product_conid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        product_conid: int | None | str | Unset = d.pop("product_conid", UNSET)

        forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref = cls(
            name=name,
            symbol=symbol,
            exchange=exchange,
            conid=conid,
            product_conid=product_conid,
        )

        forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref.additional_properties = d
        return forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref

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
