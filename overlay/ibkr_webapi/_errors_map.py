"""Map IBKR's HTTP answers and httpx failures to the typed errors of ``_exceptions``.

IBKR's error bodies are inconsistent: usually ``{"error": "...", "statusCode": 400}``, 401 as plain
text, some auth failures as an HTML page, order errors as HTTP 200 with ``{"error": ...}``. This module
is the one place that reads them, defensively, so callers can ``except NotFound`` instead of parsing.
Messages quote IBKR's error text (truncated, HTML stripped); request data (headers, cookies, tokens)
never goes into an error.
"""

from __future__ import annotations

import json
import re
import ssl
import time
from collections.abc import Iterator, Mapping
from typing import Any, Final, Literal, NoReturn, Protocol

import httpx

from ._exceptions import (
    AccountsNotQueried,
    ApiError,
    AuthenticationError,
    BadRequest,
    BrokerageUnavailable,
    CertificateError,
    CompetingSession,
    ConnectError,
    ConnectionRefused,
    IbkrError,
    NotAuthenticated,
    NotFound,
    RateLimitError,
    RequestTimeout,
    ServerError,
    TransportError,
    UnexpectedResponse,
    ValidationError,
)

__all__ = [
    "NO_BODY_ERROR_TAGS",
    "PENALTY_BOX_MIN_S",
    "body_error",
    "connect_failure",
    "error_for_response",
    "error_text",
    "map_request_error",
    "map_transport_error",
    "raise_for_response",
    "rate_limit_error",
]

MAX_TEXT: Final = 300
NO_BODY_ERROR_TAGS: Final = frozenset({"orders", "Orders"})
"""Tags whose 200 ``{"error": ...}`` bodies are an outcome the service interprets (order rejects)."""

_ACCOUNTS_FIRST = re.compile(r"query\s*/?(iserver/)?accounts\s+first", re.IGNORECASE)
_COMPETING = re.compile(r"\bcompeting\b", re.IGNORECASE)
_MAINTENANCE = re.compile(
    r"maintenance|brokerage (session )?(is )?(not available|unavailable|down)|service unavailable"
    r"|nightly|restart",
    re.IGNORECASE,
)
_BAD_CREDENTIALS = re.compile(
    r"signature|consumer|invalid (access )?token|expired token|oauth|credential|live session token"
    r"|unauthori[sz]ed client|invalid_client|invalid_grant",
    re.IGNORECASE,
)
_TAGS = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


class _ResponseLike(Protocol):
    """Both ``httpx.Response`` and the generated ``Response[T]`` fit."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...


def _decode(response: _ResponseLike) -> tuple[Any, bool]:
    """The JSON body (or None) and whether the body looked like HTML."""
    content = response.content or b""
    ctype = str(response.headers.get("content-type", "")).lower()
    stripped = content.lstrip()[:15].lower()
    is_html = "html" in ctype or stripped.startswith((b"<!doctype", b"<html"))
    if is_html or not content.strip():
        return None, is_html
    try:
        return json.loads(content), False
    except ValueError:
        return None, False


def error_text(response: _ResponseLike) -> str:
    """IBKR's error message: ``error``/``message`` from JSON, else the text (HTML stripped), truncated."""
    body, _ = _decode(response)
    text: str | None = None
    if isinstance(body, Mapping):
        for key in ("error", "message", "error_description", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                text = value
                break
            if isinstance(value, Mapping):
                inner = value.get("message") or value.get("error")
                if isinstance(inner, str):
                    text = inner
                    break
    elif isinstance(body, str):
        text = body
    if text is None:
        raw = (response.content or b"").decode("utf-8", "replace")
        text = _TAGS.sub(" ", raw)
    text = _SPACE.sub(" ", text).strip()
    return text[:MAX_TEXT] + ("..." if len(text) > MAX_TEXT else "")


def body_error(body: Any) -> str | None:
    """The ``error`` text of a 2xx body shaped ``{"error": ...}``, else None."""
    if isinstance(body, Mapping):
        value = body.get("error")
        if isinstance(value, str) and value:
            return value
        if isinstance(value, Mapping):
            inner = value.get("message") or value.get("error")
            return str(inner) if inner else json.dumps(value)[:MAX_TEXT]
    return None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    from ._retry import parse_retry_after

    return parse_retry_after(headers)


def error_for_response(response: _ResponseLike, operation_id: str | None) -> IbkrError | None:
    """The typed error for ``response``, or None when it is a success the caller may use.

    2xx bodies that are HTML or ``{"error": ...}`` are errors too, except for order operations (tag
    ``orders``: the orders layer reads those bodies itself) - pass ``operation_id`` of the call.
    """
    status = int(response.status_code)
    op = operation_id or "<unknown operation>"
    if 200 <= status < 300:
        content = response.content or b""
        if b'"error"' not in content and b"<" not in content[:64]:
            return None  # fast path: no error key, not HTML (skips a second JSON decode)
        body, is_html = _decode(response)
        if is_html:
            return UnexpectedResponse(
                f"{op}: IBKR answered {status} with an HTML page instead of JSON: {error_text(response)!r}",
                status_code=status,
                error_text=error_text(response),
                operation_id=operation_id,
            )
        text = body_error(body)
        if text is not None and not _is_order_operation(operation_id):
            return _classify_text(text, status, op, operation_id, body) or BadRequest(
                f"{op}: IBKR returned an error: {text}",
                status_code=status,
                error_text=text,
                operation_id=operation_id,
                body=body,
            )
        return None
    text = error_text(response)
    body, _ = _decode(response)
    special = _classify_text(text, status, op, operation_id, body)
    if special is not None:
        return special
    kwargs: dict[str, Any] = {
        "status_code": status,
        "error_text": text,
        "operation_id": operation_id,
        "body": body,
    }
    if status == 400:
        return BadRequest(f"{op}: bad request (400): {text}", **kwargs)
    if status == 401:
        if _BAD_CREDENTIALS.search(text):
            return AuthenticationError(f"{op}: credentials refused (401): {text}", status_code=401)
        return NotAuthenticated(
            f"{op}: not authenticated (401){': ' + text if text else ''}. The brokerage session is gone: "
            "the client re-opens it automatically; with the CP Gateway, log in again at the gateway's "
            "web page if this persists."
        )
    if status == 403:
        return AuthenticationError(f"{op}: access denied (403): {text}", status_code=403)
    if status == 404:
        return NotFound(f"{op}: not found (404): {text}", **kwargs)
    if status == 429:
        return rate_limit_error(operation_id, retry_after=_retry_after(response.headers))
    if status >= 500:
        return ServerError(f"{op}: IBKR server error ({status}): {text}", **kwargs)
    return ApiError(f"{op}: IBKR answered {status}: {text}", **kwargs)


def _classify_text(text: str, status: int, op: str, operation_id: str | None, body: Any) -> IbkrError | None:
    """Errors recognised by IBKR's wording rather than by status."""
    if _ACCOUNTS_FIRST.search(text):
        return AccountsNotQueried(
            f"{op}: IBKR wants /iserver/accounts read first in this brokerage session ({text}); "
            "the client does this on start - call session.ensure_accounts() after re-opening a session."
        )
    if _COMPETING.search(text):
        return CompetingSession(
            f"{op}: another login (TWS, IBKR Mobile or another gateway) holds this username's "
            f"brokerage session ({text}). Log out there, or take the session over with "
            "client.run(client.session.start()) (clients are made with compete=True by default)."
        )
    if status in (500, 502, 503) and _MAINTENANCE.search(text):
        return BrokerageUnavailable(
            f"{op}: IBKR's brokerage backend is unavailable ({status}: {text}). This is usually the "
            "nightly maintenance window or a restart; retry in a few minutes."
        )
    return None


def _is_order_operation(operation_id: str | None) -> bool:
    if operation_id is None:
        return False
    try:
        from ibkr_webapi_client import operations as _operations
    except ImportError:  # pragma: no cover - generated package missing
        return False
    op = _operations.OPERATIONS.get(operation_id)
    return op is not None and op.tag in NO_BODY_ERROR_TAGS


def raise_for_response(response: _ResponseLike, operation_id: str | None) -> None:
    """Raise the typed error for ``response`` if it is one (see :func:`error_for_response`)."""
    error = error_for_response(response, operation_id)
    if error is not None:
        raise error


PENALTY_BOX_MIN_S: Final = 60.0
"""A 429 asking to wait longer than this is IBKR's penalty box, not ordinary pacing."""


def rate_limit_error(
    operation_id: str | None,
    *,
    retry_after: float | None,
    resends: int | None = None,
    waited: float | None = None,
) -> RateLimitError:
    """The ``RateLimitError`` for 429s that outlasted the retry budget (or asked for a long wait).

    A long ``Retry-After`` is IBKR's penalty box: an IP that broke the pacing limits is refused for
    about ten minutes, and every request sent meanwhile can extend it. The message says so, how long,
    and what to do, for the library and the command line alike.
    """
    op = operation_id or "<unknown operation>"
    tried = (
        f"; gave up after {resends} resends and {waited:.1f} s of back-off"
        if resends is not None and waited is not None
        else " after the client's retry budget was spent"
    )
    if retry_after is not None and retry_after > PENALTY_BOX_MIN_S:
        until = time.strftime("%H:%M:%S", time.localtime(time.time() + retry_after))
        message = (
            f"{op}: IBKR's penalty box (429 with Retry-After {retry_after:.0f} s): IBKR blocks a client "
            f"that broke its pacing limits for about {retry_after / 60:.0f} min, until about {until}. "
            "Send nothing to IBKR until then (each request can extend the block), then send less: "
            "run one client per process, or share one pacer between processes (see docs: pacing)"
        )
    else:
        message = f"{op}: rate limited by IBKR (429 Too Many Requests){tried}" + (
            f"; the server asks to retry after {retry_after:.0f} s" if retry_after is not None else ""
        )
    return RateLimitError(message, operation_id=operation_id, retry_after=retry_after)


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """``exc``, its causes and contexts, and the members of exception groups among them."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        if isinstance(e, BaseExceptionGroup):
            stack.extend(e.exceptions)
        for nxt in (e.__cause__, e.__context__):
            if nxt is not None:
                stack.append(nxt)


def connect_failure(exc: BaseException) -> Literal["refused", "certificate"] | None:
    """Whether a transport failure is one no retry can cure: nothing listens there (connection
    refused) or the server's TLS certificate is not trusted. None for anything else."""
    for e in _chain(exc):
        if isinstance(e, ssl.SSLCertVerificationError):
            return "certificate"
        if isinstance(e, ConnectionRefusedError):
            return "refused"
    return None


def map_transport_error(exc: httpx.TransportError, operation_id: str | None) -> TransportError:
    """httpx's transport failure as our ``RequestTimeout``/``ConnectError`` (no request data quoted).

    Connection refused and an untrusted certificate get their own ``ConnectError`` subclasses, with
    the advice that fits them.
    """
    op = operation_id or "<unknown operation>"
    if isinstance(exc, httpx.TimeoutException):
        return RequestTimeout(f"{op}: request timed out ({type(exc).__name__})", operation_id=operation_id)
    kind = connect_failure(exc)
    if kind == "refused":
        return ConnectionRefused(
            f"{op}: connection refused: nothing accepts connections at that address. Is the gateway "
            "running, and is IBKR_BASE_URL (--gateway) its address and port?",
            operation_id=operation_id,
        )
    if kind == "certificate":
        return CertificateError(
            f"{op}: the server's TLS certificate is not trusted ({_short(exc)}). Set IBKR_CA_BUNDLE to "
            "the gateway's CA certificate (PEM); the CP Gateway's self-signed certificate is in its "
            "root/ folder",
            operation_id=operation_id,
        )
    return ConnectError(
        f"{op}: no answer from IBKR ({type(exc).__name__}: {_short(exc)})", operation_id=operation_id
    )


def map_request_error(exc: Exception) -> Exception:
    """A failure to *build* a request (httpx refuses the URL: too long, malformed) as our
    ``ValidationError``: nothing was sent. Other exceptions are returned unchanged."""
    if isinstance(exc, httpx.InvalidURL):
        error = ValidationError(
            f"the request cannot be sent: {_short(exc)} (an argument is too long or malformed); "
            "nothing was sent",
            field=None,
        )
        error.__cause__ = exc
        return error
    return exc


def _short(exc: BaseException) -> str:
    text = _SPACE.sub(" ", str(exc)).strip()
    return text[:120]


def unexpected_body(
    operation_id: str | None, status: int, exc: BaseException, *, body: Any = None
) -> NoReturn:
    """Raise ``UnexpectedResponse`` for a success body the generated model could not parse.

    ``body`` is the decoded JSON when the body was JSON after all (just not the shape the spec
    describes), so callers can still classify it (the orders layer reads ``exc.body``); None when the
    body was unreadable.
    """
    op = operation_id or "<unknown operation>"
    raise UnexpectedResponse(
        f"{op}: IBKR answered {status} with a body the spec does not describe ({type(exc).__name__}: "
        f"{_short(exc)})",
        status_code=status,
        operation_id=operation_id,
        body=body,
    ) from exc
