"""HTTP handlers for orders: place, reply, suppress, modify, cancel, what-if, live orders, status, trades.

Why thin: all order logic lives in :mod:`._orders` (``OrderBook``); these handlers only parse
paths/bodies, pick the account, and keep suppressed questions tied to the brokerage session.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._orders import OrderBook
from ._web import BadRequest, account_or_404, ctx_of, endpoint, int_param, json_object, ok, state_of


def _book(request: Request) -> OrderBook:
    state = state_of(request)
    sessions = getattr(ctx_of(request), "sessions", None)
    if sessions is not None:
        state.orders.sync_session((sessions.ws_session_value, getattr(sessions, "expirations", 0)))
    return state.orders


@endpoint
async def place_orders(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    body = await json_object(request)
    if "orders" not in body:
        raise BadRequest('Bad Request: body must be {"orders": [...]}')
    return ok(_book(request).place(account, body["orders"]))


@endpoint
async def reply(request: Request) -> Response:
    body = await json_object(request)
    return ok(_book(request).reply(request.path_params["replyId"], body.get("confirmed")))


@endpoint
async def suppress(request: Request) -> Response:
    body = await json_object(request)
    ids = body.get("messageIds")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise BadRequest('Bad Request: body must be {"messageIds": ["o163", ...]}')
    book = _book(request)
    with book.lock:
        book.suppressed.update(ids)
    return ok({"status": "submitted"})


@endpoint
async def suppress_reset(request: Request) -> Response:
    book = _book(request)
    with book.lock:
        book.suppressed.clear()
    return ok({"status": "submitted"})


@endpoint
async def modify_order(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    order_id = int_param(request.path_params["orderId"], "orderId")
    body = await json_object(request)
    return ok(_book(request).modify(account, order_id, body))


@endpoint
async def cancel_order(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    order_id = int_param(request.path_params["orderId"], "orderId")
    return ok(_book(request).cancel(account, order_id))


@endpoint
async def whatif(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    body = await json_object(request)
    return ok(_book(request).whatif(account, body.get("orders")))


@endpoint
async def live_orders(request: Request) -> Response:
    state = state_of(request)
    filters = request.query_params.get("filters", "").split(",")
    account = request.query_params.get("accountId") or state.selected_account
    force = request.query_params.get("force", "").lower() == "true"
    rows = _book(request).live_orders(account, filters, force)
    if rows is None:  # IBKR's first answer of a session: nothing yet, not a snapshot
        return ok({"orders": [], "snapshot": False})
    return ok({"orders": rows, "snapshot": True})


@endpoint
async def order_status(request: Request) -> Response:
    book = _book(request)
    order = book.get(int_param(request.path_params["orderId"], "orderId"))
    return ok(book.status_view(order))


@endpoint
async def trades(request: Request) -> Response:
    state = state_of(request)
    raw_days = request.query_params.get("days", "1")
    days = int_param(raw_days, "days")
    if not 1 <= days <= 7:
        raise BadRequest("Bad Request: days must be between 1 and 7")
    since = state.now_ms() - days * 86_400_000
    account = request.query_params.get("accountId") or state.selected_account
    return ok(_book(request).trades_since(account, since))


def order_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/account/{accountId}/orders", place_orders, methods=["POST"]),
        Route("/iserver/account/{accountId}/orders/whatif", whatif, methods=["POST"]),
        Route("/iserver/account/{accountId}/order/{orderId}", modify_order, methods=["POST"]),
        Route("/iserver/account/{accountId}/order/{orderId}", cancel_order, methods=["DELETE"]),
        Route("/iserver/reply/{replyId}", reply, methods=["POST"]),
        Route("/iserver/questions/suppress", suppress, methods=["POST"]),
        Route("/iserver/questions/suppress/reset", suppress_reset, methods=["POST"]),
        Route("/iserver/account/orders", live_orders, methods=["GET"]),
        Route("/iserver/account/order/status/{orderId}", order_status, methods=["GET"]),
        Route("/iserver/account/trades", trades, methods=["GET"]),
    ]
