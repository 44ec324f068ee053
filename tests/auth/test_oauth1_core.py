"""OAuth 1.0a math against fixed vectors computed here with hashlib/hmac/base64/urllib only."""

from __future__ import annotations

import base64
import hashlib
import hmac
from pathlib import Path
from urllib.parse import quote_plus

import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import dh, padding, rsa

from ibkr_webapi.auth import oauth1_core as core

from .helpers import SECRET_PLAINTEXT, SMALL_PRIME, _is_probable_prime

URL = "https://api.ibkr.com/v1/api/iserver/marketdata/snapshot?conids=265598,8314&fields=31,84&q=BRK%20B~*"
OAUTH = {
    "oauth_consumer_key": "TESTCONS",
    "oauth_nonce": "abc123",
    "oauth_signature_method": "HMAC-SHA256",
    "oauth_timestamp": "1700000000",
    "oauth_token": "tok",
}
EXPECTED_BASE = (
    "GET&https%3A%2F%2Fapi.ibkr.com%2Fv1%2Fapi%2Fiserver%2Fmarketdata%2Fsnapshot&"
    "conids%3D265598%2C8314%26fields%3D31%2C84%26oauth_consumer_key%3DTESTCONS%26"
    "oauth_nonce%3Dabc123%26oauth_signature_method%3DHMAC-SHA256%26oauth_timestamp%3D1700000000%26"
    "oauth_token%3Dtok%26q%3DBRK%20B~%2A"
)


def _independent_base() -> str:
    pairs = sorted([*OAUTH.items(), ("conids", "265598,8314"), ("fields", "31,84"), ("q", "BRK B~*")])
    joined = "&".join(f"{k}={v}" for k, v in pairs)

    def enc(s: str) -> str:
        return quote_plus(s, safe="~").replace("+", "%20")

    return "&".join(["GET", enc("https://api.ibkr.com/v1/api/iserver/marketdata/snapshot"), enc(joined)])


def test_base_string_with_query_and_special_characters_matches_fixed_vector() -> None:
    assert _independent_base() == EXPECTED_BASE
    assert core.base_string("GET", URL, OAUTH) == EXPECTED_BASE


def test_base_string_ignores_realm_and_signature_and_includes_form_params() -> None:
    with_extras = {**OAUTH, "realm": "limited_poa", "oauth_signature": "x"}
    assert core.base_string("get", URL, with_extras) == EXPECTED_BASE
    form = core.base_string("POST", "https://h/p", {"a": "1"}, form_params=[("b", "2 3")])
    assert form == "POST&https%3A%2F%2Fh%2Fp&a%3D1%26b%3D2%203"


def test_lst_request_base_string_is_prefixed_with_prepend() -> None:
    base = core.base_string("POST", "https://h/lst", {"k": "v"}, prepend="abcd")
    assert base == "abcdPOST&https%3A%2F%2Fh%2Flst&k%3Dv"


@pytest.mark.parametrize(
    ("raw", "encoded"),
    [
        ("Ladies + Gentlemen", "Ladies%20%2B%20Gentlemen"),
        ("An encoded string!", "An%20encoded%20string%21"),
        ("Dogs, Cats & Mice", "Dogs%2C%20Cats%20%26%20Mice"),
        ("\u2603", "%E2%98%83"),
        ("-._~azAZ09", "-._~azAZ09"),
    ],
)
def test_percent_encoding_follows_rfc5849(raw: str, encoded: str) -> None:
    assert core.percent_encode(raw) == encoded


def test_normalize_url_drops_default_port_query_and_lowercases_host() -> None:
    assert core.normalize_url("HTTPS://API.IBKR.com:443/v1/api/X?y=1#f") == "https://api.ibkr.com/v1/api/X"
    assert core.normalize_url("https://127.0.0.1:8443/v1/api") == "https://127.0.0.1:8443/v1/api"


def test_hmac_sha256_signature_matches_independent_computation() -> None:
    lst = base64.b64encode(b"0123456789abcdefghij").decode()
    expected = base64.b64encode(
        hmac.new(b"0123456789abcdefghij", EXPECTED_BASE.encode(), hashlib.sha256).digest()
    ).decode()
    assert core.sign_hmac_sha256(EXPECTED_BASE, lst) == expected
    assert core.verify_hmac_sha256(EXPECTED_BASE, expected, lst)
    assert not core.verify_hmac_sha256(EXPECTED_BASE + "x", expected, lst)


def _java_byte_array(k: int) -> bytes:
    """IBKR's published to_byte_array, re-stated with hex strings."""
    h = format(k, "x")
    h = "0" * (len(h) % 2) + h
    out = bytes.fromhex(h)
    return b"\x00" + out if len(bin(k)[2:]) % 8 == 0 else out


@pytest.mark.parametrize(
    ("value", "expected"),
    [(0x7F, b"\x7f"), (0x80, b"\x00\x80"), (0xFF00, b"\x00\xff\x00"), (0x100, b"\x01\x00"), (0, b"\x00")],
)
def test_to_byte_array_adds_sign_byte_only_when_top_bit_set(value: int, expected: bytes) -> None:
    assert core.to_byte_array(value) == expected == _java_byte_array(value)


def test_lst_derivation_from_known_values_matches_independent_math() -> None:
    prime = 2**64 - 59
    prepend = SECRET_PLAINTEXT.hex()
    seen_top_bit = {True: False, False: False}
    for a in range(0x1234567890ABCDEF, 0x1234567890ABCDEF + 64):
        big_b = 0xFEDCBA0987654321 % prime
        k = pow(big_b, a, prime)
        expected = base64.b64encode(
            hmac.new(_java_byte_array(k), bytes.fromhex(prepend), hashlib.sha1).digest()
        ).decode()
        assert core.dh_shared_secret(big_b, a, prime) == k
        assert core.derive_live_session_token(k, prepend) == expected
        seen_top_bit[k.bit_length() % 8 == 0] = True
    assert all(seen_top_bit.values()), "vectors must cover K with and without the sign byte"


def test_fixed_lst_vector() -> None:
    # K = 0x80.. forces the sign byte; everything below is spelled out by hand.
    k = 0x80FF
    prepend = "00ff10"
    expected = base64.b64encode(hmac.new(b"\x00\x80\xff", b"\x00\xff\x10", hashlib.sha1).digest()).decode()
    assert core.derive_live_session_token(k, prepend) == expected


def test_lst_validation_against_independent_signature() -> None:
    lst = base64.b64encode(b"live-session-token-bytes").decode()
    sig = hmac.new(b"live-session-token-bytes", b"CONSUMERKEY", hashlib.sha1).hexdigest()
    assert core.validate_live_session_token(lst, sig, "CONSUMERKEY")
    assert core.validate_live_session_token(lst, sig.upper(), "CONSUMERKEY")
    assert not core.validate_live_session_token(lst, sig, "OTHERKEY")
    assert not core.validate_live_session_token(lst, "0" * 40, "CONSUMERKEY")


def test_dh_challenge_and_server_side_agree_on_the_lst() -> None:
    a = core.dh_random()
    challenge = core.dh_challenge(a, SMALL_PRIME)
    assert challenge == pow(2, a, SMALL_PRIME)
    server = core.server_live_session_token(core.to_hex(challenge), SMALL_PRIME, "0a0b", "CK")
    k = core.dh_shared_secret(core.from_hex(server.diffie_hellman_response), a, SMALL_PRIME)
    assert core.derive_live_session_token(k, "0a0b") == server.live_session_token
    assert core.validate_live_session_token(
        server.live_session_token, server.live_session_token_signature, "CK"
    )
    assert server.live_session_token not in repr(server)


@pytest.mark.parametrize("bad", [0, 1, SMALL_PRIME - 1, SMALL_PRIME, SMALL_PRIME + 5])
def test_degenerate_dh_response_is_rejected(bad: int) -> None:
    with pytest.raises(ValueError, match="out of range"):
        core.dh_shared_secret(bad, 12345, SMALL_PRIME)


def test_rsa_sha256_signature_verifies_with_plain_cryptography(signature_key: rsa.RSAPrivateKey) -> None:
    sig = core.sign_rsa_sha256(EXPECTED_BASE, signature_key)
    signature_key.public_key().verify(
        base64.b64decode(sig), EXPECTED_BASE.encode(), padding.PKCS1v15(), hashes.SHA256()
    )
    assert core.verify_rsa_sha256(EXPECTED_BASE, sig, signature_key.public_key())
    assert not core.verify_rsa_sha256(EXPECTED_BASE + "x", sig, signature_key.public_key())
    assert not core.verify_rsa_sha256(EXPECTED_BASE, "not base64!", signature_key.public_key())


def test_rsa_verify_rejects_other_key(signature_key: rsa.RSAPrivateKey, other_key: rsa.RSAPrivateKey) -> None:
    sig = core.sign_rsa_sha256("base", other_key)
    assert not core.verify_rsa_sha256("base", sig, signature_key.public_key())


def test_access_token_secret_decrypts_to_hex_prepend(encryption_key: rsa.RSAPrivateKey) -> None:
    ct = base64.b64encode(
        encryption_key.public_key().encrypt(b"\x01\xfe secret", padding.PKCS1v15())
    ).decode()
    assert core.decrypt_access_token_secret(ct, encryption_key) == b"\x01\xfe secret".hex()
    roundtrip = core.encrypt_access_token_secret(b"xyz", encryption_key.public_key())
    assert core.decrypt_access_token_secret(roundtrip, encryption_key) == b"xyz".hex()


def test_authorization_header_is_sorted_quoted_and_parses_back() -> None:
    params = {"oauth_token": "t", "oauth_signature": "ab+/=", "oauth_consumer_key": "CK", "oauth_nonce": "n"}
    header = core.authorization_header(params, "limited_poa")
    assert header == (
        'OAuth realm="limited_poa", oauth_consumer_key="CK", oauth_nonce="n", '
        'oauth_signature="ab%2B%2F%3D", oauth_token="t"'
    )
    assert core.parse_authorization_header(header) == {**params, "realm": "limited_poa"}


@pytest.mark.parametrize("bad", ["Bearer abc", 'OAuth realm="x", broken', 'OAuth a="1", a="2"'])
def test_parse_authorization_header_rejects_malformed(bad: str) -> None:
    with pytest.raises(ValueError):
        core.parse_authorization_header(bad)


def test_realm_nonce_timestamp() -> None:
    assert core.realm_for("TESTCONS") == "test_realm"
    assert core.realm_for("ANYTHINGELSE") == "limited_poa"
    nonces = {core.make_nonce() for _ in range(100)}
    assert len(nonces) == 100 and all(len(n) == 16 and n.isalnum() for n in nonces)
    assert core.make_timestamp(1700000000.9) == "1700000000"


def test_rfc3526_prime_is_the_published_safe_prime() -> None:
    p = core.rfc3526_prime_2048()
    assert p.bit_length() == 2048
    assert format(p, "X").startswith("FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1")
    assert format(p, "X").endswith("15728E5A8AACAA68FFFFFFFFFFFFFFFF")
    assert _is_probable_prime(p) and _is_probable_prime((p - 1) // 2)


@pytest.mark.filterwarnings("ignore::cryptography.utils.CryptographyDeprecationWarning")
def test_dh_prime_loads_from_hex_pem_contents_and_pem_path(tmp_path: Path) -> None:
    p = core.rfc3526_prime_2048()
    pem = (
        dh.DHParameterNumbers(p, 2)
        .parameters()
        .parameter_bytes(serialization.Encoding.PEM, serialization.ParameterFormat.PKCS3)
    )
    path = tmp_path / "dhparam.pem"
    path.write_bytes(pem)
    assert core.load_dh_prime(format(p, "x")) == p
    assert core.load_dh_prime("0x" + format(p, "X")) == p
    assert core.load_dh_prime(pem.decode()) == p
    assert core.load_dh_prime(str(path)) == p
    assert core.load_dh_prime(path) == p
    with pytest.raises(ValueError):
        core.load_dh_prime(str(tmp_path / "missing.pem"))


def test_dh_prime_pem_fallback_parser_reads_pkcs3_and_x942() -> None:
    p = core.rfc3526_prime_2048()

    def der_int(n: int) -> bytes:
        body = n.to_bytes(n.bit_length() // 8 + 1, "big")
        return b"\x02" + der_len(len(body)) + body

    def der_len(n: int) -> bytes:
        return bytes([n]) if n < 0x80 else bytes([0x82]) + n.to_bytes(2, "big")

    seq = der_int(p) + der_int(2)
    der = b"\x30" + der_len(len(seq)) + seq
    pkcs3 = b"-----BEGIN DH PARAMETERS-----\n" + base64.encodebytes(der) + b"-----END DH PARAMETERS-----\n"
    assert core._prime_from_pkcs3_pem(pkcs3) == p
    assert core.load_dh_prime(pkcs3.decode()) == p
    x942 = pkcs3.replace(b"DH PARAMETERS", b"X9.42 DH PARAMETERS")
    assert core._prime_from_pkcs3_pem(x942) == p


def test_private_key_loads_from_pem_contents_or_path(
    signature_key: rsa.RSAPrivateKey, tmp_path: Path
) -> None:
    pem = signature_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.TraditionalOpenSSL,
        serialization.NoEncryption(),
    )
    (tmp_path / "k.pem").write_bytes(pem)
    for source in (pem, pem.decode(), str(tmp_path / "k.pem"), tmp_path / "k.pem"):
        key = core.load_private_key(source)
        assert key.private_numbers() == signature_key.private_numbers()
    public_pem = signature_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert core.load_public_key(public_pem).public_numbers() == signature_key.public_key().public_numbers()
    with pytest.raises(ValueError) as info:
        core.load_private_key("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")  # a PEM body without its armour
    assert "MIIEv" not in str(info.value)
