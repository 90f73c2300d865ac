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
from ._retry import RetryPolicy

__all__ = [
    "BASE_URLS",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncKalshiClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "EndpointRetiredError",
    "InternalServerError",
    "KalshiAuth",
    "KalshiClient",
    "KalshiError",
    "KeyLoadError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RetryPolicy",
    "load_private_key",
    "signing_message",
]
