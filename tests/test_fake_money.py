"""Kalshi's money on the fake exchange: available balance, reservations, closing and flipping."""

from __future__ import annotations

from decimal import Decimal

import pytest

import kalshi
from kalshi import KalshiClient, RetryPolicy
from kalshi.orders import limit_order
from kalshi.testing import Credentials, FakeExchange, taker_fee
from kalshi_api.api.orders import create_order_v2, get_order
from kalshi_api.api.portfolio import (
    get_balance,
    get_portfolio_resting_order_total_value,
    get_positions,
)
from kalshi_api.models import CreateOrderV2Response, Order

from .conftest import present

T = "KXMONEY-26-A"


@pytest.fixture
def exchange() -> FakeExchange:
    ex = FakeExchange()
    ex.add_market(T)
    ex.seed_liquidity(T, bids=[("0.41", 100)], asks=[("0.44", 100)])
    return ex


def member(exchange: FakeExchange, dollars: str) -> tuple[KalshiClient, Credentials]:
    user = exchange.add_user(balance=dollars)
    return exchange.client(user, retry=RetryPolicy(max_retries=0)), user


def place(client: KalshiClient, **order: object) -> CreateOrderV2Response:
    order.setdefault("ticker", T)
    return create_order_v2.sync(client=client, body=limit_order(**order))  # type: ignore[arg-type]


def order_of(client: KalshiClient, ack: CreateOrderV2Response) -> Order:
    return present(get_order.sync(str(ack.order_id), client=client).order)


def resting_value(client: KalshiClient) -> int:
    answer = get_portfolio_resting_order_total_value.sync(client=client)
    return present(answer.total_resting_order_value)


def exposure(client: KalshiClient) -> tuple[str, str, str]:
    pos = next(iter(client.paginate(get_positions, item_field="market_positions")))
    return (
        present(pos.position_fp),
        present(pos.market_exposure_dollars),
        present(pos.realized_pnl_dollars),
    )


def test_a_resting_bid_reserves_its_cost_from_the_available_balance(exchange: FakeExchange) -> None:
    client, user = member(exchange, "500")
    place(client, side="bid", count=100, price="0.40")
    balance = get_balance.sync(client=client)
    assert balance.balance == 50000 - 4000 and balance.balance_dollars == "460.0000"
    assert balance.portfolio_value == 0  # nothing held yet
    assert resting_value(client) == 4000
    assert exchange.cash(user) == Decimal(500) and exchange.reserved(user) == Decimal(40)
    with pytest.raises(kalshi.BadRequestError) as info:  # 460 left: 1200 x 0.39 is 468
        place(client, side="bid", count=1200, price="0.39")
    assert info.value.code == "insufficient_balance"
    place(client, side="bid", count=1000, price="0.39")  # 390 fits
    assert get_balance.sync(client=client).balance == 50000 - 4000 - 39000


def test_a_resting_ask_reserves_the_no_price_and_cancel_releases_it(
    exchange: FakeExchange,
) -> None:
    client, _ = member(exchange, "100")
    ack = place(client, side="ask", count=10, price="0.60")  # buying NO at 0.40
    assert get_balance.sync(client=client).balance == 10000 - 400 and resting_value(client) == 400
    assert client.batch_cancel([str(ack.order_id)]).all_ok
    assert get_balance.sync(client=client).balance == 10000 and resting_value(client) == 0


def test_closing_a_long_reports_the_yes_price_and_the_cost_as_from_flat(
    exchange: FakeExchange,
) -> None:
    client, user = member(exchange, "100")
    place(client, side="bid", count=10, price="0.44", time_in_force="immediate_or_cancel")
    cash = Decimal(100) - Decimal("4.40") - taker_fee(Decimal(10), Decimal("0.44"))
    assert exchange.cash(user) == cash

    close = place(client, side="ask", count=10, price="0.41", time_in_force="immediate_or_cancel")
    fee = taker_fee(Decimal(10), Decimal("0.41"))
    assert fee == Decimal("0.17")  # 0.169330 rounds up
    assert (close.fill_count, close.average_fill_price) == ("10.00", "0.4100")
    assert close.average_fee_paid == "0.0170"
    order = order_of(client, close)
    assert order.taker_fill_cost_dollars == "5.9000"  # 10 x the NO price, as from a flat account
    assert order.taker_fees_dollars == "0.1700"
    cash += Decimal("4.10") - fee  # each YES + NO pair pays out $1: 4.10 comes back
    assert exchange.cash(user) == cash and exchange.position(user, T) == 0
    assert exposure(client) == ("0.00", "0.0000", "-0.3000")  # 4.10 back for 4.40 paid

    # the same order from a flat account reports the same price and cost
    flat, _ = member(exchange, "100")
    same = place(flat, side="ask", count=10, price="0.41", time_in_force="immediate_or_cancel")
    assert same.average_fill_price == close.average_fill_price
    assert order_of(flat, same).taker_fill_cost_dollars == order.taker_fill_cost_dollars


def test_a_partial_close_keeps_the_average_cost_of_what_stays_open(
    exchange: FakeExchange,
) -> None:
    client, _ = member(exchange, "100")
    place(client, side="bid", count=10, price="0.44", time_in_force="immediate_or_cancel")
    place(client, side="ask", count=4, price="0.41", time_in_force="immediate_or_cancel")
    assert exposure(client) == ("6.00", "2.6400", "-0.1200")  # 6 x 0.44 open; 4 x (0.41-0.44)


def test_a_flip_closes_then_opens_the_other_side(exchange: FakeExchange) -> None:
    client, user = member(exchange, "100")
    place(client, side="bid", count=10, price="0.44", time_in_force="immediate_or_cancel")
    before = exchange.cash(user)
    flip = place(client, side="ask", count=15, price="0.41", time_in_force="immediate_or_cancel")
    fee = taker_fee(Decimal(15), Decimal("0.41"))
    assert fee == Decimal("0.26")  # 0.253995 rounds up
    assert (flip.fill_count, flip.average_fill_price) == ("15.00", "0.4100")
    assert order_of(client, flip).taker_fill_cost_dollars == "8.8500"  # 15 x 0.59
    # 10 close (4.10 back), 5 NO open (5 x 0.59 = 2.95 paid), the fee on all 15
    assert exchange.cash(user) == before + Decimal("4.10") - Decimal("2.95") - fee
    assert exchange.position(user, T) == -5
    assert exposure(client) == ("-5.00", "2.9500", "-0.3000")


def test_selling_what_is_held_needs_no_cash_beyond_the_fee(exchange: FakeExchange) -> None:
    client, user = member(exchange, "4.60")
    place(client, side="bid", count=10, price="0.44", time_in_force="immediate_or_cancel")
    assert taker_fee(Decimal(10), Decimal("0.44")) == Decimal("0.18")
    assert exchange.balance(user) == Decimal("0.02")  # 4.60 - 4.40 - 0.18
    rest = place(client, side="ask", count=10, price="0.43")  # covered by the 10 YES held
    assert exchange.reserved(user) == 0 and resting_value(client) == 0
    with pytest.raises(kalshi.BadRequestError) as info:  # 5 more would open NO: 5 x 0.57
        place(client, side="ask", count=5, price="0.43")
    assert info.value.code == "insufficient_balance"

    # another member lifts the resting ask: the maker's order reports its own fills
    buyer, _ = member(exchange, "100")
    place(buyer, side="bid", count=10, price="0.43", time_in_force="immediate_or_cancel")
    maker = order_of(client, rest)
    assert maker.status == "executed" and maker.maker_fill_cost_dollars == "5.7000"
    assert maker.maker_fees_dollars == "0.0000"  # makers pay no fee
    assert exchange.cash(user) == Decimal("0.02") + Decimal("4.30")
    assert exchange.position(user, T) == 0


def test_a_resting_close_loses_its_cover_when_the_position_closes_otherwise(
    exchange: FakeExchange,
) -> None:
    client, user = member(exchange, "20")
    place(client, side="bid", count=10, price="0.44", time_in_force="immediate_or_cancel")
    place(client, side="ask", count=10, price="0.60")  # covered: reserves nothing
    assert exchange.reserved(user) == 0
    # an immediate close ranks before the resting one (a lower ask), so the resting ask loses
    # its cover and now reserves 10 x 0.40; the check counts that before anything trades
    place(client, side="ask", count=10, price="0.41", time_in_force="immediate_or_cancel")
    assert exchange.position(user, T) == 0
    assert exchange.reserved(user) == Decimal(4) and resting_value(client) == 400
    assert exchange.balance(user) == exchange.cash(user) - 4 >= 0
    balance = get_balance.sync(client=client)
    assert balance.balance == int((exchange.cash(user) - 4) * 100)
