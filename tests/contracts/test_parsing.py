"""Parsing and selection (sans-I/O, no gateway).

Recorded IBKR answers are read from the shared reference folder at test time (see tests/recordings.py);
rule and edge-case tests use our own synthetic bodies in IBKR's shape.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from flowdriver import Script
from recordings import recording

from ibkr_webapi._exceptions import AmbiguousContract, ContractNotFound, UnexpectedResponse, ValidationError
from ibkr_webapi.contracts import (
    ContractsState,
    event_contracts_flow,
    lookup_flow,
    normalize_month,
    option_chain_flow,
    secdef_month,
    stock_flow,
)
from ibkr_webapi.contracts.parsing import (
    parse_contract_info,
    parse_forecast_market,
    parse_forecast_tree,
    parse_futures,
    parse_info,
    parse_search,
    parse_stocks,
    parse_strikes,
)
from ibkr_webapi.contracts.selection import build_rows, select_future, select_stock, select_strikes

# /trsrv/stocks?symbols=ACM (synthetic, IBKR's shape): several issuers, one US listing
STOCKS = {
    "ACM": [
        {
            "name": "ACME HOLDINGS SA",
            "chineseName": None,
            "assetClass": "STK",
            "contracts": [
                {"conid": 1001, "exchange": "BVME", "isUS": False},
                {"conid": 1002, "exchange": "WSE", "isUS": False},
            ],
        },
        {
            "name": "ACME PHARMA",
            "chineseName": None,
            "assetClass": "STK",
            "contracts": [{"conid": 1003, "exchange": "SBF", "isUS": False}],
        },
        {
            "name": "ACME HOLDINGS SA-SPON ADR",
            "chineseName": None,
            "assetClass": "STK",
            "contracts": [{"conid": 1004, "exchange": "NYSE", "isUS": True}],
        },
    ]
}
# /trsrv/futures?symbols=XF (synthetic, IBKR's shape; expiries out of order, as IBKR sends them)
FUTURES = {
    "XF": [
        {
            "symbol": "XF",
            "conid": 7002,
            "underlyingConid": 7000,
            "expirationDate": 20270917,
            "ltd": 20270916,
            "shortFuturesCutOff": 20270916,
            "longFuturesCutOff": 20270916,
        },
        {
            "symbol": "XF",
            "conid": 7001,
            "underlyingConid": 7000,
            "expirationDate": 20270618,
            "ltd": 20270618,
            "shortFuturesCutOff": 20270618,
            "longFuturesCutOff": 20270618,
        },
    ]
}
# /iserver/secdef/search?symbol=ACME (synthetic, IBKR's shape: conids are strings; sections list
# derivative months)
SEARCH = [
    {
        "conid": "4711",
        "companyHeader": "ACME INDEX FUND - ARCA",
        "companyName": "ACME INDEX FUND",
        "symbol": "ACME",
        "description": "ARCA",
        "restricted": None,
        "sections": [
            {"secType": "STK"},
            {"secType": "OPT", "months": "JUL26;AUG26;SEP26", "exchange": "SMART;PHLX;ISE"},
            {"secType": "CFD", "exchange": "SMART", "conid": "4712"},
            {"secType": "BAG"},
        ],
    },
    {
        "conid": "4713",
        "companyHeader": "ACME INDEX FUND - MEXI",
        "companyName": "ACME INDEX FUND",
        "symbol": "ACME",
        "description": "MEXI",
        "restricted": None,
        "sections": [{"secType": "STK", "exchange": "MEXI;"}],
    },
]


def info_row(conid: int, maturity: str, strike: float, right: str) -> dict[str, Any]:
    return {
        "conid": conid,
        "symbol": "ACME",
        "secType": "OPT",
        "exchange": "SMART",
        "listingExchange": None,
        "right": right,
        "strike": strike,
        "currency": "USD",
        "cusip": None,
        "coupon": "No Coupon",
        "desc1": "ACME",
        "desc2": f"{maturity} {strike} {right}",
        "maturityDate": maturity,
        "multiplier": "100",
        "tradingClass": "ACME",
        "validExchanges": "SMART,PHLX,ISE",
    }


def test_months() -> None:
    for raw in ("202612", "DEC26", "dec 26", "Dec2026", "2026-12", "20261218", dt.date(2026, 12, 3)):
        assert normalize_month(raw) == "202612"
    assert secdef_month("202701") == "JAN27"
    for bad in ("", "13/26", "202613", "FOO26"):
        with pytest.raises(ValidationError):
            normalize_month(bad)


def test_stock_selection_rules() -> None:
    listings = parse_stocks(STOCKS, "ACM")
    assert len(listings) == 4
    assert select_stock(listings, "ACM", exchange=None, currency="USD").conid == 1004
    with pytest.raises(AmbiguousContract) as err:
        select_stock(listings, "ACM", exchange=None, currency=None)
    assert len(err.value.candidates) == 4
    # EUR: only a confirmed currency counts; two EUR listings stay ambiguous, a venue picks one
    ccy = {1001: "CHF", 1002: "PLN", 1003: "EUR"}
    assert select_stock(listings, "ACM", exchange=None, currency="EUR", currencies=ccy).name == "ACME PHARMA"
    with pytest.raises(ContractNotFound):
        select_stock(listings, "ACM", exchange=None, currency="EUR")
    assert select_stock(listings, "ACM", exchange="WSE", currency=None).conid == 1002
    with pytest.raises(ContractNotFound):
        select_stock(parse_stocks({"ACM": []}, "ACM"), "ACM", exchange=None, currency="USD")


def test_recorded_stocks_answer_parses_and_selects_the_us_listing() -> None:
    body = recording("get_trsrv_stocks__9.json")  # symbols=SAN: several issuers, one US listing
    (symbol,) = body
    listings = parse_stocks(body, symbol)
    issued = [(c["conid"], e["name"], c["isUS"]) for e in body[symbol] for c in e["contracts"]]
    assert [(x.conid, x.name, is_us) for x, is_us in listings] == issued
    (us,) = [c["conid"] for e in body[symbol] for c in e["contracts"] if c["isUS"]]
    assert select_stock(listings, symbol, exchange=None, currency="USD").conid == us


def test_stock_flow_looks_up_currencies_only_when_needed() -> None:
    script = Script(
        {
            "get_stocks_by_symbol": lambda kw: STOCKS,
            "get_secdef_by_conids": lambda kw: {
                "secdef": [{"conid": int(c), "currency": {"1003": "EUR"}.get(c, "CHF")} for c in kw["conids"]]
            },
        }
    )
    state = ContractsState()
    assert script.run(stock_flow(state, "ACM")).conid == 1004
    assert script.ops() == ["get_stocks_by_symbol"]
    pharma = script.run(stock_flow(state, "ACM", currency="EUR"))
    assert (pharma.conid, pharma.currency) == (1003, "EUR")
    assert script.ops() == ["get_stocks_by_symbol", "get_secdef_by_conids"]
    script.run(stock_flow(state, "ACM", currency="EUR"))  # listings and currencies now cached
    assert len(script.calls) == 2


def test_futures_sorted_and_front_month() -> None:
    futs = parse_futures(FUTURES, "XF")
    assert [f.expiry for f in futs] == ["20270618", "20270917"]
    assert futs[1].last_trading_day == "20270916" and futs[1].underlying_conid == 7000
    assert select_future(futs, "XF", month=None, today=dt.date(2027, 6, 18)).conid == 7001
    assert select_future(futs, "XF", month=None, today=dt.date(2027, 6, 19)).conid == 7002
    with pytest.raises(ContractNotFound):
        select_future(futs, "XF", month=None, today=dt.date(2028, 1, 1))
    assert select_future(futs, "XF", month="JUN27", today=dt.date(2027, 1, 1)).conid == 7001


def test_recorded_futures_answer_parses_in_expiry_order() -> None:
    body = recording("get_trsrv_futures__1.json")
    (symbol,) = body
    futs = parse_futures(body, symbol)
    recorded = sorted(body[symbol], key=lambda r: r["expirationDate"])
    assert [r["expirationDate"] for r in body[symbol]] != [r["expirationDate"] for r in recorded]
    assert [(f.conid, f.expiry, f.last_trading_day, f.underlying_conid) for f in futs] == [
        (r["conid"], str(r["expirationDate"]), str(r["ltd"]), r["underlyingConid"]) for r in recorded
    ]
    front = recorded[0]
    today = dt.datetime.strptime(str(front["ltd"]), "%Y%m%d").date()
    assert select_future(futs, symbol, month=None, today=today).conid == front["conid"]


def test_search_rows() -> None:
    rows = parse_search(SEARCH, "STK")
    assert [r.contract.conid for r in rows] == [4711, 4713]
    assert rows[0].contract.listing_exchange == "ARCA"
    opt = rows[0].section("OPT")
    assert opt is not None and opt.months == ("JUL26", "AUG26", "SEP26") and "ISE" in opt.exchanges
    cfd = rows[0].section("CFD")
    assert cfd is not None and cfd.conid == 4712
    assert parse_search({"error": "No symbol found"}, "STK") == ()


def test_recorded_search_answer_parses_string_conids_and_sections() -> None:
    body = recording("get_iserver_secdef_search__1.json")
    rows = parse_search(body, "STK")
    assert [r.contract.conid for r in rows] == [int(b["conid"]) for b in body]
    assert [r.contract.listing_exchange for r in rows] == [b["description"] for b in body]
    (opt_section,) = [s for s in body[0]["sections"] if s["secType"] == "OPT"]
    opt = rows[0].section("OPT")
    assert opt is not None and opt.months == tuple(opt_section["months"].split(";"))
    assert opt.exchanges == tuple(opt_section["exchange"].split(";"))
    (cfd_section,) = [s for s in body[0]["sections"] if s["secType"] == "CFD"]
    cfd = rows[0].section("CFD")
    assert cfd is not None and cfd.conid == int(cfd_section["conid"])


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
    body = [info_row(1, "20260717", 50.0, "C"), info_row(2, "20260724", 50.0, "C")]
    puts = [info_row(3, "20260717", 50.0, "P"), info_row(4, "20260724", 50.0, "P")]
    contracts = parse_info(body) + parse_info(puts)
    c = contracts[0]
    assert (c.conid, c.right, c.strike, c.multiplier, c.expiry, c.currency) == (
        1,
        "C",
        Decimal(50),
        Decimal(100),
        "20260717",
        "USD",
    )
    assert c.valid_exchanges == ("SMART", "PHLX", "ISE")
    rows = build_rows(contracts)
    assert [(r.expiry, r.call.conid if r.call else 0, r.put.conid if r.put else 0) for r in rows] == [
        ("20260717", 1, 3),
        ("20260724", 2, 4),
    ]
    assert parse_info({"error": "no contracts"}) == ()


def test_single_option_lookup_in_a_month_with_weeklies_is_ambiguous_without_expiry() -> None:
    script = Script(
        {
            "search_contracts": lambda kw: SEARCH,
            "get_secdef_info": lambda kw: [
                info_row(1, "20260717", 50.0, "C"),
                info_row(2, "20260724", 50.0, "C"),
            ],
        }
    )
    state = ContractsState()
    with pytest.raises(AmbiguousContract) as err:
        script.run(lookup_flow(state, "ACME", "OPT", month="JUL26", strike=50, right="C"))
    assert [c.conid for c in err.value.candidates] == [1, 2]
    hit = script.run(
        lookup_flow(state, "ACME", "OPT", month="JUL26", strike=50, right="C", expiry="20260724")
    )
    assert hit.conid == 2
    assert script.ops() == ["search_contracts", "get_secdef_info"]  # the second lookup was all cache
    sent = script.calls[1][1]
    assert sent == {
        "conid": "4711",
        "sectype": "OPT",
        "month": "JUL26",
        "exchange": "SMART",
        "strike": "50",
        "right": "C",
    }


def test_chain_fans_info_out_in_bounded_batches() -> None:
    strikes = [float(k) for k in range(30, 80, 5)]  # 10 strikes

    def info(kw: dict[str, Any]) -> list[dict[str, Any]]:
        k = float(kw["strike"])
        return [info_row(int(k) * 10 + (1 if kw["right"] == "C" else 2), "20260717", k, kw["right"])]

    script = Script(
        {
            "search_contracts": lambda kw: SEARCH,
            "get_strikes": lambda kw: {"call": strikes, "put": strikes},
            "get_secdef_info": info,
        }
    )
    state = ContractsState(info_batch=4)
    chain = script.run(option_chain_flow(state, "ACME", "JUL26"))
    assert len(chain.rows) == 10 and all(r.call and r.put for r in chain.rows)
    assert script.gathers == [4, 4, 4, 4, 4]  # 20 info requests, never more than 4 in one Gather
    # a wider window later only asks for the strikes not seen yet
    script.gathers.clear()
    near = script.run(option_chain_flow(state, "ACME", "JUL26", strikes_around=2, reference_price=52))
    assert near.strikes == (Decimal(50), Decimal(55)) and script.gathers == []


def test_contract_info_shape() -> None:
    body = {
        "cfi_code": "",
        "symbol": "ACME",
        "cusip": None,
        "expiry_full": None,
        "con_id": 4711,
        "maturity_date": None,
        "instrument_type": "STK",
        "trading_class": "ACME",
        "valid_exchanges": "SMART,ARCA",
        "currency": "USD",
        "underlying_con_id": 0,
        "multiplier": None,
        "company_name": "ACME INDEX FUND",
        "exchange": "SMART",
        "local_symbol": "ACME",
    }
    c = parse_contract_info(body)
    assert (c.conid, c.sec_type, c.underlying_conid, c.multiplier) == (4711, "STK", None, None)
    with pytest.raises(ContractNotFound):
        parse_contract_info({"error": "unknown"})


def test_recorded_contract_info_answer_parses() -> None:
    body = recording("get_iserver_contract_conid_info__1.json")  # carries keys we do not model
    c = parse_contract_info(body)
    assert (c.conid, c.sec_type, c.currency) == (body["con_id"], body["instrument_type"], body["currency"])
    assert body["underlying_con_id"] == 0 and c.underlying_conid is None  # IBKR's 0 means "none"


def test_forecastex_shapes() -> None:
    tree = {
        "categories": {
            "c100": {
                "name": "Midwest",
                "parent_id": "c10",
                "markets": [
                    {
                        "name": "Midwest Rainfall",
                        "symbol": "RAINM",
                        "exchange": "FORECASTX",
                        "conid": 5001,
                        "product_conid": 5002,
                    }
                ],
            },
            "c200": {"name": "Energy", "parent_id": "c20"},
        }
    }
    (market,) = parse_forecast_tree(tree)
    assert (market.symbol, market.conid, market.category) == ("RAINM", 5001, "c100")
    body = {
        "market_name": "Synthetic Rainfall Index",
        "exchange": "FORECASTX",
        "symbol": "RAIN",
        "payout": 1.0,
        "contracts": [
            {
                "conid": 6001,
                "side": "Y",
                "expiration": "20270315",
                "strike": 2.5,
                "strike_label": "Above 2.5 in",
                "expiry_label": "March 15, 2027",
                "underlying_conid": 6000,
            },
            {
                "conid": 6002,
                "side": "N",
                "expiration": "20270315",
                "strike": 2.5,
                "strike_label": "Above 2.5 in",
                "expiry_label": "March 15, 2027",
                "underlying_conid": 6000,
            },
        ],
    }
    yes, no = parse_forecast_market(body, 6000)
    assert (yes.right, no.right, yes.strike, yes.expiry) == ("C", "P", Decimal("2.5"), "20270315")
    assert yes.is_event_contract and yes.description == "Above 2.5 in March 15, 2027"
    (row,) = build_rows([yes, no])
    assert row.yes is yes and row.no is no


def test_recorded_forecastex_answers_parse() -> None:
    tree = recording("get_forecast_category_tree__1.json")
    listed = {
        (m["symbol"], m["conid"], category)
        for category, node in tree["categories"].items()
        for m in node.get("markets", ())
    }
    assert listed and {(m.symbol, m.conid, m.category) for m in parse_forecast_tree(tree)} == listed

    body = recording("get_forecast_contract_market__1.json")  # carries keys we do not model
    recorded = {c["side"]: c for c in body["contracts"]}
    yes, no = parse_forecast_market(body, recorded["Y"]["underlying_conid"])
    assert (yes.conid, no.conid, yes.right, no.right) == (
        recorded["Y"]["conid"],
        recorded["N"]["conid"],
        "C",
        "P",
    )
    assert yes.strike == Decimal(str(recorded["Y"]["strike"])) and yes.expiry == recorded["Y"]["expiration"]
    assert yes.description == f"{recorded['Y']['strike_label']} {recorded['Y']['expiry_label']}"
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
        "conid": "6100",
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
