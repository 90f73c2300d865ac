"""Rate limits as Kalshi meters them: token buckets per member, costs from the spec's index.

This is the fake's own model, built from `kalshi_api.operations` (token costs, per-item costs of
batches); it does not use the client's limiter, so a bug there cannot hide from tests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from kalshi_api.operations import OPERATIONS, Operation

DEFAULT_TOKEN_COST = 10  # Kalshi's cost of a request the spec names no cost for
WRITE_BURST_SECONDS = 2  # a write bucket holds two seconds of its rate
READ_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class Tier:
    """A published usage tier, in tokens per second."""

    name: str
    read_per_second: int
    write_per_second: int

    @property
    def read_capacity(self) -> int:
        return self.read_per_second

    @property
    def write_capacity(self) -> int:
        return self.write_per_second * WRITE_BURST_SECONDS


TIERS = {
    "basic": Tier("basic", 200, 100),
    "advanced": Tier("advanced", 300, 300),
    "premier": Tier("premier", 1000, 1000),
    "prime": Tier("prime", 4000, 4000),
}


@dataclass(frozen=True)
class Cost:
    bucket: str  # read | write
    tokens: int  # per request, or per item when `per_item`
    per_item: bool

    def of(self, items: int) -> int:
        return self.tokens * max(1, items) if self.per_item else self.tokens


class CostTable:
    """operationId -> what a request costs, from the index (default cost for the rest)."""

    def __init__(self, operations: Mapping[str, Operation] = OPERATIONS) -> None:
        self.by_operation = {op_id: _cost(op) for op_id, op in operations.items()}
        self.stated = {
            op_id: op.token_cost for op_id, op in operations.items() if op.token_cost is not None
        }

    def __getitem__(self, operation_id: str) -> Cost:
        return self.by_operation[operation_id]


def _cost(op: Operation) -> Cost:
    bucket = "read" if op.method in READ_METHODS else "write"
    if op.token_cost_per_item is not None:
        return Cost(bucket, op.token_cost_per_item, per_item=True)
    return Cost(bucket, op.token_cost or DEFAULT_TOKEN_COST, per_item=False)


class Bucket:
    """`capacity` tokens refilled at `rate` a second; a request it cannot pay is refused."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float]) -> None:
        self.rate, self.capacity, self._clock = rate, capacity, clock
        self._tokens, self._stamp = capacity, clock()

    def take(self, tokens: float) -> bool:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        if tokens > self._tokens:
            return False
        self._tokens -= tokens
        return True


class Limits:
    """The tier, the cost table and every member's buckets."""

    def __init__(self, tier: str, clock: Callable[[], float], costs: CostTable | None = None):
        self.tier = TIERS[tier]
        self.costs = costs or CostTable()
        self._clock = clock
        self._buckets: dict[tuple[str, str], Bucket] = {}

    def admit(self, user_id: str, operation_id: str, items: int) -> bool:
        cost = self.costs[operation_id]
        key = (user_id, cost.bucket)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = self._new_bucket(cost.bucket)
        return bucket.take(cost.of(items))

    def batch_limit(self, operation_id: str) -> int:
        """The most items one batch may carry: what one full write bucket pays for."""
        return self.tier.write_capacity // self.costs[operation_id].tokens

    def _new_bucket(self, kind: str) -> Bucket:
        if kind == "read":
            return Bucket(self.tier.read_per_second, self.tier.read_capacity, self._clock)
        return Bucket(self.tier.write_per_second, self.tier.write_capacity, self._clock)
