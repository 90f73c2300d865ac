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
from ..models.order_group_updates_msg_event_type import OrderGroupUpdatesMsgEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderGroupUpdatesMsg")


@_attrs_define
class OrderGroupUpdatesMsg:
    """
    Attributes:
        event_type (OrderGroupUpdatesMsgEventType | Unset):
        order_group_id (str | Unset):
        contracts_limit_fp (str | Unset):
        ts_ms (int | Unset):
    """

    event_type: (
        OrderGroupUpdatesMsgEventType
        | Literal["created", "triggered", "reset", "deleted", "limit_updated"]
        | Unset
    ) = UNSET
    order_group_id: str | Unset = UNSET
    contracts_limit_fp: str | Unset = UNSET
    ts_ms: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        event_type: str | Unset = UNSET
        if not isinstance(self.event_type, Unset):
            event_type = OrderGroupUpdatesMsgEventType.of(self.event_type).value

        order_group_id = self.order_group_id

        contracts_limit_fp = self.contracts_limit_fp

        ts_ms = self.ts_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_type is not UNSET:
            field_dict["event_type"] = event_type
        if order_group_id is not UNSET:
            field_dict["order_group_id"] = order_group_id
        if contracts_limit_fp is not UNSET:
            field_dict["contracts_limit_fp"] = contracts_limit_fp
        if ts_ms is not UNSET:
            field_dict["ts_ms"] = ts_ms

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
            order_group_updates_msg = cls.__new__(cls)
            order_group_updates_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return order_group_updates_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _event_type = d.get("event_type", UNSET)
        event_type: OrderGroupUpdatesMsgEventType | Unset
        if isinstance(_event_type, Unset):
            event_type = UNSET
        else:
            event_type = OrderGroupUpdatesMsgEventType._value2member_map_.get(
                _raw := _event_type
            ) or OrderGroupUpdatesMsgEventType(_raw)

        order_group_id = d.get("order_group_id", UNSET)
        if not isinstance(order_group_id, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderGroupUpdatesMsg.order_group_id: expected str, got {type(order_group_id).__name__}"
            )

        contracts_limit_fp = d.get("contracts_limit_fp", UNSET)
        if not isinstance(contracts_limit_fp, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderGroupUpdatesMsg.contracts_limit_fp: expected str, got {type(contracts_limit_fp).__name__}"
            )

        ts_ms = d.get("ts_ms", UNSET)
        if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
            raise TypeError(
                f"OrderGroupUpdatesMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
            )

        order_group_updates_msg = cls(
            event_type=event_type,
            order_group_id=order_group_id,
            contracts_limit_fp=contracts_limit_fp,
            ts_ms=ts_ms,
        )
        order_group_updates_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return order_group_updates_msg

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
                    f"OrderGroupUpdatesMsg.{name}: {error!r}"
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
        return f"OrderGroupUpdatesMsg({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "contracts_limit_fp": 1,
    }

    def decimal(self, name: Literal["contracts_limit_fp"]) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(
                f"OrderGroupUpdatesMsg.{name} is {value!r}, not a number"
            )
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"OrderGroupUpdatesMsg.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"OrderGroupUpdatesMsg.{name} is {value!r}, not a finite number"
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


def _load_event_type(
    d: dict[str, Any], lazily: bool
) -> OrderGroupUpdatesMsgEventType | Unset:
    _event_type = d.get("event_type", UNSET)
    event_type: OrderGroupUpdatesMsgEventType | Unset
    if isinstance(_event_type, Unset):
        event_type = UNSET
    else:
        event_type = OrderGroupUpdatesMsgEventType._value2member_map_.get(
            _raw := _event_type
        ) or OrderGroupUpdatesMsgEventType(_raw)

    return event_type


def _load_order_group_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    order_group_id = d.get("order_group_id", UNSET)
    if not isinstance(order_group_id, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderGroupUpdatesMsg.order_group_id: expected str, got {type(order_group_id).__name__}"
        )

    return order_group_id


def _load_contracts_limit_fp(d: dict[str, Any], lazily: bool) -> str | Unset:
    contracts_limit_fp = d.get("contracts_limit_fp", UNSET)
    if not isinstance(contracts_limit_fp, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderGroupUpdatesMsg.contracts_limit_fp: expected str, got {type(contracts_limit_fp).__name__}"
        )

    return contracts_limit_fp


def _load_ts_ms(d: dict[str, Any], lazily: bool) -> int | Unset:
    ts_ms = d.get("ts_ms", UNSET)
    if not isinstance(ts_ms, (int, Unset, NoneType)) or isinstance(ts_ms, bool):
        raise TypeError(
            f"OrderGroupUpdatesMsg.ts_ms: expected int, got {type(ts_ms).__name__}"
        )

    return ts_ms


_FIELDS = frozenset(
    {
        "event_type",
        "order_group_id",
        "contracts_limit_fp",
        "ts_ms",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "event_type": _load_event_type,
    "order_group_id": _load_order_group_id,
    "contracts_limit_fp": _load_contracts_limit_fp,
    "ts_ms": _load_ts_ms,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "event_type",
    "order_group_id",
    "contracts_limit_fp",
    "ts_ms",
    "additional_properties",
)
