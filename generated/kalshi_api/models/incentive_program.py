from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from decimal import Decimal
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import InvalidValue, MalformedField
from ..models.incentive_program_incentive_type import IncentiveProgramIncentiveType
from ..types import UNSET, Unset

T = TypeVar("T", bound="IncentiveProgram")


@_attrs_define
class IncentiveProgram:
    """
    Attributes:
        id (str | Unset):
        market_id (str | Unset):
        market_ticker (str | Unset):
        incentive_type (IncentiveProgramIncentiveType | Unset):
        incentive_description (str | Unset):
        start_date (datetime.datetime | Unset):
        end_date (datetime.datetime | Unset):
        period_reward (int | Unset): Unit: centi-cents.
        paid_out (bool | Unset):
        discount_factor_bps (int | None | Unset):
        target_size_fp (None | str | Unset):
        max_reward_per_account (int | None | Unset): Unit: centi-cents.
    """

    id: str | Unset = UNSET
    market_id: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    incentive_type: (
        IncentiveProgramIncentiveType
        | Literal["liquidity", "volume", "margin_maker_volume", "margin_taker_volume"]
        | Unset
    ) = UNSET
    incentive_description: str | Unset = UNSET
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    period_reward: int | Unset = UNSET
    paid_out: bool | Unset = UNSET
    discount_factor_bps: int | None | Unset = UNSET
    target_size_fp: None | str | Unset = UNSET
    max_reward_per_account: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        market_id = self.market_id

        market_ticker = self.market_ticker

        incentive_type: str | Unset = UNSET
        if not isinstance(self.incentive_type, Unset):
            incentive_type = IncentiveProgramIncentiveType.of(self.incentive_type).value

        incentive_description = self.incentive_description

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        period_reward = self.period_reward

        paid_out = self.paid_out

        discount_factor_bps: int | None | Unset
        if isinstance(self.discount_factor_bps, Unset):
            discount_factor_bps = UNSET
        else:
            discount_factor_bps = self.discount_factor_bps

        target_size_fp: None | str | Unset
        if isinstance(self.target_size_fp, Unset):
            target_size_fp = UNSET
        else:
            target_size_fp = self.target_size_fp

        max_reward_per_account: int | None | Unset
        if isinstance(self.max_reward_per_account, Unset):
            max_reward_per_account = UNSET
        else:
            max_reward_per_account = self.max_reward_per_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if market_id is not UNSET:
            field_dict["market_id"] = market_id
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if incentive_type is not UNSET:
            field_dict["incentive_type"] = incentive_type
        if incentive_description is not UNSET:
            field_dict["incentive_description"] = incentive_description
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if period_reward is not UNSET:
            field_dict["period_reward"] = period_reward
        if paid_out is not UNSET:
            field_dict["paid_out"] = paid_out
        if discount_factor_bps is not UNSET:
            field_dict["discount_factor_bps"] = discount_factor_bps
        if target_size_fp is not UNSET:
            field_dict["target_size_fp"] = target_size_fp
        if max_reward_per_account is not UNSET:
            field_dict["max_reward_per_account"] = max_reward_per_account

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
            incentive_program = cls.__new__(cls)
            incentive_program._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return incentive_program
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        id = d.get("id", UNSET)
        if not isinstance(id, (str, Unset, NoneType)):
            raise TypeError(
                f"IncentiveProgram.id: expected str, got {type(id).__name__}"
            )

        market_id = d.get("market_id", UNSET)
        if not isinstance(market_id, (str, Unset, NoneType)):
            raise TypeError(
                f"IncentiveProgram.market_id: expected str, got {type(market_id).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"IncentiveProgram.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _incentive_type = d.get("incentive_type", UNSET)
        incentive_type: IncentiveProgramIncentiveType | Unset
        if isinstance(_incentive_type, Unset):
            incentive_type = UNSET
        else:
            incentive_type = IncentiveProgramIncentiveType._value2member_map_.get(
                _raw := _incentive_type
            ) or IncentiveProgramIncentiveType(_raw)

        incentive_description = d.get("incentive_description", UNSET)
        if not isinstance(incentive_description, (str, Unset, NoneType)):
            raise TypeError(
                f"IncentiveProgram.incentive_description: expected str, got {type(incentive_description).__name__}"
            )

        _start_date = d.get("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date)

        _end_date = d.get("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date)

        period_reward = d.get("period_reward", UNSET)
        if not isinstance(period_reward, (int, Unset, NoneType)) or isinstance(
            period_reward, bool
        ):
            raise TypeError(
                f"IncentiveProgram.period_reward: expected int, got {type(period_reward).__name__}"
            )

        paid_out = d.get("paid_out", UNSET)
        if not isinstance(paid_out, (bool, Unset, NoneType)):
            raise TypeError(
                f"IncentiveProgram.paid_out: expected bool, got {type(paid_out).__name__}"
            )

        _discount_factor_bps_data = d.get("discount_factor_bps", UNSET)
        discount_factor_bps: int | None | Unset
        if _discount_factor_bps_data is None or isinstance(
            _discount_factor_bps_data, Unset
        ):
            discount_factor_bps = _discount_factor_bps_data
        elif not isinstance(_discount_factor_bps_data, (int,)) or isinstance(
            _discount_factor_bps_data, bool
        ):
            raise TypeError(
                f"discount_factor_bps: expected int, got {type(_discount_factor_bps_data).__name__}"
            )
        else:
            discount_factor_bps = cast(int | None | Unset, _discount_factor_bps_data)

        _target_size_fp_data = d.get("target_size_fp", UNSET)
        target_size_fp: None | str | Unset
        if _target_size_fp_data is None or isinstance(_target_size_fp_data, Unset):
            target_size_fp = _target_size_fp_data
        elif not isinstance(_target_size_fp_data, (str,)):
            raise TypeError(
                f"target_size_fp: expected str, got {type(_target_size_fp_data).__name__}"
            )
        else:
            target_size_fp = cast(None | str | Unset, _target_size_fp_data)

        _max_reward_per_account_data = d.get("max_reward_per_account", UNSET)
        max_reward_per_account: int | None | Unset
        if _max_reward_per_account_data is None or isinstance(
            _max_reward_per_account_data, Unset
        ):
            max_reward_per_account = _max_reward_per_account_data
        elif not isinstance(_max_reward_per_account_data, (int,)) or isinstance(
            _max_reward_per_account_data, bool
        ):
            raise TypeError(
                f"max_reward_per_account: expected int, got {type(_max_reward_per_account_data).__name__}"
            )
        else:
            max_reward_per_account = cast(
                int | None | Unset, _max_reward_per_account_data
            )

        incentive_program = cls(
            id=id,
            market_id=market_id,
            market_ticker=market_ticker,
            incentive_type=incentive_type,
            incentive_description=incentive_description,
            start_date=start_date,
            end_date=end_date,
            period_reward=period_reward,
            paid_out=paid_out,
            discount_factor_bps=discount_factor_bps,
            target_size_fp=target_size_fp,
            max_reward_per_account=max_reward_per_account,
        )
        incentive_program.additional_properties = _load_additional_properties(d, False)
        return incentive_program

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
                raise MalformedField(f"IncentiveProgram.{name}: {error!r}") from error
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
        return f"IncentiveProgram({', '.join(shown)})"

    _DECIMAL_SCALES: ClassVar[dict[str, int]] = {
        "period_reward": 10000,
        "target_size_fp": 1,
    }

    def decimal(
        self, name: Literal["period_reward", "target_size_fp"]
    ) -> Decimal | None:
        """A money or count field as a Decimal: `*_dollars` in dollars, `*_fp` in contracts,
        integer cents (or centi-cents) converted to dollars; None when absent or null."""
        value = getattr(self, name)
        if value is None or isinstance(value, Unset):
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            raise InvalidValue(f"IncentiveProgram.{name} is {value!r}, not a number")
        try:
            amount = Decimal(value)
        except ArithmeticError:
            raise InvalidValue(
                f"IncentiveProgram.{name} is {value!r}, not a number"
            ) from None
        if not amount.is_finite():
            raise InvalidValue(
                f"IncentiveProgram.{name} is {value!r}, not a finite number"
            )
        scale = self._DECIMAL_SCALES[name]
        return amount if scale == 1 else amount / scale

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


def _load_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    id = d.get("id", UNSET)
    if not isinstance(id, (str, Unset, NoneType)):
        raise TypeError(f"IncentiveProgram.id: expected str, got {type(id).__name__}")

    return id


def _load_market_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_id = d.get("market_id", UNSET)
    if not isinstance(market_id, (str, Unset, NoneType)):
        raise TypeError(
            f"IncentiveProgram.market_id: expected str, got {type(market_id).__name__}"
        )

    return market_id


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"IncentiveProgram.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_incentive_type(
    d: dict[str, Any], lazily: bool
) -> IncentiveProgramIncentiveType | Unset:
    _incentive_type = d.get("incentive_type", UNSET)
    incentive_type: IncentiveProgramIncentiveType | Unset
    if isinstance(_incentive_type, Unset):
        incentive_type = UNSET
    else:
        incentive_type = IncentiveProgramIncentiveType._value2member_map_.get(
            _raw := _incentive_type
        ) or IncentiveProgramIncentiveType(_raw)

    return incentive_type


def _load_incentive_description(d: dict[str, Any], lazily: bool) -> str | Unset:
    incentive_description = d.get("incentive_description", UNSET)
    if not isinstance(incentive_description, (str, Unset, NoneType)):
        raise TypeError(
            f"IncentiveProgram.incentive_description: expected str, got {type(incentive_description).__name__}"
        )

    return incentive_description


def _load_start_date(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _start_date = d.get("start_date", UNSET)
    start_date: datetime.datetime | Unset
    if isinstance(_start_date, Unset):
        start_date = UNSET
    else:
        start_date = datetime.datetime.fromisoformat(_start_date)

    return start_date


def _load_end_date(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _end_date = d.get("end_date", UNSET)
    end_date: datetime.datetime | Unset
    if isinstance(_end_date, Unset):
        end_date = UNSET
    else:
        end_date = datetime.datetime.fromisoformat(_end_date)

    return end_date


def _load_period_reward(d: dict[str, Any], lazily: bool) -> int | Unset:
    period_reward = d.get("period_reward", UNSET)
    if not isinstance(period_reward, (int, Unset, NoneType)) or isinstance(
        period_reward, bool
    ):
        raise TypeError(
            f"IncentiveProgram.period_reward: expected int, got {type(period_reward).__name__}"
        )

    return period_reward


def _load_paid_out(d: dict[str, Any], lazily: bool) -> bool | Unset:
    paid_out = d.get("paid_out", UNSET)
    if not isinstance(paid_out, (bool, Unset, NoneType)):
        raise TypeError(
            f"IncentiveProgram.paid_out: expected bool, got {type(paid_out).__name__}"
        )

    return paid_out


def _load_discount_factor_bps(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _discount_factor_bps_data = d.get("discount_factor_bps", UNSET)
    discount_factor_bps: int | None | Unset
    if _discount_factor_bps_data is None or isinstance(
        _discount_factor_bps_data, Unset
    ):
        discount_factor_bps = _discount_factor_bps_data
    elif not isinstance(_discount_factor_bps_data, (int,)) or isinstance(
        _discount_factor_bps_data, bool
    ):
        raise TypeError(
            f"discount_factor_bps: expected int, got {type(_discount_factor_bps_data).__name__}"
        )
    else:
        discount_factor_bps = cast(int | None | Unset, _discount_factor_bps_data)

    return discount_factor_bps


def _load_target_size_fp(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _target_size_fp_data = d.get("target_size_fp", UNSET)
    target_size_fp: None | str | Unset
    if _target_size_fp_data is None or isinstance(_target_size_fp_data, Unset):
        target_size_fp = _target_size_fp_data
    elif not isinstance(_target_size_fp_data, (str,)):
        raise TypeError(
            f"target_size_fp: expected str, got {type(_target_size_fp_data).__name__}"
        )
    else:
        target_size_fp = cast(None | str | Unset, _target_size_fp_data)

    return target_size_fp


def _load_max_reward_per_account(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _max_reward_per_account_data = d.get("max_reward_per_account", UNSET)
    max_reward_per_account: int | None | Unset
    if _max_reward_per_account_data is None or isinstance(
        _max_reward_per_account_data, Unset
    ):
        max_reward_per_account = _max_reward_per_account_data
    elif not isinstance(_max_reward_per_account_data, (int,)) or isinstance(
        _max_reward_per_account_data, bool
    ):
        raise TypeError(
            f"max_reward_per_account: expected int, got {type(_max_reward_per_account_data).__name__}"
        )
    else:
        max_reward_per_account = cast(int | None | Unset, _max_reward_per_account_data)

    return max_reward_per_account


_FIELDS = frozenset(
    {
        "id",
        "market_id",
        "market_ticker",
        "incentive_type",
        "incentive_description",
        "start_date",
        "end_date",
        "period_reward",
        "paid_out",
        "discount_factor_bps",
        "target_size_fp",
        "max_reward_per_account",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "id": _load_id,
    "market_id": _load_market_id,
    "market_ticker": _load_market_ticker,
    "incentive_type": _load_incentive_type,
    "incentive_description": _load_incentive_description,
    "start_date": _load_start_date,
    "end_date": _load_end_date,
    "period_reward": _load_period_reward,
    "paid_out": _load_paid_out,
    "discount_factor_bps": _load_discount_factor_bps,
    "target_size_fp": _load_target_size_fp,
    "max_reward_per_account": _load_max_reward_per_account,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "id",
    "market_id",
    "market_ticker",
    "incentive_type",
    "incentive_description",
    "start_date",
    "end_date",
    "period_reward",
    "paid_out",
    "discount_factor_bps",
    "target_size_fp",
    "max_reward_per_account",
    "additional_properties",
)
