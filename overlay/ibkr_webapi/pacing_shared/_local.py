"""The local shared pacer and session state: one SQLite file per IBKR identity in the user's cache.

Every process of one user on one host that talks to the same gateway / OAuth consumer opens the same
file (``<cache>/ibkr-webapi/shared/<scope>.sqlite3``; ``<cache>`` is ``$XDG_CACHE_HOME`` or
``~/.cache`` on Linux, ``~/Library/Caches`` on macOS, ``%LOCALAPPDATA%`` on Windows). SQLite in WAL
mode is the lock and the store: each decision is one ``BEGIN IMMEDIATE`` transaction (load the
windows of the global limit and of one operation, decide with the in-process pacer's arithmetic,
store them back), so all processes see one set of windows, with the in-process precision. Threads
of one process queue on a ``threading.Lock`` before the file lock. A decision is taken at the clock
value read once the transaction holds the file (not at the caller's ``now``, which waiting for the
lock may have made stale): decisions are then ordered in time as they are by the lock, and each send
is checked against every send decided before it.

The clock is ``time.monotonic``, which is host-wide (CLOCK_MONOTONIC, mach_absolute_time,
QueryPerformanceCounter). A reboot restarts it, so the file remembers the boot (wall time minus
monotonic time) and starts afresh when it changed.

Concurrency slots are leases ``(key, owner pid, owner token, expiry)``: a slot whose process is gone
(or whose lease expired, ``lease_ttl_s``) no longer counts, so a crashed process never holds slots.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import sqlite3
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Final

from .._exceptions import ConfigurationError, SharedStateError
from ..pacing import (
    DEFAULT_SAFETY_MARGIN,
    GLOBAL_KEY,
    RateLimitLike,
    Waiter,
)
from ._engine import (
    SHARED_MAX_LATENESS_ALLOWANCE_S,
    SHARED_MIN_MARGIN_S,
    SHARED_MIN_SEND_MOVE_S,
    SlotWaiters,
    WindowEngine,
    WindowRecord,
)

__all__ = ["DEFAULT_LEASE_TTL_S", "SLOT_POLL_S", "LocalSharedPacer", "LocalSharedState", "default_directory"]

DEFAULT_LEASE_TTL_S: Final = 300.0
"""Longest a concurrency slot is held by a process that is still alive but never released it."""

SLOT_POLL_S: Final = 0.02
"""How long a caller waits before asking again for a full concurrency-limited key (other processes
cannot wake it)."""

_BOOT_TOLERANCE_S: Final = 120.0
_RECORDED_KEPT: Final = 4096
_BUSY_TIMEOUT_S: Final = 60.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS windows (
    key TEXT PRIMARY KEY, times TEXT NOT NULL, sent TEXT NOT NULL,
    last_booked REAL NOT NULL, blocked_until REAL NOT NULL, claims TEXT NOT NULL DEFAULT '[]');
CREATE TABLE IF NOT EXISTS slots (
    id INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL, pid INTEGER NOT NULL,
    owner TEXT NOT NULL, expires REAL NOT NULL);
CREATE INDEX IF NOT EXISTS slots_key ON slots(key);
CREATE TABLE IF NOT EXISTS kv (
    name TEXT PRIMARY KEY, value BLOB, owner TEXT, expires REAL NOT NULL);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value REAL NOT NULL);
"""


def default_directory() -> Path:
    """``<user cache>/ibkr-webapi/shared`` (``$XDG_CACHE_HOME`` is honoured everywhere)."""
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        base = Path(xdg)
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path.home() / ".cache"
    return base / "ibkr-webapi" / "shared"


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # no cheap probe without extra packages: the lease expiry decides
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, someone else's
    return True


def _boot_marker() -> float:
    return time.time() - time.monotonic()


class _Store:
    """One SQLite connection (per process and file), serialised by a thread lock."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            self._db = self._open(path)
            with contextlib.suppress(OSError):
                path.chmod(0o600)
        except (OSError, sqlite3.Error) as exc:
            raise ConfigurationError(
                f"cannot open the shared pacing file {path} ({exc}); set XDG_CACHE_HOME to a writable "
                "directory, or IBKR_PACING_URL=memory to pace this process alone",
                setting="IBKR_PACING_URL",
            ) from None
        self._lock = threading.Lock()
        self.owner = uuid.uuid4().hex
        self.pid = os.getpid()
        self._check_boot()

    @staticmethod
    def _open(path: Path) -> sqlite3.Connection:
        """Connect, switch to WAL and create the schema. Processes that start together race for the
        first switch to WAL, which SQLite answers "database is locked" at once (the busy timeout does
        not cover it): such an attempt is retried, with growing pauses, for up to the busy timeout."""
        give_up = time.monotonic() + _BUSY_TIMEOUT_S
        pause = 0.005
        while True:
            db = sqlite3.connect(path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            try:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                _add_claims_column(db)
                return db
            except sqlite3.OperationalError as exc:
                db.close()
                busy = "locked" in str(exc) or "busy" in str(exc)
                if not busy or time.monotonic() + pause > give_up:
                    raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` (rolled back on an exception), one thread at a time."""
        with self._lock:
            try:
                if os.getpid() != self.pid:  # forked: a connection must not cross fork()
                    self._reopen()
                db = self._db
                db.execute("BEGIN IMMEDIATE")
                try:
                    yield db
                except BaseException:
                    db.execute("ROLLBACK")
                    raise
                db.execute("COMMIT")
            except sqlite3.Error as exc:
                raise SharedStateError(
                    f"the shared pacing file {self.path} failed: {type(exc).__name__}: {exc}"
                ) from None

    def _reopen(self) -> None:
        self._db = sqlite3.connect(
            self.path, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        self.pid = os.getpid()
        self.owner = uuid.uuid4().hex

    def _check_boot(self) -> None:
        marker = _boot_marker()
        with self.transaction() as db:
            row = db.execute("SELECT value FROM meta WHERE name='boot'").fetchone()
            if row is None or abs(float(row[0]) - marker) > _BOOT_TOLERANCE_S:
                # A new boot: the stored monotonic times belong to another clock.
                db.execute("DELETE FROM windows")
                db.execute("DELETE FROM slots")
                db.execute("DELETE FROM kv")
                db.execute("INSERT OR REPLACE INTO meta(name, value) VALUES ('boot', ?)", (marker,))

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _add_claims_column(db: sqlite3.Connection) -> None:
    """Files written before claims existed get the column (a process of an older version that writes
    a row drops that row's claims, which only costs the claim's priority, never a limit)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(windows)")}
    if "claims" not in columns:
        try:
            db.execute("ALTER TABLE windows ADD COLUMN claims TEXT NOT NULL DEFAULT '[]'")
        except sqlite3.OperationalError as exc:
            if "duplicate column" not in str(exc):  # another process added it meanwhile
                raise


def _load(db: sqlite3.Connection, key: str) -> WindowRecord:
    row = db.execute(
        "SELECT times, sent, last_booked, blocked_until, claims FROM windows WHERE key=?", (key,)
    ).fetchone()
    if row is None:
        return WindowRecord()
    return WindowRecord(
        json.loads(row[0]), json.loads(row[1]), float(row[2]), float(row[3]), json.loads(row[4])
    )


def _store(db: sqlite3.Connection, key: str, rec: WindowRecord) -> None:
    db.execute(
        "INSERT OR REPLACE INTO windows(key, times, sent, last_booked, blocked_until, claims) "
        "VALUES (?,?,?,?,?,?)",
        (
            key,
            json.dumps(rec.times),
            json.dumps(rec.sent),
            max(rec.last_booked, -1e300),
            max(rec.blocked_until, -1e300),
            json.dumps(rec.claims),
        ),
    )


def _scope_path(scope: str, directory: Path | None) -> Path:
    return (directory or default_directory()) / f"{scope}.sqlite3"


class LocalSharedPacer:
    """A :class:`~ibkr_webapi.pacing.ConfirmingPacer` shared by the processes of one host.

    Same arguments as :class:`~ibkr_webapi.pacing.InProcessPacer`, plus ``scope`` (the identity the
    limits belong to: a hash of the gateway URL or the OAuth consumer; processes with the same scope
    share), ``directory`` (default :func:`default_directory`) and ``lease_ttl_s``.
    """

    clock = staticmethod(time.monotonic)  # host-wide: every process on the host reads the same clock

    def __init__(
        self,
        global_limit: RateLimitLike | None,
        per_operation_limits: Mapping[str, RateLimitLike | None] | None = None,
        *,
        scope: str,
        directory: str | os.PathLike[str] | None = None,
        lease_ttl_s: float = DEFAULT_LEASE_TTL_S,
        safety_margin: float = DEFAULT_SAFETY_MARGIN,
        min_margin_s: float = SHARED_MIN_MARGIN_S,
        max_lateness_allowance_s: float = SHARED_MAX_LATENESS_ALLOWANCE_S,
    ) -> None:
        self._engine = WindowEngine(
            global_limit,
            per_operation_limits,
            safety_margin=safety_margin,
            min_margin_s=min_margin_s,
            max_lateness_allowance_s=max_lateness_allowance_s,
        )
        self.scope = scope
        self._store = _Store(_scope_path(scope, None if directory is None else Path(directory)))
        self._lease_ttl = lease_ttl_s
        self._limited = not self._engine.unlimited
        self.state = LocalSharedState(self._store)
        self._recorded: dict[tuple[str, float], float] = {}  # (key, caller's now) -> decided time
        self._recorded_lock = threading.Lock()
        self._waiters = SlotWaiters()
        self.send_log: list[tuple[str, float]] | None = None
        """Set to a list to have every send this process was allowed appended as ``(key, time)``
        (tests and diagnostics: all processes' logs together show what the shared windows allowed)."""

    def __repr__(self) -> str:
        return f"LocalSharedPacer(scope={self.scope!r}, path={str(self._store.path)!r})"

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def unlimited(self) -> bool:
        return not self._limited

    @property
    def lateness_allowance(self) -> float:
        return self._engine.pacer.lateness_allowance

    # -- Pacer protocol ---------------------------------------------------------------------------

    def reserve(
        self, key: str, now: float, waiter: Waiter | None = None, *, deadline: float | None = None
    ) -> float:
        if not self._limited:
            return 0.0
        limit = self._engine.max_concurrent(key)
        with self._store.transaction() as db:
            at = max(now, self.clock())  # decided on the clock of the moment the file is ours
            if limit is not None and not self._slot_free(db, key, limit, at):
                self._waiters.add(key, waiter)
                return -SLOT_POLL_S
            if limit is not None:
                self._waiters.discard(key, waiter)
            delay = self._decide(db, key, lambda: self._engine.reserve(key, at, deadline))
            if limit is not None and (deadline is None or at + delay <= deadline):
                db.execute(
                    "INSERT INTO slots(key, pid, owner, expires) VALUES (?,?,?,?)",
                    (key, self._store.pid, self._store.owner, at + self._lease_ttl),
                )
        if delay == 0:
            self._decided(key, now, at)
            return 0.0
        return at + delay - now  # the caller's booked time (now + this) is the booking's own

    def confirm(self, key: str, booked: float, now: float) -> float:
        if not self._limited:
            return 0.0
        with self._store.transaction() as db:
            at = max(now, self.clock())
            delay = self._decide(db, key, lambda: self._engine.confirm(key, booked, at))
        if delay == 0:
            self._decided(key, now, at)
            return 0.0
        return at + delay - now

    def sent(self, key: str, at: float, actual: float) -> None:
        if not self._limited:
            return
        with self._recorded_lock:
            at = self._recorded.pop((key, at), at)
        if actual - at < SHARED_MIN_SEND_MOVE_S:
            return
        with self._store.transaction() as db:
            self._decide(db, key, lambda: self._engine.sent(key, at, actual))

    def release(self, key: str, now: float, waiter: Waiter | None = None) -> None:
        if not self._limited or self._engine.max_concurrent(key) is None:
            return
        if self._waiters.discard(key, waiter):
            return  # it gave up while waiting: it held nothing
        with self._store.transaction() as db:
            db.execute(
                "DELETE FROM slots WHERE id = (SELECT MIN(id) FROM slots WHERE key=? AND owner=?)",
                (key, self._store.owner),
            )
        self._waiters.wake(key)

    def backoff(self, key: str, until: float) -> None:
        self._limited = True
        with self._store.transaction() as db:
            if key == GLOBAL_KEY:
                rec = _load(db, GLOBAL_KEY)
                rec.blocked_until = max(rec.blocked_until, until)
                _store(db, GLOBAL_KEY, rec)
            else:
                self._decide(db, key, lambda: self._engine.backoff(key, until))

    def close(self) -> None:
        """Give back this process's concurrency slots and close the file."""
        with contextlib.suppress(sqlite3.Error), self._store.transaction() as db:
            db.execute("DELETE FROM slots WHERE owner=?", (self._store.owner,))
        self._store.close()

    # -- internals --------------------------------------------------------------------------------

    def _decided(self, key: str, now: float, at: float) -> None:
        """A send decided at ``at`` (the caller's ``now`` reports it as ``now`` to :meth:`sent`)."""
        with self._recorded_lock:
            if len(self._recorded) >= _RECORDED_KEPT:  # sends whose headers were never reported
                self._recorded.clear()
            if at != now:
                self._recorded[(key, now)] = at
            if self.send_log is not None:
                self.send_log.append((key, at))

    def _decide(self, db: sqlite3.Connection, key: str, decision: Callable[[], float]) -> float:
        engine = self._engine
        engine.load(key, _load(db, GLOBAL_KEY), _load(db, key))
        result = decision()
        glob, own = engine.dump(key)
        _store(db, GLOBAL_KEY, glob)
        _store(db, key, own)
        return result

    def _slot_free(self, db: sqlite3.Connection, key: str, limit: int, now: float) -> bool:
        """Whether a slot of ``key`` is free; drops the leases of dead processes and expired ones."""
        rows = db.execute("SELECT id, pid, expires FROM slots WHERE key=?", (key,)).fetchall()
        live = 0
        for row_id, pid, expires in rows:
            if expires <= now or not _pid_alive(int(pid)):
                db.execute("DELETE FROM slots WHERE id=?", (row_id,))
            else:
                live += 1
        return live < limit


class LocalSharedState:
    """Small shared values with leases, in the pacer's file (see :mod:`ibkr_webapi.pacing_shared`)."""

    clock = staticmethod(time.monotonic)

    def __init__(self, store: _Store) -> None:
        self._store = store

    @property
    def owner(self) -> str:
        return self._store.owner

    def claim(self, name: str, period: float) -> bool:
        """True for exactly one caller per ``period`` seconds (across processes): the one whose call
        finds the previous claim older than ``period`` and records its own."""
        now = self.clock()
        with self._store.transaction() as db:
            row = db.execute("SELECT expires FROM kv WHERE name=?", (name,)).fetchone()
            if row is not None and float(row[0]) > now:
                return False
            db.execute(
                "INSERT OR REPLACE INTO kv(name, value, owner, expires) VALUES (?, NULL, ?, ?)",
                (name, self._store.owner, now + period),
            )
            return True

    def get(self, name: str) -> bytes | None:
        now = self.clock()
        with self._store.transaction() as db:
            row = db.execute("SELECT value, expires FROM kv WHERE name=?", (name,)).fetchone()
        if row is None or row[0] is None or float(row[1]) <= now:
            return None
        return bytes(row[0])

    def put(self, name: str, value: bytes, ttl: float) -> None:
        now = self.clock()
        with self._store.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO kv(name, value, owner, expires) VALUES (?, ?, ?, ?)",
                (name, value, self._store.owner, now + ttl if math.isfinite(ttl) else 1e300),
            )

    def incr(self, name: str) -> int:
        """Add one to a shared counter (created at 0) and return the new value."""
        with self._store.transaction() as db:
            row = db.execute("SELECT value FROM kv WHERE name=?", (name,)).fetchone()
            value = int(row[0]) + 1 if row is not None and row[0] is not None else 1
            db.execute(
                "INSERT OR REPLACE INTO kv(name, value, owner, expires) VALUES (?, ?, ?, 1e300)",
                (name, str(value).encode(), self._store.owner),
            )
        return value

    def acquire(self, name: str, ttl: float) -> bool:
        """Take the lock ``name`` for ``ttl`` seconds unless another live owner holds it."""
        now = self.clock()
        with self._store.transaction() as db:
            row = db.execute("SELECT owner, expires FROM kv WHERE name=?", (name,)).fetchone()
            if row is not None and row[0] != self._store.owner and float(row[1]) > now:
                return False
            db.execute(
                "INSERT OR REPLACE INTO kv(name, value, owner, expires) VALUES (?, NULL, ?, ?)",
                (name, self._store.owner, now + ttl),
            )
            return True

    def release(self, name: str) -> None:
        with self._store.transaction() as db:
            db.execute("DELETE FROM kv WHERE name=? AND owner=?", (name, self._store.owner))
