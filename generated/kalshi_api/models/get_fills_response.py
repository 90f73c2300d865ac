from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
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
    from ..models.fill import Fill


T = TypeVar("T", bound="GetFillsResponse")


@_attrs_define
class GetFillsResponse:
    """
    Attributes:
        fills (list[Fill] | None | Unset):
        cursor (str | Unset):
    """

    fills: list[Fill] | None | Unset = UNSET
    cursor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        fills: list[dict[str, Any]] | None | Unset
        if isinstance(self.fills, Unset):
            fills = UNSET
        elif isinstance(self.fills, list):
            fills = []
            for fills_type_0_item_data in self.fills:
                fills_type_0_item = fills_type_0_item_data.to_dict()
                fills.append(fills_type_0_item)

        else:
            fills = self.fills

        cursor = self.cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fills is not UNSET:
            field_dict["fills"] = fills
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

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
            get_fills_response = cls.__new__(cls)
            get_fills_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_fills_response
        d = dict(src_dict)
        from ..models.fill import Fill  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _fills_data = d.get("fills", UNSET)
        fills: list[Fill] | None | Unset
        if _fills_data is None or isinstance(_fills_data, Unset):
            fills = _fills_data
        elif isinstance(_fills_data, list):
            fills_type_0 = []
            _fills_type_0 = _fills_data
            for fills_type_0_item_data in _fills_type_0:
                fills_type_0_item = Fill.from_dict(
                    lazy=lazily, src_dict=fills_type_0_item_data
                )

                fills_type_0.append(fills_type_0_item)

            fills = fills_type_0
        else:
            raise TypeError(f"fills: unexpected JSON type {type(_fills_data).__name__}")

        cursor = d.get("cursor", UNSET)
        if not isinstance(cursor, (str, Unset, NoneType)):
            raise TypeError(
                f"GetFillsResponse.cursor: expected str, got {type(cursor).__name__}"
            )

        get_fills_response = cls(
            fills=fills,
            cursor=cursor,
        )
        get_fills_response.additional_properties = _load_additional_properties(d, False)
        return get_fills_response

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
                raise MalformedField(f"GetFillsResponse.{name}: {error!r}") from error
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
        return f"GetFillsResponse({', '.join(shown)})"

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


def _load_fills(d: dict[str, Any], lazily: bool) -> list[Fill] | None | Unset:
    from ..models.fill import Fill  # noqa: PLC0415

    _fills_data = d.get("fills", UNSET)
    fills: list[Fill] | None | Unset
    if _fills_data is None or isinstance(_fills_data, Unset):
        fills = _fills_data
    elif isinstance(_fills_data, list):
        fills_type_0 = []
        _fills_type_0 = _fills_data
        for fills_type_0_item_data in _fills_type_0:
            fills_type_0_item = Fill.from_dict(
                lazy=lazily, src_dict=fills_type_0_item_data
            )

            fills_type_0.append(fills_type_0_item)

        fills = fills_type_0
    else:
        raise TypeError(f"fills: unexpected JSON type {type(_fills_data).__name__}")

    return fills


def _load_cursor(d: dict[str, Any], lazily: bool) -> str | Unset:
    cursor = d.get("cursor", UNSET)
    if not isinstance(cursor, (str, Unset, NoneType)):
        raise TypeError(
            f"GetFillsResponse.cursor: expected str, got {type(cursor).__name__}"
        )

    return cursor


_FIELDS = frozenset(
    {
        "fills",
        "cursor",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "fills": _load_fills,
    "cursor": _load_cursor,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "fills",
    "cursor",
    "additional_properties",
)
