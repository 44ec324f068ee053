# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelPositionsBody")


@_attrs_define
class GetModelPositionsBody:
    """
    Attributes:
        limit (int | Unset):
        model (str | Unset):
        req_id (int | Unset):
        sort_direction (str | Unset):
        sort_field (str | Unset):
    """

    limit: int | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET
    sort_direction: str | Unset = UNSET
    sort_field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        model = self.model

        req_id = self.req_id

        sort_direction = self.sort_direction

        sort_field = self.sort_field

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if sort_direction is not UNSET:
            field_dict["sortDirection"] = sort_direction
        if sort_field is not UNSET:
            field_dict["sortField"] = sort_field

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        limit = d.pop("limit", UNSET)

        model = d.pop("model", UNSET)

        req_id = d.pop("reqID", UNSET)

        sort_direction = d.pop("sortDirection", UNSET)

        sort_field = d.pop("sortField", UNSET)

        get_model_positions_body = cls(
            limit=limit,
            model=model,
            req_id=req_id,
            sort_direction=sort_direction,
            sort_field=sort_field,
        )

        get_model_positions_body.additional_properties = d
        return get_model_positions_body

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
