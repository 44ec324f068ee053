# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
        conid_yes: int | None | str | Unset = d.pop("conid_yes", UNSET)

        conid_no: int | None | str | Unset = d.pop("conid_no", UNSET)

        question: None | str | Unset = d.pop("question", UNSET)

        side: None | str | Unset = d.pop("side", UNSET)

        strike_label: None | str | Unset = d.pop("strike_label", UNSET)

        strike: float | None | str | Unset = d.pop("strike", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        expiration: None | str | Unset = d.pop("expiration", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        category: None | str | Unset = d.pop("category", UNSET)

        market_name: None | str | Unset = d.pop("market_name", UNSET)

        underlying_conid: int | None | str | Unset = d.pop("underlying_conid", UNSET)

        product_conid: int | None | str | Unset = d.pop("product_conid", UNSET)

        payout: float | None | str | Unset = d.pop("payout", UNSET)

        is_restricted: bool | None | Unset = d.pop("is_restricted", UNSET)

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
