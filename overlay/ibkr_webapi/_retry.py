"""Retry policy: which failures are retried, and how long to wait (small named functions, no I/O).

The rules, and why:

* **429** is retried for *every* operation, orders included: IBKR rejects a paced-out request before
  processing it, so resending cannot duplicate anything. The ``Retry-After`` header is honoured and the
  pacer is told to back off; when the bounded budget (:data:`MAX_RETRIES`, :data:`MAX_TOTAL_WAIT_S`)
  is spent the caller gets ``RateLimitError``.
* **Connection refused and an untrusted TLS certificate** are never retried: nothing listens there,
  or the certificate will be just as untrusted next time. The caller hears at once
  (``ConnectionRefused``/``CertificateError``) instead of after the whole back-off budget.
* **Other connect errors, timeouts, 502/503/504** are retried only for *safe* operations (registry
  ``idempotent``: GET/HEAD/OPTIONS or ``x-idempotent: true``). Order placement, modify, cancel and reply
  are never resent blindly: the request may have reached IBKR. Those failures surface at once as
  ``ConnectError``/``RequestTimeout``/``ServerError`` carrying the ``operation_id``, so the orders
  layer can reconcile by cOID.
* Every resend must also fit the call's total deadline (``_deadline``): a back-off that would end
  past it raises ``RequestTimeout`` at once instead of sleeping into it.
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final, Protocol

import httpx

from ._errors_map import connect_failure

__all__ = [
    "INITIAL_DELAY_S",
    "MAX_DELAY_S",
    "MAX_RETRIES",
    "MAX_RETRY_AFTER_S",
    "MAX_TOTAL_WAIT_S",
    "RETRYABLE_STATUS",
    "RetryPolicy",
    "parse_retry_after",
    "retry_delay",
    "should_retry",
]

MAX_RETRIES: Final = 6
"""Resends after the first attempt (429s and safe failures share this count)."""

MAX_TOTAL_WAIT_S: Final = 30.0
"""Total back-off sleep one request may accumulate before the error is raised."""

INITIAL_DELAY_S: Final = 0.5
"""First back-off step; doubles per attempt."""

MAX_DELAY_S: Final = 8.0
"""Cap of one computed back-off step (a server's ``Retry-After`` may ask for longer, within budget)."""

MAX_RETRY_AFTER_S: Final = 60.0
"""``Retry-After`` values above this are treated as "do not retry" (e.g. the 10-minute penalty box)."""

RETRYABLE_STATUS: Final = frozenset({502, 503, 504})
"""Server statuses retried for safe operations."""

RATE_LIMITED: Final = 429


class _OperationLike(Protocol):
    @property
    def idempotent(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """The knobs, with the module constants as defaults (tests shrink them)."""

    max_retries: int = MAX_RETRIES
    max_total_wait_s: float = MAX_TOTAL_WAIT_S
    initial_delay_s: float = INITIAL_DELAY_S
    max_delay_s: float = MAX_DELAY_S


def parse_retry_after(
    headers: Mapping[str, str] | httpx.Headers, *, now: float | None = None
) -> float | None:
    """Seconds to wait from ``Retry-After`` (delta-seconds or an HTTP date), or None if absent/garbled.

    ``retry-after-ms`` (a float of milliseconds, sent by some proxies) wins when present.
    """
    raw_ms = headers.get("retry-after-ms")
    if raw_ms is not None:
        try:
            value = float(raw_ms) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value) and value >= 0:
            return value
    raw = headers.get("retry-after")
    if raw is None:
        return None
    raw = raw.strip()
    try:
        seconds = float(raw)
    except ValueError:
        parsed = email.utils.parsedate_tz(raw)
        if parsed is None:
            return None
        seconds = email.utils.mktime_tz(parsed) - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def retry_delay(
    attempt: int,
    retry_after: float | None = None,
    *,
    initial_delay_s: float = INITIAL_DELAY_S,
    max_delay_s: float = MAX_DELAY_S,
) -> float:
    """Wait before resend number ``attempt + 1`` (``attempt`` counts resends already made, from 0).

    A server's ``Retry-After`` is honoured as given; otherwise jittered exponential back-off
    (``initial * 2**attempt``, capped at ``max_delay_s``, minus up to 25 % jitter so that many clients
    do not resend in lock step).
    """
    if retry_after is not None:
        return retry_after
    base = min(initial_delay_s * (2.0 ** min(attempt, 30)), max_delay_s)
    return base * (1.0 - 0.25 * random.random())


def should_retry(
    response_or_exc: httpx.Response | BaseException,
    operation: _OperationLike | None,
    attempt: int,
    *,
    max_retries: int = MAX_RETRIES,
) -> bool:
    """Whether to resend after this outcome. ``operation`` None (not in the registry) counts as unsafe.

    ``attempt`` is the number of resends already made.
    """
    if attempt >= max_retries:
        return False
    safe = operation is not None and operation.idempotent
    if isinstance(response_or_exc, httpx.Response):
        status = response_or_exc.status_code
        if status == RATE_LIMITED:
            retry_after = parse_retry_after(response_or_exc.headers)
            return retry_after is None or retry_after <= MAX_RETRY_AFTER_S
        return safe and status in RETRYABLE_STATUS
    # Only failures where no HTTP answer arrived are retried; anything else is a bug to surface.
    return (
        safe
        and isinstance(response_or_exc, httpx.TransportError)
        and not isinstance(response_or_exc, httpx.UnsupportedProtocol | httpx.ProxyError)
        and connect_failure(response_or_exc) is None
    )
