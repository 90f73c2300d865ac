"""An offline, stateful Kalshi exchange for testing bots: `FakeExchange`.

It speaks the Trade API v2 wire format, verifies every signature, matches orders on one YES
book per market, and keeps balances and positions to the cent. Use it in process
(`exchange.client()`) or over real HTTP on 127.0.0.1 (`with exchange.serve() as url:`), or run
`python -m kalshi.testing` for a standalone server.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

from .._client import AsyncKalshiClient, KalshiClient
from ._app import App, Fault
from ._exchange import (
    HOUSE,
    TAKER_FEE_RATE,
    Credentials,
    Exchange,
    ExchangeError,
    Market,
    Order,
    taker_fee,
)
from ._serve import LoopbackServer, Served, Service, serving
from ._transports import AsyncExchangeTransport, ExchangeTransport

IN_PROCESS_URL = "http://fake-kalshi.invalid/trade-api/v2"


class FakeExchange:
    """The fake exchange: state (`Exchange`), HTTP behaviour (`App`), and ways to reach it.

    legacy_orders: "gone" (default) answers the retired /portfolio/orders mutations with 410
    `deprecated_v1_order_endpoint`, as production does; "live" simulates them.
    rate_limit: enforce per-user token buckets of `tier`, answering 429 like Kalshi.
    compress: answer gzip/deflate when the request accepts it and the body is 128 bytes or
    more, as a real server does (default); False sends every body as it is.
    """

    def __init__(
        self,
        *,
        legacy_orders: str = "gone",
        rate_limit: bool = False,
        tier: str = "basic",
        seed: int = 0,
        compress: bool = True,
    ) -> None:
        self.state = Exchange()
        self.app = App(
            self.state,
            legacy_orders=legacy_orders,
            rate_limit=rate_limit,
            tier=tier,
            seed=seed,
            compress=compress,
        )

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

    def clear_faults(self) -> None:
        self.app.faults.clear()

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
        """Serve over HTTP on 127.0.0.1 (a free port unless given); yields the base URL (a
        `Served`, a `str` that also carries the server and its `urls`)."""
        with serving(self.app, port) as served:
            yield served

    # ------------------------------------------------------------------ inspection

    def balance(self, credentials: Credentials) -> Decimal:
        """Cash in dollars."""
        return self.state.users[credentials.user_id].cash

    def position(self, credentials: Credentials, ticker: str) -> Decimal:
        pos = self.state.users[credentials.user_id].positions.get(ticker)
        return pos.contracts if pos else Decimal(0)


__all__ = [
    "HOUSE",
    "IN_PROCESS_URL",
    "TAKER_FEE_RATE",
    "App",
    "AsyncExchangeTransport",
    "Credentials",
    "ExchangeError",
    "ExchangeTransport",
    "FakeExchange",
    "Fault",
    "LoopbackServer",
    "Served",
    "Service",
    "taker_fee",
]
