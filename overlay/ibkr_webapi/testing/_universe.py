"""The fake gateway's built-in instrument universe: stocks, index, futures, option chains, event contracts.

Why built-in: tests and demos need realistic conids (AAPL 265598, SPY 756733, ...) that behave the way
IBKR's do (futures with several expiries, options with chains per month, ForecastEx yes/no pairs), with
no network and no data files. Derivative conids that IBKR does not publish are derived from a stable
hash of the contract, so they are the same in every run; expiries are computed from the creation date.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass, field, replace

from ._spreads import SPREAD_CONIDS


@dataclass(frozen=True)
class Instrument:
    """One contract; ``price`` is the seed price the random walk starts from."""

    conid: int
    symbol: str
    sec_type: str  # STK, IND, FUT, OPT, CASH, BAG
    exchange: str  # listing exchange ("NASDAQ", "ARCA", "CME", "FORECASTX")
    name: str
    price: float
    currency: str = "USD"
    multiplier: float = 1.0
    expiry: str | None = None  # YYYYMMDD
    strike: float = 0.0
    right: str | None = None  # "C" / "P"
    underlying: int = 0
    trading_class: str = ""
    kind: str = ""  # "ETF" / "COMMON" for stocks
    event: bool = False
    industry: str = ""
    description: str = ""
    extra_listings: tuple[tuple[int, str], ...] = ()
    legs: tuple[tuple[int, int], ...] = ()  # combos (BAG): (leg conid, signed ratio)

    @property
    def conidex(self) -> str:
        """What IBKR echoes as ``conidex``: the conid, or ``"{spread}[@EXCH];;;leg/ratio,..."``."""
        if not self.legs:
            return str(self.conid)
        head = str(self.conid) if self.exchange == "SMART" else f"{self.conid}@{self.exchange}"
        return f"{head};;;{','.join(f'{c}/{r}' for c, r in self.legs)}"

    @property
    def all_exchanges(self) -> str:
        """Where the contract trades, as IBKR lists it in positions (``allExchanges``): comma-separated."""
        venues = ["SMART", self.exchange, *(exch for _, exch in self.extra_listings)]
        return ",".join(dict.fromkeys(v for v in venues if v))

    @property
    def chinese_name(self) -> str:
        """IBKR's ``chineseName``: the name HTML-entity encoded; the fake encodes its English name."""
        return "".join(
            c if (c.isascii() and c.isalnum()) or c == " " else f"&#x{ord(c):X};" for c in self.name
        )

    @property
    def month(self) -> str:
        """IBKR's month code for derivatives ("JUN26")."""
        if not self.expiry:
            return ""
        d = dt.datetime.strptime(self.expiry, "%Y%m%d")
        return d.strftime("%b%y").upper()

    @property
    def local_symbol(self) -> str:
        if self.sec_type == "FUT" and self.expiry:
            return f"{self.symbol}{'FGHJKMNQUVXZ'[int(self.expiry[4:6]) - 1]}{self.expiry[3]}"
        if self.sec_type == "OPT" and self.expiry:
            return f"{self.symbol:<6}{self.expiry[2:]}{self.right}{int(self.strike * 1000):08d}"
        return self.symbol

    @property
    def contract_desc(self) -> str:
        """Human description as IBKR shows it ("AAPL JUN2026 200 C [AAPL 260619C00200000 100]")."""
        if self.legs:
            return self.description
        if self.sec_type == "FUT":
            return f"{self.symbol} {self.month_long}"
        if self.sec_type == "OPT":
            return f"{self.symbol} {self.month_long} {_fmt_strike(self.strike)} {self.right}"
        return self.symbol

    @property
    def month_long(self) -> str:
        if not self.expiry:
            return ""
        d = dt.datetime.strptime(self.expiry, "%Y%m%d")
        return d.strftime("%b%Y").upper()


def _fmt_strike(strike: float) -> str:
    return f"{strike:g}"


# (symbol, conid, listing exchange, name, seed price, kind, industry, other listings)
_STOCKS: tuple[tuple[str, int, str, str, float, str, str, tuple[tuple[int, str], ...]], ...] = (
    ("AAPL", 265598, "NASDAQ", "APPLE INC", 271.50, "COMMON", "Computers", ((38708077, "MEXI"),)),
    ("MSFT", 272093, "NASDAQ", "MICROSOFT CORP", 423.80, "COMMON", "Software", ((38708990, "MEXI"),)),
    ("IBM", 8314, "NYSE", "INTL BUSINESS MACHINES CORP", 245.10, "COMMON", "Computers", ()),
    ("SPY", 756733, "ARCA", "SPDR S&P 500 ETF TRUST", 655.90, "ETF", "Funds", ((38709152, "MEXI"),)),
    ("QQQ", 320227571, "NASDAQ", "INVESCO QQQ TRUST SERIES 1", 584.70, "ETF", "Funds", ()),
    ("TSLA", 76792991, "NASDAQ", "TESLA INC", 251.30, "COMMON", "Auto Manufacturers", ()),
    ("AMZN", 3691937, "NASDAQ", "AMAZON.COM INC", 221.40, "COMMON", "Internet", ()),
    ("GOOG", 208813720, "NASDAQ", "ALPHABET INC-CL C", 178.20, "COMMON", "Internet", ()),
    ("META", 107113386, "NASDAQ", "META PLATFORMS INC-CLASS A", 598.60, "COMMON", "Internet", ()),
    ("NVDA", 4815747, "NASDAQ", "NVIDIA CORP", 135.40, "COMMON", "Semiconductors", ()),
    ("AMD", 4391, "NASDAQ", "ADVANCED MICRO DEVICES", 118.90, "COMMON", "Semiconductors", ()),
    ("INTC", 270639, "NASDAQ", "INTEL CORP", 21.35, "COMMON", "Semiconductors", ()),
    ("NFLX", 15124833, "NASDAQ", "NETFLIX INC", 905.20, "COMMON", "Internet", ()),
    ("ADI", 4157, "NASDAQ", "ANALOG DEVICES INC", 212.60, "COMMON", "Semiconductors", ()),
    ("HON", 4350, "NASDAQ", "HONEYWELL INTERNATIONAL INC", 221.70, "COMMON", "Miscellaneous Manufactur", ()),
    ("JPM", 1520593, "NYSE", "JPMORGAN CHASE & CO", 244.10, "COMMON", "Banks", ()),
    ("BAC", 10098, "NYSE", "BANK OF AMERICA CORP", 44.20, "COMMON", "Banks", ()),
    ("KO", 8894, "NYSE", "COCA-COLA CO/THE", 69.80, "COMMON", "Beverages", ()),
    ("XOM", 13977, "NYSE", "EXXON MOBIL CORP", 108.40, "COMMON", "Oil&Gas", ()),
    ("DIS", 6459, "NYSE", "WALT DISNEY CO/THE", 112.30, "COMMON", "Media", ()),
    ("WMT", 13824, "NYSE", "WALMART INC", 91.50, "COMMON", "Retail", ()),
    ("V", 49462172, "NYSE", "VISA INC-CLASS A SHARES", 331.20, "COMMON", "Diversified Finan Serv", ()),
    ("SCHW", 11905, "NYSE", "SCHWAB (CHARLES) CORP", 78.40, "COMMON", "Diversified Finan Serv", ()),
    ("BBVA", 4815, "NYSE", "BANCO BILBAO VIZCAYA-SP ADR", 12.10, "COMMON", "Banks", ()),
    ("HUBS", 169544810, "NYSE", "HUBSPOT INC", 705.40, "COMMON", "Software", ()),
    ("TEAM", 589316251, "NASDAQ", "ATLASSIAN CORP-CL A", 245.90, "COMMON", "Software", ()),
)

#: Stocks that get listed option chains.
OPTION_UNDERLYINGS = ("AAPL", "MSFT", "SPY", "TSLA", "QQQ")

# (symbol, underlying index conid, index name, seed price, multiplier)
_FUTURES = (
    ("ES", 11004968, "E-mini S&P 500", 6580.0, 50.0, (("20260618", 649180678), ("20261218", 515416632))),
    ("NQ", 11004958, "E-mini NASDAQ 100", 23150.0, 20.0, ()),
)


def _third_friday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (4 - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 14)


def _next_months(today: dt.date, count: int, quarterly: bool) -> list[dt.date]:
    out: list[dt.date] = []
    year, month = today.year, today.month
    while len(out) < count:
        if not quarterly or month % 3 == 0:
            friday = _third_friday(year, month)
            if friday > today:
                out.append(friday)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return out


def derived_conid(*parts: object) -> int:
    """A stable 9-digit conid for a contract IBKR's published data does not give us."""
    key = "|".join(str(p) for p in parts).encode()
    return 600_000_000 + zlib.crc32(key) % 300_000_000


def strike_step(price: float) -> float:
    return 1.0 if price < 50 else 2.5 if price < 150 else 5.0 if price < 1000 else 25.0


@dataclass
class Universe:
    """Every instrument the fake gateway knows, with the lookups the endpoints need."""

    today: dt.date = field(default_factory=dt.date.today)
    by_conid: dict[int, Instrument] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for sym, conid, exch, name, price, kind, industry, extra in _STOCKS:
            self._add(
                Instrument(
                    conid,
                    sym,
                    "STK",
                    exch,
                    name,
                    price,
                    kind=kind,
                    industry=industry,
                    trading_class="NMS" if exch == "NASDAQ" else sym,
                    extra_listings=extra,
                )
            )
        self._add(Instrument(416904, "SPX", "IND", "CBOE", "S&P 500 Stock Index", 6575.0))
        for sym, und, name, price, mult, known in _FUTURES:
            self._add(Instrument(und, sym, "IND", "CME", name, price))
            known_map = dict(known)
            for d in _next_months(self.today, 4, quarterly=True):
                exp = d.strftime("%Y%m%d")
                conid = known_map.get(exp) or derived_conid("FUT", sym, exp)
                self._add(
                    Instrument(
                        conid,
                        sym,
                        "FUT",
                        "CME",
                        name,
                        price,
                        multiplier=mult,
                        expiry=exp,
                        underlying=und,
                        trading_class=sym,
                    )
                )
            self._add_event_contracts(sym, und, price)
        for sym in OPTION_UNDERLYINGS:
            self._add_option_chain(self.by_symbol(sym)[0])
        self._add_forecastex()
        for ccy, conid in SPREAD_CONIDS.items():
            self._add(Instrument(conid, ccy, "BAG", "SMART", f"{ccy} combo spread", 0.0, currency=ccy))

    def _add(self, inst: Instrument) -> None:
        """Register ``inst``; a derived conid that collides moves to the next free number."""
        conid = inst.conid
        while conid in self.by_conid:
            conid += 1
        if conid != inst.conid:
            inst = replace(inst, conid=conid)
        self.by_conid[conid] = inst

    def _add_option_chain(self, und: Instrument) -> None:
        step = strike_step(und.price)
        center = round(und.price / step) * step
        strikes = [center + step * k for k in range(-10, 11)]
        for d in _next_months(self.today, 3, quarterly=False):
            exp = d.strftime("%Y%m%d")
            for strike in strikes:
                for right in ("C", "P"):
                    conid = derived_conid("OPT", und.symbol, exp, strike, right)
                    self._add(
                        Instrument(
                            conid,
                            und.symbol,
                            "OPT",
                            "SMART",
                            und.name,
                            und.price,
                            multiplier=100.0,
                            expiry=exp,
                            strike=strike,
                            right=right,
                            underlying=und.conid,
                            trading_class=und.symbol,
                        )
                    )

    def _add_event_contracts(self, sym: str, und: int, price: float) -> None:
        """CME event contracts: daily yes/no binaries, trading class "EC" + symbol, $1 payout."""
        step = 25.0 if price > 1000 else 5.0
        center = round(price / step) * step
        exp = _next_months(self.today, 1, quarterly=False)[0].strftime("%Y%m%d")
        for k in range(-3, 4):
            strike = center + k * step
            for right in ("C", "P"):
                conid = derived_conid("EC", sym, exp, strike, right)
                self._add(
                    Instrument(
                        conid,
                        sym,
                        "OPT",
                        "CME",
                        f"{sym} event contract",
                        price,
                        multiplier=1.0,
                        expiry=exp,
                        strike=strike,
                        right=right,
                        underlying=und,
                        trading_class=f"EC{sym}",
                        event=True,
                    )
                )

    def _add_forecastex(self) -> None:
        """ForecastEx "Fed Funds" market: one yes/no pair per strike (the published pair for 3.125%)."""
        und = 658663572
        self._add(Instrument(und, "FF", "IND", "FORECASTX", "US Fed Funds Target Rate", 3.6))
        exp = "20270127"
        for strike in (3.125, 3.375, 3.625, 3.875):
            if strike == 3.125:
                yes, no = 722489372, 722489376
            else:
                yes, no = (
                    derived_conid("FX", "FF", exp, strike, "Y"),
                    derived_conid("FX", "FF", exp, strike, "N"),
                )
            for conid, right in ((yes, "C"), (no, "P")):
                self._add(
                    Instrument(
                        conid,
                        "FF",
                        "OPT",
                        "FORECASTX",
                        "US Fed Funds Target Rate",
                        0.5,
                        multiplier=1.0,
                        expiry=exp,
                        strike=strike,
                        right=right,
                        underlying=und,
                        trading_class="FF",
                        event=True,
                    )
                )

    def combo(self, conidex: str) -> Instrument:
        """The BAG instrument of ``"{spread}[@EXCH];;;{leg}/{ratio},..."``; ValueError says what is wrong.

        Why checked here: IBKR refuses a combo whose spread conid is not a currency spread conid, whose
        legs do not exist or trade in another currency, or whose ratios are not non-zero integers.
        """
        head, sep, tail = conidex.partition(";;;")
        spread_raw, _, exchange = head.partition("@")
        if not sep or not spread_raw.isdigit():
            raise ValueError(f"malformed combo conidex {conidex!r}")
        spread = int(spread_raw)
        currency = next((ccy for ccy, c in SPREAD_CONIDS.items() if c == spread), None)
        if currency is None:
            raise ValueError(f"{spread} is not a combo spread conid")
        legs: list[tuple[Instrument, int]] = []
        for part in tail.split(","):
            conid_raw, slash, ratio_raw = part.strip().partition("/")
            if not slash or not conid_raw.isdigit() or not ratio_raw.lstrip("+-").isdigit():
                raise ValueError(f"malformed combo leg {part!r} (want conid/ratio)")
            leg, ratio = self.get(int(conid_raw)), int(ratio_raw)
            if leg is None or leg.sec_type in ("IND", "BAG"):
                raise ValueError(f"invalid combo leg conid {conid_raw}")
            if ratio == 0:
                raise ValueError(f"combo leg {conid_raw} has ratio 0")
            if leg.currency != currency:
                raise ValueError(
                    f"leg {leg.conid} trades in {leg.currency}; spread {spread} is for {currency}"
                )
            legs.append((leg, ratio))
        if len(legs) < 2 or len({leg.conid for leg, _ in legs}) != len(legs):
            raise ValueError("a combo needs at least two different legs")
        symbols = list(dict.fromkeys(leg.symbol for leg, _ in legs))
        return Instrument(
            spread,
            "/".join(symbols),
            "BAG",
            exchange.upper() or "SMART",
            f"{'/'.join(symbols)} combo",
            0.0,
            currency=currency,
            multiplier=legs[0][0].multiplier,
            description=" ".join(f"{r:+d} {leg.contract_desc}" for leg, r in legs),
            legs=tuple((leg.conid, r) for leg, r in legs),
        )

    # -- lookups ---------------------------------------------------------------------------------
    def get(self, conid: int) -> Instrument | None:
        return self.by_conid.get(conid)

    def by_symbol(self, symbol: str, sec_type: str = "STK") -> list[Instrument]:
        sym = symbol.upper()
        return [i for i in self.by_conid.values() if i.symbol == sym and i.sec_type == sec_type]

    def stocks(self) -> list[Instrument]:
        return [i for i in self.by_conid.values() if i.sec_type == "STK"]

    def futures(self, symbol: str) -> list[Instrument]:
        return sorted(
            (i for i in self.by_conid.values() if i.sec_type == "FUT" and i.symbol == symbol.upper()),
            key=lambda i: i.expiry or "",
        )

    def options(
        self, underlying: int, month: str | None = None, event: bool | None = None
    ) -> list[Instrument]:
        out = [
            i
            for i in self.by_conid.values()
            if i.sec_type == "OPT"
            and i.underlying == underlying
            and (month is None or i.month == month)
            and (event is None or i.event == event)
        ]
        return sorted(out, key=lambda i: (i.expiry or "", i.strike, i.right or ""))

    def option_months(self, underlying: int, event: bool = False) -> list[str]:
        seen: dict[str, None] = {}
        for i in self.options(underlying, event=event):
            seen.setdefault(i.month, None)
        return list(seen)

    def search(self, text: str) -> list[Instrument]:
        """Stocks/indices (ForecastEx markets' artificial indices too, as IBKR lists them) whose symbol
        equals, or whose name contains, ``text`` (symbol matches first)."""
        t = text.strip().upper()
        if not t:
            return []
        bases = [i for i in self.by_conid.values() if i.sec_type in ("STK", "IND")]
        exact = [i for i in bases if i.symbol == t]
        named = [i for i in bases if t in i.name.upper() and i not in exact]
        return exact + named
