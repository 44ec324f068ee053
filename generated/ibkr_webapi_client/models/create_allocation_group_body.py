# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.create_allocation_group_body_accounts_item import CreateAllocationGroupBodyAccountsItem
    from ..models.create_allocation_group_body_default_method import CreateAllocationGroupBodyDefaultMethod


T = TypeVar("T", bound="CreateAllocationGroupBody")


@_attrs_define
class CreateAllocationGroupBody:
    """
    Attributes:
        accounts (list[CreateAllocationGroupBodyAccountsItem]):
        default_method (CreateAllocationGroupBodyDefaultMethod):
        name (str):
    """

    accounts: list[CreateAllocationGroupBodyAccountsItem]
    default_method: CreateAllocationGroupBodyDefaultMethod
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        default_method = self.default_method.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
                "default_method": default_method,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_allocation_group_body_accounts_item import CreateAllocationGroupBodyAccountsItem  # noqa: PLC0415
        from ..models.create_allocation_group_body_default_method import CreateAllocationGroupBodyDefaultMethod  # noqa: PLC0415

        d = dict(src_dict)
        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = CreateAllocationGroupBodyAccountsItem.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        default_method = CreateAllocationGroupBodyDefaultMethod.from_dict(d.pop("default_method"))

        name = d.pop("name")

        create_allocation_group_body = cls(
            accounts=accounts,
            default_method=default_method,
            name=name,
        )

        create_allocation_group_body.additional_properties = d
        return create_allocation_group_body

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
