"""Raw JSON -> the generated model for its `type` (kalshi_ws.models), by the generated index."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from kalshi_ws.index import MESSAGES, Variant

_classes: dict[str, Any] = {}


def model_class(variant: Variant) -> Any:
    cls = _classes.get(variant.model)
    if cls is None:
        module = import_module(f"kalshi_ws.models.{variant.module}")
        cls = _classes[variant.model] = getattr(module, variant.model)
    return cls


def _matches(variant: Variant, msg: Any) -> bool:
    if variant.msg_is_list is not None and isinstance(msg, list) != variant.msg_is_list:
        return False
    if variant.msg_requires or variant.msg_fixed:
        if not isinstance(msg, dict):
            return False
        if any(key not in msg for key in variant.msg_requires):
            return False
        if any(msg.get(key) != value for key, value in variant.msg_fixed):
            return False
    return True


def choose(wire_type: Any, msg: Any) -> Variant | None:
    """The variant a message of `wire_type` parses as; the last one when no test passes."""
    variants = MESSAGES.get(wire_type) if isinstance(wire_type, str) else None
    if not variants:
        return None
    if len(variants) == 1:
        return variants[0]
    for variant in variants[:-1]:
        if _matches(variant, msg):
            return variant
    return variants[-1]


def parse(data: dict[str, Any]) -> Any:
    """The typed message; a `type` the document does not know comes back as the dict itself.

    Tolerant as the REST models are (unknown fields kept in `additional_properties`, unknown
    enum values kept), strict on broken nesting: that raises TypeError/ValueError/KeyError.
    """
    variant = choose(data.get("type"), data.get("msg"))
    if variant is None:
        return data
    return model_class(variant).from_dict(data)


PARSE_ERRORS = (TypeError, ValueError, KeyError, AttributeError)
