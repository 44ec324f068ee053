# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_management_response_instruction_result_type_0 import (
        AccountManagementResponseInstructionResultType0,
    )


T = TypeVar("T", bound="AccountManagementResponse")


@_attrs_define
class AccountManagementResponse:
    """Account Management result; shapes vary per instruction type.

    Attributes:
        status (None | str | Unset):
        instruction_set_id (int | None | str | Unset):
        instruction_result (AccountManagementResponseInstructionResultType0 | None | Unset):
    """

    status: None | str | Unset = UNSET
    instruction_set_id: int | None | str | Unset = UNSET
    instruction_result: AccountManagementResponseInstructionResultType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.account_management_response_instruction_result_type_0 import (
            AccountManagementResponseInstructionResultType0,  # noqa: PLC0415
        )

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        instruction_set_id: int | None | str | Unset
        if isinstance(self.instruction_set_id, Unset):
            instruction_set_id = UNSET
        else:
            instruction_set_id = self.instruction_set_id

        instruction_result: dict[str, Any] | None | Unset
        if isinstance(self.instruction_result, Unset):
            instruction_result = UNSET
        elif isinstance(self.instruction_result, AccountManagementResponseInstructionResultType0):
            instruction_result = self.instruction_result.to_dict()
        else:
            instruction_result = self.instruction_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if instruction_set_id is not UNSET:
            field_dict["instructionSetId"] = instruction_set_id
        if instruction_result is not UNSET:
            field_dict["instructionResult"] = instruction_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_management_response_instruction_result_type_0 import (
            AccountManagementResponseInstructionResultType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        status: None | str | Unset = d.pop("status", UNSET)

        instruction_set_id: int | None | str | Unset = d.pop("instructionSetId", UNSET)

        def _parse_instruction_result(data: object) -> AccountManagementResponseInstructionResultType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                instruction_result_type_0 = AccountManagementResponseInstructionResultType0.from_dict(data)

                return instruction_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountManagementResponseInstructionResultType0 | None | Unset, data)

        instruction_result = _parse_instruction_result(d.pop("instructionResult", UNSET))

        account_management_response = cls(
            status=status,
            instruction_set_id=instruction_set_id,
            instruction_result=instruction_result,
        )

        account_management_response.additional_properties = d
        return account_management_response

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
