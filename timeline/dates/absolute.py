"""Normalisers of calendar dates: days, months, years, decades, centuries, quarters,
halves and seasons, with or without a year."""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable

from timeline.dates import lexicon as lx
from timeline.dates.anchor import NEAR_DAYS, month_day_date, month_year
from timeline.dates.base import (
    COMPOUND_AFTER,
    DATE,
    DAY_IN,
    FLAGS,
    LASTED_UNTIL,
    MOVED_TO_BEFORE,
    MOVED_TO_REACH,
    PERIOD_MOD,
    POINT_AFTER,
    SENTENCE_END,
    SENTENCE_YEAR_REACH,
    SET,
    TIME,
    YEAR_IN,
    Context,
    Resolution,
    day_value,
    point_mod,
    strip_year,
    until_tense,
    year_told_in_sentence,
)
from timeline.dates.calendar import (
    ISO_ORDINAL_DATE,
    SEASON_MONTHS,
    SOUTHERN_SEASON_MONTHS,
    interval_of,
    iso_ordinal_day,
    month_end,
    quarter_of,
    safe_day,
    shift_months,
    shift_quarter,
    week_value,
)
from timeline.dates.fiscal import (
    fiscal_period,
    fiscal_quarter_of,
    fiscal_year_of,
    fiscal_year_of_label,
    full_year,
    period_label,
)
from timeline.dates.tense import POSSESSIVE, Tense
from timeline.text import near_figures_day_first, spelled_day_first

# --- absolute dates ---------------------------------------------------------------------


_ORDINAL_DAY = re.compile(rf"\b({lx.ORDINAL_RE})\b", FLAGS)  # ("the second of", "June the second")


def day_number(text: str) -> int | None:
    """The day of the month a date writes: "17", "17th", "the second of", "June the second"."""
    if found := DAY_IN.search(text):
        return int(found.group(1))
    word = _ORDINAL_DAY.search(text)
    return lx.ORDINALS.get(word.group(1).lower()) if word else None


# A holiday's word before its weekday, with a date after it: "Good Friday, 19 April",
# "Palm Sunday, April 8" (the holiday and the date are two expressions, as TimeML draws them)
_HOLIDAY_WORD_BEFORE = re.compile(rf"\b{lx.FEAST_WEEKDAY_WORD}[ \t]$", FLAGS)
HOLIDAY_WORD_REACH = 8  # characters back from a weekday to the feast's word ("Passion ")
_LEADING_WEEKDAY = re.compile(rf"{lx.WEEKDAY_RE},?[ \t]+", FLAGS)


def _after_a_feasts_word(m: re.Match[str], ctx: Context) -> bool:
    """Whether the match, led by a weekday, ends a feast's name ("Good Friday, ...")."""
    return bool(_HOLIDAY_WORD_BEFORE.search(ctx.text, max(0, m.start() - HOLIDAY_WORD_REACH),
                                            m.start()))


def _freeing_a_holidays_weekday(
    normalise: Callable[[re.Match[str], Context], Resolution | None],
) -> Callable[[re.Match[str], Context], Resolution | None]:
    """`normalise`, with a match's leading weekday left to the holiday it ends ("Good
    Friday, 19 April": "Good Friday" and "19 April")."""

    @functools.wraps(normalise)
    def wrapped(m: re.Match[str], ctx: Context) -> Resolution | None:
        answer = normalise(m, ctx)
        if (
            answer is not None
            and (weekday := _LEADING_WEEKDAY.match(m.group(0))) is not None
            and _after_a_feasts_word(m, ctx)
        ):
            return dataclasses.replace(answer, trim=(m.start() + weekday.end(), m.end()))
        return answer

    return wrapped


@_freeing_a_holidays_weekday
def norm_full_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    year_match = YEAR_IN.search(text)
    month = lx.month_number(re.sub(lx.WEEKDAY_RE, " ", text, flags=FLAGS))
    day = day_number(strip_year(text))
    if not (year_match and month and day):
        return None
    value = day_value(safe_day(int(year_match.group(1)), month, day))
    return Resolution(DATE, value) if value else None


_SHORT_YEAR = re.compile(r"['’](\d\d)$")


def _short_year_date(text: str, ctx: Context) -> Resolution | None:
    """"FEB 23 '95": the day in the year of those two digits nearest the paper's (without
    one, 1950-2049)."""
    digits = _SHORT_YEAR.search(text)
    month = lx.month_number(re.sub(lx.WEEKDAY_RE, " ", text[: digits.start()], flags=FLAGS)
                            ) if digits else None  # fmt: skip
    day = day_number(text[: digits.start()]) if digits else None
    if not (digits and month and day):
        return None
    number = int(digits.group(1))
    if ctx.anchor is None:
        year = number + (2000 if number < 50 else 1900)
    else:
        century = ctx.anchor.year // 100 * 100
        year = min((century - 100 + number, century + number, century + 100 + number),
                   key=lambda y: abs(y - ctx.anchor.year) if ctx.anchor else 0)  # fmt: skip
    value = day_value(safe_day(year, month, day))
    return Resolution(DATE, value) if value else None


_ASCTIME_PARTS = re.compile(
    r"(?P<month>[a-z]{3})[ \t]{1,2}(?P<day>\d{1,2})[ \t]+(?P<hour>\d\d):(?P<minute>\d\d)"
    r"(?::\d\d)?(?:[ \t]+[a-z]{2,5})?[ \t]+(?P<year>\d{4})", FLAGS
)


def norm_asctime(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "Tue Mar  3 07:12:44 NZDT 2009", as Unix's `date` and mail archives write a moment:
    that minute of that day."""
    parts = _ASCTIME_PARTS.search(m.group(0))
    month = lx.month_number(parts["month"]) if parts else None
    if parts is None or month is None:
        return None
    day = safe_day(int(parts["year"]), month, int(parts["day"]))
    if day is None:
        return None
    return Resolution(TIME, f"{day.isoformat()}T{parts['hour']}:{parts['minute']}")


_YEAR_AFTER = re.compile(r"(this|last|next|that)\s+year$", FLAGS)
SEPTEMBER_11_2001 = dt.date(2001, 9, 11)
_ATTACKS_AFTER = re.compile(
    r",?[ \t]+(?:terrorist[ \t]+|terror[ \t]+)?(?:attacks?|hijackings)\b", FLAGS
)


@_freeing_a_holidays_weekday
def norm_month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    if _SHORT_YEAR.search(text):
        return _short_year_date(text, ctx)  # "FEB 23 '95"
    month = lx.month_number(re.sub(lx.WEEKDAY_RE, " ", text, flags=FLAGS))
    day = day_number(text)
    if not (month and day) or not month_word_ok(m, ctx, bare=False):
        return None
    shift = _YEAR_AFTER.search(text) or _RANGE_YEAR_WORD_AFTER.match(ctx.text, m.end())
    if shift and ctx.anchor is not None:  # "1 January this year", "May 5 last year" (and
        # "on November 6 and 7 last year": the year the pair shares)
        word = shift.group(1).lower()
        if word == "that":  # "on 27 August that year": the year of the story just told
            told = ctx.reference_value or ""
            year = int(told[:4]) if told[:4].isdigit() else ctx.anchor.year
        else:
            year = ctx.anchor.year + lx.YEAR_WORD_SHIFT[word]
        value = day_value(safe_day(year, month, day))
        return Resolution(DATE, value) if value else None
    if (written := _RANGE_YEAR_AFTER.match(ctx.text, m.end())) is not None:
        value = day_value(safe_day(int(written.group(1)), month, day))  # "April 12 to 19,
        return Resolution(DATE, value) if value else None  # 2027": the year written after
    if (month, day) == (9, 11) and _ATTACKS_AFTER.match(ctx.text, m.end()) and (
        ctx.anchor is None or ctx.anchor > SEPTEMBER_11_2001
    ):  # "The Sept. 11 attacks cost the industry $32 billion": the day of 2001, a name
        return Resolution(DATE, SEPTEMBER_11_2001.isoformat())
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}-{day:02d}")
    date = _year_less_day(m, ctx, month, day)
    short = _SHORT_WEEKDAY.match(text)  # ("Sat 12 Oct")
    weekday = lx.weekday_of_stem(short.group(1)) if short else lx.weekday_number(text)
    if date is not None and weekday is not None and not _after_a_feasts_word(m, ctx):
        # (not "Good Friday, April 19 and 20", Holy Thursday's and Good Friday's)
        date = _with_weekday(date, weekday, ctx.anchor)
    return Resolution(DATE, date.isoformat()) if date else None


SHORT_YEAR_AHEAD = 10  # years past the paper's a two-digit year may name ("12-Feb-58")
UNANCHORED_CENTURY_YEAR = 2000  # the year two-digit years are read near without a paper
_DASHED_PARTS = re.compile(r"(?P<day>\d{1,2})-(?P<month>[a-z]{3,4})(?:-(?P<year>\d{4}|\d\d))?$",
                           re.IGNORECASE)


def norm_dashed_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A day, its month's abbreviation and a year joined by dashes, as logs, line-ups and
    tickets write them: "12-FEB-2058", "12-Feb-58"; year-less "09-FEB" as a day and month
    are ("Sat 12 Oct": in the year the weekday before it puts it in)."""
    text = m.group(0)
    parts = _DASHED_PARTS.search(text)
    month = lx.month_number(parts["month"]) if parts else None
    if parts is None or month is None:
        return None
    day, year = int(parts["day"]), parts["year"]
    if year is not None:
        number = int(year)
        if len(year) == 2:  # the latest year of those two digits not far past the paper's
            anchor_year = ctx.anchor.year if ctx.anchor else UNANCHORED_CENTURY_YEAR
            century = anchor_year // 100 * 100
            number = max(y for y in (century - 100 + number, century + number)
                         if y <= anchor_year + SHORT_YEAR_AHEAD) if (
                century - 100 + number <= anchor_year + SHORT_YEAR_AHEAD) else century + number
        value = day_value(safe_day(number, month, day))
        return Resolution(DATE, value) if value else None
    if safe_day(2000, month, day) is None:
        return None
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}-{day:02d}")
    date = _year_less_day(m, ctx, month, day)
    short = _SHORT_WEEKDAY.match(text)
    weekday = lx.weekday_number(text) if short is None else lx.weekday_of_stem(short.group(1))
    if date is not None and weekday is not None:  # ("TUE 09-FEB", "Tuesday 09-FEB")
        date = _with_weekday(date, weekday, ctx.anchor)
    return Resolution(DATE, date.isoformat()) if date else None


_SHORT_WEEKDAY = re.compile(r"(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,2}\b", re.IGNORECASE)
WEEKDAY_YEARS = 1  # years either side of the anchor's searched for a day's written weekday


def _with_weekday(date: dt.date, weekday: int, anchor: dt.date) -> dt.date:
    """The year-less day in the year, near the anchor's, whose weekday the text writes
    ("classes start on Monday, Aug. 7", told in March 2023: 2023; "Friday, May 24": 2024)."""
    if date.weekday() == weekday:
        return date
    fits = [
        day for year in range(anchor.year - WEEKDAY_YEARS, anchor.year + WEEKDAY_YEARS + 1)
        if (day := safe_day(year, date.month, date.day)) is not None and day.weekday() == weekday
    ]  # fmt: skip
    return min(fits, key=lambda day: abs((day - date).days)) if fits else date


_NEXT_EDITION_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:19|20)\d\d)\s+(?:[a-z]+\b[^.;:!?]{0,40}|"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\b(?:(?!,|\band\b|\bwhen\b|\bwhich\b)[^.;:!?]){0,80})$"
)  # ("the 2025 festival would run from", "the 2032 Vuelta will start in Valencia on", "The
# 2087 Open will be played at Royal Portrush in Northern Ireland from July 17-20"; not "the
# 2036 budget before parliament's second ordinary session ends on 30 November", nor "The
# 2036 Games will cost more, and the minister will brief MPs on the budget on July 17")
EDITION_REACH = 100  # characters back from a day to the edition it is the day of


# The next one of a recurring event, its day ahead: "the next race would be held on"
_NEXT_ONE_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+next\s+(?:race|edition|meeting|festival|event|round|game|match|"
    r"season|contest|tournament|championship|summit|session|conference|auction|sale|show|"
    r"fair|marathon|regatta|carnival|parade|census|draw)\b[^.;:!?]{0,60}$"
)
NARRATIVE_REACH = 500  # characters after a dated day within which a story's year goes on
NARRATIVE_DAYS = 92  # ... for a year-less day at most this long after that day
_TOLD_MONTH = re.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?$")
_PLAIN_UNTIL_BEFORE = re.compile(r"(?<!\bnot )\b(?:until|till)\s+$", re.IGNORECASE)


_CURRENT_YEAR_BOUND_BEFORE = re.compile(
    r"\b(?:current|this)\s+(?:fiscal|financial|tax|school|academic|budget)\s+year,?\s+"
    r"(?:which|that)\s+(ends|closes|runs\s+(?:to|until|through)|began|begins|started|starts)"
    r"\s+(?:on\s+)?$",
    re.IGNORECASE,
)
_FISCAL_BOUND_BEFORE = re.compile(
    r"\b(?:fiscal(?:\s+year)?\s+|FY\s?['’]?)((?:19|20)\d\d|\d\d)\s*,?\s+(?:which|that)\s+"
    r"(end(?:s|ed)?|beg[ai]n(?:s)?|start(?:s|ed)?)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


# A present passive after "until" or "when" tells a day ahead, whatever the main verb:
# "remanded him in custody until he is sentenced on May 18", "when they are tried on"
_UNTIL_DONE_ON_BEFORE = re.compile(
    r"\b(?:until|till|when|before)\s+(?:he|she|they|it|[A-Z][a-z]+)\s+(?:is|are)\s+"
    r"[a-z]{2,20}(?:ed|en|t)\s+on\s+$"
    # a court's next step: "remanded him on bail until sentencing on Aug. 15"
    r"|\b(?:until|till|pending)\s+(?:(?:his|her|their|the|a)\s+)?(?:sentencing|trial|retrial|"
    r"hearing|appeal|verdict|inquest|extradition\s+hearing)\s+(?:on\s+)?$"
)
# A deadline given: "gave Oyler until Aug. 12", "were given until May 1 to leave", "was
# extended until Jan. 31"
GIVEN_UNTIL_BEFORE = re.compile(
    r"\b(?:gave|given|granted|extended)\s+(?:[\w'’.-]+\s+){0,3}?(?:until|till)\s+$"
)


def _nearest_day(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The day of this month and day nearest `anchor`, in its year or the one either side."""
    days = [d for year in (-1, 0, 1) if (d := safe_day(anchor.year + year, month, day))]
    return min(days, key=lambda d: abs((d - anchor).days), default=None)


# A past perfect: "had found", "had been", "had let" (not "had to")
_PAST_PERFECT = re.compile(
    r"\b(?:had|hadn['’]t)\s+(?:not\s+|already\s+|just\s+|been\s+|never\s+)?"
    r"(?!(?:the|his|her|its|their|our|your|some|any|more|less|little|few|many|much|enough|"
    r"one|two|three|lunch|dinner|breakfast|plans?|hoped|wanted|expected|planned|"
    r"intended|promised|agreed|scheduled)\b)[a-z]{3,}\b"
)  # ("had found", "had let", "had sold"; not "had to", "had a", "had lunch")
_CLAUSE_EDGE = re.compile(r"[.;:!?\n]")
_ON_BEFORE = re.compile(r"\b[Oo]n\s+$")
_OPENING_ON = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n\s*)On\s+$")
PAST_AHEAD_DAYS = 7  # a past sentence's opening "On <day>" this far ahead is last year's
_AHEAD_WORDS = re.compile(  # (and a timetable's present: "the season, which opens on 1 July")
    r"\b(?:will|would|shall|until|expire[sd]?|due|set\s+to|going\s+to|opens|begins|starts)\b"
)


def _clause_around(text: str, start: int, end: int) -> str:
    """The text from the last clause mark before `start` to the next after `end`, within
    80 characters each side."""
    before = text[max(0, start - 80) : start]
    after = text[end : end + 80]
    cut = max((mark.end() for mark in _CLAUSE_EDGE.finditer(before)), default=0)
    stop = _CLAUSE_EDGE.search(after)
    return before[cut:] + after[: stop.start() if stop else len(after)]


DEADLINE_AHEAD_SLACK_DAYS = 60  # how much further ahead a deadline to act may be than back
_TO_DO_AFTER = re.compile(r"[ \t]+to[ \t]+(?!the\b|a\b|an\b|\d)[a-z]{2,}\b")


# A month with its year, and no sentence end after it
_MONTH_YEAR_BEFORE = re.compile(
    rf"\b({lx.MONTH_RE})\.?[ \t]+((?:1[5-9]|20)\d\d)\b(?=[^.;!?\n\d]*$)", re.IGNORECASE
)


# A day ahead in its clause: "will be put to a vote on", "is expected to peak on"
_WILL_BEFORE_DAY = re.compile(
    r"\b(?:will|shall|(?:is|are)[ \t]+(?:expected[ \t]+|due[ \t]+|set[ \t]+)?to)\b[^.;!?]{0,60}$",
    re.IGNORECASE,
)
_OTHER_TIME_BETWEEN = re.compile(
    rf"\b(?:years?|months?|weeks?|days?|yesterday|today|{lx.WEEKDAY_RE}|{lx.MONTH_FULL})\b",
    re.IGNORECASE,
)


def _same_month_year_before(text: str, start: int, month: int) -> int | None:
    """The year of the same month written earlier in the sentence, with no figure between
    ("December 1989 ... on 21 December"), if any."""
    found = _MONTH_YEAR_BEFORE.search(text, max(0, start - SENTENCE_YEAR_REACH), start)
    if found is None or lx.month_number(found.group(1)) != month or (
        _OTHER_TIME_BETWEEN.search(text, found.end(), start)
    ):  # (not "the record is 19 April 2020, and last year the ice did not go out until 24
        return None  # April")
    return int(found.group(2))


def _year_less_day(m: re.Match[str], ctx: Context, month: int, day: int) -> dt.date | None:
    """The day a year-less month and day names, by tense ("last Oct. 23": the one before
    the anchor); `ctx.anchor` must be set."""
    assert ctx.anchor is not None
    lowered = m.group(0).lower()
    unmodified = not lowered.startswith(("last", "this", "next"))  # (no "last Oct. 23")
    if in_year := _IN_YEAR_AFTER.match(ctx.text, m.end()):
        return safe_day(int(in_year.group(1)), month, day)  # "move to Jan. 8 in 2101"
    if unmodified and (
        (opening := opening_year(ctx, m.start(), month)) is not None
    ):  # "In 1975, a black frost on July 18", "in 2003, when picking started on Aug. 25"
        return safe_day(opening, month, day)
    if unmodified and (
        (before := year_of_sentence_before(ctx, m.start(), month)) is not None
    ) and ctx.tense(m.start(), m.end()) is Tense.PAST:  # "In 1974, she was 19 .... On the
        return safe_day(before, month, day)  # night of April 24, the radio played ..."
    if unmodified and (
        (narrated := _narrated_year(ctx, m.start(), month)) is not None
    ) and ctx.tense(m.start(), m.end()) is Tense.PAST:  # "a storm drove the fleet in on
        return safe_day(narrated, month, day)  # the evening of January 22 [1973] ... a week
        # later she was back ... Her son was born in Reykjavik on March 3": 1973
    if unmodified and (
        (same := _same_month_year_before(ctx.text, m.start(), month)) is not None
    ) and not _WILL_BEFORE_DAY.search(ctx.text, max(0, m.start() - 80), m.start()):
        # "the revolution of December 1989 reached the city, and she later recalled her
        # father coming home on 21 December": 1989 (not "The plan, first floated in March
        return safe_day(same, month, day)  # 2019, will be put to a vote on 12 March")
    if unmodified and GIVEN_UNTIL_BEFORE.search(
        ctx.text, max(0, m.start() - 50), m.start()
    ):  # "which gave Oyler until Aug. 12", "The ban was extended until Aug. 12": a
        # deadline set by a recent act, the nearest such day either side of the paper
        nearest = _nearest_day(ctx.anchor, month, day)
        if nearest is not None and nearest < ctx.anchor and _TO_DO_AFTER.match(
            ctx.text, m.end()
        ) and (ahead := safe_day(nearest.year + 1, month, day)) is not None and (
            (ahead - ctx.anchor).days <= (ctx.anchor - nearest).days + DEADLINE_AHEAD_SLACK_DAYS
        ):  # "gave Texas until Dec. 31 to submit a new plan" (told in June): a deadline to
            return ahead  # act, ahead unless the last one is far nearer ("were given until
            # Feb. 12 to leave", told in March)
        return nearest
    if unmodified and _PAPERS_YEAR_IN_SENTENCE.search(
        _clause_around(ctx.text, m.start(), m.end())
    ):  # "the court's vacation this year runs from 15 July": the paper's year, either way
        return safe_day(ctx.anchor.year, month, day)
    tense = clause_tense = ctx.tense(m.start(), m.end())
    set_for = SET_AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()) or (
        (listed := _AND_FOR_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()))
        and _SET_FOR_EARLIER.search(ctx.text, max(0, listed.start() - 160), listed.start())
    )  # ("set the opening of the harvest for Oct. 17, ..., and the start of exports for
    # Dec. 1": both set ahead)
    if set_for and ctx.reference_value and ctx.told_in_sentence(m.start()) and (
        (setting := interval_of(ctx.reference_value)) is not None and setting[1] < ctx.anchor
    ):  # "proposed the new hour in August and first set it for Sept. 24" (told in
        # December): the first such day after the sentence's own past date
        days = [d for year in (-1, 0, 1) if (d := safe_day(ctx.anchor.year + year, month, day))]
        return min((d for d in days if d > setting[1]), default=None)
    if lowered.startswith(("last", "this past")):
        tense = Tense.PAST
    elif HAS_UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()) or (
        set_for or _ENDS_ON_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):  # "has until Dec. 1 to begin it": a deadline ahead; "set sentencing for May 21";
        # "a term of six months that ends on 1 April"
        tense = Tense.FUTURE
    elif _UNTIL_DONE_ON_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        tense = Tense.FUTURE  # "remanded him in custody until he is sentenced on May 18"
    elif lowered.startswith(("next", "this coming")) or _DEADLINE_BEFORE.search(
        ctx.text, max(0, m.start() - 10), m.start()
    ) and (tense is not Tense.PAST or _INTENDED_BEFORE.search(
        ctx.text, max(0, m.start() - INTENDED_REACH), m.start()
    )):  # fmt: skip ("said it expects to complete its purchase, announced in February,
        tense = Tense.FUTURE  # by Sept. 30": ahead)
    if bound := _FISCAL_BOUND_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start()):
        # "fiscal 2027, which ends on March 31" (told in January 2027): the next one;
        # "fiscal 2018, which ended on Feb. 2" (told in March 2019): the last one, whichever
        # year a company names its fiscal years by
        named = full_year(bound.group(1))
        days = [d for year in (named - 1, named, named + 1) if (d := safe_day(year, month, day))]
        if bound.group(2).lower().endswith(("ed", "began")):  # over: the latest before the
            return max((d for d in days if d <= ctx.anchor), default=None)  # paper
        return min((d for d in days if d >= ctx.anchor), default=None)  # ahead: the next
    if current := _CURRENT_YEAR_BOUND_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start()):
        # "the current financial year, which ends on 30 June" (told in October): the next;
        # "this school year, which began on 2 September": the last
        days = [d for year in (-1, 0, 1) if (d := safe_day(ctx.anchor.year + year, month, day))]
        if current.group(1).lower().startswith(("beg", "start")):
            return max((d for d in days if d <= ctx.anchor), default=None)
        return min((d for d in days if d >= ctx.anchor), default=None)
    if tense is Tense.PAST and not lowered.startswith(("last", "this past")) and (
        _AHEAD_OF_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
    ):  # "approved on Tuesday, three months ahead of its deadline of June 12" (told in
        # March): the deadline the past verb beat, the first after the sentence's date,
        # else the nearest the paper either side
        anchor = ctx.anchor
        days = [d for year in (-1, 0, 1) if (d := safe_day(anchor.year + year, month, day))]
        sentence_date = (interval_of(ctx.reference_value)
                         if ctx.reference_value and ctx.told_in_sentence(m.start()) else None)
        if sentence_date is not None:
            return min((d for d in days if d > sentence_date[1]), default=None)
        return _nearest_day(anchor, month, day)
    since = _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
    perfect_since = since is not None and bool(
        _PERFECT_SINCE_BEFORE.search(ctx.text, max(0, m.start() - PERFECT_REACH), m.start())
    )  # (up to the paper's day: no story's year goes on)
    if (
        tense is Tense.FUTURE
        and (edition := _NEXT_EDITION_BEFORE.search(
            ctx.text, max(0, m.start() - EDITION_REACH), m.start()))
        and int(edition.group(1)) == ctx.anchor.year + 1
    ):  # "the 2025 festival would run from Sept. 4", told in September 2024: 2025's
        return safe_day(ctx.anchor.year + 1, month, day)
    if ctx.review_year is not None and tense is Tense.PAST and not lowered.startswith("next"):
        return safe_day(ctx.review_year, month, day)  # a January paper's review of last year
    date = month_day_date(ctx.anchor, Tense.PAST if since else tense, month, day)
    if date is not None and date < ctx.anchor and tense is Tense.FUTURE and (
        _NEXT_ONE_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start())
    ):  # "Organisers said the next race would be held on Feb. 25", told on Feb. 27: the
        date = safe_day(date.year + 1, month, day)  # next year's
    if date is not None and date < ctx.anchor and tense is Tense.FUTURE and (
        _WILL_BEFORE.search(ctx.text, max(0, m.start() - WILL_REACH), m.start())
    ):  # "Fiscal 2020 will end on Dec 26", told in February: the December to come, though
        date = safe_day(date.year + 1, month, day)  # the last is nearer
    if date is not None and date < ctx.anchor and tense is Tense.FUTURE and (
        clause_tense is not Tense.PAST
        and _PLAIN_UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):  # "The exhibition runs until Sept. 30", told in November: a bound not yet reached
        date = safe_day(date.year + 1, month, day)
    if (
        date is not None
        and date > ctx.anchor
        and _ON_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
        and (clause := _clause_around(ctx.text, m.start(), m.end()))
        and (_PAST_PERFECT.search(clause) or (
            tense is Tense.PAST
            and _OPENING_ON.search(ctx.text, max(0, m.start() - 6), m.start())
            and date - ctx.anchor > dt.timedelta(days=PAST_AHEAD_DAYS)
        ))  # ("On Dec. 3, officers found nine turtles", told Nov. 17)
        and not _AHEAD_WORDS.search(clause)
    ):  # "On Dec. 3, officers had found nine turtles in his car" (told Nov. 17): a day
        date = safe_day(date.year - 1, month, day)  # before the story, the last one
    if (
        date is not None
        and ctx.reference is not None
        and date < ctx.reference <= ctx.anchor
        and _PLAIN_UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
        and (later := safe_day(date.year + 1, month, day)) is not None
        and (later - ctx.anchor).days < (ctx.anchor - date).days
    ):  # "He was released on bail last night until 12 January": a bound after what it
        date = later  # bounds (told in October: next January; not "... out Friday. The
        # first frost held off until Sept. 24", told Oct. 3: that one, nine days back)
    if (
        date is not None
        and tense is not Tense.FUTURE
        and not perfect_since
        and unmodified
        and (told := _TOLD_MONTH.match(ctx.reference_value or "")) is not None
        and int(told.group(1)) < date.year
        and (then := safe_day(int(told.group(1)), month, day)) is not None
        and (then.month, then.day) >= (int(told.group(2)), int(told.group(3) or 1))
        and (
            ctx.told_in_sentence(m.start())
            or tense is Tense.PAST
            and 0 <= m.start() - ctx.reference_end <= NARRATIVE_REACH
            and (then - dt.date(int(told.group(1)), int(told.group(2)),
                                int(told.group(3) or 1))).days <= NARRATIVE_DAYS
            and (told.group(3) is not None or then.month != int(told.group(2)))
        )  # fmt: skip (a month told goes on to a later month's day: not "the August 1988
        # cease-fire ... the invasion of Kuwait on Aug. 2", told in 1990)
    ):  # "arrived on June 27 of that year [2024] and made their debut on Aug. 8": the
        date = then  # sentence's year goes on (not the paper's, ten days after an Aug. 8);
        # so does a story's: "on Thursday 25 November 2027, two days before a match. ...
        # On the night of the game, 27 November," (told in March 2029): 2027
    if since and date is not None and date > ctx.anchor:
        date = safe_day(date.year - 1, month, day)  # "since Nov. 29", in a Nov. 3 paper
    if (
        date is not None
        and date > ctx.anchor
        and tense is Tense.PAST
        and not since
        and _told_last_year(ctx, m.start())
        and until_tense(ctx.text, m.start()) is not Tense.FUTURE
    ):  # "... signed at 6.52pm on deadline day last September. Harbridge opened with an
        return safe_day(date.year - 1, month, day)  # offer on 2 July" (in May): last July
    if (
        date is not None
        and abs((date - ctx.anchor).days) > NEAR_DAYS
        and unmodified
        and tense is not Tense.FUTURE
        and not perfect_since
        and (year := _story_year(ctx, m.start())) is not None
        and not _story_moved_on(ctx, year, month, day)
        and not _PAPERS_YEAR_IN_SENTENCE.search(ctx.text, *_sentence_around(ctx.text, m.start()))
    ):  # "the 1968 convention ... on the night of Aug. 28", in a January paper: 1968 (not
        # "... on January 1, and the government had hoped to keep inflation below 8
        # percent this year": the paper's year goes on)
        return safe_day(year, month, day)
    return date


# A present perfect up to the paper's day: "Crude has been flowing since July 15" (after "in
# June 2000": this year's July, not 2000's)
_PERFECT_SINCE_BEFORE = re.compile(r"\b(?:has|have)\s+(?:[a-z]+\s+){1,3}since\s+$", FLAGS)
PERFECT_REACH = 40  # characters back from a day to its present perfect's "has"
_PAPERS_YEAR_IN_SENTENCE = re.compile(r"\b(?i:this|so\s+far\s+this)\s+year\b")


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around `at`, within 200 characters either side."""
    lo = text.rfind(". ", max(0, at - 200), at)
    hi = text.find(". ", at, at + 200)
    return (lo + 2 if lo >= 0 else max(0, at - 200)), (hi if hi >= 0 else min(len(text), at + 200))


def _told_last_year(ctx: Context, start: int) -> bool:
    """Whether the last date told, within STORY_YEAR_REACH characters before `start`, is
    in the year before the anchor's (a story of last year goes on)."""
    value = ctx.reference_value
    return bool(
        ctx.anchor is not None
        and value
        and value[:4].isdigit()
        and int(value[:4]) == ctx.anchor.year - 1
        and 0 <= start - ctx.reference_end <= STORY_YEAR_REACH
    )


STORY_YEAR_REACH = 250  # characters from a year of the past within which dates take it
STORY_YEARS_BACK = 2  # a day at least this many years before the paper's tells a story
STORY_YEARS_BACK_FOR_YEARS = 5  # ... and a year or month at least this many


def _story_year(ctx: Context, start: int) -> int | None:
    """The year of a past story told just before `start` (the last date mentioned, at
    least STORY_YEARS_BACK years before the paper's, at most STORY_YEAR_REACH characters
    back in the same paragraph), which a year-less day in it far from the paper's date
    takes."""
    value = ctx.reference_value
    if not value or not value[:4].isdigit() or ctx.anchor is None:
        return None
    year = int(value[:4])
    back = ctx.anchor.year - year
    if back < STORY_YEARS_BACK or not 0 <= start - ctx.reference_end <= STORY_YEAR_REACH:
        return None
    if back < STORY_YEARS_BACK_FOR_YEARS and len(value) < len("2024-03-14"):
        return None  # a recent year told alone ("founded in 2023 and won ... on March 8")
        # is no story; a recent day is ("on the night of March 14, 2024 ... on June 4")
    if "\n" in ctx.text[ctx.reference_end : start]:
        return None  # one paragraph
    if _SINCE_YEAR.search(ctx.text, max(0, ctx.reference_end - 12), ctx.reference_end) and (
        not _WHEN_AFTER.match(ctx.text, ctx.reference_end)
    ):
        return None  # "The volcano, quiet since 1994, erupted on March 12": a state's start,
        # no story told (not "the worst since 1994, when freezes in late June")
    between = ctx.text.find(". ", ctx.reference_end, start)  # a whole sentence between, in
    following = ctx.text.find(". ", between + 2, start) if between >= 0 else -1
    if following >= 0 and ctx.tense(between + 2, between + 3) in (Tense.PRESENT, Tense.FUTURE):
        return None  # the present: "... held office in 1243. No one may serve twice. The
        # outgoing pair, who took office on 1 April": this year's April, not 1243's
    return year


_SINCE_YEAR = re.compile(r"\bsince\s+\d{4}$", FLAGS)
_WHEN_AFTER = re.compile(r",?[ \t]+when\b")
STORY_MOVES_ON_DAYS = 183  # a story's day this long before a year-less day: the story moved on


def _story_moved_on(ctx: Context, year: int, month: int, day: int) -> bool:
    """Whether a year-less day would fall far after the story's own day told just before
    it ("sworn in on 3 March 2025 ... broke down after months of wrangling ... resigned on
    17 November", told in May 2027: not November 2025), so the story year does not hold."""
    told = _TOLD_MONTH.match(ctx.reference_value or "")
    then = safe_day(year, month, day)
    if told is None or told.group(3) is None or then is None:
        return False
    story_day = safe_day(int(told.group(1)), int(told.group(2)), int(told.group(3)))
    return story_day is not None and (then - story_day).days > STORY_MOVES_ON_DAYS


# What must come before a bare ordinal day for it to be a date: "on the 14th".
_OF_MONTH_NAMED = re.compile(r"\bof\s+(this|last|next)\s+month$", FLAGS)
# The old commercial names of this, last and next month: "the 6th instant", "the 31st ult."
_MONTH_OF_LETTERS = re.compile(r"\b(?:(inst)(?:ant)?|(ult)(?:imo)?|(prox)(?:imo)?)\.?$", FLAGS)
_DAY_OF_MONTH_BEFORE = re.compile(
    r"\b(?:on|by|for|until|till|since|from|before|after|through|between|"
    r"(?:night|morning|evening|afternoon|eve|weekend|small\s+hours|early\s+hours)\s+of)\s+$",
    FLAGS,
)  # ("On the night of the 3rd": that 3rd)


TOLD_MONTH_REACH = 300  # characters after a month told within which a past "the 12th" is its


def norm_day_of_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"on the 14th": that day of the anchor's month, or of the month before or after it
    when the tense points there (a past "the 28th" in a paper of the 3rd is last month's);
    "the 3rd of last month", "the 31st ultimo", "the 6th inst.": that day of the month
    named."""
    of_month = _OF_MONTH_NAMED.search(m.group(0))
    step = {"last": -1, "this": 0, "next": 1}[of_month.group(1).lower()] if of_month else None
    if lettered := _MONTH_OF_LETTERS.search(m.group(0)):
        step = (0, -1, 1)[[bool(part) for part in lettered.groups()].index(True)]
    if step is None and not _DAY_OF_MONTH_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()):  # fmt: skip
        return None
    day_match = DAY_IN.search(m.group(0))
    if day_match is None:
        return None
    day = int(day_match.group(1))
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-XX-{day:02d}")
    if step is not None:
        index = ctx.anchor.year * 12 + ctx.anchor.month - 1 + step
        date = safe_day(index // 12, index % 12 + 1, day)
        return Resolution(DATE, date.isoformat()) if date else None
    told = _TOLD_MONTH.match(ctx.reference_value or "")
    if told is not None and (ctx.told_in_sentence(m.start()) or (
        0 <= m.start() - ctx.reference_end <= TOLD_MONTH_REACH
        and "\n\n" not in ctx.text[ctx.reference_end : m.start()]
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    )):  # "Last August classes began on the 24th": the month the sentence tells ("September
        # was our ruby wedding: forty years! We had lunch ... on the 12th": its paragraph's)
        date = safe_day(int(told.group(1)), int(told.group(2)), day)
        if date is not None:
            return Resolution(DATE, date.isoformat())
    anchor = ctx.anchor
    months = [(anchor.year - (anchor.month == 1), (anchor.month - 2) % 12 + 1),
              (anchor.year, anchor.month),
              (anchor.year + (anchor.month == 12), anchor.month % 12 + 1)]  # fmt: skip
    days = [date for year, month in months if (date := safe_day(year, month, day))]
    tense = ctx.tense(m.start(), m.end())
    if tense is Tense.PAST:
        days = [date for date in days if date <= anchor] or days
        date = max(days)
    elif tense is Tense.FUTURE:
        days = [date for date in days if date >= anchor] or days
        date = min(days)
    else:
        date = min(days, key=lambda d: (abs((d - anchor).days), d))
    return Resolution(DATE, date.isoformat())


_LAST_NUMBER = re.compile(r"(\d+)$")


_RANGE_YEAR_END = re.compile(r",?[ \t]+((?:19|20)\d\d)$")
# The year written at a range's second end: "April 12 to 19, 2027", "May 3 and 4, 2026"
_YEAR_WORD = r",?[ \t]+(this|last|next)\s+year\b"  # "last year" after a day or a pair
_YEAR_WORD_NEXT = re.compile(_YEAR_WORD, FLAGS)
_RANGE_YEAR_WORD_AFTER = re.compile(
    r",?\s+(?:and|or|to|until|till|through)\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    + _YEAR_WORD, FLAGS)
_RANGE_YEAR_AFTER = re.compile(
    r",?\s+(?:and|or|to|until|till|through)\s+(?:[12]\d|3[01]|0?[1-9]),?[ \t]+((?:19|20)\d\d)\b"
)


def norm_coordinated_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The second day of "April 24 and 25": a day of the same month, as its own expression
    (`trim` narrows it to the number; the first day is matched by the month-day rule)."""
    first = norm_month_day(m, ctx)
    year = _RANGE_YEAR_END.search(m.group(0))
    last = _LAST_NUMBER.search(m.group(0), 0, year.start() if year else len(m.group(0)))
    if first is None or last is None:
        return None
    trim = (m.start() + last.start(), m.end())  # ("19, 2027" of "April 12 to 19, 2027")
    if year is not None and re.fullmatch(r"(?:\d{4}|XXXX)-\d{2}-\d{2}", first.value):
        first = Resolution(DATE, f"{year.group(1)}{first.value[4:]}")
    elif (word := _YEAR_WORD_NEXT.match(ctx.text, m.end())) and ctx.anchor is not None and (
        re.fullmatch(r"\d{4}-\d{2}-\d{2}", first.value)
    ):  # "on November 6 and 7 last year": the year the pair shares
        shift = lx.YEAR_WORD_SHIFT[word.group(1).lower()]
        first = Resolution(DATE, f"{ctx.anchor.year + shift:04d}{first.value[4:]}")
    if not re.fullmatch(r"(?:\d{4}|XXXX)-\d{2}-\d{2}", first.value):
        return None
    # Is the day in that month? (A year-less value is checked in 2000, a leap year.)
    value = safe_day(2000 if first.value[:4] == "XXXX" else int(first.value[:4]),
                     int(first.value[5:7]), int(last.group(1)))  # fmt: skip
    if value is None:
        return None
    return Resolution(DATE, first.value[:8] + f"{value.day:02d}", trim=trim)


_MONTH_BEFORE = re.compile(rf"{lx.MONTH_RE}\s*$", FLAGS)
_YEAR_AT_END = re.compile(r"\d{4}$")


def norm_leading_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The first day of "from 25 to 27 March": that day of the month named after the
    second, as its own expression (`trim` narrows it to the number)."""
    if _MONTH_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "March 30 to 2 April": the 30th is March's
    text = m.group(0)
    month, day = lx.month_number(text), DAY_IN.search(text)
    year = _YEAR_AT_END.search(text)
    if month is None or day is None or not month_word_ok(m, ctx, bare=False):
        return None
    trim = (m.start(), m.start() + day.end())
    if year is None:
        first = norm_month_day(m, ctx)
        return Resolution(first.type, first.value, trim=trim) if first else None
    value = day_value(safe_day(int(year.group(0)), month, int(day.group(1))))
    return Resolution(DATE, value, trim=trim) if value else None


def norm_week_of(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "the week of March 6", "the week beginning 24 March": the calendar week holding
    that day."""
    text = m.group(0)
    month = lx.month_number(text)
    day_match = DAY_IN.search(text)
    if not (month and day_match):
        return None
    day = int(day_match.group(1))
    if year_match := YEAR_IN.search(text, day_match.end()):  # "the week of March 24, 2030"
        try:
            return Resolution(DATE, week_value(dt.date(int(year_match.group(1)), month, day)))
        except ValueError:
            return None
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX-WXX")
    date = _year_less_day(m, ctx, month, day)
    return Resolution(DATE, week_value(date)) if date else None


_MONTH_STEP = {"the": 0, "this": 0, "next": 1, "last": -1}
_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
_NTH_PARTS = re.compile(r"the\s+(first|second|third|fourth|last)\s+(\w+)", re.IGNORECASE)


_YEAR_WORD_END = re.compile(r"\b(last|this|next)\s+year$", re.IGNORECASE)


def norm_nth_in_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the first Monday in October", "the second week of March", "the last weekend of
    June": that day, ISO week or weekend of the month (its year by tense, or as written)."""
    text = m.group(0)
    parts = _NTH_PARTS.match(text)
    if parts is None:
        return None
    month = lx.month_number(text[parts.end() :])
    step = _MONTH_STEP.get(text.split()[-2].lower()) if text.lower().endswith("month") else None
    if step is not None:  # "of the month", "of next month": the paper's month or one either
        if ctx.anchor is None:  # side of it
            return Resolution(DATE, "XXXX-XX")
        year, month = shift_months(ctx.anchor.year, ctx.anchor.month, step)
    elif month is None:
        return None
    elif year_match := YEAR_IN.search(text):
        year = int(year_match.group(1))
    elif ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}")
    elif told := _YEAR_WORD_END.search(text):  # "the first week of February last year"
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[told.group(1).lower()]
    elif (opening := opening_year(ctx, m.start(), month)) is not None:
        year = opening  # "Last year we lost 60 hectares ... in the first week of February"
    else:
        year = month_year(ctx.anchor, ctx.tense(m.start(), m.end()), month)
    nth, what = _NTH[parts.group(1).lower()], parts.group(2).lower()
    first = dt.date(year, month, 1)
    days = [first + dt.timedelta(days=i) for i in range(31)
            if (first + dt.timedelta(days=i)).month == month]  # fmt: skip
    weekday = lx.weekday_number(what)
    if weekday is not None or what == "weekend":
        wanted = 5 if weekday is None else weekday  # a weekend: its Saturday
        day = [d for d in days if d.weekday() == wanted][nth]
        if weekday is None:
            return Resolution(DATE, f"{week_value(day)}-WE")
        return Resolution(DATE, day.isoformat())
    return Resolution(DATE, week_value(days[0] if nth == 0 else days[nth * 7]))  # a week


def norm_month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    year_match = YEAR_IN.search(text)
    month = lx.month_number(text)
    if not (year_match and month):
        return None
    return Resolution(DATE, f"{year_match.group(1)}-{month:02d}", point_mod(text))


_AMBIGUOUS_MONTHS = {"may", "march", "jan", "mar", "jun", "aug", "dec", "sep"}
_SPEECH_AFTER = re.compile(r"[ \t]+(?:said|says|told|added|asked|argued|explained)\b")
_PREPOSITION_OR_MONTH_END = re.compile(
    r"\b(?:in|since|until|till|by|from|through|during|of|before|after|to|between|on|"
    rf"{lx.MONTH_RE}\.?,?\s+(?:and|or))\s*$", FLAGS
)  # ("in May said", "in March and May said": the month)
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|of|before|after|early|late|mid|"
    r"last|next|this|past|to|and|or|between|on|each|every|the)\s*-?$|"
    r"\b(?:January|February|March|April|June|July|August|September|October|November|"
    r"December),\s*$|"  # "in April, May and June"
    r"\b(?:early|late|soon|recently|long\s+ago)\s+as\s+$|"  # "as early as March", "as
    # recently as March"
    r"\b(?:a|an|the|its|their|our)\s+(?:cold|colder|warm|warmer|wet|wetter|dry|drier|mild|hot|snowy|rainy|"
    r"chilly|freezing|stormy|sunny|frosty|busy|quiet|record|wettest|driest|hottest|warmest|"
    r"coldest|coolest|mildest|sunniest|snowiest|stormiest|windiest|busiest|quietest)\s+$)",
    FLAGS,
)  # "by a cold March", "the wettest May since records began"


_MONTH_PREFIX = re.compile(
    r"^(?:(?:the|this|past|last|next|early|late|mid|of|end|beginning|start|middle|and|or|to|until|"
    rf"till|through|{lx.ORDINAL_RE}|"  # "the second of May"
    r"\d{1,2}(?:st|nd|rd|th)?,?)[\s-]+)+",  # a day before its month: "14 November"
    FLAGS,
)


_WEEKDAY_PREFIX = re.compile(rf"^{lx.WEEKDAY_RE}(?:[ \t]{{1,3}}(?:last|next))?,?\s+", FLAGS)
_LETTERS = re.compile(r"[A-Za-z]+")
# "Jan Kavan", "May Smith": a bare month word that is also a first name, before a surname.
_DIGIT_AFTER = re.compile(r"[ \t]*\d")
_TIME_PREPOSITION_BEFORE = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Ll]ast|[Nn]ext|[Ee]arly|[Ll]ate)[ \t]+$"
)
_NAME_FOLLOWS = re.compile(
    r"[ \t]+(?:d['’]|(?:de|van|von|di|da|du|del|le|la)[ \t]+(?:(?:la|der|den)[ \t]+)?)?[A-Z][a-z]"
)  # ("said April d'Entremont", "June van der Berg")
# A capitalised word after a bare month that is no weekday, month, holiday or sentence
# start: a surname ("June Ellerbe"), not "in June Monday" or "in April. Senate ...".
_SURNAME_FOLLOWS = re.compile(
    r"[ \t]+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b|The\b|A\b|An\b|In\b|On\b|"
    r"I\b)[A-Z][a-z]{2,}(?:\b|-)(?![ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:said|says|will|would|is|are|"
    r"was|were|has|have)\b)"
)
_NAME_WORD = (r"(?!(?:January|February|March|April|May|June|July|August|September|October|"
              r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
              r"Sunday)\b)[A-Z][a-z]+")
_NAME_LIST_AFTER = re.compile(rf",[ \t]+{_NAME_WORD}(?:,[ \t]+{_NAME_WORD}){{0,4}},?[ \t]+and[ \t]+"
                              rf"{_NAME_WORD}\b")  # fmt: skip
_NAME_LIST_BEFORE = re.compile(rf"\b{_NAME_WORD},[ \t]+$")
_NAME_LIST_END = re.compile(rf"(?:,[ \t]+{_NAME_WORD})*,?[ \t]+and[ \t]+{_NAME_WORD}\b")
# Another month after an ambiguous one: "March and April", "May, June and July"
_MONTH_LIST_AFTER = re.compile(
    r"(?:,[ \t]+|[ \t]+(?:and|or|to|through)[ \t]+)(?:January|February|April|June|July|August|"
    r"September|October|November|December)\b"
)
_TITLE_BEFORE = re.compile(
    r"\b(?:Sen|Rep|Gov|Mr|Mrs|Ms|Miss|Dr|Prof|Judge|Justice|Mayor|Sgt|Lt|Capt|Gen|Col)\.?\s+$"
)


def month_word_ok(m: re.Match[str], ctx: Context, *, bare: bool) -> bool:
    """Reject "may" the verb, "march" the verb, "Jan" the name: a month needs a capital
    and, when it stands bare, a preposition before it if it is also an ordinary word."""
    text = _WEEKDAY_PREFIX.sub("", m.group(0))
    stripped = _MONTH_PREFIX.sub("", text)
    word = _LETTERS.match(stripped)
    if word is None:
        return False
    token = word.group(0)
    if not token[0].isupper():
        return False
    if bare and _TITLE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()) and (
        _NAME_FOLLOWS.match(ctx.text, m.end())
    ):
        return False  # "state Sen. April Dunmore", "Ms. June Carter": a first name
    if bare and len(stripped) == len(text) and _SURNAME_FOLLOWS.match(ctx.text, m.end()) and (
        not _TIME_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return False  # "ordered June Ellerbe, 58,", "member April Dussault": a first name
        # (not "In June Trump visited Paris": the month, then the clause's subject)
    if bare and len(stripped) == len(text) and lx.KIN_BEFORE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    ) and not _DIGIT_AFTER.match(ctx.text, m.end()):
        return False  # "His granddaughter April found the ticket": a first name
    person = lx.person_before(ctx.text, m.start()) if bare else None
    if person is not None and len(stripped) == len(text) and (
        _NAME_FOLLOWS.match(ctx.text, m.end())
        or (person.group("first") or not person.group(0).startswith("said"))
        and lx.PERSON_AFTER.match(ctx.text, m.end())
    ):  # fmt: skip
        return False  # "Council chair June Tolland said", "mayor Fiona August said": a name
    if bare and len(stripped) == len(text) and (
        ctx.text[max(0, m.start() - 2) : m.start()] == ", "  # (not "In January, Immigration
        and _NAME_LIST_AFTER.match(ctx.text, m.end())  # and Naturalization Service")
        or _NAME_LIST_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        and _NAME_LIST_END.match(ctx.text, m.end())
    ):
        return False  # "her children, April, Ross and Jenny": a name among names
    if not bare or len(stripped) < len(text) or token.lower() not in _AMBIGUOUS_MONTHS:
        return True
    if _MONTH_LIST_AFTER.match(ctx.text, m.end()):
        return True  # '"March and April were the worst months"': months together
    if _NAME_FOLLOWS.match(ctx.text, m.end()) and not _TIME_PREPOSITION_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return False  # "Theresa May Brown" (not "In May Tom and I had ten days in Crete")
    before = ctx.text[max(0, m.start() - 16) : m.start()]
    if _SPEECH_AFTER.match(ctx.text, m.end()) and not _PREPOSITION_OR_MONTH_END.search(before):
        return False  # "... cut floor staff, and May said the others would follow": a name
    return bool(_MONTH_CONTEXT.search(before)) or (
        token.lower() != "may" and before.endswith(" for ")
        and not _MARCH_NAME_AFTER.match(ctx.text, m.end())
    )  # ("cancelled bookings for March"; not "a blow for May", a name, nor "came out for
    # March for Our Lives")


_MARCH_NAME_AFTER = re.compile(r"[ \t]+(?:for|of|on)[ \t]+[A-Z]")


# A month opening its sentence, then a past clause: "In July, Ruiz signed forward ..."
# A month opening a sentence or a clause after "and": "In July, Ruiz signed", "..., and in
# February two climbers died"
_OPENS_SENTENCE = re.compile(
    r"(?:(?:^|[.!?\n][\"'”’]?\s+)(?:In|By|During)|(?:,\s+|\b)and\s+(?:in|during))\s+$"
)
_PAST_CLAUSE_AFTER = re.compile(
    r",?\s+(?:the\s+|a\s+|an\s+)?(?:[A-Z]?[\w'’.-]+\s+){1,5}?"
    r"(?!(?:need|speed|feed|seed|proceed|exceed|hundred|red|bed)\b)"
    r"(?:[a-z]{2,}ed|signed|sold|won|lost|took|made|fell|rose|came|went|began|left|held|"
    r"hit|cut|paid|met|told|said|gave|spent|sent|built|bought|grew|drew|broke|chose)\b"
)
_FROM_RANGE_BEFORE = re.compile(r"\bfrom\s+[^,.;]{1,30}?\s+(?:until|till|through|to)\s+$", FLAGS)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|through)\s+$", FLAGS)
# A sentence opened by a deadline a past perfect then meets: "By March the rebels had seized
# 12 towns" (not "By November the hills will be brown")
_OPENING_BY_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)By\s+$")
_HAD_DONE_AFTER = re.compile(
    r",?\s+(?:[^.;:!?\n,]{0,50}?\s)?had\s+(?:(?:not|already|been)\s+)*(?!to\b)[a-z]+", FLAGS
)
# A deadline a past perfect has met: "had recovered all of its losses by March", "had 1,140
# signatures by March" (not "had agreed to pay by March", "if they had not agreed by March")
_DONE_BY_BEFORE = re.compile(
    r"\bhad\s+(?:(?:not|already|all|been)\s+)*(?!to\b|(?:promised|pledged|vowed|expected|"
    r"demanded|sought|set|ordered|planned|hoped|aimed|agreed|asked|wanted|intended|"
    r"scheduled|targeted|forecast|predicted|projected|committed|urged|called|told)\b)"
    r"(?:[a-z]+|\d[\d,.]*)\b"  # (not "had promised a new stadium by March": ahead)
    r"(?:(?!\bto\s+[a-z]|\b(?:will|would|if|unless)\b)[^.;:!?\n]){0,60}\bby\s+$",
    FLAGS,
)
HAS_UNTIL_BEFORE = re.compile(r"\b(?:has|have)\s+until\s+$", FLAGS)  # a deadline given
# What a deadline ("by Sept. 30") is the deadline of: an intention, ahead
_INTENDED_BEFORE = re.compile(
    r"\b(?:will|would|shall|expects?\s+to|expected\s+to|plans?\s+to|planned\s+to|"
    r"aims?\s+to|intends?\s+to|hopes?\s+to|going\s+to)\b[^.;]*$", FLAGS
)
INTENDED_REACH = 100  # characters before the deadline
# The end of something under way, told in the present: "a term that ends on 1 April"
_ENDS_ON_BEFORE = re.compile(r"\b(?:ends|expires|runs\s+out|finishes|lapses)\s+(?:on\s+)?$", FLAGS)
# The second of two things set for days: ", and the start of exports for"
_AND_FOR_BEFORE = re.compile(r",?\s+and\s+(?:[\w'’-]+\s+){0,6}?for\s+$", FLAGS)
_SET_FOR_EARLIER = re.compile(
    r"\b(?:set|scheduled|slated|rescheduled|fixed)\s+[^.;]{0,80}?\bfor\s+"
    r"(?:[^.;\n]|\.(?=[ \t]\d)){1,80}$",  # (a month's dot before its day: "Oct. 17")
    FLAGS,
)
SET_AHEAD_BEFORE = re.compile(
    r"\b(?:set|scheduled|slated|rescheduled|listed|fixed|booked)\s+(?:[\w'’-]+\s+){0,5}?for\s+$"
    r"|\b(?:adjourned|postponed|deferred|put\s+off|pushed\s+back)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:until|till|to)\s+$"
    r"|\b(?:calling|called|calls|call)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:referendum|election|"
    r"vote|ballot|poll|strike)\s+(?:on|for)\s+$",
    FLAGS,
)  # ("The case was listed for 21 March", "The hearing was adjourned until 14 March", "signed
# a decree on Wednesday calling a referendum on Sept. 25": a day set ahead)
# A year right after a year-less day: "will move to Jan. 8 in 2101"
_IN_YEAR_AFTER = re.compile(r",?[ \t]+in[ \t]+((?:1[5-9]|2[01])\d\d)\b(?![-–/]?\d)")
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late)[\s-]+)?$", FLAGS)
# A past verb right before the month's preposition: "the year that ended in December",
# "sales rose in December". Closer than any reported speech, it outweighs the nearness.
# Not a participle of what is still to come: "expected in December", "to be published in".
# "ahead of the agency's own deadline of", "ahead of a" (then the date)
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+(?:[\w'’-]+\s+){0,6}$", FLAGS)
# A change and when it starts: "a 6 percent rise in the price of water from", "a ban on
# plastic bags from", "new fees from"
CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:an?|the|new|higher|lower|its|their|extra|further)[ \t](?:[^.;:!?,\n]{0,30}?[ \t])?"
    r"(?:rise|increase|cut|reduction|hike|fees?|charges?|ban|tax|levy|surcharge|tariffs?|"
    r"fares?|rules?|limits?|cap)\b[^.;:!?,\n]{0,50}?[ \t]from[ \t]+"
    r"(?:the[ \t]+start[ \t]+of[ \t]+)?$"
)
_FROM_START_BEFORE = re.compile(r"\bfrom\s+(?:(?:early|mid|late)[\s-]+)?$", FLAGS)
_RANGE_ON_AFTER = re.compile(r"[ \t]*(?:-|–|to|until|till|through)\b")
_LEADING_UP_TO_BEFORE = re.compile(
    r"\b(?:lead(?:s|ing)?\s+up\s+to|(?:run|build|lead)-up\s+to|countdown\s+to)\s"
    r"[^.;:!?,\n]{0,50}\b(?:in|on)\s+$"
)
_AHEAD_BEFORE = re.compile(r"\b(?:will|would|shall|going\s+to|is\s+to|are\s+to)\s[^.;]*$")
# A participle after "is"/"are" and an adverb is a state: "Hotels are fully booked for a
# crafts fair in mid-June" (told in May: this June)
_BE_ADVERB_PARTICIPLE_BEFORE = re.compile(
    r"\b(?:is|are|am)\s+[a-z]+ly\s+[a-z]{2,}ed\b(?:(?![.;!?])[^\n]){0,40}$"
)
_PAST_VERB_BEFORE = re.compile(
    r"(?:^|[^a-z\s]\s*|\b(?!(?:be|is|are|been|being|to|will|would)\s)[A-Za-z]+\s+)"
    r"(?:(?!(?:need|speed|feed|seed|proceed|exceed|hundred|red|bed|expected|scheduled|"
    r"planned|proposed|anticipated)\s)[a-z]{2,}ed|rose|fell|began|came|took|grew|won|lost|"
    r"heard|held|upheld|made|met|paid|sold|found|left|sent|spent|gave|kept|built|bought|"
    r"brought|struck|sought|wrote|ran|drew)"
    r"(?:\s+(?!(?:will|would|could|may|might|to|and|but|is|are)\b)[\w$%.'’-]+){0,4}?"
    r"\s+(?:in|during)\s+$"
)  # "rose 5% in", "passed the House in" (a past verb and its object, then the month)


_TO_MONTH_OF_STORY_YEAR = re.compile(
    rf"[ \t]+(?:to|through|until|and|-|–)[ \t]+(?:(?:early|late|mid)[ \t-]+)?(?i:{lx.MONTH_RE})"
    r"[ \t]+of[ \t]+(?:that|the[ \t]+same)[ \t]+year\b"
)
# A sentence's subject named by its year: "The 2028 edition ended on 27 February"
_YEAR_NAMED_NOUN = (
    r"(?:edition|race|season|final|election|tournament|championship|games|tour|festival|"
    r"contest|marathon|regatta|census|harvest|campaign|event|show|fair|carnival|rally)\b"
)
# A sentence opened by its year: "In 2014 the chorus ...", "Last year, we ...", "The 2028
# edition ..."
_OPENING_YEAR = re.compile(
    r"[ \t\"“]*(?:(?:(?:In|During|Throughout)[ \t]+(?:(?:early|late|mid)[ \t-]{1,3})?"
    r"(?:(?:the[ \t]+)?(?P<season>spring|summer|autumn|fall|winter)[ \t]+(?:of[ \t]+)?|"
    rf"(?P<month>(?i:{lx.MONTH_RE}))\.?[ \t]+)?|The[ \t]+(?=\d{{4}}[ \t]+{_YEAR_NAMED_NOUN}))"
    r"(?P<year>1[89]\d\d|20\d\d)\b|"
    r"(?P<deictic>Last|Next)[ \t]+year\b|"
    rf"(?P<ago>(?:\d{{1,2}}|(?i:{lx.NUMBER_WORD})|A)[ \t]+years?[ \t]+ago)\b|"
    r"(?P<anaphor>(?:(?:Later|Earlier)[ \t]+that|That)(?:[ \t]+same)?[ \t]+"
    r"(?:year|month|spring|summer|autumn|fall|winter)\b))"
)  # ("Four years ago, the onset came on May 25": that year's; "She was 19 in 1974. That
# year, on the night of April 24, ...": the year "That year" was read as)
TOLD_YEAR = re.compile(r"(\d{4})(-WI)?")  # a value's year, and whether it is a winter
_LATER_CLAUSE = re.compile(r"[,;]|\b(?:and|but|then|until|after|before|which|when)\b")
_SEASON_FIRST_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


OPENING_REACH = 400  # characters back to the start of a sentence opened by its year
_IN_OPENING = re.compile(r"[ \t\"“]*(?:In|During|Throughout)[ \t]")  # "In 1974, ..."
# A day opening its sentence: "On the night of April 24, ...", "By Aug. 3 ...", "April 24 ..."
_DAY_OPENS_SENTENCE = re.compile(
    r"[ \t\"“]*(?:(?:(?:Early|Late)[ \t]+)?(?:On|By|Until|After|Before)[ \t]+)?"
    r"(?:the[ \t]+(?:night|morning|afternoon|evening|eve)[ \t]+of[ \t]+)?"
)
WHEN_REACH = 150  # characters from "2003, when" to a year-less date in its clause
_YEAR_WHEN = re.compile(
    r"\b(?:(1[89]\d\d|20\d\d)|(?P<deictic>[Ll]ast|[Nn]ext)[ \t]+year),?[ \t]+when\b"
)
_SENTENCE_END = re.compile(r"[.;!?](?:[ \t\n]|$)|\n")


NARRATED_YEARS = 3  # a day told this many years or more before the paper is a story's past
DAYS_IN_YEAR = 365
NARRATED_REACH = 1500  # characters from such a day to a year-less day that goes on in its year


def _narrated_year(ctx: Context, start: int, month: int) -> int | None:
    """The year of the last day told, when that is a day of a story told long ago and
    nothing dated came since, within NARRATED_REACH characters (the next year for a month
    before the day's): a narrative goes on in its year."""
    assert ctx.anchor is not None
    reference = ctx.reference
    if (
        reference is None
        or (ctx.anchor - reference).days < NARRATED_YEARS * DAYS_IN_YEAR
        or ctx.reference_value != reference.isoformat()  # (nothing dated since)
        or not 0 <= start - ctx.reference_day_end <= NARRATED_REACH
        or not _STORY_STEP.search(ctx.text, ctx.reference_day_end, start)
    ):  # (a story told on from that day, "the next morning", "a week later"; not news
        return None  # that turns back to now: "On October 11, 1994, the currency lost 27
        # percent ... Three zeros were struck off the rouble on January 1")
    return reference.year + (month < reference.month)


# A story told on from a day: "the next morning", "a week later", "that night"
_STORY_STEP = re.compile(
    rf"\b(?:(?:an?|one|\d{{1,2}}|{lx.NUMBER_WORD})[ \t]+(?:hours?|days?|weeks?|months?)[ \t]+"
    r"later|the[ \t]+(?:next|following)[ \t]+(?:day|morning|afternoon|evening|night|week)|"
    r"that[ \t]+(?:night|evening|afternoon|morning))\b",
    re.IGNORECASE,
)  # (not a bare "later": "He joined the firm on May 3, 2030, and later became its chairman")


def year_of_sentence_before(ctx: Context, start: int, month: int | None = None) -> int | None:
    """The year that opened the sentence before, in the same paragraph, for a day that
    opens its own, nothing dated between: the story told on in that year ("In 1974, she
    was 19 and washed glasses in the same room. On the night of April 24, at 10:55 p.m.,
    the radio behind the bar played ...")."""
    assert ctx.anchor is not None
    reach = max(0, start - OPENING_REACH)
    stop = ctx.text.rfind(". ", reach, start)
    if stop < 0 or "\n" in ctx.text[stop:start] or not _DAY_OPENS_SENTENCE.fullmatch(
        ctx.text, stop + 2, start
    ):
        return None
    stop_before = ctx.text.rfind(". ", reach, stop)
    before = max(stop_before + 2 if stop_before >= 0 else reach,
                 ctx.text.rfind("\n", reach, stop) + 1)  # fmt: skip
    opening = _OPENING_YEAR.match(ctx.text, before, stop)
    if opening is None or not opening.group("year") or opening.group("season") or (
        ctx.reference_end != opening.end()
        or not _IN_OPENING.match(ctx.text, before, opening.end())
        or ctx.anchor.year - int(opening.group("year")) < NARRATED_YEARS
    ):  # (a year or a month of it, the last thing dated, a story's past: "In January 1973
        return None  # she was 22. On the evening of January 22 a storm drove the fleet
        # into harbour"; not "The 2031 census counted ... On April 2 the council voted")
    year = int(opening.group("year"))
    told = lx.month_number(opening.group("month")) if opening.group("month") else None
    return year + 1 if told is not None and month is not None and month < told else year


def opening_year(ctx: Context, start: int, month: int | None = None) -> int | None:
    """The year that opens the sentence holding `start` ("In 1978 it did not start until
    Oct. 2"), or a year whose "when" clause holds it ("set in 2003, when picking started
    on Aug. 25"), when nothing dated comes between; after an opening month or season, the
    next year for a `month` before it ("In November 2027 it opened, and in March it
    closed": 2028)."""
    assert ctx.anchor is not None
    when = next(reversed(list(_YEAR_WHEN.finditer(ctx.text, max(0, start - WHEN_REACH), start))),
                None)  # the last, a bounded window back  # fmt: skip
    when_year = None if when is None else int(when.group(1)) if when.group(1) else (
        ctx.anchor.year + (-1 if when.group("deictic").lower() == "last" else 1))
    if (
        when is not None
        and (ctx.reference_value or "")[:4] == str(when_year)  # nothing of another year
        and not _SENTENCE_END.search(ctx.text, when.end(), start)  # between
        and "," not in ctx.text[when.end() : start]  # (the clause ends at its comma: not
    ):  # "since 1985, when Route 66 was dropped ..., opening ... its birthday in November";
        return when_year  # "up from 21,000 tonnes last year, when a heatwave in June"
    reach = max(0, start - OPENING_REACH)  # (bounded: a long run-on line stays linear)
    stop = ctx.text.rfind(". ", reach, start)
    line = ctx.text.rfind("\n", reach, start)
    if stop < 0 and line < 0 and reach > 0:
        return None  # no sentence start near: no opening told
    sentence = max(stop + 2 if stop >= 0 else 0, line + 1)
    opening = _OPENING_YEAR.match(ctx.text, sentence, start)
    if opening is None:
        return None
    if ctx.reference_end != opening.end() and not (
        opening.group("anaphor") and 0 <= ctx.reference_end <= opening.start()
    ) and not (  # (or an anaphor, "That year", the last date told before it refers to)
        opening.group("deictic") and (ctx.reference_value or "")[:4] == str(
            ctx.anchor.year + (-1 if opening.group("deictic") == "Last" else 1))
    ):  # (a date between of the same year goes on in it: "Last year the corals held back
        return None  # until after the full moon of December, following a cool October")
    if opening.group("anaphor"):  # the year of the last date told (a winter's January
        last_told = TOLD_YEAR.match(ctx.reference_value or "")  # and February: the next
        if last_told is None:  # year's)
            return None
        winter_turned = bool(last_told.group(2)) and not ctx.southern and month is not None and (
            month < _SEASON_FIRST_MONTH["winter"])  # (a southern winter is its year's middle)
        return int(last_told.group(1)) + winter_turned
    if opening.group("year"):
        told = lx.month_number(opening.group("month")) if opening.group("month") else (
            _SEASON_FIRST_MONTH.get((opening.group("season") or "").lower()))  # fmt: skip
        year = int(opening.group("year"))
        return year + 1 if month is not None and told is not None and month < told else year
    if opening.group("ago"):
        if _LATER_CLAUSE.search(ctx.text, opening.end() + 1, start):
            return None  # "A year ago, it asked regulators to approve an upgrade, which
            # they approved in June": a later act, in a clause of its own
        years = lx.parse_number(opening.group("ago").split()[0])
        return None if years is None else ctx.anchor.year - int(years)
    return ctx.anchor.year + (-1 if opening.group("deictic") == "Last" else 1)


_OF_STORY_YEAR = re.compile(r"(?:that|the same|the (following|next|previous|prior)) year$")


def _of_story_year(story: re.Match[str], ctx: Context, anchor: dt.date) -> int:
    """The year "of that year" (of "the following year", ...) names: the last date told's,
    shifted; the paper's with no date told before."""
    reference = interval_of(ctx.reference_value) if ctx.reference_value else None
    shift = {"following": 1, "next": 1, "previous": -1, "prior": -1}.get(story.group(1), 0)
    return (reference[0] if reference else anchor).year + shift


_CAPITALS_ABBREVIATION = re.compile(r"[A-Z]{3}")  # a bare month word in capitals


# "every May and": the month after it recurs too
_EVERY_MONTH_AND = re.compile(rf"\b(?:every|each)\s+(?:{lx.MONTH_FULL})\s+(?:and|or)\s+$", FLAGS)


# Months joined under one "last" or one "last year": "last March and April", "in March and
# April last year"
_LAST_MONTH_AND_BEFORE = re.compile(
    rf"\b(?:last|this\s+past)\s+({lx.MONTH_FULL})\s+(?:and|or|to|through|until)\s+$", FLAGS)
_MONTH_AND_YEAR_AFTER = re.compile(
    rf"\s+(?:and|or|to|through|until)\s+({lx.MONTH_FULL})\s+(last|this|next)\s+year\b", FLAGS)


_NOUN_THAT_YEAR_AFTER = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){1,2}[ \t]+that[ \t]+year\b")


def norm_month(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    month = lx.month_number(text)
    if month is None or not month_word_ok(m, ctx, bare=True):
        return None
    if _CAPITALS_ABBREVIATION.fullmatch(text):
        return None  # "The DEC said", "from the DEC": an agency's initials, no month
    mod = point_mod(text)
    lowered = text.lower()
    if text[:1].isupper() and _EVERY_MONTH_AND.search(ctx.text, max(0, m.start() - 24), m.start()):
        return Resolution(SET, f"XXXX-{month:02d}")  # "every May and June": both recur
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}", mod)
    if _NOUN_THAT_YEAR_AFTER.match(ctx.text, m.end()) and (
        told := year_told_in_sentence(ctx.text, m.start())
    ) is not None:  # "since November 2043, after the October election that year": 2043
        year = told
    elif story := _OF_STORY_YEAR.search(lowered):
        # "December of that year", "January of the following year": the story's year
        # (no date before: the paper's year; the selection pass has none either)
        year = _of_story_year(story, ctx, ctx.anchor)
    elif ctx.reference_value and _TO_MONTH_OF_STORY_YEAR.match(ctx.text, m.end()):
        # "from September to December of that year" (after "in April 2025"): both 2025
        reference = interval_of(ctx.reference_value)
        year = (reference[0] if reference else ctx.anchor).year
    elif (
        (joined := _LAST_MONTH_AND_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()))
        and (ref := _TOLD_MONTH.match(ctx.reference_value or "")) and ref.group(3) is None
        and int(ref.group(2)) == lx.month_number(joined.group(1))
        and int(ref.group(2)) < month
    ):  # "during the war last March and April": April of the same year as March
        year = int(ref.group(1))
    elif (shared := _MONTH_AND_YEAR_AFTER.match(ctx.text, m.end())) and (
        (later := lx.month_number(shared.group(1))) is not None and later > month
    ):  # "in March and April last year": March of last year too
        year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[shared.group(2).lower()]
    elif (opening := opening_year(ctx, m.start(), month)) is not None and not re.match(
        r"(?:this|last|next)\b", lowered
    ):  # "In 2014 the chorus peaked in late April", "Last year we had soil at 64 degrees in
        year = opening  # early April": the year the sentence opens with
    elif "last year" in lowered:
        year = ctx.anchor.year - 1
    elif "next year" in lowered:
        year = ctx.anchor.year + 1
    elif "this year" in lowered:
        year = ctx.anchor.year
    elif re.match(r"this\s+(?!past)", lowered):
        year = ctx.anchor.year
    elif re.match(r"(?:last|this\s+past)\b", lowered):
        # "last February" in a March paper: a year back, as the month just gone is "last month"
        year = ctx.anchor.year - 1 if month >= ctx.anchor.month - 1 else ctx.anchor.year
    elif lowered.startswith("next"):
        year = ctx.anchor.year + 1 if month <= ctx.anchor.month else ctx.anchor.year
    else:
        tense = clause_tense = ctx.tense(m.start(), m.end())
        if LASTED_UNTIL.search(ctx.text, max(0, m.start() - 40), m.start()):
            tense = Tense.PAST  # "The shop stayed shut until January": a wait that is over
        elif _DEADLINE_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()) and not (
            tense is Tense.PAST
            and (_DONE_BY_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start())
                 or (_OPENING_BY_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
                     and _HAD_DONE_AFTER.match(ctx.text, m.end())))
        ) and not (
            tense is Tense.PAST
            and _FROM_RANGE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
        ) and (  # (not "Gales halted work from December until mid-April": a past range)
            ctx.review_year is None
            or tense is not Tense.PAST
            or _AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        ):  # "by February", "until mid-November": a deadline ahead (in a review of last
            tense = Tense.FUTURE  # year, "by early October 60 percent was in drought")
        elif CHANGE_FROM_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start()) and (
            not _RANGE_ON_AFTER.match(ctx.text, m.end())
        ):  # "approved a 6 percent rise in the price of water from January": the rise's
            tense = Tense.FUTURE  # start, ahead (not "prices rose from January to March")
        elif _LEADING_UP_TO_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start()):
            tense = Tense.FUTURE  # "events that lead up to the road's 100th birthday in
            # November", "in the run-up to the vote in March": ahead
        since = _SINCE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        year = month_year(ctx.anchor, Tense.PAST if since else tense, month, 0 if (
            tense is Tense.FUTURE and clause_tense is not Tense.PAST
            and _PLAIN_UNTIL_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        ) or (
            clause_tense is Tense.FUTURE
            and _FROM_START_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
            and not _RANGE_ON_AFTER.match(ctx.text, m.end())
        ) else NEAR_DAYS)  # ("is shared out every month until October", told in November:
        # next October, a bound not yet reached; "subsidies will be cut over three years
        # from January", told in March: a change to come starts next January)
        if since and (year, month) > (ctx.anchor.year, ctx.anchor.month):
            year -= 1  # "unchanged since July", in a May paper: last July
        if (
            (year, month) > (ctx.anchor.year, ctx.anchor.month)
            and tense is not Tense.FUTURE
            and (
                (_PAST_VERB_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
                 and not _AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 80), m.start())
                 and not _BE_ADVERB_PARTICIPLE_BEFORE.search(
                     ctx.text, max(0, m.start() - 50), m.start()))
                or (_OPENS_SENTENCE.search(ctx.text, max(0, m.start() - 12), m.start())
                    and _PAST_CLAUSE_AFTER.match(ctx.text, m.end()))
            )
        ):  # (not "will appear on tax bills mailed in January"; "In July, Ruiz signed
            year -= 1  # Whitfield", told in June: last July)
        if ctx.review_year is not None and tense is Tense.PAST:
            year = ctx.review_year  # a January paper's review: "January averaged 2.1 degrees"
        elif (
            tense is Tense.PAST
            and not since
            and not mod
            and _OPENS_SENTENCE_ONLY.search(ctx.text, max(0, m.start() - 12), m.start())
            and (told := _year_told_before(ctx, m.start(), month)) is not None
        ):  # "Harlan bought the Courier in 1946, after coming home from the Navy. In June
            year = told  # he moved the press": June 1946
    return Resolution(DATE, f"{year:04d}-{month:02d}", mod)


# "In June" opening a sentence (not a clause after "and": "..., and in March")
_OPENS_SENTENCE_ONLY = re.compile(r"(?:^|[.!?\n][\"'”’]?\s+)(?:In|By|During)\s+$")
_SINCE_YEAR_END = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Za-z]+\.?\s+)?\d{4}$")
_YEAR_WRITTEN_END = re.compile(r"\d{4}\W{0,2}$")
_YEAR_OR_MONTH_VALUE = re.compile(r"(\d{4})(?:-(\d\d))?$")


def _year_told_before(ctx: Context, start: int, month: int) -> int | None:
    """The past year the sentence before tells as its last date ("in 1946", "in February
    2034"), which a sentence opened by a year-less month goes on in; the next year for a
    month before that month."""
    assert ctx.anchor is not None
    told = _YEAR_OR_MONTH_VALUE.match(ctx.reference_value or "")
    if told is None or not ctx.told_in_sentence_before(start, STORY_YEAR_REACH):
        return None
    if _SINCE_YEAR_END.search(ctx.text, max(0, ctx.reference_end - 30), ctx.reference_end):
        return None  # "doubling its profits annually since 1980. In September, it announced":
        # a state's start, no story told
    year = int(told.group(1))
    if ctx.anchor.year - year < STORY_YEARS_BACK or not _YEAR_WRITTEN_END.search(
        ctx.text, max(0, ctx.reference_end - 8), ctx.reference_end
    ):
        return None  # (not "handled 2.7 million TEUs in 2024. In August, the port moved",
        # told in 2025; nor "in July of last year. In August, the council voted")
    if told.group(2) and month < int(told.group(2)):
        year += 1
    return year if (year, month) < (ctx.anchor.year, ctx.anchor.month) else None


# "will" governing the day: "will end on", "will open to the public on"
_WILL_BEFORE = re.compile(r"\bwill\s+(?:not\s+)?(?:[a-z]+\s+){1,4}?(?:on|by|until)\s+$")
WILL_REACH = 50


def norm_ordinal_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ISO 8601's ordinal date, "2067-258" (a DATE, alone on its line: a log's heading) or
    "2067-254T03:12:40" (a TIME, that minute of that day)."""
    found = ISO_ORDINAL_DATE.fullmatch(m.group(0))
    day = iso_ordinal_day(found) if found else None
    if found is None or day is None:
        return None
    if found["clock"]:
        return Resolution(TIME, f"{day.isoformat()}T{found['clock']}")
    start = ctx.text.rfind("\n", 0, m.start()) + 1
    end = ctx.text.find("\n", m.end())
    if ctx.text[start : m.start()].strip() or ctx.text[m.end() : None if end < 0 else end].strip():
        return None  # (not a code: "Installed: 1982-330" is read as a stamp's field only)
    return Resolution(DATE, day.isoformat())


def norm_iso_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    year, month, day = (int(x) for x in re.split(r"[-/.]", m.group(0).split("T")[0])[:3])
    value = day_value(safe_day(year, month, day))
    return Resolution(DATE, value) if value else None


_MONTHS = 12


def norm_numeric_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    dotted = "." in text  # "15.11.2017": the European order, day first
    first, second, year_text = text.split("." if dotted else "/")
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year >= 50 else 2000
    a, b = int(first), int(second)
    if not dotted and a <= _MONTHS and b <= _MONTHS and ctx.day_first is None and (
        (own := _papers_own_reading(ctx.anchor, year, a, b)) is not None
    ) and _figures_day_first(ctx.text) is None:
        a, b = own  # "Published 09/11/2092 at 18h40" in a paper of 9 November: that day
        # (when its other figures tell no order)
    elif dotted or (a <= _MONTHS and b <= _MONTHS and _day_first(ctx)):
        a, b = b, a  # "04/11/2031" in a story that writes "on 10 October" or "14/06/2031":
        # 4 November
    month, day = (a, b) if a <= _MONTHS else (b, a)  # month first, unless impossible
    weekday = _WEEKDAY_BEFORE_NUMERIC.search(ctx.text, max(0, m.start() - 12), m.start())
    if weekday and day <= _MONTHS and (swapped := safe_day(year, day, month)) is not None and (
        swapped.weekday() == lx.weekday_of_stem(weekday.group(1))
        and (safe_day(year, month, day) or swapped).weekday() != swapped.weekday()
    ):  # "Tue, 09/03/2058": 3 September (a Tuesday), whatever order the story writes
        month, day = day, month
    value = day_value(safe_day(year, month, day))
    return Resolution(DATE, value) if value else None


def _papers_own_reading(
    anchor: dt.date | None, year: int, first: int, second: int
) -> tuple[int, int] | None:
    """(month, day) of an ambiguous "first/second/year" when exactly one reading is the
    paper's own day, else None."""
    if anchor is None or first == second:
        return None
    month_first = safe_day(year, first, second) == anchor
    if month_first == (safe_day(year, second, first) == anchor):
        return None
    return (first, second) if month_first else (second, first)


# A weekday just before a numeric date: "Tue, 09/03/2058"
_WEEKDAY_BEFORE_NUMERIC = re.compile(rf"{lx.WEEKDAY_WORD_RE},?[ \t]+$", re.IGNORECASE)
_SHORT_NUMERIC = re.compile(r"(\d{1,2})/(\d{1,2})(?=[ \t]+\d{1,2}[:h]\d\d$|$)")


_SCORE_BEFORE = re.compile(r"\b(?:place|points?|scored?|out\s+of\s+\w+)\b[^.;]{0,30}$")


def norm_short_numeric_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "on 9/26", "since 10/1": a month and day (month first, as American copy writes
    them, unless the story spells its dates day first), only after a preposition or a
    weekday; the year from the anchor and tense. After a weekday ("Wednesday 9/2", "Fri
    4/2"), the order and year that give that weekday, and the weekday in the span."""
    found = _SHORT_NUMERIC.search(m.group(0))
    if found is None or ctx.anchor is None:
        return None
    if _SCORE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        return None  # "finished in fifth place out of ten, on 5/9": a score
    first, second = int(found[1]), int(found[2])
    orders = [(first, second), (second, first)]  # (month, day)
    if _day_first(ctx):
        orders.reverse()
    orders = [(month, day) for month, day in orders if 1 <= month <= _MONTHS]
    tense = ctx.tense(m.start(), m.end())
    anchor = ctx.anchor
    days = [date for month, day in orders if (date := month_day_date(anchor, tense, month, day))]
    weekday = _WEEKDAY_LEAD.search(m.group(0))
    start = m.start() + found.start()
    if weekday is not None:
        word = weekday.group(0).split()[0].rstrip(",.")
        if word.islower() and len(word) < len("monday"):
            return None  # ("she sat 4/5 of the papers": no "Sat")
        number = lx.weekday_of_stem(weekday.group(1))
        near = [date for month, day in orders for year in range(anchor.year - 1, anchor.year + 2)
                if (date := safe_day(year, month, day)) is not None]  # fmt: skip
        days = [d for d in days if d.weekday() == number] or sorted(
            (d for d in near if d.weekday() == number), key=lambda d: abs((d - anchor).days))
        start = m.start() + weekday.start()
    value = day_value(days[0]) if days else None
    if value and (clock := _ROW_CLOCK.search(m.group(0), found.end())) is not None:
        if _IN_PROSE_BEFORE.match(ctx.text, max(0, m.start() - 2), m.start()):
            return None  # a line's or a cell's, not prose's: "Red Rum 5/2 14:30 at Aintree"
        # a row's day and clock: one TIME, as a stamp's ("12/08  13:52")
        time = f"{int(clock.group(1)):02d}:{clock.group(2)}"
        return Resolution(TIME, f"{value}T{time}", trim=(start, m.end()))
    return Resolution(DATE, value, trim=(start, m.end())) if value else None


_ROW_CLOCK = re.compile(r"[ \t]+(\d{1,2})[:h](\d\d)$")
_IN_PROSE_BEFORE = re.compile(r"[^\s] ")  # one space after a word: mid-sentence


_WEEKDAY_LEAD = re.compile(rf"{lx.WEEKDAY_WORD_RE},?[ \t]+\d", re.IGNORECASE)
# A date in figures whose order shows ("29/1", "14/06/2038"; "1/29", "06/14/2038")
_DAY_THEN_MONTH = re.compile(
    r"(?<![\d/])(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])(?:/(?:\d{4}|\d\d))?(?![\d/])"
)
_MONTH_THEN_DAY = re.compile(
    r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])(?:/(?:\d{4}|\d\d))?(?![\d/])"
)


@functools.lru_cache(maxsize=8)
def _figures_day_first(text: str) -> bool | None:
    """Whether `text` writes dates in figures day first (some "29/1" or "14/06/2038", none
    the other way: True) or month first (False), or its stamps in figures lie within a week
    of each other one way only ("Created: 11/02/2048 21:14 ... Modified: 12/02/2048
    06:48"); None when its figures do not tell."""
    day_first, month_first = _DAY_THEN_MONTH.search(text), _MONTH_THEN_DAY.search(text)
    if bool(day_first) != bool(month_first):
        return bool(day_first)
    return near_figures_day_first(text, clocked=True)


def _day_first(ctx: Context) -> bool:
    """Whether the text writes its ambiguous figures ("02/07/2038") day first: as the
    reader says, else as its other figures show, else as it spells its dates ("18
    October"); month first by default."""
    if ctx.day_first is not None:
        return ctx.day_first
    order = _figures_day_first(ctx.text)
    return bool(spelled_day_first(ctx.text) if order is None else order)


_NOT_A_YEAR_AFTER = re.compile(
    r"^\s*(?:%|percent|people|persons|employees|workers|shares|troops|soldiers|students|"
    r"members|cars|jobs|tons|miles|feet|meters|dollars|yen|marks|units|points|votes|"
    r"pounds|acres|households|families|homes|men|women|children|residents|copies|form\b|"
    # "to 25": a range of numbers (not "forecast for 2004 to 5.5 percent": a year)
    r"barrels|times|to\s+(?!1[0-9]\d\d\b|20\d\d\b|\d{1,2}(?:\.\d+)?\s?(?:%|per))\d|"
    r"[-–](?!(?:1[0-9]|20)\d\d\b|\d\d\b(?!-))\d|"
    r"\d|:\d|"
    r"[a-z]*-(?:foot|meter|mile)|years?\b|hours|degrees|GMT|UTC|EST|EDT|CST|CDT|PST|PDT|BST|CET|"
    r"B\.?C\.?(?:E\b|\b)|BCE\b|"  # ("around 2500BC": no year of ours)
    r"(?-i:[A-Z]{2,6})\s+\d|"  # a court's neutral citation: "2027 ONSC 318", "[2019] UKSC 41"
    r"(?-i:[A-Z]{1,2}\d{1,3})\b)",  # an asteroid's or comet's designation: "2003 LT7"
    FLAGS,
)


def norm_fiscal_short(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "FY22", "FY 2022": a fiscal year, valued as its year (as "fiscal 2022" is)."""
    text = m.group(0)
    if not text.startswith("FY"):
        return None  # "fy" in lower case is no abbreviation of a fiscal year
    digits = re.sub(r"\D", "", text)
    year = full_year(digits, ctx.anchor)
    return Resolution(DATE, f"{year:04d}", span=_fiscal_span(year, m.start(), ctx))


def _fiscal_span(year: int, at: int, ctx: Context) -> tuple[dt.date, dt.date] | None:
    """The months of fiscal `year`, if the text's fiscal year is not the calendar's."""
    year_end = ctx.fiscal_end(at, named=True)
    return None if year_end is None else fiscal_period(year + ctx.fiscal_shift(), year_end)


# A law report's citation after its year in brackets: "[2073] UKSC 9", "[2072] EWCA Civ
# 143", "[1932] AC 562", "(2031) 4 SCC 112"
_LAW_REPORT_AFTER = re.compile(r"[\])][ \t]+(?:\d{1,3}[ \t]+)?(?-i:[A-Z][A-Za-z]{0,6}[A-Z])[ \t]+"
                               r"(?:(?-i:[A-Z][a-z]{1,4})[ \t]+)?\d")
_COPYRIGHT_BEFORE = re.compile(r"(?:©|\([Cc]\)|\b[Cc]opyright)[ \t]*(?:\d{4}[ \t]*[-–][ \t]*)?$")


# Another calendar's era after a year: Ethiopian "E.C.", Buddhist "B.E.", Hijri "AH", Solar
# Hijri "SH" (capitals only: not "2010 be")
_OTHER_ERA_AFTER = re.compile(r"[ \t]?(?:E\.?[ \t]?C|B\.?[ \t]?E|A\.?[ \t]?H|S\.?[ \t]?H)\b\.?")


_ORDINAL_FIGURES = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")  # the rule's "271st"


def norm_day_of_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the 271st day of 2047" (an almanac's "Today is Saturday, Sept. 28, the 271st day of
    2047"): that day of that year (of the paper's year for "the year")."""
    number = int(_ORDINAL_FIGURES.search(m.group(0))[1])  # type: ignore[index]
    year_match = YEAR_IN.search(m.group(0))
    year = int(year_match.group(1)) if year_match else ctx.anchor.year if ctx.anchor else None
    if year is None or not 1 <= number <= (366 if calendar.isleap(year) else 365):
        return None
    day = dt.date(year, 1, 1) + dt.timedelta(days=number - 1)
    return Resolution(DATE, day.isoformat())


_ERA_MARK = re.compile(r"(A\.?D|B\.?C(?:\.?E)?|C\.?E)\.?")


# A plural noun or possessive after "B.C.": the Canadian province ("20 B.C. mills", "B.C.'s")
_PROVINCE_NOUN_AFTER = re.compile(r"['’]s\b|[ \t]+(?!(?:was|is|has|as)\b)[a-z]{2,}s\b")


def norm_era_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A year marked with its era: "365 AD", "AD 79" (that year, "0365"), "44 BC" (TimeML's
    "BC0044", no calendar interval)."""
    mark = _ERA_MARK.search(m.group(0))
    digits = re.search(r"\d{1,4}", m.group(0))
    if mark is None or digits is None or int(digits.group(0)) == 0:
        return None
    if not mark.group(1).isupper():
        return None  # ("spent 500 ad dollars": no era)
    if mark.group(1).startswith("B.C") and _PROVINCE_NOUN_AFTER.match(ctx.text, m.end()):
        return None  # "More than 20 B.C. mills have closed": British Columbia's
    year = int(digits.group(0))
    if mark.group(1).startswith("B"):
        return Resolution(DATE, f"BC{year:04d}")
    return Resolution(DATE, f"{year:04d}")


def norm_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    before = ctx.text[max(0, m.start() - 3) : m.start()]
    if re.search(r"[$#£€]\s*$|No\.\s*$|\d[,./]$", before):
        return None  # ("$2012", "No. 2012", "1,2012", a case number "HCCC 214/2021")
    if _COPYRIGHT_BEFORE.search(ctx.text, max(0, m.start() - 14), m.start()):
        return None  # "© 2027 Overberg Courant": the page's copyright, no year told
    if _PHONE_GROUPS_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "0918 447 2091", "555-867-2012", "+44 20 7946 2018": a phone number
    if _OTHER_ERA_AFTER.match(ctx.text, m.end()):
        return None  # "Sene 30, 2040 E.C.", "2567 B.E.", "1446 AH": another calendar's year
    if (pair := _NEXT_YEAR_AFTER_SLASH.match(ctx.text, m.end())) and (
        (own := YEAR_IN.search(text)) is not None and int(pair.group(1)) == int(own.group(1)) + 1
    ):
        return None  # "the fiscal year 2053/2054": one year told by the two (its end's)
    if ctx.text[m.start() - 1 : m.start()] in "[(" and m.start() > 0 and (
        _LAW_REPORT_AFTER.match(ctx.text, m.end())
    ):
        return None  # "[2072] EWCA Civ 143", "(2031) 4 SCC 112": a law report's citation
    if _NOT_A_YEAR_AFTER.match(ctx.text[m.end() : m.end() + 16]) and not (
        _OPENING_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 7), m.start())
        or text[:1] in "fcFC"  # "forecast for fiscal 2012 to 7.6 percent": a year
    ):  # ("2006 people", but '"In 2006 people were calling Morvia the tiger of the Baltic"')
        return None
    if _NUMBERED_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "United Auto Workers Local 1766", "Flight 1549", "Room 1204": a number
    if _STREET_AFTER.match(ctx.text, m.end()) and not _OPENING_PREPOSITION_BEFORE.search(
        ctx.text, max(0, m.start() - 7), m.start()
    ):
        return None  # "at her house at 1936 Retallack Street": an address (not "In 1936
        # Regent Street was widened")
    if m.group(0)[:1].isdigit() and NAME_WORD_BEFORE.search(
        ctx.text, max(0, m.start() - 20), m.start()
    ):
        return None  # "Lakes Vision 2020", "its Model 2020 format": a name's number
    year_match = YEAR_IN.search(text)
    if year_match is None:
        return None
    if int(year_match.group(1)) < EARLY_YEAR and not _EARLY_YEAR_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return None  # "serial numbers from 1100 through 1399": numbers (not "in 1215")
    pair = _SHORT_YEAR_AFTER.match(ctx.text, m.end())
    if pair and _next_year(int(year_match.group(1)), pair.group(1)) is None:
        return None  # "2012-45": a code, not "the 2012-13 season"
    span = (_fiscal_span(int(year_match.group(1)), m.start(), ctx)
            if "fiscal" in text.lower() else None)  # fmt: skip
    return Resolution(DATE, year_match.group(1), point_mod(text), span=span)


# A sentence's opening preposition: what follows it is a time, not a count.
# A capitalised word of a name just before a year: "Windows Server 2012", "Plan 2030",
# "Brisbane 2032", "Orion 1980" (not "In 2012", "March 2012", "Fiscal 2012")
NAME_WORD_BEFORE = re.compile(
    r"(?<![.!?]\s)(?<!^)\b(?!(?:In|On|At|By|Since|Until|Till|From|To|Before|After|During|Of|For|"
    r"And|Or|The|A|An|Early|Late|Mid|Summer|Winter|Spring|Autumn|Fall|Christmas|Easter|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fiscal|Calendar|Year|Between|Around|"
    r"About|Through|Circa|Class|Model|Season|Financial|Budget|Her|His|Its|Their|Our|My|Your|"
    r"This|That|These|Those|Last|Next|Every|Each|Since|Both|Only|Until)\b)[A-Z][A-Za-z]+[ \t]+$"
)
# A phone number's first groups before its last four digits: a group (or a country code,
# or an area code in brackets), then one of two to four digits that is no year ("2019 2020")
_PHONE_GROUPS_BEFORE = re.compile(
    r"(?<![\d.,])(?:\+\d{1,3}[ -]?|\(\d{1,5}\)[ -]?|\d{2,5}[ -])(?!(?:1[5-9]|20)\d\d\b)"
    r"\d{2,4}[ -]$"
)
_OPENING_PREPOSITION_BEFORE = re.compile(
    r"(?:^|(?<=[\s\"“‘'(]))(?:In|Since|By|Until|Before|After)\s+$"
)
_STREET_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|"
    r"Blvd\.|Drive|Lane|Crescent|Terrace|Parade|Highway)(?![\w-])")
_NUMBERED_BEFORE = re.compile(r"\b(?:Local|Flight|Room|Route|Highway|Interstate|Suite|Unit|Gate|"
                              r"Model|Platform|Bus|Train|Apartment|Apt\.|Building|Pier|Exit)\s+$")
EARLY_YEAR = 1500  # a four-digit number before this is a year only after "in", "since" ...
_EARLY_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|of|year|around|circa|c\.|by|before|after|until|till)\s+$", re.IGNORECASE
)
_SHORT_YEAR_AFTER = re.compile(r"\s*[-–]\s*(\d\d)(?![\d-])")


def _next_year(first: int, digits: str) -> str | None:
    """The year after `first` when `digits` are its last two ("2012-13", "1999-00")."""
    following = first + 1
    return str(following) if f"{following % 100:02d}" == digits else None


_FAR_YEAR = re.compile(r"(?:the\s+year\s+)?(2[1-9]\d\d)$", re.IGNORECASE)


def norm_far_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A year after 2099 ("by 2100", "the year 2150"), only after a preposition or "the
    year" (a bare 2150 is more often a number); the span leaves the preposition out."""
    if _NOT_A_YEAR_AFTER.match(ctx.text[m.end() : m.end() + 16]):
        return None
    if ctx.log and lx.LOG_CLOCK.fullmatch(m.group(0)[-4:]):
        return None  # a log's "repaired by 2100": its clock
    year = _FAR_YEAR.search(m.group(0))
    if year is None:
        return None
    return Resolution(DATE, year.group(1), trim=(m.start() + year.start(), m.end()))


def norm_year_range_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """The second year of "2010-2015" as its own expression (`trim` narrows the match to
    it; the first year is the year rule's)."""
    last = _LAST_NUMBER.search(m.group(0))
    if last is None or _NOT_A_YEAR_AFTER.match(ctx.text[m.end() : m.end() + 16]):
        return None
    year = last.group(1)
    first = int(m.group(0)[:4])
    if len(year) == 4 and int(year) == first + 1 and (
        _FISCAL_WORD_BEFORE.search(ctx.text, max(0, m.start() - FISCAL_WORD_REACH), m.start())
        or _FISCAL_WORD_AFTER.match(ctx.text, m.end())
        or _SPLIT_YEAR_BEFORE.search(ctx.text, max(0, m.start() - SPLIT_YEAR_REACH), m.start())
        or _SPLIT_YEAR_AFTER.match(ctx.text, m.end(), m.end() + SPLIT_YEAR_REACH)
    ):  # "had been budgeted for 1999-2000", "the fiscal year 2053/2054": one year told by
        # the two it straddles, as "2042-43" is (`norm_split_year`); so too beside one:
        # "Any surplus in 1998-99 and 1999-2000"
        return Resolution(DATE, year, span=(dt.date(first, 1, 1), dt.date(first + 1, 12, 31)))
    if len(year) == 2:  # "2012-13": the year after the first
        year = _next_year(int(m.group(0)[:4]), year) or ""
        if not year:
            return None  # "2012-45" is no pair of years
    return Resolution(DATE, year, trim=(m.start() + last.start(), m.end()))


_NEXT_YEAR_AFTER_SLASH = re.compile(r"/((?:1[0-9]|20)\d\d)(?!\d)")
# A budget's or a season's word near two years in a row: "budgeted for 1999-2000", "the
# 2030-2031 season"
_FISCAL_WORD_BEFORE = re.compile(
    r"\b(?:budget(?:s|ed)?|fiscal|financial|tax|academic|school)\b[^.;:!?\n]{0,30}$", re.IGNORECASE
)
_FISCAL_WORD_AFTER = re.compile(
    r"\s+(?:fiscal|financial|tax|budget|season|academic|school|crop|marketing)\b", re.IGNORECASE
)
FISCAL_WORD_REACH = 40  # characters back from two years to a budget's word
# A year told by the two it straddles, written short, in the same list: "1998-99 and "
_SHORT_PAIR = r"(?:1[0-9]|20)\d\d[-–/]\d\d(?![\d-])"  # "1998-99", "2000-01"
_LISTED = r"(?:,|,?[ \t]+(?:and|or|to))?[ \t]+"  # what stands between two items of a list
_SPLIT_YEAR_BEFORE = re.compile(rf"(?<!\d){_SHORT_PAIR}{_LISTED}$")
_SPLIT_YEAR_AFTER = re.compile(rf"{_LISTED}{_SHORT_PAIR}")
SPLIT_YEAR_REACH = 16  # characters around two years searched for a short pair beside them


SPLIT_YEARS = re.compile(r"((?:1[0-9]|20)\d\d)[-–/](\d\d)(?!\d)")  # "2042-43", "2038/39"


def norm_split_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A year told by the two it straddles, "the 2042-43 financial year", as TimeML's
    annotators write it: the second year (its interval both)."""
    found = SPLIT_YEARS.search(m.group(0))
    if found is None or _NOT_A_YEAR_AFTER.match(ctx.text[m.end() : m.end() + 16]):
        return None
    first = int(found.group(1))
    if (second := _next_year(first, found.group(2))) is None:
        return None  # "2012-45": no pair of years (a code, a score)
    return Resolution(DATE, second, span=(dt.date(first, 1, 1), dt.date(first + 1, 12, 31)))


_SHORT_DECADE_OK = re.compile(r"['’]\d0s|^the\s|\d0['’]s")  # "the '80s", "the 80s", "60's"
_TEMPERATURE = re.compile(r"(?i:temperature|degree|highs?\b|lows?\b|weather|°|fahrenheit)")


def norm_decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    mod = point_mod(text)
    if half := _HALF_OF.match(text):  # "the latter half of the 2030s": its end, as a mod
        mod = "START" if half.group(1) in ("first", "earlier") else "END"
        text = text[half.end() :]
    if digits := re.search(r"(\d{1,3})0['’]?s", text):
        number = digits.group(1)
        if len(number) == 1 and not _SHORT_DECADE_OK.search(text):
            return None  # "in his 80s", "highs in the 80s": an age, a temperature
        if len(number) == 1 and _TEMPERATURE.search(ctx.text, max(0, m.start() - 40), m.start()):
            return None
        if len(number) == 3 and number[2] == "0" and number[:2] != "20":
            return Resolution(DATE, number[:2], mod)  # "the late 1800s": a century
        if len(number) == 1:  # "the '80s": the latest such decade up to the anchor's
            latest = ctx.anchor.year // 10 if ctx.anchor else 199
            number = str(latest - (latest - int(number)) % 10)
        return Resolution(DATE, number[-3:] if len(number) >= 3 else "19" + number[-1], mod)
    if _AGE_OWNER_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return None  # "in his twenties", "in her late thirties": an age, not a decade
    for word, tens in lx.DECADE_WORDS.items():
        if word in text:
            return Resolution(DATE, f"19{tens}", mod)
    return None


_AGE_OWNER_BEFORE = re.compile(rf"\b{POSSESSIVE}\s+$", re.IGNORECASE)
_HALF_OF = re.compile(r"the\s+(first|second|latter|last|earlier|later)\s+half\s+of\s+")


def norm_century(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    number_match = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
    number = int(number_match.group(1)) if number_match else None
    if number is None:
        for word, value in lx.ORDINALS.items():
            if word in text:
                number = value
    if not number:
        return None
    return Resolution(DATE, f"{number - 1:02d}", point_mod(text))


def norm_century_turn(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the turn of the century": the year a century began, the one before the paper's
    ("has changed little since the turn of the century", told in 2052: 2000), or the next
    one when it is still to come ("by the turn of the century", told in 1998: 2000)."""
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX")
    start, tense = ctx.anchor.year // 100 * 100, ctx.tense(m.start(), m.end())
    if ctx.anchor.year % 100 and (tense is Tense.FUTURE or (
        tense is not Tense.PAST and ctx.anchor.year % 100 >= TURN_AHEAD_YEARS
    )):  # ("At the turn of the century the town had 200 people", told in 1996: 1900)
        start += 100
    return Resolution(DATE, f"{start:04d}")


TURN_AHEAD_YEARS = 90  # from the 90s of a century, "the turn of the century" is the next one's


# --- quarters, halves, seasons ------------------------------------------------------------


def relative_year(text: str, anchor: dt.date | None) -> int | None:
    """The year a phrase names: explicit, or "this/last/next year"."""
    if year_match := YEAR_IN.search(text):
        return int(year_match.group(1))
    if anchor is None:
        return None
    lowered = text.lower()
    if "last year" in lowered or "year-ago" in lowered or "year-earlier" in lowered:
        return anchor.year - 1
    if "next year" in lowered:
        return anchor.year + 1
    if "this year" in lowered:
        return anchor.year
    return None


# "the year-ago quarter", "the corresponding period last year": a year before.
_YEAR_BACK = re.compile(r"year-(?:ago|earlier)|year\s+(?:ago|earlier)|(?:last|a)\s+year\b")
_QUARTER_NUMBER = re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b|q([1-4])|([1-4])q")
_LAST_QUARTER_OF = re.compile(r"\b(?:(?:last|closing)[\s-]+quarter\s+of|final[\s-]+quarter)\b")
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2,
                     "3rd": 3, "4th": 4}  # fmt: skip


# The day a quarter is bounded by, after its verb: "Sept. 30", "May 2, 1998"
_QUARTER_DAY = (rf"(?P<month>{lx.MONTH_RE})\s*(?P<day>\d{{1,2}})\b"
                r"(?:,?\s+(?P<year>1[0-9]\d\d|20\d\d))?")
_QUARTER_ENDED = re.compile(
    rf",?\s+(?:that\s+|which\s+)?(?:end(?:ed|ing|s)|to|through)\s+{_QUARTER_DAY}", FLAGS
)
_QUARTER_BEGAN = re.compile(
    rf",?\s+(?:that\s+|which\s+)?(?:began|begun|beginning|started|starting)\s+(?:on\s+)?"
    rf"{_QUARTER_DAY}", FLAGS
)


_RESULTS_AFTER = re.compile(
    r"[\s-]+(?:(?:net|operating|pretax|economic)\s+)?(?:earnings|results|profits?|losses|loss|"
    r"growth|sales|revenues?|income|numbers|figures|GDP)\b",
    re.IGNORECASE,
)
_A_BEFORE = re.compile(r"\b(?:a|any)\s+$", re.IGNORECASE)  # ("the highest for any quarter")
_STORY_QUARTER = re.compile(r"\b(?:previous|prior|following)\b")
_REFERENCE_MONTH = re.compile(r"(\d{4})-(Q[1-4]|\d{2})")


# A game's words: a quarter told close after them, or a half near them, is the game's
_GAME_TERMS = (
    r"game|games|halftime|half-time|overtime|scored|scorer|touchdowns?|rebounds|baskets?|"
    r"quarterback|field\s+goal|free\s+throws?|buzzer|tip-off|kick-?off|whistle|header|"
    r"penalty|penalties|goals?|striker|equali[sz]er|equali[sz]ed|free\s+kick|corners?|"
    r"red\s+card|yellow\s+card|substitute|(?:\d+|\d+(?:st|nd|rd|th))[ \t-]+minute|"
    r"\d+-point\s+(?:lead|deficit)|\d+\s+(?:points|yards)\s+(?:down|behind|up)|"
    r"ran\s+for\s+\d+\s+yards|(?:led|trailed|leading|trailing)\s+by\s+\d+(?![\d.,]*\s*(?:%|per))|"
    r"three-pointers?|layups?|dunks?|slam\s+dunk|jump\s+shot|fouled\s+out|power\s+play|"
    r"short-handed|touchdown\s+pass|interception|scoring|(?:extra|stoppage|injury|added)\s+time|"
    r"kicked\s+off|replay|floodlights?|turnstiles?|concert|interval|encore|"
    r"(?:led|trailed|leading|trailing)\s+\d{1,2}-\d{1,2}(?!\d)"  # ("opened the scoring",
)  # "led 3-1": a football or futsal game)
# A game told close before a quarter: its quarter is the game's
_GAME_NEAR = re.compile(
    rf"(?:\b(?:{_GAME_TERMS}|Game\s+\d)|(?<![\d.-])\d{{2,3}}-\d{{2,3}}(?![\d-]))\b[^.;]*$",
    re.IGNORECASE,
)
GAME_REACH = 100  # characters before a quarter, or either side of a half, searched for them
_COUNTED_BEFORE = re.compile(
    r"\b(?:straight|consecutive|successive|another|every|each|per|a)\s+$", re.IGNORECASE
)


def norm_month_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"the December quarter": the calendar quarter that ends with (or holds) the month,
    in the year the month is placed in by its tense."""
    *firsts, last = _MONTH_RANGE_JOINT.split(m.group(0))  # "the October-December quarter",
    # "the September-to-November quarter"
    month = lx.month_number(_MONTH_PREFIX.sub("", last).removeprefix("the ").strip())
    if month is None or not month_word_ok(m, ctx, bare=False):
        return None
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-Q{quarter_of(month)}")
    year = month_year(ctx.anchor, ctx.tense(m.start(), m.end()), month)
    first = lx.month_number(firsts[0].removeprefix("the ").strip()) if firsts else None
    if m.group(0).lower().endswith("period") and first is not None and (
        (first, month) in ((1, 6), (7, 12))
    ):  # "rose more than 20 percent in the July-December period": a half
        return Resolution(DATE, f"{year:04d}-H{1 if month == 6 else 2}")
    if m.group(0).lower().endswith("period") and (first is None or (month - first) % 12 != 2):
        return None  # ("the December period", "the January-May period": no quarter)
    span = None
    if first is not None and (month - first) % 12 == 2 and month % 3:  # a quarter of other
        # months than the calendar's ("the December-to-February quarter"): those months
        span = (dt.date(year - (first > month), first, 1), month_end(year, month))
    return Resolution(DATE, f"{year:04d}-Q{quarter_of(month)}", span=span)


_MONTH_RANGE_JOINT = re.compile(r"[ \t]?[-–](?!end)(?:to-)?[ \t]?|[ \t]to[ \t]")
_DISTRICT_BEFORE = re.compile(
    r"\b(?:old|historic|medieval|latin|french|jewish|muslim|christian|armenian|arab|business|"
    r"residential|diplomatic|government|financial|artists'?|student|fishing|fishermen['’]s|"
    r"trading|shopping|market|harbou?r|port|dock|waterfront|craftsmen['’]s|merchants['’]?)\s+$",
    re.IGNORECASE,
)


_PERIOD_MOD_HEAD = re.compile(PERIOD_MOD, FLAGS)


def _with_period_mod(m: re.Match[str], resolution: Resolution | None) -> Resolution | None:
    """`resolution` with the mod of a "the end of" or "the start of" leading the match
    ("the end of the second quarter": 2031-Q2, END)."""
    head = _PERIOD_MOD_HEAD.match(m.group(0))
    if resolution is None or head is None:
        return resolution
    return dataclasses.replace(resolution, mod=point_mod(head.group(0)))


def norm_quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    return _with_period_mod(m, _quarter(m, ctx))


_MOON_PHASE_BEFORE = re.compile(r"\bmoon\b[^.;:!?\n]{0,20}$", re.IGNORECASE)


def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    if ctx.text[max(0, m.start() - 4) : m.start()] == "-to-":
        return None  # "quarter-to-quarter": a comparison, not a quarter
    if text.endswith("quarter") and (
        COMPOUND_AFTER.match(ctx.text, m.end()) or POINT_AFTER.match(ctx.text, m.end())
        or (text == "quarter" and _A_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()))
    ):  # "a quarter-point hike", "the quarter-final", "by a quarter point", "cut by nearly
        return None  # a quarter": no quarter of a year
    if text == "quarter" and _COUNTED_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
        return None  # "for a third straight quarter": a count of quarters, no quarter
    if text == "quarter" and _DISTRICT_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "the city's old quarter", "the French Quarter": a district
    if text in ("first quarter", "third quarter") and _MOON_PHASE_BEFORE.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        return None  # "The moon reaches first quarter tomorrow": a phase of the moon
    if _GAME_NEAR.search(ctx.text, max(0, m.start() - GAME_REACH), m.start()) and not (
        _YEAR_BACK.search(text) or re.search(r"\d{4}|fiscal", text)
    ):  # "blowing an 11-point lead in the fourth quarter": a game's quarter
        return None
    ordinal = _QUARTER_NUMBER.search(text)
    number = None
    if ordinal:
        word = ordinal.group(1)
        digit = ordinal.group(2) or ordinal.group(3)
        number = int(digit) if digit else _QUARTER_ORDINALS[word]
    elif _LAST_QUARTER_OF.search(text):
        number = 4  # "the last quarter of 2028", "the final quarter of last year": its fourth
        # (and "the final quarter" alone: no quarter before this one, as "last quarter" is)
    year = relative_year(text, ctx.anchor) or _fiscal_year_named(text, ctx.anchor)
    if ctx.anchor is None:
        return Resolution(DATE, f"{year or 'XXXX'}-Q{number or 'X'}")
    split = lx.SPLIT_YEAR.search(text)  # "the first quarter of 2041-42": a fiscal year's
    ended_on = _QUARTER_ENDED.match(ctx.text, m.end()) if number is not None else None
    calendar_end = ended_on is not None and (
        lx.month_number(ended_on.group("month")) == 3 * (number or 0)
    )  # "the third quarter ended Sept 30": the calendar's, whatever year the company keeps
    if not calendar_end and (
        _FISCAL_YEAR_IN.search(text) or split or not YEAR_IN.search(text)
    ) and (
        year_end := ctx.fiscal_end(
            m.start(), named=_FISCAL_NAMED.search(text) is not None or split is not None)
    ):  # "the third quarter" of a company whose year ends in March: October-December
        return _fiscal_quarter(m, ctx, year_end, number)
    if number is None and text.endswith("quarter") and (
        bound := _QUARTER_ENDED.match(ctx.text, m.end()) or _QUARTER_BEGAN.match(ctx.text, m.end())
    ) and not _FISCAL_TOLD.search(ctx.text, 0, m.start()) and (
        bound_day := _quarter_bound_day(bound, ctx.anchor)
    ) is not None:
        # "In the quarter ended July 31", "the quarter that began Oct. 1" (in a text that
        # tells no fiscal year or quarter: "its fiscal fourth quarter ... the quarter to Oct.
        # 31" is the fourth): the calendar quarter most of its three months fall in (Q2, Q4)
        shift = QUARTER_MIDDLE_DAYS if bound.re is _QUARTER_BEGAN else -QUARTER_MIDDLE_DAYS
        middle = bound_day + dt.timedelta(days=shift)
        return Resolution(DATE, f"{middle.year:04d}-Q{quarter_of(middle.month)}")
    current_q = quarter_of(ctx.anchor.month)
    ref_quarter = (
        int(ctx.reference_value[-1])
        if ctx.reference_value and re.match(r"^\d{4}-Q[1-4]$", ctx.reference_value)
        else None
    )
    ended = _QUARTER_ENDED.match(ctx.text, m.end())
    if ended and "quarter" in text and not _YEAR_BACK.search(text):
        end_month = lx.month_number(ended.group("month")) or 1
        if ended.group("year"):
            end_year = int(ended.group("year"))
        else:
            end_day = month_day_date(ctx.anchor, Tense.PAST, end_month, int(ended.group("day")))
            end_year = end_day.year if end_day else ctx.anchor.year
        # "the fourth quarter ended Sept. 30": a fiscal quarter keeps its number
        return Resolution(DATE, f"{end_year:04d}-Q{number or quarter_of(end_month)}")
    if number is None and year is not None and re.search(r"\d{4}|year's", text):
        if ref_quarter is None:  # "the 1988 quarter": the season now being reported
            ref_quarter = shift_quarter(ctx.anchor.year, current_q, -1)[1]
        return Resolution(DATE, f"{year:04d}-Q{ref_quarter}")
    if number is None:
        year_back = _YEAR_BACK.search(text) is not None
        story = _STORY_QUARTER.search(text)
        reference = _REFERENCE_MONTH.match(
            (ctx.quarter_reference(m.start()) if story else ctx.reference_value) or "")
        if story and reference:  # "in the first quarter ... the previous quarter": the one
            # before it, not before the paper's; "in May 2012 ... the following quarter"
            month = reference.group(2)
            quarter = int(month[1]) if month.startswith("Q") else quarter_of(int(month))
            step = 1 if story.group(0) == "following" else -1
            y, q = shift_quarter(int(reference.group(1)), quarter, step)
            return Resolution(DATE, f"{y:04d}-Q{q}", anaphoric=True)
        if re.search(r"\b(?:next|coming|following)\b", text):
            y, q = shift_quarter(ctx.anchor.year, current_q, 1)
        elif re.search(r"\b(?:current|this)\b", text):
            y, q = ctx.anchor.year, current_q
        elif re.search(r"\b(?:previous|past|prior)\b|\blast\b(?!\s+year)", text):
            y, q = shift_quarter(ctx.anchor.year, current_q, -1)
        else:  # "the quarter", "the latest quarter": the one most recently reported
            y, q = shift_quarter(ctx.anchor.year, current_q, -1)
            ref = ctx.reference_value
            if ref and re.match(r"^\d{4}-Q[1-4]$", ref):
                # The quarter last mentioned, unless it is a year-ago one.
                ref_index = int(ref[:4]) * 4 + int(ref[-1]) - 1
                now_index = ctx.anchor.year * 4 + current_q - 1
                if now_index - 4 < ref_index <= now_index:
                    y, q = int(ref[:4]), int(ref[-1])
            if (y, q) < (ctx.anchor.year, current_q) and _PERIOD_MOD_HEAD.match(text) and (
                ctx.tense(m.start(), m.end()) is Tense.FUTURE
            ):  # "should close by the end of the quarter": the one under way (not "will
                y, q = ctx.anchor.year, current_q  # report results for the quarter")
        if year_back:
            y -= 1
        return Resolution(DATE, f"{y:04d}-Q{q}", anaphoric=year_back)
    if year is None:
        tense = ctx.tense(m.start(), m.end())
        year = ctx.anchor.year
        if number > current_q and (tense is Tense.PAST or _RESULTS_AFTER.match(ctx.text, m.end())):
            year -= 1  # (a January paper's "will post fourth-quarter earnings": last year's)
        elif number <= current_q - 2 and tense is Tense.FUTURE:
            year += 1  # "first-quarter sales could fall", told in November: next year's
    return Resolution(DATE, f"{year:04d}-Q{number}")


QUARTER_MIDDLE_DAYS = 45  # back from a quarter's last day to the middle of its months
# A fiscal year or quarter a text tells (not a "chief financial officer")
_FISCAL_TOLD = re.compile(r"\bfiscal\b|\bfinancial\s+(?:year|quarter)\b|\bFY\s?['’]?\d",
                          re.IGNORECASE)


def _quarter_bound_day(bound: re.Match[str], anchor: dt.date) -> dt.date | None:
    """The day a "quarter ended <day>" ("that began <day>") ends (begins) on, its year
    the one written or the last that day came in before `anchor`."""
    month = lx.month_number(bound.group("month")) or 1
    if bound.group("year"):
        return safe_day(int(bound.group("year")), month, int(bound.group("day")))
    return month_day_date(anchor, Tense.PAST, month, int(bound.group("day")))


# "fiscal 2027", "FY27", "FY 2027": the fiscal year a quarter or half is of
_FISCAL_NAMED = re.compile(r"fiscal|financial|\bfy", re.IGNORECASE)
_FISCAL_YEAR_IN = re.compile(r"(?:fiscal(?:\s+year)?\s+|\bfy\s?['’]?)((?:19|20)\d\d|\d\d)\b")


def _fiscal_year_named(text: str, anchor: dt.date | None) -> int | None:
    found = _FISCAL_YEAR_IN.search(text)
    return full_year(found.group(1), anchor) if found else None


# A forecast of the period after it: "forecast first-quarter revenue", "expects
# third-quarter sales of", "its outlook for the second quarter"
_FORECAST_BEFORE = re.compile(
    r"\b(?:forecast(?:s|ing)?|expects?|projects?|projected|sees|guided|guidance|outlook)\b"
    r"[^.;\n]{0,30}$"
)
# The quarter as the subject of a present or coming verb: "Tinkham said the fourth
# quarter is usually its strongest" (the one under way, though told in the past)
_PRESENT_VERB_AFTER = re.compile(r"[ \t]+(?:is|will|should|looks|promises)\b")


def _fiscal_quarter(
    m: re.Match[str], ctx: Context, year_end: int, number: int | None
) -> Resolution:
    """A quarter of a text whose fiscal year ends in `year_end`: labelled by its fiscal
    number and the calendar year it ends in, spanning its own months."""
    assert ctx.anchor is not None
    text = m.group(0).lower()
    now = fiscal_year_of(ctx.anchor, year_end) * 4 + fiscal_quarter_of(ctx.anchor, year_end) - 1
    named_year = _fiscal_year_named(text, ctx.anchor) or relative_year(text, ctx.anchor)
    if named_year is not None and _FISCAL_YEAR_IN.search(text):
        named_year += ctx.fiscal_shift()  # ("Q3 of fiscal 2025" of a Japanese firm: 2026's)
    year_back = _YEAR_BACK.search(text) is not None
    anaphoric = year_back
    ended = _QUARTER_ENDED.match(ctx.text, m.end())
    if ended and not year_back:
        end_month = lx.month_number(ended.group("month")) or 1
        end_day = (
            dt.date(int(ended.group("year")), end_month, 1) if ended.group("year")
            else month_day_date(ctx.anchor, Tense.PAST, end_month, int(ended.group("day")))
        )  # fmt: skip
        end_day = end_day or ctx.anchor
        index = (fiscal_year_of(end_day, year_end) * 4 + fiscal_quarter_of(end_day, year_end) - 1)
    elif number is not None:
        fiscal_year = fiscal_year_of(ctx.anchor, year_end)
        if split := lx.SPLIT_YEAR.search(text):  # "of 2041-42": the year ending in 2042
            fiscal_year = int(split.group(1)) + 1
        elif _FISCAL_YEAR_IN.search(text) and named_year:
            fiscal_year = named_year
        elif named_year is not None:  # "next year's first quarter"
            fiscal_year += named_year - ctx.anchor.year
        elif fiscal_period(fiscal_year, year_end, 3, number)[1] >= ctx.anchor:
            if (ctx.tense(m.start(), m.end()) is Tense.PAST or _RESULTS_AFTER.match(
                ctx.text, m.end()
            )) and not (
                _FORECAST_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
                or _PRESENT_VERB_AFTER.match(ctx.text, m.end())
            ):
                # not over yet: told in the past or as results, the year before's (a January
                fiscal_year -= 1  # paper's "fourth-quarter earnings": last year's; not what
                # is forecast: "forecast first-quarter revenue above estimates")
        elif ctx.tense(m.start(), m.end()) is Tense.FUTURE:
            fiscal_year += 1  # over already: told in the future, the next year's
        index = fiscal_year * 4 + number - 1 - (4 if year_back else 0)
    else:
        index = now - 1  # "the quarter", "the latest quarter": the one last reported
        if re.search(r"\b(?:next|coming|following)\b", text):
            index = now + 1
        elif re.search(r"\b(?:current|this)\b", text):
            index = now
        elif (ref := ctx.quarter_reference(m.start()) if _STORY_QUARTER.search(text)
              else ctx.reference_value) and (label := re.match(r"^(\d{4})-Q([1-4])$", ref)):
            ref_quarter = int(label.group(2))
            ref_year = fiscal_year_of_label(int(label.group(1)), year_end, 3, ref_quarter)
            ref_index = ref_year * 4 + ref_quarter - 1
            if _STORY_QUARTER.search(text):  # "the previous quarter": the one before it
                index = ref_index + (1 if "following" in text else -1)
                anaphoric = True
            elif now - 4 < ref_index < now or ref_index == now and (
                ctx.tense(m.start(), m.end()) is not Tense.PAST
            ):  # the quarter last mentioned, unless a year-ago one (or, told in the past,
                index = ref_index  # the one under way)
        if year_back:
            index -= 4
    fiscal_year, quarter = divmod(index, 4)
    return Resolution(
        DATE, period_label(fiscal_year, year_end, 3, quarter + 1),
        span=fiscal_period(fiscal_year, year_end, 3, quarter + 1), anaphoric=anaphoric,
    )


_HALF_OF_MONTH = re.compile(r"\bhalf\s+of\s+(\S+)")


# A game's half, not a year's: "a header early in the second half", "scored twice in the
# first half" (a game's words within GAME_REACH either side)
_GAME_WORDS = re.compile(rf"\b(?:{_GAME_TERMS})\b", re.IGNORECASE)


def norm_half(m: re.Match[str], ctx: Context) -> Resolution | None:
    return _with_period_mod(m, _half(m, ctx))


def _half(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    if text.startswith(("back", "front")):
        return None  # "agreed to buy back half of that stake": no half of a year without
        # its "the" ("the back half of the year")
    head = _PERIOD_MOD_HEAD.match(text)  # ("the end of the first half": a game's too)
    if " of " not in text[head.end() if head else 0 :] and _GAME_WORDS.search(
        ctx.text, max(0, m.start() - GAME_REACH), m.end() + GAME_REACH
    ):
        return None
    number = 1 if re.search(r"\b(?:first|front|h1|1h)\b", text) else 2
    of_month = _HALF_OF_MONTH.search(text)
    if of_month and (month := lx.month_number(of_month.group(1))):
        # "the second half of April": the month's end (not the year's second half)
        mod = "START" if number == 1 else "END"
        year = relative_year(text, ctx.anchor)
        if year is None:
            if ctx.anchor is None:
                return Resolution(DATE, f"XXXX-{month:02d}", mod)
            year = month_year(ctx.anchor, ctx.tense(m.start(), m.end()), month)
        return Resolution(DATE, f"{year:04d}-{month:02d}", mod)
    year = relative_year(text, ctx.anchor)
    if (
        ctx.anchor is not None
        and (_FISCAL_YEAR_IN.search(text) or year is None)
        and (year_end := ctx.fiscal_end(m.start(), _FISCAL_NAMED.search(text) is not None))
    ):  # "the first half" of a company whose year ends in March: April-September
        named = _fiscal_year_named(text, ctx.anchor)
        fiscal_year = (named + ctx.fiscal_shift() if named is not None
                       else fiscal_year_of(ctx.anchor, year_end))  # fmt: skip
        current = (fiscal_quarter_of(ctx.anchor, year_end) + 1) // 2
        if not _FISCAL_YEAR_IN.search(text) and number > current and (
            ctx.tense(m.start(), m.end()) is Tense.PAST
        ):
            fiscal_year -= 1
        return Resolution(DATE, period_label(fiscal_year, year_end, 6, number),
                          span=fiscal_period(fiscal_year, year_end, 6, number))  # fmt: skip
    if year is None:
        year = _fiscal_year_named(text, ctx.anchor)  # "the first half of FY28", its
        # year-end unknown
    if year is None and ctx.anchor is not None:
        opening = max(0, m.start() - 200)  # (after the last sentence end: "Nov. 1" is none)
        for end in SENTENCE_END.finditer(ctx.text, opening, m.start()):
            opening = end.end()
        if told := _OPENING_YEAR_OF_HALF.match(ctx.text, opening, m.start()):
            year = int(told.group(1))  # "For fiscal 2044, ... Schottegat expects revenue to
            # grow more slowly, with most of the gain in the second half"
        elif _NEXT_YEAR.search(ctx.text, opening, m.start()):
            year = ctx.anchor.year + 1  # "sales will pick up next year, mostly in the second half"
    if year is None:
        if ctx.anchor is None:
            return Resolution(DATE, f"XXXX-H{number}")
        year = ctx.anchor.year
        if (
            ctx.anchor.month <= 6
            and not text.endswith("of the year")  # "plans for the second half of the year"
            and ctx.tense(m.start(), m.end()) is Tense.PAST
        ):  # (a half not over when the paper is: last year's, "growth slowed from 5.4
            year -= 1  # percent in the first half", told in January)
    return Resolution(DATE, f"{year:04d}-H{number}")


# The year a sentence opens with, which a bare half in it is of
_OPENING_YEAR_OF_HALF = re.compile(
    r"(?:For|In|During|Over|Through)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)\b"
)
_NEXT_YEAR = re.compile(r"\bnext\s+year\b")
_FALL_OF = re.compile(r"\s+(?:of|in)\s+(?!\d)")  # "the fall of Rome", "the fall in prices"


# A word after "for the winter" that goes on with the clause, not a compound's noun ("for
# the winter holidays"): "supplies for the winter were secure"
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:was|were|is|are|will|would|has|have|had|and|or|but|to|as|when|if|that|because|"
    r"after|before|at|in|on|with|from|so|while|until|for|by|without|into|across|around|since|"
    r"during|despite|amid|through|again|too|also|already|alone|whether|unless|than|then|"
    r"anyway|instead)\b"
)  # ("trained through the winter for this race": a season, no "winter race"; "would decide
# by the summer whether to order a larger ship")


_SEASON_STILL_AFTER = re.compile(r"[ \t]+(?:season|months)\b")
_TERM_AFTER = re.compile(r"[ \t]+(?:term|semester|session|sitting|recess|schedule)\b")


_CAPITALISED_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


_SEASON_SUBJECT_AFTER = re.compile(  # (and an infinitive's: "expected the summer to be
    r"[ \t]+(?:is|was|has|had|will|would|"  # busier still")
    r"to[ \t]+(?:be|bring|see|last|start|begin|end|come|pass|prove))\b"
)


def norm_season(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    season = next((code for word, code in lx.SEASONS.items() if re.search(rf"\b{word}\b", text)),
                  None)  # fmt: skip
    if season is None or re.match(r"last\s+the\s", text):
        return None  # "the reservoirs would not last the summer": the verb, no last summer
    has_modifier = re.search(  # ("the southern winter": a season by its hemisphere)
        r"\b(?:this|last|next|past|early|late|mid|coming|southern|northern|austral|boreal)\b|\d",
        text)
    if _TERM_AFTER.match(ctx.text, m.end()) and not has_modifier:
        return None  # "ballot for action in the summer term": a school's term, no season
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    moved = not has_modifier and text.startswith("the ") and MOVED_TO_BEFORE.search(
        ctx.text, max(0, m.start() - MOVED_TO_REACH), m.start()
    )  # "moved their bookings to the spring": the next one (not "walked to the spring")
    preposition = (
        r"\b(?:in|into|during|by|until|since|this|over|through|throughout|of|before|after|"
        r"for|spend|spends|spent|spending|(?:spring|summer|autumn|fall|winter)\s+(?:and|or))\s*$"
    )  # ("will spend the summer with her daughter", "planned for the spring and summer")
    if not moved and not has_modifier and not re.search(preposition, before) and not (
        text.startswith("the ") and before.endswith("from ")  # ("from the autumn")
    ) and not (
        text.startswith("the ") and not text.endswith("fall")
        and _SEASON_SUBJECT_AFTER.match(ctx.text, m.end())
    ):
        return None  # "the fall in prices", "a long winter" (not "warn that the summer is
        # only beginning": the season a clause tells of)
    if (
        not has_modifier
        and not text.endswith(" year")  # ("In the summer of that year the plant closed")
        and (text.startswith(("the ", "a ")) or re.search(r"\b(?:for|and|or)\s*$", before))
        and re.match(r"\s+[a-z]", ctx.text[m.end() : m.end() + 2])
        and not _CLAUSE_GOES_ON.match(ctx.text, m.end())
        and not _SEASON_STILL_AFTER.match(ctx.text, m.end())  # ("the end of the summer
    ):  # season", "during the summer months": the season still)
        return None  # "closed for the summer holidays", "until the summer barge arrives",
        # "trucked in over the winter road": a kind of thing, no season told
    if text.startswith("the fall") and _FALL_OF.match(ctx.text, m.end()):
        return None
    if (
        not has_modifier
        and m.group(0).split()[-1][:1].isupper()
        and _CAPITALISED_WORD_AFTER.match(ctx.text, m.end())
    ):
        return None  # "the Summer Festival", "the Summer Olympics": a name
    mod = point_mod(text)
    year = relative_year(text, ctx.anchor)
    if (story := _OF_STORY_YEAR.search(text)) and ctx.anchor is not None:
        # "the spring of that year", "the summer of the following year": the story's year
        year = _of_story_year(story, ctx, ctx.anchor)
    elif year is None and ctx.anchor is not None:
        year = ctx.anchor.year
        first_month = season_first_month(season, ctx.southern)
        if moved:
            year += first_month <= ctx.anchor.month
            return Resolution(DATE, f"{year}-{season}", mod)
        if "last" in text:  # the latest one over before the paper ("last summer", told
            year = _latest_ended(season, ctx.anchor, ctx.southern)  # in a February summer
            # in Melbourne: the one before it)
        elif re.search(r"\bpast\b", text):
            year -= 1 if first_month > ctx.anchor.month else 0
        elif "next" in text:
            year += 1 if first_month <= ctx.anchor.month else 0
        elif first_month == 12 and ctx.anchor.month <= 2 and not (
            _WAITED_FOR_BEFORE.search(before)
            and ctx.tense(m.start(), m.end()) is Tense.FUTURE
        ):  # the winter (summer) under way (not "will not be finished until the winter",
            year -= 1  # told in February: the next one)
        elif first_month == 12 and ctx.anchor.month == SEASON_END_MONTH and (
            "this" in text or ctx.tense(m.start(), m.end()) is Tense.PAST
        ):  # "This winter was the mildest on record", told in March: the one just ending
            year -= 1
        elif first_month == 12 and ctx.anchor.month == SEASON_END_MONTH + 1 and (
            "this" in text and not _DEADLINE_WORD_BEFORE.search(before)
            and not _WILL_BEFORE_DAY.search(ctx.text, max(0, m.start() - 80), m.start())
        ):  # "the melt would be severe after eight blizzards this winter", told in April:
            year -= 1  # the one just over (not "would not be ready for this winter", "will
            # buy two new snowploughs this winter")
        elif not has_modifier and first_month + 2 < ctx.anchor.month:
            # "would hold a hearing in the spring", told in November: next spring; "has
            # asked Russia for helicopters before the spring", told in August: a deadline
            # ahead, next spring (not "They left before the spring")
            tense = ctx.tense(m.start(), m.end())
            year += tense is Tense.FUTURE or (
                re.search(r"\b(?:before|by)\s*$", before) is not None and (
                    tense is not Tense.PAST or _ASKED_FOR_BEFORE.search(
                        ctx.text, max(0, m.start() - ASKED_REACH), m.start()) is not None)
            )
        elif (
            not has_modifier
            and first_month > ctx.anchor.month
            and not _DEADLINE_WORD_BEFORE.search(before)
        ):  # "was closed in the summer", told in February: last summer (not "urged it to
            # act before winter", told in September, nor "have added routes for the summer")
            year -= ctx.tense(m.start(), m.end()) is Tense.PAST
    return Resolution(DATE, f"{year if year else 'XXXX'}-{season}", mod)


SEASON_END_MONTH = 3  # a winter that began in December ends in March
_DEADLINE_WORD_BEFORE = re.compile(r"\b(?:before|by|until|for)\s*$")  # "for the winter"
# What a future waits for a season by: "will not be finished until the winter" (not "for")
_WAITED_FOR_BEFORE = re.compile(r"\b(?:before|by|until|till)\s*$")
# A request with its deadline: "has asked Russia for helicopters ... before the spring"
_ASKED_FOR_BEFORE = re.compile(
    r"\b(?:asked|requested|urged|demanded|called\s+on|appealed\s+to)\b"
    r"[^.;!?]{0,100}\b(?:before|by)\s+(?:the\s+)?$", re.IGNORECASE
)
ASKED_REACH = 120  # characters back from a season to the request it is the deadline of
_STORY_PERIOD = re.compile(r"(?:the\s+(following|next|previous|prior)|that)\s+(\S+)$", FLAGS)
_SEASONS_AGO = re.compile(r"(\S+)\s+(spring|summer|fall|autumn|winter)s?\s+ago$")


def norm_seasons_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"two winters ago": the winter a year before "last winter", as TimeBank counts it."""
    ago = _SEASONS_AGO.match(m.group(0).lower())
    count = lx.parse_number(ago.group(1)) if ago else None
    if ago is None or count is None or count != int(count) or not 1 <= count <= 99:
        return None
    season = lx.SEASONS[ago.group(2)]
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{season}")
    year = _latest_ended(season, ctx.anchor, ctx.southern) - (int(count) - 1)
    return Resolution(DATE, f"{year:04d}-{season}")


def _latest_ended(season: str, before: dt.date, southern: bool) -> int:
    """The year of the latest such season over before the paper's day: this year's when it
    is over ("last summer", told in November: as the fresh sets' annotators write it five
    times of seven; TimeBank's one "last spring" told in November 1989 is 1988), else the
    year before's, or the one before that when that season is still under way ("last
    summer", told in a February summer in Melbourne)."""
    for year in (before.year, before.year - 1):
        interval = interval_of(f"{year:04d}-{season}", southern=southern)
        if interval is not None and interval[1] < before:
            return year
    return before.year - 2


def season_first_month(season: str, southern: bool) -> int:
    """The month a season (SP, SU, FA, WI) starts in, in the text's hemisphere."""
    return (SOUTHERN_SEASON_MONTHS if southern else SEASON_MONTHS)[season][0]


def norm_story_period(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'the following January', 'that fall', 'the previous spring': a month or season
    placed by the last date mentioned, the story's time ("filed suit in March 2022 ...
    dismissed the case the following January": 2023-01), not by the paper's date. With
    no date before, they count from the paper's date."""
    found = _STORY_PERIOD.search(" ".join(m.group(0).split()))
    if found is None:
        return None
    relation, word = (found.group(1) or "that").lower(), found.group(2)
    season = lx.SEASONS.get(word.lower())
    month = None if season else lx.month_number(word)
    if season is None and (month is None or not word[:1].isupper()):
        return None  # "that may", "the next march"
    if relation == "that" and lx.SAYING_THAT_BEFORE.search(
        ctx.text, max(0, m.start() - 14), m.start()
    ):  # "said that summer bookings are running ahead": "that" opens a clause
        return None
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}" if month else f"XXXX-{season}")
    # (the last date told in the text's hemisphere: a southern winter is the middle of its
    # year, and "The following spring" after "That winter" of 2043 is 2043's)
    reference = interval_of(ctx.reference_value, southern=ctx.southern) if (
        ctx.reference_value) else None
    start, end = (reference[0], reference[1]) if reference else (ctx.anchor, ctx.anchor)
    first = month or season_first_month(season or "SP", ctx.southern)
    if relation in ("following", "next"):
        year = end.year if dt.date(end.year, first, 1) > end else end.year + 1
    elif relation in ("previous", "prior") and season:  # the last one over before it
        interval = interval_of(f"{start.year:04d}-{season}", southern=ctx.southern)
        year = start.year if interval is not None and interval[1] < start else start.year - 1
    elif relation in ("previous", "prior"):
        year = start.year if dt.date(start.year, first, 1) < start.replace(day=1) else (
            start.year - 1)  # fmt: skip
    else:
        year = start.year
    return Resolution(DATE, f"{year:04d}-{month:02d}" if month else f"{year:04d}-{season}")
