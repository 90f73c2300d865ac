from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PythUnderlyingListMsg")


@_attrs_define
class PythUnderlyingListMsg:
    """
    Attributes:
        underlying_tickers (list[str] | None | Unset):
    """

    underlying_tickers: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        underlying_tickers: list[str] | None | Unset
        if isinstance(self.underlying_tickers, Unset):
            underlying_tickers = UNSET
        elif isinstance(self.underlying_tickers, list):
            underlying_tickers = self.underlying_tickers

        else:
            underlying_tickers = self.underlying_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _underlying_tickers_data = d.pop("underlying_tickers", UNSET)
        underlying_tickers: list[str] | None | Unset
        if _underlying_tickers_data is None or isinstance(
            _underlying_tickers_data, Unset
        ):
            underlying_tickers = _underlying_tickers_data
        elif isinstance(_underlying_tickers_data, list):
            underlying_tickers_type_0 = cast(list[str], _underlying_tickers_data)

            underlying_tickers = underlying_tickers_type_0
        else:
            raise TypeError(
                f"underlying_tickers: unexpected JSON type {type(_underlying_tickers_data).__name__}"
            )

        pyth_underlying_list_msg = cls(
            underlying_tickers=underlying_tickers,
        )

        pyth_underlying_list_msg.additional_properties = d
        return pyth_underlying_list_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("underlying_tickers", self.underlying_tickers),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PythUnderlyingListMsg({shown})"

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
