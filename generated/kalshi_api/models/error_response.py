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
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        code (str | Unset):
        message (str | Unset):
        details (str | Unset):
        service (str | Unset):
        error (ErrorDetail | str | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    service: str | Unset = UNSET
    error: ErrorDetail | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        code = self.code

        message = self.message

        details = self.details

        service = self.service

        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ErrorDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details
        if service is not UNSET:
            field_dict["service"] = service
        if error is not UNSET:
            field_dict["error"] = error

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
            error_response = cls.__new__(cls)
            error_response._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return error_response
        d = dict(src_dict)
        from ..models.error_detail import ErrorDetail  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        code = d.get("code", UNSET)
        if not isinstance(code, (str, Unset, NoneType)):
            raise TypeError(
                f"ErrorResponse.code: expected str, got {type(code).__name__}"
            )

        message = d.get("message", UNSET)
        if not isinstance(message, (str, Unset, NoneType)):
            raise TypeError(
                f"ErrorResponse.message: expected str, got {type(message).__name__}"
            )

        details = d.get("details", UNSET)
        if not isinstance(details, (str, Unset, NoneType)):
            raise TypeError(
                f"ErrorResponse.details: expected str, got {type(details).__name__}"
            )

        service = d.get("service", UNSET)
        if not isinstance(service, (str, Unset, NoneType)):
            raise TypeError(
                f"ErrorResponse.service: expected str, got {type(service).__name__}"
            )

        _error_data = d.get("error", UNSET)
        error: ErrorDetail | str | Unset
        if isinstance(_error_data, Unset):
            error = _error_data
        elif isinstance(_error_data, dict):
            error_type_0 = ErrorDetail.from_dict(lazy=lazily, src_dict=_error_data)

            error = error_type_0
        elif not isinstance(_error_data, (str,)):
            raise TypeError(f"error: expected str, got {type(_error_data).__name__}")
        else:
            error = cast(ErrorDetail | str | Unset, _error_data)

        error_response = cls(
            code=code,
            message=message,
            details=details,
            service=service,
            error=error,
        )
        error_response.additional_properties = _load_additional_properties(d, False)
        return error_response

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
                raise MalformedField(f"ErrorResponse.{name}: {error!r}") from error
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
        return f"ErrorResponse({', '.join(shown)})"

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


def _load_code(d: dict[str, Any], lazily: bool) -> str | Unset:
    code = d.get("code", UNSET)
    if not isinstance(code, (str, Unset, NoneType)):
        raise TypeError(f"ErrorResponse.code: expected str, got {type(code).__name__}")

    return code


def _load_message(d: dict[str, Any], lazily: bool) -> str | Unset:
    message = d.get("message", UNSET)
    if not isinstance(message, (str, Unset, NoneType)):
        raise TypeError(
            f"ErrorResponse.message: expected str, got {type(message).__name__}"
        )

    return message


def _load_details(d: dict[str, Any], lazily: bool) -> str | Unset:
    details = d.get("details", UNSET)
    if not isinstance(details, (str, Unset, NoneType)):
        raise TypeError(
            f"ErrorResponse.details: expected str, got {type(details).__name__}"
        )

    return details


def _load_service(d: dict[str, Any], lazily: bool) -> str | Unset:
    service = d.get("service", UNSET)
    if not isinstance(service, (str, Unset, NoneType)):
        raise TypeError(
            f"ErrorResponse.service: expected str, got {type(service).__name__}"
        )

    return service


def _load_error(d: dict[str, Any], lazily: bool) -> ErrorDetail | str | Unset:
    from ..models.error_detail import ErrorDetail  # noqa: PLC0415

    _error_data = d.get("error", UNSET)
    error: ErrorDetail | str | Unset
    if isinstance(_error_data, Unset):
        error = _error_data
    elif isinstance(_error_data, dict):
        error_type_0 = ErrorDetail.from_dict(lazy=lazily, src_dict=_error_data)

        error = error_type_0
    elif not isinstance(_error_data, (str,)):
        raise TypeError(f"error: expected str, got {type(_error_data).__name__}")
    else:
        error = cast(ErrorDetail | str | Unset, _error_data)

    return error


_FIELDS = frozenset(
    {
        "code",
        "message",
        "details",
        "service",
        "error",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "code": _load_code,
    "message": _load_message,
    "details": _load_details,
    "service": _load_service,
    "error": _load_error,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "code",
    "message",
    "details",
    "service",
    "error",
    "additional_properties",
)
