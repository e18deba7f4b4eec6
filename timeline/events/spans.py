"""Which dates of a sentence make events: their calendar dates, ranges written as one
phrase, dates in one list; yardsticks ("the first time since 2018") and datelines make
none."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from timeline.dates.absolute import (
    GIVEN_UNTIL_BEFORE,
    HAS_UNTIL_BEFORE,
    NAME_WORD_BEFORE,
    SPLIT_YEARS,
)
from timeline.dates.base import clock_names_a_thing
from timeline.dates.calendar import month_end, safe_day
from timeline.dates.lexicon import (
    APPOSED_WEEKDAY_LEAD,
    HAPPENING_DAY_REACH,
    HAPPENING_NOUN,
    HAPPENING_PHRASE_END,
    LASTING_BEFORE_RE,
    NUMBER_WORD,
    SEASONS,
    WEEKDAY_NAME_RE,
    happening_noun,
    parse_number,
)
from timeline.dates.quantities import CLOCK_DAY_GAP
from timeline.events.headline import (
    DATE_JOINER,
    HEDGED_REFINEMENT,
    IRREGULAR_PAST,
    NOT_UNTIL_PATTERN,
    SAME_FORM_PAST,
    is_attributive,
)
from timeline.models import (
    EventDate,
    EventGranularity,
    Granularity,
    TimeExpression,
    TimexType,
    trusted,
)
from timeline.text import (
    AGENCY_TAG_LINE,
    BYLINE_LEAD,
    BYLINE_NAMES,
    DATED_BYLINE,
    FOREIGN_STAMP_LABELS,
    FOREIGN_STAMP_PREPOSITIONS,
    PLAN_FOR_BEFORE,
    POSTED_BY_ON,
    REACHING_BACK,
    READING_TIME,
    SOURCE_BEFORE_DATE,
    STAMP_PREFIX_PART,
    UPDATE_CLOCK_AT,
    UPDATE_WORD,
    WRITER_BAR_DATE,
    WRITER_PLACE_BEFORE_DATE,
    in_quotation,
)

MAX_COUNTED_DAYS = 366  # "two days later" is counted from the last day; "500 days later" not
DATELINE_MAX_CHARS = 160  # a longer "sentence" is no dateline, whatever words it holds
DATELINE_COVERAGE = 0.6  # a "sentence" mostly made of one date is a dateline, not an event
TO_EVENT_GRANULARITY: dict[Granularity, EventGranularity] = {
    Granularity.TIME: EventGranularity.DAY,
    Granularity.DAY: EventGranularity.DAY,
    Granularity.WEEK: EventGranularity.WEEK,
    Granularity.MONTH: EventGranularity.MONTH,
    Granularity.SEASON: EventGranularity.QUARTER,
    Granularity.QUARTER: EventGranularity.QUARTER,
    Granularity.HALF: EventGranularity.YEAR,
    Granularity.YEAR: EventGranularity.YEAR,
    Granularity.DECADE: EventGranularity.DECADE,
}


# "two days later", "a week earlier": a duration counted from the day just mentioned.
_COUNTED = re.compile(r"P(\d+)([DWMY])")
_COUNTED_HOURS = re.compile(r"PT(\d+|X)([HM])")  # "An hour later", "a few hours later"
_CLOCK_VALUE = re.compile(r"T(\d\d):(\d\d)")
_FOLLOWING = re.compile(r"the\s+(following|next|previous|prior)\s+(day|week|month|year)", re.I)
# ("four weeks later than the average": a difference, counted from nothing)
_LATER_OR_EARLIER = re.compile(
    r"[ \t]+(later|earlier|afterwards?|(?:after|before)[ \t]+(?:that|this)(?=[ \t]*[,.;:]))\b"
    r"(?!\s+than\b)"
)  # ("Three days after that, investigators raided the ministry"; not "after that game")


MONTH_COUNTED_DAYS = 14  # days counted from a month that still fall (mostly) in it


# A date the resolver counted from its own last date: "five weeks later" (an event's chain
# of steps counts it from the step before: `as_counted_duration`)
_UNITS_LATER = re.compile(
    rf"(?P<count>\d{{1,3}}|{NUMBER_WORD})[ \t-]+(?P<unit>day|week|month|year)s?"
    r"(?=[ \t]+(?:later|earlier)$)",
    re.IGNORECASE,
)


def as_counted_duration(expression: TimeExpression) -> TimeExpression | None:
    """A "five weeks later" the resolver dated as the duration it counts ("five weeks",
    P5W), for `counted_from`; None for any other expression."""
    if expression.type is not TimexType.DATE or not (
        found := _UNITS_LATER.match(expression.text)
    ) or (count := parse_number(found["count"])) is None or count != int(count):
        return None
    end = expression.start + found.end()
    return trusted(TimeExpression, {
        "text": expression.text[: found.end()], "start": expression.start, "end": end,
        "type": TimexType.DURATION, "value": f"P{int(count)}{found['unit'][0].upper()}",
        "mod": None, "granularity": None, "start_date": None, "end_date": None,
    })  # fmt: skip


def counted_from(
    text: str, expression: TimeExpression, reference: EventDate | None
) -> TimeExpression | None:
    """A duration counted from the date last mentioned, as the date it reaches: "Jury
    selection began on Nov. 4, and testimony opened two days later" (6 Nov); "She earned
    a degree in 1998. Two years later she was elected" (2000). None for anything else."""
    if reference is None or expression.type is not TimexType.DURATION:
        return None
    direction = _LATER_OR_EARLIER.match(text, expression.end)
    hours = _COUNTED_HOURS.fullmatch(expression.value)
    if direction and hours and reference.granularity is EventGranularity.DAY:
        return _hours_from(text, expression.start, direction.end(), reference, hours,
                           -1 if direction[1].startswith(("earlier", "before")) else 1)  # fmt: skip
    counted = _COUNTED.fullmatch(expression.value)
    if not counted or not direction:
        return None
    sign = -1 if direction[1].startswith(("earlier", "before")) else 1
    return _shifted(text, expression.start, direction.end(), reference,
                    sign * int(counted[1]), counted[2])  # fmt: skip


# A start at midnight ("The strike began at midnight", "The curfew takes effect at midnight
# tonight"): the first moment of the day after the one whose end TimeML's "T24:00" marks
_STARTS_AT_MIDNIGHT = re.compile(
    r"\b(?:beg[ai]n|begins|start(?:s|ed)?|took\s+effect|takes?\s+effect|"
    r"(?:came|comes?)\s+into\s+(?:force|effect)|(?:went|goes?)\s+into\s+effect|"
    r"kick(?:s|ed)?\s+off|(?:was|were|is|are)\s+imposed)\s+at\s+$",
    re.IGNORECASE,
)
_BARE_MIDNIGHT = re.compile(r"midnight(?:\s+(?:tonight|last\s+night|local\s+time))?", re.IGNORECASE)


def midnight_start(text: str, expression: TimeExpression) -> TimeExpression | None:
    """A bare "midnight" at which something starts, as the next day's "T00:00" (the event
    is on the day it begins: "The general strike began at midnight" in a paper of 9
    November is the 9th's, not the 8th's "T24:00"); None for anything else."""
    if not (expression.value.endswith("T24:00") and expression.start_date is not None
            and _BARE_MIDNIGHT.fullmatch(expression.text)
            and _STARTS_AT_MIDNIGHT.search(text, max(0, expression.start - 40), expression.start)):
        return None  # fmt: skip ("due to end at midnight on Wednesday" is Wednesday's end)
    day = expression.start_date + dt.timedelta(days=1)
    return expression.model_copy(update={
        "value": f"{day.isoformat()}T00:00", "start_date": day, "end_date": day})  # fmt: skip


def _hours_from(
    text: str, start: int, end: int, reference: EventDate, hours: re.Match[str], sign: int
) -> TimeExpression | None:
    """"An hour later", "a few hours later" after a day: that day, or the next when the
    day's clock time and the hours run past midnight ("at 9 p.m. ... Four hours later")."""
    day = reference.start
    clock = _CLOCK_VALUE.search(reference.value)
    if clock and hours[1] != "X":
        minutes = int(hours[1]) * (60 if hours[2] == "H" else 1)
        if minutes > MAX_COUNTED_DAYS * 24 * 60:
            return None
        moment = dt.datetime.combine(day, dt.time(int(clock[1]), int(clock[2])))
        day = (moment + dt.timedelta(minutes=sign * minutes)).date()
    return trusted(TimeExpression, {
        "text": text[start:end], "start": start, "end": end, "type": TimexType.DATE,
        "value": day.isoformat(), "mod": None, "granularity": Granularity.DAY,
        "start_date": day, "end_date": day,
    })  # fmt: skip


def following_from(
    text: str, expression: TimeExpression, reference: EventDate
) -> TimeExpression | None:
    """"The following year" after a counted date ("Two years later she was elected, and
    the following year she became its leader"): a unit after (or before) that date."""
    following = _FOLLOWING.fullmatch(expression.text)
    if (
        following is None
        and _SAME_PART_OF_DAY.fullmatch(expression.text)
        and reference.granularity is EventGranularity.DAY
        and _DAY_PREFIX.match(expression.value)
    ):  # "Police found the car two days later, and he was arrested the same afternoon":
        day = reference.start  # the counted day's afternoon
        return expression.model_copy(update={
            "value": day.isoformat() + expression.value[10:], "start_date": day, "end_date": day})
    if following is None:
        return None
    sign = -1 if following[1].lower() in ("previous", "prior") else 1
    unit = {"day": "D", "week": "W", "month": "M", "year": "Y"}[following[2].lower()]
    return _shifted(text, expression.start, expression.end, reference, sign, unit)


_SAME_PART_OF_DAY = re.compile(
    r"(?i:the[ \t]+same|that)[ \t]+(?i:day|morning|afternoon|evening|night)"
)
_DAY_PREFIX = re.compile(r"\d{4}-\d\d-\d\d(?:T|$)")
_OFFSET_GAP = re.compile(
    r"[ \t]+(before|after)[ \t]+"
    # (a happening named between, the day its: "Three days after the vote on Friday", "a
    # week after the election of 9 May", "two days after Monday's vote" is the next's)
    r"((?:the|a|an|his|her|its|their|this|that)[ \t]+(?:[a-z-]+[ \t]+){0,3}?[a-z-]{3,}"
    r"[ \t]+(?:on|of)[ \t]+)?"
)
_DAYS_OR_WEEKS = re.compile(r"P(\d{1,3})([DW])")
_CALENDAR_DAYS = re.compile(r"(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                            r"\s+(?i:days?|weeks?)")  # fmt: skip


def offset_from(
    text: str, duration: TimeExpression, following: TimeExpression
) -> TimeExpression | None:
    """"Two days before Waitangi Day", "a week after March 3", "three days after the vote
    on Friday": the day so far from the day written after the duration, as one
    expression over both."""
    gap = _OFFSET_GAP.fullmatch(text, duration.end, following.start)
    if gap is not None and following.type is TimexType.TIME and not gap.group(2):
        return _clock_offset(text, duration, following, -1 if gap[1] == "before" else 1)
    count = _DAYS_OR_WEEKS.fullmatch(duration.value)
    if gap is None or count is None or following.type is not TimexType.DATE:
        return None
    if _CALENDAR_DAYS.fullmatch(duration.text) is None:
        return None  # ("Eight trading days after Oct. 12": not the calendar's)
    date = event_date(following)
    if date is None or date.granularity is not EventGranularity.DAY:
        return None
    sign = -1 if gap[1] == "before" else 1
    return _shifted(text, duration.start, following.end, date, sign * int(count[1]), count[2])


_MINUTES_OR_HOURS = re.compile(r"PT(\d{1,3})([MH])")


def _clock_offset(
    text: str, duration: TimeExpression, clock: TimeExpression, sign: int
) -> TimeExpression | None:
    """"Twenty minutes after midnight", "two hours before 3 p.m.": the clock so far from
    the one written after the count, as one expression over both."""
    count = _MINUTES_OR_HOURS.fullmatch(duration.value)
    told = _CLOCK_VALUE.search(clock.value)
    if count is None or told is None or clock.start_date is None:
        return None
    moment = dt.datetime.combine(clock.start_date, dt.time()) + dt.timedelta(
        hours=int(told[1]), minutes=int(told[2]))  # (T24:00: the next day's first moment)
    moment += sign * dt.timedelta(**{"minutes" if count[2] == "M" else "hours": int(count[1])})
    return clock.model_copy(update={
        "text": text[duration.start : clock.end], "start": duration.start,
        "value": moment.strftime("%Y-%m-%dT%H:%M"),
        "start_date": moment.date(), "end_date": moment.date()})


# "nine days after the fire", "A week before the storm": a count from a happening named
# by its noun
_FROM_NAMED_HAPPENING = re.compile(
    rf"[ \t]+(?P<way>before|after)[ \t]+the[ \t]+(?P<noun>{HAPPENING_NOUN})\b"
    rf"{HAPPENING_PHRASE_END}"
)


def counted_from_happening(
    text: str, duration: TimeExpression,
    told: list[tuple[tuple[int, int], list[tuple[int, EventDate]]]],
) -> TimeExpression | None:
    """"He was arrested nine days after the fire": the day so far from the day that first
    dates that happening's noun (`told`: the spans of earlier sentences with their days
    and where they start), the day written after the noun and near it ("when a fire
    destroyed the hut ... on Tuesday, 16 July"; not "on Thursday found him guilty of
    setting the fire"), as one expression over the phrase."""
    named = _FROM_NAMED_HAPPENING.match(text, duration.end)
    count = _DAYS_OR_WEEKS.fullmatch(duration.value)
    if named is None or count is None or _CALENDAR_DAYS.fullmatch(duration.text) is None:
        return None
    noun = happening_noun(named["noun"])
    day = next((date for span, days in told for found in noun.finditer(text, *span)
                for at, date in days if 0 < at - found.start() <= HAPPENING_DAY_REACH), None)
    if day is None:
        return None
    sign = -1 if named["way"] == "before" else 1
    return _shifted(text, duration.start, named.end(), day, sign * int(count[1]), count[2])


# "Two days after it ended": a count from the end (or start) of the happening the sentence
# before dated
_FROM_IT = re.compile(
    r"[ \t]+(?P<way>before|after)[ \t]+it[ \t]+(?:had[ \t]+)?(?P<verb>ended|finished|stopped|"
    r"closed|was[ \t]+over|began|started|opened|struck|hit|(?:was|had[ \t]+been)[ \t]+"
    r"(?:made[ \t]+public|announced|unveiled|published|released|presented|signed|passed))\b"
)  # ("Three days after it was made public", the package "unveiled on Sept. 5")
_ENDING_VERBS = re.compile(r"(?:ended|finished|stopped|closed|was[ \t]+over)$")


def counted_from_it(
    text: str, duration: TimeExpression,
    told: list[tuple[tuple[int, int], list[tuple[int, EventDate]]]],
) -> TimeExpression | None:
    """"A blizzard swept across the west from February 25 to 27. Two days after it
    ended, ...": the day so far from the last (or first) day of the date that the sentence
    just before gives, as one expression over the phrase."""
    named = _FROM_IT.match(text, duration.end)
    count = _DAYS_OR_WEEKS.fullmatch(duration.value)
    if named is None or count is None or not told or not told[-1][1]:
        return None
    if _CALENDAR_DAYS.fullmatch(duration.text) is None:
        return None
    (_, sentence_end), days = told[-1]
    if re.search(r"[.!?]", text[sentence_end:duration.start].lstrip(".!?\"”’ \t\n")):
        return None  # (not the sentence just before)
    day = days[-1][1]
    if day.granularity is not EventGranularity.DAY:
        return None
    edge = day.end if _ENDING_VERBS.match(named["verb"]) else day.start
    reference = day.model_copy(update={"start": edge, "end": edge, "value": edge.isoformat()})
    sign = -1 if named["way"] == "before" else 1
    return _shifted(text, duration.start, named.end(), reference, sign * int(count[1]), count[2])


YEAR_COUNTED_DAYS = 92  # days, weeks or months after a year told that stay in it (as told)


def _shifted(
    text: str, start: int, end: int, reference: EventDate, count: int, unit: str
) -> TimeExpression | None:
    """The date `count` units (D, W, M, Y) from `reference`, as an expression at
    text[start:end]: days and weeks from a day, months from a month or a day, years from
    any date but a decade."""
    origin = reference.start
    if unit in "DW" and reference.granularity is EventGranularity.MONTH and abs(
        count * (7 if unit == "W" else 1)
    ) <= MONTH_COUNTED_DAYS:  # "in April 2016 ... released two days later": that month
        first, last = reference.start, reference.end
        value, granularity = reference.value, Granularity.MONTH
    elif unit in "DW" and reference.granularity is EventGranularity.DAY:
        days = count * (7 if unit == "W" else 1)
        if abs(days) > MAX_COUNTED_DAYS:
            return None
        first = last = origin + dt.timedelta(days=days)
        value, granularity = first.isoformat(), Granularity.DAY
    elif unit == "M" and reference.granularity in (EventGranularity.DAY, EventGranularity.MONTH):
        months = origin.year * 12 + origin.month - 1 + count
        first = dt.date(months // 12, months % 12 + 1, 1)
        last = month_end(first.year, first.month)
        value, granularity = f"{first.year:04d}-{first.month:02d}", Granularity.MONTH
    elif unit in "DWM" and reference.granularity is EventGranularity.YEAR and abs(
        count * {"D": 1, "W": 7, "M": 30}[unit]
    ) <= YEAR_COUNTED_DAYS:  # "stolen in 1989 ... A fan spotted it two months later": 1989
        first, last = reference.start, reference.end  # (as near as the text tells)
        value, granularity = reference.value, Granularity.YEAR
    elif unit == "Y" and reference.granularity is not EventGranularity.DECADE:
        year = origin.year + count
        if not 1 <= year <= 9999:
            return None
        first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
        value, granularity = f"{year:04d}", Granularity.YEAR
    else:
        return None
    return trusted(TimeExpression, {
        "text": text[start:end], "start": start, "end": end, "type": TimexType.DATE,
        "value": value, "mod": None, "granularity": granularity, "start_date": first,
        "end_date": last,
    })  # fmt: skip


def event_date(expression: TimeExpression) -> EventDate | None:
    """The calendar date an event gets from a DATE or TIME expression; None when the
    expression denotes no interval (or one coarser than a decade)."""
    if expression.start_date is None or expression.end_date is None:
        return None
    granularity = TO_EVENT_GRANULARITY.get(expression.granularity or Granularity.DAY)
    if granularity is None:
        return None
    value = expression.value
    if value.isdigit() and SPLIT_YEARS.search(expression.text):
        # "the 2016-17 school year", 2017 in TimeML's drawing: its first year, as a range's
        value = f"{expression.start_date.year:04d}"  # first end is (the interval both)
    # A validated TimeExpression's fields have EventDate's types, and its interval is
    # in order: no validation needed (`trusted`).
    return trusted(EventDate, {
        "value": value,
        "start": expression.start_date,
        "end": expression.end_date,
        "granularity": granularity,
        "text": expression.text,
        "mod": expression.mod,
    })  # fmt: skip


_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*", re.IGNORECASE)
_BETWEEN_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
# "in the late summer or early fall of 2018", "in March or April": one span, either end
_OR_JOIN = re.compile(r"\s+or\s+(?:(?:in|on|by|at)\s+)?", re.IGNORECASE)
# "began a filibuster at 9:30 p.m. Wednesday that lasted until nearly 4 a.m. Thursday":
# what began at the first date went on until the second, one span
_LASTED_JOIN = re.compile(
    r",?\s+(?:that|which|and)\s+(?:lasted|ran|continued|stretched|went\s+on|dragged\s+on)"
    r"\s+(?:until|till|into|through)\s+",
    re.IGNORECASE,
)
# "moved from Monday to Wednesday", "postponed from March 3 to March 10": two dates, one
# of them given up, not a span of days
_RESCHEDULED = re.compile(  # (a verb, not a noun: "The cuts will run from 1 February to")
    r"\b(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bthese\s)"
    r"(?:mov|postpon|delay|push|brought|bring|chang|reschedul|shift|switch|advanc|"
    r"put\s+off|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)cut|rais|increas|reduc|extend)\w*\b[^,;]*$",
    re.IGNORECASE,
)
RESCHEDULE_REACH = 120  # characters before a range searched for "moved", "postponed"
# (not "Electricity was cut ... from 19:40 on Monday to 01:15 on Tuesday", "rain fell ...
# from Saturday night to Tuesday": one span)
_DAY_SPAN = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b")
RangeDates = tuple[dict[int, EventDate], set[int]]


# Between the days of a list: "Sept. 3, 4 and 5", "on 30 September and 1 October"
_LIST_JOIN = re.compile(r",[ \t]*(?:and[ \t]+)?|,?[ \t]+and[ \t]+", re.IGNORECASE)


def _last_day_running(
    text: str, dates: list[tuple[TimeExpression, EventDate | None]], index: int
) -> int:
    """The index of the last of the days running on from date `index`, one a day, in a list
    that ends with "and" ("The first two runs, on Monday and Tuesday, were fast", "held on
    Sept. 3, 4 and 5"); `index` itself when none does. Not "arrested him on Monday and the
    following day charged him": a clause of its own."""
    last, closed = index, index
    while last + 1 < len(dates):
        (before, before_date), (after, after_date) = dates[last], dates[last + 1]
        join = _LIST_JOIN.fullmatch(text, before.end, after.start)
        if (
            join is None
            or before_date is None
            or after_date is None
            or before.type is not TimexType.DATE
            or after.type is not TimexType.DATE
            or before_date.granularity is not EventGranularity.DAY
            or after_date.granularity is not EventGranularity.DAY
            or (after_date.start - before_date.end).days != 1
            or _opens_own_clause(text, before, after)
        ):
            break
        last += 1
        if "and" in join.group(0).lower():
            closed = last
            break
    return closed


def date_ranges(
    text: str, sentence: tuple[int, int], dates: list[tuple[TimeExpression, EventDate | None]]
) -> RangeDates:
    """Ranges written as one phrase: "from 25 to 27 March", "between May and July",
    "March 25-27". The first end's index maps to the date of the whole span, and the
    second end's index is in the set: it makes no event of its own."""
    spans: dict[int, EventDate] = {}
    seconds: set[int] = set()
    for index, (expression, date) in enumerate(dates):
        if date is None or index in seconds:
            continue
        run_end = _last_day_running(text, dates, index)
        if run_end > index:  # "on Monday and Tuesday", "on Sept. 3, 4 and 5": one span
            final, final_date = dates[run_end]
            spans[index] = date.model_copy(update={
                "end": final_date.end if final_date else date.end,
                "text": text[expression.start : final.end]})  # fmt: skip
            seconds.update(range(index + 1, run_end + 1))
            continue
        days = _DAY_SPAN.search(expression.text)
        if days and date.granularity is EventGranularity.DAY and int(days[2]) > int(days[1]):
            last = safe_day(date.start.year, date.start.month, int(days[2]))
            if last is not None:  # "March 25-27"
                spans[index] = date.model_copy(update={"end": last})
            continue
        if index + 1 >= len(dates):
            continue
        second, end = dates[index + 1]
        if end is None or end.granularity is not date.granularity or end.start < date.start:
            continue
        if _in_other_place(text, expression, second):
            continue  # "at 2.30pm AEDT on February 4 — 3.30am in Liverpool": one moment
        if end.start == date.start and not (  # "from noon to 4 p.m. on Saturday"
            expression.type is TimexType.TIME
            and second.type is TimexType.TIME
            and second.value > expression.value
        ):
            continue
        opened = found_before(_RANGE_OPENS, text, sentence, expression, 9)
        joined = (
            _RANGE_JOIN.fullmatch(text, expression.end, second.start)
            or (opened and _BETWEEN_JOIN.fullmatch(text, expression.end, second.start))
            or _LASTED_JOIN.fullmatch(text, expression.end, second.start)
            or _OR_JOIN.fullmatch(text, expression.end, second.start)
        )
        lead = max(sentence[0], expression.start - RESCHEDULE_REACH)
        between = opened is not None and opened.group(0).lower().startswith("between")
        season = text[expression.end : second.start] in ("-", "–", "/") and len(second.text) == 2
        # ("the 2026-27 academic year", "in 2043/44": one phrase, whatever verb leads to it)
        if not season and (not joined or (
            not between and _RESCHEDULED.search(text, lead, expression.start)
        )):  # ("rose 41 percent between 2018 and 2024": a span, not a change of date)
            continue
        spans[index] = date.model_copy(update={
            "end": end.end, "text": text[expression.start : second.end]})  # fmt: skip
        seconds.add(index + 1)
    return spans, seconds


# A date that is only a yardstick: "the first time since 2018", "its highest level since
# January 1982", "up 5% compared with a year earlier", "down from a year ago".
SUPERLATIVES = (
    "first highest lowest biggest largest smallest fastest slowest worst best strongest "
    "weakest deepest sharpest steepest heaviest longest shortest greatest"
).split()
# A superlative of the period the paper is in, set beside a figure: "..., the lowest reading
# in Mongolia this winter", "..., its highest level so far this year"
_SUPERLATIVE_BEFORE = re.compile(
    r",[ \t]+(?:the|its|their|a)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?:{'|'.join(SUPERLATIVES)}|warmest|coldest|hottest|wettest|driest|heaviest|record)\b"
    r"[^,;.]{0,40}?\s(?:so\s+far\s+)?$"
)  # (set off by a comma: not "its reservoirs fell to their lowest level on record this
# week", when they fell)
_THIS_PERIOD = re.compile(
    r"(?:this|so\s+far\s+this)\s+(?:year|month|week|season|spring|summer|fall|autumn|winter)$",
    re.IGNORECASE,
)
_SUPERLATIVE_SINCE = re.compile(
    rf"\b(?:{'|'.join(SUPERLATIVES)}|most|least|record|warmest|coldest|hottest|wettest|"
    r"driest|only|latest|earliest)\b[^,;.]{0,50}?\bsince\s+(?:at\s+least\s+)?"
    r"(?:the\s+(?:(?:[\w-]+\s+){1,3}?(?:of|in)\s+)?)?$"  # ("since the July tournament of
    # 2030": its month and its year)
    # a bare since-date further back: "the first running of Friesland's 200-kilometre race
    # on natural ice since 4 January 1997"
    rf"|\b(?:{'|'.join(SUPERLATIVES)}|only)\b[^,;.]{{0,70}}?\bsince\s+$"
    # or a superlative since a clause's date: "their biggest one-day drop since the company
    # listed in 2017" (not "at least three times since he arrived on April 6": he did)
    rf"|\b(?:{'|'.join(SUPERLATIVES)}|record)\b[^,;.]{{0,50}}?\bsince\s+"
    r"(?:the|its|their|it|they|he|she|we)\s+[^,;.]{0,40}?\s(?:in|on)\s+$"
    # or since someone else's time: "the first British rider to win the Vuelta since Simon
    # Yates in 2018"
    rf"|\b(?:{'|'.join(SUPERLATIVES)}|only)\b[^,;.]{{0,60}}?\bsince\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}"
    r"(?:in|on)\s+$",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against|behind\s+only|trailing\s+only|"
    r"beating|topping|surpassing|eclipsing|outpacing|"
    r"as\s+(?!(?:early|late|soon|recently|far|long|well|much|many|of)\b)[a-z]+\s+as|"  # as bad as
    r"for\s+the\s+(?:[a-z]+th|first|second|third|last)\s+time\s+in)"  # the fourth time in 2025
    r"\s+(?:(?:in|on|at|during|for)\s+)?(?:(?:all|the\s+whole)\s+(?:of\s+)?)?$",  # "more
    # than in all of", "more than in the whole of"
    re.IGNORECASE,
)
# A currency before an amount: "$", "£", "Rs", "A$", "J$", "TT$", "RM", "KSh", "USD 5" ...
CURRENCY = r"(?:[$£€¥₹₦₱₩]|[A-Z]{1,3}\$|Rs\.?|RM|Rp|Tk|KSh|Sh|R(?=\d)|(?-i:[A-Z]{3})[ \t]?(?=\d))"
# A figure it is compared with, then its date: "down from nearly 80% in 2017", "up from
# $356 million, or $1.79 a share, a year earlier".
_FIGURE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|versus|against)\s+"
    r"(?:(?:a|an|the|its|their)\s+(?:(?:all-time|record|previous|recent)\s+)?"
    r"(?:peak|high|low|record|level|total)\s+of\s+)?"  # ("from a peak of 3,450 students in")
    r"(?:(?:about|nearly|almost|around|roughly|some|just|over|under)\s+)?"
    rf"(?:{CURRENCY}\s?\d[\d.,]*(?:\s*(?:million|billion|trillion|[mb]n)\b)?|\d{{1,3}}(?:,\d{{3}})+|"
    r"\d[\d.,]*\s*(?:%|percent\b|per\s*cent\b|(?:percentage\s+)?points?\b|million\b|"
    r"billion\b|trillion\b))"
    r"(?:(?!\b(?:in|on|at|during)\s)[^;()]){0,60}?\s(?:(?:in|on|at|during)\s+)?$",
    re.IGNORECASE,
)
_TO_FIGURE_BEFORE = re.compile(
    rf"\bto\s+{CURRENCY}?\s?\d[\d.,]*\s*(?:%|[a-z]+)?\s+$", re.IGNORECASE
)  # "cut its target to Rs 420 | from Rs 610": a change, not a figure compared with
_TO_FIGURE_AFTER = re.compile(rf"\bto[ \t]+{CURRENCY}?[ \t]?\d", re.IGNORECASE)  # from X to Y
_PRICE_BASE_BEFORE = re.compile(r"\b(?:premium|discount)\s+(?:to|over|on|of|from)\b[^;.]*$",
                                re.IGNORECASE)  # fmt: skip
# The date of a record compared with: "above the previous record, set in June 2008".
_RECORD_SET_BEFORE = re.compile(
    r"\b(?:records?|marks?)\b(?:[^;.]|\.(?=\d)){0,40}?\b(?:set|established|reached|"
    r"first\s+reached|hit)\s+(?:(?:in|on|during)\s+)?$",
    re.IGNORECASE,
)
# Not when something happened but what the news is measured from: "since records began
# in 1880", "have not won a statewide race since 1994", "has climbed since the 1970s"
# (a span that started then), "typically begins in late June" (a habit).
_RECORDS_BEGAN_BEFORE = re.compile(
    r"\bsince\s+(?:global\s+|national\s+|reliable\s+)?(?:records|record-keeping|"
    r"recordkeeping|measurements|observations)\s+(?:began|started)\s+(?:in\s+)?$"
    # "since the Environment Ministry began keeping records in fiscal 2006"
    r"|\bsince\s+(?:[\w.'’-]+\s+){0,5}?(?:began|started)\s+(?:keeping|collecting|compiling)\s+"
    r"(?:records|data|statistics|figures)\s+(?:in\s+)?$",
    re.IGNORECASE,
)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid|the)[\s-]+)?$", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?:\bnot\b|n't\b|\bnever\b)[^;.]*$", re.IGNORECASE)
_PERFECT_OR_NOT = re.compile(
    r"\b(?:has|have|had|hasn't|haven't|hadn't|not|never|no)\b[^;.]*$", re.IGNORECASE
)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:when|and|or|but|as|to|in|on|at|for|with|after|until|the|a|an|its|his|her|"
    r"their|every|each|all|this|these|most|many|some)\b)[a-z]"
)
# A perfect after an opening "since" date: "Since 2052 the law has required", "Since 2019,
# no ship has called"
_PERFECT_AFTER = re.compile(
    r",?[ \t]+[^,;.:!?]{0,60}?\b(?:has|have|hasn't|haven't)[ \t]+(?:not[ \t]+|never[ \t]+)?"
    r"(?:been|[a-z]{3,}ed|[a-z]+en)\b"
)
_HABIT_BEFORE = re.compile(
    r"\b(?:typically|usually|normally|generally|traditionally|often|always)\b[^;,.]{0,40}$"
    r"|\bused\s+to\b(?:(?!\b(?:but|and|until\s+he|until\s+she)\b)[^;,.]){0,40}$",
    re.IGNORECASE,
)
_WHEN_AFTER = re.compile(
    r",?\s+(?:when\s+|the\s+(?:year|month|week|day)\s+(?!(?:before|after|of)\b)"
    r"(?:that\s+|when\s+)?)[^.;,\s]+(?:\s+[^.;,\s]+){2}"
)  # three words or more


_PERSON_SINCE = re.compile(r"\bsince\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:in|on)\s+$")
_AGE_WHEN = re.compile(
    r",?\s+when\s+(?:he|she|I|we|they|you)\s+(?:was|were)\s+(?:\d|young\b|little\b|"
    r"a\s+(?:child|boy|girl|teenager|kid|student|baby)\b)"
)


def has_own_news(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """Whether a yardstick date tells news of its own: a "when" clause ("as bad as 2022,
    when heat waves hit", "since 2015, the year a Saudi-led coalition intervened"), or
    the last time something happened ("have not won a statewide race since 1994"): then
    it makes an event after all."""
    if (
        (when := _WHEN_AFTER.match(text, expression.end))
        and not _AGE_WHEN.match(text, expression.end)
        and (when.group(0).startswith(",")
             or not found_before(_PERSON_SINCE, text, sentence, expression, 40))
    ):  # (not "since Simon Yates in 2018 when he rolled across the line": his, no comma)
        return True  # (not "until midnight when he was 12": an age, no news)
    lo = max(sentence[0], expression.start - 120)
    return bool(
        found_before(SINCE_BEFORE, text, sentence, expression, 12)
        and _NOT_BEFORE.search(text, lo, expression.start)
    )


FIGURE_REACH = 100  # characters before a date searched for the figure it is compared with
_FROM_BEFORE = re.compile(r"\b(?:from|over)\s+$", re.IGNORECASE)
_YEAR_AGO = re.compile(
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:same\s+period\s+)?last\s+year|"
    r"the\s+(?:year[\s-](?:ago|earlier)|previous\s+year|prior\s+year)",
    re.IGNORECASE,
)


# The end of a span still to come, not a happening: "raises of 3 percent a year through
# 2028", "closed until at least Monday". Not a span that ended ("was a trustee until
# 1974": then it ended) nor "did not cut rates until June" (then the cut is in June).
_SPAN_END_BEFORE = re.compile(r"\b(?:through|thru|until|till|before)(?:\s+at\s+least)?\s+$",
                              re.IGNORECASE)  # fmt: skip
_NOT_BEFORE_UNTIL = re.compile(NOT_UNTIL_PATTERN, re.IGNORECASE)


_CLOCK_OF_DAY_GAP = re.compile(r",?[ \t]+at[ \t]+")
_NARROWED_GAP = re.compile(r",[ \t]+in[ \t]+")
_SAME_DAY = re.compile(r"(?:the\s+same|that\s+same|that)\s+(?:day|week|month|year)",
                       re.IGNORECASE)  # fmt: skip
_APPOSITION_GAP = re.compile(r"\s*,\s*")


def is_purpose_ahead(
    text: str, sentence: tuple[int, int], expression: TimeExpression, published: dt.date | None
) -> bool:
    """Whether `expression` is a day still to come that a past clause worked towards
    ("Growers shipped a record 842 million stems for Valentine's Day", told before it): its
    purpose, not when it happened."""
    if published is None or expression.start_date is None or expression.start_date <= published:
        return False
    if not _HOLIDAY_NAME.search(expression.text) or any(c.isdigit() for c in expression.text):
        return False  # (a day by its date is a schedule: "a reception is planned for Jan. 28")
    return found_before(_PAST_THEN_FOR, text, sentence, expression, PURPOSE_REACH) is not None


_HOLIDAY_NAME = re.compile(
    r"\b(?:Day|Eve|Christmas|Easter|Hanukkah|Diwali|Eid|Ramadan|Thanksgiving|Halloween|"
    r"Navruz|Nowruz|Passover|Lent|New[ \t]+Year)\b"
)
# "for" a holiday, or for one of a list of them ("for the Christmas and New Year holidays")
_FOR_HOLIDAY_BEFORE = re.compile(
    r"\bfor[ \t]+(?:the[ \t]+)?"
    r"(?:[A-Z][\w'’]*(?:[ \t]+[A-Z][\w'’]*){0,3},?[ \t]+(?:and|or)[ \t]+)?$"
)
FOR_HOLIDAY_REACH = 50  # characters back from a holiday to its "for"


def _is_holiday_of_a_stay(text: str, expression: TimeExpression) -> bool:
    """Whether `expression` is a holiday by name after "for": what someone came, stayed
    or bought for, no happening's day when the sentence tells one of its own."""
    return (
        _HOLIDAY_NAME.search(expression.text) is not None
        and not any(c.isdigit() for c in expression.text)
        and _FOR_HOLIDAY_BEFORE.search(
            text, max(0, expression.start - FOR_HOLIDAY_REACH), expression.start
        ) is not None
    )


_PAST_THEN_FOR = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b[^,;.:]{{0,80}}?[ \t]for[ \t]+(?:the[ \t]+)?$"
)
PURPOSE_REACH = 120  # characters back from a day to the past verb that worked towards it
# A day a holiday falls on, told as the calendar's ("where Valentine's Day falls on Sunday")
_FALLS_BEFORE = re.compile(
    r"\bfalls[ \t]+(?:(?:[^,;.]{0,40}?[ \t])?(?:on|in)[ \t]+(?:the[ \t]+(?:[\w-]+[ \t]+){1,3}"
    r"of[ \t]+(?:the[ \t]+)?)?|[a-z]{2,}ly[ \t]+)$"
)  # ("falls on the second day of the National Day holiday", "falls unusually late this year")


def is_span_end_ahead(
    text: str, sentence: tuple[int, int], expression: TimeExpression, published: dt.date | None
) -> bool:
    """Whether `expression` only ends a span after the publication date ("through 2028")."""
    if published is None or expression.start_date is None or expression.start_date <= published:
        return False
    lo = max(sentence[0], expression.start - 20)
    if (
        not _SPAN_END_BEFORE.search(text, lo, expression.start)
        or HAS_UNTIL_BEFORE.search(text, lo, expression.start)  # "has until Dec. 1 to"
        or text.startswith(("'s", "’s"), expression.end)  # "before next week's talks"
    ):
        return False
    return not found_before(_NOT_BEFORE_UNTIL, text, sentence, expression, 90)


# A year that names a thing, not when the clause happened: "found that the 2021 law",
# "the state's 2014 groundwater act", "announce its 2025-26 schedule". After a preposition
# the phrase may date the clause ("during the 2008 crisis", "in a 2019 interview"); a
# proper name is an event ("the 1968 Democratic National Convention").
_YEAR_TEXT = re.compile(r"\d{4}(?:[-–/]\d{2})?")
_THING_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:the|a|an|its|their|his|her|our|this|that|[A-Za-z]+['’]s)\s+$", re.IGNORECASE
)
_PREPOSITION_THEN_DETERMINER = re.compile(
    r"\b(?:in|on|at|during|after|before|since|until|through|for|by|from|about|amid|"
    r"following|over|under|with|without|of)\s+\S+\s+$",
    re.IGNORECASE,
)
_LOWERCASE_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b(?!\s+(?:was|were|is|are)\b)")
_NOUN_THEN_BE = re.compile(r"\s+[a-z][a-z-]+\s+(?:was|were|is|are)\b")


# "whose fiscal year begins in November": when a company's year runs, no happening
_FISCAL_YEAR_BOUND = re.compile(
    r"\b(?:fiscal|financial)\s+(?:(?:first|second|third|fourth)\s+)?(?:years?|quarters?|"
    r"(?:19|20)\d\d,?)\s+(?:(?:that|which)\s+)?(?:begins?|began|starts?|started|ends?|runs?|"
    r"ran|closes?)\s+(?:(?:in|on|at|from)\s+)?$",  # ("in the fiscal year that began in April",
    # "For fiscal 2090, which began Oct. 1, the company expects"; one that "ended in
    # December" is the year to it)
    re.IGNORECASE,
)
# "whose fiscal first quarter ends Feb. 28": the period a company's calendar names
_WHOSE_BEFORE = re.compile(r"\bwhose\s+$", re.IGNORECASE)
_BOUND_VERB_AFTER = re.compile(r"\s+(?:begins?|starts?|ends?|runs?|closes?)\b", re.IGNORECASE)


_BARE_PART_OF_DAY = re.compile(r"(?i:the\s+(?:morning|afternoon|evening|night))")
_LASTING_BEFORE = re.compile(rf"\b(?:{LASTING_BEFORE_RE})\s+$")  # (not "in the morning")
_NOT_FINER = (None, Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY)
_DAY_PRECISE = (Granularity.DAY, Granularity.TIME)
# The edge of a period a day is told by: "after [the end of the quarter]", "after the
# close of [trading]"
_EDGE_OF = r"the\s+(?:end|close|start|beginning)\s+of\s+"
_PERIOD_EDGE_BEFORE = re.compile(
    rf"\b(?:after|before|since|at|by|from)\s+(?P<edge>{_EDGE_OF})?$", re.IGNORECASE)
_PERIOD_EDGE = re.compile(_EDGE_OF, re.IGNORECASE)
_QUARTER_OR_HALF = re.compile(r"-[QH]\d")


def _is_period_edge(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """Whether `expression` is told by its edge after a preposition ("after the end of
    [trading]"), the edge just before it or, for a quarter or half, in its span ("after
    [the end of the quarter]")."""
    before = found_before(_PERIOD_EDGE_BEFORE, text, sentence, expression, 30)
    return before is not None and (
        before.group("edge") is not None
        or (_PERIOD_EDGE.match(expression.text) is not None
            and _QUARTER_OR_HALF.search(expression.value) is not None))  # fmt: skip


_LAW_NAME_BEFORE = re.compile(
    r"\b(?:Act|Bill|Regulations|Order|Code|Rules|Directive|Ordinance|Constitution\s+of\s+"
    r"[A-Z][a-z]+)(?:\s+of)?,?\s+$"
)  # ("the Underwater Cultural Heritage Act 2018", "the ... Act of 2015", "the Constitution
# of Kenya, 2010")


def year_in_a_name(text: str, expression: TimeExpression) -> bool:
    """Whether a bare year is part of a name: a law's ("the ... Act 2017"), a product's,
    a plan's or a games' ("Windows Server 2012", "Expansion Step 2035", "Brisbane 2032")."""
    if not _YEAR_TEXT.fullmatch(expression.text):
        return False
    return bool(
        _LAW_NAME_BEFORE.search(text, max(0, expression.start - 40), expression.start)
        or NAME_WORD_BEFORE.search(text, max(0, expression.start - 20), expression.start)
    )


def _names_a_thing(
    text: str, sentence: tuple[int, int], expression: TimeExpression, finer_other: bool = False
) -> bool:
    """Whether a bare year only names a thing (`_THING_DETERMINER_BEFORE` then a noun), or
    a month only says when a fiscal year begins or ends. `finer_other`: another date of
    the sentence, finer than a year, dates its clause; then a year naming a thing is no
    date of it in the subject or after a preposition either ("on Thursday found Darren
    Mott guilty ... in the 2024 killing of Naomi Ferrante")."""
    if found_before(_FISCAL_YEAR_BOUND, text, sentence, expression, 40):
        return True
    if found_before(_WHOSE_BEFORE, text, sentence, expression, 8) and (
        _BOUND_VERB_AFTER.match(text, expression.end)
    ):
        return True
    if _HOLIDAY_FELL_AFTER.match(text, expression.end) and not found_before(
        _ON_BEFORE_DATE, text, sentence, expression, 4
    ):  # "because New Year's Day fell on a Sunday": the calendar, no happening of the day
        return True
    if clock_names_a_thing(text, expression.start, expression.end):
        return True  # "as he queued for a 2.40pm flight to Accra": the flight's time
    if not _YEAR_TEXT.fullmatch(expression.text):
        return False
    if found_before(PLAN_FOR_BEFORE, text, sentence, expression, 40):
        return True  # "a 3.5% wage increase for 2050", "the draft finance law for 2050"
    if year_in_a_name(text, expression):
        return True  # "the Underwater Cultural Heritage Act 2018", "Windows Server 2012"
    if _HAPPENING_NOUN_AFTER.match(text, expression.end):
        return False  # "they lost the 2049 final", "won the 2044 election": that year's
    lo = max(sentence[0], expression.start - 30)
    determiner = _THING_DETERMINER_BEFORE.search(text, lo, expression.start)
    return bool(
        determiner
        and (text[sentence[0] : determiner.start()].strip(" \"'“‘`")  # not the subject: "A
             or finer_other)  # 1996 law strengthened" (but "A 1991 canvas ... sold ... in
        and (_LOWERCASE_NOUN_AFTER.match(text, expression.end)  # May 2021": May's)
             or (finer_other and _NOUN_THEN_BE.match(text, expression.end)))
        and (finer_other or not _PREPOSITION_THEN_DETERMINER.search(text, lo, expression.start))
    )


# A noun of a happening after a year: "the 2049 final", "the 2044 election" (the year dates
# it, as it does not "the 2021 law")
_HAPPENING_NOUN_AFTER = re.compile(
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:finals?|elections?|championships?|tournament|match|race|"
    r"marathon|derby|war|crisis|floods?|earthquake|quake|coup|referendum|olympics|games|"
    r"world[ \t]+cup|summit|census|uprising|revolution|eruption|tsunami|hurricane|cyclone|"
    r"typhoon|storm|drought|famine|riots?|massacre|bombings?|attacks?)\b"
)
# A day told by the weekday it falls on ("New Year's Day fell on a Sunday")
_HOLIDAY_FELL_AFTER = re.compile(
    r"[ \t]+(?:fell|falls|fall|will[ \t]+fall)[ \t]+on[ \t]+(?:a[ \t]+)?"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
_ON_BEFORE_DATE = re.compile(r"\bon\s+$")
# One of these words close before a date may make it a yardstick (`_is_measure`).
_BARE_SEASONS = frozenset(SEASONS)
# A change measured since a date: "down 89% since the 1990s", "up 12 per cent since 2040"
_CHANGE_SINCE = re.compile(
    r"\b(?:down|up|fallen|risen|fell|rose|dropped|grown|shrunk)[ \t]+(?:by[ \t]+)?"
    r"(?:almost[ \t]+|nearly[ \t]+|about[ \t]+|more[ \t]+than[ \t]+)?\d[\d.,]*[ \t]*"
    r"(?:%|per[ \t]?cent\b|percent\b)[^,;.]{0,20}?[ \t]since[ \t]+"
    r"(?:(?:the|early|late|mid)[\s-]+)*$",
    re.IGNORECASE,
)
_YARDSTICK_HINT = re.compile(
    r"premium|discount|[Ss]ince|typically|usually|normally|generally|traditionally|often|always|"
    r"record|mark|used\s+to"
)


def _is_measure(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """The yardsticks `_YARDSTICK_HINT` hints at: the day of a price a premium is measured
    from, a span since a date, the start of records, a habit, a record set then."""
    start = expression.start
    lo = max(sentence[0], start - 70)
    if _PRICE_BASE_BEFORE.search(text, lo, start):
        return True  # "a 30 percent premium to Midland's closing price on Friday"
    lo = max(sentence[0], start - 60)
    if _RECORDS_BEGAN_BEFORE.search(text, lo, start) or (
        SINCE_BEFORE.search(text, max(sentence[0], start - 12), start)
        and not _NOUN_AFTER.match(text, expression.end)  # "since the 1998 bombing"
        and (_PERFECT_OR_NOT.search(text, max(sentence[0], start - 120), start)
             or _PERFECT_AFTER.match(text, expression.end, sentence[1]))
    ):  # ("Since 2052 the law has required boats to carry a beacon": a state since then)
        return True
    return bool(_HABIT_BEFORE.search(text, lo, start) or _RECORD_SET_BEFORE.search(text, lo, start))


# A change measured against a period, as British copy writes it: "down 12% on last year",
# "up 3.1 per cent on the same month a year ago"
_CHANGE_ON = re.compile(
    r"\b(?:up|down|higher|lower|rise|fall|increase|decrease|drop)\s+(?:of\s+)?"
    r"(?:by\s+)?[\d.,]+\s*(?:%|per\s*cent|percent)\s+on\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# The figure a change is measured from and its date: "up from five the year before", "down
# from $91.0 million a year earlier", "up from 19 in 2020"
_CHANGED_FROM = re.compile(
    r"\b(?:up|down|higher|lower|rising|falling|rose|fell|climbed|dropped|increased|decreased)"
    rf"\s+from\s+(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+)?{CURRENCY}?(?:[\d.,]+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s*(?:%|per\s*cent|percent|"
    r"million|billion|bn|m|cents?))?(?:\s+[a-z]+){0,2}?[\s,]+(?:in\s+|on\s+|at\s+|during\s+)?$",
    re.IGNORECASE,
)
# The same period compared with: "higher than in the same weeks last year", "than the
# corresponding quarter of 2026"
_SAME_PERIOD_THAN = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|against)\s+(?:in\s+|during\s+|for\s+)?(?:the\s+)?"
    r"(?:same|comparable|corresponding|equivalent)\s+(?:[a-z-]+\s+){1,3}?(?:of\s+|in\s+)?$",
    re.IGNORECASE,
)
_PERIOD_BACK = re.compile(r"(?:last|previous|prior|same|a\s+year)\b", re.IGNORECASE)


def is_yardstick(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """Whether `expression` is a yardstick, not when something happened: after a
    superlative's "since", after "than"/"compared with"/"as bad as", a year back after
    "from", the date of a figure compared with ("down from 80% in 2017") or of a record
    ("the previous record, set in June 2008")."""
    if expression.text.lower() in _BARE_SEASONS:
        return True  # "keep flying the route in winter": any winter, a habit
    near = max(sentence[0], expression.start - 24)
    if _COMPARED_BEFORE.search(text, near, expression.start):
        return True
    if REACHING_BACK.search(text, near, expression.start):
        return True  # "bound volumes of local newspapers going back to 1871": how far back
    if found_before(_YARDSTICK_HINT, text, sentence, expression, 70):
        if _is_measure(text, sentence, expression):
            return True
    if found_before(_FROM_BEFORE, text, sentence, expression, 6):
        return bool(_YEAR_AGO.fullmatch(expression.text))
    if found_before(_SAME_PERIOD_THAN, text, sentence, expression, 50):
        return True  # "4 per cent higher than in the same weeks last year"
    if found_before(_CHANGED_FROM, text, sentence, expression, 60):
        return True  # "charged 14 people ..., up from five the year before": the figure's
    if _CHANGE_ON.search(text, near, expression.start) and _PERIOD_BACK.match(expression.text):
        return True  # "applications are down 12% on last year": compared with it (not
        # "shares closed down 2.3% on Thursday": that day's close)
    lo = max(sentence[0], expression.start - FIGURE_REACH)
    between = text[lo : expression.start]
    if ("from" in between or "compared" in between or "against" in between) and (
        figure := _FIGURE_BEFORE.search(text, lo, expression.start)
    ) and not _TO_FIGURE_BEFORE.search(text, max(lo - 30, sentence[0]), figure.start()) and not (
        _TO_FIGURE_AFTER.search(text, figure.start(), expression.start)
    ):
        return True  # (not "cut its target to Rs 420 from Rs 610 early on Thursday" or "to
        # increase the fare from N$10 to N$14 at a meeting that ended at 11.20pm": the
        # change's day, the figures its ends)
    if _THIS_PERIOD.match(expression.text) and _SUPERLATIVE_BEFORE.search(
        text, max(sentence[0], expression.start - 50), expression.start
    ):
        return True  # "fell to minus 49, the lowest reading in Mongolia this winter"
    if "since" not in text[max(sentence[0], expression.start - 60) : expression.start]:
        return False  # (the superlative's "since" is close before the date)
    if _CHANGE_SINCE.search(text, max(sentence[0], expression.start - 60), expression.start):
        return True  # "chambo catch down 89% since the 1990s": the figure's base
    lo = max(sentence[0], expression.start - 80)
    return bool(_SUPERLATIVE_SINCE.search(text, lo, expression.start))


# "and" before a date told by itself ("last month", "this week") and a past verb: a
# clause of its own ("indicted him on Dec. 27 and last month asked the court"), no list
_AND_ONLY = re.compile(r"[ \t]+and[ \t]+")
_DEICTIC_DATE = re.compile(
    r"(?i:last|this|next|earlier|later|yesterday|the[ \t]+(?:next|following|previous|same))\b"
)  # ("arrived on Sunday evening and the next morning lowered instruments")
_PAST_VERB_NEXT = re.compile(rf"[ \t]+(?:also[ \t]+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PAST})\b")


def _opens_own_clause(text: str, previous: TimeExpression, expression: TimeExpression) -> bool:
    """Whether `expression`, after `previous` and "and", opens a clause with a verb of its
    own rather than closing a list of dates ("on Dec. 27 and last month asked the court",
    not "on Monday and Tuesday", "in 2019 and 2020")."""
    return bool(
        _AND_ONLY.fullmatch(text, previous.end, expression.start)
        and _DEICTIC_DATE.match(expression.text)
        and _PAST_VERB_NEXT.match(text, expression.end)
    )


# Between a clock time and the same moment in another zone, or the day it is on:
# "10:35 a.m. (0735 GMT) Friday", "1:47 a.m. EST (0647 GMT) on Tuesday".
_PERIOD_ENDED = re.compile(
    r",?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends)\s+(?:(?:in|on)\s+)?"
)
_PERIODS = frozenset({Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.YEAR})
_TIME_OF_DAY = re.compile(
    r",?[ \t]+(?:(?:shortly|just|soon)[ \t]+)?(?:at|from|by|around|about|after|before)[ \t]+"
)
_OTHER_ZONE_OPENS = re.compile(r"[ \t]*[(\[][ \t]*")  # ("at about 0400 [0700 GMT]")
# The same moment told in another place's time: "at 23:00 UTC on Monday, which was midday
# on Tuesday in New Zealand", "at 2.30pm AEDT on February 4 — 3.30am in Liverpool".
_OTHER_PLACE_OPENS = re.compile(
    r"(?:[ \t]+(?:in|on)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+(?:and[ \t]+|de[ \t]+)?[A-Z][\w.'’-]*){0,3})?"
    r"(?:,?[ \t]+(?:[A-Z][\w.'’-]*[ \t]+)?(?:local[ \t]+)?time)?"  # ", Niue time, which was"
    r"(?:,[ \t]+(?:which[ \t]+(?:was|is|will[ \t]+be)|or)|[ \t]*[—–]|[ \t]+--?|,|[ \t]+and)"
    r"[ \t]+"  # ("... in Washington, or"; "at 10:21 a.m. Sunday local time, 12:21 p.m.
)  # Saturday in Honolulu"; "noon in Manaus and Cuiabá, 11 a.m. in Rio Branco and 2 p.m. on
# Fernando de Noronha": each place's time of one moment)
_OTHER_PLACE_AFTER = re.compile(r"[ \t]+(?:(?:in|on)[ \t]+(?:the[ \t]+)?[A-Z]|local[ \t]+time\b)")
_UNIVERSAL_TIME = re.compile(r"\b(?:UTC|GMT)\b")
_DAY_OF_TIME = re.compile(CLOCK_DAY_GAP)


def coordinated_groups(text: str, dated: list[TimeExpression]) -> list[int]:
    """For each date (in text order), the index of its phrase: dates with only a joining
    word, comma or dash between them are one phrase ("in the late 1980s and early
    1990s", "in 1989, 1992 and 1995", "from Monday to Wednesday"), and so are a clock
    time, the same time in another zone and the day it is on ("at 10:35 a.m. (0735 GMT)
    Friday")."""
    restating = restatements(text, dated) - {
        index for index in range(1, len(dated))
        if _in_other_place(text, dated[index - 1], dated[index])
    }  # (its own phrase, which ends the clause: "..., which was midday in New Zealand")
    vaguer = vaguer_appositions(text, dated)
    groups: list[int] = []
    for index, expression in enumerate(dated):
        previous = dated[index - 1] if index else None
        joined = index in restating or index - 1 in vaguer or (
            previous is not None
            and previous.end <= expression.start
            and bool(DATE_JOINER.fullmatch(text, previous.end, expression.start))
            and not _opens_own_clause(text, previous, expression)
        )
        groups.append(groups[-1] if joined else index)
    return groups


_PERIOD_MONTHS = {Granularity.MONTH: 1, Granularity.QUARTER: 3, Granularity.HALF: 6,
                  Granularity.YEAR: 12}  # fmt: skip


def _fiscal_period(
    text: str, period: TimeExpression, day: TimeExpression
) -> Callable[[EventDate], EventDate] | None:
    """For a period that ends on a day outside its last month ("its fourth quarter ended
    June 30": a fiscal quarter, April to June; "its fiscal second quarter, which ended April
    30": February to April), what moves its event date onto the months it spans."""
    end, months = day.end_date, _PERIOD_MONTHS.get(period.granularity or Granularity.DAY)
    if (
        end is None
        or months is None
        or period.start_date is None
        or period.end_date is None
        or (period.start_date <= end <= period.end_date
            and end.month == period.end_date.month)  # in its last month: the calendar's
        or not _PERIOD_ENDED.fullmatch(text, period.end, day.start)
    ):
        return None
    index = end.year * 12 + end.month - months  # the first month, counted from year 0
    start = dt.date(index // 12, index % 12 + 1, 1)
    update: dict[str, object] = {"start": start, "end": end}
    if months == 12 and end.month == 12:  # "the fiscal year that ended in December": 2024
        update["value"] = f"{end.year:04d}"
    return lambda date: date.model_copy(update=update)


_APPOSED_REFINEMENT = re.compile(r"\s*,\s*(?:(?:in|on|at|during|from)\s+)?", re.IGNORECASE)
_VAGUE_FIRST = re.compile(
    r"\b(?:ago|earlier|later|before|after)$|^(?:earlier|later)\s+this\b|^(?:in\s+)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)$",
    re.IGNORECASE,
)  # ("Two decades ago, in", "Earlier this month, on 7 August", "in November, from Nov. 16")


def _inside(inner: TimeExpression, outer: TimeExpression) -> bool:
    """Whether `inner`'s interval lies within `outer`'s and is smaller."""
    if (
        inner.start_date is None or inner.end_date is None
        or outer.start_date is None or outer.end_date is None
    ):  # fmt: skip
        return False
    return (
        outer.start_date <= inner.start_date
        and inner.end_date <= outer.end_date
        and (outer.start_date, outer.end_date) != (inner.start_date, inner.end_date)
    )


def vaguer_appositions(text: str, dated: list[TimeExpression]) -> set[int]:
    """Indexes of dates that a finer date set beside them restates ("Two decades ago, in
    the summer of 2006,": the summer's event stands for both)."""
    return {
        index - 1
        for index in range(1, len(dated))
        if dated[index - 1].end <= dated[index].start
        and _VAGUE_FIRST.search(dated[index - 1].text)
        and _APPOSED_REFINEMENT.fullmatch(text, dated[index - 1].end, dated[index].start)
        and _inside(dated[index], dated[index - 1])
    }


def framing_dates(text: str, sentence: tuple[int, int], dated: list[TimeExpression]) -> set[int]:
    """The index of a period opening the sentence ("Last week,", "In January,") when a day
    inside it dates the same clause ("Last week, truckers blocked the road on Tuesday and
    Wednesday"): the day's event stands for both (not past a turn: "In January prices rose,
    and on Jan. 23 they fell")."""
    if len(dated) < 2 or dated[0].granularity not in _FRAMES or not _FRAME_OPENS.fullmatch(
        text, sentence[0], dated[0].start
    ):
        return set()
    for later in dated[1:]:
        if _CLAUSE_TURN.search(text, dated[0].end, later.start):
            return set()
        if later.granularity in (Granularity.TIME, Granularity.DAY) and _inside(later, dated[0]):
            return {0}
    return set()


_FRAMES = frozenset({Granularity.WEEK, Granularity.MONTH})
_AS_OF_BEFORE = re.compile(r"\b(?i:as[ \t]+of)[ \t]+(?:(?:about|around|early|late)[ \t]+)?$")
AS_OF_REACH = 16  # characters before a date searched for its "as of"
# An update note's label and its time, opening its paragraph: "UPDATE, 8.15am", "Updated
# 10:40", "[UPDATE 15:40]"
_UPDATE_LABEL_CLOCK = re.compile(
    rf"[ \t]*[\[(]?{UPDATE_WORD}[ \t]*,?[ \t]*{UPDATE_CLOCK_AT}\d{{1,2}}(?:[:.h]\d\d)?[ \t]*"
    r"(?:[AaPp]\.?[Mm]\.?)?"
)
_FRAME_OPENS = re.compile(r"[\s\"“]*(?:(?:in|during|earlier|later)[ \t]+)?", re.IGNORECASE)
_CLAUSE_TURN = re.compile(  # (and a subordinate clause: "In July, the company cut its
    # forecast after a power outage on July 2 halted a line": the outage's day)
    r"[,;][ \t]+(?:and|but|while|when|as|then)\b|;|[ \t]but[ \t]"
    r"|\b(?:after|before|because|since|until|following|when|while|which|who)\b",
    re.IGNORECASE,
)


_AGO = re.compile(r"\bago$", re.IGNORECASE)
AGO_SLACK_YEARS = 3  # "1987, nearly four decades ago" (1985 or so) restates the year


def _in_other_place(text: str, previous: TimeExpression, expression: TimeExpression) -> bool:
    """Whether `expression` tells the moment of clock time `previous` in another place's
    time ("at 23:00 UTC on Monday, which was midday on Tuesday in New Zealand")."""
    return (
        expression.type is TimexType.TIME
        and previous.type is TimexType.TIME
        and previous.end <= expression.start
        and _OTHER_PLACE_OPENS.fullmatch(text, previous.end, expression.start) is not None
        and _OTHER_PLACE_AFTER.match(text, expression.end) is not None
    )


# Between a day and the period holding it, or the day a weekday is told against
_OF_PERIOD = re.compile(r"[ \t]+(?:of[ \t]+)?")
_APPOSED_DAY_NAME = re.compile(APPOSED_WEEKDAY_LEAD)
_WEEKDAY_ALONE = re.compile(rf"(?i:{WEEKDAY_NAME_RE})")
_BEFORE_AFTER = re.compile(r"[ \t]+(?:before|after)[ \t]+")


_THE_DAY = re.compile(r"(?i:the[ \t]+(?:day|night|eve|morning|evening))")
_BEFORE_AFTER_THE = re.compile(_BEFORE_AFTER.pattern + r"(?:the[ \t]+)?")
_DAY_TOLD_FROM = re.compile(
    r"[ \t]*(?:,|—|–|--)[ \t]*the[ \t]+(?:day|night|eve|morning|evening|weekend)[ \t]+"
    r"(?:after|before)[ \t]+(?:the[ \t]+)?"
)


def restatements(text: str, dated: list[TimeExpression]) -> set[int]:
    """Indexes of the dates (in text order) that restate the date before them: the same
    clock time in another zone, in parentheses, and then the day it is on ("at 10:35
    a.m. (0735 GMT) Friday"); the last day of a period ("the quarter ended March 29").
    The first date's event stands for them."""
    found: set[int] = set()
    time: TimeExpression | None = None  # the clock time the dates just before restate
    for index in range(1, len(dated)):
        previous, expression = dated[index - 1], dated[index]
        if (
            previous.end <= expression.start
            and previous.start_date is not None
            and previous.start_date == expression.start_date
            and _WEEKDAY_ALONE.fullmatch(expression.text)
            and _APPOSED_DAY_NAME.fullmatch(text, previous.end, expression.start)
        ):  # "at 4 p.m. on June 12, a Friday,": the day named again
            found.add(index)
            continue
        if (
            _inside(expression, previous)
            and previous.end <= expression.start
            and HEDGED_REFINEMENT.fullmatch(text, previous.end, expression.start)
        ):  # "in the spring, probably in early May": the spring's event
            found.add(index)
            continue
        if previous.end <= expression.start and (
            (_inside(previous, expression)
             and _OF_PERIOD.fullmatch(text, previous.end, expression.start))
            or (_WEEKDAY_ALONE.fullmatch(previous.text)
                and _BEFORE_AFTER.fullmatch(text, previous.end, expression.start))
        ):  # "on Wednesday of last week", "on Wednesday last week": the week holds the
            found.add(index)  # day; "the Tuesday before Christmas": Christmas tells which
            continue
        if (
            previous.end <= expression.start
            and _AGO.search(expression.text)
            and text[previous.end : expression.start] in (", ", " — ", " -- ")
            and previous.start_date is not None and expression.start_date is not None
            and abs(previous.start_date.year - expression.start_date.year) <= AGO_SLACK_YEARS
        ):  # "The tribes sued in 1987, nearly four decades ago": the year's event
            found.add(index)
            continue
        if (
            previous.granularity in _PERIODS
            and (
                expression.granularity is Granularity.DAY
                or (expression.granularity is Granularity.MONTH
                    and previous.granularity is not Granularity.MONTH)
            )  # "the fiscal year that ended in December"
            and previous.end <= expression.start
            and _PERIOD_ENDED.fullmatch(text, previous.end, expression.start)
        ):  # "the quarter ended March 29", "its fiscal second quarter, which ended Dec. 31"
            found.add(index)  # the period's last day (of a fiscal period: not inside it)
            continue
        if (
            expression.type is TimexType.TIME
            and previous.type is TimexType.DATE
            and previous.granularity is Granularity.DAY
            and previous.end <= expression.start
            and expression.start_date == previous.start_date
            and _TIME_OF_DAY.fullmatch(text, previous.end, expression.start)
        ):
            found.add(index)  # "next Thursday at 7 p.m.": that day's event
            continue
        if _in_other_place(text, previous, expression):
            found.add(index)  # ", which was midday on Tuesday in New Zealand"
            continue
        if (
            previous.granularity is Granularity.DAY
            and expression.granularity is Granularity.DAY
            and previous.start_date is not None
            and expression.start_date == previous.start_date
            and text[previous.end : expression.start] in (", ", " — ", " – ", " -- ")
            and not expression.text.lower().startswith("the day")
        ):  # "on 23 September, the eve of Heritage Day": the same day (not "on March 13,
            found.add(index)  # the day after the blast", whose clause tells more)
            continue
        if previous.granularity is Granularity.DAY and previous.end <= expression.start and (
            _DAY_TOLD_FROM.fullmatch(text, previous.end, expression.start)
            or (_THE_DAY.fullmatch(previous.text)
                and _BEFORE_AFTER_THE.fullmatch(text, previous.end, expression.start))
        ):  # "lodged on 31 July, the day after the Independence Day parade": the day the
            found.add(index)  # holiday tells is the one before it, no event of its own
            continue
        if index - 1 not in found:
            time = previous if previous.type is TimexType.TIME else None
        if time is None or previous.end > expression.start:
            continue
        if expression.type is TimexType.TIME:
            if index - 1 not in found and _OTHER_ZONE_OPENS.fullmatch(
                text, previous.end, expression.start
            ):
                found.add(index)  # "(0735 GMT)", "(0200 GMT Wednesday)"
        elif (
            expression.granularity is Granularity.DAY
            and expression.start_date == time.start_date
            and _DAY_OF_TIME.fullmatch(text, previous.end, expression.start)
        ):
            found.add(index)  # "Friday", "on Tuesday"
    return found


_NAME_WORDS = re.compile(r"[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){1,3}")


def is_dateline(text: str, sentence: tuple[int, int], dated: list[TimeExpression]) -> bool:
    """A line that dates the article, not an event: mostly a date, or a byline and
    publication line ("By Jane Smith | Published 4:02 PM EDT, Wed March 16, 2022")."""
    covered = sum(e.end - e.start for e in dated)
    source = SOURCE_BEFORE_DATE.match(text, sentence[0], sentence[1])
    start = source.end() if source else sentence[0]  # "Philippine Daily Inquirer / 05:10 AM
    mostly_dates = covered >= DATELINE_COVERAGE * (sentence[1] - start)  # December 21, 2027"
    if not mostly_dates and PUBLISHED_LINE.match(text, sentence[0], sentence[1]):
        return True
    if not mostly_dates and sentence[1] - sentence[0] > DATELINE_MAX_CHARS:
        return False
    if (byline := DATED_BYLINE.fullmatch(text, sentence[0], sentence[1])) and any(
        e.start >= byline.start("date") for e in dated
    ):  # "By Dana Omarova in Sports on 17 April 2045"
        return True
    if (writer := WRITER_PLACE_BEFORE_DATE.match(text, sentence[0], sentence[1])) and any(
        e.start == writer.end() and not text[e.end : sentence[1]].strip(" .") for e in dated
    ):  # "Nino Gelashvili, Telavi — 20.09.2038"
        return True
    if (barred := WRITER_BAR_DATE.fullmatch(text, sentence[0], sentence[1])) and all(
        e.start >= barred.start("date") for e in dated
    ) and _NAME_WORDS.fullmatch(barred["writer"].strip()):  # "Hasan Al-Mahroos  |
        return True  # 10-12-2050  09:41": its writer and stamp
    rest, last = [], start  # the line without its dates and source (built when asked for)
    for expression in dated:
        rest.append(text[last : expression.start])
        last = expression.end
    rest.append(text[last : sentence[1]])
    words_left = " ".join(rest)
    if mostly_dates and not _VERB_LEFT.search(words_left):
        return True  # (not "It failed at 10:15 p.m. on Wednesday.")
    if PUBLISHED_LINE.match(text, sentence[0], sentence[1]) or AGENCY_TAG_LINE.fullmatch(
        text[sentence[0] : sentence[1]].strip()
    ):  # ("Cordoba, Argentina (SPX) May 10, 2033")
        return True
    if sentence[1] - sentence[0] > DATELINE_MAX_CHARS:
        return False
    return bool(_DATELINE_REST.fullmatch(words_left))  # only byline words left?


# A past verb among the words a mostly-dates line holds besides its dates: a sentence.
_VERB_LEFT = re.compile(
    rf"\b(?!updated|published|modified)[a-z]{{2,}}ed\b|\b(?:{IRREGULAR_PAST}|{SAME_FORM_PAST})\b"
)  # ("The army left three days after the election on March 2.", "Two hours before
# midnight on Thursday, the dam burst.")


# What a dateline holds besides its dates: "By Jane Smith and Bo Ma •", "· 4 min read",
# "Updated", "Wed".
_DATELINE_REST = re.compile(
    rf"(?:\s|[|•·,;:—–-]|\bBy\s+{BYLINE_NAMES}|\b{READING_TIME}\b|\b(?:Published|Updated|"
    r"Posted|Modified|Last|First|Originally|Stand|Uhr|on|at)\b|"
    # a writer's role, a stamp of how long ago: ", Staff Writer", "Updated 6 hrs ago"
    r"\b(?:Staff|Senior|Chief|Special|Contributing)\b|\b(?:[Ww]riter|[Rr]eporter|"
    r"[Cc]orrespondent|[Ee]ditor)s?\b|\b\d+\s*(?:hrs?|hours?|mins?|minutes?|days?)\s+ago\b|"
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?|"
    # a page's counters: "News ID: 51284", "Comments (3)", "Hits: 1,204"
    r"\b(?:News[ \t]+ID|ID|Comments?|Views?|Hits?)[ \t]*[:(]?[ \t]*[\d,]+\)?|"
    # another calendar's numeric date, which the resolver leaves: "1421/02/16", "141-02-12"
    r"\b\d{3,4}[/.-]\d{1,2}[/.-]\d{1,2}\b|"
    # a stamp's clock time: "5:12 PM EST"
    r"\b\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}\b)?|"
    # a wire dateline's place and agency: "CAMBRIDGE, Mass., May 19, 2027 —", "(AP)"
    r"\b[A-Z][A-Z'’.-]+\b|\b[A-Z][a-z]{1,5}\.|\((?:AP|Reuters|AFP|UPI|Xinhua|Bloomberg)\)|"
    # the outlet or section after a stamp's bar: "| dpa international", "| Sports, All"
    r"[|·•][^|·•\n]{1,40}$)*"
)
PUBLISHED_LINE = re.compile(
    rf"(?:{BYLINE_LEAD})?"
    rf"(?:{STAMP_PREFIX_PART}{{1,60}}?[ \t]+[|·•][ \t]+){{0,3}}?"  # "Debasish Mohanty |
    # TNN | Updated: ...", "Staff Correspondent, bdnews24.com · Published : ..."
    r"(?:(?:Last|First|Originally)\s+(?i:published|updated|posted|modified)"
    rf"|{POSTED_BY_ON}"  # ("Submitted by Ngwa Eric Tanyi on Tue, 09/03/2058")
    r"|Published|PUBLISHED|Updated|UPDATED|Posted|POSTED|Modified|Stand|Date(?=:)|Sent(?=:)"
    r"|Filed(?=:)|Corrected(?=:)|Transmitted(?=:)"  # (a wire item's "Filed: Sun 25.09.61")
    r"|(?i:for\s+(?:immediate\s+)?release|embargoed\s+(?:until|till))"  # (a release's)
    rf"|(?i:{FOREIGN_STAMP_LABELS}))(?:\s+(?:on|{FOREIGN_STAMP_PREPOSITIONS}))?\s*[:\-–—]?\s*"
    r"(?:\d|[A-Z][a-z]{2})"  # then a date or a time: "Published 4:02 PM", "Updated: Mon"
)


_DIGIT = re.compile(r"\d")
_REPORTING_BEFORE = re.compile(
    r"\b(?:report|releas|post|announc|publish|unveil)\w*\s+(?:[\w$.,%-]+\s+){0,4}$", re.IGNORECASE
)


_FOR_PERIOD_BEFORE = re.compile(r"\bfor\s+(?:(?:its|the|their|his|her)\s+)?$", re.IGNORECASE)
_REPORTED_FOR = re.compile(r"\b(?:report|releas|post|announc|publish|unveil)\w*\s+[^,;]{0,60}$",
                           re.IGNORECASE)  # fmt: skip


_QUARTERS = frozenset({Granularity.QUARTER, Granularity.HALF})


def _reported_period(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """Whether `expression` is the period of figures being reported: a noun's hyphenated
    modifier after a verb of reporting ("reported a stronger first-quarter profit",
    "release third-quarter results"), or what they are "for" ("reported results for its
    fiscal second quarter")."""
    if _DIGIT.search(expression.text) and expression.granularity not in _QUARTERS:
        return False  # (a quarter may name its year: "profit for the third quarter of
        # fiscal 2027")
    lo = max(sentence[0], expression.start - 60)
    if is_attributive(text, expression.start, expression.end):
        return bool(_REPORTING_BEFORE.search(text, lo, expression.start))
    return bool(
        expression.granularity in _PERIODS
        and found_before(_FOR_PERIOD_BEFORE, text, sentence, expression, 10)
        and found_before(_REPORTED_FOR, text, sentence, expression, 80)
    )  # fmt: skip


# A deadline or a period planned for, in the clause of an earlier date: "agreed on Monday
# to halve emissions by 2030", "said Tuesday it would cut 500 jobs by March", "voted late
# Monday to approve a budget for 2026". Between them: a verb that looks ahead, and
# nothing that starts another clause.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|no\s+later\s+than|for)\s+$", re.IGNORECASE)
_LOOKS_AHEAD = re.compile(r"\b(?:to|would|will|could|should|must|plans?|aims?)\s+[a-z]")
_NEW_CLAUSE = re.compile(r"[;:()\"“”]|,\s+(?:and|but|while|which|who|where|when)\b|"
                         r"\s(?:and|but|while|whereas)\s", re.IGNORECASE)  # fmt: skip
DEADLINE_REACH = 120  # characters from the earlier date to the deadline


def _is_deadline(text: str, earlier: TimeExpression, expression: TimeExpression) -> bool:
    """Whether `expression` is the deadline of what the clause of the `earlier` date (of
    the same sentence) plans: it stays in that headline and makes no event."""
    if not 0 <= expression.start - earlier.end <= DEADLINE_REACH:
        return False
    if not _DEADLINE_BEFORE.search(text, max(earlier.end, expression.start - 20),
                                   expression.start):  # fmt: skip
        return False
    between = text[earlier.end : expression.start]
    return bool(_LOOKS_AHEAD.search(between)) and not _NEW_CLAUSE.search(between)


# (not "the commission has until Dec. 1 to begin it": a deadline given, "Deadline for ...")
_DEADLINE_AHEAD_BEFORE = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)(?<!\bgiven\s)\b(?:by|until|till|no\s+later\s+than)\s+$",
    re.IGNORECASE,
)


OBLIGATION_REACH = 130  # characters back from a deadline to its "must"
_OBLIGATION_BEFORE = re.compile(
    r"\b(?:must|can|has\s+to|have\s+to|needs?\s+to)\s+(?:[^,;.]{0,60}\s|[^;.]{0,100},\s+)?"
    r"(?:by|until|till|no\s+later\s+than)\s+$",
    re.IGNORECASE,
)  # ("must publish quarterly results within 45 days of the end of the period, by May 15")


# What a decision waits for: "pending a judicial review hearing on"
_PENDING_BEFORE = re.compile(r"\bpending\s+(?:[\w'’-]+\s+){1,6}?(?:on|in|at|by)\s+$", re.IGNORECASE)
# What closes on a day to come: a call for tenders, applications or comments.
_CLOSING_DATE_BEFORE = re.compile(
    r"\b(?:(?:the\s+)?(?:tenders?|consultation|applications?|nominations?|registrations?|"
    r"entries|bids|submissions|bidding|enrolment|enrollment)(?:\s+(?:period|process|window))?"
    r"|(?:the\s+)?(?:deadline|closing\s+date)(?:\s+for\s+[^,;.]{1,60}?)?)\s+"
    r"(?:(?:will|is\s+due\s+to)\s+)?(?:close|closes|end|ends|is|are|falls|has\s+been|was)\s+"
    r"(?:(?:now|again|also|still)\s+)?(?:(?:extended|moved|pushed\s+back|put\s+back)\s+to\s+)?"
    r"(?:(?:on|at)\s+)?$",
    re.IGNORECASE,
)


def _is_deadline_ahead(
    text: str,
    sentence: tuple[int, int],
    expression: TimeExpression,
    dated: list[TimeExpression],
    published: dt.date | None,
) -> bool:
    """Whether `expression` is a deadline still ahead, set by what another date of its
    sentence tells ("On Thursday, Sen. Ostrow sent a letter ... demanding answers by Sept.
    5", "ordered last week to test 340 miles of track by Dec. 15"), or one granted ("had
    given the government until Oct. 20 to open talks"), past or not: no event of its own."""
    if GIVEN_UNTIL_BEFORE.search(text, max(sentence[0], expression.start - 50), expression.start):
        return True
    if published is None or expression.start_date is None or expression.start_date <= published:
        return False
    if found_before(_CLOSING_DATE_BEFORE, text, sentence, expression, 90):
        return True  # "The tender closes on 29 April", "The deadline for applications is
        # May 28": when a call closes, no happening
    if found_before(_PENDING_BEFORE, text, sentence, expression, 60):
        return True  # "granted the stay on Monday, pending a hearing on December 6": what
        # the stay waits for, not when it was granted
    if not found_before(_DEADLINE_AHEAD_BEFORE, text, sentence, expression, 24) or (
        found_before(_NOT_BEFORE_UNTIL, text, sentence, expression, 90)
    ):  # ("did not cut rates until June": then the cut)
        return False
    if found_before(_OBLIGATION_BEFORE, text, sentence, expression, OBLIGATION_REACH):
        return True  # "The credit must be claimed by March 31", "can cancel until Friday"
    return any(other is not expression and other.start_date is not None
               and other.start_date <= published for other in dated)  # fmt: skip


# A period counted from the moment of speaking, inside a quotation: the speaker's view
# ("'Two weeks ago we thought we were losing our branch'", "'We will have a flat year
# this year'"), no happening. ("today" in a quotation is mostly the day of the report.)
_DEICTIC = re.compile(
    r"\b(?:ago|this|last|next|tomorrow|yesterday)\b|"
    r"^the\s+(?:(?:end|beginning|start|middle)\s+of\s+the\s+)?(?:year|month|week|quarter)$",
    re.IGNORECASE,
)  # ("The hard part starts tomorrow," said ...: the speaker's day, in a quotation; a
# quotation's "today" is the report's day: "Today I am here to tell you we have our suspect")


def dates_within(dates: list[TimeExpression], span: tuple[int, int]) -> list[TimeExpression]:
    """The dates (in text order) that start within `span`, found by bisection: a run-on
    line of thousands of dates stays linear."""
    lo = bisect.bisect_left(dates, span[0], key=_START)
    return dates[lo : bisect.bisect_left(dates, span[1], lo=lo, key=_START)]


def found_before(
    pattern: re.Pattern[str], text: str, sentence: tuple[int, int],
    expression: TimeExpression, reach: int,
) -> re.Match[str] | None:
    """`pattern` searched in the last `reach` characters of the sentence before
    `expression`: a cue that must stand just before a date ("scheduled for", "since")."""
    return pattern.search(text, max(sentence[0], expression.start - reach), expression.start)


_START = operator.attrgetter("start")
OTHERS_REACH = 1000  # characters around a date within which other dates shape its clause


@dataclass(frozen=True)
class SentenceDates:
    """What the dates of one sentence do (`sentence_dates`): `events` are those that make
    events, in order, each with its event date (a range's whole span) and the dates whose
    phrases leave its headline; `others` gives the dates whose clauses are not its own."""

    events: list[tuple[TimeExpression, EventDate, list[TimeExpression]]]
    splitting: list[TimeExpression]  # the dates that split a sentence into clauses
    groups: dict[int, int]  # id of a date -> index of its phrase (`coordinated_groups`)

    def others(self, expression: TimeExpression) -> list[TimeExpression]:
        """The dates of other phrases and values than `expression`'s, within OTHERS_REACH
        characters of it (a run-on line of thousands of dates stays linear: no clause
        reader looks further). Asked once per new event."""
        group = self.groups[id(expression)]
        starts = self.starts
        lo = bisect.bisect_left(starts, expression.start - OTHERS_REACH)
        hi = bisect.bisect_right(starts, expression.end + OTHERS_REACH)
        return [o for o in self.splitting[lo:hi]
                if o.value != expression.value and self.groups[id(o)] != group]  # fmt: skip

    @functools.cached_property
    def starts(self) -> list[int]:
        """Where the splitting dates start (in text order)."""
        return [o.start for o in self.splitting]


def sentence_dates(
    text: str,
    sentence: tuple[int, int],
    dates: list[tuple[TimeExpression, EventDate | None]],
    published: dt.date | None = None,
) -> SentenceDates:
    """The dates of a sentence that make events, and how the others bear on them.

    A range's second end, a restatement ("(0735 GMT) Friday" after "10:35 a.m."), a
    yardstick ("down from 80% in 2017", which stays in the headlines), the end of a span
    after the publication date (`published`: "raises through 2028"), the period of
    figures reported on another date ("reported first-quarter profit on Monday") and a
    possessive date after another date ("asked on Tuesday to annul this month's
    election"; not "In Sunday's debate, Spitzer attacked him") make no event.
    """
    dated = [e for e, date in dates if date is not None]
    ranges, range_ends = date_ranges(text, sentence, dates)
    finer = [e for e in dated if e.granularity not in _NOT_FINER]
    things = {id(e) for index, e in enumerate(dated) if _names_a_thing(
        text, sentence, e, any(f is not e for f in finer) or index > 0)}  # fmt: skip
    # ("ended in 1999 with a ruling that the 1952 decree was final": 1999's)
    ahead = [e for e in dated if is_span_end_ahead(text, sentence, e, published)
             or is_purpose_ahead(text, sentence, e, published)
             or found_before(_FALLS_BEFORE, text, sentence, e, 60)]  # fmt: skip
    compared = things | {id(e) for e in ahead} | {
        id(e) for e in dated if is_yardstick(text, sentence, e)
    }
    edges = {id(e) for e in dated if e.granularity not in _DAY_PRECISE
             and _is_period_edge(text, sentence, e)
             } if any(e.granularity in _DAY_PRECISE for e in dated) else set()  # fmt: skip
    compared |= edges  # "On February 1, 2033, after the end of the quarter, Ridgeway
    # completed ...": the day's, the quarter a bound that splits no clause
    for before, after in pairwise(dated):  # "behind only July 1936 and July 2012": both
        if id(before) in compared and (
            DATE_JOINER.fullmatch(text, before.end, after.start)
            or after.type is TimexType.TIME
            and _CLOCK_OF_DAY_GAP.fullmatch(text, before.end, after.start)
            or _NARROWED_GAP.fullmatch(text, before.end, after.start)
        ):  # (and its clock time: "until Tuesday, 19th June, 2057 at 10.00 a.m."; and the
            # month that narrows it: "falls unusually late this year, in October")
            compared.add(id(after))
        elif _SAME_DAY.fullmatch(after.text) and _APPOSITION_GAP.fullmatch(
            text, before.end, after.start
        ):  # "resigned on May 2, the same day the company disclosed ...": it stays
            compared.add(id(after))
    stays = {id(e) for e in dated if id(e) not in compared and _is_holiday_of_a_stay(text, e)}
    if stays and len(stays) < len(dated) - len(compared & {id(e) for e in dated}):
        compared |= stays  # "a fire ... in the early hours of Saturday, forcing 46 tourists,
        # most of them in the town for the Christmas and New Year holidays, out": why they
        # were there, beside the happening's own day
    yardsticks = {id(e) for e in dated
                  if id(e) in compared and not has_own_news(text, sentence, e)}
    in_headlines = [e for e in dated if id(e) not in compared]
    whole_parts = {id(e) for e in in_headlines if _BARE_PART_OF_DAY.fullmatch(e.text)
                   and _LASTING_BEFORE.search(text, max(0, e.start - 16), e.start)}  # fmt: skip
    if whole_parts:  # "spent the night there", "worked through the night": the words stay;
        in_headlines = [e for e in in_headlines if id(e) not in whole_parts]  # no event
        if len(whole_parts) < len(dated):  # beside a day ("arrived on Monday with
            yardsticks |= whole_parts  # excavators and worked through the night")
    reported = {id(e) for e in in_headlines if _reported_period(text, sentence, e)}
    attributive = reported | {id(e) for index, e in enumerate(in_headlines)
                              if index and text.startswith(("'s ", "’s "), e.end)}  # fmt: skip
    restated_at = restatements(text, in_headlines)
    restated = {id(in_headlines[i]) for i in restated_at}
    restated |= {id(in_headlines[i]) for i in vaguer_appositions(text, in_headlines)}
    restated |= {id(in_headlines[i]) for i in framing_dates(text, sentence, in_headlines)}
    if len(in_headlines) > 1:  # "UPDATE, 8.15am: Qatar Rail said this morning that ...":
        restated |= {id(e) for e in in_headlines  # the note's own time, no happening's
                     if _UPDATE_LABEL_CLOCK.fullmatch(text, sentence[0], e.end)}  # fmt: skip
    if len(attributive) == len(in_headlines) - len(restated):
        attributive = reported = set()  # "Third-quarter profit rose 5%": the only date
    moved = {id(in_headlines[i - 1]): period for i in restated_at
             if (period := _fiscal_period(text, in_headlines[i - 1], in_headlines[i]))}
    for i in restated_at:  # "on Thursday, Aug. 21, at 6:30 p.m.": the day's event, timed
        day, time = in_headlines[i - 1], in_headlines[i]
        if (
            time.type is TimexType.TIME
            and day.granularity is Granularity.DAY
            and time.start_date == day.start_date
            and (timed := event_date(time)) is not None
        ):
            # (its text stays the day's, as its source's date text is)
            timed = timed.model_copy(update={"text": day.text})
            moved[id(day)] = lambda _date, timed=timed: timed  # type: ignore[misc]
        elif (
            time.type is TimexType.TIME
            and day.type is TimexType.TIME
            and _UNIVERSAL_TIME.search(day.text)
            and not _UNIVERSAL_TIME.search(time.text)
            and (local := event_date(time)) is not None
        ):  # "23:00 UTC on Monday, which was midday on Tuesday in New Zealand": the place's
            local = local.model_copy(update={"text": day.text})
            moved[id(day)] = lambda _date, local=local: local  # type: ignore[misc]
    restated |= {id(e) for e in in_headlines
                 if _DEICTIC.search(e.text) and in_quotation(text, sentence, e.start)}  # fmt: skip
    deadlines = {id(e) for before, e in pairwise(in_headlines)
                 if _is_deadline(text, before, e)}  # fmt: skip
    # (a deadline set by another date's doing makes no event, yet ends its clause)
    hung = {id(e) for e in in_headlines if _is_deadline_ahead(text, sentence, e, dated,
                                                              published)}  # fmt: skip
    # a figure "as of" a day, a statistic ("As of 6 p.m. on Monday, 58,214 people were
    # staying in 61 evacuation centres", "47 cases had been confirmed as of Wednesday")
    hung |= {id(e) for e in in_headlines
             if found_before(_AS_OF_BEFORE, text, sentence, e, AS_OF_REACH)}  # fmt: skip
    if deadlines:  # they stay in the headline of the earlier date, and split no clause
        in_headlines = [e for e in in_headlines if id(e) not in deadlines]
    events = []
    for position, (expression, date) in enumerate(dates):
        key = id(expression)
        if date is None or position in range_ends or key in yardsticks or key in restated:
            continue
        if key in deadlines or key in hung:
            continue
        if key in attributive:
            continue
        spans = in_headlines if key not in compared or _WHEN_AFTER.match(
            text, expression.end) is None else sorted(
            [*in_headlines, expression], key=lambda e: e.start
        )  # a yardstick with a "when" clause: its span goes from that clause's headline
        # (the last time, "have not won ... since 1994", keeps it)  # fmt: skip
        if attributive:  # "will report its fourth-quarter results in early December": the
            # period the figures are for stays in the headline of the day they come out
            spans = [e for e in spans if id(e) not in attributive]
        date = ranges.get(position, date)
        if key in moved:  # a fiscal period's months, a day's clock time
            date = moved[key](date)
        events.append((expression, date, spans))
    # (a state said to last until a day still to come, "Schools will remain closed through
    # at least next week", makes no event: a state, not news of a day)
    # A possessive date still ends its clause ("ticket sales this year set a record, and
    # organizers plan to expand seating before next year's event"); a reported period not.
    splitting = [e for e in dated if id(e) not in reported and id(e) not in deadlines
                 and id(e) not in things and id(e) not in edges
                 and id(e) not in whole_parts]  # fmt: skip
    groups = dict(zip(map(id, dated), coordinated_groups(text, dated), strict=True))
    return SentenceDates(events, splitting, groups)
