# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.portfolio_account import PortfolioAccount
    from ..models.subaccounts_page_metadata_type_0 import SubaccountsPageMetadataType0


T = TypeVar("T", bound="SubaccountsPage")


@_attrs_define
class SubaccountsPage:
    """A page of sub-accounts of a large (tiered) account structure.

    Attributes:
        subaccounts (list[PortfolioAccount]):
        metadata (None | SubaccountsPageMetadataType0 | Unset):
    """

    subaccounts: list[PortfolioAccount]
    metadata: None | SubaccountsPageMetadataType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.subaccounts_page_metadata_type_0 import SubaccountsPageMetadataType0  # noqa: PLC0415

        subaccounts = []
        for subaccounts_item_data in self.subaccounts:
            subaccounts_item = subaccounts_item_data.to_dict()
            subaccounts.append(subaccounts_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, SubaccountsPageMetadataType0):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "subaccounts": subaccounts,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.portfolio_account import PortfolioAccount  # noqa: PLC0415
        from ..models.subaccounts_page_metadata_type_0 import SubaccountsPageMetadataType0  # noqa: PLC0415

        d = dict(src_dict)
        subaccounts = []
        _subaccounts = d.pop("subaccounts")
        for subaccounts_item_data in _subaccounts:
            subaccounts_item = PortfolioAccount.from_dict(subaccounts_item_data)

            subaccounts.append(subaccounts_item)

        def _parse_metadata(data: object) -> None | SubaccountsPageMetadataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = SubaccountsPageMetadataType0.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SubaccountsPageMetadataType0 | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        subaccounts_page = cls(
            subaccounts=subaccounts,
            metadata=metadata,
        )

        subaccounts_page.additional_properties = d
        return subaccounts_page

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
