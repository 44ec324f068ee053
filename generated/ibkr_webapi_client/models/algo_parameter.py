# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlgoParameter")


@_attrs_define
class AlgoParameter:
    """
    Attributes:
        id (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        value_class_name (None | str | Unset):
        default_value (Any | Unset):
        legal_strings (list[str] | None | Unset):
        required (bool | None | str | Unset):
        gui_rank (float | None | str | Unset):
        min_value (float | None | str | Unset):
        max_value (float | None | str | Unset):
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    value_class_name: None | str | Unset = UNSET
    default_value: Any | Unset = UNSET
    legal_strings: list[str] | None | Unset = UNSET
    required: bool | None | str | Unset = UNSET
    gui_rank: float | None | str | Unset = UNSET
    min_value: float | None | str | Unset = UNSET
    max_value: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        value_class_name: None | str | Unset
        if isinstance(self.value_class_name, Unset):
            value_class_name = UNSET
        else:
            value_class_name = self.value_class_name

        default_value = self.default_value

        legal_strings: list[str] | None | Unset
        if isinstance(self.legal_strings, Unset):
            legal_strings = UNSET
        elif isinstance(self.legal_strings, list):
            legal_strings = self.legal_strings

        else:
            legal_strings = self.legal_strings

        required: bool | None | str | Unset
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        gui_rank: float | None | str | Unset
        if isinstance(self.gui_rank, Unset):
            gui_rank = UNSET
        else:
            gui_rank = self.gui_rank

        min_value: float | None | str | Unset
        if isinstance(self.min_value, Unset):
            min_value = UNSET
        else:
            min_value = self.min_value

        max_value: float | None | str | Unset
        if isinstance(self.max_value, Unset):
            max_value = UNSET
        else:
            max_value = self.max_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if value_class_name is not UNSET:
            field_dict["valueClassName"] = value_class_name
        if default_value is not UNSET:
            field_dict["defaultValue"] = default_value
        if legal_strings is not UNSET:
            field_dict["legalStrings"] = legal_strings
        if required is not UNSET:
            field_dict["required"] = required
        if gui_rank is not UNSET:
            field_dict["guiRank"] = gui_rank
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        value_class_name: None | str | Unset = d.pop("valueClassName", UNSET)

        default_value = d.pop("defaultValue", UNSET)

        def _parse_legal_strings(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                legal_strings_type_0 = cast(list[str], data)

                return legal_strings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        legal_strings = _parse_legal_strings(d.pop("legalStrings", UNSET))

        required: bool | None | str | Unset = d.pop("required", UNSET)

        gui_rank: float | None | str | Unset = d.pop("guiRank", UNSET)

        min_value: float | None | str | Unset = d.pop("minValue", UNSET)

        max_value: float | None | str | Unset = d.pop("maxValue", UNSET)

        algo_parameter = cls(
            id=id,
            name=name,
            description=description,
            value_class_name=value_class_name,
            default_value=default_value,
            legal_strings=legal_strings,
            required=required,
            gui_rank=gui_rank,
            min_value=min_value,
            max_value=max_value,
        )

        algo_parameter.additional_properties = d
        return algo_parameter

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
