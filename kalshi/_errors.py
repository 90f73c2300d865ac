"""Typed errors, keyed on HTTP status and Kalshi's own error `code`."""

from __future__ import annotations

import json
from typing import Any

import httpx

# The base lives in the generated package, so that what generated code refuses before sending
# (kalshi_api.errors.InvalidValue: an enum string that is none of its values) is a KalshiError.
from kalshi_api.client import response_json
from kalshi_api.errors import InvalidValue as InvalidValue
from kalshi_api.errors import KalshiError as KalshiError
from kalshi_api.errors import MalformedField as MalformedField


class InvalidType(KalshiError, TypeError):
    """An argument of the wrong type (e.g. a float for money), refused before anything is sent."""


class KeyLoadError(KalshiError, ValueError):
    """The private key could not be loaded (the message never contains key material)."""


class ConfigurationError(KalshiError, ValueError):
    """The client was configured with missing or contradictory settings."""


class APIError(KalshiError):
    """A request to the API failed; `method` and `path` say which one.

    `attempts` is how many times it was sent. `may_have_landed` is True for a write of which
    some attempt was sent and then got no answer (or a 5xx): that attempt may have been carried
    out, so the error alone does not mean "nothing happened".
    """

    attempts: int = 1
    may_have_landed: bool = False

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class APIConnectionError(APIError):
    """The request did not get a response (connection refused, reset, DNS, ...)."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIDecodingError(APIConnectionError):
    """A response arrived but its body does not decode as its `Content-Encoding` says.

    Nothing usable was received, as with a cut connection; reads are retried like one.
    """


class OutcomeUnknownError(APIError):
    """A create or cancel may have been carried out, and the client could not find out.

    Raised (or reported per batch item as `outcome_unknown`) only after the client looked the
    order up itself and the look-up failed. It never means "not placed" or "not canceled":
    look the order up by `client_order_id` (a create) or `order_id` (a cancel) before acting.
    `cause` is the error the write ended with (also `__cause__`), `lookup_error` why the
    look-up failed.
    """

    may_have_landed = True

    def __init__(
        self,
        message: str,
        *,
        cause: APIError,
        lookup_error: Exception | None = None,
        client_order_id: str | None = None,
        order_id: str | None = None,
    ) -> None:
        super().__init__(message, method=cause.method, path=cause.path)
        self.cause = cause
        self.lookup_error = lookup_error
        self.client_order_id = client_order_id
        self.order_id = order_id
        self.attempts = cause.attempts


class APIResponseValidationError(APIError):
    """A success response whose body does not match the operation's model.

    `status_code` and the raw `body` are kept so that nothing the server sent is lost.
    """

    def __init__(
        self, message: str, *, status_code: int, body: bytes, method: str = "", path: str = ""
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.body = body


class APIStatusError(APIError):
    """The server answered with an error: non-2xx, or a 2xx body carrying an error object."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None,
        details: str | None,
        body: bytes,
        method: str,
        path: str,
        attempts: int = 1,
    ) -> None:
        super().__init__(message, method=method, path=path)
        self.status_code = status_code
        self.code = code
        self.details = details
        self.body = body
        self.attempts = attempts

    def __str__(self) -> str:
        where = f"{self.method} {self.path}: " if self.method else ""
        code = f" {self.code}" if self.code else ""
        details = f" ({self.details})" if self.details else ""
        landed = " [an attempt may have been carried out]" if self.may_have_landed else ""
        return f"{where}HTTP {self.status_code}{code}: {self.message}{details}{landed}"


class BadRequestError(APIStatusError):
    """400: the request was invalid (`code` says how, e.g. invalid_price)."""


class AuthenticationError(APIStatusError):
    """401: missing, wrong or stale credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the key may not do this."""


class NotFoundError(APIStatusError):
    """404: no such resource."""


class ConflictError(APIStatusError):
    """409: already exists or cannot be modified (e.g. a reused client_order_id).

    A retried create that ends here is settled by the client (it looks the order up), so this
    reaches a bot only for a conflict of its own making (a client_order_id it used before).
    """


class EndpointRetiredError(APIStatusError):
    """410: Kalshi retired this endpoint; `replacement` names the operation to use instead."""

    replacement: str | None = None


class RateLimitError(APIStatusError):
    """429: the token bucket was empty."""


class InternalServerError(APIStatusError):
    """>= 500: the server failed."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: EndpointRetiredError,
    429: RateLimitError,
}


def load_json(body: bytes) -> Any:
    """The JSON value of a body, or `NOT_JSON` when it is not JSON (or nests too deep to read).

    Python's parser raises `RecursionError` on deeply nested arrays; an answer like that is as
    unreadable as any other non-JSON body, and must never escape as an untyped error.
    """
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return NOT_JSON


NOT_JSON: Any = object()

#: The keys of Kalshi's flat error object (ErrorResponse in the spec), and nothing else.
FLAT_ERROR_KEYS = frozenset({"code", "message", "details", "service"})


def error_fields(body: bytes) -> tuple[str | None, str | None, str | None]:
    """(code, message, details) from any of Kalshi's three error shapes, or Nones.

    Shapes: ``{"error": {"code", "message", "details"}}``, flat ``{"code", "message",
    "details"}``, and ``{"error": "text"}``.
    """
    data = load_json(body)
    if not isinstance(data, dict):
        return None, None, None
    inner = data.get("error")
    if isinstance(inner, str):
        return None, inner, None
    source = inner if isinstance(inner, dict) else data

    def text(key: str) -> str | None:
        value = source.get(key)
        return None if value is None else str(value)

    return text("code"), text("message"), text("details")


def carries_error(response: httpx.Response) -> bool:
    """A 2xx body that is an error object (seen in the wild), so a failure.

    Decided by shape, so that a success body with a field named `code` is not mistaken for
    one: either a non-empty top-level `error`, or the flat error object - a string `code` and
    a string `message` and no keys beyond Kalshi's error fields (`details`, `service`). The
    body is decoded once here and the decoded value kept for the model to be built from.
    """
    try:
        data = response_json(response)
    except (ValueError, RecursionError):
        return False  # not JSON: the model's parser reports it
    if not isinstance(data, dict):
        return False
    if data.get("error"):
        return True
    return (
        isinstance(data.get("code"), str)
        and isinstance(data.get("message"), str)
        and data.keys() <= FLAT_ERROR_KEYS
    )


def status_error(
    response: httpx.Response,
    *,
    environment: str | None = None,
    replacement: str | None = None,
    attempts: int = 1,
) -> APIStatusError:
    """The typed error for a response that failed."""
    request = response.request
    status = response.status_code
    code, message, details = error_fields(response.content)
    if message is None:
        snippet = response.content[:200].decode("utf-8", errors="replace").strip()
        message = snippet or response.reason_phrase or "no message"
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    if cls is AuthenticationError and (details or "").upper() == "NOT_FOUND":
        other = {"prod": "demo", "demo": "prod"}.get(environment or "", "other")
        message += (
            f" - the API key was not found; it may belong to the {other} environment "
            f"(this client uses {environment or 'a custom base_url'}; demo and prod keys differ)"
        )
    if cls is EndpointRetiredError and replacement:
        message += f" - use {replacement} instead"
    error = cls(
        message,
        status_code=status,
        code=code,
        details=details,
        body=response.content,
        method=request.method,
        path=request.url.path,
        attempts=attempts,
    )
    if isinstance(error, EndpointRetiredError):
        error.replacement = replacement
    return error
