"""The six retired v1 order mutations under /portfolio/orders: 410, as production answers.

Which operations these are comes from the spec's index: deprecated, and replaced by a V2
operation (`x-replaced-by`).
"""

from __future__ import annotations

from typing import Any

from kalshi_api.operations import OPERATIONS

from ..engine import Exchange, ExchangeError
from ._request import Handler, Request

RETIRED = sorted(
    op_id
    for op_id, op in OPERATIONS.items()
    if op.deprecated and op.replaced_by and op.path.startswith("/portfolio/orders")
)


def retired(exchange: Exchange, req: Request) -> Any:
    raise ExchangeError(
        410,
        "deprecated_v1_order_endpoint",
        "this order endpoint was retired; use /portfolio/events/orders",
    )


HANDLERS: dict[str, Handler] = dict.fromkeys(RETIRED, retired)
