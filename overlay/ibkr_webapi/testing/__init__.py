"""A stateful fake IBKR Client Portal gateway for tests and demos (as moto is for boto3).

``FakeGateway`` serves the Web API in-process (``gw.asgi_transport()``) or on a real socket
(``with gw.serve() as srv``), with real session, OAuth 1.0a / 2.0 and pacing behaviour, scriptable
faults (``gw.faults``) and counters (``gw.counters``). See docs/architecture.md, "Fake gateway".
"""

from __future__ import annotations

from ._context import FakeGatewayConfig, GatewayContext
from ._server import ServerHandle
from .gateway import Credentials, FakeGateway
from .keys import OAuth1Credentials, OAuth2Client, generate_oauth1_credentials, generate_oauth2_client

__all__ = [
    "Credentials",
    "FakeGateway",
    "FakeGatewayConfig",
    "GatewayContext",
    "OAuth1Credentials",
    "OAuth2Client",
    "ServerHandle",
    "generate_oauth1_credentials",
    "generate_oauth2_client",
]
