"""The fake gateway's module layout: no import circle, domain state never imports HTTP handlers."""

from __future__ import annotations

import ast
from pathlib import Path

import ibkr_webapi.testing as testing_pkg

PKG = Path(testing_pkg.__file__).parent


def _imports() -> dict[str, set[str]]:
    """Each module of the package -> the sibling modules it imports (TYPE_CHECKING and late ones too)."""
    graph: dict[str, set[str]] = {}
    for path in sorted(PKG.glob("*.py")):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    found.add(node.module.split(".")[0])
                else:
                    found.update(alias.name for alias in node.names)
        graph[path.stem] = found & {p.stem for p in PKG.glob("*.py")}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)) is not None:
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)) is not None:
            return found
    return None


def test_the_fake_gateway_has_no_import_circle() -> None:
    assert _cycle(_imports()) is None


def test_domain_state_modules_import_no_http_handlers() -> None:
    graph = _imports()
    web_side = {m for m in graph if m.startswith("_http") or m in {"_web", "_ws", "_domain", "_app"}}
    state_side = {"_state", "_universe", "_market", "_orders", "_portfolio", "_questions", "_fyi", "_alerts"}
    state_side |= {"_watchlists", "_events", "_settings", "_spreads", "_errors"}
    for module in sorted(state_side):
        assert not (graph[module] & web_side), module


def test_the_client_and_the_fake_agree_on_ibkr_spread_conids() -> None:
    from ibkr_webapi.orders import SPREAD_CONIDS as CLIENT
    from ibkr_webapi.testing._spreads import SPREAD_CONIDS as FAKE

    assert dict(FAKE) == dict(CLIENT)
