# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_management_request_instruction import AccountManagementRequestInstruction
    from ..models.account_management_request_instructions_item import AccountManagementRequestInstructionsItem


T = TypeVar("T", bound="AccountManagementRequest")


@_attrs_define
class AccountManagementRequest:
    """Account Management instruction envelope (`instructionType` plus an `instruction` object, or `instructions` for bulk
    calls).

        Attributes:
            instruction_type (str | Unset):
            instruction (AccountManagementRequestInstruction | Unset):
            instructions (list[AccountManagementRequestInstructionsItem] | Unset):
    """

    instruction_type: str | Unset = UNSET
    instruction: AccountManagementRequestInstruction | Unset = UNSET
    instructions: list[AccountManagementRequestInstructionsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instruction_type = self.instruction_type

        instruction: dict[str, Any] | Unset = UNSET
        if not isinstance(self.instruction, Unset):
            instruction = self.instruction.to_dict()

        instructions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.instructions, Unset):
            instructions = []
            for instructions_item_data in self.instructions:
                instructions_item = instructions_item_data.to_dict()
                instructions.append(instructions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instruction_type is not UNSET:
            field_dict["instructionType"] = instruction_type
        if instruction is not UNSET:
            field_dict["instruction"] = instruction
        if instructions is not UNSET:
            field_dict["instructions"] = instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_management_request_instruction import AccountManagementRequestInstruction  # noqa: PLC0415
        from ..models.account_management_request_instructions_item import AccountManagementRequestInstructionsItem  # noqa: PLC0415

        d = dict(src_dict)
        instruction_type = d.pop("instructionType", UNSET)

        _instruction = d.pop("instruction", UNSET)
        instruction: AccountManagementRequestInstruction | Unset
        if isinstance(_instruction, Unset):
            instruction = UNSET
        else:
            instruction = AccountManagementRequestInstruction.from_dict(_instruction)

        _instructions = d.pop("instructions", UNSET)
        instructions: list[AccountManagementRequestInstructionsItem] | Unset = UNSET
        if _instructions is not UNSET:
            instructions = []
            for instructions_item_data in _instructions:
                instructions_item = AccountManagementRequestInstructionsItem.from_dict(instructions_item_data)

                instructions.append(instructions_item)

        account_management_request = cls(
            instruction_type=instruction_type,
            instruction=instruction,
            instructions=instructions,
        )

        account_management_request.additional_properties = d
        return account_management_request

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
