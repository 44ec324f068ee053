"""Shared helpers for the spec tests: locate the spec, the reference folder, and load the validator."""

from __future__ import annotations

import importlib.util
import os
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
SPEC_PATH = REPO / "spec" / "ibkr-webapi.yaml"
EXCLUDED_PATH = REPO / "spec" / "EXCLUDED.md"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def reference_dir() -> Path:
    """IBKR reference material; CI keeps a copy of shared/ beside the clone."""
    return REPO.parent / "shared" / "reference"


def recordings_dir() -> Path:
    override = os.environ.get("IBKR_RECORDINGS_DIR")
    return Path(override) if override else reference_dir() / "recorded-responses"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """(METHOD, path, operation) for every operation in the spec."""
    return [
        (method.upper(), path, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


@cache
def validator_module() -> ModuleType:
    loaded = importlib.util.spec_from_file_location(
        "validate_recordings", REPO / "spec" / "validate_recordings.py"
    )
    assert loaded is not None and loaded.loader is not None
    module = importlib.util.module_from_spec(loaded)
    sys.modules["validate_recordings"] = module  # dataclasses resolve annotations through sys.modules
    loaded.loader.exec_module(module)
    return module
