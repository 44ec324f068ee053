# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_result_contracts_type_0_hmds_scanner_contract import (
        HmdsScannerResultContractsType0HmdsScannerContract,
    )


T = TypeVar("T", bound="HmdsScannerResultContractsType0")


@_attrs_define
class HmdsScannerResultContractsType0:
    """
    Attributes:
        contract (list[HmdsScannerResultContractsType0HmdsScannerContract] | None | Unset):
    """

    contract: list[HmdsScannerResultContractsType0HmdsScannerContract] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        contract: list[dict[str, Any]] | None | Unset
        if isinstance(self.contract, Unset):
            contract = UNSET
        elif isinstance(self.contract, list):
            contract = []
            for contract_type_0_item_data in self.contract:
                contract_type_0_item = contract_type_0_item_data.to_dict()
                contract.append(contract_type_0_item)

        else:
            contract = self.contract

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if contract is not UNSET:
            field_dict["Contract"] = contract

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_result_contracts_type_0_hmds_scanner_contract import (
            HmdsScannerResultContractsType0HmdsScannerContract,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_contract(data: object) -> list[HmdsScannerResultContractsType0HmdsScannerContract] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contract_type_0 = []
                _contract_type_0 = data
                for contract_type_0_item_data in _contract_type_0:
                    contract_type_0_item = HmdsScannerResultContractsType0HmdsScannerContract.from_dict(
                        contract_type_0_item_data
                    )

                    contract_type_0.append(contract_type_0_item)

                return contract_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[HmdsScannerResultContractsType0HmdsScannerContract] | None | Unset, data)

        contract = _parse_contract(d.pop("Contract", UNSET))

        hmds_scanner_result_contracts_type_0 = cls(
            contract=contract,
        )

        hmds_scanner_result_contracts_type_0.additional_properties = d
        return hmds_scanner_result_contracts_type_0

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
