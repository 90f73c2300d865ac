from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint


T = TypeVar("T", bound="GetEventForecastPercentilesHistoryResponse")


@_attrs_define
class GetEventForecastPercentilesHistoryResponse:
    """
    Attributes:
        forecast_history (list[ForecastPercentilesPoint] | None | Unset):
    """

    forecast_history: list[ForecastPercentilesPoint] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        forecast_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.forecast_history, Unset):
            forecast_history = UNSET
        elif isinstance(self.forecast_history, list):
            forecast_history = []
            for forecast_history_type_0_item_data in self.forecast_history:
                forecast_history_type_0_item = (
                    forecast_history_type_0_item_data.to_dict()
                )
                forecast_history.append(forecast_history_type_0_item)

        else:
            forecast_history = self.forecast_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forecast_history is not UNSET:
            field_dict["forecast_history"] = forecast_history

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
            get_event_forecast_percentiles_history_response = cls.__new__(cls)
            get_event_forecast_percentiles_history_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_event_forecast_percentiles_history_response
        d = dict(src_dict)
        from ..models.forecast_percentiles_point import ForecastPercentilesPoint  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _forecast_history_data = d.get("forecast_history", UNSET)
        forecast_history: list[ForecastPercentilesPoint] | None | Unset
        if _forecast_history_data is None or isinstance(_forecast_history_data, Unset):
            forecast_history = _forecast_history_data
        elif isinstance(_forecast_history_data, list):
            forecast_history_type_0 = []
            _forecast_history_type_0 = _forecast_history_data
            for forecast_history_type_0_item_data in _forecast_history_type_0:
                forecast_history_type_0_item = ForecastPercentilesPoint.from_dict(
                    lazy=lazily, src_dict=forecast_history_type_0_item_data
                )

                forecast_history_type_0.append(forecast_history_type_0_item)

            forecast_history = forecast_history_type_0
        else:
            raise TypeError(
                f"forecast_history: unexpected JSON type {type(_forecast_history_data).__name__}"
            )

        get_event_forecast_percentiles_history_response = cls(
            forecast_history=forecast_history,
        )
        get_event_forecast_percentiles_history_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_event_forecast_percentiles_history_response

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
                    f"GetEventForecastPercentilesHistoryResponse.{name}: {error!r}"
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
        return f"GetEventForecastPercentilesHistoryResponse({', '.join(shown)})"

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


def _load_forecast_history(
    d: dict[str, Any], lazily: bool
) -> list[ForecastPercentilesPoint] | None | Unset:
    from ..models.forecast_percentiles_point import ForecastPercentilesPoint  # noqa: PLC0415

    _forecast_history_data = d.get("forecast_history", UNSET)
    forecast_history: list[ForecastPercentilesPoint] | None | Unset
    if _forecast_history_data is None or isinstance(_forecast_history_data, Unset):
        forecast_history = _forecast_history_data
    elif isinstance(_forecast_history_data, list):
        forecast_history_type_0 = []
        _forecast_history_type_0 = _forecast_history_data
        for forecast_history_type_0_item_data in _forecast_history_type_0:
            forecast_history_type_0_item = ForecastPercentilesPoint.from_dict(
                lazy=lazily, src_dict=forecast_history_type_0_item_data
            )

            forecast_history_type_0.append(forecast_history_type_0_item)

        forecast_history = forecast_history_type_0
    else:
        raise TypeError(
            f"forecast_history: unexpected JSON type {type(_forecast_history_data).__name__}"
        )

    return forecast_history


_FIELDS = frozenset(
    {
        "forecast_history",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "forecast_history": _load_forecast_history,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "forecast_history",
    "additional_properties",
)
