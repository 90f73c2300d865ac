"""`Stream`: the asynchronous stream for synchronous code, run on a background event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import threading
from collections.abc import Coroutine, Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ._books import OrderBook
from ._stream import AsyncStream, client_settings
from ._subscriptions import Subscription

if TYPE_CHECKING:
    from .._auth import KalshiAuth

T = TypeVar("T")


class Stream:
    """The same stream as `AsyncStream`, with blocking methods; `KalshiClient.stream()`.

    An event loop thread (a daemon, named `kalshi-stream`) runs the connection; `close()`
    (or leaving `with`) stops it. Order books are updated on that thread and can be read
    from any thread; `book.wait_ready(timeout)` waits for a snapshot.
    """

    def __init__(self, auth: KalshiAuth, url: str, **options: Any) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="kalshi-stream")
        self._thread.daemon = True
        self._thread.start()
        self._closed = False

        async def make() -> AsyncStream:
            return AsyncStream(auth, url, **options)

        self._stream = self._call(make())

    @classmethod
    def for_client(cls, client: Any, *, ws_url: str | None = None, **options: Any) -> Stream:
        auth, url = client_settings(client, ws_url)
        return cls(auth, url, **options)

    def _call(self, coroutine: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        future = asyncio.run_coroutine_threadsafe(coroutine, self._loop)
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise TimeoutError(f"no result within {timeout} s") from None

    @property
    def url(self) -> str:
        return self._stream.url

    @property
    def reconnects(self) -> int:
        return self._stream.reconnects

    @property
    def asynchronous(self) -> AsyncStream:
        """The `AsyncStream` underneath (for use on its loop only)."""
        return self._stream

    def connect(self) -> Self:
        self._call(self._stream.connect())
        return self

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._call(self._stream.close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    def __enter__(self) -> Self:
        return self.connect()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def subscribe(
        self, channel: str, *, market_tickers: Iterable[str] | None = None, **params: Any
    ) -> SyncSubscription:
        sub = self._call(self._stream.subscribe(channel, market_tickers=market_tickers, **params))
        return SyncSubscription(self, sub)

    def list_subscriptions(self) -> list[Any]:
        return self._call(self._stream.list_subscriptions())

    def order_book(self, ticker: str, **params: Any) -> OrderBook:
        return self._call(self._stream.order_book(ticker, **params))

    def books(self, tickers: Iterable[str], **params: Any) -> dict[str, OrderBook]:
        return self._call(self._stream.books(list(tickers), **params))

    @property
    def subscriptions(self) -> list[SyncSubscription]:
        return [SyncSubscription(self, sub) for sub in self._stream.subscriptions]

    def __repr__(self) -> str:
        return f"Stream({self.url!r})"


class SyncSubscription:
    """A `Subscription` for synchronous code: `for message in subscription`, or `get(timeout)`."""

    def __init__(self, stream: Stream, subscription: Subscription) -> None:
        self._stream = stream
        self.subscription = subscription

    def __iter__(self) -> Iterator[Any]:
        return self

    def __next__(self) -> Any:
        try:
            return self._stream._call(self.subscription.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def get(self, timeout: float | None = None) -> Any:
        """The next message or marker; TimeoutError after `timeout` seconds (a message that is
        already waiting is returned, even with `timeout=0`; one that times out stays queued)."""
        try:
            # The timeout runs on the loop, in the task that takes the message: timing out
            # here instead could cancel a call that has just taken one, and lose it.
            return self._stream._call(self.subscription.get(timeout))
        except StopAsyncIteration:
            raise StopIteration from None

    @property
    def channel(self) -> str:
        return self.subscription.channel

    @property
    def sid(self) -> int | None:
        return self.subscription.sid

    @property
    def market_tickers(self) -> list[str]:
        return self.subscription.market_tickers

    @property
    def closed(self) -> bool:
        return self.subscription.closed

    @property
    def overflows(self) -> int:
        return self.subscription.overflows

    def pending(self) -> int:
        return self.subscription.pending()

    def live(self, timeout: float | None = None) -> None:
        """Block until the subscription is made on the current connection (see the async one)."""
        self._stream._call(self.subscription.live(timeout))

    def update(self, action: str, **params: Any) -> Any:
        return self._stream._call(self.subscription.update(action, **params))

    def add_markets(self, market_tickers: list[str]) -> Any:
        return self._stream._call(self.subscription.add_markets(market_tickers))

    def delete_markets(self, market_tickers: list[str]) -> Any:
        return self._stream._call(self.subscription.delete_markets(market_tickers))

    def get_snapshot(self, market_tickers: list[str] | None = None) -> Any:
        return self._stream._call(self.subscription.get_snapshot(market_tickers))

    def unsubscribe(self) -> None:
        self._stream._call(self.subscription.unsubscribe())

    def __repr__(self) -> str:
        return f"Sync{self.subscription!r}"
