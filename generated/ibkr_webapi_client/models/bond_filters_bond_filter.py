# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bond_filters_bond_filter_bond_filter_option import BondFiltersBondFilterBondFilterOption


T = TypeVar("T", bound="BondFiltersBondFilter")


@_attrs_define
class BondFiltersBondFilter:
    """
    Attributes:
        display_text (None | str | Unset):
        column_id (int | None | str | Unset):
        options (list[BondFiltersBondFilterBondFilterOption] | None | Unset):
    """

    display_text: None | str | Unset = UNSET
    column_id: int | None | str | Unset = UNSET
    options: list[BondFiltersBondFilterBondFilterOption] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_text: None | str | Unset
        if isinstance(self.display_text, Unset):
            display_text = UNSET
        else:
            display_text = self.display_text

        column_id: int | None | str | Unset
        if isinstance(self.column_id, Unset):
            column_id = UNSET
        else:
            column_id = self.column_id

        options: list[dict[str, Any]] | None | Unset
        if isinstance(self.options, Unset):
            options = UNSET
        elif isinstance(self.options, list):
            options = []
            for options_type_0_item_data in self.options:
                options_type_0_item = options_type_0_item_data.to_dict()
                options.append(options_type_0_item)

        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_text is not UNSET:
            field_dict["displayText"] = display_text
        if column_id is not UNSET:
            field_dict["columnId"] = column_id
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bond_filters_bond_filter_bond_filter_option import BondFiltersBondFilterBondFilterOption  # noqa: PLC0415

        d = dict(src_dict)
        display_text: None | str | Unset = d.pop("displayText", UNSET)

        column_id: int | None | str | Unset = d.pop("columnId", UNSET)

        def _parse_options(data: object) -> list[BondFiltersBondFilterBondFilterOption] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                options_type_0 = []
                _options_type_0 = data
                for options_type_0_item_data in _options_type_0:
                    options_type_0_item = BondFiltersBondFilterBondFilterOption.from_dict(options_type_0_item_data)

                    options_type_0.append(options_type_0_item)

                return options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BondFiltersBondFilterBondFilterOption] | None | Unset, data)

        options = _parse_options(d.pop("options", UNSET))

        bond_filters_bond_filter = cls(
            display_text=display_text,
            column_id=column_id,
            options=options,
        )

        bond_filters_bond_filter.additional_properties = d
        return bond_filters_bond_filter

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
