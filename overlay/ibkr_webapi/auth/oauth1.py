"""``OAuth1Auth``: IBKR first-party OAuth 1.0a as an ``httpx.Auth``.

Before the first request (and again shortly before ``live_session_token_expiration``) the auth
obtains a live session token (LST): it sends ``POST {base_url}/oauth/live_session_token`` signed
RSA-SHA256 with a Diffie-Hellman challenge, derives the LST from IBKR's answer and checks it
against IBKR's ``live_session_token_signature``. Every request is then signed HMAC-SHA256 with the
LST. A 401 triggers one renewal and one retry. The math lives in :mod:`.oauth1_core`; the
sync/async plumbing and the renewal lock in :mod:`._renewing`.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Literal
from urllib.parse import parse_qsl

import httpx

from .._exceptions import ConfigurationError, LiveSessionTokenError, missing_extra
from .._redact import REDACTED, Secret, get_logger, redact_text, reveal
from . import oauth1_core as core
from ._defaults import DEFAULT_OAUTH_BASE_URL
from ._renewing import Effect, Fetch, Pause, RenewingAuth
from ._tls import TlsOptions

try:  # cryptography and PyJWT ship in the "oauth" extra
    from cryptography.hazmat.primitives.asymmetric import rsa
except ImportError as exc:
    raise missing_extra("oauth", "OAuth 1.0a", exc) from exc

if TYPE_CHECKING:
    from ..pacing_shared import SharedState
    from ..pacing_shared._lst import SealedTokenStore, SharedToken

__all__ = ["DEFAULT_OAUTH_BASE_URL", "OAuth1Auth"]


logger = get_logger("ibkr_webapi.auth")

_SHARED_POLL_S = 0.05  # how often a process waiting for another's renewal looks again

KeyInput = str | bytes | os.PathLike[str] | rsa.RSAPrivateKey | Secret


@dataclass(slots=True)
class _LiveSessionToken:
    value: Secret
    expires_at: float  # epoch seconds
    key: bytes = b""  # b64decode(value): the HMAC key, decoded once per LST instead of per request
    signer: core.HmacSigner | None = None  # signs requests with this LST (made once per LST)

    def __repr__(self) -> str:
        return f"_LiveSessionToken({REDACTED}, expires_at={self.expires_at})"


def _load_key(value: KeyInput, setting: str) -> rsa.RSAPrivateKey:
    if isinstance(value, rsa.RSAPrivateKey):
        return value
    raw = value.reveal() if isinstance(value, Secret) else value
    try:
        return core.load_private_key(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{setting}: {exc}", setting=setting) from None


def _load_prime(value: int | str | bytes | os.PathLike[str]) -> int:
    if isinstance(value, int):
        return value
    try:
        prime = core.load_dh_prime(value)
    except ValueError as exc:
        raise ConfigurationError(f"IBKR_DH_PRIME: {exc}", setting="IBKR_DH_PRIME") from None
    if prime.bit_length() < 64:
        raise ConfigurationError("IBKR_DH_PRIME is too small to be a DH prime", setting="IBKR_DH_PRIME")
    return prime


class OAuth1Auth(RenewingAuth):
    """Sign requests for IBKR's first-party OAuth 1.0a.

    ``signature_key`` and ``encryption_key`` are RSA private keys as PEM contents, PEM paths or
    loaded key objects; ``dh_prime`` is hex, a ``dhparam.pem`` path / contents, or an int.
    ``access_token_secret`` is the *encrypted*, base64 value from IBKR's portal. ``base_url`` is the
    ``/v1/api`` base the LST endpoint hangs off. The LST is renewed ``renew_margin`` seconds before
    it expires. ``clock`` returns epoch seconds (injectable for tests).
    """

    mode: ClassVar[Literal["oauth1"]] = "oauth1"

    def __init__(
        self,
        *,
        consumer_key: str | Secret,
        access_token: str | Secret,
        access_token_secret: str | Secret,
        signature_key: KeyInput,
        encryption_key: KeyInput,
        dh_prime: int | str | bytes | os.PathLike[str],
        dh_generator: int = 2,
        realm: str | None = None,
        base_url: str = DEFAULT_OAUTH_BASE_URL,
        renew_margin: float = 300.0,
        clock: Callable[[], float] = time.time,
        tls: TlsOptions | None = None,
    ) -> None:
        super().__init__(renew_margin=renew_margin, clock=clock, tls=tls)
        self._consumer_key = Secret(reveal(consumer_key) or "")
        self._access_token = Secret(reveal(access_token) or "")
        self._access_token_secret = Secret(reveal(access_token_secret) or "")
        self._signature_key = _load_key(signature_key, "IBKR_SIGNATURE_KEY")
        self._encryption_key = _load_key(encryption_key, "IBKR_ENCRYPTION_KEY")
        self._dh_prime = _load_prime(dh_prime)
        self._dh_generator = dh_generator
        self.realm = realm or core.realm_for(self._consumer_key.reveal())
        self.base_url = base_url.rstrip("/")
        self._prepend: Secret | None = None
        self._lst: _LiveSessionToken | None = None
        self._rejected: str | None = None  # the LST IBKR last refused (not to be adopted again)
        self._shared: SealedTokenStore | None = None
        self._shared_with: tuple[SharedState, str] | None = None

    def __repr__(self) -> str:
        state = "none" if self._lst is None else f"valid until {self._lst.expires_at:.0f}"
        return (
            f"OAuth1Auth(consumer_key={REDACTED}, access_token={REDACTED}, realm={self.realm!r}, "
            f"base_url={self.base_url!r}, live_session_token={state})"
        )

    # --- public -------------------------------------------------------------------------------

    @property
    def oauth_token(self) -> str:
        """The access token, for the WebSocket handshake (``oauth_token``). Do not log it."""
        return self._access_token.reveal()

    @property
    def live_session_token_expires_at(self) -> float | None:
        """Epoch seconds at which IBKR said the current LST expires (``None`` before the first)."""
        return None if self._lst is None else self._lst.expires_at

    def default_urls(self) -> tuple[str | None, str | None]:
        return self.base_url, None

    def websocket_token(self) -> str | None:
        return self.oauth_token or None

    def limits_identity(self) -> tuple[str, ...]:
        return (self.oauth_token,)  # one user of one consumer

    def share_state(self, state: SharedState, scope: str) -> None:
        self.share_live_session_token(state, scope)

    def share_live_session_token(self, state: SharedState, scope: str) -> None:
        """Share the LST with the other processes of this consumer through ``state`` (a shared pacer's
        ``state``; ``Client`` does this for shared pacers). The record is sealed (AES-GCM, key from
        HKDF over the decrypted access token secret), see :mod:`ibkr_webapi.pacing_shared._lst`."""
        self._shared_with = (state, scope)
        self._shared = None  # sealed store made on first use (needs the decrypted secret)

    def live_session_token_request(self, template: httpx.Request | None = None) -> tuple[httpx.Request, int]:
        """The signed ``POST /oauth/live_session_token`` request and the DH secret ``a`` it used."""
        template = template or httpx.Request("GET", self.base_url)
        a = core.dh_random()
        params = self._oauth_params("RSA-SHA256")
        params["diffie_hellman_challenge"] = core.to_hex(
            core.dh_challenge(a, self._dh_prime, self._dh_generator)
        )
        url = f"{self.base_url}{core.LST_ENDPOINT}"
        base = core.base_string("POST", url, params, prepend=self._prepend_hex())
        params["oauth_signature"] = core.sign_rsa_sha256(base, self._signature_key)
        request = self.derived_request(
            template, "POST", url, headers={"Authorization": core.authorization_header(params, self.realm)}
        )
        return request, a

    def accept_live_session_token(self, response: httpx.Response, a: int) -> None:
        """Derive, validate and store the LST from IBKR's answer; raise ``LiveSessionTokenError``."""
        body = self._lst_body(response)
        dh_response = self._field(body, "diffie_hellman_response")
        signature = self._field(body, "live_session_token_signature")
        expiration = body.get("live_session_token_expiration")
        if not isinstance(expiration, int | float) or isinstance(expiration, bool):
            raise LiveSessionTokenError(
                "IBKR's live session token answer has no numeric live_session_token_expiration",
                status_code=response.status_code,
            )
        try:
            shared = core.dh_shared_secret(core.from_hex(dh_response), a, self._dh_prime)
        except ValueError as exc:
            raise LiveSessionTokenError(
                f"IBKR's diffie_hellman_response is unusable ({exc}); is IBKR_DH_PRIME the prime "
                "from the dhparam.pem uploaded to IBKR?",
                status_code=response.status_code,
            ) from None
        lst = core.derive_live_session_token(shared, self._prepend_hex())
        if not core.validate_live_session_token(lst, signature, self._consumer_key.reveal()):
            raise LiveSessionTokenError(
                "the live session token does not match IBKR's live_session_token_signature: the DH "
                "prime, the encryption key or the access token secret does not match what IBKR has "
                "for this consumer key",
                status_code=response.status_code,
            )
        self._adopt(lst, float(expiration) / 1000.0)
        logger.debug(
            "live session token obtained (renewal #%d), expires at epoch %.0f (in %.0f s)",
            self._generation,
            float(expiration) / 1000.0,
            float(expiration) / 1000.0 - self._clock(),
        )

    def _adopt(self, lst: str, expires_at: float) -> None:
        key = core.hmac_key(lst)
        signer = core.HmacSigner(self._consumer_key.reveal(), self._access_token.reveal(), self.realm, key)
        self._lst = _LiveSessionToken(Secret(lst), expires_at, key, signer)
        self._generation += 1

    # --- RenewingAuth hooks -------------------------------------------------------------------

    def _token_is_fresh(self, now: float) -> bool:
        return self._lst is not None and now < self._lst.expires_at - self._renew_margin

    def _forget_token(self) -> None:
        if self._lst is not None:
            self._rejected = self._lst.value.reveal()
        self._lst = None

    def _renew(self, template: httpx.Request) -> Generator[Effect, httpx.Response | None, None]:
        shared = self._shared
        if shared is None and self._shared_with is not None:
            from ..pacing_shared._lst import SealedTokenStore

            shared = self._shared = SealedTokenStore(
                self._shared_with[0], self._prepend_hex(), self._shared_with[1]
            )
        if shared is None:
            yield from self._handshake(template)
            return
        # Shared with other processes: take theirs when it is usable; else one process renews.
        while not self._adopt_shared(shared):
            if shared.try_lock():
                try:
                    if not self._adopt_shared(shared):
                        yield from self._handshake(template)
                        assert self._lst is not None
                        shared.store(_shared_token(self._lst))
                finally:
                    shared.unlock()
                return
            yield Pause(_SHARED_POLL_S)  # another process is renewing: its token comes soon

    def _adopt_shared(self, shared: SealedTokenStore) -> bool:
        token = shared.load()
        if token is None or token.value == self._rejected:
            return False
        if not self._clock() < token.expires_at - self._renew_margin:
            return False
        self._adopt(token.value, token.expires_at)
        logger.debug(
            "live session token adopted from the shared store, expires at epoch %.0f", token.expires_at
        )
        return True

    def _handshake(self, template: httpx.Request) -> Generator[Effect, httpx.Response | None, None]:
        logger.debug("requesting a live session token from %s%s", self.base_url, core.LST_ENDPOINT)
        request, a = self.live_session_token_request(template)
        response = yield Fetch(request)
        assert response is not None
        self.accept_live_session_token(response, a)

    def _sign(self, request: httpx.Request) -> None:
        lst = self._lst
        assert lst is not None and lst.signer is not None
        request.headers["Authorization"] = lst.signer.authorization(
            request.method,
            str(request.url),
            core.make_nonce(),
            core.make_timestamp(self._clock()),
            _form_params(request),
        )

    def _rejected_message(self) -> str:
        return (
            "IBKR answered 401 twice, the second time right after a fresh live session token was "
            "obtained: the OAuth 1.0a credentials are not accepted for this request"
        )

    # --- helpers ------------------------------------------------------------------------------

    def _oauth_params(self, method: str) -> dict[str, str]:
        return {
            "oauth_consumer_key": self._consumer_key.reveal(),
            "oauth_nonce": core.make_nonce(),
            "oauth_signature_method": method,
            "oauth_timestamp": core.make_timestamp(self._clock()),
            "oauth_token": self._access_token.reveal(),
        }

    def _prepend_hex(self) -> str:
        if self._prepend is None:
            try:
                prepend = core.decrypt_access_token_secret(
                    self._access_token_secret.reveal(), self._encryption_key
                )
            except ValueError:
                raise LiveSessionTokenError(
                    "cannot decrypt the access token secret with the encryption key: check "
                    "IBKR_ACCESS_TOKEN_SECRET and IBKR_ENCRYPTION_KEY"
                ) from None
            self._prepend = Secret(prepend)
        return self._prepend.reveal()

    def _secrets(self) -> list[str | Secret | None]:
        return [self._consumer_key, self._access_token, self._access_token_secret, self._prepend]

    def _lst_body(self, response: httpx.Response) -> dict[str, Any]:
        if response.status_code != 200:
            text = redact_text(response.text[:300], self._secrets()).strip()
            raise LiveSessionTokenError(
                f"IBKR refused the live session token request (HTTP {response.status_code}): "
                f"{text or '<empty body>'}; check the consumer key, access token and signature key",
                status_code=response.status_code,
            )
        try:
            body = json.loads(response.content)
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise LiveSessionTokenError(
                "IBKR's live session token answer is not a JSON object", status_code=response.status_code
            )
        return body

    @staticmethod
    def _field(body: dict[str, Any], name: str) -> str:
        value = body.get(name)
        if not isinstance(value, str) or not value:
            raise LiveSessionTokenError(f"IBKR's live session token answer has no {name}")
        return value


def _shared_token(lst: _LiveSessionToken) -> SharedToken:
    from ..pacing_shared._lst import SharedToken

    return SharedToken(lst.value.reveal(), lst.expires_at)


def _form_params(request: httpx.Request) -> list[tuple[str, str]]:
    """Decoded ``application/x-www-form-urlencoded`` body parameters (they are signed too)."""
    try:
        if not request.content:  # most requests: no body, so no header lookup (a list scan) either
            return []
    except httpx.RequestNotRead:
        pass  # a streamed body: only a form body must be read, below
    content_type = request.headers.get("Content-Type", "")
    if not content_type.lower().startswith("application/x-www-form-urlencoded"):
        return []
    return parse_qsl(request.content.decode("utf-8"), keep_blank_values=True)
