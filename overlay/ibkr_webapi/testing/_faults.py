"""Scriptable fault injection: make the fake gateway fail the way real networks and gateways do.

Tests script faults per operation id (``None`` = any operation) and the request pipeline in
``_app`` consumes them. Every rule is one-shot-per-count (``n``) except ``latency``, which stays until
``reset()`` or ``latency(op, 0)``.

WebSocket faults are honoured by the domain's WebSocket endpoint: it calls
:meth:`Faults.note_ws_message_sent` after each message it sends (True = close the socket now) and
skips heartbeats while :attr:`Faults.ws_heartbeats_stopped` is set.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from ._sessions import SessionRegistry

Kind = Literal["fail", "drop", "drop_after", "malformed"]


@dataclass
class FaultRule:
    kind: Kind
    operation_id: str | None
    remaining: int
    status: int = 503
    body: Any = None


@dataclass(frozen=True)
class PlannedFault:
    """What the pipeline must do for one request (taken from the rules, already counted down)."""

    kind: Kind
    status: int = 503
    body: Any = None


class Faults:
    """Fault rules shared by test code (any thread) and the server (its event loop thread)."""

    def __init__(self, sessions: SessionRegistry) -> None:
        self._sessions = sessions
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._latency: dict[str | None, float] = {}
        self._ws_drop_after: int | None = None
        self._ws_sent = 0
        self.ws_heartbeats_stopped = False
        self.injected: dict[str, int] = {}

    # -- scripting API (tests) -------------------------------------------------------------------
    def fail_next(self, operation_id: str | None, n: int = 1, status: int = 503, body: Any = None) -> None:
        """The next ``n`` calls answer ``status`` with ``body`` (default ``{"error": ..., "statusCode"}``)
        without being processed."""
        self._add(FaultRule("fail", operation_id, n, status, body))

    def latency(self, operation_id: str | None, seconds: float) -> None:
        """Delay every call of ``operation_id`` (None = all calls) by ``seconds`` (0 removes)."""
        with self._lock:
            if seconds <= 0:
                self._latency.pop(operation_id, None)
            else:
                self._latency[operation_id] = seconds

    def drop_connection(self, operation_id: str | None, n: int = 1, after_processing: bool = False) -> None:
        """Close the connection without an answer for the next ``n`` calls.

        ``after_processing=True`` runs the handler first (an order IS placed) and then drops the
        answer: the case exactly-once order placement must survive.
        """
        self._add(FaultRule("drop_after" if after_processing else "drop", operation_id, n))

    def malformed_json(self, operation_id: str | None, n: int = 1) -> None:
        """The next ``n`` calls are processed and answered 200 with a truncated JSON body."""
        self._add(FaultRule("malformed", operation_id, n))

    def expire_session(self) -> None:
        """End the session now, as an idle timeout would."""
        self._sessions.expire()

    def ws_drop_after(self, n_messages: int) -> None:
        """Close WebSocket connections after ``n_messages`` more server messages (then disarm)."""
        with self._lock:
            self._ws_drop_after = n_messages
            self._ws_sent = 0

    def ws_stop_heartbeats(self, stopped: bool = True) -> None:
        """Stop (or resume) the WebSocket ``system`` heartbeats, so clients must notice silence."""
        self.ws_heartbeats_stopped = stopped

    def reset(self) -> None:
        with self._lock:
            self._rules.clear()
            self._latency.clear()
            self._ws_drop_after = None
            self._ws_sent = 0
            self.ws_heartbeats_stopped = False

    # -- consumption (server side) ---------------------------------------------------------------
    def _add(self, rule: FaultRule) -> None:
        if rule.remaining < 1:
            raise ValueError("n must be >= 1")
        with self._lock:
            self._rules.append(rule)

    def take(self, operation_id: str | None) -> PlannedFault | None:
        """Consume the first rule matching this call (exact operation id first, then wildcard)."""
        with self._lock:
            for wanted in (operation_id, None) if operation_id is not None else (None,):
                for rule in self._rules:
                    if rule.operation_id == wanted and rule.remaining > 0:
                        rule.remaining -= 1
                        if rule.remaining == 0:
                            self._rules.remove(rule)
                        self.injected[rule.kind] = self.injected.get(rule.kind, 0) + 1
                        return PlannedFault(rule.kind, rule.status, rule.body)
            return None

    def latency_for(self, operation_id: str | None) -> float:
        with self._lock:
            if operation_id is not None and operation_id in self._latency:
                return self._latency[operation_id]
            return self._latency.get(None, 0.0)

    def note_ws_message_sent(self) -> bool:
        """Count one server WebSocket message; True when the socket must be closed now."""
        with self._lock:
            if self._ws_drop_after is None:
                return False
            self._ws_sent += 1
            if self._ws_sent >= self._ws_drop_after:
                self._ws_drop_after = None
                self._ws_sent = 0
                self.injected["ws_drop"] = self.injected.get("ws_drop", 0) + 1
                return True
            return False
