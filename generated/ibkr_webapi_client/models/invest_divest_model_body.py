# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invest_divest_model_body_account_list_item import InvestDivestModelBodyAccountListItem


T = TypeVar("T", bound="InvestDivestModelBody")


@_attrs_define
class InvestDivestModelBody:
    """
    Attributes:
        account_list (list[InvestDivestModelBodyAccountListItem] | Unset):
        model (str | Unset):
        req_id (int | Unset):
    """

    account_list: list[InvestDivestModelBodyAccountListItem] | Unset = UNSET
    model: str | Unset = UNSET
    req_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_list, Unset):
            account_list = []
            for account_list_item_data in self.account_list:
                account_list_item = account_list_item_data.to_dict()
                account_list.append(account_list_item)

        model = self.model

        req_id = self.req_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_list is not UNSET:
            field_dict["accountList"] = account_list
        if model is not UNSET:
            field_dict["model"] = model
        if req_id is not UNSET:
            field_dict["reqID"] = req_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invest_divest_model_body_account_list_item import InvestDivestModelBodyAccountListItem  # noqa: PLC0415

        d = dict(src_dict)
        _account_list = d.pop("accountList", UNSET)
        account_list: list[InvestDivestModelBodyAccountListItem] | Unset = UNSET
        if _account_list is not UNSET:
            account_list = []
            for account_list_item_data in _account_list:
                account_list_item = InvestDivestModelBodyAccountListItem.from_dict(account_list_item_data)

                account_list.append(account_list_item)

        model = d.pop("model", UNSET)

        req_id = d.pop("reqID", UNSET)

        invest_divest_model_body = cls(
            account_list=account_list,
            model=model,
            req_id=req_id,
        )

        invest_divest_model_body.additional_properties = d
        return invest_divest_model_body

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
