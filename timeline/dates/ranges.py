"""Expressions read together. Ranges of year-less dates ("from January to March",
"between Monday and Wednesday") put in order: each end is anchored on its own, and the
two can land on either side of the publication date ("was in office from January to
March" in a November paper gave next January and last March). The end the tense does
not vouch for moves by one cycle. "The day before last Tuesday" is one day.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import lexicon as lx
from timeline.dates.calendar import SATURDAY, interval_of, safe_day, week_value
from timeline.dates.tense import Tense, TenseIndex
from timeline.models import Granularity, TimeExpression

_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
OPENS_REACH = 10  # characters back from a range's first end to its "from" or "between"
_JOINS = re.compile(r"\s*(?:to|until|till|through|thru|and|-|–|—)\s*", re.IGNORECASE)
# Two dates that share the second's year: a range's joints, and "or" ("in the late
# summer or early fall of 2018")
_SHARES_YEAR = re.compile(r"\s*(?:to|until|till|through|thru|and|or|-|–|—)\s*", re.IGNORECASE)
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_YEAR_OR_DEICTIC = re.compile(r"\d{4}|\b(?:last|next|this|past|coming)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")



def range_opens(text: str, first: TimeExpression) -> bool:
    """Whether "from" or "between" stands just before `first`, a range's first end."""
    return bool(_OPENS.search(text, max(0, first.start - OPENS_REACH), first.start))

def _with_value(expression: TimeExpression, value: str | None) -> TimeExpression | None:
    """`expression` with another calendar value (and its interval), or None."""
    interval = interval_of(value) if value else None
    if interval is None:
        return None
    return expression.model_copy(
        update={"value": value, "start_date": interval[0], "end_date": interval[1]}
    )


def _shifted(expression: TimeExpression, direction: int) -> TimeExpression | None:
    """`expression` one cycle later (1) or earlier (-1): a week for a weekday, a year for
    a month or a month and day; None for other values."""
    value = expression.value
    if day := _DAY.fullmatch(value):
        date = dt.date(int(day[1]), int(day[2]), int(day[3]))
        if _DIGIT.search(expression.text):  # "Jan. 14": the same day of another year
            moved = safe_day(date.year + direction, date.month, date.day)
        else:  # "Monday": the same weekday of another week
            moved = date + dt.timedelta(days=7 * direction)
        new_value = moved.isoformat() if moved else None
    elif month := _MONTH.fullmatch(value):
        new_value = f"{int(month[1]) + direction:04d}-{month[2]}"
    else:
        return None
    return _with_value(expression, new_value)


_YEAR = re.compile(r"\d{4}")


def _in_year(expression: TimeExpression, year: int) -> TimeExpression | None:
    """A year-less day or month of `expression` put in `year`."""
    value = expression.value
    if day := _DAY.fullmatch(value):
        moved = safe_day(year, int(day[2]), int(day[3]))
        new_value = moved.isoformat() if moved else None
    elif month := _MONTH.fullmatch(value):
        new_value = f"{year:04d}-{month[2]}"
    elif season := _SEASON.fullmatch(value):
        new_value = f"{year:04d}-{season[2]}"
    else:
        return None
    return _with_value(expression, new_value)


def _share_year(first: TimeExpression, second: TimeExpression) -> TimeExpression:
    """The year-less first end of "30 March to 2 April 2012" in the second end's year
    (or the year before, for "30 December to 2 January 2013")."""
    year = _YEAR.search(second.text)
    if year is None or second.start_date is None or _YEAR_OR_DEICTIC.search(first.text):
        return first
    if _DAY.fullmatch(first.value) and not _DIGIT.search(first.text):
        return first  # "Monday and March 3, 2012": a weekday is not moved by years
    moved = _in_year(first, int(year.group(0)))
    if moved and moved.start_date and moved.start_date > second.start_date:
        moved = _in_year(first, int(year.group(0)) - 1)
    return moved or first


def _share_list_years(text: str, ordered: list[TimeExpression]) -> list[TimeExpression]:
    """The year-less items of a list whose last item writes its year ("in March, June and
    August 2046", "on March 3, June 5 and August 9, 2046") put in that year; the last two
    are left to `order_ranges`."""
    carrier: TimeExpression | None = None  # the list's item with its year, after `index`
    for index in range(len(ordered) - 2, -1, -1):
        first, second = ordered[index], ordered[index + 1]
        if _LIST_AND.fullmatch(text, first.end, second.start) and _YEAR.search(second.text):
            carrier = second  # (the last two: "June and August 2046")
        elif carrier is not None and first.start_date is not None and (
            _LIST_COMMA.fullmatch(text, first.end, second.start)
        ):
            ordered[index] = _share_year(first, carrier)
        else:
            carrier = None
    return ordered


_LIST_AND = re.compile(r",?\s+(?:and|or)\s+")
_LIST_COMMA = re.compile(r",\s+")


def order_ranges(
    text: str, expressions: list[TimeExpression], tenses: TenseIndex
) -> list[TimeExpression]:
    """`expressions` with every year-less "from A to B" whose B came out before its A
    mended: A moves back in a past clause, B moves forward otherwise."""
    ordered = _share_list_years(text, list(expressions))
    for index in range(len(ordered) - 1):
        first, second = ordered[index], ordered[index + 1]
        if first.start_date is None or second.start_date is None:
            continue
        if _SHARES_YEAR.fullmatch(text, first.end, second.start):
            first = ordered[index] = _share_year(first, second)
        if first.start_date is None:
            continue
        if (overnight := _overnight_end(text, first, second)) is not None:
            ordered[index + 1] = overnight  # "from 10pm yesterday until 6am": this morning
            continue
        if first.start_date <= second.start_date:
            if (too_long := _over_a_year(text, first, second)) is not None:
                if tenses.tense(first.start, second.end) is Tense.PAST:
                    ordered[index + 1] = too_long  # "Sales fell July through December",
                elif (later := _shifted(first, 1)) and later.start_date and (
                    later.start_date <= second.start_date
                ):  # (told in May: last July to last December, not to next December; not
                    ordered[index] = later  # told in the past, the start moves up to it)
            continue
        if not range_opens(text, first):
            continue
        if not _JOINS.fullmatch(text, first.end, second.start):
            continue
        if _YEAR_OR_DEICTIC.search(first.text) or _YEAR_OR_DEICTIC.search(second.text):
            continue  # "from 2016 to May", "from last May to next March": as written
        if tenses.tense(first.start, second.end) is Tense.PAST:
            earlier = _shifted(first, -1)
            if earlier and earlier.start_date and earlier.start_date <= second.start_date:
                ordered[index] = earlier
        else:
            later = _shifted(second, 1)
            if later and later.start_date and first.start_date <= later.start_date:
                ordered[index + 1] = later
    return ordered


_CLOCK = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)$")
_CLOCK_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+(?:about\s+|around\s+)?$", re.IGNORECASE)
# a start and an end told apart: "Auctions began at 2:30 p.m. and were expected to run
# until about 1 a.m."
_BEGAN_AT = re.compile(
    r"\b(?:began|begins|begin|started|starts|start|opened|opens|open|kicked[ \t]+off|"
    r"kicks[ \t]+off)[ \t]+at[ \t]+(?:about[ \t]+|around[ \t]+)?$",
    re.IGNORECASE,
)
_RAN_UNTIL = re.compile(
    r"[^.;!?\n\d]{0,60}?\b(?:ran|run|runs|running|lasted|last|lasts|went[ \t]+on|go[ \t]+on|"
    r"continued|continue|continues)[ \t]+(?:until|till|to|past)[ \t]+(?:about[ \t]+|around[ \t]+)?",
    re.IGNORECASE,
)
_BARE_CLOCK_TEXT = re.compile(
    r"(?:(?:about|around|approximately|roughly)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|\d{4}|noon|midnight|midday|"
    # (a clock in words: "from ten at night to five in the morning")
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?:[ \t-](?:fifteen|thirty|forty-five))?(?:\s+o['’]clock)?(?:\s+in\s+the\s+morning)?)"
    r"(?:\s+(?:[A-Z]{2,5}|local\s+time))?",
    re.IGNORECASE,
)


def _overnight_end(
    text: str, first: TimeExpression, second: TimeExpression
) -> TimeExpression | None:
    """The end of a range of clock times on one day that ends before it starts, moved to the
    next day ("from 10pm yesterday until 6am", "from 10pm to 5am", "began at 2:30 p.m. and
    ran until 1 a.m."); else None."""
    start, end = _CLOCK.match(first.value), _CLOCK.match(second.value)
    if (
        start is None or end is None or start[1] != end[1] or end[2] >= start[2]
        or not (
            (_CLOCK_RANGE_OPENS.search(text, max(0, first.start - 16), first.start)
             and _JOINS.fullmatch(text, first.end, second.start))
            or (_BEGAN_AT.search(text, max(0, first.start - 30), first.start)
                and _RAN_UNTIL.fullmatch(text, first.end, second.start))
        )
        or second.start_date is None
        or not _BARE_CLOCK_TEXT.fullmatch(second.text)  # (not "5am on Friday": its day)
    ):
        return None
    day = second.start_date + dt.timedelta(days=1)
    return second.model_copy(update={"value": f"{day.isoformat()}T{end[2]}",
                                     "start_date": day, "end_date": day})  # fmt: skip


_RANGE_JOINT = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*", re.IGNORECASE)
YEAR_DAYS = 365


def _over_a_year(
    text: str, first: TimeExpression, second: TimeExpression
) -> TimeExpression | None:
    """The end of a year-less range ("July through December") a cycle earlier when the two
    ends were placed a year or more apart, so that it ends within a year of its start; else
    None."""
    if not (_RANGE_JOINT.fullmatch(text, first.end, second.start) or (
        _JOINS.fullmatch(text, first.end, second.start)
        and range_opens(text, first)
    )):
        return None
    if _YEAR_OR_DEICTIC.search(first.text) or _YEAR_OR_DEICTIC.search(second.text):
        return None
    assert first.start_date is not None and second.start_date is not None
    if (second.start_date - first.start_date).days < YEAR_DAYS:
        return None
    earlier = _shifted(second, -1)
    if earlier is None or earlier.start_date is None or earlier.start_date < first.start_date:
        return None
    return earlier


_COUNTED_DAY_BEFORE = re.compile(r"\b(?:[Aa]|[Oo]ne)[ \t]+$")
_DAY_BEFORE_AFTER = re.compile(r"\b(?:[Tt]he\s+)?(?:day\s+(before|after)|(eve)\s+of)\s+$")


_WEEKDAY_ONLY = re.compile(rf"(?i:{lx.WEEKDAY_NAME_RE})")
_BEFORE_AFTER_GAP = re.compile(r"[ \t]+(before|after)[ \t]+")
_THE_WEEKEND = re.compile(r"(?i:the[ \t]+weekend)")


def weekday_before_after(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """`expressions` with "the Tuesday before Christmas" read against the day after it: the
    weekday nearest before (or after) that day, not the paper's."""
    result = list(expressions)
    for index in range(len(result) - 1):
        weekday, day_expression = result[index], result[index + 1]
        gap = _BEFORE_AFTER_GAP.fullmatch(text, weekday.end, day_expression.start)
        day = _DAY.fullmatch(day_expression.value)
        if gap is not None and day is not None and _THE_WEEKEND.fullmatch(weekday.text):
            target = dt.date(int(day[1]), int(day[2]), int(day[3]))  # "the weekend before
            # Christmas": the last whole weekend before the day (the first after it)
            if gap.group(1) == "before":
                friday = target - dt.timedelta(days=2)
                saturday = friday - dt.timedelta(days=(friday.weekday() - SATURDAY) % 7)
            else:
                after = target + dt.timedelta(days=1)
                saturday = after + dt.timedelta(days=(SATURDAY - after.weekday()) % 7)
            moved = _with_value(weekday, f"{week_value(saturday)}-WE")
            if moved is not None:
                result[index] = moved
            continue
        if gap is None or day is None or not _WEEKDAY_ONLY.fullmatch(weekday.text):
            continue
        if not _DAY.fullmatch(weekday.value) or weekday.start_date is None:
            continue
        target = dt.date(int(day[1]), int(day[2]), int(day[3]))
        named = weekday.start_date.weekday()
        if gap.group(1) == "before":  # the last such weekday strictly before the day
            moved_to = target - dt.timedelta(days=(target.weekday() - named - 1) % 7 + 1)
        else:  # the first strictly after it
            moved_to = target + dt.timedelta(days=(named - target.weekday() - 1) % 7 + 1)
        moved = _with_value(weekday, moved_to.isoformat())
        if moved is not None:
            result[index] = moved
    return result


_PAIR_GAP = re.compile(r"[ \t]+(?:and|or|&)[ \t]+")


def paired_weekdays(
    text: str, expressions: list[TimeExpression], published: dt.date | None
) -> list[TimeExpression]:
    """`expressions` with the second of two weekdays joined by "and"/"or" on the side of the
    paper's day the first is on ("recorded tremors on Friday and Saturday and plan to
    return": both past; "flights cancelled for Monday and Tuesday" on a Monday: this
    week's): the nearest day to the first that is that weekday."""
    result = list(expressions)
    for index in range(len(result) - 1):
        first, second = result[index], result[index + 1]
        if (
            published is None or first.start_date is None or second.start_date is None
            or not _WEEKDAY_ONLY.fullmatch(first.text) or not _WEEKDAY_ONLY.fullmatch(second.text)
            or not _DAY.fullmatch(first.value) or not _DAY.fullmatch(second.value)
            or not _PAIR_GAP.fullmatch(text, first.end, second.start)
        ):
            continue
        side = (first.start_date > published) - (first.start_date < published)
        if side and side == (second.start_date > published) - (second.start_date < published):
            continue  # (both told on one side: "statements made Friday and Thursday")
        days = (second.start_date.weekday() - first.start_date.weekday()) % 7
        moved_to = first.start_date + dt.timedelta(days=days if days <= 3 else days - 7)
        if moved_to != second.start_date and (moved := _with_value(second, moved_to.isoformat())):
            result[index + 1] = moved
    return result


def day_before_after(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """`expressions` with "the day before last Tuesday('s hearing)" read as one day: the
    day's expression widened to the phrase and moved by one."""
    result = []
    for expression in expressions:
        lead = _DAY_BEFORE_AFTER.search(text, max(0, expression.start - 16), expression.start)
        if lead and _COUNTED_DAY_BEFORE.search(text, max(0, lead.start() - 6), lead.start()):
            lead = None  # "a day before Mashujaa Day": a duration counted, told as such
        day = _DAY.fullmatch(expression.value)
        if lead and day:
            date = dt.date(int(day[1]), int(day[2]), int(day[3]))
            date += dt.timedelta(days=-1 if lead.group(1) == "before" or lead.group(2) else 1)
            moved = _with_value(expression, date.isoformat())
            if moved is not None:
                expression = moved.model_copy(
                    update={"text": text[lead.start() : expression.end], "start": lead.start()}
                )
        result.append(expression)
    return result


# "the previous day" in a relative clause set off by commas before its main clause: "The
# Met Office, which had issued an amber warning the previous day, said gusts ... at
# about 11pm on Friday", or in a clause opening the sentence: "Having topped both practice
# sessions the previous day, he took pole on Saturday morning"
_PREVIOUS_DAY = re.compile(r"(?i:the\s+(?:previous|prior)\s+day|the\s+day\s+before)")
_RELATIVE_OPENED = re.compile(
    r"(?:,[ \t]+(?:which|who)|(?:^|[.!?][\"”’]?[ \t]+|\n)[ \t]*Having)\b[^,;.!?\n]{0,120}$"
)
_RELATIVE_CLOSES = re.compile(r"[^,;.!?\n\"“”]{0,40},")
_SENTENCE_STOP = re.compile(r"[.!?]\s")
MAIN_CLAUSE_DAY_REACH = 160  # characters from the clause's end to the main clause's day


def previous_day_of_main_clause(
    text: str, expressions: list[TimeExpression]
) -> list[TimeExpression]:
    """`expressions` with a relative clause's "the previous day" counted from the day its
    main clause tells after it, in the same sentence (not from the last date before)."""
    result = list(expressions)
    for index, expression in enumerate(expressions):
        if not (
            _PREVIOUS_DAY.fullmatch(expression.text)
            and _RELATIVE_OPENED.search(text, max(0, expression.start - 140), expression.start)
            and (closes := _RELATIVE_CLOSES.match(text, expression.end))
        ):
            continue
        for later in expressions[index + 1 : index + 4]:
            reach = text[closes.end() : later.start]
            if len(reach) > MAIN_CLAUSE_DAY_REACH or _SENTENCE_STOP.search(reach):
                break
            if later.start_date is not None and later.start_date == later.end_date:
                day = later.start_date - dt.timedelta(days=1)
                moved = _with_value(expression, day.isoformat())
                if moved is not None:
                    result[index] = moved.model_copy(update={"granularity": Granularity.DAY})
                break
    return result
