from __future__ import annotations

from collections.abc import Callable, Mapping
from types import NoneType
from typing import (
    TYPE_CHECKING,
    Any,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import MalformedField
from ..models.api_key_scope import ApiKeyScope
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """
    Attributes:
        api_key_id (str | Unset):
        name (str | Unset):
        scopes (list[ApiKeyScope] | None | Unset):
        subaccount (int | None | Unset):
        fcm_subtrader_id (None | str | Unset):
    """

    api_key_id: str | Unset = UNSET
    name: str | Unset = UNSET
    scopes: list[ApiKeyScope] | None | Unset = UNSET
    subaccount: int | None | Unset = UNSET
    fcm_subtrader_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        api_key_id = self.api_key_id

        name = self.name

        scopes: list[str] | None | Unset
        if isinstance(self.scopes, Unset):
            scopes = UNSET
        elif isinstance(self.scopes, list):
            scopes = []
            for scopes_type_0_item_data in self.scopes:
                scopes_type_0_item = ApiKeyScope.of(scopes_type_0_item_data).value
                scopes.append(scopes_type_0_item)

        else:
            scopes = self.scopes

        subaccount: int | None | Unset
        if isinstance(self.subaccount, Unset):
            subaccount = UNSET
        else:
            subaccount = self.subaccount

        fcm_subtrader_id: None | str | Unset
        if isinstance(self.fcm_subtrader_id, Unset):
            fcm_subtrader_id = UNSET
        else:
            fcm_subtrader_id = self.fcm_subtrader_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_id is not UNSET:
            field_dict["api_key_id"] = api_key_id
        if name is not UNSET:
            field_dict["name"] = name
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
            api_key = cls.__new__(cls)
            api_key._kalshi_raw = src_dict if type(src_dict) is dict else dict(src_dict)
            return api_key
        d = dict(src_dict)
        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        api_key_id = d.get("api_key_id", UNSET)
        if not isinstance(api_key_id, (str, Unset, NoneType)):
            raise TypeError(
                f"ApiKey.api_key_id: expected str, got {type(api_key_id).__name__}"
            )

        name = d.get("name", UNSET)
        if not isinstance(name, (str, Unset, NoneType)):
            raise TypeError(f"ApiKey.name: expected str, got {type(name).__name__}")

        _scopes_data = d.get("scopes", UNSET)
        scopes: list[ApiKeyScope] | None | Unset
        if _scopes_data is None or isinstance(_scopes_data, Unset):
            scopes = _scopes_data
        elif isinstance(_scopes_data, list):
            scopes_type_0 = []
            _scopes_type_0 = _scopes_data
            for scopes_type_0_item_data in _scopes_type_0:
                scopes_type_0_item = ApiKeyScope._value2member_map_.get(
                    _raw := scopes_type_0_item_data
                ) or ApiKeyScope(_raw)

                scopes_type_0.append(scopes_type_0_item)

            scopes = scopes_type_0
        else:
            raise TypeError(
                f"scopes: unexpected JSON type {type(_scopes_data).__name__}"
            )

        _subaccount_data = d.get("subaccount", UNSET)
        subaccount: int | None | Unset
        if _subaccount_data is None or isinstance(_subaccount_data, Unset):
            subaccount = _subaccount_data
        elif not isinstance(_subaccount_data, (int,)) or isinstance(
            _subaccount_data, bool
        ):
            raise TypeError(
                f"subaccount: expected int, got {type(_subaccount_data).__name__}"
            )
        else:
            subaccount = cast(int | None | Unset, _subaccount_data)

        _fcm_subtrader_id_data = d.get("fcm_subtrader_id", UNSET)
        fcm_subtrader_id: None | str | Unset
        if _fcm_subtrader_id_data is None or isinstance(_fcm_subtrader_id_data, Unset):
            fcm_subtrader_id = _fcm_subtrader_id_data
        elif not isinstance(_fcm_subtrader_id_data, (str,)):
            raise TypeError(
                f"fcm_subtrader_id: expected str, got {type(_fcm_subtrader_id_data).__name__}"
            )
        else:
            fcm_subtrader_id = cast(None | str | Unset, _fcm_subtrader_id_data)

        api_key = cls(
            api_key_id=api_key_id,
            name=name,
            scopes=scopes,
            subaccount=subaccount,
            fcm_subtrader_id=fcm_subtrader_id,
        )
        api_key.additional_properties = _load_additional_properties(d, False)
        return api_key

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
                raise MalformedField(f"ApiKey.{name}: {error!r}") from error
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
        return f"ApiKey({', '.join(shown)})"

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
            f"ApiKey.api_key_id: expected str, got {type(api_key_id).__name__}"
        )

    return api_key_id


def _load_name(d: dict[str, Any], lazily: bool) -> str | Unset:
    name = d.get("name", UNSET)
    if not isinstance(name, (str, Unset, NoneType)):
        raise TypeError(f"ApiKey.name: expected str, got {type(name).__name__}")

    return name


def _load_scopes(d: dict[str, Any], lazily: bool) -> list[ApiKeyScope] | None | Unset:
    _scopes_data = d.get("scopes", UNSET)
    scopes: list[ApiKeyScope] | None | Unset
    if _scopes_data is None or isinstance(_scopes_data, Unset):
        scopes = _scopes_data
    elif isinstance(_scopes_data, list):
        scopes_type_0 = []
        _scopes_type_0 = _scopes_data
        for scopes_type_0_item_data in _scopes_type_0:
            scopes_type_0_item = ApiKeyScope._value2member_map_.get(
                _raw := scopes_type_0_item_data
            ) or ApiKeyScope(_raw)

            scopes_type_0.append(scopes_type_0_item)

        scopes = scopes_type_0
    else:
        raise TypeError(f"scopes: unexpected JSON type {type(_scopes_data).__name__}")

    return scopes


def _load_subaccount(d: dict[str, Any], lazily: bool) -> int | None | Unset:
    _subaccount_data = d.get("subaccount", UNSET)
    subaccount: int | None | Unset
    if _subaccount_data is None or isinstance(_subaccount_data, Unset):
        subaccount = _subaccount_data
    elif not isinstance(_subaccount_data, (int,)) or isinstance(_subaccount_data, bool):
        raise TypeError(
            f"subaccount: expected int, got {type(_subaccount_data).__name__}"
        )
    else:
        subaccount = cast(int | None | Unset, _subaccount_data)

    return subaccount


def _load_fcm_subtrader_id(d: dict[str, Any], lazily: bool) -> None | str | Unset:
    _fcm_subtrader_id_data = d.get("fcm_subtrader_id", UNSET)
    fcm_subtrader_id: None | str | Unset
    if _fcm_subtrader_id_data is None or isinstance(_fcm_subtrader_id_data, Unset):
        fcm_subtrader_id = _fcm_subtrader_id_data
    elif not isinstance(_fcm_subtrader_id_data, (str,)):
        raise TypeError(
            f"fcm_subtrader_id: expected str, got {type(_fcm_subtrader_id_data).__name__}"
        )
    else:
        fcm_subtrader_id = cast(None | str | Unset, _fcm_subtrader_id_data)

    return fcm_subtrader_id


_FIELDS = frozenset(
    {
        "api_key_id",
        "name",
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
    "api_key_id": _load_api_key_id,
    "name": _load_name,
    "scopes": _load_scopes,
    "subaccount": _load_subaccount,
    "fcm_subtrader_id": _load_fcm_subtrader_id,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "api_key_id",
    "name",
    "scopes",
    "subaccount",
    "fcm_subtrader_id",
    "additional_properties",
)
