"""Stream market data over the WebSocket with asyncio, for a few seconds.

python examples/stream_market_data.py --fake
"""

from __future__ import annotations

import asyncio
import time

from _example_support import settings

from ibkr_webapi.client import AsyncClient
from ibkr_webapi.contracts import AsyncContracts
from ibkr_webapi.streaming import AsyncStream, MarketDataUpdate

SECONDS = 3.0


async def main() -> None:
    with settings() as s:
        async with AsyncClient(settings=s) as client:
            conid = (await AsyncContracts(client).stock("AAPL")).conid
            # from_client: the stream authenticates with the client's session, TLS and OAuth token,
            # reconnects by itself and re-subscribes.
            async with AsyncStream.from_client(client) as stream:
                await stream.market_data(conid, ["31", "84", "86"])
                deadline = time.monotonic() + SECONDS
                ticks = 0
                while time.monotonic() < deadline:
                    for event in await stream.next_batch(timeout=deadline - time.monotonic()):
                        if isinstance(event, MarketDataUpdate):
                            ticks += 1
                            v = event.values
                            print(f"AAPL last {v.number('31')} bid {v.number('84')} ask {v.number('86')}")
                print(f"{ticks} updates in {SECONDS:g}s")


if __name__ == "__main__":
    asyncio.run(main())
