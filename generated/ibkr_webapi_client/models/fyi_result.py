# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fyi_result_p_type_0 import FyiResultPType0


T = TypeVar("T", bound="FyiResult")


@_attrs_define
class FyiResult:
    """Generic FYI acknowledgement (V = version/ok flag, T = elapsed ms).

    Attributes:
        v (int | None | str | Unset):
        t (int | None | str | Unset):
        p (FyiResultPType0 | None | Unset):
    """

    v: int | None | str | Unset = UNSET
    t: int | None | str | Unset = UNSET
    p: FyiResultPType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.fyi_result_p_type_0 import FyiResultPType0  # noqa: PLC0415

        v: int | None | str | Unset
        if isinstance(self.v, Unset):
            v = UNSET
        else:
            v = self.v

        t: int | None | str | Unset
        if isinstance(self.t, Unset):
            t = UNSET
        else:
            t = self.t

        p: dict[str, Any] | None | Unset
        if isinstance(self.p, Unset):
            p = UNSET
        elif isinstance(self.p, FyiResultPType0):
            p = self.p.to_dict()
        else:
            p = self.p

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if v is not UNSET:
            field_dict["V"] = v
        if t is not UNSET:
            field_dict["T"] = t
        if p is not UNSET:
            field_dict["P"] = p

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fyi_result_p_type_0 import FyiResultPType0  # noqa: PLC0415

        d = dict(src_dict)
        v: int | None | str | Unset = d.pop("V", UNSET)

        t: int | None | str | Unset = d.pop("T", UNSET)

        def _parse_p(data: object) -> FyiResultPType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                p_type_0 = FyiResultPType0.from_dict(data)

                return p_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FyiResultPType0 | None | Unset, data)

        p = _parse_p(d.pop("P", UNSET))

        fyi_result = cls(
            v=v,
            t=t,
            p=p,
        )

        fyi_result.additional_properties = d
        return fyi_result

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
