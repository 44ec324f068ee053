"""Pacing and session state shared by many processes (one host) or many hosts (Redis).

IBKR's limits and its one-brokerage-session rule belong to the username (through one CP Gateway, or
one OAuth consumer), not to a Python process. Pick where they are kept with one setting,
``IBKR_PACING_URL`` (``Settings.pacing_url``), or the ``pacer=`` argument of ``Client`` /
``AsyncClient``:

=========================== ===============================================================
``memory``                  this process alone (:class:`~ibkr_webapi.pacing.InProcessPacer`);
                            the library's default
``local``                   every process of this user on this host: a SQLite file (WAL) in the
                            user's cache directory (:mod:`._local`); the ``ibkr-webapi`` CLI's
                            default, so back-to-back commands never earn a 429
``redis://host:6379/0``     every process on every host using that Redis (``rediss://`` for TLS):
                            Lua scripts on the server with the server's clock (:mod:`._redis`);
                            needs the ``ibkr-webapi[redis]`` extra
=========================== ===============================================================

Processes share when they use the same backend *and* the same identity (:func:`scope_for`: the
gateway URL, or the OAuth consumer and access token), with the same global and per-operation limits.

The shared pacers implement the :class:`~ibkr_webapi.pacing.ConfirmingPacer` contract with a shared
``clock``; concurrency slots are leases that die with their process (local: the process id is gone;
Redis: the process's heartbeat key expires), so a crash never holds slots. Their ``state`` attribute
(:class:`SharedState`) carries the session state that is shared too: one keep-alive per session (see
``Session`` and ``Client``), one OAuth 1.0a live session token per consumer (encrypted, see
:mod:`._lst`), and the session generation, so a session re-established by one process is seen by all.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .._exceptions import ConfigurationError
from ..auth._base import IbkrAuth

if TYPE_CHECKING:
    from ..pacing import Pacer, RateLimitLike

__all__ = ["SharedState", "make_pacer", "scope_for", "shared_state_of"]


@runtime_checkable
class SharedState(Protocol):
    """Small values shared by the processes of one scope, kept by the pacer's backend."""

    @property
    def owner(self) -> str:
        """This process's identity in the backend."""
        ...

    def claim(self, name: str, period: float) -> bool:
        """True for exactly one caller per ``period`` seconds, across processes."""
        ...

    def get(self, name: str) -> bytes | None: ...

    def put(self, name: str, value: bytes, ttl: float) -> None: ...

    def incr(self, name: str) -> int:
        """Add one to a shared counter and return the new value."""
        ...

    def acquire(self, name: str, ttl: float) -> bool:
        """Try to take the cross-process lock ``name`` (held at most ``ttl`` seconds)."""
        ...

    def release(self, name: str) -> None: ...


def shared_state_of(pacer: object) -> SharedState | None:
    """The shared session state a pacer carries (``None`` for the in-process pacer)."""
    state = getattr(pacer, "state", None)
    return state if isinstance(state, SharedState) else None


def scope_for(mode: str, base_url: str, auth: object | None) -> str:
    """The identity IBKR's limits belong to, hashed (no credential appears in a file or key name).

    Gateway: the gateway's URL (one gateway = one logged-in username). OAuth 1.0a: the access token
    (one user of one consumer). OAuth 2.0: the client id and the username.
    """
    parts = [mode, base_url.rstrip("/").lower()]
    if isinstance(auth, IbkrAuth):
        parts += auth.limits_identity()
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:24]


def make_pacer(
    url: str,
    *,
    profile: str,
    scope: str,
    global_rate_limit: float | RateLimitLike | None = None,
    **options: Any,
) -> Pacer:
    """The pacer for ``url`` (``memory``, ``local``, ``redis://...``; see the module docstring)."""
    from ..pacing import InProcessPacer, Limit, default_global_limit

    limit: RateLimitLike
    if global_rate_limit is None:
        limit = default_global_limit(profile)
    elif isinstance(global_rate_limit, int | float):
        limit = Limit.per_second(global_rate_limit)
    else:
        limit = global_rate_limit
    url, options = _tuning(url.strip(), options)
    kind = url.lower()
    if kind in ("", "memory", "process"):
        return InProcessPacer(limit, **_without(options, "lease_ttl_s", "owner_ttl_s"))
    if kind == "local":
        from ._local import LocalSharedPacer

        return LocalSharedPacer(limit, scope=scope, **_without(options, "owner_ttl_s"))
    if kind.startswith(("redis://", "rediss://", "unix://")):
        from ._redis import RedisPacer

        return RedisPacer(limit, url=url, scope=scope, **_without(options, "lease_ttl_s"))
    raise ConfigurationError(
        "IBKR_PACING_URL must be 'memory', 'local' or a redis:// URL (got "
        f"{url.split('://')[0] + '://...' if '://' in url else url!r})",
        setting="IBKR_PACING_URL",
    )


_TUNING = ("safety_margin", "min_margin_s", "max_lateness_allowance_s", "lease_ttl_s", "owner_ttl_s")


def _tuning(url: str, options: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Split pacer tuning off the URL: ``local?min_margin_s=0.05``, ``redis://h:6379/0?pacer_min_margin_s=0.05``.

    For ``local``/``memory`` every name of :data:`_TUNING` may be given; on a Redis URL they carry a
    ``pacer_`` prefix (the rest of the query belongs to the Redis client).
    """
    base, sep, query = url.partition("?")
    if not sep:
        return url, options
    redis_url = "://" in base
    kept: list[str] = []
    tuned = dict(options)
    for item in query.split("&"):
        name, _, value = item.partition("=")
        plain = name.removeprefix("pacer_") if redis_url else name
        if (not redis_url or name.startswith("pacer_")) and plain in _TUNING:
            try:
                tuned[plain] = float(value)
            except ValueError:
                raise ConfigurationError(
                    f"IBKR_PACING_URL: {name} must be a number", setting="IBKR_PACING_URL"
                ) from None
        elif redis_url:
            kept.append(item)
        else:
            raise ConfigurationError(
                f"IBKR_PACING_URL: unknown option {name!r} (known: {', '.join(_TUNING)})",
                setting="IBKR_PACING_URL",
            )
    return (base + ("?" + "&".join(kept) if kept else "")), tuned


def _without(options: dict[str, Any], *names: str) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k not in names}
