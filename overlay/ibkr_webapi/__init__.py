"""ibkr-webapi: a typed, paced, sync and async client for the IBKR Client Portal Web API.

``ibkr_webapi`` is the handwritten layer (auth, sessions, pacing, safe orders, streaming and the
fake gateway in ``ibkr_webapi.testing``); ``ibkr_webapi_client`` is the low-level client generated
from ``spec/ibkr-webapi.yaml``.
"""

from __future__ import annotations

from ._exceptions import (
    AccountsNotQueried,
    AmbiguousContract,
    ApiError,
    AuthenticationError,
    BadRequest,
    BrokerageUnavailable,
    CompetingSession,
    ConfigurationError,
    ConnectError,
    ContractError,
    ContractNotFound,
    IbkrError,
    LiveSessionTokenError,
    NotAuthenticated,
    NotFound,
    OrderError,
    OrderRejected,
    OrderStatusUnknown,
    RateLimitError,
    ReplyChainTooLong,
    RequestTimeout,
    ServerError,
    SessionError,
    TransportError,
    UnexpectedResponse,
    ValidationError,
)

__version__ = "0.1.0"

__all__ = [
    "AccountsNotQueried",
    "AmbiguousContract",
    "ApiError",
    "AuthenticationError",
    "BadRequest",
    "BrokerageUnavailable",
    "CompetingSession",
    "ConfigurationError",
    "ConnectError",
    "ContractError",
    "ContractNotFound",
    "IbkrError",
    "LiveSessionTokenError",
    "NotAuthenticated",
    "NotFound",
    "OrderError",
    "OrderRejected",
    "OrderStatusUnknown",
    "RateLimitError",
    "ReplyChainTooLong",
    "RequestTimeout",
    "ServerError",
    "SessionError",
    "TransportError",
    "UnexpectedResponse",
    "ValidationError",
    "__version__",
]
