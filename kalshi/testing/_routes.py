"""Routing by the spec's operation index (`kalshi_api.operations`), written for the fake alone.

The client has a look-up of its own; the fake does not share it, so a bug in either shows up
when the client is tested against the fake instead of cancelling out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from kalshi_api.operations import OPERATIONS, Operation

BASE_PATH = "/trade-api/v2"


@dataclass(frozen=True)
class Route:
    operation: Operation
    path_params: dict[str, str]

    @property
    def operation_id(self) -> str:
        return self.operation.operation_id


class Router:
    """Matches METHOD + concrete path to one operation; literal segments beat {params}
    (so /portfolio/orders/queue_positions is not GetOrder)."""

    def __init__(self, operations: Mapping[str, Operation] = OPERATIONS) -> None:
        self._table: dict[str, list[tuple[re.Pattern[str], Operation]]] = {}
        ranked = sorted(operations.values(), key=lambda op: (op.path.count("{"), op.path))
        for op in ranked:
            self._table.setdefault(op.method, []).append((_pattern(op.path), op))

    def match(self, method: str, path: str) -> Route | None:
        if not path.startswith(BASE_PATH + "/"):
            return None
        tail = path[len(BASE_PATH) :]
        for pattern, op in self._table.get(method.upper(), ()):
            found = pattern.fullmatch(tail)
            if found:
                return Route(op, found.groupdict())
        return None


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{([^}]+)\}", template)
    regex = "".join(
        re.escape(part) if n % 2 == 0 else f"(?P<{part}>[^/]+)" for n, part in enumerate(parts)
    )
    return re.compile(regex)
