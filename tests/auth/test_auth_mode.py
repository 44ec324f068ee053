"""The client picks its auth mode by what the auth object is, subclasses included."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import rsa

from ibkr_webapi import Client
from ibkr_webapi.auth import GatewayAuth, OAuth2Auth


class TeamOAuth2Auth(OAuth2Auth):
    """A user's own subclass (e.g. adding logging); it is still OAuth 2.0."""


def test_a_subclass_of_an_oauth_auth_keeps_its_mode_and_default_url(signature_key: rsa.RSAPrivateKey) -> None:
    auth = TeamOAuth2Auth(client_id="cid", private_key=signature_key, username="someone")
    with Client(auth=auth, start_session=False) as client:
        assert client.mode == "oauth2"
        assert client.base_url == "https://api.ibkr.com/v1/api"
    with Client(auth=GatewayAuth(), start_session=False) as client:
        assert client.mode == "gateway"
