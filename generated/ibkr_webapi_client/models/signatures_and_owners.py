# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signatures_and_owners_account_user import SignaturesAndOwnersAccountUser
    from ..models.signatures_and_owners_applicant_type_0 import SignaturesAndOwnersApplicantType0


T = TypeVar("T", bound="SignaturesAndOwners")


@_attrs_define
class SignaturesAndOwners:
    """
    Attributes:
        account_id (None | str | Unset):
        users (list[SignaturesAndOwnersAccountUser] | None | Unset):
        applicant (None | SignaturesAndOwnersApplicantType0 | Unset):
    """

    account_id: None | str | Unset = UNSET
    users: list[SignaturesAndOwnersAccountUser] | None | Unset = UNSET
    applicant: None | SignaturesAndOwnersApplicantType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.signatures_and_owners_applicant_type_0 import SignaturesAndOwnersApplicantType0  # noqa: PLC0415

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        users: list[dict[str, Any]] | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        elif isinstance(self.users, list):
            users = []
            for users_type_0_item_data in self.users:
                users_type_0_item = users_type_0_item_data.to_dict()
                users.append(users_type_0_item)

        else:
            users = self.users

        applicant: dict[str, Any] | None | Unset
        if isinstance(self.applicant, Unset):
            applicant = UNSET
        elif isinstance(self.applicant, SignaturesAndOwnersApplicantType0):
            applicant = self.applicant.to_dict()
        else:
            applicant = self.applicant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["accountId"] = account_id
        if users is not UNSET:
            field_dict["users"] = users
        if applicant is not UNSET:
            field_dict["applicant"] = applicant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signatures_and_owners_account_user import SignaturesAndOwnersAccountUser  # noqa: PLC0415
        from ..models.signatures_and_owners_applicant_type_0 import SignaturesAndOwnersApplicantType0  # noqa: PLC0415

        d = dict(src_dict)
        account_id: None | str | Unset = d.pop("accountId", UNSET)

        def _parse_users(data: object) -> list[SignaturesAndOwnersAccountUser] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                users_type_0 = []
                _users_type_0 = data
                for users_type_0_item_data in _users_type_0:
                    users_type_0_item = SignaturesAndOwnersAccountUser.from_dict(users_type_0_item_data)

                    users_type_0.append(users_type_0_item)

                return users_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignaturesAndOwnersAccountUser] | None | Unset, data)

        users = _parse_users(d.pop("users", UNSET))

        def _parse_applicant(data: object) -> None | SignaturesAndOwnersApplicantType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                applicant_type_0 = SignaturesAndOwnersApplicantType0.from_dict(data)

                return applicant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignaturesAndOwnersApplicantType0 | Unset, data)

        applicant = _parse_applicant(d.pop("applicant", UNSET))

        signatures_and_owners = cls(
            account_id=account_id,
            users=users,
            applicant=applicant,
        )

        signatures_and_owners.additional_properties = d
        return signatures_and_owners

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
