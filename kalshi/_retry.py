"""When a failed request may be sent again, and how long to wait first."""

from __future__ import annotations

import email.utils
import json
import math
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx

from ._errors import InvalidValue

if TYPE_CHECKING:
    from kalshi_api.operations import Operation

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def has_idempotency_key(request: httpx.Request, op: Operation | None) -> bool:
    """A create whose body carries its idempotency key (for a batch: every item does).

    Which operations have one comes from the spec, via the generated operation index: the
    POSTs answering 201 whose body (or each item) has a `client_order_id` - the order creates.
    Kalshi refuses a second order with the same client_order_id, so sending one again cannot
    create a duplicate. Amend and decrease are not creates and are never retried.
    """
    if op is None or op.idempotency_key is None:
        return False
    key = op.idempotency_key
    try:
        body = json.loads(request.content or b"null")
    except (ValueError, RecursionError):
        return False
    if not isinstance(body, dict):
        return False
    if key in body:
        return bool(body[key])
    arrays = [value for value in body.values() if isinstance(value, list)]
    return (
        len(arrays) == 1
        and bool(arrays[0])
        and all(isinstance(item, dict) and item.get(key) for item in arrays[0])
    )


def is_retry_safe(request: httpx.Request, op: Operation | None) -> bool:
    """Reads and cancels (GET, HEAD, DELETE) are; order creation with client_order_id is."""
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return True
    return request.method == "POST" and has_idempotency_key(request, op)


def retry_after_seconds(response: httpx.Response) -> float | None:
    """The wait a `Retry-After` header asks for (seconds or an HTTP date), or None.

    A header that is neither (`"soon"`, `"nan"`, a date out of range) is ignored, so the
    computed backoff applies: a malformed hint must not turn a retry into an untyped error.
    """
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            seconds = when.timestamp() - time.time()
        except (ValueError, TypeError, OverflowError, IndexError):
            return None
    if math.isnan(seconds):
        return None
    return max(0.0, seconds)


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
            raise InvalidValue("max_retries must be >= 0")
        if self.backoff_base < 0 or self.backoff_cap < 0:
            raise InvalidValue("backoff_base and backoff_cap must be >= 0")

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
