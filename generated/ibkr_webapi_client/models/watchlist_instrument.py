# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WatchlistInstrument")


@_attrs_define
class WatchlistInstrument:
    """
    Attributes:
        st (None | str | Unset):
        c (None | str | Unset):
        conid (int | None | str | Unset):
        name (None | str | Unset):
        full_name (None | str | Unset):
        asset_class (None | str | Unset):
        ticker (None | str | Unset):
        chinese_name (None | str | Unset):
    """

    st: None | str | Unset = UNSET
    c: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    chinese_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        st: None | str | Unset
        if isinstance(self.st, Unset):
            st = UNSET
        else:
            st = self.st

        c: None | str | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        else:
            c = self.c

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        chinese_name: None | str | Unset
        if isinstance(self.chinese_name, Unset):
            chinese_name = UNSET
        else:
            chinese_name = self.chinese_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if st is not UNSET:
            field_dict["ST"] = st
        if c is not UNSET:
            field_dict["C"] = c
        if conid is not UNSET:
            field_dict["conid"] = conid
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if chinese_name is not UNSET:
            field_dict["chineseName"] = chinese_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        st: None | str | Unset = d.pop("ST", UNSET)

        c: None | str | Unset = d.pop("C", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        full_name: None | str | Unset = d.pop("fullName", UNSET)

        asset_class: None | str | Unset = d.pop("assetClass", UNSET)

        ticker: None | str | Unset = d.pop("ticker", UNSET)

        chinese_name: None | str | Unset = d.pop("chineseName", UNSET)

        watchlist_instrument = cls(
            st=st,
            c=c,
            conid=conid,
            name=name,
            full_name=full_name,
            asset_class=asset_class,
            ticker=ticker,
            chinese_name=chinese_name,
        )

        watchlist_instrument.additional_properties = d
        return watchlist_instrument

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
