"""HTTP handlers for historical bars: ``/iserver/marketdata/history`` and ``/hmds/history``.

The bars, the window rules and the bookkeeping live in ``_history``; these handlers read the query,
hold the answer for ``history_service_s`` (and a test's gate) and count requests in flight.
"""

from __future__ import annotations

import asyncio

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._history import history_answer, history_book
from ._web import ctx_of, endpoint, int_param, ok, state_of


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in ("true", "1", "yes")


async def _serve(request: Request, conid: int, source: str) -> Response:
    state = state_of(request)
    ctx = ctx_of(request)
    q = request.query_params
    book = history_book(state)
    with book.lock:
        book.requests += 1
        book.in_flight += 1
        book.peak_in_flight = max(book.peak_in_flight, book.in_flight)
    try:
        service_s = float(getattr(state.settings, "history_service_s", 0.0) or 0.0)
        if service_s > 0:
            await asyncio.sleep(service_s / ctx.clock.time_scale)
        if book.gate is not None:
            await book.gate.wait()
        body = history_answer(
            state,
            conid,
            period=q.get("period") or "1d",
            bar=q.get("bar") or "1min",
            start_time=q.get("startTime"),
            outside_rth=_flag(q.get("outsideRth")),
            source=source,
            now_s=ctx.clock.now(),
        )
    finally:
        with book.lock:
            book.in_flight -= 1
    if "t" not in body["data"][0]:
        with book.lock:
            book.placeholders += 1
    return ok(body)


@endpoint
async def marketdata_history(request: Request) -> Response:
    conid = int_param(request.query_params.get("conid"), "conid")
    return await _serve(request, conid, request.query_params.get("source") or "Last")


@endpoint
async def hmds_history(request: Request) -> Response:
    conid = int_param(request.query_params.get("conid"), "conid")
    return await _serve(request, conid, request.query_params.get("barType") or "Last")


def history_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/marketdata/history", marketdata_history, methods=["GET"]),
        Route("/hmds/history", hmds_history, methods=["GET"]),
    ]
