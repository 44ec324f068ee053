"""One flow driver for sans-I/O tests: the library's own driver over ``httpx.MockTransport``.

A flow runs through ``_flow.run_sync`` exactly as under ``Client.run`` (request building from the
generated endpoints, path parameter checks, IBKR's error shapes mapped to typed errors, transport
failures mapped, session recovery and resends when a ``session`` is given); only the network is a
function. Time is virtual: ``Sleep`` advances :attr:`Script.now` (and is recorded), ``Now`` reads it.

``routes`` answers by operation id: either a mapping ``{operation_id: f(kwargs) -> body}`` or one
``handler(sent) -> body``. A body is sent as a 200 JSON answer; an ``httpx.Response`` (see :func:`reply`)
is sent as it is; an ``httpx.TransportError`` raised by the handler reaches the flow as the client's
paced transport reports it (``map_transport_error``: ``httpx.ConnectError`` -> ``ConnectError``,
``httpx.ReadTimeout`` -> ``RequestTimeout`` ...). The paced transport's pacing and retries are not
here, but what it raises can be: a handler may raise ``PacingTimeout`` or ``ClientClosed`` itself.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict, deque
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import httpx

from ibkr_webapi._errors_map import map_transport_error
from ibkr_webapi._flow import Call, FlowContext, Gather, SessionLike, run_sync
from ibkr_webapi_client import Client as LowLevelClient
from ibkr_webapi_client.operations import OPERATIONS

BASE = "https://gateway.test/v1/api"
ROOT = "https://gateway.test"


def reply(body: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> httpx.Response:
    """An HTTP answer with a JSON body."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


@dataclass
class Sent:
    """One request that reached the network: the flow's operation and arguments, and the HTTP request."""

    operation_id: str
    kwargs: dict[str, Any]
    request: httpx.Request

    @property
    def body(self) -> Any:
        b = self.kwargs.get("body")
        return b.to_dict() if hasattr(b, "to_dict") else b


@cache
def _routes() -> list[tuple[str, re.Pattern[str], str, str]]:
    out = []
    for op in OPERATIONS.values():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        out.append((op.method.upper(), re.compile(f"^{pattern}/?$"), op.base, op.operation_id))
    # literal paths before templated ones (``/iserver/account/orders`` vs ``/iserver/account/{id}``)
    out.sort(key=lambda r: r[1].pattern.count("[^/]+"))
    return out


def _operation_of(request: httpx.Request) -> str:
    path = request.url.path
    base = "api" if path.startswith("/v1/api/") else "root"
    path = path.removeprefix("/v1/api") if base == "api" else path
    for method, pattern, op_base, operation_id in _routes():
        if method == request.method and op_base == base and pattern.match(path):
            return operation_id
    raise AssertionError(f"no operation for {request.method} {request.url}")


class Script:
    """Runs flows with the real driver; records what the flow asked for and what was sent."""

    def __init__(
        self,
        routes: Mapping[str, Callable[[dict[str, Any]], Any]] | Callable[[Sent], Any],
        *,
        session: SessionLike | None = None,
        tick: float = 0.0,
    ) -> None:
        self.routes = routes
        self.session = session
        self.tick = tick
        self.now = 0.0
        #: every Call the flow made (operation id, arguments), in order; resends are not repeated here
        self.calls: list[tuple[str, dict[str, Any]]] = []
        #: every request that reached the network, resends included
        self.sent: list[Sent] = []
        self.gathers: list[int] = []
        self.sleeps: list[float] = []
        self._pending: dict[str, deque[dict[str, Any]]] = defaultdict(deque)
        self._last: dict[str, dict[str, Any]] = {}
        transport = httpx.MockTransport(self._handle)
        self.ctx = FlowContext(
            LowLevelClient(base_url=BASE, httpx_args={"transport": transport}),
            LowLevelClient(base_url=ROOT, httpx_args={"transport": transport}),
            session,
            clock=lambda: self.now,
            guard=self,
        )

    def ops(self) -> list[str]:
        """The operation ids of the requests sent, in order."""
        return [s.operation_id for s in self.sent]

    def run(self, flow: Generator[Any, Any, Any]) -> Any:
        return run_sync(self._tap(flow), self.ctx)

    # the driver's guard: its Sleep effects land here
    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def _note(self, effect: Any) -> None:
        calls = effect.calls if isinstance(effect, Gather) else (effect,) if isinstance(effect, Call) else ()
        if isinstance(effect, Gather):
            self.gathers.append(len(effect.calls))
        for call in calls:
            kwargs = dict(call.kwargs)
            self.calls.append((call.operation_id, kwargs))
            self._pending[call.operation_id].append(kwargs)

    def _tap(self, flow: Generator[Any, Any, Any]) -> Generator[Any, Any, Any]:
        try:
            effect = next(flow)
            while True:
                self._note(effect)
                try:
                    value = yield effect
                except Exception as exc:  # the driver throws the mapped error into the flow
                    effect = flow.throw(exc)
                else:
                    effect = flow.send(value)
        except StopIteration as stop:
            return stop.value
        finally:
            flow.close()

    def _handle(self, request: httpx.Request) -> httpx.Response:
        operation_id = _operation_of(request)
        pending = self._pending[operation_id]
        kwargs = pending.popleft() if pending else self._last.get(operation_id, {})  # a resend
        self._last[operation_id] = kwargs
        sent = Sent(operation_id, kwargs, request)
        self.sent.append(sent)
        self.now += self.tick
        try:
            answer = self.routes(sent) if callable(self.routes) else self.routes[operation_id](kwargs)
        except httpx.TransportError as exc:
            raise map_transport_error(exc, operation_id) from exc
        return answer if isinstance(answer, httpx.Response) else reply(answer)


def no_accounts() -> Generator[Any, Any, tuple[str, ...]]:
    """An ensure_accounts flow that needs no request."""
    return ("DU123",)
    yield  # pragma: no cover
