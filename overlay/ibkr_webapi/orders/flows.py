"""Order flows: placement with the reply loop and exactly-once recovery, modify, cancel, queries, what-if.

Every function here returns a flow (see ``_flow``); the sync and async facades only run them.

Exactly once: each order carries a cOID (generated when the caller gave none). Placement and replies
are never retried by the transport. When a placement (or a confirming reply) fails without a
trustworthy answer (connection dropped, timeout, 5xx, unreadable body) the order may or may not
exist, so instead of resending we look it up by cOID among the live orders and return what IBKR has
(``OrderAck(reconciled=True)``), or raise :class:`~ibkr_webapi.OrderStatusUnknown` with the cOID so
the caller can reconcile later. Nothing is ever sent twice.

Deadline and close: when the call's deadline passes while the placement is on the wire, the lookup
gets :attr:`ReconcileSettings.deadline` more seconds (``ExtendDeadline``). An order that never left
the client says so: :class:`~ibkr_webapi.PacingTimeout` (no pacing slot in time) or
:class:`~ibkr_webapi.ClientClosed` (closed while it waited), both with ``sent=False`` and its
``coid``; an order on the wire when the client closed raises ``OrderStatusUnknown`` (no lookup is
possible any more).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from .._exceptions import (
    ApiError,
    BadRequest,
    ClientClosed,
    ConnectError,
    IbkrError,
    NotAuthenticated,
    OrderRejected,
    OrderStatusUnknown,
    PacingTimeout,
    RequestTimeout,
    ResponseTooLarge,
    ServerError,
    TransportError,
    UnexpectedResponse,
    ValidationError,
)
from .._flow import Call, ExtendDeadline, Flow, Sleep, body_json, check_path_parameter
from .models import (
    CancelAck,
    LiveOrder,
    Order,
    OrderAck,
    OrderGroup,
    OrderPreview,
    OrderStatusDetail,
    OrderType,
    Side,
    TimeInForce,
    new_coid,
)
from .replies import DEFAULT_MAX_REPLIES, Decision, ReplyLoop, ReplyPolicy

__all__ = [
    "AccountsFlow",
    "ReconcileSettings",
    "cancel_flow",
    "live_orders_flow",
    "modify_flow",
    "order_status_flow",
    "place_flow",
    "preview_flow",
    "reset_suppressed_flow",
    "resolve_account",
    "suppress_flow",
]

#: A flow factory that makes sure ``/iserver/accounts`` was read in this brokerage session and
#: returns the accounts (a list of ids, or an object/mapping with ``selectedAccount`` / ``accounts``).
AccountsFlow = Callable[[], Flow[Any]]

# Failures after which the order may exist on IBKR's side: look it up, never resend.
_UNCERTAIN: tuple[type[Exception], ...] = (
    ConnectError,
    RequestTimeout,
    ResponseTooLarge,
    ServerError,
    UnexpectedResponse,
)


# Request bodies are the generated request models, built from the wire form the ``Order`` reports. The
# model must give back exactly that wire form (``to_dict``): if it ever did not (a field the spec types
# differently), the order is refused before sending rather than sent as something else.


def _orders_body(orders: Sequence[Order]) -> Any:
    """``OrdersSubmissionRequest`` for ``orders`` (placement and what-if)."""
    from ibkr_webapi_client.models import OrdersSubmissionRequest

    return _exact(OrdersSubmissionRequest, {"orders": [o.to_wire() for o in orders]})


def _order_body(wire: Mapping[str, Any]) -> Any:
    """``OrderRequest`` for one order's wire form (modify)."""
    from ibkr_webapi_client.models import OrderRequest

    return _exact(OrderRequest, wire)


def _exact(model_type: Any, wire: Mapping[str, Any]) -> Any:
    try:
        model = model_type.from_dict(wire)
    except (TypeError, ValueError, KeyError, AttributeError) as exc:  # e.g. extra={"jsonPayload": None}
        raise ValidationError(
            f"the generated request model cannot carry {dict(wire)!r}: {type(exc).__name__}: {exc}",
            field="orders",
        ) from None
    if model.to_dict() != wire:
        raise ValidationError(
            f"the generated request model would send {model.to_dict()!r} instead of {dict(wire)!r}",
            field="orders",
        )
    return model


def _reply_body(confirmed: bool) -> Any:
    from ibkr_webapi_client.models import OrderReplyRequest

    return OrderReplyRequest(confirmed=confirmed)


def _suppress_body(message_ids: list[str]) -> Any:
    from ibkr_webapi_client.models import SuppressQuestionsRequest

    return SuppressQuestionsRequest(message_ids=message_ids)


@dataclass(frozen=True, slots=True)
class ReconcileSettings:
    """How long to look for an order whose placement answer was lost.

    ``polls`` reads of the live orders, ``interval`` seconds apart (the transport also paces this
    endpoint at IBKR's 1 request / 5 s), within ``deadline`` seconds after the call's own deadline.
    The first read uses ``force=true`` as IBKR recommends for a
    fresh view; IBKR may answer that one with an empty list.
    """

    polls: int = 3
    interval: float = 1.0
    deadline: float = 30.0
    """Seconds the lookup may take when the call's own deadline passed during the placement."""


def resolve_account(ensure_accounts: AccountsFlow, account_id: str | None) -> Flow[str]:
    """Read /iserver/accounts (once per session, via the session) and pick the account to trade in.

    A caller's ``account_id`` is checked against IBKR's account id shape first (``ValidationError``).
    """
    if account_id:
        check_path_parameter("place_orders", "accountId", account_id)
    result = yield from ensure_accounts()
    if account_id:
        return account_id
    picked = _pick_account(result)
    if not picked:
        raise ValidationError("no account to trade in: pass account_id", field="account_id")
    return picked


def _pick_account(result: Any) -> str | None:
    if isinstance(result, str):
        return result
    for attr in ("selected_account", "selectedAccount"):
        v = result.get(attr) if isinstance(result, Mapping) else getattr(result, attr, None)
        if isinstance(v, str) and v:
            return v
    accounts = result.get("accounts") if isinstance(result, Mapping) else getattr(result, "accounts", result)
    if isinstance(accounts, Sequence) and not isinstance(accounts, str) and accounts:
        first = accounts[0]
        return (
            first
            if isinstance(first, str)
            else getattr(first, "account_id", None) or getattr(first, "id", None)
        )
    return None


# ---------------------------------------------------------------------------------------------------
# Placement


def prepare_orders(order: Order | OrderGroup | Sequence[Order]) -> tuple[Order, ...]:
    """The orders of one request, each top-level order with a cOID (bracket children keep none)."""
    if isinstance(order, Order):
        orders: tuple[Order, ...] = (order,)
    elif isinstance(order, OrderGroup):
        orders = order.orders
    else:
        orders = tuple(order)
        if not orders or not all(isinstance(o, Order) for o in orders):
            raise ValidationError("place() takes an Order, an OrderGroup or a list of Orders", field="orders")
    out = tuple(o if o.coid or o.parent_id else o.with_coid(new_coid()) for o in orders)
    if len(out) > 1:
        coids = [o.coid for o in out if o.coid]
        if len(set(coids)) != len(coids):
            raise ValidationError("two orders of one request share a cOID", field="coid")
        tops = {o.coid for o in out if o.parent_id is None}
        bracketed = any(o.parent_id for o in out) and all(
            o.parent_id is None or o.parent_id in tops for o in out
        )
        if not bracketed and not any(o.is_single_group for o in out):
            raise ValidationError(
                "IBKR takes one order per request, except brackets and OCA groups (use bracket() / oca())",
                field="orders",
            )
    return out


def place_flow(
    order: Order | OrderGroup | Sequence[Order],
    *,
    ensure_accounts: AccountsFlow,
    account_id: str | None = None,
    policy: ReplyPolicy | None = None,
    max_replies: int = DEFAULT_MAX_REPLIES,
    reconcile: ReconcileSettings = ReconcileSettings(),
) -> Flow[list[OrderAck]]:
    """Place an order (or a bracket / OCA group) and answer IBKR's questions by ``policy``."""
    orders = prepare_orders(order)  # validation happens before any request
    acct = yield from resolve_account(ensure_accounts, account_id)
    coids = [o.coid for o in orders]
    body = _orders_body(orders)
    loop = ReplyLoop(policy, coids=coids, max_replies=max_replies)
    retried = False
    try:
        try:
            response = yield Call.op("place_orders", account_id=acct, body=body)
        except NotAuthenticated:
            # A 401 means IBKR did not take the request; the driver has re-established the session
            # (re-applying suppressions), so send it once more with the same cOIDs. Should it have
            # been taken after all, IBKR refuses the reused cOID and the lookup below finds the order.
            retried = True
            response = yield Call.op("place_orders", account_id=acct, body=body)
        first = body_json(response)
    except PacingTimeout as exc:  # never left the client: not placed
        raise PacingTimeout(
            f"order cOID {coids[0]} was NOT placed: {exc}", operation_id=exc.operation_id, coid=coids[0]
        ) from exc
    except ClientClosed as exc:
        raise _closed(orders, acct, exc) from exc
    except _UNCERTAIN as exc:  # lost, cut off or unreadable (UnexpectedResponse): the order may exist
        return (yield from _reconcile(orders, acct, exc, reconcile))
    except BadRequest as exc:
        if retried:
            found = yield from _find(orders, reconcile)
            if found:
                return found
        raise _rejected_from(exc) from exc
    try:
        return (yield from _answer(loop, first, lambda exc: _reconcile(orders, acct, exc, reconcile)))
    except ClientClosed as exc:  # closed during the reply questions: IBKR holds the order
        raise _closed(orders, acct, exc, placed=True) from exc


def _answer(
    loop: ReplyLoop,
    body: Any,
    on_uncertain: Callable[[Exception], Flow[list[OrderAck]]],
) -> Flow[list[OrderAck]]:
    """Run the reply loop from IBKR's first answer to a result."""
    while True:
        try:
            step = loop.feed(body)
        except UnexpectedResponse as exc:
            return (yield from on_uncertain(exc))
        if not isinstance(step, Decision):
            return step
        try:
            response = yield Call.op(
                "reply_to_order_question",
                reply_id=step.question.reply_id,
                body=_reply_body(step.confirmed),
            )
            body = body_json(response)
        except _UNCERTAIN as exc:  # lost, cut off or unreadable (UnexpectedResponse)
            if step.then_raise is not None:  # we said no: nothing can have been placed
                raise step.then_raise from exc
            return (yield from on_uncertain(exc))
        except BadRequest as exc:
            if step.then_raise is not None:
                raise step.then_raise from exc
            raise _rejected_from(exc) from exc
        if step.then_raise is not None:
            raise step.then_raise


def _rejected_from(exc: ApiError) -> OrderRejected:
    text = exc.error_text or str(exc)
    return OrderRejected(f"IBKR rejected the order: {text}", messages=(text,), body=exc.body)


def _reconcile(
    orders: Sequence[Order], account_id: str, cause: Exception, settings: ReconcileSettings
) -> Flow[list[OrderAck]]:
    """Find the orders of a request whose answer was lost, by cOID; never resend."""
    if isinstance(cause, RequestTimeout):  # the call's deadline may be spent: give the lookup its own
        yield ExtendDeadline(settings.deadline)
    try:
        found = yield from _find(orders, settings)
    except ClientClosed as exc:
        raise _closed(orders, account_id, exc, placed=True) from cause  # the placement did leave
    if found:
        return found
    primary = next(o.coid for o in orders if o.coid)
    raise OrderStatusUnknown(
        f"the placement answer was lost ({type(cause).__name__}) and no live order has cOID {primary}; "
        "it was not resent - check again later by this cOID",
        coid=primary or "",
        account_id=account_id,
    ) from cause


def _closed(
    orders: Sequence[Order], account_id: str, exc: ClientClosed, *, placed: bool = False
) -> IbkrError:
    """The error for a placement the closing client cut short: not sent (only when the placement
    request itself never left: ``exc`` is its error and not ``placed``), else status unknown."""
    primary = next((o.coid for o in orders if o.coid), None) or ""
    if not exc.sent and not placed:
        return ClientClosed(
            f"order cOID {primary} was NOT placed: the client was closed before it was sent",
            operation_id="place_orders",
            sent=False,
            coid=primary,
        )
    return OrderStatusUnknown(
        f"the client was closed while order cOID {primary} was on the wire; it may or may not have been "
        "placed - check by this cOID with a new client",
        coid=primary,
        account_id=account_id,
    )


def _find(orders: Sequence[Order], settings: ReconcileSettings) -> Flow[list[OrderAck]]:
    """The request's orders among the live orders, by cOID (empty when the primary one is absent)."""
    primary = next(o.coid for o in orders if o.coid)
    assert primary is not None
    wanted = {o.coid for o in orders if o.coid}
    for attempt in range(max(1, settings.polls)):
        if attempt:
            yield Sleep(settings.interval)
        try:
            kwargs: dict[str, Any] = {"force": True} if attempt == 0 else {}
            response = yield Call.op("get_live_orders", **kwargs)
            rows = _live_rows(body_json(response))
        except (TransportError, ServerError, UnexpectedResponse):
            continue
        by_coid = {lo.coid: lo for lo in rows if lo.coid is not None and lo.coid in wanted}
        if primary not in by_coid:
            continue
        acks: list[OrderAck] = []
        for o in orders:
            lo = by_coid.get(o.coid) if o.coid else _child_of(rows, orders, by_coid, o)
            if lo is not None and lo.order_id is not None:
                acks.append(
                    OrderAck(
                        order_id=lo.order_id,
                        status=lo.status,
                        coid=o.coid,
                        parent_order_id=lo.parent_id,
                        reconciled=True,
                        raw=lo.raw,
                    )
                )
        return acks
    return []


def _child_of(
    rows: Sequence[LiveOrder], orders: Sequence[Order], by_coid: Mapping[str, LiveOrder], child: Order
) -> LiveOrder | None:
    """A bracket child (no cOID): the live order under the parent with the child's type and side."""
    parent = by_coid.get(child.parent_id) if child.parent_id else None
    if parent is None or parent.order_id is None:
        return None
    siblings = [o for o in orders if o.parent_id == child.parent_id]
    candidates = [r for r in rows if r.parent_id == parent.order_id]
    index = siblings.index(child)
    return candidates[index] if index < len(candidates) and len(candidates) == len(siblings) else None


def _live_rows(body: Any) -> list[LiveOrder]:
    """IBKR's ``{"orders": [...], "snapshot": ...}`` (no orders: ``"orders": []``). Any other shape
    (``{}``, ``null``, rows that are not objects) is ``UnexpectedResponse``, never "no live orders"."""
    rows = body.get("orders") if isinstance(body, Mapping) else body
    if not isinstance(rows, list) or not all(isinstance(r, Mapping) for r in rows):
        raise UnexpectedResponse(
            "get_live_orders: expected a list of order objects under 'orders'",
            operation_id="get_live_orders",
            body=body,
        )
    return [LiveOrder.from_wire(r) for r in rows]


# ---------------------------------------------------------------------------------------------------
# Modify / cancel


_TYPE_NAMES = {
    "LMT": OrderType.LIMIT, "LIMIT": OrderType.LIMIT, "MKT": OrderType.MARKET, "MARKET": OrderType.MARKET,
    "STP": OrderType.STOP, "STOP": OrderType.STOP, "STOP_LIMIT": OrderType.STOP_LIMIT,
    "STOP LIMIT": OrderType.STOP_LIMIT, "STP LMT": OrderType.STOP_LIMIT, "MIDPRICE": OrderType.MIDPRICE,
    "TRAIL": OrderType.TRAILING_STOP, "TRAILLMT": OrderType.TRAILING_STOP_LIMIT,
}  # fmt: skip
_SIDE_NAMES = {"B": Side.BUY, "BUY": Side.BUY, "S": Side.SELL, "SELL": Side.SELL}


_MODIFIABLE = frozenset(
    {"quantity", "price", "aux_price", "tif", "outside_rth", "order_type", "trailing_amount", "trailing_type",
     "listing_exchange"}
)  # fmt: skip


def order_from_status(detail: OrderStatusDetail) -> Order:
    """Rebuild an Order from IBKR's status view, so a modification can resend every attribute."""
    ot = _TYPE_NAMES.get((detail.order_type or "").upper())
    side = _SIDE_NAMES.get((detail.side or "").upper())
    if ot is None or side is None or detail.conid is None or detail.quantity is None:
        raise ValidationError(
            "cannot rebuild the order from IBKR's status (unknown type/side/conid/size); pass original=",
            field="original",
        )
    tif = (detail.tif or "DAY").upper()
    return Order(
        side=side,
        quantity=detail.quantity,
        order_type=ot,
        conid=detail.conid,
        price=detail.limit_price if ot in (OrderType.LIMIT, OrderType.STOP_LIMIT) else None,
        aux_price=detail.stop_price if ot in (OrderType.STOP, OrderType.STOP_LIMIT) else None,
        tif=tif if tif in TimeInForce.__members__ else TimeInForce.DAY,
        outside_rth=bool(detail.outside_rth),
    )


def modify_flow(
    order_id: int,
    changes: Mapping[str, Any],
    *,
    ensure_accounts: AccountsFlow,
    original: Order | None = None,
    account_id: str | None = None,
    policy: ReplyPolicy | None = None,
    max_replies: int = DEFAULT_MAX_REPLIES,
) -> Flow[OrderAck]:
    """Modify a working order: IBKR wants every attribute, so the changes are laid over the original.

    Without ``original`` the order's current attributes are read from its status first.
    """
    bad = set(changes) - _MODIFIABLE
    if bad:
        raise ValidationError(f"cannot modify {', '.join(sorted(bad))}", field=sorted(bad)[0])
    check_path_parameter("modify_order", "orderId", order_id)
    acct = yield from resolve_account(ensure_accounts, account_id)
    if original is None:
        response = yield Call.op("get_order_status", order_id=order_id)
        original = order_from_status(
            OrderStatusDetail.from_wire(_mapping(body_json(response), "order status"))
        )
    updated = replace(original, **dict(changes))  # re-validates
    wire = updated.to_wire()
    wire.pop("cOID", None)  # the order keeps its cOID; resending it would look like a new order
    loop = ReplyLoop(policy, coids=[original.coid], max_replies=max_replies)
    try:
        response = yield Call.op("modify_order", account_id=acct, order_id=order_id, body=_order_body(wire))
        first = body_json(response)
    except _UNCERTAIN as exc:
        return (yield from _confirm_modified(order_id, updated, exc))
    except BadRequest as exc:
        raise _rejected_from(exc) from exc
    acks = yield from _answer(loop, first, lambda exc: _confirm_modified_list(order_id, updated, exc))
    return acks[0]


def _confirm_modified_list(order_id: int, updated: Order, cause: Exception) -> Flow[list[OrderAck]]:
    ack = yield from _confirm_modified(order_id, updated, cause)
    return [ack]


def _confirm_modified(order_id: int, updated: Order, cause: Exception) -> Flow[OrderAck]:
    """The modify answer was lost: the order's status tells whether the change took effect."""
    try:
        response = yield Call.op("get_order_status", order_id=order_id)
        detail = OrderStatusDetail.from_wire(_mapping(body_json(response), "order status"))
    except (TransportError, ApiError):
        detail = None
    if detail is not None and _matches(detail, updated):
        return OrderAck(
            order_id=order_id, status=detail.status, coid=updated.coid, reconciled=True, raw=detail.raw
        )
    raise OrderStatusUnknown(
        f"the modify answer for order {order_id} was lost and its status does not show the change",
        coid=updated.coid or str(order_id),
    ) from cause


def _matches(d: OrderStatusDetail, o: Order) -> bool:
    def same(a: float | None, b: float | None) -> bool:
        return a is None or b is None or abs(a - b) < 1e-9

    return (
        same(d.quantity, o.quantity)
        and same(d.limit_price, o.price if o.order_type is not OrderType.STOP else None)
        and same(d.stop_price, o.aux_price)
    )


def cancel_flow(
    order_id: int, *, ensure_accounts: AccountsFlow, account_id: str | None = None
) -> Flow[CancelAck]:
    check_path_parameter("cancel_order", "orderId", order_id)  # digits only, before any request
    acct = yield from resolve_account(ensure_accounts, account_id)
    response = yield Call.op("cancel_order", account_id=acct, order_id=order_id)
    body = _mapping(body_json(response), "cancel")
    _raise_body_error(body, "cancel_order", f"IBKR refused to cancel order {order_id}")
    msg = body.get("msg")
    oid = body.get("order_id")
    return CancelAck(
        order_id=int(oid) if isinstance(oid, int) or (isinstance(oid, str) and oid.isdigit()) else order_id,
        message=str(msg) if msg is not None else None,
        raw=body,
    )


# ---------------------------------------------------------------------------------------------------
# Queries


def live_orders_flow(
    *, ensure_accounts: AccountsFlow, filters: Iterable[str] = (), force: bool = False
) -> Flow[list[LiveOrder]]:
    """Today's orders; ``filters`` (IBKR's status names, e.g. ``"Submitted"``, ``"pending_submit"``,
    and ``"sort_by_time"``) are applied here, never sent: IBKR stops ``sor`` pushes on the WebSocket
    after a filtered ``/iserver/account/orders`` call until an unfiltered one, so a filtered read
    would silently mute every stream of the session."""
    wanted = {str(f).replace("_", "").replace(" ", "").lower() for f in filters if str(f).strip()}
    by_time = "sortbytime" in wanted
    wanted.discard("sortbytime")
    yield from ensure_accounts()
    kwargs: dict[str, Any] = {"force": True} if force else {}
    response = yield Call.op("get_live_orders", **kwargs)
    body = body_json(response)
    if isinstance(body, Mapping):
        _raise_body_error(body, "get_live_orders", "IBKR refused the live-orders request")
    rows = _live_rows(body)
    if wanted:
        rows = [r for r in rows if (r.status or "").replace(" ", "").lower() in wanted]
    if by_time:
        rows.sort(key=_last_execution_time, reverse=True)  # newest first, as IBKR sorts
    return rows


def _last_execution_time(order: LiveOrder) -> float:
    value = order.raw.get("lastExecutionTime_r")
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def order_status_flow(order_id: int, *, ensure_accounts: AccountsFlow) -> Flow[OrderStatusDetail]:
    check_path_parameter("get_order_status", "orderId", order_id)
    yield from ensure_accounts()
    response = yield Call.op("get_order_status", order_id=order_id)
    body = _mapping(body_json(response), "order status")
    _raise_body_error(body, "get_order_status", f"IBKR has no status for order {order_id}")
    return OrderStatusDetail.from_wire(body)


def preview_flow(
    order: Order | OrderGroup | Sequence[Order],
    *,
    ensure_accounts: AccountsFlow,
    account_id: str | None = None,
) -> Flow[OrderPreview]:
    """What-if: commission and margin impact. Never places anything, so no cOID is needed."""
    orders = (
        order.orders
        if isinstance(order, OrderGroup)
        else (order,)
        if isinstance(order, Order)
        else tuple(order)
    )
    acct = yield from resolve_account(ensure_accounts, account_id)
    body = _orders_body(orders)
    try:
        response = yield Call.op("preview_order", account_id=acct, body=body)
    except BadRequest as exc:
        raise _rejected_from(exc) from exc
    data = _mapping(body_json(response), "what-if")
    if data.get("error"):
        text = str(data["error"])
        raise OrderRejected(f"IBKR would reject the order: {text}", messages=(text,), body=data)
    return OrderPreview.from_wire(data)


def suppress_flow(message_ids: Iterable[str]) -> Flow[None]:
    ids = sorted(set(message_ids))
    if not ids:
        return
    response = yield Call.op("suppress_order_questions", body=_suppress_body(ids))
    body = body_json(response)
    if isinstance(body, Mapping):
        _raise_body_error(body, "suppress_order_questions", "IBKR refused to suppress questions")


def reset_suppressed_flow() -> Flow[None]:
    response = yield Call.op("reset_suppressed_questions")
    body = body_json(response)
    if isinstance(body, Mapping):
        _raise_body_error(body, "reset_suppressed_questions", "IBKR refused to reset suppressed questions")


# ---------------------------------------------------------------------------------------------------


def _mapping(body: Any, what: str) -> dict[str, Any]:
    if not isinstance(body, Mapping):
        raise UnexpectedResponse(f"{what}: expected a JSON object", body=body)
    return dict(body)


def _raise_body_error(body: Mapping[str, Any], operation_id: str, message: str) -> None:
    """A 200 whose body is ``{"error": ...}`` is a failure, never a success."""
    err = body.get("error")
    if err not in (None, "", False):
        raise BadRequest(
            f"{message}: {err}", status_code=200, error_text=str(err), operation_id=operation_id, body=body
        )
