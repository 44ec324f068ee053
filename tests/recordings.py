"""Recorded IBKR bodies, read where they live (shared reference folder), never copied into the project.

Tests whose point is "we parse what IBKR really sends" load a recording at test time; tests that need a
particular shape or edge case write their own synthetic body instead. The folder is resolved exactly as
the spec tests do (`IBKR_RECORDINGS_DIR`, else `shared/reference/recorded-responses` beside the clone).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from spec._support import recordings_dir


def recording(name: str) -> Any:
    """The parsed JSON body of one recording; skips (with the reason) when the folder is not there.

    A missing file inside an existing folder is an error, not a skip: the test names a recording that
    INDEX.json no longer lists.
    """
    folder = recordings_dir()
    if not folder.is_dir():
        pytest.skip(
            f"recorded IBKR responses not found at {folder} "
            "(keep shared/reference beside the clone or set IBKR_RECORDINGS_DIR)"
        )
    return json.loads((folder / name).read_text(encoding="utf-8"))
