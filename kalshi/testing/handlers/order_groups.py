"""Order groups: create, list, get, reset, trigger, change the limit, delete."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..engine import Exchange, OrderGroup, bad
from . import _wire as wire
from ._request import Handler, Request, decimal


def _contracts_limit(body: Any) -> Decimal:
    body = body if isinstance(body, dict) else {}
    for name in ("contracts_limit_fp", "contracts_limit"):
        if body.get(name) is not None:
            return decimal(body[name], name)
    raise bad("contracts_limit or contracts_limit_fp is required", "missing_parameters")


def _group(exchange: Exchange, req: Request) -> OrderGroup:
    return exchange.group(req.user, req.path_params["order_group_id"])


def create(exchange: Exchange, req: Request) -> Any:
    group = exchange.create_group(req.user, _contracts_limit(req.body))
    return {"order_group_id": group.group_id, "subaccount": 0, "exchange_index": 0}


def list_groups(exchange: Exchange, req: Request) -> Any:
    return {"order_groups": [wire.order_group(g) for g in exchange.groups.of(req.user)]}


def get(exchange: Exchange, req: Request) -> Any:
    group = _group(exchange, req)
    return {
        "is_auto_cancel_enabled": not group.triggered,
        "contracts_limit_fp": wire.count(group.contracts_limit),
        "orders": list(group.order_ids),
        "exchange_index": 0,
    }


def reset(exchange: Exchange, req: Request) -> Any:
    exchange.groups.reset(_group(exchange, req))
    return {}


def trigger(exchange: Exchange, req: Request) -> Any:
    exchange.groups.trigger(_group(exchange, req))
    return {}


def update_limit(exchange: Exchange, req: Request) -> Any:
    exchange.groups.set_limit(_group(exchange, req), _contracts_limit(req.body))
    return {}


def delete(exchange: Exchange, req: Request) -> Any:
    exchange.groups.delete(_group(exchange, req))
    return {}


HANDLERS: dict[str, Handler] = {
    "CreateOrderGroup": create,
    "GetOrderGroups": list_groups,
    "GetOrderGroup": get,
    "ResetOrderGroup": reset,
    "TriggerOrderGroup": trigger,
    "UpdateOrderGroupLimit": update_limit,
    "DeleteOrderGroup": delete,
}
