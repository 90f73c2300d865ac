from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.list_subscriptions_command_cmd import ListSubscriptionsCommandCmd
from ..types import UNSET

T = TypeVar("T", bound="ListSubscriptionsCommand")


@_attrs_define
class ListSubscriptionsCommand:
    """
    Attributes:
        id (int):
        cmd (ListSubscriptionsCommandCmd):
    """

    id: int
    cmd: ListSubscriptionsCommandCmd | Literal["list_subscriptions"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cmd = ListSubscriptionsCommandCmd.of(self.cmd).value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cmd": cmd,
            }
        )

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
            list_subscriptions_command = cls.__new__(cls)
            list_subscriptions_command._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return list_subscriptions_command
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d["id"]
        if not isinstance(id, (int, NoneType)) or isinstance(id, bool):
            raise TypeError(
                f"ListSubscriptionsCommand.id: expected int, got {type(id).__name__}"
            )

        cmd = ListSubscriptionsCommandCmd._value2member_map_.get(
            _raw := d["cmd"]
        ) or ListSubscriptionsCommandCmd(_raw)

        list_subscriptions_command = cls(
            id=id,
            cmd=cmd,
        )
        list_subscriptions_command.additional_properties = _load_additional_properties(
            d, False
        )
        return list_subscriptions_command

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
                    f"ListSubscriptionsCommand.{name}: {error!r}"
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
        return f"ListSubscriptionsCommand({', '.join(shown)})"

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


def _load_id(d: dict[str, Any], lazily: bool) -> int:
    id = d["id"]
    if not isinstance(id, (int, NoneType)) or isinstance(id, bool):
        raise TypeError(
            f"ListSubscriptionsCommand.id: expected int, got {type(id).__name__}"
        )

    return id


def _load_cmd(d: dict[str, Any], lazily: bool) -> ListSubscriptionsCommandCmd:
    cmd = ListSubscriptionsCommandCmd._value2member_map_.get(
        _raw := d["cmd"]
    ) or ListSubscriptionsCommandCmd(_raw)

    return cmd


_FIELDS = frozenset(
    {
        "id",
        "cmd",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "cmd": _load_cmd,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "cmd",
    "additional_properties",
)
