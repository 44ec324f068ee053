"""WebSocket topics of the fake gateway, through starlette's TestClient."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient
from starlette.websockets import WebSocketDisconnect

ACCT = "DU1234567"
AAPL = 265598


@pytest.fixture
def tc(make_gateway: Any, request: Any) -> Iterator[TestClient]:
    kwargs = {
        "enforce_pacing": False,
        "ws_heartbeat_interval_s": 0.2,
        "ws_market_data_interval_s": 0.02,
        **getattr(request, "param", {}),
    }
    gw = make_gateway(**kwargs)
    with TestClient(gw.app, base_url="http://testserver") as client:
        assert (
            client.post(
                "/v1/api/iserver/auth/ssodh/init", json={"publish": True, "compete": True}
            ).status_code
            == 200
        )
        assert client.get("/v1/api/iserver/accounts").status_code == 200
        client.cookies.set("api", gw.ctx.sessions.ws_session_value)
        client.gw = gw  # type: ignore[attr-defined]
        yield client


def recv(ws: Any, topic_prefix: str, limit: int = 200) -> dict[str, Any]:
    for _ in range(limit):
        msg = json.loads(ws.receive_text())
        if str(msg.get("topic", "")).startswith(topic_prefix):
            return msg  # type: ignore[no-any-return]
    raise AssertionError(f"no {topic_prefix} message")


def test_hello_heartbeat_and_tic(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        system = json.loads(ws.receive_text())
        assert system["topic"] == "system" and system["success"] == "fakeuser1"
        sts = json.loads(ws.receive_text())
        assert sts["topic"] == "sts" and sts["args"]["authenticated"] is True
        act = json.loads(ws.receive_text())
        assert act["topic"] == "act" and act["args"]["selectedAccount"] == ACCT
        hb = recv(ws, "system")
        assert isinstance(hb["hb"], int)
        ws.send_text("tic")
        tic = recv(ws, "tic")
        assert tic["alive"] is True and "lastAccessed" in tic


def test_unauthenticated_socket_is_closed(tc: TestClient) -> None:
    tc.cookies.set("api", "wrong")
    with tc.websocket_connect("/v1/api/ws") as ws:
        ws.send_text(json.dumps({"session": "still-wrong"}))
        assert "error" in json.loads(ws.receive_text())
        with pytest.raises(WebSocketDisconnect):
            ws.receive_text()


def test_smd_streams_then_stops_on_umd(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        recv(ws, "sts")  # IBKR drops topics sent before its sts frame
        ws.send_text(f'smd+{AAPL}+{{"fields":["31","84","86"]}}')
        first = recv(ws, f"smd+{AAPL}")
        assert first["conid"] == AAPL and {"31", "84", "86", "_updated", "server_id"} <= set(first)
        assert isinstance(first["31"], str)
        recv(ws, f"smd+{AAPL}")
        ws.send_text(f"umd+{AAPL}+{{}}")
        ws.send_text("tic")
        # after the tic answer no more smd frames arrive (heartbeats may)
        recv(ws, "tic")
        for _ in range(3):
            msg = recv(ws, "system")
            assert "hb" in msg


@pytest.mark.parametrize("tc", [{"smd_time_limit_s": 0.1}], indirect=True)
def test_smd_ends_after_time_limit(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        recv(ws, "sts")  # IBKR drops topics sent before its sts frame
        ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')
        recv(ws, f"smd+{AAPL}")
        seen_hb = 0
        smd_after_hb = 0
        for _ in range(60):
            msg = json.loads(ws.receive_text())
            if "hb" in msg:
                seen_hb += 1
                if seen_hb >= 3:
                    break
            elif msg.get("topic") == f"smd+{AAPL}" and seen_hb >= 1:
                smd_after_hb += 1
        assert seen_hb >= 3 and smd_after_hb == 0


def test_drop_after_n_messages(tc: TestClient) -> None:
    tc.gw.faults.ws_drop_after(4)  # type: ignore[attr-defined]
    with tc.websocket_connect("/v1/api/ws") as ws:
        got = 0
        with pytest.raises(WebSocketDisconnect):
            for _ in range(50):
                ws.receive_text()
                got += 1
        assert got == 4


def test_heartbeats_stop_on_fault(tc: TestClient) -> None:
    tc.gw.faults.ws_stop_heartbeats()  # type: ignore[attr-defined]
    with tc.websocket_connect("/v1/api/ws") as ws:
        for _ in range(3):
            ws.receive_text()
        ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')
        for _ in range(20):
            assert "hb" not in json.loads(ws.receive_text())


def test_session_expiry_closes_socket(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        for _ in range(3):
            ws.receive_text()
        tc.gw.faults.expire_session()  # type: ignore[attr-defined]
        with pytest.raises(WebSocketDisconnect):
            for _ in range(100):
                ws.receive_text()


def test_order_fill_pushes_sor_str_spl(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        recv(ws, "sts")  # IBKR drops topics sent before its sts frame
        ws.send_text("sor+{}")  # IBKR sends no snapshot of live orders on subscribe
        ws.send_text("str+{}")
        recv(ws, "str")
        ws.send_text("spl+{}")
        spl = recv(ws, "spl")
        assert f"{ACCT}.Core" in spl["args"]
        r = tc.post(
            f"/v1/api/iserver/account/{ACCT}/orders",
            json={
                "orders": [{"conid": AAPL, "orderType": "MKT", "side": "BUY", "quantity": 5, "tif": "DAY"}]
            },
        )
        order_id = int(r.json()[0]["order_id"])
        statuses = []
        trade = None
        for _ in range(40):
            msg = json.loads(ws.receive_text())
            if msg.get("topic") == "sor":
                statuses += [a.get("status") for a in msg["args"] if a["orderId"] == order_id]
            if msg.get("topic") == "str":
                trade = msg["args"][0]
            if "Filled" in statuses and trade is not None:
                break
        assert "Submitted" in statuses and statuses[-1] == "Filled"
        assert trade is not None and trade["conid"] == AAPL and trade["size"] == 5


def test_book_summary_ledger_history_topics(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        recv(ws, "sts")  # IBKR drops topics sent before its sts frame
        ws.send_text(f"sbd+{ACCT}+{AAPL}+SMART")
        book = recv(ws, f"sbd+{ACCT}+{AAPL}")
        assert any("bid" in r for r in book["data"]) and any("ask" in r for r in book["data"])
        ws.send_text(f"ubd+{ACCT}")
        ws.send_text(f"ssd+{ACCT}+{{}}")
        assert "netliquidation" in recv(ws, f"ssd+{ACCT}")["args"]
        ws.send_text(f"usd+{ACCT}+{{}}")
        ws.send_text(f"sld+{ACCT}+{{}}")
        assert recv(ws, f"sld+{ACCT}")["args"][0]["key"] == "LedgerList"
        ws.send_text(f'smh+{AAPL}+{{"period":"1d","bar":"1h"}}')
        assert len(recv(ws, f"smh+{AAPL}")["data"]) == 24
        ws.send_text("xyz+nonsense")
        ws.send_text("smd+notaconid+{}")
        assert recv(ws, "error")["error"].startswith("Invalid conid")


@pytest.mark.parametrize("tc", [{"firehose": True}], indirect=True)
def test_firehose_streams_varying_ibkr_shaped_frames(tc: TestClient) -> None:
    with tc.websocket_connect("/v1/api/ws") as ws:
        recv(ws, "sts")  # IBKR drops topics sent before its sts frame
        ws.send_text(f'smd+{AAPL}+{{"fields":["31","84","86"]}}')
        first = recv(ws, f"smd+{AAPL}")
        assert {"31", "84", "86", "conid", "_updated", "server_id"} <= set(first)  # a full first row
        frames = [recv(ws, f"smd+{AAPL}") for _ in range(300)]
        assert all(f["conid"] == AAPL and "_updated" in f for f in frames)
        prices = {f.get("31") for f in frames} | {f.get("84") for f in frames}
        assert len(prices - {None}) > 5  # prices move frame to frame
        # (interleaving with other topics is covered over a real socket, which pushes back, in
        # tests/streaming/test_fake_gateway.py; the TestClient queues without bound)


@pytest.mark.parametrize("tc", [{"firehose": True}], indirect=True)
def test_firehose_counts_every_frame_for_drop_after(tc: TestClient) -> None:
    tc.gw.faults.ws_drop_after(50)  # type: ignore[attr-defined]
    with tc.websocket_connect("/v1/api/ws") as ws:
        recv(ws, "sts")  # IBKR drops topics sent before its sts frame
        ws.send_text(f'smd+{AAPL}+{{"fields":["31"]}}')
        got = 2  # system and sts, read above
        with pytest.raises(WebSocketDisconnect):
            for _ in range(1000):
                ws.receive_text()
                got += 1
        assert got == 50
