"""Spec-driven behaviour for operations no domain route implements, and request validation for all.

The spec (``spec/ibkr-webapi.yaml``, read once per process with PyYAML) drives two things:

* :meth:`CannedAnswers.respond`: a schema-valid answer for a spec operation that has no domain
  route (Account Management ``/gw/api/v1/*``, Portfolio Analyst, FA, …): the documented example when
  there is one, otherwise an instance built from the success response schema (every property
  filled, enums take their first value, ``minItems`` respected).
* :meth:`CannedAnswers.validate_request`: path, query and JSON-body parameters checked against the
  operation (types, enums, required, body schema) so bad input gets IBKR's 400
  ``{"error": ...}`` before any handler runs, domain or canned, and never a 500.

The spec file is found through ``IBKR_WEBAPI_SPEC``, next to the ``ibkr_webapi_client`` package
(``spec.yaml``), or in the source tree (``spec/ibkr-webapi.yaml``).
"""

from __future__ import annotations

import copy
import functools
import importlib.util
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .._redact import get_logger
from ._registry import OperationLike, split_base

log = get_logger("ibkr_webapi.testing")

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_MAX_DEPTH = 6


def find_spec() -> Path | None:
    candidates = []
    if os.environ.get("IBKR_WEBAPI_SPEC"):
        candidates.append(Path(os.environ["IBKR_WEBAPI_SPEC"]))
    generated = importlib.util.find_spec("ibkr_webapi_client")
    if generated is not None and generated.origin:
        candidates.append(Path(generated.origin).parent / "spec.yaml")
    candidates.append(Path(__file__).resolve().parents[3] / "spec" / "ibkr-webapi.yaml")
    return next((path for path in candidates if path.is_file()), None)


@functools.cache
def _load_spec(path: str) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader is 10x faster
    with open(path, encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 (a safe loader)
    return spec


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema (``nullable`` becomes a ``null`` type/alternative)."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {
        k: _to_json_schema(v) for k, v in node.items() if k not in ("nullable", "example", "discriminator")
    }
    bits = {"int32": 31, "int64": 63}.get(str(node.get("format")))
    if node.get("type") == "integer" and bits is not None:  # the format's range is part of the contract
        out.setdefault("minimum", -(2**bits))
        out.setdefault("maximum", 2**bits - 1)
    if node.get("nullable"):
        if "type" in out:
            out["type"] = [out["type"], "null"] if isinstance(out["type"], str) else [*out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


class _BadRequest(Exception):
    pass


class CannedAnswers:
    """Canned answers and request validation from one spec document."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.components = spec.get("components", {})
        self._json_components = _to_json_schema(self.components)
        self.operations: dict[str, tuple[str, str, dict[str, Any], list[dict[str, Any]]]] = {}
        for path, item in spec.get("paths", {}).items():
            shared = item.get("parameters", [])
            for method in _METHODS:
                op = item.get(method)
                if op and op.get("operationId"):
                    params = [self._deref(p) for p in [*shared, *op.get("parameters", [])]]
                    self.operations[op["operationId"]] = (method.upper(), path, op, params)
        self._answers: dict[str, tuple[int, Any] | None] = {}

    @classmethod
    def load(cls) -> CannedAnswers | None:
        path = find_spec()
        if path is None:
            log.warning("spec/ibkr-webapi.yaml not found: no canned answers or request validation")
            return None
        try:
            import jsonschema  # type: ignore[import-untyped]  # noqa: F401
            import yaml  # noqa: F401
        except ImportError:
            log.warning("PyYAML / jsonschema missing: no canned answers or request validation")
            return None
        return cls(_load_spec(str(path)))

    def _deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            parts = node["$ref"].removeprefix("#/").split("/")
            target: Any = self.spec
            for part in parts:
                target = target[part]
            node = target
            seen += 1
        return node

    # -- request validation ------------------------------------------------------------------------
    def validate_request(self, scope: Mapping[str, Any], body: bytes, operation: OperationLike) -> str | None:
        """None when the request fits the spec, else the error message for a 400."""
        entry = self.operations.get(operation.operation_id)
        if entry is None:
            return None
        _, template, op, params = entry
        try:
            path_values = _path_values(template, split_base(scope["path"])[1])
            query = _query_multi(scope.get("query_string", b"").decode("latin-1"))
            for param in params:
                self._check_param(param, path_values, query)
            self._check_body(op, scope, body)
        except _BadRequest as exc:
            return str(exc)
        return None

    def _check_param(
        self, param: dict[str, Any], path_values: dict[str, str], query: dict[str, list[str]]
    ) -> None:
        name, where = param.get("name", ""), param.get("in")
        if where == "path":
            raw: list[str] | None = [path_values[name]] if name in path_values else None
        elif where == "query":
            raw = query.get(name)
        else:
            return  # headers and cookies are the transport's business
        if raw is None:
            if param.get("required"):
                raise _BadRequest(f"missing required {where} parameter {name!r}")
            return
        schema = self._deref(param.get("schema", {}))
        value = _coerce(raw, schema, name)
        self._validate(value, schema, f"{where} parameter {name!r}")

    def _check_body(self, op: dict[str, Any], scope: Mapping[str, Any], body: bytes) -> None:
        request_body = self._deref(op.get("requestBody")) if op.get("requestBody") else None
        if request_body is None:
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        content = request_body.get("content", {})
        if not body.strip():
            if request_body.get("required"):
                raise _BadRequest("a request body is required")
            return
        if content_type == "application/json" or (not content_type and "application/json" in content):
            media = content.get("application/json")
            if media is None:
                return
            try:
                value = json.loads(body)
            except ValueError:
                raise _BadRequest("the request body is not valid JSON") from None
            schema = media.get("schema")
            if schema is not None:
                self._validate(value, schema, "request body")
        elif content_type == "application/x-www-form-urlencoded":
            media = content.get(content_type)
            if media is not None and media.get("schema") is not None:
                form = dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
                self._validate(form, media["schema"], "form body")

    def _validate(self, value: Any, schema: dict[str, Any], what: str) -> None:
        import jsonschema

        wrapper = dict(_to_json_schema(schema))
        wrapper["components"] = self._json_components
        try:
            jsonschema.Draft4Validator(wrapper).validate(value)
        except jsonschema.ValidationError as exc:
            where = "/".join(str(p) for p in exc.absolute_path)
            raise _BadRequest(
                f"invalid {what}{' at ' + where if where else ''}: {exc.message[:200]}"
            ) from None
        except jsonschema.SchemaError:
            log.exception("spec schema for %s is not valid JSON Schema", what)

    # -- canned answers ----------------------------------------------------------------------------
    async def respond(self, request: Request, operation: OperationLike) -> Response | None:
        answer = self.answer_for(operation.operation_id)
        if answer is None:
            return None
        status, body = answer
        if body is _NO_CONTENT:
            return Response(status_code=status)
        return JSONResponse(copy.deepcopy(body), status_code=status)

    def answer_for(self, operation_id: str) -> tuple[int, Any] | None:
        if operation_id not in self._answers:
            self._answers[operation_id] = self._build_answer(operation_id)
        return self._answers[operation_id]

    def _build_answer(self, operation_id: str) -> tuple[int, Any] | None:
        entry = self.operations.get(operation_id)
        if entry is None:
            return None
        _, _, op, _ = entry
        responses = op.get("responses", {})
        for code in sorted(str(c) for c in responses):
            if not code.startswith("2"):
                continue
            response = self._deref(responses[code if code in responses else int(code)])
            media = (response.get("content") or {}).get("application/json")
            if media is None:
                return int(code), _NO_CONTENT
            if "example" in media:
                return int(code), media["example"]
            examples = media.get("examples")
            if isinstance(examples, dict) and examples:
                first = self._deref(next(iter(examples.values())))
                if isinstance(first, dict) and "value" in first:
                    return int(code), first["value"]
            return int(code), self.instance(media.get("schema", {}))
        return None

    def instance(self, schema: Any, depth: int = 0, refs: tuple[str, ...] = ()) -> Any:
        """A value valid against ``schema`` (best effort: every property filled, cycles cut)."""
        if isinstance(schema, dict) and "$ref" in schema:
            ref = schema["$ref"]
            if ref in refs or depth > _MAX_DEPTH:
                return None
            return self.instance(self._deref(schema), depth + 1, (*refs, ref))
        if not isinstance(schema, dict):
            return None
        if "example" in schema:
            return copy.deepcopy(schema["example"])
        if "default" in schema:
            return copy.deepcopy(schema["default"])
        if schema.get("enum"):
            return schema["enum"][0]
        for key in ("oneOf", "anyOf"):
            if schema.get(key):
                return self.instance(schema[key][0], depth + 1, refs)
        if schema.get("allOf"):
            merged: dict[str, Any] = {}
            for part in schema["allOf"]:
                value = self.instance(part, depth + 1, refs)
                if isinstance(value, dict):
                    merged.update(value)
            return merged
        kind = schema.get("type")
        if kind == "object" or "properties" in schema:
            if depth > _MAX_DEPTH:
                return {}
            return {
                name: self.instance(sub, depth + 1, refs)
                for name, sub in schema.get("properties", {}).items()
                if not (sub.get("readOnly") is False and sub.get("writeOnly"))
            }
        if kind == "array":
            count = max(1, schema.get("minItems", 0)) if depth <= _MAX_DEPTH else schema.get("minItems", 0)
            return [self.instance(schema.get("items", {}), depth + 1, refs) for _ in range(count)]
        if kind == "string":
            return _string_for(schema)
        if kind == "integer":
            return int(schema.get("minimum", 0))
        if kind == "number":
            return float(schema.get("minimum", 0))
        if kind == "boolean":
            return False
        return None


_NO_CONTENT = object()


def _string_for(schema: dict[str, Any]) -> str:
    fmt = schema.get("format")
    samples = {
        "date-time": "2024-01-02T15:04:05Z",
        "date": "2024-01-02",
        "uuid": "00000000-0000-4000-8000-000000000000",
        "email": "user@example.com",
        "uri": "https://example.com/",
    }
    value = samples.get(fmt or "", "")
    min_length = schema.get("minLength", 0)
    if len(value) < min_length:
        value = value + "x" * (min_length - len(value))
    return value


def _path_values(template: str, path: str) -> dict[str, str]:
    names = re.findall(r"{([^}/]+)}", template)
    pattern = "^" + re.sub(r"\\{[^}/]+\\}", "([^/]+)", re.escape(template)) + "/?$"
    match = re.match(pattern, path)
    return dict(zip(names, match.groups(), strict=False)) if match else {}


def _query_multi(query: str) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        values.setdefault(key, []).append(value)
    return values


def _coerce(raw: list[str], schema: dict[str, Any], name: str) -> Any:
    kind = schema.get("type")
    if kind == "array":
        items = [part for value in raw for part in value.split(",")] if raw != [""] else []
        item_schema = schema.get("items", {})
        return [_coerce_one(item, item_schema, name) for item in items]
    return _coerce_one(raw[-1], schema, name)


def _coerce_one(value: str, schema: dict[str, Any], name: str) -> Any:
    kind = schema.get("type")
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        raise _BadRequest(f"parameter {name!r} must be a {kind}") from None
    if kind == "boolean":
        if value.lower() in ("true", "1"):
            return True
        if value.lower() in ("false", "0"):
            return False
        raise _BadRequest(f"parameter {name!r} must be true or false")
    return value
