"""Instrument discovery: stocks, futures, any sec type by search, option chains and event contracts.

IBKR identifies every instrument by a *conid*; finding one takes a small protocol per asset class:

* stocks: ``GET /trsrv/stocks?symbols=AAPL`` lists every issuer with that symbol and its listings
  (``isUS`` marks the US listing); we pick the one US listing, or refuse (``AmbiguousContract``) rather
  than guess between two issuers;
* futures: ``GET /trsrv/futures?symbols=ES`` lists the live expiries; the front month is the first whose
  last trading day has not passed;
* options (and futures options, warrants, event contracts): the three-step flow
  ``/iserver/secdef/search`` (underlying conid and listed months) -> ``/iserver/secdef/strikes``
  (strikes for one month) -> ``/iserver/secdef/info`` (the contracts for one strike and right).
  The last step is one request per strike and right, so :func:`option_chain_flow` fans it out with a
  ``Gather`` effect in bounded batches; the transport paces each request to the spec's limits.
* event contracts: CME's are options on an index whose trading class starts with ``"EC"``; ForecastEx's
  are options on exchange ``FORECASTX`` where the call is the *YES* side and the put the *NO* side.

Conids are stable, so every lookup is cached per client in a :class:`~ibkr_webapi._cache.TTLCache`
(default one day): asking twice costs no request.

Everything is written once as flows (see ``_flow.py``); :class:`Contracts` and :class:`AsyncContracts`
are one-line shells over them. The package, in the order a lookup runs through it:

* :mod:`.models` - ``Contract``, ``OptionChain`` / ``ChainRow``, ``SearchResult``, ``EventMarket``.
* :mod:`.parsing` - IBKR's bodies read into those values; month codes (``normalize_month``).
* :mod:`.selection` - choosing among candidates (one stock listing, the front future, strikes near a
  price, chain rows).
* :mod:`.flows` - ``ContractsState`` (the per-client cache) and every lookup as a flow.
* :mod:`.service` - ``Contracts`` / ``AsyncContracts`` facades.
"""

from __future__ import annotations

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
from .models import ChainRow, Contract, EventMarket, OptionChain, Right, SearchResult, SearchSection
from .parsing import normalize_month, secdef_month
from .service import AsyncContracts, Contracts

__all__ = [
    "AsyncContracts",
    "ChainRow",
    "Contract",
    "Contracts",
    "ContractsState",
    "EventMarket",
    "OptionChain",
    "Right",
    "SearchResult",
    "SearchSection",
    "conid_of_flow",
    "contract_details_flow",
    "event_contracts_flow",
    "forecast_markets_flow",
    "future_flow",
    "futures_flow",
    "lookup_flow",
    "normalize_month",
    "option_chain_flow",
    "option_months_flow",
    "search_flow",
    "secdef_month",
    "stock_flow",
]
