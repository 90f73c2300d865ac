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

T = TypeVar("T", bound="CreateQuoteRequest")


@_attrs_define
class CreateQuoteRequest:
    """
    Attributes:
        rfq_id (str):
        yes_bid (str):
        no_bid (str):
        rest_remainder (bool):
        post_only (bool | Unset):
        subaccount (int | Unset):
    """

    rfq_id: str
    yes_bid: str
    no_bid: str
    rest_remainder: bool
    post_only: bool | Unset = UNSET
    subaccount: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        rfq_id = self.rfq_id

        yes_bid = self.yes_bid

        no_bid = self.no_bid

        rest_remainder = self.rest_remainder

        post_only = self.post_only

        subaccount = self.subaccount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rfq_id": rfq_id,
                "yes_bid": yes_bid,
                "no_bid": no_bid,
                "rest_remainder": rest_remainder,
            }
        )
        if post_only is not UNSET:
            field_dict["post_only"] = post_only
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
            create_quote_request = cls.__new__(cls)
            create_quote_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return create_quote_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        rfq_id = d["rfq_id"]
        if not isinstance(rfq_id, (str, NoneType)):
            raise TypeError(
                f"CreateQuoteRequest.rfq_id: expected str, got {type(rfq_id).__name__}"
            )

        yes_bid = d["yes_bid"]
        if not isinstance(yes_bid, (str, NoneType)):
            raise TypeError(
                f"CreateQuoteRequest.yes_bid: expected str, got {type(yes_bid).__name__}"
            )

        no_bid = d["no_bid"]
        if not isinstance(no_bid, (str, NoneType)):
            raise TypeError(
                f"CreateQuoteRequest.no_bid: expected str, got {type(no_bid).__name__}"
            )

        rest_remainder = d["rest_remainder"]
        if not isinstance(rest_remainder, (bool, NoneType)):
            raise TypeError(
                f"CreateQuoteRequest.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
            )

        post_only = d.get("post_only", UNSET)
        if not isinstance(post_only, (bool, Unset, NoneType)):
            raise TypeError(
                f"CreateQuoteRequest.post_only: expected bool, got {type(post_only).__name__}"
            )

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"CreateQuoteRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        create_quote_request = cls(
            rfq_id=rfq_id,
            yes_bid=yes_bid,
            no_bid=no_bid,
            rest_remainder=rest_remainder,
            post_only=post_only,
            subaccount=subaccount,
        )
        create_quote_request.additional_properties = _load_additional_properties(
            d, False
        )
        return create_quote_request

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
                raise MalformedField(f"CreateQuoteRequest.{name}: {error!r}") from error
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
        return f"CreateQuoteRequest({', '.join(shown)})"

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


def _load_rfq_id(d: dict[str, Any], lazily: bool) -> str:
    rfq_id = d["rfq_id"]
    if not isinstance(rfq_id, (str, NoneType)):
        raise TypeError(
            f"CreateQuoteRequest.rfq_id: expected str, got {type(rfq_id).__name__}"
        )

    return rfq_id


def _load_yes_bid(d: dict[str, Any], lazily: bool) -> str:
    yes_bid = d["yes_bid"]
    if not isinstance(yes_bid, (str, NoneType)):
        raise TypeError(
            f"CreateQuoteRequest.yes_bid: expected str, got {type(yes_bid).__name__}"
        )

    return yes_bid


def _load_no_bid(d: dict[str, Any], lazily: bool) -> str:
    no_bid = d["no_bid"]
    if not isinstance(no_bid, (str, NoneType)):
        raise TypeError(
            f"CreateQuoteRequest.no_bid: expected str, got {type(no_bid).__name__}"
        )

    return no_bid


def _load_rest_remainder(d: dict[str, Any], lazily: bool) -> bool:
    rest_remainder = d["rest_remainder"]
    if not isinstance(rest_remainder, (bool, NoneType)):
        raise TypeError(
            f"CreateQuoteRequest.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
        )

    return rest_remainder


def _load_post_only(d: dict[str, Any], lazily: bool) -> bool | Unset:
    post_only = d.get("post_only", UNSET)
    if not isinstance(post_only, (bool, Unset, NoneType)):
        raise TypeError(
            f"CreateQuoteRequest.post_only: expected bool, got {type(post_only).__name__}"
        )

    return post_only


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"CreateQuoteRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


_FIELDS = frozenset(
    {
        "rfq_id",
        "yes_bid",
        "no_bid",
        "rest_remainder",
        "post_only",
        "subaccount",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "rfq_id": _load_rfq_id,
    "yes_bid": _load_yes_bid,
    "no_bid": _load_no_bid,
    "rest_remainder": _load_rest_remainder,
    "post_only": _load_post_only,
    "subaccount": _load_subaccount,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "rfq_id",
    "yes_bid",
    "no_bid",
    "rest_remainder",
    "post_only",
    "subaccount",
    "additional_properties",
)
