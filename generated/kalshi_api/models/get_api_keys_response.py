from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_key import ApiKey


T = TypeVar("T", bound="GetApiKeysResponse")


@_attrs_define
class GetApiKeysResponse:
    """
    Attributes:
        api_keys (list[ApiKey] | None | Unset):
        api_key_region_expiration_ts (int | None | Unset):
    """

    api_keys: list[ApiKey] | None | Unset = UNSET
    api_key_region_expiration_ts: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        api_keys: list[dict[str, Any]] | None | Unset
        if isinstance(self.api_keys, Unset):
            api_keys = UNSET
        elif isinstance(self.api_keys, list):
            api_keys = []
            for api_keys_type_0_item_data in self.api_keys:
                api_keys_type_0_item = api_keys_type_0_item_data.to_dict()
                api_keys.append(api_keys_type_0_item)

        else:
            api_keys = self.api_keys

        api_key_region_expiration_ts: int | None | Unset
        if isinstance(self.api_key_region_expiration_ts, Unset):
            api_key_region_expiration_ts = UNSET
        else:
            api_key_region_expiration_ts = self.api_key_region_expiration_ts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_keys is not UNSET:
            field_dict["api_keys"] = api_keys
        if api_key_region_expiration_ts is not UNSET:
            field_dict["api_key_region_expiration_ts"] = api_key_region_expiration_ts

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
            get_api_keys_response = cls.__new__(cls)
            get_api_keys_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_api_keys_response
        d = dict(src_dict)
        from ..models.api_key import ApiKey  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _api_keys_data = d.get("api_keys", UNSET)
        api_keys: list[ApiKey] | None | Unset
        if _api_keys_data is None or isinstance(_api_keys_data, Unset):
            api_keys = _api_keys_data
        elif isinstance(_api_keys_data, list):
            api_keys_type_0 = []
            _api_keys_type_0 = _api_keys_data
            for api_keys_type_0_item_data in _api_keys_type_0:
                api_keys_type_0_item = ApiKey.from_dict(
                    lazy=lazily, src_dict=api_keys_type_0_item_data
                )

                api_keys_type_0.append(api_keys_type_0_item)

            api_keys = api_keys_type_0
        else:
            raise TypeError(
                f"api_keys: unexpected JSON type {type(_api_keys_data).__name__}"
            )

        _api_key_region_expiration_ts_data = d.get(
            "api_key_region_expiration_ts", UNSET
        )
        api_key_region_expiration_ts: int | None | Unset
        if _api_key_region_expiration_ts_data is None or isinstance(
            _api_key_region_expiration_ts_data, Unset
        ):
            api_key_region_expiration_ts = _api_key_region_expiration_ts_data
        elif not isinstance(_api_key_region_expiration_ts_data, (int,)) or isinstance(
            _api_key_region_expiration_ts_data, bool
        ):
            raise TypeError(
                f"api_key_region_expiration_ts: expected int, got {type(_api_key_region_expiration_ts_data).__name__}"
            )
        else:
            api_key_region_expiration_ts = cast(
                int | None | Unset, _api_key_region_expiration_ts_data
            )

        get_api_keys_response = cls(
            api_keys=api_keys,
            api_key_region_expiration_ts=api_key_region_expiration_ts,
        )
        get_api_keys_response.additional_properties = _load_additional_properties(
            d, False
        )
        return get_api_keys_response

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
                raise MalformedField(f"GetApiKeysResponse.{name}: {error!r}") from error
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
        return f"GetApiKeysResponse({', '.join(shown)})"

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


def _load_api_keys(d: dict[str, Any], lazily: bool) -> list[ApiKey] | None | Unset:
    from ..models.api_key import ApiKey  # noqa: PLC0415

    _api_keys_data = d.get("api_keys", UNSET)
    api_keys: list[ApiKey] | None | Unset
    if _api_keys_data is None or isinstance(_api_keys_data, Unset):
        api_keys = _api_keys_data
    elif isinstance(_api_keys_data, list):
        api_keys_type_0 = []
        _api_keys_type_0 = _api_keys_data
        for api_keys_type_0_item_data in _api_keys_type_0:
            api_keys_type_0_item = ApiKey.from_dict(
                lazy=lazily, src_dict=api_keys_type_0_item_data
            )

            api_keys_type_0.append(api_keys_type_0_item)

        api_keys = api_keys_type_0
    else:
        raise TypeError(
            f"api_keys: unexpected JSON type {type(_api_keys_data).__name__}"
        )

    return api_keys


def _load_api_key_region_expiration_ts(
    d: dict[str, Any], lazily: bool
) -> int | None | Unset:
    _api_key_region_expiration_ts_data = d.get("api_key_region_expiration_ts", UNSET)
    api_key_region_expiration_ts: int | None | Unset
    if _api_key_region_expiration_ts_data is None or isinstance(
        _api_key_region_expiration_ts_data, Unset
    ):
        api_key_region_expiration_ts = _api_key_region_expiration_ts_data
    elif not isinstance(_api_key_region_expiration_ts_data, (int,)) or isinstance(
        _api_key_region_expiration_ts_data, bool
    ):
        raise TypeError(
            f"api_key_region_expiration_ts: expected int, got {type(_api_key_region_expiration_ts_data).__name__}"
        )
    else:
        api_key_region_expiration_ts = cast(
            int | None | Unset, _api_key_region_expiration_ts_data
        )

    return api_key_region_expiration_ts


_FIELDS = frozenset(
    {
        "api_keys",
        "api_key_region_expiration_ts",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "api_keys": _load_api_keys,
    "api_key_region_expiration_ts": _load_api_key_region_expiration_ts,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "api_keys",
    "api_key_region_expiration_ts",
    "additional_properties",
)
