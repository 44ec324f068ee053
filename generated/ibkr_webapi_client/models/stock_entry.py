# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stock_contract import StockContract


T = TypeVar("T", bound="StockEntry")


@_attrs_define
class StockEntry:
    """
    Attributes:
        name (None | str | Unset):
        chinese_name (None | str | Unset):
        asset_class (None | str | Unset):
        contracts (list[StockContract] | None | Unset):
    """

    name: None | str | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    contracts: list[StockContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        chinese_name: None | str | Unset
        if isinstance(self.chinese_name, Unset):
            chinese_name = UNSET
        else:
            chinese_name = self.chinese_name

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

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
        if name is not UNSET:
            field_dict["name"] = name
        if chinese_name is not UNSET:
            field_dict["chineseName"] = chinese_name
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if contracts is not UNSET:
            field_dict["contracts"] = contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.stock_contract import StockContract  # noqa: PLC0415

        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        chinese_name: None | str | Unset = d.pop("chineseName", UNSET)

        asset_class: None | str | Unset = d.pop("assetClass", UNSET)

        def _parse_contracts(data: object) -> list[StockContract] | None | Unset:
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
                    contracts_type_0_item = StockContract.from_dict(contracts_type_0_item_data)

                    contracts_type_0.append(contracts_type_0_item)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[StockContract] | None | Unset, data)

        contracts = _parse_contracts(d.pop("contracts", UNSET))

        stock_entry = cls(
            name=name,
            chinese_name=chinese_name,
            asset_class=asset_class,
            contracts=contracts,
        )

        stock_entry.additional_properties = d
        return stock_entry

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
