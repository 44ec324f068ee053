"""Async: look up several instruments concurrently, then one snapshot for all of them.

python examples/async_snapshot.py --fake
"""

from __future__ import annotations

import asyncio

from _example_support import settings

from ibkr_webapi.client import AsyncClient
from ibkr_webapi.contracts import AsyncContracts
from ibkr_webapi.marketdata import AsyncMarketData


async def main() -> None:
    with settings() as s:
        async with AsyncClient(settings=s) as client:
            contracts = AsyncContracts(client)
            stocks = await asyncio.gather(*(contracts.stock(sym) for sym in ("AAPL", "SPY", "MSFT")))
            future = await contracts.future("ES")  # the front month
            conids = [c.conid for c in stocks] + [future.conid]
            snap = await AsyncMarketData(client).snapshot(conids, ["31", "84", "86"])
            for contract in [*stocks, future]:
                q = snap[contract.conid]
                print(f"{contract.symbol:<5} {contract.sec_type}  last {q.last}  mid {q.mid:.3f}")
            print(f"complete: {snap.complete} after {snap.rounds} rounds")


if __name__ == "__main__":
    asyncio.run(main())
