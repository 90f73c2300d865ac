from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="EndpointTokenCost")


@_attrs_define
class EndpointTokenCost:
    """
    Attributes:
        method (str | Unset):
        path (str | Unset):
        cost (int | Unset):
    """

    method: str | Unset = UNSET
    path: str | Unset = UNSET
    cost: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        path = self.path

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method
        if path is not UNSET:
            field_dict["path"] = path
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            endpoint_token_cost = cls.__new__(cls)
            endpoint_token_cost._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return endpoint_token_cost
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        method = d.get("method", UNSET)
        if not isinstance(method, (str, Unset, NoneType)):
            raise TypeError(
                f"EndpointTokenCost.method: expected str, got {type(method).__name__}"
            )

        path = d.get("path", UNSET)
        if not isinstance(path, (str, Unset, NoneType)):
            raise TypeError(
                f"EndpointTokenCost.path: expected str, got {type(path).__name__}"
            )

        cost = d.get("cost", UNSET)
        if not isinstance(cost, (int, Unset, NoneType)) or isinstance(cost, bool):
            raise TypeError(
                f"EndpointTokenCost.cost: expected int, got {type(cost).__name__}"
            )

        endpoint_token_cost = cls(
            method=method,
            path=path,
            cost=cost,
        )
        endpoint_token_cost.additional_properties = _load_additional_properties(
            d, False
        )
        return endpoint_token_cost

    # hidden from type checkers: with it, any unknown attribute would pass
    if not TYPE_CHECKING:

        def __getattr__(self, name: str) -> Any:
            """Reached only for a field of a lazily built model not read yet: parse it now."""
            if name == "_kalshi_raw":  # never set: made by __new__ alone
                raise AttributeError(name)
            raw = self._kalshi_raw
            load = _LOADERS.get(name)
            if raw is None or load is None:
                raise AttributeError(
                    f"{type(self).__name__!r} object has no attribute {name!r}"
                )
            try:
                value = load(raw, True)
            except (
                TypeError,
                ValueError,
                KeyError,
                AttributeError,
                RecursionError,
            ) as error:
                raise MalformedField(f"EndpointTokenCost.{name}: {error!r}") from error
            object.__setattr__(self, name, value)
            return value

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        shown: list[str] = []
        for name in _REPR_FIELDS:
            try:
                value = getattr(self, name)
            except MalformedField:
                shown.append(f"{name}=<malformed>")
                continue
            if value is not UNSET and not (
                name == "additional_properties" and not value
            ):
                shown.append(f"{name}={value!r}")
        return f"EndpointTokenCost({', '.join(shown)})"

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


def _load_method(d: dict[str, Any], lazily: bool) -> str | Unset:
    method = d.get("method", UNSET)
    if not isinstance(method, (str, Unset, NoneType)):
        raise TypeError(
            f"EndpointTokenCost.method: expected str, got {type(method).__name__}"
        )

    return method


def _load_path(d: dict[str, Any], lazily: bool) -> str | Unset:
    path = d.get("path", UNSET)
    if not isinstance(path, (str, Unset, NoneType)):
        raise TypeError(
            f"EndpointTokenCost.path: expected str, got {type(path).__name__}"
        )

    return path


def _load_cost(d: dict[str, Any], lazily: bool) -> int | Unset:
    cost = d.get("cost", UNSET)
    if not isinstance(cost, (int, Unset, NoneType)) or isinstance(cost, bool):
        raise TypeError(
            f"EndpointTokenCost.cost: expected int, got {type(cost).__name__}"
        )

    return cost


_FIELDS = frozenset(
    {
        "method",
        "path",
        "cost",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "method": _load_method,
    "path": _load_path,
    "cost": _load_cost,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "method",
    "path",
    "cost",
    "additional_properties",
)
