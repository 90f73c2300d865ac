"""Which ended orders the account state still keeps, so a long-running bot's memory stays bounded.

An order that ended (canceled or executed) can never change again, so only the newest
`keep` of them are held; older ones are dropped. Their fills stay (positions and P&L replay
every fill of a market), attached to no order. The ids of dropped orders are remembered (as
many again, at least `FORGET_AT_LEAST`) so that a REST read or a late message naming them is
ignored instead of bringing them back as new.
"""

from __future__ import annotations

from collections import OrderedDict

from .._errors import InvalidValue

DEFAULT_KEEP_ENDED = 10_000
FORGET_AT_LEAST = 1_000  # ids of dropped orders remembered even when `keep` is smaller


class EndedOrders:
    """Ended orders, oldest first, and the ids of those already dropped."""

    def __init__(self, keep: int | None) -> None:
        if keep is not None and keep < 0:
            raise InvalidValue("keep_ended must be 0 or more (or None: keep every order)")
        self.keep = keep
        self._ended: OrderedDict[str, None] = OrderedDict()  # order ids
        self._forgotten: OrderedDict[str, None] = OrderedDict()

    def forgotten(self, order_id: str | None) -> bool:
        return order_id is not None and order_id in self._forgotten

    def ended(self, order_id: str) -> list[str]:
        """Note that `order_id` ended; returns the order ids to drop now (oldest first)."""
        if self.keep is None or order_id in self._ended:
            return []
        self._ended[order_id] = None
        dropped: list[str] = []
        while len(self._ended) > self.keep:
            old, _ = self._ended.popitem(last=False)
            dropped.append(old)
            self._forgotten[old] = None
        while len(self._forgotten) > max(self.keep, FORGET_AT_LEAST):
            self._forgotten.popitem(last=False)
        return dropped

    def __len__(self) -> int:
        return len(self._ended)
