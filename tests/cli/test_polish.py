"""What a demanding terminal user checks first: --version, --help everywhere, helpful typos, empty
tables, the account that is used, and a quiet exit when the reader of a pipe goes away."""

from __future__ import annotations

import io
from typing import Any

import pytest

import ibkr_webapi
from ibkr_webapi import cli
from ibkr_webapi.testing import FakeGateway

from .conftest import Run


def test_version(run: Run) -> None:
    r = run("--version")
    assert r.code == 0
    assert r.out.startswith(f"ibkr-webapi {ibkr_webapi.__version__} (API spec ")
    assert "Python 3." in r.out


def subcommands() -> list[str]:
    parser = cli.build_parser()
    [sub] = [a for a in parser._actions if a.choices and isinstance(a.choices, dict)]
    return sorted(sub.choices)


def test_every_subcommand_has_help_with_an_example(run: Run) -> None:
    names = subcommands()
    assert {"status", "quote", "orders", "positions", "buy", "sell", "preview", "doctor", "demo"} <= set(
        names
    )
    for name in [*names, None]:
        r = run(name, "--help") if name else run("--help")
        assert r.code == 0, (name, r.err)
        assert "examples:" in r.out, name
        example = r.out.split("examples:", 1)[1]
        assert f"ibkr-webapi {name or ''}".strip() in example, (name, example)


def test_orders_table_when_nothing_is_live(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("orders", "--gateway", url)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[0].split()[:3] == ["order", "status", "instrument"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert "no live orders" in r.out
    assert run("orders", "--json", "--gateway", url).json() == []


def test_orders_table_shows_quantities_as_traders_write_them(
    gateway: tuple[FakeGateway, str], run: Run
) -> None:
    _, url = gateway
    assert (
        run("buy", "AAPL", "10", "--limit", "200", "--submit", "--confirm", "o163", "--gateway", url).code
        == 0
    )
    r = run("orders", "--gateway", url)
    [row] = [line for line in r.out.splitlines() if "AAPL" in line]
    assert row.split()[4:7] == ["Limit", "10", "0"], row
    assert "no live orders" not in r.out


def test_positions_account_selection(
    gateway: tuple[FakeGateway, str], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--account, else IBKR_ACCOUNT_ID, else the account IBKR selected for the session."""
    _, url = gateway
    r = run("positions", "--gateway", url)
    assert r.code == 0, r.err
    assert r.out.splitlines()[0] == "account DU1234567 (IBKR's selected account)"
    assert "AAPL" in r.out
    monkeypatch.setenv("IBKR_ACCOUNT_ID", "DU7654321")
    r = run("positions", "--gateway", url)
    assert r.out.splitlines()[0] == "account DU7654321 (IBKR_ACCOUNT_ID)"
    assert "AAPL" not in r.out  # the other account holds nothing
    r = run("positions", "--account", "DU1234567", "--gateway", url)
    assert r.out.splitlines()[0] == "account DU1234567 (--account)"


def test_quote_field_names_in_any_case(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("quote", "AAPL", "--fields", "LAST,Bid,aSk,Volume", "--json", "--gateway", url)
    assert r.code == 0, r.err
    [quote] = r.json()["quotes"]
    assert list(quote["fields"]) == ["last", "bid", "ask", "volume"]
    assert all(v is not None for v in quote["fields"].values())


def test_quote_field_typo_names_the_valid_ones(gateway: tuple[FakeGateway, str], run: Run) -> None:
    gw, url = gateway
    r = run("quote", "AAPL", "--fields", "last,volumn", "--gateway", url)
    assert r.code == 2
    assert "Traceback" not in r.err and len(r.err.strip().splitlines()) == 1
    assert "unknown field 'volumn'" in r.err
    assert "did you mean volume" in r.err
    for valid in ("last", "bid", "ask", "volume", "change_pct", "company_name"):
        assert valid in r.err
    assert gw.counters.snapshot()["requests"].get("get_marketdata_snapshot", 0) == 0  # checked first


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> Any:
        raise BrokenPipeError(32, "Broken pipe")


def test_closed_output_pipe_exits_quietly(
    gateway: tuple[FakeGateway, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ibkr-webapi positions | head -1``: no error line, exit 141 like other Unix tools."""
    _, url = gateway
    monkeypatch.setattr("sys.stdout", _ClosedPipe())
    assert cli.main(["positions", "--gateway", url]) == 141
    assert capsys.readouterr().err == ""
