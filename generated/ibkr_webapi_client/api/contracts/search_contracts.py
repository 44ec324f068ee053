# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.secdef_search_result import SecdefSearchResult
from ...types import UNSET, Response, Unset

OPERATION_ID = "search_contracts"
"""The spec's ``operationId`` of this endpoint (the key of ``ibkr_webapi_client.operations.OPERATIONS``)."""


def build_request(
    *,
    symbol: str,
    sec_type: str | Unset = UNSET,
    name: bool | Unset = UNSET,
    more: bool | Unset = UNSET,
    fund: bool | Unset = UNSET,
    fund_family_conid_ex: str | Unset = UNSET,
    pattern: bool | Unset = UNSET,
    referrer: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, json, headers ...).

    Public and stable: send them on any httpx client whose ``base_url`` is the operation's base, then read
    the answer with :func:`parse_response`. Path parameters are checked against the spec and
    percent-encoded; a bad one raises ``errors.InvalidParameter`` and nothing is built.
    """

    params: dict[str, Any] = {}

    params["symbol"] = symbol

    params["secType"] = sec_type

    params["name"] = name

    params["more"] = more

    params["fund"] = fund

    params["fundFamilyConidEx"] = fund_family_conid_ex

    params["pattern"] = pattern

    params["referrer"] = referrer

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/iserver/secdef/search",
    }
    # ibkr-webapi: the query is encoded here so commas in list values stay literal
    # (conids=265598,8314): IBKR reads comma-separated lists, not repeated keys or %2C.
    _query = urlencode(httpx.QueryParams(params).multi_items(), safe=",", quote_via=quote)
    if _query:
        _kwargs["url"] += "?" + _query

    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | list[SecdefSearchResult] | str | None:
    """The documented model for ``response``'s status (see :func:`build_request`).

    Raises ``errors.UnexpectedStatus`` for an undocumented status when ``client.raise_on_unexpected_status``
    (else returns None), and what the model's ``from_dict`` raises (``KeyError``, ``TypeError``,
    ``ValueError``) on a body the spec does not describe.
    """
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = SecdefSearchResult.from_dict(response_200_item_data)

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
) -> Response[Error | list[SecdefSearchResult] | str]:
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
    symbol: str,
    sec_type: str | Unset = UNSET,
    name: bool | Unset = UNSET,
    more: bool | Unset = UNSET,
    fund: bool | Unset = UNSET,
    fund_family_conid_ex: str | Unset = UNSET,
    pattern: bool | Unset = UNSET,
    referrer: str | Unset = UNSET,
) -> Response[Error | list[SecdefSearchResult] | str]:
    """Search contracts by symbol or company name.

    Args:
        symbol (str):
        sec_type (str | Unset):
        name (bool | Unset):
        more (bool | Unset):
        fund (bool | Unset):
        fund_family_conid_ex (str | Unset):
        pattern (bool | Unset):
        referrer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SecdefSearchResult] | str]
    """

    kwargs = build_request(
        symbol=symbol,
        sec_type=sec_type,
        name=name,
        more=more,
        fund=fund,
        fund_family_conid_ex=fund_family_conid_ex,
        pattern=pattern,
        referrer=referrer,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    symbol: str,
    sec_type: str | Unset = UNSET,
    name: bool | Unset = UNSET,
    more: bool | Unset = UNSET,
    fund: bool | Unset = UNSET,
    fund_family_conid_ex: str | Unset = UNSET,
    pattern: bool | Unset = UNSET,
    referrer: str | Unset = UNSET,
) -> Error | list[SecdefSearchResult] | str | None:
    """Search contracts by symbol or company name.

    Args:
        symbol (str):
        sec_type (str | Unset):
        name (bool | Unset):
        more (bool | Unset):
        fund (bool | Unset):
        fund_family_conid_ex (str | Unset):
        pattern (bool | Unset):
        referrer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SecdefSearchResult] | str
    """

    return sync_detailed(
        client=client,
        symbol=symbol,
        sec_type=sec_type,
        name=name,
        more=more,
        fund=fund,
        fund_family_conid_ex=fund_family_conid_ex,
        pattern=pattern,
        referrer=referrer,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    symbol: str,
    sec_type: str | Unset = UNSET,
    name: bool | Unset = UNSET,
    more: bool | Unset = UNSET,
    fund: bool | Unset = UNSET,
    fund_family_conid_ex: str | Unset = UNSET,
    pattern: bool | Unset = UNSET,
    referrer: str | Unset = UNSET,
) -> Response[Error | list[SecdefSearchResult] | str]:
    """Search contracts by symbol or company name.

    Args:
        symbol (str):
        sec_type (str | Unset):
        name (bool | Unset):
        more (bool | Unset):
        fund (bool | Unset):
        fund_family_conid_ex (str | Unset):
        pattern (bool | Unset):
        referrer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[SecdefSearchResult] | str]
    """

    kwargs = build_request(
        symbol=symbol,
        sec_type=sec_type,
        name=name,
        more=more,
        fund=fund,
        fund_family_conid_ex=fund_family_conid_ex,
        pattern=pattern,
        referrer=referrer,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    symbol: str,
    sec_type: str | Unset = UNSET,
    name: bool | Unset = UNSET,
    more: bool | Unset = UNSET,
    fund: bool | Unset = UNSET,
    fund_family_conid_ex: str | Unset = UNSET,
    pattern: bool | Unset = UNSET,
    referrer: str | Unset = UNSET,
) -> Error | list[SecdefSearchResult] | str | None:
    """Search contracts by symbol or company name.

    Args:
        symbol (str):
        sec_type (str | Unset):
        name (bool | Unset):
        more (bool | Unset):
        fund (bool | Unset):
        fund_family_conid_ex (str | Unset):
        pattern (bool | Unset):
        referrer (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[SecdefSearchResult] | str
    """

    return (
        await asyncio_detailed(
            client=client,
            symbol=symbol,
            sec_type=sec_type,
            name=name,
            more=more,
            fund=fund,
            fund_family_conid_ex=fund_family_conid_ex,
            pattern=pattern,
            referrer=referrer,
        )
    ).parsed
