"""The committed generated client must be exactly what the pipeline makes from the spec."""

from __future__ import annotations

import filecmp
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "generated" / "ibkr_webapi_client"


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("regen") / "ibkr_webapi_client"
    subprocess.run(
        [sys.executable, str(ROOT / "generator_templates" / "generate.py"), str(output)],
        check=True,
        capture_output=True,
        text=True,
    )
    return output


def test_generation_succeeds_with_fail_on_warning(fresh: Path) -> None:
    # generate.py passes --fail-on-warning; reaching here means no warning was raised.
    assert (fresh / "__init__.py").exists()
    assert (fresh / "operations.py").exists()
    assert (fresh / "py.typed").exists()


def test_committed_client_matches_fresh_generation(fresh: Path) -> None:
    committed, regenerated = _tree(COMMITTED), _tree(fresh)
    missing = sorted(set(regenerated) - set(committed))
    stale = sorted(set(committed) - set(regenerated))
    changed = sorted(
        name for name in set(committed) & set(regenerated) if committed[name] != regenerated[name]
    )
    assert not (missing or stale or changed), (
        "generated/ differs from a fresh generation; run `nox -s generate` and commit.\n"
        f"missing: {missing[:20]}\nstale: {stale[:20]}\nchanged: {changed[:20]}"
    )
    assert filecmp.dircmp(COMMITTED, fresh).diff_files == []


def test_every_generated_module_says_it_is_generated() -> None:
    for module in COMMITTED.rglob("*.py"):
        assert module.read_text(encoding="utf-8").startswith("# GENERATED CODE: do not edit."), module
