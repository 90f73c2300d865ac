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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: ErrorResponseMsgCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = ErrorResponseMsgCode._value2member_map_.get(
                _raw := _code
            ) or ErrorResponseMsgCode(_raw)

        msg = d.pop("msg", UNSET)
        if not isinstance(msg, str | Unset | None):
            raise TypeError(
                f"ErrorResponseMsg.msg: expected str, got {type(msg).__name__}"
            )

        market_ticker = d.pop("market_ticker", UNSET)
        if not isinstance(market_ticker, str | Unset | None):
            raise TypeError(
                f"ErrorResponseMsg.market_ticker: expected str, got {type(market_ticker).__name__}"
            )

        _market_tickers_data = d.pop("market_tickers", UNSET)
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

        error_response_msg.additional_properties = d
        return error_response_msg

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("code", self.code),
            ("msg", self.msg),
            ("market_ticker", self.market_ticker),
            ("market_tickers", self.market_tickers),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ErrorResponseMsg({shown})"

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
