"""Stateful contract test: schemathesis chains calls along the spec's OpenAPI links against the fake.

The links (``components/links`` in spec/ibkr-webapi.yaml) say where the next call gets its ids from:
/iserver/accounts leads to placement and alert creation in the listed account; placement, modification
and replies lead to order status, cancel, modify and reply (order ids and reply ids read from the oneOf
answer); alert creation leads to alert details and deletion; watchlist creation to its contents and
deletion. Random schema data would almost never name a contract or account the fake knows, so before
each call the test swaps in realistic values (the fake's account, AAPL's conid, an order shape picked by
the generated data; positive cases only), the documented way to "inject realistic test data" in stateful
runs. One placement in six is left exactly as generated, so validation errors stay in the mix.

What a user would notice if this broke: an order id from placement not accepted by status/cancel, a
reply id that cannot be answered, a created alert or watchlist that cannot be read back or deleted,
a 5xx from the fake, or an answer that does not match the spec. Inference of extra links is turned
off so only the spec's own links are exercised. Bounded (derandomized, 100 scenarios of at most 10
calls; about ten seconds on two cores). Hypothesis data is derandomized, but the fake's clock and
reply ids are not, so counts vary a little between runs; the final assertion only asks for what every
run reaches comfortably.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from ibkr_webapi.pytest_plugin import GatewayOptions, serve
from ibkr_webapi.testing import FakeGateway, ServerHandle

from .conftest import SPEC, Target

AAPL = 265598
LINKED_OPERATIONS = [
    "get_accounts",
    "place_orders",
    "modify_order",
    "reply_to_order_question",
    "get_order_status",
    "cancel_order",
    "save_alert",
    "get_alert",
    "delete_alert",
    "create_watchlist",
    "get_watchlist",
    "delete_watchlist",
]
# Order shapes the fake treats differently (price_constraint_pct=60 below; AAPL trades near 270):
WORKING = {"conid": AAPL, "orderType": "LMT", "side": "BUY", "quantity": 1, "price": 200.0, "tif": "DAY"}
ORDER_SHAPES: list[dict[str, Any] | None] = [
    # working limit order (twice as likely): no question, does not fill -> status, modify, cancel succeed
    WORKING,
    WORKING,
    # far from the market, too large and too valuable -> a chain of three questions to answer
    {"conid": AAPL, "orderType": "LMT", "side": "BUY", "quantity": 20_000, "price": 50.0, "tif": "GTC"},
    # far from the market only -> one question
    {"conid": AAPL, "orderType": "LMT", "side": "SELL", "quantity": 2, "price": 900.0, "tif": "DAY"},
    # market order while the market is open -> fills; cancel and modify are then refused (4xx)
    {"conid": AAPL, "orderType": "MKT", "side": "SELL", "quantity": 1, "tif": "DAY"},
    None,  # leave the generated body alone
]

schema = schemathesis.openapi.from_path(SPEC)
# only the links written in the spec, no inferred ones; schema-valid data only (the stateless contract
# test already sends invalid data to every operation, and here it would spend the step budget)
schema.config.phases.stateful.inference.algorithms = []
schema.config.phases.stateful.generation.modes = [GenerationMode.POSITIVE]
schema = schema.include(operation_id=LINKED_OPERATIONS)


@pytest.fixture(scope="module")
def trading() -> Iterator[tuple[FakeGateway, ServerHandle]]:
    options = GatewayOptions.of({"pacing": False, "market_open": True, "price_constraint_pct": 60.0})
    with serve(options) as served:  # handler crashes fail at the end
        yield served.gateway, served.server


def _pick(generated: Any, step: int, n: int) -> int:
    """A choice replayed identically with the scenario: from the generated data and the step number
    (early generated bodies are often identical, so the data alone would pick one shape only)."""
    return (zlib.crc32(json.dumps(generated, sort_keys=True, default=str).encode()) + step) % n


def _realistic(case: Any, account: str, step: int) -> None:
    """Swap ids the fake cannot know for ones it does; keep everything a link already supplied.

    Negative cases are left alone: rewriting them could remove the very part that makes them invalid.
    """
    if case.meta is not None and case.meta.generation.mode.is_negative:
        return
    op = case.operation.definition.raw["operationId"]
    linked_path = set((case._override.path_parameters or {}) if case._override else ())
    if case.path_parameters and "accountId" in case.path_parameters and "accountId" not in linked_path:
        case.path_parameters["accountId"] = account
    body = case.body if isinstance(case.body, dict) else None
    if op == "place_orders" and body is not None:
        shape = ORDER_SHAPES[_pick(body, step, len(ORDER_SHAPES))]
        if shape is not None:
            case.body = {"orders": [dict(shape)]}
    elif op == "modify_order" and body is not None and body.get("conid") != AAPL:
        # the link did not supply the original order: modify as if it were the working limit order
        case.body = dict(WORKING, price=201.0)
    elif op == "reply_to_order_question" and body is not None:
        # minimal generated data is always `false`; confirm two answers in three to walk whole chains
        body["confirmed"] = _pick(body, step, 3) != 0
    elif op == "save_alert" and body is not None:
        body["alertName"] = body.get("alertName") or "contract test"
        body["conditions"] = [{"conidex": str(AAPL), "operator": ">=", "value": "300", "type": 1}]
        body.pop("orderId", None)
    elif op == "create_watchlist" and body is not None:
        body["id"] = str(body.get("id") or "contract-test")
        body["rows"] = [{"C": AAPL}] if body.get("rows") else []


def test_links_chain_orders_alerts_and_watchlists(trading: tuple[FakeGateway, ServerHandle]) -> None:
    gw, srv = trading
    target = Target(gw, srv, {})
    account = gw.state.accounts[0]

    class Machine(schema.as_state_machine()):  # type: ignore[misc]
        # Answering a random reply id only ever yields 400 (the stateless contract test covers that);
        # as a scenario root it would spend most of the step budget, so replies start from links only.
        RANDOM__POST_iserver_reply_replyId_ = None

        def setup(self) -> None:
            self.steps = 0
            target.reset_session()

        def before_call(self, case: Any) -> None:
            self.steps += 1
            _realistic(case, account, self.steps)

        def get_call_kwargs(self, case: Any) -> dict[str, Any]:
            return {"base_url": srv.base_url}

        def validate_response(
            self, response: Any, case: Any, additional_checks: Any = None, **kwargs: Any
        ) -> None:
            # the fake answers 4xx to well-formed but meaningless requests (unknown order, cancelled
            # twice), as IBKR does; it holds the session itself and ignores the api cookie
            case.validate_response(
                response,
                additional_checks=additional_checks,
                excluded_checks=[positive_data_acceptance, ignored_auth],
                transport_kwargs=kwargs or None,
                recorder=self.recorder,
            )

    Machine.run(
        settings=settings(
            derandomize=True,
            database=None,
            deadline=None,
            max_examples=100,
            stateful_step_count=10,
            suppress_health_check=list(HealthCheck),
        )
    )

    seen = gw.counters.snapshot()["by_operation_status"]
    reached = {op for op in LINKED_OPERATIONS if seen.get(f"{op} 200", 0)}
    # every kind of follow-up succeeded at least once with an id taken from an earlier answer
    # (modify_order is exercised too, but most links reach it after the order was filled or
    # cancelled, so its rare 200 is not asserted)
    assert reached >= {
        "place_orders",
        "reply_to_order_question",
        "get_order_status",
        "cancel_order",
        "get_alert",
        "delete_alert",
        "get_watchlist",
        "delete_watchlist",
    }, json.dumps(seen)
