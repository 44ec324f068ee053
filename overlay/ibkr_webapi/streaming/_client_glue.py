"""How a stream borrows what it needs from a ``Client`` / ``AsyncClient`` (filled in when they land)."""

from __future__ import annotations

from typing import Any

__all__ = ["stream_kwargs"]


def stream_kwargs(client: Any, *, asynchronous: bool) -> dict[str, Any]:
    raise NotImplementedError("from_client needs ibkr_webapi.client")
