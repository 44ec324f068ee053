"""Write ``operations.py`` (the operation metadata registry) and ``path_params.py`` into the package.

openapi-python-client 0.29 drops vendor extensions (``x-rate-limit``, ``x-idempotent``), operation
``servers`` and parameter constraints (``pattern``, ``minimum``, ``maxLength`` ...) before its templates
see them, so this post-generation step reads the spec itself. The overlay paces, signs and retries from
the registry; every generated endpoint builds its URL path segments with ``path_params.path_segment``,
which enforces the spec's path parameter rules. There is no second hand-kept table.

Usage: python write_operations.py SPEC.yaml PACKAGE_DIR
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client.strings import PythonIdentifier

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
FIELD_PREFIX = "field_"

HEADER = '''"""Operation metadata registry: method, path, base, tag, rate limit, security, idempotency.

GENERATED CODE: do not edit. Written by generator_templates/post_hooks/write_operations.py from
spec/ibkr-webapi.yaml (API document version {version}) during ``nox -s generate``.

``base`` is ``"api"`` for operations under ``.../v1/api`` and ``"root"`` for those on the host root
(OAuth 2.0 token, ``/gw/api/v1/...``). ``match()`` maps a request back to its operation; literal path
segments win over ``{{parameters}}``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class RateLimit:
    """A documented pacing limit: ``requests`` per ``per_seconds``, and/or ``max_concurrent`` in flight."""

    requests: int | None
    per_seconds: float | None
    max_concurrent: int | None


@dataclass(frozen=True, slots=True)
class Operation:
    """One API operation as the spec describes it."""

    operation_id: str
    method: str
    path: str
    base: str
    tag: str
    rate_limit: RateLimit | None
    security: tuple[str, ...]
    idempotent: bool
    module: str


SPEC_VERSION = {version!r}

'''

FOOTER = '''

def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\\{{[^}}]+\\}})", path)
    regex = "".join("[^/]+" if part.startswith("{{") else re.escape(part) for part in parts)
    return re.compile(regex + "/?")


@lru_cache(maxsize=1)
def _routes() -> tuple[tuple[str, str, int, re.Pattern[str], Operation], ...]:
    rows = [
        (op.method, op.base, op.path.count("{{"), _pattern(op.path), op)
        for op in OPERATIONS.values()
    ]
    # Fewer parameters first: a literal segment beats a {{parameter}} in the same position.
    rows.sort(key=lambda row: (row[2], -len(row[4].path)))
    return tuple(rows)


@lru_cache(maxsize=4096)
def match(method: str, path: str, base: str = "api") -> Operation | None:
    """Find the operation for ``method`` and ``path`` (the request path without its base prefix)."""
    method = method.upper()
    for op_method, op_base, _, pattern, operation in _routes():
        if op_method == method and op_base == base and pattern.fullmatch(path):
            return operation
    return None
'''


def _rate_limit(raw: dict[str, Any] | None) -> str:
    if not raw:
        return "None"
    requests = raw.get("requests")
    per_seconds = raw.get("per_seconds")
    max_concurrent = raw.get("max_concurrent")
    per = None if per_seconds is None else float(per_seconds)
    return f"RateLimit(requests={requests!r}, per_seconds={per!r}, max_concurrent={max_concurrent!r})"


def _base(operation: dict[str, Any], path_item: dict[str, Any]) -> str:
    servers = operation.get("servers") or path_item.get("servers")
    if not servers:
        return "api"
    url = str(servers[0]["url"]).rstrip("/")
    return "api" if url.endswith("/v1/api") else "root"


def build(spec: dict[str, Any], package_dir: Path) -> str:
    package = package_dir.name if package_dir.name != "." else "ibkr_webapi_client"
    version = str(spec.get("info", {}).get("version", "unknown"))
    global_security = spec.get("security") or []
    rows: list[str] = []
    seen: set[str] = set()
    for path, path_item in sorted(spec.get("paths", {}).items()):
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            op_id = operation.get("operationId")
            if not op_id:
                raise SystemExit(f"{method.upper()} {path}: missing operationId")
            if op_id in seen:
                raise SystemExit(f"duplicate operationId {op_id}")
            seen.add(op_id)
            tags = operation.get("tags") or ["default"]
            tag_module = PythonIdentifier(tags[0], FIELD_PREFIX)
            op_module = PythonIdentifier(op_id, FIELD_PREFIX)
            module_file = package_dir / "api" / tag_module / f"{op_module}.py"
            if not module_file.exists():
                raise SystemExit(f"{op_id}: expected generated module {module_file} does not exist")
            security = operation.get("security", global_security)
            schemes = tuple(sorted({name for requirement in security for name in requirement}))
            upper = method.upper()
            idempotent = upper in SAFE_METHODS or bool(operation.get("x-idempotent", False))
            rows.append(
                f"    {op_id!r}: Operation(\n"
                f"        operation_id={op_id!r},\n"
                f"        method={upper!r},\n"
                f"        path={path!r},\n"
                f"        base={_base(operation, path_item)!r},\n"
                f"        tag={tags[0]!r},\n"
                f"        rate_limit={_rate_limit(operation.get('x-rate-limit'))},\n"
                f"        security={schemes!r},\n"
                f"        idempotent={idempotent!r},\n"
                f"        module={f'{package}.api.{tag_module}.{op_module}'!r},\n"
                f"    ),"
            )
    global_limits = spec.get("x-global-rate-limits") or {}
    limit_rows = [f"    {name!r}: {_rate_limit(raw)}," for name, raw in sorted(global_limits.items())]
    body = HEADER.format(version=version)
    body += "GLOBAL_RATE_LIMITS: Mapping[str, RateLimit] = MappingProxyType({\n"
    body += "\n".join(limit_rows) + "\n})\n\n"
    body += "OPERATIONS: Mapping[str, Operation] = MappingProxyType({\n"
    body += "\n".join(sorted(rows)) + "\n})\n"
    body += FOOTER.format()
    return body


PATH_PARAMS_MODULE = '''"""Path parameter rules, and the one function every endpoint builds its URL path with.

GENERATED CODE: do not edit. Written by generator_templates/post_hooks/write_operations.py from the
path parameters of spec/ibkr-webapi.yaml during ``nox -s generate``.

``path_segment(operation_id, name, value)`` checks ``value`` against the spec's schema for that path
parameter and returns it percent-encoded (``quote(text, safe="")``) for the URL. It raises
``errors.InvalidParameter`` (a ``ValueError``) before any request exists when:

* an ``integer`` parameter is not an ``int``, is a ``bool``, or lies outside ``minimum``..``maximum``;
* a ``string`` parameter is not a ``str`` (an ``int``, never a ``bool``, is accepted and written in
  decimal), is empty, is longer than ``maxLength`` (``DEFAULT_MAX_LENGTH`` when the spec gives none),
  does not match ``pattern`` (as a whole: a trailing newline does not slip past ``$``), or is ``.`` /
  ``..`` or contains ``/`` or ``\\\\`` - nothing a caller passes can add, remove or climb a path segment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from urllib.parse import quote

from .errors import InvalidParameter

DEFAULT_MAX_LENGTH = 256


@dataclass(frozen=True, slots=True)
class PathParam:
    """The spec's rule for one path parameter (``type`` is ``"integer"`` or ``"string"``)."""

    name: str
    type: str
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None


PATH_PARAMS: Mapping[str, Mapping[str, PathParam]] = MappingProxyType({
{rows}
})


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _integer(operation_id: str, rule: PathParam, value: object) -> str:
    low = "-inf" if rule.minimum is None else str(rule.minimum)
    high = "inf" if rule.maximum is None else str(rule.maximum)
    what = f"an int (never a bool) in {low}..{high}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameter(operation_id, rule.name, what, value)
    too_low = rule.minimum is not None and value < rule.minimum
    if too_low or (rule.maximum is not None and value > rule.maximum):
        raise InvalidParameter(operation_id, rule.name, what, value)
    return str(value)


def _string(operation_id: str, rule: PathParam, value: object) -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str):
        raise InvalidParameter(operation_id, rule.name, "a str (or an int, never a bool)", value)
    longest = DEFAULT_MAX_LENGTH if rule.max_length is None else rule.max_length
    shortest = max(1, rule.min_length or 0)
    if not shortest <= len(text) <= longest:
        raise InvalidParameter(operation_id, rule.name, f"{shortest} to {longest} characters", value)
    if text in (".", "..") or "/" in text or "\\\\" in text:
        one = "one path segment (no '.', '..', '/' or '\\\\')"
        raise InvalidParameter(operation_id, rule.name, one, value)
    if rule.pattern is not None and _compiled(rule.pattern).fullmatch(text) is None:
        raise InvalidParameter(operation_id, rule.name, f"a match of {rule.pattern!r}", value)
    return text


_SEGMENTS: dict[tuple[str, str, object], str] = {}
"""Accepted ``str``/``int`` values and their segments (an account id or conid is used again and again)."""
_SEGMENTS_SIZE = 1024


def path_segment(operation_id: str, name: str, value: object) -> str:
    """``value`` checked against the spec rule of path parameter ``name`` of ``operation_id``, encoded."""
    kind = type(value)
    known = kind is str or kind is int  # exact types: a bool or a str subclass is checked every time
    if known:
        try:
            return _SEGMENTS[operation_id, name, value]
        except KeyError:
            pass
    rule = PATH_PARAMS[operation_id][name]
    check = _integer if rule.type == "integer" else _string
    segment = quote(check(operation_id, rule, value), safe="")
    if known:  # only values that passed the check are remembered; the rules never change
        if len(_SEGMENTS) >= _SEGMENTS_SIZE:
            _SEGMENTS.clear()
        _SEGMENTS[operation_id, name, value] = segment
    return segment
'''


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _path_param(spec: dict[str, Any], parameter: dict[str, Any]) -> str:
    schema = _resolve(spec, parameter.get("schema") or {})
    kind = schema.get("type", "string")
    if kind not in ("integer", "string"):
        raise SystemExit(f"path parameter {parameter['name']}: type {kind!r} (only integer or string)")
    fields = [f"name={parameter['name']!r}", f"type={kind!r}"]
    for key, attr in (
        ("pattern", "pattern"),
        ("minLength", "min_length"),
        ("maxLength", "max_length"),
        ("minimum", "minimum"),
        ("maximum", "maximum"),
    ):
        if key in schema:
            fields.append(f"{attr}={schema[key]!r}")
    return f"PathParam({', '.join(fields)})"


def build_path_params(spec: dict[str, Any]) -> str:
    rows: list[str] = []
    for _path, path_item in sorted(spec.get("paths", {}).items()):
        common = [_resolve(spec, p) for p in path_item.get("parameters", [])]
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if operation is None:
                continue
            own = [_resolve(spec, p) for p in operation.get("parameters", [])]
            by_name = {p["name"]: p for p in common + own if p.get("in") == "path"}
            if not by_name:
                continue
            entries = ", ".join(f"{name!r}: {_path_param(spec, p)}" for name, p in sorted(by_name.items()))
            rows.append(f"    {operation['operationId']!r}: MappingProxyType({{{entries}}}),")
    return PATH_PARAMS_MODULE.replace("{rows}", "\n".join(sorted(rows)))


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec = yaml.safe_load(Path(argv[1]).read_text(encoding="utf-8"))
    package_dir = Path(argv[2]).resolve()
    (package_dir / "operations.py").write_text(build(spec, package_dir), encoding="utf-8")
    (package_dir / "path_params.py").write_text(build_path_params(spec), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
