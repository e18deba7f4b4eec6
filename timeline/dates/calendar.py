"""Calendar arithmetic on TIMEX3 values: weeks, quarters, seasons and their day intervals."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline.models import Granularity

SATURDAY = 5  # datetime's weekday number
SEASON_MONTHS: dict[str, tuple[int, int]] = {
    # Meteorological seasons (northern hemisphere); winter spans the year end.
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 2),
}
# South of the equator summer spans the year end; a season's value takes the year it
# starts in ("2027-SU": December 2027 to February 2028 in Sydney).
SOUTHERN_SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "FA": (3, 5),
    "WI": (6, 8),
    "SP": (9, 11),
    "SU": (12, 2),
}
PARTS_OF_DAY = ("MO", "AF", "EV", "NI", "DT")

# ISO 8601's ordinal date, a year and its day of the year, perhaps with a UTC clock:
# "2067-258", "2067-254T03:12:40" (a seismic network's, a satellite operator's)
ISO_ORDINAL_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)-(?P<day>[0-3]\d\d)"
    r"(?:T(?P<clock>[0-2]\d:[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?Z?)?"
)


def iso_ordinal_day(found: re.Match[str]) -> dt.date | None:
    """The day an ordinal date names ("2067-258": 15 September 2067), if its year has it."""
    year, number = int(found["year"]), int(found["day"])
    if not 1 <= number <= (366 if calendar.isleap(year) else 365):
        return None
    return dt.date(year, 1, 1) + dt.timedelta(days=number - 1)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

MIN_YEAR = 1
MAX_YEAR = 9998


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month."""
    if month == 12:
        return dt.date(year, 12, 31)
    return dt.date(year, month + 1, 1) - dt.timedelta(days=1)


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_day(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None if it does not exist (30 Feb) or is out of range."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def day_months_away(day: dt.date, months: int) -> dt.date | None:
    """The same day of the month `months` months away ("fifty years ago yesterday"), 29
    February on the 28th; None out of range or when neither day exists."""
    year, month = shift_months(day.year, day.month, months)
    return safe_day(year, month, day.day) or safe_day(year, month, day.day - 1)


def week_value(day: dt.date) -> str:
    """ISO week of a day, as TIMEX3 `YYYY-Www`."""
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + delta
    return index // 4, index % 4 + 1


def interval_of(
    value: str, *, southern: bool = False
) -> tuple[dt.date, dt.date, Granularity] | None:
    """The inclusive calendar interval a TIMEX3 value denotes, or None (durations, refs);
    seasons as the southern hemisphere has them if `southern`."""
    try:
        return _interval_of(value, southern)
    except (ValueError, OverflowError):
        return None


def _interval_of(value: str, southern: bool = False) -> tuple[dt.date, dt.date, Granularity] | None:
    if m := _DAY.match(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        granularity = Granularity.TIME if "T" in value else Granularity.DAY
        return day, day, granularity
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), Granularity.WEEK
        return monday, monday + dt.timedelta(days=6), Granularity.WEEK
    if m := _MONTH.match(value):
        year, month = int(m[1]), int(m[2])
        return dt.date(year, month, 1), month_end(year, month), Granularity.MONTH
    if m := _QUARTER.match(value):
        year, first = int(m[1]), (int(m[2]) - 1) * 3 + 1
        return dt.date(year, first, 1), month_end(year, first + 2), Granularity.QUARTER
    if m := _HALF.match(value):
        year, first = int(m[1]), 1 if m[2] == "1" else 7
        return dt.date(year, first, 1), month_end(year, first + 5), Granularity.HALF
    if m := _SEASON.match(value):
        year = int(m[1])
        first, last = (SOUTHERN_SEASON_MONTHS if southern else SEASON_MONTHS)[m[2]]
        if first == 12:
            return dt.date(year, 12, 1), month_end(year + 1, 2), Granularity.SEASON
        return dt.date(year, first, 1), month_end(year, last), Granularity.SEASON
    if m := _YEAR.match(value):
        year = int(m[1])
        return dt.date(year, 1, 1), dt.date(year, 12, 31), Granularity.YEAR
    if m := _DECADE.match(value):
        first = int(m[1]) * 10
        return dt.date(max(first, MIN_YEAR), 1, 1), dt.date(first + 9, 12, 31), Granularity.DECADE
    if m := _CENTURY.match(value):
        first = int(m[1]) * 100
        return (
            dt.date(max(first, MIN_YEAR), 1, 1),
            dt.date(first + 99, 12, 31),
            Granularity.CENTURY,
        )
    return None
