"""The checks an order must pass, shared by placing and amending."""

from __future__ import annotations

from decimal import Decimal

from ._errors import ExchangeError, bad
from ._model import CENT, ONE, SELF_TRADE_PREVENTION, SIDES, TIMES_IN_FORCE, ZERO, Market, NewOrder


def check_price(market: Market, price: Decimal) -> None:
    if not ZERO < price < ONE or price % market.tick != 0:
        raise ExchangeError(
            400,
            "invalid_price",
            "invalid price",
            f"price must be in (0, 1) on a {market.tick} tick",
        )


def check_count(count: Decimal, at_least: Decimal = ZERO) -> None:
    if count <= at_least or count % CENT != 0:
        more = f"more than {at_least}" if at_least else "positive"
        raise bad(f"count must be {more}, in steps of 0.01")


def check_terms(new: NewOrder) -> None:
    if new.side not in SIDES:
        raise bad(f"side must be bid or ask, not {new.side!r}")
    if new.time_in_force not in TIMES_IN_FORCE:
        raise bad(f"unknown time_in_force {new.time_in_force!r}")
    if new.self_trade_prevention not in SELF_TRADE_PREVENTION:
        raise bad(f"unknown self_trade_prevention_type {new.self_trade_prevention!r}")
    if new.reduce_only and new.time_in_force != "immediate_or_cancel":
        raise bad("reduce_only requires immediate_or_cancel")


def check_open(market: Market, paused: bool) -> None:
    if paused:
        raise ExchangeError(400, "trading_paused", "trading is paused")
    if market.status != "open":
        raise ExchangeError(400, "market_closed", "market closed", market.ticker)
