"""HTTP handlers for price alerts (``/iserver/account/.../alert*``, ``/iserver/account/mta``)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._alerts import Alert, Alerts
from ._web import BadRequest, account_or_404, endpoint, json_object, ok, state_of


def _room(request: Request) -> Alerts:
    return state_of(request).alerts


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
    m = _room(request)
    return ok([_alert_summary(a) for a in m.alerts.values() if a.account == account])


@endpoint
async def alerts_mta(request: Request) -> Response:
    m = _room(request)
    return ok([_alert_summary(a) for a in list(m.alerts.values())[:1]])


@endpoint
async def alert_get(request: Request) -> Response:
    m = _room(request)
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
    m = _room(request)
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
    m = _room(request)
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
    m = _room(request)
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


def alert_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/account/mta", alerts_mta, methods=["GET"]),
        Route("/iserver/account/alert/{alertId}", alert_get, methods=["GET"]),
        Route("/iserver/account/{accountId}/alerts", alerts_list, methods=["GET"]),
        Route("/iserver/account/{accountId}/alert", alert_create, methods=["POST"]),
        Route("/iserver/account/{accountId}/alert/activate", alert_activate, methods=["POST"]),
        Route("/iserver/account/{accountId}/alert/{alertId}", alert_delete, methods=["DELETE"]),
    ]
