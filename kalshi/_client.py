"""`KalshiClient` and `AsyncKalshiClient`: pass either as `client=` to any generated operation.

A client *has* an httpx client (for building requests, and for raw calls through
`get_httpx_client()`) whose transport is a flow transport (`kalshi._transports`): every
request, generated or raw, is rate limited, signed, retried and turned into typed errors there,
by the one request flow of `kalshi._flow`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

import httpx

from kalshi_api.client import AuthenticatedClient, Parser
from kalshi_api.resources import AsyncResources, Resources
from kalshi_api.types import Response

from ._async_methods import AsyncMethods
from ._auth import KalshiAuth
from ._errors import APIResponseValidationError, ConfigurationError, InvalidType
from ._flow import FlowSettings
from ._keys import KeySource
from ._retry import RetryPolicy
from ._sync_methods import SyncMethods

T = TypeVar("T")
H = TypeVar("H", httpx.Client, httpx.AsyncClient)

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
    from .state import AccountView, SyncAccountView
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
        if http_client is not None and transport is not None:
            raise ConfigurationError(
                "give http_client or transport, not both: an http_client sends with its own "
                "transport, so the transport would be ignored"
            )
        super().__init__((base_url or BASE_URLS[environment]).rstrip("/"))
        label = self.environment if self.base_url == BASE_URLS[self.environment] else None
        self._settings = FlowSettings(
            self.auth, self.retry, _limiter(rate_limit), label, whole_timeout(timeout)
        )
        self._urls: dict[str, httpx.URL] = {}
        self._own_http: httpx.Client | httpx.AsyncClient | None = None  # set by _setup_http
        self._setup_http(http_client, transport)

    def _setup_http(self, http_client: Any, transport: Any) -> None:
        raise NotImplementedError

    def _request(self, kwargs: dict[str, Any], http: httpx.Client | httpx.AsyncClient) -> Any:
        """The httpx request of one generated operation (`kwargs` from its `_get_kwargs`).

        The URL is joined to the base URL once per path and handed over absolute, and an empty
        query is not merged, which spares httpx three URL parses per request.
        """
        path = kwargs["url"]
        url = self._urls.get(path)
        if url is None:
            url = httpx.URL(self.base_url + path)
            if len(self._urls) < 4096:
                self._urls[path] = url
        kwargs["url"] = url
        if not kwargs.get("params"):
            kwargs["params"] = None
        if http is not self._own_http or http.cookies or http.params:
            return http.build_request(**kwargs)
        # Our own httpx client: its defaults are only headers and timeout, merged as httpx does.
        headers = httpx.Headers(http.headers)
        if "headers" in kwargs:
            headers.update(kwargs.pop("headers"))
        extensions = kwargs.pop("extensions", {})
        if "timeout" not in extensions:
            extensions["timeout"] = http.timeout.as_dict()
        return httpx.Request(headers=headers, extensions=extensions, **kwargs)

    @property
    def key_id(self) -> str | None:
        return None if self.auth is None else self.auth.key_id

    @property
    def rate_limiter(self) -> RateLimiter | None:
        """The client-side token buckets every request waits on (None = no limiting)."""
        return self._settings.limiter

    @rate_limiter.setter
    def rate_limiter(self, limiter: RateLimiter | None) -> None:
        self._settings.limiter = limiter

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
        environment = environ.get(ENV_ENVIRONMENT) or "prod"
        if environment not in BASE_URLS:
            raise ConfigurationError(
                f"{ENV_ENVIRONMENT}={environment!r}: must be one of {', '.join(sorted(BASE_URLS))} "
                f"(for any other host set {ENV_BASE_URL})"
            )
        return {
            "key_id": key_id,
            "private_key": key,
            "private_key_password": environ.get(ENV_KEY_PASSWORD) or None,
            "environment": environment,
            "base_url": environ.get(ENV_BASE_URL) or None,
        }

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(key_id={self.key_id!r}, environment={self.environment!r}, "
            f"base_url={self.base_url!r})"
        )


def whole_timeout(timeout: float | httpx.Timeout | None) -> float | None:
    """The seconds one attempt may take in all: a plain number bounds the whole attempt.

    An `httpx.Timeout` keeps httpx's own meaning (connect, read, write and pool waits, each
    on its own) with no bound on the whole, for those who want exactly that.
    """
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        return None
    return float(timeout)


def _check(kind: str, value: Any, expected: type | tuple[type, ...], name: str) -> None:
    if value is not None and not isinstance(value, expected):
        raise InvalidType(f"{kind} needs {name}, got {type(value).__name__}")


def _lean(client: H) -> H:
    """Our own httpx client without the headers HTTP/1.1 implies (`Accept: */*` and
    `Connection: keep-alive` are the defaults): every header costs on every request."""
    for name in ("Accept", "Connection"):
        del client.headers[name]
    return client


def _user_agent() -> dict[str, str]:
    from . import __version__

    return {"User-Agent": f"kalshi-trade-api/{__version__} python-httpx/{httpx.__version__}"}


class KalshiClient(SyncMethods, Resources, _KalshiConfig):
    """Synchronous client: signs, rate limits, retries safely, raises typed errors.

    `http_client` is an `httpx.Client` of yours to send through (you keep ownership),
    `transport` an `httpx.BaseTransport` (e.g. `httpx.MockTransport` or a fake exchange's).
    """

    def _setup_http(self, http_client: Any, transport: Any) -> None:
        from ._sync_drivers import FlowTransport, via_client, via_transport

        _check("KalshiClient", http_client, httpx.Client, "an httpx.Client")
        _check("KalshiClient", transport, httpx.BaseTransport, "an httpx.BaseTransport")
        if http_client is not None:
            self._flow = FlowTransport(via_client(http_client), self._settings)
        else:
            inner = transport or httpx.HTTPTransport()
            self._flow = FlowTransport(via_transport(inner), self._settings, close=inner.close)
        self._client = httpx.Client(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._flow,
            headers=_user_agent(),
        )
        self._own_http = _lean(self._client)

    async def aexecute(self, kwargs: dict[str, Any], parse: Parser[T]) -> Response[T]:
        raise InvalidType(
            "KalshiClient is synchronous: call sync()/sync_detailed(), "
            "or use AsyncKalshiClient with asyncio()/asyncio_detailed()"
        )

    def get_httpx_client(self) -> httpx.Client:
        """An httpx client for raw calls (`.get("/portfolio/balance")`): signed, rate limited,
        retried and raising typed errors like every operation; bodies are read in full."""
        assert self._client is not None
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise InvalidType(
            "KalshiClient is synchronous: call sync()/sync_detailed(), "
            "or use AsyncKalshiClient with asyncio()/asyncio_detailed()"
        )

    def stream(self, *, ws_url: str | None = None, **options: Any) -> Stream:
        """Kalshi's WebSocket API with this client's key and environment (see kalshi.stream)."""
        from .stream import Stream

        return Stream.for_client(self, ws_url=ws_url, **options)

    def account_state(self, stream: Stream | None = None, **options: Any) -> SyncAccountView:
        """The live account view for threads (see kalshi.state): subscribed to the account's
        channels, seeded over REST, then followed; `stream=` to share one."""
        from .state import SyncAccountView

        return SyncAccountView.open(self, stream, **options)


class AsyncKalshiClient(AsyncMethods, AsyncResources, _KalshiConfig):
    """Asynchronous client: the same behaviour as `KalshiClient`, for `asyncio()` calls.

    By default requests run on httpx's synchronous transport on up to 32 worker threads
    (`kalshi.ThreadedAsyncTransport`), which outpaces httpx's async pool; pass
    `transport=httpx.AsyncHTTPTransport()` for a pure-asyncio stack. `http_client` is an
    `httpx.AsyncClient` of yours to send through (you keep ownership).
    """

    def _setup_http(self, http_client: Any, transport: Any) -> None:
        from ._async_drivers import AsyncFlowTransport, via_async_client, via_async_transport
        from ._transports import ThreadedAsyncTransport

        _check("AsyncKalshiClient", http_client, httpx.AsyncClient, "an httpx.AsyncClient")
        _check(
            "AsyncKalshiClient", transport, httpx.AsyncBaseTransport, "an httpx.AsyncBaseTransport"
        )
        if http_client is not None:
            self._flow = AsyncFlowTransport(via_async_client(http_client), self._settings)
        else:
            inner = transport or ThreadedAsyncTransport()
            send = via_async_transport(inner)
            self._flow = AsyncFlowTransport(send, self._settings, close=inner.aclose)
        self._async_client = httpx.AsyncClient(
            base_url=self.base_url,
            timeout=self.timeout,
            transport=self._flow,
            headers=_user_agent(),
        )
        self._own_http = _lean(self._async_client)

    def execute(self, kwargs: dict[str, Any], parse: Parser[T]) -> Response[T]:
        raise InvalidType(
            "AsyncKalshiClient is asynchronous: await asyncio()/asyncio_detailed(), "
            "or use KalshiClient with sync()/sync_detailed()"
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """An httpx client for raw calls, going through the same flow as every operation."""
        assert self._async_client is not None
        return self._async_client

    def get_httpx_client(self) -> httpx.Client:
        raise InvalidType(
            "AsyncKalshiClient is asynchronous: await asyncio()/asyncio_detailed(), "
            "or use KalshiClient with sync()/sync_detailed()"
        )

    def stream(self, *, ws_url: str | None = None, **options: Any) -> AsyncStream:
        """Kalshi's WebSocket API with this client's key and environment (see kalshi.stream)."""
        from .stream import AsyncStream

        return AsyncStream.for_client(self, ws_url=ws_url, **options)

    async def account_state(self, stream: AsyncStream | None = None, **options: Any) -> AccountView:
        """The live account view (see kalshi.state): subscribed to the account's channels,
        seeded over REST, then followed; `stream=` to share one (else it opens its own)."""
        from .state import AccountView

        return await AccountView.open(self, stream, **options)
