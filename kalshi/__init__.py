"""Python client for the Kalshi Trade API v2.

Construct a `KalshiClient` (or `AsyncKalshiClient`) and pass it as `client=` to any generated
operation in `kalshi_api.api`; failures raise the typed errors defined here.
"""

from typing import TYPE_CHECKING

__version__ = "0.1.0"  # the package's version (pyproject.toml reads it from here)

from ._auth import KalshiAuth, signing_message
from ._client import BASE_URLS, AsyncKalshiClient, KalshiClient
from ._errors import (
    APIConnectionError,
    APIDecodingError,
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
    InvalidType,
    InvalidValue,
    KalshiError,
    KeyLoadError,
    MalformedField,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
)
from ._keys import load_private_key
from ._retry import RetryPolicy

if TYPE_CHECKING:  # what the lazy names below are, for type checkers and IDEs
    from . import money, orders
    from ._batch import BatchError, BatchItem, BatchResult
    from ._pagination import AsyncPaginator, Paginator, RepeatedCursorError
    from ._ratelimit import TIERS, RateLimiter, Tier, TokenBucket
    from ._transports import ThreadedAsyncTransport

# Loaded on first use, keeping `import kalshi` fast: name -> submodule.
_LAZY = {
    "AsyncPaginator": "._pagination",
    "BatchError": "._batch",
    "BatchItem": "._batch",
    "BatchResult": "._batch",
    "Paginator": "._pagination",
    "RateLimiter": "._ratelimit",
    "RepeatedCursorError": "._pagination",
    "TIERS": "._ratelimit",
    "ThreadedAsyncTransport": "._transports",
    "Tier": "._ratelimit",
    "TokenBucket": "._ratelimit",
    "money": ".money",
    "orders": ".orders",
}


for _name, _value in list(globals().items()):  # tracebacks name the public path: kalshi.X
    if isinstance(_value, type) and issubclass(_value, Exception) and not _name.startswith("_"):
        _value.__module__ = __name__


def __getattr__(name: str) -> object:
    """The names of `_LAZY`, imported when first used."""
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
    "APIDecodingError",
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
    "InvalidType",
    "InvalidValue",
    "KalshiAuth",
    "KalshiClient",
    "KalshiError",
    "KeyLoadError",
    "MalformedField",
    "NotFoundError",
    "OutcomeUnknownError",
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
    "money",
    "orders",
    "signing_message",
]
