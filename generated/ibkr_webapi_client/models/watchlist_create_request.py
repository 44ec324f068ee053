# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.watchlist_create_request_watchlist_row import WatchlistCreateRequestWatchlistRow


T = TypeVar("T", bound="WatchlistCreateRequest")


@_attrs_define
class WatchlistCreateRequest:
    """
    Attributes:
        id (str): Id to give the new watchlist.
        name (str):
        rows (list[WatchlistCreateRequestWatchlistRow]):
    """

    id: str
    name: str
    rows: list[WatchlistCreateRequestWatchlistRow]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "rows": rows,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watchlist_create_request_watchlist_row import WatchlistCreateRequestWatchlistRow  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = WatchlistCreateRequestWatchlistRow.from_dict(rows_item_data)

            rows.append(rows_item)

        watchlist_create_request = cls(
            id=id,
            name=name,
            rows=rows,
        )

        watchlist_create_request.additional_properties = d
        return watchlist_create_request

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
