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
from ..models.error_response_msg_code import ErrorResponseMsgCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponseMsg")


@_attrs_define
class ErrorResponseMsg:
    """
    Attributes:
        code (ErrorResponseMsgCode | Unset):
        msg (str | Unset):
        market_ticker (str | Unset):
        market_tickers (list[str] | None | Unset):
    """

    code: (
        ErrorResponseMsgCode
        | Literal[
            1,
            2,
            3,
            4,
            5,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            14,
            15,
            18,
            19,
            20,
            21,
            22,
            23,
            24,
            25,
            26,
            27,
            28,
        ]
        | Unset
    ) = UNSET
    msg: str | Unset = UNSET
    market_ticker: str | Unset = UNSET
    market_tickers: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = ErrorResponseMsgCode.of(self.code).value

        msg = self.msg

        market_ticker = self.market_ticker

        market_tickers: list[str] | None | Unset
        if isinstance(self.market_tickers, Unset):
            market_tickers = UNSET
        elif isinstance(self.market_tickers, list):
            market_tickers = self.market_tickers

        else:
            market_tickers = self.market_tickers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if market_ticker is not UNSET:
            field_dict["market_ticker"] = market_ticker
        if market_tickers is not UNSET:
            field_dict["market_tickers"] = market_tickers

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
            error_response_msg = cls.__new__(cls)
            error_response_msg._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return error_response_msg
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _code = d.get("code", UNSET)
        code: ErrorResponseMsgCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = ErrorResponseMsgCode._value2member_map_.get(
                _raw := _code
            ) or ErrorResponseMsgCode(_raw)

        msg = d.get("msg", UNSET)
        if not isinstance(msg, (str, Unset, NoneType)):
            raise TypeError(
                f"ErrorResponseMsg.msg: expected str, got {type(msg).__name__}"
            )

        market_ticker = d.get("market_ticker", UNSET)
        if not isinstance(market_ticker, (str, Unset, NoneType)):
            raise TypeError(
                f"ErrorResponseMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _market_tickers_data = d.get("market_tickers", UNSET)
        market_tickers: list[str] | None | Unset
        if _market_tickers_data is None or isinstance(_market_tickers_data, Unset):
            market_tickers = _market_tickers_data
        elif isinstance(_market_tickers_data, list):
            market_tickers_type_0 = cast(list[str], _market_tickers_data)

            market_tickers = market_tickers_type_0
        else:
            raise TypeError(
                f"market_tickers: unexpected JSON type {type(_market_tickers_data).__name__}"
            )

        error_response_msg = cls(
            code=code,
            msg=msg,
            market_ticker=market_ticker,
            market_tickers=market_tickers,
        )
        error_response_msg.additional_properties = _load_additional_properties(d, False)
        return error_response_msg

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
                raise MalformedField(f"ErrorResponseMsg.{name}: {error!r}") from error
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
        return f"ErrorResponseMsg({', '.join(shown)})"

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


def _load_code(d: dict[str, Any], lazily: bool) -> ErrorResponseMsgCode | Unset:
    _code = d.get("code", UNSET)
    code: ErrorResponseMsgCode | Unset
    if isinstance(_code, Unset):
        code = UNSET
    else:
        code = ErrorResponseMsgCode._value2member_map_.get(
            _raw := _code
        ) or ErrorResponseMsgCode(_raw)

    return code


def _load_msg(d: dict[str, Any], lazily: bool) -> str | Unset:
    msg = d.get("msg", UNSET)
    if not isinstance(msg, (str, Unset, NoneType)):
        raise TypeError(f"ErrorResponseMsg.msg: expected str, got {type(msg).__name__}")

    return msg


def _load_market_ticker(d: dict[str, Any], lazily: bool) -> str | Unset:
    market_ticker = d.get("market_ticker", UNSET)
    if not isinstance(market_ticker, (str, Unset, NoneType)):
        raise TypeError(
            f"ErrorResponseMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
        )

    return market_ticker


def _load_market_tickers(d: dict[str, Any], lazily: bool) -> list[str] | None | Unset:
    _market_tickers_data = d.get("market_tickers", UNSET)
    market_tickers: list[str] | None | Unset
    if _market_tickers_data is None or isinstance(_market_tickers_data, Unset):
        market_tickers = _market_tickers_data
    elif isinstance(_market_tickers_data, list):
        market_tickers_type_0 = cast(list[str], _market_tickers_data)

        market_tickers = market_tickers_type_0
    else:
        raise TypeError(
            f"market_tickers: unexpected JSON type {type(_market_tickers_data).__name__}"
        )

    return market_tickers


_FIELDS = frozenset(
    {
        "code",
        "msg",
        "market_ticker",
        "market_tickers",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "code": _load_code,
    "msg": _load_msg,
    "market_ticker": _load_market_ticker,
    "market_tickers": _load_market_tickers,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "code",
    "msg",
    "market_ticker",
    "market_tickers",
    "additional_properties",
)
