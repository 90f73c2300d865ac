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

from ..models.update_subscription_command_params_action import (
    UpdateSubscriptionCommandParamsAction,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateSubscriptionCommandParams")


@_attrs_define
class UpdateSubscriptionCommandParams:
    """
    Attributes:
        action (UpdateSubscriptionCommandParamsAction):
        sid (int | Unset):
        sids (list[int] | Unset):
        market_ticker (str | Unset):
        market_tickers (list[str] | Unset):
        market_id (str | Unset):
        market_ids (list[str] | Unset):
        send_initial_snapshot (bool | Unset):  Default: False.
    """

    action: (
        UpdateSubscriptionCommandParamsAction
        | Literal["add_markets", "delete_markets", "get_snapshot"]
    )
    sid: int | Unset = UNSET
    sids: list[int] | Unset = UNSET
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | Unset = UNSET
    market_id: str | Unset = UNSET
    market_ids: list[str] | Unset = UNSET
    send_initial_snapshot: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = UpdateSubscriptionCommandParamsAction.of(self.action).value

        sid = self.sid

        sids: list[int] | Unset = UNSET
        if not isinstance(self.sids, Unset):
            sids = self.sids

        market_ticker = self.market_ticker

        market_tickers: list[str] | Unset = UNSET
        if not isinstance(self.market_tickers, Unset):
            market_tickers = self.market_tickers

        market_id = self.market_id

        market_ids: list[str] | Unset = UNSET
        if not isinstance(self.market_ids, Unset):
            market_ids = self.market_ids

        send_initial_snapshot = self.send_initial_snapshot

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if sid is not UNSET:
            field_dict["sid"] = sid
        if sids is not UNSET:
            field_dict["sids"] = sids
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        action = UpdateSubscriptionCommandParamsAction._value2member_map_.get(
            _raw := d.pop("action")
        ) or UpdateSubscriptionCommandParamsAction(_raw)

        sid = d.pop("sid", UNSET)
        if not isinstance(sid, int | Unset | None) or isinstance(sid, bool):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.sid: expected int, got {type(sid).__name__}"
            )

        sids = cast(list[int], d.pop("sids", UNSET))

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_tickers = cast(list[str], d.pop("market_tickers", UNSET))

        market_id = d.pop("market_id", UNSET)
        if not isinstance(market_id, str | Unset | None):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ids = cast(list[str], d.pop("market_ids", UNSET))

        send_initial_snapshot = d.pop("send_initial_snapshot", UNSET)
        if not isinstance(send_initial_snapshot, bool | Unset | None):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.send_initial_snapshot: expected bool, got {type(send_initial_snapshot).__name__}"
            )

        update_subscription_command_params = cls(
            action=action,
            sid=sid,
            sids=sids,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
            market_id=market_id,
            market_ids=market_ids,
            send_initial_snapshot=send_initial_snapshot,
        )

        update_subscription_command_params.additional_properties = d
        return update_subscription_command_params

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("action", self.action),
            ("sid", self.sid),
            ("sids", self.sids),
            ("market_ticker", self.market_ticker),
            ("market_tickers", self.market_tickers),
            ("market_id", self.market_id),
            ("market_ids", self.market_ids),
            ("send_initial_snapshot", self.send_initial_snapshot),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"UpdateSubscriptionCommandParams({shown})"

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
