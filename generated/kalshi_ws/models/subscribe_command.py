from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.subscribe_command_cmd import SubscribeCommandCmd
from ..types import UNSET

if TYPE_CHECKING:
    from ..models.subscribe_command_params import SubscribeCommandParams


T = TypeVar("T", bound="SubscribeCommand")


@_attrs_define
class SubscribeCommand:
    """
    Attributes:
        id (int):
        cmd (SubscribeCommandCmd):
        params (SubscribeCommandParams):
    """

    id: int
    cmd: SubscribeCommandCmd | Literal["subscribe"]
    params: SubscribeCommandParams
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cmd = SubscribeCommandCmd.of(self.cmd).value

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.subscribe_command_params import SubscribeCommandParams  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        id = d.pop("id")
        if not isinstance(id, int | None) or isinstance(id, bool):
            raise TypeError(
                f"SubscribeCommand.id: expected int, got {type(id).__name__}"
            )

        cmd = SubscribeCommandCmd._value2member_map_.get(
            _raw := d.pop("cmd")
        ) or SubscribeCommandCmd(_raw)

        params = SubscribeCommandParams.from_dict(d.pop("params"))

        subscribe_command = cls(
            id=id,
            cmd=cmd,
            params=params,
        )

        subscribe_command.additional_properties = d
        return subscribe_command

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("cmd", self.cmd),
            ("params", self.params),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubscribeCommand({shown})"

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
