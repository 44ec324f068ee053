"""Reading IBKR's order answers by shape, and the reply loop as a sans-I/O state machine.

Placing, modifying and answering a question all return the same four-way union, which IBKR does not
discriminate: a list of accepted orders (``order_id``), a list of questions (``id`` + ``message``), an
"advanced" reject object (``messageId`` such as ``p12``), or ``{"error": ...}`` (often with HTTP 200).
:func:`classify` tells them apart by their keys, never by matching English text.

:class:`ReplyLoop` decides what to answer. It confirms a question only if the caller's
:class:`ReplyPolicy` allows *every* message id in it; the default policy denies everything (an order
must never be confirmed blindly). A denied question is answered ``{"confirmed": false}`` and the
order ends in :class:`~ibkr_webapi.OrderRejected` carrying IBKR's messages and ids. Chains longer than
``max_replies`` end in :class:`~ibkr_webapi.ReplyChainTooLong`, after the pending question is denied.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._exceptions import OrderRejected, ReplyChainTooLong, UnexpectedResponse
from .models import OrderAck, _order_id

__all__ = [
    "Accepted",
    "Decision",
    "Question",
    "Rejected",
    "ReplyLoop",
    "ReplyPolicy",
    "classify",
]

DEFAULT_MAX_REPLIES = 5


@dataclass(frozen=True, slots=True)
class Question:
    """A question IBKR wants answered before the order goes out."""

    reply_id: str
    messages: tuple[str, ...]
    message_ids: tuple[str, ...]
    suppressible: bool | None = None
    raw: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Accepted:
    """The order(s) went in: IBKR's success items, in request order."""

    items: tuple[Mapping[str, Any], ...]


@dataclass(frozen=True, slots=True)
class Rejected:
    """IBKR refused: an ``{"error"}`` body or an advanced reject (``messageId``)."""

    text: str
    message_ids: tuple[str, ...]
    raw: Any


Outcome = Accepted | Question | Rejected


def _strs(v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        return (v,)
    if isinstance(v, Sequence):
        return tuple(str(x) for x in v if x is not None)
    return ()


def _classify_object(d: Mapping[str, Any], body: Any) -> Outcome | None:
    if d.get("error") not in (None, ""):
        return Rejected(str(d["error"]), _strs(d.get("messageId")), body)
    if "order_id" in d:
        return Accepted((d,))
    if "id" in d and ("message" in d or "messageIds" in d):
        return Question(
            reply_id=str(d["id"]),
            messages=_strs(d.get("message")),
            message_ids=_strs(d.get("messageIds")),
            suppressible=d.get("isSuppressible") if isinstance(d.get("isSuppressible"), bool) else None,
            raw=dict(d),
        )
    if "messageId" in d:  # advanced reject / prompt, e.g. p12
        text = d.get("text")
        return Rejected(str(text) if text else "order rejected", _strs(d.get("messageId")), body)
    return None


def classify(body: Any) -> Outcome:
    """Tell IBKR's order answer apart by shape. Raises UnexpectedResponse for anything else."""
    if isinstance(body, Mapping):
        out = _classify_object(body, body)
    elif isinstance(body, list) and body and all(isinstance(x, Mapping) for x in body):
        if all("order_id" in x and x.get("error") in (None, "") for x in body):
            return Accepted(tuple(body))
        out = _classify_object(body[0], body)
        if isinstance(out, Accepted):  # a mixed list: some accepted, some not
            bad = next(x for x in body if "order_id" not in x or x.get("error") not in (None, ""))
            out = _classify_object(bad, body) or Rejected("order partly rejected", (), body)
    else:
        out = None
    if out is None:
        raise UnexpectedResponse(
            "IBKR's order answer has none of the known shapes (order_id / id+message / messageId / error)",
            body=body,
        )
    return out


# ---------------------------------------------------------------------------------------------------
# Policy


AskCallback = Callable[[Question], bool]


class ReplyPolicy:
    """How to answer IBKR's order questions.

    * ``ReplyPolicy.deny()`` (the default): answer no to everything.
    * ``ReplyPolicy.confirm({"o163", "o354"})``: answer yes when every message id of the question is
      in the set, no otherwise (a question without ids is never confirmed).
    * ``ReplyPolicy.ask(callback)``: the callback sees the question (ids and texts) and returns a bool.
    """

    __slots__ = ("_allowed", "_callback")

    def __init__(self, allowed: Iterable[str] = (), callback: AskCallback | None = None) -> None:
        self._allowed = frozenset(allowed)
        self._callback = callback

    @classmethod
    def deny(cls) -> ReplyPolicy:
        return cls()

    @classmethod
    def confirm(cls, message_ids: Iterable[str]) -> ReplyPolicy:
        ids = [message_ids] if isinstance(message_ids, str) else list(message_ids)
        return cls(allowed=ids)

    @classmethod
    def ask(cls, callback: AskCallback) -> ReplyPolicy:
        return cls(callback=callback)

    @property
    def allowed(self) -> frozenset[str]:
        return self._allowed

    def decide(self, question: Question) -> bool:
        """True to confirm. Exceptions from a callback propagate (the loop denies first)."""
        if self._callback is not None:
            return bool(self._callback(question))
        return bool(question.message_ids) and all(m in self._allowed for m in question.message_ids)

    def __repr__(self) -> str:
        if self._callback is not None:
            return "ReplyPolicy.ask(...)"
        return f"ReplyPolicy.confirm({sorted(self._allowed)!r})" if self._allowed else "ReplyPolicy.deny()"


# ---------------------------------------------------------------------------------------------------
# Loop


@dataclass(frozen=True, slots=True)
class Decision:
    """Answer ``question`` with ``confirmed``; when ``then_raise`` is set, raise it after answering."""

    question: Question
    confirmed: bool
    then_raise: BaseException | None = None


def _acks(
    items: Sequence[Mapping[str, Any]], coids: Sequence[str | None], confirmed: Sequence[str]
) -> list[OrderAck]:
    acks: list[OrderAck] = []
    for i, item in enumerate(items):
        oid = _order_id(item.get("order_id"))
        if oid is None:
            raise UnexpectedResponse(f"order_id {item.get('order_id')!r} is not a number", body=list(items))
        status = item.get("order_status")
        text = item.get("text") or item.get("warning_message")
        acks.append(
            OrderAck(
                order_id=oid,
                status=str(status) if status is not None else None,
                coid=coids[i] if i < len(coids) else None,
                parent_order_id=_order_id(item.get("parent_order_id")),
                text=str(text) if text else None,
                confirmed=tuple(confirmed),
                raw=dict(item),
            )
        )
    return acks


class ReplyLoop:
    """Feed it each answer IBKR gives; it returns acks when done or the next :class:`Decision`.

    Raises OrderRejected for IBKR rejections, UnexpectedResponse for unknown shapes.
    """

    def __init__(
        self,
        policy: ReplyPolicy | None = None,
        *,
        coids: Sequence[str | None] = (),
        max_replies: int = DEFAULT_MAX_REPLIES,
    ) -> None:
        self.policy = policy or ReplyPolicy.deny()
        self.coids = tuple(coids)
        self.max_replies = max_replies
        self.replies = 0
        self.confirmed: list[str] = []
        self.questions: list[Question] = []

    def feed(self, body: Any) -> list[OrderAck] | Decision:
        outcome = classify(body)
        if isinstance(outcome, Accepted):
            return _acks(outcome.items, self.coids, self.confirmed)
        if isinstance(outcome, Rejected):
            raise OrderRejected(
                f"IBKR rejected the order: {outcome.text}",
                messages=(outcome.text,),
                message_ids=outcome.message_ids,
                body=outcome.raw,
            )
        q = outcome
        self.questions.append(q)
        if self.replies >= self.max_replies:
            ids = [m for qq in self.questions for m in qq.message_ids]
            return Decision(
                q,
                False,
                ReplyChainTooLong(
                    f"IBKR asked more than {self.max_replies} questions in a row; the last was denied",
                    message_ids=ids,
                ),
            )
        self.replies += 1
        try:
            ok = self.policy.decide(q)
        except Exception as exc:  # the callback failed: deny, then surface its error
            return Decision(q, False, exc)
        if ok:
            self.confirmed.extend(q.message_ids)
            return Decision(q, True)
        return Decision(
            q,
            False,
            OrderRejected(
                "order not confirmed: the reply policy did not allow "
                + (", ".join(q.message_ids) or "a question without message ids"),
                messages=q.messages,
                message_ids=q.message_ids,
                reply_id=q.reply_id,
                body=dict(q.raw),
            ),
        )
