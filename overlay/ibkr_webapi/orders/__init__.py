"""Orders: typed models with client-side validation, the reply loop, exactly-once placement, what-if.

* :mod:`.models` - ``Order`` (validated before anything is sent), ``bracket`` / ``oca`` /
  ``combo_conidex``, typed results (``OrderAck``, ``LiveOrder``, ``OrderStatusDetail``, ``OrderPreview``).
* :mod:`.replies` - IBKR's four-way order answer read by shape; ``ReplyPolicy``; the ``ReplyLoop``
  state machine.
* :mod:`.flows` - placement (reply loop + lookup by cOID after a lost answer; never resent), modify,
  cancel, live orders, status, what-if, question suppression.
* :mod:`.service` - ``Orders`` / ``AsyncOrders`` facades.
"""

from __future__ import annotations

from .flows import AccountsFlow, ReconcileSettings
from .models import (
    MAX_COID_LENGTH,
    SPREAD_CONIDS,
    CancelAck,
    LiveOrder,
    MarginChange,
    Order,
    OrderAck,
    OrderGroup,
    OrderPreview,
    OrderStatusDetail,
    OrderType,
    Side,
    TimeInForce,
    bracket,
    combo_conidex,
    new_coid,
    oca,
)
from .replies import Question, ReplyLoop, ReplyPolicy, classify
from .service import AsyncOrders, Orders, Suppressions

__all__ = [
    "MAX_COID_LENGTH",
    "SPREAD_CONIDS",
    "AccountsFlow",
    "AsyncOrders",
    "CancelAck",
    "LiveOrder",
    "MarginChange",
    "Order",
    "OrderAck",
    "OrderGroup",
    "OrderPreview",
    "OrderStatusDetail",
    "OrderType",
    "Orders",
    "Question",
    "ReconcileSettings",
    "ReplyLoop",
    "ReplyPolicy",
    "Side",
    "Suppressions",
    "TimeInForce",
    "bracket",
    "classify",
    "combo_conidex",
    "new_coid",
    "oca",
]
