# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrencyPair")


@_attrs_define
class CurrencyPair:
    """
    Attributes:
        symbol (None | str | Unset):
        conid (int | None | str | Unset):
        ccy_pair (None | str | Unset):
    """

    symbol: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    ccy_pair: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        ccy_pair: None | str | Unset
        if isinstance(self.ccy_pair, Unset):
            ccy_pair = UNSET
        else:
            ccy_pair = self.ccy_pair

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if conid is not UNSET:
            field_dict["conid"] = conid
        if ccy_pair is not UNSET:
            field_dict["ccyPair"] = ccy_pair

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol: None | str | Unset = d.pop("symbol", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        ccy_pair: None | str | Unset = d.pop("ccyPair", UNSET)

        currency_pair = cls(
            symbol=symbol,
            conid=conid,
            ccy_pair=ccy_pair,
        )

        currency_pair.additional_properties = d
        return currency_pair

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
