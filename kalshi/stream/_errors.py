"""What the stream raises: every error is a `kalshi.KalshiError`."""

from __future__ import annotations

from kalshi_ws.index import ERROR_CODES, TERMINAL_ERROR_CODES

from .._errors import KalshiError


class StreamError(KalshiError):
    """Base of the WebSocket errors."""


class StreamHandshakeError(StreamError):
    """The server refused the WebSocket handshake (`status_code`: 401 for a bad signature)."""

    def __init__(self, message: str, *, status_code: int | None, url: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.url = url


class StreamConnectionError(StreamError):
    """The connection was lost (or could not be made) before a command was answered."""


class StreamClosedError(StreamError):
    """The stream was closed, or gave up reconnecting; `__cause__` says why when known."""


class StreamTimeoutError(StreamError):
    """A command got no answer in time."""


class CommandError(StreamError):
    """Kalshi answered a command with an error: `code` is its number, `message` its text.

    `name` is the code's name in Kalshi's document (None for a code newer than the document),
    `terminal` whether the subscription is gone and must be made again (codes 10 and 25).
    """

    def __init__(
        self,
        code: int | None,
        message: str,
        *,
        command: str | None = None,
        sid: int | None = None,
    ) -> None:
        self.code = code
        self.message = message
        self.command = command
        self.sid = sid
        self.name = ERROR_CODES.get(code) if code is not None else None
        self.terminal = code in TERMINAL_ERROR_CODES
        where = f"{command}: " if command else ""
        super().__init__(f"{where}Kalshi error {code}: {message}")
