"""Watchlists of the fake username.

Why stateful: clients create a watchlist, read it back with its instruments and delete it.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from ._universe import Universe


@dataclass
class Watchlists:
    """Watchlists by id; each holds its name, hash (last change, ms) and conids."""

    universe: Universe
    watchlists: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.RLock = field(default_factory=threading.RLock)

    def __post_init__(self) -> None:
        self.watchlists["100"] = {
            "id": "100",
            "name": "Fake Tech",
            "hash": "1775319529009",
            "readOnly": False,
            "conids": [265598, 272093, 208813720],
        }
