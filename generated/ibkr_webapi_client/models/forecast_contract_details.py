# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastContractDetails")


@_attrs_define
class ForecastContractDetails:
    """
    Attributes:
        conid_yes (int | None | str | Unset):
        conid_no (int | None | str | Unset):
        question (None | str | Unset):
        side (None | str | Unset):
        strike_label (None | str | Unset):
        strike (float | None | str | Unset):
        exchange (None | str | Unset):
        expiration (None | str | Unset):
        symbol (None | str | Unset):
        category (None | str | Unset):
        market_name (None | str | Unset):
        underlying_conid (int | None | str | Unset):
        product_conid (int | None | str | Unset):
        payout (float | None | str | Unset):
        is_restricted (bool | None | Unset):
    """

    conid_yes: int | None | str | Unset = UNSET
    conid_no: int | None | str | Unset = UNSET
    question: None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    strike_label: None | str | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    expiration: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    market_name: None | str | Unset = UNSET
    underlying_conid: int | None | str | Unset = UNSET
    product_conid: int | None | str | Unset = UNSET
    payout: float | None | str | Unset = UNSET
    is_restricted: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid_yes: int | None | str | Unset
        if isinstance(self.conid_yes, Unset):
            conid_yes = UNSET
        else:
            conid_yes = self.conid_yes

        conid_no: int | None | str | Unset
        if isinstance(self.conid_no, Unset):
            conid_no = UNSET
        else:
            conid_no = self.conid_no

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        strike_label: None | str | Unset
        if isinstance(self.strike_label, Unset):
            strike_label = UNSET
        else:
            strike_label = self.strike_label

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        market_name: None | str | Unset
        if isinstance(self.market_name, Unset):
            market_name = UNSET
        else:
            market_name = self.market_name

        underlying_conid: int | None | str | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        product_conid: int | None | str | Unset
        if isinstance(self.product_conid, Unset):
            product_conid = UNSET
        else:
            product_conid = self.product_conid

        payout: float | None | str | Unset
        if isinstance(self.payout, Unset):
            payout = UNSET
        else:
            payout = self.payout

        is_restricted: bool | None | Unset
        if isinstance(self.is_restricted, Unset):
            is_restricted = UNSET
        else:
            is_restricted = self.is_restricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid_yes is not UNSET:
            field_dict["conid_yes"] = conid_yes
        if conid_no is not UNSET:
            field_dict["conid_no"] = conid_no
        if question is not UNSET:
            field_dict["question"] = question
        if side is not UNSET:
            field_dict["side"] = side
        if strike_label is not UNSET:
            field_dict["strike_label"] = strike_label
        if strike is not UNSET:
            field_dict["strike"] = strike
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if category is not UNSET:
            field_dict["category"] = category
        if market_name is not UNSET:
            field_dict["market_name"] = market_name
        if underlying_conid is not UNSET:
            field_dict["underlying_conid"] = underlying_conid
        if product_conid is not UNSET:
            field_dict["product_conid"] = product_conid
        if payout is not UNSET:
            field_dict["payout"] = payout
        if is_restricted is not UNSET:
            field_dict["is_restricted"] = is_restricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_conid_yes(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        conid_yes = _parse_conid_yes(d.pop("conid_yes", UNSET))

        def _parse_conid_no(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        conid_no = _parse_conid_no(d.pop("conid_no", UNSET))

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(d.pop("question", UNSET))

        def _parse_side(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        side = _parse_side(d.pop("side", UNSET))

        def _parse_strike_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strike_label = _parse_strike_label(d.pop("strike_label", UNSET))

        def _parse_strike(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        strike = _parse_strike(d.pop("strike", UNSET))

        def _parse_exchange(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exchange = _parse_exchange(d.pop("exchange", UNSET))

        def _parse_expiration(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        expiration = _parse_expiration(d.pop("expiration", UNSET))

        def _parse_symbol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        symbol = _parse_symbol(d.pop("symbol", UNSET))

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_market_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        market_name = _parse_market_name(d.pop("market_name", UNSET))

        def _parse_underlying_conid(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        underlying_conid = _parse_underlying_conid(d.pop("underlying_conid", UNSET))

        def _parse_product_conid(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        product_conid = _parse_product_conid(d.pop("product_conid", UNSET))

        def _parse_payout(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        payout = _parse_payout(d.pop("payout", UNSET))

        def _parse_is_restricted(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_restricted = _parse_is_restricted(d.pop("is_restricted", UNSET))

        forecast_contract_details = cls(
            conid_yes=conid_yes,
            conid_no=conid_no,
            question=question,
            side=side,
            strike_label=strike_label,
            strike=strike,
            exchange=exchange,
            expiration=expiration,
            symbol=symbol,
            category=category,
            market_name=market_name,
            underlying_conid=underlying_conid,
            product_conid=product_conid,
            payout=payout,
            is_restricted=is_restricted,
        )

        forecast_contract_details.additional_properties = d
        return forecast_contract_details

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
