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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            get_live_datas_response = cls.__new__(cls)
            get_live_datas_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_live_datas_response
        d = dict(src_dict)
        from ..models.live_data import LiveData  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _live_datas_data = d.get("live_datas", UNSET)
        live_datas: list[LiveData] | None | Unset
        if _live_datas_data is None or isinstance(_live_datas_data, Unset):
            live_datas = _live_datas_data
        elif isinstance(_live_datas_data, list):
            live_datas_type_0 = []
            _live_datas_type_0 = _live_datas_data
            for live_datas_type_0_item_data in _live_datas_type_0:
                live_datas_type_0_item = LiveData.from_dict(
                    lazy=lazily, src_dict=live_datas_type_0_item_data
                )

                live_datas_type_0.append(live_datas_type_0_item)

            live_datas = live_datas_type_0
        else:
            raise TypeError(
                f"live_datas: unexpected JSON type {type(_live_datas_data).__name__}"
            )

        get_live_datas_response = cls(
            live_datas=live_datas,
        )
        get_live_datas_response.additional_properties = _load_additional_properties(
            d, False
        )
        return get_live_datas_response

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
                    f"GetLiveDatasResponse.{name}: {error!r}"
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
        return f"GetLiveDatasResponse({', '.join(shown)})"

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


def _load_live_datas(d: dict[str, Any], lazily: bool) -> list[LiveData] | None | Unset:
    from ..models.live_data import LiveData  # noqa: PLC0415

    _live_datas_data = d.get("live_datas", UNSET)
    live_datas: list[LiveData] | None | Unset
    if _live_datas_data is None or isinstance(_live_datas_data, Unset):
        live_datas = _live_datas_data
    elif isinstance(_live_datas_data, list):
        live_datas_type_0 = []
        _live_datas_type_0 = _live_datas_data
        for live_datas_type_0_item_data in _live_datas_type_0:
            live_datas_type_0_item = LiveData.from_dict(
                lazy=lazily, src_dict=live_datas_type_0_item_data
            )

            live_datas_type_0.append(live_datas_type_0_item)

        live_datas = live_datas_type_0
    else:
        raise TypeError(
            f"live_datas: unexpected JSON type {type(_live_datas_data).__name__}"
        )

    return live_datas


_FIELDS = frozenset(
    {
        "live_datas",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "live_datas": _load_live_datas,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "live_datas",
    "additional_properties",
)
