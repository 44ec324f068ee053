# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelOrderResponse")


@_attrs_define
class CancelOrderResponse:
    """
    Attributes:
        msg (None | str | Unset):
        order_id (int | None | str | Unset):
        conid (int | None | str | Unset):
        account (None | str | Unset):
        error (None | str | Unset):
    """

    msg: None | str | Unset = UNSET
    order_id: int | None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    account: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        order_id: int | None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if account is not UNSET:
            field_dict["account"] = account
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        msg: None | str | Unset = d.pop("msg", UNSET)

        order_id: int | None | str | Unset = d.pop("order_id", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        account: None | str | Unset = d.pop("account", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        cancel_order_response = cls(
            msg=msg,
            order_id=order_id,
            conid=conid,
            account=account,
            error=error,
        )

        cancel_order_response.additional_properties = d
        return cancel_order_response

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
