"""Spec conformance: schemathesis drives the fake gateway from spec/ibkr-webapi.yaml (contract tests).

Two fakes run over real sockets for the whole session (pacing off, so every generated case reaches
a handler): one in gateway mode for the trading API, one in OAuth 2.0 mode for the operations only
OAuth 2.0 may call (Account Management, SSO, echo). Before each case the session is put back into
"brokerage session open, /iserver/accounts queried", because generated cases include /logout.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from ibkr_webapi.auth import oauth1_core, oauth2_core
from ibkr_webapi.pytest_plugin import GatewayOptions, serve
from ibkr_webapi.testing import FakeGateway, ServerHandle

SPEC = Path(__file__).resolve().parents[2] / "spec" / "ibkr-webapi.yaml"


@dataclass
class Target:
    gw: FakeGateway
    srv: ServerHandle
    headers: dict[str, str]

    def reset_session(self) -> None:
        sessions = self.gw.sessions
        if not sessions.is_alive() or sessions.logged_out:
            self.gw.login()
        sessions.open_brokerage(compete=True)
        sessions.mark_accounts_queried()


def _bearer_for(gw: FakeGateway, srv: ServerHandle) -> dict[str, str]:
    client = gw.credentials.oauth2
    key = oauth1_core.load_private_key(client.private_key_pem)
    now = time.time()
    assertion = oauth2_core.client_assertion(client.client_id, key, now=now, key_id=client.key_id)
    with httpx.Client(base_url=srv.root_url) as http:
        token = http.post("/oauth2/api/v1/token", data=oauth2_core.token_request_form(assertion)).json()
        headers = {"Authorization": f"Bearer {token['access_token']}"}
        body = oauth2_core.sso_session_jwt(key, credential=client.credential, ip="127.0.0.1", now=now)
        sso = http.post(
            "/gw/api/v1/sso-sessions", headers={**headers, "Content-Type": "application/jwt"}, content=body
        )
        assert sso.status_code == 200, sso.text
    return headers


@pytest.fixture(scope="session")
def targets() -> Iterator[dict[str, Target]]:
    gateway_mode = GatewayOptions.of({"auth": "gateway", "pacing": False})
    oauth2_mode = GatewayOptions.of({"auth": "oauth2", "pacing": False, "oauth2_token_lifetime_s": 86_400})
    with serve(gateway_mode) as gateway, serve(oauth2_mode) as oauth2:  # crashes fail at the end
        yield {
            "gateway": Target(gateway.gateway, gateway.server, {}),
            "oauth2": Target(oauth2.gateway, oauth2.server, _bearer_for(oauth2.gateway, oauth2.server)),
        }
