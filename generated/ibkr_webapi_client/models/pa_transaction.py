# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaTransaction")


@_attrs_define
class PaTransaction:
    """
    Attributes:
        acctid (None | str | Unset):
        conid (int | None | str | Unset):
        cur (None | str | Unset):
        date (None | str | Unset):
        raw_date (None | str | Unset):
        desc (None | str | Unset):
        type_ (None | str | Unset):
        qty (float | None | str | Unset):
        pr (float | None | str | Unset):
        amt (float | None | str | Unset):
        fx_rate (float | None | str | Unset):
    """

    acctid: None | str | Unset = UNSET
    conid: int | None | str | Unset = UNSET
    cur: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    raw_date: None | str | Unset = UNSET
    desc: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    qty: float | None | str | Unset = UNSET
    pr: float | None | str | Unset = UNSET
    amt: float | None | str | Unset = UNSET
    fx_rate: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        acctid: None | str | Unset
        if isinstance(self.acctid, Unset):
            acctid = UNSET
        else:
            acctid = self.acctid

        conid: int | None | str | Unset
        if isinstance(self.conid, Unset):
            conid = UNSET
        else:
            conid = self.conid

        cur: None | str | Unset
        if isinstance(self.cur, Unset):
            cur = UNSET
        else:
            cur = self.cur

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        raw_date: None | str | Unset
        if isinstance(self.raw_date, Unset):
            raw_date = UNSET
        else:
            raw_date = self.raw_date

        desc: None | str | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        else:
            desc = self.desc

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        qty: float | None | str | Unset
        if isinstance(self.qty, Unset):
            qty = UNSET
        else:
            qty = self.qty

        pr: float | None | str | Unset
        if isinstance(self.pr, Unset):
            pr = UNSET
        else:
            pr = self.pr

        amt: float | None | str | Unset
        if isinstance(self.amt, Unset):
            amt = UNSET
        else:
            amt = self.amt

        fx_rate: float | None | str | Unset
        if isinstance(self.fx_rate, Unset):
            fx_rate = UNSET
        else:
            fx_rate = self.fx_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if acctid is not UNSET:
            field_dict["acctid"] = acctid
        if conid is not UNSET:
            field_dict["conid"] = conid
        if cur is not UNSET:
            field_dict["cur"] = cur
        if date is not UNSET:
            field_dict["date"] = date
        if raw_date is not UNSET:
            field_dict["rawDate"] = raw_date
        if desc is not UNSET:
            field_dict["desc"] = desc
        if type_ is not UNSET:
            field_dict["type"] = type_
        if qty is not UNSET:
            field_dict["qty"] = qty
        if pr is not UNSET:
            field_dict["pr"] = pr
        if amt is not UNSET:
            field_dict["amt"] = amt
        if fx_rate is not UNSET:
            field_dict["fxRate"] = fx_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        acctid: None | str | Unset = d.pop("acctid", UNSET)

        conid: int | None | str | Unset = d.pop("conid", UNSET)

        cur: None | str | Unset = d.pop("cur", UNSET)

        date: None | str | Unset = d.pop("date", UNSET)

        raw_date: None | str | Unset = d.pop("rawDate", UNSET)

        desc: None | str | Unset = d.pop("desc", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        qty: float | None | str | Unset = d.pop("qty", UNSET)

        pr: float | None | str | Unset = d.pop("pr", UNSET)

        amt: float | None | str | Unset = d.pop("amt", UNSET)

        fx_rate: float | None | str | Unset = d.pop("fxRate", UNSET)

        pa_transaction = cls(
            acctid=acctid,
            conid=conid,
            cur=cur,
            date=date,
            raw_date=raw_date,
            desc=desc,
            type_=type_,
            qty=qty,
            pr=pr,
            amt=amt,
            fx_rate=fx_rate,
        )

        pa_transaction.additional_properties = d
        return pa_transaction

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
