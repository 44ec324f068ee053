"""Reconnect delays: exponential growth, capped, with jitter so many clients do not reconnect in step."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

__all__ = ["Backoff"]


@dataclass
class Backoff:
    """``next_delay()`` returns a delay in ``[d/2, d]`` where ``d = min(maximum, initial * factor**n)``.

    Equal jitter (half fixed, half random) rather than full jitter: a reconnect never fires
    immediately after a failure, so a gateway that is down is not hammered.
    """

    initial: float = 0.5
    maximum: float = 30.0
    factor: float = 2.0
    rng: random.Random = field(default_factory=random.Random)
    attempts: int = 0

    def next_delay(self) -> float:
        ceiling = min(self.maximum, self.initial * self.factor**self.attempts)
        self.attempts += 1
        return ceiling / 2 + self.rng.random() * ceiling / 2

    def reset(self) -> None:
        self.attempts = 0
