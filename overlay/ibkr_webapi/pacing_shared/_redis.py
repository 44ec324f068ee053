"""The Redis pacer and session state: one Redis for every process on every host of one IBKR identity.

Every decision is one Lua script run atomically on the server with the server's clock (``TIME``), so
the clocks of the hosts never matter: callers pass and receive only durations (a delay to sleep, how
long ago a request left, how long to hold back). The script does the in-process pacer's sliding-window
check (:class:`~ibkr_webapi.pacing.InProcessPacer`): per window two sorted sets, every booking and the
real send times, scored by server time; a booking fits when no span of ``requests + 1`` bookings is
shorter than the window (plus the margin, and for new bookings the caller's lateness allowance); the
earliest fitting time is searched among "booking + window" candidates; bookings of one key are FIFO.
A soft key (its own limit slower than the global one: see ``InProcessPacer``) books only its own
window until its turn comes; its claim on a global place is its member in the global sends set, so
confirming removes exactly that claim.

Concurrency slots are leases in a hash (lease id -> owner); an owner is alive while its heartbeat key
exists (``owner_ttl_s``, refreshed by a daemon thread every third of it), so a dead host frees its
slots within ``owner_ttl_s``. Every key has a TTL: an abandoned scope leaves nothing behind.

Keys live under ``ibkr-webapi:{<scope>}:`` (one hash tag: one cluster slot). Needs the ``redis``
package: ``pip install 'ibkr-webapi[redis]'``.
"""

from __future__ import annotations

import itertools
import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any, Final

from .._exceptions import ConfigurationError, SharedStateError, missing_extra
from ..pacing import (
    DEFAULT_SAFETY_MARGIN,
    GLOBAL_KEY,
    InProcessPacer,
    RateLimitLike,
    Waiter,
)
from ._engine import (
    SHARED_MAX_LATENESS_ALLOWANCE_S,
    SHARED_MIN_MARGIN_S,
    SHARED_MIN_SEND_MOVE_S,
    SlotWaiters,
)

__all__ = ["DEFAULT_OWNER_TTL_S", "SLOT_POLL_S", "RedisPacer", "RedisSharedState"]

DEFAULT_OWNER_TTL_S: Final = 15.0
"""A process that stopped refreshing its heartbeat this long ago no longer holds concurrency slots."""

SLOT_POLL_S: Final = 0.02
_KEY_TTL_MS: Final = 3_600_000  # windows and hold-backs of an idle scope vanish after an hour
_MATCH_TOLERANCE_S: Final = 1e-6
_FORGET_AFTER_S: Final = 120.0


_LUA_COMMON = r"""
-- seconds since 2023-11-14 (a small magnitude keeps doubles precise to ~10 ns, far below EPS)
local function now_s()
  local t = redis.call('TIME')
  return (tonumber(t[1]) - 1700000000) + tonumber(t[2]) / 1000000
end
local function f(x) return string.format('%.17g', x) end
local function scores(zkey, lo, hi)
  local raw = redis.call('ZRANGEBYSCORE', zkey, lo, hi, 'WITHSCORES')
  local out = {}
  for i = 2, #raw, 2 do out[#out + 1] = tonumber(raw[i]) end
  return out
end
-- window spec: {requests, window, horizon, bookings key, sends key}
local function fits(w, t, extra, sent_only)
  local n = w[1]
  local win = w[2] + extra - 1e-6  -- a booking at x + window counts as outside, despite rounding
  local times = scores(sent_only and w[5] or w[4], '(' .. f(t - win), '(' .. f(t + win))
  if #times < n then return true end
  local p = #times + 1
  for i = 1, #times do if times[i] >= t then p = i break end end
  table.insert(times, p, t)
  for j = math.max(1, p - n), math.min(p, #times - n) do
    if times[j + n] - times[j] < win then return false end
  end
  return true
end
local function earliest(windows, start, extra, sent_only)
  local ok = true
  for _, w in ipairs(windows) do
    if not fits(w, start, extra, sent_only) then ok = false break end
  end
  if ok then return start end
  local cands = {}
  for _, w in ipairs(windows) do
    local win = w[2] + extra
    for _, x in ipairs(scores(sent_only and w[5] or w[4], '(' .. f(start - win), '+inf')) do
      cands[#cands + 1] = x + win
    end
  end
  table.sort(cands)
  for _, t in ipairs(cands) do
    local all = true
    for _, w in ipairs(windows) do
      if not fits(w, t, extra, sent_only) then all = false break end
    end
    if all then return t end
  end
  return cands[#cands]
end
local function prune(windows, now)
  for _, w in ipairs(windows) do
    redis.call('ZREMRANGEBYSCORE', w[4], '-inf', '(' .. f(now - w[3]))
    redis.call('ZREMRANGEBYSCORE', w[5], '-inf', '(' .. f(now - w[3]))
  end
end
local function touch(windows, ttl)
  for _, w in ipairs(windows) do
    redis.call('PEXPIRE', w[4], ttl)
    redis.call('PEXPIRE', w[5], ttl)
  end
end
local function num(key, field)
  local v = redis.call('HGET', key, field)
  if v then return tonumber(v) end
  return -1e300
end
-- KEYS: 1 global bookings, 2 global sends, 3 own bookings, 4 own sends, 5 own state, 6 global state,
--       7 slots
-- ARGV: 1 g.requests (0: none), 2 g.window, 3 g.horizon, 4 o.requests, 5 o.window, 6 o.horizon,
--       7 extra (lateness allowance), 8 key ttl ms, then script-specific
local function windows_of()
  local ws = {}
  if tonumber(ARGV[1]) > 0 then
    ws[#ws + 1] = {tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), KEYS[1], KEYS[2]}
  end
  if tonumber(ARGV[4]) > 0 then
    ws[#ws + 1] = {tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6]), KEYS[3], KEYS[4]}
  end
  return ws
end
local function blocked()
  return math.max(num(KEYS[5], 'blocked_until'), num(KEYS[6], 'blocked_until'))
end
local function book(windows, t, member, sent)
  for _, w in ipairs(windows) do
    redis.call('ZADD', w[4], f(t), member)
    if sent then redis.call('ZADD', w[5], f(t), member) end
  end
end
"""

_LUA_RESERVE = (
    _LUA_COMMON
    + r"""
-- ARGV: 9 member, 10 slot limit (0: none), 11 lease owner, 12 owner key prefix,
--       13 longest acceptable delay (seconds; negative: no deadline), 14 '1' for a soft key (its own
--       limit is slower than the global one: InProcessPacer's soft keys; then both windows exist)
if redis.replicate_commands then redis.replicate_commands() end
local now = now_s()
local limit = tonumber(ARGV[10])
if limit > 0 then
  local leases = redis.call('HGETALL', KEYS[7])
  local live = 0
  for i = 1, #leases, 2 do
    if redis.call('EXISTS', ARGV[12] .. leases[i + 1]) == 0 then
      redis.call('HDEL', KEYS[7], leases[i])
    else
      live = live + 1
    end
  end
  if live >= limit then return {'-1', f(now)} end
end
local ws = windows_of()
prune(ws, now)
local start = math.max(now, num(KEYS[5], 'last_booked'), blocked())
local soft = ARGV[14] == '1' and #ws == 2
local t
local claim = false
if soft then
  t = earliest({ws[2]}, start, 0, false)  -- its own turn (no allowance); the global place at confirm
  if t <= now then  -- its own turn is now: take its global place as confirm does
    t = earliest(ws, start, 0, true)
    claim = t > now
  end
else
  t = earliest(ws, start, tonumber(ARGV[7]), false)
end
local longest = tonumber(ARGV[13])
if longest >= 0 and t - now > longest then return {f(t - now), f(now), 'late'} end
if limit > 0 then
  redis.call('HSET', KEYS[7], ARGV[9], ARGV[11])
  redis.call('PEXPIRE', KEYS[7], tonumber(ARGV[8]))
end
redis.call('HSET', KEYS[5], 'last_booked', f(t))
redis.call('PEXPIRE', KEYS[5], tonumber(ARGV[8]))
if claim then
  book(ws, t, ARGV[9], false)
  redis.call('ZADD', ws[1][5], f(t), ARGV[9])  -- a claim: counts as sent in the global window
elseif soft and t > now then
  book({ws[2]}, t, ARGV[9], false)
else
  book(ws, t, ARGV[9], t <= now)
end
touch(ws, tonumber(ARGV[8]))
return {f(t - now), f(now)}
"""
)

_LUA_CONFIRM = (
    _LUA_COMMON
    + r"""
-- ARGV: 9 member, 10 '1' for a soft key (see reserve)
if redis.replicate_commands then redis.replicate_commands() end
local now = now_s()
local ws = windows_of()
local soft = ARGV[10] == '1' and #ws == 2
for _, w in ipairs(ws) do redis.call('ZREM', w[4], ARGV[9]) end
if soft then redis.call('ZREM', ws[1][5], ARGV[9]) end  -- its claim, if it held one (not yet sent)
prune(ws, now)
local b = blocked()
local ok = now >= b
if ok then
  for _, w in ipairs(ws) do
    if not fits(w, now, 0, true) then ok = false break end
  end
end
if ok then
  book(ws, now, ARGV[9], true)
  touch(ws, tonumber(ARGV[8]))
  return {'0', f(now)}
end
local t = earliest(ws, math.max(now, b), 0, true)  -- for a caller awake: no allowance (InProcessPacer)
if t > num(KEYS[5], 'last_booked') then redis.call('HSET', KEYS[5], 'last_booked', f(t)) end
book(ws, t, ARGV[9], false)
if soft then redis.call('ZADD', ws[1][5], f(t), ARGV[9]) end  -- a claim, as in reserve
touch(ws, tonumber(ARGV[8]))
return {f(t - now), f(now)}
"""
)

_LUA_SENT = (
    _LUA_COMMON
    + r"""
-- ARGV: 9 member, 10 how long ago the request really left (seconds)
if redis.replicate_commands then redis.replicate_commands() end
local actual = now_s() - tonumber(ARGV[10])
for _, w in ipairs(windows_of()) do
  if redis.call('ZSCORE', w[5], ARGV[9]) then
    redis.call('ZADD', w[5], 'XX', f(actual), ARGV[9])
    redis.call('ZADD', w[4], 'XX', f(actual), ARGV[9])
  end
end
return 1
"""
)

_LUA_BACKOFF = r"""
-- KEYS: 1 state hash; ARGV: 1 hold for (seconds), 2 ttl ms
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local until_s = (tonumber(t[1]) - 1700000000) + tonumber(t[2]) / 1000000 + tonumber(ARGV[1])
local v = redis.call('HGET', KEYS[1], 'blocked_until')
if (not v) or tonumber(v) < until_s then
  redis.call('HSET', KEYS[1], 'blocked_until', string.format('%.17g', until_s))
end
redis.call('PEXPIRE', KEYS[1], math.max(tonumber(ARGV[2]), math.ceil(tonumber(ARGV[1]) * 1000) + 60000))
return 1
"""

_LUA_RELEASE_LOCK = r"""
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_LUA_ACQUIRE_LOCK = r"""
local v = redis.call('GET', KEYS[1])
if v and v ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1
"""


def _import_redis() -> Any:
    try:
        import redis
    except ImportError as exc:
        raise missing_extra("redis", "IBKR_PACING_URL=redis://... (pacing shared across hosts)", exc) from exc
    return redis


def _safe_url(url: str) -> str:
    scheme, _, rest = url.partition("://")
    host = rest.rpartition("@")[2]
    return f"{scheme}://{host}"


class _Connection:
    """The redis client, the registered scripts and error translation (no secret in messages)."""

    def __init__(self, url: str) -> None:
        redis = _import_redis()
        self.safe_url = _safe_url(url)
        self._errors: tuple[type[BaseException], ...] = (redis.RedisError,)
        try:
            self.client = redis.Redis.from_url(url, socket_timeout=10, socket_connect_timeout=10)
        except ValueError as exc:
            raise ConfigurationError(
                f"IBKR_PACING_URL is not a usable Redis URL ({type(exc).__name__})", setting="IBKR_PACING_URL"
            ) from None
        self.reserve = self.client.register_script(_LUA_RESERVE)
        self.confirm = self.client.register_script(_LUA_CONFIRM)
        self.sent = self.client.register_script(_LUA_SENT)
        self.backoff = self.client.register_script(_LUA_BACKOFF)
        self.acquire = self.client.register_script(_LUA_ACQUIRE_LOCK)
        self.release = self.client.register_script(_LUA_RELEASE_LOCK)

    def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except self._errors as exc:
            raise SharedStateError(
                f"the shared pacing Redis at {self.safe_url} failed: {type(exc).__name__}: "
                f"{str(exc).splitlines()[0][:200] if str(exc) else ''}"
            ) from None

    def close(self) -> None:
        self.client.close()


class RedisPacer:
    """A :class:`~ibkr_webapi.pacing.ConfirmingPacer` kept in Redis, shared by processes and hosts.

    ``global_limit`` / ``per_operation_limits`` / margins as for
    :class:`~ibkr_webapi.pacing.InProcessPacer`; ``url`` (``redis://host:6379/0``, ``rediss://``
    for TLS); ``scope`` (who shares: see :func:`~ibkr_webapi.pacing_shared.scope_for`);
    ``owner_ttl_s`` (how soon a dead process's concurrency slots are free).
    """

    clock = staticmethod(time.monotonic)  # local only: the server's clock decides, callers pass durations

    def __init__(
        self,
        global_limit: RateLimitLike | None,
        per_operation_limits: Mapping[str, RateLimitLike | None] | None = None,
        *,
        url: str,
        scope: str,
        owner_ttl_s: float = DEFAULT_OWNER_TTL_S,
        safety_margin: float = DEFAULT_SAFETY_MARGIN,
        min_margin_s: float = SHARED_MIN_MARGIN_S,
        max_lateness_allowance_s: float = SHARED_MAX_LATENESS_ALLOWANCE_S,
    ) -> None:
        # The in-process pacer supplies the limits, the window arithmetic's parameters and the
        # lateness allowance (observed here, per process); the windows themselves live in Redis.
        self._local = InProcessPacer(
            global_limit,
            per_operation_limits,
            safety_margin=safety_margin,
            min_margin_s=min_margin_s,
            max_lateness_allowance_s=max_lateness_allowance_s,
        )
        self._limited = not self._local.unlimited
        self.scope = scope
        self._prefix = f"ibkr-webapi:{{{scope}}}:"
        self._conn = _Connection(url)
        self.owner = uuid.uuid4().hex
        self._owner_ttl_ms = max(1000, int(owner_ttl_s * 1000))
        self._ids = itertools.count()
        self._lock = threading.Lock()
        self._booked: dict[tuple[str, float], tuple[str, float]] = {}  # (key, local booked) -> member
        self._sends: dict[tuple[str, float], tuple[str, float]] = {}  # (key, local send) -> member
        self._leases: dict[str, list[str]] = {}
        self._waiters = SlotWaiters()
        self._stop = threading.Event()
        self._heartbeat()
        self._beat = threading.Thread(target=self._beat_loop, name="ibkr-webapi-pacer-heartbeat", daemon=True)
        self._beat.start()
        self.state = RedisSharedState(self._conn, self._prefix, self.owner)
        self.send_log: list[tuple[str, float]] | None = None
        """Set to a list to have every send this process was allowed appended as ``(key, time)``,
        the time on the Redis server's clock (tests and diagnostics: all processes' logs together
        show what the shared windows allowed)."""

    def __repr__(self) -> str:
        return f"RedisPacer(url={self._conn.safe_url!r}, scope={self.scope!r})"

    @property
    def unlimited(self) -> bool:
        return not self._limited

    @property
    def lateness_allowance(self) -> float:
        return self._local.lateness_allowance

    # -- Pacer protocol ---------------------------------------------------------------------------

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float:
        if not self._limited:
            return 0.0
        member = f"{self.owner}:{next(self._ids)}"
        limit = self._max_concurrent(key)
        keys, args = self._frame(key)
        # the deadline as a duration: the server's clock decides, ours only says how long we can wait
        longest = -1.0 if deadline is None else max(0.0, deadline - self.clock())
        args += [member, limit or 0, self.owner, self._prefix + "owner:", repr(longest), self._soft(key)]
        answer = self._conn.call(self._conn.reserve, keys=keys, args=args)
        delay = float(answer[0])
        if delay < 0:
            self._waiters.add(key, waiter)
            return -SLOT_POLL_S
        if limit:
            self._waiters.discard(key, waiter)
        if len(answer) > 2:  # later than the deadline: nothing booked, no slot taken
            return max(delay, (deadline or now) - now + 1e-6)
        with self._lock:
            if limit:
                self._leases.setdefault(key, []).append(member)
            self._forget_old(now)
            if delay == 0:
                self._sends[(key, now)] = (member, now)
                if self.send_log is not None:
                    self.send_log.append((key, float(answer[1])))
            else:
                self._booked[(key, now + delay)] = (member, now)
        return delay

    def confirm(self, key: str, booked: float, now: float) -> float:
        if not self._limited:
            return 0.0
        with self._lock:
            self._local._observe_lateness(now - booked)
            found = _pop_near(self._booked, key, booked)
        if found is None:
            return 0.0  # not ours (already confirmed): nothing to check against
        member = found[0]
        keys, args = self._frame(key)
        args += [member, self._soft(key)]
        answer = self._conn.call(self._conn.confirm, keys=keys, args=args)
        delay = float(answer[0])
        with self._lock:
            if delay == 0:
                self._sends[(key, now)] = (member, now)
                if self.send_log is not None:
                    self.send_log.append((key, float(answer[1])))
            else:
                self._booked[(key, now + delay)] = (member, now)
        return delay

    def sent(self, key: str, at: float, actual: float) -> None:
        if not self._limited:
            return
        with self._lock:
            found = _pop_near(self._sends, key, at)
        if found is None or actual - at < SHARED_MIN_SEND_MOVE_S:
            return
        keys, args = self._frame(key)
        args += [found[0], max(0.0, self.clock() - actual)]
        self._conn.call(self._conn.sent, keys=keys, args=args)

    def release(self, key: str, now: float, waiter: Waiter | None = None) -> None:
        if not self._limited or not self._max_concurrent(key):
            return
        if self._waiters.discard(key, waiter):
            return  # it gave up while waiting: it held nothing
        with self._lock:
            held = self._leases.get(key)
            lease = held.pop(0) if held else None
        if lease is not None:
            self._conn.call(self._conn.client.hdel, self._prefix + f"slots:{key}", lease)
            self._waiters.wake(key)

    def backoff(self, key: str, until: float) -> None:
        self._limited = True
        state = self._prefix + ("state:*" if key == GLOBAL_KEY else f"state:{key}")
        hold = max(0.0, until - self.clock())
        self._conn.call(self._conn.backoff, keys=[state], args=[hold, _KEY_TTL_MS])

    def close(self) -> None:
        """Stop the heartbeat and give back this process's concurrency slots."""
        if self._stop.is_set():
            return
        self._stop.set()
        try:
            with self._lock:
                leases, self._leases = self._leases, {}
            for key, members in leases.items():
                if members:
                    self._conn.client.hdel(self._prefix + f"slots:{key}", *members)
            self._conn.client.delete(self._prefix + "owner:" + self.owner)
        except self._conn._errors:
            pass  # the leases die with the heartbeat anyway
        self._conn.close()

    # -- internals --------------------------------------------------------------------------------

    def _soft(self, key: str) -> str:
        return "1" if self._local._state(key).soft else "0"

    def _max_concurrent(self, key: str) -> int | None:
        limit = self._local._limits.get(key)
        return None if limit is None else limit.max_concurrent

    def _frame(self, key: str) -> tuple[list[str], list[Any]]:
        p = self._prefix
        g = self._local._global
        own = self._local._state(key).window
        keys = [
            p + "w:*:b",
            p + "w:*:s",
            p + f"w:{key}:b",
            p + f"w:{key}:s",
            p + f"state:{key}",
            p + "state:*",
            p + f"slots:{key}",
        ]
        args: list[Any] = []
        for w in (g, own):
            args += [0, 0, 0] if w is None else [w.requests, repr(w.window), repr(w.horizon)]
        args += [repr(self._local.lateness_allowance), _KEY_TTL_MS]
        return keys, args

    def _heartbeat(self) -> None:
        self._conn.call(
            self._conn.client.set, self._prefix + "owner:" + self.owner, b"1", px=self._owner_ttl_ms
        )

    def _beat_loop(self) -> None:
        while not self._stop.wait(self._owner_ttl_ms / 3000):
            try:
                self._heartbeat()
            except SharedStateError:
                continue  # a blip; the next beat retries well within the TTL

    def _forget_old(self, now: float) -> None:
        """Drop bookings nobody confirmed (the request was abandoned). Lock held."""
        if len(self._booked) + len(self._sends) < 1024:
            return
        for table in (self._booked, self._sends):
            for k in [k for k, (_, made) in table.items() if now - made > _FORGET_AFTER_S]:
                del table[k]


def _pop_near(
    table: dict[tuple[str, float], tuple[str, float]], key: str, t: float
) -> tuple[str, float] | None:
    found = table.pop((key, t), None)
    if found is not None:
        return found
    for k in table:
        if k[0] == key and abs(k[1] - t) <= _MATCH_TOLERANCE_S:
            return table.pop(k)
    return None


class RedisSharedState:
    """Small shared values in Redis (see :class:`~ibkr_webapi.pacing_shared.SharedState`)."""

    def __init__(self, conn: _Connection, prefix: str, owner: str) -> None:
        self._conn = conn
        self._prefix = prefix + "v:"
        self._owner = owner

    @property
    def owner(self) -> str:
        return self._owner

    def claim(self, name: str, period: float) -> bool:
        ok = self._conn.call(
            self._conn.client.set, self._prefix + name, self._owner, nx=True, px=max(1, int(period * 1000))
        )
        return bool(ok)

    def get(self, name: str) -> bytes | None:
        value = self._conn.call(self._conn.client.get, self._prefix + name)
        return None if value is None else bytes(value)

    def put(self, name: str, value: bytes, ttl: float) -> None:
        self._conn.call(self._conn.client.set, self._prefix + name, value, px=max(1, int(ttl * 1000)))

    def incr(self, name: str) -> int:
        return int(self._conn.call(self._conn.client.incr, self._prefix + name))

    def acquire(self, name: str, ttl: float) -> bool:
        args = [self._owner, max(1, int(ttl * 1000))]
        return bool(self._conn.call(self._conn.acquire, keys=[self._prefix + name], args=args))

    def release(self, name: str) -> None:
        self._conn.call(self._conn.release, keys=[self._prefix + name], args=[self._owner])
