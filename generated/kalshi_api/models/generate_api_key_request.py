from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.api_key_scope import ApiKeyScope
from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateApiKeyRequest")


@_attrs_define
class GenerateApiKeyRequest:
    """
    Attributes:
        name (str):
        key_type (ApiKeyType | Unset):
        scopes (list[ApiKeyScope] | Unset):
        subaccount (int | Unset):
        fcm_subtrader_id (str | Unset):
    """

    name: str
    key_type: ApiKeyType | Literal["rsa", "ed25519"] | Unset = UNSET
    scopes: list[ApiKeyScope] | Unset = UNSET
    subaccount: int | Unset = UNSET
    fcm_subtrader_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = ApiKeyType.of(self.key_type).value

        scopes: list[str] | Unset = UNSET
        if not isinstance(self.scopes, Unset):
            scopes = []
            for scopes_item_data in self.scopes:
                scopes_item = ApiKeyScope.of(scopes_item_data).value
                scopes.append(scopes_item)

        subaccount = self.subaccount

        fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if scopes is not UNSET:
            field_dict["scopes"] = scopes
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if fcm_subtrader_id is not UNSET:
            field_dict["fcm_subtrader_id"] = fcm_subtrader_id

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
            generate_api_key_request = cls.__new__(cls)
            generate_api_key_request._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return generate_api_key_request
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        name = d["name"]
        if not isinstance(name, (str, NoneType)):
            raise TypeError(
                f"GenerateApiKeyRequest.name: expected str, got {type(name).__name__}"
            )

        _key_type = d.get("key_type", UNSET)
        key_type: ApiKeyType | Unset
        if isinstance(_key_type, Unset):
            key_type = UNSET
        else:
            key_type = ApiKeyType._value2member_map_.get(
                _raw := _key_type
            ) or ApiKeyType(_raw)

        _scopes = d.get("scopes", UNSET)
        scopes: list[ApiKeyScope] | Unset = UNSET
        if _scopes is not UNSET:
            scopes = []
            for scopes_item_data in _scopes:
                scopes_item = ApiKeyScope._value2member_map_.get(
                    _raw := scopes_item_data
                ) or ApiKeyScope(_raw)

                scopes.append(scopes_item)

        subaccount = d.get("subaccount", UNSET)
        if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
            subaccount, bool
        ):
            raise TypeError(
                f"GenerateApiKeyRequest.subaccount: expected int, got {type(subaccount).__name__}"
            )

        fcm_subtrader_id = d.get("fcm_subtrader_id", UNSET)
        if not isinstance(fcm_subtrader_id, (str, Unset, NoneType)):
            raise TypeError(
                f"GenerateApiKeyRequest.fcm_subtrader_id: expected str, got {type(fcm_subtrader_id).__name__}"
            )

        generate_api_key_request = cls(
            name=name,
            key_type=key_type,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        generate_api_key_request.additional_properties = _load_additional_properties(
            d, False
        )
        return generate_api_key_request

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
                    f"GenerateApiKeyRequest.{name}: {error!r}"
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
        return f"GenerateApiKeyRequest({', '.join(shown)})"

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


def _load_name(d: dict[str, Any], lazily: bool) -> str:
    name = d["name"]
    if not isinstance(name, (str, NoneType)):
        raise TypeError(
            f"GenerateApiKeyRequest.name: expected str, got {type(name).__name__}"
        )

    return name


def _load_key_type(d: dict[str, Any], lazily: bool) -> ApiKeyType | Unset:
    _key_type = d.get("key_type", UNSET)
    key_type: ApiKeyType | Unset
    if isinstance(_key_type, Unset):
        key_type = UNSET
    else:
        key_type = ApiKeyType._value2member_map_.get(_raw := _key_type) or ApiKeyType(
            _raw
        )

    return key_type


def _load_scopes(d: dict[str, Any], lazily: bool) -> list[ApiKeyScope] | Unset:
    _scopes = d.get("scopes", UNSET)
    scopes: list[ApiKeyScope] | Unset = UNSET
    if _scopes is not UNSET:
        scopes = []
        for scopes_item_data in _scopes:
            scopes_item = ApiKeyScope._value2member_map_.get(
                _raw := scopes_item_data
            ) or ApiKeyScope(_raw)

            scopes.append(scopes_item)

    return scopes


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | Unset:
    subaccount = d.get("subaccount", UNSET)
    if not isinstance(subaccount, (int, Unset, NoneType)) or isinstance(
        subaccount, bool
    ):
        raise TypeError(
            f"GenerateApiKeyRequest.subaccount: expected int, got {type(subaccount).__name__}"
        )

    return subaccount


def _load_fcm_subtrader_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    fcm_subtrader_id = d.get("fcm_subtrader_id", UNSET)
    if not isinstance(fcm_subtrader_id, (str, Unset, NoneType)):
        raise TypeError(
            f"GenerateApiKeyRequest.fcm_subtrader_id: expected str, got {type(fcm_subtrader_id).__name__}"
        )

    return fcm_subtrader_id


_FIELDS = frozenset(
    {
        "name",
        "key_type",
        "scopes",
        "subaccount",
        "fcm_subtrader_id",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "name": _load_name,
    "key_type": _load_key_type,
    "scopes": _load_scopes,
    "subaccount": _load_subaccount,
    "fcm_subtrader_id": _load_fcm_subtrader_id,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "name",
    "key_type",
    "scopes",
    "subaccount",
    "fcm_subtrader_id",
    "additional_properties",
)
