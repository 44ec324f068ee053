"""A stateful fake IBKR Client Portal gateway for tests and demos (as moto is for boto3).

``FakeGateway`` serves the Web API in-process (``gw.asgi_transport()``) or on a real socket
(``with gw.serve() as srv``), with real session, OAuth 1.0a / 2.0 and pacing behaviour, scriptable
faults (``gw.faults``) and counters (``gw.counters``). See docs/architecture.md, "Fake gateway".

Needs the ``testing`` extra (``pip install 'ibkr-webapi[testing]'``); without it, importing this package
raises :class:`~ibkr_webapi.MissingDependency` naming the extra.
"""

from __future__ import annotations

from .._exceptions import missing_extra

try:  # the fake's server stack ships in the "testing" extra, not in the base install
    import jsonschema  # type: ignore[import-untyped]  # noqa: F401
    import starlette  # noqa: F401
    import uvicorn  # noqa: F401
    import yaml  # noqa: F401
except ImportError as exc:
    raise missing_extra("testing", "ibkr_webapi.testing (the fake gateway)", exc) from exc

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
