from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetOrderQueuePositionResponse")


@_attrs_define
class GetOrderQueuePositionResponse:
    """
    Attributes:
        queue_position_fp (str | Unset):
    """

    queue_position_fp: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        queue_position_fp = self.queue_position_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queue_position_fp is not UNSET:
            field_dict["queue_position_fp"] = queue_position_fp

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
            get_order_queue_position_response = cls.__new__(cls)
            get_order_queue_position_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_order_queue_position_response
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        queue_position_fp = d.get("queue_position_fp", UNSET)
        if not isinstance(queue_position_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"GetOrderQueuePositionResponse.queue_position_fp: expected str, got {type(queue_position_fp).__name__}"
            )

        get_order_queue_position_response = cls(
            queue_position_fp=queue_position_fp,
        )
        get_order_queue_position_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_order_queue_position_response

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
                raise MalformedField(
                    f"GetOrderQueuePositionResponse.{name}: {error!r}"
                ) from error
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
        return f"GetOrderQueuePositionResponse({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "queue_position_fp": 1,
    }

    def decimal(self, name: Literal["queue_position_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"GetOrderQueuePositionResponse.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"GetOrderQueuePositionResponse.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"GetOrderQueuePositionResponse.{name} is {value!r}, not a finite number"
            )
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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


def _load_queue_position_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    queue_position_fp = d.get("queue_position_fp", UNSET)
    if not isinstance(queue_position_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"GetOrderQueuePositionResponse.queue_position_fp: expected str, got {type(queue_position_fp).__name__}"
        )

    return queue_position_fp


_FIELDS = frozenset(
    {
        "queue_position_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "queue_position_fp": _load_queue_position_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "queue_position_fp",
    "additional_properties",
)
