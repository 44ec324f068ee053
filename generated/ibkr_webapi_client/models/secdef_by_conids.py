# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.secdef import Secdef


T = TypeVar("T", bound="SecdefByConids")


@_attrs_define
class SecdefByConids:
    """
    Attributes:
        secdef (list[Secdef] | None | Unset):
    """

    secdef: list[Secdef] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        secdef: list[dict[str, Any]] | None | Unset
        if isinstance(self.secdef, Unset):
            secdef = UNSET
        elif isinstance(self.secdef, list):
            secdef = []
            for secdef_type_0_item_data in self.secdef:
                secdef_type_0_item = secdef_type_0_item_data.to_dict()
                secdef.append(secdef_type_0_item)

        else:
            secdef = self.secdef

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secdef is not UNSET:
            field_dict["secdef"] = secdef

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.secdef import Secdef  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_secdef(data: object) -> list[Secdef] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                secdef_type_0 = []
                _secdef_type_0 = data
                for secdef_type_0_item_data in _secdef_type_0:
                    secdef_type_0_item = Secdef.from_dict(secdef_type_0_item_data)

                    secdef_type_0.append(secdef_type_0_item)

                return secdef_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Secdef] | None | Unset, data)

        secdef = _parse_secdef(d.pop("secdef", UNSET))

        secdef_by_conids = cls(
            secdef=secdef,
        )

        secdef_by_conids.additional_properties = d
        return secdef_by_conids

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
