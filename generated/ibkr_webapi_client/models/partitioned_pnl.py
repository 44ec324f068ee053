# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.partitioned_pnl_upnl_type_0 import PartitionedPnlUpnlType0


T = TypeVar("T", bound="PartitionedPnl")


@_attrs_define
class PartitionedPnl:
    """Daily and unrealized PnL keyed by "<account>.Core" partitions.

    Attributes:
        upnl (None | PartitionedPnlUpnlType0 | Unset):
    """

    upnl: None | PartitionedPnlUpnlType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.partitioned_pnl_upnl_type_0 import PartitionedPnlUpnlType0  # noqa: PLC0415

        upnl: dict[str, Any] | None | Unset
        if isinstance(self.upnl, Unset):
            upnl = UNSET
        elif isinstance(self.upnl, PartitionedPnlUpnlType0):
            upnl = self.upnl.to_dict()
        else:
            upnl = self.upnl

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if upnl is not UNSET:
            field_dict["upnl"] = upnl

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.partitioned_pnl_upnl_type_0 import PartitionedPnlUpnlType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_upnl(data: object) -> None | PartitionedPnlUpnlType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                upnl_type_0 = PartitionedPnlUpnlType0.from_dict(data)

                return upnl_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PartitionedPnlUpnlType0 | Unset, data)

        upnl = _parse_upnl(d.pop("upnl", UNSET))

        partitioned_pnl = cls(
            upnl=upnl,
        )

        partitioned_pnl.additional_properties = d
        return partitioned_pnl

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
