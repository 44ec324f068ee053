"""Settings.from_env: missing settings are named, PEM path vs contents, dhparam.pem vs hex."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import dh, rsa

from ibkr_webapi import ConfigurationError
from ibkr_webapi.auth import GatewayAuth, OAuth1Auth, OAuth2Auth
from ibkr_webapi.auth import oauth1_core as core
from ibkr_webapi.config import ENV_VARS, Settings

from .helpers import ACCESS_TOKEN, CONSUMER_KEY, pem_private


@pytest.fixture
def oauth1_env(
    signature_key: rsa.RSAPrivateKey, encryption_key: rsa.RSAPrivateKey, encrypted_secret: str
) -> dict[str, str]:
    return {
        "IBKR_MODE": "oauth1",
        "IBKR_CONSUMER_KEY": CONSUMER_KEY,
        "IBKR_ACCESS_TOKEN": ACCESS_TOKEN,
        "IBKR_ACCESS_TOKEN_SECRET": encrypted_secret,
        "IBKR_SIGNATURE_KEY": pem_private(signature_key),
        "IBKR_ENCRYPTION_KEY": pem_private(encryption_key),
        "IBKR_DH_PRIME": format(core.rfc3526_prime_2048(), "x"),
    }


def test_gateway_defaults() -> None:
    settings = Settings.from_env({})
    assert settings.mode == "gateway"
    assert settings.resolved_base_url == "https://localhost:5000/v1/api"
    assert settings.resolved_root_url == "https://localhost:5000"
    assert settings.resolved_ws_url == "wss://localhost:5000/v1/api/ws"
    assert isinstance(settings.auth(), GatewayAuth)
    assert settings.tls_verify_setting() is True


@pytest.mark.parametrize(
    "missing",
    list(
        ENV_VARS[k]
        for k in (
            "consumer_key",
            "access_token",
            "access_token_secret",
            "signature_key",
            "encryption_key",
            "dh_prime",
        )
    ),
)
def test_each_missing_oauth1_setting_is_named(oauth1_env: dict[str, str], missing: str) -> None:
    env = {k: v for k, v in oauth1_env.items() if k != missing}
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env(env)
    assert info.value.setting == missing
    assert missing in str(info.value)


def test_all_missing_are_listed_and_first_is_named() -> None:
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env({"IBKR_MODE": "oauth1"})
    assert info.value.setting == "IBKR_CONSUMER_KEY"
    for var in ("IBKR_ACCESS_TOKEN", "IBKR_SIGNATURE_KEY", "IBKR_DH_PRIME"):
        assert var in str(info.value)


def test_oauth2_missing_settings_are_named() -> None:
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env({"IBKR_MODE": "oauth2", "IBKR_CLIENT_ID": "cid"})
    assert info.value.setting == "IBKR_OAUTH2_PRIVATE_KEY"


def test_bad_values_are_named() -> None:
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env({"IBKR_MODE": "carrier-pigeon"})
    assert info.value.setting == "IBKR_MODE"
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env({"IBKR_INSECURE_SKIP_TLS_VERIFY": "maybe"})
    assert info.value.setting == "IBKR_INSECURE_SKIP_TLS_VERIFY"
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env({"IBKR_DH_GENERATOR": "two"})
    assert info.value.setting == "IBKR_DH_GENERATOR"


def test_oauth1_from_pem_contents_and_hex_prime(oauth1_env: dict[str, str]) -> None:
    auth = Settings.from_env(oauth1_env).auth()
    assert isinstance(auth, OAuth1Auth)
    assert auth.base_url == "https://api.ibkr.com/v1/api"
    assert auth.realm == "limited_poa"
    assert auth.oauth_token == ACCESS_TOKEN


def test_oauth1_from_pem_paths_and_dhparam_pem(
    oauth1_env: dict[str, str], tmp_path: Path, signature_key: rsa.RSAPrivateKey
) -> None:
    for name in ("IBKR_SIGNATURE_KEY", "IBKR_ENCRYPTION_KEY"):
        path = tmp_path / f"{name}.pem"
        path.write_text(oauth1_env[name])
        oauth1_env[name] = str(path)
    prime = core.rfc3526_prime_2048()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pem = (
            dh.DHParameterNumbers(prime, 2)
            .parameters()
            .parameter_bytes(serialization.Encoding.PEM, serialization.ParameterFormat.PKCS3)
        )
    (tmp_path / "dhparam.pem").write_bytes(pem)
    from_path = Settings.from_env({**oauth1_env, "IBKR_DH_PRIME": str(tmp_path / "dhparam.pem")}).auth()
    from_contents = Settings.from_env({**oauth1_env, "IBKR_DH_PRIME": pem.decode()}).auth()
    from_hex = Settings.from_env(oauth1_env).auth()
    assert isinstance(from_path, OAuth1Auth) and isinstance(from_contents, OAuth1Auth)
    assert isinstance(from_hex, OAuth1Auth)
    assert from_path._dh_prime == from_contents._dh_prime == from_hex._dh_prime == prime
    assert from_path._signature_key.private_numbers() == signature_key.private_numbers()


def test_unreadable_key_is_named_without_echoing_it(oauth1_env: dict[str, str]) -> None:
    oauth1_env["IBKR_SIGNATURE_KEY"] = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC-not-armoured"
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env(oauth1_env).auth()
    assert info.value.setting == "IBKR_SIGNATURE_KEY"
    assert "MIIEv" not in str(info.value)


def test_bad_dh_prime_is_named(oauth1_env: dict[str, str], tmp_path: Path) -> None:
    oauth1_env["IBKR_DH_PRIME"] = str(tmp_path / "missing-dhparam.pem")
    with pytest.raises(ConfigurationError) as info:
        Settings.from_env(oauth1_env).auth()
    assert info.value.setting == "IBKR_DH_PRIME"


def test_testcons_gets_test_realm_and_explicit_realm_wins(oauth1_env: dict[str, str]) -> None:
    auth = Settings.from_env({**oauth1_env, "IBKR_CONSUMER_KEY": "TESTCONS"}).auth()
    assert isinstance(auth, OAuth1Auth) and auth.realm == "test_realm"
    auth = Settings.from_env({**oauth1_env, "IBKR_REALM": "other"}).auth()
    assert isinstance(auth, OAuth1Auth) and auth.realm == "other"


def test_oauth2_uses_host_root(signature_key: rsa.RSAPrivateKey) -> None:
    env = {
        "IBKR_MODE": "oauth2",
        "IBKR_CLIENT_ID": "cid",
        "IBKR_OAUTH2_PRIVATE_KEY": pem_private(signature_key),
        "IBKR_BASE_URL": "https://127.0.0.1:8443/v1/api",
    }
    auth = Settings.from_env(env).auth()
    assert isinstance(auth, OAuth2Auth)
    assert auth.token_url == "https://127.0.0.1:8443/oauth2/api/v1/token"


def test_overrides_win_and_settings_can_be_built_directly(oauth1_env: dict[str, str]) -> None:
    settings = Settings.from_env(oauth1_env, account_id="U1234567", base_url="https://127.0.0.1:1/v1/api")
    assert settings.account_id == "U1234567"
    assert settings.resolved_ws_url == "wss://127.0.0.1:1/v1/api/ws"
    direct: Any = Settings(mode="gateway", ca_bundle=None, insecure_skip_tls_verify=False)
    assert direct == Settings()
