"""Errors the generated operations raise."""


class KalshiError(Exception):
    """Base of every error the kalshi packages raise (the hand-written layer's `kalshi.KalshiError`)."""


class InvalidValue(KalshiError, ValueError):
    """A value the API does not accept (e.g. a string that is none of an enum's values),
    refused before anything is sent."""


class MalformedField(KalshiError, ValueError):
    """A field of a lazily parsed model (a paginated item) did not match its type when read."""


class UnexpectedStatus(KalshiError):
    """A status the operation does not document as a success reached the generated code."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"unexpected HTTP status {status_code}")


class UnparsableResponse(KalshiError):
    """A success body did not match the operation's model; the raw body is kept."""

    def __init__(self, status_code: int, content: bytes, error: Exception):
        self.status_code = status_code
        self.content = content
        self.error = error
        super().__init__(f"HTTP {status_code} body does not match the model: {error}")


__all__ = [
    "InvalidValue",
    "KalshiError",
    "MalformedField",
    "UnexpectedStatus",
    "UnparsableResponse",
]
