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

T = TypeVar("T", bound="AcceptBlockTradeProposalRequest")


@_attrs_define
class AcceptBlockTradeProposalRequest:
    """
    Attributes:
        subtrader_id (str | Unset):
        subaccount (int | Unset):
    """

    subtrader_id: str | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        subtrader_id = self.subtrader_id

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subtrader_id is not UNSET:
            field_dict["subtrader_id"] = subtrader_id
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount

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
            accept_block_trade_proposal_request = cls.__new__(cls)
            accept_block_trade_proposal_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return accept_block_trade_proposal_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        subtrader_id = d.get("subtrader_id", UNSET)
        if not isinstance(subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"AcceptBlockTradeProposalRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"AcceptBlockTradeProposalRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        accept_block_trade_proposal_request = cls(
            subtrader_id=subtrader_id,
            subaccount=subaccount,
        )
        accept_block_trade_proposal_request.additional_properties = (
            _load_additional_properties(d, False)
        )
        return accept_block_trade_proposal_request

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
                    f"AcceptBlockTradeProposalRequest.{name}: {error!r}"
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
        return f"AcceptBlockTradeProposalRequest({', '.join(shown)})"

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


def _load_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    subtrader_id = d.get("subtrader_id", UNSET)
    if not isinstance(subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"AcceptBlockTradeProposalRequest.subtrader_id: expected str, got {type(subtrader_id).__name__}"
        )

    return subtrader_id


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"AcceptBlockTradeProposalRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "subtrader_id",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "subtrader_id": _load_subtrader_id,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "subtrader_id",
    "subaccount",
    "additional_properties",
)
