"""Secrets never reach logs, reprs, exception messages or tracebacks."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa

from ibkr_webapi import IbkrError
from ibkr_webapi._redact import Secret, redact_headers, redact_text
from ibkr_webapi.auth import OAuth2Auth
from ibkr_webapi.auth import oauth1_core as core
from ibkr_webapi.config import Settings

from .helpers import ACCESS_TOKEN, BASE, CONSUMER_KEY, SECRET_PLAINTEXT, MockIbkr, pem_private


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.DEBUG):
        yield caplog


def _outputs(exc: BaseException | None) -> list[str]:
    if exc is None:
        return []
    return [str(exc), repr(exc), "".join(traceback.format_exception(exc))]


def _assert_clean(texts: list[str], secrets: list[str]) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"secret leaked: {secret[:6]}… in {text[:200]!r}"


def test_oauth1_flows_and_failures_leak_nothing(
    make_auth: Any,
    mock_ibkr: MockIbkr,
    signature_key: rsa.RSAPrivateKey,
    encryption_key: rsa.RSAPrivateKey,
    encrypted_secret: str,
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    outputs: list[str] = []
    auth = make_auth()

    def echoing(request: httpx.Request) -> httpx.Response:
        # A hostile / buggy server that echoes our credentials back in an error body.
        return httpx.Response(401, text=f"invalid consumer {CONSUMER_KEY} token {ACCESS_TOKEN}")

    scenarios: list[tuple[Any, Any]] = [
        (auth, mock_ibkr.handler),
        (make_auth(dh_prime=core.rfc3526_prime_2048()), mock_ibkr.handler),
        (make_auth(), echoing),
    ]
    for scenario_auth, handler in scenarios:
        error: BaseException | None = None
        with httpx.Client(
            auth=scenario_auth, transport=httpx.MockTransport(handler), base_url=BASE
        ) as client:
            try:
                client.get("/iserver/accounts", params={"x": "1"})
                mock_ibkr.invalidate()
                client.get("/iserver/accounts")
                mock_ibkr.always_unauthorized = True
                client.get("/iserver/accounts")
            except IbkrError as exc:
                error = exc
            finally:
                mock_ibkr.always_unauthorized = False
        assert error is not None
        outputs += _outputs(error)
        outputs.append(repr(scenario_auth))
        logging.getLogger("ibkr_webapi.auth").exception("failure while testing: %s", error)

    settings = Settings(
        mode="oauth1",
        consumer_key=CONSUMER_KEY,
        access_token=ACCESS_TOKEN,
        access_token_secret=encrypted_secret,
        signature_key=pem_private(signature_key),
        encryption_key=pem_private(encryption_key),
        dh_prime="ff",
        username="SECRET-USER-NAME",
    )
    outputs += [repr(settings), str(settings), repr(settings.consumer_key)]
    outputs.append(debug_logs.text)
    outputs += [r.getMessage() for r in debug_logs.records]
    assert "live session token obtained" in debug_logs.text  # the DEBUG messages did run

    secrets = [
        CONSUMER_KEY,
        ACCESS_TOKEN,
        encrypted_secret,
        SECRET_PLAINTEXT.hex(),
        "SECRET-USER-NAME",
        pem_private(signature_key).splitlines()[5],
        pem_private(encryption_key).splitlines()[5],
        *(lst for lst in mock_ibkr.lsts if lst != "AAAA"),  # every LST (minus revocation markers)
    ]
    _assert_clean(outputs, secrets)


def test_oauth2_flows_leak_nothing(
    signature_key: rsa.RSAPrivateKey, debug_logs: pytest.LogCaptureFixture
) -> None:
    issued: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/token"):
            issued.append(f"SECRET-BEARER-{len(issued)}")
            return httpx.Response(200, json={"access_token": issued[-1], "expires_in": 600})
        return httpx.Response(401, text=f"bad token {issued[-1]}")

    auth = OAuth2Auth(client_id="cid", private_key=signature_key, username="SECRET-USER-NAME")
    with (
        httpx.Client(auth=auth, transport=httpx.MockTransport(handler)) as client,
        pytest.raises(IbkrError) as info,
    ):
        client.get("https://api.ibkr.com/v1/api/a")
    outputs = [*_outputs(info.value), repr(auth), debug_logs.text, repr(auth.sso_session_request("1.2.3.4"))]
    _assert_clean(outputs, [*issued, "SECRET-USER-NAME", pem_private(signature_key).splitlines()[5]])


def test_secret_wrapper_hides_itself_everywhere() -> None:
    secret = Secret("SECRET-VALUE-123")
    assert repr(secret) == "Secret('***')"
    assert str(secret) == "***" and f"{secret}" == "***" and f"{secret!s:>10}".strip() == "***"
    assert "SECRET" not in repr({"k": secret}) and "SECRET" not in repr([secret])
    assert secret.reveal() == "SECRET-VALUE-123"
    assert secret == Secret("SECRET-VALUE-123") and bool(secret)
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(secret)


def test_log_filter_scrubs_registered_secrets(debug_logs: pytest.LogCaptureFixture) -> None:
    Secret("SECRET-REGISTERED-XYZ")
    logger = logging.getLogger("ibkr_webapi.auth")
    logger.debug("value=%s encoded=%s", "SECRET-REGISTERED-XYZ", "SECRET-REGISTERED-XYZ".replace("-", "%2D"))
    try:
        raise RuntimeError("boom SECRET-REGISTERED-XYZ")
    except RuntimeError:
        logger.exception("failed")
    assert "SECRET-REGISTERED-XYZ" not in debug_logs.text
    assert "value=***" in debug_logs.text


def test_redact_headers_and_text() -> None:
    headers = httpx.Headers(
        {"Authorization": 'OAuth realm="x", oauth_signature="abc"', "Cookie": "api=123", "Accept": "*/*"}
    )
    redacted = redact_headers(headers)
    assert redacted["authorization"] == "OAuth ***"
    assert redacted["cookie"] == "***"
    assert redacted["accept"] == "*/*"
    assert redact_headers({"Set-Cookie": "x=1", "Authorization": "Bearer t0k3n"}) == {
        "Set-Cookie": "***",
        "Authorization": "Bearer ***",
    }
    assert redact_text("a=S3CR+T/x b=S3CR%2BT%2Fx", ["S3CR+T/x"]) == "a=*** b=***"
    assert redact_text("short ab", ["ab"]) == "short ab"  # too short to scrub safely
