# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bond_filters_bond_filter import BondFiltersBondFilter


T = TypeVar("T", bound="BondFilters")


@_attrs_define
class BondFilters:
    """
    Attributes:
        bond_filters (list[BondFiltersBondFilter] | None | Unset):
    """

    bond_filters: list[BondFiltersBondFilter] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bond_filters: list[dict[str, Any]] | None | Unset
        if isinstance(self.bond_filters, Unset):
            bond_filters = UNSET
        elif isinstance(self.bond_filters, list):
            bond_filters = []
            for bond_filters_type_0_item_data in self.bond_filters:
                bond_filters_type_0_item = bond_filters_type_0_item_data.to_dict()
                bond_filters.append(bond_filters_type_0_item)

        else:
            bond_filters = self.bond_filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bond_filters is not UNSET:
            field_dict["bondFilters"] = bond_filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bond_filters_bond_filter import BondFiltersBondFilter  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_bond_filters(data: object) -> list[BondFiltersBondFilter] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bond_filters_type_0 = []
                _bond_filters_type_0 = data
                for bond_filters_type_0_item_data in _bond_filters_type_0:
                    bond_filters_type_0_item = BondFiltersBondFilter.from_dict(bond_filters_type_0_item_data)

                    bond_filters_type_0.append(bond_filters_type_0_item)

                return bond_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BondFiltersBondFilter] | None | Unset, data)

        bond_filters = _parse_bond_filters(d.pop("bondFilters", UNSET))

        bond_filters = cls(
            bond_filters=bond_filters,
        )

        bond_filters.additional_properties = d
        return bond_filters

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
