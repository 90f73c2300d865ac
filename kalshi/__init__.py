"""Python client for the Kalshi Trade API v2.

Construct a `KalshiClient` (or `AsyncKalshiClient`) and pass it as `client=` to any generated
operation in `kalshi_api.api`; failures raise the typed errors defined here.
"""

from ._auth import KalshiAuth, signing_message
from ._client import BASE_URLS, AsyncKalshiClient, KalshiClient
from ._errors import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    EndpointRetiredError,
    InternalServerError,
    KalshiError,
    KeyLoadError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)
from ._keys import load_private_key
from ._pagination import AsyncPaginator, Paginator, RepeatedCursorError
from ._ratelimit import TIERS, RateLimiter, Tier, TokenBucket
from ._retry import RetryPolicy

_LAZY = {
    "BatchError": "._batch",
    "BatchItem": "._batch",
    "BatchResult": "._batch",
    "money": ".money",
    "orders": ".orders",
}


def __getattr__(name: str) -> object:
    """Batch results and helpers load on first use, keeping `import kalshi` fast."""
    if name not in _LAZY:
        raise AttributeError(f"module 'kalshi' has no attribute {name!r}")
    from importlib import import_module

    module = import_module(_LAZY[name], __name__)
    value = module if name in ("money", "orders") else getattr(module, name)
    globals()[name] = value
    return value


__all__ = [
    "BASE_URLS",
    "TIERS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKalshiClient",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BatchError",
    "BatchItem",
    "BatchResult",
    "ConfigurationError",
    "ConflictError",
    "EndpointRetiredError",
    "InternalServerError",
    "KalshiAuth",
    "KalshiClient",
    "KalshiError",
    "KeyLoadError",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RepeatedCursorError",
    "RetryPolicy",
    "ThreadedAsyncTransport",
    "Tier",
    "TokenBucket",
    "load_private_key",
    "signing_message",
]
