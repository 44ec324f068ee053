"""Every spec operation, driven by schemathesis against the fake gateway, passes the default checks.

Derandomized and small (``max_examples``) so the whole module stays within a few minutes on two
cores. ``ignored_auth`` is excluded for gateway mode only: the real CP Gateway holds the session
itself and does not look at the ``api`` cookie on REST calls, and neither does the fake.
``positive_data_acceptance`` (schema-valid input must not get a 400) runs for every operation except
those in ``ACCEPTANCE_EXEMPT``: the spec now says what it can (conids are digit strings, required
strings are non-empty, ``days`` is 1..7), but it cannot say "a conid, reply id, account or scanner
that exists", and IBKR (so the fake) answers 400, not 404, to those.
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from ibkr_webapi_client.operations import OPERATIONS

from .conftest import SPEC

UNKNOWN_CONID = "IBKR answers 400 to a well-formed conid it does not know"
ACCEPTANCE_EXEMPT: dict[str, str] = {
    **dict.fromkeys(
        [
            "get_trading_schedule",
            "get_forecast_contract_details",
            "get_forecast_contract_rules",
            "get_forecast_contract_schedules",
            "get_contract_info",
            "get_contract_info_and_rules",
            "get_contract_algos",
            "get_contract_rules",
            "get_marketdata_history",
            "get_hmds_history",
            "get_marketdata_snapshot",
            "unsubscribe_marketdata",
            "get_secdef_info",
            "get_secdef_by_conids",
            "get_strikes",
            "create_watchlist",
        ],
        UNKNOWN_CONID,
    ),
    "reply_to_order_question": "only a reply id from a question is valid (test_stateful_fake_gateway.py)",
    "switch_account": "IBKR answers 400 to an account id it does not know",
    "run_scanner": "IBKR answers 400 to a scan type it does not know",
    "run_hmds_scanner": "IBKR answers 400 to a scan type it does not know",
    "get_oauth2_token": "the token endpoint answers 400 to an assertion it cannot verify",
}
SIGNED_JWT_BODY = "application/octet-stream"  # a generated string is never a signed JWT (400)

schema = schemathesis.openapi.from_path(SPEC)
# The WebSocket upgrade is not an HTTP exchange schemathesis can drive (its only success is 101).
schema = schema.exclude(operation_id="open_websocket")


@schema.parametrize()
@settings(
    derandomize=True,
    max_examples=4,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
def test_operation_conforms(case, targets):
    raw = case.operation.definition.raw
    op = OPERATIONS[raw["operationId"]]
    target = targets["gateway" if "cpGatewaySession" in op.security or not op.security else "oauth2"]
    target.reset_session()
    base_url = target.srv.base_url if op.base == "api" else target.srv.root_url
    excluded = []
    body_types = raw.get("requestBody", {}).get("content", {})
    if op.operation_id in ACCEPTANCE_EXEMPT or SIGNED_JWT_BODY in body_types:
        excluded.append(positive_data_acceptance)
    if target is targets["gateway"]:
        excluded.append(ignored_auth)
    header_info = case.meta.components.get(ParameterLocation.HEADER) if case.meta else None
    negated_headers = header_info is not None and header_info.mode is GenerationMode.NEGATIVE
    # a negative case that drops required headers must not get our Authorization added back
    headers = {} if negated_headers else dict(target.headers)
    case.call_and_validate(base_url=base_url, headers=headers, excluded_checks=excluded)
