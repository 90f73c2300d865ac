from enum import IntEnum
from typing import Any


class GetMarketCandlesticksPeriodInterval(IntEnum):
    VALUE_1 = 1
    VALUE_60 = 60
    VALUE_1440 = 1440

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "GetMarketCandlesticksPeriodInterval | None":
        # kalshi: a number Kalshi added after this spec (a new error code, say) parses into a
        # pseudo-member that keeps the server's value, as string enums do.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member
