"""`FakeExchange`: the engine, its HTTP behaviour, and the ways to reach them, in one object."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from .._client import AsyncKalshiClient, KalshiClient
from ._app import App
from ._faults import Fault
from ._serve import Served, Service, serving
from ._stream import StreamFault, StreamService
from ._transports import AsyncExchangeTransport, ExchangeTransport
from .engine import Credentials, Exchange, Market, Order

IN_PROCESS_URL = "http://fake-kalshi.invalid/trade-api/v2"


class FakeExchange:
    """An offline Kalshi exchange: state (`state`, the engine), HTTP behaviour (`app`).

    rate_limit: enforce per-member token buckets of `tier`, answering 429 like Kalshi.
    compress: answer gzip/deflate when the request accepts it and the body is 128 bytes or
    more, as a real server does (default); False sends every body as it is.
    seed: seeds the fault injection's random numbers (REST and streams), so runs repeat.
    stream: serve Kalshi's WebSocket API too (`stream`, a `StreamService`), on the REST port
    and a port of its own, whenever `serve()` runs; False leaves it out.
    """

    def __init__(
        self,
        *,
        rate_limit: bool = False,
        tier: str = "basic",
        seed: int = 0,
        compress: bool = True,
        stream: bool = True,
    ) -> None:
        self.state = Exchange()
        self.app = App(self.state, rate_limit=rate_limit, tier=tier, seed=seed, compress=compress)
        self.stream = StreamService(self.app, seed=seed) if stream else None
        # served beside the REST API by `serve()`
        self.services: list[Service] = [self.stream] if self.stream else []

    # ------------------------------------------------------------------ setup

    def add_user(self, balance: Decimal | str | int = "1000", key_type: str = "rsa") -> Credentials:
        """A member with `balance` dollars; returns its key id and private key PEM."""
        with self.app.lock:
            return self.state.add_user(balance, key_type)

    def add_market(self, ticker: str, **kwargs: Any) -> Market:
        """An open market (its event and series are created as needed)."""
        with self.app.lock:
            return self.state.add_market(ticker, **kwargs)

    def seed_liquidity(
        self,
        ticker: str,
        *,
        bids: Iterable[tuple[Any, Any]] = (),
        asks: Iterable[tuple[Any, Any]] = (),
    ) -> list[Order]:
        """House orders resting on the book: (YES price, count) pairs, so marketable orders fill."""
        with self.app.lock:
            return self.state.seed_liquidity(ticker, "bid", bids) + self.state.seed_liquidity(
                ticker, "ask", asks
            )

    def settle(self, ticker: str, result: str) -> None:
        """Settle a market "yes" or "no": resting orders are canceled, $1 paid per winner."""
        with self.app.lock:
            self.state.settle(ticker, result)

    def pause(self) -> None:
        with self.app.lock:
            self.state.pause()

    def resume(self) -> None:
        with self.app.lock:
            self.state.resume()

    def inject(self, route: str = "*", **rates: Any) -> Fault:
        """Failures on one operationId (or "*"): error_rate, rate_limit_rate, drop_rate,
        commit_then_fail_rate (the order is accepted, the response lost), latency (seconds),
        times (stop after that many failures)."""
        fault = Fault(**rates)
        self.app.faults[route] = fault
        return fault

    def inject_stream(self, channel: str = "*", **rates: Any) -> StreamFault:
        """Stream failures on one channel's messages (or "*"): drop_rate (cut the connection),
        terminal_rate (error 25 on the subscription), skip_seq_rate, repeat_seq_rate, delay
        (seconds each message is held back), times (stop after that many failures)."""
        if self.stream is None:
            raise ValueError("this exchange was made with stream=False")
        return self.stream.inject(channel, **rates)

    def clear_faults(self) -> None:
        """Remove every injected fault, REST and stream."""
        self.app.faults.clear()
        if self.stream is not None:
            with self.app.lock:
                self.stream.faults.by_channel.clear()

    # ------------------------------------------------------------------ reaching it

    def transport(self) -> ExchangeTransport:
        return ExchangeTransport(self.app)

    def async_transport(self) -> AsyncExchangeTransport:
        return AsyncExchangeTransport(self.app)

    def client(self, credentials: Credentials | None = None, **kwargs: Any) -> KalshiClient:
        """A `KalshiClient` wired to this exchange in process.

        It paces itself (client-side rate limiting) only when this exchange enforces rate
        limits, so test suites run at full speed by default.
        """
        key = (credentials.key_id, credentials.private_key_pem) if credentials else (None, None)
        kwargs.setdefault("base_url", IN_PROCESS_URL)
        kwargs.setdefault("rate_limit", self.app.rate_limit)
        return KalshiClient(*key, transport=self.transport(), **kwargs)

    def async_client(
        self, credentials: Credentials | None = None, **kwargs: Any
    ) -> AsyncKalshiClient:
        key = (credentials.key_id, credentials.private_key_pem) if credentials else (None, None)
        kwargs.setdefault("base_url", IN_PROCESS_URL)
        kwargs.setdefault("rate_limit", self.app.rate_limit)
        return AsyncKalshiClient(*key, transport=self.async_transport(), **kwargs)

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[Served]:
        """Serve over HTTP on 127.0.0.1 (a free port unless given), with `services` beside it.

        Yields a `Served`: the REST base URL as a `str`, which also carries `ws_url` (the
        WebSocket API on the same port, where `KalshiClient(base_url=served).stream()`
        connects), `urls` (every service's URL by name) and `server` (the `LoopbackServer`).
        """
        with serving(self.app, port, self.services) as served:
            yield served

    # ------------------------------------------------------------------ inspection (dollars)

    def balance(self, credentials: Credentials) -> Decimal:
        """The available balance: cash less what resting orders reserve (GetBalance's)."""
        with self.app.lock:
            return self.state.available(credentials.user_id)

    def cash(self, credentials: Credentials) -> Decimal:
        """All of the member's cash, reservations included."""
        return self.state.users[credentials.user_id].cash

    def reserved(self, credentials: Credentials) -> Decimal:
        """What the member's resting orders reserve (GetTotalRestingOrderValue's)."""
        with self.app.lock:
            return self.state.reserved(credentials.user_id)

    def position(self, credentials: Credentials, ticker: str) -> Decimal:
        """Contracts held: positive YES, negative NO."""
        pos = self.state.users[credentials.user_id].positions.get(ticker)
        return pos.contracts if pos else Decimal(0)
