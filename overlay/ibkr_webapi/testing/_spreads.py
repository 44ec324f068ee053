"""IBKR's currency "spread conids" for combo (BAG) orders, as the fake gateway knows them.

A combo order's ``conidex`` is ``"<spread conid>;;;<leg conid>/<ratio>,..."``, where the spread conid
names the currency of the legs. The values are IBKR's, published in the Web API documentation
("Combo / Spread Orders", table of spread conids by currency). The fake keeps its own copy so it
stays an independent witness: a test checks that the client's table agrees with it.
"""

from __future__ import annotations

from collections.abc import Mapping

SPREAD_CONIDS: Mapping[str, int] = {
    "AUD": 61227077,
    "CAD": 61227082,
    "CHF": 61227087,
    "CNH": 136000441,
    "GBP": 58666491,
    "HKD": 61227072,
    "INR": 136000444,
    "JPY": 61227069,
    "KRW": 136000424,
    "MXN": 136000449,
    "SEK": 136000429,
    "SGD": 426116555,
    "USD": 28812380,
}
