# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.secdef_info import SecdefInfo
from ...types import UNSET, Response, Unset

OPERATION_ID = "get_secdef_info"
"""The spec's ``operationId`` of this endpoint (the key of ``ibkr_webapi_client.operations.OPERATIONS``)."""


def build_request(
    *,
    conid: str | Unset = UNSET,
    sectype: str | Unset = UNSET,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: str | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, json, headers ...).

    Public and stable: send them on any httpx client whose ``base_url`` is the operation's base, then read
    the answer with :func:`parse_response`. Path parameters are checked against the spec and
    percent-encoded; a bad one raises ``errors.InvalidParameter`` and nothing is built.
    """

    params: dict[str, Any] = {}

    params["conid"] = conid

    params["sectype"] = sectype

    params["month"] = month

    params["exchange"] = exchange

    params["strike"] = strike

    params["right"] = right

    params["issuerId"] = issuer_id

    params["filters"] = filters

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/secdef/info",
    }
    # ibkr-webapi: the query is encoded here so commas in list values stay literal
    # (conids=265598,8314): IBKR reads comma-separated lists, not repeated keys or %2C.
    _query = urlencode(httpx.QueryParams(params).multi_items(), safe=",", quote_via=quote)
    if _query:
        _kwargs["url"] += "?" + _query

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SecdefInfo] | str | None:
    """The documented model for ``response``'s status (see :func:`build_request`).

    Raises ``errors.UnexpectedStatus`` for an undocumented status when ``client.raise_on_unexpected_status``
    (else returns None), and what the model's ``from_dict`` raises (``KeyError``, ``TypeError``,
    ``ValueError``) on a body the spec does not describe.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SecdefInfo.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[Error | list[SecdefInfo] | str]:
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
    conid: str | Unset = UNSET,
    sectype: str | Unset = UNSET,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: str | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[Error | list[SecdefInfo] | str]:
    """Contract details of derivatives for a month/strike/right.

    Args:
        conid (str | Unset):
        sectype (str | Unset):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (str | Unset):
        issuer_id (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SecdefInfo] | str]
    """

    kwargs = build_request(
        conid=conid,
        sectype=sectype,
        month=month,
        exchange=exchange,
        strike=strike,
        right=right,
        issuer_id=issuer_id,
        filters=filters,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    conid: str | Unset = UNSET,
    sectype: str | Unset = UNSET,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: str | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Error | list[SecdefInfo] | str | None:
    """Contract details of derivatives for a month/strike/right.

    Args:
        conid (str | Unset):
        sectype (str | Unset):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (str | Unset):
        issuer_id (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SecdefInfo] | str
    """

    return sync_detailed(
        client=client,
        conid=conid,
        sectype=sectype,
        month=month,
        exchange=exchange,
        strike=strike,
        right=right,
        issuer_id=issuer_id,
        filters=filters,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    conid: str | Unset = UNSET,
    sectype: str | Unset = UNSET,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: str | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Response[Error | list[SecdefInfo] | str]:
    """Contract details of derivatives for a month/strike/right.

    Args:
        conid (str | Unset):
        sectype (str | Unset):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (str | Unset):
        issuer_id (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SecdefInfo] | str]
    """

    kwargs = build_request(
        conid=conid,
        sectype=sectype,
        month=month,
        exchange=exchange,
        strike=strike,
        right=right,
        issuer_id=issuer_id,
        filters=filters,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    conid: str | Unset = UNSET,
    sectype: str | Unset = UNSET,
    month: str | Unset = UNSET,
    exchange: str | Unset = UNSET,
    strike: str | Unset = UNSET,
    right: str | Unset = UNSET,
    issuer_id: str | Unset = UNSET,
    filters: str | Unset = UNSET,
) -> Error | list[SecdefInfo] | str | None:
    """Contract details of derivatives for a month/strike/right.

    Args:
        conid (str | Unset):
        sectype (str | Unset):
        month (str | Unset):
        exchange (str | Unset):
        strike (str | Unset):
        right (str | Unset):
        issuer_id (str | Unset):
        filters (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SecdefInfo] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            conid=conid,
            sectype=sectype,
            month=month,
            exchange=exchange,
            strike=strike,
            right=right,
            issuer_id=issuer_id,
            filters=filters,
        )
    ).parsed
