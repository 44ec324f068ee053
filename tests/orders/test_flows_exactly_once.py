"""The exactly-once order flows on the library's own driver (``tests/flowdriver.py``): what is sent,
what is raised, when an answer is lost, refused or arrives after a session recovery.

IBKR is a function here so every failure can be placed exactly: a dropped connection while a reply
question is answered, a 400 after the resend that follows a 401, a lost modify answer. Nothing is
ever sent twice unless IBKR said it did not take the request (a 401).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from flowdriver import Script, Sent, no_accounts, reply

from ibkr_webapi import (
    BadRequest,
    ClientClosed,
    ConnectError,
    OrderRejected,
    OrderStatusUnknown,
    PacingTimeout,
    ServerError,
    UnexpectedResponse,
    ValidationError,
)
from ibkr_webapi.orders import Order, ReconcileSettings, ReplyPolicy, bracket
from ibkr_webapi.orders.flows import (
    cancel_flow,
    live_orders_flow,
    modify_flow,
    order_from_status,
    place_flow,
    preview_flow,
    reset_suppressed_flow,
    resolve_account,
    suppress_flow,
)
from ibkr_webapi.orders.models import OrderStatusDetail
from ibkr_webapi.session import Session

ACCOUNT = "DU123"
QUICK = ReconcileSettings(polls=2, interval=1.0)
STATUS_UP = {"authenticated": True, "connected": True, "competing": False, "established": True}


def order(coid: str = "c-1", **kw: Any) -> Order:
    return Order(
        conid=265598, side="BUY", quantity=kw.pop("quantity", 1), price=kw.pop("price", 10.0), coid=coid, **kw
    )


def question(reply_id: str, *ids: str) -> list[dict[str, Any]]:
    return [{"id": reply_id, "message": ["Are you sure?"], "isSuppressed": False, "messageIds": list(ids)}]


def accepted(order_id: str = "111", status: str = "Submitted") -> list[dict[str, Any]]:
    return [{"order_id": order_id, "order_status": status}]


def live(*rows: dict[str, Any]) -> dict[str, Any]:
    return {"orders": list(rows), "snapshot": True}


def row(
    order_id: int, coid: str | None, status: str = "Submitted", parent: int | None = None
) -> dict[str, Any]:
    r: dict[str, Any] = {"orderId": order_id, "status": status, "acct": ACCOUNT, "conid": 265598}
    if coid is not None:
        r["order_ref"] = coid
    if parent is not None:
        r["parentId"] = parent
    return r


def answers(table: dict[str, list[Any]]) -> Callable[[Sent], Any]:
    """Each operation answers from its list in turn; an exception in the list is raised on the wire."""

    def handle(sent: Sent) -> Any:
        queue = table[sent.operation_id]
        answer = queue.pop(0) if len(queue) > 1 else queue[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return handle


def place(script: Script, o: Any, **kw: Any) -> Any:
    return script.run(place_flow(o, ensure_accounts=no_accounts, reconcile=QUICK, **kw))


# -- failures while answering a reply question -------------------------------------------------------


def test_a_dropped_connection_while_confirming_looks_the_order_up_and_never_resends() -> None:
    script = Script(
        answers(
            {
                "place_orders": [question("r1", "o163")],
                "reply_to_order_question": [httpx.ConnectError("reset")],
                "get_live_orders": [live(row(111, "c-1"))],
            }
        )
    )
    acks = place(script, order(), policy=ReplyPolicy.confirm({"o163"}))
    assert [(a.order_id, a.reconciled, a.coid) for a in acks] == [(111, True, "c-1")]
    assert script.ops() == ["place_orders", "reply_to_order_question", "get_live_orders"]
    assert script.sent[1].body == {"confirmed": True}


def test_a_refused_question_whose_answer_is_lost_raises_the_refusal_without_a_lookup() -> None:
    for failure in (httpx.ConnectError("reset"), reply({}, 500), reply("<html>", 200)):
        script = Script(
            answers({"place_orders": [question("r1", "o354")], "reply_to_order_question": [failure]})
        )
        if isinstance(failure, httpx.Response) and failure.status_code == 200:
            failure.headers["content-type"] = "text/html"
        with pytest.raises(OrderRejected) as caught:
            place(script, order())  # the default policy says no
        assert caught.value.message_ids == ("o354",)
        assert script.ops() == ["place_orders", "reply_to_order_question"]
        assert script.sent[1].body == {"confirmed": False}


def test_a_server_error_while_confirming_is_uncertain_and_unknown_when_not_found() -> None:
    script = Script(
        answers(
            {
                "place_orders": [question("r1", "o163")],
                "reply_to_order_question": [reply({"error": "down"}, 503)],
                "get_live_orders": [live()],
            }
        )
    )
    with pytest.raises(OrderStatusUnknown) as caught:
        place(script, order(), policy=ReplyPolicy.confirm({"o163"}))
    assert caught.value.coid == "c-1" and isinstance(caught.value.__cause__, ServerError)
    assert script.ops() == ["place_orders", "reply_to_order_question", "get_live_orders", "get_live_orders"]
    assert script.sleeps == [QUICK.interval]
    assert script.sent[2].request.url.params.get("force") == "true"  # a fresh view first
    assert "force" not in script.sent[3].request.url.params


def test_a_400_to_a_confirmation_is_a_rejection() -> None:
    script = Script(
        answers(
            {
                "place_orders": [question("r1", "o163")],
                "reply_to_order_question": [reply({"error": "order rejected: no trading permissions"}, 400)],
            }
        )
    )
    with pytest.raises(OrderRejected, match="no trading permissions"):
        place(script, order(), policy=ReplyPolicy.confirm({"o163"}))
    assert script.ops() == ["place_orders", "reply_to_order_question"]


def test_a_400_to_a_refusal_raises_the_refusal() -> None:
    script = Script(
        answers(
            {
                "place_orders": [question("r1", "o354")],
                "reply_to_order_question": [reply({"error": "x"}, 400)],
            }
        )
    )
    with pytest.raises(OrderRejected) as caught:
        place(script, order())
    assert caught.value.message_ids == ("o354",)


def test_an_unreadable_answer_to_a_confirmation_is_looked_up() -> None:
    page = httpx.Response(200, content=b"<html>oops</html>", headers={"content-type": "application/json"})
    script = Script(
        answers(
            {
                "place_orders": [question("r1", "o163")],
                "reply_to_order_question": [page],
                "get_live_orders": [live(row(111, "c-1"))],
            }
        )
    )
    acks = place(script, order(), policy=ReplyPolicy.confirm({"o163"}))
    assert acks[0].reconciled and acks[0].order_id == 111


def test_the_answer_to_a_confirmation_is_the_placement() -> None:
    script = Script(
        answers(
            {
                "place_orders": [question("r1", "o163")],
                "reply_to_order_question": [reply(accepted("222"), 200)],
            }
        )
    )
    acks = place(script, order(), policy=ReplyPolicy.confirm({"o163"}))
    assert [a.order_id for a in acks] == [222] and not acks[0].reconciled


def test_an_unreadable_question_chain_is_looked_up() -> None:
    script = Script(
        answers({"place_orders": [[{"weird": True}]], "get_live_orders": [live(row(111, "c-1"))]})
    )
    acks = place(script, order())
    assert acks[0].reconciled and script.ops() == ["place_orders", "get_live_orders"]


# -- 401 then resend -----------------------------------------------------------------------------------


def _session_table(place_answers: list[Any], live_answers: list[Any]) -> dict[str, list[Any]]:
    return {
        "place_orders": place_answers,
        "get_auth_status": [STATUS_UP],
        "get_accounts": [{"accounts": [ACCOUNT], "selectedAccount": ACCOUNT}],
        "tickle": [{"session": "s", "iserver": {"authStatus": STATUS_UP}}],
        "get_live_orders": live_answers,
    }


def test_a_400_after_the_resend_that_follows_a_401_finds_the_order_the_first_send_placed() -> None:
    script = Script(
        answers(
            _session_table([reply({}, 401), reply({"error": "duplicate cOID"}, 400)], [live(row(111, "c-1"))])
        ),
        session=Session(),
    )
    acks = place(script, order())
    assert [(a.order_id, a.reconciled) for a in acks] == [(111, True)]
    placed = [s for s in script.sent if s.operation_id == "place_orders"]
    assert len(placed) == 2 and placed[0].request.content == placed[1].request.content  # same cOID
    assert script.ops()[-1] == "get_live_orders"


def test_a_400_after_the_resend_with_no_such_order_is_a_rejection() -> None:
    script = Script(
        answers(_session_table([reply({}, 401), reply({"error": "no trading permissions"}, 400)], [live()])),
        session=Session(),
    )
    with pytest.raises(OrderRejected, match="no trading permissions"):
        place(script, order())
    assert script.ops().count("place_orders") == 2 and script.ops().count("get_live_orders") == QUICK.polls


def test_a_400_without_a_401_is_a_rejection_without_a_lookup() -> None:
    script = Script(answers({"place_orders": [reply({"error": "bad price"}, 400)]}))
    with pytest.raises(OrderRejected, match="bad price"):
        place(script, order())
    assert script.ops() == ["place_orders"]


# -- refused before sending ------------------------------------------------------------------------------


def test_an_order_the_request_model_would_change_or_cannot_carry_is_never_sent() -> None:
    script = Script(answers({"place_orders": [accepted()], "modify_order": [accepted()]}))
    # A list of pairs would go out as an object: refused rather than sent as something else.
    with pytest.raises(ValidationError, match="would send") as changed:
        place(script, order(extra={"jsonPayload": [["a", 1]]}))
    assert changed.value.field == "orders"
    # The generated model cannot build a null payload at all: the same typed refusal, not a TypeError.
    with pytest.raises(ValidationError, match="cannot carry"):
        place(script, order(extra={"jsonPayload": None}))
    with pytest.raises(ValidationError, match="cannot carry"):
        script.run(
            modify_flow(111, {}, ensure_accounts=no_accounts, original=order(extra={"jsonPayload": None}))
        )
    assert script.sent == []


# -- a lost placement answer ---------------------------------------------------------------------------


def test_a_lost_placement_answer_finds_a_bracket_with_its_children() -> None:
    group = bracket(order("p-1"), take_profit=12.0, stop_loss=8.0)
    rows = [row(111, "p-1"), row(112, None, parent=111), row(113, None, parent=111)]
    script = Script(
        answers(
            {
                "place_orders": [httpx.ReadTimeout("slow")],
                "get_live_orders": [reply({"error": "busy"}, 503), live(*rows)],
            }
        )
    )
    acks = place(script, group)
    assert [(a.order_id, a.parent_order_id) for a in acks] == [(111, None), (112, 111), (113, 111)]
    assert script.ops() == ["place_orders", "get_live_orders", "get_live_orders"]


def test_a_lost_answer_acks_only_the_orders_the_lookup_can_tell_apart() -> None:
    # Two top-level orders and a child of the second; only the first is listed so far.
    group = [order("a-1"), order("b-1", is_single_group=True), order(None, parent_id="b-1")]
    script = Script(
        answers({"place_orders": [httpx.ReadTimeout("slow")], "get_live_orders": [live(row(111, "a-1"))]})
    )
    acks = place(script, group)
    assert [(a.order_id, a.coid, a.reconciled) for a in acks] == [
        (111, "a-1", True)
    ]  # the child is not guessed
    assert script.ops() == ["place_orders", "get_live_orders"]


def test_a_live_orders_answer_of_the_wrong_shape_is_not_no_orders() -> None:
    script = Script(answers({"place_orders": [httpx.ConnectError("reset")], "get_live_orders": [{}]}))
    with pytest.raises(OrderStatusUnknown) as caught:
        place(script, order())
    assert isinstance(caught.value.__cause__, ConnectError)
    with pytest.raises(UnexpectedResponse):
        Script(answers({"get_live_orders": [{}]})).run(live_orders_flow(ensure_accounts=no_accounts))


# -- what the paced transport raises: no slot in time, the client closing -----------------------------


def test_an_order_that_got_no_pacing_slot_was_not_placed() -> None:
    script = Script(answers({"place_orders": [PacingTimeout("no slot", operation_id="place_orders")]}))
    with pytest.raises(PacingTimeout, match="c-1 was NOT placed") as caught:
        place(script, order())
    assert (caught.value.sent, caught.value.coid) == (False, "c-1")


def test_closing_the_client_says_whether_the_order_left() -> None:
    unsent = Script(answers({"place_orders": [ClientClosed("closed", sent=False)]}))
    with pytest.raises(ClientClosed, match="NOT placed") as not_placed:
        place(unsent, order())
    assert (not_placed.value.sent, not_placed.value.coid) == (False, "c-1")
    on_the_wire = Script(answers({"place_orders": [ClientClosed("closed", sent=True)]}))
    with pytest.raises(OrderStatusUnknown, match="may or may not have been placed") as unknown:
        place(on_the_wire, order())
    assert unknown.value.coid == "c-1"


def test_closing_the_client_during_a_question_or_the_lookup_is_unknown_never_not_placed() -> None:
    during_question = Script(
        answers(
            {
                "place_orders": [question("r1", "o163")],
                "reply_to_order_question": [ClientClosed("closed", sent=False)],
            }
        )
    )
    with pytest.raises(OrderStatusUnknown):
        place(during_question, order(), policy=ReplyPolicy.confirm({"o163"}))
    during_lookup = Script(
        answers({"place_orders": [httpx.ReadTimeout("slow")], "get_live_orders": [ClientClosed("closed")]})
    )
    with pytest.raises(OrderStatusUnknown) as caught:
        place(during_lookup, order())
    assert caught.value.coid == "c-1"


# -- modify --------------------------------------------------------------------------------------------


def _status(quantity: float = 1, price: float = 10.0) -> dict[str, Any]:
    return {
        "order_id": 111, "conid": 265598, "side": "B", "order_type": "LIMIT", "total_size": str(quantity),
        "limit_price": str(price), "tif": "DAY", "order_status": "Submitted",
    }  # fmt: skip


def modify(script: Script, **changes: Any) -> Any:
    return script.run(modify_flow(111, changes, ensure_accounts=no_accounts, original=order()))


def test_a_lost_modify_answer_is_confirmed_from_the_order_status() -> None:
    script = Script(
        answers({"modify_order": [httpx.ReadTimeout("slow")], "get_order_status": [_status(price=11.0)]})
    )
    ack = modify(script, price=11.0)
    assert ack.order_id == 111 and ack.reconciled
    assert script.ops() == ["modify_order", "get_order_status"]  # never resent
    assert "cOID" not in script.sent[0].body


def test_a_lost_modify_answer_without_the_change_in_the_status_is_unknown() -> None:
    for status in (_status(price=10.0), reply({"error": "down"}, 500)):
        script = Script(answers({"modify_order": [reply({}, 502)], "get_order_status": [status]}))
        with pytest.raises(OrderStatusUnknown, match="modify answer for order 111 was lost") as caught:
            modify(script, price=11.0)
        assert caught.value.coid == "c-1"
        assert script.ops() == ["modify_order", "get_order_status"]


def test_a_modify_answer_lost_while_confirming_its_question_is_confirmed_from_the_status() -> None:
    script = Script(
        answers(
            {
                "modify_order": [question("r1", "o163")],
                "reply_to_order_question": [httpx.ConnectError("reset")],
                "get_order_status": [_status(quantity=2)],
            }
        )
    )
    ack = script.run(
        modify_flow(
            111,
            {"quantity": 2},
            ensure_accounts=no_accounts,
            original=order(),
            policy=ReplyPolicy.confirm({"o163"}),
        )
    )
    assert ack.reconciled and script.ops() == ["modify_order", "reply_to_order_question", "get_order_status"]


def test_modify_reads_the_original_from_the_status_and_a_400_is_a_rejection() -> None:
    script = Script(
        answers({"get_order_status": [_status()], "modify_order": [reply({"error": "too late"}, 400)]})
    )
    with pytest.raises(OrderRejected, match="too late"):
        script.run(modify_flow(111, {"price": 11.0}, ensure_accounts=no_accounts))
    assert script.sent[1].body["price"] == 11.0 and script.sent[1].body["orderType"] == "LMT"


def test_modify_refuses_what_cannot_be_modified_and_unreadable_statuses() -> None:
    with pytest.raises(ValidationError, match="cannot modify conid"):
        Script(answers({})).run(modify_flow(111, {"conid": 1}, ensure_accounts=no_accounts))
    with pytest.raises(ValidationError, match="pass original="):
        order_from_status(OrderStatusDetail.from_wire({"order_type": "??", "side": "B"}))
    with pytest.raises(UnexpectedResponse):
        Script(answers({"get_order_status": [[1, 2]]})).run(modify_flow(111, {}, ensure_accounts=no_accounts))


# -- accounts, queries, what-if, suppression ------------------------------------------------------------


def _accounts(value: Any) -> Callable[[], Any]:
    def flow() -> Any:
        return value
        yield  # pragma: no cover

    return flow


@pytest.mark.parametrize(
    "result",
    [ACCOUNT, {"selectedAccount": ACCOUNT}, {"accounts": [ACCOUNT]}, [ACCOUNT],
     type("Accounts", (), {"selected_account": None, "accounts": [type("A", (), {"account_id": ACCOUNT})]})],
)  # fmt: skip
def test_the_account_is_picked_from_any_accounts_shape(result: Any) -> None:
    assert Script(answers({})).run(resolve_account(_accounts(result), None)) == ACCOUNT


def test_no_account_and_a_malformed_account_are_refused_before_sending() -> None:
    with pytest.raises(ValidationError, match="no account to trade in"):
        Script(answers({})).run(resolve_account(_accounts({"accounts": []}), None))
    script = Script(answers({}))
    with pytest.raises(ValidationError):
        script.run(place_flow(order(), ensure_accounts=no_accounts, account_id="../x"))
    assert script.sent == []
    assert Script(answers({})).run(resolve_account(no_accounts, "U9")) == "U9"


def test_place_refuses_what_is_not_an_order_and_unbracketed_lists() -> None:
    for bad in ([], ["x"], [order("a"), order("b")], [order("a"), order("a")]):
        script = Script(answers({}))
        with pytest.raises(ValidationError):
            script.run(place_flow(bad, ensure_accounts=no_accounts))
        assert script.sent == []


def test_live_orders_filters_here_sends_force_and_a_200_error_is_refused() -> None:
    filled = {**row(2, "d"), "status": "Filled"}
    script = Script(answers({"get_live_orders": [live(row(1, "c"), filled)]}))
    rows = script.run(live_orders_flow(ensure_accounts=no_accounts, filters=["Filled"], force=True))
    assert [r.order_id for r in rows] == [2]
    params = script.sent[0].request.url.params
    assert "filters" not in params and params["force"] == "true"  # a filtered read mutes sor pushes
    with pytest.raises(BadRequest, match="refused the live-orders"):
        Script(answers({"get_live_orders": [{"error": "no"}]})).run(
            live_orders_flow(ensure_accounts=no_accounts)
        )


def test_preview_rejections() -> None:
    for answer, text in (
        (reply({"error": "no permissions"}, 400), "no permissions"),
        ({"error": "margin"}, "margin"),
    ):
        with pytest.raises(OrderRejected, match=text):
            Script(answers({"preview_order": [answer]})).run(
                preview_flow(order(), ensure_accounts=no_accounts)
            )


def test_suppression_sends_nothing_for_no_ids_and_refuses_a_200_error() -> None:
    script = Script(answers({}))
    script.run(suppress_flow([]))
    assert script.sent == []
    with pytest.raises(BadRequest):
        Script(answers({"suppress_order_questions": [{"error": "no"}]})).run(suppress_flow(["o163"]))
    with pytest.raises(BadRequest):
        Script(answers({"reset_suppressed_questions": [{"error": "no"}]})).run(reset_suppressed_flow())


def test_cancel_reads_the_order_id_and_refuses_a_200_error() -> None:
    ack = Script(answers({"cancel_order": [{"msg": "Request was submitted", "order_id": "111"}]})).run(
        cancel_flow(111, ensure_accounts=no_accounts)
    )
    assert (ack.order_id, ack.message) == (111, "Request was submitted")
    with pytest.raises(BadRequest, match="refused to cancel order 111"):
        Script(answers({"cancel_order": [{"error": "already filled"}]})).run(
            cancel_flow(111, ensure_accounts=no_accounts)
        )
