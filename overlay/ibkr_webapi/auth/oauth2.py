"""``OAuth2Auth``: IBKR OAuth 2.0 (client credentials + ``private_key_jwt``) as an ``httpx.Auth``.

Before the first request, and ``renew_margin`` seconds before the bearer token's ``expires_in``
runs out, the auth posts a fresh RS256 client assertion to the token endpoint on the host root
(``https://api.ibkr.com/oauth2/api/v1/token``, not under ``/v1/api``) and then sends
``Authorization: Bearer …``. A 401 renews once and retries once. :meth:`OAuth2Auth.sso_session_request`
builds the ``POST /gw/api/v1/sso-sessions`` call that opens the brokerage login; send it through a
client that uses this auth and it carries the bearer token.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Generator
from typing import ClassVar, Literal
from urllib.parse import urlencode

import httpx

from .._exceptions import AuthenticationError, ConfigurationError
from .._redact import REDACTED, Secret, get_logger, redact_text, reveal
from . import oauth2_core as core
from ._defaults import DEFAULT_ROOT_URL
from ._renewing import Effect, Fetch, RenewingAuth
from ._tls import TlsOptions
from .oauth1 import KeyInput, _load_key

__all__ = ["DEFAULT_ROOT_URL", "OAuth2Auth"]


logger = get_logger("ibkr_webapi.auth")


class OAuth2Auth(RenewingAuth):
    """Bearer-token auth whose token comes from a ``private_key_jwt`` client-credentials grant.

    ``private_key`` is the RSA key registered with IBKR (PEM contents, PEM path or key object);
    ``key_id`` goes in the JWT ``kid`` header when IBKR assigned one. ``token_url`` defaults to
    ``{root_url}/oauth2/api/v1/token``. ``username`` is the default ``credential`` claim of the
    SSO-session JWT.
    """

    mode: ClassVar[Literal["oauth2"]] = "oauth2"

    def __init__(
        self,
        *,
        client_id: str,
        private_key: KeyInput,
        key_id: str | None = None,
        root_url: str = DEFAULT_ROOT_URL,
        token_url: str | None = None,
        audience: str = core.DEFAULT_AUDIENCE,
        scope: str = core.DEFAULT_SCOPE,
        username: str | Secret | None = None,
        assertion_lifetime: float = 60.0,
        renew_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
        tls: TlsOptions | None = None,
    ) -> None:
        super().__init__(renew_margin=renew_margin, clock=clock, tls=tls)
        if not client_id:
            raise ConfigurationError("OAuth 2.0 needs a client id", setting="IBKR_CLIENT_ID")
        self.client_id = client_id
        self._private_key = _load_key(private_key, "IBKR_OAUTH2_PRIVATE_KEY")
        self.key_id = key_id
        self.root_url = root_url.rstrip("/")
        self.token_url = token_url or f"{self.root_url}{core.TOKEN_PATH}"
        self.audience = audience
        self.scope = scope
        self._username = Secret(reveal(username) or "") if username else None
        self._assertion_lifetime = assertion_lifetime
        self._token: Secret | None = None
        self._expires_at = 0.0

    def __repr__(self) -> str:
        state = "none" if self._token is None else f"valid until {self._expires_at:.0f}"
        return (
            f"OAuth2Auth(client_id={self.client_id!r}, key_id={self.key_id!r}, "
            f"token_url={self.token_url!r}, private_key={REDACTED}, access_token={state})"
        )

    # --- public -------------------------------------------------------------------------------

    @property
    def access_token(self) -> str | None:
        """The current bearer token (``None`` before the first request). Do not log it."""
        return None if self._token is None else self._token.reveal()

    @property
    def access_token_expires_at(self) -> float | None:
        return None if self._token is None else self._expires_at

    def token_request(self, template: httpx.Request | None = None) -> httpx.Request:
        """The ``POST`` to the token endpoint carrying a fresh client assertion."""
        template = template or httpx.Request("GET", self.root_url)
        assertion = core.client_assertion(
            self.client_id,
            self._private_key,
            audience=self.audience,
            now=self._clock(),
            lifetime=self._assertion_lifetime,
            key_id=self.key_id,
        )
        form = core.token_request_form(assertion, self.scope)
        return self.derived_request(
            template,
            "POST",
            self.token_url,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"},
            content=urlencode(form).encode("ascii"),
        )

    def accept_token_response(self, response: httpx.Response) -> None:
        """Store the bearer token from the token endpoint's answer; raise ``AuthenticationError``."""
        if response.status_code != 200:
            text = redact_text(response.text[:300], [self._token, self._username]).strip()
            raise AuthenticationError(
                f"IBKR refused the OAuth 2.0 token request (HTTP {response.status_code}): "
                f"{text or '<empty body>'}; check the client id, key id and private key",
                status_code=response.status_code,
            )
        try:
            parsed = core.parse_token_response(json.loads(response.content))
        except ValueError as exc:
            raise AuthenticationError(
                f"IBKR's OAuth 2.0 token answer is unusable: {exc}", status_code=response.status_code
            ) from None
        self._token = parsed.access_token
        self._expires_at = self._clock() + parsed.expires_in
        self._generation += 1
        logger.debug(
            "OAuth 2.0 access token obtained (renewal #%d), expires in %.0f s",
            self._generation,
            parsed.expires_in,
        )

    def default_urls(self) -> tuple[str | None, str | None]:
        return None, self.root_url

    def websocket_token(self) -> str | None:
        return self.access_token

    def limits_identity(self) -> tuple[str, ...]:
        return (self.client_id, reveal(self._username) or "")

    def sso_session_body(self, client_ip: str) -> bytes | None:
        return bytes(self.sso_session_request(client_ip).content)

    def sso_session_request(self, ip: str, *, credential: str | None = None) -> httpx.Request:
        """``POST {root_url}/gw/api/v1/sso-sessions`` with the signed ``application/jwt`` body.

        Send it with a client using this auth (``client.send(request)``) so it carries the bearer
        token. ``credential`` defaults to the configured username.
        """
        user = credential or (self._username.reveal() if self._username else None)
        if not user:
            raise ConfigurationError(
                "creating an SSO session needs the IBKR username (credential)", setting="IBKR_USERNAME"
            )
        body = core.sso_session_jwt(
            self._private_key,
            credential=user,
            ip=ip,
            now=self._clock(),
            lifetime=self._assertion_lifetime,
            key_id=self.key_id,
        )
        return httpx.Request(
            "POST",
            f"{self.root_url}{core.SSO_SESSIONS_PATH}",
            headers={"Content-Type": "application/jwt", "Accept": "application/json"},
            content=body.encode("ascii"),
        )

    # --- RenewingAuth hooks -------------------------------------------------------------------

    def _token_is_fresh(self, now: float) -> bool:
        return self._token is not None and now < self._expires_at - self._renew_margin

    def _forget_token(self) -> None:
        self._token = None

    def _renew(self, template: httpx.Request) -> Generator[Effect, httpx.Response | None, None]:
        logger.debug("requesting an OAuth 2.0 access token from %s", self.token_url)
        response = yield Fetch(self.token_request(template))
        assert response is not None
        self.accept_token_response(response)

    def _sign(self, request: httpx.Request) -> None:
        assert self._token is not None
        request.headers["Authorization"] = f"Bearer {self._token.reveal()}"

    def _rejected_message(self) -> str:
        return (
            "IBKR answered 401 twice, the second time right after a fresh OAuth 2.0 access token "
            "was obtained: this client is not allowed to make this request"
        )
