"""The Starlette app and the request pipeline every HTTP request goes through.

Order for one request (all in :class:`Pipeline`):

1. match the spec operation (registry), touch the session, count the request;
2. pacing (429, penalty box);
3. scripted faults that replace the answer (``fail_next``, ``drop_connection``);
4. authentication for the mode (401), then session gates (401 without a session,
   400 "Please query /accounts first" for ``/iserver/*``);
5. scripted latency, then the route (session, OAuth, domain or canned answer);
6. faults that damage a processed answer (``malformed_json``, ``drop_connection(after_processing)``);
7. count the status. An exception from a handler becomes a 500 JSON body, is logged at ERROR and is
   recorded in ``counters.server_errors``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Mount, Router, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket

from .._redact import get_logger
from ._canned import CannedAnswers
from ._context import GatewayContext
from ._domain import domain_routes, websocket_endpoint
from ._http_sessions import SESSION_PATHS, session_routes
from ._oauth import LST_PATH, SSO_SESSIONS_PATH, TOKEN_PATH, Authenticator, incoming_from_scope
from ._pacing import Pacer, retry_after_header
from ._registry import API_PREFIX, OperationLike, Registry, split_base

log = get_logger("ibkr_webapi.testing")

RAW_SEND = "fakegw.raw_send"
OPERATION = "fakegw.operation"
ACCOUNTS_PATH = API_PREFIX + "/iserver/accounts"
NO_SESSION_PATHS = frozenset({LST_PATH, TOKEN_PATH, SSO_SESSIONS_PATH})


class _FakeGatewayApp(Starlette):
    """Starlette, plus the server's own ``send`` kept in the scope (to drop connections for real)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope.setdefault(RAW_SEND, send)
        await super().__call__(scope, receive, send)


class _Drop(Exception):
    """Internal: the connection must be dropped without an answer."""


class Pipeline:
    """Pure ASGI middleware: the ordered checks of the module docstring."""

    def __init__(
        self,
        app: ASGIApp,
        ctx: GatewayContext,
        auth: Authenticator,
        pacer: Pacer,
        registry: Registry,
        canned: CannedAnswers | None,
    ) -> None:
        self.app = app
        self.canned = canned
        self.ctx = ctx
        self.auth = auth
        self.pacer = pacer
        self.registry = registry

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            _strip_trailing_slash(scope)
        if scope["type"] == "websocket":
            self.ctx.sessions.touch()
            self.ctx.counters.ws_connections += 1
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ctx = self.ctx
        operation = self.registry.match(scope["method"], scope["path"])
        if operation is not None:
            best, _ = self.registry.allowed_methods(scope["path"])
            if best is not None and best != operation.path:
                # a more literal template owns this path (for other methods): 405, as routing says
                operation = None
        scope[OPERATION] = operation
        op_id = operation.operation_id if operation is not None else None
        ctx.sessions.touch()
        window = None
        if operation is not None and operation.rate_limit is not None:
            window = operation.rate_limit.per_seconds
        # one arrival time, taken before anything that can wait (the body, the event loop): the
        # counters and the pacing windows both use it, as IBKR counts a request when it arrives
        arrived = ctx.clock.real_monotonic()
        ctx.counters.record_request(op_id, arrived, window)
        body = await _read_body(receive)
        replay = _replay(body, receive)
        status: list[int] = []
        in_flight = False

        def answered() -> None:
            nonlocal in_flight
            if in_flight:
                in_flight = False
                self.pacer.release(operation)

        async def counting_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status.append(message["status"])
                if (
                    message["status"] == 200
                    and scope["method"] == "GET"
                    and scope["path"].rstrip("/") == ACCOUNTS_PATH
                ):
                    ctx.sessions.mark_accounts_queried()
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                # the request stops counting as in flight before its last byte leaves: a client
                # that sends its next request on reading this answer must find the slot free
                answered()
            await send(message)

        decision = self.pacer.acquire(operation, arrived)
        in_flight = decision.allowed
        try:
            if not decision.allowed:
                answer = ctx.error(429, f"Too Many Requests ({decision.reason})")
                answer.headers["Retry-After"] = retry_after_header(decision)
                await answer(scope, replay, counting_send)
                return
            await self._handle(scope, replay, counting_send, operation, body)
        except _Drop:
            status.append(0)
            await _drop_connection(scope)
        finally:
            answered()  # not answered (a dropped connection, a crash): the slot is freed now
            ctx.counters.record_status(op_id, status[0] if status else 0)

    async def _handle(
        self, scope: Scope, receive: Receive, send: Send, operation: OperationLike | None, body: bytes
    ) -> None:
        ctx = self.ctx
        if operation is None and scope["method"] != "HEAD":
            # a served path asked with a method the spec does not declare: 405 with Allow, before
            # any auth or handler (as a router answers); HEAD stays with GET as HTTP says
            refused_method = _method_not_allowed(Request(scope), self.registry)
            if refused_method is not None:
                await refused_method(scope, receive, send)
                return
        op_id = operation.operation_id if operation is not None else None
        fault = ctx.faults.take(op_id) if op_id is not None else ctx.faults.take(None)
        if fault is not None and fault.kind == "fail":
            await _fault_response(ctx, fault.status, fault.body)(scope, receive, send)
            return
        if fault is not None and fault.kind == "drop":
            raise _Drop
        refused = self.auth.check(incoming_from_scope(dict(scope), body), operation)
        if refused is None:
            refused = self._session_gate(scope["path"])
        if (
            refused is None
            and operation is not None
            and self.canned is not None
            and ctx.config.validate_requests
        ):
            problem = self.canned.validate_request(scope, body, operation)
            if problem is not None:
                refused = ctx.error(400, problem)
        if refused is not None:
            await refused(scope, receive, send)
            return
        delay = ctx.faults.latency_for(op_id)
        if delay > 0:
            await asyncio.sleep(delay)
        if fault is None:
            await self._run_guarded(scope, receive, send)
            return
        captured = _Captured()
        await self._run_guarded(scope, receive, captured.send)
        if fault.kind == "drop_after":
            raise _Drop
        # malformed: the answer was produced (side effects happened); its JSON is cut in half
        broken = captured.body[: len(captured.body) // 2] + b"<!-- truncated"
        headers = [
            (k, v) for k, v in captured.headers if k.lower() not in (b"content-length", b"content-type")
        ]
        headers += [(b"content-type", b"application/json"), (b"content-length", str(len(broken)).encode())]
        await send({"type": "http.response.start", "status": captured.status, "headers": headers})
        await send({"type": "http.response.body", "body": broken})

    def _session_gate(self, path: str) -> Response | None:
        ctx = self.ctx
        if path in NO_SESSION_PATHS:
            return None
        base, rel = split_base(path)
        if base != "api" or rel.rstrip("/") in SESSION_PATHS or rel.startswith("/oauth/"):
            return None
        sessions = ctx.sessions
        if not sessions.is_alive():
            return ctx.error(401, "not authenticated")
        if rel.startswith("/iserver/"):
            if sessions.competing:
                return ctx.error(401, "competing session: POST /iserver/auth/ssodh/init with compete=true")
            if not sessions.brokerage_ready():
                return ctx.error(401, "no brokerage session: POST /iserver/auth/ssodh/init first")
            if (
                ctx.config.require_accounts_first
                and not sessions.accounts_queried
                and rel.rstrip("/") != "/iserver/accounts"
            ):
                return ctx.error(400, "Please query /accounts first")
        return None

    async def _run_guarded(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception as exc:
            where = f"{scope['method']} {scope['path']}"
            log.error("fake gateway handler crashed on %s", where, exc_info=exc)
            self.ctx.counters.record_server_error(f"{where}: {type(exc).__name__}: {exc}")
            if started:
                raise
            answer = JSONResponse(
                {"error": f"fake gateway bug: {type(exc).__name__}: {exc}", "statusCode": 500}, 500
            )
            await answer(scope, receive, send)


class _Captured:
    def __init__(self) -> None:
        self.status = 200
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")


def _fault_response(ctx: GatewayContext, status: int, body: Any) -> Response:
    if body is None:
        return ctx.error(status, f"injected fault: HTTP {status}")
    if isinstance(body, bytes | str):
        return Response(body, status_code=status, media_type="application/json")
    return JSONResponse(body, status_code=status)


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands out the buffered body once, then defers to the server's."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _drop_connection(scope: Scope) -> None:
    """Close the connection without an answer.

    Over a real socket (uvicorn), the server's request cycle is reached through its ``send`` and
    its transport is closed, so the client sees the peer disconnect without a response. In process
    (``httpx.ASGITransport``) there is no socket: raise the transport error httpx would raise.
    """
    cycle = getattr(scope.get(RAW_SEND), "__self__", None)
    transport = getattr(cycle, "transport", None)
    if transport is not None and hasattr(cycle, "disconnected"):
        cycle.disconnected = True  # type: ignore[union-attr]
        transport.close()
        return
    raise httpx.RemoteProtocolError("Server disconnected without sending a response (injected fault)")


def _strip_trailing_slash(scope: Scope) -> None:
    """Serve ``/x/`` as ``/x`` in place: no redirect, so a request is counted and paced once.

    Clients that add a slash (``/iserver/account/trades/``) reach the same handler, counter and
    pacing window as without it; a 307 to the other form would cost a second request against
    limits such as 1 per 5 s.
    """
    path: str = scope["path"]
    if len(path) > 1 and path.endswith("/"):
        stripped = path.rstrip("/") or "/"
        scope["path"] = stripped
        raw = scope.get("raw_path")
        if isinstance(raw, bytes) and raw.endswith(b"/"):
            scope["raw_path"] = raw.rstrip(b"/") or b"/"


# -- routes and app --------------------------------------------------------------------------------


def _not_found(request: Request) -> Response:
    return GatewayContext.error(404, f"not found: {request.method} {request.url.path}")


def _method_not_allowed(request: Request, registry: Registry) -> Response | None:
    """405 with ``Allow`` (the spec's methods for this path) when the path exists for other methods."""
    _, allowed = registry.allowed_methods(request.url.path)
    if not allowed:
        return None
    answer = GatewayContext.error(405, f"Method Not Allowed: {request.method} {request.url.path}")
    answer.headers["Allow"] = ", ".join(allowed)
    return answer


def make_fallback(canned: CannedAnswers | None, registry: Registry) -> ASGIApp:
    """What answers when no route matched: a canned spec answer, else 404 JSON."""

    async def fallback(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            websocket = WebSocket(scope, receive, send)
            await websocket.close(code=1008)
            return
        request = Request(scope, receive)
        operation = scope.get(OPERATION)
        answer = None
        if operation is not None and canned is not None:
            answer = await canned.respond(request, operation)
        if answer is None and operation is None:
            answer = _method_not_allowed(request, registry)
        await (answer or _not_found(request))(scope, receive, send)

    return fallback


def build_app(
    ctx: GatewayContext,
    auth: Authenticator,
    pacer: Pacer,
    registry: Registry,
    canned: CannedAnswers | None = None,
) -> Starlette:
    """The fake gateway's ASGI app (``FakeGateway.app``)."""
    fallback = make_fallback(canned, registry)
    api_routes: list[BaseRoute] = [*session_routes(), *domain_routes()]
    routes: list[BaseRoute] = [
        WebSocketRoute(API_PREFIX + "/ws", websocket_endpoint),
        *auth.routes(),
        Mount(API_PREFIX, app=Router(routes=api_routes, default=fallback)),
    ]

    async def http_exception(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        operation = request.scope.get(OPERATION)
        if exc.status_code == 405 and operation is not None and canned is not None:
            answer = await canned.respond(request, operation)
            if answer is not None:
                return answer
        if exc.status_code == 405:
            allowed = _method_not_allowed(request, registry)
            if allowed is not None:
                return allowed
        answer = GatewayContext.error(exc.status_code, f"{exc.detail}: {request.method} {request.url.path}")
        answer.headers.update(exc.headers or {})
        return answer

    app = _FakeGatewayApp(
        routes=routes,
        middleware=[Middleware(Pipeline, ctx=ctx, auth=auth, pacer=pacer, registry=registry, canned=canned)],
        exception_handlers={HTTPException: http_exception},
    )
    app.router.default = fallback
    app.state.ctx = ctx
    return app
