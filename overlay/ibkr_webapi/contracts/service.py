"""``Contracts`` / ``AsyncContracts``: one-line shells over :mod:`.flows`."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, Literal, cast

from .._cache import DEFAULT_CONTRACT_TTL
from .._facade import runner_of
from .flows import (
    ContractsState,
    conid_of_flow,
    contract_details_flow,
    event_contracts_flow,
    forecast_markets_flow,
    future_flow,
    futures_flow,
    lookup_flow,
    option_chain_flow,
    option_months_flow,
    search_flow,
    stock_flow,
)
from .models import Contract, EventMarket, OptionChain, SearchResult

Price = Decimal | float | str


class _Base:
    """``client`` is the ``Client``/``AsyncClient`` (see ``_facade.py``); ``ttl`` the lookup
    cache lifetime in seconds (default one day, 0 disables); ``state`` shares a cache between facades."""

    def __init__(
        self, client: Any, *, ttl: float = DEFAULT_CONTRACT_TTL, state: ContractsState | None = None
    ) -> None:
        self._run = runner_of(client)
        self.state = state or ContractsState(ttl=ttl)

    def clear_cache(self) -> None:
        """Forget every cached lookup (conids rarely change; this is for tests and long-lived apps)."""
        self.state.cache.invalidate()


class Contracts(_Base):
    """Synchronous discovery (``client.contracts``). Each method runs the ``*_flow`` of the same name."""

    def stock(self, symbol: str, exchange: str | None = None, currency: str | None = "USD") -> Contract:
        return cast(Contract, self._run(stock_flow(self.state, symbol, exchange=exchange, currency=currency)))

    def future(self, symbol: str, month: str | None = None) -> Contract:
        return cast(Contract, self._run(future_flow(self.state, symbol, month)))

    def futures(self, symbol: str) -> tuple[Contract, ...]:
        return cast(tuple[Contract, ...], self._run(futures_flow(self.state, symbol)))

    def lookup(self, symbol: str, sec_type: str, **filters: Any) -> Contract:
        return cast(Contract, self._run(lookup_flow(self.state, symbol, sec_type, **filters)))

    def conid_of(self, symbol: str, sec_type: str = "STK", **filters: Any) -> int:
        return cast(int, self._run(conid_of_flow(self.state, symbol, sec_type, **filters)))

    def details(self, conid: int) -> Contract:
        return cast(Contract, self._run(contract_details_flow(self.state, conid)))

    def search(self, symbol: str, sec_type: str = "STK") -> tuple[SearchResult, ...]:
        return cast(tuple[SearchResult, ...], self._run(search_flow(self.state, symbol, sec_type)))

    def option_months(
        self, underlying: str | Contract, sec_type: str = "OPT", exchange: str = "SMART"
    ) -> tuple[str, ...]:
        return cast(
            tuple[str, ...], self._run(option_months_flow(self.state, underlying, sec_type, exchange))
        )

    def option_chain(
        self,
        underlying: str | Contract | int,
        month: str | dt.date | None = None,
        *,
        exchange: str = "SMART",
        strikes_around: int | None = None,
        right: str | None = None,
        reference_price: Price | None = None,
        sec_type: str = "OPT",
    ) -> OptionChain:
        flow = option_chain_flow(
            self.state, underlying, month, exchange=exchange, strikes_around=strikes_around, right=right,
            reference_price=reference_price, sec_type=sec_type,
        )  # fmt: skip
        return cast(OptionChain, self._run(flow))

    def event_contracts(
        self,
        symbol: str | int,
        month: str | dt.date | None = None,
        *,
        venue: Literal["CME", "FORECASTX"] = "CME",
        strikes_around: int | None = None,
        reference_price: Price | None = None,
    ) -> OptionChain:
        flow = event_contracts_flow(
            self.state, symbol, month, venue=venue, strikes_around=strikes_around,
            reference_price=reference_price,
        )  # fmt: skip
        return cast(OptionChain, self._run(flow))

    def forecast_markets(self) -> tuple[EventMarket, ...]:
        return cast(tuple[EventMarket, ...], self._run(forecast_markets_flow(self.state)))


class AsyncContracts(_Base):
    """Asynchronous discovery (``async_client.contracts``); the same methods, awaited."""

    async def stock(self, symbol: str, exchange: str | None = None, currency: str | None = "USD") -> Contract:
        flow = stock_flow(self.state, symbol, exchange=exchange, currency=currency)
        return cast(Contract, await self._run(flow))

    async def future(self, symbol: str, month: str | None = None) -> Contract:
        return cast(Contract, await self._run(future_flow(self.state, symbol, month)))

    async def futures(self, symbol: str) -> tuple[Contract, ...]:
        return cast(tuple[Contract, ...], await self._run(futures_flow(self.state, symbol)))

    async def lookup(self, symbol: str, sec_type: str, **filters: Any) -> Contract:
        return cast(Contract, await self._run(lookup_flow(self.state, symbol, sec_type, **filters)))

    async def conid_of(self, symbol: str, sec_type: str = "STK", **filters: Any) -> int:
        return cast(int, await self._run(conid_of_flow(self.state, symbol, sec_type, **filters)))

    async def details(self, conid: int) -> Contract:
        return cast(Contract, await self._run(contract_details_flow(self.state, conid)))

    async def search(self, symbol: str, sec_type: str = "STK") -> tuple[SearchResult, ...]:
        return cast(tuple[SearchResult, ...], await self._run(search_flow(self.state, symbol, sec_type)))

    async def option_months(
        self, underlying: str | Contract, sec_type: str = "OPT", exchange: str = "SMART"
    ) -> tuple[str, ...]:
        flow = option_months_flow(self.state, underlying, sec_type, exchange)
        return cast(tuple[str, ...], await self._run(flow))

    async def option_chain(
        self,
        underlying: str | Contract | int,
        month: str | dt.date | None = None,
        *,
        exchange: str = "SMART",
        strikes_around: int | None = None,
        right: str | None = None,
        reference_price: Price | None = None,
        sec_type: str = "OPT",
    ) -> OptionChain:
        flow = option_chain_flow(
            self.state, underlying, month, exchange=exchange, strikes_around=strikes_around, right=right,
            reference_price=reference_price, sec_type=sec_type,
        )  # fmt: skip
        return cast(OptionChain, await self._run(flow))

    async def event_contracts(
        self,
        symbol: str | int,
        month: str | dt.date | None = None,
        *,
        venue: Literal["CME", "FORECASTX"] = "CME",
        strikes_around: int | None = None,
        reference_price: Price | None = None,
    ) -> OptionChain:
        flow = event_contracts_flow(
            self.state, symbol, month, venue=venue, strikes_around=strikes_around,
            reference_price=reference_price,
        )  # fmt: skip
        return cast(OptionChain, await self._run(flow))

    async def forecast_markets(self) -> tuple[EventMarket, ...]:
        return cast(tuple[EventMarket, ...], await self._run(forecast_markets_flow(self.state)))
