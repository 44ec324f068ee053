# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tickle_iserver import TickleIserver
    from ..models.tickle_response_hmds_type_0 import TickleResponseHmdsType0


T = TypeVar("T", bound="TickleResponse")


@_attrs_define
class TickleResponse:
    """Keep-alive answer; `session` is the token the WebSocket handshake needs.

    Attributes:
        session (None | str | Unset):
        sso_expires (int | None | Unset):
        collission (bool | None | Unset): IBKR's spelling.
        user_id (int | None | Unset):
        hmds (None | TickleResponseHmdsType0 | Unset):
        iserver (TickleIserver | Unset):
    """

    session: None | str | Unset = UNSET
    sso_expires: int | None | Unset = UNSET
    collission: bool | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    hmds: None | TickleResponseHmdsType0 | Unset = UNSET
    iserver: TickleIserver | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tickle_response_hmds_type_0 import TickleResponseHmdsType0  # noqa: PLC0415

        session: None | str | Unset
        if isinstance(self.session, Unset):
            session = UNSET
        else:
            session = self.session

        sso_expires: int | None | Unset
        if isinstance(self.sso_expires, Unset):
            sso_expires = UNSET
        else:
            sso_expires = self.sso_expires

        collission: bool | None | Unset
        if isinstance(self.collission, Unset):
            collission = UNSET
        else:
            collission = self.collission

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        hmds: dict[str, Any] | None | Unset
        if isinstance(self.hmds, Unset):
            hmds = UNSET
        elif isinstance(self.hmds, TickleResponseHmdsType0):
            hmds = self.hmds.to_dict()
        else:
            hmds = self.hmds

        iserver: dict[str, Any] | Unset = UNSET
        if not isinstance(self.iserver, Unset):
            iserver = self.iserver.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if session is not UNSET:
            field_dict["session"] = session
        if sso_expires is not UNSET:
            field_dict["ssoExpires"] = sso_expires
        if collission is not UNSET:
            field_dict["collission"] = collission
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if hmds is not UNSET:
            field_dict["hmds"] = hmds
        if iserver is not UNSET:
            field_dict["iserver"] = iserver

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tickle_iserver import TickleIserver  # noqa: PLC0415
        from ..models.tickle_response_hmds_type_0 import TickleResponseHmdsType0  # noqa: PLC0415

        d = dict(src_dict)
        session: None | str | Unset = d.pop("session", UNSET)

        sso_expires: int | None | Unset = d.pop("ssoExpires", UNSET)

        collission: bool | None | Unset = d.pop("collission", UNSET)

        user_id: int | None | Unset = d.pop("userId", UNSET)

        def _parse_hmds(data: object) -> None | TickleResponseHmdsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hmds_type_0 = TickleResponseHmdsType0.from_dict(data)

                return hmds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TickleResponseHmdsType0 | Unset, data)

        hmds = _parse_hmds(d.pop("hmds", UNSET))

        _iserver = d.pop("iserver", UNSET)
        iserver: TickleIserver | Unset
        if isinstance(_iserver, Unset):
            iserver = UNSET
        else:
            iserver = TickleIserver.from_dict(_iserver)

        tickle_response = cls(
            session=session,
            sso_expires=sso_expires,
            collission=collission,
            user_id=user_id,
            hmds=hmds,
            iserver=iserver,
        )

        tickle_response.additional_properties = d
        return tickle_response

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
