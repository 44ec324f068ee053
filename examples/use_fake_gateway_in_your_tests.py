"""Test your own trading code against the fake IBKR gateway (as moto does for boto3), through the pytest
plugin that ``ibkr-webapi[testing]`` installs.

    pytest examples/use_fake_gateway_in_your_tests.py
    python examples/use_fake_gateway_in_your_tests.py      # runs pytest on this file

The fake keeps real state (orders, fills, positions, ledger), asks IBKR's reply questions, enforces
pacing and can inject faults; ``fake_gateway.state`` and ``fake_gateway.counters`` let your tests
assert what happened.
"""

from __future__ import annotations

import sys

import pytest

from ibkr_webapi import Client, Order, OrderRejected, ReplyPolicy
from ibkr_webapi.pytest_plugin import ServedGateway

AAPL = 265598


# -- the code under test (yours) --------------------------------------------------------------------
def buy_at_market_price(client: Client, conid: int, quantity: int, last: float) -> int:
    """Buys with a marketable limit; accepts no reply question."""
    ack = client.orders.place_one(
        Order(conid=conid, side="BUY", quantity=quantity, price=round(last * 1.002, 2))
    )
    return ack.order_id


# -- fixtures: none to write -----------------------------------------------------------------------------
# ``pip install 'ibkr-webapi[testing]'`` registers a pytest plugin: ``fake_gateway`` (served on 127.0.0.1,
# crashes inside the fake fail the test), ``ibkr_client`` and ``async_ibkr_client`` (connected to it).
# Options per test: @pytest.mark.ibkr_gateway(auth="oauth1", tls=True, pacing=False, seed=7).


# -- tests ------------------------------------------------------------------------------------------------
def test_buy_fills_and_the_position_grows(fake_gateway: ServedGateway, ibkr_client: Client) -> None:
    account = ibkr_client.session.selected_account
    assert account is not None
    before = {p.conid: p.quantity for p in ibkr_client.portfolio.positions(account)}
    last = float(fake_gateway.state.market.last(AAPL))
    order_id = buy_at_market_price(ibkr_client, AAPL, 10, last)
    assert ibkr_client.orders.order_status(order_id).status == "Filled"
    after = {p.conid: p.quantity for p in ibkr_client.portfolio.positions(account)}
    assert after[AAPL] == before.get(AAPL, 0) + 10


def test_a_far_limit_raises_a_question_that_is_refused_by_default(
    fake_gateway: ServedGateway, ibkr_client: Client
) -> None:
    last = float(fake_gateway.state.market.last(AAPL))
    far = Order(conid=AAPL, side="BUY", quantity=1, price=round(last * 0.5, 2))
    with pytest.raises(OrderRejected) as refused:
        ibkr_client.orders.place_one(far)
    assert "o163" in refused.value.message_ids
    assert not fake_gateway.state.orders.orders  # nothing was placed
    ack = ibkr_client.orders.place_one(far, policy=ReplyPolicy.confirm({"o163"}))
    assert ack.confirmed == ("o163",)


def test_transient_server_errors_are_retried_for_reads(
    fake_gateway: ServedGateway, ibkr_client: Client
) -> None:
    fake_gateway.faults.fail_next("get_marketdata_snapshot", 1, 503)  # the next snapshot request fails once
    assert ibkr_client.marketdata.quote(AAPL).last is not None  # retried (reads are safe to retry)
    assert fake_gateway.counters.snapshot()["requests"]["get_marketdata_snapshot"] >= 2


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
