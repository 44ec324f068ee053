"""Place a limit order, answer IBKR's reply questions explicitly, then cancel it.

IBKR may answer an order with questions ("price exceeds the percentage constraint", o163 ...).
The library never confirms them blindly: the default ``ReplyPolicy`` refuses, and you list the
question ids you accept. Here a callback prints each question and accepts only o163.

    python examples/place_order_with_replies.py --fake
"""

from __future__ import annotations

from _example_support import settings

from ibkr_webapi import Client, Field, Order, OrderRejected, ReplyPolicy
from ibkr_webapi.orders import Question

ACCEPTED = ReplyPolicy.confirm({"o163"})


def answer(question: Question) -> bool:
    print(f"IBKR asks {list(question.message_ids)}: {' '.join(' '.join(question.messages).split())}")
    ok = ACCEPTED.decide(question)
    print("  ->", "confirm" if ok else "refuse")
    return ok


def main() -> None:
    with settings() as s, Client(settings=s) as client:
        orders = client.orders
        conid = client.contracts.stock("AAPL").conid
        last = client.marketdata.quote(conid, [Field.LAST]).last
        assert last is not None
        order = Order(conid=conid, side="BUY", quantity=1, price=round(last * 0.9, 2))  # 10% under: o163
        try:
            ack = orders.place_one(order, policy=ReplyPolicy.ask(answer))
        except OrderRejected as exc:  # a question we did not accept, or IBKR refused the order
            print(f"rejected: {exc} {exc.message_ids}")
            raise SystemExit(5) from None
        print(f"order {ack.order_id}: {ack.status} (confirmed {ack.confirmed}, cOID {ack.coid})")
        print(orders.cancel(ack.order_id).message)
        print("status:", orders.order_status(ack.order_id).status)


if __name__ == "__main__":
    main()
