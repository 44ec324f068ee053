"""Every path parameter of every generated operation is checked against its spec rule and percent-encoded.

Pure: the generated ``build_request`` functions are called directly; nothing is sent. The overlay side
(``client.call``, the facades, nothing reaching the fake gateway) is in tests/client/test_call.py.
"""

from __future__ import annotations

import importlib
import inspect
import re
from types import ModuleType
from typing import Any

import pytest

from ibkr_webapi_client.errors import InvalidParameter
from ibkr_webapi_client.operations import OPERATIONS
from ibkr_webapi_client.path_params import PATH_PARAMS, PathParam, path_segment

# Values no path parameter may take, whatever its type.
NEVER: tuple[Any, ...] = (".", "..", "", "a/b", "../x", "a\\b", True, False, None, 1.5, b"1", ["1"])
INTEGER_BAD: tuple[Any, ...] = (-1, 2**63, 2**70, "1", "abc")
DIGITS_BAD: tuple[Any, ...] = ("-1", "abc", "1e3", " 1", "1\n", str(2**70), -1, 2**70)


def _module(operation_id: str) -> ModuleType:
    return importlib.import_module(OPERATIONS[operation_id].module)


def _cases() -> list[tuple[str, str, Any]]:
    cases = []
    for op_id, params in sorted(PATH_PARAMS.items()):
        for name, rule in params.items():
            bad = list(NEVER)
            if rule.type == "integer":
                bad += INTEGER_BAD
            elif rule.pattern is not None and "[0-9]" in rule.pattern and "A-Z" not in rule.pattern:
                bad += DIGITS_BAD
            cases += [(op_id, name, value) for value in bad]
    return cases


def _python_name(name: str) -> str:
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def _valid(rule: PathParam) -> Any:
    if rule.type == "integer":
        return rule.minimum or 1
    if rule.pattern is not None and "A-Z]{1,5}" in rule.pattern:
        return "U1234567"
    return "1" if rule.pattern is not None and "A-Z" not in rule.pattern else "abc"


def _build(op_id: str, **overrides: Any) -> dict[str, Any]:
    """Call the endpoint's build_request with ``overrides``, valid other path parameters and placeholders
    for everything else required (never reached when a path parameter is refused: those come first)."""
    build = _module(op_id).build_request
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(build).parameters.values():
        if param.default is inspect.Parameter.empty:
            kwargs[param.name] = object()
    for name, rule in PATH_PARAMS.get(op_id, {}).items():
        kwargs[_python_name(name)] = _valid(rule)
    kwargs.update(overrides)
    return build(**kwargs)  # type: ignore[no-any-return]


def test_every_operation_with_a_path_parameter_has_rules_for_all_of_them() -> None:
    for op_id, op in OPERATIONS.items():
        in_path = set(re.findall(r"\{([^}]+)\}", op.path))
        assert set(PATH_PARAMS.get(op_id, {})) == in_path, op_id
    assert len(PATH_PARAMS) == sum(1 for op in OPERATIONS.values() if "{" in op.path) > 40


@pytest.mark.parametrize(("op_id", "name", "value"), _cases())
def test_bad_path_value_is_refused_before_a_request_exists(op_id: str, name: str, value: Any) -> None:
    with pytest.raises(InvalidParameter) as info:
        _build(op_id, **{_python_name(name): value})
    assert isinstance(info.value, ValueError)
    assert (info.value.operation_id, info.value.parameter) == (op_id, name)
    assert name in str(info.value)


def test_cancel_order_cases_from_the_report() -> None:
    build = _module("cancel_order").build_request
    for value in ("..", -1, "abc", True, 2**70):
        with pytest.raises(InvalidParameter, match="orderId"):
            build("U1234567", value)
    with pytest.raises(InvalidParameter, match="accountId"):
        build("..", 1)
    assert build("U1234567", 1234567890)["url"] == "/iserver/account/U1234567/order/1234567890"
    assert build("DU1234567", "42")["url"] == "/iserver/account/DU1234567/order/42"


def test_account_ids_of_every_documented_shape_are_accepted() -> None:
    for account in ("U1234567", "DU1234567", "F1234567", "DF1234567", "DUO873728", "All"):
        assert path_segment("get_account_summary", "accountId", account) == account
    for bad in ("u1234567", "U", "1234567", "U1234567 ", "U-1", "All/..", "ALL", "U%2F1"):
        with pytest.raises(InvalidParameter):
            path_segment("get_account_summary", "accountId", bad)


def test_free_text_segments_are_percent_encoded_and_cannot_climb() -> None:
    # deviceId has no pattern: anything but a path-changing value goes, encoded as one segment.
    url = _build("delete_fyi_device", device_id="a b?#%2e&é")["url"]
    assert url == "/fyi/deliveryoptions/a%20b%3F%23%252e%26%C3%A9"
    for value in (".", "..", "x/..", "a\\b", "x" * 257):
        with pytest.raises(InvalidParameter):
            _build("delete_fyi_device", device_id=value)


def test_integer_parameters_take_ints_in_range_only() -> None:
    rule = PATH_PARAMS["get_order_status"]["orderId"]
    assert rule == PathParam(name="orderId", type="integer", minimum=0, maximum=2**63 - 1)
    assert _build("get_order_status", order_id=2**63 - 1)["url"].endswith(f"/{2**63 - 1}")
    for value in (2**63, -1, True, "7", 7.0):
        with pytest.raises(InvalidParameter, match="an int"):
            _build("get_order_status", order_id=value)


def test_conids_in_the_path_are_ibkr_32_bit_contract_ids() -> None:
    assert _build("get_positions_by_conid", conid=2**31 - 1)["url"].endswith(f"/{2**31 - 1}")
    for value in (2**31, 0, -265598, True, "265598"):
        with pytest.raises(InvalidParameter, match="conid"):
            _build("get_positions_by_conid", conid=value)
    assert _build("get_contract_info", conid=265598)["url"] == "/iserver/contract/265598/info"
    with pytest.raises(InvalidParameter, match="conid"):
        _build("get_contract_info", conid="12345678901")


def test_remembered_segments_never_let_a_refused_value_through() -> None:
    """Accepted values are remembered (a repeated account id costs a lookup); what is refused stays
    refused, whatever was accepted before and however full the memo got."""
    from ibkr_webapi_client import path_params

    assert path_segment("get_ledger", "accountId", "DU1234567") == "DU1234567"
    assert path_segment("get_ledger", "accountId", "DU1234567") == "DU1234567"  # remembered
    assert path_segment("cancel_order", "orderId", 1) == "1"
    with pytest.raises(InvalidParameter):
        path_segment("cancel_order", "orderId", True)  # == 1, but a bool: checked, refused
    with pytest.raises(InvalidParameter):
        path_segment("cancel_order", "orderId", 1.0)  # == 1, but a float
    for n in range(path_params._SEGMENTS_SIZE + 10):  # fills the memo past its bound
        path_segment("cancel_order", "orderId", n)
    assert len(path_params._SEGMENTS) <= path_params._SEGMENTS_SIZE
    for bad in ("..", "DU1/../x", "du1234567"):
        with pytest.raises(InvalidParameter):
            path_segment("get_ledger", "accountId", bad)
    assert path_segment("get_ledger", "accountId", "DU1234567") == "DU1234567"
