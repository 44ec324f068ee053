"""Every spec operation, driven by schemathesis against the fake gateway, passes the default checks.

Derandomized and small (``max_examples``) so the whole module stays within a few minutes on two
cores. ``ignored_auth`` is excluded for gateway mode only: the real CP Gateway holds the session
itself and does not look at the ``api`` cookie on REST calls, and neither does the fake.
``positive_data_acceptance`` is excluded because IBKR (and so the fake) rightly answers 400/404 to
schema-valid but meaningless input (an empty ``conid``, an unknown account id); the spec cannot
express "a conid that exists".
"""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import ignored_auth, positive_data_acceptance

from ibkr_webapi_client._operations import OPERATIONS

from .conftest import SPEC

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
    op = OPERATIONS[case.operation.definition.raw["operationId"]]
    target = targets["gateway" if "cpGatewaySession" in op.security or not op.security else "oauth2"]
    target.reset_session()
    base_url = target.srv.base_url if op.base == "api" else target.srv.root_url
    excluded = [positive_data_acceptance]
    if target is targets["gateway"]:
        excluded.append(ignored_auth)
    header_info = case.meta.components.get(ParameterLocation.HEADER) if case.meta else None
    negated_headers = header_info is not None and header_info.mode is GenerationMode.NEGATIVE
    # a negative case that drops required headers must not get our Authorization added back
    headers = {} if negated_headers else dict(target.headers)
    case.call_and_validate(base_url=base_url, headers=headers, excluded_checks=excluded)
