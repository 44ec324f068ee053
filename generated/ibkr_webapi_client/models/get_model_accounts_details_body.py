# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetModelAccountsDetailsBody")


@_attrs_define
class GetModelAccountsDetailsBody:
    """
    Attributes:
        calc_pnls (bool | Unset):
        model (str | Unset):
        req_id (int | Unset):
    """

    calc_pnls: bool | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calc_pnls = self.calc_pnls

        model = self.model

        req_id = self.req_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if calc_pnls is not UNSET:
            field_dict["calcPnls"] = calc_pnls
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        calc_pnls = d.pop("calcPnls", UNSET)

        model = d.pop("model", UNSET)

        req_id = d.pop("reqID", UNSET)

        get_model_accounts_details_body = cls(
            calc_pnls=calc_pnls,
            model=model,
            req_id=req_id,
        )

        get_model_accounts_details_body.additional_properties = d
        return get_model_accounts_details_body

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
