from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.subscribe_command_params_channels_item import (
    SubscribeCommandParamsChannelsItem,
)
from ..models.subscribe_command_params_user_filter import (
    SubscribeCommandParamsUserFilter,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscribeCommandParams")


@_attrs_define
class SubscribeCommandParams:
    """
    Attributes:
        channels (list[SubscribeCommandParamsChannelsItem]):
        market_ticker (str | Unset):
        market_tickers (list[str] | Unset):
        market_id (str | Unset):
        market_ids (list[str] | Unset):
        send_initial_snapshot (bool | Unset):  Default: False.
        skip_ticker_ack (bool | Unset):  Default: False.
        use_yes_price (bool | Unset):  Default: False.
        user_filter (SubscribeCommandParamsUserFilter | Unset):  Default: SubscribeCommandParamsUserFilter.VALUE_0.
        shard_factor (int | Unset):
        shard_key (int | Unset):
        index_ids (list[str] | Unset):
        underlying_tickers (list[str] | Unset):
    """

    channels: list[SubscribeCommandParamsChannelsItem]
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    market_id: str | Unset = UNSET
    market_ids: list[str] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    skip_ticker_ack: bool | Unset = False
    use_yes_price: bool | Unset = False
    user_filter: SubscribeCommandParamsUserFilter | Literal["", "self"] | Unset = (
        SubscribeCommandParamsUserFilter.VALUE_0
    )
    shard_factor: int | Unset = UNSET
    shard_key: int | Unset = UNSET
    index_ids: list[str] | Unset = UNSET
    underlying_tickers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        channels = []
        for channels_item_data in self.channels:
            channels_item = SubscribeCommandParamsChannelsItem.of(
                channels_item_data
            ).value
            channels.append(channels_item)

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_id = self.market_id

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = self.market_ids

        send_initial_snapshot = self.send_initial_snapshot

        skip_ticker_ack = self.skip_ticker_ack

        use_yes_price = self.use_yes_price

        user_filter: str | Unset = UNSET
        if not isinstance(self.user_filter, Unset):
            user_filter = SubscribeCommandParamsUserFilter.of(self.user_filter).value

        shard_factor = self.shard_factor

        shard_key = self.shard_key

        index_ids: list[str] | Unset = UNSET
        if not isinstance(self.index_ids, Unset):
            index_ids = self.index_ids

        underlying_tickers: list[str] | Unset = UNSET
        if not isinstance(self.underlying_tickers, Unset):
            underlying_tickers = self.underlying_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channels": channels,
            }
        )
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ids is not UNSET:
            field_dict["market_ids"] = market_ids
        if send_initial_snapshot is not UNSET:
            field_dict["send_initial_snapshot"] = send_initial_snapshot
        if skip_ticker_ack is not UNSET:
            field_dict["skip_ticker_ack"] = skip_ticker_ack
        if use_yes_price is not UNSET:
            field_dict["use_yes_price"] = use_yes_price
        if user_filter is not UNSET:
            field_dict["user_filter"] = user_filter
        if shard_factor is not UNSET:
            field_dict["shard_factor"] = shard_factor
        if shard_key is not UNSET:
            field_dict["shard_key"] = shard_key
        if index_ids is not UNSET:
            field_dict["index_ids"] = index_ids
        if underlying_tickers is not UNSET:
            field_dict["underlying_tickers"] = underlying_tickers

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
            subscribe_command_params = cls.__new__(cls)
            subscribe_command_params._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return subscribe_command_params
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        channels = []
        _channels = d["channels"]
        for channels_item_data in _channels:
            channels_item = SubscribeCommandParamsChannelsItem._value2member_map_.get(
                _raw := channels_item_data
            ) or SubscribeCommandParamsChannelsItem(_raw)

            channels.append(channels_item)

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"SubscribeCommandParams.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_tickers = cast(list[str], d.get("market_tickers", UNSET))

        market_id = d.get("market_id", UNSET)
        if not isinstance(market_id, (str, Unset, NoneType)):
            raise TypeError(
                f"SubscribeCommandParams.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ids = cast(list[str], d.get("market_ids", UNSET))

        send_initial_snapshot = d.get("send_initial_snapshot", UNSET)
        if not isinstance(send_initial_snapshot, (bool, Unset, NoneType)):
            raise TypeError(
                f"SubscribeCommandParams.send_initial_snapshot: expected bool, got {type(send_initial_snapshot).__name__}"
            )

        skip_ticker_ack = d.get("skip_ticker_ack", UNSET)
        if not isinstance(skip_ticker_ack, (bool, Unset, NoneType)):
            raise TypeError(
                f"SubscribeCommandParams.skip_ticker_ack: expected bool, got {type(skip_ticker_ack).__name__}"
            )

        use_yes_price = d.get("use_yes_price", UNSET)
        if not isinstance(use_yes_price, (bool, Unset, NoneType)):
            raise TypeError(
                f"SubscribeCommandParams.use_yes_price: expected bool, got {type(use_yes_price).__name__}"
            )

        _user_filter = d.get("user_filter", UNSET)
        user_filter: SubscribeCommandParamsUserFilter | Unset
        if isinstance(_user_filter, Unset):
            user_filter = UNSET
        else:
            user_filter = SubscribeCommandParamsUserFilter._value2member_map_.get(
                _raw := _user_filter
            ) or SubscribeCommandParamsUserFilter(_raw)

        shard_factor = d.get("shard_factor", UNSET)
        if not isinstance(shard_factor, (int, Unset, NoneType)) or isinstance(
            shard_factor, bool
        ):
            raise TypeError(
                f"SubscribeCommandParams.shard_factor: expected int, got {type(shard_factor).__name__}"
            )

        shard_key = d.get("shard_key", UNSET)
        if not isinstance(shard_key, (int, Unset, NoneType)) or isinstance(
            shard_key, bool
        ):
            raise TypeError(
                f"SubscribeCommandParams.shard_key: expected int, got {type(shard_key).__name__}"
            )

        index_ids = cast(list[str], d.get("index_ids", UNSET))

        underlying_tickers = cast(list[str], d.get("underlying_tickers", UNSET))

        subscribe_command_params = cls(
            channels=channels,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            market_id=market_id,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
            skip_ticker_ack=skip_ticker_ack,
            use_yes_price=use_yes_price,
            user_filter=user_filter,
            shard_factor=shard_factor,
            shard_key=shard_key,
            index_ids=index_ids,
            underlying_tickers=underlying_tickers,
        )
        subscribe_command_params.additional_properties = _load_additional_properties(
            d, False
        )
        return subscribe_command_params

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
                    f"SubscribeCommandParams.{name}: {error!r}"
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
        return f"SubscribeCommandParams({', '.join(shown)})"

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


def _load_channels(
    d: dict[str, Any], lazily: bool
) -> list[SubscribeCommandParamsChannelsItem]:
    channels = []
    _channels = d["channels"]
    for channels_item_data in _channels:
        channels_item = SubscribeCommandParamsChannelsItem._value2member_map_.get(
            _raw := channels_item_data
        ) or SubscribeCommandParamsChannelsItem(_raw)

        channels.append(channels_item)

    return channels


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"SubscribeCommandParams.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_market_tickers(d: dict[str, Any], lazily: bool) -> list[str] | Unset:
    market_tickers = cast(list[str], d.get("market_tickers", UNSET))

    return market_tickers


def _load_market_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_id = d.get("market_id", UNSET)
    if not isinstance(market_id, (str, Unset, NoneType)):
        raise TypeError(
            f"SubscribeCommandParams.market_id: expected str, got {type(market_id).__name__}"
        )

    return market_id


def _load_market_ids(d: dict[str, Any], lazily: bool) -> list[str] | Unset:
    market_ids = cast(list[str], d.get("market_ids", UNSET))

    return market_ids


def _load_send_initial_snapshot(d: dict[str, Any], lazily: bool) -> bool | Unset:
    send_initial_snapshot = d.get("send_initial_snapshot", UNSET)
    if not isinstance(send_initial_snapshot, (bool, Unset, NoneType)):
        raise TypeError(
            f"SubscribeCommandParams.send_initial_snapshot: expected bool, got {type(send_initial_snapshot).__name__}"
        )

    return send_initial_snapshot


def _load_skip_ticker_ack(d: dict[str, Any], lazily: bool) -> bool | Unset:
    skip_ticker_ack = d.get("skip_ticker_ack", UNSET)
    if not isinstance(skip_ticker_ack, (bool, Unset, NoneType)):
        raise TypeError(
            f"SubscribeCommandParams.skip_ticker_ack: expected bool, got {type(skip_ticker_ack).__name__}"
        )

    return skip_ticker_ack


def _load_use_yes_price(d: dict[str, Any], lazily: bool) -> bool | Unset:
    use_yes_price = d.get("use_yes_price", UNSET)
    if not isinstance(use_yes_price, (bool, Unset, NoneType)):
        raise TypeError(
            f"SubscribeCommandParams.use_yes_price: expected bool, got {type(use_yes_price).__name__}"
        )

    return use_yes_price


def _load_user_filter(
    d: dict[str, Any], lazily: bool
) -> SubscribeCommandParamsUserFilter | Unset:
    _user_filter = d.get("user_filter", UNSET)
    user_filter: SubscribeCommandParamsUserFilter | Unset
    if isinstance(_user_filter, Unset):
        user_filter = UNSET
    else:
        user_filter = SubscribeCommandParamsUserFilter._value2member_map_.get(
            _raw := _user_filter
        ) or SubscribeCommandParamsUserFilter(_raw)

    return user_filter


def _load_shard_factor(d: dict[str, Any], lazily: bool) -> int | Unset:
    shard_factor = d.get("shard_factor", UNSET)
    if not isinstance(shard_factor, (int, Unset, NoneType)) or isinstance(
        shard_factor, bool
    ):
        raise TypeError(
            f"SubscribeCommandParams.shard_factor: expected int, got {type(shard_factor).__name__}"
        )

    return shard_factor


def _load_shard_key(d: dict[str, Any], lazily: bool) -> int | Unset:
    shard_key = d.get("shard_key", UNSET)
    if not isinstance(shard_key, (int, Unset, NoneType)) or isinstance(shard_key, bool):
        raise TypeError(
            f"SubscribeCommandParams.shard_key: expected int, got {type(shard_key).__name__}"
        )

    return shard_key


def _load_index_ids(d: dict[str, Any], lazily: bool) -> list[str] | Unset:
    index_ids = cast(list[str], d.get("index_ids", UNSET))

    return index_ids


def _load_underlying_tickers(d: dict[str, Any], lazily: bool) -> list[str] | Unset:
    underlying_tickers = cast(list[str], d.get("underlying_tickers", UNSET))

    return underlying_tickers


_FIELDS = frozenset(
    {
        "channels",
        "market_ticker",
        "market_tickers",
        "market_id",
        "market_ids",
        "send_initial_snapshot",
        "skip_ticker_ack",
        "use_yes_price",
        "user_filter",
        "shard_factor",
        "shard_key",
        "index_ids",
        "underlying_tickers",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "channels": _load_channels,
    "market_ticker": _load_market_ticker,
    "market_tickers": _load_market_tickers,
    "market_id": _load_market_id,
    "market_ids": _load_market_ids,
    "send_initial_snapshot": _load_send_initial_snapshot,
    "skip_ticker_ack": _load_skip_ticker_ack,
    "use_yes_price": _load_use_yes_price,
    "user_filter": _load_user_filter,
    "shard_factor": _load_shard_factor,
    "shard_key": _load_shard_key,
    "index_ids": _load_index_ids,
    "underlying_tickers": _load_underlying_tickers,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "channels",
    "market_ticker",
    "market_tickers",
    "market_id",
    "market_ids",
    "send_initial_snapshot",
    "skip_ticker_ack",
    "use_yes_price",
    "user_filter",
    "shard_factor",
    "shard_key",
    "index_ids",
    "underlying_tickers",
    "additional_properties",
)
