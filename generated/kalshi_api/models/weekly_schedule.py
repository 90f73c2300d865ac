from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
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
    from ..models.daily_schedule import DailySchedule


T = TypeVar("T", bound="WeeklySchedule")


@_attrs_define
class WeeklySchedule:
    """
    Attributes:
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        monday (list[DailySchedule] | None | Unset):
        tuesday (list[DailySchedule] | None | Unset):
        wednesday (list[DailySchedule] | None | Unset):
        thursday (list[DailySchedule] | None | Unset):
        friday (list[DailySchedule] | None | Unset):
        saturday (list[DailySchedule] | None | Unset):
        sunday (list[DailySchedule] | None | Unset):
    """

    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    monday: list[DailySchedule] | None | Unset = UNSET
    tuesday: list[DailySchedule] | None | Unset = UNSET
    wednesday: list[DailySchedule] | None | Unset = UNSET
    thursday: list[DailySchedule] | None | Unset = UNSET
    friday: list[DailySchedule] | None | Unset = UNSET
    saturday: list[DailySchedule] | None | Unset = UNSET
    sunday: list[DailySchedule] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kalshi_raw: dict[str, Any] | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )

    def to_dict(self) -> dict[str, Any]:
        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        monday: list[dict[str, Any]] | None | Unset
        if isinstance(self.monday, Unset):
            monday = UNSET
        elif isinstance(self.monday, list):
            monday = []
            for monday_type_0_item_data in self.monday:
                monday_type_0_item = monday_type_0_item_data.to_dict()
                monday.append(monday_type_0_item)

        else:
            monday = self.monday

        tuesday: list[dict[str, Any]] | None | Unset
        if isinstance(self.tuesday, Unset):
            tuesday = UNSET
        elif isinstance(self.tuesday, list):
            tuesday = []
            for tuesday_type_0_item_data in self.tuesday:
                tuesday_type_0_item = tuesday_type_0_item_data.to_dict()
                tuesday.append(tuesday_type_0_item)

        else:
            tuesday = self.tuesday

        wednesday: list[dict[str, Any]] | None | Unset
        if isinstance(self.wednesday, Unset):
            wednesday = UNSET
        elif isinstance(self.wednesday, list):
            wednesday = []
            for wednesday_type_0_item_data in self.wednesday:
                wednesday_type_0_item = wednesday_type_0_item_data.to_dict()
                wednesday.append(wednesday_type_0_item)

        else:
            wednesday = self.wednesday

        thursday: list[dict[str, Any]] | None | Unset
        if isinstance(self.thursday, Unset):
            thursday = UNSET
        elif isinstance(self.thursday, list):
            thursday = []
            for thursday_type_0_item_data in self.thursday:
                thursday_type_0_item = thursday_type_0_item_data.to_dict()
                thursday.append(thursday_type_0_item)

        else:
            thursday = self.thursday

        friday: list[dict[str, Any]] | None | Unset
        if isinstance(self.friday, Unset):
            friday = UNSET
        elif isinstance(self.friday, list):
            friday = []
            for friday_type_0_item_data in self.friday:
                friday_type_0_item = friday_type_0_item_data.to_dict()
                friday.append(friday_type_0_item)

        else:
            friday = self.friday

        saturday: list[dict[str, Any]] | None | Unset
        if isinstance(self.saturday, Unset):
            saturday = UNSET
        elif isinstance(self.saturday, list):
            saturday = []
            for saturday_type_0_item_data in self.saturday:
                saturday_type_0_item = saturday_type_0_item_data.to_dict()
                saturday.append(saturday_type_0_item)

        else:
            saturday = self.saturday

        sunday: list[dict[str, Any]] | None | Unset
        if isinstance(self.sunday, Unset):
            sunday = UNSET
        elif isinstance(self.sunday, list):
            sunday = []
            for sunday_type_0_item_data in self.sunday:
                sunday_type_0_item = sunday_type_0_item_data.to_dict()
                sunday.append(sunday_type_0_item)

        else:
            sunday = self.sunday

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if monday is not UNSET:
            field_dict["monday"] = monday
        if tuesday is not UNSET:
            field_dict["tuesday"] = tuesday
        if wednesday is not UNSET:
            field_dict["wednesday"] = wednesday
        if thursday is not UNSET:
            field_dict["thursday"] = thursday
        if friday is not UNSET:
            field_dict["friday"] = friday
        if saturday is not UNSET:
            field_dict["saturday"] = saturday
        if sunday is not UNSET:
            field_dict["sunday"] = sunday

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
            weekly_schedule = cls.__new__(cls)
            weekly_schedule._kalshi_raw = (
                src_dict if type(src_dict) is dict else dict(src_dict)
            )
            return weekly_schedule
        d = dict(src_dict)
        from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

        lazily = False  # the fields' code is the loaders' (below), written out here for speed
        _start_time = d.get("start_time", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _end_time = d.get("end_time", UNSET)
        end_time: datetime.datetime | Unset
        if isinstance(_end_time, Unset):
            end_time = UNSET
        else:
            end_time = datetime.datetime.fromisoformat(_end_time)

        _monday_data = d.get("monday", UNSET)
        monday: list[DailySchedule] | None | Unset
        if _monday_data is None or isinstance(_monday_data, Unset):
            monday = _monday_data
        elif isinstance(_monday_data, list):
            monday_type_0 = []
            _monday_type_0 = _monday_data
            for monday_type_0_item_data in _monday_type_0:
                monday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=monday_type_0_item_data
                )

                monday_type_0.append(monday_type_0_item)

            monday = monday_type_0
        else:
            raise TypeError(
                f"monday: unexpected JSON type {type(_monday_data).__name__}"
            )

        _tuesday_data = d.get("tuesday", UNSET)
        tuesday: list[DailySchedule] | None | Unset
        if _tuesday_data is None or isinstance(_tuesday_data, Unset):
            tuesday = _tuesday_data
        elif isinstance(_tuesday_data, list):
            tuesday_type_0 = []
            _tuesday_type_0 = _tuesday_data
            for tuesday_type_0_item_data in _tuesday_type_0:
                tuesday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=tuesday_type_0_item_data
                )

                tuesday_type_0.append(tuesday_type_0_item)

            tuesday = tuesday_type_0
        else:
            raise TypeError(
                f"tuesday: unexpected JSON type {type(_tuesday_data).__name__}"
            )

        _wednesday_data = d.get("wednesday", UNSET)
        wednesday: list[DailySchedule] | None | Unset
        if _wednesday_data is None or isinstance(_wednesday_data, Unset):
            wednesday = _wednesday_data
        elif isinstance(_wednesday_data, list):
            wednesday_type_0 = []
            _wednesday_type_0 = _wednesday_data
            for wednesday_type_0_item_data in _wednesday_type_0:
                wednesday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=wednesday_type_0_item_data
                )

                wednesday_type_0.append(wednesday_type_0_item)

            wednesday = wednesday_type_0
        else:
            raise TypeError(
                f"wednesday: unexpected JSON type {type(_wednesday_data).__name__}"
            )

        _thursday_data = d.get("thursday", UNSET)
        thursday: list[DailySchedule] | None | Unset
        if _thursday_data is None or isinstance(_thursday_data, Unset):
            thursday = _thursday_data
        elif isinstance(_thursday_data, list):
            thursday_type_0 = []
            _thursday_type_0 = _thursday_data
            for thursday_type_0_item_data in _thursday_type_0:
                thursday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=thursday_type_0_item_data
                )

                thursday_type_0.append(thursday_type_0_item)

            thursday = thursday_type_0
        else:
            raise TypeError(
                f"thursday: unexpected JSON type {type(_thursday_data).__name__}"
            )

        _friday_data = d.get("friday", UNSET)
        friday: list[DailySchedule] | None | Unset
        if _friday_data is None or isinstance(_friday_data, Unset):
            friday = _friday_data
        elif isinstance(_friday_data, list):
            friday_type_0 = []
            _friday_type_0 = _friday_data
            for friday_type_0_item_data in _friday_type_0:
                friday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=friday_type_0_item_data
                )

                friday_type_0.append(friday_type_0_item)

            friday = friday_type_0
        else:
            raise TypeError(
                f"friday: unexpected JSON type {type(_friday_data).__name__}"
            )

        _saturday_data = d.get("saturday", UNSET)
        saturday: list[DailySchedule] | None | Unset
        if _saturday_data is None or isinstance(_saturday_data, Unset):
            saturday = _saturday_data
        elif isinstance(_saturday_data, list):
            saturday_type_0 = []
            _saturday_type_0 = _saturday_data
            for saturday_type_0_item_data in _saturday_type_0:
                saturday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=saturday_type_0_item_data
                )

                saturday_type_0.append(saturday_type_0_item)

            saturday = saturday_type_0
        else:
            raise TypeError(
                f"saturday: unexpected JSON type {type(_saturday_data).__name__}"
            )

        _sunday_data = d.get("sunday", UNSET)
        sunday: list[DailySchedule] | None | Unset
        if _sunday_data is None or isinstance(_sunday_data, Unset):
            sunday = _sunday_data
        elif isinstance(_sunday_data, list):
            sunday_type_0 = []
            _sunday_type_0 = _sunday_data
            for sunday_type_0_item_data in _sunday_type_0:
                sunday_type_0_item = DailySchedule.from_dict(
                    lazy=lazily, src_dict=sunday_type_0_item_data
                )

                sunday_type_0.append(sunday_type_0_item)

            sunday = sunday_type_0
        else:
            raise TypeError(
                f"sunday: unexpected JSON type {type(_sunday_data).__name__}"
            )

        weekly_schedule = cls(
            start_time=start_time,
            end_time=end_time,
            monday=monday,
            tuesday=tuesday,
            wednesday=wednesday,
            thursday=thursday,
            friday=friday,
            saturday=saturday,
            sunday=sunday,
        )
        weekly_schedule.additional_properties = _load_additional_properties(d, False)
        return weekly_schedule

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
                raise MalformedField(f"WeeklySchedule.{name}: {error!r}") from error
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
        return f"WeeklySchedule({', '.join(shown)})"

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


def _load_start_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _start_time = d.get("start_time", UNSET)
    start_time: datetime.datetime | Unset
    if isinstance(_start_time, Unset):
        start_time = UNSET
    else:
        start_time = datetime.datetime.fromisoformat(_start_time)

    return start_time


def _load_end_time(d: dict[str, Any], lazily: bool) -> datetime.datetime | Unset:
    _end_time = d.get("end_time", UNSET)
    end_time: datetime.datetime | Unset
    if isinstance(_end_time, Unset):
        end_time = UNSET
    else:
        end_time = datetime.datetime.fromisoformat(_end_time)

    return end_time


def _load_monday(d: dict[str, Any], lazily: bool) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _monday_data = d.get("monday", UNSET)
    monday: list[DailySchedule] | None | Unset
    if _monday_data is None or isinstance(_monday_data, Unset):
        monday = _monday_data
    elif isinstance(_monday_data, list):
        monday_type_0 = []
        _monday_type_0 = _monday_data
        for monday_type_0_item_data in _monday_type_0:
            monday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=monday_type_0_item_data
            )

            monday_type_0.append(monday_type_0_item)

        monday = monday_type_0
    else:
        raise TypeError(f"monday: unexpected JSON type {type(_monday_data).__name__}")

    return monday


def _load_tuesday(
    d: dict[str, Any], lazily: bool
) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _tuesday_data = d.get("tuesday", UNSET)
    tuesday: list[DailySchedule] | None | Unset
    if _tuesday_data is None or isinstance(_tuesday_data, Unset):
        tuesday = _tuesday_data
    elif isinstance(_tuesday_data, list):
        tuesday_type_0 = []
        _tuesday_type_0 = _tuesday_data
        for tuesday_type_0_item_data in _tuesday_type_0:
            tuesday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=tuesday_type_0_item_data
            )

            tuesday_type_0.append(tuesday_type_0_item)

        tuesday = tuesday_type_0
    else:
        raise TypeError(f"tuesday: unexpected JSON type {type(_tuesday_data).__name__}")

    return tuesday


def _load_wednesday(
    d: dict[str, Any], lazily: bool
) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _wednesday_data = d.get("wednesday", UNSET)
    wednesday: list[DailySchedule] | None | Unset
    if _wednesday_data is None or isinstance(_wednesday_data, Unset):
        wednesday = _wednesday_data
    elif isinstance(_wednesday_data, list):
        wednesday_type_0 = []
        _wednesday_type_0 = _wednesday_data
        for wednesday_type_0_item_data in _wednesday_type_0:
            wednesday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=wednesday_type_0_item_data
            )

            wednesday_type_0.append(wednesday_type_0_item)

        wednesday = wednesday_type_0
    else:
        raise TypeError(
            f"wednesday: unexpected JSON type {type(_wednesday_data).__name__}"
        )

    return wednesday


def _load_thursday(
    d: dict[str, Any], lazily: bool
) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _thursday_data = d.get("thursday", UNSET)
    thursday: list[DailySchedule] | None | Unset
    if _thursday_data is None or isinstance(_thursday_data, Unset):
        thursday = _thursday_data
    elif isinstance(_thursday_data, list):
        thursday_type_0 = []
        _thursday_type_0 = _thursday_data
        for thursday_type_0_item_data in _thursday_type_0:
            thursday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=thursday_type_0_item_data
            )

            thursday_type_0.append(thursday_type_0_item)

        thursday = thursday_type_0
    else:
        raise TypeError(
            f"thursday: unexpected JSON type {type(_thursday_data).__name__}"
        )

    return thursday


def _load_friday(d: dict[str, Any], lazily: bool) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _friday_data = d.get("friday", UNSET)
    friday: list[DailySchedule] | None | Unset
    if _friday_data is None or isinstance(_friday_data, Unset):
        friday = _friday_data
    elif isinstance(_friday_data, list):
        friday_type_0 = []
        _friday_type_0 = _friday_data
        for friday_type_0_item_data in _friday_type_0:
            friday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=friday_type_0_item_data
            )

            friday_type_0.append(friday_type_0_item)

        friday = friday_type_0
    else:
        raise TypeError(f"friday: unexpected JSON type {type(_friday_data).__name__}")

    return friday


def _load_saturday(
    d: dict[str, Any], lazily: bool
) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _saturday_data = d.get("saturday", UNSET)
    saturday: list[DailySchedule] | None | Unset
    if _saturday_data is None or isinstance(_saturday_data, Unset):
        saturday = _saturday_data
    elif isinstance(_saturday_data, list):
        saturday_type_0 = []
        _saturday_type_0 = _saturday_data
        for saturday_type_0_item_data in _saturday_type_0:
            saturday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=saturday_type_0_item_data
            )

            saturday_type_0.append(saturday_type_0_item)

        saturday = saturday_type_0
    else:
        raise TypeError(
            f"saturday: unexpected JSON type {type(_saturday_data).__name__}"
        )

    return saturday


def _load_sunday(d: dict[str, Any], lazily: bool) -> list[DailySchedule] | None | Unset:
    from ..models.daily_schedule import DailySchedule  # noqa: PLC0415

    _sunday_data = d.get("sunday", UNSET)
    sunday: list[DailySchedule] | None | Unset
    if _sunday_data is None or isinstance(_sunday_data, Unset):
        sunday = _sunday_data
    elif isinstance(_sunday_data, list):
        sunday_type_0 = []
        _sunday_type_0 = _sunday_data
        for sunday_type_0_item_data in _sunday_type_0:
            sunday_type_0_item = DailySchedule.from_dict(
                lazy=lazily, src_dict=sunday_type_0_item_data
            )

            sunday_type_0.append(sunday_type_0_item)

        sunday = sunday_type_0
    else:
        raise TypeError(f"sunday: unexpected JSON type {type(_sunday_data).__name__}")

    return sunday


_FIELDS = frozenset(
    {
        "start_time",
        "end_time",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)


def _load_additional_properties(d: dict[str, Any], lazily: bool) -> dict[str, Any]:
    extra = d.keys() - _FIELDS
    if not extra:
        return {}
    return {k: v for k, v in d.items() if k in extra}


_LOADERS: dict[str, Callable[[dict[str, Any], bool], Any]] = {
    "start_time": _load_start_time,
    "end_time": _load_end_time,
    "monday": _load_monday,
    "tuesday": _load_tuesday,
    "wednesday": _load_wednesday,
    "thursday": _load_thursday,
    "friday": _load_friday,
    "saturday": _load_saturday,
    "sunday": _load_sunday,
    "additional_properties": _load_additional_properties,
}
_REPR_FIELDS = (
    "start_time",
    "end_time",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "additional_properties",
)
