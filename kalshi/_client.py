"""`KalshiClient` and `AsyncKalshiClient`: pass either as `client=` to any generated operation."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self

import httpx

from kalshi_api.client import AuthenticatedClient

from ._auth import KalshiAuth
from ._errors import APIResponseValidationError, ConfigurationError
from ._helpers import AsyncHelpers, SyncHelpers
from ._http import AsyncHTTPClient, SyncHTTPClient, _Sending
from ._keys import KeySource
from ._retry import RetryPolicy

Environment = Literal["prod", "demo"]

#: Kalshi's current Trade API hosts (the older api.elections.kalshi.com / demo-api.kalshi.co
#: still answer; pass them as base_url if you need to).
BASE_URLS: dict[str, str] = {
    "prod": "https://external-api.kalshi.com/trade-api/v2",
    "demo": "https://external-api.demo.kalshi.co/trade-api/v2",
}
DEFAULT_TIMEOUT = 10.0

ENV_KEY_ID = "KALSHI_API_KEY_ID"
ENV_KEY_PATH = "KALSHI_PRIVATE_KEY_PATH"
ENV_KEY = "KALSHI_PRIVATE_KEY"
ENV_KEY_PASSWORD = "KALSHI_PRIVATE_KEY_PASSWORD"
ENV_ENVIRONMENT = "KALSHI_ENV"
ENV_BASE_URL = "KALSHI_BASE_URL"


if TYPE_CHECKING:
    from ._ratelimit import RateLimiter
    from .stream import AsyncStream, Stream


def _limiter(setting: bool | RateLimiter) -> RateLimiter | None:
    from ._ratelimit import RateLimiter

    if isinstance(setting, RateLimiter):
        return setting
    return RateLimiter() if setting else None


class _KalshiConfig(AuthenticatedClient):
    """Construction, configuration and look-ups shared by the sync and async clients."""

    auth: KalshiAuth | None

    def __init__(
        self,
        key_id: str | None = None,
        private_key: KeySource | None = None,
        *,
        private_key_password: str | bytes | None = None,
        environment: Environment = "prod",
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        rate_limit: bool | RateLimiter = True,
    ) -> None:
        """See the README's *Client configuration* for every argument and its default."""
        if environment not in BASE_URLS:
            raise ConfigurationError(
                f"environment must be one of {sorted(BASE_URLS)}, not {environment!r}"
            )
        if (key_id is None) != (private_key is None):
            raise ConfigurationError(
                "give both key_id and private_key, or neither (public endpoints only)"
            )
        self.environment: Environment = environment
        self.auth = (
            None
            if key_id is None or private_key is None
            else KalshiAuth(key_id, private_key, password=private_key_password)
        )
        self.retry = retry or RetryPolicy(max_retries=max_retries)
        self.timeout = timeout
        super().__init__((base_url or BASE_URLS[environment]).rstrip("/"))
        label = self.environment if self.base_url == BASE_URLS[self.environment] else None
        settings: dict[str, Any] = {
            "auth": self.auth,
            "retry": self.retry,
            "environment": label,
            "limiter": _limiter(rate_limit),
            "base_url": self.base_url,
            "timeout": timeout,
        }
        self._setup_http(settings, http_client, transport)

    def _setup_http(self, settings: dict[str, Any], http_client: Any, transport: Any) -> None:
        raise NotImplementedError

    def _sender(self) -> _Sending:
        raise NotImplementedError

    @property
    def key_id(self) -> str | None:
        return None if self.auth is None else self.auth.key_id

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The client-side token buckets every request waits on (None = no limiting)."""
        return self._sender().limiter

    @rate_limiter.setter
    def rate_limiter(self, limiter: RateLimiter | None) -> None:
        self._sender().limiter = limiter

    def parse_error(self, response: httpx.Response, error: Exception) -> Exception:
        request = response.request
        return APIResponseValidationError(
            f"HTTP {response.status_code} body does not match the model: {error}",
            status_code=response.status_code,
            body=response.content,
            method=request.method,
            path=request.url.path,
        )

    @classmethod
    def from_env(
        cls,
        *,
        require_credentials: bool = True,
        environ: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> Self:
        """A client configured by KALSHI_* environment variables (see the README)."""
        settings = cls._env_kwargs(os.environ if environ is None else environ, require_credentials)
        return cls(**{**settings, **kwargs})

    @classmethod
    def _env_kwargs(cls, environ: Mapping[str, str], require_credentials: bool) -> dict[str, Any]:
        key_id = environ.get(ENV_KEY_ID) or None
        key_path = environ.get(ENV_KEY_PATH) or None
        key_text = environ.get(ENV_KEY) or None
        if key_path and key_text:
            raise ConfigurationError(f"set {ENV_KEY_PATH} or {ENV_KEY}, not both")
        key = key_path or key_text
        if require_credentials and not (key_id and key):
            missing = [ENV_KEY_ID] if not key_id else []
            missing += [f"{ENV_KEY_PATH} or {ENV_KEY}"] if not key else []
            raise ConfigurationError(
                f"missing environment variable(s): {', '.join(missing)} "
                f"(optional: {ENV_KEY_PASSWORD}, {ENV_ENVIRONMENT}=prod|demo, {ENV_BASE_URL})"
            )
        if bool(key_id) != bool(key):
            raise ConfigurationError(
                f"{ENV_KEY_ID} and one of {ENV_KEY_PATH} / {ENV_KEY} go together"
            )
        return {
            "key_id": key_id,
            "private_key": key,
            "private_key_password": environ.get(ENV_KEY_PASSWORD) or None,
            "environment": environ.get(ENV_ENVIRONMENT) or "prod",
            "base_url": environ.get(ENV_BASE_URL) or None,
        }

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(key_id={self.key_id!r}, environment={self.environment!r}, "
            f"base_url={self.base_url!r})"
        )


def _check(kind: str, value: Any, expected: type | tuple[type, ...], name: str) -> None:
    if value is not None and not isinstance(value, expected):
        raise TypeError(f"{kind} needs {name}, got {type(value).__name__}")


class KalshiClient(SyncHelpers, _KalshiConfig):
    """Synchronous client: signs, retries safely, raises typed errors.

    `http_client` is an `httpx.Client` of yours to send through, `transport` an
    `httpx.BaseTransport` (e.g. `httpx.MockTransport` or a fake exchange's).
    """

    def _setup_http(self, settings: dict[str, Any], http_client: Any, transport: Any) -> None:
        _check("KalshiClient", http_client, httpx.Client, "an httpx.Client")
        _check("KalshiClient", transport, httpx.BaseTransport, "an httpx.BaseTransport")
        self._client = SyncHTTPClient(inner=http_client, transport=transport, **settings)

    def _sender(self) -> _Sending:
        assert isinstance(self._client, SyncHTTPClient)
        return self._client

    def get_httpx_client(self) -> httpx.Client:
        assert self._client is not None
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError(
            "KalshiClient is synchronous: call sync()/sync_detailed(), "
            "or use AsyncKalshiClient with asyncio()/asyncio_detailed()"
        )

    def stream(self, *, ws_url: str | None = None, **options: Any) -> Stream:
        """Kalshi's WebSocket API with this client's key and environment (see kalshi.stream)."""
        from .stream import Stream

        return Stream.for_client(self, ws_url=ws_url, **options)


class AsyncKalshiClient(AsyncHelpers, _KalshiConfig):
    """Asynchronous client: the same behaviour as `KalshiClient`, for `asyncio()` calls.

    By default requests run on httpx's synchronous transport in a pool of 32 threads
    (`kalshi.ThreadedAsyncTransport`), which outpaces httpx's async pool; pass
    `transport=httpx.AsyncHTTPTransport()` for a pure-asyncio stack. `http_client` is an
    `httpx.AsyncClient` of yours to send through.
    """

    def _setup_http(self, settings: dict[str, Any], http_client: Any, transport: Any) -> None:
        _check("AsyncKalshiClient", http_client, httpx.AsyncClient, "an httpx.AsyncClient")
        _check(
            "AsyncKalshiClient", transport, httpx.AsyncBaseTransport, "an httpx.AsyncBaseTransport"
        )
        if transport is None and http_client is None:
            from ._transports import ThreadedAsyncTransport

            transport = ThreadedAsyncTransport()
        self._async_client = AsyncHTTPClient(inner=http_client, transport=transport, **settings)

    def _sender(self) -> _Sending:
        assert isinstance(self._async_client, AsyncHTTPClient)
        return self._async_client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        assert self._async_client is not None
        return self._async_client

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError(
            "AsyncKalshiClient is asynchronous: await asyncio()/asyncio_detailed(), "
            "or use KalshiClient with sync()/sync_detailed()"
        )

    def stream(self, *, ws_url: str | None = None, **options: Any) -> AsyncStream:
        """Kalshi's WebSocket API with this client's key and environment (see kalshi.stream)."""
        from .stream import AsyncStream

        return AsyncStream.for_client(self, ws_url=ws_url, **options)
