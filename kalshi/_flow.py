"""One request, written once: limit -> sign -> send -> classify -> retry or raise.

`request_flow` is a generator in the manner of httpx's `Auth.auth_flow`: it yields what must
happen next (`Wait` some seconds, or send an `httpx.Request`) and receives the outcome (the
response, read in full, or the exception sending raised). It never does I/O itself, so the sync
and the async transport (`kalshi._transports`) are two short drivers of the same logic.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._errors import (
    APIConnectionError,
    APIDecodingError,
    APIError,
    APITimeoutError,
    carries_error,
    status_error,
)
from ._operations import operation_for
from ._retry import RetryPolicy, is_retry_safe

if TYPE_CHECKING:
    from kalshi_api.operations import Operation

    from ._auth import KalshiAuth
    from ._ratelimit import RateLimiter

log = logging.getLogger("kalshi")

#: Set on each attempt: the `time.monotonic()` by which it must be done (the drivers check).
DEADLINE = "kalshi_deadline"

# Sent and no usable answer: no response at all, or a body that does not decode.
NO_ANSWER = (httpx.TransportError, httpx.DecodingError)


@dataclass(frozen=True)
class Wait:
    """Pause before going on; `sleep` overrides the driver's sync sleep (a limiter's clock)."""

    seconds: float
    sleep: Callable[[float], object] | None = None


Step = Wait | httpx.Request
Flow = Generator[Step, httpx.Response | None, httpx.Response]


@dataclass
class FlowSettings:
    """What one client's requests are sent with (shared, mutable: `client.rate_limiter = ...`)."""

    auth: KalshiAuth | None
    retry: RetryPolicy
    limiter: RateLimiter | None
    environment: str | None  # "prod" / "demo" when the base URL is theirs, else None
    whole_timeout: float | None = None  # seconds one attempt may take in all (body included)


def request_flow(request: httpx.Request, settings: FlowSettings) -> Flow:
    """Drive one request to its final response (returned) or typed error (raised).

    The driver answers a yielded request with `.send(response)`, or with `.throw(exc)` when
    sending raised one of `NO_ANSWER`.
    """
    op = operation_for(request)
    attempt = 0
    while True:
        if settings.limiter is not None:
            wait = settings.limiter.reserve(request, op)
            if wait > 0:
                yield Wait(wait, settings.limiter.sleep)
        if settings.auth is not None:
            settings.auth.sign_request(request)  # a fresh timestamp for every attempt
        may_retry = attempt < settings.retry.max_retries and is_retry_safe(request, op)
        if settings.whole_timeout is not None:
            request.extensions[DEADLINE] = time.monotonic() + settings.whole_timeout
        try:
            response = yield request
        except NO_ANSWER as exc:
            if not may_retry:
                raise connection_error(request, exc) from exc
            delay = settings.retry.delay(attempt)
            _log_retry(request, type(exc).__name__, attempt, delay, settings.retry)
        else:
            assert response is not None
            response.request = request
            if not (may_retry and settings.retry.should_retry_status(response.status_code)):
                log.debug(
                    "kalshi: %s %s -> %d", request.method, request.url.path, response.status_code
                )
                error = failure(response, attempt + 1, settings, op)
                if error is not None:
                    raise error
                return response
            delay = settings.retry.delay(attempt, response)
            _log_retry(request, f"-> {response.status_code}", attempt, delay, settings.retry)
        yield Wait(delay)
        attempt += 1


def failure(
    response: httpx.Response, attempts: int, settings: FlowSettings, op: Operation | None
) -> APIError | None:
    """The error a final (read) response stands for, or None when it is a success."""
    status = response.status_code
    if status < 400 and not (200 <= status < 300 and carries_error(response.content)):
        return None
    replacement = op.replaced_by if op is not None and status == 410 else None
    error = status_error(
        response, environment=settings.environment, replacement=replacement, attempts=attempts
    )
    if status == 401 and settings.auth is None:
        error.message += " - this client has no credentials (key_id and private_key)"
    return error


def connection_error(request: httpx.Request, exc: Exception) -> APIConnectionError:
    """The typed error for a request that got no usable answer; `str()` names the reason."""
    where = f"{request.method} {request.url.path}"
    if isinstance(exc, httpx.DecodingError):
        cls: type[APIConnectionError] = APIDecodingError
        what = f"answered with a body that does not decode: {exc}"
    elif isinstance(exc, httpx.TimeoutException):
        cls, what = APITimeoutError, "timed out"
    else:
        reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        cls, what = APIConnectionError, f"failed: {reason}"
    return cls(f"{where} {what}", method=request.method, path=request.url.path)


def _log_retry(
    request: httpx.Request, why: str, attempt: int, delay: float, retry: RetryPolicy
) -> None:
    log.info(
        "kalshi: %s %s %s; retry %d/%d in %.2fs",
        request.method,
        request.url.path,
        why,
        attempt + 1,
        retry.max_retries,
        delay,
    )
