"""A scripted flow driver for sans-I/O tests: answers each Call by operation id, records the effects."""

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


class Script:
    """``routes[op_id](kwargs)`` gives the body; ``calls`` records (op_id, kwargs), ``gathers`` sizes."""

    def __init__(self, routes: dict[str, Callable[[dict[str, Any]], Any]]) -> None:
        self.routes = routes
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.gathers: list[int] = []
        self.sleeps: list[float] = []

    def ops(self) -> list[str]:
        return [op for op, _ in self.calls]

    def _call(self, call: Call) -> FakeResponse:
        kwargs = dict(call.kwargs)
        self.calls.append((call.operation_id, kwargs))
        return FakeResponse(json.dumps(self.routes[call.operation_id](kwargs)).encode())

    def run(self, flow: Generator[Any, Any, Any]) -> Any:
        value: Any = None
        while True:
            try:
                effect = flow.send(value)
            except StopIteration as stop:
                return stop.value
            if isinstance(effect, Call):
                value = self._call(effect)
            elif isinstance(effect, Gather):
                self.gathers.append(len(effect.calls))
                value = [self._call(c) for c in effect.calls]
            elif isinstance(effect, Sleep):
                self.sleeps.append(effect.seconds)
                value = None
            elif isinstance(effect, Now):
                value = 0.0
            else:  # pragma: no cover
                raise TypeError(effect)
