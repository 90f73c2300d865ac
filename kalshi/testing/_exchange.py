"""The fake exchange's state and rules: users, markets, one YES book per market, matching.

Everything is Decimal. Prices are YES prices in dollars; a bid buys YES, an ask sells YES (which
is buying NO at 1 - price). Positions are signed: positive = YES contracts, negative = NO.
"""

from __future__ import annotations

import itertools
import math
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import ROUND_CEILING, Decimal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")
TAKER_FEE_RATE = Decimal("0.07")
HOUSE = "house"


class ExchangeError(Exception):
    """A request the exchange refuses: HTTP status, Kalshi error code, message, details."""

    def __init__(self, status: int, code: str, message: str, details: str | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


def bad(details: str, code: str = "invalid_order") -> ExchangeError:
    return ExchangeError(400, code, code.replace("_", " "), details)


def taker_fee(count: Decimal, price: Decimal) -> Decimal:
    """Kalshi's published taker fee: 0.07 x contracts x P x (1 - P), rounded up to the cent."""
    raw = TAKER_FEE_RATE * count * price * (ONE - price)
    return raw.quantize(CENT, rounding=ROUND_CEILING)


def unit_cost(side: str, price: Decimal) -> Decimal:
    """What one contract costs to open: a bid pays the YES price, an ask the NO price."""
    return price if side == "bid" else ONE - price


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).isoformat().replace("+00:00", "Z")


@dataclass
class Position:
    contracts: Decimal = ZERO  # signed
    cost: Decimal = ZERO  # paid for the open contracts
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    traded: Decimal = ZERO
    updated: float = 0.0


@dataclass
class User:
    user_id: str
    key_id: str | None
    public_key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey | None
    cash: Decimal
    reserved: Decimal = ZERO
    positions: dict[str, Position] = field(default_factory=dict)
    fills: list[dict[str, object]] = field(default_factory=list)
    settlements: list[dict[str, object]] = field(default_factory=list)
    client_order_ids: set[str] = field(default_factory=set)


@dataclass
class Order:
    order_id: str
    user_id: str
    client_order_id: str
    ticker: str
    side: str  # bid | ask
    price: Decimal
    initial: Decimal
    remaining: Decimal
    time_in_force: str
    self_trade_prevention: str
    created: float
    seq: int
    filled: Decimal = ZERO
    status: str = "resting"
    taker_fees: Decimal = ZERO
    maker_fees: Decimal = ZERO
    taker_cost: Decimal = ZERO
    maker_cost: Decimal = ZERO
    updated: float = 0.0
    order_group_id: str | None = None
    cancel_on_pause: bool = False
    expiration_time: int | None = None
    post_only: bool = False


@dataclass
class Market:
    ticker: str
    event_ticker: str
    series_ticker: str
    title: str
    tick: Decimal
    status: str = "open"  # open | closed | settled
    result: str = ""
    last_price: Decimal | None = None
    volume: Decimal = ZERO
    created: float = 0.0
    bids: list[Order] = field(default_factory=list)  # best first: price desc, then time
    asks: list[Order] = field(default_factory=list)  # best first: price asc, then time


@dataclass
class OrderGroup:
    group_id: str
    user_id: str
    contracts_limit: Decimal
    window: float = 15.0
    triggered: bool = False
    order_ids: list[str] = field(default_factory=list)
    fills: list[tuple[float, Decimal]] = field(default_factory=list)


@dataclass(frozen=True)
class Credentials:
    """What `add_user` gives back: use `key_id` and `private_key_pem` with `KalshiClient`."""

    user_id: str
    key_id: str
    private_key_pem: str = field(repr=False)
    key_type: str = "rsa"


class Exchange:
    """State and matching. Not thread-safe by itself: the HTTP layer serialises calls."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self.users: dict[str, User] = {}
        self.keys: dict[str, str] = {}  # key_id -> user_id
        self.markets: dict[str, Market] = {}
        self.events: dict[str, dict[str, object]] = {}
        self.series: dict[str, dict[str, object]] = {}
        self.orders: dict[str, Order] = {}
        self.trades: list[dict[str, object]] = []
        self.groups: dict[str, OrderGroup] = {}
        self.paused = False
        self._seq = itertools.count(1)
        self.users[HOUSE] = User(HOUSE, None, None, Decimal("1e12"))

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
        return market

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
            raise ExchangeError(404, "not_found", "market not found", ticker)
        return market

    def order(self, user_id: str, order_id: str) -> Order:
        order = self.orders.get(order_id)
        if order is None or order.user_id != user_id:
            raise ExchangeError(404, "not_found", "order not found", order_id)
        return order

    def position(self, user: User, ticker: str) -> Position:
        return user.positions.setdefault(ticker, Position())

    def mark(self, market: Market) -> Decimal:
        return market.last_price if market.last_price is not None else Decimal("0.5")

    def portfolio_value(self, user: User) -> Decimal:
        value = ZERO
        for ticker, pos in user.positions.items():
            market = self.markets[ticker]
            price = self.mark(market)
            if pos.contracts > 0:
                value += pos.contracts * price
            elif pos.contracts < 0:
                value += -pos.contracts * (ONE - price)
        return value

    # ------------------------------------------------------------------ orders

    def place(
        self,
        user_id: str,
        *,
        ticker: str,
        side: str,
        price: Decimal,
        count: Decimal,
        time_in_force: str,
        self_trade_prevention: str = "taker_at_cross",
        client_order_id: str | None = None,
        post_only: bool = False,
        reduce_only: bool = False,
        order_group_id: str | None = None,
        cancel_on_pause: bool = False,
        expiration_time: int | None = None,
    ) -> Order:
        """Validate, match against the book, and rest what is left (GTC only)."""
        user = self.user(user_id)
        market = self.market(ticker)
        if side not in ("bid", "ask"):
            raise bad(f"side must be bid or ask, not {side!r}")
        if time_in_force not in ("fill_or_kill", "good_till_canceled", "immediate_or_cancel"):
            raise bad(f"unknown time_in_force {time_in_force!r}")
        if self_trade_prevention not in ("taker_at_cross", "maker"):
            raise bad(f"unknown self_trade_prevention_type {self_trade_prevention!r}")
        if not ZERO < price < ONE or price % market.tick != 0:
            raise ExchangeError(
                400,
                "invalid_price",
                "invalid price",
                f"price must be in (0, 1) on a {market.tick} tick",
            )
        if count <= 0 or count % CENT != 0:
            raise bad("count must be positive, in steps of 0.01")
        if reduce_only and time_in_force != "immediate_or_cancel":
            raise bad("reduce_only requires immediate_or_cancel")
        if self.paused:
            raise ExchangeError(400, "trading_paused", "trading is paused")
        if market.status != "open":
            raise ExchangeError(400, "market_closed", "market closed", ticker)
        if client_order_id is not None and client_order_id in user.client_order_ids:
            raise ExchangeError(
                409, "order_already_exists", "order already exists", client_order_id
            )
        group = None
        if order_group_id is not None:
            group = self.groups.get(order_group_id)
            if group is None or group.user_id != user_id:
                raise ExchangeError(404, "not_found", "order group not found", order_group_id)
            if group.triggered:
                raise bad("order group is triggered; reset it first", "order_group_triggered")
        if reduce_only:
            held = self.position(user, ticker).contracts
            reducible = max(ZERO, -held) if side == "bid" else max(ZERO, held)
            if reducible <= 0:
                raise bad("reduce_only order would not reduce a position")
            count = min(count, reducible)
        crossing = self._crossing(market, side, price)
        if post_only and crossing:
            raise bad("post_only order would cross the book", "post_only_cross")
        need = count * unit_cost(side, price) + taker_fee(count, price)
        if user_id != HOUSE and user.cash - user.reserved < need:
            raise ExchangeError(
                400, "insufficient_balance", "insufficient balance", f"needs {need} dollars"
            )
        if (
            time_in_force == "fill_or_kill"
            and sum(o.remaining for o in crossing if o.user_id != user_id) < count
        ):
            crossing = []  # cannot fill completely: nothing fills

        now = self.clock()
        order = Order(
            order_id=str(uuid.uuid4()),
            user_id=user_id,
            client_order_id=client_order_id or "",
            ticker=ticker,
            side=side,
            price=price,
            initial=count,
            remaining=count,
            time_in_force=time_in_force,
            self_trade_prevention=self_trade_prevention,
            created=now,
            seq=next(self._seq),
            updated=now,
            order_group_id=order_group_id,
            cancel_on_pause=cancel_on_pause,
            expiration_time=expiration_time,
            post_only=post_only,
        )
        if client_order_id:
            user.client_order_ids.add(client_order_id)
        self.orders[order.order_id] = order
        if group is not None:
            group.order_ids.append(order.order_id)
        if time_in_force != "fill_or_kill" or crossing:
            self._match(order, market, crossing)
        if order.remaining > 0 and order.status == "resting":
            if time_in_force == "good_till_canceled":
                self._rest(order, market)
            else:
                order.remaining, order.status = ZERO, "canceled"
        if order.remaining == 0 and order.status == "resting":
            order.status = "executed"
        return order

    def _crossing(self, market: Market, side: str, price: Decimal) -> list[Order]:
        if side == "bid":
            return [o for o in market.asks if o.price <= price]
        return [o for o in market.bids if o.price >= price]

    def _match(self, taker: Order, market: Market, crossing: list[Order]) -> None:
        for maker in list(crossing):
            if taker.remaining <= 0 or taker.status != "resting":
                break
            if maker.status != "resting":
                continue
            if maker.user_id == taker.user_id and taker.user_id != HOUSE:
                if taker.self_trade_prevention == "taker_at_cross":
                    taker.remaining, taker.status = ZERO, "canceled"
                    break
                self._cancel_resting(maker, market)
                continue
            size = min(taker.remaining, maker.remaining)
            self._fill(taker, maker, market, size)

    def _fill(self, taker: Order, maker: Order, market: Market, size: Decimal) -> None:
        price, now = maker.price, self.clock()
        fee = taker_fee(size, price)
        trade_id = str(uuid.uuid4())
        for order, is_taker in ((taker, True), (maker, False)):
            user = self.user(order.user_id)
            cost = self._settle_trade(user, market.ticker, order.side, price, size)
            paid_fee = fee if is_taker else ZERO
            user.cash -= paid_fee
            self.position(user, market.ticker).fees_paid += paid_fee
            if is_taker:
                order.taker_fees += paid_fee
                order.taker_cost += cost
            else:
                order.maker_cost += cost
                self._unreserve(user, order, size)
            order.filled += size
            order.remaining -= size
            order.updated = now
            if order.remaining == 0:
                order.status = "executed"
            user.fills.append(
                {
                    "fill_id": str(uuid.uuid4()),
                    "trade_id": trade_id,
                    "order_id": order.order_id,
                    "ticker": market.ticker,
                    "side": order.side,
                    "price": price,
                    "count": size,
                    "is_taker": is_taker,
                    "fee": paid_fee,
                    "ts": now,
                }
            )
            self._group_fill(order, size, now)
        if maker.remaining == 0:
            book = market.bids if maker.side == "bid" else market.asks
            book.remove(maker)
        market.last_price = price
        market.volume += size
        self.trades.append(
            {
                "trade_id": trade_id,
                "ticker": market.ticker,
                "count": size,
                "price": price,
                "taker_side": taker.side,
                "ts": now,
            }
        )

    def _settle_trade(
        self, user: User, ticker: str, side: str, price: Decimal, size: Decimal
    ) -> Decimal:
        """Move cash and position for one fill; closing an opposite position comes first."""
        pos = self.position(user, ticker)
        held = pos.contracts
        opposite = max(ZERO, -held) if side == "bid" else max(ZERO, held)
        closing = min(size, opposite)
        opening = size - closing
        proceeds = closing * (ONE - price if side == "bid" else price)
        paid = opening * unit_cost(side, price)
        if closing:
            released = pos.cost * closing / abs(held)
            pos.cost -= released
            pos.realized_pnl += proceeds - released
        pos.cost += paid
        pos.contracts += size if side == "bid" else -size
        pos.traded += size * price
        pos.updated = self.clock()
        user.cash += proceeds - paid
        return paid

    def _rest(self, order: Order, market: Market) -> None:
        book = market.bids if order.side == "bid" else market.asks
        book.append(order)
        if order.side == "bid":
            book.sort(key=lambda o: (-o.price, o.seq))
        else:
            book.sort(key=lambda o: (o.price, o.seq))
        user = self.user(order.user_id)
        if order.user_id != HOUSE:
            user.reserved += order.remaining * unit_cost(order.side, order.price)

    def _unreserve(self, user: User, order: Order, size: Decimal) -> None:
        if order.user_id != HOUSE:
            user.reserved -= size * unit_cost(order.side, order.price)

    def _cancel_resting(self, order: Order, market: Market) -> Decimal:
        reduced = order.remaining
        if order in market.bids:
            market.bids.remove(order)
        if order in market.asks:
            market.asks.remove(order)
        self._unreserve(self.user(order.user_id), order, reduced)
        order.remaining, order.status, order.updated = ZERO, "canceled", self.clock()
        return reduced

    def cancel(self, user_id: str, order_id: str) -> tuple[Order, Decimal]:
        order = self.order(user_id, order_id)
        if order.status != "resting":
            raise ExchangeError(404, "not_found", "order is not resting", order_id)
        return order, self._cancel_resting(order, self.market(order.ticker))

    def decrease(
        self, user_id: str, order_id: str, *, reduce_by: Decimal | None, reduce_to: Decimal | None
    ) -> Order:
        order = self.order(user_id, order_id)
        if order.status != "resting":
            raise ExchangeError(404, "not_found", "order is not resting", order_id)
        if (reduce_by is None) == (reduce_to is None):
            raise bad("give exactly one of reduce_by and reduce_to")
        target = order.remaining - reduce_by if reduce_by is not None else reduce_to
        assert target is not None
        if target < 0 or target >= order.remaining or target % CENT != 0:
            raise bad("decrease must leave between 0 and the current remaining count")
        if target == 0:
            self._cancel_resting(order, self.market(order.ticker))
        else:
            self._unreserve(self.user(user_id), order, order.remaining - target)
            order.remaining, order.updated = target, self.clock()
        return order

    def amend(
        self,
        user_id: str,
        order_id: str,
        *,
        ticker: str,
        side: str,
        price: Decimal,
        count: Decimal,
        new_client_order_id: str | None,
    ) -> Order:
        """New price and/or total count; the order keeps its queue place only if it shrinks."""
        order = self.order(user_id, order_id)
        if order.status != "resting":
            raise ExchangeError(404, "not_found", "order is not resting", order_id)
        if ticker != order.ticker or side != order.side:
            raise bad("amend cannot change the market or the side")
        market = self.market(ticker)
        if not ZERO < price < ONE or price % market.tick != 0:
            raise ExchangeError(400, "invalid_price", "invalid price")
        remaining = count - order.filled
        if remaining <= 0 or count % CENT != 0:
            raise bad("count must exceed what already filled")
        user = self.user(user_id)
        extra = remaining * unit_cost(side, price) - order.remaining * unit_cost(side, order.price)
        if extra > 0 and user.cash - user.reserved < extra:
            raise ExchangeError(400, "insufficient_balance", "insufficient balance")
        keeps_place = price == order.price and remaining <= order.remaining
        self._cancel_resting(order, market)
        order.status, order.remaining, order.price = "resting", remaining, price
        order.initial = count
        if new_client_order_id:
            order.client_order_id = new_client_order_id
            user.client_order_ids.add(new_client_order_id)
        if not keeps_place:
            order.seq = next(self._seq)
        self._match(order, market, self._crossing(market, side, price))
        if order.remaining > 0 and order.status == "resting":
            self._rest(order, market)
        elif order.remaining == 0 and order.status == "resting":
            order.status = "executed"
        return order

    def resting(self, user_id: str) -> list[Order]:
        return [o for o in self.orders.values() if o.user_id == user_id and o.status == "resting"]

    # ------------------------------------------------------------------ groups

    def create_group(self, user_id: str, contracts_limit: Decimal) -> OrderGroup:
        if contracts_limit <= 0:
            raise bad("contracts_limit must be positive")
        group = OrderGroup(str(uuid.uuid4()), user_id, contracts_limit)
        self.groups[group.group_id] = group
        return group

    def group(self, user_id: str, group_id: str) -> OrderGroup:
        group = self.groups.get(group_id)
        if group is None or group.user_id != user_id:
            raise ExchangeError(404, "not_found", "order group not found", group_id)
        return group

    def trigger_group(self, group: OrderGroup) -> None:
        group.triggered = True
        for order_id in group.order_ids:
            order = self.orders[order_id]
            if order.status == "resting":
                self._cancel_resting(order, self.market(order.ticker))

    def _group_fill(self, order: Order, size: Decimal, now: float) -> None:
        group = self.groups.get(order.order_group_id or "")
        if group is None or group.triggered:
            return
        group.fills = [(t, c) for t, c in group.fills if now - t < group.window]
        group.fills.append((now, size))
        if sum(c for _, c in group.fills) >= group.contracts_limit:
            self.trigger_group(group)

    # ------------------------------------------------------------------ lifecycle

    def pause(self) -> None:
        """Stop trading; orders placed with cancel_order_on_pause are canceled."""
        self.paused = True
        for order in list(self.orders.values()):
            if order.status == "resting" and order.cancel_on_pause:
                self._cancel_resting(order, self.market(order.ticker))

    def resume(self) -> None:
        self.paused = False

    def settle(self, ticker: str, result: str) -> None:
        """Close the market, cancel its resting orders and pay $1 per winning contract."""
        if result not in ("yes", "no"):
            raise ValueError("result must be 'yes' or 'no'")
        market = self.market(ticker)
        for order in market.bids + market.asks:
            self._cancel_resting(order, market)
        market.status, market.result = "settled", result
        market.last_price = ONE if result == "yes" else ZERO
        now = self.clock()
        for user in self.users.values():
            pos = user.positions.get(ticker)
            if pos is None or pos.contracts == 0:
                continue
            yes, no = max(ZERO, pos.contracts), max(ZERO, -pos.contracts)
            payout = yes if result == "yes" else no
            user.cash += payout
            pos.realized_pnl += payout - pos.cost
            user.settlements.append(
                {
                    "ticker": ticker,
                    "event_ticker": market.event_ticker,
                    "result": result,
                    "yes": yes,
                    "no": no,
                    "yes_cost": pos.cost if yes else ZERO,
                    "no_cost": pos.cost if no else ZERO,
                    "revenue": payout,
                    "ts": now,
                }
            )
            pos.contracts, pos.cost = ZERO, ZERO

    def queue_position(self, order: Order) -> Decimal:
        """Contracts ahead of this order at its price level."""
        market = self.market(order.ticker)
        book = market.bids if order.side == "bid" else market.asks
        return sum(
            (o.remaining for o in book if o.price == order.price and o.seq < order.seq), ZERO
        )


def cents(value: Decimal) -> int:
    return math.floor(value * 100)
