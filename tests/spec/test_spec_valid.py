"""Structural contract of spec/ibkr-webapi.yaml (docs/architecture.md, "Spec conventions")."""

from __future__ import annotations

import json
import re
from collections import Counter

import pytest
from openapi_spec_validator import validate

from ._support import EXCLUDED_PATH, operations, reference_dir, spec, validator_module

ERROR_CODES = ("400", "401", "403", "404", "429", "500", "503")
NEVER_IDEMPOTENT = {
    "place_orders",
    "modify_order",
    "cancel_order",
    "reply_to_order_question",
    "reply_to_server_prompt",
}


def _norm(path: str) -> str:
    return path.replace("{accountid}", "{accountId}").replace("{notificationID}", "{notificationId}")


def _excluded() -> set[tuple[str, str]]:
    text = EXCLUDED_PATH.read_text(encoding="utf-8")
    return {(m, p) for m, p in re.findall(r"`(GET|POST|PUT|PATCH|DELETE) (/[^`\s]*)`", text)}


def _op(operation_id: str) -> dict:
    return next(op for _m, _p, op in operations() if op["operationId"] == operation_id)


def test_openapi_spec_validator_accepts_the_document() -> None:
    validate(spec())
    assert spec()["openapi"] == "3.0.3"
    assert re.fullmatch(r"\d+\.\d+\.\d+-ibkr-webapi\.\d+", spec()["info"]["version"])


def test_servers_gateway_first_then_hosted() -> None:
    assert [s["url"] for s in spec()["servers"]] == [
        "https://localhost:5000/v1/api",
        "https://api.ibkr.com/v1/api",
    ]


def test_every_inventory_operation_is_specified_or_excluded() -> None:
    inventory = reference_dir() / "ibkr-api-inventory.json"
    if not inventory.is_file():
        pytest.skip(f"IBKR inventory not found at {inventory}")
    wanted = {(o["method"], _norm(o["path"])) for o in json.loads(inventory.read_text())["operations"]}
    have = {(m, p) for m, p, _ in operations()} | _excluded()
    assert sorted(wanted - have) == []


def test_client_essentials_beyond_ibkr_documents_are_present() -> None:
    have = {(m, p): op for m, p, op in operations()}
    assert have[("POST", "/iserver/marketdata/unsubscribe")]["operationId"] == "unsubscribe_marketdata"
    assert have[("GET", "/iserver/marketdata/unsubscribeall")]["operationId"] == "unsubscribe_all_marketdata"
    ws = have[("GET", "/ws")]
    assert "101" in ws["responses"]
    params = {(p["in"], p["name"]): p for p in ws["parameters"]}
    assert params[("cookie", "api")]["required"] is True
    assert params[("query", "oauth_token")]["required"] is False


def test_operation_ids_are_unique_snake_case() -> None:
    ids = [op.get("operationId", "") for _m, _p, op in operations()]
    assert [i for i, n in Counter(ids).items() if n > 1] == []
    assert [i for i in ids if not re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", i)] == []


@pytest.mark.parametrize(
    "operation_id",
    [
        "place_orders",
        "reply_to_order_question",
        "get_marketdata_snapshot",
        "get_auth_status",
        "init_brokerage_session",
        "tickle",
        "get_accounts",
        "cancel_order",
        "modify_order",
        "preview_order",
        "get_live_orders",
        "get_order_status",
        "search_contracts",
        "get_strikes",
        "get_secdef_info",
        "get_stocks_by_symbol",
        "get_futures_by_symbol",
        "get_portfolio_accounts",
        "get_positions",
        "get_ledger",
        "get_account_summary",
        "suppress_order_questions",
        "reset_suppressed_questions",
        "unsubscribe_marketdata",
        "unsubscribe_all_marketdata",
        "get_marketdata_history",
        "get_live_session_token",
        "get_oauth2_token",
        "create_sso_session",
    ],
)
def test_operation_ids_agreed_with_other_modules_exist(operation_id: str) -> None:
    assert _op(operation_id)


def test_every_operation_has_one_declared_tag_security_summary_and_error_responses() -> None:
    tags = {t["name"] for t in spec()["tags"]}
    schemes = set(spec()["components"]["securitySchemes"])
    problems = []
    for method, path, op in operations():
        where = f"{method} {path}"
        if len(op.get("tags", [])) != 1 or op["tags"][0] not in tags:
            problems.append(f"{where}: tags {op.get('tags')}")
        if "security" not in op or any(set(req) - schemes for req in op["security"]):
            problems.append(f"{where}: security {op.get('security')}")
        if not op.get("summary"):
            problems.append(f"{where}: no summary")
        missing = [c for c in ERROR_CODES if c not in op["responses"]]
        if missing:
            problems.append(f"{where}: missing error responses {missing}")
    assert problems == []


def test_error_responses_use_the_error_schema_and_401_is_plain_text() -> None:
    responses = spec()["components"]["responses"]
    assert list(responses["Unauthorized"]["content"]) == ["text/plain"]
    for name in (
        "BadRequest",
        "Forbidden",
        "NotFound",
        "TooManyRequests",
        "InternalServerError",
        "ServiceUnavailable",
    ):
        assert responses[name]["content"]["application/json"]["schema"] == {
            "$ref": "#/components/schemas/Error"
        }
    error = spec()["components"]["schemas"]["Error"]
    assert error["required"] == ["error"] and error["additionalProperties"] is True
    status_types = {b["type"] for b in error["properties"]["statusCode"]["anyOf"]}
    assert status_types == {"integer", "string"}


def test_account_management_is_oauth2_only_on_the_host_root() -> None:
    for _method, path, op in operations():
        if path.startswith("/gw/api/v1/"):
            assert op["security"] == [{"oauth2": []}], path
        if path.startswith(("/gw/", "/oauth2/")):
            assert op["servers"] == [
                {"url": "https://api.ibkr.com", "description": op["servers"][0]["description"]}
            ]
        else:
            assert "servers" not in op, path


def test_path_parameters_are_declared_and_consistently_named() -> None:
    for _method, path, op in operations():
        in_template = set(re.findall(r"\{([^}]+)\}", path))
        declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
        assert in_template == declared, path
        assert not in_template & {"accountid", "notificationID", "acctId", "orderID"}, path


def test_documented_pacing_limits() -> None:
    limits = {(m, p): op.get("x-rate-limit") for m, p, op in operations()}
    expected = {
        ("POST", "/tickle"): {"requests": 1, "per_seconds": 1},
        ("POST", "/iserver/scanner/run"): {"requests": 1, "per_seconds": 1},
        ("GET", "/iserver/scanner/params"): {"requests": 1, "per_seconds": 900},
        ("GET", "/iserver/account/pnl/partitioned"): {"requests": 1, "per_seconds": 5},
        ("GET", "/sso/validate"): {"requests": 1, "per_seconds": 60},
        ("GET", "/iserver/account/orders"): {"requests": 1, "per_seconds": 5},
        ("GET", "/iserver/account/trades"): {"requests": 1, "per_seconds": 5},
        ("GET", "/portfolio/accounts"): {"requests": 1, "per_seconds": 5},
        ("GET", "/portfolio/subaccounts"): {"requests": 1, "per_seconds": 5},
        ("GET", "/iserver/marketdata/snapshot"): {"requests": 10, "per_seconds": 1},
        ("GET", "/iserver/marketdata/history"): {"max_concurrent": 5},
        ("GET", "/fyi/unreadnumber"): {"requests": 1, "per_seconds": 1},
    }
    assert {k: limits[k] for k in expected} == expected
    for key, limit in limits.items():
        if limit is not None:
            assert set(limit) in ({"requests", "per_seconds"}, {"max_concurrent"}), key
    assert spec()["x-global-rate-limits"] == {
        "gateway": {"requests": 10, "per_seconds": 1},
        "oauth": {"requests": 50, "per_seconds": 1},
    }


def test_idempotency_marks() -> None:
    for method, path, op in operations():
        if op.get("x-idempotent"):
            assert method != "GET", f"{path}: GET is idempotent by default"
            assert op["operationId"] not in NEVER_IDEMPOTENT
    for operation_id in (
        "tickle",
        "refresh_auth_status",
        "unsubscribe_marketdata",
        "suppress_order_questions",
        "reset_suppressed_questions",
        "logout",
    ):
        assert _op(operation_id).get("x-idempotent") is True, operation_id


def test_order_body_is_an_object_with_an_orders_array() -> None:
    schemas = spec()["components"]["schemas"]
    body = _op("place_orders")["requestBody"]["content"]["application/json"]["schema"]
    assert body == {"$ref": "#/components/schemas/OrdersSubmissionRequest"}
    request = schemas["OrdersSubmissionRequest"]
    assert request["required"] == ["orders"] and request["properties"]["orders"]["type"] == "array"
    # conid or conidex (combo/routed orders), quantity or cashQty: the overlay validates which.
    assert set(schemas["OrderRequest"]["required"]) == {"orderType", "side", "tif"}
    assert {"conid", "conidex", "quantity", "cashQty"} <= set(schemas["OrderRequest"]["properties"])


def test_order_response_union_branches_are_told_apart_by_required_keys() -> None:
    index = validator_module().SpecIndex(spec())
    for operation_id in ("place_orders", "modify_order", "reply_to_order_question"):
        schema = _op(operation_id)["responses"]["200"]["content"]["application/json"]["schema"]
        assert schema == {"$ref": "#/components/schemas/OrderSubmissionResponse"}
    schema = {"$ref": "#/components/schemas/OrderSubmissionResponse"}
    accepted = [
        [{"order_id": "1", "order_status": "PreSubmitted", "encrypt_message": "1"}],
        [{"order_id": 730104455, "local_order_id": "x"}],
        [{"id": "8b19d36a", "message": ["Are you sure?"], "messageIds": ["o163"], "isSuppressed": False}],
        {"messageId": "p12", "text": "price management", "options": ["a"], "prompt": True},
        {"error": "Order couldn't be submitted"},
    ]
    for body in accepted:
        assert index.validate(schema, body) == [], body
    assert index.validate(schema, [{"unexpected": 1}]) != []
    branches = [
        spec()["components"]["schemas"][n]["required"]
        for n in ("OrderSubmitSuccess", "OrderReplyQuestion", "OrderReject", "Error")
    ]
    assert branches == [["order_id"], ["id", "message"], ["messageId"], ["error"]]


def test_snapshot_parameters_are_comma_separated_and_response_names_field_ids() -> None:
    op = _op("get_marketdata_snapshot")
    params = {p["name"]: p for p in op["parameters"]}
    for name in ("conids", "fields"):
        p = params[name]
        assert (p["schema"]["type"], p["style"], p["explode"]) == ("array", "form", False), name
    item = spec()["components"]["schemas"]["MarketDataSnapshot"]
    assert item["additionalProperties"] is True
    for key in (
        "31",
        "55",
        "58",
        "70",
        "71",
        "73",
        "84",
        "86",
        "6509",
        "6119",
        "7762",
        "conid",
        "conidEx",
        "_updated",
        "server_id",
    ):
        assert key in item["properties"], key


def test_live_session_token_response_uses_the_names_the_server_sends() -> None:
    lst = spec()["components"]["schemas"]["LiveSessionTokenResponse"]
    assert set(lst["required"]) == {
        "diffie_hellman_response",
        "live_session_token_signature",
        "live_session_token_expiration",
    }
    assert _op("get_live_session_token")["security"] == [{"oauth1": []}]
