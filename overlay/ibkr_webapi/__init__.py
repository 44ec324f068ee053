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
    StreamStateError,
    TransportError,
    UnexpectedResponse,
    UnknownOperation,
    ValidationError,
)
from .auth import GatewayAuth, OAuth1Auth, OAuth2Auth, TlsOptions
from .client import AsyncClient, Client
from .config import Settings
from .contracts import Contract, OptionChain
from .fields import Field, MarketDataAvailability
from .marketdata import Quote, Snapshot
from .orders import Order, OrderAck, OrderType, ReplyPolicy, Side, TimeInForce, bracket, combo_conidex, oca
from .pacing import InProcessPacer, Pacer
from .portfolio import AccountSummary, Ledger, Position

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
    "Field",
    "GatewayAuth",
    "IbkrError",
    "InProcessPacer",
    "Ledger",
    "LiveSessionTokenError",
    "MarketDataAvailability",
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
