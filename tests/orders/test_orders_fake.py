"""Orders against the fake gateway: replies, exactly-once placement, brackets, typed errors, suppression."""

from __future__ import annotations

import random
from typing import Any

import pytest

from ibkr_webapi import (
    BadRequest,
    OrderRejected,
    OrderStatusUnknown,
    ReplyChainTooLong,
    ValidationError,
)
from ibkr_webapi.orders import Order, Orders, Question, ReconcileSettings, ReplyPolicy, bracket, oca
from ibkr_webapi.testing import FakeGateway

from .conftest import Connect

AAPL = 265598
FAST = ReconcileSettings(polls=3, interval=0.0)


def last(gw: FakeGateway, conid: int = AAPL) -> float:
    return float(gw.state.market.last(conid))


def fake_orders(gw: FakeGateway) -> list[Any]:
    return list(gw.state.orders.orders.values())


def with_coid(gw: FakeGateway, coid: str) -> list[Any]:
    return [o for o in fake_orders(gw) if o.spec.coid == coid]


def sent(gw: FakeGateway, op: str) -> int:
    return int(gw.counters.snapshot()["requests"].get(op, 0))


def near(gw: FakeGateway, side: str = "BUY", qty: float = 1) -> Order:
    """A limit order close to the market: raises no question with the default rules."""
    return Order(conid=AAPL, side=side, quantity=qty, price=round(last(gw) * 0.995, 2))


def test_plain_order_is_acked_with_its_coid(connect: Connect) -> None:
    gw, client = connect()
    ack = Orders(client).place_one(near(gw))
    [placed] = fake_orders(gw)
    assert ack.order_id == placed.order_id and ack.coid == placed.spec.coid and ack.status
    assert ack.coid and ack.coid.startswith("ibw-")


def test_validation_sends_nothing(connect: Connect) -> None:
    gw, client = connect()
    orders = Orders(client)
    before = gw.counters.snapshot()["total_requests"]
    with pytest.raises(ValidationError) as e:
        orders.place([near(gw), near(gw)])  # two unrelated orders in one request
    assert e.value.field == "orders"
    with pytest.raises(ValidationError) as e2:
        orders.modify(1, side="SELL")  # side cannot be modified
    assert e2.value.field == "side"
    with pytest.raises(ValidationError):
        orders.place(Order(conid=AAPL, side="BUY", quantity=0, price=1.0))
    assert gw.counters.snapshot()["total_requests"] == before
    assert fake_orders(gw) == []


CHAIN = ["o163", "o383", "o451"]


def chain_order(gw: FakeGateway) -> Order:
    """Far from market (o163), above the size limit (o383) and the value limit (o451)."""
    return Order(conid=AAPL, side="BUY", quantity=20_000, price=round(last(gw) * 0.5, 2))


@pytest.mark.parametrize("n", [1, 2, 3])
def test_reply_chain_confirmed(connect: Connect, n: int) -> None:
    gw, client = connect(reply_question_rules=CHAIN[:n])
    ack = Orders(client, policy=ReplyPolicy.confirm(CHAIN)).place_one(chain_order(gw))
    assert ack.confirmed == tuple(CHAIN[:n])
    assert sent(gw, "reply_to_order_question") == n and len(fake_orders(gw)) == 1


@pytest.mark.parametrize("n", [1, 2, 3])
def test_reply_chain_last_question_disallowed(connect: Connect, n: int) -> None:
    gw, client = connect(reply_question_rules=CHAIN[:n])
    policy = ReplyPolicy.confirm(CHAIN[: n - 1])  # everything but the last question
    with pytest.raises(OrderRejected) as e:
        Orders(client, policy=policy).place(chain_order(gw))
    assert e.value.message_ids == (CHAIN[n - 1],) and e.value.messages
    assert sent(gw, "reply_to_order_question") == n  # the last one answered {"confirmed": false}
    assert fake_orders(gw) == []


def test_default_policy_denies(connect: Connect) -> None:
    gw, client = connect(reply_question_rules=["o163"])
    with pytest.raises(OrderRejected) as e:
        Orders(client).place(chain_order(gw))
    assert e.value.message_ids == ("o163",) and fake_orders(gw) == []


def test_reply_callback(connect: Connect) -> None:
    gw, client = connect(reply_question_rules=CHAIN)
    seen: list[Question] = []

    def approve(q: Question) -> bool:
        seen.append(q)
        return "o451" not in q.message_ids

    with pytest.raises(OrderRejected) as e:
        Orders(client, policy=ReplyPolicy.ask(approve)).place(chain_order(gw))
    assert [q.message_ids for q in seen] == [("o163",), ("o383",), ("o451",)]
    assert all(q.messages and q.reply_id for q in seen)
    assert e.value.message_ids == ("o451",) and fake_orders(gw) == []


def test_reply_chain_bound(connect: Connect) -> None:
    gw, client = connect(reply_question_rules=CHAIN)
    with pytest.raises(ReplyChainTooLong):
        Orders(client, policy=ReplyPolicy.confirm(CHAIN), max_replies=2).place(chain_order(gw))
    assert fake_orders(gw) == []


@pytest.mark.parametrize("seed", range(20))
def test_dropped_connection_never_duplicates(connect: Connect, seed: int) -> None:
    rng = random.Random(seed)
    question = rng.random() < 0.5
    op = rng.choice(["place_orders", "reply_to_order_question"]) if question else "place_orders"
    after = rng.random() < 0.5
    gw, client = connect(seed=seed, reply_question_rules=["o163"] if question else [])
    orders = Orders(client, policy=ReplyPolicy.confirm({"o163"}), reconcile=FAST)
    order = chain_order(gw) if question else near(gw)
    order = order.with_coid(f"seed-{seed}")
    gw.faults.drop_connection(op, after_processing=after)
    try:
        ack = orders.place_one(order)
    except OrderStatusUnknown as exc:
        assert exc.coid == f"seed-{seed}"
        assert with_coid(gw, f"seed-{seed}") == []  # unknown to us, and indeed not placed
    else:
        [placed] = with_coid(gw, f"seed-{seed}")
        assert ack.order_id == placed.order_id and ack.reconciled and ack.coid == f"seed-{seed}"
        assert after  # an answer was lost after IBKR processed it
    assert sent(gw, "place_orders") == 1  # never resent
    assert len(with_coid(gw, f"seed-{seed}")) <= 1


def test_malformed_placement_answer_is_reconciled(connect: Connect) -> None:
    gw, client = connect()
    gw.faults.malformed_json("place_orders")
    ack = Orders(client, reconcile=FAST).place_one(near(gw))
    assert ack.reconciled and len(fake_orders(gw)) == 1 and sent(gw, "place_orders") == 1


def test_bracket_places_atomically_and_fills(connect: Connect) -> None:
    gw, client = connect()
    px = last(gw)
    parent = Order(conid=AAPL, side="BUY", quantity=5, price=round(px * 1.01, 2))  # marketable
    group = bracket(parent, take_profit=round(px * 1.02, 2), stop_loss=round(px * 0.98, 2))
    acks = Orders(client).place(group)
    assert len(acks) == 3 and sent(gw, "place_orders") == 1
    book = gw.state.orders.orders
    assert book[acks[0].order_id].status == "Filled"
    assert {book[a.order_id].parent_id for a in acks[1:]} == {acks[0].order_id}
    gw.state.market.set_price(AAPL, round(px * 1.03, 2))  # through the take-profit
    assert book[acks[1].order_id].status == "Filled"
    assert book[acks[2].order_id].status == "Cancelled"  # its sibling, one-cancels-other


def test_bracket_answer_lost_is_reconciled_with_children(connect: Connect) -> None:
    gw, client = connect()
    px = last(gw)
    group = bracket(near(gw), take_profit=round(px * 1.02, 2), stop_loss=round(px * 0.95, 2))
    gw.faults.drop_connection("place_orders", after_processing=True)
    acks = Orders(client, reconcile=FAST).place(group)
    assert [a.reconciled for a in acks] == [True, True, True]
    assert {a.order_id for a in acks} == {o.order_id for o in fake_orders(gw)}


def test_oca_group(connect: Connect) -> None:
    gw, client = connect()
    acks = Orders(client).place(oca([near(gw), near(gw, qty=2)]))
    assert len(acks) == 2 and len({gw.state.orders.orders[a.order_id].oca_group for a in acks}) == 1


@pytest.mark.parametrize(
    ("body", "ids"),
    [
        ({"error": "Insufficient buying power"}, ()),
        (
            {"messageId": "p12", "text": "price management algo", "options": ["a", "b"], "orderId": 0},
            ("p12",),
        ),
    ],
)
def test_200_with_error_is_typed(connect: Connect, body: Any, ids: tuple[str, ...]) -> None:
    gw, client = connect()
    gw.faults.fail_next("place_orders", status=200, body=body)
    with pytest.raises(OrderRejected) as e:
        Orders(client).place(near(gw))
    assert e.value.message_ids == ids and e.value.messages


def test_filtered_live_orders_filter_here_and_never_mute_the_stream(connect: Connect) -> None:
    """IBKR stops ``sor`` pushes after a filtered orders call until an unfiltered one: the facade
    filters the unfiltered answer itself, so reading with filters never mutes a stream."""
    gw, client = connect()
    orders = Orders(client)
    ack = orders.place_one(near(gw))
    status = gw.state.orders.orders[ack.order_id].status
    same = orders.live_orders(filters=[status.lower()])
    assert [lo.order_id for lo in same] == [ack.order_id]
    assert not gw.state.orders.sor_suppressed  # no filtered call reached IBKR
    assert orders.live_orders(filters=["Filled", "pending_cancel"]) == []
    assert not gw.state.orders.sor_suppressed
    assert [lo.order_id for lo in orders.live_orders(filters=["sort_by_time"])] == [ack.order_id]


def test_cancel_and_query_typed(connect: Connect) -> None:
    gw, client = connect()
    orders = Orders(client)
    ack = orders.place_one(near(gw))
    status = orders.order_status(ack.order_id)
    assert (status.order_id == ack.order_id and status.limit_price == near(gw).price) or status.limit_price
    [live] = [lo for lo in orders.live_orders() if lo.order_id == ack.order_id]
    assert live.coid == ack.coid and live.quantity == 1
    assert orders.cancel(ack.order_id).order_id == ack.order_id
    assert gw.state.orders.orders[ack.order_id].status == "Cancelled"
    gw.faults.fail_next("cancel_order", status=200, body={"error": "too late"})
    with pytest.raises(BadRequest) as e:
        orders.cancel(ack.order_id)
    assert e.value.error_text == "too late"


def test_modify_sends_every_attribute(connect: Connect) -> None:
    gw, client = connect()
    orders = Orders(client)
    original = Order(conid=AAPL, side="BUY", quantity=3, price=round(last(gw) * 0.99, 2), tif="GTC")
    ack = orders.place_one(original)
    new_price = round(last(gw) * 0.985, 2)
    mod = orders.modify(ack.order_id, price=new_price)  # attributes read back from the order's status
    spec = gw.state.orders.orders[ack.order_id].spec
    assert mod.order_id == ack.order_id
    assert (spec.price, spec.quantity, spec.tif, spec.side) == (new_price, 3, "GTC", "BUY")
    orders.modify(ack.order_id, original=original, quantity=4)
    spec = gw.state.orders.orders[ack.order_id].spec
    assert (spec.price, spec.quantity, spec.tif) == (original.price, 4, "GTC")


def test_preview(connect: Connect) -> None:
    gw, client = connect()
    preview = Orders(client).preview(near(gw, qty=10))
    assert preview.commission is not None and preview.commission > 0
    assert preview.initial_margin is not None and preview.initial_margin.change is not None
    assert preview.equity_with_loan is not None and fake_orders(gw) == []


def test_suppressions_survive_session_reestablishment(connect: Connect) -> None:
    gw, client = connect(reply_question_rules=["o163"])
    orders = Orders(client)  # default policy would deny o163
    orders.suppress(["o163"])
    assert orders.place_one(chain_order(gw)).order_id
    gw.expire_session()  # IBKR forgets suppressions with the session
    assert orders.place_one(chain_order(gw)).order_id  # re-suppressed by the session hook
    assert sent(gw, "suppress_order_questions") == 2
    orders.reset_suppressed()
    with pytest.raises(OrderRejected):
        orders.place(chain_order(gw))


async def test_async_facade() -> None:
    from ibkr_webapi.client import AsyncClient
    from ibkr_webapi.orders import AsyncOrders
    from ibkr_webapi.pacing import unlimited_pacer

    gw = FakeGateway(enforce_pacing=False, reply_question_rules=["o163"])
    async with AsyncClient(
        "http://fake/v1/api", transport=gw.asgi_transport(), keepalive_interval=None, pacer=unlimited_pacer()
    ) as client:
        orders = AsyncOrders(client, policy=ReplyPolicy.confirm({"o163"}))
        ack = await orders.place_one(chain_order(gw))
        assert ack.confirmed == ("o163",)
        assert [lo.order_id for lo in await orders.live_orders()] == [ack.order_id]
        assert (await orders.cancel(ack.order_id)).order_id == ack.order_id
    gw.assert_no_server_errors()
