"""Test your own trading code against ``ibkr_webapi.testing.FakeGateway`` (as moto does for boto3).

    pytest examples/use_fake_gateway_in_your_tests.py
    python examples/use_fake_gateway_in_your_tests.py      # runs pytest on this file

The fake keeps real state (orders, fills, positions, ledger), asks IBKR's reply questions, enforces
pacing and can inject faults; ``gw.state`` and ``gw.counters`` let your tests assert what happened.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from ibkr_webapi import Client, Order, OrderRejected, ReplyPolicy
from ibkr_webapi.testing import FakeGateway

AAPL = 265598


# -- the code under test (yours) --------------------------------------------------------------------
def buy_at_market_price(client: Client, conid: int, quantity: int, last: float) -> int:
    """Buys with a marketable limit; accepts no reply question."""
    ack = client.orders.place_one(
        Order(conid=conid, side="BUY", quantity=quantity, price=round(last * 1.002, 2))
    )
    return ack.order_id


# -- fixtures -------------------------------------------------------------------------------------------
@pytest.fixture
def gw() -> Iterator[FakeGateway]:
    gateway = FakeGateway(auth="gateway", seed=0)
    yield gateway
    gateway.assert_no_server_errors()  # a crash inside the fake fails the test


@pytest.fixture
def client(gw: FakeGateway) -> Iterator[Client]:
    with gw.serve() as srv, Client(srv.base_url, keepalive_interval=None) as c:
        yield c


# -- tests ------------------------------------------------------------------------------------------------
def test_buy_fills_and_the_position_grows(gw: FakeGateway, client: Client) -> None:
    account = client.session.selected_account
    assert account is not None
    before = {p.conid: p.quantity for p in client.portfolio.positions(account)}
    last = float(gw.state.market.last(AAPL))
    order_id = buy_at_market_price(client, AAPL, 10, last)
    assert client.orders.order_status(order_id).status == "Filled"
    after = {p.conid: p.quantity for p in client.portfolio.positions(account)}
    assert after[AAPL] == before.get(AAPL, 0) + 10


def test_a_far_limit_raises_a_question_that_is_refused_by_default(gw: FakeGateway, client: Client) -> None:
    last = float(gw.state.market.last(AAPL))
    far = Order(conid=AAPL, side="BUY", quantity=1, price=round(last * 0.5, 2))
    with pytest.raises(OrderRejected) as refused:
        client.orders.place_one(far)
    assert "o163" in refused.value.message_ids
    assert not gw.state.orders.orders  # nothing was placed
    ack = client.orders.place_one(far, policy=ReplyPolicy.confirm({"o163"}))
    assert ack.confirmed == ("o163",)


def test_transient_server_errors_are_retried_for_reads(gw: FakeGateway, client: Client) -> None:
    gw.faults.fail_next("get_marketdata_snapshot", 1, 503)  # the next snapshot request fails once
    assert client.marketdata.quote(AAPL).last is not None  # retried (reads are safe to retry)
    assert gw.counters.snapshot()["requests"]["get_marketdata_snapshot"] >= 2


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-p", "no:cacheprovider"]))
