# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.algo import Algo


T = TypeVar("T", bound="ContractAlgos")


@_attrs_define
class ContractAlgos:
    """
    Attributes:
        algos (list[Algo] | None | Unset):
    """

    algos: list[Algo] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        algos: list[dict[str, Any]] | None | Unset
        if isinstance(self.algos, Unset):
            algos = UNSET
        elif isinstance(self.algos, list):
            algos = []
            for algos_type_0_item_data in self.algos:
                algos_type_0_item = algos_type_0_item_data.to_dict()
                algos.append(algos_type_0_item)

        else:
            algos = self.algos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if algos is not UNSET:
            field_dict["algos"] = algos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.algo import Algo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_algos(data: object) -> list[Algo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                algos_type_0 = []
                _algos_type_0 = data
                for algos_type_0_item_data in _algos_type_0:
                    algos_type_0_item = Algo.from_dict(algos_type_0_item_data)

                    algos_type_0.append(algos_type_0_item)

                return algos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Algo] | None | Unset, data)

        algos = _parse_algos(d.pop("algos", UNSET))

        contract_algos = cls(
            algos=algos,
        )

        contract_algos.additional_properties = d
        return contract_algos

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
