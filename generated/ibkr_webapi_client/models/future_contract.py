# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FutureContract")


@_attrs_define
class FutureContract:
    """
    Attributes:
        symbol (None | str | Unset):
        conid (int | None | str | Unset):
        underlying_conid (int | None | str | Unset):
        expiration_date (int | None | str | Unset):
        ltd (int | None | str | Unset):
        short_futures_cut_off (int | None | str | Unset):
        long_futures_cut_off (int | None | str | Unset):
    """

    symbol: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    underlying_conid: int | None | str | Unset = UNSET
    expiration_date: int | None | str | Unset = UNSET
    ltd: int | None | str | Unset = UNSET
    short_futures_cut_off: int | None | str | Unset = UNSET
    long_futures_cut_off: int | None | str | Unset = UNSET
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

        underlying_conid: int | None | str | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        expiration_date: int | None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        else:
            expiration_date = self.expiration_date

        ltd: int | None | str | Unset
        if isinstance(self.ltd, Unset):
            ltd = UNSET
        else:
            ltd = self.ltd

        short_futures_cut_off: int | None | str | Unset
        if isinstance(self.short_futures_cut_off, Unset):
            short_futures_cut_off = UNSET
        else:
            short_futures_cut_off = self.short_futures_cut_off

        long_futures_cut_off: int | None | str | Unset
        if isinstance(self.long_futures_cut_off, Unset):
            long_futures_cut_off = UNSET
        else:
            long_futures_cut_off = self.long_futures_cut_off

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if conid is not UNSET:
            field_dict["conid"] = conid
        if underlying_conid is not UNSET:
            field_dict["underlyingConid"] = underlying_conid
        if expiration_date is not UNSET:
            field_dict["expirationDate"] = expiration_date
        if ltd is not UNSET:
            field_dict["ltd"] = ltd
        if short_futures_cut_off is not UNSET:
            field_dict["shortFuturesCutOff"] = short_futures_cut_off
        if long_futures_cut_off is not UNSET:
            field_dict["longFuturesCutOff"] = long_futures_cut_off

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbol: None | str | Unset = d.pop("symbol", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        underlying_conid: int | None | str | Unset = d.pop("underlyingConid", UNSET)

        expiration_date: int | None | str | Unset = d.pop("expirationDate", UNSET)

        ltd: int | None | str | Unset = d.pop("ltd", UNSET)

        short_futures_cut_off: int | None | str | Unset = d.pop("shortFuturesCutOff", UNSET)

        long_futures_cut_off: int | None | str | Unset = d.pop("longFuturesCutOff", UNSET)

        future_contract = cls(
            symbol=symbol,
            conid=conid,
            underlying_conid=underlying_conid,
            expiration_date=expiration_date,
            ltd=ltd,
            short_futures_cut_off=short_futures_cut_off,
            long_futures_cut_off=long_futures_cut_off,
        )

        future_contract.additional_properties = d
        return future_contract

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
