from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_subscriptions_response_type import ListSubscriptionsResponseType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_subscriptions_response_msg_item import (
        ListSubscriptionsResponseMsgItem,
    )


T = TypeVar("T", bound="ListSubscriptionsResponse")


@_attrs_define
class ListSubscriptionsResponse:
    """
    Attributes:
        type_ (ListSubscriptionsResponseType | Unset):
        id (int | Unset):
        msg (list[ListSubscriptionsResponseMsgItem] | None | Unset):
    """

    type_: ListSubscriptionsResponseType | Literal["ok"] | Unset = UNSET
    id: int | Unset = UNSET
    msg: list[ListSubscriptionsResponseMsgItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = ListSubscriptionsResponseType.of(self.type_).value

        id = self.id

        msg: list[dict[str, Any]] | None | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        elif isinstance(self.msg, list):
            msg = []
            for msg_type_0_item_data in self.msg:
                msg_type_0_item = msg_type_0_item_data.to_dict()
                msg.append(msg_type_0_item)

        else:
            msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_subscriptions_response_msg_item import (
            ListSubscriptionsResponseMsgItem,  # noqa: PLC0415
        )

        if not isinstance(src_dict, Mapping):
            raise TypeError(
                f"{cls.__name__}: expected a JSON object, got {type(src_dict).__name__}"
            )
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: ListSubscriptionsResponseType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ListSubscriptionsResponseType._value2member_map_.get(
                _raw := _type_
            ) or ListSubscriptionsResponseType(_raw)

        id = d.pop("id", UNSET)
        if not isinstance(id, int | Unset | None) or isinstance(id, bool):
            raise TypeError(
                f"ListSubscriptionsResponse.id: expected int, got {type(id).__name__}"
            )

        _msg_data = d.pop("msg", UNSET)
        msg: list[ListSubscriptionsResponseMsgItem] | None | Unset
        if _msg_data is None or isinstance(_msg_data, Unset):
            msg = _msg_data
        elif isinstance(_msg_data, list):
            msg_type_0 = []
            _msg_type_0 = _msg_data
            for msg_type_0_item_data in _msg_type_0:
                msg_type_0_item = ListSubscriptionsResponseMsgItem.from_dict(
                    msg_type_0_item_data
                )

                msg_type_0.append(msg_type_0_item)

            msg = msg_type_0
        else:
            raise TypeError(f"msg: unexpected JSON type {type(_msg_data).__name__}")

        list_subscriptions_response = cls(
            type_=type_,
            id=id,
            msg=msg,
        )

        list_subscriptions_response.additional_properties = d
        return list_subscriptions_response

    def __repr__(self) -> str:
        """Only the fields that are set (an unset field shows nothing rather than a sentinel)."""
        fields: list[tuple[str, object]] = [
            ("type_", self.type_),
            ("id", self.id),
            ("msg", self.msg),
            ("additional_properties", self.additional_properties or UNSET),
        ]
        shown = ", ".join(
            f"{name}={value!r}" for name, value in fields if value is not UNSET
        )
        return f"ListSubscriptionsResponse({shown})"

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
