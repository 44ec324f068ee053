# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.what_if_amount import WhatIfAmount
    from ..models.what_if_change import WhatIfChange


T = TypeVar("T", bound="WhatIfResponse")


@_attrs_define
class WhatIfResponse:
    """Commission and margin impact of an order, without placing it.

    Attributes:
        amount (WhatIfAmount | Unset):
        equity (WhatIfChange | Unset):
        initial (WhatIfChange | Unset):
        maintenance (WhatIfChange | Unset):
        position (WhatIfChange | Unset):
        warn (None | str | Unset):
        error (None | str | Unset):
    """

    amount: WhatIfAmount | Unset = UNSET
    equity: WhatIfChange | Unset = UNSET
    initial: WhatIfChange | Unset = UNSET
    maintenance: WhatIfChange | Unset = UNSET
    position: WhatIfChange | Unset = UNSET
    warn: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount: dict[str, Any] | Unset = UNSET
        if not isinstance(self.amount, Unset):
            amount = self.amount.to_dict()

        equity: dict[str, Any] | Unset = UNSET
        if not isinstance(self.equity, Unset):
            equity = self.equity.to_dict()

        initial: dict[str, Any] | Unset = UNSET
        if not isinstance(self.initial, Unset):
            initial = self.initial.to_dict()

        maintenance: dict[str, Any] | Unset = UNSET
        if not isinstance(self.maintenance, Unset):
            maintenance = self.maintenance.to_dict()

        position: dict[str, Any] | Unset = UNSET
        if not isinstance(self.position, Unset):
            position = self.position.to_dict()

        warn: None | str | Unset
        if isinstance(self.warn, Unset):
            warn = UNSET
        else:
            warn = self.warn

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if equity is not UNSET:
            field_dict["equity"] = equity
        if initial is not UNSET:
            field_dict["initial"] = initial
        if maintenance is not UNSET:
            field_dict["maintenance"] = maintenance
        if position is not UNSET:
            field_dict["position"] = position
        if warn is not UNSET:
            field_dict["warn"] = warn
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.what_if_amount import WhatIfAmount  # noqa: PLC0415
        from ..models.what_if_change import WhatIfChange  # noqa: PLC0415

        d = dict(src_dict)
        _amount = d.pop("amount", UNSET)
        amount: WhatIfAmount | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = WhatIfAmount.from_dict(_amount)

        _equity = d.pop("equity", UNSET)
        equity: WhatIfChange | Unset
        if isinstance(_equity, Unset):
            equity = UNSET
        else:
            equity = WhatIfChange.from_dict(_equity)

        _initial = d.pop("initial", UNSET)
        initial: WhatIfChange | Unset
        if isinstance(_initial, Unset):
            initial = UNSET
        else:
            initial = WhatIfChange.from_dict(_initial)

        _maintenance = d.pop("maintenance", UNSET)
        maintenance: WhatIfChange | Unset
        if isinstance(_maintenance, Unset):
            maintenance = UNSET
        else:
            maintenance = WhatIfChange.from_dict(_maintenance)

        _position = d.pop("position", UNSET)
        position: WhatIfChange | Unset
        if isinstance(_position, Unset):
            position = UNSET
        else:
            position = WhatIfChange.from_dict(_position)

        warn: None | str | Unset = d.pop("warn", UNSET)

        error: None | str | Unset = d.pop("error", UNSET)

        what_if_response = cls(
            amount=amount,
            equity=equity,
            initial=initial,
            maintenance=maintenance,
            position=position,
            warn=warn,
            error=error,
        )

        what_if_response.additional_properties = d
        return what_if_response

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
