# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_management_response import AccountManagementResponse
from ...models.error import Error
from ...path_params import path_segment
from ...types import File, Response

OPERATION_ID = "am_update_request_status"
"""The spec's ``operationId`` of this endpoint (the key of ``ibkr_webapi_client.operations.OPERATIONS``)."""


def build_request(
    request_id: int,
    *,
    body: File,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, json, headers ...).

    Public and stable: send them on any httpx client whose ``base_url`` is the operation's base, then read
    the answer with :func:`parse_response`. Path parameters are checked against the spec and
    percent-encoded; a bad one raises ``errors.InvalidParameter`` and nothing is built.
    """
    # ibkr-webapi: path parameters first, each checked against its spec rule and percent-encoded.
    _path = {
        "request_id": path_segment(OPERATION_ID, "requestId", request_id),
    }
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/gw/api/v1/requests/{request_id}/status".format(**_path),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "application/octet-stream"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountManagementResponse | Error | str | None:
    """The documented model for ``response``'s status (see :func:`build_request`).

    Raises ``errors.UnexpectedStatus`` for an undocumented status when ``client.raise_on_unexpected_status``
    (else returns None), and what the model's ``from_dict`` raises (``KeyError``, ``TypeError``,
    ``ValueError``) on a body the spec does not describe.
    """
    if response.status_code == 200:
        response_200 = AccountManagementResponse.from_dict(response.json())

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

    if response.status_code == 415:
        response_415 = Error.from_dict(response.json())

        return response_415

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


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AccountManagementResponse | Error | str]:
    """``response`` as a :class:`~ibkr_webapi_client.types.Response` with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[AccountManagementResponse | Error | str]:
    """Account Management: update request status.

    Args:
        request_id (int):
        body (File):

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountManagementResponse | Error | str]
    """

    kwargs = build_request(
        request_id=request_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    request_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
) -> AccountManagementResponse | Error | str | None:
    """Account Management: update request status.

    Args:
        request_id (int):
        body (File):

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountManagementResponse | Error | str
    """

    return sync_detailed(
        request_id=request_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    request_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
) -> Response[AccountManagementResponse | Error | str]:
    """Account Management: update request status.

    Args:
        request_id (int):
        body (File):

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountManagementResponse | Error | str]
    """

    kwargs = build_request(
        request_id=request_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    request_id: int,
    *,
    client: AuthenticatedClient,
    body: File,
) -> AccountManagementResponse | Error | str | None:
    """Account Management: update request status.

    Args:
        request_id (int):
        body (File):

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountManagementResponse | Error | str
    """

    return (
        await asyncio_detailed(
            request_id=request_id,
            client=client,
            body=body,
        )
    ).parsed
