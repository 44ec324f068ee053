"""The order engine: validation, reply questions, cOID uniqueness, brackets/OCA, fills, modify, cancel.

Why stateful: the hard parts of IBKR order handling for a client are stateful (a question chain held
under a reply id, a cOID that may be used once per account and day, children that wait for their
parent, OCA siblings that cancel each other, fills that move positions and cash). Fills happen
against the seeded market: marketable orders fill at placement, resting ones when a later price
step crosses them. Every status change is published on the event bus for ``sor``/``str``/``spl``.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from ._errors import BadRequest
from ._events import Event
from ._market import Market
from ._portfolio import Portfolio, commission_for
from ._questions import OrderCheck, QuestionRules
from ._universe import Instrument, Universe

if TYPE_CHECKING:
    from ._events import EventBus
    from ._settings import DomainSettings

ORDER_TYPES = {
    "LMT": ("Limit", "LIMIT"),
    "MKT": ("Market", "MARKET"),
    "STP": ("Stop", "STOP"),
    "STOP_LIMIT": ("Stop Limit", "STOP_LIMIT"),
}
STATUS_WORDS = {
    "PendingSubmit": "Order Pending Submission",
    "PreSubmitted": "Order Submitted",
    "Submitted": "Order Submitted",
    "PendingCancel": "Cancel Pending",
    "Cancelled": "Order Cancelled",
    "Filled": "Order Filled",
    "Inactive": "Order Inactive",
}
TIFS = ("DAY", "GTC", "IOC", "OPG", "PAX")
ACTIVE = ("PendingSubmit", "PreSubmitted", "Submitted", "PendingCancel")
COLORS = {
    "PendingSubmit": ("#FFFFFF", "#3399CC"),
    "PreSubmitted": ("#FFFFFF", "#0000CC"),
    "Submitted": ("#000000", "#00F000"),
    "Filled": ("#FFFFFF", "#000000"),
    "Cancelled": ("#FFFFFF", "#AA0000"),
    "PendingCancel": ("#FFFFFF", "#AA0000"),
    "Inactive": ("#000000", "#AFAFAF"),
}


#: One execution of a fill: (instrument, side, quantity, price); combos execute once per leg.
Execution = tuple[Instrument, str, float, float]


@dataclass(frozen=True)
class OrderSpec:
    """A validated order request (placement or modification)."""

    inst: Instrument
    side: str
    order_type: str
    quantity: float
    tif: str
    price: float | None = None
    aux_price: float | None = None
    outside_rth: bool = False
    coid: str | None = None
    parent_coid: str | None = None
    single_group: bool = False
    cash_qty: float | None = None


@dataclass
class Order:
    order_id: int
    account: str
    spec: OrderSpec
    status: str
    created_ms: int
    parent_id: int | None = None
    oca_group: str | None = None
    filled: float = 0.0
    avg_fill: float = 0.0
    triggered: bool = False
    last_ms: int = 0
    children: list[int] = field(default_factory=list)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE

    @property
    def inst(self) -> Instrument:
        return self.spec.inst


@dataclass
class Pending:
    """Orders held back until every question is answered (``/iserver/reply/{id}``)."""

    account: str
    specs: list[OrderSpec]
    questions: list[tuple[str, str, tuple[str, ...]]]  # (message id, text, options)
    modify_id: int | None = None


def _num(order: dict[str, Any], key: str) -> float | None:
    value = order.get(key)
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadRequest(f"Bad Request: {key} must be a number")
    try:
        return float(value)
    except ValueError as exc:
        raise BadRequest(f"Bad Request: {key} must be a number") from exc


class OrderBook:
    """All orders of the fake username; the lock makes placement, replies and fills atomic."""

    def __init__(
        self,
        universe: Universe,
        market: Market,
        portfolio: Portfolio,
        bus: EventBus,
        rules: QuestionRules,
        settings: DomainSettings,
        lock: threading.RLock,
    ) -> None:
        self.universe = universe
        self.market = market
        self.portfolio = portfolio
        self.bus = bus
        self.rules = rules
        self.settings = settings
        self.lock = lock
        self.orders: dict[int, Order] = {}
        self.trades: list[dict[str, Any]] = []
        self.pending: dict[str, Pending] = {}
        self.suppressed: set[str] = set()
        self.sor_suppressed = False  # after a filtered /iserver/account/orders call
        self._coids: dict[tuple[str, str, str], int] = {}
        self._next_id = 1_000_000_000 + (settings.seed * 7919) % 100_000_000
        self._exec_seq = 0
        self._session_key: object = None
        self._orders_listed = False  # for settings.first_orders_empty
        self.now_ms: Callable[[], int] = lambda: int(dt.datetime.now().timestamp() * 1000)
        market.add_listener(self.on_price)

    # -- session ---------------------------------------------------------------------------------
    def sync_session(self, key: object) -> None:
        """A new brokerage session forgets suppressed questions and unanswered replies."""
        with self.lock:
            if key != self._session_key:
                self._session_key = key
                self.suppressed.clear()
                self.pending.clear()
                self._orders_listed = False

    # -- validation ------------------------------------------------------------------------------
    def parse(self, raw: Any, account: str) -> OrderSpec:
        if not isinstance(raw, dict):
            raise BadRequest("Bad Request: each order must be a JSON object")
        # modify needs every original attribute again, the same set as placement (IBKR rejects partial bodies)
        required = ["conid", "orderType", "side", "quantity", "tif"]
        if "conid" not in raw and "conidex" in raw:
            required.remove("conid")
        if raw.get("quantity") in (None, "") and raw.get("cashQty") not in (None, ""):
            required.remove("quantity")
        missing = [k for k in required if raw.get(k) in (None, "")]
        order_type = str(raw.get("orderType", "")).upper()
        if order_type in ("LMT", "STOP_LIMIT") and raw.get("price") in (None, ""):
            missing.append("price")
        if (
            order_type in ("STP", "STOP_LIMIT")
            and raw.get("auxPrice") in (None, "")
            and not (order_type == "STP" and raw.get("price") not in (None, ""))
        ):
            missing.append("auxPrice")
        if missing:
            raise BadRequest(f"Bad Request: missing required order field(s): {', '.join(missing)}")
        if raw.get("acctId") not in (None, "", account):
            raise BadRequest(f"Bad Request: acctId {raw.get('acctId')} does not match account {account}")
        inst = self._instrument(raw)
        if order_type not in ORDER_TYPES:
            raise BadRequest(f"Bad Request: unsupported orderType {raw.get('orderType')!r}")
        side = str(raw["side"]).upper()
        if side not in ("BUY", "SELL"):
            raise BadRequest("Bad Request: side must be BUY or SELL")
        tif = str(raw["tif"]).upper()
        if tif not in TIFS:
            raise BadRequest(f"Bad Request: tif must be one of {', '.join(TIFS)}")
        price = _num(raw, "price")
        aux = _num(raw, "auxPrice")
        cash_qty = _num(raw, "cashQty")
        quantity = self._cash_quantity(inst, side, order_type, cash_qty, price, raw)
        if quantity <= 0:
            raise BadRequest("Bad Request: quantity must be positive")
        if order_type == "STP" and aux is None:
            aux, price = price, None
        if order_type == "MKT":
            price = None
        return OrderSpec(
            inst,
            side,
            order_type,
            quantity,
            tif,
            price,
            aux,
            bool(raw.get("outsideRTH", False)),
            str(raw["cOID"]) if raw.get("cOID") not in (None, "") else None,
            str(raw["parentId"]) if raw.get("parentId") not in (None, "") else None,
            bool(raw.get("isSingleGroup", False)),
            cash_qty,
        )

    def _cash_quantity(
        self,
        inst: Instrument,
        side: str,
        order_type: str,
        cash_qty: float | None,
        price: float | None,
        raw: dict[str, Any],
    ) -> float:
        """``quantity``, or for a cash quantity stock order ``cashQty / price`` (limit price, else the
        side's touch), rounded down to IBKR's 4 fractional-share decimals."""
        if cash_qty is None:
            return _num(raw, "quantity") or 0.0
        if raw.get("quantity") not in (None, ""):
            raise BadRequest("Bad Request: give quantity or cashQty, not both")
        if inst.sec_type != "STK":
            raise BadRequest("Bad Request: cashQty orders are only supported for stocks")
        if cash_qty <= 0:
            raise BadRequest("Bad Request: cashQty must be positive")
        bid, ask, _ = self.market.prices(inst)
        at = price if order_type in ("LMT", "STOP_LIMIT") and price else ask if side == "BUY" else bid
        return math.floor(cash_qty / at * 10_000) / 10_000

    def _instrument(self, raw: dict[str, Any]) -> Instrument:
        conid_value = raw.get("conid")
        if conid_value in (None, ""):
            conidex = str(raw.get("conidex", ""))
            if ";;;" in conidex:
                try:
                    return self.universe.combo(conidex)
                except ValueError as exc:
                    raise BadRequest(f"Bad Request: {exc}") from exc
            conid_value = conidex.split("@")[0]
        try:
            conid = int(str(conid_value))
        except ValueError as exc:
            raise BadRequest("Bad Request: conid must be an integer") from exc
        inst = self.universe.get(conid)
        if inst is None or inst.sec_type in ("IND", "BAG"):
            raise BadRequest(f"Bad Request: invalid conid {conid}")
        return inst

    def _check(self, spec: OrderSpec, account: str) -> OrderCheck:
        bid, ask, _ = self.market.prices(spec.inst)
        opposite = any(
            o.active and o.account == account and o.inst == spec.inst and o.spec.side != spec.side
            for o in self.orders.values()
        )
        s = self.settings
        return OrderCheck(
            spec.inst,
            spec.side,
            spec.quantity,
            spec.order_type,
            spec.price,
            ask if spec.side == "BUY" else bid,
            self.market.market_open,
            spec.outside_rth,
            all(c in self.market.subscribed for c in self.market.leg_conids(spec.inst)),
            opposite,
            s.price_constraint_pct,
            s.size_limit,
            s.value_limit,
        )

    # -- placement -------------------------------------------------------------------------------
    def place(self, account: str, raw_orders: Any) -> Any:
        """``POST /iserver/account/{id}/orders``: a question, a success list, or BadRequest."""
        if not isinstance(raw_orders, list) or not raw_orders:
            raise BadRequest('Bad Request: body must be {"orders": [...]} with at least one order')
        with self.lock:
            specs = [self.parse(r, account) for r in raw_orders]
            self._check_structure(account, specs)
            return self._ask_or_submit(Pending(account, specs, []))

    def _check_structure(self, account: str, specs: list[OrderSpec]) -> None:
        day = self._day()
        seen: set[str] = set()
        for spec in specs:
            if spec.coid is None:
                continue
            if spec.coid in seen or (account, day, spec.coid) in self._coids:
                raise BadRequest(f"Local order ID={spec.coid} is already registered.", 200)
            seen.add(spec.coid)
        if len(specs) > 1:
            parents = {s.coid for s in specs if s.parent_coid is None}
            bracket = all(s.parent_coid is None or s.parent_coid in parents for s in specs) and any(
                s.parent_coid for s in specs
            )
            if not bracket and not any(s.single_group for s in specs):
                raise BadRequest(
                    "Bad Request: only one order per request, except brackets (children with "
                    "parentId = the parent's cOID) and OCA groups (isSingleGroup)"
                )
        for spec in specs:
            if spec.parent_coid and spec.parent_coid not in seen:
                parent = self._coids.get((account, day, spec.parent_coid))
                if parent is None:
                    raise BadRequest(f"Bad Request: parentId {spec.parent_coid} is not a known cOID")

    def _ask_or_submit(self, pending: Pending) -> Any:
        if not pending.questions:
            checks = [self._check(s, pending.account) for s in pending.specs]
            pending.questions = [
                (r.message_id, text, r.options) for r, text in self.rules.questions(checks, self.suppressed)
            ]
        if pending.questions:
            msg_id, text, options = pending.questions[0]
            reply_id = str(uuid.uuid4())
            self.pending[reply_id] = pending
            return [
                {
                    "id": reply_id,
                    "message": [text],
                    "isSuppressed": False,
                    "messageIds": [msg_id],
                    "messageOptions": list(options),
                    # every question of the fake can be suppressed with /iserver/questions/suppress
                    "isSuppressible": True,
                    "defaultSuppressionOption": options[0] if options else "Yes",
                }
            ]
        if pending.modify_id is not None:
            return self._apply_modify(pending.modify_id, pending.specs[0])
        return self._submit(pending.account, pending.specs)

    def reply(self, reply_id: str, confirmed: Any) -> Any:
        """``POST /iserver/reply/{id}``: next question, success, or the "not confirmed" rejection."""
        if not isinstance(confirmed, bool):
            raise BadRequest('Bad Request: body must be {"confirmed": true|false}')
        with self.lock:
            pending = self.pending.pop(reply_id, None)
            if pending is None:
                raise BadRequest(f"Bad Request: reply id {reply_id} is not valid or has expired", 400)
            if not confirmed:
                return {"error": "Order was not confirmed; it has not been submitted."}
            pending.questions = pending.questions[1:]
            if not pending.questions:
                # the answered questions are settled; re-check nothing, submit
                return self._finish(pending)
            return self._ask_or_submit(pending)

    def _finish(self, pending: Pending) -> Any:
        if pending.modify_id is not None:
            return self._apply_modify(pending.modify_id, pending.specs[0])
        return self._submit(pending.account, pending.specs)

    def _day(self) -> str:
        return dt.datetime.fromtimestamp(self.now_ms() / 1000).strftime("%Y%m%d")

    def _submit(self, account: str, specs: list[OrderSpec]) -> list[dict[str, Any]]:
        now = self.now_ms()
        day = self._day()
        created: list[Order] = []
        by_coid: dict[str, int] = {}
        group = None
        for spec in specs:
            self._next_id += 1
            order = Order(self._next_id, account, spec, "PendingSubmit", now, last_ms=now)
            if spec.coid:
                by_coid[spec.coid] = order.order_id
                self._coids[(account, day, spec.coid)] = order.order_id
            if spec.parent_coid:
                parent_id = by_coid.get(spec.parent_coid) or self._coids.get((account, day, spec.parent_coid))
                order.parent_id = parent_id
                if parent_id is not None:
                    if parent_id in self.orders:
                        self.orders[parent_id].children.append(order.order_id)
                    order.oca_group = f"bracket-{parent_id}"
            if spec.single_group:
                group = group or f"oca-{order.order_id}"
                order.oca_group = group
            self.orders[order.order_id] = order
            created.append(order)
        for order in created:
            self._publish_order(order, full=True)
            self._set_status(order, self._initial_status(order))
        answer = [
            {"order_id": str(o.order_id), "order_status": o.status, "encrypt_message": "1"} for o in created
        ]
        for order in created:
            self._try_fill(order)
        return answer

    def _initial_status(self, order: Order) -> str:
        if order.parent_id is not None:
            parent = self.orders.get(order.parent_id)
            if parent is not None and parent.status != "Filled":
                return "PreSubmitted"
        if order.spec.order_type in ("STP", "STOP_LIMIT"):
            return "PreSubmitted"
        if not self.market.market_open and not order.spec.outside_rth:
            return "PreSubmitted"
        return "Submitted"

    # -- fills -----------------------------------------------------------------------------------
    def on_price(self, root_conid: int) -> None:
        with self.lock:
            for order in list(self.orders.values()):
                if order.active and root_conid in self.market.walk_roots(order.inst):
                    self._try_fill(order)

    def _waiting_for_parent(self, order: Order) -> bool:
        if order.parent_id is None:
            return False
        parent = self.orders.get(order.parent_id)
        return parent is not None and parent.status != "Filled"

    def _try_fill(self, order: Order) -> None:
        if not order.active or order.status == "PendingCancel" or self._waiting_for_parent(order):
            return
        if not self.market.market_open and not order.spec.outside_rth:
            return
        if self.market.is_halted(order.inst):
            return
        spec = order.spec
        bid, ask, last = self.market.prices(order.inst)
        buy = spec.side == "BUY"
        if spec.order_type in ("STP", "STOP_LIMIT") and not order.triggered:
            stop = spec.aux_price or 0.0
            if (buy and last >= stop) or (not buy and last <= stop):
                order.triggered = True
                if order.status == "PreSubmitted":
                    self._set_status(order, "Submitted")
            else:
                if order.status != "PreSubmitted":
                    self._set_status(order, "PreSubmitted")
                return
        touch = ask if buy else bid
        limit = spec.price if spec.order_type in ("LMT", "STOP_LIMIT") else None
        if limit is not None and ((buy and touch > limit) or (not buy and touch < limit)):
            if order.status == "PreSubmitted" and spec.order_type == "LMT":
                self._set_status(order, "Submitted")
            return
        lot = order.spec.quantity - order.filled
        if self.settings.partial_fills and not order.inst.legs:
            quote = self.market.quote(order.inst.conid)
            lot = min(lot, float(quote.ask_size if buy else quote.bid_size))
        self._fill(order, touch, lot)

    def executions(self, inst: Instrument, side: str, qty: float, price: float) -> list[Execution]:
        """What a fill executes: the order itself, or for a combo each leg at its own touch (a leg with
        a negative ratio trades the other side), ``qty * |ratio|`` of it."""
        if not inst.legs:
            return [(inst, side, qty, price)]
        out: list[Execution] = []
        for conid, ratio in inst.legs:
            buy = (ratio > 0) == (side == "BUY")
            bid, ask = self.market.bid_ask(conid)
            out.append(
                (
                    self.universe.by_conid[conid],
                    "BUY" if buy else "SELL",
                    qty * abs(ratio),
                    ask if buy else bid,
                )
            )
        return out

    def _fill(self, order: Order, price: float, lot: float | None = None) -> None:
        """Execute ``lot`` (default: all that remains) at ``price``; Filled when nothing remains."""
        remaining = order.spec.quantity - order.filled
        qty = remaining if lot is None else min(lot, remaining)
        now = self.now_ms()
        order.avg_fill = (order.avg_fill * order.filled + price * qty) / (order.filled + qty)
        order.filled += qty
        order.last_ms = now
        trades = []
        for inst, side, leg_qty, leg_price in self.executions(order.inst, order.spec.side, qty, price):
            commission = commission_for(inst, leg_qty, leg_price)
            self._exec_seq += 1
            self.portfolio.apply_fill(order.account, inst, side, leg_qty, leg_price, commission)
            trades.append(self._trade_row(order, (inst, side, leg_qty, leg_price), commission, now))
        self.trades.extend(trades)
        if order.filled < order.spec.quantity:  # a partial fill: still working, the rest later
            if order.status != "Submitted":
                self._set_status(order, "Submitted")
            self._publish_order(order, full=True)
            for trade in trades:
                self.bus.publish(Event("trade", order.account, {"trade": trade}))
            return
        self._set_status(order, "Filled")
        for trade in trades:
            self.bus.publish(Event("trade", order.account, {"trade": trade}))
        for child_id in order.children:
            child = self.orders.get(child_id)
            if child is not None and child.active:
                self._set_status(child, self._initial_status(child))
                self._try_fill(child)
        if order.oca_group:
            for other in self.orders.values():
                if other is not order and other.oca_group == order.oca_group and other.active:
                    self._set_status(other, "Cancelled")

    # -- modify / cancel -------------------------------------------------------------------------
    def modify(self, account: str, order_id: int, raw: Any) -> Any:
        with self.lock:
            order = self._owned(account, order_id)
            if not order.active:
                raise BadRequest(f"Bad Request: order {order_id} cannot be modified: it is {order.status}")
            spec = self.parse(raw, account)
            if spec.inst != order.inst or spec.side != order.spec.side:
                raise BadRequest("Bad Request: conid and side of an order cannot be modified")
            spec = replace(
                spec,
                coid=order.spec.coid,
                parent_coid=order.spec.parent_coid,
                single_group=order.spec.single_group,
            )
            return self._ask_or_submit(Pending(account, [spec], [], modify_id=order_id))

    def _apply_modify(self, order_id: int, spec: OrderSpec) -> list[dict[str, Any]]:
        order = self.orders[order_id]
        if not order.active:
            return [{"error": f"Order {order_id} is {order.status} and can no longer be modified."}]
        order.spec = spec
        order.triggered = False
        order.last_ms = self.now_ms()
        self._publish_order(order, full=True)
        self._try_fill(order)
        return [{"order_id": str(order_id), "order_status": order.status, "encrypt_message": "1"}]

    def cancel(self, account: str, order_id: int) -> dict[str, Any]:
        with self.lock:
            order = self._owned(account, order_id)
            if not order.active:
                raise BadRequest(f"Bad Request: order {order_id} cannot be cancelled: it is {order.status}")
            self._set_status(order, "PendingCancel")
            self._set_status(order, "Cancelled")
            for child_id in order.children:
                child = self.orders.get(child_id)
                if child is not None and child.active:
                    self._set_status(child, "Cancelled")
            return {"msg": "Request was submitted", "order_id": order_id, "conid": -1, "account": None}

    def _owned(self, account: str, order_id: int) -> Order:
        order = self.orders.get(order_id)
        if order is None or order.account != account:
            raise BadRequest(f"OrderID {order_id} doesn't exist", 404)
        return order

    def get(self, order_id: int) -> Order:
        order = self.orders.get(order_id)
        if order is None:
            raise BadRequest(f"OrderID {order_id} doesn't exist", 404)
        return order

    # -- events and views ------------------------------------------------------------------------
    def _set_status(self, order: Order, status: str) -> None:
        if order.status == status:
            return
        order.status = status
        order.last_ms = self.now_ms()
        bg, fg = COLORS.get(status, ("#FFFFFF", "#000000"))
        delta: dict[str, Any] = {
            "acct": order.account,
            "orderId": order.order_id,
            "status": status,
            "bgColor": bg,
            "fgColor": fg,
        }
        if status in ("Submitted", "Cancelled", "Filled"):
            delta["order_ccp_status"] = status
        if status == "Filled":
            delta.update(self.order_row(order))
        self.bus.publish(Event("order", order.account, delta))

    def _publish_order(self, order: Order, *, full: bool) -> None:
        self.bus.publish(Event("order", order.account, self.order_row(order) if full else {}))

    def description(self, order: Order) -> str:
        spec = order.spec
        verb = ("Bought" if spec.side == "BUY" else "Sold") if order.status == "Filled" else spec.side.title()
        kind = ORDER_TYPES[spec.order_type][0]
        price = ""
        if spec.order_type == "LMT" and spec.price is not None:
            price = f" {spec.price:.2f}"
        elif spec.order_type == "STP" and spec.aux_price is not None:
            price = f" {spec.aux_price:.2f}"
        elif spec.order_type == "STOP_LIMIT":
            price = f" {spec.price or 0:.2f}, stop {spec.aux_price or 0:.2f}"
        tif = {"DAY": "Day", "GTC": "GTC"}.get(spec.tif, spec.tif)
        return f"{verb} {spec.quantity:g} {order.inst.symbol} {kind}{price}, {tif}"

    def order_row(self, order: Order) -> dict[str, Any]:
        """A live-orders row (``GET /iserver/account/orders`` and full ``sor`` frames)."""
        spec = order.spec
        inst = order.inst
        bg, fg = COLORS.get(order.status, ("#FFFFFF", "#000000"))
        row: dict[str, Any] = {
            "acct": order.account,
            "conidex": inst.conidex,
            "conid": inst.conid,
            "account": order.account,
            "orderId": order.order_id,
            "cashCcy": inst.currency,
            "sizeAndFills": f"{order.filled:g}/{spec.quantity:g}"
            if order.status != "Filled"
            else f"{spec.quantity:g}",
            "orderDesc": self.description(order),
            "description1": inst.contract_desc,
            "ticker": inst.symbol,
            "secType": inst.sec_type,
            "listingExchange": "NASDAQ.NMS" if inst.exchange == "NASDAQ" else inst.exchange,
            "remainingQuantity": spec.quantity - order.filled,
            "filledQuantity": order.filled,
            "totalSize": spec.quantity,
            "companyName": inst.name,
            "status": order.status,
            "order_ccp_status": order.status,
            "origOrderType": ORDER_TYPES[spec.order_type][1],
            "supportsTaxOpt": "1",
            "lastExecutionTime": _ibkr_time(order.last_ms),
            "lastExecutionTime_r": order.last_ms,
            "orderType": ORDER_TYPES[spec.order_type][0],
            "bgColor": bg,
            "fgColor": fg,
            "isEventTrading": "1" if inst.event else "0",
            "price": f"{spec.price:.2f}" if spec.price is not None else "",
            "timeInForce": spec.tif,
            "side": spec.side,
            "outsideRTH": spec.outside_rth,
        }
        if spec.aux_price is not None:
            row["auxPrice"] = f"{spec.aux_price:.2f}"
        if spec.coid:
            row["order_ref"] = spec.coid
        if order.parent_id is not None:
            row["parentId"] = order.parent_id
        if order.filled:
            row["avgPrice"] = f"{order.avg_fill:.2f}"
        return row

    def status_view(self, order: Order) -> dict[str, Any]:
        """``GET /iserver/account/order/status/{id}``."""
        spec = order.spec
        inst = order.inst
        bg, fg = COLORS.get(order.status, ("#FFFFFF", "#000000"))
        final = not order.active
        desc = self.description(order)
        view: dict[str, Any] = {
            "sub_type": None,
            "request_id": str(order.order_id % 100_000),
            "order_id": order.order_id,
            "conidex": inst.conidex,
            "conid": inst.conid,
            "symbol": inst.symbol,
            "side": "B" if spec.side == "BUY" else "S",
            "contract_description_1": inst.contract_desc,
            "listing_exchange": "NASDAQ.NMS" if inst.exchange == "NASDAQ" else inst.exchange,
            "is_event_trading": "1" if inst.event else "0",
            "order_desc": desc,
            "order_status": order.status,
            "order_type": ORDER_TYPES[spec.order_type][1],
            "size": _fmt_qty(spec.quantity),
            "fill_price": f"{order.avg_fill:.2f}",
            "filled_quantity": _fmt_qty(order.filled),
            "remaining_quantity": _fmt_qty(spec.quantity - order.filled),
            "avg_fill_price": f"{order.avg_fill:.2f}",
            "last_fill_price": f"{order.avg_fill:.2f}",
            "total_size": _fmt_qty(spec.quantity),
            "total_cash_size": f"{spec.cash_qty or 0:.1f}",
            "price": f"{spec.price:.2f}" if spec.price is not None else "0.0",
            "limit_price": f"{spec.price:.2f}" if spec.price is not None else None,
            "stop_price": f"{spec.aux_price:.2f}" if spec.aux_price is not None else None,
            "tif": spec.tif,
            "bg_color": bg,
            "fg_color": fg,
            "order_not_editable": final,
            "editable_fields": "",
            "cannot_cancel_order": final,
            "outside_rth": spec.outside_rth,
            "all_or_none": False,
            "deactivate_order": False,
            "use_price_mgmt_algo": False,
            "sec_type": inst.sec_type,
            "order_description": desc,
            "order_description_with_contract": desc,
            "clearing_id": "IB",
            "clearing_name": "IB",
            "alert_active": 1,
            "child_order_type": "0" if order.parent_id is None else "3",
            "order_clearing_account": order.account,
            "size_and_fills": f"{order.filled:g}/{spec.quantity:g}",
            "exit_strategy_display_price": f"{spec.price or 0:.2f}",
            "exit_strategy_chart_description": desc,
            "exit_strategy_tool_availability": "1",
            "allowed_duplicate_opposite": True,
            "order_time": _ibkr_time(order.created_ms),
            "account": order.account,
            "currency": inst.currency,
            "company_name": inst.name,
            "available_chart_periods": "#R|1",
            "option_acct": "c",
            # what IBKR sends beside the status while an order works: the cumulative fill, the
            # clearing status code ("0" until cleared) and the status in words; the server id
            # of the order's market-data line
            "cum_fill": f"{order.filled:.1f}",
            "order_ccp_status": "0" if order.active else ("2" if order.status == "Filled" else "1"),
            "order_status_description": STATUS_WORDS.get(order.status, order.status),
            "server_id": str(order.order_id % 1000),
        }
        return {k: v for k, v in view.items() if v is not None or k == "sub_type"}

    def _trade_row(self, order: Order, execution: Execution, commission: float, now: int) -> dict[str, Any]:
        inst, side, qty, price = execution
        verb = "Bought" if side == "BUY" else "Sold"
        described = (
            self.description(order).replace(order.spec.side.title(), verb, 1)
            if inst is order.inst
            else f"{verb} {qty:g} {inst.contract_desc} @ {price:.2f} (combo leg)"
        )
        return {
            "execution_id": f"0000{order.order_id:08x}.{self._exec_seq:08x}.01.01",
            "symbol": inst.symbol,
            "supports_tax_opt": "1",
            "side": "B" if side == "BUY" else "S",
            "order_description": described,
            "trade_time": dt.datetime.fromtimestamp(now / 1000, dt.UTC).strftime("%Y%m%d-%H:%M:%S"),
            "trade_time_r": now,
            "size": qty,
            "price": round(price, 2),  # a JSON number, as in recorded trades
            "order_ref": order.spec.coid or "",
            "submitter": self.settings.username,
            "exchange": "ISLAND" if inst.exchange == "NASDAQ" else inst.exchange,
            "commission": f"{commission:.2f}",
            "net_amount": round(qty * price * inst.multiplier, 2),
            "account": order.account,
            "accountCode": order.account,
            "company_name": inst.name,
            "contract_description_1": inst.contract_desc,
            "sec_type": inst.sec_type,
            "listing_exchange": "NASDAQ.NMS" if inst.exchange == "NASDAQ" else inst.exchange,
            "conid": inst.conid,
            "conidEx": str(inst.conid),
            "clearing_id": "IB",
            "clearing_name": "IB",
            "liquidation_trade": "0",
            "is_event_trading": "1" if inst.event else "0",
            "order_id": order.order_id,
        }

    # -- what-if ---------------------------------------------------------------------------------
    def whatif(self, account: str, raw_orders: Any) -> dict[str, Any]:
        if not isinstance(raw_orders, list) or len(raw_orders) != 1:
            raise BadRequest('Bad Request: body must be {"orders": [one order]}')
        with self.lock:
            spec = self.parse(raw_orders[0], account)
            check = self._check(spec, account)
            price = spec.price or check.market_price
            execs = self.executions(spec.inst, spec.side, spec.quantity, price)
            commission = sum(commission_for(inst, qty, at) for inst, _, qty, at in execs)
            notional = abs(spec.quantity * price * spec.inst.multiplier)
            m = self.portfolio.metrics(account)
            rate = 0.25 if spec.inst.sec_type == "STK" else 0.06 if spec.inst.sec_type == "FUT" else 1.0
            margin = notional * rate if spec.side == "BUY" or spec.inst.sec_type != "OPT" else notional
            pos = self.portfolio.position(account, spec.inst.conid)
            current = pos.qty if pos else 0.0
            signed = spec.quantity if spec.side == "BUY" else -spec.quantity
            warnings = [text for _, text in self.rules.questions([check], set())]
            unit = "Shares" if spec.inst.sec_type == "STK" else "Contracts"
            return {
                "amount": {
                    "amount": f"{notional:,.2f} {spec.inst.currency} ({spec.quantity:g} {unit})",
                    "commission": f"{commission:.2f} {spec.inst.currency}",
                    "total": f"{notional + commission:,.2f} {spec.inst.currency}",
                },
                "equity": _triple(m["ewl"], -commission),
                "initial": _triple(m["init"], margin),
                "maintenance": _triple(m["maint"], margin * 0.9),
                "position": {
                    "current": f"{current:g}",
                    "change": f"{signed:g}",
                    "after": f"{current + signed:g}",
                },
                "warn": "\n".join(warnings) or None,
                "error": None,
            }

    # -- queries ---------------------------------------------------------------------------------
    def live_orders(
        self, account: str, filters: list[str], force: bool = False
    ) -> list[dict[str, Any]] | None:
        """The account's order rows; ``None`` for the empty first answer of a session (the
        ``first_orders_empty`` quirk), which ``force`` skips."""
        wanted = {f.replace("_", "").lower() for f in filters if f and f.lower() != "sort_by_time"}
        with self.lock:
            # IBKR: a filtered call stops order details coming through the WebSocket "sor" topic
            # until an unfiltered call (ibind's live_orders docstring quoting IBKR; IbkrConduit notes)
            self.sor_suppressed = bool(wanted)
            first, self._orders_listed = not self._orders_listed, True
            if first and self.settings.first_orders_empty and not force:
                return None
            rows = [
                self.order_row(o)
                for o in self.orders.values()
                if o.account == account and (not wanted or o.status.lower() in wanted)
            ]
        return sorted(rows, key=lambda r: -int(r["lastExecutionTime_r"]))

    def order_rows(self, account: str) -> list[dict[str, Any]]:
        """The account's order rows, newest first, with none of a REST read's side effects."""
        with self.lock:
            rows = [self.order_row(o) for o in self.orders.values() if o.account == account]
        return sorted(rows, key=lambda r: -int(r["lastExecutionTime_r"]))

    def trades_since(self, account: str | None, since_ms: int) -> list[dict[str, Any]]:
        with self.lock:
            return [
                t
                for t in self.trades
                if t["trade_time_r"] >= since_ms and (account is None or t["account"] == account)
            ]


def _fmt_qty(qty: float) -> str:
    """Sizes as the status endpoint shows them: "5.0", or all 4 decimals of a fractional share size."""
    return f"{qty:.1f}" if qty == round(qty, 1) else f"{qty:.4f}".rstrip("0")


def _triple(current: float, change: float) -> dict[str, str]:
    return {"current": f"{current:,.0f}", "change": f"{change:,.0f}", "after": f"{current + change:,.0f}"}


def _ibkr_time(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).strftime("%y%m%d%H%M%S")
