"""Small HTTP helpers shared by the domain handlers (context lookup, JSON bodies, error answers).

Why: every domain handler needs the same three things (the ``GatewayContext``, the parsed JSON body
with a clean 400 on garbage, IBKR-shaped errors); writing them once keeps handlers to domain logic.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ._errors import BadRequest

if TYPE_CHECKING:
    from ._state import DomainState

__all__ = ["BadRequest", "account_or_404", "ctx_of", "endpoint", "int_param", "json_object", "ok", "state_of"]


def ctx_of(request: Request) -> Any:
    return request.app.state.ctx


def state_of(request: Request) -> DomainState:
    ctx = request.app.state.ctx
    state: DomainState = ctx.state
    state.bind_clock(ctx.clock)
    return state


def error(request: Request, status: int, message: str) -> Response:
    ctx = ctx_of(request)
    if ctx is not None and hasattr(ctx, "error"):
        response: Response = ctx.error(status, message)
        return response
    return JSONResponse({"error": message, "statusCode": status}, status_code=status)


def ok(body: Any) -> JSONResponse:
    return JSONResponse(body)


async def json_body(request: Request, *, required: bool = True) -> Any:
    raw = await request.body()
    if not raw.strip():
        if required:
            raise BadRequest("Bad Request: request body is required")
        return {}
    try:
        return json.loads(raw)
    except ValueError as exc:
        raise BadRequest("Bad Request: body is not valid JSON") from exc


async def json_object(request: Request, *, required: bool = True) -> dict[str, Any]:
    body = await json_body(request, required=required)
    if not isinstance(body, dict):
        raise BadRequest("Bad Request: body must be a JSON object")
    return body


def int_param(value: str | None, name: str) -> int:
    if value is None or value == "":
        raise BadRequest(f"Bad Request: missing parameter {name}")
    try:
        return int(value)
    except ValueError as exc:
        raise BadRequest(f"Bad Request: {name} must be an integer") from exc


def account_or_404(request: Request, account: str) -> str:
    if account not in state_of(request).accounts:
        raise BadRequest(f"Bad Request: accountId {account} is not valid", 404)
    return account


Handler = Callable[[Request], Awaitable[Response]]


def endpoint(fn: Handler) -> Handler:
    """Wrap a handler so a :class:`BadRequest` becomes the IBKR error body with its status."""

    @functools.wraps(fn)
    async def wrapper(request: Request) -> Response:
        try:
            return await fn(request)
        except BadRequest as exc:
            return error(request, exc.status, exc.message)

    return wrapper
