# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hmds_scanner_result_contracts_type_0 import HmdsScannerResultContractsType0


T = TypeVar("T", bound="HmdsScannerResult")


@_attrs_define
class HmdsScannerResult:
    """
    Attributes:
        total (int | None | str | Unset):
        size (int | None | str | Unset):
        offset (int | None | str | Unset):
        scan_time (None | str | Unset):
        id (None | str | Unset):
        position (None | str | Unset):
        contracts (HmdsScannerResultContractsType0 | None | Unset):
    """

    total: int | None | str | Unset = UNSET
    size: int | None | str | Unset = UNSET
    offset: int | None | str | Unset = UNSET
    scan_time: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    position: None | str | Unset = UNSET
    contracts: HmdsScannerResultContractsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.hmds_scanner_result_contracts_type_0 import HmdsScannerResultContractsType0  # noqa: PLC0415

        total: int | None | str | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        size: int | None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        offset: int | None | str | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        scan_time: None | str | Unset
        if isinstance(self.scan_time, Unset):
            scan_time = UNSET
        else:
            scan_time = self.scan_time

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        position: None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        contracts: dict[str, Any] | None | Unset
        if isinstance(self.contracts, Unset):
            contracts = UNSET
        elif isinstance(self.contracts, HmdsScannerResultContractsType0):
            contracts = self.contracts.to_dict()
        else:
            contracts = self.contracts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if size is not UNSET:
            field_dict["size"] = size
        if offset is not UNSET:
            field_dict["offset"] = offset
        if scan_time is not UNSET:
            field_dict["scanTime"] = scan_time
        if id is not UNSET:
            field_dict["id"] = id
        if position is not UNSET:
            field_dict["position"] = position
        if contracts is not UNSET:
            field_dict["Contracts"] = contracts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hmds_scanner_result_contracts_type_0 import HmdsScannerResultContractsType0  # noqa: PLC0415

        d = dict(src_dict)
        total: int | None | str | Unset = d.pop("total", UNSET)

        size: int | None | str | Unset = d.pop("size", UNSET)

        offset: int | None | str | Unset = d.pop("offset", UNSET)

        scan_time: None | str | Unset = d.pop("scanTime", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        position: None | str | Unset = d.pop("position", UNSET)

        def _parse_contracts(data: object) -> HmdsScannerResultContractsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contracts_type_0 = HmdsScannerResultContractsType0.from_dict(data)

                return contracts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HmdsScannerResultContractsType0 | None | Unset, data)

        contracts = _parse_contracts(d.pop("Contracts", UNSET))

        hmds_scanner_result = cls(
            total=total,
            size=size,
            offset=offset,
            scan_time=scan_time,
            id=id,
            position=position,
            contracts=contracts,
        )

        hmds_scanner_result.additional_properties = d
        return hmds_scanner_result

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
