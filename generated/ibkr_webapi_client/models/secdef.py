# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Secdef")


@_attrs_define
class Secdef:
    """
    Attributes:
        conid (int | None | str | Unset):
        currency (None | str | Unset):
        name (None | str | Unset):
        full_name (None | str | Unset):
        ticker (None | str | Unset):
        asset_class (None | str | Unset):
        type_ (None | str | Unset):
        expiry (None | str | Unset):
        last_trading_day (None | str | Unset):
        group (None | str | Unset):
        put_or_call (None | str | Unset):
        sector (None | str | Unset):
        sector_group (None | str | Unset):
        strike (float | None | str | Unset):
        und_conid (int | None | str | Unset):
        multiplier (float | None | str | Unset):
        has_options (bool | None | Unset):
        is_us (bool | None | Unset):
        is_event_contract (bool | None | Unset):
        listing_exchange (None | str | Unset):
        country_code (None | str | Unset):
    """

    conid: int | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    expiry: None | str | Unset = UNSET
    last_trading_day: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    put_or_call: None | str | Unset = UNSET
    sector: None | str | Unset = UNSET
    sector_group: None | str | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    und_conid: int | None | str | Unset = UNSET
    multiplier: float | None | str | Unset = UNSET
    has_options: bool | None | Unset = UNSET
    is_us: bool | None | Unset = UNSET
    is_event_contract: bool | None | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

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

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        last_trading_day: None | str | Unset
        if isinstance(self.last_trading_day, Unset):
            last_trading_day = UNSET
        else:
            last_trading_day = self.last_trading_day

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        put_or_call: None | str | Unset
        if isinstance(self.put_or_call, Unset):
            put_or_call = UNSET
        else:
            put_or_call = self.put_or_call

        sector: None | str | Unset
        if isinstance(self.sector, Unset):
            sector = UNSET
        else:
            sector = self.sector

        sector_group: None | str | Unset
        if isinstance(self.sector_group, Unset):
            sector_group = UNSET
        else:
            sector_group = self.sector_group

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        und_conid: int | None | str | Unset
        if isinstance(self.und_conid, Unset):
            und_conid = UNSET
        else:
            und_conid = self.und_conid

        multiplier: float | None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        has_options: bool | None | Unset
        if isinstance(self.has_options, Unset):
            has_options = UNSET
        else:
            has_options = self.has_options

        is_us: bool | None | Unset
        if isinstance(self.is_us, Unset):
            is_us = UNSET
        else:
            is_us = self.is_us

        is_event_contract: bool | None | Unset
        if isinstance(self.is_event_contract, Unset):
            is_event_contract = UNSET
        else:
            is_event_contract = self.is_event_contract

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if currency is not UNSET:
            field_dict["currency"] = currency
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if type_ is not UNSET:
            field_dict["type"] = type_
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if last_trading_day is not UNSET:
            field_dict["lastTradingDay"] = last_trading_day
        if group is not UNSET:
            field_dict["group"] = group
        if put_or_call is not UNSET:
            field_dict["putOrCall"] = put_or_call
        if sector is not UNSET:
            field_dict["sector"] = sector
        if sector_group is not UNSET:
            field_dict["sectorGroup"] = sector_group
        if strike is not UNSET:
            field_dict["strike"] = strike
        if und_conid is not UNSET:
            field_dict["undConid"] = und_conid
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if has_options is not UNSET:
            field_dict["hasOptions"] = has_options
        if is_us is not UNSET:
            field_dict["isUS"] = is_us
        if is_event_contract is not UNSET:
            field_dict["isEventContract"] = is_event_contract
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        full_name: None | str | Unset = d.pop("fullName", UNSET)

        ticker: None | str | Unset = d.pop("ticker", UNSET)

        asset_class: None | str | Unset = d.pop("assetClass", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        expiry: None | str | Unset = d.pop("expiry", UNSET)

        last_trading_day: None | str | Unset = d.pop("lastTradingDay", UNSET)

        group: None | str | Unset = d.pop("group", UNSET)

        put_or_call: None | str | Unset = d.pop("putOrCall", UNSET)

        sector: None | str | Unset = d.pop("sector", UNSET)

        sector_group: None | str | Unset = d.pop("sectorGroup", UNSET)

        strike: float | None | str | Unset = d.pop("strike", UNSET)

        und_conid: int | None | str | Unset = d.pop("undConid", UNSET)

        multiplier: float | None | str | Unset = d.pop("multiplier", UNSET)

        has_options: bool | None | Unset = d.pop("hasOptions", UNSET)

        is_us: bool | None | Unset = d.pop("isUS", UNSET)

        is_event_contract: bool | None | Unset = d.pop("isEventContract", UNSET)

        listing_exchange: None | str | Unset = d.pop("listingExchange", UNSET)

        country_code: None | str | Unset = d.pop("countryCode", UNSET)

        secdef = cls(
            conid=conid,
            currency=currency,
            name=name,
            full_name=full_name,
            ticker=ticker,
            asset_class=asset_class,
            type_=type_,
            expiry=expiry,
            last_trading_day=last_trading_day,
            group=group,
            put_or_call=put_or_call,
            sector=sector,
            sector_group=sector_group,
            strike=strike,
            und_conid=und_conid,
            multiplier=multiplier,
            has_options=has_options,
            is_us=is_us,
            is_event_contract=is_event_contract,
            listing_exchange=listing_exchange,
            country_code=country_code,
        )

        secdef.additional_properties = d
        return secdef

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
