"""Request authentication for the three modes, verified for real (not just "a header is present").

* ``gateway``: the CP Gateway holds the session; requests carry no credentials (the ``api`` cookie
  only matters for the WebSocket).
* ``oauth1``: first-party OAuth 1.0a. ``POST /v1/api/oauth/live_session_token`` must be RSA-SHA256
  signed with the registered signature key over ``prepend + base string``; the fake does the
  Diffie-Hellman exchange and derives the live session token exactly as IBKR does. Every later
  request must be HMAC-SHA256 signed with that LST over the correct base string (query included),
  with the registered consumer key and access token, a fresh nonce and a timestamp within
  ``oauth1_timestamp_window_s`` of the real clock. Anything else answers 401.
* ``oauth2``: ``POST /oauth2/api/v1/token`` checks a ``private_key_jwt`` client assertion (RS256,
  registered key, audience, expiry, client id) and issues a Bearer token;
  ``POST /gw/api/v1/sso-sessions`` (Bearer + a JWT body signed by the same key) opens the SSO
  session; ``/v1/api/*`` then needs ``Authorization: Bearer <token>``.

All the OAuth 1.0a math comes from :mod:`ibkr_webapi.auth.oauth1_core`, the same code the client
signs with, so this module only decides *what* must hold, never *how* to compute it.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from ..auth import oauth1_core
from ._registry import API_PREFIX, split_base

if TYPE_CHECKING:
    from ._context import GatewayContext
    from ._registry import OperationLike
    from .keys import OAuth1Credentials, OAuth2Client

SECURITY_SCHEME = {"gateway": "cpGatewaySession", "oauth1": "oauth1", "oauth2": "oauth2"}
LST_PATH = API_PREFIX + oauth1_core.LST_ENDPOINT
TOKEN_PATH = "/oauth2/api/v1/token"
SSO_SESSIONS_PATH = "/gw/api/v1/sso-sessions"
JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"
OAUTH2_SCOPE = "sso-sessions.write"


@dataclass(frozen=True)
class Incoming:
    """What authentication looks at, taken from the ASGI scope and the buffered body."""

    method: str
    url: str  # scheme://host[:port]/path?query as the client addressed it
    path: str
    headers: dict[str, str]  # lower-case names
    body: bytes

    @property
    def form_params(self) -> list[tuple[str, str]]:
        if self.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return parse_qsl(self.body.decode("utf-8", "replace"), keep_blank_values=True)
        return []


def incoming_from_scope(scope: dict[str, Any], body: bytes) -> Incoming:
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
    host = headers.get("host")
    if host is None:
        server = scope.get("server") or ("127.0.0.1", 80)
        host = f"{server[0]}:{server[1]}"
    raw_path = scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else scope["path"]
    query = scope.get("query_string", b"").decode("latin-1")
    url = f"{scope.get('scheme', 'http')}://{host}{path}" + (f"?{query}" if query else "")
    return Incoming(scope["method"], url, scope["path"], headers, body)


class Authenticator:
    """Gateway mode: nothing to verify per request."""

    mode = "gateway"

    def __init__(self, ctx: GatewayContext) -> None:
        self.ctx = ctx

    def routes(self) -> list[BaseRoute]:
        """Full-path routes for the token endpoints; those of other modes refuse."""
        return [
            Route(LST_PATH, self._not_this_mode("OAuth 1.0a"), methods=["POST"]),
            Route(TOKEN_PATH, self._not_this_mode("OAuth 2.0", status=400), methods=["POST"]),
            Route(SSO_SESSIONS_PATH, self._not_this_mode("OAuth 2.0"), methods=["POST"]),
        ]

    def _not_this_mode(self, what: str, status: int = 401) -> Callable[[Request], Awaitable[Response]]:
        async def refuse(request: Request) -> Response:
            return self.ctx.error(status, f"{what} is not enabled on this gateway ({self.mode} mode)")

        return refuse

    def check(self, incoming: Incoming, operation: OperationLike | None) -> Response | None:
        """None when the request may proceed, else the error answer."""
        if (
            operation is not None
            and operation.security
            and SECURITY_SCHEME[self.mode] not in operation.security
        ):
            return self.ctx.error(401, f"{operation.operation_id} does not accept {self.mode} authentication")
        return None


def _unauthorized(ctx: GatewayContext, why: str) -> Response:
    return ctx.error(401, why)


class OAuth1Authenticator(Authenticator):
    """Verifies OAuth 1.0a signatures and runs the live-session-token exchange."""

    mode = "oauth1"

    def __init__(self, ctx: GatewayContext, credentials: OAuth1Credentials) -> None:
        super().__init__(ctx)
        self.credentials = credentials
        self._signature_key = oauth1_core.load_public_key(credentials.signature_public_key_pem)
        self._prepend = oauth1_core.decrypt_access_token_secret(
            credentials.access_token_secret,
            credentials.encryption_private_key(),
        )
        self._prime = credentials.dh_prime
        self._lock = threading.Lock()
        self._realm = oauth1_core.realm_for(credentials.consumer_key)
        self._lst: str | None = None
        self._lst_key = b""  # b64decode(self._lst): decoded once per LST, not on every request
        self._lst_expires: float = 0.0  # real epoch seconds (what the client is told)
        self._lst_deadline: float = 0.0  # gateway monotonic seconds (what the fake enforces)
        self._nonces: dict[str, float] = {}
        self.lst_issued = 0
        self.lst_issued_at: list[float] = []
        """Real monotonic time of every live session token handshake (who renewed when)."""
        ctx.sessions.ws_token_checker = self._ws_token_ok

    def _ws_token_ok(self, token: str) -> bool:
        return token == self.credentials.access_token and self._lst_valid()

    def _lst_valid(self) -> bool:
        with self._lock:
            return self._lst is not None and self.ctx.clock.monotonic() < self._lst_deadline

    def revoke(self) -> None:
        """Forget the live session token (logout, tests)."""
        with self._lock:
            self._lst = None

    def routes(self) -> list[BaseRoute]:
        others = [r for r in super().routes() if getattr(r, "path", None) != LST_PATH]
        return [Route(LST_PATH, self.live_session_token, methods=["POST"]), *others]

    def check(self, incoming: Incoming, operation: OperationLike | None) -> Response | None:
        refused = super().check(incoming, operation)
        if refused is not None or incoming.path == LST_PATH:
            return refused
        return self._verify(incoming, lst_request=False)

    def _verify(self, incoming: Incoming, *, lst_request: bool) -> Response | None:
        ctx, creds = self.ctx, self.credentials
        header = incoming.headers.get("authorization")
        if not header:
            return _unauthorized(ctx, "missing OAuth Authorization header")
        try:
            params = oauth1_core.parse_authorization_header(header)
        except ValueError:
            return _unauthorized(ctx, "malformed OAuth Authorization header")
        if params.get("oauth_consumer_key") != creds.consumer_key:
            return _unauthorized(ctx, "invalid consumer")
        if params.get("oauth_token") != creds.access_token:
            return _unauthorized(ctx, "invalid access token")
        realm = params.get("realm")
        if realm is not None and realm != self._realm:
            return _unauthorized(ctx, "invalid realm")
        try:
            timestamp = int(params.get("oauth_timestamp", ""))
        except ValueError:
            return _unauthorized(ctx, "missing or invalid oauth_timestamp")
        now = ctx.clock.real_time()
        window = ctx.config.oauth1_timestamp_window_s
        if abs(now - timestamp) > window:
            return _unauthorized(ctx, "oauth_timestamp outside the accepted window")
        nonce = params.get("oauth_nonce", "")
        if not nonce:
            return _unauthorized(ctx, "missing oauth_nonce")
        signature = params.get("oauth_signature", "")
        expected_method = "RSA-SHA256" if lst_request else "HMAC-SHA256"
        if params.get("oauth_signature_method") != expected_method:
            return _unauthorized(ctx, f"oauth_signature_method must be {expected_method}")
        if lst_request:
            base = oauth1_core.base_string(
                incoming.method, incoming.url, params, form_params=incoming.form_params, prepend=self._prepend
            )
            valid = oauth1_core.verify_rsa_sha256(base, signature, self._signature_key)
        else:
            with self._lock:
                lst, key, deadline = self._lst, self._lst_key, self._lst_deadline
            if lst is None:
                return _unauthorized(ctx, "no live session token: POST /oauth/live_session_token first")
            if ctx.clock.monotonic() >= deadline:
                return _unauthorized(ctx, "live session token expired")
            base = oauth1_core.base_string(
                incoming.method, incoming.url, params, form_params=incoming.form_params
            )
            valid = oauth1_core.verify_hmac_sha256_with_key(base, signature, key)
        if not valid:
            return _unauthorized(ctx, "invalid signature")
        with self._lock:
            # Nonces are kept in arrival order: forget the expired ones from the front instead of
            # scanning them all on every request (that scan dominated the fake's per-request cost).
            horizon = now - 2 * window
            while self._nonces:
                oldest = next(iter(self._nonces))
                if self._nonces[oldest] >= horizon:
                    break
                del self._nonces[oldest]
            if nonce in self._nonces:
                return _unauthorized(ctx, "nonce already used")
            self._nonces[nonce] = now
        return None

    async def live_session_token(self, request: Request) -> Response:
        ctx = self.ctx
        incoming = incoming_from_scope(dict(request.scope), await request.body())
        refused = self._verify(incoming, lst_request=True)
        if refused is not None:
            return refused
        params = oauth1_core.parse_authorization_header(incoming.headers["authorization"])
        challenge = params.get("diffie_hellman_challenge")
        if not challenge:
            return _unauthorized(ctx, "missing diffie_hellman_challenge")
        try:
            answer = oauth1_core.server_live_session_token(
                challenge, self._prime, self._prepend, self.credentials.consumer_key
            )
        except ValueError:
            return _unauthorized(ctx, "invalid diffie_hellman_challenge")
        # The lifetime runs on the gateway clock (time_scale, advance_time); the client is told the
        # real epoch at which it ends if nobody moves the clock.
        expires = ctx.clock.real_time() + ctx.config.lst_lifetime_s / ctx.config.time_scale
        with self._lock:
            self._lst = answer.live_session_token
            self._lst_key = oauth1_core.hmac_key(answer.live_session_token)
            self._lst_expires = expires
            self._lst_deadline = ctx.clock.monotonic() + ctx.config.lst_lifetime_s
            self.lst_issued += 1
            self.lst_issued_at.append(ctx.clock.real_monotonic())
        ctx.sessions.login()
        return JSONResponse(
            {
                "diffie_hellman_response": answer.diffie_hellman_response,
                "live_session_token_signature": answer.live_session_token_signature,
                "live_session_token_expiration": int(expires * 1000),
            }
        )


@dataclass
class _Token:
    expires: float  # real epoch seconds
    sso: bool = False


class OAuth2Authenticator(Authenticator):
    """Issues Bearer tokens for valid ``private_key_jwt`` assertions and checks them."""

    mode = "oauth2"

    def __init__(self, ctx: GatewayContext, client: OAuth2Client) -> None:
        super().__init__(ctx)
        self.client = client
        self._public_key = oauth1_core.load_public_key(client.public_key_pem)
        self._lock = threading.Lock()
        self._tokens: dict[str, _Token] = {}
        ctx.sessions.ws_token_checker = self._ws_token_ok

    def _token(self, token: str) -> _Token | None:
        with self._lock:
            info = self._tokens.get(token)
        if info is None or self.ctx.clock.real_time() >= info.expires:
            return None
        return info

    def _ws_token_ok(self, token: str) -> bool:
        info = self._token(token)
        return info is not None and info.sso

    def revoke(self) -> None:
        with self._lock:
            self._tokens.clear()

    def routes(self) -> list[BaseRoute]:
        others = [r for r in super().routes() if getattr(r, "path", None) == LST_PATH]
        return [
            Route(TOKEN_PATH, self.token, methods=["POST"]),
            Route(SSO_SESSIONS_PATH, self.sso_sessions, methods=["POST"]),
            *others,
        ]

    def _bearer(self, incoming: Incoming) -> str | None:
        scheme, _, token = incoming.headers.get("authorization", "").partition(" ")
        return token.strip() if scheme.lower() == "bearer" and token.strip() else None

    def check(self, incoming: Incoming, operation: OperationLike | None) -> Response | None:
        if incoming.path == TOKEN_PATH:
            return None
        refused = super().check(incoming, operation)
        if refused is not None:
            return refused
        token = self._bearer(incoming)
        if token is None:
            return _unauthorized(self.ctx, "missing Bearer token")
        info = self._token(token)
        if info is None:
            return _unauthorized(self.ctx, "invalid or expired access token")
        base, _ = split_base(incoming.path)
        if base == "api" and not info.sso:
            return _unauthorized(self.ctx, "no SSO session: POST /gw/api/v1/sso-sessions first")
        return None

    def _token_error(self, error: str, description: str) -> Response:
        return JSONResponse({"error": error, "error_description": description, "statusCode": 400}, 400)

    async def token(self, request: Request) -> Response:
        form = dict(parse_qsl((await request.body()).decode("utf-8", "replace"), keep_blank_values=True))
        if form.get("grant_type") != "client_credentials":
            return self._token_error("unsupported_grant_type", "grant_type must be client_credentials")
        if form.get("client_assertion_type") != JWT_BEARER:
            return self._token_error("invalid_request", f"client_assertion_type must be {JWT_BEARER}")
        assertion = form.get("client_assertion", "")
        client_id = self.client.client_id
        # IBKR documents the audience "/token"; the full token URL is accepted too
        audiences = ["/token", str(request.url.replace(query=""))]
        try:
            header = jwt.get_unverified_header(assertion)
            claims = jwt.decode(
                assertion,
                self._public_key,
                algorithms=["RS256"],
                audience=audiences,
                options={"require": ["exp", "iss", "sub", "aud"]},
            )
        except jwt.InvalidTokenError as exc:
            return self._token_error("invalid_client", f"client assertion rejected: {type(exc).__name__}")
        if header.get("kid") not in (None, self.client.key_id):
            return self._token_error("invalid_client", "unknown key id")
        if claims.get("iss") != client_id or claims.get("sub") != client_id:
            return self._token_error("invalid_client", "iss and sub must be the client id")
        if form.get("client_id", client_id) != client_id:
            return self._token_error("invalid_client", "client_id does not match the assertion")
        lifetime = self.ctx.config.oauth2_token_lifetime_s
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = _Token(self.ctx.clock.real_time() + lifetime / self.ctx.config.time_scale)
        return JSONResponse(
            {
                "access_token": token,
                "token_type": "Bearer",
                "expires_in": int(lifetime),
                "scope": OAUTH2_SCOPE,
            }
        )

    async def sso_sessions(self, request: Request) -> Response:
        """Bearer already checked by :meth:`check`; the body is a JWT signed by the client key."""
        incoming = incoming_from_scope(dict(request.scope), b"")
        token = self._bearer(incoming)
        info = self._token(token) if token else None
        if token is None or info is None:
            return _unauthorized(self.ctx, "invalid or expired access token")
        body = (await request.body()).decode("utf-8", "replace").strip()
        try:
            claims = jwt.decode(body, self._public_key, algorithms=["RS256"], options={"verify_aud": False})
        except jwt.InvalidTokenError as exc:
            return _unauthorized(self.ctx, f"SSO session request rejected: {type(exc).__name__}")
        if not isinstance(claims.get("credential"), str):
            return self.ctx.error(400, "the SSO session JWT must name a credential")
        with self._lock:
            info.sso = True
        self.ctx.sessions.login()
        return JSONResponse({"access_token": token, "active": True, "token_type": "Bearer"})
