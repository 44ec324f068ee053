"""The command line as a new user meets it: dead or untrusted gateways are reported at once with the
right advice, arguments are checked before connecting, exit codes say what happened, JSON numbers are
numbers, and IBKR's penalty box is named as such."""

from __future__ import annotations

import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import threading
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from helpers import stop_pacing_clock

from ibkr_webapi import cli
from ibkr_webapi.testing import FakeGateway

from .conftest import Run


def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens (the port was free a moment ago)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def test_connection_refused_is_reported_without_retrying(run: Run) -> None:
    r = run("status", "--gateway", closed_port_url(), "--timeout", "2")
    assert r.code == cli.EXIT_API
    assert "connection refused" in r.err and "gateway running" in r.err
    assert "Traceback" not in r.err


def test_certificate_error_advises_ibkr_ca_bundle(run: Run) -> None:
    gw = FakeGateway(tls=True, enforce_pacing=False)
    with gw.serve() as srv:
        r = run("status", "--gateway", srv.base_url)
        assert r.code == cli.EXIT_API
        assert "IBKR_CA_BUNDLE" in r.err and "not trusted" in r.err
        assert "IBKR_BASE_URL / --gateway right" not in r.err  # not the advice for a wrong URL
        assert gw.counters.snapshot()["total_requests"] == 0  # no HTTP request got through


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["buy", "AAPL", "10"], "--limit"),
        (["sell", "AAPL", "1e308", "--limit", "100"], "largest"),
        (["buy", "AAPL", "1e-12", "--limit", "100"], "smallest"),
        (["buy", "AAPL", "10", "--limit", "1e-300"], "minimum price increment"),
        (["buy", "99999999999999999999999", "10", "--limit", "100"], "32-bit"),
        (["quote", "99999999999999999999999"], "32-bit"),
        (["stream", str(2**70), "--seconds", "1"], "32-bit"),
        (["search", "A" * 100000], "at most"),
        (["quote", "A" * 100000], "at most"),
        (["quote", "AAPL:XYZ"], "unknown instrument kind"),
    ],
)
def test_arguments_are_checked_before_connecting(run: Run, argv: list[str], says: str) -> None:
    """On a dead gateway, a wrong argument is reported as a usage error (exit 2), not a network one."""
    r = run(*argv, "--gateway", closed_port_url())
    assert r.code == cli.EXIT_USAGE, r.err
    assert says in r.err and "connection refused" not in r.err


def test_malformed_gateway_url_is_a_configuration_error(run: Run) -> None:
    r = run("--gateway", "http://[::1", "status")
    assert r.code == cli.EXIT_USAGE
    assert "--gateway" in r.err and "Traceback" not in r.err


def test_search_with_no_match_says_so_and_exits_4(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    r = run("search", "NOSUCHSYMBOL", "--gateway", url)
    assert r.code == cli.EXIT_API
    assert "nothing found for 'NOSUCHSYMBOL'" in r.err
    assert r.out == ""
    j = run("search", "NOSUCHSYMBOL", "--json", "--gateway", url)
    assert j.code == cli.EXIT_API and j.json() == []


def test_json_positions_prints_numbers_as_numbers(gateway: tuple[FakeGateway, str], run: Run) -> None:
    _, url = gateway
    before = json.loads(run("positions", "--json", "--gateway", url).out, parse_float=Decimal)
    held = {p["conid"]: p["quantity"] for p in before}
    assert run("buy", "AAPL", "7", "--market", "--submit", "--gateway", url).code == 0
    r = run("positions", "--json", "--gateway", url)
    assert r.code == 0, r.err
    rows = json.loads(r.out, parse_float=Decimal)
    [aapl] = [p for p in rows if p["conid"] == 265598]
    assert isinstance(aapl["quantity"], int) and aapl["quantity"] == held.get(265598, 0) + 7
    assert isinstance(aapl["market_price"], Decimal) and isinstance(aapl["avg_cost"], Decimal)


def test_json_decimals_keep_every_digit() -> None:
    text = cli._json_text(
        {"a": Decimal("0.1"), "b": Decimal("12345678901234567890.123456789"), "c": [Decimal(-3)]}
    )
    assert json.loads(text, parse_float=Decimal) == {
        "a": Decimal("0.1"),
        "b": Decimal("12345678901234567890.123456789"),
        "c": [-3],
    }
    assert json.loads(cli._json_text({"x": Decimal("NaN")})) == {"x": "NaN"}


def test_help_lists_every_exit_code(run: Run) -> None:
    r = run("--help")
    codes = r.out.split("exit codes:", 1)[1]
    for code in (0, 1, 2, 3, 4, 5, 130, 141):
        assert f"{code} " in codes, code
    assert set(cli.EXIT_CODES) == {0, 1, 2, 3, 4, 5, 130, 141}


def test_readme_exit_codes_match_the_cli() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text()
    section = readme.split("Exit codes:", 1)[1][:600]
    for code in cli.EXIT_CODES:
        assert f"{code} " in section, code


def test_penalty_box_is_named_with_its_duration_and_remedy(run: Run) -> None:
    gw = FakeGateway(penalty_violations=1)
    stop_pacing_clock(gw)  # the two requests are a burst however slowly the host runs them
    with gw.serve() as srv:
        gw.login()
        with httpx.Client(base_url=srv.base_url) as raw:  # a careless script breaks the 1-per-5-s limit
            statuses = [raw.get("/portfolio/accounts").status_code for _ in range(2)]
        assert statuses == [200, 429]
        r = run("status", "--gateway", srv.base_url)
    assert r.code == cli.EXIT_API
    assert "penalty box" in r.err
    assert "10 min" in r.err and "Send nothing" in r.err


def _cli(*argv: str) -> list[str]:
    return [sys.executable, "-m", "ibkr_webapi.cli", *argv]


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith("IBKR_")}


@pytest.mark.timeout(120)
def test_fake_gateway_prints_a_line_that_loads_its_settings() -> None:
    proc = subprocess.Popen(
        _cli("fake-gateway", "--port", "0", "--no-pacing"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_clean_env(),
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(5)]
        [use] = [line for line in lines if "use it:" in line]
        command = use.split("use it:", 1)[1].strip()
        shell = f"{command}; {shlex.join(_cli('status', '--json'))}"
        done = subprocess.run(
            ["sh", "-c", shell], capture_output=True, text=True, env=_clean_env(), timeout=60
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["authenticated"] is True
    finally:
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=30)
    help_text = subprocess.run(
        _cli("fake-gateway", "--help"), capture_output=True, text=True, timeout=60
    ).stdout
    assert "use it: set -a; ." in help_text and ". ./ibkr.env" not in help_text


@pytest.mark.timeout(120)
def test_ctrl_c_on_stream_exits_130() -> None:
    gw = FakeGateway(enforce_pacing=False)
    with gw.serve() as srv:
        proc = subprocess.Popen(
            _cli("stream", "265598", "--json", "--gateway", srv.base_url),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=_clean_env(),
        )
        try:
            assert proc.stdout is not None
            first = proc.stdout.readline()  # the first tick: streaming is under way
            assert json.loads(first)["conid"] == 265598
        finally:
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
    assert proc.returncode == cli.EXIT_INTERRUPTED, err
    assert "Traceback" not in err


def test_timeout_bounds_a_gateway_that_accepts_but_never_answers(run: Run) -> None:
    """--timeout is the budget of one request, connecting and retries included."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    accepted: list[socket.socket] = []

    def accept() -> None:
        while True:
            try:
                accepted.append(server.accept()[0])
            except OSError:
                return

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        r = run("--timeout", "1.5", "--gateway", f"http://127.0.0.1:{server.getsockname()[1]}", "status")
    finally:
        server.close()
        for conn in accepted:
            conn.close()
    assert r.code == cli.EXIT_API
    assert "deadline of 1.5 s" in r.err


@pytest.mark.parametrize("value", ["0", "-1", "nan", "inf", "soon"])
def test_timeout_must_be_positive_seconds(run: Run, value: str) -> None:
    r = run("--timeout", value, "status")
    assert r.code == cli.EXIT_USAGE and "--timeout" in r.err
