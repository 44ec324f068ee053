"""Pure OAuth 1.0a math for IBKR's first-party ("limited_poa") flow: no network, no state.

Both sides use this module: :class:`ibkr_webapi.auth.OAuth1Auth` signs with it and the fake
gateway (``ibkr_webapi.testing``) verifies with it, so the two can never drift apart. Everything
here is a plain function of its arguments (apart from the random nonce / DH exponent and the two
``load_*`` helpers, which accept a file path for convenience).

The flow, as IBKR specifies it:

1. ``prepend`` = hex of RSA-PKCS#1-v1.5-decrypt(encryption key, base64(access_token_secret)).
2. Pick a random 256-bit ``a``; challenge ``A = g^a mod p`` (hex) goes in the Authorization header
   parameter ``diffie_hellman_challenge`` of ``POST /oauth/live_session_token``. That request is
   signed RSA-SHA256 (PKCS#1 v1.5) with the signature key over ``prepend + base_string``.
3. The answer carries ``diffie_hellman_response`` (``B``, hex), ``live_session_token_signature``
   (hex) and ``live_session_token_expiration`` (epoch milliseconds).
4. ``K = B^a mod p``; ``LST = base64(HMAC-SHA1(key=to_byte_array(K), msg=bytes.fromhex(prepend)))``.
5. Valid when ``hex(HMAC-SHA1(key=b64decode(LST), msg=consumer_key)) == live_session_token_signature``.
6. Every other request is signed HMAC-SHA256 with ``b64decode(LST)`` as key (no prepend).

Base string: ``METHOD & enc(URL without query) & enc(k1=v1&k2=v2...)`` where the pairs are the
OAuth parameters (minus ``realm`` and ``oauth_signature``), the query parameters and any
``application/x-www-form-urlencoded`` body parameters, sorted, joined *unencoded* and then
percent-encoded once as a whole. That is what IBKR's own sample code does (it differs from strict
RFC 5849, which encodes each key and value first; the two agree whenever no key or value holds a
reserved character). ``enc`` is RFC 5849 section 3.6 percent-encoding (unreserved characters
``A-Z a-z 0-9 - . _ ~`` kept, everything else ``%XX`` of its UTF-8 bytes; space is ``%20``).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import os
import re
import secrets
import string
import time
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from .._exceptions import missing_extra

try:  # cryptography and PyJWT ship in the "oauth" extra
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    from cryptography.utils import CryptographyDeprecationWarning
except ImportError as exc:
    raise missing_extra("oauth", "OAuth 1.0a", exc) from exc

__all__ = [
    "LST_ENDPOINT",
    "REALM_LIMITED_POA",
    "REALM_TEST",
    "TEST_CONSUMER_KEY",
    "HmacSigner",
    "LstServerResponse",
    "authorization_header",
    "base_string",
    "decrypt_access_token_secret",
    "derive_live_session_token",
    "dh_challenge",
    "dh_random",
    "dh_shared_secret",
    "encrypt_access_token_secret",
    "from_hex",
    "hmac_key",
    "live_session_token_signature",
    "load_dh_prime",
    "load_private_key",
    "load_public_key",
    "make_nonce",
    "make_timestamp",
    "normalize_url",
    "parse_authorization_header",
    "percent_encode",
    "realm_for",
    "rfc3526_prime_2048",
    "server_live_session_token",
    "sign_hmac_sha256",
    "sign_hmac_sha256_with_key",
    "sign_rsa_sha256",
    "to_byte_array",
    "to_hex",
    "validate_live_session_token",
    "verify_hmac_sha256",
    "verify_hmac_sha256_with_key",
    "verify_rsa_sha256",
]

REALM_LIMITED_POA = "limited_poa"
REALM_TEST = "test_realm"
TEST_CONSUMER_KEY = "TESTCONS"
LST_ENDPOINT = "/oauth/live_session_token"
"""Relative to the ``/v1/api`` base."""

_EXCLUDED_FROM_BASE = frozenset({"realm", "oauth_signature"})
_NONCE_ALPHABET = string.ascii_letters + string.digits

# Every request is signed (client) and verified (fake gateway), so the encoding below is on the hot
# path. Almost every value IBKR sees is already unreserved (ids, hex, digits, "HMAC-SHA256"): one
# regex match proves that and the value is returned as is; other ASCII values get one regex pass
# that escapes only the reserved characters; non-ASCII text falls back to ``urllib.parse.quote``.
# ``tests/auth`` checks against the reference ``quote(value, safe="~")`` on arbitrary strings.
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*")
_UNRESERVED_OR_PAIR_SEPARATORS = re.compile(r"[A-Za-z0-9._~=&-]*")
_RESERVED_ASCII = re.compile(r"[^A-Za-z0-9._~-]")
_ASCII_ESCAPES = {chr(c): f"%{c:02X}" for c in range(128)}


def realm_for(consumer_key: str) -> str:
    """IBKR's realm: ``test_realm`` for the shared ``TESTCONS`` consumer key, else ``limited_poa``."""
    return REALM_TEST if consumer_key == TEST_CONSUMER_KEY else REALM_LIMITED_POA


# --------------------------------------------------------------------------- encoding / base string


def percent_encode(value: str) -> str:
    """RFC 5849 section 3.6 percent-encoding (unreserved kept, space is ``%20``, UTF-8 bytes).

    Equal to ``urllib.parse.quote(value, safe="~")``, with fast paths for the common cases.
    """
    if _UNRESERVED.fullmatch(value) is not None:
        return value
    if value.isascii():
        return _RESERVED_ASCII.sub(_escape_ascii, value)
    return quote(value, safe="~")


def _escape_ascii(match: re.Match[str]) -> str:
    return _ASCII_ESCAPES[match.group()]


def _encode_pairs(joined: str) -> str:
    """``percent_encode`` of ``k=v&k=v...``; when only the separators need escaping, two replaces."""
    if _UNRESERVED_OR_PAIR_SEPARATORS.fullmatch(joined) is not None:
        return joined.replace("&", "%26").replace("=", "%3D")
    return percent_encode(joined)


def normalize_url(url: str) -> str:
    """The base-string URI: lower-case scheme and host, default port dropped, no query/fragment."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    port = parts.port
    if port is not None and not ((scheme == "https" and port == 443) or (scheme == "http" and port == 80)):
        host = f"{host}:{port}"
    return f"{scheme}://{host}{parts.path or '/'}"


@functools.lru_cache(maxsize=256)
def _encoded_base_uri(scheme: str, netloc: str, path: str) -> str:
    """``percent_encode(normalize_url(...))`` of a URL without query; a client talks to few URLs."""
    return percent_encode(normalize_url(f"{scheme}://{netloc}{path}"))


def base_string(
    method: str,
    url: str,
    oauth_params: Mapping[str, str],
    *,
    form_params: Iterable[tuple[str, str]] = (),
    prepend: str | None = None,
) -> str:
    """The OAuth signature base string.

    ``url`` may carry a query string: its parameters are decoded and included, and the query is
    dropped from the URI part. ``oauth_params`` are the Authorization-header parameters (``realm``
    and ``oauth_signature`` are ignored if present). ``form_params`` are decoded
    ``application/x-www-form-urlencoded`` body parameters. ``prepend`` (the hex access-token-secret
    plaintext) goes in front of the whole string for the live-session-token request only.
    """
    parts = urlsplit(url)
    pairs = [(k, v) for k, v in oauth_params.items() if k not in _EXCLUDED_FROM_BASE]
    if parts.query:
        pairs.extend(parse_qsl(parts.query, keep_blank_values=True))
    pairs.extend(form_params)
    pairs.sort()
    joined = "&".join([f"{k}={v}" for k, v in pairs])
    uri = _encoded_base_uri(parts.scheme, parts.netloc, parts.path)
    result = f"{method.upper()}&{uri}&{_encode_pairs(joined)}"
    return f"{prepend}{result}" if prepend is not None else result


# --------------------------------------------------------------------------- signatures


def sign_rsa_sha256(base: str, private_key: rsa.RSAPrivateKey) -> str:
    """RSA-SHA256 (PKCS#1 v1.5) signature of ``base``, base64 (not yet percent-encoded)."""
    signature = private_key.sign(base.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(signature).decode("ascii")


def verify_rsa_sha256(base: str, signature_b64: str, public_key: rsa.RSAPublicKey) -> bool:
    """True when ``signature_b64`` is a valid RSA-SHA256 signature of ``base`` for ``public_key``."""
    try:
        signature = base64.b64decode(signature_b64, validate=True)
        public_key.verify(signature, base.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


def hmac_key(lst_b64: str) -> bytes:
    """The HMAC-SHA256 request-signing key: ``b64decode(LST)``. Decode once per LST, not per request."""
    return base64.b64decode(lst_b64)


def sign_hmac_sha256(base: str, lst_b64: str) -> str:
    """HMAC-SHA256 signature of ``base`` keyed with the decoded live session token, base64."""
    return sign_hmac_sha256_with_key(base, hmac_key(lst_b64))


def sign_hmac_sha256_with_key(base: str, key: bytes) -> str:
    """:func:`sign_hmac_sha256` with the key already decoded (see :func:`hmac_key`)."""
    return base64.b64encode(hmac.digest(key, base.encode("utf-8"), "sha256")).decode("ascii")


_B64_ESCAPES = str.maketrans({"+": "%2B", "/": "%2F", "=": "%3D"})


class HmacSigner:
    """HMAC-SHA256 request signing for one consumer, access token, realm and live session token.

    What does not change between requests is computed once: the keyed HMAC state (copied per
    request), and, when the consumer key and access token are unreserved characters (IBKR's are),
    the encoded pieces of the base string and of the ``Authorization`` header around the nonce,
    timestamp and signature. The result is exactly :func:`base_string` + :func:`authorization_header`
    (the general path, still taken for a query string, a form body or unusual values;
    ``tests/auth`` compares both). ``repr`` shows nothing secret.
    """

    __slots__ = (
        "_auth_head",
        "_auth_tail",
        "_base_head",
        "_base_mid",
        "_base_tail",
        "_fast",
        "_mac",
        "_params",
    )

    def __init__(self, consumer_key: str, access_token: str, realm: str, key: bytes) -> None:
        self._mac = hmac.new(key, digestmod=hashlib.sha256)
        self._params = (consumer_key, access_token, realm)
        self._fast = bool(_UNRESERVED.fullmatch(consumer_key) and _UNRESERVED.fullmatch(access_token))
        # base-string parameters, sorted: consumer_key, nonce, signature_method, timestamp, token
        self._base_head = f"oauth_consumer_key%3D{consumer_key}%26oauth_nonce%3D"
        self._base_mid = "%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D"
        self._base_tail = f"%26oauth_token%3D{access_token}"
        # header parameters, sorted: consumer_key, nonce, signature, signature_method, timestamp, token
        self._auth_head = f'OAuth realm="{realm}", oauth_consumer_key="{consumer_key}", oauth_nonce="'
        self._auth_tail = f'", oauth_token="{access_token}"'

    def __repr__(self) -> str:
        return "HmacSigner(***)"

    def sign(self, base: str) -> str:
        """The base64 HMAC-SHA256 signature of ``base`` (as :func:`sign_hmac_sha256_with_key`)."""
        mac = self._mac.copy()
        mac.update(base.encode("utf-8"))
        return base64.b64encode(mac.digest()).decode("ascii")

    def authorization(
        self,
        method: str,
        url: str,
        nonce: str,
        timestamp: str,
        form_params: Iterable[tuple[str, str]] = (),
    ) -> str:
        """The ``Authorization`` header value of a request (``url`` as sent, query included)."""
        parts = urlsplit(url)
        if (
            self._fast
            and not parts.query
            and not form_params
            and _UNRESERVED.fullmatch(nonce) is not None
            and _UNRESERVED.fullmatch(timestamp) is not None
        ):
            uri = _encoded_base_uri(parts.scheme, parts.netloc, parts.path)
            signature = self.sign(
                f"{method.upper()}&{uri}&{self._base_head}{nonce}{self._base_mid}{timestamp}{self._base_tail}"
            )
            return (
                f'{self._auth_head}{nonce}", oauth_signature="{signature.translate(_B64_ESCAPES)}", '
                f'oauth_signature_method="HMAC-SHA256", oauth_timestamp="{timestamp}{self._auth_tail}'
            )
        consumer_key, access_token, realm = self._params
        params = {
            "oauth_consumer_key": consumer_key,
            "oauth_nonce": nonce,
            "oauth_signature_method": "HMAC-SHA256",
            "oauth_timestamp": timestamp,
            "oauth_token": access_token,
        }
        params["oauth_signature"] = self.sign(base_string(method, url, params, form_params=form_params))
        return authorization_header(params, realm)


def verify_hmac_sha256(base: str, signature_b64: str, lst_b64: str) -> bool:
    """Constant-time check of an HMAC-SHA256 request signature."""
    return verify_hmac_sha256_with_key(base, signature_b64, hmac_key(lst_b64))


def verify_hmac_sha256_with_key(base: str, signature_b64: str, key: bytes) -> bool:
    """:func:`verify_hmac_sha256` with the key already decoded.

    Compares the exact base64 text (as bytes, so a non-ASCII signature is simply unequal instead of
    a ``TypeError`` from ``compare_digest`` on ``str``).
    """
    expected = base64.b64encode(hmac.digest(key, base.encode("utf-8"), "sha256"))
    return hmac.compare_digest(expected, signature_b64.encode("utf-8", "surrogatepass"))


# --------------------------------------------------------------------------- Diffie-Hellman


def dh_random(bits: int = 256) -> int:
    """The client's secret DH exponent ``a`` (IBKR uses 256 random bits)."""
    while True:
        a = secrets.randbits(bits)
        if a > 1:
            return a


def dh_challenge(a: int, prime: int, generator: int = 2) -> int:
    """``A = generator^a mod prime``; sent as hex in ``diffie_hellman_challenge``."""
    return pow(generator, a, prime)


def dh_shared_secret(B: int, a: int, prime: int) -> int:
    """``K = B^a mod prime``. Rejects degenerate peer values (0, 1, p-1 and out-of-range)."""
    if not 1 < B < prime - 1:
        raise ValueError("diffie_hellman_response is out of range for the configured DH prime")
    return pow(B, a, prime)


def to_hex(x: int) -> str:
    """Lower-case hex without ``0x`` (IBKR's wire format for DH values)."""
    return format(x, "x")


def from_hex(value: str) -> int:
    """Parse IBKR's hex DH values; raises ``ValueError`` on anything that is not hex."""
    cleaned = value.strip().lower().removeprefix("0x")
    if not cleaned or not all(c in string.hexdigits for c in cleaned):
        raise ValueError("not a hexadecimal number")
    return int(cleaned, 16)


def to_byte_array(x: int) -> bytes:
    """Big-endian bytes of ``x`` with a leading ``0x00`` when the top bit is set.

    This is Java's ``BigInteger.toByteArray()`` (two's complement, minimal length), which IBKR's
    server uses for ``K``; getting it wrong breaks the LST for about half of all exchanges.
    """
    if x < 0:
        raise ValueError("to_byte_array expects a non-negative integer")
    return x.to_bytes(x.bit_length() // 8 + 1, "big")


# --------------------------------------------------------------------------- live session token


def decrypt_access_token_secret(encrypted_b64: str, encryption_private_key: rsa.RSAPrivateKey) -> str:
    """The LST ``prepend``: hex of the RSA-PKCS#1-v1.5 plaintext of the access token secret."""
    plaintext = encryption_private_key.decrypt(base64.b64decode(encrypted_b64), padding.PKCS1v15())
    return plaintext.hex()


def encrypt_access_token_secret(plaintext: bytes, encryption_public_key: rsa.RSAPublicKey) -> str:
    """Inverse of :func:`decrypt_access_token_secret` (what IBKR's portal does; used by fakes/tests)."""
    return base64.b64encode(encryption_public_key.encrypt(plaintext, padding.PKCS1v15())).decode("ascii")


def derive_live_session_token(K: int, prepend_hex: str) -> str:
    """``base64(HMAC-SHA1(key=to_byte_array(K), msg=bytes.fromhex(prepend_hex)))``."""
    digest = hmac.new(to_byte_array(K), bytes.fromhex(prepend_hex), hashlib.sha1).digest()
    return base64.b64encode(digest).decode("ascii")


def live_session_token_signature(lst_b64: str, consumer_key: str) -> str:
    """``hex(HMAC-SHA1(key=b64decode(LST), msg=consumer_key))``: what the server sends back."""
    return hmac.new(base64.b64decode(lst_b64), consumer_key.encode("utf-8"), hashlib.sha1).hexdigest()


def validate_live_session_token(lst_b64: str, signature_hex: str, consumer_key: str) -> bool:
    """True when the server's ``live_session_token_signature`` matches our derived LST."""
    return hmac.compare_digest(
        live_session_token_signature(lst_b64, consumer_key), signature_hex.strip().lower()
    )


@dataclass(frozen=True, slots=True)
class LstServerResponse:
    """What a server computes for one ``/oauth/live_session_token`` call (fake gateway, tests)."""

    diffie_hellman_response: str  # B, hex
    live_session_token: str  # base64
    live_session_token_signature: str  # hex

    def __repr__(self) -> str:  # never show the LST
        return f"LstServerResponse(diffie_hellman_response={self.diffie_hellman_response[:8]}…, ...)"


def server_live_session_token(
    challenge_hex: str,
    prime: int,
    prepend_hex: str,
    consumer_key: str,
    *,
    generator: int = 2,
    b: int | None = None,
) -> LstServerResponse:
    """The server side of the exchange: pick ``b``, answer ``B``, derive the same LST, sign it."""
    A = from_hex(challenge_hex)
    if not 1 < A < prime - 1:
        raise ValueError("diffie_hellman_challenge is out of range for the DH prime")
    b = dh_random() if b is None else b
    lst = derive_live_session_token(pow(A, b, prime), prepend_hex)
    return LstServerResponse(
        diffie_hellman_response=to_hex(pow(generator, b, prime)),
        live_session_token=lst,
        live_session_token_signature=live_session_token_signature(lst, consumer_key),
    )


# --------------------------------------------------------------------------- Authorization header


def authorization_header(params: Mapping[str, str], realm: str) -> str:
    """``OAuth realm="…", k="v", …`` with keys sorted and values percent-encoded.

    Percent-encoding the values is what IBKR's sample does for ``oauth_signature`` (base64 holds
    ``+ / =``); all other IBKR parameter values are alphanumeric, so encoding them is a no-op.
    """
    pairs = ", ".join([f'{k}="{percent_encode(v)}"' for k, v in sorted(params.items()) if k != "realm"])
    return f'OAuth realm="{realm}", {pairs}' if pairs else f'OAuth realm="{realm}"'


_PARAM = r'\s*([A-Za-z0-9_\-.]+)\s*=\s*"([^"]*)"\s*(?:,|$)'
_HEADER_PARAM = re.compile(_PARAM)
# The whole parameter list at once: one C-level pass validates it, one ``findall`` extracts it
# (the fake gateway parses a header per request; a Python loop of ``match`` calls cost ~5 us).
_HEADER_PARAMS = re.compile(f"(?:{_PARAM})*")


def parse_authorization_header(header: str) -> dict[str, str]:
    """Parse ``OAuth k="v", …`` into a dict (values percent-decoded, ``realm`` included).

    Raises ``ValueError`` when the header is not an OAuth header or is malformed.
    """
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() != "oauth":
        raise ValueError("Authorization header does not use the OAuth scheme")
    rest = rest.strip()
    if _HEADER_PARAMS.fullmatch(rest) is None:
        raise ValueError("malformed OAuth Authorization header")
    pairs = _HEADER_PARAM.findall(rest)
    result = {key: unquote(value) if "%" in value else value for key, value in pairs}
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"duplicate OAuth parameter {key!r}")
            seen.add(key)
    return result


# --------------------------------------------------------------------------- nonce / timestamp


def make_nonce(length: int = 16) -> str:
    """Random alphanumeric nonce (IBKR's sample uses 16 characters), uniform over ``[A-Za-z0-9]``.

    One ``os.urandom`` call (the source behind :mod:`secrets`) and one ``bytes.translate``: bytes
    below 248 (= 4 * 62) map to ``alphabet[b % 62]`` with no bias, the 8 bytes above are dropped
    (rejection sampling), so each character carries log2(62) ~ 5.95 bits like ``secrets.choice``
    but costs well under a microsecond instead of ~10 us for 16 ``secrets.choice`` calls.
    """
    out = b""
    while len(out) < length:
        out += os.urandom(length + length // 4 + 4).translate(_NONCE_TABLE, _NONCE_REJECTED)
    return out[:length].decode("ascii")


_NONCE_TABLE = bytes(_NONCE_ALPHABET.encode("ascii")[b % 62] for b in range(256))
_NONCE_REJECTED = bytes(range(4 * 62, 256))


def make_timestamp(now: float | None = None) -> str:
    """Whole seconds since the epoch, as a string."""
    return str(int(time.time() if now is None else now))


# --------------------------------------------------------------------------- loading keys and primes


def _pem_bytes(value: str | bytes | os.PathLike[str], *, what: str) -> bytes:
    """PEM contents given either the contents themselves or a path to a file holding them."""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str) and "-----BEGIN" in value:
        return value.encode("ascii")
    path = Path(value)
    try:
        return path.read_bytes()
    except OSError as exc:
        # The value is not echoed: a mangled PEM body passed as "path" would be key material.
        raise ValueError(f"{what} is neither PEM contents nor a readable file ({exc.strerror})") from None
    except ValueError:  # e.g. an embedded NUL: certainly not a path
        raise ValueError(f"{what} is neither PEM contents nor a readable file") from None


def load_private_key(value: str | bytes | os.PathLike[str]) -> rsa.RSAPrivateKey:
    """An RSA private key from PEM contents or a PEM file path (unencrypted PKCS#1 or PKCS#8)."""
    data = _pem_bytes(value, what="private key")
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a usable PEM private key ({type(exc).__name__})") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the private key is not an RSA key")
    return key


def load_public_key(value: str | bytes | os.PathLike[str]) -> rsa.RSAPublicKey:
    """An RSA public key from PEM contents or a PEM file path."""
    data = _pem_bytes(value, what="public key")
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not a usable PEM public key ({type(exc).__name__})") from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the public key is not an RSA key")
    return key


def load_dh_prime(value: str | bytes | os.PathLike[str]) -> int:
    """The DH prime from hex, from PEM DH parameters (``dhparam.pem`` contents) or from a path to one."""
    if isinstance(value, str) and "-----BEGIN" not in value:
        try:
            return from_hex(value)
        except ValueError:
            pass  # not hex: treat it as a path
    data = _pem_bytes(value, what="DH parameters")
    try:
        return _prime_via_cryptography(data)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"not usable PEM DH parameters ({type(exc).__name__})") from None


def _prime_via_cryptography(pem: bytes) -> int:
    """``load_pem_parameters`` (cryptography deprecates finite-field DH; we only read ``p``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        loader = getattr(serialization, "load_pem_parameters", None)
        if loader is None:  # a future cryptography without FFDH: read the PKCS#3 DER ourselves
            return _prime_from_pkcs3_pem(pem)
        params = loader(pem)
        numbers = params.parameter_numbers()
        p = getattr(numbers, "p", None)
        if not isinstance(p, int):
            raise ValueError("the PEM parameters are not Diffie-Hellman parameters")
        return p


def _prime_from_pkcs3_pem(pem: bytes) -> int:
    """``p`` from PKCS#3 or X9.42 PEM DH parameters (both DER ``SEQUENCE { INTEGER p, ... }``)."""
    text = pem.decode("ascii", "replace")
    match = re.search(
        r"-----BEGIN (?:X9\.42 )?DH PARAMETERS-----(.*?)-----END (?:X9\.42 )?DH PARAMETERS-----", text, re.S
    )
    if match is None:
        raise ValueError("no DH PARAMETERS block")
    der = base64.b64decode("".join(match.group(1).split()))

    def read_length(pos: int) -> tuple[int, int]:
        first = der[pos]
        if first < 0x80:
            return first, pos + 1
        count = first & 0x7F
        return int.from_bytes(der[pos + 1 : pos + 1 + count], "big"), pos + 1 + count

    if not der or der[0] != 0x30:
        raise ValueError("DH parameters are not a DER SEQUENCE")
    _, pos = read_length(1)
    if der[pos] != 0x02:
        raise ValueError("DH parameters do not start with an INTEGER")
    length, pos = read_length(pos + 1)
    return int.from_bytes(der[pos : pos + length], "big")


def rfc3526_prime_2048() -> int:
    """The 2048-bit MODP group 14 prime of RFC 3526 (generator 2), computed from its definition.

    ``p = 2^2048 - 2^1984 - 1 + 2^64 * (floor(2^1918 * pi) + 124476)``. A well-known safe prime for
    tests and fakes that want the real 2048-bit path without generating parameters.
    """
    guard = 2**64
    one = 2**1918 * guard

    def arctan_inv(x: int) -> int:
        total = term = one // x
        n, sign = 1, -1
        while term:
            term //= x * x
            n += 2
            total += sign * (term // n)
            sign = -sign
        return total

    pi_scaled = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return 2**2048 - 2**1984 - 1 + 2**64 * (pi_scaled // guard + 124476)
