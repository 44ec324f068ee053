# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TradingSession")


@_attrs_define
class TradingSession:
    """
    Attributes:
        opening (int | None | Unset):
        closing (int | None | Unset):
        cancel_daily_orders (bool | None | Unset):
    """

    opening: int | None | Unset = UNSET
    closing: int | None | Unset = UNSET
    cancel_daily_orders: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        opening: int | None | Unset
        if isinstance(self.opening, Unset):
            opening = UNSET
        else:
            opening = self.opening

        closing: int | None | Unset
        if isinstance(self.closing, Unset):
            closing = UNSET
        else:
            closing = self.closing

        cancel_daily_orders: bool | None | Unset
        if isinstance(self.cancel_daily_orders, Unset):
            cancel_daily_orders = UNSET
        else:
            cancel_daily_orders = self.cancel_daily_orders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if opening is not UNSET:
            field_dict["opening"] = opening
        if closing is not UNSET:
            field_dict["closing"] = closing
        if cancel_daily_orders is not UNSET:
            field_dict["cancel_daily_orders"] = cancel_daily_orders

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        opening: int | None | Unset = d.pop("opening", UNSET)

        closing: int | None | Unset = d.pop("closing", UNSET)

        cancel_daily_orders: bool | None | Unset = d.pop("cancel_daily_orders", UNSET)

        trading_session = cls(
            opening=opening,
            closing=closing,
            cancel_daily_orders=cancel_daily_orders,
        )

        trading_session.additional_properties = d
        return trading_session

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
