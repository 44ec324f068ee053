"""The built wheel, installed into clean virtual environments, as a downstream project gets it.

* venv A, the base install: no server stack and no cryptography are installed, ``import
  ibkr_webapi.testing`` and ``ibkr-webapi demo`` name the missing extra, and a downstream script talks
  to a fake gateway served by this (the project's) environment in another process; with pytest there,
  the plugin (registered by every install) leaves other tests alone and names the extra when used.
* venv B, ``ibkr-webapi[testing]`` with pytest: ``ibkr-webapi demo`` runs, and the README's pytest
  plugin example passes as a downstream test file.

Dependencies come from the package index through pip's cache; the wheel is built without build
isolation (hatchling is in the dev extra). Deselect with ``-m "not wheel"`` while iterating.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from ibkr_webapi.pytest_plugin import ServedGateway

pytestmark = pytest.mark.wheel

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PYTHONDONTWRITEBYTECODE": "1"}
for _name in [n for n in ENV if n.startswith("IBKR_") or n in ("PYTHONPATH", "VIRTUAL_ENV")]:
    del ENV[_name]


def _run(
    *argv: str | Path, cwd: Path | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, env=ENV, cwd=cwd, timeout=timeout, check=False
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"{result.args}\nstdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    _ok(_run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, ROOT))
    (built,) = out.glob("ibkr_webapi-*.whl")
    return built


def _venv(path: Path, *requirements: str) -> Path:
    """A fresh venv (no pip of its own: this environment's pip installs into it)."""
    _ok(_run(sys.executable, "-m", "venv", "--without-pip", path))
    python = path / "bin" / "python"
    _ok(_run(sys.executable, "-m", "pip", "--python", python, "install", "--quiet", *requirements))
    return python


@pytest.fixture(scope="module")
def base_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The base install (and pytest, as a downstream project's test environment has it)."""
    return _venv(tmp_path_factory.mktemp("venv") / "base", str(wheel), "pytest>=8")


@pytest.fixture(scope="module")
def testing_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _venv(
        tmp_path_factory.mktemp("venv") / "testing", f"{wheel}[testing]", "pytest>=8", "pytest-asyncio>=0.24"
    )


@pytest.fixture
def served(make_fake_gateway: Callable[..., ServedGateway]) -> str:
    """A fake gateway run by the project's environment; the clean venvs only talk to it."""
    return make_fake_gateway(pacing=False).base_url


def test_base_install_has_no_server_stack_and_says_which_extra(base_venv: Path) -> None:
    out = _ok(
        _run(
            base_venv,
            "-c",
            textwrap.dedent(
                """
                import importlib.util, sys
                import ibkr_webapi
                absent = [m for m in ("uvicorn", "starlette", "yaml", "jsonschema", "cryptography", "jwt")
                          if importlib.util.find_spec(m) is None]
                print("absent", *absent)
                try:
                    import ibkr_webapi.testing
                except ibkr_webapi.MissingDependency as exc:
                    print("testing", exc.extra, exc)
                try:
                    ibkr_webapi.OAuth1Auth
                except ImportError as exc:
                    print("oauth", exc.extra, exc)
                """
            ),
        )
    )
    lines = dict(line.split(" ", 1) for line in out.strip().splitlines())
    assert lines["absent"].split() == ["uvicorn", "starlette", "yaml", "jsonschema", "cryptography", "jwt"]
    assert lines["testing"].startswith("testing ")
    assert "pip install 'ibkr-webapi[testing]'" in lines["testing"]
    assert "pip install 'ibkr-webapi[oauth]'" in lines["oauth"]

    demo = _run(base_venv.parent / "ibkr-webapi", "demo")
    assert demo.returncode == 2
    assert "pip install 'ibkr-webapi[testing]'" in demo.stderr
    assert "Traceback" not in demo.stderr


def test_base_install_with_pytest_runs_other_tests_and_names_the_extra(
    base_venv: Path, tmp_path: Path
) -> None:
    """The plugin is registered by the base install too: it must not break a downstream test run."""
    (tmp_path / "test_downstream.py").write_text(
        "def test_unrelated():\n    assert True\n\n\ndef test_needs_the_fake(fake_gateway):\n    pass\n",
        encoding="utf-8",
    )
    result = _run(base_venv, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-rE", cwd=tmp_path)
    assert result.returncode == 1, result.stdout
    assert re.search(r"\b1 passed, 1 error\b", result.stdout), result.stdout
    assert "pip install 'ibkr-webapi[testing]'" in result.stdout


def test_base_install_talks_to_a_gateway(base_venv: Path, served: str) -> None:
    script = textwrap.dedent(
        f"""
        import sys
        from ibkr_webapi import Client, Settings, UnknownOperation
        from ibkr_webapi_client.api.portfolio import get_portfolio_accounts

        settings = Settings(mode="gateway", base_url={served!r})
        with Client(settings=settings, keepalive_interval=None) as client:
            accounts = client.call("get_portfolio_accounts")  # any operation, typed errors included
            low = get_portfolio_accounts.sync_detailed(client=client.low_level)
            try:
                client.call("get_portfolio_acounts")
            except UnknownOperation as exc:
                suggested = exc.suggestions[0]
        loaded = sorted(m for m in ("uvicorn", "cryptography") if m in sys.modules)
        print(len(accounts), int(low.status_code), suggested, loaded)
        """
    )
    out = _ok(_run(base_venv, "-c", script))
    count, status, suggested, loaded = out.split(maxsplit=3)
    assert int(count) >= 1
    assert status == "200"
    assert suggested == "get_portfolio_accounts"
    assert loaded.strip() == "[]"

    cli = _ok(_run(base_venv.parent / "ibkr-webapi", "--gateway", served, "--json", "status"))
    assert json.loads(cli)["authenticated"] is True


def test_testing_extra_runs_the_demo_and_the_pytest_plugin(testing_venv: Path, tmp_path: Path) -> None:
    demo = _ok(_run(testing_venv.parent / "ibkr-webapi", "demo", "--stream-seconds", "0.5"))
    assert demo.strip()

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = next(b for b in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "ibkr_client" in b)
    (tmp_path / "test_downstream.py").write_text(
        example
        + textwrap.dedent(
            """

            import pytest

            @pytest.mark.asyncio
            @pytest.mark.ibkr_gateway(auth="oauth2")
            async def test_async_client(async_ibkr_client):
                assert await async_ibkr_client.portfolio.accounts()
            """
        ),
        encoding="utf-8",
    )
    result = _ok(_run(testing_venv, "-m", "pytest", "-q", "-p", "no:cacheprovider", cwd=tmp_path))
    assert re.search(r"\b2 passed\b", result), result
