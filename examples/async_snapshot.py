"""Async: look up several instruments concurrently, then one snapshot for all of them.

python examples/async_snapshot.py --fake
"""

from __future__ import annotations

import asyncio

from _example_support import settings

from ibkr_webapi import AsyncClient, Field


async def main() -> None:
    with settings() as s:
        async with AsyncClient(settings=s) as client:
            # The async facades: every lookup below is paced, the three stocks run concurrently.
            stocks = await asyncio.gather(*(client.contracts.stock(s) for s in ("AAPL", "SPY", "MSFT")))
            future = await client.contracts.future("ES")  # the front month
            conids = [c.conid for c in stocks] + [future.conid]
            snap = await client.marketdata.snapshot(conids, [Field.LAST, Field.BID, Field.ASK])
            for contract in [*stocks, future]:
                q = snap[contract.conid]
                print(f"{contract.symbol:<5} {contract.sec_type}  last {q.last}  mid {q.mid:.3f}")
            print(f"complete: {snap.complete} after {snap.rounds} rounds")


if __name__ == "__main__":
    asyncio.run(main())
