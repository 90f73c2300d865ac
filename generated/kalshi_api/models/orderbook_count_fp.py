from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderbookCountFp")


@_attrs_define
class OrderbookCountFp:
    """
    Attributes:
        yes_dollars (list[list[str] | None] | None | Unset):
        no_dollars (list[list[str] | None] | None | Unset):
    """

    yes_dollars: list[list[str] | None] | None | Unset = UNSET
    no_dollars: list[list[str] | None] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        yes_dollars: list[list[str] | None] | None | Unset
        if isinstance(self.yes_dollars, Unset):
            yes_dollars = UNSET
        elif isinstance(self.yes_dollars, list):
            yes_dollars = []
            for yes_dollars_type_0_item_data in self.yes_dollars:
                yes_dollars_type_0_item: list[str] | None
                if isinstance(yes_dollars_type_0_item_data, list):
                    yes_dollars_type_0_item = yes_dollars_type_0_item_data

                else:
                    yes_dollars_type_0_item = yes_dollars_type_0_item_data
                yes_dollars.append(yes_dollars_type_0_item)

        else:
            yes_dollars = self.yes_dollars

        no_dollars: list[list[str] | None] | None | Unset
        if isinstance(self.no_dollars, Unset):
            no_dollars = UNSET
        elif isinstance(self.no_dollars, list):
            no_dollars = []
            for no_dollars_type_0_item_data in self.no_dollars:
                no_dollars_type_0_item: list[str] | None
                if isinstance(no_dollars_type_0_item_data, list):
                    no_dollars_type_0_item = no_dollars_type_0_item_data

                else:
                    no_dollars_type_0_item = no_dollars_type_0_item_data
                no_dollars.append(no_dollars_type_0_item)

        else:
            no_dollars = self.no_dollars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if yes_dollars is not UNSET:
            field_dict["yes_dollars"] = yes_dollars
        if no_dollars is not UNSET:
            field_dict["no_dollars"] = no_dollars

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
            orderbook_count_fp = cls.__new__(cls)
            orderbook_count_fp._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return orderbook_count_fp
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _yes_dollars_data = d.get("yes_dollars", UNSET)
        yes_dollars: list[list[str] | None] | None | Unset
        if _yes_dollars_data is None or isinstance(_yes_dollars_data, Unset):
            yes_dollars = _yes_dollars_data
        elif isinstance(_yes_dollars_data, list):
            yes_dollars_type_0 = []
            _yes_dollars_type_0 = _yes_dollars_data
            for yes_dollars_type_0_item_data in _yes_dollars_type_0:
                _yes_dollars_type_0_item_data = yes_dollars_type_0_item_data
                yes_dollars_type_0_item: list[str] | None
                if _yes_dollars_type_0_item_data is None:
                    yes_dollars_type_0_item = _yes_dollars_type_0_item_data
                elif isinstance(_yes_dollars_type_0_item_data, list):
                    componentsschemas_price_level_dollars_count_fp_type_0 = cast(
                        list[str], _yes_dollars_type_0_item_data
                    )

                    yes_dollars_type_0_item = (
                        componentsschemas_price_level_dollars_count_fp_type_0
                    )
                else:
                    raise TypeError(
                        f"yes_dollars_type_0_item: unexpected JSON type {type(_yes_dollars_type_0_item_data).__name__}"
                    )

                yes_dollars_type_0.append(yes_dollars_type_0_item)

            yes_dollars = yes_dollars_type_0
        else:
            raise TypeError(
                f"yes_dollars: unexpected JSON type {type(_yes_dollars_data).__name__}"
            )

        _no_dollars_data = d.get("no_dollars", UNSET)
        no_dollars: list[list[str] | None] | None | Unset
        if _no_dollars_data is None or isinstance(_no_dollars_data, Unset):
            no_dollars = _no_dollars_data
        elif isinstance(_no_dollars_data, list):
            no_dollars_type_0 = []
            _no_dollars_type_0 = _no_dollars_data
            for no_dollars_type_0_item_data in _no_dollars_type_0:
                _no_dollars_type_0_item_data = no_dollars_type_0_item_data
                no_dollars_type_0_item: list[str] | None
                if _no_dollars_type_0_item_data is None:
                    no_dollars_type_0_item = _no_dollars_type_0_item_data
                elif isinstance(_no_dollars_type_0_item_data, list):
                    componentsschemas_price_level_dollars_count_fp_type_0 = cast(
                        list[str], _no_dollars_type_0_item_data
                    )

                    no_dollars_type_0_item = (
                        componentsschemas_price_level_dollars_count_fp_type_0
                    )
                else:
                    raise TypeError(
                        f"no_dollars_type_0_item: unexpected JSON type {type(_no_dollars_type_0_item_data).__name__}"
                    )

                no_dollars_type_0.append(no_dollars_type_0_item)

            no_dollars = no_dollars_type_0
        else:
            raise TypeError(
                f"no_dollars: unexpected JSON type {type(_no_dollars_data).__name__}"
            )

        orderbook_count_fp = cls(
            yes_dollars=yes_dollars,
            no_dollars=no_dollars,
        )
        orderbook_count_fp.additional_properties = _load_additional_properties(d, False)
        return orderbook_count_fp

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
                raise MalformedField(f"OrderbookCountFp.{name}: {error!r}") from error
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
        return f"OrderbookCountFp({', '.join(shown)})"

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


def _load_yes_dollars(
    d: dict[str, Any], lazily: bool
) -> list[list[str] | None] | None | Unset:
    _yes_dollars_data = d.get("yes_dollars", UNSET)
    yes_dollars: list[list[str] | None] | None | Unset
    if _yes_dollars_data is None or isinstance(_yes_dollars_data, Unset):
        yes_dollars = _yes_dollars_data
    elif isinstance(_yes_dollars_data, list):
        yes_dollars_type_0 = []
        _yes_dollars_type_0 = _yes_dollars_data
        for yes_dollars_type_0_item_data in _yes_dollars_type_0:
            _yes_dollars_type_0_item_data = yes_dollars_type_0_item_data
            yes_dollars_type_0_item: list[str] | None
            if _yes_dollars_type_0_item_data is None:
                yes_dollars_type_0_item = _yes_dollars_type_0_item_data
            elif isinstance(_yes_dollars_type_0_item_data, list):
                componentsschemas_price_level_dollars_count_fp_type_0 = cast(
                    list[str], _yes_dollars_type_0_item_data
                )

                yes_dollars_type_0_item = (
                    componentsschemas_price_level_dollars_count_fp_type_0
                )
            else:
                raise TypeError(
                    f"yes_dollars_type_0_item: unexpected JSON type {type(_yes_dollars_type_0_item_data).__name__}"
                )

            yes_dollars_type_0.append(yes_dollars_type_0_item)

        yes_dollars = yes_dollars_type_0
    else:
        raise TypeError(
            f"yes_dollars: unexpected JSON type {type(_yes_dollars_data).__name__}"
        )

    return yes_dollars


def _load_no_dollars(
    d: dict[str, Any], lazily: bool
) -> list[list[str] | None] | None | Unset:
    _no_dollars_data = d.get("no_dollars", UNSET)
    no_dollars: list[list[str] | None] | None | Unset
    if _no_dollars_data is None or isinstance(_no_dollars_data, Unset):
        no_dollars = _no_dollars_data
    elif isinstance(_no_dollars_data, list):
        no_dollars_type_0 = []
        _no_dollars_type_0 = _no_dollars_data
        for no_dollars_type_0_item_data in _no_dollars_type_0:
            _no_dollars_type_0_item_data = no_dollars_type_0_item_data
            no_dollars_type_0_item: list[str] | None
            if _no_dollars_type_0_item_data is None:
                no_dollars_type_0_item = _no_dollars_type_0_item_data
            elif isinstance(_no_dollars_type_0_item_data, list):
                componentsschemas_price_level_dollars_count_fp_type_0 = cast(
                    list[str], _no_dollars_type_0_item_data
                )

                no_dollars_type_0_item = (
                    componentsschemas_price_level_dollars_count_fp_type_0
                )
            else:
                raise TypeError(
                    f"no_dollars_type_0_item: unexpected JSON type {type(_no_dollars_type_0_item_data).__name__}"
                )

            no_dollars_type_0.append(no_dollars_type_0_item)

        no_dollars = no_dollars_type_0
    else:
        raise TypeError(
            f"no_dollars: unexpected JSON type {type(_no_dollars_data).__name__}"
        )

    return no_dollars


_FIELDS = frozenset(
    {
        "yes_dollars",
        "no_dollars",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "yes_dollars": _load_yes_dollars,
    "no_dollars": _load_no_dollars,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "yes_dollars",
    "no_dollars",
    "additional_properties",
)
