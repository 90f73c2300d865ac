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
from ..models.api_key_type import ApiKeyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateApiKeyResponse")


@_attrs_define
class GenerateApiKeyResponse:
    """
    Attributes:
        api_key_id (str | Unset):
        key_type (ApiKeyType | Unset):
        private_key (str | Unset):
        warning (None | str | Unset):
    """

    api_key_id: str | Unset = UNSET
    key_type: ApiKeyType | Literal["rsa", "ed25519"] | Unset = UNSET
    private_key: str | Unset = UNSET
    warning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        key_type: str | Unset = UNSET
        if not isinstance(self.key_type, Unset):
            key_type = ApiKeyType.of(self.key_type).value

        private_key = self.private_key

        warning: None | str | Unset
        if isinstance(self.warning, Unset):
            warning = UNSET
        else:
            warning = self.warning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if warning is not UNSET:
            field_dict["warning"] = warning

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
            generate_api_key_response = cls.__new__(cls)
            generate_api_key_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return generate_api_key_response
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        api_key_id = d.get("api_key_id", UNSET)
        if not isinstance(api_key_id, (str, Unset, NoneType)):
            raise TypeError(
                f"GenerateApiKeyResponse.api_key_id: expected str, got {type(api_key_id).__name__}"
            )

        _key_type = d.get("key_type", UNSET)
        key_type: ApiKeyType | Unset
        if isinstance(_key_type, Unset):
            key_type = UNSET
        else:
            key_type = ApiKeyType._value2member_map_.get(
                _raw := _key_type
            ) or ApiKeyType(_raw)

        private_key = d.get("private_key", UNSET)
        if not isinstance(private_key, (str, Unset, NoneType)):
            raise TypeError(
                f"GenerateApiKeyResponse.private_key: expected str, got {type(private_key).__name__}"
            )

        _warning_data = d.get("warning", UNSET)
        warning: None | str | Unset
        if _warning_data is None or isinstance(_warning_data, Unset):
            warning = _warning_data
        elif not isinstance(_warning_data, (str,)):
            raise TypeError(
                f"warning: expected str, got {type(_warning_data).__name__}"
            )
        else:
            warning = cast(None | str | Unset, _warning_data)

        generate_api_key_response = cls(
            api_key_id=api_key_id,
            key_type=key_type,
            private_key=private_key,
            warning=warning,
        )
        generate_api_key_response.additional_properties = _load_additional_properties(
            d, False
        )
        return generate_api_key_response

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
                    f"GenerateApiKeyResponse.{name}: {error!r}"
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
        return f"GenerateApiKeyResponse({', '.join(shown)})"

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


def _load_api_key_id(d: dict[str, Any], lazily: bool) -> str | Unset:
    api_key_id = d.get("api_key_id", UNSET)
    if not isinstance(api_key_id, (str, Unset, NoneType)):
        raise TypeError(
            f"GenerateApiKeyResponse.api_key_id: expected str, got {type(api_key_id).__name__}"
        )

    return api_key_id


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


def _load_private_key(d: dict[str, Any], lazily: bool) -> str | Unset:
    private_key = d.get("private_key", UNSET)
    if not isinstance(private_key, (str, Unset, NoneType)):
        raise TypeError(
            f"GenerateApiKeyResponse.private_key: expected str, got {type(private_key).__name__}"
        )

    return private_key


def _load_warning(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _warning_data = d.get("warning", UNSET)
    warning: None | str | Unset
    if _warning_data is None or isinstance(_warning_data, Unset):
        warning = _warning_data
    elif not isinstance(_warning_data, (str,)):
        raise TypeError(f"warning: expected str, got {type(_warning_data).__name__}")
    else:
        warning = cast(None | str | Unset, _warning_data)

    return warning


_FIELDS = frozenset(
    {
        "api_key_id",
        "key_type",
        "private_key",
        "warning",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "api_key_id": _load_api_key_id,
    "key_type": _load_key_type,
    "private_key": _load_private_key,
    "warning": _load_warning,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "api_key_id",
    "key_type",
    "private_key",
    "warning",
    "additional_properties",
)
