# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_reject import OrderReject
from ...models.order_reply_question import OrderReplyQuestion
from ...models.order_request import OrderRequest
from ...models.order_submit_success import OrderSubmitSuccess
from ...path_params import path_segment
from ...types import Response

OPERATION_ID = "modify_order"
"""The spec's ``operationId`` of this endpoint (the key of ``ibkr_webapi_client.operations.OPERATIONS``)."""


def build_request(
    account_id: str,
    order_id: int,
    *,
    body: OrderRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx.Client.request`` for this operation (method, url, json, headers ...).

    Public and stable: send them on any httpx client whose ``base_url`` is the operation's base, then read
    the answer with :func:`parse_response`. Path parameters are checked against the spec and
    percent-encoded; a bad one raises ``errors.InvalidParameter`` and nothing is built.
    """
    # ibkr-webapi: path parameters first, each checked against its spec rule and percent-encoded.
    _path = {
        "account_id": path_segment(OPERATION_ID, "accountId", account_id),
        "order_id": path_segment(OPERATION_ID, "orderId", order_id),
    }
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/iserver/account/{account_id}/order/{order_id}".format(**_path),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str | None:
    """The documented model for ``response``'s status (see :func:`build_request`).

    Raises ``errors.UnexpectedStatus`` for an undocumented status when ``client.raise_on_unexpected_status``
    (else returns None), and what the model's ``from_dict`` raises (``KeyError``, ``TypeError``,
    ``ValueError``) on a body the spec does not describe.
    """
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject:
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_order_submission_response_type_0 = []
                _componentsschemas_order_submission_response_type_0 = data
                for (
                    componentsschemas_order_submit_success_list_item_data
                ) in _componentsschemas_order_submission_response_type_0:
                    componentsschemas_order_submit_success_list_item = OrderSubmitSuccess.from_dict(
                        componentsschemas_order_submit_success_list_item_data
                    )

                    componentsschemas_order_submission_response_type_0.append(
                        componentsschemas_order_submit_success_list_item
                    )

                return componentsschemas_order_submission_response_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_order_submission_response_type_1 = []
                _componentsschemas_order_submission_response_type_1 = data
                for (
                    componentsschemas_order_reply_question_list_item_data
                ) in _componentsschemas_order_submission_response_type_1:
                    componentsschemas_order_reply_question_list_item = OrderReplyQuestion.from_dict(
                        componentsschemas_order_reply_question_list_item_data
                    )

                    componentsschemas_order_submission_response_type_1.append(
                        componentsschemas_order_reply_question_list_item
                    )

                return componentsschemas_order_submission_response_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_order_submission_response_type_2 = OrderReject.from_dict(data)

                return componentsschemas_order_submission_response_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_order_submission_response_type_3 = Error.from_dict(data)

            return componentsschemas_order_submission_response_type_3

        response_200 = _parse_response_200(response.json())

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
) -> Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]:
    """``response`` as a :class:`~ibkr_webapi_client.types.Response` with its parsed model."""
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parse_response(client=client, response=response),
    )


def sync_detailed(
    account_id: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRequest,
) -> Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]:
    """Change a working order; may answer with questions to confirm.

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]
    """

    kwargs = build_request(
        account_id=account_id,
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return build_response(client=client, response=response)


def sync(
    account_id: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRequest,
) -> Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str | None:
    """Change a working order; may answer with questions to confirm.

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str
    """

    return sync_detailed(
        account_id=account_id,
        order_id=order_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_id: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRequest,
) -> Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]:
    """Change a working order; may answer with questions to confirm.

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]
    """

    kwargs = build_request(
        account_id=account_id,
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRequest,
) -> Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str | None:
    """Change a working order; may answer with questions to confirm.

    Args:
        account_id (str): An IBKR account id as a path segment - one to five capital letters then
            digits (`U1234567` individual, `DU1234567` paper, `F1234567` / `DF1234567` advisor master,
            newer paper ids such as `DUO1234567`), or `All` (the advisor-wide aggregate on the
            endpoints that accept it). The client refuses anything else before sending.
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
        errors.InvalidParameter: If a path parameter breaks its rule in the spec (nothing is sent).
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str
    """

    return (
        await asyncio_detailed(
            account_id=account_id,
            order_id=order_id,
            client=client,
            body=body,
        )
    ).parsed
