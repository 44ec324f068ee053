"""Quote a few stocks: symbol -> conid, then a snapshot with IBKR's pre-flight handled.

python examples/quote.py AAPL SPY          # IBKR_* settings
python examples/quote.py AAPL SPY --fake   # embedded fake gateway
"""

from __future__ import annotations

from _example_support import args, settings

from ibkr_webapi import Client, Field


def main() -> None:
    symbols = args() or ["AAPL", "SPY"]
    with settings() as s, Client(settings=s) as client:
        conids = {client.contracts.stock(symbol).conid: symbol for symbol in symbols}
        # The first snapshot of a conid only subscribes; snapshot() repeats until the fields arrive.
        snap = client.marketdata.snapshot(conids, [Field.LAST, Field.BID, Field.ASK, Field.VOLUME])
        for conid, quote in snap.items():
            flag = " (previous close)" if quote.prior_close else ""
            print(
                f"{conids[conid]:<6} last {quote.last}{flag}  bid {quote.bid}  ask {quote.ask}"
                f"  vol {quote.volume}"
            )
        print(f"{snap.rounds} rounds, {snap.requests} requests; missing: {snap.missing or 'nothing'}")


if __name__ == "__main__":
    main()
