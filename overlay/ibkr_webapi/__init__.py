"""ibkr-webapi: a typed, paced, sync and async client for the IBKR Client Portal Web API.

``ibkr_webapi`` is the handwritten layer (auth, sessions, pacing, safe orders, streaming and the
fake gateway in ``ibkr_webapi.testing``); ``ibkr_webapi_client`` is the low-level client generated
from ``spec/ibkr-webapi.yaml``.

    from ibkr_webapi import Client, Field, Order, ReplyPolicy

    with Client.from_env() as client:              # IBKR_* settings; opens the brokerage session
        aapl = client.contracts.stock("AAPL")
        quote = client.marketdata.quote(aapl.conid, [Field.LAST, Field.BID, Field.ASK])
        ack = client.orders.place_one(Order(conid=aapl.conid, side="BUY", quantity=1, price=100.0),
                                      policy=ReplyPolicy.confirm({"o163"}))
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._exceptions import (
    AccountsNotQueried,
    AmbiguousContract,
    ApiError,
    AuthenticationError,
    BadRequest,
    BrokerageUnavailable,
    CertificateError,
    ClientClosed,
    CompetingSession,
    ConfigurationError,
    ConnectError,
    ConnectionRefused,
    ContractError,
    ContractNotFound,
    IbkrError,
    LiveSessionTokenError,
    MissingDependency,
    NotAuthenticated,
    NotFound,
    OrderError,
    OrderRejected,
    OrderStatusUnknown,
    PacingTimeout,
    RateLimitError,
    ReplyChainTooLong,
    RequestTimeout,
    ResponseTooLarge,
    ServerError,
    SessionError,
    SharedStateError,
    StreamStateError,
    TransportError,
    UnexpectedResponse,
    UnknownOperation,
    ValidationError,
)

if TYPE_CHECKING:
    from ._endpoint import Endpoint
    from .auth import GatewayAuth, OAuth1Auth, OAuth2Auth, TlsOptions
    from .client import AsyncClient, Client
    from .config import Settings
    from .contracts import Contract, OptionChain
    from .fields import Field, MarketDataAvailability
    from .marketdata import Quote, Snapshot
    from .orders import (
        Order,
        OrderAck,
        OrderType,
        ReplyPolicy,
        Side,
        TimeInForce,
        bracket,
        combo_conidex,
        oca,
    )
    from .pacing import InProcessPacer, Pacer
    from .portfolio import AccountSummary, Ledger, Position

# Everything but the exceptions loads on first use (PEP 562): ``import ibkr_webapi`` stays cheap, and
# what a program never touches (OAuth and its cryptography, TLS helpers, the facades' models) never
# loads. ``from ibkr_webapi import Client`` imports the client and only what it needs.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("GatewayAuth", "OAuth1Auth", "OAuth2Auth", "TlsOptions"), ".auth"),
    **dict.fromkeys(("AsyncClient", "Client"), ".client"),
    "Endpoint": "._endpoint",
    "Settings": ".config",
    **dict.fromkeys(("Contract", "OptionChain"), ".contracts"),
    **dict.fromkeys(("Field", "MarketDataAvailability"), ".fields"),
    **dict.fromkeys(("Quote", "Snapshot"), ".marketdata"),
    **dict.fromkeys(
        (
            "Order",
            "OrderAck",
            "OrderType",
            "ReplyPolicy",
            "Side",
            "TimeInForce",
            "bracket",
            "combo_conidex",
            "oca",
        ),
        ".orders",
    ),
    **dict.fromkeys(("InProcessPacer", "Pacer"), ".pacing"),
    **dict.fromkeys(("AccountSummary", "Ledger", "Position"), ".portfolio"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "AccountSummary",
    "AccountsNotQueried",
    "AmbiguousContract",
    "ApiError",
    "AsyncClient",
    "AuthenticationError",
    "BadRequest",
    "BrokerageUnavailable",
    "CertificateError",
    "Client",
    "ClientClosed",
    "CompetingSession",
    "ConfigurationError",
    "ConnectError",
    "ConnectionRefused",
    "Contract",
    "ContractError",
    "ContractNotFound",
    "Endpoint",
    "Field",
    "GatewayAuth",
    "IbkrError",
    "InProcessPacer",
    "Ledger",
    "LiveSessionTokenError",
    "MarketDataAvailability",
    "MissingDependency",
    "NotAuthenticated",
    "NotFound",
    "OAuth1Auth",
    "OAuth2Auth",
    "OptionChain",
    "Order",
    "OrderAck",
    "OrderError",
    "OrderRejected",
    "OrderStatusUnknown",
    "OrderType",
    "Pacer",
    "PacingTimeout",
    "Position",
    "Quote",
    "RateLimitError",
    "ReplyChainTooLong",
    "ReplyPolicy",
    "RequestTimeout",
    "ResponseTooLarge",
    "ServerError",
    "SessionError",
    "Settings",
    "SharedStateError",
    "Side",
    "Snapshot",
    "StreamStateError",
    "TimeInForce",
    "TlsOptions",
    "TransportError",
    "UnexpectedResponse",
    "UnknownOperation",
    "ValidationError",
    "__version__",
    "bracket",
    "combo_conidex",
    "oca",
]
