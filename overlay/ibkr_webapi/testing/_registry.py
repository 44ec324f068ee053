"""Which spec operation is this request? Reads the generated registry ``ibkr_webapi_client.operations``.

Faults, counters, pacing and canned answers are keyed by operation id, and the registry
(``OPERATIONS``, ``GLOBAL_RATE_LIMITS``, ``match(method, path, base)``, see docs/architecture.md) is
the one place that maps a request to one. The fake reads it through this small adapter so tests can
inject a registry of their own and so the fake still serves (without per-operation behaviour) when
the generated client is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from .._redact import get_logger
from ..pacing import RateLimitLike  # the one structural view of a registry limit

log = get_logger("ibkr_webapi.testing")

API_PREFIX = "/v1/api"


class OperationLike(Protocol):
    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def base(self) -> str: ...
    @property
    def rate_limit(self) -> RateLimitLike | None: ...
    @property
    def security(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Registry:
    """The parts of the generated registry the fake uses."""

    operations: Mapping[str, OperationLike]
    global_rate_limits: Mapping[str, RateLimitLike]
    _match: Callable[[str, str, str], OperationLike | None]

    def match(self, method: str, full_path: str) -> OperationLike | None:
        """The operation for a request path as received (``/v1/api/...`` or a host-root path)."""
        base, path = split_base(full_path)
        try:
            return self._match(method.upper(), path, base)
        except Exception:  # a registry bug must not turn a request into a 500
            log.exception("operation registry match(%s, %s) failed", method, full_path)
            return None

    def allowed_methods(self, full_path: str) -> tuple[str | None, list[str]]:
        """The most literal spec template matching this path and the methods it has.

        A path can match several templates (``/instructions/cancel`` vs ``/instructions/{id}``);
        literal segments win, as in the registry's own ``match``.
        """
        matched = {m: op for m in HTTP_METHODS if (op := self.match(m, full_path)) is not None}
        if not matched:
            return None, []
        best = max((op.path for op in matched.values()), key=_literal_segments)
        return best, sorted(m for m, op in matched.items() if op.path == best)


HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


def _literal_segments(template: str) -> int:
    return sum(1 for part in template.split("/") if part and not part.startswith("{"))


def split_base(full_path: str) -> tuple[str, str]:
    """``/v1/api/x`` -> ``("api", "/x")``; any other path -> ``("root", path)``."""
    if full_path == API_PREFIX or full_path.startswith(API_PREFIX + "/"):
        return "api", full_path[len(API_PREFIX) :] or "/"
    return "root", full_path


def _empty_match(method: str, path: str, base: str) -> OperationLike | None:
    return None


EMPTY = Registry({}, {}, _empty_match)


def load_registry() -> Registry:
    """The generated registry, or an empty one (logged) when ``ibkr_webapi_client`` is not built."""
    try:
        module: Any = importlib.import_module("ibkr_webapi_client.operations")
    except ImportError:
        log.warning("ibkr_webapi_client.operations is not importable: no per-operation behaviour")
        return EMPTY
    return Registry(module.OPERATIONS, module.GLOBAL_RATE_LIMITS, module.match)
