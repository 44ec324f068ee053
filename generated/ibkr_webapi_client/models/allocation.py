# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_side import AllocationSide


T = TypeVar("T", bound="Allocation")


@_attrs_define
class Allocation:
    """
    Attributes:
        asset_class (AllocationSide | Unset):
        sector (AllocationSide | Unset):
        group (AllocationSide | Unset):
    """

    asset_class: AllocationSide | Unset = UNSET
    sector: AllocationSide | Unset = UNSET
    group: AllocationSide | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        asset_class: dict[str, Any] | Unset = UNSET
        if not isinstance(self.asset_class, Unset):
            asset_class = self.asset_class.to_dict()

        sector: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sector, Unset):
            sector = self.sector.to_dict()

        group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group, Unset):
            group = self.group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if sector is not UNSET:
            field_dict["sector"] = sector
        if group is not UNSET:
            field_dict["group"] = group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_side import AllocationSide  # noqa: PLC0415

        d = dict(src_dict)
        _asset_class = d.pop("assetClass", UNSET)
        asset_class: AllocationSide | Unset
        if isinstance(_asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = AllocationSide.from_dict(_asset_class)

        _sector = d.pop("sector", UNSET)
        sector: AllocationSide | Unset
        if isinstance(_sector, Unset):
            sector = UNSET
        else:
            sector = AllocationSide.from_dict(_sector)

        _group = d.pop("group", UNSET)
        group: AllocationSide | Unset
        if isinstance(_group, Unset):
            group = UNSET
        else:
            group = AllocationSide.from_dict(_group)

        allocation = cls(
            asset_class=asset_class,
            sector=sector,
            group=group,
        )

        allocation.additional_properties = d
        return allocation

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
