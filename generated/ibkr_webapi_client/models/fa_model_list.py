# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fa_model_list_fa_model import FaModelListFaModel


T = TypeVar("T", bound="FaModelList")


@_attrs_define
class FaModelList:
    """
    Attributes:
        base_ccy (None | str | Unset):
        master_account (None | str | Unset):
        req_id (int | None | str | Unset):
        subscription_status (int | None | str | Unset):
        models (list[FaModelListFaModel] | None | Unset):
    """

    base_ccy: None | str | Unset = UNSET
    master_account: None | str | Unset = UNSET
    req_id: int | None | str | Unset = UNSET
    subscription_status: int | None | str | Unset = UNSET
    models: list[FaModelListFaModel] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_ccy: None | str | Unset
        if isinstance(self.base_ccy, Unset):
            base_ccy = UNSET
        else:
            base_ccy = self.base_ccy

        master_account: None | str | Unset
        if isinstance(self.master_account, Unset):
            master_account = UNSET
        else:
            master_account = self.master_account

        req_id: int | None | str | Unset
        if isinstance(self.req_id, Unset):
            req_id = UNSET
        else:
            req_id = self.req_id

        subscription_status: int | None | str | Unset
        if isinstance(self.subscription_status, Unset):
            subscription_status = UNSET
        else:
            subscription_status = self.subscription_status

        models: list[dict[str, Any]] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, list):
            models = []
            for models_type_0_item_data in self.models:
                models_type_0_item = models_type_0_item_data.to_dict()
                models.append(models_type_0_item)

        else:
            models = self.models

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_ccy is not UNSET:
            field_dict["baseCcy"] = base_ccy
        if master_account is not UNSET:
            field_dict["masterAccount"] = master_account
        if req_id is not UNSET:
            field_dict["reqID"] = req_id
        if subscription_status is not UNSET:
            field_dict["subscriptionStatus"] = subscription_status
        if models is not UNSET:
            field_dict["models"] = models

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fa_model_list_fa_model import FaModelListFaModel  # noqa: PLC0415

        d = dict(src_dict)
        base_ccy: None | str | Unset = d.pop("baseCcy", UNSET)

        master_account: None | str | Unset = d.pop("masterAccount", UNSET)

        req_id: int | None | str | Unset = d.pop("reqID", UNSET)

        subscription_status: int | None | str | Unset = d.pop("subscriptionStatus", UNSET)

        def _parse_models(data: object) -> list[FaModelListFaModel] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                models_type_0 = []
                _models_type_0 = data
                for models_type_0_item_data in _models_type_0:
                    models_type_0_item = FaModelListFaModel.from_dict(models_type_0_item_data)

                    models_type_0.append(models_type_0_item)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FaModelListFaModel] | None | Unset, data)

        models = _parse_models(d.pop("models", UNSET))

        fa_model_list = cls(
            base_ccy=base_ccy,
            master_account=master_account,
            req_id=req_id,
            subscription_status=subscription_status,
            models=models,
        )

        fa_model_list.additional_properties = d
        return fa_model_list

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
