"""Order groups: a rolling contracts limit that cancels the group's orders once reached."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from ._changes import Changes, GroupChanged, operation
from ._errors import bad, not_found
from ._model import Order, OrderGroup


@dataclass
class Groups:
    orders: dict[str, Order]
    cancel: Callable[[Order], None]
    changes: Changes
    clock: Callable[[], float]

    def __post_init__(self) -> None:
        self.by_id: dict[str, OrderGroup] = {}

    def _note(self, group: OrderGroup, event_type: str) -> None:
        self.changes.note(GroupChanged(group, event_type, self.clock()))

    @operation
    def create(self, user_id: str, contracts_limit: Decimal) -> OrderGroup:
        _check_limit(contracts_limit)
        group = OrderGroup(str(uuid.uuid4()), user_id, contracts_limit)
        self.by_id[group.group_id] = group
        self._note(group, "created")
        return group

    def get(self, user_id: str, group_id: str) -> OrderGroup:
        group = self.by_id.get(group_id)
        if group is None or group.user_id != user_id:
            raise not_found("order group", group_id)
        return group

    def of(self, user_id: str) -> list[OrderGroup]:
        return [g for g in self.by_id.values() if g.user_id == user_id]

    @operation
    def trigger(self, group: OrderGroup) -> None:
        group.triggered = True
        self._cancel_orders(group)
        self._note(group, "triggered")

    def _cancel_orders(self, group: OrderGroup) -> None:
        for order_id in group.order_ids:
            order = self.orders[order_id]
            if order.status == "resting":
                self.cancel(order)

    @operation
    def reset(self, group: OrderGroup) -> None:
        group.triggered, group.fills = False, []
        self._note(group, "reset")

    @operation
    def set_limit(self, group: OrderGroup, contracts_limit: Decimal) -> None:
        _check_limit(contracts_limit)
        group.contracts_limit = contracts_limit
        self._note(group, "limit_updated")

    @operation
    def delete(self, group: OrderGroup) -> None:
        group.triggered = True
        self._cancel_orders(group)
        del self.by_id[group.group_id]
        self._note(group, "deleted")

    def record_fill(self, order: Order, size: Decimal, now: float) -> None:
        group = self.by_id.get(order.order_group_id or "")
        if group is None or group.triggered:
            return
        group.fills = [(t, c) for t, c in group.fills if now - t < group.window]
        group.fills.append((now, size))
        if sum(c for _, c in group.fills) >= group.contracts_limit:
            self.trigger(group)


def _check_limit(contracts_limit: Decimal) -> None:
    if contracts_limit <= 0:
        raise bad("contracts_limit must be positive")
