"""Where a client connects and how it checks certificates: the resolution table of ``_endpoint``.

Each row pins one decision of :class:`ibkr_webapi._endpoint.Endpoint` as a user sees it on a
``Client`` (``base_url``, ``root_url``, ``ws_url``, ``tls_verify``) and on the stream it opens.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

import ibkr_webapi
from ibkr_webapi import Client, ConfigurationError, ConnectError
from ibkr_webapi.auth import GatewayAuth, OAuth2Auth, TlsOptions
from ibkr_webapi.config import Settings
from ibkr_webapi.testing import FakeGateway

from .client_helpers import oauth1_auth


@pytest.fixture
def made() -> Iterator[Callable[..., Client]]:
    """``made(...)``: a ``Client`` that never opens a session (nothing is sent), closed afterwards."""
    clients: list[Client] = []

    def make(*args: Any, **kwargs: Any) -> Client:
        client = Client(*args, start_session=False, keepalive_interval=None, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def where(client: Client) -> tuple[str, str, str, str]:
    return client.mode, client.base_url, client.root_url, client.ws_url


@pytest.fixture(scope="module")
def rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def oauth2(rsa_key: rsa.RSAPrivateKey, **kwargs: Any) -> OAuth2Auth:
    return OAuth2Auth(client_id="cid", private_key=rsa_key, username="someone", **kwargs)


# -- defaults by mode ---------------------------------------------------------------------------------


def test_gateway_default_is_the_local_cp_gateway(made: Callable[..., Client]) -> None:
    expected = (
        "gateway",
        "https://localhost:5000/v1/api",
        "https://localhost:5000",
        "wss://localhost:5000/v1/api/ws",
    )
    assert where(made()) == expected
    assert where(made(auth=GatewayAuth())) == expected
    assert where(made(settings=Settings())) == expected


def test_oauth1_default_is_the_auths_base_url(made: Callable[..., Client]) -> None:
    gw = FakeGateway(auth="oauth1")
    default = made(auth=oauth1_auth(gw, "https://api.ibkr.com/v1/api"))
    assert where(default) == (
        "oauth1",
        "https://api.ibkr.com/v1/api",
        "https://api.ibkr.com",
        "wss://api.ibkr.com/v1/api/ws",
    )
    own = made(auth=oauth1_auth(gw, "https://oauth.example:8443/v1/api/"))
    assert where(own)[1:] == (
        "https://oauth.example:8443/v1/api",
        "https://oauth.example:8443",
        "wss://oauth.example:8443/v1/api/ws",
    )


def test_oauth2_default_is_the_auths_root_plus_v1_api(
    made: Callable[..., Client], rsa_key: rsa.RSAPrivateKey
) -> None:
    assert where(made(auth=oauth2(rsa_key))) == (
        "oauth2",
        "https://api.ibkr.com/v1/api",
        "https://api.ibkr.com",
        "wss://api.ibkr.com/v1/api/ws",
    )
    own = made(auth=oauth2(rsa_key, root_url="https://oauth2.example/"))
    assert where(own)[1:] == (
        "https://oauth2.example/v1/api",
        "https://oauth2.example",
        "wss://oauth2.example/v1/api/ws",
    )


def test_oauth_settings_default_to_api_ibkr_com(
    made: Callable[..., Client], rsa_key: rsa.RSAPrivateKey, tmp_path: Any
) -> None:
    pem = tmp_path / "key.pem"
    pem.write_bytes(
        rsa_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    settings = Settings(mode="oauth2", client_id="cid", oauth2_private_key=str(pem), username="someone")
    client = made(settings=settings)
    assert where(client) == (
        "oauth2",
        "https://api.ibkr.com/v1/api",
        "https://api.ibkr.com",
        "wss://api.ibkr.com/v1/api/ws",
    )
    assert (settings.resolved_base_url, settings.resolved_root_url, settings.resolved_ws_url) == where(
        client
    )[1:]


# -- precedence: argument, then settings (IBKR_*), then the auth ----------------------------------------


def test_explicit_base_url_beats_env_which_beats_the_auths_default(
    made: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    gw = FakeGateway(auth="oauth1")
    auth = oauth1_auth(gw, "https://from-auth.example/v1/api")
    assert made(auth=auth).base_url == "https://from-auth.example/v1/api"
    env = Settings.from_env({"IBKR_BASE_URL": "https://from-env.example/v1/api"})
    assert made(auth=auth, settings=env).base_url == "https://from-env.example/v1/api"
    explicit = made("https://explicit.example/v1/api", auth=auth, settings=env)
    assert explicit.base_url == "https://explicit.example/v1/api"
    assert explicit.ws_url == "wss://explicit.example/v1/api/ws"  # derived from the winning base
    monkeypatch.setenv("IBKR_BASE_URL", "http://127.0.0.1:9/v1/api")
    with Client.from_env(start_session=False) as from_env:
        assert where(from_env) == (
            "gateway",
            "http://127.0.0.1:9/v1/api",
            "http://127.0.0.1:9",
            "ws://127.0.0.1:9/v1/api/ws",
        )


def test_ws_url_follows_the_base_unless_ibkr_ws_url_is_set(
    made: Callable[..., Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert made("http://127.0.0.1:7/v1/api").ws_url == "ws://127.0.0.1:7/v1/api/ws"
    assert made("https://gw.example:5000/v1/api/").ws_url == "wss://gw.example:5000/v1/api/ws"
    override = Settings(base_url="https://gw.example:5000/v1/api", ws_url="ws://127.0.0.1:9/stream")
    assert made(settings=override).ws_url == "ws://127.0.0.1:9/stream"
    monkeypatch.setenv("IBKR_WS_URL", "wss://push.example/v1/api/ws")
    with Client.from_env(start_session=False) as client:
        assert client.ws_url == "wss://push.example/v1/api/ws"
        assert client.base_url == "https://localhost:5000/v1/api"  # the REST base is untouched


def test_root_is_the_base_minus_v1_api_or_ibkr_root_url(made: Callable[..., Client]) -> None:
    assert made("https://gw.example/v1/api").root_url == "https://gw.example"
    assert made("https://gw.example/v1/api/").root_url == "https://gw.example"
    assert made("https://gw.example/proxy/v1/api").root_url == "https://gw.example/proxy"
    assert made("https://gw.example/custom").root_url == "https://gw.example/custom"  # no /v1/api: the base
    settings = Settings(base_url="https://gw.example/v1/api", root_url="https://root.example/")
    assert made(settings=settings).root_url == "https://root.example"
    assert settings.resolved_root_url == "https://root.example"


def test_settings_and_client_resolve_the_same_endpoint(made: Callable[..., Client]) -> None:
    for settings in (
        Settings(),
        Settings(base_url="http://127.0.0.1:1/v1/api"),
        Settings(base_url="https://h.example/x/v1/api/", ws_url="wss://w.example/ws"),
        Settings(root_url="https://r.example"),
    ):
        client = made(settings=settings)
        assert (settings.resolved_base_url, settings.resolved_root_url, settings.resolved_ws_url) == where(
            client
        )[1:]
        assert settings.endpoint() == client.endpoint


def test_a_bad_url_names_its_setting(made: Callable[..., Client]) -> None:
    with pytest.raises(ConfigurationError) as bad_base:
        made("localhost:5000/v1/api")
    assert bad_base.value.setting == "base_url"
    with pytest.raises(ConfigurationError) as bad_ws:
        Settings.from_env({"IBKR_WS_URL": "https://x.example/ws"})
    assert bad_ws.value.setting == "IBKR_WS_URL"


# -- TLS ----------------------------------------------------------------------------------------------


def _ca_bundle() -> Iterator[str]:
    gw = FakeGateway(tls=True)
    with gw.serve() as srv:
        assert srv.ca_bundle is not None
        yield srv.ca_bundle


@pytest.fixture
def ca_bundle() -> Iterator[str]:
    yield from _ca_bundle()


def _disabled(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.WARNING and "DISABLED" in r.getMessage()
    ]


def test_tls_on_by_default_and_a_ca_bundle_becomes_a_context(
    made: Callable[..., Client], ca_bundle: str
) -> None:
    assert made().tls_verify is True
    from_auth = made(auth=GatewayAuth(ca_bundle=ca_bundle)).tls_verify
    assert isinstance(from_auth, ssl.SSLContext) and from_auth.verify_mode == ssl.CERT_REQUIRED
    from_env = made(settings=Settings.from_env({"IBKR_CA_BUNDLE": ca_bundle})).tls_verify
    assert isinstance(from_env, ssl.SSLContext) and from_env.get_ca_certs()
    assert made(verify=ca_bundle).tls_verify == ca_bundle  # reported as given (the transport gets a context)
    assert isinstance(made().endpoint, ibkr_webapi.Endpoint)  # the public type of client.endpoint
    context = ssl.create_default_context()
    client = made(verify=context, auth=GatewayAuth(ca_bundle=ca_bundle))
    assert client.tls_verify is context  # an explicit verify= beats the auth's setting
    with pytest.raises(ConfigurationError) as missing:
        made(settings=Settings(ca_bundle="/nonexistent/ca.pem"))
    assert missing.value.setting == "IBKR_CA_BUNDLE"


def test_a_ca_bundle_path_reaches_a_tls_gateway_without_httpxs_deprecation() -> None:
    """``verify="<path>"`` stays what ``tls_verify`` reports, but the transport gets a context:
    httpx 0.28 deprecates a path for ``verify``."""
    import warnings

    gw = FakeGateway(tls=True)
    with gw.serve() as srv, warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert srv.ca_bundle is not None
        with Client(srv.base_url, verify=srv.ca_bundle) as client:
            assert client.tls_verify == srv.ca_bundle
            assert client.session.selected_account  # the session opened over verified TLS


def test_tls_off_is_loud_whichever_way_it_is_turned_off(
    made: Callable[..., Client], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi.auth"):
        assert made(verify=False).tls_verify is False
    assert len(_disabled(caplog)) == 1
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi.auth"):
        settings = Settings.from_env({"IBKR_INSECURE_SKIP_TLS_VERIFY": "1"})
        assert made(settings=settings).tls_verify is False
    assert _disabled(caplog)
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="ibkr_webapi.auth"):
        context = made("https://gw.example/v1/api", verify=False).endpoint.ws_ssl()
    assert context is not None and context.verify_mode == ssl.CERT_NONE and not context.check_hostname
    assert any("WebSocket" in m for m in _disabled(caplog))  # the stream says so too


def test_the_websocket_gets_the_rest_verification(made: Callable[..., Client], ca_bundle: str) -> None:
    plain = made("http://127.0.0.1:1/v1/api", verify=ca_bundle)
    assert plain.endpoint.ws_ssl() is None  # ws:// has no TLS
    secure = made("https://127.0.0.1:1/v1/api", auth=GatewayAuth(tls=TlsOptions(ca_bundle=ca_bundle)))
    assert secure.endpoint.ws_ssl() is secure.tls_verify
    by_path = made("https://127.0.0.1:1/v1/api", verify=ca_bundle).endpoint.ws_ssl()
    assert by_path is not None and by_path.get_ca_certs()  # the path is loaded for the socket too
    default = made("https://127.0.0.1:1/v1/api").endpoint.ws_ssl()
    assert default is not None and default.verify_mode == ssl.CERT_REQUIRED and default.check_hostname


def test_the_stream_connects_to_the_clients_endpoint_over_verified_tls() -> None:
    gw = FakeGateway(tls=True)
    with gw.serve() as srv:
        assert srv.ca_bundle is not None
        settings = Settings(base_url=srv.base_url, ca_bundle=srv.ca_bundle)
        with Client(settings=settings, keepalive_interval=None) as client:
            endpoint = client.endpoint
            assert endpoint.ws_url == srv.ws_url  # wss://127.0.0.1:PORT/v1/api/ws, derived from the base
            assert isinstance(endpoint.verify, ssl.SSLContext)
            stream = client.stream()
            assert (stream._url, stream._kwargs["ssl"]) == (endpoint.ws_url, endpoint.verify)
            before = gw.counters.snapshot()["ws_connections"]
            # Entering connects; a failed first connection raises (the fake's CA is not system trust).
            with stream:
                assert stream.connected and stream.connections == 1
            assert gw.counters.snapshot()["ws_connections"] == before + 1
            system_trust = client.stream(ssl=ssl.create_default_context())
            with pytest.raises(ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                system_trust.start()
            system_trust.close()


def test_a_stream_url_override_gets_the_tls_of_its_own_scheme(
    made: Callable[..., Client], ca_bundle: str
) -> None:
    client = made("https://127.0.0.1:1/v1/api", auth=GatewayAuth(ca_bundle=ca_bundle))
    plain = client.stream(url="ws://127.0.0.1:9/v1/api/ws")  # was refused: a TLS context for ws://
    assert (plain._url, plain._kwargs["ssl"]) == ("ws://127.0.0.1:9/v1/api/ws", None)
    secure = client.stream(url="wss://push.example/v1/api/ws")
    assert secure._kwargs["ssl"] is client.tls_verify  # the client's CA, not the system's


async def test_the_async_client_resolves_the_same_endpoint_and_its_stream_uses_it(ca_bundle: str) -> None:
    from ibkr_webapi import AsyncClient

    settings = Settings(
        base_url="https://127.0.0.1:1/v1/api", ca_bundle=ca_bundle, ws_url="wss://push.example/ws"
    )
    sync = Client(settings=settings, start_session=False, keepalive_interval=None)
    async with AsyncClient(settings=settings, start_session=False, keepalive_interval=None) as aclient:
        assert where(sync) == (aclient.mode, aclient.base_url, aclient.root_url, aclient.ws_url)
        assert isinstance(aclient.tls_verify, ssl.SSLContext)
        stream = aclient.stream()
        handshake = stream._handshake  # what every connection attempt of this stream opens
        assert (handshake.url, handshake.ssl) == (aclient.ws_url, aclient.tls_verify)
    sync.close()
