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


#: Where the flow keeps a request's `Attempts` (the response's `.request` carries it too).
ATTEMPTS = "kalshi_attempts"

#: Sending failed before a byte left: the request cannot have reached the exchange.
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)

#: Statuses after which a write may still have been carried out (a server or gateway failing
#: after, or while, the exchange acted). A 429 is refused up front, so it is not one of them.
MAY_HAVE_ACTED = frozenset({500, 502, 503, 504})


@dataclass
class Attempts:
    """What the flow knows of one request's attempts, kept at `request.extensions[ATTEMPTS]`.

    `may_have_landed` is set for a write (anything but GET, HEAD, OPTIONS) once an attempt was
    sent and got no answer, an undecodable one, or a 5xx: that attempt may have been carried
    out. Errors copy it, and the client's methods read it to settle what really happened.
    """

    count: int = 0
    may_have_landed: bool = False
    first_sent: float | None = None  # wall-clock time of the first send, for look-ups

    def sent(self) -> None:
        self.count += 1
        if self.first_sent is None:
            self.first_sent = time.time()


def attempts_of(request: httpx.Request) -> Attempts:
    """The request's attempt record (a fresh one if it never went through the flow)."""
    record = request.extensions.get(ATTEMPTS)
    return record if isinstance(record, Attempts) else Attempts()


def _is_write(request: httpx.Request) -> bool:
    return request.method not in ("GET", "HEAD", "OPTIONS")


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
    record = Attempts()
    request.extensions[ATTEMPTS] = record
    write = _is_write(request)
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
        record.sent()
        try:
            response = yield request
        except NO_ANSWER as exc:
            if write and not isinstance(exc, NOT_SENT):
                record.may_have_landed = True
            if not may_retry:
                raise connection_error(request, exc, record) from exc
            delay = settings.retry.delay(attempt)
            _log_retry(request, type(exc).__name__, attempt, delay, settings.retry)
        else:
            assert response is not None
            response.request = request
            if write and response.status_code in MAY_HAVE_ACTED:
                record.may_have_landed = True
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
    if status < 400 and not (200 <= status < 300 and carries_error(response)):
        return None
    replacement = op.replaced_by if op is not None and status == 410 else None
    error = status_error(
        response, environment=settings.environment, replacement=replacement, attempts=attempts
    )
    error.may_have_landed = attempts_of(response.request).may_have_landed
    if status == 401 and settings.auth is None:
        error.message += " - this client has no credentials (key_id and private_key)"
    return error


def connection_error(
    request: httpx.Request, exc: Exception, record: Attempts | None = None
) -> APIConnectionError:
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
    record = record or attempts_of(request)
    if record.may_have_landed:
        what += " (it may have been carried out)"
    error = cls(f"{where} {what}", method=request.method, path=request.url.path)
    error.attempts = max(record.count, 1)
    error.may_have_landed = record.may_have_landed
    return error


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
