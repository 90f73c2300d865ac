"""`Exchange`: the engine's state and its entry points (no HTTP anywhere in the engine)."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable, Iterable
from decimal import Decimal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from . import _ledger as ledger
from . import _orders as orders
from ._book import ahead_of
from ._changes import Changes, MarketChanged, PositionChanged, operation
from ._errors import not_found
from ._groups import Groups
from ._matching import Matcher
from ._model import CENT, HOUSE, ONE, ZERO, Credentials, Market, NewOrder, Order, OrderGroup, User

HOUSE_CASH = Decimal("1e12")


class Exchange:
    """Members, markets, books and order groups. Not thread-safe by itself: callers serialise.

    `changes` tells listeners what each operation changed (see `_changes`).
    """

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.users: dict[str, User] = {HOUSE: User(HOUSE, None, None, HOUSE_CASH)}
        self.keys: dict[str, str] = {}  # key_id -> user_id
        self.markets: dict[str, Market] = {}
        self.events: dict[str, dict[str, object]] = {}
        self.series: dict[str, dict[str, object]] = {}
        self.orders: dict[str, Order] = {}
        self.trades: list[dict[str, object]] = []
        self.paused = False
        self._seq = itertools.count(1)
        self.changes = Changes()
        self.groups = Groups(self.orders, self.cancel_resting, self.changes, clock)
        self.matcher = Matcher(
            self.users, self.trades, clock, self.cancel_resting, self.groups.record_fill,
            self.changes,
        )  # fmt: skip

    def next_seq(self) -> int:
        return next(self._seq)

    # ------------------------------------------------------------------ setup

    def add_user(self, balance: Decimal | str | int = "1000", key_type: str = "rsa") -> Credentials:
        """A member with `balance` dollars and a fresh API key (RSA 2048 or Ed25519)."""
        if key_type not in ("rsa", "ed25519"):
            raise ValueError("key_type must be 'rsa' or 'ed25519'")
        key: rsa.RSAPrivateKey | ed25519.Ed25519PrivateKey = (
            rsa.generate_private_key(65537, 2048)
            if key_type == "rsa"
            else ed25519.Ed25519PrivateKey.generate()
        )
        user_id, key_id = str(uuid.uuid4()), str(uuid.uuid4())
        self.users[user_id] = User(user_id, key_id, key.public_key(), Decimal(str(balance)))
        self.keys[key_id] = user_id
        pem = key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        return Credentials(user_id, key_id, pem, key_type)

    @operation
    def add_market(
        self,
        ticker: str,
        *,
        event_ticker: str | None = None,
        series_ticker: str | None = None,
        title: str = "",
        tick: Decimal | str = CENT,
        status: str = "open",
    ) -> Market:
        event_ticker = event_ticker or ticker.rsplit("-", 1)[0]
        series_ticker = series_ticker or event_ticker.split("-", 1)[0]
        self.series.setdefault(series_ticker, {"ticker": series_ticker, "title": series_ticker})
        self.events.setdefault(
            event_ticker,
            {"event_ticker": event_ticker, "series_ticker": series_ticker, "title": event_ticker},
        )
        market = Market(
            ticker,
            event_ticker,
            series_ticker,
            title or ticker,
            Decimal(str(tick)),
            status,
            created=self.clock(),
        )
        self.markets[ticker] = market
        self.changes.note(MarketChanged(ticker, "created", market.created))
        return market

    @operation
    def seed_liquidity(
        self, ticker: str, side: str, levels: Iterable[tuple[Decimal | str, Decimal | str | int]]
    ) -> list[Order]:
        """Resting orders of the house account: (price, count) pairs on `side`."""
        return [
            self.place(
                HOUSE,
                ticker=ticker,
                side=side,
                price=Decimal(str(p)),
                count=Decimal(str(c)),
                time_in_force="good_till_canceled",
            )
            for p, c in levels
        ]

    # ------------------------------------------------------------------ look-ups

    def user(self, user_id: str) -> User:
        return self.users[user_id]

    def market(self, ticker: str) -> Market:
        market = self.markets.get(ticker)
        if market is None:
            raise not_found("market", ticker)
        return market

    def order(self, user_id: str, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None or order.user_id != user_id:
            raise not_found("order", order_id)
        return order

    def resting(self, user_id: str) -> list[Order]:
        """The member's resting orders, oldest first."""
        return sorted(self.users[user_id].resting.values(), key=lambda o: o.seq)

    def available(self, user_id: str) -> Decimal:
        return ledger.available(self.users[user_id])

    def reserved(self, user_id: str) -> Decimal:
        return ledger.reserved(self.users[user_id])

    def portfolio_value(self, user_id: str) -> Decimal:
        return ledger.portfolio_value(self.users[user_id], self.markets)

    def queue_position(self, order: Order) -> Decimal:
        return ahead_of(self.market(order.ticker), order)

    # ------------------------------------------------------------------ orders

    @operation
    def place(self, user_id: str, **fields: object) -> Order:
        """Place a `NewOrder` given by keyword (ticker, side, price, count, time_in_force...)."""
        return orders.place(self, user_id, NewOrder(**fields))  # type: ignore[arg-type]

    @operation
    def cancel(self, user_id: str, order_id: str) -> tuple[Order, Decimal]:
        return orders.cancel(self, user_id, order_id)

    @operation
    def cancel_resting(self, order: Order, reason: str | None = None) -> None:
        orders.cancel_resting(self, order, reason)

    @operation
    def decrease(
        self, user_id: str, order_id: str, *, reduce_by: Decimal | None, reduce_to: Decimal | None
    ) -> Order:
        return orders.decrease(self, user_id, order_id, reduce_by=reduce_by, reduce_to=reduce_to)

    @operation
    def amend(
        self,
        user_id: str,
        order_id: str,
        *,
        ticker: str,
        side: str,
        price: Decimal,
        count: Decimal,
        new_client_order_id: str | None = None,
    ) -> Order:
        return orders.amend(
            self,
            user_id,
            order_id,
            ticker=ticker,
            side=side,
            price=price,
            count=count,
            new_client_order_id=new_client_order_id,
        )

    # ------------------------------------------------------------------ groups

    @operation
    def create_group(self, user_id: str, contracts_limit: Decimal) -> OrderGroup:
        return self.groups.create(user_id, contracts_limit)

    def group(self, user_id: str, group_id: str) -> OrderGroup:
        return self.groups.get(user_id, group_id)

    # ------------------------------------------------------------------ lifecycle

    @operation
    def pause(self) -> None:
        """Stop trading; orders placed with cancel_order_on_pause are canceled."""
        self.paused = True
        for order in list(self.orders.values()):
            if order.status == "resting" and order.cancel_on_pause:
                self.cancel_resting(order, "HaltCancel")
        self._note_open_markets("deactivated", True)

    @operation
    def resume(self) -> None:
        self.paused = False
        self._note_open_markets("activated", False)

    def _note_open_markets(self, event_type: str, deactivated: bool) -> None:
        now = self.clock()
        for market in self.markets.values():
            if market.status == "open":
                self.changes.note(MarketChanged(market.ticker, event_type, now, deactivated))

    @operation
    def settle(self, ticker: str, result: str) -> None:
        """Close the market, cancel its resting orders and pay $1 per winning contract."""
        if result not in ("yes", "no"):
            raise ValueError("result must be 'yes' or 'no'")
        market = self.market(ticker)
        for order in market.bids + market.asks:
            self.cancel_resting(order, "CloseCancel")
        market.status, market.result = "settled", result
        market.last_price = ONE if result == "yes" else ZERO
        now = self.clock()
        self.changes.note(MarketChanged(ticker, "determined", now))
        for user in self.users.values():
            if ledger.held(user, ticker):
                self.changes.note(PositionChanged(user.user_id, ticker))
            ledger.pay_out(user, market, result, now)
        self.changes.note(MarketChanged(ticker, "settled", now))
