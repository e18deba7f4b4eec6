"""A stamp's year in another calendar's era, read into the common era.

Thai pages stamp the Buddhist Era ("20 Jun 2584" is 20 June 2041) and Iranian ones the
Solar Hijri calendar, year first ("1421/02/16" is 6 May 2042). A head date read as a
Gregorian year no news paper can have is either of these, or no publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from holidays.calendars.persian import _Persian  # (the library's public API has no converter)

BUDDHIST_ERA_OFFSET = 543  # 2584 BE is 2041 CE
BUDDHIST_YEARS = range(2400, 2701)  # BE 2400-2700: 1857-2157 CE
SOLAR_HIJRI_OFFSET = 621  # the Solar Hijri year 1421 begins in March 2042
SOLAR_HIJRI_YEARS = range(1300, 1480)  # 1921-2101 CE, which python-holidays converts
EARLIEST_PAPER_YEAR = 1800  # no news paper is dated before this
# What marks a page as Iranian: its months' names, the country, the calendar
_SOLAR_HIJRI_CUE = re.compile(
    r"\b(?:Farvardin|Ordibehesht|Khordad|Mordad|Amordad|Shahrivar|Bahman|Esfand|Iran|"
    r"Iranian|Tehran|Solar\s+Hijri|Persian\s+calendar)\b"
)


def in_common_era(day: dt.date, text: str) -> tuple[dt.date, str] | None:
    """`day`, read from a head stamp of `text`, as the common era's day it stands for with
    a note of the reading; the day itself with no note when its year is Gregorian; None
    when it can be no paper's ("1421/02/16" on a page with no Iranian cue)."""
    if day.year in BUDDHIST_YEARS:
        try:
            common = day.replace(year=day.year - BUDDHIST_ERA_OFFSET)
        except ValueError:  # (29 February of a year that is no leap year in the other era)
            return None
        return common, f"read {day.year} as the Buddhist Era's year ({common.year})"
    if day.year < EARLIEST_PAPER_YEAR:
        if day.year in SOLAR_HIJRI_YEARS and _SOLAR_HIJRI_CUE.search(text):
            common_day = _Persian().persian_to_gregorian(
                day.year + SOLAR_HIJRI_OFFSET, day.month, day.day
            )
            if common_day is None:
                return None
            return common_day, (f"read {day.isoformat()} as a Solar Hijri date "
                                f"({common_day.isoformat()})")  # fmt: skip
        return None
    return day, ""
