# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.allocation_side_long_type_0 import AllocationSideLongType0
    from ..models.allocation_side_short_type_0 import AllocationSideShortType0


T = TypeVar("T", bound="AllocationSide")


@_attrs_define
class AllocationSide:
    """
    Attributes:
        long (AllocationSideLongType0 | None | Unset):
        short (AllocationSideShortType0 | None | Unset):
    """

    long: AllocationSideLongType0 | None | Unset = UNSET
    short: AllocationSideShortType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.allocation_side_long_type_0 import AllocationSideLongType0  # noqa: PLC0415
        from ..models.allocation_side_short_type_0 import AllocationSideShortType0  # noqa: PLC0415

        long: dict[str, Any] | None | Unset
        if isinstance(self.long, Unset):
            long = UNSET
        elif isinstance(self.long, AllocationSideLongType0):
            long = self.long.to_dict()
        else:
            long = self.long

        short: dict[str, Any] | None | Unset
        if isinstance(self.short, Unset):
            short = UNSET
        elif isinstance(self.short, AllocationSideShortType0):
            short = self.short.to_dict()
        else:
            short = self.short

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if long is not UNSET:
            field_dict["long"] = long
        if short is not UNSET:
            field_dict["short"] = short

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.allocation_side_long_type_0 import AllocationSideLongType0  # noqa: PLC0415
        from ..models.allocation_side_short_type_0 import AllocationSideShortType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_long(data: object) -> AllocationSideLongType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                long_type_0 = AllocationSideLongType0.from_dict(data)

                return long_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationSideLongType0 | None | Unset, data)

        long = _parse_long(d.pop("long", UNSET))

        def _parse_short(data: object) -> AllocationSideShortType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                short_type_0 = AllocationSideShortType0.from_dict(data)

                return short_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AllocationSideShortType0 | None | Unset, data)

        short = _parse_short(d.pop("short", UNSET))

        allocation_side = cls(
            long=long,
            short=short,
        )

        allocation_side.additional_properties = d
        return allocation_side

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
