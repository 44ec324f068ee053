"""``client.call(operation, **params)``: every spec operation through the overlay, against the fake gateway.

Parameters are built from the spec (required path/query/header parameters and a minimal request body
made into the generated model) and the fake's universe (its accounts, AAPL's conid). Each operation must
come back as its parsed 2xx model, or - for the few whose made-up values the fake cannot know (an order
id, an alert id, an event contract) - as the typed ``IbkrError`` listed in ``TYPED_ERROR_EXPECTED``.
Nothing may end in an untyped exception.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import inspect
import re
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from ibkr_webapi import (
    AsyncClient,
    AuthenticationError,
    BadRequest,
    Client,
    IbkrError,
    NotFound,
    Order,
    UnknownOperation,
    ValidationError,
)
from ibkr_webapi._flow import Call
from ibkr_webapi.auth import OAuth2Auth
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.testing import FakeGateway, ServerHandle
from ibkr_webapi_client.api.accounts import get_accounts
from ibkr_webapi_client.models import (
    AccountsResponse,
    AllocationRequest,
    HmdsScannerRequest,
    OrdersSubmissionRequest,
    PaTransactionsRequest,
    ScannerRunRequest,
    SecdefSearchRequest,
    SetFyiSettingBody,
)
from ibkr_webapi_client.operations import OPERATIONS
from ibkr_webapi_client.types import File, Unset

SPEC = yaml.safe_load((Path(__file__).resolve().parents[2] / "spec" / "ibkr-webapi.yaml").read_text())
ACCOUNT = "DU1234567"
AAPL = 265598
KNOWN: Mapping[str, Any] = {"accountId": ACCOUNT, "conid": AAPL, "acctId": ACCOUNT, "typecode": "BA"}


def _order_body() -> OrdersSubmissionRequest:
    order = Order(conid=AAPL, side="BUY", quantity=1, price=1.0)
    return OrdersSubmissionRequest.from_dict({"orders": [order.to_wire()]})


# Values the spec cannot express (a scan type, a bar size, a real order), from the fake's universe.
OVERRIDES: Mapping[str, Any] = {
    "get_marketdata_history": lambda: {"conid": AAPL, "period": "1d", "bar": "1h"},
    "get_hmds_history": lambda: {"conid": str(AAPL), "period": "1d", "bar": "1h"},
    "get_secdef_info": lambda: {"conid": str(AAPL), "sectype": "STK"},
    "search_contracts": lambda: {"symbol": "AAPL"},
    "get_marketdata_snapshot": lambda: {"conids": [str(AAPL)]},
    "set_fyi_setting": lambda: {"typecode": "BA", "body": SetFyiSettingBody(enabled=True)},
    "search_contracts_by_body": lambda: {"body": SecdefSearchRequest(symbol="AAPL")},
    "set_fyi_email_delivery": lambda: {"enabled": "true"},
    "place_orders": lambda: {"account_id": ACCOUNT, "body": _order_body()},
    "preview_order": lambda: {"account_id": ACCOUNT, "body": _order_body()},
    "run_scanner": lambda: {"body": ScannerRunRequest.from_dict({"type": "TOP_PERC_GAIN"})},
    "run_hmds_scanner": lambda: {"body": HmdsScannerRequest.from_dict({"scanCode": "TOP_PERC_GAIN"})},
    # the fake answers these from its own accounts: an account id it does not hold is a 404
    "get_consolidated_allocation": lambda: {"body": AllocationRequest.from_dict({"acctIds": [ACCOUNT]})},
    "get_pa_transactions": lambda: {
        "body": PaTransactionsRequest.from_dict({"acctIds": [ACCOUNT], "conids": [AAPL]})
    },
}

# Operations whose required ids cannot be known up front (or that the auth objects perform themselves):
# the fake answers with a documented error, which must arrive as the matching typed error.
TYPED_ERROR_EXPECTED: Mapping[str, type[IbkrError]] = {
    "activate_alert": NotFound,
    "cancel_order": NotFound,
    "modify_order": NotFound,
    "mark_fyi_notification_read": NotFound,
    "unsubscribe_marketdata": NotFound,
    "reply_to_order_question": BadRequest,
    "save_alert": BadRequest,
    "get_strikes": BadRequest,
    "get_oauth2_token": BadRequest,  # a made-up assertion; OAuth2Auth sends the real one
    "create_sso_session": AuthenticationError,  # needs the signed JWT OAuth2Auth makes
    "get_live_session_token": AuthenticationError,  # OAuth 1.0a bootstrap, done by OAuth1Auth
    "get_oauth_access_token": AuthenticationError,
    "get_oauth_request_token": AuthenticationError,
    "open_websocket": NotFound,  # a plain GET is no WebSocket upgrade: client.stream() opens the socket
    "delete_alert": NotFound,
    "delete_fyi_device": NotFound,
    "get_alert": NotFound,
    "get_order_status": NotFound,
    "get_more_fyi_notifications": NotFound,
    "get_watchlist": NotFound,
    "get_forecast_market": NotFound,
    "get_forecast_contract_details": BadRequest,
    "get_forecast_contract_rules": BadRequest,
    "get_forecast_contract_schedules": BadRequest,
}


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _minimal(schema: Any) -> Any:
    """The smallest value the schema allows (required properties only)."""
    schema = _resolve(schema)
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _minimal(part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return _minimal(schema[key][0])
    if "example" in schema:
        return schema["example"]
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object")
    if kind == "object":
        props = schema.get("properties", {})
        return {k: KNOWN.get(k, _minimal(props.get(k, {}))) for k in schema.get("required", [])}
    if kind == "array":
        return [_minimal(schema.get("items", {}))] * max(1, schema.get("minItems", 0))
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return False
    pattern = schema.get("pattern", "")
    if pattern.startswith("^(?:[A-Z]"):
        return ACCOUNT
    if choices := re.fullmatch(r"\^\(([a-z|]+)\)\$", pattern):
        return choices.group(1).split("|")[0]
    return "1" if "[0-9]" in pattern and "A-Z" not in pattern else "abc"


def _python(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", re.sub(r"[^0-9A-Za-z]", "_", name)).lower()


def _operation(op_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
    for item in SPEC["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == op_id:
                return item, op
    raise KeyError(op_id)


def params_for(op_id: str) -> dict[str, Any]:
    """Valid arguments for ``client.call(op_id, ...)``: spec-made values, the fake's ids where known."""
    item, op = _operation(op_id)
    module = importlib.import_module(OPERATIONS[op_id].module)
    hints = typing.get_type_hints(module.build_request)
    declared = map(_resolve, item.get("parameters", []) + op.get("parameters", []))
    spec_params = {_python(p["name"]): p for p in declared}
    params: dict[str, Any] = {}
    for name, param in inspect.signature(module.build_request).parameters.items():
        if param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            params["body"] = _body(op, hints["body"])
            continue
        spec = spec_params[name.rstrip("_")]  # type_ / max_: Python keywords get a trailing underscore
        value = KNOWN.get(spec["name"], _minimal(spec.get("schema", {})))
        for kind in typing.get_args(hints[name]) or (hints[name],):
            if isinstance(kind, type) and issubclass(kind, enum.Enum):
                value = next(iter(kind))
        params[name] = value
    return params


def _body(op: dict[str, Any], hint: Any) -> Any:
    content = _resolve(op["requestBody"])["content"]
    media = next(iter(content.values()))
    kinds = [k for k in (typing.get_args(hint) or (hint,)) if k not in (Unset, type(None))]
    kind = kinds[0]
    if kind is File:
        return File(payload=b"payload")  # type: ignore[arg-type]
    if kind is str:
        return "payload"
    return kind.from_dict(_minimal(media.get("schema", {})))


@dataclass
class Target:
    gw: FakeGateway
    srv: ServerHandle
    client: Client

    def reset_session(self) -> None:
        sessions = self.gw.sessions
        if not sessions.is_alive() or sessions.logged_out:
            self.gw.login()
        sessions.open_brokerage(compete=True)  # earlier cases include /logout
        sessions.mark_accounts_queried()


@pytest.fixture(scope="module")
def targets() -> Iterator[dict[str, Target]]:
    gateway = FakeGateway(enforce_pacing=False)
    oauth2 = FakeGateway(auth="oauth2", enforce_pacing=False, oauth2_token_lifetime_s=86_400)
    with gateway.serve() as gsrv, oauth2.serve() as osrv:
        creds = oauth2.credentials.oauth2
        auth = OAuth2Auth(
            client_id=creds.client_id,
            private_key=creds.private_key_pem,
            key_id=creds.key_id,
            root_url=osrv.root_url,
            username=creds.credential,
        )
        with (
            Client(gsrv.base_url, keepalive_interval=None, pacer=unlimited_pacer()) as gclient,
            Client(osrv.base_url, auth=auth, keepalive_interval=None, pacer=unlimited_pacer()) as oclient,
        ):
            yield {"gateway": Target(gateway, gsrv, gclient), "oauth2": Target(oauth2, osrv, oclient)}
    for gw in (gateway, oauth2):
        gw.assert_no_server_errors()


def _target(targets: dict[str, Target], op_id: str) -> Target:
    security = OPERATIONS[op_id].security
    return targets["gateway" if "cpGatewaySession" in security or not security else "oauth2"]


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_every_operation_through_client_call(targets: dict[str, Target], op_id: str) -> None:
    target = _target(targets, op_id)
    target.reset_session()
    params = {**params_for(op_id), **(OVERRIDES[op_id]() if op_id in OVERRIDES else {})}
    expected = TYPED_ERROR_EXPECTED.get(op_id)
    if expected is not None:
        with pytest.raises(expected):
            target.client.call(op_id, **params)
        return
    result = target.client.call(op_id, **params)
    module = importlib.import_module(OPERATIONS[op_id].module)
    documented = typing.get_type_hints(module.parse_response)["return"]
    kinds = [typing.get_origin(k) or k for k in typing.get_args(documented) or (documented,)]
    allowed = tuple(k for k in kinds if isinstance(k, type) and k is not Any)
    assert result is None or isinstance(result, allowed), (op_id, type(result))


def test_covers_all_operations() -> None:
    assert len(OPERATIONS) == 179
    assert set(TYPED_ERROR_EXPECTED) <= set(OPERATIONS)
    assert len(OPERATIONS) - len(TYPED_ERROR_EXPECTED) >= 155  # answered with their parsed 2xx model


def test_call_takes_the_module_and_returns_the_model(targets: dict[str, Target]) -> None:
    client = targets["gateway"].client
    by_module = client.call(get_accounts)
    assert isinstance(by_module, AccountsResponse)
    assert ACCOUNT in by_module.accounts
    assert client.call("get_accounts") == by_module


def test_unknown_operation_lists_close_matches(targets: dict[str, Target]) -> None:
    gw = targets["gateway"].gw
    before = sum(gw.counters.requests.values())
    with pytest.raises(UnknownOperation) as info:
        targets["gateway"].client.call("get_acounts")
    assert "get_accounts" in info.value.suggestions
    assert "did you mean get_accounts" in str(info.value)
    assert isinstance(info.value, IbkrError)
    with pytest.raises(ValidationError, match="not a generated endpoint module"):
        targets["gateway"].client.call(re)
    assert sum(gw.counters.requests.values()) == before


def test_wrong_parameters_are_typed_errors_listing_what_it_takes(targets: dict[str, Target]) -> None:
    client = targets["gateway"].client
    with pytest.raises(ValidationError, match=r"it takes \(account_id, order_id, ext_operator\?"):
        client.call("cancel_order", account_id=ACCOUNT)
    with pytest.raises(ValidationError, match="unexpected keyword argument 'colour'"):
        client.call("get_accounts", colour="red")
    with pytest.raises(ValidationError, match="generated models"):
        client.call("suppress_order_questions", body={"messageIds": ["o163"]})


def test_a_stream_body_survives_a_resend(targets: dict[str, Target]) -> None:
    """A ``File`` payload is read once per send, from where it stood: a retried send has the same bytes."""
    import io

    target = targets["gateway"]  # answers 401 (OAuth-only echo), recovers the session and resends
    target.reset_session()
    before = target.gw.counters.snapshot()["requests"].get("echo_signed_jwt", 0)
    payload = io.BytesIO(b"xx-not-a-jwt")
    payload.seek(3)
    with pytest.raises(IbkrError):  # typed, never h11's "Too little data for declared Content-Length"
        target.client.call("echo_signed_jwt", body=File(payload=payload))
    assert target.gw.counters.snapshot()["requests"]["echo_signed_jwt"] - before == 2  # sent, resent
    assert payload.tell() == 3


def test_ibkr_errors_arrive_typed(targets: dict[str, Target]) -> None:
    client = targets["gateway"].client
    with pytest.raises(NotFound) as info:
        client.call("get_order_status", order_id=424242)
    assert info.value.status_code == 404
    assert info.value.operation_id == "get_order_status"


def test_session_is_recovered_and_a_safe_call_resent(targets: dict[str, Target]) -> None:
    target = targets["gateway"]
    target.gw.expire_session()
    target.gw.login()
    generation = target.client.session.generation
    assert isinstance(target.client.call("get_accounts"), AccountsResponse)
    assert target.client.session.generation > generation


def test_run_takes_a_single_call_too(targets: dict[str, Target]) -> None:
    response = targets["gateway"].client.run(Call.op("get_accounts"))
    assert response.status_code == 200
    assert isinstance(response.parsed, AccountsResponse)
    with pytest.raises(ValidationError, match=r"client\.call"):
        targets["gateway"].client.run("get_accounts")  # type: ignore[arg-type]


def test_async_client_call(targets: dict[str, Target]) -> None:
    srv = targets["gateway"].srv

    async def main() -> None:
        async with AsyncClient(srv.base_url, keepalive_interval=None, pacer=unlimited_pacer()) as client:
            accounts = await client.call("get_accounts")
            assert isinstance(accounts, AccountsResponse)
            ledger = await client.call("get_ledger", account_id=ACCOUNT)
            assert ledger is not None
            with pytest.raises(UnknownOperation):
                await client.call("no_such_operation")
            with pytest.raises(NotFound):
                await client.call("get_order_status", order_id=424242)
            response = await client.run(Call.op("get_accounts"))
            assert response.status_code == 200

    asyncio.run(main())
