"""The one place that knows what a secret looks like.

* :class:`Secret` wraps a credential so that ``repr``, ``str`` and f-strings show ``***``; code that
  really needs the value calls :meth:`Secret.reveal`. Creating a ``Secret`` registers its value
  with :data:`REGISTRY` so that log records mentioning it are scrubbed.
* :func:`redact_headers` turns request/response headers into something safe to log.
* :func:`redact_text` removes known secret values (and their percent-encoded forms) from text.
* :class:`SecretFilter` is a ``logging.Filter`` that applies :func:`redact_text` with every
  registered secret to each record (message, arguments and traceback text);
  :func:`install_secret_filter` attaches it to a logger once.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote, quote_plus

__all__ = [
    "REDACTED",
    "REGISTRY",
    "SENSITIVE_HEADERS",
    "Secret",
    "SecretFilter",
    "SecretRegistry",
    "install_secret_filter",
    "redact_headers",
    "redact_text",
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


class SecretFilter(logging.Filter):
    """Scrubs registered secrets from each record's message, arguments and traceback text.

    The record is rewritten in place (``msg`` becomes the formatted, redacted message and ``args``
    is cleared), so any handler downstream sees only the scrubbed text.
    """

    def __init__(self, registry: SecretRegistry = REGISTRY) -> None:
        super().__init__()
        self._registry = registry

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = self._registry.snapshot()
        if not secrets:
            return True
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: leave it to logging's own error path
            return True
        record.msg = redact_text(message, secrets)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact_text(record.exc_text, secrets)
        if record.stack_info:
            record.stack_info = redact_text(record.stack_info, secrets)
        return True


_installed_lock = threading.Lock()


def install_secret_filter(logger: logging.Logger | str) -> logging.Logger:
    """Attach one :class:`SecretFilter` to ``logger`` (idempotent); returns the logger."""
    log = logging.getLogger(logger) if isinstance(logger, str) else logger
    with _installed_lock:
        if not any(isinstance(f, SecretFilter) for f in log.filters):
            log.addFilter(SecretFilter())
    return log
