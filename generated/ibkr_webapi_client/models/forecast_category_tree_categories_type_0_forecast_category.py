# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref import (
        ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef,
    )


T = TypeVar("T", bound="ForecastCategoryTreeCategoriesType0ForecastCategory")


@_attrs_define
class ForecastCategoryTreeCategoriesType0ForecastCategory:
    """
    Attributes:
        name (None | str | Unset):
        parent_id (None | str | Unset):
        markets (list[ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef] | None | Unset):
    """

    name: None | str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    markets: list[ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        markets: list[dict[str, Any]] | None | Unset
        if isinstance(self.markets, Unset):
            markets = UNSET
        elif isinstance(self.markets, list):
            markets = []
            for markets_type_0_item_data in self.markets:
                markets_type_0_item = markets_type_0_item_data.to_dict()
                markets.append(markets_type_0_item)

        else:
            markets = self.markets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if markets is not UNSET:
            field_dict["markets"] = markets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.forecast_category_tree_categories_type_0_forecast_category_forecast_market_ref import (
            ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef,  # noqa: PLC0415
        )

        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        parent_id: None | str | Unset = d.pop("parent_id", UNSET)

        def _parse_markets(
            data: object,
        ) -> list[ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                markets_type_0 = []
                _markets_type_0 = data
                for markets_type_0_item_data in _markets_type_0:
                    markets_type_0_item = (
                        ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef.from_dict(
                            markets_type_0_item_data
                        )
                    )

                    markets_type_0.append(markets_type_0_item)

                return markets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ForecastCategoryTreeCategoriesType0ForecastCategoryForecastMarketRef] | None | Unset, data)

        markets = _parse_markets(d.pop("markets", UNSET))

        forecast_category_tree_categories_type_0_forecast_category = cls(
            name=name,
            parent_id=parent_id,
            markets=markets,
        )

        forecast_category_tree_categories_type_0_forecast_category.additional_properties = d
        return forecast_category_tree_categories_type_0_forecast_category

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
