"""spec/spec_diff.py: the spec-level change summary behind ``nox -s api-diff``."""

from __future__ import annotations

import copy
import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("spec_diff", ROOT / "spec" / "spec_diff.py")
assert _spec is not None and _spec.loader is not None
spec_diff = importlib.util.module_from_spec(_spec)
sys.modules["spec_diff"] = spec_diff
_spec.loader.exec_module(spec_diff)

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/iserver/account/{accountId}/order/{orderId}": {
            "delete": {
                "operationId": "cancel_order",
                "parameters": [
                    {"name": "accountId", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "orderId", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "extOperator", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/x/Ack"}}}}},
            }
        },
        "/tickle": {"post": {"operationId": "tickle", "responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "Search": {
                "type": "object",
                "properties": {"symbol": {"type": "string"}, "description": {"type": "string"}},
            },
            "Old": {"type": "object"},
        }
    },
}


def _changes(new: dict[str, Any]) -> list[str]:
    return [str(c) for c in spec_diff.diff(BASE, new)]


def test_identical_specs_have_no_changes() -> None:
    assert spec_diff.diff(BASE, copy.deepcopy(BASE)) == []


def test_operations_added_and_removed() -> None:
    new = copy.deepcopy(BASE)
    del new["paths"]["/tickle"]
    new["paths"]["/logout"] = {"post": {"operationId": "logout", "responses": {}}}
    assert _changes(new) == [
        "operation logout: added: POST /logout",
        "BREAKING operation tickle: removed: POST /tickle",
    ]


def test_parameter_rules_and_requiredness_are_breaking() -> None:
    new = copy.deepcopy(BASE)
    params = new["paths"]["/iserver/account/{accountId}/order/{orderId}"]["delete"]["parameters"]
    params[1]["schema"] = {"type": "string", "pattern": "^[0-9]{1,18}$"}
    params[2]["required"] = True
    params.append({"name": "manualIndicator", "in": "query", "schema": {"type": "boolean"}})
    changes = spec_diff.diff(BASE, new)
    text = [str(c) for c in changes]
    assert "BREAKING operation cancel_order: changed: parameter query:extOperator now required" in text
    assert "operation cancel_order: changed: parameter query:manualIndicator added" in text
    assert any("BREAKING" in t and "path:orderId rule" in t and "^[0-9]{1,18}$" in t for t in text)


def test_schema_changes_and_prose_only_edits() -> None:
    new = copy.deepcopy(BASE)
    search = new["components"]["schemas"]["Search"]
    search["required"] = ["symbol"]
    search["description"] = "prose only"
    search["properties"]["symbol"]["description"] = "prose only"
    search["properties"]["secType"] = {"type": "string"}
    del new["components"]["schemas"]["Old"]
    new["components"]["schemas"]["Fresh"] = {"type": "object"}
    assert _changes(new) == [
        "schema Fresh: added",
        "BREAKING schema Old: removed",
        "schema Search: changed: property secType added",
        "BREAKING schema Search: changed: symbol now required",
    ]
    # a property literally named "description" is data, not prose
    newer = copy.deepcopy(BASE)
    del newer["components"]["schemas"]["Search"]["properties"]["description"]
    assert _changes(newer) == ["BREAKING schema Search: changed: property description removed"]


def test_success_answer_change_is_breaking() -> None:
    new = copy.deepcopy(BASE)
    op = new["paths"]["/iserver/account/{accountId}/order/{orderId}"]["delete"]
    op["responses"]["200"] = {"description": "empty"}
    (change,) = spec_diff.diff(BASE, new)
    assert change.breaking and "success answers" in change.detail


def test_report_counts_and_cli_exit_status(tmp_path: Path) -> None:
    new = copy.deepcopy(BASE)
    del new["paths"]["/tickle"]
    report = spec_diff.report(spec_diff.diff(BASE, new), "old", "new")
    assert report.splitlines()[:4] == [
        "spec changes old -> new:",
        "  operations: 0 added, 1 removed, 0 changed",
        "  schemas: 0 added, 0 removed, 0 changed",
        "  breaking: 1",
    ]
    old_file, new_file = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old_file.write_text(yaml.safe_dump(BASE))
    new_file.write_text(yaml.safe_dump(new))
    script = str(ROOT / "spec" / "spec_diff.py")
    plain = subprocess.run(
        [sys.executable, script, str(old_file), str(new_file)], capture_output=True, text=True
    )
    assert plain.returncode == 0 and "BREAKING operation tickle: removed" in plain.stdout
    strict = [sys.executable, script, str(old_file), str(new_file), "--fail-on-breaking"]
    assert subprocess.run(strict, capture_output=True, text=True).returncode == 1
    same = [sys.executable, script, str(old_file), str(old_file), "--fail-on-breaking"]
    assert subprocess.run(same, capture_output=True, text=True).returncode == 0


def test_against_a_git_ref_reads_the_committed_spec() -> None:
    head = spec_diff.load_at("HEAD")
    assert (
        head["info"]["title"]
        == yaml.safe_load((ROOT / "spec" / "ibkr-webapi.yaml").read_text())["info"]["title"]
    )
