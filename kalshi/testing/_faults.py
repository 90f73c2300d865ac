"""Injected failures: 5xx, 429, cut connections (before or after the work), latency."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field


class Drop(Exception):
    """The connection is cut without a response (a fault injected on purpose)."""


@dataclass
class Fault:
    """Failure rates (0..1) for one route (an operationId, or "*" for every route)."""

    error_rate: float = 0.0  # answer 503
    rate_limit_rate: float = 0.0  # answer 429
    drop_rate: float = 0.0  # cut the connection before handling
    commit_then_fail_rate: float = 0.0  # handle (state changes), then cut the connection
    latency: float = 0.0  # seconds added before answering
    times: int | None = None  # stop after failing this many requests (None = never stop)
    fired: Counter[str] = field(default_factory=Counter)  # failures so far, by rate's name

    def fires(self, rng: random.Random, name: str) -> bool:
        """Whether the failure `name` (a rate's name, e.g. "drop_rate") hits this request."""
        rate = float(getattr(self, name))
        if rate <= 0 or self.times == 0 or rng.random() >= rate:
            return False
        if self.times is not None:
            self.times -= 1
        self.fired[name] += 1
        return True


NO_FAULT = Fault()
