"""What ``import ibkr_webapi`` loads, and what a missing extra says (fresh interpreters, no timing).

Missing extras are simulated in the child interpreter with an import hook that refuses the extra's
modules, as an environment without them would; tests/installs/test_wheel_install.py checks the same
against a real base-only install.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from ibkr_webapi.pytest_plugin import ServedGateway

# Optional weight: OAuth flows and their crypto, the auth package's TLS helpers, the fake gateway's
# server stack, and the facades' models (loaded by the facades on first use).
NOT_ON_IMPORT = (
    "cryptography",
    "jwt",
    "ibkr_webapi.auth.oauth1",
    "ibkr_webapi.auth.oauth1_core",
    "ibkr_webapi.auth.oauth2",
    "ibkr_webapi.auth.oauth2_core",
    "ibkr_webapi.auth._renewing",
    "ibkr_webapi.auth._tls",
    "ibkr_webapi.testing",
    "starlette",
    "uvicorn",
    "yaml",
    "jsonschema",
)

BLOCK = """
import importlib.abc, sys
class _Refuse(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {blocked!r}:
            raise ModuleNotFoundError(f"No module named {{name!r}}", name=name)
        return None
sys.meta_path.insert(0, _Refuse())
"""


def _run(code: str, *, blocked: tuple[str, ...] = ()) -> subprocess.CompletedProcess[str]:
    prelude = BLOCK.format(blocked=set(blocked)) if blocked else ""
    return subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def _loaded(modules: list[str]) -> list[str]:
    return sorted(m for m in modules if any(m == p or m.startswith(p + ".") for p in NOT_ON_IMPORT))


def test_import_loads_no_optional_weight() -> None:
    out = _run("import sys, json, ibkr_webapi; print(json.dumps(sorted(sys.modules)))")
    assert out.returncode == 0, out.stderr
    assert _loaded(json.loads(out.stdout)) == []


@pytest.mark.ibkr_gateway(pacing=False)
def test_a_gateway_mode_program_never_loads_oauth_or_the_fake(fake_gateway: ServedGateway) -> None:
    """A real call through a gateway-mode client (fake served by this process) loads no OAuth code."""
    out = _run(
        f"""
        import sys, json
        from ibkr_webapi import Client, Settings
        settings = Settings(mode="gateway", base_url={fake_gateway.base_url!r})
        with Client(settings=settings, keepalive_interval=None) as client:
            accounts = client.portfolio.accounts()
        print(json.dumps({{"accounts": len(accounts), "modules": sorted(sys.modules)}}))
        """
    )
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    assert result["accounts"] >= 1
    assert _loaded(result["modules"]) == ["ibkr_webapi.auth._tls"]  # the gateway's TLS settings only


def test_every_public_name_still_resolves() -> None:
    out = _run(
        """
        import ibkr_webapi
        missing = [n for n in ibkr_webapi.__all__ if getattr(ibkr_webapi, n, None) is None]
        assert not missing, missing
        assert set(ibkr_webapi.__all__) <= set(dir(ibkr_webapi))
        from ibkr_webapi.auth import OAuth1Auth, OAuth2Auth, GatewayAuth, TlsOptions
        print("ok")
        """
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


def test_fake_gateway_without_the_testing_extra_names_it() -> None:
    out = _run(
        """
        import ibkr_webapi
        try:
            import ibkr_webapi.testing
        except ibkr_webapi.MissingDependency as exc:
            assert isinstance(exc, ImportError) and isinstance(exc, ibkr_webapi.IbkrError)
            print(exc.extra, "|", exc)
        """,
        blocked=("starlette", "uvicorn"),
    )
    assert out.returncode == 0, out.stderr
    extra, message = out.stdout.strip().split(" | ")
    assert extra == "testing"
    assert "pip install 'ibkr-webapi[testing]'" in message


def test_oauth_without_the_oauth_extra_names_it() -> None:
    out = _run(
        """
        import ibkr_webapi
        for name in ("OAuth1Auth", "OAuth2Auth"):
            try:
                getattr(ibkr_webapi, name)
            except ibkr_webapi.MissingDependency as exc:
                print(name, exc.extra, exc)
        ibkr_webapi.GatewayAuth()  # gateway mode needs no extra
        """,
        blocked=("cryptography", "jwt"),
    )
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert [line.split()[:2] for line in lines] == [["OAuth1Auth", "oauth"], ["OAuth2Auth", "oauth"]]
    assert all("pip install 'ibkr-webapi[oauth]'" in line for line in lines)


def test_cli_fake_gateway_and_demo_say_which_extra_is_missing() -> None:
    for command in ("fake-gateway", "demo"):
        out = _run(
            f"import sys; from ibkr_webapi.cli import main; sys.exit(main([{command!r}]))",
            blocked=("starlette", "uvicorn", "yaml", "jsonschema"),
        )
        assert out.returncode == 2, (command, out.stderr)
        assert out.stderr.count("\n") == 1, out.stderr  # one line, no traceback
        assert "pip install 'ibkr-webapi[testing]'" in out.stderr
