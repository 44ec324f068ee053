"""Project tasks. Every session installs what it needs from the package registry.

nox -s demo          the trading walkthrough against the embedded fake gateway (README command 1)
nox -s ci            lint + typecheck + every test, in one environment (README command 2, .ci/run)
nox -s generate      regenerate generated/ibkr_webapi_client from spec/ibkr-webapi.yaml
nox -s recordings -- FOLDER   validate recorded IBKR responses against the spec
nox -s api-diff [-- REF]      breaking changes of both packages' public API and the spec since REF
nox -s lint | typecheck | tests | bench
nox -s matrix        the tests on every installed Python from 3.11 on (python3.11, python3.12, ...)

Sessions run on the interpreter nox itself runs on (``python3 -m nox`` uses that ``python3``), so any
supported Python (3.11+) works; ``matrix`` runs the tests on each one installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.sessions = ["ci"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
SUPPORTED = ("3.11", "3.12", "3.13", "3.14")
"""Pythons the package supports (classifiers in pyproject.toml say the same)."""


def _runs(version: str) -> bool:
    """``pythonX.Y`` is on PATH and starts (a version manager's shim may exist for an inactive one)."""
    exe = shutil.which(f"python{version}")
    return (
        exe is not None and subprocess.run([exe, "-c", ""], capture_output=True, check=False).returncode == 0
    )


INSTALLED = [v for v in SUPPORTED if _runs(v)] or [f"{sys.version_info[0]}.{sys.version_info[1]}"]
"""The supported Pythons that run here (``nox -s matrix``)."""
DEFAULT_RECORDINGS = ROOT.parent / "shared" / "reference" / "recorded-responses"


def _install(session: nox.Session) -> None:
    session.install("-e", ".[dev]")


def _lint(session: nox.Session) -> None:
    session.run(
        "ruff", "check", "overlay", "tests", "bench", "examples", "noxfile.py", "generator_templates", "spec"
    )
    session.run("ruff", "format", "--check", "overlay", "tests", "bench", "examples", "noxfile.py")


def _typecheck(session: nox.Session) -> None:
    session.run("mypy")


def _tests(session: nox.Session) -> None:
    args = session.posargs or ["-q", "-p", "no:cacheprovider"]
    session.run("pytest", *args, env={"PYTHONDONTWRITEBYTECODE": "1"})


@nox.session
def generate(session: nox.Session) -> None:
    """Delete and regenerate generated/ibkr_webapi_client from the spec (deterministic)."""
    _install(session)
    session.run("python", "generator_templates/generate.py")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint and format check) over the handwritten code."""
    _install(session)
    _lint(session)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over overlay/ (the generated package is checked as a dependency)."""
    _install(session)
    _typecheck(session)


@nox.session
def tests(session: nox.Session) -> None:
    """pytest: regeneration drift check, spec and recordings, overlay, fake gateway, contract tests."""
    _install(session)
    _tests(session)


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment: lint, typecheck, tests."""
    _install(session)
    _lint(session)
    _typecheck(session)
    _tests(session)


@nox.session
def recordings(session: nox.Session) -> None:
    """Validate recorded IBKR responses in FOLDER (default ../shared/reference/recorded-responses)."""
    _install(session)
    folder = session.posargs[0] if session.posargs else str(DEFAULT_RECORDINGS)
    session.run("python", "spec/validate_recordings.py", folder)


@nox.session
def demo(session: nox.Session) -> None:
    """Run the trading walkthrough against the embedded fake gateway (needs only the testing extra)."""
    session.install("-e", ".[testing]")
    session.run("ibkr-webapi", "demo", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Run every bench/ script (or the ones named after --)."""
    _install(session)
    scripts = session.posargs or sorted(str(p) for p in (ROOT / "bench").glob("*.py"))
    for script in scripts:
        session.run("python", script)


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else ""


def api_diff_base() -> str:
    """The ref ``nox -s api-diff`` compares with when none is given (see docs/versioning.md).

    The latest release tag (``v*``); without one, the merge-base with ``main`` when the current branch
    has diverged from it; otherwise the first commit that had the generated package.
    """
    tag = _git("describe", "--tags", "--abbrev=0", "--match", "v*")
    if tag:
        return tag
    head = _git("rev-parse", "HEAD")
    base = _git("merge-base", "HEAD", "main")
    if base and base != head:
        return base
    firsts = _git("log", "--diff-filter=A", "--format=%H", "--", "generated/ibkr_webapi_client/__init__.py")
    return firsts.splitlines()[-1] if firsts else head


@nox.session(name="api-diff")
def api_diff(session: nox.Session) -> None:
    """Breaking changes since a ref: griffe over both packages' public API, then the spec summary.

    ``nox -s api-diff -- REF`` (a tag, branch or commit); default: see ``api_diff_base``. Reports and
    exits 0; ``-- REF --strict`` fails when griffe finds a breaking change.
    """
    _install(session)
    args = [a for a in session.posargs if a != "--strict"]
    strict = "--strict" in session.posargs
    ref = args[0] if args else api_diff_base()
    session.log(f"comparing with {ref}")
    codes = [0] if strict else [0, 1]
    for package, search in (("ibkr_webapi_client", "generated"), ("ibkr_webapi", "overlay")):
        session.run("griffe", "check", package, "-s", search, "-a", ref, "-f", "oneline", success_codes=codes)
    session.run("python", "spec/spec_diff.py", "--against", ref)


@nox.session(python=INSTALLED)
def matrix(session: nox.Session) -> None:
    """The tests on every installed supported Python (one virtualenv each)."""
    _install(session)
    _tests(session)
