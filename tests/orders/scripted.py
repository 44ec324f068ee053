"""A scripted flow driver for sans-I/O tests: answers each Call from a handler, records what was sent."""

from __future__ import annotations

import json
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from typing import Any

from ibkr_webapi._flow import Call, Gather, Now, Sleep


@dataclass
class FakeResponse:
    content: bytes
    status_code: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    parsed: Any = None


def reply(body: Any, status: int = 200) -> FakeResponse:
    return FakeResponse(json.dumps(body).encode(), status)


@dataclass
class Sent:
    operation_id: str
    kwargs: dict[str, Any]

    @property
    def body(self) -> Any:
        b = self.kwargs.get("body")
        return b.to_dict() if hasattr(b, "to_dict") else b


Handler = Callable[[Sent], Any]  # returns a FakeResponse, or raises an exception to throw into the flow


class Script:
    """Drives a flow; ``handler`` answers calls; time advances only by Sleep (and ``tick`` per call)."""

    def __init__(self, handler: Handler, *, tick: float = 0.0) -> None:
        self.handler = handler
        self.sent: list[Sent] = []
        self.sleeps: list[float] = []
        self.now = 0.0
        self.tick = tick

    def ops(self) -> list[str]:
        return [s.operation_id for s in self.sent]

    def _call(self, call: Call) -> Any:
        s = Sent(call.operation_id, dict(call.kwargs))
        self.sent.append(s)
        self.now += self.tick
        return self.handler(s)

    def run(self, flow: Generator[Any, Any, Any]) -> Any:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                return stop.value
            value, error = None, None
            try:
                if isinstance(effect, Call):
                    value = self._call(effect)
                elif isinstance(effect, Gather):
                    value = [self._call(c) for c in effect.calls]
                elif isinstance(effect, Sleep):
                    self.sleeps.append(effect.seconds)
                    self.now += effect.seconds
                elif isinstance(effect, Now):
                    value = self.now
                else:
                    raise TypeError(effect)
            except Exception as exc:
                error = exc


def no_accounts() -> Generator[Any, Any, tuple[str, ...]]:
    """An ensure_accounts flow that needs no request."""
    return ("DU123",)
    yield  # pragma: no cover
