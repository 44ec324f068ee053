"""Representative IBKR bodies parse into the generated models and serialise back unchanged.

The order endpoints answer a union (success list, question list, reject object, error); the
generated parser must pick the right branch by shape. Snapshot rows keep numeric field-id keys
("31", "84") and unknown ids through ``additional_properties``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx
import pytest

from ibkr_webapi_client import AuthenticatedClient
from ibkr_webapi_client.api.market_data import get_marketdata_snapshot
from ibkr_webapi_client.api.orders import place_orders, reply_to_order_question
from ibkr_webapi_client.models import (
    Error,
    MarketDataSnapshot,
    OrderReject,
    OrderReplyQuestion,
    OrderReplyRequest,
    OrderRequest,
    OrdersSubmissionRequest,
    OrderSubmitSuccess,
)

DATA = Path(__file__).parent / "data"


def _load(name: str) -> Any:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _client(body: Any, status: int = 200) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    client = AuthenticatedClient(base_url="https://gateway.test/v1/api", token="unused")
    return client.set_httpx_client(
        httpx.Client(base_url="https://gateway.test/v1/api", transport=httpx.MockTransport(handler))
    )


def _to_json(parsed: Any) -> Any:
    if isinstance(parsed, list):
        return [item.to_dict() for item in parsed]
    return parsed.to_dict()


def test_snapshot_rows_round_trip_with_numeric_keys() -> None:
    body = _load("snapshot.json")
    parsed = get_marketdata_snapshot.sync(client=_client(body), conids=[265598, 8314], fields=["31"])
    assert isinstance(parsed, list)
    assert all(isinstance(row, MarketDataSnapshot) for row in parsed)
    first = parsed[0]
    assert first.field_31 == "C187.44"
    assert first.field_84 == "187.40"
    assert first.additional_properties["9999"] == "future field"
    assert _to_json(parsed) == body


def _order() -> OrdersSubmissionRequest:
    return OrdersSubmissionRequest(
        orders=[OrderRequest(conid=265598, order_type="LMT", side="BUY", quantity=10, tif="DAY", price=150.0)]
    )


@pytest.mark.parametrize(
    ("sample", "expected_type"),
    [
        ("order_success.json", OrderSubmitSuccess),
        ("order_question.json", OrderReplyQuestion),
        ("order_reject.json", OrderReject),
        ("order_error.json", Error),
    ],
)
def test_order_submission_union_picks_the_right_branch(sample: str, expected_type: type) -> None:
    body = _load(sample)
    parsed = place_orders.sync("DU1234567", client=_client(body), body=_order())
    items = parsed if isinstance(parsed, list) else [parsed]
    assert items and all(isinstance(item, expected_type) for item in items)
    assert _to_json(parsed) == body


@pytest.mark.parametrize(
    ("sample", "expected_type"),
    [("order_success.json", OrderSubmitSuccess), ("order_question.json", OrderReplyQuestion)],
)
def test_reply_answer_union_round_trips(sample: str, expected_type: type) -> None:
    body = _load(sample)
    parsed = reply_to_order_question.sync(
        "07a13a5a-4a48-44a5-bb25-5ab37b79186c", client=_client(body), body=OrderReplyRequest(confirmed=True)
    )
    assert isinstance(parsed, list) and isinstance(parsed[0], expected_type)
    assert _to_json(parsed) == body


def test_order_request_body_is_an_object_with_orders() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=_load("order_success.json"))

    client = AuthenticatedClient(base_url="https://gateway.test/v1/api", token="unused").set_httpx_client(
        httpx.Client(base_url="https://gateway.test/v1/api", transport=httpx.MockTransport(handler))
    )
    place_orders.sync("DU1234567", client=client, body=_order())
    wire = json.loads(sent[0].content)
    assert list(wire) == ["orders"]
    assert wire["orders"][0]["conid"] == 265598 and wire["orders"][0]["orderType"] == "LMT"


def test_error_bodies_parse_on_error_statuses() -> None:
    body = {"error": "Bad Request: Please query /accounts first", "statusCode": 400}
    response = place_orders.sync_detailed("DU1234567", client=_client(body, status=400), body=_order())
    assert isinstance(response.parsed, Error)
    assert response.parsed.error == body["error"]
    assert response.parsed.to_dict() == body
