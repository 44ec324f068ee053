"""Regenerate the low-level client from the spec: ``python generator_templates/generate.py [OUTPUT_DIR]``.

One deterministic pipeline used by ``nox -s generate`` and by the drift test (which generates into a
temporary folder and compares): delete the output folder, run the pinned openapi-python-client with our
config and templates (``--fail-on-warning``), write the operation registry, format with the pinned ruff,
and remove caches so nothing stale or machine-specific survives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "ibkr-webapi.yaml"
TEMPLATES = ROOT / "generator_templates"
DEFAULT_OUTPUT = ROOT / "generated" / "ibkr_webapi_client"
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"
GENERATED_HEADER = (
    "# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml\n"
    "# with generator_templates/; regenerate with `nox -s generate`.\n"
)


def _env() -> dict[str, str]:
    # The generator's post-hooks call `ruff`: make it the pinned one from this interpreter's environment.
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["RUFF_NO_CACHE"] = "true"
    return env


def _check_versions(env: dict[str, str]) -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise SystemExit(f"openapi-python-client {GENERATOR_VERSION} required, found {found}")
    ruff = subprocess.run(["ruff", "--version"], env=env, capture_output=True, text=True, check=True)
    if RUFF_VERSION not in ruff.stdout:
        raise SystemExit(f"ruff {RUFF_VERSION} required, found {ruff.stdout.strip()}")


def generate(output: Path = DEFAULT_OUTPUT, spec: Path = SPEC) -> None:
    env = _env()
    _check_versions(env)
    output = output.resolve()
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(spec),
            "--config",
            str(TEMPLATES / "config.yaml"),
            "--custom-template-path",
            str(TEMPLATES / "templates"),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--fail-on-warning",
        ],
        env=env,
        check=True,
        cwd=output.parent,
    )
    subprocess.run(
        [sys.executable, str(TEMPLATES / "post_hooks" / "write_operations.py"), str(spec), str(output)],
        env=env,
        check=True,
    )
    (output / "py.typed").write_text("# Marker file for PEP 561\n", encoding="utf-8")
    for module in sorted(output.rglob("*.py")):
        module.write_text(GENERATED_HEADER + module.read_text(encoding="utf-8"), encoding="utf-8")
    ruff = ["ruff", "--isolated"]
    subprocess.run(
        [*ruff, "check", ".", "--fix-only", "--select=I,F401", "--line-length=120", "--quiet"],
        env=env,
        check=True,
        cwd=output,
    )
    subprocess.run([*ruff, "format", ".", "--line-length=120", "--quiet"], env=env, check=True, cwd=output)
    for cache in list(output.rglob("__pycache__")) + list(output.rglob(".ruff_cache")):
        shutil.rmtree(cache, ignore_errors=True)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--spec", type=Path, default=SPEC)
    args = parser.parse_args(argv)
    generate(args.output, args.spec)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
