"""Order bodies go out through the generated request models and say exactly what ``Order`` reports."""

from __future__ import annotations

import json
from typing import Any

import httpx

from ibkr_webapi import Client, Order
from ibkr_webapi.orders import ReplyPolicy, bracket
from ibkr_webapi.pacing import unlimited_pacer
from ibkr_webapi.testing import FakeGateway


class Recording(httpx.BaseTransport):
    """The real HTTP transport, keeping a copy of each request body sent."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.sent: list[tuple[str, str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        body = json.loads(request.read()) if request.content else None
        self.sent.append((request.method, request.url.path, body))
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


def test_placed_and_previewed_bodies_are_the_orders_wire_form() -> None:
    gw = FakeGateway(enforce_pacing=False)
    transport = Recording()
    with (
        gw.serve() as srv,
        Client(srv.base_url, transport=transport, keepalive_interval=None, pacer=unlimited_pacer()) as client,
    ):
        order = Order(conid=265598, side="BUY", quantity=3, price=1.0, coid="mine-1", outside_rth=True)
        group = bracket(
            Order(conid=265598, side="BUY", quantity=100, price=100.0, coid="p-1"),
            take_profit=110.0,
            stop_loss=90.0,
        )
        client.orders.preview(order)
        client.orders.place_one(order, policy=ReplyPolicy.confirm(["o163"]))  # far from the market: asked
        client.orders.place(group, policy=ReplyPolicy.confirm(["o163"]))
    posted = [body for method, path, body in transport.sent if method == "POST" and "/orders" in path]
    assert posted[0] == {"orders": [order.to_wire()]}  # what-if
    assert posted[1] == {"orders": [order.to_wire()]}
    assert posted[2] == {"orders": [o.to_wire() for o in group.orders]}
    replies = [body for method, path, body in transport.sent if "/iserver/reply/" in path]
    assert replies and all(body == {"confirmed": True} for body in replies)
    gw.assert_no_server_errors()
