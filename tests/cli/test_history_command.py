"""``ibkr-webapi history``: CSV / JSON / Parquet output of a planned, stitched range."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ibkr_webapi.testing import FakeGateway

from .conftest import Run


def test_history_csv_rows_on_stdout_notes_on_stderr(run: Run, gateway: tuple[FakeGateway, str]) -> None:
    _, url = gateway
    r = run("history", "AAPL", "--bar", "1min", "--start", "2026-11-02", "--end", "2026-11-07", "--csv",
            "--gateway", url)  # fmt: skip
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    assert rows[0] == ["time", "open", "high", "low", "close", "volume"]
    assert len(rows) == 1 + 5 * 390
    assert rows[1][0] == "2026-11-02T13:30:00Z" and rows[-1][0] == "2026-11-06T19:59:00Z"
    assert all(float(row[3]) <= float(row[1]) <= float(row[2]) for row in rows[1:])
    assert "1950 bars, 2 request(s)" in r.err
    assert "[" not in r.err  # no progress bar when stderr is not a terminal


def test_history_json_and_gaps(run: Run, gateway: tuple[FakeGateway, str]) -> None:
    _, url = gateway
    r = run("history", "265598", "--bar", "1d", "--start", "2026-10-01", "--end", "2026-11-01", "--json",
            "--gateway", url)  # fmt: skip
    assert r.code == 0, r.err
    body = r.json()
    assert body["conid"] == 265598 and body["bar"] == "1d" and len(body["bars"]) == 22
    assert set(body["bars"][0]) == {"time", "open", "high", "low", "close", "volume"}
    assert {g["kind"] for g in body["gaps"]} == {"closed"}


def test_history_parquet(run: Run, gateway: tuple[FakeGateway, str], tmp_path: Path) -> None:
    pl = pytest.importorskip("polars")
    _, url = gateway
    out = tmp_path / "aapl.parquet"
    r = run("history", "AAPL", "--bar", "1h", "--start", "2026-11-02", "--end", "2026-11-03", "--parquet",
            str(out), "--gateway", url)  # fmt: skip
    assert r.code == 0, r.err
    frame = pl.read_parquet(out)
    assert frame.columns == ["time", "open", "high", "low", "close", "volume"] and frame.height == 7


@pytest.mark.parametrize(
    "argv",
    [
        ("--start", "2026-11-07", "--end", "2026-11-02"),
        ("--start", "yesterday", "--end", "2026-11-02"),
        ("--start", "2026-11-02", "--end", "2026-11-07", "--bar", "7min"),
    ],
)
def test_history_usage_errors(run: Run, gateway: tuple[FakeGateway, str], argv: tuple[str, ...]) -> None:
    _, url = gateway
    r = run("history", "AAPL", *argv, "--gateway", url)
    assert r.code == 2 and r.out == ""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.timeout(90)
def test_progress_bar_on_a_terminal_stderr_only(gateway: tuple[FakeGateway, str], tmp_path: Path) -> None:
    _, url = gateway
    master, slave = os.openpty()
    out = tmp_path / "bars.csv"
    with out.open("w") as stdout:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ibkr_webapi.cli", "history", "AAPL", "--start", "2026-11-02", "--end",
             "2026-11-07", "--gateway", url],
            stdout=stdout, stderr=slave, stdin=subprocess.DEVNULL, start_new_session=True,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )  # fmt: skip
        os.close(slave)
        transcript = b""
        try:
            while True:
                try:
                    chunk = os.read(master, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                transcript += chunk
            assert proc.wait(timeout=60) == 0, transcript.decode(errors="replace")
        finally:
            if proc.poll() is None:
                proc.kill()
            os.close(master)
    text = transcript.decode(errors="replace")
    assert "#" * 30 in text and "100%" in text and "2 requests" in text  # the bar, drawn to the end
    rows = out.read_text().splitlines()
    assert rows[0] == "time,open,high,low,close,volume" and len(rows) == 1 + 1950
    assert not any("%" in row or "#" in row for row in rows)  # nothing of it on stdout
