"""HTTP handlers for watchlists (``/iserver/watchlists``, ``/iserver/watchlist``)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._universe import Universe
from ._watchlists import Watchlists
from ._web import BadRequest, endpoint, json_object, ok, state_of


def _room(request: Request) -> Watchlists:
    return state_of(request).watchlists


def _instrument_row(universe: Universe, conid: int) -> dict[str, Any]:
    inst = universe.get(conid)
    if inst is None:
        return {"C": str(conid), "conid": conid}
    return {
        "ST": inst.sec_type,
        "C": str(conid),
        "conid": conid,
        "name": inst.name,
        "fullName": inst.contract_desc,
        "assetClass": inst.sec_type,
        "ticker": inst.symbol,
        "chineseName": inst.chinese_name,
    }


@endpoint
async def watchlists_list(request: Request) -> Response:
    m = _room(request)
    lists = [
        {
            "is_open": False,
            "read_only": w["readOnly"],
            "name": w["name"],
            "modified": int(w["hash"]),
            "id": w["id"],
            "type": "watchlist",
        }
        for w in m.watchlists.values()
    ]
    return ok(
        {
            "data": {
                "scanners_only": False,
                "show_scanners": False,
                "bulk_delete": False,
                "user_lists": lists,
            },
            "action": "content",
            "MID": "1",
        }
    )


def _watchlist(request: Request) -> dict[str, Any]:
    wid = request.query_params.get("id", "")
    w = _room(request).watchlists.get(wid)
    if w is None:
        raise BadRequest(f"Watchlist {wid} not found", 404)
    return w


@endpoint
async def watchlist_get(request: Request) -> Response:
    w = _watchlist(request)
    universe = _room(request).universe
    return ok(
        {
            "id": w["id"],
            "hash": w["hash"],
            "name": w["name"],
            "readOnly": w["readOnly"],
            "instruments": [_instrument_row(universe, c) for c in w["conids"]],
        }
    )


@endpoint
async def watchlist_create(request: Request) -> Response:
    body = await json_object(request)
    m = _room(request)
    wid, name, rows = body.get("id"), body.get("name"), body.get("rows", [])
    if not isinstance(wid, str | int) or not isinstance(name, str) or not isinstance(rows, list):
        raise BadRequest("Bad Request: id, name and rows are required")
    conids: list[int] = []
    for row in rows:
        c = row.get("C") if isinstance(row, dict) else None
        if c is None:
            continue
        if not isinstance(c, int) or m.universe.get(c) is None:
            raise BadRequest(f"Bad Request: unknown conid {c}")
        conids.append(c)
    stamp = str(state_of(request).now_ms())
    m.watchlists[str(wid)] = {
        "id": str(wid),
        "name": name,
        "hash": stamp,
        "readOnly": False,
        "conids": conids,
    }
    return ok(
        {
            "id": str(wid),
            "hash": stamp,
            "name": name,
            "readOnly": False,
            "instruments": [_instrument_row(m.universe, c) for c in conids],
        }
    )


@endpoint
async def watchlist_delete(request: Request) -> Response:
    w = _watchlist(request)
    del _room(request).watchlists[w["id"]]
    return ok({"data": {"deleted": w["id"]}, "action": "context", "MID": "2"})


def watchlist_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/watchlists", watchlists_list, methods=["GET"]),
        Route("/iserver/watchlist", watchlist_get, methods=["GET"]),
        Route("/iserver/watchlist", watchlist_create, methods=["POST"]),
        Route("/iserver/watchlist", watchlist_delete, methods=["DELETE"]),
    ]
