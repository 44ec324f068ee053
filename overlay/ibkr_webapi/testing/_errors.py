"""The one error a domain rule raises: :class:`BadRequest` (an IBKR-shaped 4xx answer).

Why its own module: domain state (order book, market) raises it and HTTP handlers answer it, so it
sits below both.
"""

from __future__ import annotations


class BadRequest(Exception):
    """Raised by helpers; handlers turn it into ``ctx.error(status, message)``."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
