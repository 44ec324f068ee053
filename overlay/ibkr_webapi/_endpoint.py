"""Where to connect and how to trust it: one frozen :class:`Endpoint`, resolved once per client.

Every URL the library talks to and every certificate decision comes from here; no other module
derives a URL or builds an ``ssl`` context. ``Client`` / ``AsyncClient`` resolve an ``Endpoint`` in
their constructor (``client.endpoint``), the stream connects to that same value, ``Settings``'
``resolved_*_url`` read it, and the CLI's ``doctor`` checks it.

How each part is decided (the first that applies, left to right):

* mode: the ``auth`` object's ``IbkrAuth.mode``; ``Settings`` build that auth from ``IBKR_MODE``;
  any other ``httpx.Auth`` (or none) is gateway mode.
* base URL: ``base_url=``; ``IBKR_BASE_URL``; the auth's own URL (OAuth 1.0a's ``base_url``, OAuth
  2.0's ``root_url`` + ``/v1/api``); ``https://localhost:5000/v1/api`` (gateway) or
  ``https://api.ibkr.com/v1/api`` (OAuth).
* root URL: ``IBKR_ROOT_URL``; the base minus ``/v1/api``.
* WebSocket URL: the stream's ``url=``; ``IBKR_WS_URL``; the base with ``http(s)`` -> ``ws(s)``, + ``/ws``.
* TLS: ``verify=`` when not ``True``; the auth's ``TlsOptions`` (``IBKR_CA_BUNDLE``,
  ``IBKR_INSECURE_SKIP_TLS_VERIFY``); the system trust store.

TLS off is never silent: ``verify=False`` and ``insecure_skip_tls_verify`` log :func:`warn_insecure`,
and so does a stream that inherits an unverified setting.
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit, urlunsplit

import httpx

from ._exceptions import ConfigurationError
from ._redact import get_logger
from .auth._base import IbkrAuth
from .auth._defaults import DEFAULT_GATEWAY_URL, DEFAULT_OAUTH_BASE_URL

if TYPE_CHECKING:
    from .config import Settings

__all__ = [
    "API_SUFFIX",
    "Endpoint",
    "Mode",
    "Verify",
    "api_base",
    "check_url",
    "mode_of",
    "verify_for",
    "warn_insecure",
    "ws_ssl",
]

Mode = Literal["gateway", "oauth1", "oauth2"]
Verify = ssl.SSLContext | str | bool
"""What REST connections verify certificates with: a context, a CA bundle path, on or off."""

API_SUFFIX = "/v1/api"
"""The path IBKR's REST operations hang off, below the host root."""

_HTTP = ("http", "https")

logger = get_logger("ibkr_webapi.auth")


def warn_insecure(how: str) -> None:
    """Log that certificate verification is off (``how``: the setting that turned it off)."""
    logger.warning(
        "TLS certificate verification is DISABLED (%s): traffic to IBKR can be read and modified by "
        "anyone on the network path. Prefer ca_bundle=<the gateway's certificate> (IBKR_CA_BUNDLE).",
        how,
    )


def verify_for(ca_bundle: str | None, insecure: bool) -> ssl.SSLContext | bool:
    """``TlsOptions`` -> ``verify``: a context trusting ``ca_bundle``, ``False`` for the opt-out, else
    ``True`` (the system trust store). A CA file that cannot be read is a ``ConfigurationError``."""
    if insecure:
        return False
    if ca_bundle:
        try:
            return ssl.create_default_context(cafile=ca_bundle)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigurationError(
                f"cannot load the CA bundle {ca_bundle!r}: {exc}", setting="IBKR_CA_BUNDLE"
            ) from None
    return True


def ws_ssl(url: str, verify: Verify = True) -> ssl.SSLContext | None:
    """The TLS context of a WebSocket at ``url`` checked like ``verify`` (None for ``ws://``)."""
    if urlsplit(url).scheme != "wss":
        return None
    if isinstance(verify, ssl.SSLContext):
        return verify
    if isinstance(verify, str):
        verify = verify_for(verify, False)  # a CA bundle path: a context trusting it
        assert isinstance(verify, ssl.SSLContext)
        return verify
    context = ssl.create_default_context()
    if verify is False:
        warn_insecure("the client's verify=False, for the WebSocket")
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def check_url(url: str, setting: str, schemes: tuple[str, ...] = _HTTP) -> str:
    """``url`` if it is an absolute URL with one of ``schemes``, a host and a valid port; otherwise
    ``ConfigurationError`` naming ``setting`` (``IBKR_BASE_URL``, ``--gateway`` ...)."""

    def bad(why: str) -> ConfigurationError:
        shown = url if len(url) <= 80 else url[:80] + "..."
        return ConfigurationError(
            f"{setting} is not a usable URL ({why}): {shown!r}; expected e.g. "
            f"{schemes[-1]}://localhost:5000{API_SUFFIX if schemes == _HTTP else API_SUFFIX + '/ws'}",
            setting=setting,
        )

    if not isinstance(url, str):
        raise ConfigurationError(f"{setting} must be a string URL, got {type(url).__name__}", setting=setting)
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a port that is not a number in 0-65535
        httpx.URL(url)
    except (ValueError, httpx.InvalidURL) as exc:
        raise bad(str(exc) or type(exc).__name__) from None
    if parts.scheme.lower() not in schemes:
        raise bad(f"the scheme must be {' or '.join(schemes)}")
    if not parts.hostname:
        raise bad("no host")
    if port == 0:
        raise bad("port 0")
    if any(c.isspace() for c in url):
        raise bad("it contains whitespace")
    return url


def api_base(url: str, setting: str) -> str:
    """A gateway address as typed by a person (``localhost:5000``, ``https://host:5000/v1/api/``) as the
    ``/v1/api`` base (``https://`` when no scheme is given); ``ConfigurationError`` naming ``setting``."""
    url = url.strip().rstrip("/")
    if "://" not in url:
        url = "https://" + url
    check_url(url, setting)
    return url if url.endswith(API_SUFFIX) else url + API_SUFFIX


def mode_of(auth: httpx.Auth | None) -> Mode:
    """The auth's mode (``IbkrAuth.mode``, subclasses included); any other auth is gateway mode."""
    return auth.mode if isinstance(auth, IbkrAuth) else "gateway"


def _root_of(base_url: str) -> str:
    parts = urlsplit(base_url)
    path = parts.path.rstrip("/").removesuffix(API_SUFFIX)
    return urlunsplit((parts.scheme, parts.netloc, path, "", "")).rstrip("/")


def _ws_of(base_url: str) -> str:
    # IBKR serves the WebSocket beside the REST base: .../v1/api/ws
    parts = urlsplit(base_url)
    scheme = "wss" if parts.scheme.lower() == "https" else "ws"
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/ws", "", ""))


@dataclass(frozen=True, slots=True)
class Endpoint:
    """Where one client connects and how it checks certificates (see the module docstring)."""

    mode: Mode
    base_url: str
    """The ``.../v1/api`` base every generated endpoint is relative to."""
    root_url: str
    """The host root, for ``base="root"`` operations (OAuth 2.0 token, ``/gw/api/v1``)."""
    ws_url: str
    """The WebSocket URL streams connect to."""
    verify: Verify = True
    """What REST connections verify certificates with; the WebSocket follows it (:meth:`ws_ssl`)."""

    @classmethod
    def locate(
        cls,
        mode: Mode = "gateway",
        *,
        base_url: str | None = None,
        root_url: str | None = None,
        ws_url: str | None = None,
        auth: httpx.Auth | None = None,
        verify: Verify = True,
    ) -> Endpoint:
        """The URLs from what was given, the auth's own URLs, then the mode's default; no TLS work."""
        auth_base, auth_root = auth.default_urls() if isinstance(auth, IbkrAuth) else (None, None)
        if base_url is None:
            base_url = auth_base or (auth_root.rstrip("/") + API_SUFFIX if auth_root else None)
        if base_url is None:
            base_url = DEFAULT_GATEWAY_URL if mode == "gateway" else DEFAULT_OAUTH_BASE_URL
        base = check_url(base_url.rstrip("/"), "base_url")
        root = check_url(root_url.rstrip("/"), "root_url") if root_url else _root_of(base)
        ws = check_url(ws_url, "ws_url", ("ws", "wss")) if ws_url else _ws_of(base)
        return cls(mode=mode, base_url=base, root_url=root, ws_url=ws, verify=verify)

    @classmethod
    def resolve(
        cls,
        base_url: str | None = None,
        *,
        auth: httpx.Auth | None = None,
        settings: Settings | None = None,
        verify: Verify = True,
    ) -> tuple[Endpoint, httpx.Auth | None]:
        """The endpoint of a client made with these arguments, and its auth (built from ``settings``
        when none was given). ``verify=True`` defers to the auth's ``TlsOptions``; ``False`` warns."""
        built = settings is not None and auth is None
        if settings is not None and auth is None:
            auth = settings.auth()
        if verify is False:
            warn_insecure("verify=False")
        elif verify is True and isinstance(auth, IbkrAuth):
            verify = auth.tls_verify_setting()  # its TlsOptions warned already if it turns TLS off
        endpoint = cls.locate(
            mode_of(auth),
            base_url=base_url or (settings.base_url if settings is not None else None),
            root_url=settings.root_url if settings is not None else None,
            ws_url=settings.ws_url if settings is not None else None,
            # An auth built from the settings was given the settings' URLs: no opinion of its own.
            auth=None if built else auth,
            verify=verify,
        )
        return endpoint, auth

    @property
    def api_prefix(self) -> str:
        """The path of the base (``/v1/api``): what the pacer strips to name an operation."""
        return urlsplit(self.base_url).path

    @property
    def root_prefix(self) -> str:
        """The path of the root (usually empty)."""
        return urlsplit(self.root_url).path

    def rest_ssl(self) -> ssl.SSLContext | bool:
        """What the REST transport is given: :attr:`verify` with a CA bundle path made a context
        (httpx deprecates a path; :attr:`verify` keeps what the user set)."""
        if isinstance(self.verify, str):
            return verify_for(self.verify, False)
        return self.verify

    def ws_ssl(self, url: str | None = None) -> ssl.SSLContext | None:
        """The TLS context of the WebSocket (``url``: an override of :attr:`ws_url`), None for ``ws://``."""
        return ws_ssl(url or self.ws_url, self.verify)
