"""The TTL cache: expiry by an injected clock, disabling, bounds, statistics."""

from __future__ import annotations

from ibkr_webapi._cache import TTLCache


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_entries_expire_after_ttl() -> None:
    clock = Clock()
    cache: TTLCache[str, int] = TTLCache(10, clock=clock)
    cache.put("a", 1)
    clock.now += 9.9
    assert cache.get("a") == 1 and "a" in cache
    clock.now += 0.1
    assert cache.get("a") is None and "a" not in cache
    assert cache.stats.hits == 1 and cache.stats.misses == 1 and cache.stats.size == 0


def test_explicit_now_and_per_entry_ttl() -> None:
    cache: TTLCache[str, str] = TTLCache(10, clock=lambda: 0.0)
    cache.put("k", "v", now=50.0, ttl=1.0)
    assert cache.get("k", now=50.5) == "v"
    assert cache.get("k", "gone", now=51.0) == "gone"


def test_zero_ttl_disables_caching() -> None:
    cache: TTLCache[str, int] = TTLCache(0)
    cache.put("a", 1)
    assert cache.get("a") is None and len(cache) == 0


def test_maxsize_evicts_the_oldest_insertions() -> None:
    cache: TTLCache[int, int] = TTLCache(60, maxsize=3)
    for i in range(5):
        cache.put(i, i)
    assert [cache.get(i) for i in range(5)] == [None, None, 2, 3, 4]


def test_invalidate() -> None:
    cache: TTLCache[tuple[str, int], int] = TTLCache(60)
    for i in range(4):
        cache.put(("x" if i % 2 else "y", i), i)
    assert cache.invalidate_where(lambda k: k[0] == "x") == 2
    cache.invalidate(("y", 0))
    assert cache.get(("y", 2)) == 2 and cache.get(("y", 0)) is None
    cache.invalidate()
    assert len(cache) == 0
    assert "TTLCache(ttl=60" in repr(cache)
