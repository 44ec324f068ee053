# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_request_filters_item import HmdsScannerRequestFiltersItem


T = TypeVar("T", bound="HmdsScannerRequest")


@_attrs_define
class HmdsScannerRequest:
    """
    Attributes:
        instrument (str | Unset):
        locations (str | Unset):
        scan_code (str | Unset):
        sec_type (str | Unset):
        delayed_locations (str | Unset):
        max_items (int | Unset):
        filters (list[HmdsScannerRequestFiltersItem] | Unset):
    """

    instrument: str | Unset = UNSET
    locations: str | Unset = UNSET
    scan_code: str | Unset = UNSET
    sec_type: str | Unset = UNSET
    delayed_locations: str | Unset = UNSET
    max_items: int | Unset = UNSET
    filters: list[HmdsScannerRequestFiltersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument = self.instrument

        locations = self.locations

        scan_code = self.scan_code

        sec_type = self.sec_type

        delayed_locations = self.delayed_locations

        max_items = self.max_items

        filters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = []
            for filters_item_data in self.filters:
                filters_item = filters_item_data.to_dict()
                filters.append(filters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if locations is not UNSET:
            field_dict["locations"] = locations
        if scan_code is not UNSET:
            field_dict["scanCode"] = scan_code
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if delayed_locations is not UNSET:
            field_dict["delayedLocations"] = delayed_locations
        if max_items is not UNSET:
            field_dict["maxItems"] = max_items
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_request_filters_item import HmdsScannerRequestFiltersItem  # noqa: PLC0415

        d = dict(src_dict)
        instrument = d.pop("instrument", UNSET)

        locations = d.pop("locations", UNSET)

        scan_code = d.pop("scanCode", UNSET)

        sec_type = d.pop("secType", UNSET)

        delayed_locations = d.pop("delayedLocations", UNSET)

        max_items = d.pop("maxItems", UNSET)

        _filters = d.pop("filters", UNSET)
        filters: list[HmdsScannerRequestFiltersItem] | Unset = UNSET
        if _filters is not UNSET:
            filters = []
            for filters_item_data in _filters:
                filters_item = HmdsScannerRequestFiltersItem.from_dict(filters_item_data)

                filters.append(filters_item)

        hmds_scanner_request = cls(
            instrument=instrument,
            locations=locations,
            scan_code=scan_code,
            sec_type=sec_type,
            delayed_locations=delayed_locations,
            max_items=max_items,
            filters=filters,
        )

        hmds_scanner_request.additional_properties = d
        return hmds_scanner_request

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
