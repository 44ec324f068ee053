"""Parsing and selection on bodies shaped like IBKR's recorded answers (sans-I/O, no gateway)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from ibkr_webapi._exceptions import AmbiguousContract, ContractNotFound, UnexpectedResponse, ValidationError
from ibkr_webapi.contracts import (
    ContractsState,
    build_rows,
    event_contracts_flow,
    lookup_flow,
    normalize_month,
    option_chain_flow,
    parse_contract_info,
    parse_forecast_market,
    parse_forecast_tree,
    parse_futures,
    parse_info,
    parse_search,
    parse_stocks,
    parse_strikes,
    secdef_month,
    select_future,
    select_stock,
    select_strikes,
    stock_flow,
)

from .scripted import Script

# /trsrv/stocks?symbols=SAN: several issuers, one US listing (shape of a live capture)
SAN = {
    "SAN": [
        {
            "name": "BANCO SANTANDER SA",
            "chineseName": None,
            "assetClass": "STK",
            "contracts": [
                {"conid": 38708867, "exchange": "MEXI", "isUS": False},
                {"conid": 385055564, "exchange": "WSE", "isUS": False},
            ],
        },
        {
            "name": "SANOFI",
            "chineseName": None,
            "assetClass": "STK",
            "contracts": [{"conid": 29612249, "exchange": "SBF", "isUS": False}],
        },
        {
            "name": "BANCO SANTANDER SA-SPON ADR",
            "chineseName": None,
            "assetClass": "STK",
            "contracts": [{"conid": 12442, "exchange": "NYSE", "isUS": True}],
        },
    ]
}
# /trsrv/futures?symbols=ES (expiries out of order, as recorded)
ES = {
    "ES": [
        {
            "symbol": "ES",
            "conid": 515416632,
            "underlyingConid": 11004968,
            "expirationDate": 20261218,
            "ltd": 20261217,
            "shortFuturesCutOff": 20261217,
            "longFuturesCutOff": 20261217,
        },
        {
            "symbol": "ES",
            "conid": 649180678,
            "underlyingConid": 11004968,
            "expirationDate": 20260618,
            "ltd": 20260618,
            "shortFuturesCutOff": 20260618,
            "longFuturesCutOff": 20260618,
        },
    ]
}
# /iserver/secdef/search?symbol=SPY (conids are strings; sections list derivative months)
SPY_SEARCH = [
    {
        "conid": "756733",
        "companyHeader": "SPDR S&P 500 ETF TRUST - ARCA",
        "companyName": "SPDR S&P 500 ETF TRUST",
        "symbol": "SPY",
        "description": "ARCA",
        "restricted": None,
        "sections": [
            {"secType": "STK"},
            {"secType": "OPT", "months": "APR26;MAY26;JUN26", "exchange": "SMART;AMEX;CBOE"},
            {"secType": "CFD", "exchange": "SMART", "conid": "134770228"},
            {"secType": "BAG"},
        ],
    },
    {
        "conid": "38709152",
        "companyHeader": "SPDR S&P 500 ETF TRUST - MEXI",
        "companyName": "SPDR S&P 500 ETF TRUST",
        "symbol": "SPY",
        "description": "MEXI",
        "restricted": None,
        "sections": [{"secType": "STK", "exchange": "MEXI;"}],
    },
]


def info_row(conid: int, maturity: str, strike: float, right: str) -> dict[str, Any]:
    return {
        "conid": conid,
        "symbol": "SPY",
        "secType": "OPT",
        "exchange": "SMART",
        "listingExchange": None,
        "right": right,
        "strike": strike,
        "currency": "USD",
        "cusip": None,
        "coupon": "No Coupon",
        "desc1": "SPY",
        "desc2": f"{maturity} {strike} {right}",
        "maturityDate": maturity,
        "multiplier": "100",
        "tradingClass": "SPY",
        "validExchanges": "SMART,AMEX,CBOE",
    }


def test_months() -> None:
    for raw in ("202612", "DEC26", "dec 26", "Dec2026", "2026-12", "20261218", dt.date(2026, 12, 3)):
        assert normalize_month(raw) == "202612"
    assert secdef_month("202701") == "JAN27"
    for bad in ("", "13/26", "202613", "FOO26"):
        with pytest.raises(ValidationError):
            normalize_month(bad)


def test_stock_selection_rules() -> None:
    listings = parse_stocks(SAN, "SAN")
    assert len(listings) == 4
    assert select_stock(listings, "SAN", exchange=None, currency="USD").conid == 12442
    with pytest.raises(AmbiguousContract) as err:
        select_stock(listings, "SAN", exchange=None, currency=None)
    assert len(err.value.candidates) == 4
    # EUR: only a confirmed currency counts; two EUR listings stay ambiguous, a venue picks one
    ccy = {38708867: "MXN", 385055564: "PLN", 29612249: "EUR"}
    assert select_stock(listings, "SAN", exchange=None, currency="EUR", currencies=ccy).name == "SANOFI"
    with pytest.raises(ContractNotFound):
        select_stock(listings, "SAN", exchange=None, currency="EUR")
    assert select_stock(listings, "SAN", exchange="WSE", currency=None).conid == 385055564
    with pytest.raises(ContractNotFound):
        select_stock(parse_stocks({"SAN": []}, "SAN"), "SAN", exchange=None, currency="USD")


def test_stock_flow_looks_up_currencies_only_when_needed() -> None:
    script = Script(
        {
            "get_stocks_by_symbol": lambda kw: SAN,
            "get_secdef_by_conids": lambda kw: {
                "secdef": [
                    {"conid": int(c), "currency": {"29612249": "EUR"}.get(c, "MXN")} for c in kw["conids"]
                ]
            },
        }
    )
    state = ContractsState()
    assert script.run(stock_flow(state, "SAN")).conid == 12442
    assert script.ops() == ["get_stocks_by_symbol"]
    sanofi = script.run(stock_flow(state, "SAN", currency="EUR"))
    assert (sanofi.conid, sanofi.currency) == (29612249, "EUR")
    assert script.ops() == ["get_stocks_by_symbol", "get_secdef_by_conids"]
    script.run(stock_flow(state, "SAN", currency="EUR"))  # listings and currencies now cached
    assert len(script.calls) == 2


def test_futures_sorted_and_front_month() -> None:
    futs = parse_futures(ES, "ES")
    assert [f.expiry for f in futs] == ["20260618", "20261218"]
    assert futs[1].last_trading_day == "20261217" and futs[1].underlying_conid == 11004968
    assert select_future(futs, "ES", month=None, today=dt.date(2026, 6, 18)).conid == 649180678
    assert select_future(futs, "ES", month=None, today=dt.date(2026, 6, 19)).conid == 515416632
    with pytest.raises(ContractNotFound):
        select_future(futs, "ES", month=None, today=dt.date(2027, 1, 1))
    assert select_future(futs, "ES", month="JUN26", today=dt.date(2026, 1, 1)).conid == 649180678


def test_search_rows() -> None:
    rows = parse_search(SPY_SEARCH, "STK")
    assert [r.contract.conid for r in rows] == [756733, 38709152]
    assert rows[0].contract.listing_exchange == "ARCA"
    opt = rows[0].section("OPT")
    assert opt is not None and opt.months == ("APR26", "MAY26", "JUN26") and "CBOE" in opt.exchanges
    cfd = rows[0].section("CFD")
    assert cfd is not None and cfd.conid == 134770228
    assert parse_search({"error": "No symbol found"}, "STK") == ()


def test_strikes_are_exact_decimals() -> None:
    calls, puts = parse_strikes({"call": [182.5, 180.0, 0.1], "put": [180.0]})
    assert calls == (Decimal("0.1"), Decimal("180"), Decimal("182.5")) and puts == (Decimal("180"),)
    with pytest.raises(UnexpectedResponse):
        parse_strikes(["not", "an", "object"])


def test_select_strikes_nearest_n() -> None:
    ks = [Decimal(k) for k in (90, 95, 100, 105, 110)]
    assert select_strikes(ks, around=None, reference_price=None) == tuple(ks)
    assert select_strikes(ks, around=3, reference_price=Decimal("101")) == (
        Decimal(95),
        Decimal(100),
        Decimal(105),
    )
    assert select_strikes(ks, around=2, reference_price=Decimal("102.5")) == (Decimal(100), Decimal(105))
    with pytest.raises(ValidationError):
        select_strikes(ks, around=2, reference_price=None)


def test_info_rows_with_weekly_expiries_pair_by_expiry() -> None:
    body = [info_row(1, "20260417", 500.0, "C"), info_row(2, "20260424", 500.0, "C")]
    puts = [info_row(3, "20260417", 500.0, "P"), info_row(4, "20260424", 500.0, "P")]
    contracts = parse_info(body) + parse_info(puts)
    c = contracts[0]
    assert (c.conid, c.right, c.strike, c.multiplier, c.expiry, c.currency) == (
        1,
        "C",
        Decimal(500),
        Decimal(100),
        "20260417",
        "USD",
    )
    assert c.valid_exchanges == ("SMART", "AMEX", "CBOE")
    rows = build_rows(contracts)
    assert [(r.expiry, r.call.conid if r.call else 0, r.put.conid if r.put else 0) for r in rows] == [
        ("20260417", 1, 3),
        ("20260424", 2, 4),
    ]
    assert parse_info({"error": "no contracts"}) == ()


def test_single_option_lookup_in_a_month_with_weeklies_is_ambiguous_without_expiry() -> None:
    script = Script(
        {
            "search_contracts": lambda kw: SPY_SEARCH,
            "get_secdef_info": lambda kw: [
                info_row(1, "20260417", 500.0, "C"),
                info_row(2, "20260424", 500.0, "C"),
            ],
        }
    )
    state = ContractsState()
    with pytest.raises(AmbiguousContract) as err:
        script.run(lookup_flow(state, "SPY", "OPT", month="APR26", strike=500, right="C"))
    assert [c.conid for c in err.value.candidates] == [1, 2]
    hit = script.run(
        lookup_flow(state, "SPY", "OPT", month="APR26", strike=500, right="C", expiry="20260424")
    )
    assert hit.conid == 2
    assert script.ops() == ["search_contracts", "get_secdef_info"]  # the second lookup was all cache
    sent = script.calls[1][1]
    assert sent == {
        "conid": "756733",
        "sectype": "OPT",
        "month": "APR26",
        "exchange": "SMART",
        "strike": "500",
        "right": "C",
    }


def test_chain_fans_info_out_in_bounded_batches() -> None:
    strikes = [float(k) for k in range(480, 530, 5)]  # 10 strikes

    def info(kw: dict[str, Any]) -> list[dict[str, Any]]:
        k = float(kw["strike"])
        return [info_row(int(k) * 10 + (1 if kw["right"] == "C" else 2), "20260417", k, kw["right"])]

    script = Script(
        {
            "search_contracts": lambda kw: SPY_SEARCH,
            "get_strikes": lambda kw: {"call": strikes, "put": strikes},
            "get_secdef_info": info,
        }
    )
    state = ContractsState(info_batch=4)
    chain = script.run(option_chain_flow(state, "SPY", "APR26"))
    assert len(chain.rows) == 10 and all(r.call and r.put for r in chain.rows)
    assert script.gathers == [4, 4, 4, 4, 4]  # 20 info requests, never more than 4 in one Gather
    # a wider window later only asks for the strikes not seen yet
    script.gathers.clear()
    near = script.run(option_chain_flow(state, "SPY", "APR26", strikes_around=2, reference_price=502))
    assert near.strikes == (Decimal(500), Decimal(505)) and script.gathers == []


def test_contract_info_shape() -> None:
    body = {
        "cfi_code": "",
        "symbol": "SPY",
        "cusip": None,
        "expiry_full": None,
        "con_id": 756733,
        "maturity_date": None,
        "instrument_type": "STK",
        "trading_class": "SPY",
        "valid_exchanges": "SMART,AMEX,NYSE",
        "currency": "USD",
        "underlying_con_id": 0,
        "multiplier": None,
        "company_name": "SPDR S&P 500 ETF TRUST",
        "exchange": "SMART",
        "local_symbol": "SPY",
    }
    c = parse_contract_info(body)
    assert (c.conid, c.sec_type, c.underlying_conid, c.multiplier) == (756733, "STK", None, None)
    with pytest.raises(ContractNotFound):
        parse_contract_info({"error": "unknown"})


def test_forecastex_shapes() -> None:
    tree = {
        "categories": {
            "g78664": {
                "name": "Northeast",
                "parent_id": "g17457",
                "markets": [
                    {
                        "name": "Northeastern US CPI",
                        "symbol": "RCNET",
                        "exchange": "FORECASTX",
                        "conid": 831072285,
                        "product_conid": 831072289,
                    }
                ],
            },
            "g22973": {"name": "Agriculture", "parent_id": "g5351"},
        }
    }
    (market,) = parse_forecast_tree(tree)
    assert (market.symbol, market.conid, market.category) == ("RCNET", 831072285, "g78664")
    body = {
        "market_name": "US Fed Funds Target Rate",
        "exchange": "FORECASTX",
        "symbol": "FF",
        "payout": 1.0,
        "contracts": [
            {
                "conid": 722489372,
                "side": "Y",
                "expiration": "20270127",
                "strike": 3.125,
                "strike_label": "Above 3.125%",
                "expiry_label": "January 27, 2027",
                "underlying_conid": 658663572,
            },
            {
                "conid": 722489376,
                "side": "N",
                "expiration": "20270127",
                "strike": 3.125,
                "strike_label": "Above 3.125%",
                "expiry_label": "January 27, 2027",
                "underlying_conid": 658663572,
            },
        ],
    }
    yes, no = parse_forecast_market(body, 658663572)
    assert (yes.right, no.right, yes.strike, yes.expiry) == ("C", "P", Decimal("3.125"), "20270127")
    assert yes.is_event_contract and yes.description == "Above 3.125% January 27, 2027"
    (row,) = build_rows([yes, no])
    assert row.yes is yes and row.no is no


def test_forecastex_symbol_missing_from_the_tree_uses_search_strikes_info() -> None:
    def info(kw: dict[str, Any]) -> list[dict[str, Any]]:
        conid = 900 + (1 if kw["right"] == "C" else 2)
        row = info_row(conid, "20270127", float(kw["strike"]), kw["right"])
        return [row | {"symbol": "CPI", "exchange": "FORECASTX", "tradingClass": "CPI", "multiplier": "1"}]

    search = [
        {
            "conid": "555",
            "symbol": "CPI",
            "companyName": "US CPI",
            "description": "FORECASTX",
            "sections": [{"secType": "IND"}, {"secType": "OPT", "months": "JAN27", "exchange": "FORECASTX"}],
        }
    ]
    script = Script({
        "get_forecast_category_tree": lambda kw: {"categories": {}},
        "search_contracts": lambda kw: search,
        "get_strikes": lambda kw: {"call": [2.5], "put": [2.5]},
        "get_secdef_info": info,
    })  # fmt: skip
    chain = script.run(event_contracts_flow(ContractsState(), "CPI", venue="FORECASTX"))
    assert chain.month == "202701" and chain.exchange == "FORECASTX"
    (row,) = chain.rows
    assert row.yes is not None and row.no is not None and (row.yes.conid, row.no.conid) == (901, 902)
    assert row.yes.is_event_contract
    strikes_call = next(kw for op, kw in script.calls if op == "get_strikes")
    assert strikes_call["exchange"] == "FORECASTX" and strikes_call["month"] == "JAN27"
    assert next(kw for op, kw in script.calls if op == "search_contracts")["sec_type"] == "IND"


# /iserver/secdef/search?symbol=CPI&secType=IND for a ForecastEx market, shaped like IBKR's documented
# answer: no OPT section (the fake adds one, which hid this), the expiries only in the row's "opt" field.
FORECASTX_SEARCH = [
    {
        "conid": "658663572",
        "companyHeader": "US CPI - FORECASTX",
        "companyName": "US CPI",
        "symbol": "CPI",
        "description": "FORECASTX",
        "restricted": None,
        "fop": None,
        "opt": "20270127;20261216;20270224",
        "war": None,
        "sections": [{"secType": "IND", "exchange": "FORECASTX;"}, {"secType": "EC"}],
    }
]


def _forecastx_script(search: list[dict[str, Any]]) -> Script:
    def info(kw: dict[str, Any]) -> list[dict[str, Any]]:
        conid = 900 + (1 if kw["right"] == "C" else 2)
        expiry = {"DEC26": "20261216", "JAN27": "20270127", "FEB27": "20270224"}[kw["month"]]
        row = info_row(conid, expiry, float(kw["strike"]), kw["right"])
        return [row | {"symbol": "CPI", "exchange": "FORECASTX", "tradingClass": "CPI", "multiplier": "1"}]

    return Script({
        "get_forecast_category_tree": lambda kw: {"categories": {}},
        "search_contracts": lambda kw: search,
        "get_strikes": lambda kw: {"call": [2.5, 2.75], "put": [2.5, 2.75]},
        "get_secdef_info": info,
    })  # fmt: skip


def test_forecastex_search_row_without_an_opt_section_lists_months_from_its_opt_field() -> None:
    (row,) = parse_search(FORECASTX_SEARCH, "IND")
    assert row.section("OPT") is None and row.listed_for("OPT") == ("20270127", "20261216", "20270224")
    assert row.contract.valid_exchanges == ("FORECASTX",)

    # default month: the nearest listed expiry, although the "opt" list is not in order
    script = _forecastx_script(FORECASTX_SEARCH)
    chain = script.run(event_contracts_flow(ContractsState(), "CPI", venue="FORECASTX"))
    assert chain.month == "202612" and chain.exchange == "FORECASTX" and chain.expiries == ("20261216",)
    assert [r.strike for r in chain.rows] == [Decimal("2.5"), Decimal("2.75")]
    assert all(r.yes is not None and r.no is not None and r.yes.is_event_contract for r in chain.rows)
    strikes_call = next(kw for op, kw in script.calls if op == "get_strikes")
    assert (strikes_call["sectype"], strikes_call["month"], strikes_call["exchange"]) == (
        "OPT",
        "DEC26",
        "FORECASTX",
    )

    # an explicit month works, and a month the row does not list names the listed ones
    script = _forecastx_script(FORECASTX_SEARCH)
    assert (
        script.run(event_contracts_flow(ContractsState(), "CPI", "FEB27", venue="FORECASTX")).month
        == "202702"
    )
    with pytest.raises(ContractNotFound, match="DEC26, FEB27, JAN27"):
        _forecastx_script(FORECASTX_SEARCH).run(
            event_contracts_flow(ContractsState(), "CPI", "MAR27", venue="FORECASTX")
        )


def test_forecastex_months_from_the_ec_section_and_not_on_other_exchanges() -> None:
    sections = [{"secType": "IND", "exchange": "FORECASTX;"}, {"secType": "EC", "months": "JAN27"}]
    ec_only = [FORECASTX_SEARCH[0] | {"opt": None, "sections": sections}]
    script = _forecastx_script(ec_only)
    assert script.run(event_contracts_flow(ContractsState(), "CPI", venue="FORECASTX")).month == "202701"
    # the row is listed on FORECASTX only: it offers no options on CME or CBOE
    with pytest.raises(ContractNotFound, match="lists no OPT contracts on CBOE"):
        _forecastx_script(FORECASTX_SEARCH).run(
            option_chain_flow(ContractsState(), "CPI", exchange="CBOE", search_type="IND")
        )
    # a row with neither the "opt" field nor an EC section lists nothing (not found, not a crash)
    bare = [FORECASTX_SEARCH[0] | {"opt": None, "sections": [{"secType": "IND", "exchange": "FORECASTX;"}]}]
    with pytest.raises(ContractNotFound, match="no ForecastEx market with symbol 'CPI'"):
        _forecastx_script(bare).run(event_contracts_flow(ContractsState(), "CPI", venue="FORECASTX"))
