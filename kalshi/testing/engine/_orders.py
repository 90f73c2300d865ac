"""Order entry: place, amend, decrease, cancel — each a short pipeline of named steps."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from . import _ledger as ledger
from ._book import crossing, rest, take_off
from ._changes import OrderChanged
from ._errors import ExchangeError, bad
from ._matching import Plan, plan
from ._model import CENT, HOUSE, ZERO, Market, NewOrder, Order, OrderGroup, User
from ._validation import check_count, check_open, check_price, check_terms

if TYPE_CHECKING:
    from decimal import Decimal

    from ._exchange import Exchange


def place(ex: Exchange, user_id: str, new: NewOrder) -> Order:
    """Validate, match against the book, and rest what is left (good-till-canceled only)."""
    user, market = ex.user(user_id), ex.market(new.ticker)
    check_terms(new)
    check_price(market, new.price)
    check_count(new.count)
    check_open(market, ex.paused)
    group = _usable_group(ex, user_id, new.order_group_id)
    if new.client_order_id and new.client_order_id in user.client_order_ids:
        raise ExchangeError(
            409, "order_already_exists", "order already exists", new.client_order_id
        )
    order = _new_order(ex, user_id, new, _reduce_only_count(user, new))
    if new.post_only and crossing(market, order.side, order.price):
        raise bad("post_only order would cross the book", "post_only_cross")
    chosen = plan(market, order)
    if new.time_in_force == "fill_or_kill" and chosen.size < order.remaining:
        chosen = Plan()  # cannot fill completely: nothing fills
    _admit(user, order, chosen, before=ledger.reserved(user))
    _register(ex, user, order, group)
    ex.changes.blame(user_id, order.client_order_id)
    ex.matcher.execute(market, order, chosen)
    _finish(market, user, order, may_rest=new.time_in_force == "good_till_canceled")
    self_trade = chosen.cancel_incoming and order.status == "canceled"
    ex.changes.note(OrderChanged(order, "SelfTradeCancel" if self_trade else None))
    return order


def amend(
    ex: Exchange,
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
    order = resting_order(ex, user_id, order_id)
    if ticker != order.ticker or side != order.side:
        raise bad("amend cannot change the market or the side")
    market, user = ex.market(ticker), ex.user(user_id)
    check_price(market, price)
    check_count(count, at_least=order.filled)
    before = ledger.reserved(user)
    kept = (order.price, order.remaining, order.seq)
    take_off(market, user, order)
    order.price, order.remaining = price, count - order.filled
    if not (price == kept[0] and order.remaining <= kept[1]):
        order.seq = ex.next_seq()  # a higher price or a bigger size goes to the back
    chosen = plan(market, order)
    try:
        _admit(user, order, chosen, before=before)
    except ExchangeError:
        order.price, order.remaining, order.seq = kept
        rest(market, user, order)
        raise
    order.initial, order.updated = count, ex.clock()
    if new_client_order_id:
        order.client_order_id = new_client_order_id
        user.client_order_ids.add(new_client_order_id)
    ex.changes.blame(user_id, order.client_order_id)
    ex.matcher.execute(market, order, chosen)
    _finish(market, user, order, may_rest=True)
    ex.changes.note(OrderChanged(order, "Amend"))
    return order


def decrease(
    ex: Exchange,
    user_id: str,
    order_id: str,
    *,
    reduce_by: Decimal | None,
    reduce_to: Decimal | None,
) -> Order:
    order = resting_order(ex, user_id, order_id)
    if (reduce_by is None) == (reduce_to is None):
        raise bad("give exactly one of reduce_by and reduce_to")
    target = order.remaining - reduce_by if reduce_by is not None else reduce_to
    assert target is not None
    if target < 0 or target >= order.remaining or target % CENT != 0:
        raise bad("decrease must leave between 0 and the current remaining count")
    ex.changes.blame(user_id, order.client_order_id)
    if target == 0:
        cancel_resting(ex, order, "Decrease")
    else:
        order.remaining, order.updated = target, ex.clock()
        ex.changes.note(OrderChanged(order, "Decrease"))
    return order


def cancel(ex: Exchange, user_id: str, order_id: str) -> tuple[Order, Decimal]:
    """Cancel a resting order; returns it and the count taken off the book."""
    order = resting_order(ex, user_id, order_id)
    reduced = order.remaining
    ex.changes.blame(user_id, order.client_order_id)
    cancel_resting(ex, order)
    return order, reduced


def cancel_resting(ex: Exchange, order: Order, reason: str | None = None) -> None:
    take_off(ex.market(order.ticker), ex.user(order.user_id), order)
    order.remaining, order.status, order.updated = ZERO, "canceled", ex.clock()
    ex.changes.note(OrderChanged(order, reason))


def resting_order(ex: Exchange, user_id: str, order_id: str) -> Order:
    order = ex.order(user_id, order_id)
    if order.status != "resting":
        raise ExchangeError(404, "not_found", "order is not resting", order_id)
    return order


# --------------------------------------------------------------------------- steps of place


def _usable_group(ex: Exchange, user_id: str, group_id: str | None) -> OrderGroup | None:
    if group_id is None:
        return None
    group = ex.group(user_id, group_id)
    if group.triggered:
        raise bad("order group is triggered; reset it first", "order_group_triggered")
    return group


def _reduce_only_count(user: User, new: NewOrder) -> Decimal:
    """The count to trade: for reduce_only, capped at what would close the position."""
    if not new.reduce_only:
        return new.count
    held = ledger.held(user, new.ticker)
    reducible = max(ZERO, -held) if new.side == "bid" else max(ZERO, held)
    if reducible <= 0:
        raise bad("reduce_only order would not reduce a position")
    return min(new.count, reducible)


def _new_order(ex: Exchange, user_id: str, new: NewOrder, count: Decimal) -> Order:
    now = ex.clock()
    return Order(
        order_id=str(uuid.uuid4()),
        user_id=user_id,
        client_order_id=new.client_order_id or "",
        ticker=new.ticker,
        side=new.side,
        price=new.price,
        initial=count,
        remaining=count,
        time_in_force=new.time_in_force,
        self_trade_prevention=new.self_trade_prevention,
        created=now,
        seq=ex.next_seq(),
        updated=now,
        order_group_id=new.order_group_id,
        cancel_on_pause=new.cancel_on_pause,
        expiration_time=new.expiration_time,
        post_only=new.post_only,
    )


def _admit(user: User, order: Order, chosen: Plan, *, before: Decimal) -> None:
    """The available balance must cover what the order would reserve if it rested in full,
    plus the taker fees of the fills it is about to make."""
    if user.user_id == HOUSE:
        return
    need = ledger.reserved(user, extra=order) - before + chosen.fees
    if user.cash - before < need:
        raise ExchangeError(
            400, "insufficient_balance", "insufficient balance", f"needs {need} dollars"
        )


def _register(ex: Exchange, user: User, order: Order, group: OrderGroup | None) -> None:
    if order.client_order_id:
        user.client_order_ids.add(order.client_order_id)
    ex.orders[order.order_id] = order
    if group is not None:
        group.order_ids.append(order.order_id)


def _finish(market: Market, user: User, order: Order, *, may_rest: bool) -> None:
    """Rest what is left (good-till-canceled), cancel it otherwise."""
    if order.status != "resting":
        return
    if order.remaining == 0:
        order.status = "executed"
    elif may_rest:
        rest(market, user, order)
    else:
        order.remaining, order.status = ZERO, "canceled"
