# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.reauthenticate_response import ReauthenticateResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/reauthenticate",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | ReauthenticateResponse | str | None:
    if response.status_code == 200:
        response_200 = ReauthenticateResponse.from_dict(response.json())

        return response_200

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | ReauthenticateResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReauthenticateResponse | str]:
    """Ask the gateway to re-authenticate the brokerage session (deprecated; use init_brokerage_session).

     GET as in IBKR's Web API document 2.20.0. IBKR's earlier Client Portal Web API document (1.0.0)
    gives POST for the same call; see reauthenticate_via_post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReauthenticateResponse | str]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Error | ReauthenticateResponse | str | None:
    """Ask the gateway to re-authenticate the brokerage session (deprecated; use init_brokerage_session).

     GET as in IBKR's Web API document 2.20.0. IBKR's earlier Client Portal Web API document (1.0.0)
    gives POST for the same call; see reauthenticate_via_post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReauthenticateResponse | str
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Error | ReauthenticateResponse | str]:
    """Ask the gateway to re-authenticate the brokerage session (deprecated; use init_brokerage_session).

     GET as in IBKR's Web API document 2.20.0. IBKR's earlier Client Portal Web API document (1.0.0)
    gives POST for the same call; see reauthenticate_via_post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | ReauthenticateResponse | str]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Error | ReauthenticateResponse | str | None:
    """Ask the gateway to re-authenticate the brokerage session (deprecated; use init_brokerage_session).

     GET as in IBKR's Web API document 2.20.0. IBKR's earlier Client Portal Web API document (1.0.0)
    gives POST for the same call; see reauthenticate_via_post.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | ReauthenticateResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
