# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FaModelListFaModel")


@_attrs_define
class FaModelListFaModel:
    """
    Attributes:
        model (None | str | Unset):
        desc (None | str | Unset):
        nlv (float | None | str | Unset):
        num_accounts (int | None | str | Unset):
        is_static (bool | None | Unset):
        mismatch (bool | None | Unset):
        bootstrapped (bool | None | Unset):
        custom_index (bool | None | Unset):
    """

    model: None | str | Unset = UNSET
    desc: None | str | Unset = UNSET
    nlv: float | None | str | Unset = UNSET
    num_accounts: int | None | str | Unset = UNSET
    is_static: bool | None | Unset = UNSET
    mismatch: bool | None | Unset = UNSET
    bootstrapped: bool | None | Unset = UNSET
    custom_index: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        nlv: float | None | str | Unset
        if isinstance(self.nlv, Unset):
            nlv = UNSET
        else:
            nlv = self.nlv

        num_accounts: int | None | str | Unset
        if isinstance(self.num_accounts, Unset):
            num_accounts = UNSET
        else:
            num_accounts = self.num_accounts

        is_static: bool | None | Unset
        if isinstance(self.is_static, Unset):
            is_static = UNSET
        else:
            is_static = self.is_static

        mismatch: bool | None | Unset
        if isinstance(self.mismatch, Unset):
            mismatch = UNSET
        else:
            mismatch = self.mismatch

        bootstrapped: bool | None | Unset
        if isinstance(self.bootstrapped, Unset):
            bootstrapped = UNSET
        else:
            bootstrapped = self.bootstrapped

        custom_index: bool | None | Unset
        if isinstance(self.custom_index, Unset):
            custom_index = UNSET
        else:
            custom_index = self.custom_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if desc is not UNSET:
            field_dict["desc"] = desc
        if nlv is not UNSET:
            field_dict["nlv"] = nlv
        if num_accounts is not UNSET:
            field_dict["numAccounts"] = num_accounts
        if is_static is not UNSET:
            field_dict["isStatic"] = is_static
        if mismatch is not UNSET:
            field_dict["mismatch"] = mismatch
        if bootstrapped is not UNSET:
            field_dict["bootstrapped"] = bootstrapped
        if custom_index is not UNSET:
            field_dict["customIndex"] = custom_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        model: None | str | Unset = d.pop("model", UNSET)

        desc: None | str | Unset = d.pop("desc", UNSET)

        nlv: float | None | str | Unset = d.pop("nlv", UNSET)

        num_accounts: int | None | str | Unset = d.pop("numAccounts", UNSET)

        is_static: bool | None | Unset = d.pop("isStatic", UNSET)

        mismatch: bool | None | Unset = d.pop("mismatch", UNSET)

        bootstrapped: bool | None | Unset = d.pop("bootstrapped", UNSET)

        custom_index: bool | None | Unset = d.pop("customIndex", UNSET)

        fa_model_list_fa_model = cls(
            model=model,
            desc=desc,
            nlv=nlv,
            num_accounts=num_accounts,
            is_static=is_static,
            mismatch=mismatch,
            bootstrapped=bootstrapped,
            custom_index=custom_index,
        )

        fa_model_list_fa_model.additional_properties = d
        return fa_model_list_fa_model

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
