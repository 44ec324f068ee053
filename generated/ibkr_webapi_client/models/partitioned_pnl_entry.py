# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PartitionedPnlEntry")


@_attrs_define
class PartitionedPnlEntry:
    """
    Attributes:
        row_type (int | None | str | Unset):
        dpl (float | None | str | Unset):
        nl (float | None | str | Unset):
        upl (float | None | str | Unset):
        uel (float | None | str | Unset):
        el (float | None | str | Unset):
        mv (float | None | str | Unset):
    """

    row_type: int | None | str | Unset = UNSET
    dpl: float | None | str | Unset = UNSET
    nl: float | None | str | Unset = UNSET
    upl: float | None | str | Unset = UNSET
    uel: float | None | str | Unset = UNSET
    el: float | None | str | Unset = UNSET
    mv: float | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_type: int | None | str | Unset
        if isinstance(self.row_type, Unset):
            row_type = UNSET
        else:
            row_type = self.row_type

        dpl: float | None | str | Unset
        if isinstance(self.dpl, Unset):
            dpl = UNSET
        else:
            dpl = self.dpl

        nl: float | None | str | Unset
        if isinstance(self.nl, Unset):
            nl = UNSET
        else:
            nl = self.nl

        upl: float | None | str | Unset
        if isinstance(self.upl, Unset):
            upl = UNSET
        else:
            upl = self.upl

        uel: float | None | str | Unset
        if isinstance(self.uel, Unset):
            uel = UNSET
        else:
            uel = self.uel

        el: float | None | str | Unset
        if isinstance(self.el, Unset):
            el = UNSET
        else:
            el = self.el

        mv: float | None | str | Unset
        if isinstance(self.mv, Unset):
            mv = UNSET
        else:
            mv = self.mv

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_type is not UNSET:
            field_dict["rowType"] = row_type
        if dpl is not UNSET:
            field_dict["dpl"] = dpl
        if nl is not UNSET:
            field_dict["nl"] = nl
        if upl is not UNSET:
            field_dict["upl"] = upl
        if uel is not UNSET:
            field_dict["uel"] = uel
        if el is not UNSET:
            field_dict["el"] = el
        if mv is not UNSET:
            field_dict["mv"] = mv

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row_type: int | None | str | Unset = d.pop("rowType", UNSET)

        dpl: float | None | str | Unset = d.pop("dpl", UNSET)

        nl: float | None | str | Unset = d.pop("nl", UNSET)

        upl: float | None | str | Unset = d.pop("upl", UNSET)

        uel: float | None | str | Unset = d.pop("uel", UNSET)

        el: float | None | str | Unset = d.pop("el", UNSET)

        mv: float | None | str | Unset = d.pop("mv", UNSET)

        partitioned_pnl_entry = cls(
            row_type=row_type,
            dpl=dpl,
            nl=nl,
            upl=upl,
            uel=uel,
            el=el,
            mv=mv,
        )

        partitioned_pnl_entry.additional_properties = d
        return partitioned_pnl_entry

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
