"""Kalshi's WebSocket API: typed messages, live order books, and no silent losses.

Make a stream from a client: `client.stream()` (`AsyncKalshiClient`: an `AsyncStream`;
`KalshiClient`: a `Stream`, the same on a background event loop). Messages are the models
generated from Kalshi's AsyncAPI document (`kalshi_ws.models`).
"""

from ._books import OrderBook
from ._connection import WS_URLS, Backoff, handshake_headers, ws_url_for
from ._errors import (
    CommandError,
    StreamClosedError,
    StreamConnectionError,
    StreamError,
    StreamHandshakeError,
    StreamTimeoutError,
)
from ._messages import parse
from ._stream import AsyncStream
from ._subscriptions import Resync, Subscription
from ._sync import Stream, SyncSubscription

__all__ = [
    "WS_URLS",
    "AsyncStream",
    "Backoff",
    "CommandError",
    "OrderBook",
    "Resync",
    "Stream",
    "StreamClosedError",
    "StreamConnectionError",
    "StreamError",
    "StreamHandshakeError",
    "StreamTimeoutError",
    "Subscription",
    "SyncSubscription",
    "handshake_headers",
    "parse",
    "ws_url_for",
]
