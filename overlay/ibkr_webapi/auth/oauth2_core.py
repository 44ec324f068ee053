"""Pure OAuth 2.0 pieces for IBKR: the ``private_key_jwt`` client assertion, the token request
form, the token answer, and the signed JWT body of ``POST /gw/api/v1/sso-sessions``.

IBKR's OAuth 2.0 (beta) authenticates the client with RFC 7523 ``private_key_jwt``: a short-lived
JWT, RS256-signed with the private key registered with IBKR, whose ``iss`` and ``sub`` are the
client id and whose ``aud`` is the token endpoint audience (IBKR uses ``/token``). No network here;
:class:`ibkr_webapi.auth.OAuth2Auth` does the I/O and the fake gateway verifies with PyJWT.
"""

from __future__ import annotations

import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .._exceptions import missing_extra
from .._redact import REDACTED, Secret
from ._defaults import DEFAULT_AUDIENCE, DEFAULT_SCOPE

try:  # cryptography and PyJWT ship in the "oauth" extra
    import jwt
    from cryptography.hazmat.primitives.asymmetric import rsa
except ImportError as exc:
    raise missing_extra("oauth", "OAuth 2.0", exc) from exc

__all__ = [
    "CLIENT_ASSERTION_TYPE",
    "DEFAULT_AUDIENCE",
    "DEFAULT_SCOPE",
    "GRANT_TYPE",
    "SSO_SERVICE",
    "SSO_SESSIONS_PATH",
    "TOKEN_PATH",
    "TokenResponse",
    "client_assertion",
    "parse_token_response",
    "sso_session_jwt",
    "token_request_form",
]

TOKEN_PATH = "/oauth2/api/v1/token"
SSO_SESSIONS_PATH = "/gw/api/v1/sso-sessions"
GRANT_TYPE = "client_credentials"
CLIENT_ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
SSO_SERVICE = "AM.LOGIN"


def _encode(claims: Mapping[str, Any], private_key: rsa.RSAPrivateKey, key_id: str | None) -> str:
    headers = {"kid": key_id} if key_id else None
    return jwt.encode(dict(claims), private_key, algorithm="RS256", headers=headers)


def client_assertion(
    client_id: str,
    private_key: rsa.RSAPrivateKey,
    *,
    audience: str = DEFAULT_AUDIENCE,
    now: float,
    lifetime: float = 60.0,
    key_id: str | None = None,
    jti: str | None = None,
) -> str:
    """The RS256 ``client_assertion`` JWT: ``iss``/``sub`` = client id, ``aud``, ``iat``, ``exp``, ``jti``."""
    issued = int(now)
    claims = {
        "iss": client_id,
        "sub": client_id,
        "aud": audience,
        "iat": issued,
        "exp": issued + int(lifetime),
        "jti": jti or secrets.token_hex(16),
    }
    return _encode(claims, private_key, key_id)


def token_request_form(assertion: str, scope: str = DEFAULT_SCOPE) -> dict[str, str]:
    """Form fields of ``POST /oauth2/api/v1/token`` (client credentials with a JWT assertion)."""
    return {
        "grant_type": GRANT_TYPE,
        "client_assertion_type": CLIENT_ASSERTION_TYPE,
        "client_assertion": assertion,
        "scope": scope,
    }


def sso_session_jwt(
    private_key: rsa.RSAPrivateKey,
    *,
    credential: str,
    ip: str,
    now: float,
    lifetime: float = 60.0,
    key_id: str | None = None,
    service: str = SSO_SERVICE,
    extra_claims: Mapping[str, Any] | None = None,
) -> str:
    """The RS256 JWT sent as the ``application/jwt`` body of ``POST /gw/api/v1/sso-sessions``."""
    issued = int(now)
    claims: dict[str, Any] = {
        "credential": credential,
        "ip": ip,
        "service": service,
        "iat": issued,
        "exp": issued + int(lifetime),
    }
    claims.update(extra_claims or {})
    return _encode(claims, private_key, key_id)


@dataclass(frozen=True, slots=True)
class TokenResponse:
    """A parsed token answer. ``expires_in`` is seconds from when it was issued."""

    access_token: Secret
    expires_in: float
    token_type: str
    scope: str | None = None

    def __repr__(self) -> str:
        return (
            f"TokenResponse(access_token={REDACTED}, expires_in={self.expires_in}, "
            f"token_type={self.token_type!r})"
        )


def parse_token_response(body: Any, *, default_expires_in: float = 3600.0) -> TokenResponse:
    """Validate the token endpoint's JSON; raise ``ValueError`` (message without the token) if bad."""
    if not isinstance(body, dict):
        raise ValueError("the token answer is not a JSON object")
    token = body.get("access_token")
    if not isinstance(token, str) or not token:
        raise ValueError("the token answer has no access_token")
    token_type = body.get("token_type", "Bearer")
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise ValueError(f"unsupported token_type {token_type!r} (expected Bearer)")
    expires_in = body.get("expires_in", default_expires_in)
    if isinstance(expires_in, str) and expires_in.isdigit():
        expires_in = int(expires_in)
    if not isinstance(expires_in, int | float) or isinstance(expires_in, bool) or expires_in <= 0:
        raise ValueError("the token answer has no usable expires_in")
    scope = body.get("scope")
    return TokenResponse(
        Secret(token), float(expires_in), "Bearer", scope if isinstance(scope, str) else None
    )
