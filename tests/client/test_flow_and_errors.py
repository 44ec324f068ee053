"""Flows run under a scripted driver; IBKR's error shapes map to the typed errors."""

from __future__ import annotations

import json
from collections.abc import Generator
from typing import Any

import httpx
import pytest

from ibkr_webapi._errors_map import error_for_response
from ibkr_webapi._exceptions import (
    AccountsNotQueried,
    ApiError,
    AuthenticationError,
    BadRequest,
    BrokerageUnavailable,
    CompetingSession,
    NotAuthenticated,
    NotFound,
    RateLimitError,
    ServerError,
    UnexpectedResponse,
)
from ibkr_webapi._flow import Call, Now, Sleep
from ibkr_webapi.session import Session


def reply(status: int, body: Any) -> httpx.Response:
    headers = {"content-type": "application/json"}
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


def drive(flow: Generator[Any, Any, Any], script: dict[str, list[httpx.Response]]) -> tuple[Any, list[str]]:
    """A scripted driver: answers each Call from ``script[operation_id]`` and logs the effects."""
    log: list[str] = []
    value: Any = None
    try:
        while True:
            effect = flow.send(value)
            if isinstance(effect, Call):
                log.append(effect.operation_id)
                value = script[effect.operation_id].pop(0)
            elif isinstance(effect, Sleep):
                log.append(f"sleep {effect.seconds}")
                value = None
            elif isinstance(effect, Now):
                value = 0.0
            else:  # pragma: no cover
                raise AssertionError(effect)
    except StopIteration as stop:
        return stop.value, log


STATUS_DOWN = {"authenticated": False, "connected": True, "competing": False}
STATUS_UP = {"authenticated": True, "connected": True, "competing": False, "established": True}
TICKLE = {"session": "abc", "iserver": {"authStatus": STATUS_UP}}


def test_session_start_flow_opens_brokerage_when_needed() -> None:
    session = Session()
    status, log = drive(
        session.start(),
        {
            "get_auth_status": [reply(200, STATUS_DOWN)],
            "init_brokerage_session": [reply(200, STATUS_UP)],
            "get_accounts": [reply(200, {"accounts": ["U1", "U2"], "selectedAccount": "U2"})],
            "tickle": [reply(200, TICKLE)],
        },
    )
    assert status.ready
    assert log == ["get_auth_status", "init_brokerage_session", "get_accounts", "tickle"]
    assert session.accounts == ("U1", "U2") and session.selected_account == "U2"
    assert session.ws_session == "abc"


def test_session_start_polls_until_init_settles() -> None:
    session = Session()
    _, log = drive(
        session.start(),
        {
            "get_auth_status": [reply(200, STATUS_DOWN), reply(200, STATUS_UP)],
            "init_brokerage_session": [reply(200, STATUS_DOWN)],
            "get_accounts": [reply(200, {"accounts": ["U1"]})],
            "tickle": [reply(200, TICKLE)],
        },
    )
    assert log[:4] == ["get_auth_status", "init_brokerage_session", "sleep 0.5", "get_auth_status"]


def test_session_start_skips_init_when_already_up_and_refuses_to_compete() -> None:
    _, log = drive(
        Session().start(),
        {
            "get_auth_status": [reply(200, STATUS_UP)],
            "get_accounts": [reply(200, {"accounts": ["U1"]})],
            "tickle": [reply(200, TICKLE)],
        },
    )
    assert "init_brokerage_session" not in log
    competing = {**STATUS_UP, "authenticated": False, "competing": True}
    with pytest.raises(CompetingSession):
        drive(Session(compete=False).start(), {"get_auth_status": [reply(200, competing)]})


def test_keepalive_reestablishes_when_tickle_says_gone() -> None:
    session = Session()
    _, log = drive(
        session.keepalive_once(),
        {
            "tickle": [httpx.Response(401, text="not authenticated"), reply(200, TICKLE)],
            "get_auth_status": [reply(200, STATUS_UP)],
            "get_accounts": [reply(200, {"accounts": ["U1"]})],
        },
    )
    assert log == ["tickle", "get_auth_status", "get_accounts", "tickle"]
    assert session.generation == 1


def test_maintenance_window_is_brokerage_unavailable() -> None:
    down = {**STATUS_DOWN, "message": "Brokerage is not available: maintenance"}
    with pytest.raises(BrokerageUnavailable, match="maintenance"):
        drive(
            Session().start(),
            {
                "get_auth_status": [reply(200, STATUS_DOWN)] + [reply(200, down)] * 5,
                "init_brokerage_session": [reply(200, down)],
            },
        )


@pytest.mark.parametrize(
    ("status", "body", "expected"),
    [
        (400, {"error": "Bad Request: Please query /accounts first", "statusCode": 400}, AccountsNotQueried),
        (400, {"error": "Bad Request: accountId is not valid", "statusCode": 400}, BadRequest),
        (401, "not authenticated", NotAuthenticated),
        (401, "invalid consumer key or signature", AuthenticationError),
        (401, "competing session: POST ssodh/init", CompetingSession),
        (404, {"error": "order not found"}, NotFound),
        (429, {"error": "Too Many Requests"}, RateLimitError),
        (500, {"error": "boom"}, ServerError),
        (503, {"error": "Brokerage is unavailable: nightly maintenance"}, BrokerageUnavailable),
        (503, {"error": "timeout"}, ServerError),
        (409, {"error": "conflict"}, ApiError),
        (200, {"error": "no such conid"}, BadRequest),
    ],
)
def test_error_shapes(status: int, body: Any, expected: type[Exception]) -> None:
    response = httpx.Response(status, text=body) if isinstance(body, str) else reply(status, body)
    error = error_for_response(response, "get_account_summary")
    assert type(error) is expected
    if isinstance(body, dict) and isinstance(error, ApiError):
        assert error.error_text == body["error"]


def test_html_and_order_bodies() -> None:
    html = httpx.Response(200, text="<html><body>Login</body></html>", headers={"content-type": "text/html"})
    assert isinstance(error_for_response(html, "get_accounts"), UnexpectedResponse)
    page = httpx.Response(502, text="<html><h1>Bad Gateway</h1></html>", headers=html.headers)
    error = error_for_response(page, "get_accounts")
    assert isinstance(error, ServerError) and error.error_text == "Bad Gateway"
    # an order reject in a 200 body is the orders layer's to interpret
    assert error_for_response(reply(200, {"error": "rejected"}), "place_orders") is None
    assert error_for_response(reply(200, [{"order_id": "1"}]), "place_orders") is None
