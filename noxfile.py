"""Project tasks. Every session installs what it needs from the package registry.

nox -s demo          the trading walkthrough against the embedded fake gateway (README command 1)
nox -s ci            lint + typecheck + every test, in one environment (README command 2, .ci/run)
nox -s generate      regenerate generated/ibkr_webapi_client from spec/ibkr-webapi.yaml
nox -s recordings -- FOLDER   validate recorded IBKR responses against the spec
nox -s lint | typecheck | tests | bench
"""

from __future__ import annotations

from pathlib import Path

import nox

ROOT = Path(__file__).parent
nox.options.sessions = ["ci"]
nox.options.reuse_existing_virtualenvs = True
nox.options.error_on_missing_interpreters = True
PYTHON = "3.11"
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


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Delete and regenerate generated/ibkr_webapi_client from the spec (deterministic)."""
    _install(session)
    session.run("python", "generator_templates/generate.py")


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff (lint and format check) over the handwritten code."""
    _install(session)
    _lint(session)


@nox.session(python=PYTHON)
def typecheck(session: nox.Session) -> None:
    """mypy --strict over overlay/ (the generated package is checked as a dependency)."""
    _install(session)
    _typecheck(session)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """pytest: regeneration drift check, spec and recordings, overlay, fake gateway, contract tests."""
    _install(session)
    _tests(session)


@nox.session(python=PYTHON)
def ci(session: nox.Session) -> None:
    """Everything CI checks, in one environment: lint, typecheck, tests."""
    _install(session)
    _lint(session)
    _typecheck(session)
    _tests(session)


@nox.session(python=PYTHON)
def recordings(session: nox.Session) -> None:
    """Validate recorded IBKR responses in FOLDER (default ../shared/reference/recorded-responses)."""
    _install(session)
    folder = session.posargs[0] if session.posargs else str(DEFAULT_RECORDINGS)
    session.run("python", "spec/validate_recordings.py", folder)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """Run the trading walkthrough against the embedded fake gateway."""
    _install(session)
    session.run("ibkr-webapi", "demo", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Run every bench/ script (or the ones named after --)."""
    _install(session)
    scripts = session.posargs or sorted(str(p) for p in (ROOT / "bench").glob("*.py"))
    for script in scripts:
        session.run("python", script)
