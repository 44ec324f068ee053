"""List query parameters reach IBKR comma-joined (conids=265598,8314), as IBKR requires."""

from __future__ import annotations

import httpx

from ibkr_webapi_client import AuthenticatedClient
from ibkr_webapi_client.api.market_data import get_marketdata_snapshot


def _client(seen: list[httpx.Request]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[{"conid": 265598, "conidEx": "265598"}])

    client = AuthenticatedClient(base_url="https://gateway.test/v1/api", token="unused")
    client.set_httpx_client(
        httpx.Client(base_url="https://gateway.test/v1/api", transport=httpx.MockTransport(handler))
    )
    return client


def test_conids_and_fields_are_comma_joined_on_the_wire() -> None:
    seen: list[httpx.Request] = []
    response = get_marketdata_snapshot.sync_detailed(
        client=_client(seen), conids=[265598, 8314], fields=["31", "84", "86"]
    )
    assert response.status_code == 200
    (request,) = seen
    assert request.url.query.decode() == "conids=265598,8314&fields=31,84,86"
    assert request.url.params.get_list("conids") == ["265598,8314"]
    assert request.url.params.get_list("fields") == ["31,84,86"]
    assert request.url.path == "/v1/api/iserver/marketdata/snapshot"


def test_optional_list_left_out_when_unset() -> None:
    seen: list[httpx.Request] = []
    get_marketdata_snapshot.sync_detailed(client=_client(seen), conids=["265598"])
    (request,) = seen
    assert request.url.query == b"conids=265598"
