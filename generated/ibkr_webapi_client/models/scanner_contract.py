# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScannerContract")


@_attrs_define
class ScannerContract:
    """
    Attributes:
        server_id (None | str | Unset):
        column_name (None | str | Unset):
        symbol (None | str | Unset):
        conidex (None | str | Unset):
        con_id (int | None | str | Unset):
        available_chart_periods (None | str | Unset):
        company_name (None | str | Unset):
        contract_description_1 (None | str | Unset):
        listing_exchange (None | str | Unset):
        sec_type (None | str | Unset):
    """

    server_id: None | str | Unset = UNSET
    column_name: None | str | Unset = UNSET
    symbol: None | str | Unset = UNSET
    conidex: None | str | Unset = UNSET
    con_id: int | None | str | Unset = UNSET
    available_chart_periods: None | str | Unset = UNSET
    company_name: None | str | Unset = UNSET
    contract_description_1: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    sec_type: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_id: None | str | Unset
        if isinstance(self.server_id, Unset):
            server_id = UNSET
        else:
            server_id = self.server_id

        column_name: None | str | Unset
        if isinstance(self.column_name, Unset):
            column_name = UNSET
        else:
            column_name = self.column_name

        symbol: None | str | Unset
        if isinstance(self.symbol, Unset):
            symbol = UNSET
        else:
            symbol = self.symbol

        conidex: None | str | Unset
        if isinstance(self.conidex, Unset):
            conidex = UNSET
        else:
            conidex = self.conidex

        con_id: int | None | str | Unset
        if isinstance(self.con_id, Unset):
            con_id = UNSET
        else:
            con_id = self.con_id

        available_chart_periods: None | str | Unset
        if isinstance(self.available_chart_periods, Unset):
            available_chart_periods = UNSET
        else:
            available_chart_periods = self.available_chart_periods

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        contract_description_1: None | str | Unset
        if isinstance(self.contract_description_1, Unset):
            contract_description_1 = UNSET
        else:
            contract_description_1 = self.contract_description_1

        listing_exchange: None | str | Unset
        if isinstance(self.listing_exchange, Unset):
            listing_exchange = UNSET
        else:
            listing_exchange = self.listing_exchange

        sec_type: None | str | Unset
        if isinstance(self.sec_type, Unset):
            sec_type = UNSET
        else:
            sec_type = self.sec_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if server_id is not UNSET:
            field_dict["server_id"] = server_id
        if column_name is not UNSET:
            field_dict["column_name"] = column_name
        if symbol is not UNSET:
            field_dict["symbol"] = symbol
        if conidex is not UNSET:
            field_dict["conidex"] = conidex
        if con_id is not UNSET:
            field_dict["con_id"] = con_id
        if available_chart_periods is not UNSET:
            field_dict["available_chart_periods"] = available_chart_periods
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if contract_description_1 is not UNSET:
            field_dict["contract_description_1"] = contract_description_1
        if listing_exchange is not UNSET:
            field_dict["listing_exchange"] = listing_exchange
        if sec_type is not UNSET:
            field_dict["sec_type"] = sec_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        server_id: None | str | Unset = d.pop("server_id", UNSET)

        column_name: None | str | Unset = d.pop("column_name", UNSET)

        symbol: None | str | Unset = d.pop("symbol", UNSET)

        conidex: None | str | Unset = d.pop("conidex", UNSET)

        con_id: int | None | str | Unset = d.pop("con_id", UNSET)

        available_chart_periods: None | str | Unset = d.pop("available_chart_periods", UNSET)

        company_name: None | str | Unset = d.pop("company_name", UNSET)

        contract_description_1: None | str | Unset = d.pop("contract_description_1", UNSET)

        listing_exchange: None | str | Unset = d.pop("listing_exchange", UNSET)

        sec_type: None | str | Unset = d.pop("sec_type", UNSET)

        scanner_contract = cls(
            server_id=server_id,
            column_name=column_name,
            symbol=symbol,
            conidex=conidex,
            con_id=con_id,
            available_chart_periods=available_chart_periods,
            company_name=company_name,
            contract_description_1=contract_description_1,
            listing_exchange=listing_exchange,
            sec_type=sec_type,
        )

        scanner_contract.additional_properties = d
        return scanner_contract

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
