# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watchlist_delete_response_data_type_0 import WatchlistDeleteResponseDataType0


T = TypeVar("T", bound="WatchlistDeleteResponse")


@_attrs_define
class WatchlistDeleteResponse:
    """
    Attributes:
        action (None | str | Unset):
        mid (None | str | Unset):
        data (None | Unset | WatchlistDeleteResponseDataType0):
    """

    action: None | str | Unset = UNSET
    mid: None | str | Unset = UNSET
    data: None | Unset | WatchlistDeleteResponseDataType0 = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watchlist_delete_response_data_type_0 import WatchlistDeleteResponseDataType0  # noqa: PLC0415

        action: None | str | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        else:
            action = self.action

        mid: None | str | Unset
        if isinstance(self.mid, Unset):
            mid = UNSET
        else:
            mid = self.mid

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, WatchlistDeleteResponseDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if mid is not UNSET:
            field_dict["MID"] = mid
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_delete_response_data_type_0 import WatchlistDeleteResponseDataType0  # noqa: PLC0415

        d = dict(src_dict)
        action: None | str | Unset = d.pop("action", UNSET)

        mid: None | str | Unset = d.pop("MID", UNSET)

        def _parse_data(data: object) -> None | Unset | WatchlistDeleteResponseDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = WatchlistDeleteResponseDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatchlistDeleteResponseDataType0, data)

        data = _parse_data(d.pop("data", UNSET))

        watchlist_delete_response = cls(
            action=action,
            mid=mid,
            data=data,
        )

        watchlist_delete_response.additional_properties = d
        return watchlist_delete_response

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
