"""The flow protocol: write a feature once as a generator of effects, run it sync or async.

A *flow* is a generator that yields effects and receives their results::

    def latest_accounts() -> Flow[list[str]]:
        response = yield Call(endpoint("get_accounts"), {})
        return body_json(response)["accounts"]

``run_sync(flow, ctx)`` performs effects with blocking I/O (``Client``), ``await run_async(flow, ctx)``
with asyncio (``AsyncClient``); the feature's logic exists once. Effects:

* ``Call(endpoint, kwargs, allow_status=())`` - build the request with the generated endpoint module's
  public ``build_request(**kwargs)`` (path parameters checked: a bad one is a ``ValidationError`` and
  nothing is sent), send it on the right low-level client (``base: api`` or ``root``) and send back a
  ``Response[T]`` whose ``parsed`` is the module's ``parse_response``. A non-2xx status (or an HTML /
  ``{"error"}`` 2xx body on a non-order call) is raised *into the flow* as a typed error unless its
  status is in ``allow_status``, so flows can ``try/except`` around a ``yield``. A 401 first re-opens
  the session (``ctx.session``), a "Please query /accounts first" re-reads the accounts, and the call
  is resent once if the operation is safe to repeat.
* ``Sleep(seconds)`` - ``time.sleep`` / ``asyncio.sleep``.
* ``Gather(calls)`` - several ``Call``s at once (asyncio tasks; threads under sync, one per call);
  sends back the list of responses (the first failure in the calls' order is raised after all have
  finished). The pacer still spaces and caps them (history's 5 in flight, IBKR's rates).
* ``Now()`` - the monotonic clock, so flows stay testable with a scripted driver.
* ``ExtendDeadline(seconds)`` - give the rest of the call at least ``seconds`` more (the orders
  layer looks an order up by cOID after its placement answer was lost to the deadline).

Deadline: ``run_sync``/``run_async`` bind one :class:`~ibkr_webapi._deadline.Deadline` of
``ctx.deadline_s`` for the whole flow (unless a call already bound one: recovery and nested runs share
it); the paced transport enforces it on every request of the flow, and ``Sleep`` never sleeps past
it (``RequestTimeout``). ``ctx.guard`` (the client's paced transport) makes ``Sleep`` end at once
with ``ClientClosed`` when the client closes.
"""

from __future__ import annotations

import asyncio
import contextvars
import importlib
import json
import math
import threading
import time
from collections.abc import Callable, Generator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from http import HTTPStatus
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar, overload

import httpx

from ibkr_webapi_client.errors import InvalidParameter
from ibkr_webapi_client.types import Response

from . import _deadline
from ._errors_map import error_for_response, map_request_error, unexpected_body
from ._exceptions import (
    AccountsNotQueried,
    IbkrError,
    NotAuthenticated,
    RequestTimeout,
    UnexpectedResponse,
    UnknownOperation,
    ValidationError,
)

if TYPE_CHECKING:
    from ibkr_webapi_client.operations import Operation

__all__ = [
    "Call",
    "Effect",
    "ExtendDeadline",
    "Flow",
    "FlowContext",
    "Gather",
    "Now",
    "Sleep",
    "body_json",
    "endpoint",
    "operation",
    "run_async",
    "run_sync",
]

T = TypeVar("T")

# The exceptions the generated parsers raise on a body the spec does not describe.
_PARSE_ERRORS = (ValueError, KeyError, TypeError, AttributeError)


@dataclass(frozen=True, slots=True)
class Call:
    """Run one generated endpoint; see the module docstring."""

    endpoint: ModuleType
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    allow_status: tuple[int, ...] = ()

    @property
    def operation_id(self) -> str:
        return str(self.endpoint.OPERATION_ID)

    @classmethod
    def op(cls, operation_id: str, /, *, allow_status: tuple[int, ...] = (), **kwargs: Any) -> Call:
        """``Call.op("get_accounts")``: the endpoint looked up in the registry by operation id."""
        return cls(endpoint(operation_id), kwargs, allow_status)


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class Gather:
    calls: Sequence[Call]


@dataclass(frozen=True, slots=True)
class Now:
    pass


@dataclass(frozen=True, slots=True)
class ExtendDeadline:
    """Give the rest of the running call at least ``seconds`` (never shortens it)."""

    seconds: float


Effect: TypeAlias = Call | Sleep | Gather | Now | ExtendDeadline
_EFFECTS = "Call, Sleep, Gather, Now, ExtendDeadline"
Flow: TypeAlias = Generator[Effect, Any, T]


class SessionLike(Protocol):
    """What the driver needs from ``session.Session`` to recover from a lost session."""

    @property
    def generation(self) -> int: ...

    def recover(self, seen_generation: int, error: IbkrError | None = None) -> Flow[None]: ...

    def is_session_operation(self, operation_id: str) -> bool: ...


@dataclass(slots=True)
class FlowContext:
    """The low-level clients a driver sends calls on, plus optional session recovery.

    ``client`` is the generated client on the ``/v1/api`` base, ``root_client`` the one on the host root
    (``base: root`` operations). ``session`` None disables 401 recovery (used while recovering).
    ``deadline_s`` is the total budget of one run (``math.inf``: none); ``guard`` (the client's paced
    transport: ``sleep`` / ``asleep``) makes ``Sleep`` end with ``ClientClosed`` when the client closes.
    ``threads`` (a sync client's :class:`GatherThreads`) runs the calls of a ``Gather`` at once.
    """

    client: Any
    root_client: Any = None
    session: SessionLike | None = None
    clock: Callable[[], float] = time.monotonic
    deadline_s: float = math.inf
    guard: Any = None
    threads: GatherThreads | None = None

    def without_recovery(self) -> FlowContext:
        return FlowContext(
            self.client, self.root_client, None, self.clock, self.deadline_s, self.guard, self.threads
        )

    def call_deadline(self) -> _deadline.Deadline | None:
        """The deadline of a new run: the one already bound (nested runs share it), else a new one."""
        bound = _deadline.current()
        if bound is not None or self.deadline_s == math.inf:
            return bound
        return _deadline.Deadline.after(self.deadline_s)


@cache
def operation(operation_id: str) -> Operation:
    """The registry entry for ``operation_id``; ``UnknownOperation`` (with close matches) when unknown."""
    from ibkr_webapi_client import operations as _operations

    try:
        return _operations.OPERATIONS[operation_id]
    except (KeyError, TypeError):
        raise UnknownOperation(str(operation_id), tuple(_operations.OPERATIONS)) from None


@cache
def endpoint(operation_id: str) -> ModuleType:
    """The generated endpoint module of ``operation_id``."""
    return importlib.import_module(operation(operation_id).module)


def body_json(response: Any) -> Any:
    """The JSON body of a generated ``Response`` (or httpx response); UnexpectedResponse if not JSON.

    Responses of ``Call`` effects carry the body already decoded, so this does not decode twice.
    """
    if isinstance(response, CallResponse):
        return response.json_body
    return _decode_json(response.content, int(response.status_code))


def _decode_json(content: bytes, status: int, operation_id: str | None = None) -> Any:
    try:
        return json.loads(content) if content.strip() else None
    except ValueError as exc:
        what = f"{operation_id}: " if operation_id else ""
        raise UnexpectedResponse(
            f"{what}expected a JSON body, got {content[:80]!r}", status_code=status, operation_id=operation_id
        ) from exc


_NOT_DECODED: Any = object()
_STATUSES: dict[int, HTTPStatus] = {int(s): s for s in HTTPStatus}


class CallResponse(Response[Any]):
    """What a ``Call`` sends back: the generated ``Response`` with the JSON decoded once, models lazily.

    Flows read bodies with :func:`body_json` (IBKR's bodies are looser than any model), so the driver
    does not build the generated models on every call; ``parsed`` builds them on first access, with the
    endpoint's public ``parse_response``, exactly as ``sync_detailed`` would have.
    """

    __slots__ = ("_client", "_json", "_operation_id", "_parse", "_parsed", "_raw")

    def __init__(
        self, raw: httpx.Response, parse: Callable[..., Any], client: Any, operation_id: str
    ) -> None:
        code = raw.status_code
        self.status_code = _STATUSES[code] if code in _STATUSES else HTTPStatus(code)
        self.content = raw.content
        self.headers = raw.headers
        self._raw = raw
        self._parse = parse
        self._client = client
        self._operation_id = operation_id
        self._json: Any = _NOT_DECODED
        self._parsed: Any = _NOT_DECODED

    @property
    def json_body(self) -> Any:
        """The decoded JSON body (None when empty); ``UnexpectedResponse`` when it is not JSON."""
        if self._json is _NOT_DECODED:
            self._json = _decode_json(self.content, self._raw.status_code, self._operation_id)
        return self._json

    @property
    def parsed(self) -> Any:  # type: ignore[override]
        """The generated model(s) for this body (built on first access)."""
        if self._parsed is _NOT_DECODED:
            try:
                self._parsed = self._parse(client=self._client, response=self._raw)
            except _PARSE_ERRORS as exc:
                body = self._json if self._json is not _NOT_DECODED else None
                unexpected_body(self._operation_id, self._raw.status_code, exc, body=body)
        return self._parsed


# -- drivers ---------------------------------------------------------------------------------------


def run_sync(flow: Flow[T], ctx: FlowContext) -> T:
    """Run ``flow`` to completion with blocking I/O and return its value (within its deadline)."""
    token = _deadline.bind(ctx.call_deadline())
    try:
        return _drive_sync(flow, ctx)
    finally:
        _deadline.unbind(token)


async def run_async(flow: Flow[T], ctx: FlowContext) -> T:
    """Run ``flow`` to completion on the running event loop and return its value (within its deadline)."""
    token = _deadline.bind(ctx.call_deadline())
    try:
        return await _drive_async(flow, ctx)
    finally:
        _deadline.unbind(token)


def _sleep_time(seconds: float) -> float:
    """``seconds``, or ``RequestTimeout`` when sleeping that long would pass the call's deadline."""
    deadline = _deadline.current()
    if deadline is not None and seconds > 0 and seconds >= deadline.remaining():
        raise RequestTimeout(
            f"the call's deadline of {deadline.budget:g} s would pass during a {seconds:g} s wait"
        )
    return max(0.0, seconds)


def _extend(effect: ExtendDeadline) -> None:
    deadline = _deadline.current()
    if deadline is not None:
        _deadline.rebind(deadline.extended(effect.seconds))


def _drive_sync(flow: Generator[Any, Any, T], ctx: FlowContext) -> T:
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                value = _perform_sync(effect, ctx)
            except Exception as exc:
                error = map_request_error(exc)
    finally:
        flow.close()


async def _drive_async(flow: Generator[Any, Any, T], ctx: FlowContext) -> T:
    value: Any = None
    error: BaseException | None = None
    try:
        while True:
            try:
                effect = flow.send(value) if error is None else flow.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value, error = None, None
            try:
                value = await _perform_async(effect, ctx)
            except Exception as exc:
                error = map_request_error(exc)
    finally:
        flow.close()


# Internal effects: what the shells really do. ``Call`` is itself run as the small flow ``_call_flow``
# (send -> check -> maybe recover and resend), so the decisions exist once and the shells only do I/O.


@dataclass(frozen=True, slots=True)
class _Send:
    call: Call


@dataclass(frozen=True, slots=True)
class _Recover:
    seen_generation: int
    error: IbkrError


def _call_flow(call: Call, ctx: FlowContext) -> Generator[_Send | _Recover, Any, Any]:
    generation = ctx.session.generation if ctx.session is not None else 0
    response = yield _Send(call)
    error = _check(call, response)
    if error is None:
        return response
    if (
        isinstance(error, NotAuthenticated | AccountsNotQueried)
        and ctx.session is not None
        and not ctx.session.is_session_operation(call.operation_id)
    ):
        yield _Recover(generation, error)
        if operation(call.operation_id).idempotent:
            response = yield _Send(call)
            error = _check(call, response)
            if error is None:
                return response
    raise error


def _perform_sync(effect: Effect | _Send | _Recover, ctx: FlowContext) -> Any:
    if isinstance(effect, Call):
        return _drive_sync(_call_flow(effect, ctx), ctx)
    if isinstance(effect, _Send):
        call = effect.call
        client = _client_for(call, ctx)
        raw = client.get_httpx_client().request(**build_request(call))
        return _response(call, raw, client)
    if isinstance(effect, _Recover):
        assert ctx.session is not None
        return run_sync(ctx.session.recover(effect.seen_generation, effect.error), ctx.without_recovery())
    if isinstance(effect, Sleep):
        seconds = _sleep_time(effect.seconds)
        if ctx.guard is not None:
            ctx.guard.sleep(seconds)
        elif seconds > 0:
            time.sleep(seconds)
        return None
    if isinstance(effect, Gather):
        return _gather_sync(effect.calls, ctx)
    if isinstance(effect, Now):
        return ctx.clock()
    if isinstance(effect, ExtendDeadline):
        return _extend(effect)
    raise TypeError(f"a flow yielded {effect!r}, which is not an effect ({_EFFECTS})")


def _gather_sync(calls: Sequence[Call], ctx: FlowContext) -> list[Any]:
    """``Gather`` with blocking I/O: every call at once, as asyncio runs them, so a sync history or
    snapshot is not N round trips one after another. The first call runs on this thread, the others
    on the client's :class:`GatherThreads`, each in a copy of this thread's context (the call's
    deadline bounds it); all are waited for, then the first failure in the calls' order is raised.
    Without threads (a bare ``FlowContext``), or inside one of them (a hook of a session re-established
    during a gathered call), the calls run one after another, so the threads never wait on themselves."""
    threads = ctx.threads
    if len(calls) < 2 or threads is None or threads.inside():
        return [_perform_sync(call, ctx) for call in calls]
    futures = [threads.submit(_perform_sync, call, ctx) for call in calls[1:]]
    results: list[Any] = [None] * len(calls)
    failures: list[BaseException | None] = [None] * len(calls)
    try:
        results[0] = _perform_sync(calls[0], ctx)
    except Exception as exc:
        failures[0] = exc
    for i, future in enumerate(futures, start=1):
        try:
            results[i] = future.result()
        except Exception as exc:
            failures[i] = exc
    for failure in failures:
        if failure is not None:
            raise failure
    return results


class GatherThreads:
    """The threads a sync client runs gathered calls on: made at the first ``Gather`` of two calls or
    more, at most :attr:`MAX_THREADS` (IBKR's limits keep fewer in flight anyway), ended by
    :meth:`shutdown` when the client closes (calls still queued then end with ``ClientClosed``, from
    the closed transport)."""

    MAX_THREADS = 8

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._local = threading.local()

    def submit(self, fn: Callable[..., T], *args: Any) -> Future[T]:
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.MAX_THREADS, thread_name_prefix="ibkr-webapi-gather")
            executor = self._executor
        return executor.submit(contextvars.copy_context().run, self._run, fn, *args)

    def inside(self) -> bool:
        """Whether the current thread is one of these (running a gathered call)."""
        return bool(getattr(self._local, "active", False))

    def shutdown(self) -> None:
        with self._lock:
            executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False)

    def _run(self, fn: Callable[..., T], *args: Any) -> T:
        self._local.active = True
        try:
            return fn(*args)
        finally:
            self._local.active = False


async def _perform_async(effect: Effect | _Send | _Recover, ctx: FlowContext) -> Any:
    if isinstance(effect, Call):
        return await _drive_async(_call_flow(effect, ctx), ctx)
    if isinstance(effect, _Send):
        call = effect.call
        client = _client_for(call, ctx)
        raw = await client.get_async_httpx_client().request(**build_request(call))
        return _response(call, raw, client)
    if isinstance(effect, _Recover):
        assert ctx.session is not None
        recovery = ctx.session.recover(effect.seen_generation, effect.error)
        return await run_async(recovery, ctx.without_recovery())
    if isinstance(effect, Sleep):
        seconds = _sleep_time(effect.seconds)
        if ctx.guard is not None:
            await ctx.guard.asleep(seconds)
        else:
            await asyncio.sleep(seconds)
        return None
    if isinstance(effect, Gather):
        pending = (_perform_async(call, ctx) for call in effect.calls)
        results = await asyncio.gather(*pending, return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        return results
    if isinstance(effect, Now):
        return ctx.clock()
    if isinstance(effect, ExtendDeadline):
        return _extend(effect)
    raise TypeError(f"a flow yielded {effect!r}, which is not an effect ({_EFFECTS})")


# -- helpers ----------------------------------------------------------------------------------------


def build_request(call: Call) -> dict[str, Any]:
    """The httpx request arguments of ``call``, from the endpoint's public ``build_request``.

    A path parameter that breaks its spec rule (``ibkr_webapi_client.errors.InvalidParameter``) becomes a
    ``ValidationError`` naming the parameter: nothing is sent. A file-like body (a generated ``File``
    payload) is read into bytes, and a seekable one put back where it was, so a resend after session
    recovery or an auth retry sends the same bytes again instead of an exhausted stream.
    """
    try:
        request: dict[str, Any] = call.endpoint.build_request(**call.kwargs)
    except InvalidParameter as exc:
        raise ValidationError(str(exc), field=_snake(exc.parameter)) from exc
    content = request.get("content")
    if content is not None and hasattr(content, "read"):
        request["content"] = _read_keeping_position(content)
    return request


def _read_keeping_position(stream: Any) -> bytes:
    seekable = bool(getattr(stream, "seekable", lambda: False)())
    start = stream.tell() if seekable else 0
    data = stream.read()
    if seekable:
        stream.seek(start)
    return data if isinstance(data, bytes) else str(data).encode()


def check_path_parameter(operation_id: str, name: str, value: object) -> None:
    """Refuse ``value`` for path parameter ``name`` (spec name) of ``operation_id`` before any request.

    Flows call this before their first effect so that a bad id (``".."``, ``-1``, ``True``) fails at
    once, without even the account lookup that precedes the call it is meant for.
    """
    from ibkr_webapi_client.path_params import path_segment

    try:
        path_segment(operation_id, name, value)
    except InvalidParameter as exc:
        raise ValidationError(str(exc), field=_snake(exc.parameter)) from exc


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


@cache
def _is_root(operation_id: str) -> bool:
    return operation(operation_id).base == "root"


def _client_for(call: Call, ctx: FlowContext) -> Any:
    if _is_root(call.operation_id):
        if ctx.root_client is None:
            raise RuntimeError(f"{call.operation_id} lives on the host root but no root client is configured")
        return ctx.root_client
    return ctx.client


def _response(call: Call, raw: httpx.Response, client: Any) -> CallResponse:
    """Wrap ``raw``; a 2xx JSON body is decoded here, once (malformed JSON raises at the call)."""
    response = CallResponse(raw, call.endpoint.parse_response, client, call.operation_id)
    status = raw.status_code
    if 200 <= status < 300 and status not in call.allow_status and _is_json(raw):
        try:
            response.json_body  # noqa: B018 - decode now: a broken body is the call's error
        except UnexpectedResponse as exc:
            error = error_for_response(raw, call.operation_id)  # e.g. an HTML page
            raise (error or exc) from exc.__cause__
    return response


def _is_json(raw: httpx.Response) -> bool:
    """A JSON content type and a body (a scan of the raw headers: ``get`` would decode them all)."""
    for name, value in raw.headers.raw:
        if b"json" in value and name.lower() == b"content-type":
            return bool(raw.content)
    return False


def _check(call: Call, response: Any) -> IbkrError | None:
    if int(response.status_code) in call.allow_status:
        return None
    return error_for_response(response, call.operation_id)


# -- client.call -----------------------------------------------------------------------------------


def call_of(operation: str | ModuleType, params: Mapping[str, Any]) -> Call:
    """The ``Call`` for ``client.call(operation, **params)``, checked before anything is sent.

    ``operation`` is an operation id (``"get_accounts"``) or a generated endpoint module
    (``ibkr_webapi_client.api.accounts.get_accounts``). An unknown id is ``UnknownOperation`` (with close
    matches); a parameter the endpoint does not take, or a missing required one, is ``ValidationError``
    listing what it takes; a path parameter that breaks its spec rule is ``ValidationError`` too.
    """
    import inspect

    if isinstance(operation, ModuleType):
        op_id = getattr(operation, "OPERATION_ID", None)
        if not isinstance(op_id, str) or not hasattr(operation, "build_request"):
            raise ValidationError(
                f"{operation.__name__} is not a generated endpoint module (no OPERATION_ID / build_request)",
                field="operation",
            )
        module = endpoint(op_id)
        if module is not operation:
            raise UnknownOperation(op_id)
    else:
        module = endpoint(operation)
    signature = _signature(module)
    try:
        signature.bind(**params)
    except TypeError as exc:
        empty = inspect.Parameter.empty
        names = [p.name + ("" if p.default is empty else "?") for p in signature.parameters.values()]
        takes = ", ".join(names)
        raise ValidationError(
            f"{module.OPERATION_ID}: {exc}; it takes ({takes or 'no parameters'}) (? = optional)",
            field="params",
        ) from None
    call = Call(module, dict(params))
    try:
        build_request(call)  # path parameters (and bodies) checked now: nothing is sent for a bad one
    except (AttributeError, TypeError) as exc:  # e.g. a dict where the endpoint takes a generated model
        raise ValidationError(
            f"{module.OPERATION_ID}: cannot build the request ({exc}); pass bodies as the generated models "
            "(ibkr_webapi_client.models)",
            field="params",
        ) from exc
    return call


@cache
def _signature(module: ModuleType) -> Any:
    import inspect

    return inspect.signature(module.build_request)


def parsed_flow(call: Call) -> Flow[Any]:
    """Send ``call`` (typed errors, recovery, resend rules of the driver) and return the parsed model."""
    response = yield call
    return response.parsed


@overload
def as_flow(flow_or_call: Call) -> Flow[Any]: ...
@overload
def as_flow(flow_or_call: Flow[T]) -> Flow[T]: ...
def as_flow(flow_or_call: Flow[T] | Call) -> Flow[Any]:
    """A flow as is; a single ``Call`` as the one-effect flow that sends back its ``Response``."""
    if isinstance(flow_or_call, Call):
        return _one(flow_or_call)
    if not isinstance(flow_or_call, Generator):
        raise ValidationError(
            f"run() takes a flow (a generator of effects) or a Call, not {type(flow_or_call).__name__}; "
            "to call one operation use client.call(operation_id, **params)",
            field="flow",
        )
    return flow_or_call


def _one(call: Call) -> Flow[Any]:
    response = yield call
    return response
