from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        rfq_id = d.pop("rfq_id")
        if not isinstance(rfq_id, str | None):
            raise TypeError(
                f"CreateQuoteRequest.rfq_id: expected str, got {type(rfq_id).__name__}"
            )

        yes_bid = d.pop("yes_bid")
        if not isinstance(yes_bid, str | None):
            raise TypeError(
                f"CreateQuoteRequest.yes_bid: expected str, got {type(yes_bid).__name__}"
            )

        no_bid = d.pop("no_bid")
        if not isinstance(no_bid, str | None):
            raise TypeError(
                f"CreateQuoteRequest.no_bid: expected str, got {type(no_bid).__name__}"
            )

        rest_remainder = d.pop("rest_remainder")
        if not isinstance(rest_remainder, bool | None):
            raise TypeError(
                f"CreateQuoteRequest.rest_remainder: expected bool, got {type(rest_remainder).__name__}"
            )

        post_only = d.pop("post_only", UNSET)
        if not isinstance(post_only, bool | Unset | None):
            raise TypeError(
                f"CreateQuoteRequest.post_only: expected bool, got {type(post_only).__name__}"
            )

        subaccount = d.pop("subaccount", UNSET)
        if not isinstance(subaccount, int | Unset | None) or isinstance(
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

        create_quote_request.additional_properties = d
        return create_quote_request

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("rfq_id", self.rfq_id),
            ("yes_bid", self.yes_bid),
            ("no_bid", self.no_bid),
            ("rest_remainder", self.rest_remainder),
            ("post_only", self.post_only),
            ("subaccount", self.subaccount),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"CreateQuoteRequest({shown})"

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
