# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ForecastMarketForecastContract")


@_attrs_define
class ForecastMarketForecastContract:
    """
    Attributes:
        conid (int | None | str | Unset):
        side (None | str | Unset):
        expiration (None | str | Unset):
        strike (float | None | str | Unset):
        strike_label (None | str | Unset):
        expiry_label (None | str | Unset):
        underlying_conid (int | None | str | Unset):
        time_specifier (None | str | Unset):
    """

    conid: int | None | str | Unset = UNSET
    side: None | str | Unset = UNSET
    expiration: None | str | Unset = UNSET
    strike: float | None | str | Unset = UNSET
    strike_label: None | str | Unset = UNSET
    expiry_label: None | str | Unset = UNSET
    underlying_conid: int | None | str | Unset = UNSET
    time_specifier: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        side: None | str | Unset
        if isinstance(self.side, Unset):
            side = UNSET
        else:
            side = self.side

        expiration: None | str | Unset
        if isinstance(self.expiration, Unset):
            expiration = UNSET
        else:
            expiration = self.expiration

        strike: float | None | str | Unset
        if isinstance(self.strike, Unset):
            strike = UNSET
        else:
            strike = self.strike

        strike_label: None | str | Unset
        if isinstance(self.strike_label, Unset):
            strike_label = UNSET
        else:
            strike_label = self.strike_label

        expiry_label: None | str | Unset
        if isinstance(self.expiry_label, Unset):
            expiry_label = UNSET
        else:
            expiry_label = self.expiry_label

        underlying_conid: int | None | str | Unset
        if isinstance(self.underlying_conid, Unset):
            underlying_conid = UNSET
        else:
            underlying_conid = self.underlying_conid

        time_specifier: None | str | Unset
        if isinstance(self.time_specifier, Unset):
            time_specifier = UNSET
        else:
            time_specifier = self.time_specifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conid is not UNSET:
            field_dict["conid"] = conid
        if side is not UNSET:
            field_dict["side"] = side
        if expiration is not UNSET:
            field_dict["expiration"] = expiration
        if strike is not UNSET:
            field_dict["strike"] = strike
        if strike_label is not UNSET:
            field_dict["strike_label"] = strike_label
        if expiry_label is not UNSET:
            field_dict["expiry_label"] = expiry_label
        if underlying_conid is not UNSET:
            field_dict["underlying_conid"] = underlying_conid
        if time_specifier is not UNSET:
            field_dict["time_specifier"] = time_specifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conid: int | None | str | Unset = d.pop("conid", UNSET)

        side: None | str | Unset = d.pop("side", UNSET)

        expiration: None | str | Unset = d.pop("expiration", UNSET)

        strike: float | None | str | Unset = d.pop("strike", UNSET)

        strike_label: None | str | Unset = d.pop("strike_label", UNSET)

        expiry_label: None | str | Unset = d.pop("expiry_label", UNSET)

        underlying_conid: int | None | str | Unset = d.pop("underlying_conid", UNSET)

        time_specifier: None | str | Unset = d.pop("time_specifier", UNSET)

        forecast_market_forecast_contract = cls(
            conid=conid,
            side=side,
            expiration=expiration,
            strike=strike,
            strike_label=strike_label,
            expiry_label=expiry_label,
            underlying_conid=underlying_conid,
            time_specifier=time_specifier,
        )

        forecast_market_forecast_contract.additional_properties = d
        return forecast_market_forecast_contract

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
