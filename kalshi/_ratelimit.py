"""Client-side token buckets that follow Kalshi's cost model, so a bot waits instead of a 429.

Kalshi bills every request in tokens from a read or a write bucket (default 10 tokens a request,
some operations cost less, batch operations cost per item) and sends no rate-limit headers, so
the client has to keep the books itself.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import httpx

from ._errors import InvalidValue
from ._operations import find_operation, operation_for

if TYPE_CHECKING:
    from kalshi_api.operations import Operation

DEFAULT_COST = 10


def documented_costs() -> tuple[dict[str, int], dict[str, int]]:
    """(operationId -> tokens a request, operationId -> tokens per batch item), as Kalshi's spec
    states them (carried into the generated operation index by `make spec`). `refresh()`
    replaces the first with what GET /account/endpoint_costs reports."""
    from kalshi_api.operations import OPERATIONS

    flat = {k: op.token_cost for k, op in OPERATIONS.items() if op.token_cost is not None}
    per_item = {
        k: op.token_cost_per_item
        for k, op in OPERATIONS.items()
        if op.token_cost_per_item is not None
    }
    return flat, per_item


@dataclass(frozen=True)
class Tier:
    """A published usage tier, in tokens per second (Kalshi's requests/second x 10 tokens)."""

    name: str
    read_per_second: int
    write_per_second: int


#: Published Predictions API tiers (read / write tokens per second).
TIERS: dict[str, Tier] = {
    "basic": Tier("basic", 200, 100),
    "advanced": Tier("advanced", 300, 300),
    "premier": Tier("premier", 1000, 1000),
    "prime": Tier("prime", 4000, 4000),
}


class TokenBucket:
    """`capacity` tokens, refilled continuously at `rate` tokens per second."""

    def __init__(self, rate: float, capacity: float, clock: Callable[[], float]) -> None:
        if rate <= 0 or capacity <= 0:
            raise InvalidValue("rate and capacity must be > 0")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._tokens = capacity
        self._stamp = clock()

    def reserve(self, cost: float) -> float:
        """Take `cost` tokens now (going into debt if needed); seconds to wait before sending.

        Reserving in advance keeps waiters in arrival order and lets concurrent callers share
        one bucket without a queue. A request dearer than the whole bucket (a big batch) waits
        until its full cost has been refilled.
        """
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now
        self._tokens -= cost
        return 0.0 if self._tokens >= 0 else -self._tokens / self.rate

    def configure(self, rate: float, capacity: float) -> None:
        self.reserve(0)
        self.rate, self.capacity = rate, capacity
        self._tokens = min(self._tokens, capacity)


class RateLimiter:
    """Read and write token buckets with Kalshi's per-operation costs.

    The default (`RateLimiter()`) is the Basic tier at `safety` = 90% of its published rates,
    one second of burst: enough to keep a Basic account out of 429s. `refresh(client)` loads
    the account's real buckets and costs from /account/limits and /account/endpoint_costs.
    """

    def __init__(
        self,
        tier: str | Tier = "basic",
        *,
        safety: float = 0.9,
        costs: Mapping[str, int] | None = None,
        default_cost: int = DEFAULT_COST,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if not 0 < safety <= 1:
            raise InvalidValue("safety must be in (0, 1]")
        chosen = TIERS[tier.lower()] if isinstance(tier, str) else tier
        self.tier = chosen.name
        self.safety = safety
        self.default_cost = default_cost
        flat, per_item = documented_costs()
        self.costs: dict[str, int] = dict(flat if costs is None else costs)
        self.per_item_costs: dict[str, int] = per_item
        self.known_limits = False
        self._clock = clock
        self.sleep = sleep  # how a synchronous caller waits (a test's fake clock, say)
        self._lock = threading.Lock()
        self.read = TokenBucket(
            chosen.read_per_second * safety, chosen.read_per_second * safety, clock
        )
        self.write = TokenBucket(
            chosen.write_per_second * safety, chosen.write_per_second * safety, clock
        )

    # ------------------------------------------------------------------ costs

    def cost(
        self,
        method: str,
        path: str,
        body: bytes | None = None,
        op: Operation | None = None,
    ) -> tuple[TokenBucket, int]:
        """The bucket a request draws from and its cost in tokens (`op` saves a look-up)."""
        bucket = self.read if method.upper() in ("GET", "HEAD", "OPTIONS") else self.write
        op_id = op.operation_id if op is not None else _operation_id(method.upper(), path)
        if op_id in self.per_item_costs:
            return bucket, self.per_item_costs[op_id] * max(1, _count_items(body))
        return bucket, self.costs.get(op_id or "", self.default_cost)

    def batch_size(self, per_item_operation: str, fallback: int = 20) -> int:
        """Largest batch one full write bucket pays for, once real limits are known."""
        if not self.known_limits:
            return fallback
        per_item = self.per_item_costs.get(per_item_operation, self.default_cost)
        return max(1, int(self.write.capacity / self.safety) // per_item)

    # ------------------------------------------------------------------ waiting

    def reserve(self, request: httpx.Request, op: Operation | None = None) -> float:
        """Take the request's tokens now; the seconds to wait before sending it."""
        if op is None:
            op = operation_for(request)
        bucket, tokens = self.cost(request.method, request.url.path, request.content, op)
        with self._lock:
            return bucket.reserve(tokens)

    def acquire(self, request: httpx.Request) -> float:
        """Block until `request` may be sent; the seconds waited."""
        wait = self.reserve(request)
        if wait > 0:
            self.sleep(wait)
        return wait

    async def acquire_async(self, request: httpx.Request) -> float:
        import asyncio

        wait = self.reserve(request)
        if wait > 0:
            await asyncio.sleep(wait)
        return wait

    # ------------------------------------------------------------------ refresh

    def apply_limits(self, limits: Mapping[str, Any], costs: Mapping[str, Any] | None) -> None:
        """Use the bodies of GET /account/limits and GET /account/endpoint_costs."""
        with self._lock:
            for name, bucket in (("read", self.read), ("write", self.write)):
                spec = limits.get(name) or {}
                rate, capacity = spec.get("refill_rate"), spec.get("bucket_capacity")
                if isinstance(rate, int | float) and isinstance(capacity, int | float):
                    bucket.configure(rate * self.safety, capacity * self.safety)
            tier = limits.get("usage_tier")
            self.tier = str(tier).lower() if tier else self.tier
            self.known_limits = True
            if costs:
                if isinstance(costs.get("default_cost"), int):
                    self.default_cost = costs["default_cost"]
                for entry in costs.get("endpoint_costs") or []:
                    op = find_operation(str(entry.get("method", "")), str(entry.get("path", "")))
                    if op is not None and isinstance(entry.get("cost"), int):
                        self.costs[op.operation_id] = entry["cost"]

    def __repr__(self) -> str:
        return (
            f"RateLimiter(tier={self.tier!r}, read={self.read.rate:g}/s, "
            f"write={self.write.rate:g}/s, known_limits={self.known_limits})"
        )


@lru_cache(maxsize=4096)
def _operation_id(method: str, path: str) -> str | None:
    op = find_operation(method, path)
    return op.operation_id if op else None


def _count_items(body: bytes | None) -> int:
    if not body:
        return 0
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return 0
    if isinstance(data, dict):
        items = data.get("orders") or data.get("ids")
        return len(items) if isinstance(items, list) else 0
    return 0
