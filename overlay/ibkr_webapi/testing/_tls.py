"""A throwaway CA and a server certificate for 127.0.0.1/localhost, so TLS tests verify for real.

Clients get ``ca_bundle`` (the CA's PEM) and verify against it, exactly as they would against the
CP Gateway's certificate once its CA is trusted: no ``verify=False`` anywhere. Key generation is
cached per process; each call writes the files into a fresh temporary directory.
"""

from __future__ import annotations

import datetime
import functools
import ipaddress
import tempfile
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


@dataclass(frozen=True)
class TlsFiles:
    directory: Path
    ca_bundle: Path  # the CA certificate (PEM): what clients trust
    certfile: Path  # server certificate chain (PEM)
    keyfile: Path  # server private key (PEM)


@functools.cache
def _material() -> tuple[bytes, bytes, bytes]:
    now = datetime.datetime.now(datetime.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ibkr-webapi FakeGateway test CA")])
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    key_pem = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return ca_cert.public_bytes(pem), cert.public_bytes(pem), key_pem


def write_tls_files(directory: Path | None = None) -> TlsFiles:
    """Write CA bundle, server certificate and key (0600) into ``directory`` (default: a new temp dir)."""
    root = Path(directory) if directory is not None else Path(tempfile.mkdtemp(prefix="fakegw-tls-"))
    ca_pem, cert_pem, key_pem = _material()
    files = TlsFiles(root, root / "ca.pem", root / "server.pem", root / "server.key")
    files.ca_bundle.write_bytes(ca_pem)
    files.certfile.write_bytes(cert_pem)
    files.keyfile.write_bytes(key_pem)
    files.keyfile.chmod(0o600)
    return files
