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

T = TypeVar("T", bound="MarketMetadata")


@_attrs_define
class MarketMetadata:
    """
    Attributes:
        market_ticker (str | Unset):
        image_url (str | Unset):
        color_code (str | Unset):
    """

    market_ticker: str | Unset = UNSET
    image_url: str | Unset = UNSET
    color_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        image_url = self.image_url

        color_code = self.color_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if color_code is not UNSET:
            field_dict["color_code"] = color_code

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
            market_metadata = cls.__new__(cls)
            market_metadata._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return market_metadata
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketMetadata.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        image_url = d.get("image_url", UNSET)
        if not isinstance(image_url, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketMetadata.image_url: expected str, got {type(image_url).__name__}"
            )

        color_code = d.get("color_code", UNSET)
        if not isinstance(color_code, (str, Unset, NoneType)):
            raise TypeError(
                f"MarketMetadata.color_code: expected str, got {type(color_code).__name__}"
            )

        market_metadata = cls(
            market_ticker=market_ticker,
            image_url=image_url,
            color_code=color_code,
        )
        market_metadata.additional_properties = _load_additional_properties(d, False)
        return market_metadata

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
                raise MalformedField(f"MarketMetadata.{name}: {error!r}") from error
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
        return f"MarketMetadata({', '.join(shown)})"

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


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketMetadata.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_image_url(d: dict[str, Any], lazily: bool) -> str | Unset:
    image_url = d.get("image_url", UNSET)
    if not isinstance(image_url, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketMetadata.image_url: expected str, got {type(image_url).__name__}"
        )

    return image_url


def _load_color_code(d: dict[str, Any], lazily: bool) -> str | Unset:
    color_code = d.get("color_code", UNSET)
    if not isinstance(color_code, (str, Unset, NoneType)):
        raise TypeError(
            f"MarketMetadata.color_code: expected str, got {type(color_code).__name__}"
        )

    return color_code


_FIELDS = frozenset(
    {
        "market_ticker",
        "image_url",
        "color_code",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "image_url": _load_image_url,
    "color_code": _load_color_code,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "image_url",
    "color_code",
    "additional_properties",
)
