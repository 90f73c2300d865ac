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
from ..models.unsubscribe_command_cmd import UnsubscribeCommandCmd
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.unsubscribe_command_params import UnsubscribeCommandParams


T = TypeVar("T", bound="UnsubscribeCommand")


@_attrs_define
class UnsubscribeCommand:
    """
    Attributes:
        id (int):
        cmd (UnsubscribeCommandCmd):
        params (UnsubscribeCommandParams):
    """

    id: int
    cmd: UnsubscribeCommandCmd | Literal["unsubscribe"]
    params: UnsubscribeCommandParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cmd = UnsubscribeCommandCmd.of(self.cmd).value

        params = self.params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "cmd": cmd,
                "params": params,
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
            unsubscribe_command = cls.__new__(cls)
            unsubscribe_command._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return unsubscribe_command
        d = dict(src_dict)
        from ..models.unsubscribe_command_params import UnsubscribeCommandParams  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d["id"]
        if not isinstance(id, (int, NoneType)) or isinstance(id, bool):
            raise TypeError(
                f"UnsubscribeCommand.id: expected int, got {type(id).__name__}"
            )

        cmd = UnsubscribeCommandCmd._value2member_map_.get(
            _raw := d["cmd"]
        ) or UnsubscribeCommandCmd(_raw)

        params = UnsubscribeCommandParams.from_dict(lazy=lazily, src_dict=d["params"])

        unsubscribe_command = cls(
            id=id,
            cmd=cmd,
            params=params,
        )
        unsubscribe_command.additional_properties = _load_additional_properties(
            d, False
        )
        return unsubscribe_command

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
                raise MalformedField(f"UnsubscribeCommand.{name}: {error!r}") from error
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
        return f"UnsubscribeCommand({', '.join(shown)})"

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
        raise TypeError(f"UnsubscribeCommand.id: expected int, got {type(id).__name__}")

    return id


def _load_cmd(d: dict[str, Any], lazily: bool) -> UnsubscribeCommandCmd:
    cmd = UnsubscribeCommandCmd._value2member_map_.get(
        _raw := d["cmd"]
    ) or UnsubscribeCommandCmd(_raw)

    return cmd


def _load_params(d: dict[str, Any], lazily: bool) -> UnsubscribeCommandParams:
    from ..models.unsubscribe_command_params import UnsubscribeCommandParams  # noqa: PLC0415

    params = UnsubscribeCommandParams.from_dict(lazy=lazily, src_dict=d["params"])

    return params


_FIELDS = frozenset(
    {
        "id",
        "cmd",
        "params",
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
    "params": _load_params,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "cmd",
    "params",
    "additional_properties",
)
