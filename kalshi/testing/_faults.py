"""Injected failures: 5xx, 429, cut connections (before or after the work), latency."""

from __future__ import annotations

import random
from dataclasses import dataclass


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

    def fires(self, rng: random.Random, rate: float) -> bool:
        if rate <= 0 or self.times == 0 or rng.random() >= rate:
            return False
        if self.times is not None:
            self.times -= 1
        return True


NO_FAULT = Fault()
