"""A year of daily bars and a week of minutes, then a live account that reports a fill once.

python examples/history_and_live_account.py --fake
"""

from __future__ import annotations

import asyncio

from _example_support import settings

from ibkr_webapi import AsyncClient, Order
from ibkr_webapi.live import FillReported, PositionChanged


async def main() -> None:
    with settings() as s:
        async with AsyncClient(settings=s) as client:
            aapl = await client.contracts.stock("AAPL")

            # History: windows planned under IBKR's ~1000-point cap, run 5 at a time, stitched.
            daily = await client.marketdata.history(aapl, "2025-11-01", "2026-11-01", bar="1d")
            minutes = await client.marketdata.history(
                aapl, "2026-11-02", "2026-11-07", bar="1min", progress=lambda p: print(f"  {p.fraction:.0%}")
            )
            print(f"{len(daily)} daily bars, {len(minutes)} minute bars in {minutes.requests} requests")
            closed = len(minutes.gaps) - len(minutes.missing)
            print(f"gaps: {closed} market closed, {len(minutes.missing)} with missing data")

            # A live account: orders, fills, positions and PnL, reconciled over REST after reconnects.
            async with client.live() as live:
                print(f"account {live.account}: {len(live.positions)} positions, ready: {live.ready}")
                before = live.positions[aapl.conid].quantity if aapl.conid in live.positions else 0
                quote = await client.marketdata.quote(aapl.conid)
                price = round((quote.last or 0.0) * 1.01, 2)
                await client.orders.place_one(Order(conid=aapl.conid, side="BUY", quantity=2, price=price))
                async for change in live.changes():
                    if isinstance(change, FillReported):
                        fill = change.fill
                        print(
                            f"fill {fill.execution_id}: {fill.side} {fill.size} {fill.symbol} @ {fill.price}"
                        )
                    elif isinstance(change, PositionChanged) and change.position.conid == aapl.conid:
                        print(f"AAPL position {before} -> {change.position.quantity}")
                        break


if __name__ == "__main__":
    asyncio.run(main())
