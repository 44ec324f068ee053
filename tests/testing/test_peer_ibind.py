"""A client we did not write drives the fake: ibind (pinned dev dependency) over a real socket.

ibind is a widely used Python client, proven against real IBKR gateways. If the fake differs from IBKR
where ibind relies on IBKR's behaviour, this test fails. Where ibind deviates from IBKR's documented
behaviour, the fake stays faithful to IBKR and the test configures around ibind, saying so:

* ibind opens its WebSocket with two ``POST /tickle`` within milliseconds (one to read the session for
  the cookie, one to check it on open). IBKR paces ``/tickle`` at 1 request per second and a burst of
  violations puts the client in the penalty box, so the fake answers the second one 429. The test hands
  ibind's WebSocket a tickle that reuses an answer younger than one second (``_PacedTickle``).
* ibind's OAuth 1.0a signer leaves query parameters out of the signature base string and hard-codes
  ``Host: api.ibkr.com``; RFC 5849 and IBKR's OAuth documentation sign query parameters too. The fake
  verifies them as IBKR does, so this test drives ibind in gateway mode (no OAuth 1.0a signing).
"""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

from ibkr_webapi.testing import FakeGateway, ServerHandle

ibind = pytest.importorskip("ibind", reason="ibind is a dev dependency (pip install -e '.[dev]')")

from ibind import IbkrClient, IbkrWsClient, QuestionType  # noqa: E402
from ibind.client.ibkr_utils import OrderRequest  # noqa: E402
from ibind.ibkr_ws.ibkr_events import MarketData, Orders  # noqa: E402
from ibind.ibkr_ws.ibkr_subscriptions import MarketDataSubscription, OrdersSubscription  # noqa: E402
from ibind.ws.ws_sinks import CallbackSink  # noqa: E402

ACCT = "DU1234567"
AAPL = 265598
WAIT_S = 30.0  # an upper bound for a frame to arrive, not a timing expectation


PACED_TOLERANCE = 0.5
"""The fake's pacing tolerance when pacing is on here: it refuses a second tickle within 0.5 s of
the first instead of 0.95 s. The paced tickle below sends at most one per second, so a loaded host
may delay one request by half a second before the fake counts it and still nothing is refused;
ibind alone sends its two tickles milliseconds apart, far inside the window, and is refused."""


@pytest.fixture
def served(request: Any) -> Iterator[tuple[FakeGateway, ServerHandle]]:
    """A served fake; ``request.param`` (set per test, indirectly) says whether IBKR's pacing is on."""
    gw = FakeGateway(
        enforce_pacing=request.param,
        pacing_tolerance=PACED_TOLERANCE,
        ws_heartbeat_interval_s=1.0,
        ws_market_data_interval_s=0.05,
    )
    with gw.serve() as srv:
        yield gw, srv
    gw.assert_no_server_errors()


def _client(srv: ServerHandle) -> Any:
    return IbkrClient(
        url=srv.base_url + "/",
        account_id=ACCT,
        cacert=False,
        auto_register_shutdown=False,
        auto_recreate_session=False,
    )


class _PacedTickle:
    """ibind's tickle, reusing an answer younger than one second (see the module docstring)."""

    def __init__(self, client: Any) -> None:
        self._tickle = client.tickle
        self._lock = threading.Lock()
        self._last: tuple[float, Any] | None = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            if self._last is not None and time.monotonic() - self._last[0] < 1.0:
                return self._last[1]
            result = self._tickle(*args, **kwargs)
            self._last = (time.monotonic(), result)
            return result


@pytest.mark.parametrize("served", [False], indirect=True, ids=["unpaced"])
def test_ibind_trades_through_the_fake(served: tuple[FakeGateway, ServerHandle]) -> None:
    # ibind leaves pacing to its user (no client-side limiter: a dozen calls in a row exceed IBKR's
    # 10 requests per second through the gateway); this test checks IBKR's answers, so pacing is off
    _, srv = served
    client = _client(srv)
    try:
        # session: status, brokerage session, accounts
        assert client.initialize_brokerage_session(compete=True).data["connected"] is True
        assert client.authentication_status().data["authenticated"] is True
        assert ACCT in client.receive_brokerage_accounts().data["accounts"]
        assert [a["id"] for a in client.portfolio_accounts().data][:1] == [ACCT]

        # market data: the first snapshot only subscribes (IBKR's pre-flight), the next has values
        first = client.live_marketdata_snapshot(str(AAPL), ["31", "84", "86"]).data
        assert first[0]["conid"] == AAPL and "31" not in first[0]
        second = client.live_marketdata_snapshot(str(AAPL), ["31", "84", "86"]).data
        assert {"31", "84", "86"} <= set(second[0])

        # an order far from the market asks the price-constraint question; ibind answers it from its
        # answers map by the question's text
        order = OrderRequest(
            conid=AAPL, side="BUY", quantity=1, order_type="LMT", price=1.0, acct_id=ACCT, coid="ibind-1"
        )
        answers = {QuestionType.PRICE_PERCENTAGE_CONSTRAINT: True}
        placed = client.place_order(order, answers, ACCT).data
        order_id = str(placed["order_id"])
        assert placed["order_status"] in ("PreSubmitted", "Submitted")

        # modify (the new price is still far from the market: the same question, answered again)
        modified = OrderRequest(conid=AAPL, side="BUY", quantity=2, order_type="LMT", price=1.5, acct_id=ACCT)
        client.modify_order(order_id, modified, answers, ACCT)
        status = client.order_status(order_id).data
        assert status["total_size"] == "2.0" and status["limit_price"] == "1.50"

        # live orders list it (after the forced refresh IBKR documents), then cancel it
        client.live_orders(force=True)
        live = client.live_orders().data["orders"]
        assert [o["orderId"] for o in live if str(o["orderId"]) == order_id]
        assert client.cancel_order(order_id, ACCT).data["msg"].startswith("Request was submitted")
        assert client.order_status(order_id).data["order_status"] == "Cancelled"

        # trades: a market order fills and shows up in ibind's trades()
        market = OrderRequest(conid=AAPL, side="BUY", quantity=3, order_type="MKT", acct_id=ACCT, tif="DAY")
        filled = client.place_order(market, answers, ACCT).data
        assert filled["order_status"] in ("Submitted", "Filled")
        trades = client.trades().data
        mine = [t for t in trades if t["conid"] == AAPL and t["side"] == "B" and float(t["size"]) == 3]
        assert len(mine) == 1 and mine[0]["account"] == ACCT
    finally:
        client.close()


@pytest.mark.parametrize("served", [True], indirect=True, ids=["paced"])
def test_ibind_websocket_receives_smd_and_sor(served: tuple[FakeGateway, ServerHandle]) -> None:
    gw, srv = served
    client = _client(srv)
    client.initialize_brokerage_session(compete=True)
    client.receive_brokerage_accounts()
    client.tickle = _PacedTickle(client)  # see the module docstring
    events: queue.Queue[Any] = queue.Queue()
    sink = CallbackSink()
    sink.on(MarketData, events.put)
    sink.on(Orders, events.put)
    ws = IbkrWsClient(url=srv.ws_url, account_id=ACCT, ibkr_client=client, sink=sink, cacert=False)
    try:
        assert ws.start()
        ws.subscribe(MarketDataSubscription(conid=str(AAPL), fields=["31", "84", "86"]))
        ws.subscribe(OrdersSubscription())

        def next_of(kind: type) -> Any:
            while True:
                event = events.get(timeout=WAIT_S)
                if isinstance(event, kind):
                    return event

        quote = next_of(MarketData)
        assert quote.conid == str(AAPL) and "last_price" in quote.data  # ibind names field 31
        order = OrderRequest(
            conid=AAPL, side="BUY", quantity=1, order_type="LMT", price=1.0, acct_id=ACCT, coid="ibind-ws"
        )
        placed = client.place_order(order, {QuestionType.PRICE_PERCENTAGE_CONSTRAINT: True}, ACCT).data
        # ibind hands over whole frames: {"topic": "sor", "args": [order rows]}
        rows: list[dict[str, Any]] = []
        while not [r for r in rows if str(r.get("orderId")) == str(placed["order_id"])]:
            rows = next_of(Orders).data["args"]
        row = next(r for r in rows if str(r.get("orderId")) == str(placed["order_id"]))
        assert row["conid"] == AAPL and row["acct"] == ACCT
        # with the paced tickle, ibind stayed within IBKR's limits: nothing was refused
        assert gw.counters.snapshot()["rate_limited"] == 0
    finally:
        ws.shutdown()
        client.close()
