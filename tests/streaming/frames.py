"""Our own frames in the shapes IBKR sends (IBKR's keys; ids and values are ours).

The recorded ws__*.json frames are read where they live, by test_parse.py through tests/recordings.py.
"""

from __future__ import annotations

import json
from typing import Any


def dumps(obj: Any) -> str:
    return json.dumps(obj)


SYSTEM_HELLO = {"topic": "system", "success": "someuser", "isFT": False, "isPaper": True}
SYSTEM_HB = {"topic": "system", "hb": 1777552511501}
TIC_REPLY = {"topic": "tic", "alive": True, "id": "abc", "lastAccessed": 1777552533443}
STS = {
    "topic": "sts",
    "args": {
        "connected": True,
        "authenticated": True,
        "established": True,
        "competing": False,
        "message": "",
        "fail": "",
        "serverName": "X",
        "serverVersion": "Build 1",
        "username": "u",
    },
}
STS_LOST = {"topic": "sts", "args": {"connected": True, "authenticated": False, "competing": False}}
ACT = {
    "topic": "act",
    "args": {
        "accounts": ["DU1111111"],
        "selectedAccount": "DU1111111",
        "isPaper": True,
        "acctProps": {"DU1111111": {"supportsFractions": True}},
    },
}
# Market data for AAPL's public conid (test_protocol subscribes 265598); the values are ours.
SMD = {
    "topic": "smd+265598",
    "conid": 265598,
    "conidEx": "265598",
    "_updated": 1761300000500,
    "server_id": "q4",
    "6119": "q4",
    "6509": "RpB",
    "31": "198.42",
    "84": "198.40",
    "86": "198.45",
    "83": -0.37,  # a JSON number on the socket (a string in the REST snapshot)
}
# A last-price-only delta (our own values).
SMD_DELTA = {
    "topic": "smd+8314",
    "conid": 8314,
    "conidEx": "8314",
    "_updated": 1761300004250,
    "server_id": "q1",
    "6119": "q1",
    "31": "148.26",
}
# A full order row, then a status-only delta for it. test_protocol.py's gap-fill test pins the order
# id (730104455) and the state these two leave behind (Submitted, filled 0); the rest is ours.
SOR_FULL = {
    "topic": "sor",
    "args": [
        {
            "acct": "DU2468013",
            "account": "DU2468013",
            "conid": 8314,
            "conidex": "8314",
            "orderId": 730104455,
            "orderDesc": "Sell 3 IBM Limit 305.50, GTC",
            "ticker": "IBM",
            "secType": "STK",
            "totalSize": 3.0,
            "filledQuantity": 0.0,
            "remainingQuantity": 3.0,
            "status": "PreSubmitted",
            "orderType": "Limit",
            "price": "305.50",
            "side": "SELL",
        }
    ],
}
SOR_PARTIAL = {
    "topic": "sor",
    "args": [{"acct": "DU2468013", "orderId": 730104455, "status": "Submitted", "fgColor": "#FFFFFF"}],
}
SPL = {
    "topic": "spl",
    "args": {
        "DU2468013.Core": {
            "rowType": 1,
            "dpl": 12.5,
            "upl": -310.75,
            "nl": 250400.0,
            "el": 240100.0,
            "mv": 90150.0,
        }
    },
}
STR = {
    "topic": "str",
    "args": [
        {
            "execution_id": "0000ab12.3456.01.01",
            "conid": 756733,
            "symbol": "SPY",
            "side": "B",
            "size": "1",
            "price": "152.31",
            "account": "DU1111111",
            "trade_time_r": 1777552533000,
        }
    ],
}
SBD = {
    "topic": "sbd+DU1111111+265598",
    "data": [
        {"row": 0, "focus": 0, "price": "271.70", "ask": "300"},
        {"row": 1, "focus": 1, "price": "271.68", "bid": "200"},
    ],
}
SSD = {
    "topic": "ssd+DU1111111",
    "result": [
        {"key": "netliquidationvalue", "monetaryValue": 1020000.0, "currency": "USD"},
        {"key": "buyingpower", "monetaryValue": 4000000.0, "currency": "USD"},
    ],
}
SLD = {
    "topic": "sld+DU1111111",
    "result": [
        {"key": "LedgerListBASE", "currency": "BASE", "cashbalance": 980000.0},
        {"key": "LedgerListUSD", "currency": "USD", "cashbalance": 980000.0},
    ],
}
SMH = {
    "topic": "smh+265598",
    "serverId": "hist7",
    "symbol": "AAPL",
    "data": [
        {"o": 270.1, "c": 271.0, "h": 271.5, "l": 269.9, "v": 1200, "t": 1777552100000},
    ],
}
BLT = {"topic": "blt", "args": {"id": "1", "message": "Exchange halted"}}
NTF = {"topic": "ntf", "args": {"id": "n1", "text": "Order warning", "title": "Warning"}}
ERROR = {"topic": "error", "message": "something went wrong"}
ECHO = {"topic": "ech+hb", "hb": 1}
