"""Throwaway key material for OAuth 1.0a and OAuth 2.0, for tests, demos and downstream SDKs.

What IBKR's self-service portal would hand a first-party OAuth 1.0a user (consumer key, access
token, encrypted access token secret, the user's own signature/encryption keys and DH prime) and what
an OAuth 2.0 client registers (client id, RS256 private key, key id), generated locally. The fake
gateway accepts exactly these. Generation costs ~0.1 s per RSA key, so the default material is
cached per process (``cached=True``).

Never use these for a real account: they exist to be thrown away.
"""

from __future__ import annotations

import base64
import functools
import os
import secrets
import stat
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from .._exceptions import ConfigurationError
from ..auth import oauth1_core

__all__ = [
    "OAuth1Credentials",
    "OAuth2Client",
    "dhparam_pem",
    "generate_oauth1_credentials",
    "generate_oauth2_client",
    "generate_rsa_key",
    "private_key_pem",
    "public_key_pem",
    "write_dhparam_pem",
    "write_secret_file",
]


def generate_rsa_key(bits: int = 2048) -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def private_key_pem(key: rsa.RSAPrivateKey) -> str:
    """Unencrypted PKCS#8 PEM (what ``openssl genrsa`` users load)."""
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode("ascii")


def public_key_pem(key: rsa.RSAPrivateKey | rsa.RSAPublicKey) -> str:
    public = key.public_key() if isinstance(key, rsa.RSAPrivateKey) else key
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def _der_length(n: int) -> bytes:
    if n < 0x80:
        return bytes([n])
    raw = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(raw)]) + raw


def _der_integer(x: int) -> bytes:
    raw = oauth1_core.to_byte_array(x)  # two's complement, minimal: what DER wants
    return b"\x02" + _der_length(len(raw)) + raw


def dhparam_pem(prime: int, generator: int = 2) -> str:
    """PEM "DH PARAMETERS" (PKCS#3, as ``openssl dhparam`` writes) for ``prime`` and ``generator``.

    Encoded by hand: ``cryptography`` deprecates its finite-field DH API, and PKCS#3 is just
    ``SEQUENCE { INTEGER p, INTEGER g }``.
    """
    body = _der_integer(prime) + _der_integer(generator)
    der = b"\x30" + _der_length(len(body)) + body
    b64 = base64.b64encode(der).decode("ascii")
    lines = [b64[i : i + 64] for i in range(0, len(b64), 64)]
    return "-----BEGIN DH PARAMETERS-----\n" + "\n".join(lines) + "\n-----END DH PARAMETERS-----\n"


def write_dhparam_pem(path: str | os.PathLike[str], prime: int, generator: int = 2) -> Path:
    """Write ``dhparam.pem`` for ``prime`` (what IBKR users upload; ``load_dh_prime`` reads it back)."""
    target = Path(path)
    target.write_text(dhparam_pem(prime, generator))
    return target


def write_secret_file(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to a new file readable by its owner only (0600 from the moment it exists).

    The file is created with ``O_CREAT | O_EXCL | O_NOFOLLOW``: never through a symlink (one at
    ``path`` is refused with ``ConfigurationError``), never into a file someone else opened first. A
    regular file already there (an earlier run) is replaced.
    """
    target = Path(path)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        pass
    else:
        if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
            raise ConfigurationError(
                f"refusing to write a secret key to {str(target)!r}: it is a symlink or not a regular file"
            )
        target.unlink()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(target, flags, 0o600)
    except FileExistsError:
        raise ConfigurationError(
            f"refusing to write a secret key to {str(target)!r}: something appeared there while writing"
        ) from None
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    return target


@functools.lru_cache(maxsize=64)
def _load_private(pem: str) -> rsa.RSAPrivateKey:
    """Parsing a PEM RSA key validates it (~0.1 s); the fake re-reads the same few keys often."""
    return oauth1_core.load_private_key(pem)


@dataclass(frozen=True, repr=False)
class OAuth1Credentials:
    """First-party OAuth 1.0a credentials, as the IBKR portal hands them out (all strings)."""

    consumer_key: str
    access_token: str
    access_token_secret: str  # base64 of RSA-PKCS#1-v1.5(encryption public key, secret bytes)
    signature_private_key_pem: str
    encryption_private_key_pem: str
    dh_prime_hex: str
    dh_generator: int = 2
    realm: str = field(default="limited_poa")

    @property
    def signature_public_key_pem(self) -> str:
        return public_key_pem(_load_private(self.signature_private_key_pem))

    @property
    def encryption_public_key_pem(self) -> str:
        return public_key_pem(_load_private(self.encryption_private_key_pem))

    def encryption_private_key(self) -> rsa.RSAPrivateKey:
        return _load_private(self.encryption_private_key_pem)

    @property
    def dh_prime(self) -> int:
        return oauth1_core.from_hex(self.dh_prime_hex)

    def write(self, directory: str | os.PathLike[str]) -> dict[str, Path]:
        """Write the PEMs and ``dhparam.pem`` into ``directory`` (mode 0600); returns their paths."""
        root = Path(directory)
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        files = {
            "signature_key": ("private_signature.pem", self.signature_private_key_pem),
            "encryption_key": ("private_encryption.pem", self.encryption_private_key_pem),
            "dhparam": ("dhparam.pem", dhparam_pem(self.dh_prime, self.dh_generator)),
        }
        written: dict[str, Path] = {}
        for name, (filename, text) in files.items():
            written[name] = write_secret_file(root / filename, text)
        return written

    def __repr__(self) -> str:
        return f"OAuth1Credentials(consumer_key={self.consumer_key!r}, <secrets hidden>)"


@dataclass(frozen=True, repr=False)
class OAuth2Client:
    """An OAuth 2.0 ``private_key_jwt`` client registration."""

    client_id: str
    private_key_pem: str
    key_id: str
    credential: str = "fakeuser1"  # the username the SSO-session JWT names

    @property
    def public_key_pem(self) -> str:
        return public_key_pem(_load_private(self.private_key_pem))

    def write(self, directory: str | os.PathLike[str]) -> dict[str, Path]:
        root = Path(directory)
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
        return {"private_key": write_secret_file(root / "oauth2_private_key.pem", self.private_key_pem)}

    def __repr__(self) -> str:
        return f"OAuth2Client(client_id={self.client_id!r}, key_id={self.key_id!r}, <key hidden>)"


@functools.cache
def _rfc3526_prime() -> int:
    return oauth1_core.rfc3526_prime_2048()


def generate_oauth1_credentials(
    consumer_key: str | None = None, *, dh_prime: int | None = None, cached: bool = False
) -> OAuth1Credentials:
    """New OAuth 1.0a credentials (two RSA keys, secret encrypted to the encryption key).

    The DH prime defaults to the RFC 3526 2048-bit group (generating fresh DH parameters takes
    seconds to minutes). ``cached=True`` returns the same material for the whole process.
    """
    if cached and consumer_key is None and dh_prime is None:
        return _cached_oauth1()
    signature = generate_rsa_key()
    encryption = generate_rsa_key()
    secret = oauth1_core.encrypt_access_token_secret(secrets.token_bytes(32), encryption.public_key())
    key = consumer_key or "FAKE" + secrets.token_hex(3).upper()[:5]
    return OAuth1Credentials(
        consumer_key=key,
        access_token=secrets.token_hex(10),
        access_token_secret=secret,
        signature_private_key_pem=private_key_pem(signature),
        encryption_private_key_pem=private_key_pem(encryption),
        dh_prime_hex=oauth1_core.to_hex(dh_prime if dh_prime is not None else _rfc3526_prime()),
        realm=oauth1_core.realm_for(key),
    )


def generate_oauth2_client(client_id: str | None = None, *, cached: bool = False) -> OAuth2Client:
    """A new OAuth 2.0 client id with an RS256 key pair (``cached=True``: one per process)."""
    if cached and client_id is None:
        return _cached_oauth2()
    return OAuth2Client(
        client_id=client_id or f"fake-client-{secrets.token_hex(4)}",
        private_key_pem=private_key_pem(generate_rsa_key()),
        key_id=f"fake-kid-{secrets.token_hex(4)}",
    )


@functools.cache
def _cached_oauth1() -> OAuth1Credentials:
    return generate_oauth1_credentials()


@functools.cache
def _cached_oauth2() -> OAuth2Client:
    return generate_oauth2_client()
