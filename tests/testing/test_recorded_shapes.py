"""The fake answers the same request with the same shape as recorded real IBKR answers.

For every recorded REST answer (read where the recordings live, via ``tests/recordings.py``), the fake
is asked the same request, translated into its own world (its accounts, its conids, an order it has,
a question it asks), and its answer must have every key IBKR sent at every level, with the same JSON
types. Values are never compared: the fake generates its own. Objects keyed by data (account ids,
currencies, symbols) are compared by the shape of their values.

Skips with the reason when the recordings folder is absent (``IBKR_RECORDINGS_DIR``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from spec._support import recordings_dir

from ibkr_webapi.testing import FakeGateway

ACCT = "DU1234567"
AAPL = 265598
SPY = 756733
API = "http://fake/v1/api"


def _rows() -> list[Any]:
    folder = recordings_dir()
    index = folder / "INDEX.json"
    if not index.is_file():
        return [
            pytest.param(
                None,
                marks=pytest.mark.skip(
                    reason=f"recorded IBKR responses not found at {folder} "
                    "(keep shared/reference beside the clone or set IBKR_RECORDINGS_DIR)"
                ),
                id="no-recordings",
            )
        ]
    rows = json.loads(index.read_text(encoding="utf-8"))["files"]
    out = []
    for row in rows:
        if row["kind"] != "rest":
            continue
        marks = []
        if "synthetic" in row["note"].lower():
            marks.append(pytest.mark.skip(reason="the recording is synthetic, not a real IBKR answer"))
        elif row["file"] in NOT_COMPARABLE:
            marks.append(pytest.mark.skip(reason=NOT_COMPARABLE[row["file"]]))
        out.append(pytest.param(row, id=row["file"].removesuffix(".json"), marks=marks))
    return out


#: Recordings whose request the fake cannot answer in kind, and why (the fake is not wrong there).
NOT_COMPARABLE = {
    "get_iserver_currency_pairs__1.json": "the fake trades no currencies: it lists no FX pairs",
    "get_iserver_secdef_search__1.json": (
        "IBKR gives a section its own conid only for CFDs; the fake lists no CFDs"
    ),
}

#: Keys IBKR sent in one recording that the fake never sends there, and why (per recording).
NOT_SENT = {
    ("get_iserver_marketdata_snapshot__2.json", "$[].55"): (
        "IBKR answered '55': '-' for a conid it had no data for; the fake has data for every conid"
    ),
}


# -- shapes ----------------------------------------------------------------------------------------

_DATA_KEY = re.compile(r"^(DUMMY\w*|[A-Z]{1,3}\d{5,}[A-Z]?)(\.\w+)?$")  # account ids, "acct.Core"
_CURRENCY_KEY = re.compile(r"^([A-Z]{3}|BASE)$")


@dataclass
class Shape:
    """The union of the JSON types seen at one place, with object members and array items merged."""

    types: set[str] = field(default_factory=set)
    members: dict[str, Shape] = field(default_factory=dict)
    map_values: Shape | None = None  # objects keyed by data: the union of their values
    items: Shape | None = None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _is_map(value: dict[str, Any], map_paths: frozenset[str], where: str) -> bool:
    if where in map_paths:
        return True
    keys = [k for k in value if not k.startswith("_")]
    return bool(keys) and all(_DATA_KEY.match(k) or _CURRENCY_KEY.match(k) for k in keys)


def shape_of(
    value: Any, map_paths: frozenset[str] = frozenset(), where: str = "$", into: Shape | None = None
) -> Shape:
    shape = into or Shape()
    kind = _kind(value)
    shape.types.add(kind)
    if kind == "object":
        if _is_map(value, map_paths, where):
            for v in value.values():
                shape.map_values = shape_of(v, map_paths, where + ".*", shape.map_values)
        else:
            for key, v in value.items():
                if _DATA_KEY.match(key):  # an account id among named keys (PA answers)
                    shape.map_values = shape_of(v, map_paths, where + ".*", shape.map_values)
                else:
                    shape.members[key] = shape_of(v, map_paths, f"{where}.{key}", shape.members.get(key))
    elif kind == "array":
        for v in value:
            shape.items = shape_of(v, map_paths, where + "[]", shape.items)
    return shape


def differences(real: Shape, fake: Shape, where: str = "$", seen: Shape | None = None) -> list[str]:
    """What IBKR sent that the fake does not: missing keys and JSON types the fake never uses there.

    ``seen`` is the union over every recording of the operation: where IBKR itself answered with
    different types in different recordings (a price as number here, as string there), the fake may
    use any type IBKR was seen using at that place.
    """
    out: list[str] = []
    wanted = real.types - {"null"}
    if wanted and not wanted <= fake.types:
        allowed = (seen.types if seen is not None else wanted) - {"null"}
        if not (fake.types - {"null"}) or not (fake.types - {"null"}) <= allowed:
            return [f"{where}: IBKR sends {sorted(wanted)}, the fake {sorted(fake.types)}"]
        return out
    for key, sub in real.members.items():
        seen_sub = seen.members.get(key) if seen is not None else None
        if key not in fake.members:
            if fake.map_values is None:
                out.append(f"{where}.{key}: missing")
            else:
                out += differences(sub, fake.map_values, f"{where}.{key}", seen_sub)
            continue
        out += differences(sub, fake.members[key], f"{where}.{key}", seen_sub)
    if real.map_values is not None:
        values = fake.map_values
        if values is None and fake.members:
            values = Shape()
            for sub in fake.members.values():
                values = _merge(values, sub)
        if values is None:
            out.append(f"{where}.*: the fake sends no entries")
        else:
            seen_values = seen.map_values if seen is not None else None
            out += differences(real.map_values, values, f"{where}.*", seen_values)
    if real.items is not None and real.items.types - {"null"}:
        if fake.items is None:
            out.append(f"{where}[]: the fake sends an empty array")
        else:
            out += differences(real.items, fake.items, f"{where}[]", seen.items if seen is not None else None)
    return out


def _merge(a: Shape, b: Shape) -> Shape:
    out = Shape(set(a.types | b.types), dict(a.members))
    for key, sub in b.members.items():
        out.members[key] = _merge(out.members[key], sub) if key in out.members else sub
    for name in ("map_values", "items"):
        x, y = getattr(a, name), getattr(b, name)
        setattr(out, name, _merge(x, y) if x is not None and y is not None else x or y)
    return out


# -- the same request, in the fake's world ---------------------------------------------------------


@dataclass
class World:
    """A fake gateway in a known state, and the ids a translated request may need."""

    gw: FakeGateway
    client: httpx.AsyncClient
    resting_order: int = 0
    filled_order: int = 0

    async def call(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        return await self.client.request(method, path, **kwargs)

    async def place(self, order: dict[str, Any], *, confirm: bool = True) -> Any:
        body = (await self.call("POST", f"/iserver/account/{ACCT}/orders", json={"orders": [order]})).json()
        while confirm and isinstance(body, list) and body and "id" in body[0] and "order_id" not in body[0]:
            body = (
                await self.call("POST", f"/iserver/reply/{body[0]['id']}", json={"confirmed": True})
            ).json()
        return body


def _resting(coid: str, price: float = 1.0) -> dict[str, Any]:
    return {
        "conid": AAPL,
        "orderType": "LMT",
        "price": price,
        "side": "BUY",
        "quantity": 1,
        "tif": "GTC",
        "cOID": coid,
    }


def _near(world: World) -> float:
    """A buy limit 1% under the market: it rests, and asks no price question."""
    return round(world.gw.state.market.last(AAPL) * 0.99, 2)


async def _world(gw: FakeGateway, client: httpx.AsyncClient) -> World:
    world = World(gw, client)
    assert (
        await world.call("POST", "/iserver/auth/ssodh/init", json={"publish": True, "compete": True})
    ).is_success
    assert (await world.call("GET", "/iserver/accounts")).is_success
    placed = await world.place(_resting("shape-rest-1"))
    world.resting_order = int(placed[0]["order_id"])
    market = {
        "conid": AAPL,
        "orderType": "MKT",
        "side": "BUY",
        "quantity": 5,
        "tif": "DAY",
        "cOID": "shape-mkt-1",
    }
    placed = await world.place(market)
    world.filled_order = int(placed[0]["order_id"])
    await world.call("GET", "/iserver/marketdata/snapshot", params={"conids": str(AAPL), "fields": "31"})
    return world


def _is_question(body: Any) -> bool:
    return isinstance(body, list) and bool(body) and isinstance(body[0], dict) and "messageIds" in body[0]


async def _question_id(world: World, coid: str) -> str:
    """A reply id: an order far from the market asks the price-constraint question."""
    order = {
        "conid": AAPL,
        "orderType": "LMT",
        "price": 1.0,
        "side": "SELL",
        "quantity": 1,
        "tif": "DAY",
        "cOID": coid,
    }
    body = await world.place(order, confirm=False)
    assert _is_question(body), body
    return str(body[0]["id"])


Request = tuple[str, str, dict[str, Any]]
Translator = Callable[[World, dict[str, Any], Any], Any]


def _fake_conid(world: World, raw: str | None) -> int:
    if raw and raw.isdigit() and world.gw.state.universe.get(int(raw)) is not None:
        return int(raw)
    return AAPL


async def translate(world: World, row: dict[str, Any], recorded: Any) -> Request:
    """The fake-world request for a recorded one: (method, path, httpx kwargs)."""
    method, template = row["method"], row["path_template"]
    query = dict(row.get("query") or {})
    for key in ("conid", "underlyingConid"):
        if key in query:
            query[key] = str(_fake_conid(world, query[key]))
    if "conids" in query:
        query["conids"] = ",".join(str(_fake_conid(world, c)) for c in query["conids"].split(","))
        query["conids"] = ",".join(dict.fromkeys(query["conids"].split(",")))
    kwargs: dict[str, Any] = {}
    params: dict[str, Any] = {
        "accountId": ACCT,
        "conid": str(AAPL),
        "orderId": str(world.resting_order),
        "pageId": "0",
        "alertId": str(next(iter(world.gw.state.alerts.alerts))),
        "typecode": "OE",
        "notificationId": world.gw.state.fyi.notifications[0].nid,
        "deviceId": next(iter(world.gw.state.fyi.devices)),
        "searchPattern": "DU",
    }
    special = SPECIAL.get((method, template))
    if special is not None:
        extra = await special(world, row, recorded)
        params.update(extra.pop("path", {}))
        query.update(extra.pop("params", {}))
        kwargs.update(extra)
    path = re.sub(r"\{(\w+)\}", lambda m: str(params[m.group(1)]), template)
    if query:
        kwargs["params"] = query
    return method, path, kwargs


async def _order_status(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    status = recorded.get("order_status") if isinstance(recorded, dict) else None
    order = world.filled_order if status == "Filled" else world.resting_order
    return {"path": {"orderId": str(order)}}


async def _place(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    n = len(world.gw.state.orders.orders) if hasattr(world.gw.state.orders, "orders") else 0
    if _is_question(recorded):
        order = {"conid": AAPL, "orderType": "LMT", "price": 1.0, "side": "SELL", "quantity": 1, "tif": "DAY"}
    else:
        order = _resting("", _near(world))
    order["cOID"] = f"shape-place-{row['file']}-{n}"
    return {"json": {"orders": [order]}}


async def _reply(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    reply_id = await _question_id(world, f"shape-reply-{row['file']}")
    if _is_question(recorded):
        # a second question: suppress nothing, ask for a size above the size limit as well
        order = {"conid": AAPL, "orderType": "LMT", "price": 1.0, "side": "SELL", "tif": "DAY"}
        order |= {"quantity": world.gw.state.settings.size_limit * 2, "cOID": f"shape-2q-{row['file']}"}
        body = await world.place(order, confirm=False)
        assert _is_question(body), body
        reply_id = str(body[0]["id"])
    return {"path": {"replyId": reply_id}, "json": {"confirmed": True}}


async def _modify(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    placed = await world.place(_resting(f"shape-mod-{row['file']}", _near(world)))
    order_id = str(placed[0]["order_id"])
    modified = _resting("", round(_near(world) - 0.01, 2))
    del modified["cOID"]
    return {"path": {"orderId": order_id}, "json": modified}


async def _cancel(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    placed = await world.place(_resting(f"shape-cancel-{row['file']}"))
    return {"path": {"orderId": str(placed[0]["order_id"])}}


async def _history(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    if row.get("query"):
        return {}
    return {"params": {"conid": str(AAPL), "period": "1d", "bar": "1min"}}


async def _notification(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    return {"json": {"orderId": world.resting_order, "reqId": "1", "text": "Yes"}}


async def _whatif(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    return {"json": {"orders": [_resting("shape-whatif")]}}


async def _alert_delete(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    body = await _alert_body()
    created = (await world.call("POST", f"/iserver/account/{ACCT}/alert", json=body["json"])).json()
    return {"path": {"alertId": str(created["order_id"])}}


async def _alert_body(*_: Any) -> dict[str, Any]:
    condition = {"conidex": str(SPY), "type": 1, "operator": ">=", "triggerMethod": "0", "value": "800"}
    alert = {"alertName": "shape alert", "alertMessage": "m", "tif": "GTC", "alertRepeatable": 0}
    return {"json": alert | {"outsideRth": 0, "conditions": [condition]}}


async def _alert_activate(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    return {"json": {"alertId": next(iter(world.gw.state.alerts.alerts)), "alertActive": 1}}


async def _watchlist_create(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    return {"json": {"id": "4242", "name": "shape", "rows": [{"C": AAPL}, {"C": SPY}]}}


async def _watchlist_id(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    await world.call("POST", "/iserver/watchlist", json={"id": "4243", "name": "w", "rows": [{"C": AAPL}]})
    return {"params": {"id": "4243"}}


def _json(body: Any) -> Translator:
    async def build(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
        return {"json": body}

    return build


def _query(**params: Any) -> Translator:
    async def build(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
        return {"params": params}

    return build


async def _snapshot(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    if row.get("query"):
        return {}
    fields = sorted({k for r in recorded for k in r if k.isdigit()}) if isinstance(recorded, list) else []
    return {"params": {"conids": str(AAPL), "fields": ",".join(fields) or "31"}}


async def _event(world: World, row: dict[str, Any], recorded: Any) -> dict[str, Any]:
    event = next(i for i in world.gw.state.universe.by_conid.values() if i.event)
    key = "underlyingConid" if row["path_template"].endswith("/market") else "conid"
    return {"params": {key: str(event.underlying if key == "underlyingConid" else event.conid)}}


SPECIAL: dict[tuple[str, str], Translator] = {
    ("GET", "/iserver/account/order/status/{orderId}"): _order_status,
    ("POST", "/iserver/account/{accountId}/orders"): _place,
    ("POST", "/iserver/reply/{replyId}"): _reply,
    ("POST", "/iserver/account/{accountId}/order/{orderId}"): _modify,
    ("DELETE", "/iserver/account/{accountId}/order/{orderId}"): _cancel,
    ("POST", "/iserver/account/{accountId}/orders/whatif"): _whatif,
    ("DELETE", "/iserver/account/{accountId}/alert/{alertId}"): _alert_delete,
    ("POST", "/iserver/account/{accountId}/alert"): _alert_body,
    ("POST", "/iserver/account/{accountId}/alert/activate"): _alert_activate,
    ("POST", "/iserver/watchlist"): _watchlist_create,
    ("GET", "/iserver/watchlist"): _watchlist_id,
    ("DELETE", "/iserver/watchlist"): _watchlist_id,
    ("GET", "/iserver/marketdata/snapshot"): _snapshot,
    ("POST", "/iserver/marketdata/unsubscribe"): _json({"conid": AAPL}),
    ("GET", "/iserver/marketdata/history"): _history,
    ("GET", "/iserver/account/alert/{alertId}"): _query(type="Q"),
    ("GET", "/iserver/secdef/bond-filters"): _query(symbol="BOND", issuerId="e1234567"),
    ("GET", "/iserver/contract/{conid}/algos"): _query(addParams="1", addDescription="1"),
    ("POST", "/iserver/notification"): _notification,
    ("GET", "/trsrv/stocks"): _query(symbols="AAPL"),
    ("GET", "/trsrv/futures"): _query(symbols="ES"),
    ("GET", "/trsrv/secdef"): _query(conids=str(AAPL)),
    ("GET", "/trsrv/all-conids"): _query(exchange="NASDAQ"),
    ("GET", "/iserver/secdef/search"): _query(symbol="AAPL"),
    ("POST", "/iserver/secdef/search"): _json({"symbol": "AAPL"}),
    ("GET", "/iserver/secdef/strikes"): _query(conid=str(AAPL), sectype="OPT", month="JAN27"),
    ("GET", "/contract/trading-schedule"): _query(conid=str(AAPL)),
    ("POST", "/iserver/contract/rules"): _json({"conid": AAPL, "isBuy": True}),
    ("GET", "/forecast/contract/details"): _event,
    ("GET", "/forecast/contract/rules"): _event,
    ("GET", "/forecast/contract/schedules"): _event,
    ("GET", "/forecast/contract/market"): _event,
    ("POST", "/iserver/scanner/run"): _json(
        {"instrument": "STK", "type": "MOST_ACTIVE", "location": "STK.US.MAJOR", "filter": []}
    ),
    ("POST", "/hmds/scanner"): _json(
        {
            "instrument": "STK",
            "locations": "STK.US.MAJOR",
            "scanCode": "MOST_ACTIVE",
            "secType": "STK",
            "filters": [],
        }
    ),
    ("POST", "/fyi/settings/{typecode}"): _json({"enabled": True}),
    ("PUT", "/fyi/deliveryoptions/email"): _query(enabled="true"),
    ("POST", "/fyi/deliveryoptions/device"): _json(
        {"devicename": "d", "deviceId": "shape-device", "uiName": "u", "enabled": True}
    ),
    ("GET", "/fyi/notifications"): _query(max="10"),
    ("GET", "/fyi/notifications/more"): _query(id="2026040200000003"),
    ("POST", "/iserver/questions/suppress"): _json({"messageIds": ["o163"]}),
    ("POST", "/iserver/auth/ssodh/init"): _json({"publish": True, "compete": True}),
    ("POST", "/portfolio/allocation"): _json({"acctIds": [ACCT]}),
    ("POST", "/iserver/account"): _json({"acctId": ACCT}),
    ("POST", "/iserver/dynaccount"): _json({"acctId": ACCT}),
    ("POST", "/pa/performance"): _json({"acctIds": [ACCT], "period": "1M"}),
    ("POST", "/pa/allperiods"): _json({"acctIds": [ACCT]}),
    ("POST", "/pa/transactions"): _json({"acctIds": [ACCT], "conids": [AAPL], "currency": "USD"}),
    ("GET", "/iserver/exchangerate"): _query(source="USD", target="EUR"),
    ("GET", "/iserver/currency/pairs"): _query(currency="USD"),
    ("GET", "/fa/model/positions"): _query(model="m1"),
    ("GET", "/iserver/account/trades"): _query(days="2"),
}

#: Objects whose keys are data rather than names, by operation (``$`` is the body).
_ALLOCATION = frozenset(
    f"$.{view}.{side}" for view in ("assetClass", "sector", "group") for side in ("long", "short")
)
MAP_PATHS: dict[str, frozenset[str]] = {
    "/trsrv/stocks": frozenset({"$"}),
    "/forecast/category/tree": frozenset({"$.categories"}),
    "/contract/trading-schedule": frozenset({"$.schedules"}),
    "/portfolio/{accountId}/allocation": _ALLOCATION,
    "/portfolio/allocation": _ALLOCATION,
}


def _seen(row: dict[str, Any], maps: frozenset[str]) -> Shape:
    """The union of every recording of the same operation (what IBKR was seen sending at all)."""
    index = json.loads((recordings_dir() / "INDEX.json").read_text(encoding="utf-8"))["files"]
    union = Shape()
    for other in index:
        if (other["method"], other["path_template"]) == (row["method"], row["path_template"]):
            body = json.loads((recordings_dir() / other["file"]).read_text(encoding="utf-8"))
            union = shape_of(body, maps, into=union)
    return union


@pytest.mark.parametrize("row", _rows())
async def test_the_fake_answers_with_the_recorded_shape(row: dict[str, Any]) -> None:
    recorded = json.loads((recordings_dir() / row["file"]).read_text(encoding="utf-8"))
    gw = FakeGateway(
        enforce_pacing=False, auth="oauth2" if row["path_template"].startswith("/gw/") else "gateway"
    )
    async with httpx.AsyncClient(transport=gw.asgi_transport(), base_url=API) as client:
        world = await _world(gw, client)
        method, path, kwargs = await translate(world, row, recorded)
        response = await world.call(method, path, **kwargs)
    gw.assert_no_server_errors()
    assert response.status_code == 200, (
        f"{method} {path} {kwargs}: {response.status_code} {response.text[:300]}"
    )
    maps = MAP_PATHS.get(row["path_template"], frozenset())
    answer = response.json() if response.content else ""  # an empty body, recorded as ""
    diff = differences(shape_of(recorded, maps), shape_of(answer, maps), seen=_seen(row, maps))
    diff = [d for d in diff if (row["file"], d.split(":")[0]) not in NOT_SENT]
    assert not diff, "\n".join(diff)
