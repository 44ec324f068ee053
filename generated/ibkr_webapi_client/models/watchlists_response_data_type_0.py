# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watchlist_summary import WatchlistSummary


T = TypeVar("T", bound="WatchlistsResponseDataType0")


@_attrs_define
class WatchlistsResponseDataType0:
    """
    Attributes:
        scanners_only (bool | None | Unset):
        show_scanners (bool | None | Unset):
        bulk_delete (bool | None | Unset):
        user_lists (list[WatchlistSummary] | None | Unset):
    """

    scanners_only: bool | None | Unset = UNSET
    show_scanners: bool | None | Unset = UNSET
    bulk_delete: bool | None | Unset = UNSET
    user_lists: list[WatchlistSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scanners_only: bool | None | Unset
        if isinstance(self.scanners_only, Unset):
            scanners_only = UNSET
        else:
            scanners_only = self.scanners_only

        show_scanners: bool | None | Unset
        if isinstance(self.show_scanners, Unset):
            show_scanners = UNSET
        else:
            show_scanners = self.show_scanners

        bulk_delete: bool | None | Unset
        if isinstance(self.bulk_delete, Unset):
            bulk_delete = UNSET
        else:
            bulk_delete = self.bulk_delete

        user_lists: list[dict[str, Any]] | None | Unset
        if isinstance(self.user_lists, Unset):
            user_lists = UNSET
        elif isinstance(self.user_lists, list):
            user_lists = []
            for user_lists_type_0_item_data in self.user_lists:
                user_lists_type_0_item = user_lists_type_0_item_data.to_dict()
                user_lists.append(user_lists_type_0_item)

        else:
            user_lists = self.user_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scanners_only is not UNSET:
            field_dict["scanners_only"] = scanners_only
        if show_scanners is not UNSET:
            field_dict["show_scanners"] = show_scanners
        if bulk_delete is not UNSET:
            field_dict["bulk_delete"] = bulk_delete
        if user_lists is not UNSET:
            field_dict["user_lists"] = user_lists

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_summary import WatchlistSummary  # noqa: PLC0415

        d = dict(src_dict)
        scanners_only: bool | None | Unset = d.pop("scanners_only", UNSET)

        show_scanners: bool | None | Unset = d.pop("show_scanners", UNSET)

        bulk_delete: bool | None | Unset = d.pop("bulk_delete", UNSET)

        def _parse_user_lists(data: object) -> list[WatchlistSummary] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                user_lists_type_0 = []
                _user_lists_type_0 = data
                for user_lists_type_0_item_data in _user_lists_type_0:
                    user_lists_type_0_item = WatchlistSummary.from_dict(user_lists_type_0_item_data)

                    user_lists_type_0.append(user_lists_type_0_item)

                return user_lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WatchlistSummary] | None | Unset, data)

        user_lists = _parse_user_lists(d.pop("user_lists", UNSET))

        watchlists_response_data_type_0 = cls(
            scanners_only=scanners_only,
            show_scanners=show_scanners,
            bulk_delete=bulk_delete,
            user_lists=user_lists,
        )

        watchlists_response_data_type_0.additional_properties = d
        return watchlists_response_data_type_0

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
