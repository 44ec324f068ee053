"""The one exception hierarchy of ibkr-webapi.

Every failure the overlay reports is one of these; nothing returns ``None`` for a failed call.
Messages carry IBKR's own error text and ids but never a secret (keys, tokens, live session
tokens, cookies): every message (and an ``ApiError``'s ``error_text`` and ``body``) passes
``_redact.redact`` when the error is made, so a server echoing our ``Authorization`` header or
session cookie into its error body cannot put it into ``str``, ``repr`` or a traceback.

    IbkrError
    ├── ConfigurationError          a setting is missing or malformed (names the setting)
    ├── ClientClosed                the client was closed; ``sent`` says whether the request may have
    │                               reached IBKR (an order never sent: sent=False and its ``coid``)
    ├── MissingDependency           an optional extra is not installed (names the extra to install)
    ├── TransportError              the request never got an HTTP answer
    │   ├── ConnectError
    │   │   ├── ConnectionRefused   nothing listens at the address (not retried: no retry cures it)
    │   │   └── CertificateError    the server's TLS certificate is not trusted (set IBKR_CA_BUNDLE)
    │   ├── RequestTimeout          the call's total deadline passed (connect + send + read + retries)
    │   │   └── PacingTimeout       no pacing slot before the deadline: nothing was sent (``sent=False``)
    │   └── ResponseTooLarge        the body went past the client's size cap (``max_response_bytes``)
    ├── AuthenticationError         credentials refused (bad key, bad signature, bad token, 401)
    │   └── LiveSessionTokenError   the OAuth 1.0a live session token could not be obtained or validated
    ├── SessionError                the brokerage session is not usable
    │   ├── NotAuthenticated        no brokerage session; open one (ssodh/init) or log in again
    │   ├── CompetingSession        another login (TWS, mobile, a second gateway) took the session
    │   ├── AccountsNotQueried      IBKR wants /iserver/accounts first ("Please query /accounts first")
    │   └── BrokerageUnavailable    the nightly maintenance window or a backend outage
    ├── RateLimitError              429s kept coming after the bounded backoff budget was spent
    ├── SharedStateError            the shared pacing/session store (IBKR_PACING_URL: file, Redis) failed
    ├── ApiError                    IBKR answered with an error (status, IBKR's error text, body)
    │   ├── BadRequest              400 (and 200-with-{"error"} bodies on non-order calls)
    │   ├── NotFound                404
    │   ├── ServerError             5xx after retries
    │   └── UnexpectedResponse      a body our spec does not describe (malformed JSON, HTML page)
    ├── ValidationError             client-side: the request would be wrong, nothing was sent
    │   └── UnknownOperation        ``client.call`` got an operation id the spec does not have
    ├── OrderError                  anything about an order
    │   ├── OrderRejected           IBKR (or our reply policy) refused the order; carries messages and ids
    │   ├── OrderStatusUnknown      placement outcome unknown after a transport failure; carries the cOID
    │   └── ReplyChainTooLong       more reply questions than the configured bound
    ├── ContractError               instrument discovery failed
    │   ├── ContractNotFound
    │   └── AmbiguousContract       several candidates; carries them
    └── StreamStateError            a stream used before ``start()``, or iterated while it delivers
                                    to its ``on_event`` callback (also a ``RuntimeError``)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._redact import redact, redact_value

__all__ = [
    "AccountsNotQueried",
    "AmbiguousContract",
    "ApiError",
    "AuthenticationError",
    "BadRequest",
    "BrokerageUnavailable",
    "CertificateError",
    "ClientClosed",
    "CompetingSession",
    "ConfigurationError",
    "ConnectError",
    "ConnectionRefused",
    "ContractError",
    "ContractNotFound",
    "IbkrError",
    "LiveSessionTokenError",
    "MissingDependency",
    "NotAuthenticated",
    "NotFound",
    "OrderError",
    "OrderRejected",
    "OrderStatusUnknown",
    "PacingTimeout",
    "RateLimitError",
    "ReplyChainTooLong",
    "RequestTimeout",
    "ResponseTooLarge",
    "ServerError",
    "SessionError",
    "SharedStateError",
    "StreamStateError",
    "TransportError",
    "UnexpectedResponse",
    "UnknownOperation",
    "ValidationError",
]


class IbkrError(Exception):
    """Base class of every error raised by ibkr-webapi. Its message is redacted (see module doc)."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*(redact(a) if isinstance(a, str) else a for a in args))


class ClientClosed(IbkrError):
    """The client was closed (or is closing): no request is sent after ``close()`` begins.

    ``sent`` is False when the request never left the client (it waited for a pacing slot, or the
    call came after ``close()``): nothing reached IBKR, so an order with ``sent=False`` was *not*
    placed and ``coid`` names it. ``sent=True``: it was on the wire when the client closed, and its
    answer was abandoned (an order then raises ``OrderStatusUnknown`` with this as its cause).
    """

    def __init__(
        self,
        message: str,
        *,
        operation_id: str | None = None,
        sent: bool = False,
        coid: str | None = None,
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.sent = sent
        self.coid = coid


class ConfigurationError(IbkrError, ValueError):
    """A required setting is missing or malformed. ``setting`` names it (e.g. ``IBKR_CONSUMER_KEY``)."""

    def __init__(self, message: str, *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting


class MissingDependency(IbkrError, ImportError):
    """An optional part of the package needs an extra that is not installed.

    ``extra`` names it; the message says what to install (``pip install 'ibkr-webapi[testing]'``). It is
    also an ``ImportError``, so ``except ImportError`` around an optional import keeps working.
    """

    def __init__(self, message: str, *, extra: str, missing: str | None = None) -> None:
        super().__init__(message)
        self.extra = extra
        self.name = missing


def missing_extra(extra: str, feature: str, exc: ImportError) -> MissingDependency:
    """The error for ``feature`` when importing the ``extra`` failed with ``exc`` (raise it ``from exc``)."""
    missing = exc.name or str(exc)
    return MissingDependency(
        f"{feature} needs the {extra!r} extra ({missing} is not installed): "
        f"pip install 'ibkr-webapi[{extra}]'",
        extra=extra,
        missing=exc.name,
    )


class TransportError(IbkrError):
    """The request did not get an HTTP answer (connection refused or dropped, timeout)."""

    def __init__(self, message: str, *, operation_id: str | None = None) -> None:
        super().__init__(message)
        self.operation_id = operation_id


class ConnectError(TransportError):
    """Could not connect, or the connection dropped before a response arrived."""


class ConnectionRefused(ConnectError):
    """Nothing accepts connections at the configured address: the gateway is not running there.

    Reported at once, never retried: waiting does not start a gateway.
    """


class CertificateError(ConnectError):
    """The server's TLS certificate failed verification. Trust the gateway's certificate with
    ``IBKR_CA_BUNDLE`` (``ca_bundle=``) rather than turning verification off. Never retried."""


class RequestTimeout(TransportError):
    """The call did not finish within its total deadline (``Client(deadline=...)``), or a single
    connect/read/write took longer than the ``timeout``."""


class PacingTimeout(RequestTimeout):
    """No pacing slot could be had before the call's deadline; the request was not sent.

    ``sent`` is always False; for an order, ``coid`` names the order that was not placed.
    """

    def __init__(self, message: str, *, operation_id: str | None = None, coid: str | None = None) -> None:
        super().__init__(message, operation_id=operation_id)
        self.sent = False
        self.coid = coid


class ResponseTooLarge(TransportError):
    """The response body went past ``max_response_bytes`` (an endless or huge body); reading stopped
    there. ``limit`` is the cap in bytes."""

    def __init__(self, message: str, *, operation_id: str | None = None, limit: int = 0) -> None:
        super().__init__(message, operation_id=operation_id)
        self.limit = limit


class AuthenticationError(IbkrError):
    """The gateway refused our credentials (wrong key, bad signature, expired or unknown token)."""

    def __init__(self, message: str, *, status_code: int | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code


class LiveSessionTokenError(AuthenticationError):
    """The OAuth 1.0a live session token could not be obtained or failed its signature check."""


class SessionError(IbkrError):
    """The brokerage session cannot serve the request."""


class NotAuthenticated(SessionError):
    """No brokerage session: open one with ``ssodh/init`` (done for you by the client) or log in again."""


class CompetingSession(SessionError):
    """Another login (TWS, IBKR Mobile, a second gateway) holds the brokerage session for this username.

    Close the other session, or open ours with ``compete=True`` to take it over.
    """


class AccountsNotQueried(SessionError):
    """IBKR refuses the call until ``/iserver/accounts`` has been read in this brokerage session."""


class BrokerageUnavailable(SessionError):
    """IBKR's brokerage backend is down, usually the nightly maintenance window; retry later."""


class RateLimitError(IbkrError):
    """IBKR kept answering 429 after the client's bounded backoff budget was spent."""

    def __init__(
        self, message: str, *, operation_id: str | None = None, retry_after: float | None = None
    ) -> None:
        super().__init__(message)
        self.operation_id = operation_id
        self.retry_after = retry_after


class SharedStateError(IbkrError):
    """The store of pacing and session state shared by processes (``IBKR_PACING_URL``: the local
    SQLite file or Redis) could not be used; the message names it (never a password)."""


class ApiError(IbkrError):
    """IBKR answered with an error. ``status_code`` and IBKR's ``error_text`` are kept."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        error_text: str | None = None,
        operation_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error_text = None if error_text is None else redact(error_text)
        self.operation_id = operation_id
        self.body = redact_value(body)


class BadRequest(ApiError):
    """400, or a 200 whose body is ``{"error": ...}``."""


class NotFound(ApiError):
    """404: the id (order, alert, contract, watchlist …) is unknown to IBKR."""


class ServerError(ApiError):
    """5xx that retries did not cure (or that could not be retried safely)."""


class UnexpectedResponse(ApiError):
    """The body is not what the spec describes (malformed JSON, an HTML error page)."""


class ValidationError(IbkrError, ValueError):
    """Client-side validation failed; nothing was sent. ``field`` names the offending input."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class UnknownOperation(ValidationError):
    """``client.call(operation_id)`` named no operation of the spec; ``suggestions`` holds close matches."""

    def __init__(self, operation_id: str, known: Sequence[str] = ()) -> None:
        import difflib

        self.operation_id = operation_id
        close = difflib.get_close_matches(operation_id, known, n=5, cutoff=0.6)
        self.suggestions: tuple[str, ...] = tuple(close)
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        super().__init__(
            f"unknown operation {operation_id!r}{hint} (the operation ids are the keys of "
            "ibkr_webapi_client.operations.OPERATIONS)",
            field="operation",
        )


class OrderError(IbkrError):
    """Base class for order outcomes that are not a plain success."""


class OrderRejected(OrderError):
    """The order was refused, by IBKR or by the caller's reply policy.

    ``messages`` and ``message_ids`` hold IBKR's question or reject texts and ids (``o163``, ``p12`` …).
    """

    def __init__(
        self,
        message: str,
        *,
        messages: Sequence[str] = (),
        message_ids: Sequence[str] = (),
        reply_id: str | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.messages = tuple(messages)
        self.message_ids = tuple(message_ids)
        self.reply_id = reply_id
        self.body = body


class OrderStatusUnknown(OrderError):
    """Placement failed in transit and the order was not found by its cOID; reconcile before retrying."""

    def __init__(self, message: str, *, coid: str, account_id: str | None = None) -> None:
        super().__init__(message)
        self.coid = coid
        self.account_id = account_id


class ReplyChainTooLong(OrderError):
    """IBKR asked more reply questions in a row than the configured bound."""

    def __init__(self, message: str, *, message_ids: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.message_ids = tuple(message_ids)


class ContractError(IbkrError):
    """Instrument discovery failed."""


class ContractNotFound(ContractError, LookupError):
    """No instrument matches the query."""


class AmbiguousContract(ContractError):
    """Several instruments match; ``candidates`` lists them so the caller can choose."""

    def __init__(self, message: str, *, candidates: Sequence[Any] = ()) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)


class StreamStateError(IbkrError, RuntimeError):
    """A stream was used in a state that does not allow it (not started; iterated while it delivers
    events to its ``on_event`` callback). Using a stream after ``close()`` raises ``ClientClosed``."""
