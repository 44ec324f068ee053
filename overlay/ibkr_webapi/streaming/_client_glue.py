"""How a stream borrows what it needs from a ``Client`` / ``AsyncClient``.

* Where: ``client.endpoint`` (:class:`~ibkr_webapi._endpoint.Endpoint`, resolved once when the client
  was made): its ``ws_url`` (the REST base ``…/v1/api`` with ``http(s)`` turned into ``ws(s)`` plus
  ``/ws``, unless ``IBKR_WS_URL`` was set) and its TLS context (:meth:`Endpoint.ws_ssl`: the same
  verification as the client's REST calls; an unverified client gets an unverified context and the
  loud warning, never silently). ``url=`` overrides the URL; the context then follows that URL.
* Session value: a ``/tickle`` through the client's session flow (``keepalive_once`` re-establishes
  the brokerage session when the tickle says it is gone), then ``session.ws_session``. It is called
  for every connection, so a reconnect always authenticates with a fresh value. For a sync client
  it is a plain function, which the stream runs on a daemon thread (``close()`` can abandon it).
* OAuth: the access token from the auth object (``IbkrAuth.websocket_token``), read at each connect.
* Gap fill: ``get_live_orders`` (unfiltered) and ``get_trades`` run as one flow through
  ``client.run``, so the calls are paced and recovered like any other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._endpoint import Endpoint
from .._flow import Call, Flow, body_json
from ..auth._base import IbkrAuth

__all__ = ["gap_fill_flow", "stream_kwargs"]


def _oauth_token(auth: IbkrAuth) -> Callable[[], str | None]:
    """A getter for the access token (read at each connect: OAuth 2.0 tokens are renewed)."""
    return auth.websocket_token


def gap_fill_flow() -> Flow[tuple[list[Mapping[str, Any]], list[Mapping[str, Any]]]]:
    """Live orders and recent trades as raw objects (the protocol turns them into events).

    The orders read is deliberately unfiltered: a ``filters`` query suppresses ``sor`` pushes on the
    WebSocket until the next unfiltered read (IBKR behaviour reported in ibind issue 129), so the
    stream's own reads must never carry one. ``force=true`` drops IBKR's cached list.
    """
    orders_response = yield Call.op("get_live_orders", force=True)
    trades_response = yield Call.op("get_trades")
    orders_body = body_json(orders_response)
    trades_body = body_json(trades_response)
    orders = orders_body.get("orders") if isinstance(orders_body, Mapping) else orders_body
    return (
        [o for o in orders if isinstance(o, Mapping)] if isinstance(orders, list) else [],
        [t for t in trades_body if isinstance(t, Mapping)] if isinstance(trades_body, list) else [],
    )


def stream_kwargs(client: Any, *, asynchronous: bool, url: str | None = None) -> dict[str, Any]:
    """Constructor arguments of ``AsyncStream`` / ``Stream`` for ``client`` (a ``Client`` or an
    ``AsyncClient``; ``url``: an override of its WebSocket URL)."""
    endpoint: Endpoint = client.endpoint  # resolved once, when the client was made
    mode = endpoint.mode
    session = client.session

    if asynchronous:

        async def session_value() -> str | None:
            await client.run(session.keepalive_once())
            return session.ws_session  # type: ignore[no-any-return]

        async def gap_fill() -> Any:
            return await client.run(gap_fill_flow())

        kwargs: dict[str, Any] = {"session": session_value, "gap_fill": gap_fill}
    else:

        def sync_session_value() -> str | None:
            client.run(session.keepalive_once())
            return session.ws_session  # type: ignore[no-any-return]

        def sync_gap_fill() -> Any:
            # A plain function: the stream runs it on a daemon thread, never on its event loop.
            return client.run(gap_fill_flow())

        kwargs = {"session": sync_session_value, "gap_fill": sync_gap_fill}
    kwargs.update(url=url or endpoint.ws_url, auth=mode, ssl=endpoint.ws_ssl(url))
    if isinstance(client.auth, IbkrAuth) and mode != "gateway":
        kwargs["oauth_token"] = _oauth_token(client.auth)
    return kwargs
