"""Accounts, positions, cash ledger and the account summary.

python examples/portfolio.py --fake
"""

from __future__ import annotations

from _example_support import settings

from ibkr_webapi import Client


def main() -> None:
    with settings() as s, Client(settings=s) as client:
        portfolio = client.portfolio  # one per client: the paced account list is read once
        for account in portfolio.accounts():
            print(f"== {account.account_id} ({account.type}, {account.currency})")
            for p in portfolio.positions(account.account_id):
                print(
                    f"  {p.symbol or p.description:<8} {p.quantity:>8} @ {p.avg_cost}  value {p.market_value}"
                )
            base = portfolio.ledger(account.account_id).base
            if base is not None:
                print(f"  cash {base.cash_balance}  net liquidation {base.net_liquidation}")
            summary = portfolio.summary(account.account_id)
            print(f"  buying power {summary.buying_power}  excess liquidity {summary.excess_liquidity}")


if __name__ == "__main__":
    main()
