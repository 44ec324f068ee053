# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fyi_delivery_options_fyi_device import FyiDeliveryOptionsFyiDevice


T = TypeVar("T", bound="FyiDeliveryOptions")


@_attrs_define
class FyiDeliveryOptions:
    """
    Attributes:
        m (int | None | str | Unset): 1 when email delivery is on.
        e (list[FyiDeliveryOptionsFyiDevice] | None | Unset):
    """

    m: int | None | str | Unset = UNSET
    e: list[FyiDeliveryOptionsFyiDevice] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        m: int | None | str | Unset
        if isinstance(self.m, Unset):
            m = UNSET
        else:
            m = self.m

        e: list[dict[str, Any]] | None | Unset
        if isinstance(self.e, Unset):
            e = UNSET
        elif isinstance(self.e, list):
            e = []
            for e_type_0_item_data in self.e:
                e_type_0_item = e_type_0_item_data.to_dict()
                e.append(e_type_0_item)

        else:
            e = self.e

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if m is not UNSET:
            field_dict["M"] = m
        if e is not UNSET:
            field_dict["E"] = e

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fyi_delivery_options_fyi_device import FyiDeliveryOptionsFyiDevice  # noqa: PLC0415

        d = dict(src_dict)
        m: int | None | str | Unset = d.pop("M", UNSET)

        def _parse_e(data: object) -> list[FyiDeliveryOptionsFyiDevice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                e_type_0 = []
                _e_type_0 = data
                for e_type_0_item_data in _e_type_0:
                    e_type_0_item = FyiDeliveryOptionsFyiDevice.from_dict(e_type_0_item_data)

                    e_type_0.append(e_type_0_item)

                return e_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FyiDeliveryOptionsFyiDevice] | None | Unset, data)

        e = _parse_e(d.pop("E", UNSET))

        fyi_delivery_options = cls(
            m=m,
            e=e,
        )

        fyi_delivery_options.additional_properties = d
        return fyi_delivery_options

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
