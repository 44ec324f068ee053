"""GatewayAuth and the shared TLS options: CA bundle, default verification, loud opt-out."""

from __future__ import annotations

import datetime as dt
import logging
import ssl
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from ibkr_webapi import ConfigurationError
from ibkr_webapi.auth import GatewayAuth, TlsOptions


def _ca_pem(key: rsa.RSAPrivateKey) -> bytes:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ibkr-webapi test CA")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


def test_default_is_verified() -> None:
    assert GatewayAuth().tls_verify_setting() is True


def test_ca_bundle_gives_a_context_trusting_that_ca(tmp_path: Path, other_key: rsa.RSAPrivateKey) -> None:
    path = tmp_path / "ca.pem"
    path.write_bytes(_ca_pem(other_key))
    setting = GatewayAuth(ca_bundle=str(path)).tls_verify_setting()
    assert isinstance(setting, ssl.SSLContext)
    assert setting.verify_mode == ssl.CERT_REQUIRED and setting.check_hostname
    subjects = [dict(x[0] for x in c["subject"]) for c in setting.get_ca_certs()]
    assert {"commonName": "ibkr-webapi test CA"} in subjects
    httpx.Client(verify=setting).close()  # accepted by httpx


def test_missing_ca_bundle_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as info:
        GatewayAuth(ca_bundle=str(tmp_path / "nope.pem")).tls_verify_setting()
    assert info.value.setting == "IBKR_CA_BUNDLE"


def test_insecure_opt_out_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi.auth"):
        auth = GatewayAuth(insecure_skip_tls_verify=True)
        assert auth.tls_verify_setting() is False
        assert auth.tls_verify_setting() is False
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1 and "DISABLED" in warnings[0].getMessage()


def test_ca_bundle_and_opt_out_together_are_rejected() -> None:
    with pytest.raises(ConfigurationError):
        TlsOptions(ca_bundle="x.pem", insecure_skip_tls_verify=True)


def test_gateway_auth_attaches_nothing() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    with httpx.Client(auth=GatewayAuth(), transport=httpx.MockTransport(handler)) as client:
        client.get("https://localhost:5000/v1/api/tickle")
    assert "authorization" not in seen[0].headers
