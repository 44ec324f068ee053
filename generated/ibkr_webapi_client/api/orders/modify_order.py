# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.order_reject import OrderReject
from ...models.order_reply_question import OrderReplyQuestion
from ...models.order_request import OrderRequest
from ...models.order_submit_success import OrderSubmitSuccess
from ...types import Response


def _get_kwargs(
    account_id: str,
    order_id: int,
    *,
    body: OrderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/iserver/account/{account_id}/order/{order_id}".format(
            account_id=quote(str(account_id), safe=""),
            order_id=quote(str(order_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str | None:
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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
        account_id (str):
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_id: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRequest,
) -> Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str | None:
    """Change a working order; may answer with questions to confirm.

    Args:
        account_id (str):
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
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
        account_id (str):
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str]
    """

    kwargs = _get_kwargs(
        account_id=account_id,
        order_id=order_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_id: str,
    order_id: int,
    *,
    client: AuthenticatedClient,
    body: OrderRequest,
) -> Error | Error | list[OrderReplyQuestion] | list[OrderSubmitSuccess] | OrderReject | str | None:
    """Change a working order; may answer with questions to confirm.

    Args:
        account_id (str):
        order_id (int):
        body (OrderRequest): One order. Put it inside `OrdersSubmissionRequest.orders`. Name the
            contract with `conid` or, for routed and combo (BAG) orders, `conidex`; size it with
            `quantity` or `cashQty`.

    Raises:
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
