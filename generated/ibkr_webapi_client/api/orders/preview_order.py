# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.orders_submission_request import OrdersSubmissionRequest
from ...models.what_if_response import WhatIfResponse
from ...path_params import path_segment
from ...types import Response

OPERATION_ID = "preview_order"
"""The spec's ``operationId`` of this endpoint (the key of ``ibkr_webapi_client.operations.OPERATIONS``)."""


def build_request(
    account_id: str,
    *,
    body: OrdersSubmissionRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, json, headers ...).

    Public and stable: send them on any httpx client whose ``base_url`` is the operation's base, then read
    the answer with :func:`parse_response`. Path parameters are checked against the spec and
    percent-encoded; a bad one raises ``errors.InvalidParameter`` and nothing is built.
    """
    # ibkr-webapi: path parameters first, each checked against its spec rule and percent-encoded.
    _path = {
        "account_id": path_segment(OPERATION_ID, "accountId", account_id),
    }
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/iserver/account/{account_id}/orders/whatif".format(**_path),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | WhatIfResponse | str | None:
    """The documented model for ``response``'s status (see :func:`build_request`).

    Raises ``errors.UnexpectedStatus`` for an undocumented status when ``client.raise_on_unexpected_status``
    (else returns None), and what the model's ``from_dict`` raises (``KeyError``, ``TypeError``,
    ``ValueError``) on a body the spec does not describe.
    """
    if response.status_code == 200:
        response_200 = WhatIfResponse.from_dict(response.json())

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


def build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | WhatIfResponse | str]:
    """``response`` as a :class:`~ibkr_webapi_client.types.Response` with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: OrdersSubmissionRequest,
) -> Response[Error | WhatIfResponse | str]:
    """Preview commission and margin impact of an order without sending it (what-if).

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        body (OrdersSubmissionRequest): Wire body of order placement and what-if; IBKR's document
            wrongly shows a bare array.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WhatIfResponse | str]
    """

    kwargs = build_request(
        account_id=account_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: OrdersSubmissionRequest,
) -> Error | WhatIfResponse | str | None:
    """Preview commission and margin impact of an order without sending it (what-if).

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        body (OrdersSubmissionRequest): Wire body of order placement and what-if; IBKR's document
            wrongly shows a bare array.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WhatIfResponse | str
    """

    return sync_detailed(
        account_id=account_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: OrdersSubmissionRequest,
) -> Response[Error | WhatIfResponse | str]:
    """Preview commission and margin impact of an order without sending it (what-if).

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        body (OrdersSubmissionRequest): Wire body of order placement and what-if; IBKR's document
            wrongly shows a bare array.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | WhatIfResponse | str]
    """

    kwargs = build_request(
        account_id=account_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    *,
    client: AuthenticatedClient,
    body: OrdersSubmissionRequest,
) -> Error | WhatIfResponse | str | None:
    """Preview commission and margin impact of an order without sending it (what-if).

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        body (OrdersSubmissionRequest): Wire body of order placement and what-if; IBKR's document
            wrongly shows a bare array.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | WhatIfResponse | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            client=client,
            body=body,
        )
    ).parsed
