# GENERATED CODE: do not edit. Made by openapi-python-client from spec/ibkr-webapi.yaml
# with generator_templates/; regenerate with `nox -s generate`.
"""Path parameter rules, and the one function every endpoint builds its URL path with.

GENERATED CODE: do not edit. Written by generator_templates/post_hooks/write_operations.py from the
path parameters of spec/ibkr-webapi.yaml during ``nox -s generate``.

``path_segment(operation_id, name, value)`` checks ``value`` against the spec's schema for that path
parameter and returns it percent-encoded (``quote(text, safe="")``) for the URL. It raises
``errors.InvalidParameter`` (a ``ValueError``) before any request exists when:

* an ``integer`` parameter is not an ``int``, is a ``bool``, or lies outside ``minimum``..``maximum``;
* a ``string`` parameter is not a ``str`` (an ``int``, never a ``bool``, is accepted and written in
  decimal), is empty, is longer than ``maxLength`` (``DEFAULT_MAX_LENGTH`` when the spec gives none),
  does not match ``pattern`` (as a whole: a trailing newline does not slip past ``$``), or is ``.`` /
  ``..`` or contains ``/`` or ``\\`` - nothing a caller passes can add, remove or climb a path segment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from urllib.parse import quote

from .errors import InvalidParameter

DEFAULT_MAX_LENGTH = 256


@dataclass(frozen=True, slots=True)
class PathParam:
    """The spec's rule for one path parameter (``type`` is ``"integer"`` or ``"string"``)."""

    name: str
    type: str
    pattern: str | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None


PATH_PARAMS: Mapping[str, Mapping[str, PathParam]] = MappingProxyType(
    {
        "activate_alert": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_assign_account_tasks": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_get_account_details": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_get_account_kyc": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_get_account_login_messages": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_get_account_status": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_get_account_tasks": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_get_client_instruction_status": MappingProxyType(
            {
                "clientInstructionId": PathParam(
                    name="clientInstructionId", type="integer", minimum=0, maximum=9223372036854775807
                )
            }
        ),
        "am_get_enumerations": MappingProxyType(
            {"enumerationType": PathParam(name="enumerationType", type="string", pattern="^[A-Za-z0-9_-]{1,64}$")}
        ),
        "am_get_instruction_set_status": MappingProxyType(
            {
                "instructionSetId": PathParam(
                    name="instructionSetId", type="integer", minimum=0, maximum=9223372036854775807
                )
            }
        ),
        "am_get_instruction_status": MappingProxyType(
            {"instructionId": PathParam(name="instructionId", type="integer", minimum=0, maximum=9223372036854775807)}
        ),
        "am_get_request_status": MappingProxyType(
            {"requestId": PathParam(name="requestId", type="integer", minimum=0, maximum=9223372036854775807)}
        ),
        "am_update_account_status": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_update_account_tasks": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "am_update_request_status": MappingProxyType(
            {"requestId": PathParam(name="requestId", type="integer", minimum=0, maximum=9223372036854775807)}
        ),
        "am_validate_username": MappingProxyType(
            {"username": PathParam(name="username", type="string", min_length=1, max_length=128)}
        ),
        "cancel_order": MappingProxyType(
            {
                "accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$"),
                "orderId": PathParam(name="orderId", type="string", pattern="^[0-9]{1,18}$"),
            }
        ),
        "delete_alert": MappingProxyType(
            {
                "accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$"),
                "alertId": PathParam(name="alertId", type="string", pattern="^[0-9]{1,18}$"),
            }
        ),
        "delete_fyi_device": MappingProxyType(
            {"deviceId": PathParam(name="deviceId", type="string", min_length=1, max_length=256)}
        ),
        "get_account_allocation": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_account_available_funds": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_account_balances": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_account_margins": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_account_market_value": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_account_metadata": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_account_position_by_conid": MappingProxyType(
            {
                "accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$"),
                "conid": PathParam(name="conid", type="integer", minimum=1, maximum=2147483647),
            }
        ),
        "get_account_summary": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_alert": MappingProxyType(
            {"alertId": PathParam(name="alertId", type="integer", minimum=0, maximum=9223372036854775807)}
        ),
        "get_alerts": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_combo_positions": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_contract_algos": MappingProxyType(
            {"conid": PathParam(name="conid", type="string", pattern="^[0-9]{1,10}$")}
        ),
        "get_contract_info": MappingProxyType(
            {"conid": PathParam(name="conid", type="string", pattern="^[0-9]{1,10}$")}
        ),
        "get_contract_info_and_rules": MappingProxyType(
            {"conid": PathParam(name="conid", type="string", pattern="^[0-9]{1,10}$")}
        ),
        "get_fyi_disclaimer": MappingProxyType(
            {"typecode": PathParam(name="typecode", type="string", pattern="^[A-Za-z0-9_]{1,32}$")}
        ),
        "get_ledger": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_order_status": MappingProxyType(
            {"orderId": PathParam(name="orderId", type="integer", minimum=0, maximum=9223372036854775807)}
        ),
        "get_portfolio_summary": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_positions": MappingProxyType(
            {
                "accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$"),
                "pageId": PathParam(name="pageId", type="integer", minimum=0, maximum=100000),
            }
        ),
        "get_positions_by_conid": MappingProxyType(
            {"conid": PathParam(name="conid", type="integer", minimum=1, maximum=2147483647)}
        ),
        "get_positions_realtime": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "get_signatures_and_owners": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "invalidate_positions_cache": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "mark_fyi_disclaimer_read": MappingProxyType(
            {"typecode": PathParam(name="typecode", type="string", pattern="^[A-Za-z0-9_]{1,32}$")}
        ),
        "mark_fyi_notification_read": MappingProxyType(
            {"notificationId": PathParam(name="notificationId", type="string", pattern="^[A-Za-z0-9_-]{1,64}$")}
        ),
        "modify_order": MappingProxyType(
            {
                "accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$"),
                "orderId": PathParam(name="orderId", type="integer", minimum=0, maximum=9223372036854775807),
            }
        ),
        "place_orders": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "preview_order": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "reply_to_order_question": MappingProxyType(
            {"replyId": PathParam(name="replyId", type="string", pattern="^[A-Za-z0-9_-]{1,128}$")}
        ),
        "save_alert": MappingProxyType(
            {"accountId": PathParam(name="accountId", type="string", pattern="^(?:[A-Z]{1,5}[0-9]{1,12}|All)$")}
        ),
        "search_dynamic_accounts": MappingProxyType(
            {"searchPattern": PathParam(name="searchPattern", type="string", min_length=1, max_length=64)}
        ),
        "set_fyi_setting": MappingProxyType(
            {"typecode": PathParam(name="typecode", type="string", pattern="^[A-Za-z0-9_]{1,32}$")}
        ),
    }
)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _integer(operation_id: str, rule: PathParam, value: object) -> str:
    low = "-inf" if rule.minimum is None else str(rule.minimum)
    high = "inf" if rule.maximum is None else str(rule.maximum)
    what = f"an int (never a bool) in {low}..{high}"
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidParameter(operation_id, rule.name, what, value)
    too_low = rule.minimum is not None and value < rule.minimum
    if too_low or (rule.maximum is not None and value > rule.maximum):
        raise InvalidParameter(operation_id, rule.name, what, value)
    return str(value)


def _string(operation_id: str, rule: PathParam, value: object) -> str:
    text = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if not isinstance(text, str):
        raise InvalidParameter(operation_id, rule.name, "a str (or an int, never a bool)", value)
    longest = DEFAULT_MAX_LENGTH if rule.max_length is None else rule.max_length
    shortest = max(1, rule.min_length or 0)
    if not shortest <= len(text) <= longest:
        raise InvalidParameter(operation_id, rule.name, f"{shortest} to {longest} characters", value)
    if text in (".", "..") or "/" in text or "\\" in text:
        one = "one path segment (no '.', '..', '/' or '\\')"
        raise InvalidParameter(operation_id, rule.name, one, value)
    if rule.pattern is not None and _compiled(rule.pattern).fullmatch(text) is None:
        raise InvalidParameter(operation_id, rule.name, f"a match of {rule.pattern!r}", value)
    return text


_SEGMENTS: dict[tuple[str, str, object], str] = {}
"""Accepted ``str``/``int`` values and their segments (an account id or conid is used again and again)."""
_SEGMENTS_SIZE = 1024


def path_segment(operation_id: str, name: str, value: object) -> str:
    """``value`` checked against the spec rule of path parameter ``name`` of ``operation_id``, encoded."""
    kind = type(value)
    known = kind is str or kind is int  # exact types: a bool or a str subclass is checked every time
    if known:
        try:
            return _SEGMENTS[operation_id, name, value]
        except KeyError:
            pass
    rule = PATH_PARAMS[operation_id][name]
    check = _integer if rule.type == "integer" else _string
    segment = quote(check(operation_id, rule, value), safe="")
    if known:  # only values that passed the check are remembered; the rules never change
        if len(_SEGMENTS) >= _SEGMENTS_SIZE:
            _SEGMENTS.clear()
        _SEGMENTS[operation_id, name, value] = segment
    return segment
