# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.echo_response_query_parameters_type_0 import EchoResponseQueryParametersType0


T = TypeVar("T", bound="EchoResponse")


@_attrs_define
class EchoResponse:
    """
    Attributes:
        request_method (None | str | Unset):
        security_policy (None | str | Unset):
        query_parameters (EchoResponseQueryParametersType0 | None | Unset):
    """

    request_method: None | str | Unset = UNSET
    security_policy: None | str | Unset = UNSET
    query_parameters: EchoResponseQueryParametersType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.echo_response_query_parameters_type_0 import EchoResponseQueryParametersType0  # noqa: PLC0415

        request_method: None | str | Unset
        if isinstance(self.request_method, Unset):
            request_method = UNSET
        else:
            request_method = self.request_method

        security_policy: None | str | Unset
        if isinstance(self.security_policy, Unset):
            security_policy = UNSET
        else:
            security_policy = self.security_policy

        query_parameters: dict[str, Any] | None | Unset
        if isinstance(self.query_parameters, Unset):
            query_parameters = UNSET
        elif isinstance(self.query_parameters, EchoResponseQueryParametersType0):
            query_parameters = self.query_parameters.to_dict()
        else:
            query_parameters = self.query_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_method is not UNSET:
            field_dict["requestMethod"] = request_method
        if security_policy is not UNSET:
            field_dict["securityPolicy"] = security_policy
        if query_parameters is not UNSET:
            field_dict["queryParameters"] = query_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.echo_response_query_parameters_type_0 import EchoResponseQueryParametersType0  # noqa: PLC0415

        d = dict(src_dict)
        request_method: None | str | Unset = d.pop("requestMethod", UNSET)

        security_policy: None | str | Unset = d.pop("securityPolicy", UNSET)

        def _parse_query_parameters(data: object) -> EchoResponseQueryParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                query_parameters_type_0 = EchoResponseQueryParametersType0.from_dict(data)

                return query_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EchoResponseQueryParametersType0 | None | Unset, data)

        query_parameters = _parse_query_parameters(d.pop("queryParameters", UNSET))

        echo_response = cls(
            request_method=request_method,
            security_policy=security_policy,
            query_parameters=query_parameters,
        )

        echo_response.additional_properties = d
        return echo_response

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
