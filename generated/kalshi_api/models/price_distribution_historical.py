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

T = TypeVar("T", bound="PriceDistributionHistorical")


@_attrs_define
class PriceDistributionHistorical:
    """
    Attributes:
        open_ (None | str | Unset):
        low (None | str | Unset):
        high (None | str | Unset):
        close (None | str | Unset):
        mean (None | str | Unset):
        previous (None | str | Unset):
    """

    open_: None | str | Unset = UNSET
    low: None | str | Unset = UNSET
    high: None | str | Unset = UNSET
    close: None | str | Unset = UNSET
    mean: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        open_: None | str | Unset
        if isinstance(self.open_, Unset):
            open_ = UNSET
        else:
            open_ = self.open_

        low: None | str | Unset
        if isinstance(self.low, Unset):
            low = UNSET
        else:
            low = self.low

        high: None | str | Unset
        if isinstance(self.high, Unset):
            high = UNSET
        else:
            high = self.high

        close: None | str | Unset
        if isinstance(self.close, Unset):
            close = UNSET
        else:
            close = self.close

        mean: None | str | Unset
        if isinstance(self.mean, Unset):
            mean = UNSET
        else:
            mean = self.mean

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if open_ is not UNSET:
            field_dict["open"] = open_
        if low is not UNSET:
            field_dict["low"] = low
        if high is not UNSET:
            field_dict["high"] = high
        if close is not UNSET:
            field_dict["close"] = close
        if mean is not UNSET:
            field_dict["mean"] = mean
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _open__data = d.pop("open", UNSET)
        open_: None | str | Unset
        if _open__data is None or isinstance(_open__data, Unset):
            open_ = _open__data
        elif not isinstance(_open__data, str):
            raise TypeError(f"open_: expected str, got {type(_open__data).__name__}")
        else:
            open_ = cast(None | str | Unset, _open__data)

        _low_data = d.pop("low", UNSET)
        low: None | str | Unset
        if _low_data is None or isinstance(_low_data, Unset):
            low = _low_data
        elif not isinstance(_low_data, str):
            raise TypeError(f"low: expected str, got {type(_low_data).__name__}")
        else:
            low = cast(None | str | Unset, _low_data)

        _high_data = d.pop("high", UNSET)
        high: None | str | Unset
        if _high_data is None or isinstance(_high_data, Unset):
            high = _high_data
        elif not isinstance(_high_data, str):
            raise TypeError(f"high: expected str, got {type(_high_data).__name__}")
        else:
            high = cast(None | str | Unset, _high_data)

        _close_data = d.pop("close", UNSET)
        close: None | str | Unset
        if _close_data is None or isinstance(_close_data, Unset):
            close = _close_data
        elif not isinstance(_close_data, str):
            raise TypeError(f"close: expected str, got {type(_close_data).__name__}")
        else:
            close = cast(None | str | Unset, _close_data)

        _mean_data = d.pop("mean", UNSET)
        mean: None | str | Unset
        if _mean_data is None or isinstance(_mean_data, Unset):
            mean = _mean_data
        elif not isinstance(_mean_data, str):
            raise TypeError(f"mean: expected str, got {type(_mean_data).__name__}")
        else:
            mean = cast(None | str | Unset, _mean_data)

        _previous_data = d.pop("previous", UNSET)
        previous: None | str | Unset
        if _previous_data is None or isinstance(_previous_data, Unset):
            previous = _previous_data
        elif not isinstance(_previous_data, str):
            raise TypeError(
                f"previous: expected str, got {type(_previous_data).__name__}"
            )
        else:
            previous = cast(None | str | Unset, _previous_data)

        price_distribution_historical = cls(
            open_=open_,
            low=low,
            high=high,
            close=close,
            mean=mean,
            previous=previous,
        )

        price_distribution_historical.additional_properties = d
        return price_distribution_historical

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("open_", self.open_),
            ("low", self.low),
            ("high", self.high),
            ("close", self.close),
            ("mean", self.mean),
            ("previous", self.previous),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"PriceDistributionHistorical({shown})"

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
