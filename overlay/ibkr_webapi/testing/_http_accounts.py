"""HTTP handlers for accounts and portfolio: /iserver/accounts, summaries, PnL, /portfolio/* views.

Why thin: every number comes from :meth:`Portfolio.metrics` / position rows, so the ledger, the
summaries and the PnL of one account always agree with each other and with the positions.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from ._portfolio import SUBACCOUNTS_PAGE_SIZE
from ._web import BadRequest, account_or_404, endpoint, int_param, json_object, ok, state_of

PAGE_SIZE = 100
# The fake's own answer to ``GET /iserver/accounts``: IBKR's keys and shapes, but every flag and value
# is derived from what this fake actually supports (its universe, its configured accounts), so nothing
# here mirrors a recorded gateway body.
SERVER_INFO = {"serverName": "FakeGateway01", "serverVersion": "Build 10.44.1d, fake"}
CHART_PERIODS_DERIVATIVES = ["1d", "1w", "1m"]
"""Derivatives chart over short periods only; everything else charts over any period (``*``)."""


def _sec_types(state: Any) -> list[str]:
    """Security types present in the fake's universe, in a stable order."""
    return sorted({inst.sec_type for inst in state.universe.by_conid.values()})


def acct_props(account: str) -> dict[str, Any]:
    """Per-account flags: fractions and cash quantity are what the fake's order book accepts."""
    return {
        "hasChildAccounts": False,
        "supportsCashQty": True,
        "supportsFractions": True,
        "isProp": False,
        "noFXConv": True,
        "autoFx": False,
        "isPaper": account.startswith("DU"),
        "liteUnderPro": False,
        "allowCustomerTime": False,
    }


def allow_features(state: Any) -> dict[str, Any]:
    """Feature switches describing the fake itself (what it serves), not a real user's entitlements."""
    sec_types = _sec_types(state)
    has_events = any(inst.event for inst in state.universe.by_conid.values())
    return {
        "allowedAssetTypes": ",".join(sec_types),
        "allowEventContract": has_events,
        "allowEventTrading": has_events,
        "allowCrypto": "CRYPTO" in sec_types,
        "allowFA": False,
        "allowMTA": True,
        "allowTypeAhead": True,
        "snapshotRefreshTimeout": max(1, int(state.settings.smd_time_limit_s // 60)),
        "showWebNews": False,
        "research": False,
        "liteUser": False,
        # switches for features the fake does not serve (portfolio lenses, tax tools, dashboards)
        "showGFIS": False,
        "showEUCostReport": False,
        "allowFXConv": False,
        "allowFinancialLens": False,
        "debugPnl": False,
        "showTaxOpt": False,
        "showImpactDashboard": False,
        "allowDynAccount": False,
        "allowLiteUnderPro": False,
        "restrictTradeSubscription": False,
        "showUkUserLabels": False,
        "sideBySide": False,
    }


def chart_periods(state: Any) -> dict[str, list[str]]:
    """Chartable periods per security type the fake's universe holds."""
    return {
        t: list(CHART_PERIODS_DERIVATIVES) if t in ("OPT", "FOP", "WAR") else ["*"] for t in _sec_types(state)
    }


def accounts_body(state: Any) -> dict[str, Any]:
    """``GET /iserver/accounts`` and the WebSocket ``act`` args, built from the configured accounts."""
    accounts = list(state.accounts)
    username = state.settings.username
    return {
        "accounts": accounts,
        "acctProps": {a: acct_props(a) for a in accounts},
        "aliases": {a: f"{username}-{i + 1}" for i, a in enumerate(accounts)},
        "allowFeatures": allow_features(state),
        "chartPeriods": chart_periods(state),
        "groups": [],
        "profiles": [],
        "selectedAccount": state.selected_account,
        "serverInfo": dict(SERVER_INFO),
        "sessionId": f"{username}.fake{state.settings.seed:04d}",
        "isFT": False,
        "isPaper": all(a.startswith("DU") for a in accounts),
    }


def _opened_ms(account: str) -> int:
    """A stable, made-up opening date per account (2020-01-01 plus a day offset from its number)."""
    digits = int("".join(ch for ch in account if ch.isdigit()) or 0)
    return 1_577_836_800_000 + (digits % 1500) * 86_400_000


def account_meta(state: Any, account: str) -> dict[str, Any]:
    acct = state.portfolio.account(account)
    return {
        "id": account,
        "PrepaidCrypto-Z": False,
        "PrepaidCrypto-P": False,
        "brokerageAccess": True,
        "accountId": account,
        "accountVan": account,
        "accountTitle": acct.title,
        "displayName": acct.title,
        "accountAlias": None,
        "accountStatus": _opened_ms(account),
        "currency": "USD",
        "type": "DEMO" if account.startswith("DU") else "INDIVIDUAL",
        "tradingType": "STKNOPT",
        "businessType": "INDEPENDENT",
        "category": "",
        "ibEntity": "IBLLC-US",
        "faclient": False,
        "clearingStatus": "O",
        "covestor": False,
        "noClientTrading": False,
        "trackVirtualFXPortfolio": False,
        "acctCustType": "INDIVIDUAL",
        "parent": {"mmc": [], "accountId": "", "isMParent": False, "isMChild": False, "isMultiplex": False},
        "desc": account,
    }


@endpoint
async def iserver_accounts(request: Request) -> Response:
    return ok(accounts_body(state_of(request)))


@endpoint
async def switch_account(request: Request) -> Response:
    state = state_of(request)
    body = await json_object(request)
    account = body.get("acctId")
    if not isinstance(account, str) or account not in state.accounts:
        raise BadRequest(f"Bad Request: acctId {account} is not valid")
    if account == state.selected_account:
        return ok({"success": "Account already set"})
    state.selected_account = account
    return ok({"set": True, "acctId": account})


def _money(v: float) -> str:
    return f"{v:,.0f} USD"


def _segments(total: dict[str, str]) -> dict[str, dict[str, str]]:
    zero = {k: ("0.00" if k == "leverage" else "0 USD") for k in total}
    return {
        "total": total,
        "Crypto at Paxos": dict(zero),
        "commodities": dict(zero),
        "securities": dict(total),
    }


@endpoint
async def iserver_summary(request: Request) -> Response:
    state = state_of(request)
    account = account_or_404(request, request.path_params["accountId"])
    m = state.portfolio.metrics(account)
    return ok(
        {
            "accountType": "",
            "status": "",
            "balance": round(m["cash"], 2),
            "SMA": round(m["available"], 2),
            "buyingPower": round(m["buying_power"], 2),
            "availableFunds": round(m["available"], 2),
            "excessLiquidity": round(m["excess"], 2),
            "netLiquidationValue": round(m["netliq"], 2),
            "equityWithLoanValue": round(m["ewl"], 2),
            "regTLoan": 0.0,
            "securitiesGVP": round(m["gross"], 2),
            "totalCashValue": round(m["cash"], 2),
            "accruedInterest": 0.0,
            "regTMargin": 0.0,
            "initialMargin": round(m["init"], 2),
            "maintenanceMargin": round(m["maint"], 2),
            "cashBalances": [
                {"currency": "USD", "balance": round(m["cash"], 2), "settledCash": round(m["cash"], 2)}
            ],
        }
    )


@endpoint
async def iserver_summary_part(request: Request) -> Response:
    state = state_of(request)
    account = account_or_404(request, request.path_params["accountId"])
    part = request.path_params["part"]
    m = state.portfolio.metrics(account)
    leverage = f"{m['gross'] / m['netliq']:.2f}" if m["netliq"] else "0.00"
    if part == "available_funds":
        return ok(
            _segments(
                {
                    "current_available": _money(m["available"]),
                    "current_excess": _money(m["excess"]),
                    "buying_power": _money(m["buying_power"]),
                    "leverage": leverage,
                    "look_ahead_available": _money(m["available"]),
                    "look_ahead_excess": _money(m["excess"]),
                }
            )
        )
    if part == "balances":
        return ok(
            _segments(
                {
                    "net_liquidation": _money(m["netliq"]),
                    "equity_with_loan": _money(m["ewl"]),
                    "cash": _money(m["cash"]),
                    "MTD Interest": "0 USD",
                    "previous_day_equity_with_loan": _money(m["prev_ewl"]),
                }
            )
        )
    if part == "margins":
        return ok(
            _segments(
                {
                    "current_initial": _money(m["init"]),
                    "current_maint": _money(m["maint"]),
                    "look_ahead_initial": _money(m["init"]),
                    "look_ahead_maint": _money(m["maint"]),
                    "RegT Margin": "0 USD",
                }
            )
        )
    if part == "market_value":
        return ok(
            {
                "USD": {
                    "total_cash": f"{m['cash']:,.0f}",
                    "stock": f"{m['stock']:,.0f}",
                    "options": f"{m['options']:,.0f}",
                    "futures": f"{m['futures']:,.0f}",
                    "net_liquidation": f"{m['netliq']:,.0f}",
                    "unrealized_pnl": f"{m['upl']:,.0f}",
                    "realized_pnl": f"{m['realized']:,.0f}",
                }
            }
        )
    raise BadRequest(f"Not found: summary/{part}", 404)


def pnl_rows(state: Any) -> dict[str, Any]:
    out = {}
    for account in state.accounts:
        m = state.portfolio.metrics(account)
        out[f"{account}.Core"] = {
            "rowType": 1,
            "dpl": round(m["dpl"] + m["realized"], 2),
            "nl": round(m["netliq"], 2),
            "upl": round(m["upl"], 2),
            "el": round(m["excess"], 2),
            "uel": round(m["available"], 2),
            "mv": round(m["mv"], 2),
        }
    return out


@endpoint
async def pnl_partitioned(request: Request) -> Response:
    return ok({"upnl": pnl_rows(state_of(request))})


# -- /portfolio ------------------------------------------------------------------------------------
@endpoint
async def portfolio_accounts(request: Request) -> Response:
    state = state_of(request)
    return ok([account_meta(state, a) for a in state.accounts])


def _subaccount_row(state: Any, account: str) -> dict[str, Any]:
    return {
        **account_meta(state, state.accounts[0]),
        "id": account,
        "accountId": account,
        "accountVan": account,
        "accountTitle": f"Client {account[-4:]}",
        "displayName": f"Client {account[-4:]}",
        "type": "INDIVIDUAL",
        "brokerageAccess": False,
        "desc": account,
        "parent": {
            "mmc": [],
            "accountId": state.accounts[0],
            "isMParent": False,
            "isMChild": True,
            "isMultiplex": False,
        },
    }


@endpoint
async def portfolio_subaccounts2(request: Request) -> Response:
    state = state_of(request)
    if not state.settings.tiered_subaccounts:
        return ok([account_meta(state, a) for a in state.accounts])
    raw = request.query_params.get("page", "0") or "0"
    number = int_param(raw, "page")
    nocache = request.query_params.get("nocache", "").lower() == "true"
    with state.lock:
        accounts, total = state.subaccounts.page(number, nocache)
    return ok(
        {
            "metadata": {"total": total, "pageSize": SUBACCOUNTS_PAGE_SIZE, "pageNum": number},
            "subaccounts": [_subaccount_row(state, a) for a in accounts],
        }
    )


@endpoint
async def portfolio_meta(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    return ok(account_meta(state_of(request), account))


_SORT_KEYS = {
    "conid",
    "position",
    "mktPrice",
    "mktValue",
    "avgCost",
    "unrealizedPnl",
    "realizedPnl",
    "contractDesc",
    "assetClass",
}


@endpoint
async def positions_page(request: Request) -> Response:
    state = state_of(request)
    account = account_or_404(request, request.path_params["accountId"])
    page = int_param(request.path_params["pageId"], "pageId")
    if page < 0:
        raise BadRequest("Bad Request: pageId must be >= 0")
    rows = [
        state.portfolio.position_row(account, p, detailed=True) for p in state.portfolio.positions(account)
    ]
    sort = request.query_params.get("sort")
    if sort in _SORT_KEYS:
        rows.sort(
            key=lambda r: (r[sort] is None, r[sort]), reverse=request.query_params.get("direction") == "d"
        )
    return ok(rows[page * PAGE_SIZE : (page + 1) * PAGE_SIZE])


@endpoint
async def portfolio2_positions(request: Request) -> Response:
    state = state_of(request)
    account = account_or_404(request, request.path_params["accountId"])
    ts = state.now_ms() // 1000
    out = []
    for p in state.portfolio.positions(account):
        r = state.portfolio.position_row(account, p)
        out.append(
            {
                "position": r["position"],
                "conid": str(r["conid"]),
                "avgCost": r["avgCost"],
                "avgPrice": r["avgPrice"],
                "currency": r["currency"],
                "description": r["contractDesc"],
                "isLastToLoq": False,
                "marketPrice": r["mktPrice"],
                "marketValue": r["mktValue"],
                "realizedPnl": r["realizedPnl"],
                "secType": r["assetClass"],
                "timestamp": ts,
                "unrealizedPnl": r["unrealizedPnl"],
                "assetClass": r["assetClass"],
                "sector": None,
                "group": None,
                "model": "",
            }
        )
    return ok(out)


@endpoint
async def position_by_conid(request: Request) -> Response:
    state = state_of(request)
    account = account_or_404(request, request.path_params["accountId"])
    conid = int_param(request.path_params["conid"], "conid")
    if state.universe.get(conid) is None:
        raise BadRequest(f"Bad Request: conid {conid} is not valid", 404)
    pos = state.portfolio.position(account, conid)
    return ok([] if pos is None else [state.portfolio.position_row(account, pos, detailed=True)])


@endpoint
async def positions_all_accounts(request: Request) -> Response:
    state = state_of(request)
    conid = int_param(request.path_params["conid"], "conid")
    if state.universe.get(conid) is None:
        raise BadRequest(f"Bad Request: conid {conid} is not valid", 404)
    out = {}
    for account in state.accounts:
        pos = state.portfolio.position(account, conid)
        if pos is not None:
            out[account] = [state.portfolio.position_row(account, pos)]
    return ok(out)


def ledger_body(state: Any, account: str) -> dict[str, Any]:
    m = state.portfolio.metrics(account)
    ts = state.now_ms() // 1000
    base = {
        "commoditymarketvalue": 0.0,
        "futuremarketvalue": round(m["futures"], 2),
        "settledcash": round(m["cash"], 2),
        "exchangerate": 1,
        "sessionid": 1,
        "cashbalance": round(m["cash"], 2),
        "corporatebondsmarketvalue": 0.0,
        "warrantsmarketvalue": 0.0,
        "netliquidationvalue": round(m["netliq"], 2),
        "interest": 0.0,
        "unrealizedpnl": round(m["upl"], 2),
        "stockmarketvalue": round(m["stock"], 2),
        "moneyfunds": 0.0,
        "realizedpnl": round(m["realized"], 2),
        "funds": 0.0,
        "acctcode": account,
        "issueroptionsmarketvalue": 0.0,
        "key": "LedgerList",
        "timestamp": ts,
        "severity": 0,
        "stockoptionmarketvalue": round(m["options"], 2),
        "futuresonlypnl": round(m["futures"], 2),
        "tbondsmarketvalue": 0.0,
        "futureoptionmarketvalue": 0.0,
        "cashbalancefxsegment": 0.0,
        "tbillsmarketvalue": 0.0,
        "dividends": 0.0,
        "cryptocurrencyvalue": 0.0,
    }
    return {
        "USD": base | {"currency": "USD", "secondkey": "USD", "endofbundle": 1},
        "BASE": base | {"currency": "BASE", "secondkey": "BASE"},
    }


@endpoint
async def ledger(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    return ok(ledger_body(state_of(request), account))


def summary_body(state: Any, account: str) -> dict[str, Any]:
    m = state.portfolio.metrics(account)
    ts = state.now_ms() // 1000

    def money(v: float) -> dict[str, Any]:
        return {
            "amount": round(v, 2),
            "currency": "USD",
            "isNull": False,
            "timestamp": ts,
            "value": f"{round(v, 2)}",
            "severity": 0,
        }

    def text(v: str) -> dict[str, Any]:
        return {"amount": 0.0, "currency": None, "isNull": False, "timestamp": ts, "value": v, "severity": 0}

    out = {
        "accountcode": text(account),
        "accountready": text("true"),
        "accounttype": text("INDIVIDUAL"),
        "cushion": {
            **text(f"{m['excess'] / m['netliq']:.6f}" if m["netliq"] else "0"),
            "amount": round(m["excess"] / m["netliq"], 6) if m["netliq"] else 0.0,
        },
    }
    for key, value in (
        ("netliquidation", m["netliq"]),
        ("totalcashvalue", m["cash"]),
        ("settledcash", m["cash"]),
        ("buyingpower", m["buying_power"]),
        ("equitywithloanvalue", m["ewl"]),
        ("previousdayequitywithloanvalue", m["prev_ewl"]),
        ("grosspositionvalue", m["gross"]),
        ("initmarginreq", m["init"]),
        ("maintmarginreq", m["maint"]),
        ("availablefunds", m["available"]),
        ("excessliquidity", m["excess"]),
        ("sma", m["available"]),
        ("fullinitmarginreq", m["init"]),
        ("fullmaintmarginreq", m["maint"]),
        ("fullavailablefunds", m["available"]),
        ("fullexcessliquidity", m["excess"]),
        ("lookaheadinitmarginreq", m["init"]),
        ("lookaheadmaintmarginreq", m["maint"]),
        ("lookaheadavailablefunds", m["available"]),
        ("lookaheadexcessliquidity", m["excess"]),
        ("accruedcash", 0.0),
        ("totaldebitcardpendingcharges", 0.0),
    ):
        out[key] = money(value)
    for suffix, values in _segment_values(m).items():
        for key, value in values.items():
            out[f"{key}-{suffix}"] = money(value)
    out["segmenttitle-c"] = text("Commodities")
    out["segmenttitle-s"] = text("Securities")
    out["tradingtype-s"] = text("STKNOPT")
    out["leverage-s"] = text(f"{m['gross'] / m['netliq_s']:.2f}" if m["netliq_s"] else "0.00")
    return out


def _segment_values(m: dict[str, float]) -> dict[str, dict[str, float]]:
    """The ``-c`` (commodities: futures) and ``-s`` (securities: cash, stocks, options) summary keys.

    Why derived from the same metrics: clients add the segments up and compare with the totals.
    """
    out: dict[str, dict[str, float]] = {}
    for seg in ("c", "s"):
        ewl, init, maint = m[f"netliq_{seg}"], m[f"init_{seg}"], m[f"maint_{seg}"]
        out[seg] = {
            "netliquidation": ewl,
            "equitywithloanvalue": ewl,
            "totalcashvalue": m["cash"] if seg == "s" else 0.0,
            "initmarginreq": init,
            "maintmarginreq": maint,
            "availablefunds": ewl - init,
            "excessliquidity": ewl - maint,
            "fullinitmarginreq": init,
            "fullmaintmarginreq": maint,
            "fullavailablefunds": ewl - init,
            "fullexcessliquidity": ewl - maint,
            "lookaheadinitmarginreq": init,
            "lookaheadmaintmarginreq": maint,
            "lookaheadavailablefunds": ewl - init,
            "lookaheadexcessliquidity": ewl - maint,
            "accruedcash": 0.0,
            "totaldebitcardpendingcharges": 0.0,
        }
    out["s"] |= {
        "sma": m["available"],
        "grosspositionvalue": m["gross"],
        "previousdayequitywithloanvalue": m["prev_ewl"],
    }
    return out


@endpoint
async def portfolio_summary(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    return ok(summary_body(state_of(request), account))


def allocation_body(state: Any, accounts: list[str]) -> dict[str, Any]:
    """Market value by asset class, sector and group, long and short, summed over ``accounts``."""
    long: dict[str, dict[str, float]] = {"assetClass": {}, "sector": {}, "group": {}}
    short: dict[str, dict[str, float]] = {"assetClass": {}, "sector": {}, "group": {}}
    positions = [p for account in accounts for p in state.portfolio.positions(account)]
    for p in positions:
        inst = state.universe.by_conid[p.conid]
        mv = state.portfolio.position_values(p)["mv"]
        side = long if mv >= 0 else short
        for view, key in (
            ("assetClass", inst.sec_type),
            ("sector", inst.industry or "Others"),
            ("group", inst.industry or "Others"),
        ):
            side[view][key] = round(side[view].get(key, 0.0) + abs(mv), 2)
    cash = sum(state.portfolio.metrics(account)["cash"] for account in accounts)
    long["assetClass"]["CASH"] = round(cash, 2)
    return {view: {"long": long[view], "short": short[view]} for view in long}


@endpoint
async def allocation(request: Request) -> Response:
    account = account_or_404(request, request.path_params["accountId"])
    return ok(allocation_body(state_of(request), [account]))


@endpoint
async def consolidated_allocation(request: Request) -> Response:
    body = await json_object(request)
    ids = body.get("acctIds") or [state_of(request).selected_account]
    if not isinstance(ids, list) or not all(isinstance(a, str) for a in ids):
        raise BadRequest('Bad Request: "acctIds" must be a list of account ids')
    accounts = [account_or_404(request, a) for a in dict.fromkeys(ids)]
    return ok(allocation_body(state_of(request), accounts))


@endpoint
async def signatures_and_owners(request: Request) -> Response:
    """The fake's one owner: its username, signing for every account (own names, not a real person's)."""
    state = state_of(request)
    account = account_or_404(request, request.path_params["accountId"])
    name = ("Fake", "Trader")
    return ok(
        {
            "accountId": account,
            "users": [
                {
                    "roleId": "OWNER",
                    "hasRightCodeInd": True,
                    "userName": state.settings.username,
                    "entity": {
                        "firstName": name[0],
                        "lastName": name[1],
                        "entityType": "INDIVIDUAL",
                        "entityName": " ".join(name),
                        "dateOfBirth": "1980-01-01",
                    },
                }
            ],
            "applicant": {"signatures": [" ".join(name)]},
        }
    )


@endpoint
async def positions_invalidate(request: Request) -> Response:
    account_or_404(request, request.path_params["accountId"])
    return ok({"message": "success"})


@endpoint
async def combo_positions(request: Request) -> Response:
    account_or_404(request, request.path_params["accountId"])
    return ok([])


def account_routes() -> list[BaseRoute]:
    return [
        Route("/iserver/accounts", iserver_accounts, methods=["GET"]),
        Route("/iserver/account", switch_account, methods=["POST"]),
        Route("/iserver/account/pnl/partitioned", pnl_partitioned, methods=["GET"]),
        Route("/iserver/account/{accountId}/summary", iserver_summary, methods=["GET"]),
        Route("/iserver/account/{accountId}/summary/{part}", iserver_summary_part, methods=["GET"]),
        Route("/portfolio/accounts", portfolio_accounts, methods=["GET"]),
        Route("/portfolio/subaccounts", portfolio_accounts, methods=["GET"]),
        Route("/portfolio/subaccounts2", portfolio_subaccounts2, methods=["GET"]),
        Route("/portfolio/positions/{conid}", positions_all_accounts, methods=["GET"]),
        Route("/portfolio/{accountId}/meta", portfolio_meta, methods=["GET"]),
        Route("/portfolio/{accountId}/positions/invalidate", positions_invalidate, methods=["POST"]),
        Route("/portfolio/{accountId}/positions/{pageId}", positions_page, methods=["GET"]),
        Route("/portfolio/{accountId}/position/{conid}", position_by_conid, methods=["GET"]),
        Route("/portfolio/{accountId}/combo/positions", combo_positions, methods=["GET"]),
        Route("/portfolio/{accountId}/ledger", ledger, methods=["GET"]),
        Route("/portfolio/{accountId}/summary", portfolio_summary, methods=["GET"]),
        Route("/portfolio/{accountId}/allocation", allocation, methods=["GET"]),
        Route("/portfolio/allocation", consolidated_allocation, methods=["POST"]),
        Route("/acesws/{accountId}/signatures-and-owners", signatures_and_owners, methods=["GET"]),
        Route("/portfolio2/{accountId}/positions", portfolio2_positions, methods=["GET"]),
    ]
