from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        channels = []
        _channels = d.pop("channels")
        for channels_item_data in _channels:
            channels_item = SubscribeCommandParamsChannelsItem._value2member_map_.get(
                _raw := channels_item_data
            ) or SubscribeCommandParamsChannelsItem(_raw)

            channels.append(channels_item)

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"SubscribeCommandParams.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_tickers = cast(list[str], d.pop("market_tickers", UNSET))

        market_id = d.pop("market_id", UNSET)
        if not isinstance(market_id, str | Unset | None):
            raise TypeError(
                f"SubscribeCommandParams.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ids = cast(list[str], d.pop("market_ids", UNSET))

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)
        if not isinstance(send_initial_snapshot, bool | Unset | None):
            raise TypeError(
                f"SubscribeCommandParams.send_initial_snapshot: expected bool, got {type(send_initial_snapshot).__name__}"
            )

        skip_ticker_ack = d.pop("skip_ticker_ack", UNSET)
        if not isinstance(skip_ticker_ack, bool | Unset | None):
            raise TypeError(
                f"SubscribeCommandParams.skip_ticker_ack: expected bool, got {type(skip_ticker_ack).__name__}"
            )

        use_yes_price = d.pop("use_yes_price", UNSET)
        if not isinstance(use_yes_price, bool | Unset | None):
            raise TypeError(
                f"SubscribeCommandParams.use_yes_price: expected bool, got {type(use_yes_price).__name__}"
            )

        _user_filter = d.pop("user_filter", UNSET)
        user_filter: SubscribeCommandParamsUserFilter | Unset
        if isinstance(_user_filter, Unset):
            user_filter = UNSET
        else:
            user_filter = SubscribeCommandParamsUserFilter._value2member_map_.get(
                _raw := _user_filter
            ) or SubscribeCommandParamsUserFilter(_raw)

        shard_factor = d.pop("shard_factor", UNSET)
        if not isinstance(shard_factor, int | Unset | None) or isinstance(
            shard_factor, bool
        ):
            raise TypeError(
                f"SubscribeCommandParams.shard_factor: expected int, got {type(shard_factor).__name__}"
            )

        shard_key = d.pop("shard_key", UNSET)
        if not isinstance(shard_key, int | Unset | None) or isinstance(shard_key, bool):
            raise TypeError(
                f"SubscribeCommandParams.shard_key: expected int, got {type(shard_key).__name__}"
            )

        index_ids = cast(list[str], d.pop("index_ids", UNSET))

        underlying_tickers = cast(list[str], d.pop("underlying_tickers", UNSET))

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

        subscribe_command_params.additional_properties = d
        return subscribe_command_params

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("channels", self.channels),
            ("market_ticker", self.market_ticker),
            ("market_tickers", self.market_tickers),
            ("market_id", self.market_id),
            ("market_ids", self.market_ids),
            ("send_initial_snapshot", self.send_initial_snapshot),
            ("skip_ticker_ack", self.skip_ticker_ack),
            ("use_yes_price", self.use_yes_price),
            ("user_filter", self.user_filter),
            ("shard_factor", self.shard_factor),
            ("shard_key", self.shard_key),
            ("index_ids", self.index_ids),
            ("underlying_tickers", self.underlying_tickers),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"SubscribeCommandParams({shown})"

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
