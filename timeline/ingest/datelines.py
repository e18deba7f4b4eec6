"""Publication dates: datelines near the top of a text, metadata dates, `--published`.

dateparser is configured once here, with a fixed `RELATIVE_BASE` and only absolute
parsers, so a result never depends on the machine's clock or time zone ("yesterday"
is not a date). Every date read here must name a day, a month and a year.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from itertools import chain, pairwise, takewhile

from dateparser.date import DateDataParser
from dateparser.languages import default_loader

from timeline.dates.calendar import ISO_ORDINAL_DATE, iso_ordinal_day
from timeline.dates.fiscal import full_year
from timeline.dates.lexicon import (
    MONTH_RE,
    MONTHS,
    NUMBER_WORD,
    WEEKDAY_RE,
    WEEKDAY_WORD_RE,
    month_number,
    parse_number,
    weekday_number,
    weekday_of_stem,
)
from timeline.dates.named import head_country
from timeline.errors import DateError
from timeline.ingest.boilerplate import BROWSER_PRINT_HEADER
from timeline.ingest.eras import CJK_DATE, HEBREW_DATE, cjk_day, hebrew_day, in_common_era
from timeline.ingest.options import DateOrder
from timeline.text import (
    AGENCY_TAG_LINE,
    BLOG_POSTED_BY,
    BYLINE_LEAD,
    BYLINE_NAMES,
    BYLINE_ONLY,
    COMMENT_HEAD,
    DATED_BYLINE,
    FOREIGN_STAMP_LABELS,
    FOREIGN_STAMP_PREPOSITIONS,
    ISSUE_NUMBER,
    NAME_PARTICLES,
    PAGE_HEADER,
    POSTED_BY_ON,
    PRINT_EDITION_DATE,
    READING_TIME,
    SOURCE_BEFORE_DATE,
    STAMP_PREFIX_PART,
    UPPER_BEYOND_ASCII,
    URL_LINE,
    WRITER_BAR_DATE,
    WRITER_PLACE_BEFORE_DATE,
    forwarded_body_start,
    near_figures_day_first,
    spelled_day_first,
)

LOGGER = logging.getLogger(__name__)

RELATIVE_BASE = dt.datetime(2000, 1, 1)
DATELINE_MAX_LINES = 5  # a dateline is among the first five non-empty lines, or
DATELINE_MAX_HEAD_LINES = 10  # among the first ten when no sentence of prose comes before it
# (section names, title, standfirst, writer, outlet: "News / Local / <title> / <deck> /
# Dave Kessler / Chillicothe Gazette / Published 6:42 p.m. ET March 14, 2028")
_PROSE_LINE = re.compile(r"\s*(?:\S+\s+){11,}\S*(?<![ap]\.m)[.!?][\"”’]?\s*")  # (not a stamp's
# "... · Last update 2:10 a.m.")
DATELINE_MAX_CHARS = 80  # and is short: essentially just a date
STAMP_MAX_LINES = 15  # a labelled stamp line may stand this far down, past the lead
_LEAD_LINE = re.compile(r"\s*(?:\S+\s+){5,}\S*(?<![ap]\.m)[.!?][\"”’]?\s*")  # a standfirst
BYLINE_MAX_LINES = 25  # a byline over the story's first prose, under a fixture box's rows
HEARING_MAX_LINES = 30  # a law report's line of the days its court sat, under its head
# A line that is a labelled stamp and nothing else: "Last modified: March 15 2045, 4.02pm"
_STAMP_LINE = re.compile(
    r"[ \t]*(?:(?:last|first|originally)[ \t]+)?(?:published|updated|posted|modified|created|"
    r"submitted|issued|released|filed|written|print[ \t]+edition|online|"
    r"(?:publish|published|publication|release|post|posted|posting)[ \t]+date|"
    r"date[ \t]+(?:published|posted)|"  # (ProMED's "Published Date: 2069-12-30 11:47:09 EST")
    rf"{FOREIGN_STAMP_LABELS})"  # (a site's own language: "Gepubliceerd op za 20 okt 2046")
    rf"(?:(?:[ \t]+(?:on|at|{FOREIGN_STAMP_PREPOSITIONS}))?[ \t]*[:：]|[ \t]+(?:on|"
    rf"{FOREIGN_STAMP_PREPOSITIONS}))[ \t]*[^\n]{{6,80}}$",  # (also Le Monde's
    # "Published on February 12, 2053, at 6:12 pm (Paris), updated at 9:40 pm")
    re.IGNORECASE,
)
MAX_DATE_CHARS = 120  # longer metadata values are not dates
MONTHS_IN_YEAR = 12

_BASE_SETTINGS: dict[str, object] = {
    "RELATIVE_BASE": RELATIVE_BASE,
    "TIMEZONE": "UTC",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["absolute-time"],
}
_PARSERS: dict[DateOrder, DateDataParser] = {
    order: DateDataParser(languages=["en"], settings={**_BASE_SETTINGS, "DATE_ORDER": order.value})
    for order in DateOrder
    if order is not DateOrder.AUTO
}

_ISO_RE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ]\S*)?")
_YEAR_FIRST_RE = re.compile(r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})")
_YEAR_LAST_RE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})")
_YEAR_RE = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A date of the Republic of China's calendar with a three-digit year, year first, perhaps
# with its time: "141-02-12", "141/02/12 10:15"
_MINGUO_DATE = re.compile(r"(1\d\d)([/.\-])(\d{1,2})\2(\d{1,2})(?:[ \t]+\d{1,2}:\d\d(?::\d\d)?)?")
MINGUO_OFFSET = 1911  # the Minguo year 1 is 1912
_SHORT_YEAR_LAST_RE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d\d)")  # "28.09.46"
_SHORT_YEAR_THEN_TIME = re.compile(
    _SHORT_YEAR_LAST_RE.pattern + r",?[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+[A-Z]{2,5})?"
)
# A time of day: everything from here on is dropped, so "11 PM EST" never moves the day.
_TIME_RE = re.compile(
    r"(?:(?<=\d)T|\b)\d{1,2}(?::\d{2}){1,2}(?:\b|(?=[ap]\.?m\b))|\b\d{1,2}\s?[ap]\.?m\b\.?"
    r"|(?<![\d.])\d{1,2}\.\d{2}(?=[ \t]*(?:[ap]\.?m\b|(?-i:[A-Z]{2,5})\b|[+−-]\d|$))"
    r"|(?:(?<=,[ \t])|(?<=\bat[ \t]))(?:[01]\d|2[0-3])[0-5]\d"
    r"(?=[ \t]+(?-i:[A-Z]{1,4}T|UTC|GMT)\b)",
    re.IGNORECASE,
)  # ("13/09/2026 5:30am": the time glued to its "am" too; "17 Aug 2040 at 6.48 MYT": a
# dotted clock before a zone, never moved to another zone's day; a ship's or an army's four
# digits after a comma or "at": "13 May 2049, 0900 LT")
_TRAILING_RE = re.compile(r"(?:[\s,;|@\-\u2013\u2014]|\bat\b)+$", re.IGNORECASE)
_LABEL_RE = re.compile(
    r"(?:(?:page|article|story|post)\s+(?=(?:last\s+)?(?:updated|modified|published)))?"  # ("Page
    # last updated: 2067-258T09:30Z")
    r"(?:(?:last|first|originally)\s+)?(?:(?:publish|published|publication|release|post|posted|"
    r"posting)\s+date|date\s+(?:published|posted)|"
    r"date\s+of\s+(?:issue|publication|release)|"  # (a notice's: "Date of issue: 13 May 2049")
    r"(?:bulletin|outlook|forecast|advisory|notice)\s+of|"  # ("Bulletin of 28 July 2031")
    r"(?:(?:situation|position|status|figures|information|correct)\s+)?as\s+(?:at|of)|"  # (a
    # report's moment: "Situation as at TUE 12-FEB-2058, 08:00")
    r"published|updated|posted|modified|dateline|dated?|stand|"
    r"created|submitted|issued|released|filed|written|print\s+edition|online|premiered|"
    r"transmitted|air(?:ed)?\s+date|aired|broadcast|"  # (a wire's: "Transmitted 14MAR39 1125
    # AZT"; a radio page's "Air date: Monday 1st June 2054")
    r"streamed\s+live|uploaded|"  # (a video page's: "Premiered Oct 9, 2052")
    r"for\s+(?:immediate\s+)?release|embargoed\s+(?:until|till)|"  # (a release's time)
    # ("EMBARGO: Not for publication or broadcast before 10:00 (WAT) on Wednesday 13 ...")
    r"(?:(?:under\s+)?embargo(?:ed)?\s*(?::\s*)?(?:(?:not\s+(?:to\s+be\s+(?:published|"
    r"released|broadcast)|for\s+(?:publication|release|broadcast))(?:\s+or\s+(?:publication|"
    r"release|broadcast))?\s+)?(?:before|until|till)\s*)?|not\s+for\s+(?:publication|release|"
    r"broadcast)(?:\s+or\s+(?:publication|release|broadcast))?\s+(?:before|until)\s*)"
    r"(?:\d{1,2}[:.]\d\d(?:\s*\(?(?-i:[A-Z]{2,5})\)?)?(?:\s+on|\s*,))?|"
    # the same labels of a site in Korean, Japanese or Chinese (an English edition that
    # keeps them: "입력 2047.04.09 06:31  |  수정 2047.04.09 11:02")
    r"기사\s?입력|입력|등록|수정|최종\s?수정|공개|公開|更新|配信|掲載|发布|發佈|发布时间|更新时间)"
    r"(?:\s+(?:on|at))?\s*[:：\-\u2013\u2014]?\s*",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"[A-Za-z]+")
_VERSION_AFTER = re.compile(r"[ \t]*\(v\d{1,2}\)$")  # a paper's version after its date
_PLACE_IN_BRACKETS_END = re.compile(r"[ \t]*\([A-Z][\w .'’-]{1,30}\)$|[ \t]*\([^()\n]{0,40}"
                                    r"\b(?:time|UTC|GMT)\b[^()\n]{0,12}\)$")  # ("(Brazzaville
# time, UTC+1)" after a clock)
_SECOND_STAMP = re.compile(r"[\s,;·•|–—-]+(?:(?:last\s+)?(?:updated|modified|revised)\b|next\s+"
                           r"(?:bulletin|update|issue|edition)\b|수정|更新)",
                           re.IGNORECASE)
# A byline before the date, set off by a bar, bullet or dash: "By Jane Smith | ", "By Ann
# Lee and Bo Ma • ", "By AP Staff — ".
# The writer after a publication line: "Posted on January 8, 2027 at 3:45 pm by Ruth Callander"
_POSTED_BY = re.compile(rf"\s+by\s+({BYLINE_NAMES})\s*$")
_TRAILER_RE = re.compile(
    rf"{_POSTED_BY.pattern}|\s*[·•|]\s*(?:{READING_TIME}|\d+\s*min(?:ute)?s?)\s*$"
    # a count of readers or comments: "2092.07.12  21:40  ·  Views 4,127", "· 12 comments"
    r"|\s*[·•|]\s*(?:(?i:views|reads|comments)\s*:?\s*\d[\d,.]*|\d[\d,.]*\s*(?i:views|reads|"
    r"comments))\s*$"
    # the byline on the stamp's line: "Published on 05/11/2051 - 20:31 By Juliana Rocha -
    # Reporter Agência Planalto - Brasília"
    rf"|\s+By\s+(?:{BYLINE_NAMES})(?:\s+[-–—|]\s.*)?$"
    # "April 21, 2026 11:32 AM GMT+2 Updated 2 hours ago"
    r"|\s*[·•|]?\s*(?i:updated|modified)\s+(?:\d+|an?)\s+(?i:minutes?|mins?|hours?|hrs?|days?)"
    r"\s+(?i:ago)\s*$"
    # a zone spelled out: "April 04, 2028 04:05 PM Eastern Daylight Time" (Business Wire)
    r"|\s+(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|British|Irish|Greenwich|"
    r"Coordinated|(?:Australian\s+)?(?:Eastern|Central|Western)|India|Indian|Japan|China|Korea|"
    r"Singapore|Hong\s+Kong|New\s+Zealand|South\s+Africa)"
    r"(?:\s+(?:Standard|Daylight|Summer|Mean|Universal))?\s+Time\s*$"
)
_BYLINE_RE = re.compile(BYLINE_LEAD)
# What may follow a time before the date: "PM", "a.m.", a zone ("EDT", "ET", "GMT").
_ZONE_AFTER_TIME = re.compile(
    r"(?i:\s*(?:[ap]\.?\s?m\b\.?)?)\s*(?:(?:[A-Z]{1,4}T|UTC|GMT|Z)\b(?:[+−-]\d{1,2}(?::?\d\d)?)?)?"
)  # ("9:14 AM GMT+1, Wed 13 November 2024")
_LEADING_RE = re.compile(r"^(?:[\s,;|@\-\u2013\u2014]|\bon\b)+", re.IGNORECASE)
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NOT_PUNCTUATION = re.compile(r"[^\W_]")
_DATE_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "monday tuesday wednesday thursday friday saturday sunday "
    "mon tue tues wed thu thur thurs fri sat sun "
    "st nd rd th at on of the am pm a p m t z "
    "utc gmt est edt cst cdt mst mdt pst pdt et ct mt pt bst cet cest ist jst kst hkt sgt "
    "aest uhr".split()
)


@dataclass(frozen=True)
class ParsedDate:
    """A date read from text; `warning` says when its numeric order differs from the option."""

    date: dt.date
    warning: str | None = None


@dataclass(frozen=True)
class Dateline:
    """A publication dateline: its date and the span of the date text in the article."""

    date: dt.date
    start: int
    end: int
    warning: str | None = None


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A weekday before a numeric date, whose order and short year the weekday settles: "Wed
# 11.06.25 – 15:47 CEST" (11 June 2025, a Wednesday; 6 November 2025 is a Thursday).
_WEEKDAY_NUMERIC = re.compile(
    rf"(?i:{WEEKDAY_WORD_RE},?)\s+(\d{{1,2}})([/.\-])(\d{{1,2}})\3(\d{{4}}|\d\d)"
)
TWO_DIGIT_PIVOT = 70  # a two-digit year below this is of the 2000s
# A day and a month in words with a year's last two digits after an apostrophe: "11 Feb '83",
# "Feb. 11, '83" (the century is the page's: `_in_page_century`)
_NAMED_MONTH_SHORT_YEAR = re.compile(
    rf"(?P<date>(?:(?i:{WEEKDAY_WORD_RE}),?[ \t]+)?(?:\d{{1,2}}[ \t]+(?i:{MONTH_RE})\.?"
    rf"|(?i:{MONTH_RE})\.?[ \t]+\d{{1,2}}))[ \t]*,?[ \t]*['’](?P<year>\d\d)"
)
PAGE_YEARS_BACK, PAGE_YEARS_AHEAD = 50, 5  # a page's years around its own
_PAGE_YEAR = re.compile(r"(?<![\d.,/-])(?:1[6-9]|2\d)\d\d(?![\d/-]|[.,]\d|\s*(?:%|percent))")


def _weekday_numeric(match: re.Match[str]) -> ParsedDate | None:
    """The date of "Wed 11.06.25": of the two orders, the one that falls on the weekday."""
    weekday = weekday_of_stem(match.group(1))
    first, second, year = int(match.group(2)), int(match.group(4)), int(match.group(5))
    if year < 100:
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
    fits = {day for day in (_valid(year, second, first), _valid(year, first, second))
            if day is not None and day.weekday() == weekday}  # fmt: skip
    return ParsedDate(fits.pop()) if len(fits) == 1 else None


def _numeric_year_last(match: re.Match[str], value: str, order: DateOrder) -> ParsedDate | None:
    """`a/b/yyyy`: month first unless the option is DMY or the day is evident (> 12)."""
    first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
    expected = order is DateOrder.DMY  # day first?
    evident: bool | None = None  # the order the numbers themselves show, if any
    if first > MONTHS_IN_YEAR >= second:
        evident = True
    elif second > MONTHS_IN_YEAR >= first:
        evident = False
    day_first = expected if evident is None else evident
    day, month = (first, second) if day_first else (second, first)
    parsed = _valid(year, month, day)
    if parsed is None:
        return None
    warning = None
    if day_first != expected:
        shown = "day-first" if day_first else "month-first"
        warning = (
            f"date '{value}' is {shown} but the date order is {order.value}; "
            f"read as {parsed.isoformat()}"
        )
    return ParsedDate(parsed, warning)


# A zone after a date's year with no time: "12 March 2031 CET" (read at midnight there, it
# would be moved to UTC's day before)
_ZONE_AFTER_YEAR = re.compile(r"(?<=\d{4})[ \t,]+(?:[A-Z]{2,5}|(?:GMT|UTC)[+-]\d{1,2}(?::?\d\d)?)$")


def _cut_time(value: str) -> str:
    """The date part of `value`: drop a time of day, its zone and trailing separators."""
    match = _TIME_RE.search(value)
    if match and (_YEAR_RE.search(value, 0, match.start()) or (
        _NAMED_MONTH_SHORT_YEAR.search(value, 0, match.start())
    )):  # ("11 Feb '83  ·  09:14 CET": the date, then its time)
        value = value[: match.start()]
    elif match:  # "9:41 PM EDT, Mon October 9, 2017": the time comes first
        zone = _ZONE_AFTER_TIME.match(value, match.end())
        value = value[zone.end() if zone else match.end() :]
        value = _LEADING_RE.sub("", value)
    return _ZONE_AFTER_YEAR.sub("", _TRAILING_RE.sub("", value).strip())


def _spelled_full_date(core: str) -> dt.date | None:
    """A date with its month in words ("Friday, 17 Nov, 2017", "Nov. 17, 2017") read by
    our own resolver: the same answer as dateparser's, without dateparser's start-up
    (about half a second for its language data), which most runs then never pay."""
    from timeline.dates import resolve_dates  # the resolver is not needed to read files

    found = resolve_dates(core, join_clock_days=True)
    if len(found) != 1 or not _DAY_VALUE.fullmatch(found[0].value):
        return None
    expression = found[0]
    if _NOT_PUNCTUATION.search(core[: expression.start] + core[expression.end :]):
        return None  # words or numbers besides the date: leave it to dateparser
    return _valid(int(expression.value[:4]), int(expression.value[5:7]), int(expression.value[8:]))


def parse_date_text(value: str, order: DateOrder = DateOrder.MDY) -> ParsedDate | None:
    """Read a full date (day, month and year) from a short string, or None (AUTO reads a
    numeric date month first: `parse_in_article_order` looks at the article)."""
    auto = order is DateOrder.AUTO  # (then a date that shows its own order is no surprise)
    if auto:
        order = DateOrder.MDY
    value = value.strip()
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    if (dated := _WEEKDAY_NUMERIC.match(value)) is not None and (
        by_weekday := _weekday_numeric(dated)
    ) is not None:
        return by_weekday  # "Wed 11.06.25": the order its weekday allows
    if not _YEAR_RE.search(value) and (
        named := _NAMED_MONTH_SHORT_YEAR.match(core := _cut_time(value))
    ) and not _NOT_PUNCTUATION.search(core, named.end()):
        # "11 Feb '83", "Feb. 11, '83  ·": the month in words, the year's last two digits
        year = int(named["year"])
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
        value = f"{named['date']} {year}"
    if not _YEAR_RE.search(value):
        short = _SHORT_YEAR_LAST_RE.fullmatch(_cut_time(value)) or (
            _SHORT_YEAR_THEN_TIME.fullmatch(value))
        if short is None:  # ("Published: 02:14 28.09.46", "28.09.46 02:14 BST": the 28th of
            return None  # September 2046)
        year = int(short.group(4))
        year += 2000 if year < TWO_DIGIT_PIVOT else 1900
        value = f"{short.group(1)}{short.group(2)}{short.group(3)}{short.group(2)}{year}"
    if (ordinal := ISO_ORDINAL_DATE.fullmatch(value)) is not None:
        day = iso_ordinal_day(ordinal)  # ISO 8601's year and day of the year: "2067-258T09:30Z"
        return ParsedDate(day) if day else None
    iso = _ISO_RE.fullmatch(value)
    if iso:  # ISO 8601: the calendar date as written, whatever the zone
        parsed = _valid(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return ParsedDate(parsed) if parsed else None
    core = _cut_time(value)
    year_first = _YEAR_FIRST_RE.fullmatch(core)
    if year_first:
        parsed = _valid(
            int(year_first.group(1)), int(year_first.group(3)), int(year_first.group(4))
        )
        return ParsedDate(parsed) if parsed else None
    year_last = _YEAR_LAST_RE.fullmatch(core)
    if year_last:
        dotted = auto and year_last.group(2) == "."  # "09.03.2027": Europe's day first
        parsed_numeric = _numeric_year_last(year_last, core, DateOrder.DMY if dotted else order)
        if auto and parsed_numeric is not None:
            return ParsedDate(parsed_numeric.date)
        return parsed_numeric
    if not _YEAR_RE.search(core):
        return None
    spelled = _spelled_full_date(core)
    if spelled is not None:
        return ParsedDate(spelled)
    try:
        data = _PARSERS[order].get_date_data(core)
    except Exception as exc:  # dateparser's own errors on odd input are not ours to raise
        LOGGER.debug("dateparser failed on %r: %s", core, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    return ParsedDate(data.date_obj.date())


def parse_date_arg(value: str, order: DateOrder = DateOrder.MDY) -> dt.date:
    """A `--published` date ("2017-11-17", "17 Nov 2017", "03/04/2017" read in `order`);
    raise DateError if unreadable."""
    parsed = parse_date_text(value, order)
    if parsed is None:
        raise DateError(f"--published: cannot read '{value}' as a date")
    return parsed.date


def parse_published_option(
    values: list[str], order: DateOrder = DateOrder.MDY
) -> tuple[dt.date | None, dict[str, dt.date]]:
    """Split `--published` values into a default date (DATE) and per-path dates (PATH=DATE);
    numeric dates follow `order` (--date-order)."""
    default: dt.date | None = None
    overrides: dict[str, dt.date] = {}
    for raw in values:
        path, sep, value = raw.rpartition("=")
        if not sep:
            parsed = parse_date_arg(raw, order)
            if default is not None and parsed != default:
                raise DateError(
                    f"--published: two default dates given ({default.isoformat()} and "
                    f"{parsed.isoformat()}); use PATH=DATE for one file"
                )
            default = parsed
        elif not path.strip():
            raise DateError(f"--published: missing path before '=' in '{raw}'")
        else:
            overrides[path] = parse_date_arg(value, order)
    return default, overrides


def first_lines(text: str, count: int) -> Iterator[tuple[int, int]]:
    """(start, end) of the first `count` non-empty lines, without splitting the whole text."""
    pos = 0
    found = 0
    while found < count and pos <= len(text):
        end = text.find("\n", pos)
        if end < 0:
            end = len(text)
        if text[pos:end].strip():
            found += 1
            yield pos, end
        pos = end + 1


# A wire dateline's place: "WASHINGTON", "CASCADE FALLS, Ore.", "ST. LOUIS, Missouri".
_PLACE = (
    r"[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3}"
    r"(?:,[ ]+(?!(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][A-Za-z.]{1,14}"
    r"(?:[ ](?:(?:and|of|&)[ ])?[A-Z][A-Za-z.]{1,14}){0,3})?"
)  # (and "PROVIDENCIALES, Turks and Caicos Islands", "PORT OF SPAIN, Trinidad and Tobago")
_SEPARATOR = r"(?:[—–|:]|[ ]-{1,2}[ ]|--)"
# The agency's tag: "(AP)", "(Reuters)", "(IPS)", "(Prensa Latina)", a pool's two outlets
# "(RADIO KIRIBATI/PACNEWS)"
_AGENCY_NAMES = (r"[A-Z][A-Za-z.&]{1,15}(?:(?:[ /]|,[ ]|[ ]/[ ]|[ ]via[ ])[A-Z][A-Za-z.&]{1,15})"
                 r"{0,3}")  # ("RADIO KIRIBATI, PACNEWS", "Radio Kiribati via PACNEWS")
_AGENCY = rf"(?:\({_AGENCY_NAMES}\)[ ]*)?"
# "CASCADE FALLS, Ore., Aug. 19, 2026 —", "WASHINGTON (Aug. 19, 2026) —", "LONDON, March
# 12, 2026 (Reuters) - The ...": a place, its date, then the story (or the line's end).
_WIRE_LEAD_RE = re.compile(
    rf"{_PLACE}[ ]*(?:,|{_SEPARATOR})?[ ]*(?P<open>\()?(?P<date>[^()—–|\n]{{6,60}}?)"
    rf"(?(open)\))[ ]*{_AGENCY}(?:{_SEPARATOR}|[ ]?-{{1,2}}[ ]*$|$)"  # (a dash ending its line)
)
# A place written in title case needs its agency's tag after the date: "Dili, 17 Mar 2037
# (Lusa) - Fire broke out ..." (Lusa's and ANSA's style)
_TITLED_WIRE_LEAD_RE = re.compile(
    r"[A-Z][\w'’.\-]+(?:[ ][A-Z][\w'’.\-]+){0,3},[ ]*(?P<date>[^()—–|\n]{6,40}?)[ ]*"
    rf"\({_AGENCY_NAMES}\)[ ]*"
    rf"(?:{_SEPARATOR}|[ ]?-{{1,2}}[ ]*$|$)"
)
# A place in title case, a dash, the date and its source's tag: "Palikir, Pohnpei —
# September 16, 2089 (FSM Information Services)", a government release's date line
_TITLED_PLACE = (r"[A-Z][\w'’.\-]+(?:[ ](?:(?:de|del|da|do|di|du|la|le|el|al|van|von)[ ])?"
                 r"[A-Z][\w'’.\-]+){0,4}")  # ("Las Palmas de Gran Canaria")
_TITLED_DASH_LEAD_RE = re.compile(
    rf"{_TITLED_PLACE}(?:,[ ][A-Z][\w'’.\-]+(?:[ ][A-Z][\w'’.\-]+){{0,2}})?"
    rf"(?:[ ]?/[ ]?{_TITLED_PLACE}){{0,2}}"  # (the places its writers wrote from: "Las Palmas
    # de Gran Canaria / Madrid - AUG 13, 2067 - 00:35 CEST")
    rf"[ ]+[—–-]{{1,2}}[ ]+(?P<date>[^()—–|\n]{{6,40}}?)[ ]*(?:\({_AGENCY_NAMES}\)[ ]*)?"
    rf"(?:{_SEPARATOR}|[ ]?-{{1,2}}[ ]*$|$)"
)  # (the tag may be missing: "Kolonia, Pohnpei State – September 16, 2089 –")
# An agency's name after the date with no brackets, the date perhaps after another
# calendar's: "Tabuk, Rabi Al-Awwal 8, 1467, January 26, 2045, SPA -- The ..." (SPA's style)
_BARE_AGENCY_LEAD_RE = re.compile(
    r"[A-Z][\w'’.\-]+(?:[ ][A-Z][\w'’.\-]+){0,3},[ ]*(?P<fields>[^()—–|\n]{6,80}?),[ ]*"
    r"[A-Z]{2,6}[ ]*(?:--|—|–|-)(?:[ ]|$)"
)
BARE_AGENCY_FIELDS = 3  # comma fields at most, from the end, that a date may take
# "Friday 27 June 2025 | WASHINGTON", "Aug. 19, 2026 — CASCADE FALLS, Ore.": the place after
_PLACE_TAIL_RE = re.compile(rf"[ ]*(?:,|{_SEPARATOR})[ ]*{_PLACE}[ ]*$")


# A breadcrumb trail's year, month and day, each a crumb: "Home » 2033 » August » 10 » ..."
_BREADCRUMB_DATE = re.compile(
    r"(?:^|[»›>]|[ \t]/)[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*(?:[»›>]|[ \t]/[ \t])[ \t]*"
    r"(?P<month>[A-Za-z]{3,9}|\d{1,2})[ \t]*(?:[»›>]|[ \t]/[ \t])[ \t]*(?P<day>\d{1,2})"
    r"[ \t]*(?:[»›>]|[ \t]/|$)"
)  # (and with slashes set apart by spaces: "Home / 2033 / August / 10 / ...")


def _wire_dateline(line: str, order: DateOrder) -> tuple[ParsedDate, int, int] | None:
    """The date of a wire-style dateline: a place in capitals, then the date (the story
    may follow on the same line), or the date, then the place."""
    offset = len(line) - len(line.lstrip())
    stripped = line.strip()
    lead = (_WIRE_LEAD_RE.match(stripped) or _TITLED_WIRE_LEAD_RE.match(stripped)
            or _TITLED_DASH_LEAD_RE.match(stripped))
    if lead is not None:
        start, end = lead.span("date")
        date_text = stripped[start:end].rstrip(" ,")
    elif (bare := _BARE_AGENCY_LEAD_RE.match(stripped)) is not None:
        return _last_fields_date(stripped, bare.start("fields"), bare.end("fields"), order,
                                 offset)  # fmt: skip
    elif len(stripped) <= DATELINE_MAX_CHARS and (tail := _PLACE_TAIL_RE.search(stripped)):
        label = _LABEL_RE.match(stripped)
        start = label.end() if label and label.end() < tail.start() else 0
        date_text = stripped[start : tail.start()]
    else:
        return None
    parsed = _only_a_date(date_text, order)
    return None if parsed is None else (parsed, offset + start, offset + start + len(date_text))


def _last_fields_date(
    line: str, start: int, end: int, order: DateOrder, offset: int
) -> tuple[ParsedDate, int, int] | None:
    """The full date the last comma fields of `line[start:end]` make ("Rabi Al-Awwal 8,
    1467, January 26, 2045": January 26, 2045), with its span (`offset`: the line's
    indent), if any."""
    commas = [start - 1, *(i for i in range(start, end) if line[i] == ",")]
    for comma in reversed(commas[-BARE_AGENCY_FIELDS:]):
        date_text = line[comma + 1 : end].strip()
        if (parsed := _only_a_date(date_text, order)) is not None:
            begin = end - len(line[comma + 1 : end].lstrip())
            return parsed, offset + begin, offset + end
    return None


def _only_a_date(text: str, order: DateOrder) -> ParsedDate | None:
    """The full date `text` is, when its words are all date words (or time zones written
    in capitals, "EEST", "AEDT"), else None."""
    if (glued := _GLUED_DATE.fullmatch(text)) is not None:  # "14MAR39 1125 AZT"
        day = _valid(full_year(glued["year"]), month_number(glued["month"]) or 0,
                     int(glued["day"]))  # fmt: skip
        return None if day is None else ParsedDate(day)
    if (asctime := _ASCTIME.fullmatch(text)) is not None:  # "Tue Mar  3 07:12:44 NZDT 2009"
        day = _valid(int(asctime["year"]), month_number(asctime["month"]) or 0,
                     int(asctime["day"]))  # fmt: skip
        return None if day is None else ParsedDate(day)
    if not text or any(
        word.lower() not in _DATE_WORDS and not _ZONE_WORD.fullmatch(word)
        for word in _WORD_RE.findall(text)
    ):
        return None
    return parse_date_text(_DOTTED_CLOCK.sub(r"\1:\2", text), order)  # ("9.30am")


# A day, a month's three capitals and a year run together, a wire's or an army's stamp:
# "14MAR39 1125 AZT" (with its four-digit clock and zone)
_GLUED_DATE = re.compile(
    r"[ \t]*(?P<day>\d{1,2})(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
    r"(?P<year>\d{4}|\d{2})(?:[ \t]+\d{4}Z?(?:[ \t]+[A-Z]{1,5})?)?[ \t]*"
)
# Unix's `date` and a mail archive's stamp: "Tue Mar  3 07:12:44 NZDT 2009" (the year last)
_ASCTIME = re.compile(
    r"[ \t]*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[ \t]{1,3}(?P<month>[A-Z][a-z]{2})[ \t]{1,3}"
    r"(?P<day>\d{1,2})[ \t]{1,3}\d\d:\d\d(?::\d\d)?(?:[ \t]{1,3}[A-Z]{2,5})?[ \t]{1,3}"
    r"(?P<year>\d{4})[ \t]*"
)
# A word for "at" before a stamp's time in another language: "kl. 06.50", "um 10:15"
_TIME_WORD = re.compile(r"[ \t]+(?:kl\.?|klo\.?|à|um|alle|às|om)[ \t]+(?=\d)")
_DOTTED_CLOCK = re.compile(r"\b(\d{1,2})\.(\d{2})(?=\s*[AaPp]\.?[Mm]\b)")
# The outlet after a stamp: "Tuesday January 25 2028, 9.30am GMT, The Times"
_OUTLET_AFTER = re.compile(r",[ \t]+(?:The[ \t]+)?[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3}$")


_ZONE_WORD = re.compile(r"[A-Z]{1,4}T|WIB|WITA|WIT|UTC|GMT|CAT|EAT|WAT|SAST|HKT|IST")  # a time
# zone: "EEST", "AEDT", "NZST", Indonesia's "WIB" and "WITA"


# A stamp of how long ago, with no date: "Published 3h ago", "Posted 2 hours ago".
_RELATIVE_STAMP = re.compile(
    r"(?i:(?:published|posted|updated)\s+)?\d{1,3}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)"
    r"\s+ago"
)


_PART_END = r"(?:[^\s|·•\d]|(?<=[a-z])\d)"  # a field's last character
# The writer and the agency before a labelled stamp on its line: "Debasish Mohanty | TNN |
# Updated: ...", "Marc Lavoie · The Canadian Press · Posted: ..." (no date before the stamp:
# "January 11, 2028 4:18 PM GMT · Updated 2 hours ago" is the date itself).
_PREFIX_BEFORE_STAMP = re.compile(
    rf"(?P<writer>{STAMP_PREFIX_PART}{{0,59}}?{_PART_END})[ \t]+[|·•][ \t]+"  # ("bdnews24.com")
    rf"(?:{STAMP_PREFIX_PART}{{0,39}}?{_PART_END}[ \t]+[|·•][ \t]+){{0,2}}?"
    r"(?=(?i:(?:last[ \t]+)?(?:published|posted|updated))\b)"
)  # (each part ends on no space: the spaces before a bar are the gap's, read one way)


# The day in a page address's path: ".../20400411/...", ".../2040/04/11/...",
# ".../2040-04-11-...", ".../2053/sep/19/..." (a month's abbreviation, as the Guardian's)
_URL_DAY = re.compile(
    r"/((?:19|20)\d\d)(?:(\d\d)(\d\d)|/(\d\d)/(\d\d)|-(\d\d)-(\d\d)|"
    r"/((?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/(\d\d))(?=[/_.?#-]|$)"
)


# A picture's credit with its day after a bullet or a bar (not an archive's "File photo")
_CREDIT_THEN_DATE = re.compile(
    r"[ \t]*(?i:photo(?:graph)?|picture|image|pic)[ \t]*:[ \t]*(?!(?i:file)\b)[^\n•·|]{2,80}?"
    r"[ \t]+[•·|][ \t]+(?P<date>\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}|[A-Z][a-z]+\.?[ \t]+\d{1,2},?"
    r"[ \t]+\d{4})[ \t]*"
)
# A page's own address after a share button's label: "Copy link: https://...", "Share this
# story: https://...", "Short link: ..."
_LABELLED_LINK = re.compile(
    r"[ \t]*(?i:copy[ \t]+link|short[ \t]*link|share[ \t]+(?:this[ \t]+)?(?:link|story|article)|"
    r"link[ \t]+to[ \t]+this[ \t]+(?:story|article|page)|permalink)[ \t]*:[ \t]*"
    r"(?P<address>(?:https?://|www\.)\S+)[ \t]*"
)
_PRINT_FOOTER = re.compile(
    r"[ \t]*(?:(?i:url(?:[ \t]+to[ \t]+(?:article|this[ \t]+(?:article|story|page)))?|"
    r"permalink|(?:article|original|story)[ \t]+(?:url|link|address))[ \t]*:[ \t]*)?"
    r"(?P<address>(?:https?://|www\.)\S+)(?:[ \t]{2,}(?:(?i:page)[ \t]+)?\d{1,3}"
    r"(?:/|[ \t]+of[ \t]+)\d{1,3})?[ \t]*"
)  # ("... 2/2", "... Page 1 of 3", "... 1 of 2", or the address alone; a print view's
# "URL to article: https://...")


def _url_day(line: str) -> tuple[ParsedDate, int, int] | None:
    """The day a page's address tells in its path, if it is on a line of its own."""
    if not URL_LINE.fullmatch(line) or not (found := _URL_DAY.search(line)):
        return None
    year, *parts = found.groups()
    month, day = [part for part in parts if part is not None]
    number = int(month) if month.isdigit() else MONTHS[month.lower()]
    parsed = _valid(int(year), number, int(day))
    return None if parsed is None else (ParsedDate(parsed), found.start(1), found.end())


# A video page's count of views, then the day it went up (or premiered), then its tags
_VIEWS_THEN_DATE = re.compile(
    r"[ \t]*[\d.,]+[KkMm]?[ \t]+views?[ \t]+(?:(?:Premiered|Streamed[ \t]+live)(?:[ \t]+on)?"
    r"[ \t]+)?(?P<date>[^#\n]{6,30}?)(?:[ \t]{2,}[^\n]*|[ \t]*#[^\n]*)?$"
)
# A content system's line of who posted and when (`text.POSTED_BY_ON`, then the date)
_BY_WRITER_ON = re.compile(rf"[ \t]*{POSTED_BY_ON}[ \t]+(?P<date>[^\n]{{6,40}}?)[ \t]*$")
_YEAR_DIGITS = re.compile(r"\b\d{4}\b")
# An obituary's run in a paper: "Published by Penobscot Bay Register from Mar. 13 to Mar.
# 15, 2044." (a notice site's line): its first day, with the last's year
# (a line of its own; searched in the whole text too, a notice's foot over its guest book)
_PUBLISHED_FROM_TO = re.compile(
    r"^[ \t]*(?i:published|posted)[ \t]+(?i:by|in|on)[ \t]+[^\n]{2,60}?[ \t]+(?i:from)[ \t]+"
    r"(?P<date>(?P<first>[^\n]{3,24}?)[ \t]+(?:to|through|until|-|–)[ \t]+"
    r"[^\n]{3,24}?(?P<year>\b\d{4}))[ \t.]*$",
    re.MULTILINE,
)


def _published_run_day(
    run: re.Match[str], order: DateOrder, origin: int = 0
) -> tuple[ParsedDate, int, int] | None:
    """The first day of an obituary's run in a paper (`_PUBLISHED_FROM_TO`), with the
    last day's year when it has none of its own, and where the run's dates stand (from
    `origin`)."""
    first = run["first"] if _YEAR_DIGITS.search(run["first"]) else f"{run['first']}, {run['year']}"
    parsed = parse_date_text(first, order)
    return (parsed, run.start("date") - origin, run.end("date") - origin) if parsed else None


# Another calendar's year before the common era's in brackets: "Juche 160 (2071)",
# "Heisei 30 (2018)"
_ERA_YEAR_BRACKETED = re.compile(
    r"\b[A-Z][a-z]+\.?[ \t]+\d{1,4}[ \t]*\((?P<year>(?:1[89]|2[01])\d\d)\)")
_BRACKETS = re.compile(r"\((?P<inner>[^()\n]{6,80})\)")
_COMMON_ERA_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")
BRACKETED_LINE_MAX_CHARS = 120  # a head line with another calendar's date before ours


def _bracketed_common_era(line: str, order: DateOrder) -> tuple[ParsedDate, int, int] | None:
    """The common era's date a head line gives in brackets after another calendar's:
    "Thursday, August 6, Juche 160 (2071)" (the year), "Published: Tuesday, 12 Dalw 1406
    (1 February 2028 / 5 Ramadan 1449), 10:15" (the day)."""
    if len(line) > BRACKETED_LINE_MAX_CHARS:
        return None
    if (era := _ERA_YEAR_BRACKETED.search(line)) is not None and not _COMMON_ERA_YEAR.search(
        line, 0, era.start()
    ):
        year = era["year"]
        start = len(line[: era.start()].rstrip(" \t,")) - len(line[: era.start()].strip(" \t,"))
        told = f"{line[start : era.start()].rstrip()} {year}"
        if (parsed := _only_a_date(told.strip(), order)) is not None:
            return parsed, start, era.end()
    for bracket in _BRACKETS.finditer(line):
        outside = line[: bracket.start()] + line[bracket.end() :]
        if _COMMON_ERA_YEAR.search(outside) or not any(c.isdigit() for c in outside):
            continue  # (ours outside already, or no date of another calendar before)
        at = bracket.start("inner")
        for part in bracket["inner"].split("/"):
            if _COMMON_ERA_YEAR.search(part) and (
                parsed := _only_a_date(part.strip(), order)
            ) is not None:
                begin = at + len(part) - len(part.lstrip())
                return parsed, begin, begin + len(part.strip())
            at += len(part) + 1
    return None


_FIELD_BAR = re.compile(r"[ \t]+\|[ \t]+")
BILINGUAL_FIELDS = 3  # at most this many fields in a stamp given in several languages


def _bilingual_stamp(line: str, order: DateOrder) -> tuple[ParsedDate, int, int] | None:
    """The day of a stamp written in two or three languages, the fields set off by bars and
    each with the same year, as the fields that read as a date tell it ("Dydd Gwener, 1
    Mawrth 2086 – 14:05  |  Friday, 1 March 2086 – 14:05": the English half)."""
    bars = list(_FIELD_BAR.finditer(line))
    if not 1 <= len(bars) < BILINGUAL_FIELDS:
        return None
    edges = [0, *(edge for bar in bars for edge in bar.span()), len(line)]
    fields = list(pairwise(edges))[::2]
    years = {tuple(_YEAR_RE.findall(line, start, end)) for start, end in fields}
    if len(years) != 1 or len(next(iter(years))) != 1:
        return None  # (not "Politics  |  12 March 2086", one field a date)
    read = [(parsed, start, end) for start, end in fields
            if (parsed := _only_a_date(line[start:end], order)) is not None]  # fmt: skip
    if not read or len({parsed.date for parsed, _, _ in read}) != 1:
        return None  # (not "12 March 2086  |  13 March 2086": two days)
    return read[0]


def _dateline_in(line: str, order: DateOrder) -> tuple[ParsedDate, int, int] | None:
    """The date in a line that is essentially just a date (with an optional label), a
    wire dateline's (`_wire_dateline`), a page address's (`_url_day`) or the first day of
    a weekly's edition ("... | Vol. 19 No. 4 | 23 - 29 January 2045")."""
    if "(" in line or "BE" in line or "AD" in line or "CE" in line or "B." in line or (
        "A.D" in line or "C.E" in line
    ):  # (the marks `_ERA_MARK` looks for: a cheap test first, most lines have none)
        line = _ERA_MARK.sub(lambda mark: " " * len(mark.group(0)), line)  # "20 Jun 2584
        # (B.E.) at 18:20": the era's mark blanked (its year is read by `ingest.eras`)
    if "(" in line and (bracketed := _bracketed_common_era(line, order)) is not None:
        return bracketed
    if (wire := _wire_dateline(line, order)) is not None:
        return wire
    if ("»" in line or "›" in line or ">" in line or " / " in line) and (
        crumbs := _BREADCRUMB_DATE.search(line)
    ):
        # "Home  »  2033  »  August  »  10  »  Sewage overflow closes ...": the trail's day
        month = crumbs["month"]
        number = int(month) if month.isdigit() else MONTHS.get(month.lower()[:3], 0)
        if (day := _valid(int(crumbs["year"]), number, int(crumbs["day"]))) is not None:
            return ParsedDate(day), crumbs.start("year"), crumbs.end("day")
    if "|" in line and (bilingual := _bilingual_stamp(line, order)) is not None:
        return bilingual  # "Dydd Gwener, 1 Mawrth 2086 – 14:05  |  Friday, 1 March 2086 – 14:05"
    if "view" in line and (viewed := _VIEWS_THEN_DATE.match(line)) and (
        parsed := _only_a_date(viewed["date"], order)
    ):  # a video page's "12,408 views  Oct 9, 2052  #Tonga": its upload day
        return parsed, viewed.start("date"), viewed.end("date")
    if (posted := _BY_WRITER_ON.match(line)) is not None and (
        parsed := parse_date_text(posted["date"], order)
    ):
        return parsed, posted.start("date"), posted.end("date")
    if (run := _PUBLISHED_FROM_TO.match(line)) is not None and (
        found := _published_run_day(run, order)
    ):
        return found
    if line.rstrip()[-4:].isdigit() and (edition := _EDITION_RANGE.search(line)) is not None and (
        parsed := _only_a_date(
            f"{edition['day']} {edition['month_first'] or edition['month']} "
            f"{edition['year_first'] or edition['year']}", order)
    ):  # the week's first day: the paper came out then
        return parsed, edition.start("date"), edition.end("date")
    if (hearing := _hearing_day(line, order)) is not None:
        return hearing  # a law report's "1997: 7th, 10th October"
    if ("57" in line or "58" in line) and (hebrew := HEBREW_DATE.search(line)) and (
        day := hebrew_day(hebrew)
    ):  # "Thursday, 2 Shevat 5799  ·  ב׳ בשבט תשצ״ט  ·  Issue 487": a Jewish paper's issue
        note = f"read {hebrew.group(0)!r} as a Hebrew calendar date ({day.isoformat()})"
        return ParsedDate(day, note), hebrew.start(), hebrew.end()
    if ("年" in line or "년" in line) and (cjk := CJK_DATE.search(line)) and (
        day := cjk_day(cjk)
    ):  # "掲載日：平成元年２月１４日（火）": a date in Japanese (Chinese, Korean)
        note = f"read {cjk.group(0)!r} as {day.isoformat()}"
        return ParsedDate(day, note), cjk.start(), cjk.end()
    if (field_day := _issue_field_day(line, order)) is not None:
        return field_day  # "Jeudi 14 décembre 2051 · Nº 9412 · SR 15"
    if "/" in line and (address := _url_day(line)) is not None:
        return address
    if (credit := _CREDIT_THEN_DATE.fullmatch(line)) and (
        parsed := _only_a_date(credit["date"], order)
    ):  # "Photo: Horn Observer / Khadar Yusuf  •  26 April 2071": the picture's day under
        return parsed, credit.start("date"), credit.end("date")  # the title, the page's
    if "/" in line and (link := _LABELLED_LINK.fullmatch(line)) and (
        address := _url_day(link["address"])
    ):  # "Copy link: https://www.cedardispatch.com.lb/lebanon/20810213-storm-...": a share
        begin = link.start("address")  # button's address of the page itself
        return address[0], begin + address[1], begin + address[2]
    stripped = line.strip()
    offset = len(line) - len(line.lstrip())
    if (tagged := AGENCY_TAG_LINE.fullmatch(stripped)) and (
        parsed := _only_a_date(date_text := tagged["date"].rstrip(" ,"), order)
    ):  # "Cordoba, Argentina (SPX) May 10, 2033": a place, its agency's tag, the date
        return parsed, offset + tagged.start("date"), offset + tagged.start("date") + len(date_text)
    if (source := SOURCE_BEFORE_DATE.match(stripped)) is not None and (
        dated := _dateline_in(stripped[source.end() :], order)
    ) is not None:  # "Philippine Daily Inquirer / 05:10 AM December 21, 2027"
        shift = offset + source.end()
        return dated[0], dated[1] + shift, dated[2] + shift
    if (week := _WEEK_OF.match(stripped)) and (
        parsed := _only_a_date(date_text := stripped[week.end() :], order)
    ):  # a newsletter's "Week of 7 June 2077" on a line of its own: the week's first day
        return parsed, offset + week.end(), offset + week.end() + len(date_text)
    if (header := PAGE_HEADER.fullmatch(stripped)) and (
        parsed := _only_a_date(header["date"] or header["date_last"], order)
    ):  # "Thursday, September 9, 2055     THE DEMERARA TRIBUNE     3": a print page's head
        group = "date" if header["date"] else "date_last"
        return parsed, offset + header.start(group), offset + header.end(group)
    if (writer_after := _DATE_THEN_WRITER.fullmatch(stripped)) and (
        parsed := _only_a_date(writer_after["date"], order)
    ):  # "2076-11-26   Ndapewa Nakashole": the day, then the writer
        return parsed, offset + writer_after.start("date"), offset + writer_after.end("date")
    if (vietnamese := _VIETNAMESE_DATE.match(stripped)) is not None and (
        day := _valid(int(vietnamese["year"] or vietnamese["year_n"]),
                      int(vietnamese["month"] or vietnamese["month_n"]),
                      int(vietnamese["day"] or vietnamese["day_n"]))  # fmt: skip
    ):  # "Thứ Ba, ngày 7 tháng 11 năm 2084, 06:15 (GMT+7)": a date line in Vietnamese
        return ParsedDate(day), offset + vietnamese.start(), offset + vietnamese.end()
    if (foreign := _FOREIGN_STAMP.match(stripped)) and (
        parsed := _only_a_date(date_text := foreign["date"], order) or _foreign_date(date_text)
        or ((in_line := _foreign_day_in(date_text)) and in_line[0])
    ):  # "Publicerad 12 december 2046 kl. 06.50 · Uppdaterad ...": a stamp in Swedish
        # ("Publicado: miércoles, 10 de febrero de 2049 - 07:42 a. m.": to its year)
        return parsed, offset + foreign.start("date"), offset + foreign.end("date")
    if (prefix := _PREFIX_BEFORE_STAMP.match(stripped)) is not None or (
        (prefix := WRITER_PLACE_BEFORE_DATE.match(stripped)) is not None
        and _only_a_date(stripped[prefix.end() :], order) is not None
    ):  # "Debasish Mohanty | TNN | Updated: Aug 25, 2026, 07:48 IST": the writer and the
        offset += prefix.end()  # agency go; "Nino Gelashvili, Telavi — 20.09.2038": the
        stripped = stripped[prefix.end() :]  # writer and the place
    if len(stripped) > 2 * DATELINE_MAX_CHARS:
        return None  # (a stamp and its update, "PUBLISHED: ... | UPDATED: ...", may be longer)
    if (byline_day := DATED_BYLINE.fullmatch(stripped)) and (
        parsed := _only_a_date(byline_day["date"], order)
    ):  # "By Dana Omarova in Sports on 17 April 2045"
        return parsed, offset + byline_day.start("date"), offset + byline_day.end("date")
    byline = _BYLINE_RE.match(stripped)  # "By Jane Smith | Published 4:02 PM EDT, ..."
    if byline and byline.end() < len(stripped):
        offset += byline.end()
        stripped = stripped[byline.end() :]
    tail = _TRAILER_RE.search(stripped)  # "... by Jane Smith", "... · 4 min read"
    if tail and tail.start() > 0:
        stripped = stripped[: tail.start()]
    first, bar, rest = stripped.partition(" | ")
    if bar and _RELATIVE_STAMP.fullmatch(first):  # "Published 3h ago | Updated: 06/10/2025
        offset += len(first) + len(bar)  # 14:05 SAST": the dated stamp
        stripped = rest
    elif bar and not _LABEL_RE.match(first) and (
        labelled := next((field for field in re.finditer(r"(?<=\|)[^|]+", stripped)
                          if _LABEL_RE.match(field.group(0).strip())), None)  # fmt: skip
    ):  # "8 images  |  Transmitted 14MAR39 1125 AZT  |  Desk: Baku": the labelled field
        offset += labelled.start() + len(labelled.group(0)) - len(labelled.group(0).lstrip())
        stripped = labelled.group(0).strip()
    elif bar:  # "Published 6:02 p.m. ET Nov. 10, 2026 | Updated 8:45 p.m. ET Nov. 10, 2026"
        stripped = first
    if stripped[:1] == "[" and stripped[-1:] == "]":  # arXiv's "[Submitted on 7 Feb 2062
        offset, stripped = offset + 1, stripped[1:-1]  # (v1), last revised 13 Feb 2062 ...]"
    label = _LABEL_RE.match(stripped)
    if label and label.end() < len(stripped):
        offset += label.end()
        stripped = stripped[label.end() :]
    if len(stripped) > DATELINE_MAX_CHARS:
        return None  # (the date after its label: an embargo's label is long)
    second = _SECOND_STAMP.search(stripped)  # "Published June 3, 2027 Updated June 4, 2027"
    if second and second.start() > 0:
        stripped = stripped[: second.start()]
    if stripped.endswith(")") and (version := _VERSION_AFTER.search(stripped)):
        stripped = stripped[: version.start()]  # ("7 Feb 2062 (v1)": the first version's)
    parsed = _only_a_date(stripped, order)
    if parsed is None and stripped.endswith(")") and (
        place := _PLACE_IN_BRACKETS_END.search(stripped)
    ):  # Le Monde's "February 12, 2053, at 6:12 pm (Paris)": the clock's city
        parsed = _only_a_date(stripped[: place.start()], order)
    if parsed is None and label and (minguo := _MINGUO_DATE.fullmatch(stripped)):
        # "Publish Date：141-02-12": the Republic of China's year 141, 2052 (Taiwan's
        # official pages), after a stamp's label only (a bare "118-04-22" is no date)
        day = _valid(int(minguo.group(1)) + MINGUO_OFFSET, int(minguo.group(3)),
                     int(minguo.group(4)))  # fmt: skip
        parsed = ParsedDate(day) if day else None
    if parsed is None and label and (wire := _wire_dateline(stripped, order)) is not None:
        return wire[0], offset + wire[1], offset + wire[2]  # "Dateline:   NAY PYI TAW, 18
        # March 2042": a feed's field, a wire's place and date
    if parsed is None and (weekday := _FOREIGN_WEEKDAY_LEAD.match(stripped)):  # "E mërkurë,
        offset, stripped = offset + weekday.end(), stripped[weekday.end() :]  # 22 October
        parsed = _only_a_date(stripped, order)  # 2036": a weekday in another language
    if parsed is None and (weekday := _weekday_lead_re().match(stripped)):
        date_text = _TAIL_OF_A_DATE_LINE.split(stripped[weekday.end() :], maxsplit=1)[0]
        date_text = _HOURS_MARK.sub("", date_text).strip()  # "Domingo 14/08/2067 · 09:00 h
        parsed = _only_a_date(date_text, order)  # (hora canaria ...)": a weekday in the
        if parsed is not None:  # site's language, the date up to the line's next field
            offset += weekday.end()
            stripped = stripped[weekday.end() : weekday.end() + len(date_text)]
    if parsed is None and _TIME_WORD.search(stripped):  # "12 December 2046 kl. 06.50"
        parsed = _only_a_date(_TIME_WORD.sub(" ", stripped), order)
    if parsed is None and (outlet := _OUTLET_AFTER.search(stripped)) and outlet.start() > 0:
        stripped = stripped[: outlet.start()]  # ("..., 9.30am GMT, The Times")
        parsed = _only_a_date(stripped, order)
    renamed: tuple[int, int] | None = None  # the line's span before Arabic names changed
    if parsed is None and _ARABIC_LETTER.search(stripped) and (
        (named := _ARABIC_MONTH_NAMES.sub(lambda name: _ARABIC_MONTHS[name[0]], stripped))
        != stripped
    ):  # the month's other names in Arabic (the Levant's "نيسان", the Maghreb's "أفريل"), as
        renamed, stripped = (offset, offset + len(stripped)), named  # dateparser's
    if parsed is None and _SCRIPT_LETTER.search(stripped):  # "ថ្ងៃច័ន្ទ ទី៧ ខែមេសា
        parsed = _script_date(stripped)  # ឆ្នាំ២០៥៣": a date line in Khmer, Thai, Hindi, ...
    if parsed is None and _foreign_month_re().search(stripped) and (
        in_line := _foreign_day_in(stripped)
    ):  # "miércoles, 10 de febrero de 2049 - 07:42 a. m.": a date line in Spanish
        parsed, start, end = in_line
        offset, stripped = offset + start, stripped[start:end]
    if parsed is not None and renamed is not None:
        return parsed, *renamed  # (offsets into the renamed line are not the text's)
    return None if parsed is None else (parsed, offset, offset + len(stripped))


# A date in Vietnamese, always day first: "ngày 7 tháng 11 năm 2084" (day 7, month 11, year
# 2084), after a weekday or not, or a numeric one after a weekday ("Thứ ba, 7/11/2084,
# 06:15 (GMT+7)", "Chủ nhật, 5/11/2084"). Read here, not by dateparser: its Vietnamese
# reads the words, but a numeric date after a weekday it takes month first.
_VIETNAMESE_WEEKDAY = r"(?i:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]+nhật)"
_VIETNAMESE_DATE = re.compile(
    rf"(?:{_VIETNAMESE_WEEKDAY},?[ \t]+)?(?i:ngày)[ \t]+(?P<day>\d{{1,2}})[ \t]+(?i:tháng)[ \t]+"
    rf"(?P<month>\d{{1,2}})[ \t]+(?i:năm)[ \t]+(?P<year>\d{{4}})(?!\d)"
    rf"|{_VIETNAMESE_WEEKDAY},?[ \t]+(?P<day_n>\d{{1,2}})/(?P<month_n>\d{{1,2}})/"
    r"(?P<year_n>\d{4})(?!\d)"
)


# Scripts of South and Southeast Asia, Ethiopia and the Caucasus whose dates dateparser
# reads, by the first letter of the script found in a line
_SCRIPT_LANGUAGES = {
    "\u1780": ("km",), "\u0e00": ("th",), "\u0e80": ("lo",), "\u1000": ("my",),
    "\u0900": ("hi", "ne", "mr"), "\u0980": ("bn",), "\u0d80": ("si",), "\u0b80": ("ta",),
    "\u0c00": ("te",), "\u0a80": ("gu",), "\u0a00": ("pa",), "\u1200": ("am",),
    "\u10a0": ("ka",), "\u0530": ("hy",),
}  # fmt: skip
_SCRIPT_LETTER = re.compile(
    "[\u1780-\u17ff\u0e00-\u0eff\u1000-\u109f\u0900-\u0dff\u0a00-\u0aff"
    "\u1200-\u137f\u10a0-\u10ff\u0530-\u058f]"
)
_SCRIPT_STARTS = sorted(_SCRIPT_LANGUAGES, reverse=True)
# Khmer writes its date's parts with words dateparser does not skip: "ថ្ងៃ" (day of), "ទី"
# (the nth), "ខែ" (month), "ឆ្នាំ" (year): "ថ្ងៃច័ន្ទ ទី៧ ខែមេសា ឆ្នាំ២០៥៣" is Monday 7 April 2053
_KHMER_DATE_WORDS = re.compile("ថ្ងៃ|ទី|ខែ|ឆ្នាំ")
BUDDHIST_ERA_OFFSET = 543  # a Thai year 2596 BE is 2053 CE
_BUDDHIST_YEAR_FROM = 2400


def _script_date(line: str) -> ParsedDate | None:
    """A date line in a script of South or Southeast Asia (or Amharic, Georgian, Armenian),
    its digits the script's own or ASCII, read by dateparser in that script's languages up
    to its year; a Thai Buddhist-era year as the common era's."""
    letter = _SCRIPT_LETTER.search(line)
    year = _YEAR_RE.search(ascii_line := line.translate(_DIGITS_TO_ASCII))
    if letter is None or year is None:
        return None
    start = next(first for first in _SCRIPT_STARTS if letter.group(0) >= first)
    text = _KHMER_DATE_WORDS.sub(" ", ascii_line[: year.end()])
    try:
        data = _script_parser(_SCRIPT_LANGUAGES[start]).get_date_data(text)
    except Exception as exc:  # dateparser's own errors on odd input are not ours to raise
        LOGGER.debug("dateparser failed on %r: %s", text, exc)
        return None
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if start == "\u0e00" and day.year >= _BUDDHIST_YEAR_FROM:
        day = _valid(day.year - BUDDHIST_ERA_OFFSET, day.month, day.day) or day
    return ParsedDate(day)


@functools.cache
def _script_parser(languages: tuple[str, ...]) -> DateDataParser:
    """dateparser for one script's languages, day first (built on first use)."""
    return DateDataParser(languages=list(languages),
                          settings={**_BASE_SETTINGS, "DATE_ORDER": "DMY"})  # fmt: skip


# Decimal digits of other scripts as ASCII ("២០៥៣", "२०५३", "๒๕๙๖")
_DIGITS_TO_ASCII = {
    zero + value: str(value)
    for zero in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0C66, 0x0DE6,
                 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10)
    for value in range(10)
}


# A weekday in another language, then a comma and an English date with its year: "E
# mërkurë, 22 October 2036" (Albanian), "Isnin, 7 April 2053" (Malay)
_FOREIGN_WEEKDAY_LEAD = re.compile(
    r"[^\W\d_][^\d,|\n]{0,20},[ \t]+(?=\d{1,2}\.?[ \t]+[A-Z][a-z]+[ \t]+\d{4}\b|"
    r"[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}\b)"
)
# The Levant's and the Maghreb's names of the Gregorian months, and other spellings, as the
# names dateparser knows (the same length is not needed: the line is read, not cut, here)
_ARABIC_MONTHS = {
    "كانون الثاني": "يناير", "شباط": "فبراير", "آذار": "مارس", "نيسان": "أبريل", "أيار": "مايو",
    "حزيران": "يونيو", "تموز": "يوليو", "آب": "أغسطس", "أيلول": "سبتمبر", "تشرين الأول": "أكتوبر",
    "تشرين الثاني": "نوفمبر", "كانون الأول": "ديسمبر", "جانفي": "يناير", "فيفري": "فبراير",
    "أفريل": "أبريل", "ماي": "مايو", "جوان": "يونيو", "جويلية": "يوليو", "أوت": "أغسطس",
    "إبريل": "أبريل", "ابريل": "أبريل",
}  # fmt: skip
_ARABIC_MONTH_NAMES = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, _ARABIC_MONTHS), key=len, reverse=True))
    + r")(?!\w)"
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_DAY_MONTH_YEAR = re.compile(
    r"(?<!\d)\d{1,2}\.?[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]+\d{4}(?!\d)"
)  # ("٢٢ أبريل ٢٠٤٧", "22. август 2058")
_YEAR_MONTH_DAY = re.compile(r"(?<!\d)\d{4}\.[ \t]+[^\W\d_]+[ \t]+\d{1,2}\.(?!\d)")  # Hungarian:
# "2059. augusztus 21."


def _foreign_day_in(text: str) -> tuple[ParsedDate, int, int] | None:
    """The date dateparser reads in a line in another language, and where it is: a day,
    month and year in it ("مسقط، الاثنين ٢٧ جمادى الآخرة ١٤٦٩هـ، الموافق ٢٢ أبريل ٢٠٤٧م": the
    Gregorian one), else the line up to its year ("miércoles, 10 de febrero de 2049 - 07:42
    a. m.": dateparser reads no "a. m.")."""
    for found in chain(_DAY_MONTH_YEAR.finditer(text), _YEAR_MONTH_DAY.finditer(text)):
        if parsed := _foreign_date(found.group(0)):
            return parsed, found.start(), found.end()
    if (year := _YEAR_RE.search(text)) and (parsed := _foreign_date(text[: year.end()])):
        return parsed, 0, year.end()
    return None


# What ends a date line's date: the next field ("·", "|"), a bracket, a spaced dash
_TAIL_OF_A_DATE_LINE = re.compile(r"[ \t]*(?:[·|•(]|[ \t][-–—][ \t])")
_HOURS_MARK = re.compile(r"(?<=\d)[ \t]*h\b\.?")  # "09:00 h", Spanish and French copy's


# dateparser's keys for the weekdays and months (not `calendar`'s names, the locale's)
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday")
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")


def _masthead_names(keys: tuple[str, ...]) -> set[str]:
    """What MASTHEAD_LANGUAGES call the weekdays or months `keys` name, lowercased, four
    letters or more, from dateparser's language data."""
    return {
        name.lower()
        for language in MASTHEAD_LANGUAGES
        for key in keys
        for name in default_loader.get_locale(language).info.get(key, [])
        if len(name) >= 4
    }


@functools.cache
def _weekday_lead_re() -> re.Pattern[str]:
    """A weekday's name in English or one of MASTHEAD_LANGUAGES opening a line ("Sunday",
    "Domingo", "Mittwoch", "lundi"), then an optional comma, from dateparser's data."""
    names = set(_ENGLISH_WEEKDAYS) | _masthead_names(_ENGLISH_WEEKDAYS)  # (English ones
    # too: "Sunday 14/08/2067 · 09:00 h (...)", cut at its next field)
    alternatives = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives}),?[ \t]+(?=\d)", re.IGNORECASE)


@functools.cache
def _foreign_month_re() -> re.Pattern[str]:
    """A month's name in one of MASTHEAD_LANGUAGES that is no English word for a month
    ("febrero", "fevereiro", "février", "März"), from dateparser's language data."""
    names = _masthead_names(_ENGLISH_MONTHS) - {name.lower() for name in MONTHS}
    return re.compile(rf"\b(?:{'|'.join(sorted(map(re.escape, names), key=len, reverse=True))})\b",
                      re.IGNORECASE)


# An era's mark beside a stamp's year: "(B.E.)", "B.E.", "BE", "A.D."
_ERA_MARK = re.compile(r"(?<=\d)[ \t]*\((?:B\.?[ \t]?E|A\.?[ \t]?D|C\.?[ \t]?E)\.?\)"
                       r"|(?<=\d)[ \t]*\(\d{4}-\d\d-\d\d\)"  # (and the same day in ISO form:
                       # Wikipedia's "October 22, 2061 (2061-10-22) (Saturday)")
                       r"|(?<=\d)[ \t]+(?:B\.[ \t]?E\.|BE|A\.D\.|AD|C\.E\.|CE)(?![\w.])"
                       r"|\b(?:B\.[ \t]?E\.|A\.D\.)(?=[ \t]+\d{4})")
_MONTH_WORD = rf"(?i:{MONTH_RE})"
# A law report's line of the days a court sat, year first: "1997: 7th, 10th October",
# "1997: 30th September, 10th October"
_HEARING_DAYS = re.compile(
    r"[ \t]*(?P<year>(?:1[89]|20)\d\d)[ \t]*:[ \t]*"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]+{_MONTH_WORD})?[ \t]*(?:,|&|and)[ \t]*)"
    rf"{{0,8}}(?P<last>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month>{_MONTH_WORD})\.?[ \t]*"
)


def _hearing_day(line: str, order: DateOrder) -> tuple[ParsedDate, int, int] | None:
    """The last day a law report's hearing line gives ("1997: 7th, 10th October"), the
    judgment's, and where it is."""
    if (hearing := _HEARING_DAYS.fullmatch(line)) is None:
        return None
    parsed = _only_a_date(f"{hearing['last']} {hearing['month']} {hearing['year']}", order)
    return (parsed, hearing.start("last"), hearing.end("month")) if parsed else None


# A weekly's edition, a range of days as the last field of a line set off by bars or on
# its own: "Vol. 19 No. 4 | 23 - 29 January 2045", "30 December 2044 - 5 January 2045"
_EDITION_RANGE = re.compile(
    rf"(?:^|[|•·][ \t]*)(?:(?:Week|Edition|Issue)[ \t]+of[ \t]+)?(?P<date>(?P<day>\d{{1,2}})"
    rf"(?:[ \t]+(?P<month_first>{_MONTH_WORD})(?:[ \t]+(?P<year_first>\d{{4}}))?)?"
    rf"[ \t]*[-–][ \t]*\d{{1,2}}[ \t]+(?P<month>{_MONTH_WORD})[ \t]+(?P<year>\d{{4}}))[ \t]*$"
)
# An issue's number as a field of its own: "Nº 9412", "No. 4", "Vol. 19"
# An issue's number in any case ("Vol. 19 No. 4", "NO. 10"; `text.ISSUE_LINE`'s)
ISSUE_NUMBER_FIELD = re.compile(ISSUE_NUMBER, re.IGNORECASE)
# Fields set off by a bar or a dot, or by a wide gap on a scanned page: "VOL. XXIII, NO. 10
# SAN JOSÉ, COSTA RICA, FRIDAY, MARCH 9, 1984        ¢20"
_FIELD_SEPARATOR = re.compile(r"[ \t]*[|•·][ \t]*|[ \t]{3,}|[ \t]+[—–][ \t]+")
# A newsletter issue's week before its first day: "Issue 518 — week of 7 June 2077"
_WEEK_OF = re.compile(r"(?i:week[ \t]+(?:of|beginning|commencing|starting)|w/c|w\.c\.)[ \t]+")
_PLACE_BEFORE_DAY = re.compile(r"[^,\d]{2,30},[ \t]+")  # "SAN JOSÉ, ", "COSTA RICA, "
# Languages a masthead may write its date in, read by dateparser only when English fails
MASTHEAD_LANGUAGES = ("fr", "es", "pt", "it", "de", "nl", "sv", "da", "nb", "fi", "pl", "cs", "sk",
                      "hu", "ro", "hr", "sr", "sr-Latn", "bg", "ru", "uk", "el", "tr", "ar", "ca")
# A stamp's label in one of those languages, then its date (to the next field): "Publicerad
# 12 december 2046 kl. 06.50 · Uppdaterad ...", "Veröffentlicht am 3. März 2047, 10:15 Uhr"
_FOREIGN_STAMP = re.compile(
    rf"(?i:{FOREIGN_STAMP_LABELS})"
    rf"(?:[ \t]+(?i:{FOREIGN_STAMP_PREPOSITIONS}))?[ \t]*:?[ \t]+"
    r"(?P<date>(?=[^·•|\n]*\b\d{1,2}\b)(?=[^·•|\n]*\b\d{4}\b)[^·•|\n]{6,60}?)"
    r"[ \t,]*(?:[·•|].*)?$"
)


# A field of a page's line beside its day: an episode's length ("41 min 12 sec"), a live
# page's last update ("Last update 2:10 a.m."), a count of views
_PAGE_FIELD = re.compile(
    r"(?:^|[|•·][ \t]*)(?:\d+[ \t]*(?i:min|mins|minutes|sec|secs|seconds|hr|hrs|hours?)\b"
    r"|(?i:last[ \t]+update(?:d)?)\b"
    r"|\d[\d,.]*[ \t]*(?i:views|listens|plays|photos|pictures|images)\b"
    r"|[A-Z][a-z]+[ \t]+(?i:updated)\b)"  # ("12 photos  ·  03 Aug 2036", "· Answers updated")
)
# A live page's start before its first day: "Live coverage started Friday, September 15"
_LIVE_SINCE = re.compile(
    r"(?i:live[ \t]+(?:coverage|updates?|blog|reporting))[ \t]+(?i:started|began|from|since)"
    r"(?:[ \t]+(?i:on))?[ \t]+"
)


def _issue_field_day(line: str, order: DateOrder) -> tuple[ParsedDate, int, int] | None:
    """The day a masthead's issue line gives in a field of its own, before or after the
    issue's number, in English or another European language ("Jeudi 14 décembre 2051 · Nº
    9412 · SR 15", "LUSAKA LEDGER / Vol. 12 No. 4 | Monday 23 January 2045"); a week's
    range, its first day ("Vol. 19 No. 4 | January 23-29, 2045")."""
    if not _FIELD_SEPARATOR.search(line) or not (
        ISSUE_NUMBER_FIELD.search(line) or _PAGE_FIELD.search(line)
    ):
        return None
    bounds = [0, *(i for m in _FIELD_SEPARATOR.finditer(line) for i in m.span()), len(line)]
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        field = line[start:end].strip()
        if ISSUE_NUMBER_FIELD.fullmatch(field) or not _YEAR_RE.search(field):
            continue
        if week := _WEEK_OF.match(field):
            start, field = start + week.end(), field[week.end() :]  # (the week's first day)
        elif live := _LIVE_SINCE.match(field):
            start, field = start + live.end(), field[live.end() :]  # (a live page's first)
        parsed = _only_a_date(_ISSUE_RANGE_END.sub("", field), order) or _foreign_date(field)
        while parsed is None and (place := _PLACE_BEFORE_DAY.match(field)):
            start, field = start + place.end(), field[place.end() :]  # the paper's town
            parsed = _only_a_date(field, order)  # before its day: "SAN JOSÉ, COSTA RICA,"
        if parsed is not None:
            start += len(line[start:end]) - len(line[start:end].lstrip())
            return parsed, start, start + len(field)
        if _LABEL_RE.match(field) and (labelled := _dateline_in(field, order)) is not None:
            # "No. 07/58  ·  Situation as at TUE 12-FEB-2058, 08:00": a labelled field
            start += len(line[start:end]) - len(line[start:end].lstrip())
            return labelled[0], start + labelled[1], start + labelled[2]
    return None


# An email's head ("From: ...", "Date: ...", "Subject: ..."), whose subject is its title
# (without "Re:" or a list's "[AMB #812]" tag)
_EMAIL_HEADER = re.compile(r"(?i:from|to|cc|date|sent|subject|reply-to):[ \t]")
_EMAIL_SUBJECT = re.compile(
    r"(?i:subject):[ \t]*(?:(?i:re|fwd?):[ \t]*)*(?:\[[^\]\n]{1,40}\][ \t]*)?(?P<subject>\S.*)"
)


def email_subject(text: str, lines: Sequence[tuple[int, int]]) -> str | None:
    """The subject of an email whose header opens `text` (`lines`: its first lines'
    spans), or None when it is no email."""
    if not lines or not _EMAIL_HEADER.match(text, lines[0][0]):
        return None
    for start, end in lines:
        if subject := _EMAIL_SUBJECT.fullmatch(text[start:end].strip()):
            return subject["subject"]
    return None


def _foreign_date(text: str) -> ParsedDate | None:
    """A full date written in one of MASTHEAD_LANGUAGES ("Jeudi 14 décembre 2051", "12
    december 2046 kl. 06.50")."""
    if len(text) > DATELINE_MAX_CHARS:
        return None
    try:
        data = _masthead_parser().get_date_data(text)
    except Exception as exc:  # dateparser's own errors on odd input are not ours to raise
        LOGGER.debug("dateparser failed on %r: %s", text, exc)
        return None
    return None if data is None or data.date_obj is None else ParsedDate(data.date_obj.date())


@functools.cache
def _masthead_parser() -> DateDataParser:
    """dateparser for MASTHEAD_LANGUAGES, day first (built on first use: its language data
    take a moment to load)."""
    return DateDataParser(languages=list(MASTHEAD_LANGUAGES),
                          settings={**_BASE_SETTINGS, "DATE_ORDER": "DMY"})  # fmt: skip


# The end of a range of days in an issue's date: "January 23-29, 2045" -> "January 23, 2045",
# "23 to 29 January 2045" -> "23 January 2045"
_ISSUE_RANGE_END = re.compile(r"(?<=\d)[ \t]*(?:-|–|to)[ \t]*\d{1,2}(?=\D)")
_BYLINE_AUTHOR = re.compile(
    r"\s*(?:(?:Written|Reported|Reporting|Story|Words|Text)[ \t]+by:?|[Bb]y:?|BY:)"
    # (a role between "By" and the names: "By Europe correspondent Harriet Lusk and Angus
    # Fettes", "By political reporter Ana Ruiz")
    r"(?:\s+(?:[A-Z][\w'’-]*[ \t]+|[a-z]+[ \t]+){0,3}?(?:correspondent|editor|reporter|writer|"
    r"columnist|journalist))?"
    rf"\s+({BYLINE_NAMES})\s*"
    r"(?:$|[|•·—–,(/]|-\s|\b(?=(?:in|on)[ \t]+[A-Z\d])|"
    r"\.[ \t]+(?=[A-Z][a-z]))")  # ("By Jonas Sjölund. Translated from Swedish by ...", a
# draft's slug "BY: Ngirai Tellei (additional reporting Dirk Ueda, Airai)"; "By Lin Pei-chun /
# Staff reporter, with CNA", whose "L" and "in Pei" were a name and a place)
# A byline of a correspondent's place: "From Ifeoma Nwachukwu, Abuja" (a line of its own).
_FROM_AUTHOR = re.compile(
    r"\s*From\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*$"
)
# A byline without "By": "Sophie Brennan, Consumer Affairs Correspondent", "Economics
# editor Rachel Ashworth".
_JOURNALIST = r"(?:[Cc]orrespondent|[Ee]ditor|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist)"
_TITLED_AUTHOR = re.compile(
    rf"\s*(?:(?P<unpunctuated>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,2}}?)\s+(?:[A-Z][\w'’-]*\s+)"
    rf"{{1,2}}{_JOURNALIST.lower()}|"  # ("Jasper Collins Transport correspondent")
    rf"(?P<named>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){{1,3}}),\s+(?:[\w'’-]+\s+)"
    rf"{{0,3}}{_JOURNALIST}|(?:[A-Z][\w'’-]*\s+){{0,3}}{_JOURNALIST.lower()}\s+"
    rf"(?P<titled>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{1,2}}))\s*$"
)


# (not "By Jane Roe", read by _BYLINE_AUTHOR, nor "Senior Political Correspondent")
# A programme's hosts, after its show's name: "Bay Islands Weekly  ·  Hosted by Delia Bodden"
_HOSTED_BY = re.compile(
    rf"[ \t]*(?:[^\n|·•]{{1,60}}[ \t]+[|·•][ \t]+)?(?i:hosted|presented)[ \t]+by[ \t]+"
    rf"(?P<writer>[A-Z][\w.'’-]+[ \t]+{BYLINE_NAMES})[ \t]*"  # (two words at least: not a
)  # sponsor's "Presented by Mastercard")
_CAPITAL = "A-Z" + UPPER_BEYOND_ASCII  # (a name's later words: "Ivana Šimić in Osijek")
_NOT_A_NAME_ALONE = re.compile(  # (nor a paper, "The Mayo Echo"; but an agency's byline)
    rf"\s*(?:By|The(?!\s+(?:Canadian|Associated)\s+Press\b))\s|.*\b{_JOURNALIST}\s*$"
    r"|.*\b(?:Edition|Version|Service)\s*$"  # (a site's "English Edition")
)
_NAME_ALONE = re.compile(
    rf"\s*(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ][\w'’.-]*(?:[ \t]+[{_CAPITAL}][\w'’.-]+){{1,2}}"
    rf"(?:[ \t]+and[ \t]+(?!(?:North|South|East|West|Central|Middle)\b)[{_CAPITAL}][a-z][\w'’.-]*"
    rf"(?:[ \t]+[{_CAPITAL}][\w'’.-]+){{1,2}})?)"  # (two writers; not "Middle East and North
    rf"(?:[ \t]+in[ \t]+[{_CAPITAL}][\w'’.-]+(?:[ \t]+[{_CAPITAL}][\w'’.-]+)?"  # Africa")
    rf"(?:[ \t]+and[ \t]+[{_CAPITAL}][a-z][\w'’.-]*(?:[ \t]+[{_CAPITAL}][\w'’.-]+){{1,2}}"
    rf"(?:[ \t]+in[ \t]+[{_CAPITAL}][\w'’.-]+(?:[ \t]+[{_CAPITAL}][\w'’.-]+)?)?)?)?\s*"
)  # ("Owen Pritchard", "Hannah Reichl in Vienna", "Mélanie Gallant", "Élodie Ørsted", and a
# second writer after the first's place, the first named: "Nikola Barić in Daruvar and
# Philippa Dorne")


# A post's writer with the reader's degree of connection: "Valeria Gómez Ruiz • 2nd"
_PROFILE_NAME = re.compile(r"[ \t]*(?P<name>[^\n•]{3,60}?)[ \t]•[ \t](?:1st|2nd|3rd\+?)[ \t]*")
# A social network's handle under its writer's name: "@giulia@eolie.social", "@jo_reyes"
HANDLE_LINE = re.compile(r"[ \t]*@[\w.]{2,30}(?:@[\w-]{1,40}(?:\.[\w-]{1,40}){1,3})?[ \t]*")
# A mail archive's sender: a name, then the address with its "@" written " at "
_NAME_AND_ARCHIVED_ADDRESS = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*){1,3})[ \t]{1,3}[\w.+-]{1,40}[ \t]at[ \t]"
    r"[\w-]{1,40}(?:\.[\w-]{1,40}){1,4}[ \t]*"
)


# A desk's words, no writer's name: "Busan Bureau", "Metro Desk", "Newsroom Team"
_DESK_WORDS = re.compile(r"\b(?i:bureau|desk|team|newsroom|staff|editors?|tips|office)\b")
# A page's reading time under its byline: "6 min read  ·  Listen  ·  Share", "4 minute read"
_READING_TIME_LINE = re.compile(rf"[ \t]*(?i:{READING_TIME})\b[^\n]*")
# A writer's name, then the writer's e-mail address: "Kim Ha-eun  ·  kimhaeun@namhaepost.co.kr"
_NAME_THEN_ADDRESS = re.compile(
    r"[ \t]*(?P<name>[^\n|·•,@]{3,60}?)[ \t]*[|·•,–—-][ \t]*[\w.+-]{1,40}@[\w-]{1,40}"
    r"(?:\.[\w-]{1,40}){1,4}[ \t]*"
)
# A date, then its writer, on one line: "2076-11-26   Ndapewa Nakashole" (two spaces or a
# bar between them)
_DATE_THEN_WRITER = re.compile(
    r"(?:[A-Z][A-Z&' -]{1,24}[ \t]+[|·•][ \t]+)?"  # (after a section: "SPORT  |  09/08/2083  |")
    r"(?P<date>\S[^\n|·•]{4,40}?\S)(?:[ \t]{2,}|[ \t]+[|·•][ \t]+)(?:[Bb]y[ \t]+)?"
    r"(?P<writer>[A-Z][a-z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]+){1,2})[ \t]*")


def byline_author(text: str, dateline: tuple[int, int] | None = None) -> str | None:
    """The author named in a byline near the top of `text` ("By Maria Lopez | Published
    ...", "Sophie Brennan, Consumer Affairs Correspondent"), or on the line of the
    `dateline` read ("Posted by Orla Cusack on January 16th, 2074 at 6:42 pm", below the
    first lines), if any; never a date ("By Tuesday, ..."), nor a credit that names no
    writer ("by Staff Writers", "by Alfred Wegener Institute")."""
    name = _byline_name(text) or (_poster_on_dateline(text, dateline) if dateline else None)
    if name is None:
        return _writer_under_stamp(text) or _blog_poster(text) or _wire_credit_writers(text)
    return None if _CREDIT_NOT_WRITER.fullmatch(name) else name


def _poster_on_dateline(text: str, dateline: tuple[int, int]) -> str | None:
    """The writer a content system's line names before the dateline read on it."""
    start = text.rfind("\n", 0, dateline[0]) + 1
    end = text.find("\n", dateline[1])
    posted = _BY_WRITER_ON.match(text, start, len(text) if end < 0 else end)
    return posted["writer"] if posted is not None and posted["writer"] else None


# A byline's credit that names no writer: a desk or staff, an institution
_CREDIT_NOT_WRITER = re.compile(
    r"(?:(?:Our|The|[A-Z]{2,5}|[A-Z][a-z]+)\s+){0,3}?"  # ("Chronicle Staff", "Times Staff Writer")
    r"(?:Staff|Staff\s+(?:Writers?|Reporters?|Correspondents?)|"
    r"Correspondents?|Reporters?|(?:[A-Z][a-z]+\s+){0,2}Desk|"
    r"(?:Blog\s+|Site\s+|Web\s+)?(?:Admin|Administrator|Webmaster|Editor))"
    r"|[\w.'’ -]+?\s(?:Institute|University|Agency|Ministry|Department|Observatory|Laboratory|"
    r"Foundation|Society|Association|Council)",
    re.IGNORECASE,
)


BLOG_FOOT_LINES = 40  # the last lines searched for a blog post's "Posted by ... at ..."
WIRE_CREDIT_LINES = 12  # the last lines searched for a wire's "(Reporting by ...)"
# A wire copy's credit line at its foot: "(Reporting by Lena Okafor in Geneva and Tomas Vrba
# in Vienna; Writing by Kate Lamb; Editing by Mark Heinrich)"
_WIRE_CREDIT = re.compile(r"[ \t]*\((?P<credits>Reporting[ \t]+by[ \t][^()\n]{3,300})\)[ \t]*")
# One credit of it that names a writer of the copy ("Reporting by", "Writing by"; not the
# editor's "Editing by", nor "additional reporting by" of those who helped)
_WRITING_CREDIT = re.compile(
    r"[ \t]*(?:Reporting|Writing|Written)[ \t]+by[ \t]+(?P<names>.+?)[ \t]*")
# Where a credited writer worked, after the name: " in Geneva", " from Kyiv"
_CREDIT_PLACE = re.compile(r"[ \t]+(?:in|from)[ \t]+\S.*")
_CREDITED_NAME = re.compile(  # (two to four names, with their particles)
    rf"[{_CAPITAL}][\w.'’-]+(?:[ \t]+(?:(?:{NAME_PARTICLES})[ \t]+)?[{_CAPITAL}][\w.'’-]+){{1,3}}"
)


def _wire_credit_writers(text: str) -> str | None:
    """The writers a wire copy's foot credits, when no byline names them: "(Reporting by
    Lena Okafor in Geneva and Tomas Vrba in Vienna; Editing by Mark Heinrich)" gives "Lena
    Okafor and Tomas Vrba" (the editor is not a writer)."""
    for start, end in _last_lines(text, WIRE_CREDIT_LINES):
        if (credit := _WIRE_CREDIT.fullmatch(text, start, end)) is None:
            continue
        names: list[str] = []
        for part in credit["credits"].split(";"):
            if (writing := _WRITING_CREDIT.fullmatch(part)) is None:
                continue
            for named in re.split(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+", writing["names"]):
                name = _CREDIT_PLACE.sub("", named.strip())
                if _CREDITED_NAME.fullmatch(name) and name not in names:
                    names.append(name)
        if not names:
            return None
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return None


def _blog_poster(text: str) -> str | None:
    """The writer a blog post's foot names: "Posted by Ophelia Pascal-Durand at 3:14 PM"."""
    for start, end in _last_lines(text, BLOG_FOOT_LINES):
        if (posted := BLOG_POSTED_BY.fullmatch(text, start, end)) is not None:
            return None if _CREDIT_NOT_WRITER.fullmatch(posted["writer"]) else posted["writer"]
    return None  # (not "Posted by Blog Admin at ...")


# RSS's author field, an address and the name in brackets: "author:     news@site.li
# (Lukas Frommelt-Beck)"
_FEED_AUTHOR = re.compile(
    rf"^[ \t]*(?i:author|dc:creator|creator)[ \t]*:[ \t]*\S+@\S+[ \t]+\((?P<name>{BYLINE_NAMES})\)"
    r"[ \t]*$",
    re.MULTILINE,
)
FEED_AUTHOR_CHARS = 2000  # how far into a text a feed's author field is looked for


def _name_over_reading_time_or_by_address(text: str) -> str | None:
    """A writer named alone over the page's reading time ("Oskar Heinonen and Maria
    Tallqvist" over "6 min read  ·  Listen  ·  Share") or the writer's role ("Imogen
    Harrowby" over "Science reporter"), or with an e-mail address ("Kim
    Ha-eun  ·  kimhaeun@namhaepost.co.kr"), in the head's lines (a standfirst may come
    before them)."""
    head = list(first_lines(text, DATELINE_MAX_HEAD_LINES))
    for (start, end), (after_start, after_end) in pairwise(head):
        if (alone := _NAME_ALONE.fullmatch(text, start, end)) is not None and (
            not _NOT_A_NAME_ALONE.match(text, start, end)
            and not _NOT_NAME_WORDS.search(alone["name"])  # (not "Latest News")
            and (_READING_TIME_LINE.fullmatch(text, after_start, after_end)
                 or _ROLE_LINE.fullmatch(text, after_start, after_end))
        ):
            return alone["name"]  # (or over the writer's role: "Science reporter")
    for start, end in head:
        if "@" not in text[start:end]:
            continue
        if (mailed := _NAME_THEN_ADDRESS.fullmatch(text, start, end)) and (
            _NAME_ALONE.fullmatch(mailed["name"]) and not _NOT_A_NAME_ALONE.match(mailed["name"])
            and not _NOT_NAME_WORDS.search(mailed["name"])
            and not _DESK_WORDS.search(mailed["name"])
        ):
            return mailed["name"].strip()
    return None


def _byline_name(text: str) -> str | None:
    """`byline_author`'s name as the byline writes it."""
    if (named := _writer_over_stamp(text)) is not None:
        return named
    if "@" in text and (feed := _FEED_AUTHOR.search(text, 0, FEED_AUTHOR_CHARS)) is not None:
        return feed["name"]  # a feed's "author:     news@liechtensteintoday.li (Lukas
        # Frommelt-Beck)": RSS's address and name
    lines = list(first_lines(text, DATELINE_MAX_LINES))
    for (start, end), (after_start, after_end) in zip(lines[1:], lines[2:], strict=False):
        alone = _NAME_ALONE.fullmatch(text, start, end)
        if alone is not None and not _NOT_A_NAME_ALONE.match(text, start, end) and (
            HANDLE_LINE.fullmatch(text, after_start, after_end)
        ):
            return alone.group("name")  # "Giulia Famularo" over "@giulia@eolie.social"
        if (archived := _NAME_AND_ARCHIVED_ADDRESS.fullmatch(text, start, end)) is not None and (
            _dateline_in(text[after_start:after_end], DateOrder.AUTO)
        ):  # a mail archive's "Teina Marsters teina at kvn.co.ck" over its stamp
            return archived.group("name")
    if (marked := _name_over_reading_time_or_by_address(text)) is not None:
        return marked
    for start, end in lines:
        if (host := _HOSTED_BY.fullmatch(text, start, end)) is not None:
            return host["writer"]  # a podcast's "Bay Islands Weekly  ·  Hosted by Delia
            # Bodden and Marco Ebanks"
        if (profile := _PROFILE_NAME.fullmatch(text, start, end)) is not None and (
            _NAME_ALONE.fullmatch(profile.group("name"))
        ):  # a social network's "Valeria Gómez Ruiz • 2nd" over the post
            return profile.group("name")
        if (
            (prefix := _PREFIX_BEFORE_STAMP.match(text, start, end)) is not None
            and _NAME_ALONE.fullmatch(prefix.group("writer"))
            and not _NOT_A_NAME_ALONE.match(prefix.group("writer"))
            and _dateline_in(text[start:end], DateOrder.AUTO)
        ):  # "Debasish Mohanty | TNN | Updated: Aug 25, 2026, 07:48 IST"
            return prefix.group("writer").strip()
        if (
            (writer := WRITER_PLACE_BEFORE_DATE.match(text, start, end)) is not None
            and _dateline_in(text[start:end], DateOrder.AUTO)
        ):  # "Nino Gelashvili, Telavi — 20.09.2038"
            return writer.group("writer")
        if (dated := _DATE_THEN_WRITER.fullmatch(text, start, end)) is not None and (
            _only_a_date(dated["date"], DateOrder.AUTO)
        ):  # "2076-11-26   Ndapewa Nakashole"
            return dated["writer"]
        if (
            (bar := WRITER_BAR_DATE.fullmatch(text, start, end)) is not None
            and _NAME_ALONE.fullmatch(bar["writer"])
            and not _NOT_A_NAME_ALONE.match(bar["writer"])
            and _dateline_in(bar["date"], DateOrder.AUTO)
        ):  # "Hasan Al-Mahroos  |  10-12-2050  09:41"
            return bar["writer"].strip()
        if (posted := _BY_WRITER_ON.match(text, start, end)) is not None and posted["writer"] and (
            _dateline_in(text[start:end], DateOrder.AUTO)
        ):  # "Submitted by Ngwa Eric Tanyi on Tue, 09/03/2058 - 17:05"
            return posted.group("writer")
        found = _BYLINE_AUTHOR.match(text, start, end) or _FROM_AUTHOR.match(text, start, end)
        if found and not _date_not_name(found.group(1), text[start:end]):
            name = found.group(1)
            return _cased(name)  # ("By DANA KRUEGER")
        if titled := _TITLED_AUTHOR.match(text, start, end):
            name = titled.group("named") or titled.group("unpunctuated") or titled.group("titled")
            return _cased(name)  # ("TAKESHI ONODERA, Nikkei
            # staff writer")
        if (posted := _POSTED_BY.search(text, start, end)) and (
            _dateline_in(text[start : posted.start()], DateOrder.AUTO)
            or _AGO_STAMP.match(text, start, posted.start())
        ):  # "Posted on January 8, 2027 at 3:45 pm by Ruth Callander", "submitted 3 days
            return posted.group(1)  # ago * (last edited 1 day ago) by WreckhouseWanda"
    stamp_lines = list(first_lines(text, STAMP_MAX_LINES))
    for number, (start, end) in enumerate(stamp_lines):
        if number + 1 < len(stamp_lines) and _WRITER_LABEL_ALONE.fullmatch(text, start, end) and (
            alone := _NAME_ALONE.fullmatch(text, *stamp_lines[number + 1])
        ) is not None and not _NOT_A_NAME_ALONE.match(text, *stamp_lines[number + 1]):
            return alone.group("name")  # "Author of the article:" over "Mélanie Gallant"
        if (
            DATELINE_MAX_LINES <= number < DATELINE_MAX_HEAD_LINES
            and number + 1 < len(stamp_lines)
            and (titled := _TITLED_AUTHOR.fullmatch(text, start, end)) is not None
            and titled.group("named")
            and not titled.group("named").lower().startswith("by ")  # (a "By" line's own
            and _dateline_in(text[slice(*stamp_lines[number + 1])], DateOrder.AUTO)  # test)
        ):  # "KAITO MORIYAMA, Sapporo correspondent" over "August 5, 2061 19:02 JST",
            return _cased(titled.group("named"))  # under a menu, a title and a standfirst
        if (labelled := _WRITER_LABEL.fullmatch(text, start, end) or _TEXT_BY_FIELD.fullmatch(
            text, start, end
        )) is not None and (
            " " in labelled.group(1).strip()
        ):  # (not "Author: STA, T. P.": an agency's initials)
            name = labelled.group(1)  # "WRITER: Pornthip Srisuk", a database record's
            return _cased(name)  # "Byline: Nadia Farouk"
        if number < DATELINE_MAX_HEAD_LINES and (
            foreign_by := _FOREIGN_BY_LINE.fullmatch(text, start, end)
        ) is not None:  # "Per Montse Bertomeu Queral (Tortosa)" on a Catalan paper's page
            return foreign_by.group("name")
        if DATELINE_MAX_LINES <= number < DATELINE_MAX_HEAD_LINES and (
            found := _BYLINE_AUTHOR.fullmatch(text, start, end) or (
                None if _PROSE_LINE.fullmatch(text, start, end)
                else _BYLINE_AUTHOR.match(text, start, end))
        ) and not _date_not_name(found.group(1), text[start:end]):
            return _cased(found.group(1))  # a byline under a site's name, menu, section,
            # title and deck: "By Nadia Belkacem and Yanis Aït Ouali" alone on its line,
            # or with where they wrote from: "By Aya Konan-Bamba, in Ferkessédougou, with
            # Serge Gnagne in Abidjan"
        if number < DATELINE_MAX_HEAD_LINES and (
            slashed := _NAME_SLASH_ROLE.fullmatch(text, start, end)
        ) is not None and not _NOT_NAME_WORDS.search(slashed.group("name")):
            # "Damion Reid/Staff Reporter" under the stamp, "Mthunzi Zungu |
            # Agriculture editor" under the title
            return slashed.group("name")
        if number < DATELINE_MAX_HEAD_LINES and (
            stamped := _STAMP_BYLINE.search(text, start, end)
        ) is not None and not _PROSE_LINE.fullmatch(text, start, end) and _dateline_in(
            text[start : stamped.start()], DateOrder.AUTO
        ):  # (not a lead's "... floods brought by Tropical Cyclone Ema.")
            # "Published on 05/11/2051 - 20:31 By Juliana Rocha - Reporter Agência Planalto"
            return stamped.group(1)
    for start, end in list(first_lines(text, BYLINE_MAX_LINES))[len(lines) :]:
        if _PROSE_LINE.fullmatch(text, start, end):
            break  # (the story has begun; a syndicated column's release lines, "FOR RELEASE
            # SUNDAY, JUNE 5, 2011", "Distributed by ...", "(c) 2011 ...", "Slug: ...", may
            # stand over its title and byline)
        found = _BYLINE_AUTHOR.match(text, start, end)  # "By Tendai Moyo" under a masthead,
        if found and not _date_not_name(found.group(1), text[start:end]):  # a section,
            name = found.group(1)  # the title and the deck
            return _cased(name)
    return None


# A short line of capitalised words between a writer's name and the stamp: the outlet or
# the writer's place ("Sandusky River Sentinel", "MUMBAI", "The Canadian Press")
_OUTLET_OR_PLACE = re.compile(
    r"[ \t]*(?:The[ \t]+)?[A-Z][\w'’.&-]*(?:[ \t]+(?:of[ \t]+|and[ \t]+)?[A-Z][\w'’.&-]*){0,4}"
    r"[ \t]*"
)
# A writer and a role run on, no comma: "Daniel Mercer North of England correspondent"
_NAME_THEN_ROLE = re.compile(
    r"[ \t]*(?P<name>[A-Z][\w.'’-]+[ \t]+[A-Z][\w.'’-]+)[ \t]+(?:[A-Z][\w'’-]*[ \t]+)"
    rf"(?:(?:of|and|for|the)[ \t]+|[A-Z][\w'’-]*[ \t]+){{0,3}}{_JOURNALIST.lower()}[ \t]*"
)
# A desk's name, then its byline: "TBN Adelaide / By Sophie Carmody and Josh Ngata"
_DESK_THEN_BYLINE = re.compile(
    rf"[ \t]*[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){{0,3}}[ \t]*[/|•·][ \t]*By[ \t]+"
    rf"(?P<name>{BYLINE_NAMES})[ \t]*"
)


# A writer's name alone on its line, of two to five words with a name's particles:
# "Rosmawati Haji Abdul Rahman", "Nur Aisyah binti Hamid"
_LONG_NAME_ALONE = re.compile(
    r"[ \t]*(?P<name>[A-Z][a-z][\w'’.-]*(?:[ \t]+(?:(?:bin|binti|bte|ibn|al|el|van|von|de|"
    r"da|dos|del|la|le)[ \t]+)?[A-Z][a-z][\w'’.-]*){1,4})[ \t]*"
    r"(?:[|•·][ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]*)?"
)  # (and the writer's place: "Sok Chanthy  |  Kratie")
# Words of a line of page furniture, no name: "Breaking News", "Photo Gallery"
_NOT_NAME_WORDS = re.compile(
    r"\b(?i:news|update[sd]?|live|photos?|videos?|gallery|share|comments?|read|more|latest|"
    r"breaking|watch|listen|subscribe|advertisement|sponsored|related|home|national|world|"
    r"sports?|business|opinion|editorial|features?|lifestyle)\b"
)


_BAR_IN_LINE = re.compile(r"[|•·]")  # a field's bar ("Name  |  Place")


def _head_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the page's head lines: up to DATELINE_MAX_HEAD_LINES, before any prose."""
    return list(takewhile(lambda span: not _PROSE_LINE.fullmatch(text, *span),
                          first_lines(text, DATELINE_MAX_HEAD_LINES)))  # fmt: skip


def _writer_under_stamp(text: str) -> str | None:
    """The writer named alone on the line right under the publication stamp in the head
    ("Thursday, 19 March 2054  |  10 Syaaban 1476" over "Rosmawati Haji Abdul Rahman")."""
    head = _head_lines(text)
    for (start, end), (name_start, name_end) in pairwise(head):
        alone = _LONG_NAME_ALONE.fullmatch(text, name_start, name_end)
        if alone is None or _NOT_NAME_WORDS.search(alone["name"]) or (
            _NOT_A_NAME_ALONE.match(text, name_start, name_end)
            or _CREDIT_NOT_WRITER.fullmatch(alone["name"])
        ):
            continue
        if _dateline_in(text[start:end], DateOrder.AUTO) is not None:
            return alone["name"]
    return None


def _writer_over_stamp(text: str) -> str | None:
    """The writer named over the publication stamp in the head (up to
    DATELINE_MAX_HEAD_LINES lines, before any prose), on a line of its own: a name alone
    right over the stamp, or over one line of its outlet or place ("Karen Dietrich /
    Sandusky River Sentinel / Published 6:42 p.m. ET Jan. 12, 2034", "Priya Raghavan /
    MUMBAI / Published - ..."), a name with its role run on ("Daniel Mercer North of
    England correspondent / Sat 14 Sep 2047 07.15 BST"), or a desk's byline ("TBN
    Adelaide / By Sophie Carmody and Josh Ngata")."""
    head = _head_lines(text)

    @functools.cache  # (a line is asked of again as the lines over it are tried)
    def stamp(number: int) -> bool:  # a publication line, or one of hours ago ("Posted 2h ago")
        if number >= len(head):
            return False
        line = text[slice(*head[number])].strip()
        ago = _AGO_STAMP.fullmatch(line)
        return _dateline_in(line, DateOrder.AUTO) is not None or bool(ago and ago["unit"])

    for number, (start, end) in enumerate(head[1:], start=1):
        if _BYLINE_AUTHOR.match(text, *head[number - 1]):
            continue  # the outlet under a byline: "By Karen Dietrich / Sandusky River
            # Sentinel / Published ..." (the byline names the writer)
        if (alone := _NAME_ALONE.fullmatch(text, start, end)) is not None and (
            not _NOT_A_NAME_ALONE.match(text, start, end)
        ):  # "Owen Pritchard" on its own line, the publication line under it
            name = alone.group("name")
        elif (capitals := _CAPITALS_NAME_ALONE.fullmatch(text, start, end)) is not None and (
            not _NOT_NAME_WORDS.search(capitals["name"])
            and not _DOCUMENT_WORDS.search(capitals["name"])
            and not _NOT_A_NAME_ALONE.match(text, start, end)
        ):  # "ANE ZUBIRI" over "Pamplona - Jul 10, 2031 - 13:42 CEST"
            name = _cased(capitals["name"])
        elif found := _NAME_THEN_ROLE.fullmatch(text, start, end) or (
            _DESK_THEN_BYLINE.fullmatch(text, start, end)
        ):
            name = found.group("name")
        elif (placed := _LONG_NAME_ALONE.fullmatch(text, start, end)) is not None and (
            _BAR_IN_LINE.search(text, start, end) and not _NOT_NAME_WORDS.search(placed["name"])
            and not _BYLINE_AUTHOR.match(text, start, end)  # (a "By" line's own test)
        ):  # "Bilal Siddiqui  |  Karachi" over "Published 21 Oct, 2071 07:14pm"
            name = placed.group("name").strip()
        else:
            continue
        if stamp(number + 1) or (
            number + 2 < len(head) and (_OUTLET_OR_PLACE.fullmatch(text, *head[number + 1])
                                        or _ROLE_LINE.fullmatch(text, *head[number + 1]))
            and stamp(number + 2) and not stamp(number)
        ):  # (and over a role: "Bethan Pugh / Features writer / 07:00, 17 AUG 2097")
            return name
    return None


# A document's kind in capitals, no writer: "PRESS SUMMARY", "MEDIA STATEMENT"
_DOCUMENT_WORDS = re.compile(
    r"\b(?i:press|summary|release|statement|judg(?:e)?ment|notice|report|bulletin|briefing|"
    r"transcript|media|advisory|alert|minutes|agenda|the|of|and|for|public|weekly|daily|times|"
    r"post|herald|tribune|gazette|mirror|chronicle|express|star|journal|review|observer|"
    r"courier|standard|nation|guardian|telegraph|reporter|dispatch|independent|globe|sun|"
    r"mail|record|voice|online|radio|tv|fm)\b"
)  # (and a masthead's: "ENTERPRISE WEEKLY")
# A writer's name in capitals alone on its line: "ANE ZUBIRI"
_CAPITALS_NAME_ALONE = re.compile(
    r"[ \t]*(?P<name>[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){1,2})[ \t]*"
)


def _cased(name: str) -> str:
    """A byline's names written in capitals, in title case: "By DANA KRUEGER", "By ANA
    PETROVA and MARKO LUKIC" (the "and" kept); without where the writer wrote from in
    capitals ("By OLLIE PENHALIGON IN BRNO": Ollie Penhaligon)."""
    name = _CAPITALS_PLACE_END.sub("", name)
    return " and ".join(part.title() if part.isupper() else part for part in name.split(" and "))


_CAPITALS_PLACE_END = re.compile(r"(?<=[A-Z])[ \t]+IN[ \t]+[A-Z][A-Z .'’-]{1,40}$")


# A writer named under a label of its own, or after a stamp on its line
# A writer's label alone on its line, the name on the next: "Author of the article:"
_WRITER_LABEL_ALONE = re.compile(
    r"[ \t]*(?i:author(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:article|story))?|written[ \t]+by|"
    r"autor|auteur|reporter|writer)[ \t]*:?[ \t]*"
)
_WRITER_LABEL = re.compile(
    r"[ \t]*(?:(?i:writer|author|reporter|report|byline|story(?:[ \t]+and[ \t]+(?:photos?|"
    r"pictures?))?|autor|autorka|auteur|autore|verfasser|text|texto|texte|testo|tekst|teksti|words|piše|"
    r"pisze|автор|автори|аутор|текст)[ \t]*:[ \t]*"
    r"(?:[Bb]y[ \t]+)?|"  # ("Story and photo: Aminah Wahid", "Autor: Agnieszka Pietras  |
    # Zdjęcia: ...", "Text: Ragnheiður Ólafsdóttir  ·  Photo: ...", "Words: Tomás Echeverría
    # ·  Photographs: ...", Croatian "Piše: Ivana Tomašić  |  Foto: ...", Finnish "Teksti:
    # Aino Sirén  |  Kuvat: ...", Bulgarian "Автор: Radostina Kaludova")
    r"(?i:compiled|written|story|words|reported)[ \t]+by[ \t]+)"  # ("Compiled by Glenda
    rf"({BYLINE_NAMES})"  # Hassell")
    r"[ \t]*(?:[|·•,][^\n]*)?"  # ("Author: Edmund Ofori-Atta | Date: Oct - 08 - 2038 , 06:52")
)
# A byline's "by" in another language, a line of its own: Catalan or Italian "Per", Spanish
# or Portuguese "Por", French "Par", Swedish or Norwegian "Av", Danish "Af", two to four
# names after it, where the writer wrote from in brackets ("Per Montse Bertomeu Queral
# (Tortosa)"; not "Per Svensson", a name; German "Von" and Dutch "Door" left out: "Von Der
# Leyen Visits Kyiv", "Door Dash Drivers Strike" are titles)
_FOREIGN_BY_LINE = re.compile(
    r"[ \t]*(?:Per|Por|Par|Av|Af)[ \t]+"
    rf"(?P<name>[{_CAPITAL}][\w.'’-]+(?:[ \t]+(?:(?:de|del|i|y|van|von|da|dos|la)[ \t]+)?"
    rf"[{_CAPITAL}][\w.'’-]+){{1,3}})[ \t]*(?:\([^()\n]{{1,40}}\))?[ \t]*"
)
# A gallery's credits, the words' writer in a field after the pictures': "Photos: Goran
# Trajkovski   Text: Elena Stojanovska"
_TEXT_BY_FIELD = re.compile(
    r"[ \t]*(?i:photos?|pictures?|images?|video)[ \t]*:[^\n]{2,60}?(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)"
    rf"(?i:text|words)[ \t]*:[ \t]*({BYLINE_NAMES})[ \t]*"
)
# A writer and a role after a slash or a bar, on a line of their own: "Damion Reid/Staff
# Reporter", "Mthunzi Zungu | Agriculture editor"
_NAME_SLASH_ROLE = re.compile(  # (a name's words may open with any capital: "Đỗ Văn Lực")
    rf"[ \t]*(?!(?i:by)[ \t])(?P<name>[A-Z{UPPER_BEYOND_ASCII}][\w.'’-]+"
    rf"(?:[ \t]+[A-Z{UPPER_BEYOND_ASCII}][\w.'’-]+){{1,3}})[ \t]*"
    rf"[/|][ \t]*(?:[A-Z][\w'’-]*[ \t]+){{0,2}}{_JOURNALIST}[ \t]*"
)
# A writer's role on a line of its own, under the name: "Features writer"
_ROLE_LINE = re.compile(
    rf"[ \t]*(?:[A-Z][\w'’-]*[ \t]+)(?:[\w'’-]+[ \t]+){{0,2}}{_JOURNALIST}[ \t]*"
)
_STAMP_BYLINE = re.compile(rf"[ \t]+[Bb]y[ \t]+({BYLINE_NAMES})(?:[ \t]+[-–—|][ \t].*)?[ \t]*$")


def _date_not_name(name: str, line: str) -> bool:
    """Whether a byline's "name" is a date: "By Tuesday, ...", "By March 2030"; not "By
    Nguyen Thu Ha" or "By June Smith", whose other words are a name's."""
    words = name.split()
    return words[0].lower() in _DATE_WORDS and (
        len(words) == 1 or any(c.isdigit() for c in line)
        or all(word.lower() in _DATE_WORDS | _PARTS_OF_DAY for word in words))  # fmt: skip


_PARTS_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "noon", "midnight"})


# A report's own first date under an aggregator's stamp: "Originally published: 7 Jul 2092"
ORIGINAL_STAMP_LINES = 2  # lines after the stamp found
_ORIGINALLY_PUBLISHED = re.compile(
    r"[ \t]*(?:originally|first)[ \t]+(?:published|posted|issued)\b|[ \t]*original[ \t]+"
    r"publication[ \t]+date\b", re.IGNORECASE
)


def printed_day(removed: Sequence[str], order: DateOrder) -> tuple[dt.date, str] | None:
    """The day a browser's print header (a line `strip_boilerplate` removed) says the page
    was printed, and the stamp as written: "11/28/56, 9:12 AM   Court Index and Docket"."""
    for line in removed:
        if (header := BROWSER_PRINT_HEADER.fullmatch(line)) and (
            found := _dateline_in(header["stamp"], order)
        ):
            return found[0].date, header["stamp"]
    return None


def locate_dateline(
    text: str, order: DateOrder, captured: dt.datetime | None = None
) -> Dateline | None:
    """The publication dateline among the first non-empty lines of `text`, if any, else a
    labelled stamp among its last lines ("Published on 04/10/2027" at the page's foot);
    a year of the Buddhist Era or the Solar Hijri calendar read into the common era.
    `captured`: when a web archive saved the page (`archive_header`), which a relative
    stamp ("submitted 3 days ago") counts back from."""
    found = _located_dateline(text, order, captured)
    if found is not None:
        found = _in_page_century(found, text)
    if found is None or (common := in_common_era(found.date, text)) is None:
        return None  # ("1421/02/16" with no sign of Iran: no paper's date)
    day, note = common
    if not note:
        return found
    return Dateline(day, found.start, found.end, "; ".join(filter(None, (found.warning, note))))


def _in_page_century(found: Dateline, text: str) -> Dateline:
    """A stamp's two-digit year after an apostrophe ("11 Feb '83") in the century whose
    years the page writes in full ("© 2083", "ended on January 3, 2083"), when more of them
    fall before it (or just after) than around the century `TWO_DIGIT_PIVOT` gave it."""
    stamp = text[found.start : found.end]
    if _YEAR_RE.search(stamp) or not _NAMED_MONTH_SHORT_YEAR.search(stamp):
        return found  # (a numeric "12.03.24" keeps the pivot's century: a history page's
        # years would move it)
    years = [int(year.group(0)) for year in _PAGE_YEAR.finditer(text)]

    def told_around(candidate: int) -> int:  # the page's years of its past and near future
        return sum(candidate - PAGE_YEARS_BACK <= year <= candidate + PAGE_YEARS_AHEAD
                   for year in years)  # fmt: skip (not "Kosmos 2251", one odd number)

    year = max((found.date.year - 100, found.date.year, found.date.year + 100), key=told_around)
    if told_around(year) <= told_around(found.date.year) or (
        day := _valid(year, found.date.month, found.date.day)
    ) is None:
        return found
    return replace(found, date=day)


# A monitoring service's source line over an item: "PA1006021593 Paramaribo Radio Apintie in
# Dutch 2300 GMT 9 Jun 93", the broadcast's day (the report's own date is later)
_BROADCAST_SOURCE = re.compile(
    r"\bin[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+[0-2]\d[0-5]\d[ \t]+(?:GMT|UTC)[ \t]+"
    r"(?P<date>(?P<day>\d{1,2})[ \t]+(?P<month>[A-Z][a-z]{2})[ \t]+(?P<year>\d{2}|\d{4}))\b"
)


def _broadcast_day(text: str) -> Dateline | None:
    """The broadcast day a monitoring service's source line gives, among the head's lines."""
    source = _BROADCAST_SOURCE.search(text, 0, HEAD_SOURCE_CHARS)
    if source is None or (month := month_number(source["month"])) is None:
        return None
    day = _valid(full_year(source["year"]), month, int(source["day"]))
    return None if day is None else Dateline(day, source.start("date"), source.end("date"))


# A field of a bar set off by bars with a temperature: "|   Basseterre 31°C, sunny   |"
_WEATHER_FIELD = re.compile(r"\|[^|\n]*(?<![\d.])-?\d{1,2}[ \t]?°[ \t]?[CF]?(?![A-Za-z])")


# A forwarded message's own header of when it was sent: "Date: Thu, 04 Jun 1998 06:02:11"
_SENT_HEADER = re.compile(r"^[ \t>]*(?i:date|sent):[ \t]*(?P<date>[^\n]+)$", re.MULTILINE)
FORWARDED_HEADER_CHARS = 600  # how far back from its body a forwarded message's header runs


def _forwarded_sent(text: str, inner: int, order: DateOrder) -> Dateline | None:
    """The day the forwarded message's own header says it was sent, in the header lines
    right over its body (at `inner`): the forward's outer "Date:" is the forwarder's."""
    headers = list(_SENT_HEADER.finditer(text, max(0, inner - FORWARDED_HEADER_CHARS), inner))
    if not headers or (parsed := _dateline_in(headers[-1]["date"], order)) is None:
        return None
    begin = headers[-1].start("date")
    return Dateline(parsed[0].date, begin + parsed[1], begin + parsed[2], parsed[0].warning)


def _located_dateline(
    text: str, order: DateOrder, captured: dt.datetime | None = None
) -> Dateline | None:
    if (inner := forwarded_body_start(text)) and (
        forwarded := _located_dateline(text[inner:], order)
    ) is not None:  # a statement forwarded in an e-mail thread: its own head's date (the
        # "Sent:" stamps over it are the desk's, perhaps in another zone)
        return replace(forwarded, start=forwarded.start + inner, end=forwarded.end + inner)
    if inner and (own_sent := _forwarded_sent(text, inner, order)) is not None:
        return own_sent  # (else the forwarded message's own "Date:", not the forward's)
    if text.find("GMT", 0, HEAD_SOURCE_CHARS) >= 0 and (broadcast := _broadcast_day(text)):
        return broadcast  # ("Paramaribo Radio Apintie in Dutch 2300 GMT 9 Jun 93")
    prose = False  # a sentence of the story seen: the page's head is over
    head = list(first_lines(text, DATELINE_MAX_HEAD_LINES + 1))  # (and the line after)
    for number, (start, end) in enumerate(head[:DATELINE_MAX_HEAD_LINES]):
        line = text[start:end].strip()
        if BYLINE_ONLY.fullmatch(line) or (
            _BARE_NAME.fullmatch(line) and 2 <= len(line.split()) <= BARE_NAME_MAX_WORDS
        ):  # ("By Jo Reyes"; "Renee Whitfield" on a line of its own)
            prose = False  # the sentences over a byline were the deck, not the story
            continue
        if number >= DATELINE_MAX_LINES and prose and " | " not in text[start:end] and not (
            _CREDIT_THEN_DATE.fullmatch(line)
        ):
            continue  # (further down, only under page furniture: section, title, deck,
            # writer; or a line of fields set off by bars, under a deck: "Eszter Varga |
            # 2059. augusztus 21., csütörtök 06:48 | Frissítve: ..."; or a picture's credit
            # under its caption's sentence: "Photo: Horn Observer / Khadar Yusuf  •  26
            # April 2071")
        if "|" in text[start:end] and _WEATHER_FIELD.search(text, start, end):
            continue  # a site's bar of the day it is read: "Saturday, August 17, 2047   |
            # Basseterre 31°C, sunny   |   Cruise ships in port today: 2"
        if found := _dateline_in(text[start:end], order):
            for after_start, after_end in head[number + 1 : number + 1 + ORIGINAL_STAMP_LINES]:
                if _ORIGINALLY_PUBLISHED.match(text, after_start, after_end) and (
                    original := _dateline_in(text[after_start:after_end], order)
                ):  # an aggregator's "Posted: 8 Jul 2092" over "Originally published: 7 Jul
                    return _dateline(text, after_start, original, order)  # 2092": the report's
            if number + 1 < len(head) and _ENTRY_CLOCK.fullmatch(text, *head[number + 1]):
                return _live_blog_day(text, order)  # a live blog's day heading over an
                # entry: its latest one (the blog may run oldest first)
            return _dateline(text, start, found, order)
        prose = prose or bool(_PROSE_LINE.fullmatch(text, start, end))
    after_lead = False  # (the line before was the standfirst, a sentence of prose)
    for start, end in first_lines(text, STAMP_MAX_LINES):  # a labelled stamp among the
        line = text[start:end]  # first paragraphs: "Last modified: March 15 2045, 4.02pm"
        if _STAMP_LINE.match(line) and (found := _dateline_in(line, order)):  # after a
            return _dateline(text, start, found, order)  # caption, under the lead
        under_lead, after_lead = after_lead, bool(_LEAD_LINE.fullmatch(line))
        if (
            under_lead and _YEAR_DIGITS.search(line) and len(line) <= DATELINE_MAX_CHARS
            and not _PROSE_LINE.fullmatch(line)
            and (bare := _only_a_date(line.strip(), order) or _foreign_date(line.strip()))
        ):  # a day alone on its line right under the lead, a stamp without its label:
            shift = start + len(line) - len(line.lstrip())  # "za 20 okt 2046",
            return Dateline(bare.date, shift, shift + len(line.strip()), bare.warning)
            # "Saturday 20 October 2046"
    if "ublished" in text and (run := _PUBLISHED_FROM_TO.search(text)) and (
        found := _published_run_day(run, order, run.start())
    ):  # "Published by Penobscot Bay Register from Mar. 13 to Mar. 15, 2044." at an
        return _dateline(text, run.start(), found, order)  # obituary's foot: its first day
    for start, end in first_lines(text, HEARING_MAX_LINES):  # a law report's long head:
        if (found := _hearing_day(text[start:end], order)) is not None:  # court, citation,
            return _dateline(text, start, found, order)  # parties, judge, then the days
    if (blog_day := _live_blog_day(text, order)) is not None:
        return blog_day  # "Saturday, Jan. 28, 2051" over "7:20 p.m.": a live blog's day
    for number, (start, end) in enumerate(_last_lines(text, FOOT_LINES)):
        line = text[start:end]
        if (printed := PRINT_EDITION_DATE.search(line)) and (
            found := _dateline_in(printed[group := "date" if printed["date"] else "date_before"],
                                  order)
        ):  # "A version of this article appears in print on Oct. 18, 2034, Section A":
            begin = start + printed.start(group)  # the day of the paper it was printed in
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
        if (field := _DATE_FIELD.search(line)) and (
            found := _dateline_in(field["date"], order)
        ):  # "Source: The Sunday Islander (Hobart) | Edition: Sun 28 Dec 2042 | Section:
            begin = start + field.start("date")  # Sport": a clipping's record of its paper
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
        if (updated := _PAGE_UPDATED_ON.match(line)) and (
            found := _dateline_in(updated["date"], order)
        ):  # "This page was last updated on Sunday 16th October 2061 at 11.20am." (not a
            begin = start + updated.start("date")  # wiki's "last edited on": an edit's day,
            # which only bounds the page: `undated.infer_published`)
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
        if (sent := _SENT_FROM.fullmatch(line)) and (found := _dateline_in(sent["date"], order)):
            # an e-mail newsletter's foot: "Sent from Adamstown, Pitcairn Island  ·  14
            begin = start + sent.start("date")  # October 2058, 4:20 pm PST"
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
        if (aired := _AIRED_ON.match(line)) and (found := _dateline_in(aired["date"], order)):
            # "From Pacific Weekend, 7:10 am on 17 February 2052": a radio story's broadcast
            begin = start + aired.start("date")
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
        if (slug := _AP_TRANSMISSION.match(line)) and (day := _transmitted_day(slug)):
            # "AP-NR-10-30-98 1747EST<": an AP wire's transmission line, its day
            return Dateline(day, start + slug.start("date"), start + slug.end("date"))
        if (cited := _CITATION_DATE.search(line)) and (day := _cited_day(cited)):
            # "Citation: Iceberg ... (2032, November 3) retrieved 4 November 2032 from
            # https://phys.org/...": the story's date, not the day it was fetched
            return Dateline(day, start + cited.start("date"), start + cited.end("date"))
        if (footer := _PRINT_FOOTER.fullmatch(line)) and (
            address := _url_day(footer["address"])
        ):  # a printed page's foot, its address and the page's number: "https://www.
            # lakeshoretribune.mw/2053/11/27/lake-malawi-chambo-catch-down/     2/2"
            begin = start + footer.start("address")  # (after a label: "URL to article: ")
            return Dateline(address[0].date, begin + address[1], begin + address[2])
        if (footer := _PAGE_FOOTER_STAMP.fullmatch(line)) and (
            found := _dateline_in(footer["date"], order)
        ):  # a word processor's page footer: "H:\PRESS\1996\PR9607.DOC     12/02/96 11:20
            shift = footer.start("date")  # Page 2 of 2", the day it was saved, in the
            return _dateline(text, start, (found[0], shift + found[1], shift + found[2]),
                             order)  # article's order ("12/02/96": 12 February in a text
            # that writes "Wednesday 14 February")
        if (
            _LABEL_RE.match(line.strip())
            or (number == 0 and _BARE_FOOT_STAMP.fullmatch(line.strip()))
        ) and (found := _dateline_in(line, order)):  # ("07/10/2027 14:26 (GMT+03:00)" as
            return _dateline(text, start, found, order)  # the page's last line)
    for start, end in _last_lines(text, SIGNING_LINES):
        if (signed := _SIGNING_LINE.fullmatch(text, start, end)) and _YEAR_DIGITS.search(
            signed["date"]
        ) and (found := _dateline_in(signed["date"], order)):
            # a release's signing line over its signature: "N'Djamena, 8 April 2005"
            begin = signed.start("date")
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
    for start, end in _last_lines(text, FIRST_PUBLISHED_LINES):
        if (note := _CORRECTION_NOTE.match(text, start, end)) and (
            found := _dateline_in(note["date"], order)
        ):  # "Correction, Saturday, July 9, 2067: An earlier version of this article,
            # published on Friday, said ...": the Friday before; without the day it was
            # published, the note's own day bounds the page's
            begin = note.start("date")
            return _corrected_page(note, found[0].date, begin + found[1], begin + found[2])
        if (cite := _APA_CITATION.match(text, start, end)) and (day := _cited_day(cite)):
            # "Camacho, R. C. (2064, September 5). Brown tree snake caught ...": a "Cite
            # this article" block's reference, the story's day
            return Dateline(day, cite.start("date"), cite.end("date"))
        if (first := _FIRST_PUBLISHED.match(text, start, end)) and (
            found := _dateline_in(first["date"], order)
        ):  # "First published: Thursday, 12 September 2047, 05:30" above a page's related
            begin = first.start("date")  # links and adverts
            return Dateline(found[0].date, begin + found[1], begin + found[2], found[0].warning)
    if (running := _running_page_head(text, order)) is not None:
        return running  # an e-paper's "TUESDAY 7 MARCH 2062     THE LAKESHORE POST     3"
    if "says:" in text and (comment := _first_comment_day(text, order)) is not None:
        return comment  # a reader's comment under the story: "Ruthlyn G. says:" over
        # "February 13, 2046 at 7:52 am", the earliest of them
    if (relative := _captured_relative_stamp(text, captured or _wayback_capture(text))) is not None:
        return relative
    return _file_name_day(text)


def _file_name_day(text: str) -> Dateline | None:
    """The day in the file name of a page's download link, when all such names agree:
    "note_visites_bronchiolite_2017-01-27.pdf (PDF, 212 KB)", a notice's own day."""
    if ".pdf" not in text and ".doc" not in text and ".PDF" not in text:
        return None
    named = [found for name in _FILE_NAME.finditer(text)
             if (found := _FILE_NAME_DAY.fullmatch(text, *name.span()))]
    if not named or len({found["date"].replace("-", "") for found in named}) > 1:
        return None
    digits = named[0]["date"].replace("-", "")
    if (day := _valid(int(digits[:4]), int(digits[4:6]), int(digits[6:]))) is None:
        return None
    warning = (f"dated by the file name {named[0].group(0)!r}; give --published to set its "
               "date")
    return Dateline(day, named[0].start("date"), named[0].end("date"), warning)


def _first_comment_day(text: str, order: DateOrder) -> Dateline | None:
    """The earliest day of the readers' comments under a story, which the story is no
    later than: the page's day, with a warning that it may be older."""
    days = [(found[0].date, stamp.start("date") + found[1], stamp.start("date") + found[2])
            for stamp in COMMENT_HEAD.finditer(text)
            if (found := _dateline_in(stamp["date"], order)) is not None]  # fmt: skip
    if not days:
        return None
    day, start, end = min(days)
    warning = (f"dated by its first reader comment, {day.isoformat()}; the story may be "
               "older; give --published to set its date")
    return Dateline(day, start, end, warning)


_SPACED_LINE = re.compile(r"^[^\n]*\S[ \t]{3,}\S[^\n]*$", re.MULTILINE)  # fields spaced apart
RUNNING_HEAD_CHARS = 40_000  # how far into a text a print page's running head is looked for


def _running_page_head(text: str, order: DateOrder) -> Dateline | None:
    """The date of a print page's running head or foot anywhere in the first
    RUNNING_HEAD_CHARS of `text` ("TUESDAY 7 MARCH 2062     THE LAKESHORE POST     3" at
    a copied e-paper page's foot, "4     THE LAKESHORE POST     TUESDAY 7 MARCH 2062" over
    the next page), for a text whose head tells none."""
    for line in _SPACED_LINE.finditer(text, 0, RUNNING_HEAD_CHARS):
        stripped = line.group(0).strip()
        if (header := PAGE_HEADER.fullmatch(stripped)) and (
            parsed := _only_a_date(header["date"] or header["date_last"], order)
        ):
            group = "date" if header["date"] else "date_last"
            begin = line.start() + len(line.group(0)) - len(line.group(0).lstrip())
            return Dateline(parsed.date, begin + header.start(group), begin + header.end(group),
                            parsed.warning)
    return None


# A printed document's page footer: its file, the day and time it was saved, its page
_PAGE_FOOTER_STAMP = re.compile(
    r"(?:[^\n]{0,80}?\S)?[ \t]{2,}(?P<date>\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d\d)"
    r"(?:[ \t]+\d{1,2}[:.]\d\d)?)[ \t]{2,}(?i:page)[ \t]+\d{1,3}(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*"
)
# A page's foot line telling, in a sentence, when it was last updated
_PAGE_UPDATED_ON = re.compile(
    r"[ \t]*(?i:this[ \t]+(?:page|article|story|post|item)[ \t]+was[ \t]+(?:last[ \t]+)?"
    r"(?:updated|modified|published|posted))[ \t]+(?:on[ \t]+)?(?P<date>[^\n]{6,60}?)"
    r"[ \t]*\.?[ \t]*$"
)
# A web archive's capture of the page: "https://web.archive.org/web/20450916063512/https://..."
HEAD_SOURCE_CHARS = 1500  # characters of a page's head searched for a source line
_ARCHIVE_CAPTURE = re.compile(r"\bweb\.archive\.org/web/(\d{14})(?:[a-z_]{0,4})/")
# A stamp that counts back from when the page was seen: "Published 3 days ago · 4 min read"
_AGO_STAMP = re.compile(
    r"(?i:published|posted|updated|submitted)?[ \t]*"
    rf"(?:(?P<count>\d{{1,3}}|an?|{NUMBER_WORD})[ \t]*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?|m|days?|d|weeks?|w)[ \t]+ago\b"
    rf"|(?P<yesterday>yesterday)\b|(?P<weekday>{WEEKDAY_RE})\b)",
    re.IGNORECASE,
)
_AGO_UNITS = {"h": "hours", "m": "minutes", "d": "days", "w": "weeks"}


def _wayback_capture(text: str) -> dt.datetime | None:
    """When the Wayback Machine captured the page, from its address in the first lines."""
    capture = next((found for start, end in first_lines(text, 2)
                    if (found := _ARCHIVE_CAPTURE.search(text, start, end))), None)  # fmt: skip
    if capture is None:
        return None
    try:
        return dt.datetime.strptime(capture.group(1), "%Y%m%d%H%M%S")
    except ValueError:
        return None


# The header archive.today (and its mirrors archive.ph, archive.is, ...) puts over its copy
# of a page: "archive.today" / "webpage capture" / "Saved from <address>" / "search" /
# "28 Jan 2031 22:15:40 UTC" / "no other snapshots from this url" / "All snapshots from host
# old.reddit.com" / "Webpage  Screenshot" / "share  download .zip  report bug or abuse"
_ARCHIVE_TODAY = re.compile(r"[ \t]*archive\.(?:today|ph|is|li|vn|fo|md)[ \t]*", re.IGNORECASE)
_CAPTURE_STAMP = re.compile(
    r"[ \t]*(?P<day>\d{1,2})[ \t]+(?P<month>[A-Z][a-z]{2})[ \t]+(?P<year>\d{4})[ \t]+"
    r"(?P<hour>\d{1,2}):(?P<minute>\d\d)(?::(?P<second>\d\d))?[ \t]+UTC[ \t]*"
)
_ARCHIVE_HEADER_LINE = re.compile(
    r"[ \t]*(?i:webpage[ \t]+capture|saved[ \t]+from\b[^\n]*|search|history|"
    r"no[ \t]+other[ \t]+snapshots[ \t]+from[ \t]+this[ \t]+url|"
    r"all[ \t]+snapshots[ \t]+from[ \t]+host\b[^\n]*|webpage[ \t]+screenshot|"
    r"(?:(?:https?://|www\.)\S+)|[^\n]{0,40}\breport[ \t]+bug[ \t]+or[ \t]+abuse\b[^\n]*|"
    r"\d{1,3}[ \t]+of[ \t]+\d{1,3}[ \t]+snapshots?\b[^\n]*)[ \t]*"
)
ARCHIVE_HEADER_LINES = 12  # the lines of an archive's header searched


# The Wayback Machine's toolbar over a copy: "The Wayback Machine - https://web.archive.org/
# web/20470503142207/https://...", then "INTERNET ARCHIVE", "Wayback Machine", the address,
# "Go", "6 captures", "18 Apr 2047 - 22 Nov 2049", the calendar strip ("APR  MAY  JUN",
# "03", "2046  2047  2048") and "About this capture"
_WAYBACK = re.compile(
    r"[ \t]*(?:The[ \t]+)?Wayback[ \t]+Machine[ \t]*-?[ \t]*https?://web\.archive\.org/web/"
    r"(?P<stamp>\d{14})\S*[ \t]*"
)
_WAYBACK_LINE = re.compile(
    r"[ \t]*(?:(?i:internet[ \t]+archive|wayback[ \t]+machine|go|\d[\d,]*[ \t]+captures?|"
    r"about[ \t]+this[ \t]+capture|collected[ \t]+by\b[^\n]*|(?:https?://|www\.)\S+)|"
    r"\d{1,2}[ \t]+[A-Z][a-z]{2}[ \t]+\d{4}[ \t]*[-–][ \t]*\d{1,2}[ \t]+[A-Z][a-z]{2}[ \t]+\d{4}|"
    r"[A-Z]{3}(?:[ \t]+[A-Z]{3}){2}|\d{1,2}|\d{4}(?:[ \t]+\d{4}){2})[ \t]*"
)
WAYBACK_HEADER_LINES = 16  # the lines of the Wayback Machine's toolbar searched


def _wayback_header(text: str) -> tuple[dt.datetime, int] | None:
    """When the Wayback Machine captured the copy its toolbar heads (UTC, from the
    address's 14 digits), and where the toolbar ends."""
    lines = list(first_lines(text, WAYBACK_HEADER_LINES))
    if not lines or (first := _WAYBACK.fullmatch(text, *lines[0])) is None:
        return None
    try:
        seen = dt.datetime.strptime(first["stamp"], "%Y%m%d%H%M%S")
    except ValueError:
        return None
    end = lines[0][1]
    for start, finish in lines[1:]:
        if not _WAYBACK_LINE.fullmatch(text, start, finish):
            break
        end = finish
    return seen, end


def archive_header(text: str) -> tuple[dt.datetime, int] | None:
    """When archive.today or the Wayback Machine saved the page its header heads (UTC),
    and where the header ends: a copy's header is no part of the page, and its stamp is
    the capture's day, not the page's."""
    if wayback := _wayback_header(text):
        return wayback
    lines = list(first_lines(text, ARCHIVE_HEADER_LINES))
    if not lines or not _ARCHIVE_TODAY.fullmatch(text, *lines[0]):
        return None
    seen: dt.datetime | None = None
    end = lines[0][1]
    for start, finish in lines[1:]:
        if (stamp := _CAPTURE_STAMP.fullmatch(text, start, finish)) and seen is None:
            month = month_number(stamp["month"])
            try:
                seen = dt.datetime(int(stamp["year"]), month or 0, int(stamp["day"]),
                                   int(stamp["hour"]), int(stamp["minute"]),
                                   int(stamp["second"] or 0))  # fmt: skip
            except ValueError:
                return None
        elif not _ARCHIVE_HEADER_LINE.fullmatch(text, start, finish):
            break
        end = finish
    return None if seen is None else (seen, end)


def _captured_relative_stamp(text: str, seen: dt.datetime | None) -> Dateline | None:
    """The day a relative stamp in the head ("Published 3 days ago", "submitted 3 days
    ago") counts back to from the time `seen` a web archive captured the page, if any."""
    if seen is None:
        return None
    head = list(first_lines(text, DATELINE_MAX_HEAD_LINES))
    for start, end in head:
        stamp = _AGO_STAMP.match(text, start, end)
        if stamp is None or not _LABEL_RE.match(text[start:end].strip()):
            continue
        if stamp["yesterday"]:
            day = seen.date() - dt.timedelta(days=1)  # "Published yesterday"
        elif stamp["weekday"]:  # "Published Wednesday": the last one before the capture
            weekday = weekday_number(stamp["weekday"])
            if weekday is None:
                continue
            day = seen.date() - dt.timedelta(days=(seen.weekday() - weekday) % 7 or 7)
        else:
            count = parse_number(stamp["count"])  # ("a", "an": 1)
            if count is None:
                continue
            unit = _AGO_UNITS[stamp["unit"][0].lower()]
            day = (seen - dt.timedelta(**{unit: int(count)})).date()
        return Dateline(day, stamp.start(), stamp.end(),
                        f"read '{stamp.group(0)}' back from the archive's capture of "
                        f"{seen:%Y-%m-%d %H:%M} UTC")  # fmt: skip
    return None


LIVE_BLOG_LINES = 400  # the lines searched for a live blog's day headings


def _live_blog_day(text: str, order: DateOrder) -> Dateline | None:
    """The latest of a live blog's day headings, each a line of only a date over an
    entry's clock time ("Saturday, Jan. 28, 2051" over "7:20 p.m."), newest first or
    oldest first."""
    lines = list(first_lines(text, LIVE_BLOG_LINES))
    latest: Dateline | None = None
    for (start, end), following in pairwise(lines):
        if _ENTRY_CLOCK.fullmatch(text, *following) and (
            found := _dateline_in(text[start:end], order)
        ) and (latest is None or found[0].date > latest.date):
            latest = _dateline(text, start, found, order)
    return latest


_BARE_NAME = re.compile(BYLINE_NAMES)  # a writer's name on a line of its own
# A live blog entry's clock time on a line of its own: "7:20 p.m.", "14.05", "9.30am BST"
_ENTRY_CLOCK = re.compile(
    r"[ \t]*\d{1,2}[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?[ \t]*"
)
# A clipping's or database's field of the paper's date, among others set off by bars:
# "Source: ... | Edition: Sun 28 Dec 2042 | Section: Sport | Page: 44"
_DATE_FIELD = re.compile(
    r"(?:^|\|)[ \t]*(?:Edition|Date|Publication[ \t]+date|Issue[ \t]+date)[ \t]*:[ \t]*"
    r"(?P<date>[^|\n]{6,40}?)[ \t]*(?=\||$)",
    re.IGNORECASE,
)
# A radio or television story's foot line naming the programme it aired in and when: "From
# Pacific Weekend, 7:10 am on 17 February 2052", "From Morning Report, 17 February 2052"
_PROGRAMME = r"[A-Z][\w'’&-]*(?:[ \t]+(?:[A-Z&][\w'’&-]*|on|the|of|at)){0,5},"
_AIRED_ON = re.compile(
    rf"[ \t]*(?:(?:From|As[ \t]+heard[ \t]+on)[ \t]+{_PROGRAMME}|(?:First[ \t]+)?"
    rf"(?i:broadcast|aired)(?:[ \t]+on)?(?:[ \t]+{_PROGRAMME}|[ \t]*:))[ \t]+"
    r"(?P<date>[^\n]{6,50}?)[ \t]*$"
)  # (also "Aired: 7:10 am, 17 February 2052", "First broadcast on 17 February 2052")
# An AP wire's transmission line at the foot of its archived copy: "AP-NR-10-30-98
# 1747EST<" (the desk, the day as month-day-year, the time sent)
_AP_TRANSMISSION = re.compile(
    r"[ \t]*AP-[A-Z]{2}-(?P<date>(?P<month>\d\d)-(?P<day>\d\d)-(?P<year>\d\d(?:\d\d)?))"
    r"(?:[ \t]+\d{4}[A-Z]{3})?\b"
)


def _transmitted_day(slug: re.Match[str]) -> dt.date | None:
    """The day an AP transmission line names, if it is one."""
    try:
        return dt.date(full_year(slug["year"]), int(slug["month"]), int(slug["day"]))
    except ValueError:
        return None


# A science site's citation line at the foot: "Citation: <title> (2032, November 3)
# retrieved 4 November 2032 from https://..."
# An APA reference to the story: "Camacho, R. C. (2064, September 5). Title. Outlet. URL"
_APA_CITATION = re.compile(
    r"[ \t]*[A-Z][\w'’-]+,[ \t]+(?:[A-Z]\.[ \t]*){1,3}(?:,?[ \t]*(?:&|and)[^\n()]{2,60})?"
    r"[ \t]*\((?P<date>(?P<year>\d{4}),[ \t]+(?P<month>[A-Z][a-z]+)[ \t]+(?P<day>\d{1,2}))\)\.[ \t]"
)
_CITATION_DATE = re.compile(
    r"^[ \t]*Citation[ \t]*:[^\n]{1,400}?\((?P<date>(?P<year>\d{4}),[ \t]+(?P<month>[A-Z][a-z]+)"
    r"[ \t]+(?P<day>\d{1,2}))\)[ \t]+retrieved\b"
)


def _cited_day(cited: re.Match[str]) -> dt.date | None:
    """The day a citation line's "(2032, November 3)" names, if it is one."""
    try:
        return dt.datetime.strptime(
            f"{cited['day']} {cited['month']} {cited['year']}", "%d %B %Y").date()
    except ValueError:
        return None


BARE_NAME_MAX_WORDS = 4


# A stamp at a page's foot without a label: a numeric date with its clock time and zone
# ("07/10/2027 14:26 (GMT+03:00)"); a bare date there may be anything
_BARE_FOOT_STAMP = re.compile(
    r"\d{1,2}[/.]\d{1,2}[/.]\d{4},?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]*\(?(?:GMT|UTC)[+\-−]\d{1,2}(?::?\d{2})?\)?|[ \t]+[A-Z]{2,5})?"
)


FOOT_LINES = 4  # the last non-empty lines searched for a labelled publication stamp
SIGNING_LINES = 8  # the last non-empty lines searched for a release's signing line
# A release's or a letter's signing line, its place and date over the signature:
# "N'Djamena, 8 April 2005", "Done at Apia, Samoa, this 3rd day of May 2040"
_SIGNING_LINE = re.compile(
    r"[ \t]*(?:(?:Done|Signed|Issued|Given|Made)[ \t]+(?:at|in)[ \t]+)?"
    r"[A-Z][\w'’.\-]+(?:[ ][A-Z][\w'’.\-]+){0,3}(?:,[ ][A-Z][\w'’.\-]+(?:[ ][A-Z][\w'’.\-]+){0,2})?"
    r",[ \t]+(?:(?:on|this|the)[ \t]+)?(?P<date>[^\n,]{6,40}?(?:,[ \t]*\d{4})?)[ \t]*\.?[ \t]*"
)
# A download link's file name with a date in it: "note_visites_bronchiolite_2017-01-27.pdf"
_FILE_NAME = re.compile(r"(?<![\w/.-])[\w-]{1,200}\.(?i:pdf|docx?|odt|rtf)\b")
_FILE_NAME_DAY = re.compile(  # (read in one file name of 200 characters at most at a time)
    r"[\w-]*?(?<!\d)(?P<date>(?:19|20)\d\d-[01]\d-[0-3]\d|(?:19|20)\d\d[01]\d[0-3]\d)"
    r"(?!\d)[\w-]*\.(?i:pdf|docx?|odt|rtf)"
)
FIRST_PUBLISHED_LINES = 15  # the last lines searched for a "First published:" stamp
# An e-mail newsletter's foot: where it was sent from and when
_SENT_FROM = re.compile(
    r"[ \t]*Sent[ \t]+from[ \t]+[^·•|\n]{2,60}?[ \t]+[·•|][ \t]+(?P<date>[^·•|\n]{6,50}?)[ \t]*"
)
# A correction or clarification note with its own day: "Correction, Saturday, July 9,
# 2067: An earlier version of this article, published on Friday, said ..."
_CORRECTION_NOTE = re.compile(
    r"[ \t]*(?:Correction|CORRECTION|Clarification|CLARIFICATION)[ \t]*[,:(—–-]?[ \t]*"
    r"(?P<date>[A-Z0-9][^:\n]{5,40}?)[ \t]*\)?[ \t]*[:—–][ \t]*(?P<rest>[^\n]*)"
)
_PUBLISHED_ON_WEEKDAY = re.compile(
    rf"\b(?:published|posted)[ \t]+(?:on[ \t]+)?(?P<weekday>{WEEKDAY_WORD_RE})", re.IGNORECASE
)


def _corrected_page(note: re.Match[str], day: dt.date, start: int, end: int) -> Dateline:
    """The page's day from a correction note of `day`: the weekday it says the page was
    published on, the last before the note's day (or the note's day itself)."""
    if (told := _PUBLISHED_ON_WEEKDAY.search(note["rest"])) is not None:
        weekday = weekday_of_stem(told["weekday"])
        back = (day.weekday() - weekday) % 7 or 7
        return Dateline(day - dt.timedelta(days=back), start, end)
    warning = (f"dated by a correction note of {day.isoformat()}; the page may be older; give "
               "--published to set its date")
    return Dateline(day, start, end, warning)


_FIRST_PUBLISHED = re.compile(
    r"[ \t]*(?:(?i:this|the)[ \t]+(?i:story|article|report|piece)[ \t]+(?:was[ \t]+)?)?"
    r"(?i:(?:first|originally)[ \t]+(?:published|posted|appeared))"
    r"(?:[ \t]+(?i:in|on|by)[ \t]+(?:[Tt]he[ \t]+)?[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*){0,5})?"
    r"(?:[ \t]+(?i:on))?[ \t]*:?[ \t]+"
    r"(?P<date>[^\n]{6,60}?)(?:[ \t]*\.?[ \t]*$|,[ \t]+(?:and|where|under)\b[^\n]*$)",
    re.MULTILINE,
)  # (the line may go on: "..., and is republished by AfriDesk under ...")


def _last_lines(text: str, count: int) -> list[tuple[int, int]]:
    """The (start, end) spans of the last `count` non-empty lines of `text`, last first."""
    spans: list[tuple[int, int]] = []
    end = len(text)
    while end > 0 and len(spans) < count:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            spans.append((start, end))
        end = start - 1
    return spans


def _dateline(
    text: str, start: int, found: tuple[ParsedDate, int, int], order: DateOrder
) -> Dateline:
    parsed, begin, finish = found
    line_end = text.find("\n", start)
    if order is DateOrder.AUTO and _FOREIGN_STAMP.match(
        text[start : len(text) if line_end < 0 else line_end].strip()
    ):  # "Publicado em 05/11/2051 20h31": a label in a language that writes the day first
        parsed = parse_date_text(text[start + begin : start + finish], DateOrder.DMY) or parsed
    elif order is DateOrder.AUTO:
        parsed = parse_in_article_order(text[start + begin : start + finish], text) or parsed
    return Dateline(parsed.date, start + begin, start + finish, parsed.warning)


# A numeric date whose first two numbers could each be the month: "09/02/2027"
_AMBIGUOUS_NUMERIC = re.compile(
    r"(?<!\d)(?:0?[1-9]|1[0-2])([/.-])(?:0?[1-9]|1[0-2])\1(?:\d{4}|\d\d)(?!\d)"
)  # ("03.11.46" too: its short year read as 2046)
# Where the day comes first (Britain, Ireland, most of the world) and where it does not.
_DAY_FIRST_STYLE = re.compile(
    r"\b\d{1,2}(?:[.:]\d{2})?(?:am|pm)\b|[£€]|\b(?:(?:kilo)?metres?|centres?|colours?"
    r"|favour\w*|labour\w*|organis\w+|programmes?|whilst|neighbour\w*)\b",
    re.IGNORECASE,
)
_MONTH_FIRST_STYLE = re.compile(
    r"\b\d{1,2}(?::\d{2})?\s?[ap]\.m\.|\b(?:(?:kilo)?meters?|centers?|colors?|favor\w*"
    r"|labor\w*|organiz\w+|neighbor\w*)\b",
    re.IGNORECASE,
)


# A time zone beside the date says where it was written: day first in India, Britain and
# most of the world, month first in the United States.
_ZONE_TOKEN = re.compile(r"\b[A-Z]{2,5}\b")
_DAY_FIRST_ZONES = frozenset(
    "IST BST GMT CET CEST EET EEST WET WEST AEST AEDT ACST ACDT AWST NZST NZDT SAST EAT WAT "
    "CAT PKT NPT SGT HKT MYT WIB".split()
)
# Countries whose numeric dates put the month first, or either way (Canada, Belize): an
# article's country tells the day-first order only outside them
_MONTH_FIRST_COUNTRIES = frozenset("US PH FM PW MH GU AS PR VI MP CA BZ".split())
_MONTH_FIRST_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT AKST AKDT HST ET CT MT PT".split())


def article_date_order(text: str) -> tuple[DateOrder, str]:
    """How `text` writes dates, day first ("9 February") or month first ("February 9"), and
    what tells: "country", its country outside the month-first ones with its style, against
    its spelling; "dates"; else "style", its spelling and style ("10am", "metres", "£"
    against "10 a.m.", "meters"); else "default" (month first)."""
    spelled = spelled_day_first(text)
    day_first = len(_DAY_FIRST_STYLE.findall(text))
    month_first = len(_MONTH_FIRST_STYLE.findall(text))
    if spelled is False and day_first > month_first and (
        (country := head_country(text)) is not None and country not in _MONTH_FIRST_COUNTRIES
    ):  # a Tongan site's "09/08/2083" over sport copy that spells "August 14" but writes
        return DateOrder.DMY, "country"  # "3pm": its country's numbers and style agree
    if spelled is not None:
        return (DateOrder.DMY if spelled else DateOrder.MDY), "dates"
    if day_first != month_first:
        return (DateOrder.DMY if day_first > month_first else DateOrder.MDY), "style"
    return DateOrder.MDY, "default"


_DOTTED_NUMERIC = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d)(?![\d.])")


def parse_in_article_order(value: str, text: str) -> ParsedDate | None:
    """`value` read as `parse_date_text` reads it, except that a numeric date either number
    of which could be the month ("09/02/2027") is read in the order its time zone tells
    ("10:12 PM IST": day first) or else in the order of `text` itself; unless the zone or
    the article's own dates tell that order, the result says so in a warning."""
    value = _DOTTED_CLOCK.sub(r"\1:\2", value)  # ("04/11/2031 6.00am": its clock "6:00am")
    if not _AMBIGUOUS_NUMERIC.search(value):
        return parse_date_text(value)
    zones = set(_ZONE_TOKEN.findall(value))
    if zones & _DAY_FIRST_ZONES or zones & _MONTH_FIRST_ZONES:  # "06/07/2027, 10:12 PM IST"
        return parse_date_text(value, DateOrder.DMY if zones & _DAY_FIRST_ZONES
                               else DateOrder.MDY)  # fmt: skip
    if (paired := near_figures_day_first(text)) is not None:  # "Published on
        # 05/11/2051" over "Updated on 06/11/2051": a day apart, day first (month first, a
        # month apart)
        return parse_date_text(value, DateOrder.DMY if paired else DateOrder.MDY)
    order, evidence = article_date_order(text)
    if _DOTTED_NUMERIC.search(value):  # "Stand: 09.03.2027": Europe's order, also over
        # English copy that spells its dates month first ("08.11.2083 | 15:20" over "on
        # November 3": a Turkmen site's English edition; no month-first writer dots)
        return parse_date_text(value, DateOrder.DMY)
    parsed = parse_date_text(value, order)
    if parsed is None or evidence in ("dates", "country"):
        return parsed
    shown = "day-first" if order is DateOrder.DMY else "month-first"
    why = "by the article's spelling and style" if evidence == "style" else "by default"
    warning = (f"date '{value}' could be read either way; read {shown} ({why}) as "
               f"{parsed.date.isoformat()}; give --date-order to choose")  # fmt: skip
    return ParsedDate(parsed.date, warning)


def find_dateline(text: str, date_order: DateOrder) -> tuple[dt.date, int, int] | None:
    """The publication dateline near the top of `text`: its date and `text[start:end]` span."""
    found = locate_dateline(text, date_order)
    return (found.date, found.start, found.end) if found else None
