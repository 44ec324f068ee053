# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContractInfo")


@_attrs_define
class ContractInfo:
    """
    Attributes:
        con_id (int | None | str | Unset):
        symbol (None | str | Unset):
        company_name (None | str | Unset):
        instrument_type (None | str | Unset):
        local_symbol (None | str | Unset):
        currency (None | str | Unset):
        exchange (None | str | Unset):
        valid_exchanges (None | str | Unset):
        trading_class (None | str | Unset):
        cusip (None | str | Unset):
        cfi_code (None | str | Unset):
        multiplier (float | None | str | Unset):
        expiry_full (None | str | Unset):
        maturity_date (None | str | Unset):
        contract_month (None | str | Unset):
        underlying_con_id (int | None | str | Unset):
        underlying_issuer (None | str | Unset):
        industry (None | str | Unset):
        category (None | str | Unset):
        classifier (None | str | Unset):
        text (None | str | Unset):
        r_t_h (bool | None | Unset):
        smart_available (bool | None | Unset):
        has_related_contracts (bool | None | Unset):
        allow_sell_long (bool | None | Unset):
        is_zero_commission_security (bool | None | Unset):
        contract_clarification_type (None | str | Unset):
    """

    con_id: int | None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    instrument_type: None | str | Unset = UNSET
    local_symbol: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    exchange: None | str | Unset = UNSET
    valid_exchanges: None | str | Unset = UNSET
    trading_class: None | str | Unset = UNSET
    cusip: None | str | Unset = UNSET
    cfi_code: None | str | Unset = UNSET
    multiplier: float | None | str | Unset = UNSET
    expiry_full: None | str | Unset = UNSET
    maturity_date: None | str | Unset = UNSET
    contract_month: None | str | Unset = UNSET
    underlying_con_id: int | None | str | Unset = UNSET
    underlying_issuer: None | str | Unset = UNSET
    industry: None | str | Unset = UNSET
    category: None | str | Unset = UNSET
    classifier: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    r_t_h: bool | None | Unset = UNSET
    smart_available: bool | None | Unset = UNSET
    has_related_contracts: bool | None | Unset = UNSET
    allow_sell_long: bool | None | Unset = UNSET
    is_zero_commission_security: bool | None | Unset = UNSET
    contract_clarification_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        con_id: int | None | str | Unset
        if isinstance(self.con_id, Unset):
            con_id = UNSET
        else:
            con_id = self.con_id

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        instrument_type: None | str | Unset
        if isinstance(self.instrument_type, Unset):
            instrument_type = UNSET
        else:
            instrument_type = self.instrument_type

        local_symbol: None | str | Unset
        if isinstance(self.local_symbol, Unset):
            local_symbol = UNSET
        else:
            local_symbol = self.local_symbol

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        exchange: None | str | Unset
        if isinstance(self.exchange, Unset):
            exchange = UNSET
        else:
            exchange = self.exchange

        valid_exchanges: None | str | Unset
        if isinstance(self.valid_exchanges, Unset):
            valid_exchanges = UNSET
        else:
            valid_exchanges = self.valid_exchanges

        trading_class: None | str | Unset
        if isinstance(self.trading_class, Unset):
            trading_class = UNSET
        else:
            trading_class = self.trading_class

        cusip: None | str | Unset
        if isinstance(self.cusip, Unset):
            cusip = UNSET
        else:
            cusip = self.cusip

        cfi_code: None | str | Unset
        if isinstance(self.cfi_code, Unset):
            cfi_code = UNSET
        else:
            cfi_code = self.cfi_code

        multiplier: float | None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        expiry_full: None | str | Unset
        if isinstance(self.expiry_full, Unset):
            expiry_full = UNSET
        else:
            expiry_full = self.expiry_full

        maturity_date: None | str | Unset
        if isinstance(self.maturity_date, Unset):
            maturity_date = UNSET
        else:
            maturity_date = self.maturity_date

        contract_month: None | str | Unset
        if isinstance(self.contract_month, Unset):
            contract_month = UNSET
        else:
            contract_month = self.contract_month

        underlying_con_id: int | None | str | Unset
        if isinstance(self.underlying_con_id, Unset):
            underlying_con_id = UNSET
        else:
            underlying_con_id = self.underlying_con_id

        underlying_issuer: None | str | Unset
        if isinstance(self.underlying_issuer, Unset):
            underlying_issuer = UNSET
        else:
            underlying_issuer = self.underlying_issuer

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        classifier: None | str | Unset
        if isinstance(self.classifier, Unset):
            classifier = UNSET
        else:
            classifier = self.classifier

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        r_t_h: bool | None | Unset
        if isinstance(self.r_t_h, Unset):
            r_t_h = UNSET
        else:
            r_t_h = self.r_t_h

        smart_available: bool | None | Unset
        if isinstance(self.smart_available, Unset):
            smart_available = UNSET
        else:
            smart_available = self.smart_available

        has_related_contracts: bool | None | Unset
        if isinstance(self.has_related_contracts, Unset):
            has_related_contracts = UNSET
        else:
            has_related_contracts = self.has_related_contracts

        allow_sell_long: bool | None | Unset
        if isinstance(self.allow_sell_long, Unset):
            allow_sell_long = UNSET
        else:
            allow_sell_long = self.allow_sell_long

        is_zero_commission_security: bool | None | Unset
        if isinstance(self.is_zero_commission_security, Unset):
            is_zero_commission_security = UNSET
        else:
            is_zero_commission_security = self.is_zero_commission_security

        contract_clarification_type: None | str | Unset
        if isinstance(self.contract_clarification_type, Unset):
            contract_clarification_type = UNSET
        else:
            contract_clarification_type = self.contract_clarification_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if con_id is not UNSET:
            field_dict["con_id"] = con_id
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if instrument_type is not UNSET:
            field_dict["instrument_type"] = instrument_type
        if local_symbol is not UNSET:
            field_dict["local_symbol"] = local_symbol
        if currency is not UNSET:
            field_dict["currency"] = currency
        if exchange is not UNSET:
            field_dict["exchange"] = exchange
        if valid_exchanges is not UNSET:
            field_dict["valid_exchanges"] = valid_exchanges
        if trading_class is not UNSET:
            field_dict["trading_class"] = trading_class
        if cusip is not UNSET:
            field_dict["cusip"] = cusip
        if cfi_code is not UNSET:
            field_dict["cfi_code"] = cfi_code
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if expiry_full is not UNSET:
            field_dict["expiry_full"] = expiry_full
        if maturity_date is not UNSET:
            field_dict["maturity_date"] = maturity_date
        if contract_month is not UNSET:
            field_dict["contract_month"] = contract_month
        if underlying_con_id is not UNSET:
            field_dict["underlying_con_id"] = underlying_con_id
        if underlying_issuer is not UNSET:
            field_dict["underlying_issuer"] = underlying_issuer
        if industry is not UNSET:
            field_dict["industry"] = industry
        if category is not UNSET:
            field_dict["category"] = category
        if classifier is not UNSET:
            field_dict["classifier"] = classifier
        if text is not UNSET:
            field_dict["text"] = text
        if r_t_h is not UNSET:
            field_dict["r_t_h"] = r_t_h
        if smart_available is not UNSET:
            field_dict["smart_available"] = smart_available
        if has_related_contracts is not UNSET:
            field_dict["has_related_contracts"] = has_related_contracts
        if allow_sell_long is not UNSET:
            field_dict["allow_sell_long"] = allow_sell_long
        if is_zero_commission_security is not UNSET:
            field_dict["is_zero_commission_security"] = is_zero_commission_security
        if contract_clarification_type is not UNSET:
            field_dict["contract_clarification_type"] = contract_clarification_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        con_id: int | None | str | Unset = d.pop("con_id", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        company_name: None | str | Unset = d.pop("company_name", UNSET)

        instrument_type: None | str | Unset = d.pop("instrument_type", UNSET)

        local_symbol: None | str | Unset = d.pop("local_symbol", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        exchange: None | str | Unset = d.pop("exchange", UNSET)

        valid_exchanges: None | str | Unset = d.pop("valid_exchanges", UNSET)

        trading_class: None | str | Unset = d.pop("trading_class", UNSET)

        cusip: None | str | Unset = d.pop("cusip", UNSET)

        cfi_code: None | str | Unset = d.pop("cfi_code", UNSET)

        multiplier: float | None | str | Unset = d.pop("multiplier", UNSET)

        expiry_full: None | str | Unset = d.pop("expiry_full", UNSET)

        maturity_date: None | str | Unset = d.pop("maturity_date", UNSET)

        contract_month: None | str | Unset = d.pop("contract_month", UNSET)

        underlying_con_id: int | None | str | Unset = d.pop("underlying_con_id", UNSET)

        underlying_issuer: None | str | Unset = d.pop("underlying_issuer", UNSET)

        industry: None | str | Unset = d.pop("industry", UNSET)

        category: None | str | Unset = d.pop("category", UNSET)

        classifier: None | str | Unset = d.pop("classifier", UNSET)

        text: None | str | Unset = d.pop("text", UNSET)

        r_t_h: bool | None | Unset = d.pop("r_t_h", UNSET)

        smart_available: bool | None | Unset = d.pop("smart_available", UNSET)

        has_related_contracts: bool | None | Unset = d.pop("has_related_contracts", UNSET)

        allow_sell_long: bool | None | Unset = d.pop("allow_sell_long", UNSET)

        is_zero_commission_security: bool | None | Unset = d.pop("is_zero_commission_security", UNSET)

        contract_clarification_type: None | str | Unset = d.pop("contract_clarification_type", UNSET)

        contract_info = cls(
            con_id=con_id,
            symbol=symbol,
            company_name=company_name,
            instrument_type=instrument_type,
            local_symbol=local_symbol,
            currency=currency,
            exchange=exchange,
            valid_exchanges=valid_exchanges,
            trading_class=trading_class,
            cusip=cusip,
            cfi_code=cfi_code,
            multiplier=multiplier,
            expiry_full=expiry_full,
            maturity_date=maturity_date,
            contract_month=contract_month,
            underlying_con_id=underlying_con_id,
            underlying_issuer=underlying_issuer,
            industry=industry,
            category=category,
            classifier=classifier,
            text=text,
            r_t_h=r_t_h,
            smart_available=smart_available,
            has_related_contracts=has_related_contracts,
            allow_sell_long=allow_sell_long,
            is_zero_commission_security=is_zero_commission_security,
            contract_clarification_type=contract_clarification_type,
        )

        contract_info.additional_properties = d
        return contract_info

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
