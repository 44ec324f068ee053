# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SecdefInfo")


@_attrs_define
class SecdefInfo:
    """
    Attributes:
        conid (int | None | str | Unset):
        ticker (None | str | Unset):
        symbol (None | str | Unset):
        sec_type (None | str | Unset):
        exchange (None | str | Unset):
        listing_exchange (None | str | Unset):
        right (None | str | Unset):
        strike (float | None | str | Unset):
        currency (None | str | Unset):
        cusip (None | str | Unset):
        coupon (None | str | Unset):
        desc1 (None | str | Unset):
        desc2 (None | str | Unset):
        maturity_date (None | str | Unset):
        multiplier (float | None | str | Unset):
        trading_class (None | str | Unset):
        valid_exchanges (None | str | Unset):
        show_prips (bool | None | Unset):
    """

    conid: int | None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    right: None | str | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    cusip: None | str | Unset = UNSET
    coupon: None | str | Unset = UNSET
    desc1: None | str | Unset = UNSET
    desc2: None | str | Unset = UNSET
    maturity_date: None | str | Unset = UNSET
    multiplier: float | None | str | Unset = UNSET
    trading_class: None | str | Unset = UNSET
    valid_exchanges: None | str | Unset = UNSET
    show_prips: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        right: None | str | Unset
        if isinstance(self.right, Unset):
            right = UNSET
        else:
            right = self.right

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        cusip: None | str | Unset
        if isinstance(self.cusip, Unset):
            cusip = UNSET
        else:
            cusip = self.cusip

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

        desc1: None | str | Unset
        if isinstance(self.desc1, Unset):
            desc1 = UNSET
        else:
            desc1 = self.desc1

        desc2: None | str | Unset
        if isinstance(self.desc2, Unset):
            desc2 = UNSET
        else:
            desc2 = self.desc2

        maturity_date: None | str | Unset
        if isinstance(self.maturity_date, Unset):
            maturity_date = UNSET
        else:
            maturity_date = self.maturity_date

        multiplier: float | None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        trading_class: None | str | Unset
        if isinstance(self.trading_class, Unset):
            trading_class = UNSET
        else:
            trading_class = self.trading_class

        valid_exchanges: None | str | Unset
        if isinstance(self.valid_exchanges, Unset):
            valid_exchanges = UNSET
        else:
            valid_exchanges = self.valid_exchanges

        show_prips: bool | None | Unset
        if isinstance(self.show_prips, Unset):
            show_prips = UNSET
        else:
            show_prips = self.show_prips

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if sec_type is not UNSET:
            field_dict["secType"] = sec_type
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if right is not UNSET:
            field_dict["right"] = right
        if strike is not UNSET:
            field_dict["strike"] = strike
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if desc1 is not UNSET:
            field_dict["desc1"] = desc1
        if desc2 is not UNSET:
            field_dict["desc2"] = desc2
        if maturity_date is not UNSET:
            field_dict["maturityDate"] = maturity_date
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if trading_class is not UNSET:
            field_dict["tradingClass"] = trading_class
        if valid_exchanges is not UNSET:
            field_dict["validExchanges"] = valid_exchanges
        if show_prips is not UNSET:
            field_dict["showPrips"] = show_prips

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        ticker: None | str | Unset = d.pop("ticker", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        sec_type: None | str | Unset = d.pop("secType", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        listing_exchange: None | str | Unset = d.pop("listingExchange", UNSET)

        right: None | str | Unset = d.pop("right", UNSET)

        strike: float | None | str | Unset = d.pop("strike", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        cusip: None | str | Unset = d.pop("cusip", UNSET)

        coupon: None | str | Unset = d.pop("coupon", UNSET)

        desc1: None | str | Unset = d.pop("desc1", UNSET)

        desc2: None | str | Unset = d.pop("desc2", UNSET)

        maturity_date: None | str | Unset = d.pop("maturityDate", UNSET)

        multiplier: float | None | str | Unset = d.pop("multiplier", UNSET)

        trading_class: None | str | Unset = d.pop("tradingClass", UNSET)

        valid_exchanges: None | str | Unset = d.pop("validExchanges", UNSET)

        show_prips: bool | None | Unset = d.pop("showPrips", UNSET)

        secdef_info = cls(
            conid=conid,
            ticker=ticker,
            symbol=symbol,
            sec_type=sec_type,
            exchange=exchange,
            listing_exchange=listing_exchange,
            right=right,
            strike=strike,
            currency=currency,
            cusip=cusip,
            coupon=coupon,
            desc1=desc1,
            desc2=desc2,
            maturity_date=maturity_date,
            multiplier=multiplier,
            trading_class=trading_class,
            valid_exchanges=valid_exchanges,
            show_prips=show_prips,
        )

        secdef_info.additional_properties = d
        return secdef_info

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
