"""Shared plumbing of the ``ibkr-webapi`` command and its demo: tables, a spinner, services, streams.

Why here and not in ``cli.py``: the demo, the CLI and the examples' tests all need the same three
things: text tables that line up without third-party packages, a progress indicator that only
appears on an interactive stderr (so pipes and CI logs stay clean), and a way to reach a client's
service facades and WebSocket stream whether or not they are already wired into ``Client`` as
attributes (``client.orders`` ...). Nothing in here talks to IBKR by itself.
"""

from __future__ import annotations

import importlib
import itertools
import sys
import threading
from collections.abc import Iterable, Sequence
from decimal import Decimal
from types import TracebackType
from typing import IO, Any

__all__ = ["Spinner", "fmt", "open_stream", "service_of", "table"]

_SERVICES: dict[str, str] = {
    "orders": "ibkr_webapi.orders:Orders",
    "marketdata": "ibkr_webapi.marketdata:MarketData",
    "contracts": "ibkr_webapi.contracts:Contracts",
    "portfolio": "ibkr_webapi.portfolio:Portfolio",
    "notifications": "ibkr_webapi.notifications:Notifications",
}


# -- formatting -------------------------------------------------------------------------------------


def fmt(value: Any, digits: int = 2) -> str:
    """A cell: numbers with fixed decimals (integers without), ``-`` for missing values."""
    if value is None or value == "":
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return f"{int(value):,}"
        value = float(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) >= 10_000:  # volumes, sizes
            return f"{value:,.0f}"
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return str(value)
    return str(value)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A plain-text table; columns whose cells all look numeric are right-aligned."""
    cells = [[fmt(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        for i, c in enumerate(row):
            widths[i] = max(widths[i], len(c))

    def numeric(i: int) -> bool:
        column = [row[i] for row in cells if row[i] != "-"]
        return bool(column) and all(_looks_numeric(c) for c in column)

    right = [numeric(i) for i in range(len(headers))]

    def line(row: Sequence[str]) -> str:
        parts = [c.rjust(w) if r else c.ljust(w) for c, w, r in zip(row, widths, right, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)


def _looks_numeric(text: str) -> bool:
    stripped = text.replace(",", "").replace("%", "").lstrip("+-")
    return stripped.replace(".", "", 1).isdigit()


class Spinner:
    """``with Spinner("opening the session"):`` shows a spinner on stderr, only when it is a TTY.

    The line is erased when the block ends, so the transcript on stdout is unaffected.
    """

    _FRAMES = "|/-\\"

    def __init__(self, message: str, stream: IO[str] | None = None, interval: float = 0.1) -> None:
        self.message = message
        self._stream = stream if stream is not None else sys.stderr
        self._interval = interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def active(self) -> bool:
        isatty = getattr(self._stream, "isatty", None)
        return bool(isatty and isatty())

    def __enter__(self) -> Spinner:
        if self.active:
            self._thread = threading.Thread(target=self._spin, name="ibkr-webapi-spinner", daemon=True)
            self._thread.start()
        return self

    def _spin(self) -> None:
        for frame in itertools.cycle(self._FRAMES):
            self._stream.write(f"\r{frame} {self.message} ")
            self._stream.flush()
            if self._stop.wait(self._interval):
                break
        self._stream.write("\r" + " " * (len(self.message) + 3) + "\r")
        self._stream.flush()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
            self._thread = None


# -- services and streams ------------------------------------------------------------------------------


def service_of(client: Any, name: str) -> Any:
    """``client.<name>`` when ``Client`` has it wired, else the facade built on ``client`` (cached)."""
    if getattr(type(client), name, None) is not None:
        return getattr(client, name)
    cache: dict[str, Any] = client.__dict__
    if name not in cache:
        module, _, attr = _SERVICES[name].partition(":")
        cache[name] = getattr(importlib.import_module(module), attr)(client)
    return cache[name]


def open_stream(client: Any, *, ws_url: str | None = None) -> Any:
    """A started sync :class:`~ibkr_webapi.streaming.Stream` authenticated with ``client``'s session.

    ``client.stream()`` when streaming is wired into ``Client``, else ``Stream.from_client``; both take
    the session value, OAuth token and TLS setting from the client. ``ws_url`` overrides the URL
    derived from the REST base (``IBKR_WS_URL``).
    """
    overrides = {"url": ws_url} if ws_url else {}
    if getattr(type(client), "STREAM_FACTORY", None):
        return client.stream(**overrides).start()
    from .streaming import Stream

    return Stream.from_client(client, **overrides).start()
