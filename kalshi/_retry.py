"""When a failed request may be sent again, and how long to wait first."""

from __future__ import annotations

import email.utils
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
_CREATE_SEGMENTS = ("orders", "batched")


def has_idempotency_key(request: httpx.Request) -> bool:
    """An order-creating POST whose every order carries a `client_order_id`.

    Kalshi refuses a second order with the same client_order_id, so sending it again cannot
    create a duplicate. Creation paths end in `/orders` or `/orders/batched`; amend and decrease
    (`.../{id}/amend`) do not, and are never retried.
    """
    segments = request.url.path.rstrip("/").split("/")
    if segments[-1] not in _CREATE_SEGMENTS or "orders" not in segments[-2:]:
        return False
    try:
        body = json.loads(request.content or b"null")
    except ValueError:
        return False
    if not isinstance(body, dict):
        return False
    if "orders" in body and isinstance(body["orders"], list):
        items = body["orders"]
        return bool(items) and all(isinstance(o, dict) and o.get("client_order_id") for o in items)
    return bool(body.get("client_order_id"))


def is_retry_safe(request: httpx.Request) -> bool:
    """Reads and cancels (GET, HEAD, DELETE) are; order creation with client_order_id is."""
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return True
    return request.method == "POST" and has_idempotency_key(request)


def retry_after_seconds(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    when = email.utils.parsedate_to_datetime(value)
    if when is None:  # pragma: no cover - parsedate_to_datetime raises instead on 3.11
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass
class RetryPolicy:
    """Exponential backoff with full jitter: wait uniform(0, min(cap, base * 2**attempt)).

    A Retry-After header, when the server sends one, replaces the computed wait (up to
    `max_retry_after` seconds). Kalshi's 429s usually carry none.
    """

    max_retries: int = 2
    backoff_base: float = 0.25
    backoff_cap: float = 8.0
    max_retry_after: float = 60.0
    rng: Callable[[], float] = field(default=random.random, repr=False)

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_cap < 0:
            raise ValueError("backoff_base and backoff_cap must be >= 0")

    def should_retry_status(self, status: int) -> bool:
        return status in RETRY_STATUSES

    def delay(self, attempt: int, response: httpx.Response | None = None) -> float:
        """Seconds to wait before retry number `attempt` (0-based)."""
        if response is not None:
            hinted = retry_after_seconds(response)
            if hinted is not None:
                return min(hinted, self.max_retry_after)
        ceiling: float = min(self.backoff_cap, self.backoff_base * (2**attempt))
        return float(self.rng()) * ceiling
