"""``ibkr-webapi`` commands against a served fake gateway: what a user sees, and the exit codes."""

from __future__ import annotations

from typing import Any

from ibkr_webapi.testing import FakeGateway

from .conftest import Run

AAPL = 265598


def placed_orders(gw: FakeGateway) -> list[Any]:
    return list(gw.state.orders.orders.values())


def test_status_shows_session_and_accounts(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("status", "--gateway", url)
    assert r.code == 0, r.err
    assert "authenticated" in r.out and "DU1234567" in r.out
    j = run("--json", "status", "--gateway", url).json()
    assert j["authenticated"] is True and j["selected_account"] == "DU1234567"


def test_search_lists_conid_and_derivatives(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("search", "AAPL", "--gateway", url)
    assert r.code == 0, r.err
    assert "265598" in r.out and "APPLE" in r.out and "OPT" in r.out


def test_quote_json_has_parsed_values_after_preflight(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("quote", "AAPL", "ES:FUT", "--fields", "last,bid,ask,volume", "--json", "--gateway", url)
    assert r.code == 0, r.err
    data = r.json()
    assert data["rounds"] >= 2  # the first request only subscribed
    by_name = {q["instrument"].split()[0]: q for q in data["quotes"]}
    aapl = by_name["AAPL"]
    assert aapl["conid"] == AAPL and aapl["missing"] == []
    assert isinstance(aapl["fields"]["last"], float)
    assert aapl["fields"]["bid"] <= aapl["fields"]["ask"]
    assert by_name["ES"]["fields"]["last"] > 1000


def test_quote_table_for_people(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("quote", str(AAPL), "--gateway", url)
    assert r.code == 0, r.err
    assert r.out.splitlines()[0].split() == ["instrument", "conid", "last", "bid", "ask"]
    assert "round" in r.err


def test_orders_and_positions(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("positions", "--gateway", url)
    assert r.code == 0, r.err
    assert "AAPL" in r.out and "SPY" in r.out
    j = run("positions", "--json", "--gateway", url).json()
    assert {p["symbol"] for p in j} >= {"AAPL", "SPY"}
    r = run("buy", "AAPL", "1", "--limit", "200", "--submit", "--confirm", "o163", "--gateway", url)
    assert r.code == 0, r.err
    r = run("orders", "--json", "--gateway", url)
    assert r.code == 0, r.err
    assert [o["side"] for o in r.json()] == ["BUY"]


def test_preview_and_unsubmitted_buy_place_nothing(gateway: tuple[FakeGateway, str], run: Run) -> None:
    gw, url = gateway
    r = run("preview", "buy", "AAPL", "10", "--limit", "200", "--gateway", url)
    assert r.code == 0, r.err
    assert "commission" in r.out and "initial margin" in r.out
    r = run("sell", "AAPL", "5", "--limit", "300", "--json", "--gateway", url)
    assert r.code == 0, r.err
    assert r.json()["submitted"] is False
    assert placed_orders(gw) == []
    assert gw.counters.snapshot()["requests"].get("place_orders", 0) == 0


def test_buy_submit_with_confirm_places_the_order(gateway: tuple[FakeGateway, str], run: Run) -> None:
    gw, url = gateway
    r = run("buy", "AAPL", "10", "--limit", "200", "--submit", "--confirm", "o163,o354", "--gateway", url)
    assert r.code == 0, r.err
    assert "IBKR asks [o163]" in r.err and "confirmed (--confirm)" in r.err
    [order] = placed_orders(gw)
    assert order.spec.side == "BUY" and float(order.spec.price) == 200.0


def test_unconfirmed_question_is_rejected_with_exit_5(gateway: tuple[FakeGateway, str], run: Run) -> None:
    """stdin is not a TTY under pytest: a question without --confirm is refused, never auto-confirmed."""
    gw, url = gateway
    r = run("buy", "AAPL", "10", "--limit", "200", "--submit", "--gateway", url)
    assert r.code == 5
    assert "re-run with --confirm o163" in r.err
    assert "Traceback" not in r.err
    assert placed_orders(gw) == []


def test_doctor_good_config(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("doctor", "--gateway", url)
    assert r.code == 0, r.out + r.err
    assert "all good" in r.out
    for name in ("settings", "reachable", "clock", "session"):
        assert name in r.out
    j = run("doctor", "--json", "--gateway", url).json()
    assert j["ok"] is True


def test_doctor_unreachable_gateway(run: Run) -> None:
    import socket

    with socket.socket() as s:  # a free port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = run("doctor", "--gateway", f"http://127.0.0.1:{port}")
    assert r.code == 4
    assert "FAIL  reachable" in r.out and "fix:" in r.out


def test_doctor_missing_oauth_settings(run: Run, monkeypatch: Any) -> None:
    monkeypatch.setenv("IBKR_MODE", "oauth1")
    r = run("doctor")
    assert r.code == 2
    assert "FAIL  settings" in r.out and "IBKR_CONSUMER_KEY" in r.out


def test_doctor_tls_without_ca_bundle_says_how_to_fix(run: Run) -> None:
    gw = FakeGateway(tls=True, enforce_pacing=False)
    with gw.serve() as srv:
        r = run("doctor", "--gateway", srv.base_url)
        assert r.code == 4
        assert "FAIL  certificate" in r.out and "IBKR_CA_BUNDLE" in r.out


def test_user_mistakes_never_print_a_traceback(
    gateway: tuple[FakeGateway, str], run: Run, monkeypatch: Any
) -> None:
    _, url = gateway
    cases = [
        (("quote", "AAPL", "--fields", "nonsense", "--gateway", url), 2, "unknown field"),
        (("quote", "NOSUCHSYMBOL", "--gateway", url), 4, "NOSUCHSYMBOL"),
        (("buy", "AAPL", "1", "--gateway", url), 2, "--limit"),
        (("buy", "AAPL", "-3", "--limit", "1", "--gateway", url), 2, "quantity"),
        (("frobnicate",), 2, "invalid choice"),
        (("quote",), 2, "required"),
    ]
    for argv, code, text in cases:
        r = run(*argv)
        assert (r.code, "Traceback" in r.err) == (code, False), (argv, r.err)
        assert text in r.err, (argv, r.err)
    monkeypatch.setenv("IBKR_MODE", "carrier-pigeon")
    r = run("status")
    assert r.code == 2 and "IBKR_MODE" in r.err and "Traceback" not in r.err


def test_stream_for_a_few_seconds(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("stream", "AAPL", "--seconds", "1.5", "--json", "--gateway", url)
    assert r.code == 0, r.err
    import json

    ticks = [json.loads(line) for line in r.out.splitlines()]
    assert ticks and all(t["conid"] == AAPL for t in ticks)
    assert any(t["fields"].get("last") for t in ticks)
