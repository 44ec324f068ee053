"""Snapshot pre-flight: minimum rounds, batching, clean timeouts with missing fields, unsubscribe."""

from __future__ import annotations

from typing import Any

import pytest
from flowdriver import Script, Sent, reply
from helpers import SendTimesPacer, assert_paced
from orders.conftest import Connect, connect  # noqa: F401 - fixture

from ibkr_webapi import RequestTimeout, ValidationError
from ibkr_webapi.client import Client
from ibkr_webapi.fields import Field
from ibkr_webapi.marketdata import (
    FIRST_POLL_DELAY,
    MAX_CONIDS_PER_REQUEST,
    MAX_FIELDS_PER_REQUEST,
    AsyncMarketData,
    MarketData,
    SnapshotPlan,
    snapshot_flow,
)
from ibkr_webapi.testing import FakeGateway

AAPL, SPY = 265598, 756733


def sent(gw: FakeGateway, op: str = "get_marketdata_snapshot") -> int:
    return int(gw.counters.snapshot()["requests"].get(op, 0))


# -- sans-I/O -----------------------------------------------------------------------------------------


def test_plan_batches_by_ibkr_limits() -> None:
    conids = list(range(1, 251))
    fields = [str(7000 + i) for i in range(60)]
    plan = SnapshotPlan(conids, fields)
    batches = plan.next_requests()
    assert all(len(c) <= MAX_CONIDS_PER_REQUEST and len(f) <= MAX_FIELDS_PER_REQUEST for c, f in batches)
    assert len(batches) == 3 * 2  # 250 conids -> 3 chunks; 61 fields (+6509) -> 2 chunks
    covered = {(c, f) for cs, fs in batches for c in cs for f in fs}
    assert covered >= {(str(c), f) for c in conids for f in fields}


def test_plan_only_asks_for_what_is_missing() -> None:
    plan = SnapshotPlan([1, "2", 2], [Field.LAST, "84"])
    assert plan.conids == (1, 2)
    plan.feed([{"conid": 1, "31": "1.0", "84": "0.9"}, {"conid": 2, "31": "5.0", "84": ""}])
    assert plan.next_requests() == [(["2"], ["31", "84", "6509"])]
    plan.feed([{"conid": 2, "84": "N/A"}])  # an answer, even if it says "no value"
    assert plan.complete and plan.next_requests() == []


@pytest.mark.parametrize(
    ("conids", "fields", "field"),
    [([], None, "conids"), (["abc"], None, "conids"), ([True], None, "conids"), ([1], ["last"], "fields"),
     ([1], [], "fields")],
)  # fmt: skip
def test_plan_validates(conids: list[Any], fields: Any, field: str) -> None:
    with pytest.raises(ValidationError) as e:
        SnapshotPlan(conids, fields)
    assert e.value.field == field


def preflight_handler(warm: set[int], values: dict[str, str]) -> Any:
    def handle(s: Sent) -> Any:
        rows = []
        for c in map(int, s.kwargs["conids"]):
            row: dict[str, Any] = {"conid": c, "conidEx": str(c), "_updated": 1}
            if c in warm:
                row.update({f: v for f, v in values.items() if f in s.kwargs["fields"]})
            warm.add(c)
            rows.append(row)
        return reply(rows)

    return handle


def test_scripted_preflight_two_rounds_then_one() -> None:
    warm: set[int] = set()
    script = Script(preflight_handler(warm, {"31": "C10.5", "84": "10.4", "86": "10.6", "6509": "DPB"}))
    snap = script.run(snapshot_flow([AAPL], poll_interval=0.1))
    assert snap.rounds == 2 and snap.complete and script.sleeps == [FIRST_POLL_DELAY]
    q = snap[AAPL]
    assert q.last == 10.5 and q.prior_close and q.mid == pytest.approx(10.5)
    assert q.availability is not None and q.availability.delayed
    again = script.run(snapshot_flow([AAPL]))
    assert again.rounds == 1


def test_scripted_timeout_reports_missing_without_raising() -> None:
    script = Script(preflight_handler(set(), {"31": "1.0"}), tick=0.05)
    snap = script.run(snapshot_flow([AAPL, SPY], ["31", "84"], timeout=1.0, poll_interval=0.2))
    assert not snap.complete
    assert snap.missing == {AAPL: frozenset({Field.BID}), SPY: frozenset({Field.BID})}
    assert snap[AAPL].last == 1.0 and script.now <= 1.0 + 0.2  # bounded: no hang


def test_scripted_repeats_back_off_from_the_first_poll_delay_to_poll_interval() -> None:
    script = Script(preflight_handler(set(), {"31": "1.0"}), tick=0.0)
    script.run(snapshot_flow([AAPL], ["31", "84"], timeout=1.0, poll_interval=0.2))
    # no fixed floor: the first repeat comes after 20 ms, then the wait doubles up to poll_interval
    assert script.sleeps[:5] == [FIRST_POLL_DELAY, 0.04, 0.08, 0.16, 0.2]
    assert set(script.sleeps[4:-1]) == {0.2}


def test_scripted_nothing_at_all_raises() -> None:
    script = Script(preflight_handler(set(), {}))
    with pytest.raises(RequestTimeout):
        script.run(snapshot_flow([AAPL], timeout=0.5, poll_interval=0.1))


# -- against the fake gateway (IBKR's limits, checked on the client's own send times) ------------------


def paced(connect: Connect) -> tuple[FakeGateway, Client, SendTimesPacer]:  # noqa: F811
    """The client with its default pacer, recording when it let each request go. The fake does not
    refuse anything: IBKR's limits are checked on those send times (``assert_paced``), which a
    loaded host that delivers requests late or bunched cannot change, and no 429 retry can add a
    request to the counts these tests assert."""
    pacer = SendTimesPacer()
    gw, client = connect(client={"pacer": pacer})
    return gw, client, pacer


def test_fresh_conids_take_two_rounds_warm_ones_one(connect: Connect) -> None:  # noqa: F811
    gw, client, pacer = paced(connect)
    md = MarketData(client)
    snap = md.snapshot([AAPL, str(SPY)], [Field.LAST, Field.BID, Field.ASK, Field.VOLUME, Field.SYMBOL])
    assert snap.complete and snap.rounds == 2 and sent(gw) == 2
    assert snap[SPY].symbol == "SPY" and snap[AAPL].bid is not None and snap[AAPL].volume
    assert sent(gw, "get_accounts") == 1  # accounts read once for the session, not per call
    warm = md.snapshot([AAPL], [Field.LAST])
    assert warm.rounds == 1 and sent(gw) == 3
    assert_paced(gw, pacer)


def test_missing_field_times_out_cleanly(connect: Connect) -> None:  # noqa: F811
    gw, client, pacer = paced(connect)
    # the timeout only has to let two requests through (the pre-flight, then the values): generous
    # for a loaded host; the field that never comes keeps the call polling until then
    snap = MarketData(client).snapshot([AAPL], [Field.LAST, Field.DELTA], timeout=3.0, poll_interval=0.2)
    assert snap.missing == {AAPL: frozenset({Field.DELTA})} and snap[AAPL].last is not None
    assert sent(gw) >= 3  # it kept asking for the missing field
    assert_paced(gw, pacer)


def test_many_conids_are_batched_and_paced(connect: Connect) -> None:  # noqa: F811
    gw, client, pacer = paced(connect)
    conids = [i.conid for i in gw.state.universe.by_conid.values() if i.sec_type != "BAG"][:150]
    assert len(conids) == 150
    snap = MarketData(client).snapshot(conids, [Field.LAST])
    assert len(snap) == len(conids) and snap.complete
    assert sent(gw) == 2 * 2  # 150 conids: two batches of at most 100, each pre-flight then values
    assert_paced(gw, pacer)


def test_unsubscribe_restarts_preflight(connect: Connect) -> None:  # noqa: F811
    _gw, client = connect()
    md = MarketData(client)
    md.snapshot([AAPL])
    assert md.unsubscribe(AAPL) is True
    assert md.snapshot([AAPL]).rounds == 2
    assert md.unsubscribe_all() is True
    assert md.snapshot([AAPL]).rounds == 2


async def test_async_snapshot() -> None:
    from ibkr_webapi.client import AsyncClient
    from ibkr_webapi.pacing import unlimited_pacer

    gw = FakeGateway(enforce_pacing=False)
    async with AsyncClient(
        "http://fake/v1/api", transport=gw.asgi_transport(), keepalive_interval=None, pacer=unlimited_pacer()
    ) as client:
        md = AsyncMarketData(client)
        snap = await md.snapshot([AAPL, SPY])
        assert snap.complete and snap.rounds == 2
        assert (await md.quote(AAPL)).last is not None
    gw.assert_no_server_errors()
