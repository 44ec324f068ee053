"""FYI notifications, alerts, watchlists and scanners of the fake account (state + HTTP handlers).

Why stateful: clients mark notifications read, accept disclaimers, create/activate/delete alerts and
watchlists and expect to read their own changes back; unknown ids answer 404 JSON.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._universe import Universe
from ._web import BadRequest, account_or_404, endpoint, json_object, ok, state_of

FYI_TYPES = (
    (
        "BA",
        "Borrow Availability",
        "Notify me when shares have been located on stocks that had previously been "
        "rejected for short sale orders.",
    ),
    ("OE", "Option or Future expiration", "Notify me three days before my options or futures expire."),
    ("EA", "Upcoming Earnings", "Notify me of upcoming earnings announcements from any of my holdings."),
    ("MF", "Mutual Fund/ETF Advisory", "Notify me about lower-fee alternatives to funds I hold."),
)
DISCLAIMER = (
    "This communication is provided for information purposes only and is not a recommendation or a "
    "solicitation to buy, sell or hold any investment product."
)


@dataclass
class Notification:
    nid: str
    typecode: str
    subject: str
    body: str
    date: float
    read: bool = False

    def row(self) -> dict[str, Any]:
        return {
            "R": 1 if self.read else 0,
            "D": f"{self.date:.1f}",
            "MS": self.subject,
            "MD": self.body,
            "ID": self.nid,
            "HT": 0,
            "FC": self.typecode,
        }


@dataclass
class Alert:
    alert_id: int
    account: str
    name: str
    message: str
    conid: int
    operator: str
    value: str
    tif: str
    repeatable: int
    active: int = 1
    created: str = ""


@dataclass
class MiscState:
    """FYI, alert and watchlist state for the fake username."""

    account: str
    universe: Universe
    notifications: list[Notification] = field(default_factory=list)
    settings: dict[str, int] = field(default_factory=dict)
    disclaimers_read: set[str] = field(default_factory=set)
    email_enabled: bool = True
    devices: dict[str, dict[str, Any]] = field(default_factory=dict)
    alerts: dict[int, Alert] = field(default_factory=dict)
    watchlists: dict[str, dict[str, Any]] = field(default_factory=dict)
    next_alert: int = 100_001
    next_watchlist: int = 1
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        base = 1_775_000_000.0
        self.notifications = [
            Notification(
                "2026040100000001",
                "OE",
                "IBKR FYI: Option Expiration",
                "Your option position is expiring in 3 days.",
                base,
            ),
            Notification(
                "2026040190532092",
                "MF",
                "IBKR FYI: Mutual Fund/ETF Advisory",
                "There may be ETFs available with similar historical performance and lower fees.",
                base + 41875,
            ),
            Notification(
                "2026040200000003",
                "EA",
                "IBKR FYI: Upcoming Earnings",
                "AAPL reports earnings in 5 days.",
                base + 90000,
            ),
        ]
        self.settings = {code: 1 for code, _, _ in FYI_TYPES}
        self.devices = {
            "fake-device-001": {"NM": "Fake Device", "I": "fake-device-001", "UI": "Fake Device UI", "A": 1}
        }
        self.alerts[self.next_alert] = Alert(
            self.next_alert,
            self.account,
            "SPY Price Alert",
            "SPY crossed above 700",
            756733,
            ">=",
            "700.00",
            "GTC",
            0,
        )
        self.next_alert += 1
        self.watchlists["100"] = {
            "id": "100",
            "name": "Fake Tech",
            "hash": "1775319529009",
            "readOnly": False,
            "conids": [265598, 272093, 208813720],
        }


# -- FYI -------------------------------------------------------------------------------------------
def _misc(request: Request) -> MiscState:
    return state_of(request).misc


@endpoint
async def fyi_unreadnumber(request: Request) -> Response:
    m = _misc(request)
    return ok({"BN": sum(1 for n in m.notifications if not n.read)})


@endpoint
async def fyi_notifications(request: Request) -> Response:
    m = _misc(request)
    q = request.query_params
    try:
        limit = int(q.get("max", "10"))
    except ValueError as exc:
        raise BadRequest("Bad Request: max must be an integer") from exc
    include = {c for c in q.get("include", "").split(",") if c}
    exclude = {c for c in q.get("exclude", "").split(",") if c}
    rows = sorted(m.notifications, key=lambda n: -n.date)
    if q.get("id"):
        # "more" paging: notifications older than the given id
        ids = [n.nid for n in rows]
        if q["id"] not in ids:
            raise BadRequest(f"Notification {q['id']} not found", 404)
        rows = rows[ids.index(q["id"]) + 1 :]
    rows = [n for n in rows if (not include or n.typecode in include) and n.typecode not in exclude]
    return ok([n.row() for n in rows[:limit]])


@endpoint
async def fyi_mark_read(request: Request) -> Response:
    m = _misc(request)
    nid = request.path_params["notificationID"]
    with m.lock:
        for n in m.notifications:
            if n.nid == nid:
                n.read = True
                return ok({"V": 1, "T": 5, "P": {"R": 1, "ID": nid}})
    raise BadRequest(f"Notification {nid} not found", 404)


@endpoint
async def fyi_settings(request: Request) -> Response:
    m = _misc(request)
    return ok(
        [
            {"FC": code, "H": int(code in m.disclaimers_read), "A": m.settings[code], "FD": desc, "FN": name}
            for code, name, desc in FYI_TYPES
        ]
    )


def _typecode(request: Request) -> str:
    code = request.path_params["typecode"]
    if code not in {c for c, _, _ in FYI_TYPES}:
        raise BadRequest(f"Unknown FYI typecode {code}", 404)
    return str(code)


@endpoint
async def fyi_set_setting(request: Request) -> Response:
    code = _typecode(request)
    body = await json_object(request)
    if not isinstance(body.get("enabled"), bool):
        raise BadRequest('Bad Request: body must be {"enabled": true|false}')
    _misc(request).settings[code] = 1 if body["enabled"] else 0
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_disclaimer(request: Request) -> Response:
    code = _typecode(request)
    return ok({"FC": code, "DT": DISCLAIMER})


@endpoint
async def fyi_disclaimer_read(request: Request) -> Response:
    code = _typecode(request)
    m = _misc(request)
    with m.lock:  # remembered for the username: /fyi/settings reports it as "H": 1 from now on
        m.disclaimers_read.add(code)
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_deliveryoptions(request: Request) -> Response:
    m = _misc(request)
    return ok({"E": list(m.devices.values()), "M": 1 if m.email_enabled else 0})


@endpoint
async def fyi_email(request: Request) -> Response:
    value = request.query_params.get("enabled", "")
    if value.lower() not in ("true", "false"):
        raise BadRequest("Bad Request: enabled must be true or false")
    _misc(request).email_enabled = value.lower() == "true"
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_device_add(request: Request) -> Response:
    body = await json_object(request)
    device_id = body.get("deviceId")
    if not isinstance(device_id, str) or not device_id:
        raise BadRequest("Bad Request: deviceId is required")
    _misc(request).devices[device_id] = {
        "NM": str(body.get("deviceName", device_id)),
        "I": device_id,
        "UI": str(body.get("uiName", device_id)),
        "A": 1 if body.get("enabled", True) else 0,
    }
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_device_delete(request: Request) -> Response:
    device_id = request.path_params["deviceId"]
    if _misc(request).devices.pop(device_id, None) is None:
        raise BadRequest(f"Device {device_id} not found", 404)
    return Response(status_code=200)


# -- alerts ----------------------------------------------------------------------------------------
def _alert_summary(a: Alert) -> dict[str, Any]:
    return {
        "account": a.account,
        "order_id": a.alert_id,
        "alert_name": a.name,
        "alert_active": a.active,
        "alert_repeatable": a.repeatable,
        "order_time": a.created or "20260403-14:30:00",
        "alert_triggered": False,
    }


@endpoint
async def alerts_list(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    m = _misc(request)
    return ok([_alert_summary(a) for a in m.alerts.values() if a.account == account])


@endpoint
async def alerts_mta(request: Request) -> Response:
    m = _misc(request)
    return ok([_alert_summary(a) for a in list(m.alerts.values())[:1]])


@endpoint
async def alert_get(request: Request) -> Response:
    m = _misc(request)
    try:
        alert = m.alerts.get(int(request.path_params["alertId"]))
    except ValueError:
        alert = None
    if alert is None:
        raise BadRequest(f"Alert {request.path_params['alertId']} not found", 404)
    inst = m.universe.get(alert.conid)
    body = _alert_summary(alert) | {
        "alert_message": alert.message,
        "tif": alert.tif,
        "expire_time": "",
        "alert_email": "",
        "alert_send_message": 1,
        "alert_show_popup": 1,
        "alert_play_audio": None,
        "order_status": "Submitted" if alert.active else "Inactive",
        "fg_color": "#000000",
        "bg_color": "#FFFFFF",
        "order_not_editable": False,
        "itws_orders_only": 0,
        "alert_mta_currency": "USD",
        "alert_mta_defaults": "audible=1",
        "tool_id": 12345678,
        "time_zone": "US/Eastern",
        "alert_default_type": None,
        "condition_size": 1,
        "condition_outside_rth": 0,
        "conditions": [
            {
                "condition_type": 1,
                "conidex": str(alert.conid),
                "contract_description_1": inst.name if inst else "",
                "condition_operator": alert.operator,
                "condition_trigger_method": "0",
                "condition_value": alert.value,
                "condition_logic_bind": "n",
                "condition_time_zone": "US/Eastern",
            }
        ],
    }
    return ok(body)


@endpoint
async def alert_create(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    body = await json_object(request)
    name = body.get("alertName")
    conditions = body.get("conditions")
    if not isinstance(name, str) or not name or not isinstance(conditions, list) or not conditions:
        raise BadRequest("Bad Request: alertName and conditions are required")
    cond = conditions[0] if isinstance(conditions[0], dict) else {}
    conidex = str(cond.get("conidex", "")).split("@")[0]
    m = _misc(request)
    if not conidex.isdigit() or m.universe.get(int(conidex)) is None:
        raise BadRequest("Bad Request: condition conidex is not a valid contract")
    with m.lock:
        alert_id = m.next_alert
        m.next_alert += 1
        m.alerts[alert_id] = Alert(
            alert_id,
            account,
            name,
            str(body.get("alertMessage", "")),
            int(conidex),
            str(cond.get("operator", ">=")),
            str(cond.get("value", "")),
            str(body.get("tif", "GTC")),
            int(bool(body.get("alertRepeatable", 0))),
            active=1,
        )
    return ok(
        {
            "request_id": alert_id % 1000,
            "order_id": alert_id,
            "success": True,
            "text": "Alert has been created.",
            "order_status": "Submitted",
            "warning_message": None,
        }
    )


@endpoint
async def alert_activate(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    body = await json_object(request)
    m = _misc(request)
    alert_id = body.get("alertId")
    alert = m.alerts.get(alert_id) if isinstance(alert_id, int) else None
    if alert is None or alert.account != account:
        raise BadRequest(f"Alert {body.get('alertId')} not found", 404)
    alert.active = 1 if body.get("alertActive", 1) else 0
    verb = "activated" if alert.active else "deactivated"
    return ok(
        {
            "request_id": alert.alert_id % 1000,
            "order_id": alert.alert_id,
            "success": True,
            "text": f"Alert has been {verb}.",
            "failure_list": None,
        }
    )


@endpoint
async def alert_delete(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    m = _misc(request)
    raw = request.path_params["alertId"]
    if raw == "0":
        deleted = [a for a in m.alerts if m.alerts[a].account == account]
        for a in deleted:
            del m.alerts[a]
        return ok(
            {
                "request_id": 0,
                "order_id": 0,
                "success": True,
                "text": "All alerts have been deleted.",
                "failure_list": None,
            }
        )
    alert = m.alerts.get(int(raw)) if raw.isdigit() else None
    if alert is None or alert.account != account:
        raise BadRequest(f"Alert {raw} not found", 404)
    del m.alerts[alert.alert_id]
    return ok(
        {
            "request_id": alert.alert_id % 1000,
            "order_id": alert.alert_id,
            "success": True,
            "text": "Alert has been deleted.",
            "failure_list": None,
        }
    )


# -- watchlists ------------------------------------------------------------------------------------
def _instrument_row(universe: Universe, conid: int) -> dict[str, Any]:
    inst = universe.get(conid)
    if inst is None:
        return {"C": str(conid), "conid": conid}
    return {
        "ST": inst.sec_type,
        "C": str(conid),
        "conid": conid,
        "name": inst.name,
        "fullName": inst.contract_desc,
        "assetClass": inst.sec_type,
        "ticker": inst.symbol,
        "chineseName": None,
    }


@endpoint
async def watchlists_list(request: Request) -> Response:
    m = _misc(request)
    lists = [
        {
            "is_open": False,
            "read_only": w["readOnly"],
            "name": w["name"],
            "modified": int(w["hash"]),
            "id": w["id"],
            "type": "watchlist",
        }
        for w in m.watchlists.values()
    ]
    return ok(
        {
            "data": {
                "scanners_only": False,
                "show_scanners": False,
                "bulk_delete": False,
                "user_lists": lists,
            },
            "action": "content",
            "MID": "1",
        }
    )


def _watchlist(request: Request) -> dict[str, Any]:
    wid = request.query_params.get("id", "")
    w = _misc(request).watchlists.get(wid)
    if w is None:
        raise BadRequest(f"Watchlist {wid} not found", 404)
    return w


@endpoint
async def watchlist_get(request: Request) -> Response:
    w = _watchlist(request)
    universe = _misc(request).universe
    return ok(
        {
            "id": w["id"],
            "hash": w["hash"],
            "name": w["name"],
            "readOnly": w["readOnly"],
            "instruments": [_instrument_row(universe, c) for c in w["conids"]],
        }
    )


@endpoint
async def watchlist_create(request: Request) -> Response:
    body = await json_object(request)
    m = _misc(request)
    wid, name, rows = body.get("id"), body.get("name"), body.get("rows", [])
    if not isinstance(wid, str | int) or not isinstance(name, str) or not isinstance(rows, list):
        raise BadRequest("Bad Request: id, name and rows are required")
    conids: list[int] = []
    for row in rows:
        c = row.get("C") if isinstance(row, dict) else None
        if c is None:
            continue
        if not isinstance(c, int) or m.universe.get(c) is None:
            raise BadRequest(f"Bad Request: unknown conid {c}")
        conids.append(c)
    stamp = str(state_of(request).now_ms())
    m.watchlists[str(wid)] = {
        "id": str(wid),
        "name": name,
        "hash": stamp,
        "readOnly": False,
        "conids": conids,
    }
    return ok(
        {
            "id": str(wid),
            "hash": stamp,
            "name": name,
            "readOnly": False,
            "instruments": [_instrument_row(m.universe, c) for c in conids],
        }
    )


@endpoint
async def watchlist_delete(request: Request) -> Response:
    w = _watchlist(request)
    del _misc(request).watchlists[w["id"]]
    return ok({"data": {"deleted": w["id"]}, "action": "context", "MID": "2"})


def misc_routes() -> list[BaseRoute]:
    return [
        Route("/fyi/unreadnumber", fyi_unreadnumber, methods=["GET"]),
        Route("/fyi/notifications", fyi_notifications, methods=["GET"]),
        Route("/fyi/notifications/more", fyi_notifications, methods=["GET"]),
        Route("/fyi/notifications/{notificationID}", fyi_mark_read, methods=["PUT"]),
        Route("/fyi/settings", fyi_settings, methods=["GET"]),
        Route("/fyi/settings/{typecode}", fyi_set_setting, methods=["POST"]),
        Route("/fyi/disclaimer/{typecode}", fyi_disclaimer, methods=["GET"]),
        Route("/fyi/disclaimer/{typecode}", fyi_disclaimer_read, methods=["PUT"]),
        Route("/fyi/deliveryoptions", fyi_deliveryoptions, methods=["GET"]),
        Route("/fyi/deliveryoptions/email", fyi_email, methods=["PUT"]),
        Route("/fyi/deliveryoptions/device", fyi_device_add, methods=["POST"]),
        Route("/fyi/deliveryoptions/{deviceId}", fyi_device_delete, methods=["DELETE"]),
        Route("/iserver/account/mta", alerts_mta, methods=["GET"]),
        Route("/iserver/account/alert/{alertId}", alert_get, methods=["GET"]),
        Route("/iserver/account/{accountId}/alerts", alerts_list, methods=["GET"]),
        Route("/iserver/account/{accountId}/alert", alert_create, methods=["POST"]),
        Route("/iserver/account/{accountId}/alert/activate", alert_activate, methods=["POST"]),
        Route("/iserver/account/{accountId}/alert/{alertId}", alert_delete, methods=["DELETE"]),
        Route("/iserver/watchlists", watchlists_list, methods=["GET"]),
        Route("/iserver/watchlist", watchlist_get, methods=["GET"]),
        Route("/iserver/watchlist", watchlist_create, methods=["POST"]),
        Route("/iserver/watchlist", watchlist_delete, methods=["DELETE"]),
    ]
