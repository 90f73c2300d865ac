"""The httpx clients every generated operation sends through: signing, retries, typed errors.

Every request goes through `send` (httpx's `request`, `get`, `stream`... all end there), and
`send` signs each attempt afresh with `KalshiAuth`: directly before handing the request to the
transport on the fast path, or as httpx's auth flow when streaming or redirects need httpx's
full path. Everything here works per request, for all operations at once.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._auth import KalshiAuth
from ._errors import (
    APIConnectionError,
    APIDecodingError,
    APIError,
    APITimeoutError,
    carries_error,
    status_error,
)
from ._retry import RetryPolicy, is_retry_safe

if TYPE_CHECKING:
    from ._ratelimit import RateLimiter

log = logging.getLogger("kalshi")

# Sent and no usable answer: no response at all, or a body that does not decode.
_NO_ANSWER = (httpx.TransportError, httpx.DecodingError)


class _Sending:
    """What both clients share: decide after each attempt whether to retry, raise or return."""

    def _setup(
        self,
        auth: KalshiAuth | None,
        retry: RetryPolicy,
        environment: str | None,
        inner: Any,
        limiter: RateLimiter | None,
    ) -> None:
        self.limiter = limiter
        self._kalshi_auth = auth
        self._retry = retry
        self._environment = environment
        self._inner = inner

    def _connection_error(self, request: httpx.Request, exc: httpx.HTTPError) -> APIError:
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

    # Building a request parses its URL three times in httpx (merge with base_url, then an
    # empty query merge). The API's paths repeat, so merged URLs are cached per path string
    # and an empty query is not merged at all.
    _url_cache: dict[str, httpx.URL]

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        if not isinstance(url, str):
            return super()._merge_url(url)  # type: ignore[misc, no-any-return]
        cache = self.__dict__.setdefault("_url_cache", {})
        merged = cache.get(url)
        if merged is None:
            merged = super()._merge_url(url)  # type: ignore[misc]
            if len(cache) < 4096:
                cache[url] = merged
        return merged  # type: ignore[no-any-return]

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        if not kwargs.get("params"):
            kwargs["params"] = None
        return super().build_request(method, url, **kwargs)  # type: ignore[misc, no-any-return]

    def _needs_full_client(self, kwargs: dict[str, Any]) -> bool:
        """Streaming, redirects or event hooks need httpx's full send path."""
        follow = kwargs.get("follow_redirects")
        if not isinstance(follow, bool):  # httpx's "use the client default" marker
            follow = bool(getattr(self, "follow_redirects", False))
        hooks = getattr(self, "event_hooks", {})
        return bool(kwargs.get("stream")) or follow or any(hooks.values())

    def _may_retry(self, request: httpx.Request, attempt: int) -> bool:
        return attempt < self._retry.max_retries and is_retry_safe(request)

    def _failure(self, response: httpx.Response, attempts: int) -> APIError | None:
        """The error a final response stands for, or None when it is a success."""
        status = response.status_code
        if status < 400:
            try:
                body = response.content
            except httpx.ResponseNotRead:  # a streamed success: the caller reads it
                return None
            if not (200 <= status < 300 and carries_error(body)):
                return None
        replacement = None
        if status == 410:
            from ._operations import find_operation

            retired = find_operation(response.request.method, response.request.url.path)
            replacement = retired.replaced_by if retired else None
        error = status_error(
            response, environment=self._environment, replacement=replacement, attempts=attempts
        )
        if status == 401 and self._kalshi_auth is None:
            error.message += " - this client has no credentials (key_id and private_key)"
        return error

    def _after_transport_error(
        self, request: httpx.Request, exc: httpx.HTTPError, attempt: int
    ) -> float:
        """Seconds to wait before retrying after no response; raises when it may not retry."""
        if not self._may_retry(request, attempt):
            raise self._connection_error(request, exc) from exc
        delay = self._retry.delay(attempt)
        self._log_retry(request, type(exc).__name__, attempt, delay)
        return delay

    def _retry_delay(
        self, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying this response, or None when it is final."""
        if not (
            self._retry.should_retry_status(response.status_code)
            and self._may_retry(request, attempt)
        ):
            return None
        delay = self._retry.delay(attempt, response)
        self._log_retry(request, f"-> {response.status_code}", attempt, delay)
        return delay

    def _final(self, response: httpx.Response, attempt: int) -> httpx.Response:
        """The response itself, or the typed error it stands for."""
        request = response.request
        log.debug("kalshi: %s %s -> %d", request.method, request.url.path, response.status_code)
        error = self._failure(response, attempt + 1)
        if error is not None:
            raise error
        return response

    def _read_error_body(self, response: httpx.Response) -> None:
        """A streamed error: its body names the error."""
        try:
            response.read()
        except httpx.DecodingError as exc:
            raise self._connection_error(response.request, exc) from exc

    async def _aread_error_body(self, response: httpx.Response) -> None:
        try:
            await response.aread()
        except httpx.DecodingError as exc:
            raise self._connection_error(response.request, exc) from exc

    def _log_retry(self, request: httpx.Request, why: str, attempt: int, delay: float) -> None:
        log.info(
            "kalshi: %s %s %s; retry %d/%d in %.2fs",
            request.method,
            request.url.path,
            why,
            attempt + 1,
            self._retry.max_retries,
            delay,
        )


class SyncHTTPClient(_Sending, httpx.Client):
    """An `httpx.Client` whose `send` retries safely and raises `kalshi` errors."""

    def __init__(
        self,
        *,
        auth: KalshiAuth | None,
        retry: RetryPolicy,
        environment: str | None,
        inner: httpx.Client | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], None] = time.sleep,
        **httpx_args: Any,
    ) -> None:
        super().__init__(**httpx_args)
        self._setup(auth, retry, environment, inner, limiter)
        self._sleep = sleep

    def _send_direct(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Sign and hand the request straight to the transport, read in full.

        httpx's client layer (auth flow, redirects, cookie jar, event hooks) costs more per
        request than the work itself, and a Kalshi call needs none of it.
        """
        if self._kalshi_auth is not None:
            self._kalshi_auth.sign_request(request)
        response = self._transport_for_url(request.url).handle_request(request)
        response.request = request
        try:
            response.read()
        finally:
            response.close()
        return response

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        kwargs["auth"] = self._kalshi_auth
        if self._inner is not None:
            sender = self._inner.send
        elif self._needs_full_client(kwargs):
            sender = super().send
        else:
            sender = self._send_direct
        attempt = 0
        while True:
            if self.limiter is not None:
                self.limiter.acquire(request)
            delay: float | None
            try:
                response: httpx.Response = sender(request, **kwargs)
            except _NO_ANSWER as exc:
                delay = self._after_transport_error(request, exc, attempt)
            else:
                delay = self._retry_delay(request, response, attempt)
                if delay is None:
                    if response.status_code >= 400:
                        self._read_error_body(response)
                    return self._final(response, attempt)
                response.close()
            self._sleep(delay)
            attempt += 1


class AsyncHTTPClient(_Sending, httpx.AsyncClient):
    """An `httpx.AsyncClient` whose `send` retries safely and raises `kalshi` errors."""

    def __init__(
        self,
        *,
        auth: KalshiAuth | None,
        retry: RetryPolicy,
        environment: str | None,
        inner: httpx.AsyncClient | None = None,
        limiter: RateLimiter | None = None,
        sleep: Callable[[float], Any] | None = None,
        **httpx_args: Any,
    ) -> None:
        super().__init__(**httpx_args)
        self._setup(auth, retry, environment, inner, limiter)
        if sleep is None:
            import asyncio  # here, not at import time: `import kalshi` stays fast

            sleep = asyncio.sleep
        self._sleep = sleep

    async def _send_direct(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        """Sign and hand the request straight to the transport (see SyncHTTPClient)."""
        if self._kalshi_auth is not None:
            self._kalshi_auth.sign_request(request)
        response = await self._transport_for_url(request.url).handle_async_request(request)
        response.request = request
        try:
            await response.aread()
        finally:
            await response.aclose()
        return response

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        kwargs["auth"] = self._kalshi_auth
        if self._inner is not None:
            sender = self._inner.send
        elif self._needs_full_client(kwargs):
            sender = super().send
        else:
            sender = self._send_direct
        attempt = 0
        while True:
            if self.limiter is not None:
                await self.limiter.acquire_async(request)
            delay: float | None
            try:
                response: httpx.Response = await sender(request, **kwargs)
            except _NO_ANSWER as exc:
                delay = self._after_transport_error(request, exc, attempt)
            else:
                delay = self._retry_delay(request, response, attempt)
                if delay is None:
                    if response.status_code >= 400:
                        await self._aread_error_body(response)
                    return self._final(response, attempt)
                await response.aclose()
            await self._sleep(delay)
            attempt += 1
