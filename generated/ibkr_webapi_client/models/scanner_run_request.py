# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scanner_run_request_scanner_filter import ScannerRunRequestScannerFilter


T = TypeVar("T", bound="ScannerRunRequest")


@_attrs_define
class ScannerRunRequest:
    """
    Attributes:
        instrument (str | Unset):
        type_ (str | Unset):
        location (str | Unset):
        filter_ (list[ScannerRunRequestScannerFilter] | Unset):
    """

    instrument: str | Unset = UNSET
    type_: str | Unset = UNSET
    location: str | Unset = UNSET
    filter_: list[ScannerRunRequestScannerFilter] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instrument = self.instrument

        type_ = self.type_

        location = self.location

        filter_: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = []
            for filter_item_data in self.filter_:
                filter_item = filter_item_data.to_dict()
                filter_.append(filter_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instrument is not UNSET:
            field_dict["instrument"] = instrument
        if type_ is not UNSET:
            field_dict["type"] = type_
        if location is not UNSET:
            field_dict["location"] = location
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scanner_run_request_scanner_filter import ScannerRunRequestScannerFilter  # noqa: PLC0415

        d = dict(src_dict)
        instrument = d.pop("instrument", UNSET)

        type_ = d.pop("type", UNSET)

        location = d.pop("location", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: list[ScannerRunRequestScannerFilter] | Unset = UNSET
        if _filter_ is not UNSET:
            filter_ = []
            for filter_item_data in _filter_:
                filter_item = ScannerRunRequestScannerFilter.from_dict(filter_item_data)

                filter_.append(filter_item)

        scanner_run_request = cls(
            instrument=instrument,
            type_=type_,
            location=location,
            filter_=filter_,
        )

        scanner_run_request.additional_properties = d
        return scanner_run_request

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
