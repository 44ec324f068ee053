"""Real IBKR bodies must validate against the spec (spec/validate_recordings.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ._support import recordings_dir, validator_module

RECORDINGS = recordings_dir()
needs_recordings = pytest.mark.skipif(
    not (RECORDINGS / "INDEX.json").is_file(),
    reason=f"recorded responses not found at {RECORDINGS} "
    "(set IBKR_RECORDINGS_DIR or place shared/ beside the clone)",
)


@needs_recordings
def test_every_recorded_rest_body_validates_against_its_operation() -> None:
    outcomes, _skipped = validator_module().check_folder(RECORDINGS)
    failures = {o.file: o.errors[:3] for o in outcomes if o.errors}
    assert outcomes, "INDEX.json lists no REST recordings"
    assert not failures, f"{len(failures)} recordings rejected by the spec: {json.dumps(failures, indent=1)}"


@needs_recordings
def test_cli_reports_summary_and_succeeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert validator_module().main([str(RECORDINGS)]) == 0
    out = capsys.readouterr().out
    assert "SUMMARY" in out and " 0 failed" in out


def _folder(tmp_path: Path, rows: list[dict[str, object]], bodies: dict[str, object]) -> Path:
    (tmp_path / "INDEX.json").write_text(json.dumps({"count": len(rows), "files": rows}), encoding="utf-8")
    for name, body in bodies.items():
        (tmp_path / name).write_text(json.dumps(body), encoding="utf-8")
    return tmp_path


def test_cli_fails_and_names_the_file_when_a_body_breaks_the_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        {
            "file": "ok.json",
            "kind": "rest",
            "method": "POST",
            "path_template": "/iserver/reply/{replyId}",
            "http_status": 200,
        },
        {
            "file": "bad.json",
            "kind": "rest",
            "method": "GET",
            "path_template": "/iserver/accounts",
            "http_status": 200,
        },
        {"file": "frame.json", "kind": "ws", "method": None, "path_template": "/ws", "http_status": 200},
    ]
    folder = _folder(
        tmp_path,
        rows,
        {
            "ok.json": [{"order_id": 1, "order_status": "Submitted"}],
            "bad.json": {"accounts": "U1"},
            "frame.json": {"topic": "system"},
        },
    )
    assert validator_module().main([str(folder)]) == 1
    out = capsys.readouterr().out
    assert "FAIL bad.json [get_accounts 200]" in out
    assert "ok.json" not in out.split("SUMMARY")[0]
    assert "1/2 REST recordings valid, 1 failed" in out and "1 non-REST skipped" in out


def test_unknown_operation_and_undocumented_status_are_failures(tmp_path: Path) -> None:
    rows = [
        {
            "file": "a.json",
            "kind": "rest",
            "method": "GET",
            "path_template": "/no/such/path",
            "http_status": 200,
        },
        {
            "file": "b.json",
            "kind": "rest",
            "method": "GET",
            "path_template": "/iserver/accounts",
            "http_status": 418,
        },
    ]
    outcomes, _ = validator_module().check_folder(_folder(tmp_path, rows, {"a.json": {}, "b.json": {}}))
    assert [bool(o.errors) for o in outcomes] == [True, True]


def test_error_status_validates_against_the_shared_error_schema(tmp_path: Path) -> None:
    rows = [
        {
            "file": "e400.json",
            "kind": "rest",
            "method": "GET",
            "path_template": "/iserver/marketdata/snapshot",
            "http_status": 400,
        },
        {
            "file": "e401.json",
            "kind": "rest",
            "method": "GET",
            "path_template": "/iserver/accounts",
            "http_status": 401,
        },
    ]
    bodies = {
        "e400.json": {"error": "Bad Request: Please query /accounts first", "statusCode": 400},
        "e401.json": "not authenticated",
    }
    outcomes, _ = validator_module().check_folder(_folder(tmp_path, rows, bodies))
    assert [o.errors for o in outcomes] == [[], []]
