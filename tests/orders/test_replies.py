"""The reply loop and IBKR's order answers read by shape (sans-I/O; no network)."""

from __future__ import annotations

from typing import Any

import pytest
from recordings import recording

from ibkr_webapi import OrderRejected, ReplyChainTooLong, UnexpectedResponse
from ibkr_webapi.orders import Question, ReplyLoop, ReplyPolicy, classify
from ibkr_webapi.orders.replies import Accepted, Decision, Rejected


def question(reply_id: str, *ids: str, text: str = "Are you sure?") -> list[dict[str, Any]]:
    return [{"id": reply_id, "message": [text], "isSuppressed": False, "messageIds": list(ids)}]


# synthetic success in IBKR's shape (order_id as a string, as IBKR sometimes sends it)
SUCCESS = [{"order_id": "5550001", "order_status": "Submitted", "encrypt_message": "1"}]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("post_iserver_account_accountId_orders__1.json", Question),
        ("post_iserver_account_accountId_orders__2.json", Accepted),
        ("post_iserver_account_accountId_orders__3.json", Question),
        ("post_iserver_reply_replyId__1.json", Accepted),
        ("post_iserver_reply_replyId__2.json", Question),
        ("post_iserver_reply_replyId__3.json", Question),
        ("post_iserver_reply_replyId__4.json", Accepted),
        ("post_iserver_account_accountId_order_orderId__1.json", Accepted),
    ],
)
def test_recorded_answers_classify(name: str, kind: type) -> None:
    assert isinstance(classify(recording(name)), kind)


def test_shapes() -> None:
    q = classify(question("r1", "o163"))
    assert isinstance(q, Question) and q.reply_id == "r1" and q.message_ids == ("o163",)
    assert isinstance(classify(SUCCESS), Accepted)
    assert isinstance(classify({"order_id": 5, "order_status": "Submitted"}), Accepted)
    err = classify({"error": "Order was not confirmed"})
    assert isinstance(err, Rejected) and err.text == "Order was not confirmed"
    p12 = classify(
        {"orderId": 0, "reqId": 3, "text": "price management", "messageId": "p12", "options": ["a"]}
    )
    assert isinstance(p12, Rejected) and p12.message_ids == ("p12",)
    mixed = classify([SUCCESS[0], {"error": "second leg refused"}])
    assert isinstance(mixed, Rejected) and "second leg" in mixed.text
    for weird in ([], {}, "OK", None, [1, 2], {"status": "ok"}):
        with pytest.raises(UnexpectedResponse):
            classify(weird)


def test_classification_does_not_read_text() -> None:
    # A success whose text reads like an error is still a success; an error reading like success is an error.
    assert isinstance(
        classify([{"order_id": "1", "order_status": "Submitted", "text": "error rejected"}]), Accepted
    )
    assert isinstance(classify({"error": "order_id submitted successfully"}), Rejected)


def test_default_policy_denies_everything() -> None:
    loop = ReplyLoop()
    step = loop.feed(question("r1", "o354"))
    assert isinstance(step, Decision) and step.confirmed is False
    assert isinstance(step.then_raise, OrderRejected) and step.then_raise.message_ids == ("o354",)


def test_confirm_requires_every_id_allowed() -> None:
    policy = ReplyPolicy.confirm({"o163", "o354"})
    assert policy.decide(Question("r", ("m",), ("o163",)))
    assert policy.decide(Question("r", ("m", "m"), ("o163", "o354")))
    assert not policy.decide(Question("r", ("m", "m"), ("o163", "o451")))
    assert not policy.decide(Question("r", ("m",), ()))  # no ids: never confirmed
    assert ReplyPolicy.confirm("o163").allowed == {"o163"}


def test_chain_confirmed_then_accepted() -> None:
    loop = ReplyLoop(ReplyPolicy.confirm({"o163", "o354"}), coids=["c1"])
    a = loop.feed(question("r1", "o163"))
    b = loop.feed(question("r2", "o354"))
    assert isinstance(a, Decision) and a.confirmed and isinstance(b, Decision) and b.confirmed
    acks = loop.feed(SUCCESS)
    assert isinstance(acks, list)
    assert acks[0].order_id == 5550001 and acks[0].coid == "c1" and acks[0].confirmed == ("o163", "o354")


def test_ask_callback_sees_ids_and_texts() -> None:
    seen: list[Question] = []

    def cb(q: Question) -> bool:
        seen.append(q)
        return q.message_ids == ("o163",)

    loop = ReplyLoop(ReplyPolicy.ask(cb))
    first = loop.feed(question("r1", "o163", text="price exceeds"))
    second = loop.feed(question("r2", "o451", text="value exceeds"))
    assert isinstance(first, Decision) and first.confirmed
    assert isinstance(second, Decision) and not second.confirmed
    assert [q.messages for q in seen] == [("price exceeds",), ("value exceeds",)]


def test_callback_error_denies_then_raises_it() -> None:
    def cb(q: Question) -> bool:
        raise KeyError("boom")

    step = ReplyLoop(ReplyPolicy.ask(cb)).feed(question("r1", "o163"))
    assert isinstance(step, Decision) and not step.confirmed and isinstance(step.then_raise, KeyError)


def test_chain_bound() -> None:
    loop = ReplyLoop(ReplyPolicy.confirm({"o1"}), max_replies=2)
    assert isinstance(loop.feed(question("a", "o1")), Decision)
    assert isinstance(loop.feed(question("b", "o1")), Decision)
    third = loop.feed(question("c", "o1"))
    assert isinstance(third, Decision) and not third.confirmed
    assert isinstance(third.then_raise, ReplyChainTooLong) and third.then_raise.message_ids == (
        "o1",
        "o1",
        "o1",
    )


def test_rejections_raise_typed() -> None:
    with pytest.raises(OrderRejected) as e:
        ReplyLoop().feed({"error": "Order was not confirmed"})
    assert "not confirmed" in e.value.messages[0]
    with pytest.raises(OrderRejected) as e2:
        ReplyLoop().feed({"messageId": "p12", "text": "price cap", "options": ["x"]})
    assert e2.value.message_ids == ("p12",)


def test_non_numeric_order_id_is_unexpected() -> None:
    with pytest.raises(UnexpectedResponse):
        ReplyLoop().feed([{"order_id": "abc"}])
