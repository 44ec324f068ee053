"""The handwritten overlay uses only the generated package's public names (no ``_get_kwargs`` & co).

The generated code may be regenerated at any time; the overlay may depend on what it documents as public
(``build_request``, ``parse_response``, ``OPERATION_ID``, ``operations``, ``path_params``, models ...).
"""

from __future__ import annotations

import ast
from pathlib import Path

OVERLAY = Path(__file__).resolve().parents[2] / "overlay" / "ibkr_webapi"
GENERATED_PRIVATE = {"_get_kwargs", "_parse_response", "_build_response", "_operations", "_path_params"}


def _private_uses(tree: ast.AST) -> list[str]:
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("ibkr_webapi_client"):
            parts = (node.module or "").split(".")[1:] + [alias.name for alias in node.names]
            found += [f"from {node.module} import {p}" for p in parts if p.startswith("_")]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("ibkr_webapi_client") and any(
                    p.startswith("_") for p in alias.name.split(".")
                ):
                    found.append(f"import {alias.name}")
        elif isinstance(node, ast.Attribute) and node.attr in GENERATED_PRIVATE:
            found.append(f".{node.attr}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if text in GENERATED_PRIVATE or (text.startswith("ibkr_webapi_client.") and "._" in text):
                found.append(repr(text))
    return found


def test_no_overlay_module_touches_a_generated_private_name() -> None:
    offences = {
        str(path.relative_to(OVERLAY)): uses
        for path in sorted(OVERLAY.rglob("*.py"))
        if (uses := _private_uses(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offences == {}


def test_the_check_catches_what_it_is_meant_to() -> None:
    bad = """
from ibkr_webapi_client._operations import OPERATIONS
from ibkr_webapi_client.api.orders import cancel_order
import ibkr_webapi_client._operations
cancel_order._get_kwargs(account_id="U1", order_id=1)
getattr(cancel_order, "_parse_response")
importlib.import_module("ibkr_webapi_client._operations")
"""
    assert len(_private_uses(ast.parse(bad))) == 5  # every line but the public import
