"""Account limits and endpoint costs: the tier and cost table the fake itself enforces."""

from __future__ import annotations

from typing import Any

from kalshi_api.operations import OPERATIONS

from .._limits import DEFAULT_TOKEN_COST
from .._routes import BASE_PATH
from ..engine import Exchange
from ._request import Handler, Request


def limits(exchange: Exchange, req: Request) -> Any:
    tier = req.limits.tier
    return {
        "usage_tier": tier.name,
        "grants": [],
        "read": {"refill_rate": tier.read_per_second, "bucket_capacity": tier.read_capacity},
        "write": {"refill_rate": tier.write_per_second, "bucket_capacity": tier.write_capacity},
    }


def endpoint_costs(exchange: Exchange, req: Request) -> Any:
    costs = [
        {"method": OPERATIONS[op].method, "path": BASE_PATH + OPERATIONS[op].path, "cost": cost}
        for op, cost in sorted(req.limits.costs.stated.items())
    ]
    return {"default_cost": DEFAULT_TOKEN_COST, "endpoint_costs": costs}


HANDLERS: dict[str, Handler] = {
    "GetAccountApiLimits": limits,
    "GetAccountEndpointCosts": endpoint_costs,
}
