"""The total deadline of one call, as a plain value (sans-I/O).

Every call the client makes (``client.run(flow)``, each service method, the constructor's session
opening, a keep-alive beat) gets one :class:`Deadline`: the pacing wait, connecting, sending,
reading and every retry all come out of the same budget. The flow driver binds it for the call
(:func:`bound`); the I/O shells only read it:

* the paced transport (``_transport``) refuses a pacing slot booked later than the deadline
  (:class:`~ibkr_webapi.PacingTimeout`), sleeps at most what is left, and gives the network layer
  what is left: the sync shell caps every socket read, write and connect at the remaining time (so a
  server dripping one byte a second cannot stretch a call), the async shell runs the send and every
  body chunk under ``asyncio.timeout``;
* the flow driver caps ``Sleep`` effects the same way.

A deadline is on the ``time.monotonic`` clock, whatever clock a shared pacer uses.

The default budget is derived from the client's ``timeout`` (:func:`default_budget`), configurable
with ``Client(deadline=...)`` or ``IBKR_DEADLINE``.
"""

from __future__ import annotations

import contextvars
import math
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Final

import httpx

__all__ = [
    "DEADLINE_TIMEOUT_FACTOR",
    "Deadline",
    "bind",
    "bound",
    "current",
    "default_budget",
    "rebind",
    "unbind",
]

DEADLINE_TIMEOUT_FACTOR: Final = 3.0
"""Default total budget of a call = this times the largest value of the client's ``timeout``
(30 s -> 90 s): room for a pacing wait and a retry, never an endless call."""

_CURRENT: contextvars.ContextVar[Deadline | None] = contextvars.ContextVar(
    "ibkr_webapi_deadline", default=None
)


@dataclass(frozen=True, slots=True)
class Deadline:
    """The clock value (``time.monotonic``) by which a call must be over, and its total budget."""

    at: float
    budget: float

    @classmethod
    def after(cls, seconds: float, now: float | None = None) -> Deadline:
        start = time.monotonic() if now is None else now
        return cls(start + seconds, seconds)

    def remaining(self, now: float | None = None) -> float:
        """Seconds left (``<= 0`` once it passed)."""
        return self.at - (time.monotonic() if now is None else now)

    def expired(self, now: float | None = None) -> bool:
        return self.remaining(now) <= 0

    def cap(self, timeout: float | None, now: float | None = None) -> float:
        """``timeout`` (None: unbounded) limited to the time left, never negative."""
        left = max(0.0, self.remaining(now))
        return left if timeout is None else min(timeout, left)

    def extended(self, seconds: float, now: float | None = None) -> Deadline:
        """At least ``seconds`` from now (used to look an order up after its answer was lost)."""
        start = time.monotonic() if now is None else now
        return self if self.at >= start + seconds else Deadline(start + seconds, self.budget + seconds)


def default_budget(timeout: httpx.Timeout | float | None) -> float:
    """The default total deadline for a client with ``timeout``: :data:`DEADLINE_TIMEOUT_FACTOR` times
    its largest value (``math.inf`` when every value is None: no timeout at all was asked for)."""
    if isinstance(timeout, httpx.Timeout):
        values = [v for v in (timeout.connect, timeout.read, timeout.write, timeout.pool) if v is not None]
    else:
        values = [] if timeout is None else [float(timeout)]
    return DEADLINE_TIMEOUT_FACTOR * max(values) if values else math.inf


def current() -> Deadline | None:
    """The deadline bound for the running call (this thread / task), if any."""
    return _CURRENT.get()


@contextmanager
def bound(deadline: Deadline | None) -> Iterator[None]:
    """Bind ``deadline`` for the code inside (nested calls inherit it; asyncio tasks copy it)."""
    token = _CURRENT.set(deadline)
    try:
        yield
    finally:
        _CURRENT.reset(token)


def bind(deadline: Deadline | None) -> contextvars.Token[Deadline | None]:
    """:func:`bound` without the context manager, for per-request hot paths: ``unbind(token)`` after."""
    return _CURRENT.set(deadline)


def unbind(token: contextvars.Token[Deadline | None]) -> None:
    _CURRENT.reset(token)


def rebind(deadline: Deadline) -> None:
    """Replace the deadline bound by the enclosing :func:`bound` (which still restores the outer one)."""
    _CURRENT.set(deadline)
