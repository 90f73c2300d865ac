"""The exchange's objects: members, markets, orders, positions, order groups. No behaviour.

Everything is Decimal. Prices are YES prices in dollars; a bid buys YES, an ask sells YES
(which is buying NO at 1 - price). Positions are signed: positive = YES contracts, negative = NO.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")  # the price tick of a linear market, and the count step
HOUSE = "house"  # the account that seeds liquidity; it has no limits and reserves nothing
SIDES = ("bid", "ask")
TIMES_IN_FORCE = ("fill_or_kill", "good_till_canceled", "immediate_or_cancel")
SELF_TRADE_PREVENTION = ("taker_at_cross", "maker")


def unit_cost(side: str, price: Decimal) -> Decimal:
    """What one contract costs to buy: a bid pays the YES price, an ask the NO price."""
    return price if side == "bid" else ONE - price


@dataclass
class Position:
    contracts: Decimal = ZERO  # signed
    cost: Decimal = ZERO  # paid for the open contracts
    realized_pnl: Decimal = ZERO
    fees_paid: Decimal = ZERO
    traded: Decimal = ZERO  # dollars: YES price x contracts over every fill
    volume: Decimal = ZERO  # contracts over every fill
    updated: float = 0.0


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
    notional: Decimal = ZERO  # sum of YES price x count over fills: the average fill price's base
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

    @property
    def priority(self) -> tuple[Decimal, int]:
        """Sort key, best first: highest bid / lowest ask, then the earliest."""
        return (-self.price if self.side == "bid" else self.price, self.seq)


@dataclass
class User:
    user_id: str
    key_id: str | None
    public_key: rsa.RSAPublicKey | ed25519.Ed25519PublicKey | None
    cash: Decimal  # all of it, what resting orders reserve included
    positions: dict[str, Position] = field(default_factory=dict)
    resting: dict[str, Order] = field(default_factory=dict)  # order_id -> order
    fills: list[dict[str, object]] = field(default_factory=list)
    settlements: list[dict[str, object]] = field(default_factory=list)
    client_order_ids: set[str] = field(default_factory=set)


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
    last_trade_size: Decimal = ZERO
    volume: Decimal = ZERO  # contracts traded
    notional: Decimal = ZERO  # dollars traded: YES price x contracts over every trade
    created: float = 0.0
    bids: list[Order] = field(default_factory=list)  # best first
    asks: list[Order] = field(default_factory=list)  # best first

    def book(self, side: str) -> list[Order]:
        return self.bids if side == "bid" else self.asks


@dataclass
class OrderGroup:
    group_id: str
    user_id: str
    contracts_limit: Decimal
    window: float = 15.0  # seconds of fills the contracts limit counts
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


@dataclass(frozen=True)
class NewOrder:
    """An order as submitted, before validation."""

    ticker: str
    side: str
    price: Decimal
    count: Decimal
    time_in_force: str
    self_trade_prevention: str = "taker_at_cross"
    client_order_id: str | None = None
    post_only: bool = False
    reduce_only: bool = False
    order_group_id: str | None = None
    cancel_on_pause: bool = False
    expiration_time: int | None = None
