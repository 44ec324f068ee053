# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HistoryBar")


@_attrs_define
class HistoryBar:
    """
    Attributes:
        o (float | None | Unset): Open.
        c (float | None | Unset): Close.
        h (float | None | Unset): High.
        l (float | None | Unset): Low.
        v (float | None | Unset): Volume.
        t (int | None | Unset): Bar start, epoch ms.
    """

    o: float | None | Unset = UNSET
    c: float | None | Unset = UNSET
    h: float | None | Unset = UNSET
    l: float | None | Unset = UNSET
    v: float | None | Unset = UNSET
    t: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        o: float | None | Unset
        if isinstance(self.o, Unset):
            o = UNSET
        else:
            o = self.o

        c: float | None | Unset
        if isinstance(self.c, Unset):
            c = UNSET
        else:
            c = self.c

        h: float | None | Unset
        if isinstance(self.h, Unset):
            h = UNSET
        else:
            h = self.h

        l: float | None | Unset
        if isinstance(self.l, Unset):
            l = UNSET
        else:
            l = self.l

        v: float | None | Unset
        if isinstance(self.v, Unset):
            v = UNSET
        else:
            v = self.v

        t: int | None | Unset
        if isinstance(self.t, Unset):
            t = UNSET
        else:
            t = self.t

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if o is not UNSET:
            field_dict["o"] = o
        if c is not UNSET:
            field_dict["c"] = c
        if h is not UNSET:
            field_dict["h"] = h
        if l is not UNSET:
            field_dict["l"] = l
        if v is not UNSET:
            field_dict["v"] = v
        if t is not UNSET:
            field_dict["t"] = t

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        o: float | None | Unset = d.pop("o", UNSET)

        c: float | None | Unset = d.pop("c", UNSET)

        h: float | None | Unset = d.pop("h", UNSET)

        l: float | None | Unset = d.pop("l", UNSET)

        v: float | None | Unset = d.pop("v", UNSET)

        t: int | None | Unset = d.pop("t", UNSET)

        history_bar = cls(
            o=o,
            c=c,
            h=h,
            l=l,
            v=v,
            t=t,
        )

        history_bar.additional_properties = d
        return history_bar

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
