"""Shared plumbing of the ``ibkr-webapi`` command and its demo: tables and a spinner.

Why here and not in ``cli.py``: the demo and the CLI both need text tables that line up without
third-party packages and a progress indicator that only appears on an interactive stderr (so pipes
and CI logs stay clean). Nothing in here talks to IBKR: both reach the API through the facades
wired into ``Client`` (``client.orders``, ``client.stream()`` ...).
"""

from __future__ import annotations

import itertools
import sys
import threading
from collections.abc import Iterable, Sequence
from decimal import Decimal
from types import TracebackType
from typing import IO, Any

__all__ = ["Spinner", "fmt", "table"]


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
