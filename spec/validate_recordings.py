"""Check recorded IBKR responses against the response schemas of spec/ibkr-webapi.yaml.

Usage: ``python spec/validate_recordings.py FOLDER [--spec PATH]`` (``nox -s recordings -- FOLDER``).

FOLDER holds ``INDEX.json`` (``{"files": [{"file", "kind", "method", "path_template", "http_status"}, ...]}``)
and one JSON body per file. Every REST row is validated against the schema the spec declares for that
operation and status, with OpenAPI 3.0 semantics (``nullable``, ``$ref`` into ``components``) through
openapi-schema-validator's ``OAS30Validator``. WebSocket rows are skipped: the spec has no frame schemas.

Why it exists: IBKR's own document rejects half of what its servers really send, so the spec is only
trustworthy if it keeps accepting real bodies. The exit status is 1 when any recording fails, so CI and
``nox -s recordings`` catch a schema tightened past what IBKR sends.

Matching rules: the path template is compared with ``{parameter}`` names ignored, so ``{accountid}`` and
``{accountId}`` are the same path. When the recorded method is not declared on a path that has exactly
one operation, that operation is used and a warning is printed (some public recordings mislabel the
method; ibind records POST /fa/model/list as GET, for example).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_schema_validator import OAS30Validator

DEFAULT_SPEC = Path(__file__).resolve().parent / "ibkr-webapi.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
MAX_ERRORS_PER_FILE = 5


@dataclass
class Outcome:
    """Result for one recording: failures make the run fail, warnings are only printed."""

    file: str
    operation: str = "?"
    status: int = 200
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _shape(path: str) -> str:
    """Path template with parameter names erased, for name-insensitive matching."""
    return re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


class SpecIndex:
    """Finds the response schema of an operation and validates bodies against it."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.by_shape: dict[str, dict[str, Any]] = {}
        for path, item in spec.get("paths", {}).items():
            self.by_shape.setdefault(_shape(path), {}).update(
                {m: op for m, op in item.items() if m in HTTP_METHODS}
            )

    def _deref(self, node: dict[str, Any]) -> dict[str, Any]:
        seen = 0
        while "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"external $ref not supported: {ref}")
            target: Any = self.spec
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
            if seen > 20:
                raise ValueError(f"$ref loop at {ref}")
        return node

    def find_operation(self, method: str, path: str, outcome: Outcome) -> dict[str, Any] | None:
        ops = self.by_shape.get(_shape(path))
        if not ops:
            outcome.errors.append(f"no path {path} in the spec")
            return None
        op = ops.get(method.lower())
        if op is None and len(ops) == 1:
            ((declared, op),) = ops.items()
            outcome.warnings.append(
                f"recorded as {method.upper()} but the spec declares only {declared.upper()} {path}; "
                f"validated against {op.get('operationId')}"
            )
        if op is None:
            outcome.errors.append(f"no {method.upper()} operation on {path}")
        return op

    def response_schema(self, op: dict[str, Any], status: int, outcome: Outcome) -> tuple[str, Any] | None:
        responses = op.get("responses", {})
        response = (
            responses.get(str(status)) or responses.get(f"{str(status)[0]}XX") or responses.get("default")
        )
        if response is None:
            outcome.errors.append(f"status {status} is not documented")
            return None
        content = self._deref(response).get("content") or {}
        for media in ("application/json", "text/plain"):
            if media in content:
                return media, content[media].get("schema", {})
        if not content:
            return "", None
        outcome.errors.append(f"status {status} has no JSON or text content ({', '.join(content)})")
        return None

    def validate(self, schema: Any, body: Any) -> list[str]:
        # The wrapper makes "#/components/..." references resolve against the spec document.
        root = {"components": self.spec.get("components", {}), "allOf": [schema]}
        validator = OAS30Validator(root)
        messages = []
        for error in sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            messages.append(f"{where}: {_describe(error)}")
        return messages


def _describe(error: Any) -> str:
    """Shortest useful message: for unions, report the branch errors instead of the whole body."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        leaves = sorted(error.context, key=lambda e: len(list(e.absolute_path)), reverse=True)[:3]
        inner = "; ".join(
            f"{'/'.join(str(p) for p in e.absolute_path) or '.'}: {e.message[:120]}" for e in leaves
        )
        return f"matches no {error.validator} branch ({inner})"
    return str(error.message)[:300]


def check_folder(folder: Path, spec_path: Path = DEFAULT_SPEC) -> tuple[list[Outcome], int]:
    """Validate every REST recording in ``folder``; returns the outcomes and the number skipped."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    index = SpecIndex(spec)
    rows = json.loads((folder / "INDEX.json").read_text(encoding="utf-8"))["files"]
    outcomes: list[Outcome] = []
    skipped = 0
    for row in rows:
        if row.get("kind", "rest") != "rest":
            skipped += 1
            continue
        status = int(row.get("http_status") or 200)
        outcome = Outcome(file=row["file"], status=status)
        outcomes.append(outcome)
        op = index.find_operation(row["method"], row["path_template"], outcome)
        if op is None:
            continue
        outcome.operation = op.get("operationId", "?")
        found = index.response_schema(op, status, outcome)
        if found is None:
            continue
        media, schema = found
        try:
            body = json.loads((folder / row["file"]).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            outcome.errors.append(f"cannot read body: {exc}")
            continue
        if media == "":
            if body not in ("", None):
                outcome.errors.append(f"status {status} declares no body but one was recorded")
            continue
        if media == "text/plain":
            if not isinstance(body, str):
                outcome.errors.append("text/plain response recorded as JSON")
            continue
        outcome.errors.extend(index.validate(schema, body))
    return outcomes, skipped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="folder with INDEX.json and the recorded bodies")
    parser.add_argument(
        "--spec", type=Path, default=DEFAULT_SPEC, help="OpenAPI document (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    if not (args.folder / "INDEX.json").is_file():
        print(f"error: {args.folder / 'INDEX.json'} not found", file=sys.stderr)
        return 2
    outcomes, skipped = check_folder(args.folder, args.spec)
    failed = [o for o in outcomes if o.errors]
    for o in outcomes:
        for warning in o.warnings:
            print(f"WARN {o.file} [{o.operation}]: {warning}")
    for o in failed:
        print(f"FAIL {o.file} [{o.operation} {o.status}]")
        for message in o.errors[:MAX_ERRORS_PER_FILE]:
            print(f"    {message}")
        if len(o.errors) > MAX_ERRORS_PER_FILE:
            print(f"    ... {len(o.errors) - MAX_ERRORS_PER_FILE} more")
    passed = len(outcomes) - len(failed)
    warned = sum(1 for o in outcomes if o.warnings)
    print(
        f"SUMMARY {passed}/{len(outcomes)} REST recordings valid, {len(failed)} failed, "
        f"{warned} with warnings, {skipped} non-REST skipped"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
