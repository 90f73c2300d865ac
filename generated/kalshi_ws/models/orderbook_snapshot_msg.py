from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
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

T = TypeVar("T", bound="OrderbookSnapshotMsg")


@_attrs_define
class OrderbookSnapshotMsg:
    """
    Attributes:
        market_ticker (str | Unset):
        market_id (str | Unset):
        yes_dollars_fp (list[list[str] | None] | None | Unset):
        no_dollars_fp (list[list[str] | None] | None | Unset):
    """

    market_ticker: str | Unset = UNSET
    market_id: str | Unset = UNSET
    yes_dollars_fp: list[list[str] | None] | None | Unset = UNSET
    no_dollars_fp: list[list[str] | None] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        market_ticker = self.market_ticker

        market_id = self.market_id

        yes_dollars_fp: list[list[str] | None] | None | Unset
        if isinstance(self.yes_dollars_fp, Unset):
            yes_dollars_fp = UNSET
        elif isinstance(self.yes_dollars_fp, list):
            yes_dollars_fp = []
            for yes_dollars_fp_type_0_item_data in self.yes_dollars_fp:
                yes_dollars_fp_type_0_item: list[str] | None
                if isinstance(yes_dollars_fp_type_0_item_data, list):
                    yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_data

                else:
                    yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_data
                yes_dollars_fp.append(yes_dollars_fp_type_0_item)

        else:
            yes_dollars_fp = self.yes_dollars_fp

        no_dollars_fp: list[list[str] | None] | None | Unset
        if isinstance(self.no_dollars_fp, Unset):
            no_dollars_fp = UNSET
        elif isinstance(self.no_dollars_fp, list):
            no_dollars_fp = []
            for no_dollars_fp_type_0_item_data in self.no_dollars_fp:
                no_dollars_fp_type_0_item: list[str] | None
                if isinstance(no_dollars_fp_type_0_item_data, list):
                    no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_data

                else:
                    no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_data
                no_dollars_fp.append(no_dollars_fp_type_0_item)

        else:
            no_dollars_fp = self.no_dollars_fp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if yes_dollars_fp is not UNSET:
            field_dict["yes_dollars_fp"] = yes_dollars_fp
        if no_dollars_fp is not UNSET:
            field_dict["no_dollars_fp"] = no_dollars_fp

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
            orderbook_snapshot_msg = cls.__new__(cls)
            orderbook_snapshot_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return orderbook_snapshot_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookSnapshotMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_id = d.get("market_id", UNSET)
        if not isinstance(market_id, (str, Unset, NoneType)):
            raise TypeError(
                f"OrderbookSnapshotMsg.market_id: expected str, got {type(market_id).__name__}"
            )

        _yes_dollars_fp_data = d.get("yes_dollars_fp", UNSET)
        yes_dollars_fp: list[list[str] | None] | None | Unset
        if _yes_dollars_fp_data is None or isinstance(_yes_dollars_fp_data, Unset):
            yes_dollars_fp = _yes_dollars_fp_data
        elif isinstance(_yes_dollars_fp_data, list):
            yes_dollars_fp_type_0 = []
            _yes_dollars_fp_type_0 = _yes_dollars_fp_data
            for yes_dollars_fp_type_0_item_data in _yes_dollars_fp_type_0:
                _yes_dollars_fp_type_0_item_data = yes_dollars_fp_type_0_item_data
                yes_dollars_fp_type_0_item: list[str] | None
                if _yes_dollars_fp_type_0_item_data is None:
                    yes_dollars_fp_type_0_item = _yes_dollars_fp_type_0_item_data
                elif isinstance(_yes_dollars_fp_type_0_item_data, list):
                    yes_dollars_fp_type_0_item_type_0 = cast(
                        list[str], _yes_dollars_fp_type_0_item_data
                    )

                    yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_type_0
                else:
                    raise TypeError(
                        f"yes_dollars_fp_type_0_item: unexpected JSON type {type(_yes_dollars_fp_type_0_item_data).__name__}"
                    )

                yes_dollars_fp_type_0.append(yes_dollars_fp_type_0_item)

            yes_dollars_fp = yes_dollars_fp_type_0
        else:
            raise TypeError(
                f"yes_dollars_fp: unexpected JSON type {type(_yes_dollars_fp_data).__name__}"
            )

        _no_dollars_fp_data = d.get("no_dollars_fp", UNSET)
        no_dollars_fp: list[list[str] | None] | None | Unset
        if _no_dollars_fp_data is None or isinstance(_no_dollars_fp_data, Unset):
            no_dollars_fp = _no_dollars_fp_data
        elif isinstance(_no_dollars_fp_data, list):
            no_dollars_fp_type_0 = []
            _no_dollars_fp_type_0 = _no_dollars_fp_data
            for no_dollars_fp_type_0_item_data in _no_dollars_fp_type_0:
                _no_dollars_fp_type_0_item_data = no_dollars_fp_type_0_item_data
                no_dollars_fp_type_0_item: list[str] | None
                if _no_dollars_fp_type_0_item_data is None:
                    no_dollars_fp_type_0_item = _no_dollars_fp_type_0_item_data
                elif isinstance(_no_dollars_fp_type_0_item_data, list):
                    no_dollars_fp_type_0_item_type_0 = cast(
                        list[str], _no_dollars_fp_type_0_item_data
                    )

                    no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_type_0
                else:
                    raise TypeError(
                        f"no_dollars_fp_type_0_item: unexpected JSON type {type(_no_dollars_fp_type_0_item_data).__name__}"
                    )

                no_dollars_fp_type_0.append(no_dollars_fp_type_0_item)

            no_dollars_fp = no_dollars_fp_type_0
        else:
            raise TypeError(
                f"no_dollars_fp: unexpected JSON type {type(_no_dollars_fp_data).__name__}"
            )

        orderbook_snapshot_msg = cls(
            market_ticker=market_ticker,
            market_id=market_id,
            yes_dollars_fp=yes_dollars_fp,
            no_dollars_fp=no_dollars_fp,
        )
        orderbook_snapshot_msg.additional_properties = _load_additional_properties(
            d, False
        )
        return orderbook_snapshot_msg

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
                    f"OrderbookSnapshotMsg.{name}: {error!r}"
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
        return f"OrderbookSnapshotMsg({', '.join(shown)})"

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
            f"OrderbookSnapshotMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_market_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_id = d.get("market_id", UNSET)
    if not isinstance(market_id, (str, Unset, NoneType)):
        raise TypeError(
            f"OrderbookSnapshotMsg.market_id: expected str, got {type(market_id).__name__}"
        )

    return market_id


def _load_yes_dollars_fp(
    d: dict[str, Any], lazily: bool
) -> list[list[str] | None] | None | Unset:
    _yes_dollars_fp_data = d.get("yes_dollars_fp", UNSET)
    yes_dollars_fp: list[list[str] | None] | None | Unset
    if _yes_dollars_fp_data is None or isinstance(_yes_dollars_fp_data, Unset):
        yes_dollars_fp = _yes_dollars_fp_data
    elif isinstance(_yes_dollars_fp_data, list):
        yes_dollars_fp_type_0 = []
        _yes_dollars_fp_type_0 = _yes_dollars_fp_data
        for yes_dollars_fp_type_0_item_data in _yes_dollars_fp_type_0:
            _yes_dollars_fp_type_0_item_data = yes_dollars_fp_type_0_item_data
            yes_dollars_fp_type_0_item: list[str] | None
            if _yes_dollars_fp_type_0_item_data is None:
                yes_dollars_fp_type_0_item = _yes_dollars_fp_type_0_item_data
            elif isinstance(_yes_dollars_fp_type_0_item_data, list):
                yes_dollars_fp_type_0_item_type_0 = cast(
                    list[str], _yes_dollars_fp_type_0_item_data
                )

                yes_dollars_fp_type_0_item = yes_dollars_fp_type_0_item_type_0
            else:
                raise TypeError(
                    f"yes_dollars_fp_type_0_item: unexpected JSON type {type(_yes_dollars_fp_type_0_item_data).__name__}"
                )

            yes_dollars_fp_type_0.append(yes_dollars_fp_type_0_item)

        yes_dollars_fp = yes_dollars_fp_type_0
    else:
        raise TypeError(
            f"yes_dollars_fp: unexpected JSON type {type(_yes_dollars_fp_data).__name__}"
        )

    return yes_dollars_fp


def _load_no_dollars_fp(
    d: dict[str, Any], lazily: bool
) -> list[list[str] | None] | None | Unset:
    _no_dollars_fp_data = d.get("no_dollars_fp", UNSET)
    no_dollars_fp: list[list[str] | None] | None | Unset
    if _no_dollars_fp_data is None or isinstance(_no_dollars_fp_data, Unset):
        no_dollars_fp = _no_dollars_fp_data
    elif isinstance(_no_dollars_fp_data, list):
        no_dollars_fp_type_0 = []
        _no_dollars_fp_type_0 = _no_dollars_fp_data
        for no_dollars_fp_type_0_item_data in _no_dollars_fp_type_0:
            _no_dollars_fp_type_0_item_data = no_dollars_fp_type_0_item_data
            no_dollars_fp_type_0_item: list[str] | None
            if _no_dollars_fp_type_0_item_data is None:
                no_dollars_fp_type_0_item = _no_dollars_fp_type_0_item_data
            elif isinstance(_no_dollars_fp_type_0_item_data, list):
                no_dollars_fp_type_0_item_type_0 = cast(
                    list[str], _no_dollars_fp_type_0_item_data
                )

                no_dollars_fp_type_0_item = no_dollars_fp_type_0_item_type_0
            else:
                raise TypeError(
                    f"no_dollars_fp_type_0_item: unexpected JSON type {type(_no_dollars_fp_type_0_item_data).__name__}"
                )

            no_dollars_fp_type_0.append(no_dollars_fp_type_0_item)

        no_dollars_fp = no_dollars_fp_type_0
    else:
        raise TypeError(
            f"no_dollars_fp: unexpected JSON type {type(_no_dollars_fp_data).__name__}"
        )

    return no_dollars_fp


_FIELDS = frozenset(
    {
        "market_ticker",
        "market_id",
        "yes_dollars_fp",
        "no_dollars_fp",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "market_ticker": _load_market_ticker,
    "market_id": _load_market_id,
    "yes_dollars_fp": _load_yes_dollars_fp,
    "no_dollars_fp": _load_no_dollars_fp,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "market_ticker",
    "market_id",
    "yes_dollars_fp",
    "no_dollars_fp",
    "additional_properties",
)
