"""The fast signing paths of ``oauth1_core`` give exactly what the plain reference code gives.

Signing runs on every request (and the fake gateway verifies with the same functions), so
``percent_encode``, ``base_string`` and ``make_nonce`` take shortcuts; these properties pin them to
the straightforward RFC 5849 definitions written here with ``urllib.parse`` only.
"""

from __future__ import annotations

import string
from collections import Counter
from urllib.parse import parse_qsl, quote, urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from ibkr_webapi.auth import oauth1_core as core

UNRESERVED = string.ascii_letters + string.digits + "-._~"


def reference_encode(value: str) -> str:
    """RFC 5849 section 3.6, byte by byte: unreserved kept, everything else ``%XX`` of UTF-8."""
    return "".join(chr(b) if chr(b) in UNRESERVED else f"%{b:02X}" for b in value.encode("utf-8"))


def reference_base_string(method: str, url: str, oauth: dict[str, str], form: list[tuple[str, str]]) -> str:
    """The base string as IBKR's sample builds it, with no shortcuts."""
    pairs = [(k, v) for k, v in oauth.items() if k not in ("realm", "oauth_signature")]
    pairs += parse_qsl(urlsplit(url).query, keep_blank_values=True) + form
    joined = "&".join(f"{k}={v}" for k, v in sorted(pairs))
    return "&".join([method.upper(), reference_encode(core.normalize_url(url)), reference_encode(joined)])


# Text that hits every path: unreserved only, reserved ASCII, separators, non-ASCII (incl. astral).
texts = st.one_of(
    st.text(),
    st.text(alphabet=UNRESERVED),
    st.text(alphabet=UNRESERVED + "=&"),
    st.text(alphabet=string.printable),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=["Cs"])),
)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_fast_percent_encoding_equals_the_rfc5849_reference(value: str) -> None:
    assert core.percent_encode(value) == reference_encode(value) == quote(value, safe="~")


keys = st.text(alphabet=UNRESERVED, min_size=1, max_size=12)
values = st.one_of(st.text(alphabet=UNRESERVED, max_size=20), st.text(max_size=20))


@settings(max_examples=300, deadline=None)
@given(
    method=st.sampled_from(["GET", "post", "DELETE"]),
    path=st.text(alphabet=UNRESERVED + "/", max_size=30),
    query=st.lists(st.tuples(keys, values), max_size=4),
    oauth=st.dictionaries(keys, values, max_size=6),
    form=st.lists(st.tuples(keys, values), max_size=3),
)
def test_fast_base_string_equals_the_reference(
    method: str,
    path: str,
    query: list[tuple[str, str]],
    oauth: dict[str, str],
    form: list[tuple[str, str]],
) -> None:
    qs = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in query)
    url = f"https://API.ibkr.com:443/v1/api/{path}" + (f"?{qs}" if qs else "")
    assert core.base_string(method, url, oauth, form_params=form) == reference_base_string(
        method, url, oauth, form
    )


def test_nonces_are_alphanumeric_unique_and_use_the_whole_alphabet() -> None:
    nonces = [core.make_nonce() for _ in range(2000)]
    assert len(set(nonces)) == len(nonces)
    assert all(len(n) == 16 and all(c in core._NONCE_ALPHABET for c in n) for n in nonces)
    seen = Counter("".join(nonces))
    assert set(seen) == set(core._NONCE_ALPHABET)  # 32 000 draws: every one of the 62 shows up
    assert len(core.make_nonce(1)) == 1 and len(core.make_nonce(100)) == 100


def test_header_parsing_accepts_what_the_signer_writes_and_rejects_the_malformed() -> None:
    params = {"oauth_nonce": "abc", "oauth_signature": "a+b/c=", "oauth_token": "t"}
    header = core.authorization_header(params, "limited_poa")
    assert core.parse_authorization_header(header) == {**params, "realm": "limited_poa"}
    assert core.parse_authorization_header('OAuth  a = "1" ,b="%7E%20x",') == {"a": "1", "b": "~ x"}
    for bad in ('OAuth a="1" b="2"', "OAuth a=1", 'OAuth a="1", junk', 'Bearer a="1"', 'OAuth a="1", a="2"'):
        try:
            core.parse_authorization_header(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")


def test_hmac_with_a_decoded_key_equals_the_lst_form_and_odd_signatures_are_just_invalid() -> None:
    lst = "dGhpcyBpcyBhIGxpdmUgc2Vzc2lvbiB0b2s="
    base = core.base_string("GET", "https://api.ibkr.com/v1/api/x?b=2&a=1", {"oauth_nonce": "n"})
    signature = core.sign_hmac_sha256(base, lst)
    assert core.sign_hmac_sha256_with_key(base, core.hmac_key(lst)) == signature
    assert core.verify_hmac_sha256_with_key(base, signature, core.hmac_key(lst))
    assert core.verify_hmac_sha256(base, signature, lst)
    assert not core.verify_hmac_sha256(base, signature.rstrip("="), lst)  # exact text, not its decoding
    assert not core.verify_hmac_sha256(base, "é" + signature[1:], lst)  # no TypeError on non-ASCII


def _general_authorization(
    method: str,
    url: str,
    ck: str,
    tok: str,
    realm: str,
    key: bytes,
    nonce: str,
    ts: str,
    form: list[tuple[str, str]],
) -> str:
    params = {
        "oauth_consumer_key": ck,
        "oauth_nonce": nonce,
        "oauth_signature_method": "HMAC-SHA256",
        "oauth_timestamp": ts,
        "oauth_token": tok,
    }
    base = reference_base_string(method, url, params, form)
    params["oauth_signature"] = core.sign_hmac_sha256_with_key(base, key)
    return core.authorization_header(params, realm)


ids = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=24)
paths = st.lists(st.text(alphabet=UNRESERVED + "%", min_size=1, max_size=12), min_size=1, max_size=4)


@settings(max_examples=300)
@given(
    method=st.sampled_from(["GET", "post", "DELETE"]),
    path=paths,
    query=st.one_of(st.just(""), st.text(alphabet=UNRESERVED + "=&,", max_size=20)),
    ck=st.one_of(ids, texts),
    tok=st.one_of(ids, texts),
    nonce=st.one_of(ids, texts),
    ts=st.one_of(st.integers(0, 2**40).map(str), texts),
    form=st.lists(st.tuples(texts, texts), max_size=2),
    key=st.binary(min_size=1, max_size=40),
)
def test_signer_gives_what_the_general_path_gives(
    method: str,
    path: list[str],
    query: str,
    ck: str,
    tok: str,
    nonce: str,
    ts: str,
    form: list[tuple[str, str]],
    key: bytes,
) -> None:
    url = "https://api.ibkr.com/v1/api/" + "/".join(path) + (f"?{query}" if query else "")
    signer = core.HmacSigner(ck, tok, "limited_poa", key)
    expected = _general_authorization(method, url, ck, tok, "limited_poa", key, nonce, ts, form)
    assert signer.authorization(method, url, nonce, ts, form) == expected
    assert repr(signer) == "HmacSigner(***)"  # nothing of the credentials
