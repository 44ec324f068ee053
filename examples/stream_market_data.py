"""Stream market data over the WebSocket with asyncio, for a few seconds.

python examples/stream_market_data.py --fake
"""

from __future__ import annotations

import asyncio
import time

from _example_support import settings

from ibkr_webapi import AsyncClient, Field
from ibkr_webapi.streaming import MarketDataUpdate

SECONDS = 3.0


async def main() -> None:
    with settings() as s:
        async with AsyncClient(settings=s) as client:
            conid = (await client.contracts.stock("AAPL")).conid
            # client.stream() authenticates with the client's session, TLS and OAuth token,
            # reconnects by itself and re-subscribes.
            async with client.stream() as stream:
                await stream.market_data(conid, [Field.LAST, Field.BID, Field.ASK])
                deadline = time.monotonic() + SECONDS
                ticks = 0
                while time.monotonic() < deadline:
                    for event in await stream.next_batch(timeout=deadline - time.monotonic()):
                        if isinstance(event, MarketDataUpdate):
                            ticks += 1
                            v = event.values
                            print(
                                f"AAPL last {v.number(Field.LAST)} bid {v.number(Field.BID)}"
                                f" ask {v.number(Field.ASK)}"
                            )
                print(f"{ticks} updates in {SECONDS:g}s")


if __name__ == "__main__":
    asyncio.run(main())
