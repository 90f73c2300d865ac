"""Look-ups in the generated operation index (generated/kalshi_api/operations.py)."""

from __future__ import annotations

import re
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ._errors import InvalidType

if TYPE_CHECKING:
    import httpx

    from kalshi_api.operations import Operation

#: The request extension every generated operation sets: its module in the operation index.
EXTENSION = "kalshi_operation"


def _operations() -> dict[str, Operation]:
    from kalshi_api.operations import OPERATIONS

    return OPERATIONS


@cache
def _by_module() -> dict[str, Operation]:
    return {op.module: op for op in _operations().values()}


def operation_for(request: httpx.Request) -> Operation | None:
    """The operation a request is for: named by the request itself when the generated code
    built it, else found from its method and path (a request the project did not build)."""
    module = request.extensions.get(EXTENSION)
    if module is not None:
        return _by_module().get(module)
    return find_operation(request.method, request.url.path)


@cache
def _patterns() -> list[tuple[tuple[int, int], re.Pattern[str], Operation]]:
    """Path templates as suffix patterns, most specific first: more segments (so
    /historical/markets/{ticker} wins over /markets/{ticker}), then literal segments over
    {params} (so /portfolio/orders/batched wins over /portfolio/orders/{order_id})."""
    compiled = []
    for op in _operations().values():
        rank = (-op.path.count("/"), op.path.count("{"))
        regex = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(op.path))
        compiled.append((rank, re.compile(f"(?:^|.*/){regex.lstrip('/')}$"), op))
    compiled.sort(key=lambda item: item[0])
    return compiled


def find_operation(method: str, path: str) -> Operation | None:
    """The operation a concrete request path belongs to (any base-path prefix allowed)."""
    method = method.upper()
    for _, pattern, op in _patterns():
        if op.method == method and pattern.match(path):
            return op
    return None


def operation_of(function_or_module: Any) -> Operation:
    """The index entry of a generated operation, given its module or one of its functions."""
    module_name = (
        function_or_module.__name__
        if isinstance(function_or_module, ModuleType)
        else getattr(function_or_module, "__module__", "")
    )
    suffix = module_name.removeprefix("kalshi_api.api.")
    name = getattr(function_or_module, "__name__", "")
    # a module or its functions, or a method of a tag's class (client.orders.get_orders)
    op = _by_module().get(suffix) or _by_module().get(f"{suffix}.{name}")
    if op is not None:
        return op
    raise InvalidType(
        f"{function_or_module!r} is not a generated operation: pass a module of "
        "kalshi_api.api (e.g. kalshi_api.api.orders.get_orders) or one of its functions"
    )
