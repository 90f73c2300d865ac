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

if TYPE_CHECKING:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant
    from ..models.bucket_limit import BucketLimit


T = TypeVar("T", bound="GetAccountApiLimitsResponse")


@_attrs_define
class GetAccountApiLimitsResponse:
    """
    Attributes:
        usage_tier (str | Unset):
        read (BucketLimit | Unset):
        write (BucketLimit | Unset):
        grants (list[ApiUsageLevelGrant] | None | Unset):
    """

    usage_tier: str | Unset = UNSET
    read: BucketLimit | Unset = UNSET
    write: BucketLimit | Unset = UNSET
    grants: list[ApiUsageLevelGrant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        usage_tier = self.usage_tier

        read: dict[str, Any] | Unset = UNSET
        if not isinstance(self.read, Unset):
            read = self.read.to_dict()

        write: dict[str, Any] | Unset = UNSET
        if not isinstance(self.write, Unset):
            write = self.write.to_dict()

        grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.grants, Unset):
            grants = UNSET
        elif isinstance(self.grants, list):
            grants = []
            for grants_type_0_item_data in self.grants:
                grants_type_0_item = grants_type_0_item_data.to_dict()
                grants.append(grants_type_0_item)

        else:
            grants = self.grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if usage_tier is not UNSET:
            field_dict["usage_tier"] = usage_tier
        if read is not UNSET:
            field_dict["read"] = read
        if write is not UNSET:
            field_dict["write"] = write
        if grants is not UNSET:
            field_dict["grants"] = grants

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
            get_account_api_limits_response = cls.__new__(cls)
            get_account_api_limits_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return get_account_api_limits_response
        d = dict(src_dict)
        from ..models.api_usage_level_grant import ApiUsageLevelGrant  # noqa: PLC0415
        from ..models.bucket_limit import BucketLimit  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        usage_tier = d.get("usage_tier", UNSET)
        if not isinstance(usage_tier, (str, Unset, NoneType)):
            raise TypeError(
                f"GetAccountApiLimitsResponse.usage_tier: expected str, got {type(usage_tier).__name__}"
            )

        _read = d.get("read", UNSET)
        read: BucketLimit | Unset
        if isinstance(_read, Unset):
            read = UNSET
        else:
            read = BucketLimit.from_dict(lazy=lazily, src_dict=_read)

        _write = d.get("write", UNSET)
        write: BucketLimit | Unset
        if isinstance(_write, Unset):
            write = UNSET
        else:
            write = BucketLimit.from_dict(lazy=lazily, src_dict=_write)

        _grants_data = d.get("grants", UNSET)
        grants: list[ApiUsageLevelGrant] | None | Unset
        if _grants_data is None or isinstance(_grants_data, Unset):
            grants = _grants_data
        elif isinstance(_grants_data, list):
            grants_type_0 = []
            _grants_type_0 = _grants_data
            for grants_type_0_item_data in _grants_type_0:
                grants_type_0_item = ApiUsageLevelGrant.from_dict(
                    lazy=lazily, src_dict=grants_type_0_item_data
                )

                grants_type_0.append(grants_type_0_item)

            grants = grants_type_0
        else:
            raise TypeError(
                f"grants: unexpected JSON type {type(_grants_data).__name__}"
            )

        get_account_api_limits_response = cls(
            usage_tier=usage_tier,
            read=read,
            write=write,
            grants=grants,
        )
        get_account_api_limits_response.additional_properties = (
            _load_additional_properties(d, False)
        )
        return get_account_api_limits_response

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
                    f"GetAccountApiLimitsResponse.{name}: {error!r}"
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
        return f"GetAccountApiLimitsResponse({', '.join(shown)})"

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


def _load_usage_tier(d: dict[str, Any], lazily: bool) -> str | Unset:
    usage_tier = d.get("usage_tier", UNSET)
    if not isinstance(usage_tier, (str, Unset, NoneType)):
        raise TypeError(
            f"GetAccountApiLimitsResponse.usage_tier: expected str, got {type(usage_tier).__name__}"
        )

    return usage_tier


def _load_read(d: dict[str, Any], lazily: bool) -> BucketLimit | Unset:
    from ..models.bucket_limit import BucketLimit  # noqa: PLC0415

    _read = d.get("read", UNSET)
    read: BucketLimit | Unset
    if isinstance(_read, Unset):
        read = UNSET
    else:
        read = BucketLimit.from_dict(lazy=lazily, src_dict=_read)

    return read


def _load_write(d: dict[str, Any], lazily: bool) -> BucketLimit | Unset:
    from ..models.bucket_limit import BucketLimit  # noqa: PLC0415

    _write = d.get("write", UNSET)
    write: BucketLimit | Unset
    if isinstance(_write, Unset):
        write = UNSET
    else:
        write = BucketLimit.from_dict(lazy=lazily, src_dict=_write)

    return write


def _load_grants(
    d: dict[str, Any], lazily: bool
) -> list[ApiUsageLevelGrant] | None | Unset:
    from ..models.api_usage_level_grant import ApiUsageLevelGrant  # noqa: PLC0415

    _grants_data = d.get("grants", UNSET)
    grants: list[ApiUsageLevelGrant] | None | Unset
    if _grants_data is None or isinstance(_grants_data, Unset):
        grants = _grants_data
    elif isinstance(_grants_data, list):
        grants_type_0 = []
        _grants_type_0 = _grants_data
        for grants_type_0_item_data in _grants_type_0:
            grants_type_0_item = ApiUsageLevelGrant.from_dict(
                lazy=lazily, src_dict=grants_type_0_item_data
            )

            grants_type_0.append(grants_type_0_item)

        grants = grants_type_0
    else:
        raise TypeError(f"grants: unexpected JSON type {type(_grants_data).__name__}")

    return grants


_FIELDS = frozenset(
    {
        "usage_tier",
        "read",
        "write",
        "grants",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "usage_tier": _load_usage_tier,
    "read": _load_read,
    "write": _load_write,
    "grants": _load_grants,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "usage_tier",
    "read",
    "write",
    "grants",
    "additional_properties",
)
