"""A stamp's year in another calendar's era, read into the common era.

Thai pages stamp the Buddhist Era ("20 Jun 2584" is 20 June 2041) and Iranian ones the
Solar Hijri calendar, year first ("1421/02/16" is 6 May 2042). A head date read as a
Gregorian year no news paper can have is either of these, or no publication date.
Jewish community papers may date an issue by the Hebrew calendar alone ("Thursday, 2
Shevat 5799" is 27 January 2039).
"""

from __future__ import annotations

import datetime as dt
import re

from holidays.calendars.hebrew import _HebrewLunisolar  # (the library's public API has no
from holidays.calendars.persian import _Persian  # converters)

from timeline.dates.calendar import safe_day

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


# The Hebrew calendar's months from Tishrei, as English copy spells them; "Adar" alone is
# Adar II in a leap year (Purim's), the one Adar of a common year
_HEBREW_MONTHS = {
    "tishrei": 0, "tishri": 0, "cheshvan": 1, "heshvan": 1, "marcheshvan": 1,
    "marheshvan": 1, "kislev": 2, "tevet": 3, "teves": 3, "shevat": 4, "shvat": 4,
    "sh'vat": 4, "adar i": 5, "adar aleph": 5, "adar ii": 6, "adar bet": 6, "adar": 6,
    "nisan": 7, "nissan": 7, "iyar": 8, "iyyar": 8, "sivan": 9, "tammuz": 10, "tamuz": 10,
    "av": 11, "menachem av": 11, "elul": 12,
}  # fmt: skip
_HEBREW_MONTH_RE = "|".join(sorted(map(re.escape, _HEBREW_MONTHS), key=len, reverse=True))
HEBREW_DATE = re.compile(
    rf"(?<!\d)(?P<day>[12]?\d|30)[ \t]+(?:of[ \t]+)?(?P<month>{_HEBREW_MONTH_RE}),?[ \t]+"
    rf"(?P<year>5[78]\d\d)(?!\d)|(?<![\w'])(?P<month_first>{_HEBREW_MONTH_RE})[ \t]+"
    r"(?P<day_after>[12]?\d|30),?[ \t]+(?P<year_after>5[78]\d\d)(?!\d)",
    re.IGNORECASE,
)  # ("2 Shevat 5799", "Shevat 2, 5799")
HEBREW_YEAR_OFFSET = 3761  # the Hebrew year 5799 begins in the autumn of 2038


def hebrew_day(match: re.Match[str]) -> dt.date | None:
    """The common era's day of a Hebrew calendar date `HEBREW_DATE` found, from
    python-holidays' table of Rosh Hashanah (1947-2100), or None outside it."""
    month_name = " ".join((match["month"] or match["month_first"]).lower().split())
    day = int(match["day"] or match["day_after"])
    year = int(match["year"] or match["year_after"]) - HEBREW_YEAR_OFFSET
    calendar = _HebrewLunisolar()
    new_year, next_new_year = calendar.rosh_hashanah_date(year), calendar.rosh_hashanah_date(
        year + 1)  # fmt: skip
    if new_year is None or next_new_year is None or day < 1:
        return None
    length = (next_new_year - new_year).days  # 353-355 days, or 383-385 with Adar I
    months = [30, 30 if length % 10 == 5 else 29, 29 if length % 10 == 3 else 30, 29, 30,
              30 if length > 380 else 0, 29, 30, 29, 30, 29, 30, 29]  # fmt: skip
    index = _HEBREW_MONTHS[month_name]
    if day > months[index]:
        return None
    return new_year + dt.timedelta(days=sum(months[:index]) + day - 1)


# A date written in Chinese, Japanese or Korean: "2024年3月5日", "平成元年２月１４日",
# "2024년 3월 5일"; a Japanese era's year counts from its first (元年, "first year", is 1)
_CJK_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_JAPANESE_ERAS = {"明治": 1868, "大正": 1912, "昭和": 1926, "平成": 1989, "令和": 2019}
CJK_DATE = re.compile(
    r"(?:(?P<era>明治|大正|昭和|平成|令和)[ \t]*(?P<era_year>元|[0-9０-９]{1,2})|"
    r"(?<![0-9０-９])(?P<year>[0-9０-９]{4}))[ \t]*[年년][ \t]*(?P<month>[0-9０-９]{1,2})"
    r"[ \t]*[月월][ \t]*(?P<day>[0-9０-９]{1,2})[ \t]*[日일]"
)
# its weekday after it: "（火）", "(화)"
_CJK_WEEKDAY = re.compile(r"[ \t]*[（(]([月火水木金土日월화수목금토일])(?:曜日?|요일)?[）)]")
_CJK_WEEKDAYS = {name: number for number, names in enumerate(
    ("月월", "火화", "水수", "木목", "金금", "土토", "日일")) for name in names}  # fmt: skip


def cjk_day(match: re.Match[str]) -> dt.date | None:
    """The day of a date `CJK_DATE` found, or None if there is no such day or the weekday
    written after it ("（火）") is another."""
    if match["era"]:
        era_year = match["era_year"].translate(_CJK_DIGITS)
        year = _JAPANESE_ERAS[match["era"]] + (0 if era_year == "元" else int(era_year) - 1)
    else:
        year = int(match["year"].translate(_CJK_DIGITS))
    month, day = (int(match[key].translate(_CJK_DIGITS)) for key in ("month", "day"))
    found = safe_day(year, month, day)
    weekday = _CJK_WEEKDAY.match(match.string, match.end())
    if found is None or (weekday and _CJK_WEEKDAYS[weekday.group(1)] != found.weekday()):
        return None
    return found
