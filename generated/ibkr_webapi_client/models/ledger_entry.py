# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LedgerEntry")


@_attrs_define
class LedgerEntry:
    """
    Attributes:
        acctcode (None | str | Unset):
        currency (None | str | Unset):
        secondkey (None | str | Unset):
        key (None | str | Unset):
        cashbalance (float | None | str | Unset):
        settledcash (float | None | str | Unset):
        netliquidationvalue (float | None | str | Unset):
        stockmarketvalue (float | None | str | Unset):
        stockoptionmarketvalue (float | None | str | Unset):
        futuremarketvalue (float | None | str | Unset):
        futureoptionmarketvalue (float | None | str | Unset):
        corporatebondsmarketvalue (float | None | str | Unset):
        tbondsmarketvalue (float | None | str | Unset):
        tbillsmarketvalue (float | None | str | Unset):
        warrantsmarketvalue (float | None | str | Unset):
        issueroptionsmarketvalue (float | None | str | Unset):
        commoditymarketvalue (float | None | str | Unset):
        cryptocurrencyvalue (float | None | str | Unset):
        moneyfunds (float | None | str | Unset):
        funds (float | None | str | Unset):
        interest (float | None | str | Unset):
        dividends (float | None | str | Unset):
        exchangerate (float | None | str | Unset):
        realizedpnl (float | None | str | Unset):
        unrealizedpnl (float | None | str | Unset):
        futuresonlypnl (float | None | str | Unset):
        cashbalancefxsegment (float | None | str | Unset):
        timestamp (int | None | Unset):
        sessionid (int | None | str | Unset):
        severity (int | None | str | Unset):
        endofbundle (int | None | str | Unset):
    """

    acctcode: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    secondkey: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    cashbalance: float | None | str | Unset = UNSET
    settledcash: float | None | str | Unset = UNSET
    netliquidationvalue: float | None | str | Unset = UNSET
    stockmarketvalue: float | None | str | Unset = UNSET
    stockoptionmarketvalue: float | None | str | Unset = UNSET
    futuremarketvalue: float | None | str | Unset = UNSET
    futureoptionmarketvalue: float | None | str | Unset = UNSET
    corporatebondsmarketvalue: float | None | str | Unset = UNSET
    tbondsmarketvalue: float | None | str | Unset = UNSET
    tbillsmarketvalue: float | None | str | Unset = UNSET
    warrantsmarketvalue: float | None | str | Unset = UNSET
    issueroptionsmarketvalue: float | None | str | Unset = UNSET
    commoditymarketvalue: float | None | str | Unset = UNSET
    cryptocurrencyvalue: float | None | str | Unset = UNSET
    moneyfunds: float | None | str | Unset = UNSET
    funds: float | None | str | Unset = UNSET
    interest: float | None | str | Unset = UNSET
    dividends: float | None | str | Unset = UNSET
    exchangerate: float | None | str | Unset = UNSET
    realizedpnl: float | None | str | Unset = UNSET
    unrealizedpnl: float | None | str | Unset = UNSET
    futuresonlypnl: float | None | str | Unset = UNSET
    cashbalancefxsegment: float | None | str | Unset = UNSET
    timestamp: int | None | Unset = UNSET
    sessionid: int | None | str | Unset = UNSET
    severity: int | None | str | Unset = UNSET
    endofbundle: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acctcode: None | str | Unset
        if isinstance(self.acctcode, Unset):
            acctcode = UNSET
        else:
            acctcode = self.acctcode

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        secondkey: None | str | Unset
        if isinstance(self.secondkey, Unset):
            secondkey = UNSET
        else:
            secondkey = self.secondkey

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

        cashbalance: float | None | str | Unset
        if isinstance(self.cashbalance, Unset):
            cashbalance = UNSET
        else:
            cashbalance = self.cashbalance

        settledcash: float | None | str | Unset
        if isinstance(self.settledcash, Unset):
            settledcash = UNSET
        else:
            settledcash = self.settledcash

        netliquidationvalue: float | None | str | Unset
        if isinstance(self.netliquidationvalue, Unset):
            netliquidationvalue = UNSET
        else:
            netliquidationvalue = self.netliquidationvalue

        stockmarketvalue: float | None | str | Unset
        if isinstance(self.stockmarketvalue, Unset):
            stockmarketvalue = UNSET
        else:
            stockmarketvalue = self.stockmarketvalue

        stockoptionmarketvalue: float | None | str | Unset
        if isinstance(self.stockoptionmarketvalue, Unset):
            stockoptionmarketvalue = UNSET
        else:
            stockoptionmarketvalue = self.stockoptionmarketvalue

        futuremarketvalue: float | None | str | Unset
        if isinstance(self.futuremarketvalue, Unset):
            futuremarketvalue = UNSET
        else:
            futuremarketvalue = self.futuremarketvalue

        futureoptionmarketvalue: float | None | str | Unset
        if isinstance(self.futureoptionmarketvalue, Unset):
            futureoptionmarketvalue = UNSET
        else:
            futureoptionmarketvalue = self.futureoptionmarketvalue

        corporatebondsmarketvalue: float | None | str | Unset
        if isinstance(self.corporatebondsmarketvalue, Unset):
            corporatebondsmarketvalue = UNSET
        else:
            corporatebondsmarketvalue = self.corporatebondsmarketvalue

        tbondsmarketvalue: float | None | str | Unset
        if isinstance(self.tbondsmarketvalue, Unset):
            tbondsmarketvalue = UNSET
        else:
            tbondsmarketvalue = self.tbondsmarketvalue

        tbillsmarketvalue: float | None | str | Unset
        if isinstance(self.tbillsmarketvalue, Unset):
            tbillsmarketvalue = UNSET
        else:
            tbillsmarketvalue = self.tbillsmarketvalue

        warrantsmarketvalue: float | None | str | Unset
        if isinstance(self.warrantsmarketvalue, Unset):
            warrantsmarketvalue = UNSET
        else:
            warrantsmarketvalue = self.warrantsmarketvalue

        issueroptionsmarketvalue: float | None | str | Unset
        if isinstance(self.issueroptionsmarketvalue, Unset):
            issueroptionsmarketvalue = UNSET
        else:
            issueroptionsmarketvalue = self.issueroptionsmarketvalue

        commoditymarketvalue: float | None | str | Unset
        if isinstance(self.commoditymarketvalue, Unset):
            commoditymarketvalue = UNSET
        else:
            commoditymarketvalue = self.commoditymarketvalue

        cryptocurrencyvalue: float | None | str | Unset
        if isinstance(self.cryptocurrencyvalue, Unset):
            cryptocurrencyvalue = UNSET
        else:
            cryptocurrencyvalue = self.cryptocurrencyvalue

        moneyfunds: float | None | str | Unset
        if isinstance(self.moneyfunds, Unset):
            moneyfunds = UNSET
        else:
            moneyfunds = self.moneyfunds

        funds: float | None | str | Unset
        if isinstance(self.funds, Unset):
            funds = UNSET
        else:
            funds = self.funds

        interest: float | None | str | Unset
        if isinstance(self.interest, Unset):
            interest = UNSET
        else:
            interest = self.interest

        dividends: float | None | str | Unset
        if isinstance(self.dividends, Unset):
            dividends = UNSET
        else:
            dividends = self.dividends

        exchangerate: float | None | str | Unset
        if isinstance(self.exchangerate, Unset):
            exchangerate = UNSET
        else:
            exchangerate = self.exchangerate

        realizedpnl: float | None | str | Unset
        if isinstance(self.realizedpnl, Unset):
            realizedpnl = UNSET
        else:
            realizedpnl = self.realizedpnl

        unrealizedpnl: float | None | str | Unset
        if isinstance(self.unrealizedpnl, Unset):
            unrealizedpnl = UNSET
        else:
            unrealizedpnl = self.unrealizedpnl

        futuresonlypnl: float | None | str | Unset
        if isinstance(self.futuresonlypnl, Unset):
            futuresonlypnl = UNSET
        else:
            futuresonlypnl = self.futuresonlypnl

        cashbalancefxsegment: float | None | str | Unset
        if isinstance(self.cashbalancefxsegment, Unset):
            cashbalancefxsegment = UNSET
        else:
            cashbalancefxsegment = self.cashbalancefxsegment

        timestamp: int | None | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = self.timestamp

        sessionid: int | None | str | Unset
        if isinstance(self.sessionid, Unset):
            sessionid = UNSET
        else:
            sessionid = self.sessionid

        severity: int | None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        endofbundle: int | None | str | Unset
        if isinstance(self.endofbundle, Unset):
            endofbundle = UNSET
        else:
            endofbundle = self.endofbundle

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acctcode is not UNSET:
            field_dict["acctcode"] = acctcode
        if currency is not UNSET:
            field_dict["currency"] = currency
        if secondkey is not UNSET:
            field_dict["secondkey"] = secondkey
        if key is not UNSET:
            field_dict["key"] = key
        if cashbalance is not UNSET:
            field_dict["cashbalance"] = cashbalance
        if settledcash is not UNSET:
            field_dict["settledcash"] = settledcash
        if netliquidationvalue is not UNSET:
            field_dict["netliquidationvalue"] = netliquidationvalue
        if stockmarketvalue is not UNSET:
            field_dict["stockmarketvalue"] = stockmarketvalue
        if stockoptionmarketvalue is not UNSET:
            field_dict["stockoptionmarketvalue"] = stockoptionmarketvalue
        if futuremarketvalue is not UNSET:
            field_dict["futuremarketvalue"] = futuremarketvalue
        if futureoptionmarketvalue is not UNSET:
            field_dict["futureoptionmarketvalue"] = futureoptionmarketvalue
        if corporatebondsmarketvalue is not UNSET:
            field_dict["corporatebondsmarketvalue"] = corporatebondsmarketvalue
        if tbondsmarketvalue is not UNSET:
            field_dict["tbondsmarketvalue"] = tbondsmarketvalue
        if tbillsmarketvalue is not UNSET:
            field_dict["tbillsmarketvalue"] = tbillsmarketvalue
        if warrantsmarketvalue is not UNSET:
            field_dict["warrantsmarketvalue"] = warrantsmarketvalue
        if issueroptionsmarketvalue is not UNSET:
            field_dict["issueroptionsmarketvalue"] = issueroptionsmarketvalue
        if commoditymarketvalue is not UNSET:
            field_dict["commoditymarketvalue"] = commoditymarketvalue
        if cryptocurrencyvalue is not UNSET:
            field_dict["cryptocurrencyvalue"] = cryptocurrencyvalue
        if moneyfunds is not UNSET:
            field_dict["moneyfunds"] = moneyfunds
        if funds is not UNSET:
            field_dict["funds"] = funds
        if interest is not UNSET:
            field_dict["interest"] = interest
        if dividends is not UNSET:
            field_dict["dividends"] = dividends
        if exchangerate is not UNSET:
            field_dict["exchangerate"] = exchangerate
        if realizedpnl is not UNSET:
            field_dict["realizedpnl"] = realizedpnl
        if unrealizedpnl is not UNSET:
            field_dict["unrealizedpnl"] = unrealizedpnl
        if futuresonlypnl is not UNSET:
            field_dict["futuresonlypnl"] = futuresonlypnl
        if cashbalancefxsegment is not UNSET:
            field_dict["cashbalancefxsegment"] = cashbalancefxsegment
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if sessionid is not UNSET:
            field_dict["sessionid"] = sessionid
        if severity is not UNSET:
            field_dict["severity"] = severity
        if endofbundle is not UNSET:
            field_dict["endofbundle"] = endofbundle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acctcode: None | str | Unset = d.pop("acctcode", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        secondkey: None | str | Unset = d.pop("secondkey", UNSET)

        key: None | str | Unset = d.pop("key", UNSET)

        cashbalance: float | None | str | Unset = d.pop("cashbalance", UNSET)

        settledcash: float | None | str | Unset = d.pop("settledcash", UNSET)

        netliquidationvalue: float | None | str | Unset = d.pop("netliquidationvalue", UNSET)

        stockmarketvalue: float | None | str | Unset = d.pop("stockmarketvalue", UNSET)

        stockoptionmarketvalue: float | None | str | Unset = d.pop("stockoptionmarketvalue", UNSET)

        futuremarketvalue: float | None | str | Unset = d.pop("futuremarketvalue", UNSET)

        futureoptionmarketvalue: float | None | str | Unset = d.pop("futureoptionmarketvalue", UNSET)

        corporatebondsmarketvalue: float | None | str | Unset = d.pop("corporatebondsmarketvalue", UNSET)

        tbondsmarketvalue: float | None | str | Unset = d.pop("tbondsmarketvalue", UNSET)

        tbillsmarketvalue: float | None | str | Unset = d.pop("tbillsmarketvalue", UNSET)

        warrantsmarketvalue: float | None | str | Unset = d.pop("warrantsmarketvalue", UNSET)

        issueroptionsmarketvalue: float | None | str | Unset = d.pop("issueroptionsmarketvalue", UNSET)

        commoditymarketvalue: float | None | str | Unset = d.pop("commoditymarketvalue", UNSET)

        cryptocurrencyvalue: float | None | str | Unset = d.pop("cryptocurrencyvalue", UNSET)

        moneyfunds: float | None | str | Unset = d.pop("moneyfunds", UNSET)

        funds: float | None | str | Unset = d.pop("funds", UNSET)

        interest: float | None | str | Unset = d.pop("interest", UNSET)

        dividends: float | None | str | Unset = d.pop("dividends", UNSET)

        exchangerate: float | None | str | Unset = d.pop("exchangerate", UNSET)

        realizedpnl: float | None | str | Unset = d.pop("realizedpnl", UNSET)

        unrealizedpnl: float | None | str | Unset = d.pop("unrealizedpnl", UNSET)

        futuresonlypnl: float | None | str | Unset = d.pop("futuresonlypnl", UNSET)

        cashbalancefxsegment: float | None | str | Unset = d.pop("cashbalancefxsegment", UNSET)

        timestamp: int | None | Unset = d.pop("timestamp", UNSET)

        sessionid: int | None | str | Unset = d.pop("sessionid", UNSET)

        severity: int | None | str | Unset = d.pop("severity", UNSET)

        endofbundle: int | None | str | Unset = d.pop("endofbundle", UNSET)

        ledger_entry = cls(
            acctcode=acctcode,
            currency=currency,
            secondkey=secondkey,
            key=key,
            cashbalance=cashbalance,
            settledcash=settledcash,
            netliquidationvalue=netliquidationvalue,
            stockmarketvalue=stockmarketvalue,
            stockoptionmarketvalue=stockoptionmarketvalue,
            futuremarketvalue=futuremarketvalue,
            futureoptionmarketvalue=futureoptionmarketvalue,
            corporatebondsmarketvalue=corporatebondsmarketvalue,
            tbondsmarketvalue=tbondsmarketvalue,
            tbillsmarketvalue=tbillsmarketvalue,
            warrantsmarketvalue=warrantsmarketvalue,
            issueroptionsmarketvalue=issueroptionsmarketvalue,
            commoditymarketvalue=commoditymarketvalue,
            cryptocurrencyvalue=cryptocurrencyvalue,
            moneyfunds=moneyfunds,
            funds=funds,
            interest=interest,
            dividends=dividends,
            exchangerate=exchangerate,
            realizedpnl=realizedpnl,
            unrealizedpnl=unrealizedpnl,
            futuresonlypnl=futuresonlypnl,
            cashbalancefxsegment=cashbalancefxsegment,
            timestamp=timestamp,
            sessionid=sessionid,
            severity=severity,
            endofbundle=endofbundle,
        )

        ledger_entry.additional_properties = d
        return ledger_entry

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
