"""One keep-alive per brokerage session across processes, and re-establishments seen by all.

Each process with a shared pacer wakes every quarter of the keep-alive interval and asks
:meth:`SharedBeat.turn`:

* ``tickle``: whether it is this process's turn to ``/tickle``: exactly one process per interval
  wins the shared claim (whoever asks first once the last claim is an interval old). There is no
  leader to lose: when a process dies, the next one to ask takes the following beat, so the session
  is tickled about once an interval for as long as any process lives.
* ``resync``: another process re-established the brokerage session since this one last looked (the
  shared session generation moved): this process re-reads the accounts and re-applies its own
  per-session state (its ``on_reestablished`` hooks: order-question suppressions ...) once, without
  opening the session again.

After its beat, a process publishes its own re-establishments (:meth:`SharedBeat.published`).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import SharedState

__all__ = ["CLAIM_NAME", "GENERATION_NAME", "SharedBeat", "Turn"]

CLAIM_NAME = "keepalive"
GENERATION_NAME = "session-generation"
CHECKS_PER_INTERVAL = 4


@dataclass(frozen=True, slots=True)
class Turn:
    tickle: bool
    resync: bool


class SharedBeat:
    """What one process does at each keep-alive wake-up (see the module docstring)."""

    def __init__(self, state: SharedState, interval: float, local_generation: int) -> None:
        self._state = state
        self.interval = interval
        self.period = interval / CHECKS_PER_INTERVAL
        self._seen = self._shared_generation()
        self._local = local_generation

    def turn(self) -> Turn:
        shared = self._shared_generation()
        resync = shared != self._seen
        self._seen = shared
        # claim a little less than an interval, so the beat that wins is never a period late
        return Turn(tickle=self._state.claim(CLAIM_NAME, self.interval - self.period / 2), resync=resync)

    def published(self, local_generation: int, *, resynced: bool) -> None:
        """After the beat: publish a re-establishment made by this process (not one it adopted)."""
        if local_generation != self._local and not resynced:
            self._seen = self._state.incr(GENERATION_NAME)
        self._local = local_generation

    def _shared_generation(self) -> int:
        raw = self._state.get(GENERATION_NAME)
        try:
            return int(raw) if raw else 0
        except ValueError:
            return 0
