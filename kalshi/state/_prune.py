"""Which ended orders the account state still keeps, so a long-running bot's memory stays bounded.

An order that ended (canceled or executed) can never change again, so only the newest
`keep` of them are held; older ones are dropped. Their fills stay (positions and P&L replay
every fill of a market), attached to no order. The final states of dropped orders are
remembered (as many again, at least `FORGET_AT_LEAST`), by order id and client order id: a
REST read or a late message naming one is ignored instead of bringing it back as new, and a
wait for one is answered at once from how it ended instead of running to its timeout.
"""

from __future__ import annotations

from collections import OrderedDict

from .._errors import InvalidValue
from ._model import OrderState

DEFAULT_KEEP_ENDED = 10_000
FORGET_AT_LEAST = 1_000  # dropped orders remembered even when `keep` is smaller


class EndedOrders:
    """Ended orders, oldest first, and the final states of those already dropped."""

    def __init__(self, keep: int | None) -> None:
        if keep is not None and keep < 0:
            raise InvalidValue("keep_ended must be 0 or more (or None: keep every order)")
        self.keep = keep
        self._ended: OrderedDict[str, None] = OrderedDict()  # order ids
        # dropped orders, oldest first: order id -> the order as it ended (None: not known)
        self._forgotten: OrderedDict[str, OrderState | None] = OrderedDict()
        self._forgotten_coids: dict[str, str] = {}  # client order id -> order id, of those

    def forgotten(self, order_id: str | None) -> bool:
        return order_id is not None and order_id in self._forgotten

    def final_state(self, key: str) -> OrderState | None:
        """How a dropped order ended, by order id or client order id (None once it is no
        longer remembered, or for an order that was never dropped)."""
        order_id = key if key in self._forgotten else self._forgotten_coids.get(key)
        return None if order_id is None else self._forgotten.get(order_id)

    def ended(self, order_id: str) -> list[str]:
        """Note that `order_id` ended; returns the order ids to drop now (oldest first), each
        to be handed to `forget` with its final state."""
        if self.keep is None or order_id in self._ended:
            return []
        self._ended[order_id] = None
        dropped: list[str] = []
        while len(self._ended) > self.keep:
            old, _ = self._ended.popitem(last=False)
            dropped.append(old)
        return dropped

    def forget(self, order_id: str, final: OrderState | None) -> None:
        """Remember a dropped order as it ended; the oldest beyond the bound go for good."""
        self._forgotten[order_id] = final
        if final is not None and final.client_order_id:
            self._forgotten_coids[final.client_order_id] = order_id
        while len(self._forgotten) > max(self.keep or 0, FORGET_AT_LEAST):
            old, gone = self._forgotten.popitem(last=False)
            coid = gone.client_order_id if gone is not None else None
            if coid and self._forgotten_coids.get(coid) == old:
                del self._forgotten_coids[coid]

    def __len__(self) -> int:
        return len(self._ended)
