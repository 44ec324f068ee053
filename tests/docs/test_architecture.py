"""docs/architecture.md draws the house as it is: every module of the package has its row."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "overlay" / "ibkr_webapi"
DOC = ROOT / "docs" / "architecture.md"


def _named_in_map() -> set[str]:
    """Module paths the package map names: ``pkg/mod.py`` in full, or ``mod.py`` in a row whose first
    module is ``pkg/...`` (rows like ``testing/_sessions.py``, ``_http_sessions.py``)."""
    text = DOC.read_text(encoding="utf-8")
    table = text[text.index("## Overlay package map") : text.index("## Three paths through the house")]
    named: set[str] = set()
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        first_cell = line.split("|")[1]
        names = re.findall(r"`([\w/]+\.py)`", first_cell)
        package = names[0].rsplit("/", 1)[0] + "/" if names and "/" in names[0] else ""
        named.update(n if "/" in n else package + n for n in names)
    return named


def test_every_module_has_a_row_in_the_package_map() -> None:
    modules = {p.relative_to(PACKAGE).as_posix() for p in PACKAGE.rglob("*.py")}
    named = _named_in_map()
    assert sorted(modules - named) == []  # add a row to docs/architecture.md, "Overlay package map"
    assert sorted(named - modules) == []  # the map names a module that no longer exists
