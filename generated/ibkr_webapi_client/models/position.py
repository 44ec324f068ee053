# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Position")


@_attrs_define
class Position:
    """One position. Numbers may arrive as strings for some contracts.

    Attributes:
        acct_id (None | str | Unset):
        conid (int | None | str | Unset):
        contract_desc (None | str | Unset):
        position (float | None | str | Unset):
        mkt_price (float | None | str | Unset):
        mkt_value (float | None | str | Unset):
        currency (None | str | Unset):
        avg_cost (float | None | str | Unset):
        avg_price (float | None | str | Unset):
        realized_pnl (float | None | str | Unset):
        unrealized_pnl (float | None | str | Unset):
        asset_class (None | str | Unset):
        expiry (None | str | Unset):
        put_or_call (None | str | Unset):
        multiplier (float | None | str | Unset):
        strike (float | None | str | Unset):
        exercise_style (None | str | Unset):
        und_conid (int | None | str | Unset):
        model (None | str | Unset):
        ticker (None | str | Unset):
        name (None | str | Unset):
        full_name (None | str | Unset):
        listing_exchange (None | str | Unset):
        country_code (None | str | Unset):
        type_ (None | str | Unset):
        has_options (bool | None | Unset):
        is_us (bool | None | Unset):
        is_event_contract (bool | None | Unset):
        sector (None | str | Unset):
        sector_group (None | str | Unset):
        group (None | str | Unset):
        last_trading_day (None | str | Unset):
        page_size (int | None | str | Unset):
        time (int | None | str | Unset):
        exchs (Any | Unset):
        con_exch_map (list[Any] | None | Unset):
    """

    acct_id: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    contract_desc: None | str | Unset = UNSET
    position: float | None | str | Unset = UNSET
    mkt_price: float | None | str | Unset = UNSET
    mkt_value: float | None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    avg_cost: float | None | str | Unset = UNSET
    avg_price: float | None | str | Unset = UNSET
    realized_pnl: float | None | str | Unset = UNSET
    unrealized_pnl: float | None | str | Unset = UNSET
    asset_class: None | str | Unset = UNSET
    expiry: None | str | Unset = UNSET
    put_or_call: None | str | Unset = UNSET
    multiplier: float | None | str | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    exercise_style: None | str | Unset = UNSET
    und_conid: int | None | str | Unset = UNSET
    model: None | str | Unset = UNSET
    ticker: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    full_name: None | str | Unset = UNSET
    listing_exchange: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    has_options: bool | None | Unset = UNSET
    is_us: bool | None | Unset = UNSET
    is_event_contract: bool | None | Unset = UNSET
    sector: None | str | Unset = UNSET
    sector_group: None | str | Unset = UNSET
    group: None | str | Unset = UNSET
    last_trading_day: None | str | Unset = UNSET
    page_size: int | None | str | Unset = UNSET
    time: int | None | str | Unset = UNSET
    exchs: Any | Unset = UNSET
    con_exch_map: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acct_id: None | str | Unset
        if isinstance(self.acct_id, Unset):
            acct_id = UNSET
        else:
            acct_id = self.acct_id

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        contract_desc: None | str | Unset
        if isinstance(self.contract_desc, Unset):
            contract_desc = UNSET
        else:
            contract_desc = self.contract_desc

        position: float | None | str | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        mkt_price: float | None | str | Unset
        if isinstance(self.mkt_price, Unset):
            mkt_price = UNSET
        else:
            mkt_price = self.mkt_price

        mkt_value: float | None | str | Unset
        if isinstance(self.mkt_value, Unset):
            mkt_value = UNSET
        else:
            mkt_value = self.mkt_value

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        avg_cost: float | None | str | Unset
        if isinstance(self.avg_cost, Unset):
            avg_cost = UNSET
        else:
            avg_cost = self.avg_cost

        avg_price: float | None | str | Unset
        if isinstance(self.avg_price, Unset):
            avg_price = UNSET
        else:
            avg_price = self.avg_price

        realized_pnl: float | None | str | Unset
        if isinstance(self.realized_pnl, Unset):
            realized_pnl = UNSET
        else:
            realized_pnl = self.realized_pnl

        unrealized_pnl: float | None | str | Unset
        if isinstance(self.unrealized_pnl, Unset):
            unrealized_pnl = UNSET
        else:
            unrealized_pnl = self.unrealized_pnl

        asset_class: None | str | Unset
        if isinstance(self.asset_class, Unset):
            asset_class = UNSET
        else:
            asset_class = self.asset_class

        expiry: None | str | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        put_or_call: None | str | Unset
        if isinstance(self.put_or_call, Unset):
            put_or_call = UNSET
        else:
            put_or_call = self.put_or_call

        multiplier: float | None | str | Unset
        if isinstance(self.multiplier, Unset):
            multiplier = UNSET
        else:
            multiplier = self.multiplier

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        exercise_style: None | str | Unset
        if isinstance(self.exercise_style, Unset):
            exercise_style = UNSET
        else:
            exercise_style = self.exercise_style

        und_conid: int | None | str | Unset
        if isinstance(self.und_conid, Unset):
            und_conid = UNSET
        else:
            und_conid = self.und_conid

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        ticker: None | str | Unset
        if isinstance(self.ticker, Unset):
            ticker = UNSET
        else:
            ticker = self.ticker

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

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

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

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        last_trading_day: None | str | Unset
        if isinstance(self.last_trading_day, Unset):
            last_trading_day = UNSET
        else:
            last_trading_day = self.last_trading_day

        page_size: int | None | str | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        time: int | None | str | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        exchs = self.exchs

        con_exch_map: list[Any] | None | Unset
        if isinstance(self.con_exch_map, Unset):
            con_exch_map = UNSET
        elif isinstance(self.con_exch_map, list):
            con_exch_map = self.con_exch_map

        else:
            con_exch_map = self.con_exch_map

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acct_id is not UNSET:
            field_dict["acctId"] = acct_id
        if conid is not UNSET:
            field_dict["conid"] = conid
        if contract_desc is not UNSET:
            field_dict["contractDesc"] = contract_desc
        if position is not UNSET:
            field_dict["position"] = position
        if mkt_price is not UNSET:
            field_dict["mktPrice"] = mkt_price
        if mkt_value is not UNSET:
            field_dict["mktValue"] = mkt_value
        if currency is not UNSET:
            field_dict["currency"] = currency
        if avg_cost is not UNSET:
            field_dict["avgCost"] = avg_cost
        if avg_price is not UNSET:
            field_dict["avgPrice"] = avg_price
        if realized_pnl is not UNSET:
            field_dict["realizedPnl"] = realized_pnl
        if unrealized_pnl is not UNSET:
            field_dict["unrealizedPnl"] = unrealized_pnl
        if asset_class is not UNSET:
            field_dict["assetClass"] = asset_class
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if put_or_call is not UNSET:
            field_dict["putOrCall"] = put_or_call
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if strike is not UNSET:
            field_dict["strike"] = strike
        if exercise_style is not UNSET:
            field_dict["exerciseStyle"] = exercise_style
        if und_conid is not UNSET:
            field_dict["undConid"] = und_conid
        if model is not UNSET:
            field_dict["model"] = model
        if ticker is not UNSET:
            field_dict["ticker"] = ticker
        if name is not UNSET:
            field_dict["name"] = name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if listing_exchange is not UNSET:
            field_dict["listingExchange"] = listing_exchange
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if has_options is not UNSET:
            field_dict["hasOptions"] = has_options
        if is_us is not UNSET:
            field_dict["isUS"] = is_us
        if is_event_contract is not UNSET:
            field_dict["isEventContract"] = is_event_contract
        if sector is not UNSET:
            field_dict["sector"] = sector
        if sector_group is not UNSET:
            field_dict["sectorGroup"] = sector_group
        if group is not UNSET:
            field_dict["group"] = group
        if last_trading_day is not UNSET:
            field_dict["lastTradingDay"] = last_trading_day
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if time is not UNSET:
            field_dict["time"] = time
        if exchs is not UNSET:
            field_dict["exchs"] = exchs
        if con_exch_map is not UNSET:
            field_dict["conExchMap"] = con_exch_map

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acct_id: None | str | Unset = d.pop("acctId", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        contract_desc: None | str | Unset = d.pop("contractDesc", UNSET)

        position: float | None | str | Unset = d.pop("position", UNSET)

        mkt_price: float | None | str | Unset = d.pop("mktPrice", UNSET)

        mkt_value: float | None | str | Unset = d.pop("mktValue", UNSET)

        currency: None | str | Unset = d.pop("currency", UNSET)

        avg_cost: float | None | str | Unset = d.pop("avgCost", UNSET)

        avg_price: float | None | str | Unset = d.pop("avgPrice", UNSET)

        realized_pnl: float | None | str | Unset = d.pop("realizedPnl", UNSET)

        unrealized_pnl: float | None | str | Unset = d.pop("unrealizedPnl", UNSET)

        asset_class: None | str | Unset = d.pop("assetClass", UNSET)

        expiry: None | str | Unset = d.pop("expiry", UNSET)

        put_or_call: None | str | Unset = d.pop("putOrCall", UNSET)

        multiplier: float | None | str | Unset = d.pop("multiplier", UNSET)

        strike: float | None | str | Unset = d.pop("strike", UNSET)

        exercise_style: None | str | Unset = d.pop("exerciseStyle", UNSET)

        und_conid: int | None | str | Unset = d.pop("undConid", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        ticker: None | str | Unset = d.pop("ticker", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        full_name: None | str | Unset = d.pop("fullName", UNSET)

        listing_exchange: None | str | Unset = d.pop("listingExchange", UNSET)

        country_code: None | str | Unset = d.pop("countryCode", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        has_options: bool | None | Unset = d.pop("hasOptions", UNSET)

        is_us: bool | None | Unset = d.pop("isUS", UNSET)

        is_event_contract: bool | None | Unset = d.pop("isEventContract", UNSET)

        sector: None | str | Unset = d.pop("sector", UNSET)

        sector_group: None | str | Unset = d.pop("sectorGroup", UNSET)

        group: None | str | Unset = d.pop("group", UNSET)

        last_trading_day: None | str | Unset = d.pop("lastTradingDay", UNSET)

        page_size: int | None | str | Unset = d.pop("pageSize", UNSET)

        time: int | None | str | Unset = d.pop("time", UNSET)

        exchs = d.pop("exchs", UNSET)

        def _parse_con_exch_map(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                con_exch_map_type_0 = cast(list[Any], data)

                return con_exch_map_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        con_exch_map = _parse_con_exch_map(d.pop("conExchMap", UNSET))

        position = cls(
            acct_id=acct_id,
            conid=conid,
            contract_desc=contract_desc,
            position=position,
            mkt_price=mkt_price,
            mkt_value=mkt_value,
            currency=currency,
            avg_cost=avg_cost,
            avg_price=avg_price,
            realized_pnl=realized_pnl,
            unrealized_pnl=unrealized_pnl,
            asset_class=asset_class,
            expiry=expiry,
            put_or_call=put_or_call,
            multiplier=multiplier,
            strike=strike,
            exercise_style=exercise_style,
            und_conid=und_conid,
            model=model,
            ticker=ticker,
            name=name,
            full_name=full_name,
            listing_exchange=listing_exchange,
            country_code=country_code,
            type_=type_,
            has_options=has_options,
            is_us=is_us,
            is_event_contract=is_event_contract,
            sector=sector,
            sector_group=sector_group,
            group=group,
            last_trading_day=last_trading_day,
            page_size=page_size,
            time=time,
            exchs=exchs,
            con_exch_map=con_exch_map,
        )

        position.additional_properties = d
        return position

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
