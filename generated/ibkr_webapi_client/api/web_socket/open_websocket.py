# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote, urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...types import UNSET, Response, Unset

OPERATION_ID = "open_websocket"
"""The spec's ``operationId`` of this endpoint (the key of ``ibkr_webapi_client.operations.OPERATIONS``)."""


def build_request(
    *,
    oauth_token: str | Unset = UNSET,
    api: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, json, headers ...).

    Public and stable: send them on any httpx client whose ``base_url`` is the operation's base, then read
    the answer with :func:`parse_response`. Path parameters are checked against the spec and
    percent-encoded; a bad one raises ``errors.InvalidParameter`` and nothing is built.
    """

    cookies = {}
    cookies["api"] = api

    params: dict[str, Any] = {}

    params["oauth_token"] = oauth_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/ws",
    }
    # ibkr-webapi: the query is encoded here so commas in list values stay literal
    # (conids=265598,8314): IBKR reads comma-separated lists, not repeated keys or %2C.
    _query = urlencode(httpx.QueryParams(params).multi_items(), safe=",", quote_via=quote)
    if _query:
        _kwargs["url"] += "?" + _query

    # ibkr-webapi: cookie parameters go in a Cookie header (httpx deprecates per-request cookies=).
    if cookies:
        _kwargs.setdefault("headers", {})["Cookie"] = "; ".join(f"{k}={v}" for k, v in cookies.items())
    return _kwargs


def parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Error | str | None:
    """The documented model for ``response``'s status (see :func:`build_request`).

    Raises ``errors.UnexpectedStatus`` for an undocumented status when ``client.raise_on_unexpected_status``
    (else returns None), and what the model's ``from_dict`` raises (``KeyError``, ``TypeError``,
    ``ValueError``) on a body the spec does not describe.
    """
    if response.status_code == 101:
        response_101 = cast(Any, None)
        return response_101

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = response.text
        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Error.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Error | str]:
    """``response`` as a :class:`~ibkr_webapi_client.types.Response` with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    oauth_token: str | Unset = UNSET,
    api: str,
) -> Response[Any | Error | str]:
    """Open the streaming WebSocket (HTTP 101 upgrade).

     Upgrades the connection to a WebSocket (send `Connection: Upgrade`, `Upgrade: websocket`). After the
    upgrade send `{"session": "<tickle session>"}` and topic messages such as `smd+<conid>+{...}`.

    Args:
        oauth_token (str | Unset):
        api (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = build_request(
        oauth_token=oauth_token,
        api=api,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    oauth_token: str | Unset = UNSET,
    api: str,
) -> Any | Error | str | None:
    """Open the streaming WebSocket (HTTP 101 upgrade).

     Upgrades the connection to a WebSocket (send `Connection: Upgrade`, `Upgrade: websocket`). After the
    upgrade send `{"session": "<tickle session>"}` and topic messages such as `smd+<conid>+{...}`.

    Args:
        oauth_token (str | Unset):
        api (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return sync_detailed(
        client=client,
        oauth_token=oauth_token,
        api=api,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    oauth_token: str | Unset = UNSET,
    api: str,
) -> Response[Any | Error | str]:
    """Open the streaming WebSocket (HTTP 101 upgrade).

     Upgrades the connection to a WebSocket (send `Connection: Upgrade`, `Upgrade: websocket`). After the
    upgrade send `{"session": "<tickle session>"}` and topic messages such as `smd+<conid>+{...}`.

    Args:
        oauth_token (str | Unset):
        api (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Error | str]
    """

    kwargs = build_request(
        oauth_token=oauth_token,
        api=api,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    oauth_token: str | Unset = UNSET,
    api: str,
) -> Any | Error | str | None:
    """Open the streaming WebSocket (HTTP 101 upgrade).

     Upgrades the connection to a WebSocket (send `Connection: Upgrade`, `Upgrade: websocket`). After the
    upgrade send `{"session": "<tickle session>"}` and topic messages such as `smd+<conid>+{...}`.

    Args:
        oauth_token (str | Unset):
        api (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            oauth_token=oauth_token,
            api=api,
        )
    ).parsed
