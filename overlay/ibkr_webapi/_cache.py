"""A small TTL cache with an injectable clock, shared by the discovery and account services.

Why it exists: conids are stable for the life of a contract, so repeated discovery (``stock("AAPL")``,
an option chain's per-strike ``secdef/info``) should cost no request at all; and some account endpoints
are paced so tightly (``/portfolio/accounts``: 1 request per 5 s) that a second call inside the window
is better answered from memory than by waiting or earning a 429.

The cache is deliberately dumb: a dict of ``key -> (expires_at, value)``, lazily expired, bounded by
``maxsize`` (oldest insertion evicted first). Time comes either from the ``now=`` argument (flows pass
the value of their ``Now()`` effect, so tests can drive time) or from the injected ``clock``. A lock makes
it safe to share one cache between the threads of a sync ``Client``.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar, overload

__all__ = ["DEFAULT_CONTRACT_TTL", "CacheStats", "TTLCache"]

#: Contract lookups are cached this long unless the caller configures otherwise (one day).
DEFAULT_CONTRACT_TTL = 24 * 60 * 60.0

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
D = TypeVar("D")


@dataclass(frozen=True, slots=True)
class CacheStats:
    """Counters for tests and diagnostics: how often the cache saved a request."""

    hits: int
    misses: int
    size: int


class TTLCache(Generic[K, V]):
    """Map keys to values for ``ttl`` seconds.

    ``ttl <= 0`` disables caching (every ``get`` misses, ``put`` stores nothing), which is how callers
    turn the cache off without a second code path.
    """

    def __init__(
        self,
        ttl: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        maxsize: int = 4096,
    ) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be >= 1")
        self.ttl = float(ttl)
        self._clock = clock
        self._maxsize = maxsize
        self._data: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()
        self._hits = 0
        self._misses = 0

    def _now(self, now: float | None) -> float:
        return self._clock() if now is None else now

    @overload
    def get(self, key: K, *, now: float | None = None) -> V | None: ...

    @overload
    def get(self, key: K, default: D, *, now: float | None = None) -> V | D: ...

    def get(self, key: K, default: object = None, *, now: float | None = None) -> object:
        """The cached value, or ``default`` when absent or expired (an expired entry is dropped)."""
        t = self._now(now)
        with self._lock:
            entry = self._data.get(key)
            if entry is not None:
                expires_at, value = entry
                if t < expires_at:
                    self._hits += 1
                    return value
                del self._data[key]
            self._misses += 1
            return default

    def __contains__(self, key: object) -> bool:
        t = self._clock()
        with self._lock:
            entry = self._data.get(key)  # type: ignore[arg-type]
            return entry is not None and t < entry[0]

    def put(self, key: K, value: V, *, now: float | None = None, ttl: float | None = None) -> None:
        """Store ``value`` for ``ttl`` seconds (default: the cache's ``ttl``)."""
        lifetime = self.ttl if ttl is None else float(ttl)
        if lifetime <= 0:
            return
        t = self._now(now)
        with self._lock:
            self._data[key] = (t + lifetime, value)
            self._data.move_to_end(key)
            while len(self._data) > self._maxsize:
                self._data.popitem(last=False)

    def invalidate(self, key: K | None = None) -> None:
        """Forget one key, or everything when ``key`` is None."""
        with self._lock:
            if key is None:
                self._data.clear()
            else:
                self._data.pop(key, None)

    def invalidate_where(self, predicate: Callable[[K], bool]) -> int:
        """Forget every key for which ``predicate`` holds; returns how many were dropped."""
        with self._lock:
            doomed = [k for k in self._data if predicate(k)]
            for k in doomed:
                del self._data[k]
            return len(doomed)

    @property
    def stats(self) -> CacheStats:
        with self._lock:
            return CacheStats(hits=self._hits, misses=self._misses, size=len(self._data))

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        s = self.stats
        return f"TTLCache(ttl={self.ttl:g}, size={s.size}, hits={s.hits}, misses={s.misses})"
