"""`KalshiClient` and `AsyncKalshiClient`: pass either as `client=` to any generated operation."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, Literal

import httpx

from kalshi_api.client import AuthenticatedClient

from ._auth import KalshiAuth
from ._errors import APIResponseValidationError, ConfigurationError
from ._helpers import AsyncHelpers, SyncHelpers
from ._http import AsyncHTTPClient, SyncHTTPClient
from ._keys import KeySource
from ._ratelimit import RateLimiter
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


def _limiter(setting: bool | RateLimiter) -> RateLimiter | None:
    if isinstance(setting, RateLimiter):
        return setting
    return RateLimiter() if setting else None


class _KalshiConfig(AuthenticatedClient):
    """Construction shared by the sync and async clients."""

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
    ) -> None:
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

    @property
    def key_id(self) -> str | None:
        return None if self.auth is None else self.auth.key_id

    @property
    def _environment_label(self) -> str | None:
        return self.environment if self.base_url == BASE_URLS[self.environment] else None

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


class KalshiClient(SyncHelpers, _KalshiConfig):
    """Synchronous client: signs, retries safely, raises typed errors.

    >>> client = KalshiClient(key_id, "kalshi.pem")            # doctest: +SKIP
    >>> get_balance.sync(client=client).balance                 # doctest: +SKIP
    """

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
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        rate_limit: bool | RateLimiter = True,
    ) -> None:
        super().__init__(
            key_id,
            private_key,
            private_key_password=private_key_password,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
        )
        self._client = SyncHTTPClient(
            auth=self.auth,
            retry=self.retry,
            environment=self._environment_label,
            inner=http_client,
            limiter=_limiter(rate_limit),
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
        )

    @classmethod
    def from_env(
        cls,
        *,
        require_credentials: bool = True,
        environ: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> KalshiClient:
        """A client configured by KALSHI_* environment variables (see the README)."""
        settings = cls._env_kwargs(os.environ if environ is None else environ, require_credentials)
        return cls(**{**settings, **kwargs})

    def get_httpx_client(self) -> httpx.Client:
        assert self._client is not None
        return self._client

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The client-side token buckets every request waits on (None = no limiting)."""
        return self._client.limiter if isinstance(self._client, SyncHTTPClient) else None

    @rate_limiter.setter
    def rate_limiter(self, limiter: RateLimiter | None) -> None:
        assert isinstance(self._client, SyncHTTPClient)
        self._client.limiter = limiter

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError(
            "KalshiClient is synchronous: call sync()/sync_detailed(), "
            "or use AsyncKalshiClient with asyncio()/asyncio_detailed()"
        )


class AsyncKalshiClient(AsyncHelpers, _KalshiConfig):
    """Asynchronous client: the same behaviour as `KalshiClient`, for `asyncio()` calls.

    By default requests run on httpx's synchronous transport in a pool of 32 threads
    (`kalshi.ThreadedAsyncTransport`), which outpaces httpx's async pool; pass
    `transport=httpx.AsyncHTTPTransport()` for a pure-asyncio stack.
    """

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
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        rate_limit: bool | RateLimiter = True,
    ) -> None:
        super().__init__(
            key_id,
            private_key,
            private_key_password=private_key_password,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
        )
        if transport is None and http_client is None:
            from ._transports import ThreadedAsyncTransport

            transport = ThreadedAsyncTransport()
        self._async_client = AsyncHTTPClient(
            auth=self.auth,
            retry=self.retry,
            environment=self._environment_label,
            inner=http_client,
            limiter=_limiter(rate_limit),
            base_url=self.base_url,
            timeout=timeout,
            transport=transport,
        )

    @classmethod
    def from_env(
        cls,
        *,
        require_credentials: bool = True,
        environ: Mapping[str, str] | None = None,
        **kwargs: Any,
    ) -> AsyncKalshiClient:
        """A client configured by KALSHI_* environment variables (see the README)."""
        settings = cls._env_kwargs(os.environ if environ is None else environ, require_credentials)
        return cls(**{**settings, **kwargs})

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        assert self._async_client is not None
        return self._async_client

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The client-side token buckets every request waits on (None = no limiting)."""
        client = self._async_client
        return client.limiter if isinstance(client, AsyncHTTPClient) else None

    @rate_limiter.setter
    def rate_limiter(self, limiter: RateLimiter | None) -> None:
        assert isinstance(self._async_client, AsyncHTTPClient)
        self._async_client.limiter = limiter

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError(
            "AsyncKalshiClient is asynchronous: await asyncio()/asyncio_detailed(), "
            "or use KalshiClient with sync()/sync_detailed()"
        )
