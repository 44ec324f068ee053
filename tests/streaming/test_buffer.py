"""Backpressure: market data conflates per conid, everything else is kept in order and never dropped."""

from __future__ import annotations

import asyncio

from ibkr_webapi.streaming import MarketDataUpdate, OrderUpdate
from ibkr_webapi.streaming._buffer import AsyncEventBuffer, EventBuffer


def md(conid: int, **fields: str) -> MarketDataUpdate:
    return MarketDataUpdate(conid, {k.lstrip("f"): v for k, v in fields.items()}, updated_ms=len(fields))


def test_conflation_merges_fields_newest_wins_and_keeps_position() -> None:
    buf = EventBuffer(10)
    buf.offer(md(1, f31="1", f84="0.9"))
    buf.offer(OrderUpdate("a", status="Submitted"))
    buf.offer(md(1, f31="2"))
    buf.offer(md(2, f31="5"))
    buf.offer(md(1, f86="2.1"))
    out = [buf.take() for _ in range(len(buf))]
    assert [type(e).__name__ for e in out] == ["MarketDataUpdate", "OrderUpdate", "MarketDataUpdate"]
    first = out[0]
    assert isinstance(first, MarketDataUpdate)
    assert first.fields == {"31": "2", "84": "0.9", "86": "2.1"} and first.updates == 3
    assert buf.conflated == 2


def test_without_conflation_every_update_is_kept() -> None:
    buf = EventBuffer(10, conflate=False)
    for i in range(5):
        assert buf.offer(md(1, f31=str(i)))
    assert len(buf) == 5


def test_full_buffer_refuses_but_still_conflates() -> None:
    buf = EventBuffer(2)
    assert buf.offer(md(1, f31="1"))
    assert buf.offer(OrderUpdate("a"))
    assert not buf.offer(OrderUpdate("b"))
    assert not buf.offer(md(2, f31="1"))
    assert buf.offer(md(1, f31="2"))  # merges into the pending one: no new slot needed


def test_bytes_bound_refuses_until_the_consumer_takes() -> None:
    buf = EventBuffer(1000, max_bytes=100)
    assert buf.offer(OrderUpdate("big"), 500)  # an empty queue always takes one event
    assert not buf.offer(OrderUpdate("next"), 1)
    assert buf.nbytes == 500
    assert buf.take() == OrderUpdate("big") and buf.nbytes == 0
    assert buf.offer(OrderUpdate("a"), 60)
    assert not buf.offer(OrderUpdate("b"), 60)
    assert buf.offer(OrderUpdate("c"), 40)
    assert [e.order_id for e in buf.take_many(10)] == ["a", "c"]  # type: ignore[union-attr]
    assert buf.nbytes == 0


def test_conflated_market_data_is_charged_for_what_it_holds() -> None:
    buf = EventBuffer(1000, max_bytes=100)
    assert buf.offer(md(1, f31="1"), 40)
    assert buf.offer(md(1, f31="2"), 40)  # same field ids: the merged entry still holds ~40 bytes
    assert buf.nbytes == 40
    assert buf.offer(md(1, f84="3"), 40)  # a new field id: the entry grows
    assert buf.nbytes == 80
    assert not buf.offer(md(1, f86="4"), 40)  # would pass the bound: the reader must wait
    assert buf.take().fields == {"31": "2", "84": "3"}  # type: ignore[union-attr]
    assert buf.nbytes == 0


def test_discarded_buffer_refuses_even_when_empty() -> None:
    buf = EventBuffer(10, max_bytes=100)
    buf.offer(OrderUpdate("a"), 10)
    buf.discard()
    assert not buf.offer(OrderUpdate("b"), 1) and not buf.offer(md(1, f31="1"), 1)
    assert len(buf) == 0 and buf.nbytes == 0


async def test_slow_consumer_gets_all_orders_and_latest_quotes() -> None:
    abuf = AsyncEventBuffer(maxsize=4)
    produced_orders = [OrderUpdate(str(i), status="Submitted") for i in range(50)]

    async def producer() -> None:
        for i, order in enumerate(produced_orders):
            for j in range(10):
                await abuf.put(md(1 + j % 2, f31=f"{i}.{j}"))
            await abuf.put(order)
        abuf.close()

    task = asyncio.create_task(producer())
    got = []
    while await abuf.wait():
        got.append(abuf.take())
        await asyncio.sleep(0)  # slow consumer
    await task
    orders = [e for e in got if isinstance(e, OrderUpdate)]
    assert orders == produced_orders  # every order, in order
    quotes = [e for e in got if isinstance(e, MarketDataUpdate)]
    assert len(quotes) < 500 and sum(q.updates for q in quotes) == 500
    last = {q.conid: q.fields["31"] for q in quotes}
    assert last == {1: "49.8", 2: "49.9"}


# -- batches: the reader offers every event of one network read at once ---------------------------


def test_a_batch_for_a_consumer_that_keeps_up_queues_every_update() -> None:
    buf = EventBuffer(100)
    buf.begin_batch()  # the queue is empty: the consumer took everything so far
    for i in range(5):
        assert buf.offer(md(1, f31=str(i)))
    assert [e.fields["31"] for e in buf.take_many(10)] == ["0", "1", "2", "3", "4"]  # type: ignore[union-attr]
    assert buf.conflated == 0


def test_a_batch_that_begins_with_events_still_queued_conflates_them() -> None:
    buf = EventBuffer(100)
    buf.begin_batch()
    buf.offer(md(1, f31="1", f84="0.9"), 10)
    buf.offer(OrderUpdate("a"), 10)
    buf.offer(md(1, f31="2"), 10)
    buf.offer(md(2, f31="5"), 10)
    buf.offer(md(1, f86="2.1"), 10)
    assert len(buf) == 5 and buf.nbytes == 50
    buf.begin_batch()  # nothing was taken: the consumer is behind, its quotes merge per conid
    assert len(buf) == 3 and buf.nbytes == 40  # the new field id 86 keeps its charge, "31" does not
    assert buf.offer(md(2, f31="6"), 10)  # and later updates merge too
    out = buf.take_many(10)
    assert [type(e).__name__ for e in out] == ["MarketDataUpdate", "OrderUpdate", "MarketDataUpdate"]
    first, _, last = out
    assert isinstance(first, MarketDataUpdate) and isinstance(last, MarketDataUpdate)
    assert first.fields == {"31": "2", "84": "0.9", "86": "2.1"} and first.updates == 3
    assert last.fields == {"31": "6"} and last.updates == 2
    assert buf.conflated == 3 and buf.nbytes == 0
    buf.begin_batch()  # emptied: the consumer keeps up again, every update is queued
    assert buf.offer(md(1, f31="7")) and buf.offer(md(1, f31="8"))
    assert len(buf) == 2


def test_a_batch_that_fills_the_queue_conflates_rather_than_pass_a_bound() -> None:
    buf = EventBuffer(3, max_bytes=100)
    buf.begin_batch()
    assert buf.offer(md(1, f31="1"), 30)
    assert buf.offer(md(1, f31="2"), 30)
    assert buf.offer(md(2, f31="1"), 30)
    assert len(buf) == 3 and buf.conflated == 0
    assert buf.offer(md(1, f31="3"), 30)  # full by count: the consumer is behind, quotes merge per conid
    assert len(buf) == 2 and buf.nbytes == 60 and buf.conflated == 2
    assert buf.offer(OrderUpdate("a"), 30)
    assert not buf.offer(OrderUpdate("b"), 1)  # orders never merge: the reader waits for room
    assert not buf.offer(md(3, f31="1"), 1)  # nothing pending for conid 3 to merge into: waits too
    assert not buf.offer(md(2, f84="1"), 30)  # a new field id would pass the byte bound
    assert buf.offer(md(2, f31="2"), 5)  # the same field ids: merged, still charged 30
    assert buf.nbytes == 90
    out = buf.take_many(5)
    assert [(type(e).__name__, getattr(e, "updates", None)) for e in out] == [
        ("MarketDataUpdate", 3),
        ("MarketDataUpdate", 2),
        ("OrderUpdate", None),
    ]
    assert [dict(e.fields) for e in out[:2]] == [{"31": "3"}, {"31": "2"}]  # type: ignore[union-attr]
    assert buf.nbytes == 0
