from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_data import LiveData


T = TypeVar("T", bound="GetLiveDatasResponse")


@_attrs_define
class GetLiveDatasResponse:
    """
    Attributes:
        live_datas (list[LiveData] | None | Unset):
    """

    live_datas: list[LiveData] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        live_datas: list[dict[str, Any]] | None | Unset
        if isinstance(self.live_datas, Unset):
            live_datas = UNSET
        elif isinstance(self.live_datas, list):
            live_datas = []
            for live_datas_type_0_item_data in self.live_datas:
                live_datas_type_0_item = live_datas_type_0_item_data.to_dict()
                live_datas.append(live_datas_type_0_item)

        else:
            live_datas = self.live_datas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if live_datas is not UNSET:
            field_dict["live_datas"] = live_datas

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_data import LiveData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _live_datas_data = d.pop("live_datas", UNSET)
        live_datas: list[LiveData] | None | Unset
        if _live_datas_data is None or isinstance(_live_datas_data, Unset):
            live_datas = _live_datas_data
        elif isinstance(_live_datas_data, list):
            live_datas_type_0 = []
            _live_datas_type_0 = _live_datas_data
            for live_datas_type_0_item_data in _live_datas_type_0:
                live_datas_type_0_item = LiveData.from_dict(live_datas_type_0_item_data)

                live_datas_type_0.append(live_datas_type_0_item)

            live_datas = live_datas_type_0
        else:
            raise TypeError(
                f"live_datas: unexpected JSON type {type(_live_datas_data).__name__}"
            )

        get_live_datas_response = cls(
            live_datas=live_datas,
        )

        get_live_datas_response.additional_properties = d
        return get_live_datas_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("live_datas", self.live_datas),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"GetLiveDatasResponse({shown})"

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
