"""Normalisers of expressions relative to the anchor or to the last date mentioned:
weekdays, today/yesterday, "last week", "two years ago", "the year-ago quarter"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.dates import lexicon as lx
from timeline.dates.anchor import weekday_date
from timeline.dates.base import (
    COMPOUND_AFTER,
    DATE,
    DAY_IN,
    DAY_VALUE,
    DURATION,
    FLAGS,
    FOR_BEFORE,
    FORECAST_FOR_BEFORE,
    MOVED_TO_BEFORE,
    MOVED_TO_REACH,
    NARRATED_DAY_CHARS,
    SENTENCE_END,
    SET,
    TIME,
    Context,
    Resolution,
    point_mod,
    quant_mod,
    until_tense,
    update_day,
    year_told_in_sentence,
)
from timeline.dates.calendar import (
    SATURDAY,
    day_months_away,
    interval_of,
    quarter_of,
    safe_day,
    shift_months,
    shift_quarter,
    week_value,
)
from timeline.dates.fiscal import fiscal_period, fiscal_year_of
from timeline.dates.quantities import DAY_PART_REACH, duration_value
from timeline.dates.tense import (
    OWNER_BEFORE,
    TIMETABLE_BEFORE,
    TIMETABLE_REACH,
    TIMETABLE_VERBS,
    Tense,
    plan_gone,
)
from timeline.models import TimexType
from timeline.text import QUOTE_REACH, in_quotation

# --- weekdays and days relative to the anchor -------------------------------------------

_POSSESSIVE = re.compile(r"['’]s\b")
DAY_PART = re.compile(r"\b(morning|afternoon|evening|night|overnight)\b", FLAGS)


# "on Monday and Tuesday nights": both recur
_HABIT_WEEKDAY_AFTER = re.compile(
    rf"\s*(?:,|and|or)\s+{lx.WEEKDAY_RE}(?:s|\s+(?:mornings|afternoons|evenings|nights))\b", FLAGS
)
_DAY_PARTS = re.compile(r"\b(morning|afternoon|evening|night)s?\b", FLAGS)
_DAYS = re.compile(r"(?:day|mornings|afternoons|evenings|nights)s?\b(?<!day)", FLAGS)
# "every Monday and Thursday": the second weekday recurs too
_EVERY_WEEKDAY_AND = re.compile(
    rf"\bevery\s+{lx.WEEKDAY_RE}\s*(?:,|and|or|,\s*and)\s+$", FLAGS
)
# A market's close on a day, a figure already known: "a premium to the closing price on
# Friday" (even in a clause about what holders will receive).
_CLOSE_BEFORE = re.compile(
    r"\b(?:closing\s+(?:price|level|value|bell)s?|the\s+close|['’]s\s+close)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
# A day's noun phrase as the subject of what is to come: "Monday's meeting could settle".
_AHEAD_SUBJECT = re.compile(
    r"['’]s\s+[a-z]+(?:\s+[a-z]+)?\s+(?:will|would|could|might|may|should|is\s+(?:expected|"
    r"scheduled|set|due|likely))\b"
)
# A day's event waited for: "for Wednesday night's drawing", "ahead of Friday's vote",
# "If Friday's attempt is scrubbed" (future unless the clause is told in the past:
# "All 11,000 tickets for Sunday's game sold out")
_AT_TIME_BEFORE = re.compile(r"\b(?:on|at|during|until|by|with|from)\s+$", re.IGNORECASE)
_AHEAD_OF_DAYS = re.compile(r"(?:\b(?:for|ahead\s+of)\s+|(?<![\w,] )\bIf\s+)$")


_THAT_WORD = re.compile(r"(?i:that)\s+")


_TOLD_YEAR_OR_DAY = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial|FY)\b", re.IGNORECASE)
FISCAL_WORD_REACH = 20  # characters back from a told year's end to its "fiscal"
TOLD_FISCAL_YEAR_REACH = 300  # characters after a date told that "the previous fiscal
# year" counts from


def _told_fiscal_year(ctx: Context, start: int, year_end: int) -> int | None:
    """The label of the fiscal year the date told just before `start` is of ("fiscal
    2074": 2074; "March 31", 2075-03-31, of a year ending in March labelled by its
    start: 2074), None when no year, month or day was told within reach."""
    value = ctx.reference_value
    if value is None or not 0 <= start - ctx.reference_end <= TOLD_FISCAL_YEAR_REACH or len(
        SENTENCE_END.findall(" ".join(ctx.text[ctx.reference_end : start].split()))
    ) > 1:
        return None  # (told in this sentence or the one before)
    told = _TOLD_YEAR_OR_DAY.fullmatch(value)
    if told is None:
        return None
    if told.group(2) is None:  # a fiscal year as the text labels it ("fiscal 2074"), not
        written = ctx.text[max(0, ctx.reference_end - FISCAL_WORD_REACH) : ctx.reference_end]
        return int(told.group(1)) if _FISCAL_WORD.search(written) else None  # any year
    if int(told.group(2)) != year_end:
        return None  # (a day or month that ends a fiscal year: "which ended on March 31")
    day = dt.date(int(told.group(1)), int(told.group(2)), int(told.group(3) or 1))
    return fiscal_year_of(day, year_end) - ctx.fiscal_shift()


def with_part_of_day(value: str, text: str) -> tuple[TimexType, str]:
    part = DAY_PART.search(text)
    if part is None:
        return DATE, value
    return TIME, f"{value}T{lx.PARTS_OF_DAY[part.group(1).lower()]}"


_THAT_BEFORE = re.compile(r"\b[Tt]hat\s+$")


_APPOSED_WEEKDAY = re.compile(r"\w,[ \t]+(?:an?|which\s+(?:is|was|will\s+be)\s+an?)[ \t]+$")
# (the article or "which is a" needed: not "for Tuesday, Wednesday or Thursday", a list)
_APPOSED_REACH = 24  # characters from a day to its apposed weekday
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
_FALLS_ON_A_BEFORE = re.compile(r"\b(?:falls|fell|fall|falling)[ \t]+on[ \t]+a[ \t]+$")
_ANY_DAY_AFTER = re.compile(
    r"\s+(?:off|free|roast|lunch|dinner|brunch|best|league|school|papers?|drivers?|trading|"
    r"opening|shifts?)\b|\s*(?:[,.;:!?]|$)"
)  # ("a Sunday roast", "a Sunday off")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_RELATIVE_CLAUSE_AFTER = re.compile(r"\s+(?:before|after|of|in|prior|following|preceding)\b")
_SHIFT_AFTER = re.compile(r"\s+(?:(?:night|day|early|late|morning)\s+)?shifts?\b")
_CREDIT_BEFORE = re.compile(r"\b(?:PHOTO|Photo|Photograph|Picture|Credit|CREDIT)S?\s*:\s*$")
# A paper's name told after "told", "to", "in" ... or alone on its line ("SUNDAY MONITOR")
_PAPER_NAMED_BEFORE = re.compile(r"(?:\b(?i:told|to|in|by|from|for|of|said|a|an)[ \t]+|^[ \t]*)$",
                                 re.MULTILINE)  # fmt: skip
_CAPITALISED_NEXT = re.compile(r"\s+(?!(?:Morning|Afternoon|Evening|Night)\b)[A-Z][a-z]")
# A weekday that is a given name: a capitalised surname after it, then an age or a verb
# ("Sunday Ogunleye, 34,", "Another suspect, Monday Etim, 24, was arrested")
_SURNAME_AFTER = re.compile(
    r"[ \t]+(?!(?:Morning|Afternoon|Evening|Night|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?"
    r"(?=,[ \t]+\d{1,3}\b|,[ \t]+(?:a|an|the|who|whose)\b|"
    r"[ \t]+(?:said|says|told|was|is|had|has)\b)"
)
_DATE_WORD_BEFORE = re.compile(
    r"\b(?:on|by|since|until|till|from|last|next|this|that|said|says|told|early|late|every|"
    r"each|before|after|through|of|the|and|or|to|announced|reported)\s+$",
    re.IGNORECASE,
)


_SHARED_MODIFIER_BEFORE = re.compile(
    rf"\b(last|next)\s+{lx.WEEKDAY_RE}\s+(?:and|or|&)\s+$", FLAGS
)


# A sentence opened by "Last week," whose clause goes on to a weekday (not past a turn:
# "Prices rose last week, but fell on Wednesday" is this week's)
_LAST_WEEK_OPENS = re.compile(r"(?:^|[.!?][\"”’]?[ \t]+|\n)Last[ \t]+week,?[ \t][^.;!?\n]*$")
_LAST_WEEK_TURN = re.compile(r",[ \t]+(?:and|but|while|when|as|after|before|then)\b|[ \t]but[ \t]")
LAST_WEEK_REACH = 200  # characters back from a weekday to its sentence's "Last week,"
# After a saying's day, what it said would come: "... said on Friday that it would shut
# the damaged main on " (one sentence; "would" soon after the day)
_SAID_IT_WOULD = re.compile(
    r"\b(?:said|announced|told[ \t]+[\w ]{1,30}?)[ \t]+on[ \t]+\w+(?:[ \t]+\w+)?[ \t]+"
    r"(?:that[ \t]+)?(?:it|he|she|they|we)[ \t]+would[ \t]+[^.;!?\n]{0,120}$"
)
WOULD_REACH = 200  # characters from the saying to the day it said would come
_FALLS_ON_BEFORE = re.compile(r"\b(?:falls?|falling|fell)[ \t]+on[ \t]+(?:a[ \t]+)?$")
# What lies between a day and a weekday told close after it in one sentence
_IN_ONE_SENTENCE = re.compile(r"(?:[^.!?\n]|\.(?![ \t]+[A-Z])){0,80}")
_WEEKDAY_OF_BEFORE = re.compile(rf"(?i:{lx.WEEKDAY_NAME_RE})[ \t]+of[ \t]+$")
_OF_WEEK_AFTER = re.compile(
    rf"(?:[ \t]+and[ \t]+{lx.WEEKDAY_RE})?(?:[ \t]+of[ \t]+(last|next|this|the[ \t]+following|"
    r"the[ \t]+next|the[ \t]+previous|that)|,?[ \t]+(last|next|this))[ \t]+week\b",
    re.IGNORECASE,
)  # ("on Monday and Tuesday last week": both of that week)


_WEEKS_FROM_DAY = re.compile(
    r"(a|one|two|three|four|[1-4])\s+(weeks?|fortnights?)\s+(ago|from|on|last)\s+"
)
_WEEK_AFTER_DAY = re.compile(r"\s(week|fortnight)$")  # "Tuesday week", "Friday fortnight"


# A weekday made something by a declaration: "declared Monday a national day of mourning"
_DECLARED_BEFORE = re.compile(
    r"\b(?:declared|declares|proclaimed|designated|named|made|makes)[ \t]+(?:also[ \t]+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day[ \t]+and[ \t]+)?$", FLAGS
)  # ("declared Monday and | Tuesday public holidays")
_LISTED_WEEKDAY = re.compile(r"\b(\w+day)[ \t]+and[ \t]+$")
_DECLARED_AS_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[ \t]+(?:as[ \t]+)?"
    r"(?:(?:a|an)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?(?:day|holiday)|(?:[\w'’-]+[ \t]+){0,2}?"
    r"(?:days[ \t]+off|holidays))\b", FLAGS
)


WEEKDAY_DAY_REACH_MONTHS = 14  # months either side of the paper searched for "Friday the 15th"


def norm_weekday_the_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"Friday the 15th": the nearest day of that number falling on that weekday, before
    the paper in the past tense, after it ahead; the day of an unknown month without a
    paper."""
    weekday, day = lx.weekday_number(m.group(0)), DAY_IN.search(m.group(0))
    if weekday is None or day is None:
        return None
    number = int(day.group(1))
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-XX-{number:02d}")
    days = [found for step in range(-WEEKDAY_DAY_REACH_MONTHS, WEEKDAY_DAY_REACH_MONTHS + 1)
            if (found := safe_day(*shift_months(ctx.anchor.year, ctx.anchor.month, step), number))
            and found.weekday() == weekday]  # fmt: skip
    if not days:
        return None
    tense = ctx.tense(m.start(), m.end())
    if tense is Tense.PAST and (before := [d for d in days if d <= ctx.anchor]):
        days = before[-1:]
    elif tense is Tense.FUTURE and (after := [d for d in days if d >= ctx.anchor]):
        days = after[:1]
    anchor = ctx.anchor
    return Resolution(DATE, min(days, key=lambda d: (abs((d - anchor).days), d)).isoformat())


def _nearest_weekday(anchor: dt.date, weekday: int) -> dt.date:
    """The day of `weekday` nearest `anchor`, back or ahead (back on a tie)."""
    forward = weekday_date(anchor, Tense.FUTURE, weekday)
    backward = weekday_date(anchor, Tense.PAST, weekday)
    return backward if (anchor - backward).days < (forward - anchor).days else forward


# A column's name on a line of its own: "THE SATURDAY INTERVIEW", "The Monday Column"
_COLUMN_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:THE|The)[ \t]+$")
_COLUMN_AFTER = re.compile(r"[ \t]+[A-Z][A-Za-z]+(?:[ \t]+[A-Z][A-Za-z]+)?[ \t]*(?:\n|$)")


# A state a past happening left until a day: "leaving travellers stranded at both terminals
# until" (not "asked skippers to ... stay at least 50 metres from the divers until")
_PARTICIPLE_UNTIL = re.compile(
    r"\b[a-z]+ed(?:[ \t]+(?!to\b)[\w'’-]+){0,5}[ \t]+(?:until|till)[ \t]+$")
# A modal in the clause before it: "said Thursday that schools there would stay closed
# until Monday" is ahead of the saying, whatever day was told before
_MODAL_IN_CLAUSE = re.compile(r"\b(?:would|will|could|should|might|shall)\b[^.;,]{0,50}$")


def norm_weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    weekday = lx.weekday_number(text)
    if weekday is None:
        return None
    if _COLUMN_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start()) and (
        _COLUMN_AFTER.match(ctx.text, m.end())
    ):
        return None  # "THE SATURDAY INTERVIEW", "The Monday Column": a column's name
    if small_hours := _SMALL_HOURS_OF.match(text):  # "until the small hours of Tuesday": the
        if _DATE_AFTER_WEEKDAY.match(ctx.text, m.end()):
            return None  # "in the early hours of Tuesday, 16 July": the full date's
        day_match = m.re.match(ctx.text, m.start() + small_hours.end(), m.end())  # day's
        answer = norm_weekday(day_match, ctx) if day_match else None  # first hours, TimeML's
        if answer is None or not _FULL_DAY_VALUE.fullmatch(answer.value):  # morning
            return answer and replace(answer, trim=day_match.span() if day_match else None)
        return Resolution(TIME, f"{answer.value}TMO", answer.mod)
    apposed = _APPOSED_WEEKDAY.search(ctx.text, max(0, m.start() - _APPOSED_REACH), m.start())
    if apposed and ctx.reference is not None and ctx.reference_day_end == apposed.start() + 1:
        # "Independence Day falls on Nov. 3, a Wednesday": that day's weekday (none when the
        # day is another weekday: the writer's slip)
        return Resolution(DATE, ctx.reference.isoformat()) if (
            ctx.reference.weekday() == weekday) else None  # fmt: skip
    if not apposed and _INDEFINITE_BEFORE.search(ctx.text, max(0, m.start() - 3), m.start()) and (
        _ANY_DAY_AFTER.match(ctx.text, m.end())
    ):  # "has not had a Saturday off since 2016": any Saturday (not "a Sunday night
        return None  # memorial service": that Sunday's)
    if not apposed and _FALLS_ON_A_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "March 25 falls on a Sunday of Lent this year": a weekday a date has
    if _THE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start()) and (
        _SHIFT_AFTER.match(ctx.text, m.end())
    ):  # "still works the Wednesday shift": the week's, any Wednesday
        return None
    if text[:1].isupper() and _THE_BEFORE.search(
        ctx.text, max(0, m.start() - 4), m.start()
    ) and _CAPITALISED_NEXT.match(ctx.text, m.end()):
        return None  # "the Sunday Times", "the Sunday Star-Times": a paper's name
    if text[:1].isupper() and lx.PAPER_NOUN_AFTER.match(ctx.text, m.end()) and (
        _PAPER_NAMED_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None  # "told Sunday Monitor", "SUNDAY MONITOR" over the story: a paper
    if _CREDIT_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
        return None  # "PHOTO: Sunday Eze": a photographer's name
    if (
        text[:1].isupper()
        and _SURNAME_AFTER.match(ctx.text, m.end())
        and not _DATE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None  # "Sunday Ogunleye, 34, was arrested": a given name
    if (
        text[:1].isupper()
        and (person := lx.person_before(ctx.text, m.start()))
        and not _DATE_WORD_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        and (
            person.group("first")  # (not "The Finance Minister Sunday said": AP's day)
            and lx.PERSON_AFTER.match(ctx.text, m.end())
            or ctx.text[max(0, m.start() - 2) : m.start()] == ", "
            and _CAPITALISED_NEXT.match(ctx.text, m.end())
        )
    ):
        return None  # "said Mike Sunday, a nurse", "said Col. Ray Sunday, the commander",
        # "the observatory's director, Sunday Okafor"
    if (
        _DAYS.search(text) and not text.lower().startswith(("last", "next"))
    ) or _EVERY_WEEKDAY_AND.search(ctx.text, max(0, m.start() - 30), m.start()) or (
        _HABIT_WEEKDAY_AFTER.match(ctx.text, m.end())
    ):
        # "on Fridays", "most Friday nights", "every Monday and Thursday": a habit
        part = _DAY_PARTS.search(text) or (
            not _DAYS.search(text)
            and (habit := _HABIT_WEEKDAY_AFTER.match(ctx.text, m.end()))
            and _DAY_PARTS.search(habit.group(0))
        )  # ("on Monday and Tuesday nights": Monday nights too, as TimeBank writes it)
        suffix = f"T{lx.PARTS_OF_DAY[part.group(1).lower()]}" if part else ""
        return Resolution(SET, f"XXXX-WXX-{weekday + 1}{suffix}")
    lowered = text.lower()
    if lowered.startswith("that") and (that := _THAT_WORD.match(text)):
        day_match = m.re.match(ctx.text, m.start() + that.end(), m.end())
        if lx.SAYING_THAT_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
            answer = norm_weekday(day_match, ctx) if day_match else None  # "said that
            return replace(answer, trim=day_match.span()) if answer and day_match else None
            # Sunday's vote ...": "that" opens a clause
        told = ctx.reference
        if told is not None and told.weekday() == weekday and 0 <= ctx.reference_day_end <= (
            m.start()
        ):  # "The Moon is new on Sunday 25 August ... by 11pm that Sunday": that day
            kind, value = with_part_of_day(told.isoformat(), text)
            return Resolution(kind, value, anaphoric=True)
        answer = norm_weekday(day_match, ctx) if day_match else None  # (no such day told:
        return answer  # the weekday as written alone, "that" in its span)
    if (weeks := _WEEKS_FROM_DAY.match(lowered)) and _DATE_AFTER_WEEKDAY.match(ctx.text, m.end()):
        return None  # "close for three weeks from Monday 29 June": the full date's
    if weeks and FOR_BEFORE.search(
        ctx.text, max(0, m.start() - 4), m.start()
    ):  # "will stop for two weeks from Wednesday": a duration, then the weekday's own
        day_match = m.re.match(ctx.text, m.start() + weeks.end(), m.end())
        answer = norm_weekday(day_match, ctx) if day_match else None
        return replace(answer, trim=day_match.span()) if answer and day_match else None
    if weeks:  # "a week ago Sunday", "two weeks from Friday": that many weeks before the
        # last such day, or after the next
        if ctx.anchor is None:
            return Resolution(DATE, f"XXXX-WXX-{weekday + 1}")
        ago = weeks.group(3) in ("ago", "last")  # ("a week last Tuesday": before it)
        count = (lx.parse_number(weeks.group(1)) or 1) * (
            2 if weeks.group(2).startswith("fortnight") else 1)  # fmt: skip
        day = weekday_date(ctx.anchor, Tense.PAST if ago else Tense.FUTURE, weekday)
        day += dt.timedelta(weeks=-count if ago else count)
        kind, value = with_part_of_day(day.isoformat(), text)
        return Resolution(kind, value)
    if after_week := _WEEK_AFTER_DAY.search(lowered):  # "Tuesday week": a week after the
        if ctx.anchor is None:  # next Tuesday (a fortnight for "Friday fortnight")
            return Resolution(DATE, f"XXXX-WXX-{weekday + 1}")
        day = weekday_date(ctx.anchor, Tense.FUTURE, weekday)
        return Resolution(DATE, (day + dt.timedelta(
            weeks=2 if after_week.group(1) == "fortnight" else 1)).isoformat())  # fmt: skip
    modifier = next((mod for mod in ("this past", "the previous", "the following", "the next",
                                     "last", "next", "this coming", "coming", "this")
                     if lowered.startswith(mod)), "")  # fmt: skip
    if lowered.endswith((" last", " next", "\tlast", "\tnext")):
        modifier = lowered[-4:]  # formal "Friday last", "Monday next"
    if not modifier and (shared := _SHARED_MODIFIER_BEFORE.search(
        ctx.text, max(0, m.start() - 40), m.start()
    )):  # "next Tuesday and Wednesday": next Wednesday too
        modifier = shared.group(1).lower()
    mod = "START" if lowered.startswith(("early", "earlier")) else None
    mod = "END" if lowered.startswith(("late", "later")) else mod
    anchor: dt.date | None = ctx.anchor
    if modifier in {"the previous", "the following"} and ctx.reference is not None:
        anchor = ctx.reference
    if anchor is None:
        return Resolution(DATE, f"XXXX-WXX-{weekday + 1}", mod)
    that = None if modifier else _THAT_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
    in_week_told = None if ctx.reference is None else (  # on from the last day told
        ctx.reference + dt.timedelta(days=(weekday - ctx.reference.weekday()) % 7))
    if in_week_told is not None and ctx.reference is not None and in_week_told > anchor and (
        in_week_told - dt.timedelta(days=7) == ctx.reference - dt.timedelta(days=1)
    ):  # but the day before it when the day on would be after the paper's ("by 7 a.m.
        in_week_told -= dt.timedelta(days=7)  # Saturday. 'We got half an hour to leave
        # that Friday night'"; not "opened on Monday, June 2. By that Sunday", told later)
    if that is not None and (in_week_told is None or in_week_told > anchor) and (
        not lx.SAYING_THAT_BEFORE.search(ctx.text, max(0, that.start() - 40), that.start())
    ) and (
        ctx.tense(m.start(), m.end()) is not Tense.FUTURE
    ) and (
        written := next((day for end, day in reversed(ctx.written_days)
                         if end <= m.start() and day.weekday() == weekday and day < anchor),
                        None)  # fmt: skip
    ):  # "sank during exercises on Aug. 12. ... Divers opened the hatch at about 1 p.m.
        # Monday ... two explosions were recorded that Saturday": the Saturday written (12
        # August), when the week of the last day told would put it after the paper's (not
        # "By that Wednesday" after "Monday, Feb. 22", nor "said that Saturday's march");
        kind, value = with_part_of_day(written.isoformat(), text)  # told again, the day
        return Resolution(kind, value, mod)  # its clock times are of
    if (
        not modifier
        and ctx.reference is not None
        and in_week_told is not None
        and ctx.reference < anchor
        and (that is not None or (
            _THE_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
            and not _RELATIVE_CLAUSE_AFTER.match(ctx.text, m.end())
        ))
    ):  # "The talks opened on Monday, Feb. 22 ... By that Wednesday": the week told ("at
        # 11.50 p.m. on Saturday 31st January ... under control by 6.30 a.m. on the Sunday")
        day = in_week_told
        kind, value = with_part_of_day(day.isoformat(), text)
        return Resolution(kind, value, mod, anaphoric=True)
    if (
        not modifier
        and ctx.reference is not None
        and ctx.reference.weekday() == weekday
        and _FALLS_ON_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        and _IN_ONE_SENTENCE.fullmatch(ctx.text, max(0, ctx.reference_day_end), m.start())
    ):  # "With Chinese New Year falling on Saturday": the day just named (not "precipitation
        # since September 1 ... Rain fell on Thursday night", a paragraph on)
        kind, value = with_part_of_day(ctx.reference.isoformat(), text)
        return Resolution(kind, value, mod, anaphoric=True)
    if not modifier and (week := _OF_WEEK_AFTER.match(ctx.text, m.end())):
        # "on Wednesday of last week": that week's Wednesday; "Tuesday of the following
        # week": the week after the day just told
        which = " ".join((week.group(1) or week.group(2)).lower().split())
        base = ctx.reference if which.startswith(("the", "that")) and ctx.reference else anchor
        shift = {"last": -7, "next": 7, "the following": 7, "the next": 7,
                 "the previous": -7}.get(which, 0)  # fmt: skip
        monday = base - dt.timedelta(days=base.weekday() - shift)
        kind, value = with_part_of_day((monday + dt.timedelta(days=weekday)).isoformat(), text)
        return Resolution(kind, value, mod)
    if not modifier and (opened := _LAST_WEEK_OPENS.search(
        ctx.text, max(0, m.start() - LAST_WEEK_REACH), m.start()
    )) and not _LAST_WEEK_TURN.search(opened.group(0)) and (
        ctx.tense(m.start(), m.end()) is not Tense.FUTURE
    ):  # "Last week, truckers blocked the road ... on Tuesday and Wednesday": that week's
        monday = anchor - dt.timedelta(days=anchor.weekday() + 7)
        kind, value = with_part_of_day((monday + dt.timedelta(days=weekday)).isoformat(), text)
        return Resolution(kind, value, mod)
    tense = ctx.tense(m.start(), m.end())
    if tense is Tense.UNKNOWN and not modifier and _CREDIT_ENDS_LINE.search(
        ctx.text, m.end(), _line_end(ctx.text, m.end())
    ):  # a picture's caption with its credit: "The longboat alongside the MV Pacific Tern
        tense = Tense.PAST  # off Bounty Bay on Thursday night. Photo: Torrie Christian"
    possessive = not modifier and _POSSESSIVE.match(ctx.text, m.end())
    if possessive and _AHEAD_OF_DAYS.search(ctx.text, max(0, m.start() - 20), m.start()) and (
        tense is not Tense.PAST or ctx.text[max(0, m.start() - 3) : m.start()] == "If "
    ):  # "has grown to $214 million for Wednesday night's drawing", "Tickets are on sale
        tense = Tense.FUTURE  # for Friday's match", "If Friday's attempt is scrubbed"
    elif (
        (possessive and not _AHEAD_SUBJECT.match(ctx.text, m.end()) and not (
            tense is Tense.FUTURE
            and _AT_TIME_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        ))  # (not "will hold a parade on Monday's public holiday": ahead)
        or _CLOSE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ) and not modifier:  # "Wednesday's ruling", "the closing price on Friday": known (not
        tense = Tense.PAST  # "Monday's meeting could also settle", still to come)
    elif not modifier and plan_gone(ctx.text, m.start(), m.end()):
        tense = Tense.PAST  # "a second meeting set for Wednesday collapsed": a plan gone
    elif not modifier and (
        _SET_FOR_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        or FORECAST_FOR_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        or _CALLED_TO_BEFORE.search(ctx.text, max(0, m.start() - 150), m.start())
        or _DAY_FALLS_ON_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
    ):  # "tabled an urgent question for Monday", "The Met Office forecast snow for
        tense = Tense.FUTURE  # Thursday", "has called airlines to a meeting on Tuesday": a
        # day ahead
    elif not modifier and tense is Tense.PRESENT and (
        _BE_ON_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        or _BE_AFTER.match(ctx.text, m.end())
    ):  # "Nana is 80 on Tuesday!", "Friday is a bonus," told on a Friday before: the day
        tense = Tense.FUTURE  # ahead (a present "is" of a day gone by is rare)
    elif not modifier and _ASKED_AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 120), m.start()):
        tense = Tense.FUTURE  # "told government soldiers to hand in their weapons by Sunday
        # morning": a deadline set, ahead of the telling; "asked the city council to hold a
        # special session on Thursday": a gathering asked for, ahead of the asking
    elif not modifier and MOVED_TO_BEFORE.search(
        ctx.text, max(0, m.start() - MOVED_TO_REACH), m.start()
    ):
        tense = Tense.FUTURE  # "moved the first day of classes to Tuesday": a day ahead
    elif not modifier and (declared := _DECLARED_BEFORE.search(
        ctx.text, max(0, m.start() - 36), m.start()
    )) and _DECLARED_AS_AFTER.match(ctx.text, m.end()):
        # "declared Monday a national day of mourning": the day declared, the nearest
        day = _nearest_weekday(anchor, weekday)  # (told on Sunday: ahead; "declared Tuesday
        # a public holiday" after Monday's ceremony, told on Thursday: two days back)
        if (listed := _LISTED_WEEKDAY.search(declared.group(0))) and (
            first := lx.weekday_number(listed.group(1))
        ) is not None:  # "declared Friday and Monday public holidays": the Monday after it
            first_day = _nearest_weekday(anchor, first)
            day = first_day + dt.timedelta(days=(weekday - first_day.weekday()) % 7 or 7)
        kind, value = with_part_of_day(day.isoformat(), text)
        return Resolution(kind, value, mod)
    elif until := until_tense(ctx.text, m.start()):
        if (
            until is Tense.FUTURE and tense is Tense.PAST and ctx.reference is not None
            and ctx.day_told_in_sentence(m.start())
            and _PARTICIPLE_UNTIL.search(ctx.text, max(0, m.start() - 60), m.start())
            and not _MODAL_IN_CLAUSE.search(ctx.text, max(0, m.start() - 60), m.start())
            and (day := ctx.reference + dt.timedelta(
                days=(weekday - ctx.reference.weekday()) % 7 or 7)) <= anchor
        ):  # "were cancelled on Tuesday night, leaving travellers stranded until Wednesday
            # morning": the Wednesday after the Tuesday told, gone by (not the next one)
            kind, value = with_part_of_day(day.isoformat(), text)
            return Resolution(kind, value, mod)
        tense = until
    if (
        not modifier and tense is Tense.FUTURE and ctx.reference is not None
        and ctx.reference < anchor
        and (said := _SAID_IT_WOULD.search(ctx.text, max(0, m.start() - WOULD_REACH), m.start()))
        and said.start() < ctx.reference_day_end <= m.start()
    ):  # fmt: skip ("said on Friday that it would shut the main on Sunday", told on
        # Tuesday: the Sunday after that Friday, gone by)
        day = ctx.reference + dt.timedelta(days=(weekday - ctx.reference.weekday()) % 7 or 7)
        kind, value = with_part_of_day(day.isoformat(), text)
        return Resolution(kind, value, mod)
    if not modifier and tense in (Tense.UNKNOWN, Tense.PRESENT) and (
        heading := _HEADING_END.match(ctx.text, m.end())
    ) and not ctx.text[ctx.text.rfind("\n", 0, m.start()) + 1 : m.start()].strip():
        # a weekday over a log's entries ("SATURDAY" / "2:20 a.m. - Deputies helped ..."):
        # past when its first entry is told in the past
        if ctx.tense(heading.end(), min(len(ctx.text), heading.end() + 1)) is Tense.PAST:
            tense = Tense.PAST
    if not modifier and tense is not Tense.FUTURE and (
        (tense in (Tense.UNKNOWN, Tense.PRESENT) and (TIMETABLE_BEFORE.search(
            ctx.text, max(0, m.start() - TIMETABLE_REACH), m.start()) or _IMPERATIVE_BEFORE.search(
            ctx.text, max(0, m.start() - IMPERATIVE_REACH), m.start())
            or _TIMETABLE_AFTER.match(ctx.text, m.end())))
        or _TIMETABLE_VERB_ON.search(ctx.text, max(0, m.start() - 16), m.start())
    ):  # "Government offices, closed yesterday ..., reopen on Thursday", "ends with Stakes
        tense = Tense.FUTURE  # Day on Saturday": a timetable's present, ahead
    if (
        not modifier
        and tense in (Tense.UNKNOWN, Tense.PRESENT)
        and ctx.reference is not None
        and anchor < ctx.reference <= anchor + dt.timedelta(days=6)
        and ctx.reference.weekday() != weekday
        and ctx.day_told_in_sentence(m.start(), LISTED_DAYS_REACH)
    ):  # "a flag-raising on Tuesday, public holidays on Wednesday and Thursday": a week's
        day = ctx.reference + dt.timedelta(days=(weekday - ctx.reference.weekday()) % 7)
        kind, value = with_part_of_day(day.isoformat(), text)  # days ahead, in order
        return Resolution(kind, value, mod)
    date = weekday_date(anchor, tense, weekday, modifier,
                        local=bool(lx.LOCAL_TIME_AFTER.match(ctx.text, m.end())))  # fmt: skip
    if not modifier and tense is not Tense.FUTURE and (update := update_day(ctx, weekday)):
        date = update  # (an update note's weekday: "released on Monday morning")
    kind, value = with_part_of_day(date.isoformat(), text)
    return Resolution(kind, value, mod)  # "Friday night": a TIME, as TimeML (and TimeBank)


_HEADING_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?\n[ \t]*(?=\S)")  # alone on its line
# A present "is" of a day: "Nana is 80 on Tuesday", "Friday is a bonus"
_BE_ON_BEFORE = re.compile(  # (no verb between: not "is said to have died on Thursday")
    r"\b(?:is|are|['’]s)(?:[ \t]+(?!(?:have|had|been|to)\b)[\w,!'’-]*(?<!ed)){0,5}?[ \t]+on[ \t]+$"
)
# A day of the calendar told in the present: "Deepavali falls on Saturday" (ahead)
_DAY_FALLS_ON_BEFORE = re.compile(r"\bfalls[ \t]+(?:this[ \t]+year[ \t]+)?on[ \t]+$")
_BE_AFTER = re.compile(r"[ \t]+(?:is|are)\b")
# A deadline set ("told soldiers to hand in their weapons by Sunday"), or a gathering asked
# for on a day ("asked the city council to hold a special session on Thursday", "had asked
# Microsoft managers to meet it on Thursday"; not "urged residents to stay indoors on
# Monday", which may be the urging's day): ahead of the telling (one search for both)
_ASKED_AHEAD_BEFORE = re.compile(
    r"\b(?:told|ordered|asked|urged|instructed|directed|gave)\b[^.;!?\n]{0,50}?\bto[ \t]+"
    r"(?!have\b|had\b)[a-z]+\b[^.;!?\n]{0,50}?[ \t]by[ \t]+$"
    r"|\b(?:asked|urged|invited|called[ \t]+on|requested|pressed)\b[^.;!?\n]{0,50}?\bto[ \t]+"
    r"(?:meet|hold|convene|attend|appear|testify|vote)\b[^.;!?\n]{0,50}?[ \t]on[ \t]+$"
)
LISTED_DAYS_REACH = 60  # characters from one day ahead to the next weekday of its list
_TIMETABLE_VERB_ON = re.compile(  # ("opened on Wednesday ... and ends on Saturday": ahead)
    r"\b(?:reopen|reopens|resume|resumes|ends|begins|starts|closes|finishes|concludes)\s+"
    r"(?:(?:[a-z]+\s+){0,3}?on\s+|(?<!loose\sends\s)(?<!and\sends\s))$",  # (wire copy drops
    # "on": "The quarter ends Saturday"; not the noun: "tied up loose ends Saturday")
    re.IGNORECASE,
)
# A request opening its sentence: "Take it easy on Monday morning", "Come on Thursday
# night", "Return your medical form by Friday"; or told in the present passive: "Journalists
# are asked to confirm their attendance before Tuesday noon" (ahead of the telling)
IMPERATIVE_REACH = 80
_IMPERATIVE_BEFORE = re.compile(
    r"(?:(?:^|\n|[.!?][\"”’]?[ \t]+|[\"“‘])[ \t]*(?:Please[ \t]+)?(?:Come|Take|Return|Ring|"
    r"Call|Bring|Send|Join|Book|Check|Apply|Register|Don['’]t|Do[ \t]+not|Make[ \t]+sure)\b"
    r")[^.!?\n]*$"
    r"|\b(?:is|are)[ \t]+(?:kindly[ \t]+|also[ \t]+)?(?:asked|requested|invited|reminded|"
    r"advised|required)[ \t]+to[ \t]+(?!have\b|be[ \t]+\w+ed\b)[^.!?\n]*\b(?:by|before|until|"
    r"no[ \t]+later[ \t]+than)[ \t]+$"  # (a deadline: not "Witnesses are asked to contact
    # police about the attack on Tuesday")
)
# ... told after its day: "On Tuesday it becomes a provincial city again"
_TIMETABLE_AFTER = re.compile(
    rf",?[ \t]+(?:it|he|she|they|we|the[ \t]+[a-z]+)[ \t]+(?:{TIMETABLE_VERBS})\b"
    r"|,?[ \t]+(?:[a-z]+[ \t]+){1,3}?(?:is|are)[ \t]+(?:at|due)[ \t]+(?:(?:about|around)[ \t]+)?"
    r"(?:\d{1,2}(?:[:.]\d\d)?[ \t]?[ap]\.?m\b|\d{1,2}[:.]\d\d\b|noon|midday|midnight)"  # ("On
    # Wednesday high water is at 11:42 a.m.": a tide table's; not "the jobless rate is at
    # about 6 percent")
)

# Something set for a day: "an urgent question for Monday" (not "had been set for Friday")
_SET_FOR_BEFORE = re.compile(
    r"\b(?:question|meeting|vote|hearing|session|debate|talks|appointment|summit|rally|"
    r"protest|strike|walkout|stoppage|shutdown|march|election|ballot|deadline)"
    r"(?:[ \t]+(?:across|at|in|on|outside)[ \t]+(?:the[ \t]+)?[\w'’-]+){0,2}\s+for\s+$"
)  # ("called a 24-hour stoppage across the port for Wednesday")
# A gathering a present perfect has called, its day to come (no perfect takes a past
# day): "has called airlines to a meeting on Tuesday", "have called a strike on Friday"
_CALLED_TO_BEFORE = re.compile(
    r"\b(?:has|have|had)[ \t]+(?:called|convened|summoned|invited|announced|scheduled)\b"
    r"(?:(?!\b(?:that|after|which|who)\b)[^.;:!?\n]){0,50}?"  # (not "have announced that
    # the protest outside parliament on Monday was peaceful")
    r"\b(?:an?|the|its|their)[ \t]+(?:[\w-]+[ \t]+)?(?:meeting|vote|hearing|session|debate|"
    r"talks|summit|rally|protest|strike|walkout|stoppage|conference|election|referendum|"
    r"ballot)(?:[ \t]+(?:of|at|in|with|between|outside|near|against|over|around|across)"
    r"[ \t][^.;:!?\n]{0,70}?)?[ \t]+(?:on|for)[ \t]+$"
)  # ("said the ministry had called a tripartite meeting of owners, workers' leaders and
# government officials at the secretariat on Thursday": the perfect told in the past; "has
# called an extraordinary session of the Municipal Assembly for Friday")
_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


# "today's world", "today's youth": the present age, not the day (left unannotated).
_TITLE_BEFORE_TODAY = re.compile(r"\((?:[A-Z][\w&.'’-]*[ \t]){1,4}$")  # "(Triathlon "
_GENERIC_TODAY = re.compile(
    r"['’]s(?:[ \t]+[a-z]+)?[ \t]+(?:world|youth|society|generation|children|kids|young|"
    r"teenagers|consumers|students|families|technology|computers|culture|standards|economy)\b"
)


_DAY_WORD = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|this|last)\b")
_IN_BEFORE = re.compile(rf"\b(?:in|{lx.LASTING_BEFORE_RE})\s+$", FLAGS)
# A habit or a permission before "through the night": no one night ("checking
# thermometers every hour through the night", "allows cargo aircraft to use the airport")
_HABIT_BEFORE_NIGHT = re.compile(
    r"\b(?:every|each|allows?|allowed|permits?|permitted|permission|can|could|may|might|must|should)\b[^.;:!?\n]*$",
    FLAGS,
)
# A noun after "the night" makes it a kind of thing: "the night shift", "the night sky"
# (not "spent the evening drinking", "the afternoon off", nor a verb in the past: "fans
# who had waited through the night followed the bus")
_PART_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:with|and|as|in|on|at|to|for|after|before|from|while|when|but|until|into|"
    r"near|by|of|off|there|here|outside|together|alone|again|the|a|an|his|her|its|their|"
    r"our|he|she|it|they|we|i|you)\b)[a-z]+\b(?<!ing)(?<!ed)"
)
_BOUND_PART_BEFORE = re.compile(r"\b(?:for|by|until|till|from|since)\s+$", FLAGS)
_PART_ENDS_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:with|and|when|as|but)\b)")
_PART_EDGE = re.compile(r"(early|late|mid)\b")
PART_REFERENCE_DAYS = 7  # a part of day goes with a day mentioned at most this long before


def _part_of_the_day(lowered: str, ctx: Context, at: int) -> Resolution | None:
    """A part of the day on its own ("in the morning", "by mid afternoon"): of the day
    just mentioned when that is a recent day, else of the anchor."""
    part = DAY_PART.search(lowered)
    if part is None:
        return None
    day, reference = ctx.anchor, ctx.day_for_times(at)
    if day and reference and (
        0 <= (day - reference).days <= PART_REFERENCE_DAYS
        or (0 < (reference - day).days <= PART_REFERENCE_DAYS
            and 0 <= at - ctx.reference_day_end <= DAY_PART_REACH
            and ctx.tense(at, at + len(lowered)) is Tense.FUTURE)  # ("FRIDAY, JANUARY 8 /
        # No trials will sit in the afternoon": that Friday's, a day ahead just told)
        or (reference < day and ctx.tense(at, at + len(lowered)) is Tense.PAST and any(
            0 <= told_end <= at <= told_end + DAY_PART_REACH and "\n" not in ctx.text[told_end:at]
            for told_end in (ctx.reference_day_end, ctx.clock_end if ctx.clock_day == reference
                             else -1)))  # fmt: skip
    ):  # (and a day of long ago just told, or a clock time of it, in its paragraph, in a
        # past sentence: "The fire broke out on 3 March 2030. Crews worked through the
        day = reference  # night."; "At about 6 p.m. the boat capsized. The passengers clung
        # to the hull through the night.")
    if (
        day is not None
        and part.group(1).lower() == "night"
        and (day == ctx.anchor or _morning_told(ctx, at, day))
        and not (_EVENING_CLOCK.search(ctx.clock_value or "")
                 and (ctx.clock_value or "").startswith(day.isoformat()))
        and ctx.tense(at, at + len(lowered)) is not Tense.FUTURE
        and not _BEGAN_AND_BEFORE.search(ctx.text, max(0, at - BEGAN_AND_REACH), at)
    ):  # "Counting went on through the night" after "conceded on Saturday morning", "spent
        # the night on her roof" told the next day: the night that ended on the day told
        day -= dt.timedelta(days=1)  # (not "Voting ended on Friday. Counting went on
        # through the night", nor "ran until 11 p.m. ... through the night")
    elif (
        day is not None
        and ctx.anchor is not None
        and day < ctx.anchor
        and part.group(1).lower() == "morning"
        and _night_told(ctx, at, day)
        and ctx.tense(at, at + len(lowered)) is Tense.PAST
        and not _EARLIER_IN_CLAUSE.search(ctx.text, max(0, at - EARLIER_REACH), at)
    ):  # "was detained at 23.30 last night ... Police searched the flat during the
        day += dt.timedelta(days=1)  # morning", "The storm hit on Sunday night. In the
        # morning, residents found the roofs gone": the morning after that night
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    edge = _PART_EDGE.match(lowered.removeprefix("the "))  # "the late afternoon"
    mod = {"early": "START", "late": "END", "mid": "MID"}[edge.group(1)] if edge else None
    return Resolution(TIME, f"{prefix}T{lx.PARTS_OF_DAY[part.group(1).lower()]}", mod,
                      anaphoric=day is not ctx.anchor)  # fmt: skip


# What began on a morning and went on into the night: "a public meeting that began at
# 10:00am on Wednesday and ran through the night" (that Wednesday's night)
_BEGAN_AND_BEFORE = re.compile(r"\b(?:began|started|opened)\b[^.;!?\n]*\band\b[^.;!?\n]*$")
BEGAN_AND_REACH = 120  # characters back from a night to the beginning told


def _morning_told(ctx: Context, at: int, day: dt.date) -> bool:
    """Whether `day` was last told with its morning or a clock time before noon, within
    DAY_PART_REACH characters before `at` ("conceded on Saturday morning", "struck at 3.42am")."""
    return _part_told(ctx, at, day, "MO", _MORNING_CLOCK, clock_anywhere=True)


def _part_told(
    ctx: Context, at: int, day: dt.date, part: str, clock: re.Pattern[str], *,
    clock_anywhere: bool = False,
) -> bool:
    """Whether `day` was told with its part of the day `part` within DAY_PART_REACH
    characters before `at`, or its last clock time matches `clock` (ending within that
    reach too, unless `clock_anywhere`)."""
    if ctx.clock_day == day and clock.search(ctx.clock_value or "") and (
        clock_anywhere or 0 <= at - ctx.clock_end <= DAY_PART_REACH
    ):
        return True
    return any(told == day and told_part == part for end, told, told_part in ctx.day_parts
               if 0 <= at - end <= DAY_PART_REACH)  # fmt: skip


_MORNING_CLOCK = re.compile(r"T(?:MO|0\d:\d\d|1[01]:\d\d)$")


def _night_told(ctx: Context, at: int, day: dt.date) -> bool:
    """Whether `day` was last told with its night or a clock time of its late evening,
    within DAY_PART_REACH characters before `at` ("at 23.30 last night", "on Sunday night")."""
    return _part_told(ctx, at, day, "NI", _NIGHT_CLOCK)


_NIGHT_CLOCK = re.compile(r"T(?:NI|2[1-3]:\d\d)$")
# A morning told as before the night: "He had spent the morning at a job centre",
# "Earlier, in the morning, the owner had reported a gas smell"
_EARLIER_IN_CLAUSE = re.compile(r"\b(?i:had|earlier|before|previously)\b(?![^.!?\n]*[.!?]\s)")
EARLIER_REACH = 60  # characters back from a morning searched for "had", "earlier"
_OF_BEFORE = re.compile(r"\bof\s+$")


_DETERMINER_BEFORE_WORD = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his|[Tt]hat)[ \t]+$"
)
_THING_AFTER_OVERNIGHT = re.compile(
    r"[ \t-]+(?!(?:and|or|to|from|in|on|at|by|for|with|of|as|search|operation|raid|talks|"
    r"session|sitting|vigil|attack|assault|bombing|bombardment|shelling|rescue|meeting|"
    r"negotiations|debate|battle|fighting|clashes|protest|march|standoff|hunt|manhunt)\b)"
    r"[a-z]{3,}"
)  # (not a happening's noun: "after an overnight search involving more than 60 people")
# "overnight losses in New York": an adjective, the night before the day's trading
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:with|and|as|in|on|at|to|for|after|before|from|while|when|but|until|"
    r"into|near|by|of)\b)[a-z]"
)
_EVENING_END = re.compile(r"(?:p\.m\.?|pm|afternoon|evening|(?<!mid)night)$", FLAGS)  # (not
# "the sale of alcohol was banned until midnight. ... many had travelled overnight")
EVENING_REACH = 300  # characters from an evening told to "overnight"
_EVENING_CLOCK = re.compile(r"T(?:EV|NI|(?:1[7-9]|2[0-3]):\d\d)$")  # a time from 5 p.m. on
_THEN_OVERNIGHT = re.compile(r"\b(?:and|then)\s")  # a later act of the day's story
_AFTER_BETWEEN = re.compile(r"\b(?:after|following|since)\b", FLAGS)
_WEEKDAY_LATER_IN_SENTENCE = re.compile(rf"[^.;!?\n]{{0,100}}?\b({lx.WEEKDAY_NAME_RE})\b", FLAGS)
_DAY_LATER_IN_SENTENCE = re.compile(
    rf"[^.;!?\n]{{0,100}}?\b(?:(?P<day>\d{{1,2}})[ \t]+(?P<month>{lx.MONTH_RE})|(?P<month_first>"
    rf"{lx.MONTH_RE})[ \t]+(?P<day_after>\d{{1,2}}))\b", FLAGS
)  # ("... and reopened at 06:00 on 14 March", "... until Nov. 9")


_UNITS_LATE_BEFORE = re.compile(r"\b(?:minutes|hours|days|weeks|mins|hrs)[ \t]+$", FLAGS)


_SPENT_BEFORE = re.compile(r"\bsp(?:ent|end|ends|ending)\s+(?:(?:most|much|all|part)\s+of\s+)?$",
                           FLAGS)


# A picture's credit at the end of its caption's line: "... Photo: Torrie Christian"
_CREDIT_ENDS_LINE = re.compile(
    r"[.)][ \t]+(?:Photo|Picture|Image|Photograph)s?(?:[ \t]+by)?[ \t]*:[^\n.]{2,60}$"
    r"|\((?:AP|AFP|Reuters)[ \t]+Photo\b[^\n]{0,60}\)[ \t]*$"
)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


# A broadcast's name: "ABC WORLD NEWS TONIGHT", "World News Tonight for this Monday"
_NEWS_NAME_BEFORE = re.compile(r"\b(?:News|NEWS)[ \t]+$")


# A paper's name ending in "Today", a field of its own line: one capitalised word at the
# line's (or a bar's) start, then "Today" at the line's end or before a bar
_NAME_BEFORE_TODAY_FIELD = re.compile(
    r"(?:^|\n|[|·•][ \t])[ \t]*[A-Z](?:[a-z]+|[A-Z]+)[ \t]$"
)
_FIELD_END_AFTER = re.compile(r"[ \t]*(?:$|\n)")
_BAR_AFTER = re.compile(r"[ \t]*[|·•]")


def norm_relative_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    lowered = m.group(0).lower()
    if lowered == "tonight" and m.group(0)[:1] == "T" and _NEWS_NAME_BEFORE.search(
        ctx.text, max(0, m.start() - 6), m.start()
    ):
        return None  # a programme's name, no night
    if (week := _A_WEEK_BEFORE.match(lowered)) is not None:  # British "a week today": seven
        day_match = m.re.match(ctx.text, m.start() + week.end(), m.end())  # days from today
        answer = norm_relative_day(day_match, ctx) if day_match else None
        if answer is None or day_match is None or not DAY_VALUE.fullmatch(answer.value):
            return answer and replace(answer, trim=day_match.span() if day_match else None)
        day = dt.date.fromisoformat(answer.value) + dt.timedelta(
            days=-7 if lowered.endswith("yesterday") else 7)
        return Resolution(DATE, day.isoformat())
    if lowered.startswith("late ") and _UNITS_LATE_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ) and (day_match := m.re.match(ctx.text, m.start() + len("late "), m.end())):
        # "left an hour and 40 minutes late yesterday": late by the time, on that day
        answer = norm_relative_day(day_match, ctx)
        return answer and replace(answer, trim=day_match.span())
    if lowered.startswith("last ") and _THE_BEFORE.search(
        ctx.text, max(0, m.start() - 4), m.start()
    ):  # "on the last afternoon of the second season": the final one
        return None
    if lowered == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return None
    if lowered == "today" and m.group(0) != "today" and _NAME_BEFORE_TODAY_FIELD.search(
        ctx.text, max(0, m.start() - 30), m.start()
    ) and (_BAR_AFTER.match(ctx.text, m.end()) or (
        m.group(0) == "TODAY" and _FIELD_END_AFTER.match(ctx.text, m.end())
        and "\n" not in ctx.text[:m.start()].strip()
    )):  # a paper's name: "Finland Today  ·  About us" in a page's foot, a masthead's
        return None  # "FINLAND TODAY" on the first line (not a headline's "Storms Batter
        # Finland Today", "Election Today", "Strike Hits NHS Today")
    if m.group(0) == "Today" and _TITLE_BEFORE_TODAY.search(
        ctx.text, max(0, m.start() - 40), m.start()
    ) and ctx.text.startswith(")", m.end()):
        return None  # a source's name in brackets: "(Triathlon Today)", "(USA Today)"
    if lowered in {"today", "tomorrow"} and _OF_BEFORE.search(ctx.text, max(0, m.start() - 4),
                                                              m.start()):
        return None  # "the people of tomorrow", "the world of today": an age, not a day
    offset = 0
    if lowered == "overnight" and _DETERMINER_BEFORE_WORD.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ) and _THING_AFTER_OVERNIGHT.match(ctx.text, m.end()):
        return None  # "The overnight ferry from Piraeus", "its overnight target": a kind
        # of thing (an adjective after its article), no night told
    if lowered == "overnight":  # the night before the paper, or the coming one
        if ctx.anchor is None:
            return Resolution(TIME, "XXXX-XX-XXTNI")
        day, reference = ctx.anchor, ctx.reference
        if reference and 0 <= (day - reference).days <= PART_REFERENCE_DAYS:
            day = reference  # the story's day: "Friday ... overnight losses in New York"
        ahead = ctx.tense(m.start(), m.end()) is Tense.FUTURE
        if ahead and day < ctx.anchor:  # "reached the islands on Saturday evening and is
            day = ctx.anchor  # expected to ease overnight", told on Sunday: tonight
        evening_before = day is not ctx.anchor and (
            (0 <= m.start() - ctx.reference_day_end <= EVENING_REACH
             and _EVENING_END.search(ctx.text, max(0, ctx.reference_day_end - 30),
                                     ctx.reference_day_end))
            or (day < ctx.anchor and "\n" in ctx.text[ctx.reference_day_end : m.start()]
                and not _NOUN_AFTER.match(ctx.text, m.end()))
        )  # fmt: skip ("By Saturday evening ... at 9:15 p.m. ... Conditions worsened
        # overnight": that evening's night; so after a past day narrated paragraphs
        # before: "The fire made its longest run on Tuesday ... Crews held the fire at
        # the Westside line overnight")
        if (
            not (ahead or evening_before)
            and day is not ctx.anchor
            and _EVENING_CLOCK.search(ctx.clock_value or "")
            and (ctx.clock_value or "").startswith(day.isoformat())
            and ctx.day_told_in_sentence(m.start())
        ):  # "docked in Lipsi's harbour at about 7pm on Friday and began pumping ...
            evening_before = True  # overnight": that evening's night
        if (
            not (ahead or evening_before)
            and day is not ctx.anchor
            and day < ctx.anchor
            and ctx.day_told_in_sentence(m.start())
            and ctx.tense(m.start(), m.end()) is Tense.PAST
            and _THEN_OVERNIGHT.search(ctx.text, ctx.reference_day_end, m.start())
            and not _AFTER_BETWEEN.search(ctx.text, ctx.reference_day_end, m.start())
            and not _NOUN_AFTER.match(ctx.text, m.end())
        ):  # "The protest began on Thursday ... and spread overnight": that day's night
            evening_before = True
        if not (ahead or evening_before) and (
            (after := _WEEKDAY_LATER_IN_SENTENCE.match(ctx.text, m.end()))
            and lx.weekday_number(after.group(1)) == (day.weekday() + 1) % 7
            or (later := _DAY_LATER_IN_SENTENCE.match(ctx.text, m.end()))
            and lx.month_number(later["month"] or later["month_first"]) == (
                next_day := day + dt.timedelta(days=1)).month
            and int(later["day"] or later["day_after"]) == next_day.day
        ):
            evening_before = True  # "reached Wajir on Monday. It settled overnight ... and
            # was sprayed Tuesday morning", "13 March ... The road was closed overnight and
            # reopened at 06:00 on 14 March": the night before that morning
        if evening_before and _SMALL_HOURS.match(ctx.clock_value or "") and (
            ctx.clock_day == day and day is not ctx.anchor and ctx.reference_day_end >= 0
            and (ctx.clock_value or "").startswith(day.isoformat())
        ):  # "winched up six men between 2:05 and 3:40 a.m. ... sheltered in the wheelhouse
            evening_before = False  # overnight": the night those small hours end
        if evening_before and not ahead and day == ctx.anchor and (
            ctx.tense(m.start(), m.end()) is Tense.PAST
        ):  # "recording 47.4 degrees at 2.30 pm, the centre said. Five deaths were reported
            evening_before = False  # overnight": the paper's own day, whose night is to
            # come: the night before it
        night = day - dt.timedelta(days=0 if ahead or evening_before else 1)
        return Resolution(TIME, f"{night.isoformat()}TNI", anaphoric=day is not ctx.anchor)
    if "day before yesterday" in lowered:
        offset = -2
    elif lowered == "the night before last":  # the night of the day before yesterday
        if ctx.anchor is None:
            return Resolution(TIME, "XXXX-XX-XXTNI")
        return Resolution(TIME, f"{(ctx.anchor - dt.timedelta(days=2)).isoformat()}TNI")
    elif "day after tomorrow" in lowered:
        offset = 2
    elif "last night" in lowered or "last evening" in lowered:
        offset = -1  # ("ended peacefully last evening": yesterday's evening)
    elif not _DAY_WORD.search(lowered):  # "in the morning", "by mid afternoon"
        if lowered.startswith("the") and (not _IN_BEFORE.search(
            ctx.text, max(0, m.start() - 9), m.start()
        ) or _PART_NOUN_AFTER.match(ctx.text, m.end()) or (
            lowered == "the night" and _HABIT_BEFORE_NIGHT.search(
                ctx.text, max(0, m.start() - 80), m.start())
        )) and not (
            _BOUND_PART_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
            and _PART_ENDS_AFTER.match(ctx.text, m.end())
        ):  # "the morning session": only "in the morning" is a time (and "forecast for
            return None  # the afternoon.", "likely to clear by the evening, with ...")
        return _part_of_the_day(lowered, ctx, m.start())
    else:
        offset = next((v for k, v in _RELATIVE_DAYS.items() if k in lowered), 0)
    mod = "START" if lowered.startswith(("early ", "earlier ")) else None
    mod = "END" if lowered.startswith(("late ", "later ")) else mod
    if lowered.startswith(("mid-", "mid ")):
        mod = "MID"
    if ctx.anchor is None:
        return Resolution(DATE, "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", mod)
    day = ctx.anchor
    if (speech := _speech_day(lowered, ctx, m)) is not None:
        day = speech  # 'Hale said last night: "We are ready to go back into talks
        # tomorrow morning."' in the morning paper: its day
    elif offset == 0 and _quoted_on_lead_day(lowered, ctx, m):
        day = ctx.lead_day or day  # '"Tonight the voters asked for change," he said' in a
        # Monday paper whose lead is Sunday's election: Sunday night
    told = day + dt.timedelta(days=offset)
    if (apposed := _APPOSED_WEEKDAY_AFTER.match(ctx.text, m.end())) is not None and lowered in (
        "today", "tomorrow", "yesterday"
    ):  # "tomorrow, Tuesday" said where it is already Monday when the paper's day is
        # Sunday (a correspondent in another zone): the day the speaker names
        shift = (lx.WEEKDAYS[apposed.group(1).lower()] - told.weekday() + 3) % 7 - 3
        if abs(shift) == 1:
            told += dt.timedelta(days=shift)
    value = told.isoformat()
    if "tonight" in lowered:
        return Resolution(TIME, f"{value}TNI", mod)
    kind, value = with_part_of_day(value, lowered)
    return Resolution(kind, value, mod)


_APPOSED_WEEKDAY_AFTER = re.compile(rf",[ \t]+({lx.WEEKDAY_NAME_RE})\b(?![ \t]+(?:the[ \t]+)?\d)",
                                    FLAGS)  # ("tomorrow, Tuesday", not "today, Monday 3 June")
_QUOTE_DAY_WORDS = frozenset({"today", "tonight", "this morning", "this afternoon",
                              "this evening"})  # fmt: skip
_DAY_AFTER = re.compile(
    r"[^\n]{0,160}?\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)\b", FLAGS
)

_QUOTE_CLOSE_AFTER = re.compile(r"[^\n\"”]{0,160}?(?:([.!?])[\"”][ \t]+(?=[A-Z\"“])|[\"”])")


# What introduces a quotation with the day it was said: 'said last night: "', 'told
# reporters yesterday, "'.
_SAID_DAY_BEFORE = re.compile(
    r"\b(?:said|says|told\s+(?:[\w.'’-]+\s+){0,3}?|added|wrote|declared)\s*"
    r"(?P<day>last\s+night|yesterday(?:\s+(?:morning|afternoon|evening))?)\s*[:,]\s*$",
    FLAGS,
)
_OPENING_QUOTES = ('"', "“")
_SAID_INTRO_REACH = 60  # characters before a quotation searched for its saying's day


def _speech_day(lowered: str, ctx: Context, m: re.Match[str]) -> dt.date | None:
    """The day a quotation was said, the day before the paper's, for its own "today" or
    "tomorrow", when it is introduced so: 'said last night: "We are ready to go back
    into talks tomorrow morning."'."""
    if ctx.anchor is None or not lowered.startswith(("today", "tonight", "tomorrow", "this ")):
        return None
    line_start = ctx.text.rfind("\n", max(0, m.start() - QUOTE_REACH), m.start()) + 1
    if not in_quotation(ctx.text, (line_start, m.start()), m.start()):
        return None
    opening = max(ctx.text.rfind(mark, line_start, m.start()) for mark in _OPENING_QUOTES)
    if opening < 0:  # (the last quotation mark before it opens its quotation)
        return None
    said = _SAID_DAY_BEFORE.search(
        ctx.text, max(line_start, opening - _SAID_INTRO_REACH), opening
    )
    return ctx.anchor - dt.timedelta(days=1) if said else None


def _quoted_on_lead_day(lowered: str, ctx: Context, m: re.Match[str]) -> bool:
    """Whether a quotation's "today" was said on the lead's day, the day before the paper:
    a day-after report quotes its event ('"We have waited three years for today," his
    mother said outside the courthouse' after a Friday verdict, in Saturday's paper). Not
    when the saying has a day of its own other than the lead's ('"Today we rest," the
    coach said on Sunday') or the last day told is the paper's ("The council said on
    Monday ... 'Today I'm throwing out my furniture'")."""
    lead, anchor = ctx.lead_day, ctx.anchor
    if lowered not in _QUOTE_DAY_WORDS or lead is None or anchor is None:
        return False
    if (anchor - lead).days != 1 or ctx.reference == anchor:
        return False
    line = (ctx.text.rfind("\n", max(0, m.start() - QUOTE_REACH), m.start()) + 1, m.start())
    if not in_quotation(ctx.text, line, m.start()):
        return False
    close = _QUOTE_CLOSE_AFTER.match(ctx.text, m.end())
    said = None if close and close.group(1) else _DAY_AFTER.match(ctx.text, m.end())
    # (no day after a quotation that ends its sentence: '"... remember tonight." He signed
    # ... early Sunday' tells the next sentence's day, not the saying's)
    return said is None or said.group(1).lower() == "yesterday" or (
        lx.weekday_number(said.group(1)) == lead.weekday()
    )  # ('"... and today they walked away," the minister said Friday evening': Friday)


# --- "last week", "this year", "the previous day", "two years ago" ----------------------


def _unit_value(anchor: dt.date, unit: str, delta: int) -> str | None:
    """The calendar unit containing `anchor`, moved by `delta` units, as a TIMEX3 value."""
    if unit in {"day", "night"}:
        return (anchor + dt.timedelta(days=delta)).isoformat()
    if unit in {"week", "fortnight"}:
        return week_value(anchor + dt.timedelta(weeks=delta))
    if unit == "weekend":
        return week_value(anchor + dt.timedelta(weeks=delta)) + "-WE"
    if unit == "month":
        year, month = shift_months(anchor.year, anchor.month, delta)
        return f"{year:04d}-{month:02d}"
    if unit == "quarter":
        year, quarter = shift_quarter(anchor.year, quarter_of(anchor.month), delta)
        return f"{year:04d}-Q{quarter}"
    if unit == "year":
        return f"{anchor.year + delta:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + delta:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + delta:02d}"
    return None


_UNIT_RANK = {"day": 0, "night": 0, "week": 1, "weekend": 1, "fortnight": 1, "month": 2,
              "quarter": 3, "year": 4, "decade": 5, "century": 6}  # fmt: skip
_GRANULARITY_RANK = {"time": 0, "day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3,
                     "half": 4, "year": 4, "decade": 5, "century": 6}  # fmt: skip


def _reference_start(ctx: Context, unit: str) -> dt.date | None:
    """The first day of the last date mentioned, if it is at least as precise as `unit`
    ("that quarter" after "the second quarter"; "the following month" after "March")."""
    if not ctx.reference_value:
        return None
    interval = interval_of(ctx.reference_value)
    if interval is None or _GRANULARITY_RANK[interval[2].value] > _UNIT_RANK.get(unit, 0):
        return None
    return interval[0]


_SPACES = re.compile(r"\s+")
_MONTH_OR_DAY = re.compile(r"\d{4}-\d{2}")
_FROM_DEICTIC = re.compile(r"\b(?:last|this|next)\b.*")
_EARLY = re.compile(r"(?:earlier|early)\b")
_SPAN_BEFORE = re.compile(r"\b(?:in|over|during|within|for)\s+$", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:over|during|within|for)\s+$", re.IGNORECASE)
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*)$")
_LATE = re.compile(r"(?:later|late)\b")
_PART = re.compile(r"\b(?:morning|afternoon|evening|night)\b")
_AROUND_REFERENCE = re.compile(r"\d{4}-(?:\d\d-\d\d|W\d\d)")  # a day or week told before
_UNIT_AROUND = re.compile(
    r"the (week|month|weekend|morning|afternoon|evening|night) (before|after)"
)
_IN_THE_DAY = re.compile(r"\bin the day\b")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")
_WITHIN_YEAR = frozenset({"month", "week", "quarter"})
_YEAR_VALUE = re.compile(r"\d{4}")
_DAY_AROUND = re.compile(r"^the day (before|after)$")
_APPOSITION_AFTER_DATE = re.compile(r",\s*")
_APPOSITION_BEFORE = re.compile(r",\s*$")
# What may follow "the day before" told alone: a stop, a day's noun ("The day after the
# shooting, police ..."), "too" (not "the day before she takes office", "the day after
# the end of the talks": a day counted from something unknown)
_DAY_AROUND_ALONE = re.compile(
    r"\s*(?:[,.;:!?)\"”']|$)|\s+the\s+[a-z]+\b(?!\s+(?:of|in|on|at|to|for|that)\b)|"
    r"\s+(?:too|as\s+well)\b"
)
_SAID_BEFORE = re.compile(r"\b(?:said|announced|reported|confirmed|told[ \t]+\w+)[ \t]+$")
_HAPPENING_AFTER = re.compile(rf"\s+the\s+({lx.HAPPENING_NOUN})\b{lx.HAPPENING_PHRASE_END}")


def _day_of_happening(ctx: Context, noun: str, before: int) -> dt.date | None:
    """The day gone by written first after an earlier mention of the happening `noun`, near
    it and in its sentence ("A pit bull attacked a letter carrier ... on Dec. 19"), among
    the last days written (not a day ahead: "closed because of the eruption and will not
    reopen before Monday, March 18"; nor one of the next sentence: "lost the vote. 'I will
    go there on Saturday'")."""
    reach = max(0, before - lx.HAPPENING_LOOKBACK)  # (the nearest mention first)
    for found in reversed(list(lx.happening_noun(noun).finditer(ctx.text, reach, before))):
        for end, day in ctx.written_days:
            if (
                found.end() < end <= min(found.start() + lx.HAPPENING_DAY_REACH, before)
                and (ctx.anchor is None or day <= ctx.anchor)
                and not SENTENCE_END.search(ctx.text, found.end(), end)
            ):  # (nor the stamp's day under a headline's "wedding photographer")
                return day
    return None


_ANAPHORIC = re.compile(r"\b(?:previous|following|same|that|the next|the prior)\b")


_OWNER_BEFORE = re.compile(OWNER_BEFORE, FLAGS)
# A compared owner's, its noun left out: "as fast as Hong Kong's", "than Apple's"
_COMPARED_OWNER_BEFORE = re.compile(
    r"\b(?:as|than)[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w.-]*['’]s[ \t]+$"
)


def norm_relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    if COMPOUND_AFTER.match(ctx.text, m.end()):
        return None  # "the quarter-point hike", "the week-long strike": part of a compound
    lowered = _SPACES.sub(" ", text.lower())
    if around := _UNIT_AROUND.fullmatch(lowered):  # "the week before": the previous week
        if ctx.reference_value is not None and not _AROUND_REFERENCE.match(ctx.reference_value):
            return None  # "In 1996 ... slices she had cut the night before": of a day untold
        lowered = f"the {'previous' if around.group(2) == 'before' else 'next'} {around.group(1)}"
    if lowered in ("the last day", "the last night") and not _SPAN_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return None  # "went into the last day knowing a win would do": the final one
    if lowered.startswith("last ") and _OWNER_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ) and not _COMPARED_OWNER_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "the school's last day", "its last week in the league": the final one
        # (not "grew four times as fast as Hong Kong's last year": Hong Kong's growth then)
    if lowered.startswith("the day ") and ctx.text[max(0, m.start() - 3) : m.start()] == "to ":
        return None  # "six years to the day after the Emir first tried": an exact count
    part = _PART.search(lowered)
    unit = "day" if part else lx.unit_of(_FISCAL_YEAR_WORDS.sub("year", lowered))
    if unit is None:
        return None
    if (
        unit == "week"
        and lowered.startswith(("the following", "the next", "the previous", "that"))
        and ctx.reference is not None
        and _WEEKDAY_OF_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start())
    ):  # "on Tuesday of the following week": the week of that Tuesday, told just before
        return Resolution(DATE, week_value(ctx.reference), anaphoric=True)
    if unit == "fortnight" and lowered.startswith(("the past", "the last", "the next", "past")):
        return Resolution(DURATION, "P2W")  # no calendar fortnight: "over the past fortnight"
    if unit in ("week", "month", "year") and lowered.startswith(("the past ", "the last ")) and (
        len(lowered.split()) == 3
    ) and _SPENT_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "Workers had spent the past week repainting the station": the time spent
        return Resolution(DURATION, f"P1{unit[0].upper()}")
    if lowered in ("the past month", "the past week"):  # "their loss over the past month",
        return Resolution(DURATION, f"P1{unit[0].upper()}")  # "the past month of
        # campaigning", "19 of them in the past week": the month (week) up to now, as the
        # fresh sets' annotators write it (every time)
    if unit in ("decade", "century") and lowered.startswith(("the past ", "past ")):
        # "Support has risen over the past decade": the ten years up to now, as the gold
        # data write it (TimeBank's "the last decade" stays the 1980s)
        return Resolution(DURATION, "P10Y" if unit == "decade" else "P100Y")
    if (
        unit in ("decade", "century")
        and lowered.startswith(("the next ", "the coming "))
        and _OVER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):  # "sets aside 2.4 billion crowns over the next decade": ten years from now
        return Resolution(DURATION, "P10Y" if unit == "decade" else "P100Y")
    mod = point_mod(_FROM_DEICTIC.sub("", lowered))
    if _EARLY.match(lowered) and "this" in lowered:
        mod = "START"
    elif _LATE.match(lowered) and "this" in lowered:
        mod = "END"
    if (
        unit == "year"
        and ctx.anchor is not None
        and ("fiscal" in lowered or "financial" in lowered)
        and not re.search(r"\b(?:that|same|following)\b", lowered)
        and (year_end := ctx.fiscal_end(m.start(), named=True))
    ):  # "this fiscal year" of a year ending in October, told in November: next year's;
        # "the previous financial year": the one before the paper's, or before the fiscal
        # year of the date just told ("its largest loss in fiscal 2074, which ended on March
        # 31 ... from 68.2 billion yen in the previous fiscal year": 2073)
        if re.search(r"\b(?:previous|prior)\b", lowered) and (
            told := _told_fiscal_year(ctx, m.start(), year_end)
        ) is not None:
            span = fiscal_period(told - 1 + ctx.fiscal_shift(), year_end)
            return Resolution(DATE, f"{told - 1:04d}", mod, span=span)
        year = fiscal_year_of(ctx.anchor, year_end) + (
            -1 if re.search(r"\b(?:last|past|previous|prior)\b", lowered)
            else 1 if re.search(r"\b(?:next|coming)\b", lowered) else 0
        )  # fmt: skip
        return Resolution(DATE, f"{year - ctx.fiscal_shift():04d}", mod,
                          span=fiscal_period(year, year_end))  # fmt: skip
    if unit == "day" and (around := _DAY_AROUND.search(lowered)):
        # "The day before, a clerk sold him nails": the day before the one just told
        anchor = ctx.reference or ctx.anchor
        if ctx.reference is not None and _APPOSITION_AFTER_DATE.fullmatch(
            ctx.text, ctx.reference_end, m.start()
        ):  # "Oct. 12, the day before the plunge": that day itself, as its "the day"
            return Resolution(DATE, ctx.reference.isoformat(), mod, anaphoric=True,
                              trim=(m.start(), m.start() + len("the day")))  # fmt: skip
        if not _DAY_AROUND_ALONE.match(ctx.text, m.end()) and (
            ctx.reference_end >= 0
            or not _APPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        ):  # (the selection's probe has no date told yet: an apposition may be one)
            return None
        if ctx.reference_value is not None and not DAY_VALUE.match(ctx.reference_value):
            anchor = None  # the last date told is no day ("early April"): unknown
        if (named := _HAPPENING_AFTER.match(ctx.text, m.end())) and (
            happened := _day_of_happening(ctx, named.group(1), m.start())
        ):  # "the day before the attack": the attack's, not the last day told
            anchor = happened
        if anchor is None:
            return Resolution(DATE, "XXXX-XX-XX", mod)
        shifted = anchor + dt.timedelta(days=-1 if around.group(1) == "before" else 1)
        return Resolution(DATE, shifted.isoformat(), mod, anaphoric=anchor is not ctx.anchor)
    if _ANAPHORIC.search(lowered) and not (
        unit in ("decade", "century")
        and lowered.endswith(("the next decade", "the next century"))
        and ctx.tense(m.start(), m.end()) is Tense.FUTURE
    ):  # (a plan "by the middle of the next decade" counts from now, not from the 1929 told
        # before it; "Output grew in the next decade" counts from 1929)
        start = _reference_start(ctx, unit)
        if start is None and unit in _WITHIN_YEAR and _YEAR_VALUE.fullmatch(
            ctx.reference_value or ""
        ):  # "an offer in 2021, which the board rejected the following month": in 2021
            return Resolution(DATE, ctx.reference_value or "", mod)
        anchor = start or ctx.reference or ctx.anchor
        if "that" in lowered or "same" in lowered:
            delta = 0
            if part and "same" in lowered and ctx.reference is not None and not DAY_VALUE.match(
                ctx.reference_value or ""
            ):  # "made the climb yesterday for Meritxell Day ... every year ... the same
                anchor = ctx.reference  # afternoon": the last day told, whatever came after
            elif unit == "day" and ctx.reference_value and not DAY_VALUE.match(
                ctx.reference_value
            ):
                # "that day" after "November 2025": a day of it, not the paper's day
                month = ctx.reference_value[:7] if _MONTH_OR_DAY.match(ctx.reference_value) else ""
                if month and ctx.reference is not None and (
                    ctx.reference.isoformat().startswith(month)
                ):  # ("4 p.m. on June 12 ... at the end of the month ... Late that night":
                    anchor = ctx.reference  # the day told, in that month)
                elif not month and ctx.reference is not None and (
                    0 <= m.start() - ctx.reference_day_end <= NARRATED_DAY_CHARS
                ):  # "said on Monday that customers had delayed orders for the second half
                    anchor = ctx.reference  # of 2039. Shares fell 5 percent that day":
                    # the day told just before, not a day of the year or half named since
                else:
                    day = f"{month}-XX" if month else "XXXX-XX-XX"
                    if part:  # "picking coffee that morning" after "since March": a
                        # morning of no day known, a TIME as TimeML types it
                        return Resolution(TIME, f"{day}T{lx.PARTS_OF_DAY[part.group(0)]}")
                    return Resolution(DATE, day, mod)
        else:
            delta = -1 if re.search(r"\b(?:previous|prior)\b", lowered) else 1
            if unit == "day" and delta < 0 and anchor is not None and ctx.anchor is not None and (
                anchor > ctx.anchor and anchor == ctx.reference
            ) and ctx.tense(m.start(), m.end()) is Tense.PAST and (
                gone_by := next((day for _, day in reversed(ctx.written_days)
                                 if day <= ctx.anchor), None)
            ):  # "Schools will stay shut on Friday. ... the wagons had been filled the
                anchor = gone_by  # previous evening": the day before the last day gone by
                # told, not before a day ahead
            if part and delta > 0 and part.group(0) == "morning" and _SMALL_HOURS.match(
                ctx.clock_value or ""
            ) and ctx.clock_day is not None and ctx.clock_day == anchor and (
                ctx.evening_day is not None
                and ctx.clock_day - ctx.evening_day == dt.timedelta(days=1)
            ):
                delta = 0  # "at 11:42 p.m. on Friday ... at 1:50 a.m. ... By the next
                # morning": the morning after that night, the day of its small hours
            if unit == "weekend" and delta > 0 and anchor is not None and (
                anchor.weekday() < SATURDAY
            ):  # "on Melbourne Cup Day [a Tuesday] ... the following weekend": that week's,
                delta = 0  # four days on (the previous weekend is last week's)
            if unit == "day" and delta > 0 and ctx.before_look_back is not None and (
                anchor == ctx.reference
            ):  # "on Sunday, August 19 ..., having seen the van the previous evening.
                anchor = ctx.before_look_back  # Police searched it the next day": Monday
            if (
                unit == "day"
                and not part
                and ctx.reference_value
                and _MONTH_VALUE.fullmatch(ctx.reference_value)
                and not ctx.day_told_with_date()
            ):  # "cut its forecast in April 2024 ... fell 12% the following day": in April
                if delta < 0 and ctx.lead_day is not None and _SAID_BEFORE.search(
                    ctx.text, max(0, m.start() - 16), m.start()
                ):  # "... until the government decides its future next month, the ministry
                    # said the previous day": the day before the story's own
                    return Resolution(DATE, (ctx.lead_day - dt.timedelta(days=1)).isoformat(),
                                      mod, anaphoric=True)  # fmt: skip
                return Resolution(DATE, ctx.reference_value, mod)
        if "that" in lowered and unit == "year" and (
            told := year_told_in_sentence(ctx.text, m.start())
        ) is not None:  # "since November 2043, after the October election that year"
            return Resolution(DATE, f"{told:04d}", mod)
        if "that" in lowered and unit == "year" and ctx.reference_value:
            return Resolution(DATE, ctx.reference_value[:4], mod)
    elif unit == "day" and _IN_THE_DAY.search(lowered):
        # "Later in the day, ...": the day just mentioned when that is a recent day
        anchor, delta, reference = ctx.anchor, 0, ctx.reference
        if anchor and reference and 0 <= (anchor - reference).days <= PART_REFERENCE_DAYS:
            anchor = reference
    else:
        anchor = ctx.anchor
        if re.search(r"\b(?:last|past)\b", lowered):
            delta = -1
        elif re.search(r"\b(?:next|coming)\b", lowered):
            delta = 1
        else:
            delta = 0
    if anchor is None:
        return Resolution(DATE, {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(
            unit, "XXXX-XX-XX"), mod)  # fmt: skip
    value = _unit_value(anchor, unit, delta)
    anaphoric = anchor is not ctx.anchor
    if part and value:  # "the next morning": that day's part (TimeML's TMO, a TIME)
        return Resolution(TIME, f"{value}T{lx.PARTS_OF_DAY[part.group(0)]}", anaphoric=anaphoric)
    return Resolution(DATE, value, mod, anaphoric=anaphoric) if value else None


def norm_unit_before_last(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the year before last": two years before the paper's; "the week after next": two
    weeks on."""
    lowered = _SPACES.sub(" ", m.group(0).lower())
    unit = lowered.split()[1]
    if ctx.anchor is None:
        return Resolution(DATE, {"year": "XXXX", "month": "XXXX-XX"}.get(unit, "XXXX-WXX"))
    value = _unit_value(ctx.anchor, unit, -2 if lowered.endswith("last") else 2)
    return Resolution(DATE, value) if value else None


_TOLD_MONTH = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?")


_TOLD_WEEK = re.compile(r"(\d{4})-W(\d\d)$")
_TOLD_PERIOD = re.compile(r"(\d{4})(-(?:Q[1-4]|H[12]|\d\d))")  # a quarter, half or month


def norm_same_unit_a_year_before(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the same month last year", "the same day a year earlier": the month (day) told
    just before, or else the paper's, a year back."""
    lowered = _SPACES.sub(" ", m.group(0).lower())
    unit = lowered.split()[2]
    if unit in ("quarter", "half", "period"):  # "four percent more than in the same quarter
        # last year", after "in the third quarter": 1994-Q3; "in the first half of the year
        # from the same period last year": the half
        told_period = _TOLD_PERIOD.fullmatch(ctx.reference_value or "")
        if told_period is not None and (
            unit == "period" or told_period.group(2)[1:2] == ("Q" if unit == "quarter" else "H")
        ):  # (a period: a quarter, half or month told; not a day's "said on Thursday")
            year = int(told_period.group(1)) - 1
            return Resolution(DATE, f"{year:04d}{told_period.group(2)}", anaphoric=True)
        if ctx.anchor is None:
            return Resolution(DATE, "XXXX")
        year, month = ctx.anchor.year - 1, ctx.anchor.month  # (none told: the paper's)
        if unit == "half":
            return Resolution(DATE, f"{year:04d}-H{1 if month <= 6 else 2}")
        return Resolution(DATE, f"{year:04d}-Q{(month - 1) // 3 + 1}")
    if unit == "week":  # "2,900 in the same week last year", after "last week's count"
        if (week := _TOLD_WEEK.match(ctx.reference_value or "")) is not None:
            year, number = int(week.group(1)), int(week.group(2))
        elif ctx.anchor is not None:
            year, number = ctx.anchor.isocalendar()[:2]
        else:
            return Resolution(DATE, "XXXX-WXX")
        number = min(number, dt.date(year - 1, 12, 28).isocalendar()[1])  # (no week 53 in a
        # year of 52)
        return Resolution(DATE, f"{year - 1:04d}-W{number:02d}", anaphoric=week is not None)
    told = _TOLD_MONTH.match(ctx.reference_value or "")
    if told is not None and (unit == "month" or told.group(3)):
        year, month, day = int(told.group(1)), int(told.group(2)), int(told.group(3) or 1)
    elif ctx.anchor is not None:
        year, month, day = ctx.anchor.year, ctx.anchor.month, ctx.anchor.day
    else:
        return Resolution(DATE, "XXXX-XX" if unit == "month" else "XXXX-XX-XX")
    if unit == "month":
        return Resolution(DATE, f"{year - 1:04d}-{month:02d}", anaphoric=told is not None)
    before = safe_day(year - 1, month, day)
    return Resolution(DATE, before.isoformat(), anaphoric=told is not None) if before else None


_SMALL_HOURS_OF = re.compile(r"the\s+(?:small|early|wee)\s+hours\s+of\s+", re.IGNORECASE)
_DATE_AFTER_WEEKDAY = re.compile(rf",?[ \t]+(?:\d|(?i:{lx.MONTH_RE}))")
# What a plan came to, told in the past: "a second meeting set for Wednesday collapsed"
_A_WEEK_BEFORE = re.compile(r"(?:a|one)\s+week\s+")
_FULL_DAY_VALUE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def norm_this_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"this time last year": the paper's day a year before; "this time next week": a week
    on (a day, as TimeML writes it)."""
    lowered = _SPACES.sub(" ", m.group(0).lower())
    delta, unit = (-1 if " last " in lowered else 1), lowered.rsplit(" ", 1)[1]
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX-XX-XX")
    if unit == "week":
        return Resolution(DATE, (ctx.anchor + dt.timedelta(weeks=delta)).isoformat())
    months = delta * (12 if unit == "year" else 1)
    year, month = shift_months(ctx.anchor.year, ctx.anchor.month, months)
    day = safe_day(year, month, ctx.anchor.day) or safe_day(year, month, 28)
    return Resolution(DATE, day.isoformat()) if day else None


_SMALL_HOURS = re.compile(r"\d{4}-\d\d-\d\dT0[0-5]:")  # a clock time before 6 a.m.
_FISCAL_YEAR_WORDS = re.compile(r"\b(?:fiscal|financial) year\b")
_SHORT_UNITS = frozenset({"second", "minute", "hour", "day"})


_THAN_AFTER = re.compile(r"\s+than\b")
_FROM_DAY_WORD = re.compile(r"\bfrom\s+(today|tomorrow)$")
_RATE_OR_SET_BEFORE = re.compile(r"(?:\$?\d(?:[\d,.]*\d)?|\bper|\bevery)\s+(?:[a-z]+\s+){0,2}$",
                                 re.IGNORECASE)
_UNIT_MONTHS = {"day": 0, "week": 0, "month": 1, "year": 12}  # (days and weeks by days)
_DAY_WORD_AFTER_AGO = re.compile(r"\bago\s+(today|yesterday|tomorrow)$")
# A part of today after a count back: "arrested a week ago tonight", "two days ago this
# morning" (that part of the day counted back)
_DAY_PART_AFTER_AGO = re.compile(r"\bago\s+(tonight|this\s+(?:morning|afternoon|evening))$")
_DAYS_OF_UNIT = {"day": 1, "week": 7, "fortnight": 14}  # a count back by days
_MONTHS_OF_UNIT = {"month": 1, "year": 12, "decade": 120, "century": 1200}  # ... by months
_THIS_PERIOD_AFTER_AGO = re.compile(r"\bago\s+this\s+(month|week)$")
WEEKS_AS_DAYS = 2  # up to this many weeks back or on, a day


YEAR_COUNTED_MONTHS = 3  # weeks or months after a year told that stay in it


# A count compared before "more than": "will run 14 weeks, one more than a year earlier"
_COUNT_COMPARED_BEFORE = re.compile(rf"\b(?:{lx.NUMBER_WORD}|\d+)\s+$", re.IGNORECASE)


def norm_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    lowered = text.lower()
    if lowered.startswith(("more than", "less than", "fewer than")) and (
        _COUNT_COMPARED_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        return None  # a count's difference from a year before, no date
    unit = lx.unit_of(re.sub(r"\b(?:ago(?:\s+this\s+(?:month|week))?|earlier|later|before|after|"
                           r"from (?:now|today|tomorrow)|hence)\b", "", lowered))  # fmt: skip
    if unit is None:
        return None
    quantity_text = re.sub(rf"^(?:{lx.QUANT_MOD_RE})\s+", "", lowered, flags=FLAGS)
    quantity = re.match(rf"^(.*?)[\s-]*\b{unit}", quantity_text)  # "a few", "a", "three"
    number = lx.parse_number(quantity.group(1) if quantity else quantity_text)
    mod = quant_mod(lowered)
    forward = bool(re.search(r"\b(?:later|after|from|hence)\b", lowered))
    relative_to_reference = bool(re.search(r"\b(?:earlier|later|before|after)\b", lowered))
    if relative_to_reference and (
        unit in _SHORT_UNITS or (forward and ctx.reference is None)
        or _THAN_AFTER.match(ctx.text, m.end())
    ):
        # TimeML: in "three days later" the timex is the duration "three days"
        # (a signal follows); "a year earlier" stays a date. So is "three years later"
        # with no date before it to count from: the publication date is not its anchor;
        # and "four weeks later than the average", a difference, no date.
        core = re.match(rf"^.*?\b{unit}s?\b", text, FLAGS)
        if core:
            value = duration_value(number, unit)
            return Resolution(DURATION, value, mod, trim=(m.start(), m.start() + core.end()))
    if (
        relative_to_reference
        and unit in ("week", "fortnight")
        and ctx.reference_value
        and _MONTH_VALUE.fullmatch(ctx.reference_value)
    ):  # "declared in April 2016 ... broke down a week later": in that month (or so)
        return Resolution(DATE, ctx.reference_value, mod, anaphoric=True)
    if (
        forward
        and unit in ("week", "fortnight", "month")
        and number is not None
        and number * (1 if unit == "month" else 0.25) <= YEAR_COUNTED_MONTHS
        and _YEAR_VALUE.fullmatch(ctx.reference_value or "")
        and ctx.reference_end > ctx.reference_day_end
    ):  # "stolen in 1989 ... A fan spotted it two months later": in 1989 (as near as told),
        return Resolution(DATE, ctx.reference_value or "", mod, anaphoric=True)  # not
        # two months after a day told before 1989
    # "Two years later" counts from the date last mentioned, whatever its precision
    # ("in 1998. Two years later": 2000), days from the last day; "a year earlier"
    # compares with the last day or the paper's (TimeBank's reading)
    year_back = (  # "to 89 percent last year from 94 percent a decade earlier": from it
        relative_to_reference and not forward and unit in ("year", "decade")
        and _YEAR_VALUE.fullmatch(ctx.reference_value or "")
        and (ctx.told_in_sentence(m.start()) or (
            ctx.reference_end > ctx.reference_day_end and number is not None and number > 1
            and _OPENS_SENTENCE.search(ctx.text, max(0, m.start() - 3), m.start())
            and ctx.told_in_sentence_before(m.start())
        ))
    )  # fmt: skip (a year of the same sentence: not "... in 1988. Sales rose from a year
    # earlier", which compares with the paper's year; but "She earned her doctorate in
    # 1969. Two years earlier she had married": 1967, not two years before a day told
    # before 1969)
    anchor = (
        ((_reference_start(ctx, "year" if unit == "decade" else unit)
          if forward and unit in ("year", "month", "decade") or year_back
          else None) or ctx.reference or ctx.anchor)
        if relative_to_reference else ctx.anchor
    )  # fmt: skip
    if unit == "year" and number == 1 and ctx.reference_value and not forward:
        ref = ctx.reference_value
        if _NO_PERIOD_OF_FIGURES.match(ref) and "ago" not in lowered and (
            quarter := ctx.quarter_reference(m.start(), any_reference=True)
        ):  # "lost $212 million in the fourth quarter ... would see rate increases this
            ref = quarter  # spring. The loss compared with a profit ... a year earlier":
            # the quarter's figures, not the season's
        if (re.match(r"^\d{4}-(?:Q[1-4]|H[12])$", ref) and not (
            "ago" in lowered and ctx.anchor is not None and int(ref[:4]) > ctx.anchor.year
        )) or (
            re.match(r"^\d{4}-\d\d$", ref) and "ago" not in lowered
        ):  # "a year ago" = same period; "in April from a year earlier": April before (not
            # a quarter to come: "cuts by the second quarter of 2049. 'The disinflation we
            # expected a year ago'", told in 2047)
            return Resolution(DATE, f"{int(ref[:4]) - 1:04d}{ref[4:]}", mod, anaphoric=True)
    if number is None or anchor is None:
        granular = {"year": "XXXX", "decade": "XXX", "month": "XXXX-XX", "week": "XXXX-WXX"}
        value = granular.get(unit, "XXXX-XX-XX")
        if anchor is not None and unit in {"year", "decade", "century"}:
            value = f"{anchor.year // {'year': 1, 'decade': 10, 'century': 100}[unit]:d}"
            value = value[:-1] + "X" if unit == "year" else value
        return Resolution(DATE, "PAST_REF" if not forward and number is None else value, mod)
    sign = 1 if forward else -1
    if number != int(number) and not relative_to_reference and unit == "year" and (
        number * 12
    ).is_integer():  # "two and a half years ago": the month thirty months back
        shifted = _unit_value(anchor, "month", int(number * 12) * sign)
        return Resolution(DATE, shifted, mod) if shifted else None
    if number != int(number):
        core = re.match(rf"^.*?\b{unit}s?\b", text, FLAGS)
        if not relative_to_reference or core is None:
            return None
        # "more than half a century later": no day to count to, the duration (a signal
        # follows)
        return Resolution(DURATION, duration_value(number, unit), mod,
                          trim=(m.start(), m.start() + core.end()))  # fmt: skip
    count = int(number) * sign
    if (from_day := _FROM_DAY_WORD.search(lowered)) and (
        unit not in _UNIT_MONTHS or _RATE_OR_SET_BEFORE.search(ctx.text, max(0, m.start() - 30),
                                                               m.start())
    ):
        return None  # "slow to 30 kilometres an hour from tomorrow", "departures every two
        # hours from tomorrow": a rate or a habit that starts then
    if from_day:
        # "on May 26, a week from today": that day (a week from tomorrow: a day later)
        day = anchor + dt.timedelta(days=_RELATIVE_DAYS[from_day.group(1)])
        shifted_day = (day + dt.timedelta(days=count * (7 if unit == "week" else 1))
                       if unit in ("day", "week")
                       else day_months_away(day, count * _UNIT_MONTHS[unit]))  # fmt: skip
        return Resolution(DATE, shifted_day.isoformat(), mod) if shifted_day else None
    if unit in {"second", "minute", "hour"}:
        return Resolution(DATE, anchor.isoformat(), mod)
    told = _DAY_WORD_AFTER_AGO.search(lowered) or _DAY_PART_AFTER_AGO.search(lowered)
    if told is not None and (unit in _DAYS_OF_UNIT or unit in _MONTHS_OF_UNIT):
        # "fifty years ago yesterday": the day before the paper's, fifty years back; "A
        # century ago today": that day a hundred years back; "a week ago tonight": that
        # night, a week back
        word = told.group(1).split()[-1]
        day = anchor + dt.timedelta(days=_RELATIVE_DAYS.get(word, 0))
        shifted_day = (day + dt.timedelta(days=count * _DAYS_OF_UNIT[unit])
                       if unit in _DAYS_OF_UNIT
                       else day_months_away(day, count * _MONTHS_OF_UNIT[unit]))
        if shifted_day is None:
            return None
        if word in ("yesterday", "today", "tomorrow"):
            return Resolution(DATE, shifted_day.isoformat(), mod)
        part = "NI" if word == "tonight" else lx.PARTS_OF_DAY[word]
        return Resolution(TIME, f"{shifted_day.isoformat()}T{part}", mod)
    if (period := _THIS_PERIOD_AFTER_AGO.search(lowered)) and unit in ("year", "decade",
                                                                       "century"):
        # "a war that began 16 years ago this month": that month (week) of its year
        shifted_day = day_months_away(anchor, count * {"year": 12, "decade": 120,
                                                       "century": 1200}[unit])  # fmt: skip
        if shifted_day is None:
            return None
        value = (shifted_day.isoformat()[:7] if period.group(1) == "month"
                 else week_value(shifted_day))  # fmt: skip
        return Resolution(DATE, value, mod)
    if unit == "decade":  # "a decade ago" is about a year (1989), not the 1980s
        unit, count = "year", count * 10
    if unit == "week" and abs(count) <= WEEKS_AS_DAYS:
        # "a week later", "two weeks ago": that day (not "six weeks ago": about that week);
        # "a week or so ago": about that day
        day = anchor + dt.timedelta(weeks=count)
        mod = mod or ("APPROX" if "or so" in lowered else None)
        return Resolution(DATE, day.isoformat(), mod, anaphoric=relative_to_reference)
    shifted = _unit_value(anchor, unit, count * (lx.UNITS[unit][1] if unit == "fortnight" else 1))
    # "Two years later" is a new point of the story ("... and the following year": the
    # year after it); "a year earlier" only compares
    anaphoric = relative_to_reference and not (forward and unit in ("year", "month"))
    return Resolution(DATE, shifted, mod, anaphoric=anaphoric) if shifted else None


# A day, a week or a season told last: no period figures are for
_NO_PERIOD_OF_FIGURES = re.compile(r"^\d{4}-(?:\d\d-\d\d|W\d\d|SP|SU|FA|WI)$")


def norm_year_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'year-earlier', 'the year-ago quarter': the same period a year before."""
    if ctx.anchor is None:
        return None
    ref = ctx.reference_value
    text = m.group(0).lower()
    if "quarter" in text or "period" in text or (ref and re.match(r"^\d{4}-Q\d$", ref)):
        if ref and re.match(r"^\d{4}-Q\d$", ref):
            return Resolution(DATE, f"{int(ref[:4]) - 1:04d}{ref[4:]}", anaphoric=True)
        year, quarter = shift_quarter(ctx.anchor.year, quarter_of(ctx.anchor.month), -5)
        return Resolution(DATE, f"{year:04d}-Q{quarter}", anaphoric=True)
    if (
        text.startswith("the year ")
        and ref
        and _YEAR_VALUE.fullmatch(ref)
        and ctx.told_in_sentence(m.start())
    ):  # "She had finished second last year and the year before": the year before that
        return Resolution(DATE, f"{int(ref) - 1:04d}", anaphoric=True)
    return Resolution(DATE, f"{ctx.anchor.year - 1:04d}", anaphoric=True)

