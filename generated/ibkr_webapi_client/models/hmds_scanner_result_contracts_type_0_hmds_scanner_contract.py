# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HmdsScannerResultContractsType0HmdsScannerContract")


@_attrs_define
class HmdsScannerResultContractsType0HmdsScannerContract:
    """
    Attributes:
        in_scan_time (None | str | Unset):
        contract_id (int | None | str | Unset):
    """

    in_scan_time: None | str | Unset = UNSET
    contract_id: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        in_scan_time: None | str | Unset
        if isinstance(self.in_scan_time, Unset):
            in_scan_time = UNSET
        else:
            in_scan_time = self.in_scan_time

        contract_id: int | None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_scan_time is not UNSET:
            field_dict["inScanTime"] = in_scan_time
        if contract_id is not UNSET:
            field_dict["contractID"] = contract_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        in_scan_time: None | str | Unset = d.pop("inScanTime", UNSET)

        contract_id: int | None | str | Unset = d.pop("contractID", UNSET)

        hmds_scanner_result_contracts_type_0_hmds_scanner_contract = cls(
            in_scan_time=in_scan_time,
            contract_id=contract_id,
        )

        hmds_scanner_result_contracts_type_0_hmds_scanner_contract.additional_properties = d
        return hmds_scanner_result_contracts_type_0_hmds_scanner_contract

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
