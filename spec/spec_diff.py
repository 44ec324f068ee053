"""What changed between two versions of the spec: operations and schemas added, removed and changed.

    python spec/spec_diff.py OLD.yaml [NEW.yaml]        # NEW defaults to spec/ibkr-webapi.yaml
    python spec/spec_diff.py --against REF [NEW.yaml]   # OLD is spec/ibkr-webapi.yaml at git REF

Each change is one line; those a caller of the regenerated client can trip over are marked
``BREAKING`` (an operation or schema removed, a parameter removed or newly required, a parameter's
type or rule changed, a request property newly required, a documented success answer changed). The
generated Python API is compared separately with griffe (``nox -s api-diff``); this report says *why*
at the level of the API description. Exit status: 0, or 1 with ``--fail-on-breaking`` when a breaking
change is found.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "ibkr-webapi.yaml"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
RULE_KEYS = ("type", "format", "pattern", "minimum", "maximum", "minLength", "maxLength", "enum")


@dataclass(frozen=True, order=True)
class Change:
    """One difference; ``kind`` is ``added``, ``removed`` or ``changed``."""

    area: str  # "operation" or "schema"
    name: str
    kind: str
    detail: str
    breaking: bool

    def __str__(self) -> str:
        mark = "BREAKING " if self.breaking else ""
        return f"{mark}{self.area} {self.name}: {self.kind}{': ' + self.detail if self.detail else ''}"


def _operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]]:
    out = {}
    for path, item in (spec.get("paths") or {}).items():
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict) and op.get("operationId"):
                out[op["operationId"]] = (method.upper(), path, op, item)
    return out


def _resolve(spec: Mapping[str, Any], node: Any) -> Any:
    seen = 0
    while isinstance(node, dict) and "$ref" in node and seen < 20:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node, seen = target, seen + 1
    return node


def _parameters(spec: Mapping[str, Any], op: Mapping[str, Any], item: Mapping[str, Any]) -> dict[str, Any]:
    params = {}
    for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
        p = _resolve(spec, raw)
        schema = p.get("schema") or {}
        rule = {k: schema[k] for k in RULE_KEYS if k in schema}
        if "$ref" in schema:
            target = _resolve(spec, schema)
            rule.update({k: target[k] for k in RULE_KEYS if k in target})
        params[f"{p.get('in')}:{p.get('name')}"] = (bool(p.get("required")), rule)
    return params


def _body(op: Mapping[str, Any]) -> tuple[bool, dict[str, Any]]:
    body = op.get("requestBody") or {}
    content = {ct: media.get("schema") for ct, media in (body.get("content") or {}).items()}
    return bool(body.get("required")), content


def _success(op: Mapping[str, Any]) -> dict[str, Any]:
    out = {}
    for code, response in (op.get("responses") or {}).items():
        if str(code).startswith("2"):
            content = (response or {}).get("content") or {}
            out[str(code)] = {ct: media.get("schema") for ct, media in content.items()}
    return out


def _diff_operation(
    old: Mapping[str, Any], new: Mapping[str, Any], name: str, old_op: Any, new_op: Any
) -> Iterator[Change]:
    (om, opath, oop, oitem), (nm, npath, nop, nitem) = old_op, new_op
    if (om, opath) != (nm, npath):
        yield Change("operation", name, "changed", f"{om} {opath} -> {nm} {npath}", True)
    op_params, np_params = _parameters(old, oop, oitem), _parameters(new, nop, nitem)
    for key in sorted(op_params.keys() - np_params.keys()):
        yield Change("operation", name, "changed", f"parameter {key} removed", True)
    for key in sorted(np_params.keys() - op_params.keys()):
        required = np_params[key][0]
        yield Change(
            "operation",
            name,
            "changed",
            f"parameter {key} added{' (required)' if required else ''}",
            required,
        )
    for key in sorted(op_params.keys() & np_params.keys()):
        (oreq, orule), (nreq, nrule) = op_params[key], np_params[key]
        if oreq != nreq:
            yield Change(
                "operation",
                name,
                "changed",
                f"parameter {key} {'now required' if nreq else 'now optional'}",
                nreq,
            )
        if orule != nrule:
            yield Change("operation", name, "changed", f"parameter {key} rule {orule} -> {nrule}", True)
    (obreq, obody), (nbreq, nbody) = _body(oop), _body(nop)
    if obody != nbody:
        yield Change("operation", name, "changed", f"request body {obody} -> {nbody}", True)
    elif obreq != nbreq:
        yield Change(
            "operation", name, "changed", f"request body {'now required' if nbreq else 'now optional'}", nbreq
        )
    osucc, nsucc = _success(oop), _success(nop)
    if osucc != nsucc:
        yield Change("operation", name, "changed", f"success answers {osucc} -> {nsucc}", True)
    for ext in ("x-rate-limit", "x-idempotent", "security", "servers"):
        if oop.get(ext) != nop.get(ext):
            yield Change(
                "operation", name, "changed", f"{ext} {oop.get(ext)!r} -> {nop.get(ext)!r}", ext == "servers"
            )


def _strip(node: Any) -> Any:
    """``node`` without descriptions and examples anywhere: prose is not a change a caller trips over."""
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "properties" and isinstance(value, dict):  # names there are data, not prose
                out[key] = {name: _strip(prop) for name, prop in value.items()}
            elif key not in ("description", "example", "summary"):
                out[key] = _strip(value)
        return out
    if isinstance(node, list):
        return [_strip(v) for v in node]
    return node


def _diff_schema(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[Change]:
    oprops, nprops = old.get("properties") or {}, new.get("properties") or {}
    for prop in sorted(oprops.keys() - nprops.keys()):
        yield Change("schema", name, "changed", f"property {prop} removed", True)
    for prop in sorted(nprops.keys() - oprops.keys()):
        yield Change("schema", name, "changed", f"property {prop} added", False)
    for prop in sorted(oprops.keys() & nprops.keys()):
        if oprops[prop] != nprops[prop]:
            yield Change("schema", name, "changed", f"property {prop} {oprops[prop]} -> {nprops[prop]}", True)
    oreq, nreq = set(old.get("required") or []), set(new.get("required") or [])
    for prop in sorted(nreq - oreq):
        yield Change("schema", name, "changed", f"{prop} now required", True)
    for prop in sorted(oreq - nreq):
        yield Change("schema", name, "changed", f"{prop} now optional", False)
    rest = (
        {k: v for k, v in d.items() if k not in ("properties", "required", "description")} for d in (old, new)
    )
    before, after = rest
    if before != after:
        yield Change("schema", name, "changed", f"{before} -> {after}", True)


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every change from ``old`` to ``new`` (both parsed spec documents), sorted."""
    changes: list[Change] = []
    old, new = _strip(old), _strip(new)
    old_ops, new_ops = _operations(old), _operations(new)
    for name in old_ops.keys() - new_ops.keys():
        method, path, _, _ = old_ops[name]
        changes.append(Change("operation", name, "removed", f"{method} {path}", True))
    for name in new_ops.keys() - old_ops.keys():
        method, path, _, _ = new_ops[name]
        changes.append(Change("operation", name, "added", f"{method} {path}", False))
    for name in old_ops.keys() & new_ops.keys():
        changes.extend(_diff_operation(old, new, name, old_ops[name], new_ops[name]))
    old_schemas = (old.get("components") or {}).get("schemas") or {}
    new_schemas = (new.get("components") or {}).get("schemas") or {}
    for name in old_schemas.keys() - new_schemas.keys():
        changes.append(Change("schema", name, "removed", "", True))
    for name in new_schemas.keys() - old_schemas.keys():
        changes.append(Change("schema", name, "added", "", False))
    for name in old_schemas.keys() & new_schemas.keys():
        if old_schemas[name] != new_schemas[name]:
            changes.extend(_diff_schema(name, old_schemas[name], new_schemas[name]))
    return sorted(changes)


def report(changes: list[Change], old_label: str, new_label: str) -> str:
    """A plain-text summary: counts, then one line per change (breaking ones first)."""
    count = {(c.area, c.kind): 0 for c in changes}
    for c in changes:
        count[(c.area, c.kind)] += 1
    head = [f"spec changes {old_label} -> {new_label}:"]
    for area in ("operation", "schema"):
        parts = [f"{count.get((area, kind), 0)} {kind}" for kind in ("added", "removed", "changed")]
        names = {c.name for c in changes if c.area == area and c.kind == "changed"}
        head.append(f"  {area}s: {', '.join(parts[:2])}, {len(names)} changed")
    breaking = [c for c in changes if c.breaking]
    head.append(f"  breaking: {len(breaking)}")
    lines = [str(c) for c in breaking] + [str(c) for c in changes if not c.breaking]
    return "\n".join([*head, "", *lines] if lines else head)


def load_at(ref: str, path: Path = SPEC) -> dict[str, Any]:
    """The spec as it was at git ``ref``."""
    relative = path.resolve().relative_to(ROOT).as_posix()
    text = subprocess.run(
        ["git", "show", f"{ref}:{relative}"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    return yaml.safe_load(text) or {}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", nargs="?", type=Path, help="the older spec file")
    parser.add_argument("new", nargs="?", type=Path, default=SPEC, help="the newer spec file")
    parser.add_argument("--against", metavar="REF", help="compare with spec/ibkr-webapi.yaml at this git ref")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)
    if args.against:
        if args.old is not None:  # with --against the single positional is the newer file
            args.new = args.old
        old, old_label = load_at(args.against), args.against
    elif args.old is not None:
        old, old_label = yaml.safe_load(args.old.read_text(encoding="utf-8")) or {}, str(args.old)
    else:
        parser.error("give the older spec file or --against REF")
    new = yaml.safe_load(args.new.read_text(encoding="utf-8")) or {}
    changes = diff(old, new)
    new_label = (
        args.new.resolve().relative_to(ROOT).as_posix()
        if args.new.resolve().is_relative_to(ROOT)
        else str(args.new)
    )
    print(report(changes, old_label, new_label))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
