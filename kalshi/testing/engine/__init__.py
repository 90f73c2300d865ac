"""The fake exchange's engine: orders and matching, the ledger, order groups. No HTTP here.

`Exchange` is the entry point; the handlers translate requests into its calls.
"""

from ._errors import ExchangeError, bad, not_found
from ._exchange import Exchange
from ._ledger import TAKER_FEE_RATE, market_reservation, taker_fee
from ._model import (
    CENT,
    HOUSE,
    ONE,
    ZERO,
    Credentials,
    Market,
    NewOrder,
    Order,
    OrderGroup,
    Position,
    User,
    unit_cost,
)

__all__ = [
    "CENT",
    "HOUSE",
    "ONE",
    "TAKER_FEE_RATE",
    "ZERO",
    "Credentials",
    "Exchange",
    "ExchangeError",
    "Market",
    "NewOrder",
    "Order",
    "OrderGroup",
    "Position",
    "User",
    "bad",
    "market_reservation",
    "not_found",
    "taker_fee",
    "unit_cost",
]
