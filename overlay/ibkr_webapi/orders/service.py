"""``Orders`` / ``AsyncOrders``: thin facades that build order flows and run them with a driver.

No logic lives here beyond binding the caller's defaults (reply policy, reply bound, account) and
remembering which questions the caller suppressed, so they can be suppressed again whenever the
brokerage session is re-established (IBKR forgets suppressions with the session).
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

from .._facade import runner_of
from .._flow import Flow
from .flows import (
    AccountsFlow,
    ReconcileSettings,
    cancel_flow,
    live_orders_flow,
    modify_flow,
    order_status_flow,
    place_flow,
    preview_flow,
    reset_suppressed_flow,
    suppress_flow,
)
from .models import CancelAck, LiveOrder, Order, OrderAck, OrderGroup, OrderPreview, OrderStatusDetail
from .replies import DEFAULT_MAX_REPLIES, ReplyPolicy

__all__ = ["AsyncOrders", "Orders", "Suppressions", "session_accounts"]

T = TypeVar("T")
_DEFAULT_RECONCILE = ReconcileSettings()
Placeable = Order | OrderGroup | Sequence[Order]


class Suppressions:
    """The question ids the caller suppressed; shared by a client's sync and async facades."""

    def __init__(self) -> None:
        self._ids: set[str] = set()
        self._lock = threading.Lock()

    @property
    def ids(self) -> frozenset[str]:
        with self._lock:
            return frozenset(self._ids)

    def add(self, ids: Iterable[str]) -> None:
        with self._lock:
            self._ids.update(ids)

    def clear(self) -> None:
        with self._lock:
            self._ids.clear()

    def reapply_flow(self) -> Flow[None]:
        """Suppress the remembered ids again (run after the session was re-established)."""
        return suppress_flow(self.ids)


class _OrdersCore:
    """Binds defaults into flows; the facades only choose how to run them."""

    def __init__(
        self,
        ensure_accounts: AccountsFlow,
        *,
        account_id: str | None = None,
        policy: ReplyPolicy | None = None,
        max_replies: int = DEFAULT_MAX_REPLIES,
        reconcile: ReconcileSettings = _DEFAULT_RECONCILE,
        suppressions: Suppressions | None = None,
    ) -> None:
        self.ensure_accounts = ensure_accounts
        self.account_id = account_id
        self.policy = policy or ReplyPolicy.deny()
        self.max_replies = max_replies
        self.reconcile = reconcile
        self.suppressions = suppressions or Suppressions()

    def place(
        self, order: Placeable, policy: ReplyPolicy | None, account_id: str | None
    ) -> Flow[list[OrderAck]]:
        return place_flow(
            order,
            ensure_accounts=self.ensure_accounts,
            account_id=account_id or self.account_id,
            policy=policy or self.policy,
            max_replies=self.max_replies,
            reconcile=self.reconcile,
        )

    def modify(
        self,
        order_id: int,
        changes: Mapping[str, Any],
        original: Order | None,
        policy: ReplyPolicy | None,
        account_id: str | None,
    ) -> Flow[OrderAck]:
        return modify_flow(
            order_id,
            changes,
            ensure_accounts=self.ensure_accounts,
            original=original,
            account_id=account_id or self.account_id,
            policy=policy or self.policy,
            max_replies=self.max_replies,
        )

    def suppress(self, ids: Iterable[str]) -> Flow[None]:
        ids = [ids] if isinstance(ids, str) else list(ids)
        yield from suppress_flow(ids)
        self.suppressions.add(ids)

    def reset(self) -> Flow[None]:
        yield from reset_suppressed_flow()
        self.suppressions.clear()


def session_accounts(session: Any) -> AccountsFlow:
    """The session's ``ensure_accounts`` flow, returning the account to trade in (IBKR's selected one)."""

    def flow() -> Flow[str | None]:
        accounts = yield from session.ensure_accounts()
        selected = getattr(session, "selected_account", None)
        return selected or (accounts[0] if accounts else None)

    return flow


def _core_for(session: Any, defaults: Mapping[str, Any]) -> _OrdersCore:
    core = _OrdersCore(session_accounts(session), **defaults)
    # IBKR forgets suppressed questions with the brokerage session: suppress them again after each
    # automatic re-establishment.
    session.on_reestablished(core.suppressions.reapply_flow)
    return core


class Orders:
    """Sync order service: ``client.orders``. Every method sends nothing until validation passed."""

    def __init__(self, client: Any, **defaults: Any) -> None:
        """``client`` is a ``Client`` (``run`` + ``session``); ``defaults``: policy, max_replies ..."""
        self._run: Callable[[Flow[Any]], Any] = runner_of(client)
        self._core = _core_for(client.session, defaults)

    @property
    def suppressions(self) -> Suppressions:
        return self._core.suppressions

    def place(
        self, order: Placeable, *, policy: ReplyPolicy | None = None, account_id: str | None = None
    ) -> list[OrderAck]:
        """Place an order, bracket or OCA group; one ack per order, in request order."""
        result: list[OrderAck] = self._run(self._core.place(order, policy, account_id))
        return result

    def place_one(
        self, order: Order, *, policy: ReplyPolicy | None = None, account_id: str | None = None
    ) -> OrderAck:
        return self.place(order, policy=policy, account_id=account_id)[0]

    def modify(
        self,
        order_id: int,
        *,
        original: Order | None = None,
        policy: ReplyPolicy | None = None,
        account_id: str | None = None,
        **changes: Any,
    ) -> OrderAck:
        result: OrderAck = self._run(self._core.modify(order_id, changes, original, policy, account_id))
        return result

    def cancel(self, order_id: int, *, account_id: str | None = None) -> CancelAck:
        result: CancelAck = self._run(
            cancel_flow(
                order_id,
                ensure_accounts=self._core.ensure_accounts,
                account_id=account_id or self._core.account_id,
            )
        )
        return result

    def live_orders(self, *, filters: Iterable[str] = (), force: bool = False) -> list[LiveOrder]:
        result: list[LiveOrder] = self._run(
            live_orders_flow(ensure_accounts=self._core.ensure_accounts, filters=filters, force=force)
        )
        return result

    def order_status(self, order_id: int) -> OrderStatusDetail:
        result: OrderStatusDetail = self._run(
            order_status_flow(order_id, ensure_accounts=self._core.ensure_accounts)
        )
        return result

    def preview(self, order: Placeable, *, account_id: str | None = None) -> OrderPreview:
        result: OrderPreview = self._run(
            preview_flow(
                order,
                ensure_accounts=self._core.ensure_accounts,
                account_id=account_id or self._core.account_id,
            )
        )
        return result

    def suppress(self, message_ids: Iterable[str]) -> None:
        """Pre-answer these questions for the session (and again after every session re-establishment)."""
        self._run(self._core.suppress(message_ids))

    def reset_suppressed(self) -> None:
        self._run(self._core.reset())


class AsyncOrders:
    """Async order service: ``async_client.orders``; the same flows as :class:`Orders`."""

    def __init__(self, client: Any, **defaults: Any) -> None:
        """``client`` is an ``AsyncClient`` (``run`` + ``session``)."""
        self._run: Callable[[Flow[Any]], Awaitable[Any]] = runner_of(client)
        self._core = _core_for(client.session, defaults)

    @property
    def suppressions(self) -> Suppressions:
        return self._core.suppressions

    async def place(
        self, order: Placeable, *, policy: ReplyPolicy | None = None, account_id: str | None = None
    ) -> list[OrderAck]:
        """Place an order, bracket or OCA group; one ack per order, in request order."""
        result: list[OrderAck] = await self._run(self._core.place(order, policy, account_id))
        return result

    async def place_one(
        self, order: Order, *, policy: ReplyPolicy | None = None, account_id: str | None = None
    ) -> OrderAck:
        return (await self.place(order, policy=policy, account_id=account_id))[0]

    async def modify(
        self,
        order_id: int,
        *,
        original: Order | None = None,
        policy: ReplyPolicy | None = None,
        account_id: str | None = None,
        **changes: Any,
    ) -> OrderAck:
        result: OrderAck = await self._run(self._core.modify(order_id, changes, original, policy, account_id))
        return result

    async def cancel(self, order_id: int, *, account_id: str | None = None) -> CancelAck:
        result: CancelAck = await self._run(
            cancel_flow(
                order_id,
                ensure_accounts=self._core.ensure_accounts,
                account_id=account_id or self._core.account_id,
            )
        )
        return result

    async def live_orders(self, *, filters: Iterable[str] = (), force: bool = False) -> list[LiveOrder]:
        result: list[LiveOrder] = await self._run(
            live_orders_flow(ensure_accounts=self._core.ensure_accounts, filters=filters, force=force)
        )
        return result

    async def order_status(self, order_id: int) -> OrderStatusDetail:
        result: OrderStatusDetail = await self._run(
            order_status_flow(order_id, ensure_accounts=self._core.ensure_accounts)
        )
        return result

    async def preview(self, order: Placeable, *, account_id: str | None = None) -> OrderPreview:
        result: OrderPreview = await self._run(
            preview_flow(
                order,
                ensure_accounts=self._core.ensure_accounts,
                account_id=account_id or self._core.account_id,
            )
        )
        return result

    async def suppress(self, message_ids: Iterable[str]) -> None:
        """Pre-answer these questions for the session (and again after every session re-establishment)."""
        await self._run(self._core.suppress(message_ids))

    async def reset_suppressed(self) -> None:
        await self._run(self._core.reset())
