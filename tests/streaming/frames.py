"""Frames shaped like the ones IBKR sends (see the recorded ws__*.json; ids and values are ours)."""

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
SMD = {
    "6509": "DPB",
    "conidEx": "265598",
    "topic": "smd+265598",
    "conid": 265598,
    "_updated": 1777552110061,
    "6119": "q1",
    "83": 0.56,
    "server_id": "q1",
    "84": "271.55",
    "31": "271.67",
    "86": "271.66",
}
SMD_DELTA = {
    "server_id": "q1",
    "conidEx": "265598",
    "conid": 265598,
    "_updated": 1777552154191,
    "6119": "q1",
    "31": "271.73",
    "topic": "smd+265598",
}
SOR_FULL = {
    "topic": "sor",
    "args": [
        {
            "acct": "DU1111111",
            "conidex": "265598",
            "conid": 265598,
            "account": "DU1111111",
            "orderId": 912091175,
            "orderDesc": "Buy 1 AAPL Limit 1.00, Day",
            "ticker": "AAPL",
            "secType": "STK",
            "remainingQuantity": 1.0,
            "filledQuantity": 0.0,
            "totalSize": 1.0,
            "status": "Inactive",
            "orderType": "Limit",
            "price": "1.00",
            "side": "BUY",
        }
    ],
}
SOR_PARTIAL = {
    "topic": "sor",
    "args": [{"acct": "DU1111111", "orderId": 912091175, "status": "Submitted", "bgColor": "#000000"}],
}
SPL = {
    "topic": "spl",
    "args": {
        "DU1111111.Core": {
            "rowType": 1,
            "dpl": -58.28,
            "nl": 1020000.0,
            "upl": 4600.0,
            "el": 1010000.0,
            "mv": 37910.0,
        }
    },
}
STR = {
    "topic": "str",
    "args": [
        {
            "execution_id": "0001f4e8.6543.01.01",
            "conid": 756733,
            "symbol": "SPY",
            "side": "B",
            "size": "1",
            "price": "647.09",
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
