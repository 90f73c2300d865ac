"""One WebSocket connection: the URL, the signed handshake, and reconnecting with backoff."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import InvalidHandshake, InvalidStatus

from kalshi_ws.index import SERVERS

from .._auth import signing_message
from ._errors import StreamHandshakeError

if TYPE_CHECKING:
    from .._auth import KalshiAuth

log = logging.getLogger("kalshi")

#: Kalshi's WebSocket endpoints by environment (production from Kalshi's AsyncAPI document).
WS_URLS: dict[str, str] = {
    "prod": SERVERS["production"],
    "demo": "wss://external-api-ws.demo.kalshi.co/trade-api/ws/v2",
}
REST_PATH, WS_PATH = "/trade-api/v2", "/trade-api/ws/v2"
MAX_MESSAGE_BYTES = 1 << 24  # a snapshot of a deep book is large; websockets' default is 1 MiB


def ws_url_for(base_url: str, environment: str) -> str:
    """The WebSocket URL beside a REST base URL.

    Kalshi's own hosts map to their WebSocket hosts; any other base URL (a local fake, say)
    keeps its host: http -> ws, https -> wss, and `/trade-api/v2` -> `/trade-api/ws/v2`.
    """
    from .._client import BASE_URLS

    if base_url.rstrip("/") == BASE_URLS.get(environment):
        return WS_URLS[environment]
    parts = urlsplit(base_url)
    scheme = {"http": "ws", "https": "wss"}.get(parts.scheme, parts.scheme)
    path = parts.path.rstrip("/")
    path = path[: -len(REST_PATH)] + WS_PATH if path.endswith(REST_PATH) else path + WS_PATH
    return urlunsplit((scheme, parts.netloc, path, "", ""))


def handshake_headers(auth: KalshiAuth, url: str) -> dict[str, str]:
    """Kalshi's three headers, signing timestamp + GET + the URL's real path (fresh each time)."""
    timestamp = str(int(time.time() * 1000))
    path = urlsplit(url).path or "/"
    return {
        "KALSHI-ACCESS-KEY": auth.key_id,
        "KALSHI-ACCESS-TIMESTAMP": timestamp,
        "KALSHI-ACCESS-SIGNATURE": auth.sign(signing_message(timestamp, "GET", path.encode())),
    }


@dataclass(frozen=True)
class Backoff:
    """Waits between reconnect attempts: uniform(0, min(cap, base * 2**attempt)) ("full jitter").

    `max_attempts` None keeps trying; a refused handshake (401/403) is never retried.
    """

    base: float = 0.5
    cap: float = 30.0
    max_attempts: int | None = None

    def delay(self, attempt: int) -> float:
        return random.uniform(0.0, min(self.cap, self.base * 2.0**attempt))


class Connector:
    """Opens signed connections to one URL."""

    def __init__(
        self,
        auth: KalshiAuth,
        url: str,
        *,
        backoff: Backoff,
        open_timeout: float = 10.0,
        ping_interval: float | None = 20.0,
    ) -> None:
        self.auth = auth
        self.url = url
        self.backoff = backoff
        self.open_timeout = open_timeout
        self.ping_interval = ping_interval

    async def open(self) -> ClientConnection:
        try:
            return await connect(
                self.url,
                additional_headers=handshake_headers(self.auth, self.url),
                open_timeout=self.open_timeout,
                ping_interval=self.ping_interval,
                max_size=MAX_MESSAGE_BYTES,
                compression=None,
            )
        except InvalidStatus as error:
            status = error.response.status_code
            body = (error.response.body or b"").decode("utf-8", "replace")[:200]
            raise StreamHandshakeError(
                f"WebSocket handshake refused with HTTP {status}: {body}".rstrip(": "),
                status_code=status,
                url=self.url,
            ) from None

    async def reopen(self) -> ClientConnection:
        """Connect again, waiting with backoff and jitter between attempts; each is re-signed."""
        attempt = 0
        while True:
            wait = self.backoff.delay(attempt)
            log.info("stream: reconnecting to %s in %.2f s (try %d)", self.url, wait, attempt + 1)
            await asyncio.sleep(wait)
            try:
                connection = await self.open()
            except StreamHandshakeError as error:
                if error.status_code in (401, 403):
                    raise
                failure: Any = error
            except (OSError, InvalidHandshake, TimeoutError) as error:
                failure = error
            else:
                log.info("stream: reconnected to %s", self.url)
                return connection
            attempt += 1
            log.warning("stream: reconnect attempt %d failed: %s", attempt, failure)
            if self.backoff.max_attempts is not None and attempt >= self.backoff.max_attempts:
                raise ConnectionError(f"gave up reconnecting after {attempt} attempts") from failure
