"""Settings for ibkr-webapi, from arguments or ``IBKR_*`` environment variables.

``Settings.from_env()`` reads the variables below; ``Settings.auth()`` builds the matching
``httpx.Auth``; ``Settings.tls_verify_setting()`` gives the client's ``verify=``. A missing or
malformed setting raises :class:`~ibkr_webapi.ConfigurationError` whose ``setting`` names the
variable. ``repr(settings)`` never shows a credential.

| Variable                      | Meaning                                   | Default                     |
|-------------------------------|-------------------------------------------|-----------------------------|
| IBKR_MODE                     | gateway, oauth1 or oauth2                 | gateway                     |
| IBKR_BASE_URL                 | the /v1/api base                          | see (1)                     |
| IBKR_ROOT_URL                 | host root for /oauth2/... and /gw/api/... | base minus /v1/api          |
| IBKR_WS_URL                   | WebSocket URL                             | ws(s)://host/v1/api/ws      |
| IBKR_ACCOUNT_ID               | default account id (U1234567)             | none                        |
| IBKR_CA_BUNDLE                | PEM CA file to trust (gateway cert)       | system trust                |
| IBKR_INSECURE_SKIP_TLS_VERIFY | 1/true: no cert checks (WARNING)          | false                       |
| IBKR_CONSUMER_KEY             | OAuth 1.0a consumer key                   | oauth1: required            |
| IBKR_ACCESS_TOKEN             | OAuth 1.0a access token                   | oauth1: required            |
| IBKR_ACCESS_TOKEN_SECRET      | access token secret (encrypted, base64)   | oauth1: required            |
| IBKR_SIGNATURE_KEY            | signature key: PEM path or contents       | oauth1: required            |
| IBKR_ENCRYPTION_KEY           | encryption key: PEM path or contents      | oauth1: required            |
| IBKR_DH_PRIME                 | hex, or dhparam.pem path or contents      | oauth1: required            |
| IBKR_DH_GENERATOR             | DH generator                              | 2                           |
| IBKR_REALM                    | OAuth 1.0a realm                          | see (2)                     |
| IBKR_LST_RENEW_MARGIN         | renew the LST this many s early           | 300                         |
| IBKR_CLIENT_ID                | OAuth 2.0 client id                       | oauth2: required            |
| IBKR_OAUTH2_PRIVATE_KEY       | private key: PEM path or contents         | oauth2: required            |
| IBKR_OAUTH2_KEY_ID            | kid header of the client assertion        | none                        |
| IBKR_OAUTH2_TOKEN_URL         | token endpoint                            | root + /oauth2/api/v1/token |
| IBKR_OAUTH2_AUDIENCE          | aud claim of the client assertion         | /token                      |
| IBKR_OAUTH2_SCOPE             | requested scope                           | sso-sessions.write          |
| IBKR_USERNAME                 | credential claim of SSO sessions          | none                        |
| IBKR_CLIENT_IP                | ip claim of SSO sessions (your public IP) | none                        |
| IBKR_DEADLINE                 | total seconds one call may take           | 3 x the timeout (90)        |
| IBKR_MAX_RESPONSE_BYTES       | cap of one response body (bytes)          | 67108864 (64 MiB)           |
| IBKR_PACING_URL               | memory, local, or redis://host:port/db    | memory (CLI: local)         |

(1) ``https://localhost:5000/v1/api`` in gateway mode, ``https://api.ibkr.com/v1/api`` for OAuth.
(2) ``limited_poa``; ``test_realm`` when the consumer key is ``TESTCONS``.
"""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, cast

import httpx

from ._endpoint import Endpoint, Mode, check_url
from ._exceptions import ConfigurationError
from ._redact import REDACTED, Secret, reveal
from .auth._defaults import DEFAULT_AUDIENCE, DEFAULT_SCOPE

if TYPE_CHECKING:
    from .auth import TlsOptions

__all__ = ["ENV_VARS", "Mode", "Settings", "check_url"]

_MODES: tuple[str, ...] = ("gateway", "oauth1", "oauth2")

ENV_VARS: dict[str, str] = {
    "mode": "IBKR_MODE",
    "base_url": "IBKR_BASE_URL",
    "root_url": "IBKR_ROOT_URL",
    "ws_url": "IBKR_WS_URL",
    "account_id": "IBKR_ACCOUNT_ID",
    "ca_bundle": "IBKR_CA_BUNDLE",
    "insecure_skip_tls_verify": "IBKR_INSECURE_SKIP_TLS_VERIFY",
    "consumer_key": "IBKR_CONSUMER_KEY",
    "access_token": "IBKR_ACCESS_TOKEN",
    "access_token_secret": "IBKR_ACCESS_TOKEN_SECRET",
    "signature_key": "IBKR_SIGNATURE_KEY",
    "encryption_key": "IBKR_ENCRYPTION_KEY",
    "dh_prime": "IBKR_DH_PRIME",
    "dh_generator": "IBKR_DH_GENERATOR",
    "realm": "IBKR_REALM",
    "lst_renew_margin": "IBKR_LST_RENEW_MARGIN",
    "client_id": "IBKR_CLIENT_ID",
    "oauth2_private_key": "IBKR_OAUTH2_PRIVATE_KEY",
    "oauth2_key_id": "IBKR_OAUTH2_KEY_ID",
    "oauth2_token_url": "IBKR_OAUTH2_TOKEN_URL",
    "oauth2_audience": "IBKR_OAUTH2_AUDIENCE",
    "oauth2_scope": "IBKR_OAUTH2_SCOPE",
    "username": "IBKR_USERNAME",
    "client_ip": "IBKR_CLIENT_IP",
    "deadline": "IBKR_DEADLINE",
    "max_response_bytes": "IBKR_MAX_RESPONSE_BYTES",
    "pacing_url": "IBKR_PACING_URL",
}
"""Settings field -> environment variable."""

_SECRET_FIELDS = (
    "consumer_key",
    "access_token",
    "access_token_secret",
    "signature_key",
    "encryption_key",
    "oauth2_private_key",
    "username",
    "pacing_url",  # a redis:// URL may carry a password
)
_REQUIRED: dict[str, tuple[tuple[str, str], ...]] = {
    "gateway": (),
    "oauth1": (
        ("consumer_key", "the consumer key from IBKR's self-service portal"),
        ("access_token", "the access token from IBKR's self-service portal"),
        ("access_token_secret", "the encrypted access token secret (base64) from the portal"),
        ("signature_key", "the private signature key (PEM path or contents)"),
        ("encryption_key", "the private encryption key (PEM path or contents)"),
        ("dh_prime", "the DH prime (hex) or the dhparam.pem uploaded to IBKR"),
    ),
    "oauth2": (
        ("client_id", "the OAuth 2.0 client id"),
        ("oauth2_private_key", "the OAuth 2.0 private key (PEM path or contents)"),
    ),
}
_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


@dataclass(frozen=True, eq=True, repr=False)
class Settings:
    """Everything needed to connect. Credentials are held as :class:`~ibkr_webapi._redact.Secret`
    (plain strings passed in are wrapped), so printing a ``Settings`` never shows them."""

    mode: Mode = "gateway"
    base_url: str | None = None
    root_url: str | None = None
    ws_url: str | None = None
    account_id: str | None = None
    ca_bundle: str | None = None
    insecure_skip_tls_verify: bool = False
    # OAuth 1.0a
    consumer_key: Secret | str | None = None
    access_token: Secret | str | None = None
    access_token_secret: Secret | str | None = None
    signature_key: Secret | str | None = None
    encryption_key: Secret | str | None = None
    dh_prime: str | None = None
    dh_generator: int = 2
    realm: str | None = None
    lst_renew_margin: float = 300.0
    # OAuth 2.0
    client_id: str | None = None
    oauth2_private_key: Secret | str | None = None
    oauth2_key_id: str | None = None
    oauth2_token_url: str | None = None
    oauth2_audience: str = DEFAULT_AUDIENCE
    oauth2_scope: str = DEFAULT_SCOPE
    username: Secret | str | None = None
    client_ip: str | None = None
    deadline: float | None = None
    max_response_bytes: int | None = None
    # Pacing and session state shared by processes: memory, local, redis://host:port/db
    pacing_url: Secret | str | None = None

    def __post_init__(self) -> None:
        if self.mode not in _MODES:
            raise ConfigurationError(
                f"IBKR_MODE must be one of {', '.join(_MODES)}, got {self.mode!r}", setting="IBKR_MODE"
            )
        for name, schemes in _URL_FIELDS.items():
            value = getattr(self, name)
            if value is not None:
                check_url(value, ENV_VARS[name], schemes)
        for name in _SECRET_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, Secret(value) if value else None)

    # --- construction -------------------------------------------------------------------------

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> Settings:
        """Read ``IBKR_*`` variables (see the module docstring); keyword overrides win.

        The result is validated for its mode, so a missing credential is reported here.
        """
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, var in ENV_VARS.items():
            raw = env.get(var)
            if raw is None or raw.strip() == "":
                continue
            values[name] = _convert(name, var, raw.strip() if name not in _SECRET_FIELDS else raw)
        values.update(overrides)
        settings = cls(**values)
        settings.validate()
        return settings

    def validate(self) -> None:
        """Raise ``ConfigurationError`` naming the first missing setting (the message lists all)."""
        missing = [(name, why) for name, why in _REQUIRED[self.mode] if not getattr(self, name)]
        if missing:
            names = ", ".join(f"{ENV_VARS[n]} ({why})" for n, why in missing)
            raise ConfigurationError(f"mode {self.mode!r} needs {names}", setting=ENV_VARS[missing[0][0]])

    # --- derived values -----------------------------------------------------------------------

    def endpoint(self) -> Endpoint:
        """Where these settings connect and how certificates are checked (``ibkr_webapi._endpoint``;
        loads the CA bundle). ``Client(settings=...)`` resolves the same value."""
        return Endpoint.locate(
            self.mode,
            base_url=self.base_url,
            root_url=self.root_url,
            ws_url=self.ws_url,
            verify=self.tls_verify_setting(),
        )

    @property
    def resolved_base_url(self) -> str:
        return self._urls().base_url

    @property
    def resolved_root_url(self) -> str:
        return self._urls().root_url

    @property
    def resolved_ws_url(self) -> str:
        return self._urls().ws_url

    def _urls(self) -> Endpoint:
        return Endpoint.locate(self.mode, base_url=self.base_url, root_url=self.root_url, ws_url=self.ws_url)

    def tls(self) -> TlsOptions:
        from .auth import TlsOptions

        return TlsOptions(ca_bundle=self.ca_bundle, insecure_skip_tls_verify=self.insecure_skip_tls_verify)

    def tls_verify_setting(self) -> ssl.SSLContext | bool:
        """What ``httpx.Client(verify=...)`` should get (an ``ssl.SSLContext``, ``True`` or ``False``)."""
        return self.tls().verify_setting()

    def auth(self) -> httpx.Auth:
        """The ``httpx.Auth`` for this mode (``GatewayAuth``, ``OAuth1Auth`` or ``OAuth2Auth``)."""
        self.validate()
        tls = self.tls()
        if self.mode == "gateway":
            from .auth import GatewayAuth

            return GatewayAuth(tls=tls)
        if self.mode == "oauth1":
            from .auth import OAuth1Auth  # loads cryptography: only in OAuth 1.0a mode

            return OAuth1Auth(
                consumer_key=_secret(self.consumer_key),
                access_token=_secret(self.access_token),
                access_token_secret=_secret(self.access_token_secret),
                signature_key=_secret(self.signature_key),
                encryption_key=_secret(self.encryption_key),
                dh_prime=cast(str, self.dh_prime),
                dh_generator=self.dh_generator,
                realm=self.realm,
                base_url=self.resolved_base_url,
                renew_margin=self.lst_renew_margin,
                tls=tls,
            )
        from .auth import OAuth2Auth  # loads PyJWT and cryptography: only in OAuth 2.0 mode

        return OAuth2Auth(
            client_id=cast(str, self.client_id),
            private_key=_secret(self.oauth2_private_key),
            key_id=self.oauth2_key_id,
            root_url=self.resolved_root_url,
            token_url=self.oauth2_token_url,
            audience=self.oauth2_audience,
            scope=self.oauth2_scope,
            username=self.username,
            tls=tls,
        )

    def __repr__(self) -> str:
        shown = []
        for f in fields(self):
            value = getattr(self, f.name)
            if value is None or value == f.default:
                continue
            shown.append(f"{f.name}={REDACTED if f.name in _SECRET_FIELDS else repr(value)}")
        return f"Settings({', '.join(shown)})"


_HTTP = ("http", "https")
_URL_FIELDS: dict[str, tuple[str, ...]] = {
    "base_url": _HTTP,
    "root_url": _HTTP,
    "ws_url": ("ws", "wss"),
    "oauth2_token_url": _HTTP,
}


def _secret(value: Secret | str | None) -> Secret:
    """Non-empty values only (``validate`` ran first)."""
    return value if isinstance(value, Secret) else Secret(reveal(value) or "")


def _convert(name: str, var: str, raw: str) -> Any:
    if name == "mode":
        return raw.lower()
    if name == "insecure_skip_tls_verify":
        lowered = raw.lower()
        if lowered in _TRUE:
            return True
        if lowered in _FALSE:
            return False
        raise ConfigurationError(f"{var} must be true or false, got {raw!r}", setting=var)
    if name == "dh_generator":
        try:
            return int(raw)
        except ValueError:
            raise ConfigurationError(f"{var} must be an integer, got {raw!r}", setting=var) from None
    if name in ("lst_renew_margin", "deadline"):
        try:
            value = float(raw)
        except ValueError:
            raise ConfigurationError(f"{var} must be a number of seconds, got {raw!r}", setting=var) from None
        if name == "deadline" and not value > 0:
            raise ConfigurationError(f"{var} must be > 0 seconds, got {raw!r}", setting=var)
        return value
    if name == "max_response_bytes":
        if not raw.strip().isdigit() or int(raw) <= 0:
            raise ConfigurationError(f"{var} must be a positive number of bytes, got {raw!r}", setting=var)
        return int(raw)
    return raw
