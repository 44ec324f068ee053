# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scanner_contract import ScannerContract


T = TypeVar("T", bound="ScannerResult")


@_attrs_define
class ScannerResult:
    """
    Attributes:
        contracts (list[ScannerContract] | None | Unset):
        scan_data_column_name (None | str | Unset):
    """

    contracts: list[ScannerContract] | None | Unset = UNSET
    scan_data_column_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        scan_data_column_name: None | str | Unset
        if isinstance(self.scan_data_column_name, Unset):
            scan_data_column_name = UNSET
        else:
            scan_data_column_name = self.scan_data_column_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if scan_data_column_name is not UNSET:
            field_dict["scan_data_column_name"] = scan_data_column_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scanner_contract import ScannerContract  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_contracts(data: object) -> list[ScannerContract] | None | Unset:
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
                    contracts_type_0_item = ScannerContract.from_dict(contracts_type_0_item_data)

                    contracts_type_0.append(contracts_type_0_item)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ScannerContract] | None | Unset, data)

        contracts = _parse_contracts(d.pop("contracts", UNSET))

        scan_data_column_name: None | str | Unset = d.pop("scan_data_column_name", UNSET)

        scanner_result = cls(
            contracts=contracts,
            scan_data_column_name=scan_data_column_name,
        )

        scanner_result.additional_properties = d
        return scanner_result

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
