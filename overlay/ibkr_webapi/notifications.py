"""FYI notifications: unread count, the notification list, read receipts, subscriptions, disclaimers.

Why a service: IBKR's FYI endpoints speak in two-letter keys (``{"R": 1, "D": "1775041875.0",
"MS": ..., "MD": ..., "ID": ..., "FC": "MF"}``), mix strings and numbers for the same flag, and send the
body as HTML. This module gives them names and types: read flags become ``bool``, dates become aware
``datetime`` (UTC), the HTML body is kept raw (rendering or sanitising it is the caller's choice).

Every FYI operation is paced at one request per second by the spec; the transport enforces that.
Written once as flows (``_flow.py``); :class:`Notifications` / :class:`AsyncNotifications` are shells.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, cast

from ._coerce import opt_int, opt_str
from ._exceptions import UnexpectedResponse, ValidationError
from ._facade import runner_of
from ._flow import Call, Flow, body_json
from .fields import parse_number

__all__ = [
    "AsyncNotifications",
    "DeliveryOptions",
    "Device",
    "Disclaimer",
    "FyiSetting",
    "Notification",
    "Notifications",
    "accept_disclaimer_flow",
    "delivery_options_flow",
    "disclaimer_flow",
    "mark_read_flow",
    "notifications_flow",
    "parse_notifications",
    "parse_settings",
    "set_email_delivery_flow",
    "set_setting_flow",
    "settings_flow",
    "unread_count_flow",
]

OP_UNREAD = "get_fyi_unread_count"
OP_LIST = "get_fyi_notifications"
OP_MORE = "get_more_fyi_notifications"
OP_MARK_READ = "mark_fyi_notification_read"
OP_SETTINGS = "get_fyi_settings"
OP_SET_SETTING = "set_fyi_setting"
OP_DISCLAIMER = "get_fyi_disclaimer"
OP_ACCEPT_DISCLAIMER = "mark_fyi_disclaimer_read"
OP_DELIVERY = "get_fyi_delivery_options"
OP_EMAIL_DELIVERY = "set_fyi_email_delivery"

_TYPECODE = re.compile(r"^[A-Z0-9]{2}$")


def _flag(value: Any) -> bool | None:
    """IBKR's 1/0 flags, as numbers or strings; None when absent."""
    n = parse_number(value)
    return None if n is None else n != 0


def _when(value: Any) -> dt.datetime | None:
    """FYI dates: epoch seconds as a string (``"1775041875.0"``) or milliseconds."""
    n = parse_number(value)
    if n is None or n <= 0:
        return None
    return dt.datetime.fromtimestamp(n / 1000.0 if n > 10_000_000_000 else n, tz=dt.UTC)


def _typecode(code: str) -> str:
    c = (code or "").strip().upper()
    if not _TYPECODE.match(c):
        raise ValidationError(f"FYI type codes are two letters (e.g. 'BA', 'OE'), not {code!r}", field="code")
    return c


# -------------------------------------------------------------------------------------------- models
@dataclass(frozen=True, slots=True)
class Notification:
    """One FYI. ``body`` is IBKR's HTML, unmodified; ``code`` is the FYI type code (``"MF"``)."""

    id: str
    read: bool
    title: str
    body: str
    code: str | None
    date: dt.datetime | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class FyiSetting:
    """One FYI subscription. ``enabled`` is None when IBKR does not let the user toggle it.

    ``disclaimer_read`` is IBKR's ``H`` flag: it turns True once the type's disclaimer was accepted
    (:meth:`Notifications.accept_disclaimer`), and IBKR remembers that for the username.
    """

    code: str
    name: str
    description: str
    enabled: bool | None
    disclaimer_read: bool

    @property
    def can_toggle(self) -> bool:
        return self.enabled is not None


@dataclass(frozen=True, slots=True)
class Disclaimer:
    code: str
    text: str


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    name: str | None
    ui_name: str | None
    enabled: bool


@dataclass(frozen=True, slots=True)
class DeliveryOptions:
    """Where FYIs are delivered: e-mail on/off and the registered devices."""

    email_enabled: bool
    devices: tuple[Device, ...]


# ------------------------------------------------------------------------------------------- parsing
def _expect_list(body: Any, op: str) -> list[Any]:
    if body is None:
        return []
    if not isinstance(body, list):
        raise UnexpectedResponse(f"{op}: expected a list", operation_id=op, body=body)
    return body


def parse_notification(d: Mapping[str, Any]) -> Notification | None:
    nid = opt_str(d.get("ID"))
    if nid is None:
        return None
    return Notification(
        id=nid,
        read=bool(_flag(d.get("R"))),
        title=opt_str(d.get("MS")) or "",
        body=str(d.get("MD") or ""),
        code=opt_str(d.get("FC")),
        date=_when(d.get("D")),
        raw=dict(d),
    )


def parse_notifications(body: Any, op: str = OP_LIST) -> tuple[Notification, ...]:
    rows = _expect_list(body, op)
    return tuple(n for d in rows if isinstance(d, dict) and (n := parse_notification(d)) is not None)


def parse_unread(body: Any) -> int:
    if isinstance(body, dict):
        n = opt_int(body.get("BN"))
        if n is not None:
            return n
    raise UnexpectedResponse(f"{OP_UNREAD}: expected {{'BN': <count>}}", operation_id=OP_UNREAD, body=body)


def parse_settings(body: Any) -> tuple[FyiSetting, ...]:
    out = []
    for d in _expect_list(body, OP_SETTINGS):
        if not isinstance(d, dict) or not opt_str(d.get("FC")):
            continue
        out.append(
            FyiSetting(
                code=str(d["FC"]).upper(),
                name=opt_str(d.get("FN")) or "",
                description=opt_str(d.get("FD")) or "",
                enabled=_flag(d.get("A")),
                disclaimer_read=bool(_flag(d.get("H"))),
            )
        )
    return tuple(out)


def parse_disclaimer(body: Any, code: str) -> Disclaimer:
    if not isinstance(body, dict):
        raise UnexpectedResponse(
            f"{OP_DISCLAIMER}: expected an object", operation_id=OP_DISCLAIMER, body=body
        )
    return Disclaimer(code=opt_str(body.get("FC")) or code, text=str(body.get("DT") or ""))


def parse_delivery(body: Any) -> DeliveryOptions:
    if not isinstance(body, dict):
        raise UnexpectedResponse(f"{OP_DELIVERY}: expected an object", operation_id=OP_DELIVERY, body=body)
    devices = tuple(
        Device(
            device_id=str(d.get("I")),
            name=opt_str(d.get("NM")),
            ui_name=opt_str(d.get("UI")),
            enabled=bool(_flag(d.get("A"))),
        )
        for d in body.get("E") or []
        if isinstance(d, dict) and d.get("I") is not None
    )
    return DeliveryOptions(email_enabled=bool(_flag(body.get("M"))), devices=devices)


# --------------------------------------------------------------------------------------------- flows
def _get(op: str, **kwargs: Any) -> Flow[Any]:
    """One call, its JSON body back."""
    response = yield Call.op(op, **kwargs)
    return body_json(response)


def unread_count_flow() -> Flow[int]:
    """How many FYIs are unread (``/fyi/unreadnumber``)."""
    return parse_unread((yield from _get(OP_UNREAD)))


def notifications_flow(
    max_count: int = 10,
    *,
    include: str | None = None,
    exclude: str | None = None,
    before_id: str | None = None,
) -> Flow[tuple[Notification, ...]]:
    """The latest ``max_count`` FYIs, newest first. ``include``/``exclude``: comma-separated type codes.

    ``before_id`` pages back: FYIs older than that id (``/fyi/notifications/more``).
    """
    if before_id is not None:
        body = yield from _get(OP_MORE, id=str(before_id))
        return parse_notifications(body, OP_MORE)
    if max_count < 1:
        raise ValidationError("max_count must be >= 1", field="max_count")
    kwargs: dict[str, Any] = {"max_": int(max_count)}
    if include:
        kwargs["include"] = include
    if exclude:
        kwargs["exclude"] = exclude
    return parse_notifications((yield from _get(OP_LIST, **kwargs)))


def mark_read_flow(notification_id: str) -> Flow[bool]:
    """Mark one FYI read; returns the read flag IBKR echoes back (True)."""
    nid = (str(notification_id) if notification_id is not None else "").strip()
    if not nid:
        raise ValidationError("notification id is empty", field="notification_id")
    body = yield from _get(OP_MARK_READ, notification_id=nid)
    echoed = body.get("P") if isinstance(body, dict) else None
    if isinstance(echoed, dict) and "R" in echoed:
        return bool(_flag(echoed.get("R")))
    return True


def settings_flow() -> Flow[tuple[FyiSetting, ...]]:
    """Every FYI subscription and whether it is on (``/fyi/settings``)."""
    return parse_settings((yield from _get(OP_SETTINGS)))


def set_setting_flow(code: str, enabled: bool) -> Flow[None]:
    """Turn one FYI subscription on or off (``POST /fyi/settings/{typecode}``)."""
    from ibkr_webapi_client.models.set_fyi_setting_body import SetFyiSettingBody

    yield from _get(OP_SET_SETTING, typecode=_typecode(code), body=SetFyiSettingBody(enabled=bool(enabled)))


def disclaimer_flow(code: str) -> Flow[Disclaimer]:
    """The disclaimer text of an FYI type (``GET /fyi/disclaimer/{typecode}``)."""
    c = _typecode(code)
    return parse_disclaimer((yield from _get(OP_DISCLAIMER, typecode=c)), c)


def accept_disclaimer_flow(code: str) -> Flow[None]:
    """Mark an FYI type's disclaimer read/accepted (``PUT /fyi/disclaimer/{typecode}``)."""
    yield from _get(OP_ACCEPT_DISCLAIMER, typecode=_typecode(code))


def delivery_options_flow() -> Flow[DeliveryOptions]:
    """E-mail and device delivery of FYIs (``/fyi/deliveryoptions``)."""
    return parse_delivery((yield from _get(OP_DELIVERY)))


def set_email_delivery_flow(enabled: bool) -> Flow[None]:
    """Turn FYI e-mail delivery on or off."""
    yield from _get(OP_EMAIL_DELIVERY, enabled="true" if enabled else "false")


# ------------------------------------------------------------------------------------------- facades
Runner = Callable[[Flow[Any]], Any]


class _Base:
    """``client`` is the ``Client``/``AsyncClient`` (see ``_facade.py``)."""

    def __init__(self, client: Any) -> None:
        self._run = runner_of(client)


class Notifications(_Base):
    """Synchronous FYIs (``client.notifications``)."""

    def unread_count(self) -> int:
        return cast(int, self._run(unread_count_flow()))

    def list(
        self,
        max_count: int = 10,
        *,
        include: str | None = None,
        exclude: str | None = None,
        before_id: str | None = None,
    ) -> tuple[Notification, ...]:
        flow = notifications_flow(max_count, include=include, exclude=exclude, before_id=before_id)
        return cast(tuple[Notification, ...], self._run(flow))

    def mark_read(self, notification_id: str) -> bool:
        return cast(bool, self._run(mark_read_flow(notification_id)))

    def settings(self) -> tuple[FyiSetting, ...]:
        return cast(tuple[FyiSetting, ...], self._run(settings_flow()))

    def set_setting(self, code: str, enabled: bool) -> None:
        self._run(set_setting_flow(code, enabled))

    def disclaimer(self, code: str) -> Disclaimer:
        return cast(Disclaimer, self._run(disclaimer_flow(code)))

    def accept_disclaimer(self, code: str) -> None:
        self._run(accept_disclaimer_flow(code))

    def delivery_options(self) -> DeliveryOptions:
        return cast(DeliveryOptions, self._run(delivery_options_flow()))

    def set_email_delivery(self, enabled: bool) -> None:
        self._run(set_email_delivery_flow(enabled))


class AsyncNotifications(_Base):
    """Asynchronous FYIs (``async_client.notifications``)."""

    async def unread_count(self) -> int:
        return cast(int, await self._run(unread_count_flow()))

    async def list(
        self,
        max_count: int = 10,
        *,
        include: str | None = None,
        exclude: str | None = None,
        before_id: str | None = None,
    ) -> tuple[Notification, ...]:
        flow = notifications_flow(max_count, include=include, exclude=exclude, before_id=before_id)
        return cast(tuple[Notification, ...], await self._run(flow))

    async def mark_read(self, notification_id: str) -> bool:
        return cast(bool, await self._run(mark_read_flow(notification_id)))

    async def settings(self) -> tuple[FyiSetting, ...]:
        return cast(tuple[FyiSetting, ...], await self._run(settings_flow()))

    async def set_setting(self, code: str, enabled: bool) -> None:
        await self._run(set_setting_flow(code, enabled))

    async def disclaimer(self, code: str) -> Disclaimer:
        return cast(Disclaimer, await self._run(disclaimer_flow(code)))

    async def accept_disclaimer(self, code: str) -> None:
        await self._run(accept_disclaimer_flow(code))

    async def delivery_options(self) -> DeliveryOptions:
        return cast(DeliveryOptions, await self._run(delivery_options_flow()))

    async def set_email_delivery(self, enabled: bool) -> None:
        await self._run(set_email_delivery_flow(enabled))
