"""Handlers, one module per API area; each is `handler(exchange, request)` -> a JSON body.

A handler returns the body as Python data (None for 204) or raises `ExchangeError`; HTTP itself
(routing, signatures, limits, encoding) is the app's business.
"""

from . import account, exchange, legacy, markets, order_groups, orders, portfolio
from ._request import Handler, Request

HANDLERS: dict[str, Handler] = {
    **exchange.HANDLERS,
    **markets.HANDLERS,
    **portfolio.HANDLERS,
    **orders.HANDLERS,
    **order_groups.HANDLERS,
    **account.HANDLERS,
    **legacy.HANDLERS,
}

# Operations whose success answer is 201 Created.
CREATED = frozenset({"CreateOrderV2", "BatchCreateOrdersV2", "CreateOrderGroup"})

__all__ = ["CREATED", "HANDLERS", "Handler", "Request"]
