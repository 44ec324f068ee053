"""Nothing with a bad path parameter reaches IBKR: the facades and ``client.call`` over every operation.

A served fake gateway counts every request it receives; each bad value must raise ``ValidationError``
(an ``IbkrError``) with the count unchanged.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from ibkr_webapi import AsyncClient, Client, IbkrError, Order, ValidationError
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.testing import FakeGateway, ServerHandle
from ibkr_webapi_client.operations import OPERATIONS
from ibkr_webapi_client.path_params import PATH_PARAMS

BAD_IDS: tuple[Any, ...] = ("..", -1, "abc", True, 2**70)


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[FakeGateway, ServerHandle]]:
    gw = FakeGateway(enforce_pacing=False)
    with gw.serve() as srv:
        yield gw, srv
    gw.assert_no_server_errors()


@pytest.fixture
def client(served: tuple[FakeGateway, ServerHandle]) -> Iterator[Client]:
    with Client(served[1].base_url, keepalive_interval=None, pacer=unlimited_pacer()) as c:
        yield c


def _received(gw: FakeGateway) -> int:
    return sum(gw.counters.requests.values())


def _order() -> Order:
    return Order(conid=265598, side="BUY", quantity=1, price=100.0)


@pytest.mark.parametrize("order_id", BAD_IDS, ids=repr)
def test_cancel_modify_status_refuse_bad_order_ids(
    served: tuple[FakeGateway, ServerHandle], client: Client, order_id: Any
) -> None:
    gw = served[0]
    before = _received(gw)
    with pytest.raises(ValidationError, match="orderId") as info:
        client.orders.cancel(order_id)
    assert info.value.field == "order_id"
    with pytest.raises(ValidationError, match="orderId"):
        client.orders.modify(order_id, original=_order(), price=101.0)
    with pytest.raises(ValidationError, match="orderId"):
        client.orders.order_status(order_id)
    assert _received(gw) == before


@pytest.mark.parametrize("account_id", ["..", ".", "U1/../x", "u123", "DU1234567/orders"])
def test_place_and_cancel_refuse_a_bad_account_id(
    served: tuple[FakeGateway, ServerHandle], client: Client, account_id: str
) -> None:
    gw = served[0]
    before = _received(gw)
    with pytest.raises(ValidationError, match="accountId") as info:
        client.orders.place_one(_order(), account_id=account_id)
    assert info.value.field == "account_id"
    with pytest.raises(ValidationError, match="accountId"):
        client.orders.cancel(1, account_id=account_id)
    assert _received(gw) == before


def _bad_value_for(rule_type: str) -> Any:
    return ".." if rule_type == "string" else True


def _sweep_cases() -> list[tuple[str, str]]:
    return [(op_id, name) for op_id, params in sorted(PATH_PARAMS.items()) for name in params]


def _kwargs(op_id: str, bad: str) -> dict[str, Any]:
    module = importlib.import_module(OPERATIONS[op_id].module)
    kwargs: dict[str, Any] = {}
    for param in inspect.signature(module.build_request).parameters.values():
        if param.default is inspect.Parameter.empty:
            kwargs[param.name] = None
    for name in PATH_PARAMS[op_id]:
        python = "".join("_" + c.lower() if c.isupper() else c for c in name)
        if name == bad:
            kwargs[python] = _bad_value_for(PATH_PARAMS[op_id][name].type)
        else:
            rule = PATH_PARAMS[op_id][name]
            kwargs[python] = 1 if rule.type == "integer" else ("DU1234567" if name == "accountId" else "1")
    return kwargs


def test_client_call_sweep_nothing_with_a_bad_path_parameter_is_sent(
    served: tuple[FakeGateway, ServerHandle], client: Client
) -> None:
    gw = served[0]
    before = _received(gw)
    refused = 0
    for op_id, name in _sweep_cases():
        for value in (".", "..", "a/b", True, 2**70, -1):
            kwargs = _kwargs(op_id, name)
            python = "".join("_" + c.lower() if c.isupper() else c for c in name)
            kwargs[python] = value
            rule = PATH_PARAMS[op_id][name]
            numeric = rule.type == "integer" or rule.pattern == "^[0-9]{1,18}$"
            if value in (2**70, -1) and not numeric:
                continue  # a free-text segment (device id, enumeration type ...) may be digits or "-1"
            with pytest.raises(ValidationError) as info:
                client.call(op_id, **kwargs)
            assert name in str(info.value), (op_id, name, value)
            refused += 1
    assert refused >= 4 * 45
    assert _received(gw) == before


def test_async_client_refuses_too(served: tuple[FakeGateway, ServerHandle]) -> None:
    gw = served[0]

    async def main() -> None:
        async with AsyncClient(served[1].base_url, keepalive_interval=None, pacer=unlimited_pacer()) as c:
            before = _received(gw)
            for value in BAD_IDS:
                with pytest.raises(ValidationError):
                    await c.orders.cancel(value)
                with pytest.raises(ValidationError):
                    await c.call("cancel_order", account_id="DU1234567", order_id=value)
            with pytest.raises(ValidationError):
                await c.orders.place_one(_order(), account_id="..")
            assert _received(gw) == before

    asyncio.run(main())


def test_validation_error_is_an_ibkr_error_and_keeps_the_generated_cause(client: Client) -> None:
    from ibkr_webapi_client.errors import InvalidParameter

    with pytest.raises(IbkrError) as info:
        client.call("cancel_order", account_id="DU1234567", order_id="..")
    assert isinstance(info.value, ValidationError)
    assert isinstance(info.value.__cause__, InvalidParameter)
