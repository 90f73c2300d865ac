"""Orders: V2 entry (create, cancel, amend, decrease, batches, cancel all) and order reads."""

from __future__ import annotations

from typing import Any

from ..engine import Exchange, ExchangeError, NewOrder, Order, bad
from . import _wire as wire
from ._request import Handler, Request, decimal, page, require

NEW_ORDER_FIELDS = (
    "ticker",
    "side",
    "count",
    "price",
    "time_in_force",
    "self_trade_prevention_type",
)


def new_order(body: Any) -> NewOrder:
    body = require(body, *NEW_ORDER_FIELDS)
    return NewOrder(
        ticker=str(body["ticker"]),
        side=str(body["side"]),
        price=decimal(body["price"], "price"),
        count=decimal(body["count"], "count"),
        time_in_force=str(body["time_in_force"]),
        self_trade_prevention=str(body["self_trade_prevention_type"]),
        client_order_id=body.get("client_order_id") or None,
        post_only=bool(body.get("post_only")),
        reduce_only=bool(body.get("reduce_only")),
        order_group_id=body.get("order_group_id"),
        cancel_on_pause=bool(body.get("cancel_order_on_pause")),
        expiration_time=body.get("expiration_time"),
    )


def _place(exchange: Exchange, req: Request, body: Any) -> Order:
    new = new_order(body)
    return exchange.place(req.user, **{f: getattr(new, f) for f in NewOrder.__dataclass_fields__})


def create(exchange: Exchange, req: Request) -> Any:
    return wire.ack(_place(exchange, req, req.body), exchange.clock())


def _batch_items(req: Request) -> list[Any]:
    """The batch's items: at most what one full write bucket pays for."""
    items = require(req.body, "orders")["orders"]
    if not isinstance(items, list) or not items:
        raise bad("orders must be a non-empty list", "invalid_parameters")
    most = req.limits.batch_limit(req.operation_id)
    if len(items) > most:
        raise bad(f"at most {most} orders per batch on this tier", "invalid_parameters")
    return items


def _item_error(error: ExchangeError) -> dict[str, Any]:
    return {"code": error.code, "message": error.message, "details": error.details or ""}


def batch_create(exchange: Exchange, req: Request) -> Any:
    results = []
    for item in _batch_items(req):
        try:
            results.append(wire.ack(_place(exchange, req, item), exchange.clock()))
        except ExchangeError as error:
            client_id = item.get("client_order_id") if isinstance(item, dict) else None
            results.append(
                {"client_order_id": client_id, "order_id": None, "error": _item_error(error)}
            )
    return {"orders": results}


def _canceled(exchange: Exchange, req: Request, order_id: str) -> dict[str, Any]:
    order, reduced = exchange.cancel(req.user, order_id)
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "reduced_by": wire.count(reduced),
        "ts_ms": int(exchange.clock() * 1000),
    }


def cancel(exchange: Exchange, req: Request) -> Any:
    return _canceled(exchange, req, req.path_params["order_id"])


def batch_cancel(exchange: Exchange, req: Request) -> Any:
    results = []
    for item in _batch_items(req):
        order_id = item.get("order_id") if isinstance(item, dict) else None
        try:
            if not order_id:
                raise bad("order_id is required", "missing_parameters")
            results.append(_canceled(exchange, req, str(order_id)))
        except ExchangeError as error:
            results.append(
                {"order_id": order_id, "error": {"code": error.code, "message": error.message}}
            )
    return {"orders": results}


def cancel_all(exchange: Exchange, req: Request) -> Any:
    for order in exchange.resting(req.user):
        exchange.cancel(req.user, order.order_id)
    return None


def amend(exchange: Exchange, req: Request) -> Any:
    body = require(req.body, "ticker", "side", "price", "count")
    order = exchange.amend(
        req.user,
        req.path_params["order_id"],
        ticker=str(body["ticker"]),
        side=str(body["side"]),
        price=decimal(body["price"], "price"),
        count=decimal(body["count"], "count"),
        new_client_order_id=body.get("updated_client_order_id"),
    )
    return wire.ack(order, exchange.clock())


def decrease(exchange: Exchange, req: Request) -> Any:
    body = req.body if isinstance(req.body, dict) else {}
    by, to = body.get("reduce_by"), body.get("reduce_to")
    order = exchange.decrease(
        req.user,
        req.path_params["order_id"],
        reduce_by=None if by is None else decimal(by, "reduce_by"),
        reduce_to=None if to is None else decimal(to, "reduce_to"),
    )
    return {
        "order_id": order.order_id,
        "client_order_id": order.client_order_id,
        "remaining_count": wire.count(order.remaining),
        "ts_ms": int(exchange.clock() * 1000),
    }


def _filtered(exchange: Exchange, req: Request) -> list[Order]:
    found = [o for o in exchange.orders.values() if o.user_id == req.user]
    if req.arg("ticker"):
        found = [o for o in found if o.ticker == req.arg("ticker")]
    if req.arg("event_ticker"):
        events = set(req.arg("event_ticker").split(","))
        found = [o for o in found if exchange.markets[o.ticker].event_ticker in events]
    if req.arg("status"):
        found = [o for o in found if o.status == req.arg("status")]
    low, high = req.int_arg("min_ts"), req.int_arg("max_ts")
    if low is not None:
        found = [o for o in found if o.created >= low]
    if high is not None:
        found = [o for o in found if o.created <= high]
    return sorted(found, key=lambda o: -o.seq)  # newest first


def get_orders(exchange: Exchange, req: Request) -> Any:
    chunk, cursor = page(req, _filtered(exchange, req))
    return {"orders": [wire.order(o) for o in chunk], "cursor": cursor}


def get_order(exchange: Exchange, req: Request) -> Any:
    return {"order": wire.order(exchange.order(req.user, req.path_params["order_id"]))}


def queue_positions(exchange: Exchange, req: Request) -> Any:
    resting = exchange.resting(req.user)
    if req.arg("market_tickers"):
        wanted = set(req.arg("market_tickers").split(","))
        resting = [o for o in resting if o.ticker in wanted]
    return {
        "queue_positions": [
            {
                "order_id": o.order_id,
                "market_ticker": o.ticker,
                "queue_position_fp": wire.count(exchange.queue_position(o)),
            }
            for o in resting
        ]
    }


def queue_position(exchange: Exchange, req: Request) -> Any:
    order = exchange.order(req.user, req.path_params["order_id"])
    return {"queue_position_fp": wire.count(exchange.queue_position(order))}


HANDLERS: dict[str, Handler] = {
    "CreateOrderV2": create,
    "BatchCreateOrdersV2": batch_create,
    "CancelOrderV2": cancel,
    "BatchCancelOrdersV2": batch_cancel,
    "CancelAllOrders": cancel_all,
    "AmendOrderV2": amend,
    "DecreaseOrderV2": decrease,
    "GetOrders": get_orders,
    "GetOrder": get_order,
    "GetOrderQueuePositions": queue_positions,
    "GetOrderQueuePosition": queue_position,
}
