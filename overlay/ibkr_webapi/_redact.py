"""The one place that knows what a secret looks like.

* :class:`Secret` wraps a credential so that ``repr``, ``str`` and f-strings show ``***``; code that
  really needs the value calls :meth:`Secret.reveal`. Creating a ``Secret`` registers its value
  with :data:`REGISTRY` so that log records mentioning it are scrubbed.
* :func:`redact_headers` turns request/response headers into something safe to log.
* :func:`redact_text` removes known secret values (and their percent-encoded forms) from text.
* :func:`redact` is *the* redaction path: every registered secret, plus anything shaped like a
  credential whatever its value (``Authorization``/``Cookie``/``Set-Cookie`` header values in
  ``name: value`` or httpcore's ``(b'name', b'value')`` form, ``Bearer`` tokens, OAuth 1.0a
  ``oauth_token``/``oauth_signature`` parameters). Every exception message of the package
  (``IbkrError.__init__``) and every log record of its loggers go through it.
* :class:`SecretFilter` is a ``logging.Filter`` that applies :func:`redact` to each record (message,
  arguments and traceback text); :func:`install_secret_filter` attaches it to a logger once, and
  :func:`get_logger` is how the package's modules get their loggers (a logger's filters do not see
  records of its children, so each logger carries its own).
* :func:`install_http_log_filters` puts the filter on httpx's and httpcore's loggers (done by every
  client), so their DEBUG output never shows a session cookie or a token.
* :class:`RedactingCookies` is the cookie jar the client exposes: its ``repr`` hides the values.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from typing import Any, Final
from urllib.parse import quote, quote_plus

import httpx

__all__ = [
    "REDACTED",
    "REGISTRY",
    "SENSITIVE_HEADERS",
    "RedactingCookies",
    "Secret",
    "SecretFilter",
    "SecretRegistry",
    "get_logger",
    "install_http_log_filters",
    "install_secret_filter",
    "redact",
    "redact_headers",
    "redact_text",
    "redact_value",
    "reveal",
]

REDACTED = "***"

SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-api-key",
        "x-auth-token",
        "x-csrf-token",
    }
)
"""Header names (lower-case) whose values are never logged."""

_MIN_SECRET_LENGTH = 4
"""Shorter values are not scrubbed from free text: redacting "a" everywhere would shred the log."""


class SecretRegistry:
    """Thread-safe set of values that must never appear in logs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._values: set[str] = set()

    def register(self, value: str | Secret | None) -> None:
        raw = reveal(value)
        if raw and len(raw) >= _MIN_SECRET_LENGTH:
            with self._lock:
                self._values.add(raw)

    def snapshot(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._values)

    def __repr__(self) -> str:
        return f"SecretRegistry({len(self._values)} values)"


REGISTRY = SecretRegistry()
"""Process-wide registry used by :class:`SecretFilter`; every :class:`Secret` adds itself."""


class Secret:
    """A credential that hides itself: ``repr``/``str``/``format`` give ``***``.

    Equality compares the hidden values (so settings can be compared in tests); ``bool`` is true
    when the value is non-empty.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        self._value = str(value)
        REGISTRY.register(self._value)

    def reveal(self) -> str:
        """The real value. Call it only where the value is sent or used in cryptography."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{REDACTED}')"

    def __str__(self) -> str:
        return REDACTED

    def __format__(self, format_spec: str) -> str:
        return REDACTED

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Secret):
            return self._value == other._value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __reduce__(self) -> Any:  # pickling would write the value to disk: refuse
        raise TypeError("Secret values cannot be pickled")


def reveal(value: str | Secret | None) -> str | None:
    """The underlying value of a ``Secret`` (or the plain string / ``None`` itself)."""
    return value.reveal() if isinstance(value, Secret) else value


def _variants(value: str) -> set[str]:
    """The forms a secret takes on the wire: as is, percent-encoded, form-encoded."""
    return {value, quote(value, safe=""), quote_plus(value, safe="")}


def redact_text(text: str, secrets: Iterable[str | Secret | None]) -> str:
    """``text`` with every occurrence of each secret (raw or percent-encoded) replaced by ``***``."""
    variants: set[str] = set()
    for secret in secrets:
        raw = reveal(secret)
        if raw and len(raw) >= _MIN_SECRET_LENGTH:
            variants |= _variants(raw)
    for variant in sorted(variants, key=len, reverse=True):  # longest first: no partial leftovers
        text = text.replace(variant, REDACTED)
    return text


def redact_headers(headers: Mapping[str, str] | Iterable[tuple[str, str]]) -> dict[str, str]:
    """A copy of ``headers`` safe to log: sensitive values become ``***``.

    For ``Authorization`` the scheme is kept (``OAuth ***``, ``Bearer ***``) because knowing which
    scheme was sent is useful when debugging and reveals nothing.
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    result: dict[str, str] = {}
    for name, value in items:
        if name.lower() in SENSITIVE_HEADERS:
            scheme = value.split(" ", 1)[0] if name.lower().endswith("authorization") else ""
            value = f"{scheme} {REDACTED}" if scheme and " " in value else REDACTED
        result[name] = value
    return result


_HEADER_NAMES = "|".join(sorted((re.escape(h) for h in SENSITIVE_HEADERS), key=len, reverse=True))
_HEADER_TUPLE: Final = re.compile(  # httpcore's trace: (b'set-cookie', b'api=...; Path=/')
    rf"""(\(\s*b?(['"])(?:{_HEADER_NAMES})\2\s*,\s*b?)(['"])(.*?)\3(\s*\))""", re.IGNORECASE
)
_HEADER_LINE: Final = re.compile(  # Authorization: Bearer x / "Set-Cookie": "api=..." / cookie=...
    rf"""(?<![\w-])((?:{_HEADER_NAMES})['"]?\s*[:=]\s*['"]?)(?!\*\*\*)([^\r\n'"]+)""", re.IGNORECASE
)
_BEARER: Final = re.compile(r"\b(Bearer\s+)(?!\*\*\*)[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE)
_OAUTH_PARAM: Final = re.compile(
    r"""\b(oauth_(?:token|signature|verifier)\s*=\s*['"]?)(?!\*\*\*)[^'",&\s]+""", re.IGNORECASE
)
_AUTH_SCHEME: Final = re.compile(r"^\s*(Bearer|OAuth|Basic|Digest)\b", re.IGNORECASE)


def _header_value(match: re.Match[str]) -> str:
    value = match.group(2)
    scheme = _AUTH_SCHEME.match(value)  # keep "Bearer"/"OAuth": useful, reveals nothing
    return f"{match.group(1)}{scheme.group(1) + ' ' if scheme else ''}{REDACTED}"


def redact(text: str) -> str:
    """``text`` with every registered secret and every credential-shaped value replaced by ``***``.

    The one redaction path of the package (exception messages, log records, reprs).
    """
    if not text:
        return text
    text = redact_text(text, REGISTRY.snapshot())
    text = _HEADER_TUPLE.sub(lambda m: f"{m.group(1)}{m.group(3)}{REDACTED}{m.group(3)}{m.group(5)}", text)
    text = _HEADER_LINE.sub(_header_value, text)
    text = _BEARER.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return _OAUTH_PARAM.sub(lambda m: f"{m.group(1)}{REDACTED}", text)


_MAX_DEPTH: Final = 32


def redact_value(value: Any, _depth: int = 0) -> Any:
    """``value`` (a decoded JSON body: dicts, lists, strings) with :func:`redact` applied to every
    string in it, keys included; other values are returned as they are."""
    if isinstance(value, str):
        return redact(value)
    if _depth >= _MAX_DEPTH:
        return value
    if isinstance(value, Mapping):
        return {
            (redact(k) if isinstance(k, str) else k): redact_value(v, _depth + 1) for k, v in value.items()
        }
    if isinstance(value, list | tuple):
        return type(value)(redact_value(v, _depth + 1) for v in value)
    return value


class RedactingCookies(httpx.Cookies):
    """``httpx.Cookies`` whose ``repr`` names the cookies but never shows their values."""

    def __repr__(self) -> str:
        shown = ", ".join(f"<Cookie {c.name}={REDACTED} for {c.domain} />" for c in self.jar)
        return f"<Cookies[{shown}]>"


class SecretFilter(logging.Filter):
    """Scrubs secrets (see :func:`redact`) from each record's message, arguments and traceback text.

    The record is rewritten in place (``msg`` becomes the formatted, redacted message and ``args``
    is cleared), so any handler downstream sees only the scrubbed text.
    """

    def __init__(self, registry: SecretRegistry = REGISTRY) -> None:
        super().__init__()
        self._registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        scrub = redact if self._registry is REGISTRY else self._scrub
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging's own error path
            return True
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True

    def _scrub(self, text: str) -> str:
        return redact(redact_text(text, self._registry.snapshot()))


_installed_lock = threading.Lock()


def install_secret_filter(logger: logging.Logger | str) -> logging.Logger:
    """Attach one :class:`SecretFilter` to ``logger`` (idempotent); returns the logger."""
    log = logging.getLogger(logger) if isinstance(logger, str) else logger
    with _installed_lock:
        if not any(isinstance(f, SecretFilter) for f in log.filters):
            log.addFilter(SecretFilter())
    return log


def get_logger(name: str) -> logging.Logger:
    """The package's way to get a logger: ``logging.getLogger(name)`` carrying a :class:`SecretFilter`."""
    return install_secret_filter(name)


HTTP_LOGGERS: Final = (
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)
"""httpx's and httpcore's loggers (httpcore logs each request's headers at DEBUG)."""


def install_http_log_filters() -> None:
    """Attach a :class:`SecretFilter` to httpx's and httpcore's loggers (idempotent)."""
    for name in HTTP_LOGGERS:
        install_secret_filter(name)
