# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signatures_and_owners_account_user_entity_type_0 import SignaturesAndOwnersAccountUserEntityType0


T = TypeVar("T", bound="SignaturesAndOwnersAccountUser")


@_attrs_define
class SignaturesAndOwnersAccountUser:
    """
    Attributes:
        role_id (None | str | Unset):
        has_right_code_ind (bool | None | Unset):
        user_name (None | str | Unset):
        entity (None | SignaturesAndOwnersAccountUserEntityType0 | Unset):
    """

    role_id: None | str | Unset = UNSET
    has_right_code_ind: bool | None | Unset = UNSET
    user_name: None | str | Unset = UNSET
    entity: None | SignaturesAndOwnersAccountUserEntityType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signatures_and_owners_account_user_entity_type_0 import SignaturesAndOwnersAccountUserEntityType0  # noqa: PLC0415

        role_id: None | str | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        else:
            role_id = self.role_id

        has_right_code_ind: bool | None | Unset
        if isinstance(self.has_right_code_ind, Unset):
            has_right_code_ind = UNSET
        else:
            has_right_code_ind = self.has_right_code_ind

        user_name: None | str | Unset
        if isinstance(self.user_name, Unset):
            user_name = UNSET
        else:
            user_name = self.user_name

        entity: dict[str, Any] | None | Unset
        if isinstance(self.entity, Unset):
            entity = UNSET
        elif isinstance(self.entity, SignaturesAndOwnersAccountUserEntityType0):
            entity = self.entity.to_dict()
        else:
            entity = self.entity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_id is not UNSET:
            field_dict["roleId"] = role_id
        if has_right_code_ind is not UNSET:
            field_dict["hasRightCodeInd"] = has_right_code_ind
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if entity is not UNSET:
            field_dict["entity"] = entity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signatures_and_owners_account_user_entity_type_0 import SignaturesAndOwnersAccountUserEntityType0  # noqa: PLC0415

        d = dict(src_dict)
        role_id: None | str | Unset = d.pop("roleId", UNSET)

        has_right_code_ind: bool | None | Unset = d.pop("hasRightCodeInd", UNSET)

        user_name: None | str | Unset = d.pop("userName", UNSET)

        def _parse_entity(data: object) -> None | SignaturesAndOwnersAccountUserEntityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_type_0 = SignaturesAndOwnersAccountUserEntityType0.from_dict(data)

                return entity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignaturesAndOwnersAccountUserEntityType0 | Unset, data)

        entity = _parse_entity(d.pop("entity", UNSET))

        signatures_and_owners_account_user = cls(
            role_id=role_id,
            has_right_code_ind=has_right_code_ind,
            user_name=user_name,
            entity=entity,
        )

        signatures_and_owners_account_user.additional_properties = d
        return signatures_and_owners_account_user

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
