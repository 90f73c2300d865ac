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
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], lazy: bool = False) -> T:
        """The model of a JSON object, every field checked now. With `lazy=True` the object is
        kept as it is (not copied: leave it unchanged) and each field is parsed and checked
        when first read; a field that does not match raises `MalformedField` then."""
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        if lazy:
            update_subscription_command_params = cls.__new__(cls)
            update_subscription_command_params._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return update_subscription_command_params
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        action = UpdateSubscriptionCommandParamsAction._value2member_map_.get(
            _raw := d["action"]
        ) or UpdateSubscriptionCommandParamsAction(_raw)

        sid = d.get("sid", UNSET)
        if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.sid: expected int, got {type(sid).__name__}"
            )

        sids = cast(list[int], d.get("sids", UNSET))

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        market_tickers = cast(list[str], d.get("market_tickers", UNSET))

        market_id = d.get("market_id", UNSET)
        if not isinstance(market_id, (str, Unset, NoneType)):
            raise TypeError(
                f"UpdateSubscriptionCommandParams.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ids = cast(list[str], d.get("market_ids", UNSET))

        send_initial_snapshot = d.get("send_initial_snapshot", UNSET)
        if not isinstance(send_initial_snapshot, (bool, Unset, NoneType)):
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
        update_subscription_command_params.additional_properties = (
            _load_additional_properties(d, False)
        )
        return update_subscription_command_params

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
                    f"UpdateSubscriptionCommandParams.{name}: {error!r}"
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
        return f"UpdateSubscriptionCommandParams({', '.join(shown)})"

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


def _load_action(
    d: dict[str, Any], lazily: bool
) -> UpdateSubscriptionCommandParamsAction:
    action = UpdateSubscriptionCommandParamsAction._value2member_map_.get(
        _raw := d["action"]
    ) or UpdateSubscriptionCommandParamsAction(_raw)

    return action


def _load_sid(d: dict[str, Any], lazily: bool) -> int | Unset:
    sid = d.get("sid", UNSET)
    if not isinstance(sid, (int, Unset, NoneType)) or isinstance(sid, bool):
        raise TypeError(
            f"UpdateSubscriptionCommandParams.sid: expected int, got {type(sid).__name__}"
        )

    return sid


def _load_sids(d: dict[str, Any], lazily: bool) -> list[int] | Unset:
    sids = cast(list[int], d.get("sids", UNSET))

    return sids


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"UpdateSubscriptionCommandParams.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_market_tickers(d: dict[str, Any], lazily: bool) -> list[str] | Unset:
    market_tickers = cast(list[str], d.get("market_tickers", UNSET))

    return market_tickers


def _load_market_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_id = d.get("market_id", UNSET)
    if not isinstance(market_id, (str, Unset, NoneType)):
        raise TypeError(
            f"UpdateSubscriptionCommandParams.market_id: expected str, got {type(market_id).__name__}"
        )

    return market_id


def _load_market_ids(d: dict[str, Any], lazily: bool) -> list[str] | Unset:
    market_ids = cast(list[str], d.get("market_ids", UNSET))

    return market_ids


def _load_send_initial_snapshot(d: dict[str, Any], lazily: bool) -> bool | Unset:
    send_initial_snapshot = d.get("send_initial_snapshot", UNSET)
    if not isinstance(send_initial_snapshot, (bool, Unset, NoneType)):
        raise TypeError(
            f"UpdateSubscriptionCommandParams.send_initial_snapshot: expected bool, got {type(send_initial_snapshot).__name__}"
        )

    return send_initial_snapshot


_FIELDS = frozenset(
    {
        "action",
        "sid",
        "sids",
        "market_ticker",
        "market_tickers",
        "market_id",
        "market_ids",
        "send_initial_snapshot",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "action": _load_action,
    "sid": _load_sid,
    "sids": _load_sids,
    "market_ticker": _load_market_ticker,
    "market_tickers": _load_market_tickers,
    "market_id": _load_market_id,
    "market_ids": _load_market_ids,
    "send_initial_snapshot": _load_send_initial_snapshot,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "action",
    "sid",
    "sids",
    "market_ticker",
    "market_tickers",
    "market_id",
    "market_ids",
    "send_initial_snapshot",
    "additional_properties",
)
