"""HTTP endpoints of the session (status, ssodh/init, reauthenticate, tickle, logout, sso/validate).

They read and change :class:`._sessions.SessionRegistry` through the gateway context.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ._context import GatewayContext
from ._sessions import USER_ID

USER_NAME = "fakeuser1"


def _ctx(request: Request) -> GatewayContext:
    ctx: GatewayContext = request.app.state.ctx
    return ctx


async def _json_body(request: Request) -> dict[str, Any]:
    """The JSON object body, or ``{}`` for an empty / non-object / undecodable body."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


async def auth_status(request: Request) -> Response:
    return JSONResponse(_ctx(request).sessions.auth_status())


async def ssodh_init(request: Request) -> Response:
    ctx = _ctx(request)
    body = await _json_body(request)
    compete = body.get("compete", True)
    if ctx.sessions.logged_out:
        return ctx.error(401, "not logged in: log in again")
    ctx.sessions.open_brokerage(compete=compete is not False)
    status = ctx.sessions.auth_status()
    status.pop("fail", None)
    return JSONResponse(status)


async def reauthenticate(request: Request) -> Response:
    ctx = _ctx(request)
    if ctx.sessions.logged_out:
        return ctx.error(401, "not logged in: log in again")
    ctx.sessions.open_brokerage(compete=True)
    return JSONResponse({"message": "triggered"})


async def tickle(request: Request) -> Response:
    ctx = _ctx(request)
    sessions = ctx.sessions
    if sessions.logged_out:
        return ctx.error(401, "not logged in")
    response = JSONResponse(
        {
            "session": sessions.ws_session_value,
            "ssoExpires": sessions.sso_expires_ms(),
            "collission": sessions.competing,
            "userId": USER_ID,
            "hmds": {"error": "no bridge"},
            "iserver": {"authStatus": sessions.auth_status()},
        }
    )
    response.set_cookie("api", sessions.ws_session_value, httponly=True, samesite="lax")
    return response


async def logout(request: Request) -> Response:
    _ctx(request).sessions.logout()
    response = JSONResponse({"status": True})
    response.delete_cookie("api")
    return response


async def sso_validate(request: Request) -> Response:
    ctx = _ctx(request)
    if not ctx.sessions.is_alive():
        return ctx.error(401, "not authenticated")
    now_ms = int(ctx.clock.now() * 1000)
    return JSONResponse(
        {
            "USER_ID": USER_ID,
            "USER_NAME": USER_NAME,
            "RESULT": True,
            "AUTH_TIME": now_ms - 60_000,
            "SF_ENABLED": False,
            "IS_FREE_TRIAL": False,
            "CREDENTIAL": USER_NAME,
            "IP": "127.0.0.1",
            "EXPIRES": ctx.sessions.sso_expires_ms(),
            "QUALIFIED_FOR_MOBILE_AUTH": False,
            "LANDING_APP": "UNIVERSAL",
            "IS_MASTER": False,
            "lastAccessed": now_ms,
            "loginType": 2,
            "PAPER_USER_NAME": USER_NAME,
            "features": {
                "bond": True,
                "calendar": True,
                "envs": "TWS,SFI,MFI",
                "newMf": True,
                "optionChains": True,
                "realtime": True,
                "wlms": True,
            },
            "region": "NJ",
        }
    )


def session_routes() -> list[BaseRoute]:
    """Session endpoints, relative to ``/v1/api``."""
    return [
        Route("/iserver/auth/status", auth_status, methods=["GET", "POST"]),
        Route("/iserver/auth/ssodh/init", ssodh_init, methods=["POST"]),
        Route("/iserver/reauthenticate", reauthenticate, methods=["GET", "POST"]),
        Route("/tickle", tickle, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/sso/validate", sso_validate, methods=["GET"]),
    ]


SESSION_PATHS = frozenset(
    {
        "/iserver/auth/status",
        "/iserver/auth/ssodh/init",
        "/iserver/reauthenticate",
        "/tickle",
        "/logout",
        "/sso/validate",
    }
)
"""Paths (relative to ``/v1/api``) that answer without a live session: they report or repair it."""
