"""HTTP handlers for FYI notifications (``/fyi/*``), over :class:`._fyi.Fyi`."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._fyi import DISCLAIMER, FYI_TYPES, Fyi
from ._web import BadRequest, endpoint, json_object, ok, state_of


def _room(request: Request) -> Fyi:
    return state_of(request).fyi


@endpoint
async def fyi_unreadnumber(request: Request) -> Response:
    m = _room(request)
    return ok({"BN": sum(1 for n in m.notifications if not n.read)})


@endpoint
async def fyi_notifications(request: Request) -> Response:
    m = _room(request)
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
    m = _room(request)
    nid = request.path_params["notificationID"]
    with m.lock:
        for n in m.notifications:
            if n.nid == nid:
                n.read = True
                return ok({"V": 1, "T": 5, "P": {"R": 1, "ID": nid}})
    raise BadRequest(f"Notification {nid} not found", 404)


@endpoint
async def fyi_settings(request: Request) -> Response:
    m = _room(request)
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
    _room(request).settings[code] = 1 if body["enabled"] else 0
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_disclaimer(request: Request) -> Response:
    code = _typecode(request)
    return ok({"FC": code, "DT": DISCLAIMER})


@endpoint
async def fyi_disclaimer_read(request: Request) -> Response:
    code = _typecode(request)
    m = _room(request)
    with m.lock:  # remembered for the username: /fyi/settings reports it as "H": 1 from now on
        m.disclaimers_read.add(code)
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_deliveryoptions(request: Request) -> Response:
    m = _room(request)
    return ok({"E": list(m.devices.values()), "M": 1 if m.email_enabled else 0})


@endpoint
async def fyi_email(request: Request) -> Response:
    value = request.query_params.get("enabled", "")
    if value.lower() not in ("true", "false"):
        raise BadRequest("Bad Request: enabled must be true or false")
    _room(request).email_enabled = value.lower() == "true"
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_device_add(request: Request) -> Response:
    body = await json_object(request)
    device_id = body.get("deviceId")
    if not isinstance(device_id, str) or not device_id:
        raise BadRequest("Bad Request: deviceId is required")
    _room(request).devices[device_id] = {
        "NM": str(body.get("deviceName", device_id)),
        "I": device_id,
        "UI": str(body.get("uiName", device_id)),
        "A": 1 if body.get("enabled", True) else 0,
    }
    return ok({"V": 1, "T": 10})


@endpoint
async def fyi_device_delete(request: Request) -> Response:
    device_id = request.path_params["deviceId"]
    if _room(request).devices.pop(device_id, None) is None:
        raise BadRequest(f"Device {device_id} not found", 404)
    return Response(status_code=200)


def fyi_routes() -> list[BaseRoute]:
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
    ]
