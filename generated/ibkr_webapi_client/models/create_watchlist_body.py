# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_watchlist_body_rows_item import CreateWatchlistBodyRowsItem


T = TypeVar("T", bound="CreateWatchlistBody")


@_attrs_define
class CreateWatchlistBody:
    """
    Attributes:
        id (str):
        name (str):
        rows (list[CreateWatchlistBodyRowsItem]):
    """

    id: str
    name: str
    rows: list[CreateWatchlistBodyRowsItem]
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
        from ..models.create_watchlist_body_rows_item import CreateWatchlistBodyRowsItem  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = CreateWatchlistBodyRowsItem.from_dict(rows_item_data)

            rows.append(rows_item)

        create_watchlist_body = cls(
            id=id,
            name=name,
            rows=rows,
        )

        create_watchlist_body.additional_properties = d
        return create_watchlist_body

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
