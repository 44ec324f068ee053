"""How a stream borrows what it needs from a ``Client`` / ``AsyncClient``.

* URL: ``client.ws_url`` (worked out once with the base URL when the client was made: the REST base
  ``…/v1/api`` with ``http(s)`` turned into ``ws(s)`` plus ``/ws``, unless ``ws_url`` was set).
* Session value: a ``/tickle`` through the client's session flow (``keepalive_once`` re-establishes
  the brokerage session when the tickle says it is gone), then ``session.ws_session``. It is called
  for every connection, so a reconnect always authenticates with a fresh value. For a sync client
  it is a plain function, which the stream runs on a daemon thread (``close()`` can abandon it).
* OAuth: the access token from the auth object (``OAuth1Auth.oauth_token``, ``OAuth2Auth.access_token``).
* TLS: the same verification setting as the client's REST calls (CA bundle, SSL context); a client
  configured with ``verify=False`` gets an unverified context and a logged warning, never silently.
* Gap fill: ``get_live_orders`` (unfiltered) and ``get_trades`` run as one flow through
  ``client.run``, so the calls are paced and recovered like any other.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from .._flow import Call, Flow, body_json
from .._redact import get_logger

__all__ = ["gap_fill_flow", "stream_kwargs"]

logger = get_logger("ibkr_webapi.streaming")


def _ssl_context(verify: Any, url: str) -> ssl.SSLContext | None:
    if urlsplit(url).scheme != "wss":
        return None
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, str):
        return ssl.create_default_context(cafile=verify)
    if verify is False:
        logger.warning("TLS verification is disabled for the stream because the client disables it")
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    return ssl.create_default_context()


def _oauth_token(auth: Any) -> Any:
    """A getter for the access token (read at each connect: OAuth 2.0 tokens are renewed)."""

    def token() -> str | None:
        value = getattr(auth, "oauth_token", None) or getattr(auth, "access_token", None)
        return str(value) if value else None

    return token


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


def stream_kwargs(client: Any, *, asynchronous: bool) -> dict[str, Any]:
    """Constructor arguments of ``AsyncStream`` / ``Stream`` for ``client``."""
    url = str(client.ws_url)  # worked out once, with the base URL, when the client was made
    verify = client.tls_verify
    mode = str(client.mode)
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
    kwargs.update(url=url, auth=mode, ssl=_ssl_context(verify, url))
    if mode != "gateway":
        kwargs["oauth_token"] = _oauth_token(client.auth)
    return kwargs
