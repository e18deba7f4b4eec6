"""Find temporal expressions in text and anchor them to a publication date.

`resolve_dates(text, published)` runs the grammar in `rules.py` over the text, keeps the
longest non-overlapping matches, and normalises them in reading order so that anaphoric
expressions ("a year earlier", "the next day") can lean on the last date mentioned.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import logging
import operator
import re
from collections.abc import Callable
from typing import Any

from timeline.dates import lexicon as lx
from timeline.dates.absolute import SET_AHEAD_BEFORE
from timeline.dates.base import (
    CLOCK_OF_VALUE,
    SENTENCE_END,
    clock_names_a_thing,
    in_part_of_day,
    quant_mod,
)
from timeline.dates.calendar import interval_of, safe_day, week_value
from timeline.dates.fiscal import FiscalYear, fiscal_quarter_of, fiscal_year
from timeline.dates.named import head_country, head_is_southern
from timeline.dates.quantities import duration_value
from timeline.dates.ranges import (
    day_before_after,
    order_ranges,
    paired_weekdays,
    previous_day_of_main_clause,
    range_opens,
    weekday_before_after,
)
from timeline.dates.rules import RULES, Context, Resolution, Rule
from timeline.dates.scan import Scanner
from timeline.dates.tense import PAST_IRREGULAR_RE, Tense, TenseIndex
from timeline.models import Granularity, TimeExpression, TimexType, trusted
from timeline.text import (
    BREADCRUMB_GAP,
    BUSINESS_WIRE_TAG,
    FOREIGN_STAMP_LABELS,
    PERIOD_BOUND,
    QUOTE_REACH,
    REACHING_BACK,
    UPDATE_WORD,
    WIRE_TAG,
    in_quotation,
)

__all__ = ["resolve_dates", "interval_of"]

LOGGER = logging.getLogger(__name__)
_SCANNER = Scanner(RULES)
_NOUN_FOLLOWS = re.compile(r"\s+[a-z]")
_TAKEN = b"\x01"
_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s\"'<>()\[\]]+")
# Rules whose words are ordinary English ("today", "this week", "now", "noon", "minutes"):
# capitalised in running text they name a programme or a title ("VOA Today", ABC's "This
# Week", "High Noon", CBS's "60 Minutes"), not a time.
_DEICTIC_RULES = frozenset({"relative_day", "relative_unit", "vague", "clock_time", "duration",
                            "season", "set"})  # "Last Summer", a song in quotes
_NUMBER_THEN_CAPITAL = re.compile(r"\d+[ \t]+[A-Z][a-z]+")
_CAPITALISED_WORD_BEFORE = re.compile(r"[A-Z][\w'’.&-]*[ \t]+$")
_QUOTE_BEFORE = re.compile(r"[\"“‘`'][ \t]*$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]|[,.]?[\"”’']")
_WORD = re.compile(r"[A-Za-z]{4,}")
TITLE_CASE_SHARE = 0.6  # lines where most long words are capitalised are headlines
# Rules that match context to find one part ("April 24 and [25]"): only that part is taken.
_TRIM_FREES_REST = frozenset({"coordinated_day", "listed_day", "listed_day_2", "leading_day",
                              "leading_listed_day", "year_range_end", "weekday", "full_date",
                              "month_day", "clock_time"})
_CLOCK_VALUE = re.compile(r"T\d\d:")
_DATELINE_START = re.compile(r"\s*(?:Published|Updated|Posted|By|Last\s+updated)\b", re.I)
_DAY_PRECISE = frozenset({Granularity.DAY, Granularity.TIME})
_WEEKDAY = re.compile(rf"(?i:{lx.WEEKDAY_NAME_RE})")
_DIGIT = re.compile(r"\d")
_DAY_WRITTEN = re.compile(rf"\b(?i:{lx.MONTH_RE}|{lx.WEEKDAY_NAME_RE})\b")  # in a clock's text
_NAMED_DAY_PART = re.compile(  # "this morning", "the next afternoon"
    r"(?i:this|yesterday|tomorrow|last|the\s+(?:next|following|previous))\s")
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)  # "since Thursday": a span's start
# The wire's tag after a dateline's date: "Nov. 20, 2040 /CNW/ -", "May 16 (Reuters) -"
_WIRE_TAG_AFTER = re.compile(rf"\s*{WIRE_TAG}\.?\s*[—–_-]|{BUSINESS_WIRE_TAG}")  # "(EFE).-"
_HOLIDAY_SEASON_AFTER = re.compile(
    r"(?:[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})?[ \t]+"
    r"(?:holidays?|season|break|vacation|period|rush|shopping|festivities|getaway|travel|"
    r"fortnight)\b"
)
_FEAST_DAY_GAP = re.compile(r"(?:[ \t]+on|,)[ \t]+")
_LAST_NIGHT = re.compile(r"\blast[ \t]+(?:night|evening)\b", re.IGNORECASE)
_NOT_A_FEAST = re.compile(rf"(?i:\d|today|tonight|yesterday|tomorrow|{lx.WEEKDAY_NAME_RE})")
_BARE_WEEKDAY = re.compile(rf"(?i:(?:on\s+)?{lx.WEEKDAY_NAME_RE})")
_BARE_CLOCK = re.compile(r"(?i:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?")
_DAY_PART_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$")
# A clause a time is counted from: "73 hours after water burst into a gallery on"
_COUNTED_FROM_CLAUSE = re.compile(
    rf"\b(?:\d{{1,3}}|{lx.NUMBER_WORD})[ \t]+(?:hours|days|weeks|months|years)[ \t]+after[ \t]+"
    r"[a-z]+\b(?:(?!\band\b|\bthen\b)[^,;:.!?\n]){0,120}$"
)  # (not past "and": "73 hours after the roof fell in and the last of them was brought to
# the surface on Saturday morning")
COUNTED_FROM_REACH = 150  # characters back from a day to the count it is the start of
_SINCE_CLAUSE = re.compile(
    r"\bsince[ \t]+(?:the|a|an|he|she|they|it|his|her|their|its)\b[^,;:.!?\n]{0,80}$"
)
_PERIOD_VALUE = re.compile(r"^\d{4}-(?:Q[1-4]|H[12])$")
_REFERENCE_VALUE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI))?$")


# A trailing attribution before a date: "..., cantonal police said at a press conference in
# Sion on [Thursday morning]", "..., the inquest heard on [Wednesday]".
_TRAILING_SAYING = re.compile(
    r",\s+(?P<subject>(?:[\w.'’()&-]+\s+){1,8}?)"
    r"(?:said|says|told\s+[\w.]+|heard|was\s+told|(?P<act>announced|confirmed|reported))"
    r"(?:\s+(?!that\b)[\w.'’-]+){0,8}?\s+(?:on\s+|in\s+|at\s+)?$"
)
SAYING_REACH = 120  # characters before a date searched for its attribution
SAYING_LOOKBACK = 4  # expressions back past durations and sets to the day a saying follows


def _saying_after_a_day(
    text: str, expressions: list[TimeExpression], anchor: dt.date | None
) -> bool:
    """Whether the last expression dates a trailing attribution after a day its sentence
    told: the day of the saying, not of what the story goes on to tell."""
    if len(expressions) < 2:
        return False
    saying, day = expressions[-1], expressions[-2]
    for back in range(len(expressions) - 2, max(-1, len(expressions) - 2 - SAYING_LOOKBACK), -1):
        if expressions[back].type not in (TimexType.DURATION, TimexType.SET):
            day = expressions[back]
            break
    # (past a duration: "reached the Pole on skis Friday after 51 days ..., their support
    # team said Saturday")
    if day.granularity not in _DAY_PRECISE or SENTENCE_END.search(text, day.end, saying.start):
        return False
    if (
        day.start_date is not None and saying.start_date is not None and anchor is not None
        and day.start_date > anchor >= saying.start_date
    ):  # fmt: skip
        return False  # "will start to bloom on March 19, ..., a forecaster said Thursday. The
        # forecast was published at 4 p.m.": a day foretold is no day the story goes on in
    found = _TRAILING_SAYING.search(text, max(day.end, saying.start - SAYING_REACH), saying.start)
    return found is not None and not (
        found["act"] and _CLAUSE_CONJUNCTION.match(found["subject"])
    )  # (not a clause of its own: "calls began on Thursday, he said, and a lab confirmed E.
    # coli in a sample on Friday"; "..., and investigators said today" is a saying)


_CLAUSE_CONJUNCTION = re.compile(r"(?:and|but|while|then|so)\s", re.IGNORECASE)


SET_AHEAD_DAYS = 14  # a day set further ahead than this is no day the story goes on in


def _normalise(rule: Rule, match: re.Match[str], ctx: Context) -> Resolution | None:
    """The rule's resolution, or None when it rejects the match or the date arithmetic
    leaves the calendar (the day after 9999-12-31)."""
    try:
        return rule.normalise(match, ctx)
    except (ValueError, OverflowError, KeyError, IndexError) as exc:
        LOGGER.debug("rule %s failed on %r: %s", rule.name, match.group(0), exc)
        return None


class _Probe(Context):
    """A scratch context that notes whether a normaliser read the last date mentioned.

    A normaliser is a function of the match and the context; an answer given without
    reading `reference` or `reference_value` is the answer in any context that differs
    from the probe in those two fields only, so the second pass can keep it.
    """

    leaned = False

    def day_for_times(self, at: int = -1) -> dt.date | None:
        self.leaned = True
        return Context.day_for_times(self, at)


def _leaning(name: str) -> property:
    """A field of `_Probe` whose reading marks the probe as leaned on (a property per
    field: a `__getattribute__` would cost a Python call for every field read)."""

    def read(probe: _Probe) -> Any:
        probe.leaned = True
        return probe.__dict__[name]

    def write(probe: _Probe, value: Any) -> None:
        probe.__dict__[name] = value

    return property(read, write)


for _field in ("reference", "reference_value", "reference_end", "reference_day_end",
               "before_look_back",
               "clock_day", "lead_day", "clock_value", "clock_end", "day_parts", "written_days",
               "quarter_value", "quarter_end", "evening_day", "vote_day"):  # fmt: skip
    setattr(_Probe, _field, _leaning(_field))


Selected = tuple[int, int, Rule, re.Match[str], Resolution | None]


def _select(text: str, probe: _Probe) -> list[Selected]:
    """Longest matches first, then rule priority; drop overlaps and rejected matches.

    `probe` is a scratch context: normalisers say here whether they accept a match. Each
    selected match comes with its resolution when that does not depend on the last date
    mentioned (None when it must be worked out again in reading order).
    """
    taken = bytearray(len(text))  # 1 where a match already taken lies: linear, unlike
    chosen = []  # a sorted list of spans, where each insertion moves half the list
    if "://" in text or "www." in text:  # a page's address holds no date of the story
        for address in _WEB_ADDRESS.finditer(text):  # (".../2053/11/27/lake-malawi/")
            taken[address.start() : address.end()] = _TAKEN * (address.end() - address.start())
    candidates = []
    for candidate in _SCANNER.candidates(text):
        if text.find("\n", candidate[0], candidate[1]) < 0:
            candidates.append(candidate)
        else:
            candidates.extend(_in_paragraph(text, candidate, probe.log))
    ordered = sorted(candidates, key=lambda c: (-(c[1] - c[0]), -c[2].priority, c[0]))
    for start, end, rule, match in ordered:
        if taken.find(1, start, end) >= 0:
            continue  # overlaps a longer match already taken
        probe.leaned = False
        answer = _normalise(rule, match, probe)
        if answer is None:
            continue
        if rule.name in _DEICTIC_RULES and _is_title_word(text, start, end) and (
            rule.name != "set" or " " not in text[start:end]
        ):
            continue  # ("Macau Daily Times", "Publishers Weekly"; not '"Every January')
        if _in_work_title(text, start, end):
            continue  # 'The painting, "A Sunday in April" by John Aldous': a title
        if rule.name == "set" and _FREQUENCY_NAME.fullmatch(text, start, end) and (
            _CAPITALISED_AFTER.match(text, end)
        ) and (_NAME_RUN_AFTER.match(text, end) or _CAPITALISED_WORD_BEFORE.search(
            text, max(0, start - 30), start)
        ):  # "Daily Graphic", "Turkish Daily News", "The Weekly Standard": a name (not
            continue  # "Daily Covid tests will be required": a set)
        if rule.name == "set" and _FREQUENCY_NAME_CAPITALS.fullmatch(text, start, end) and (
            lx.PAPER_NOUN_AFTER.match(text, end)
        ) and _MASTHEAD_BEFORE.search(text, max(0, start - 8), start):
            continue  # a masthead's "DAILY TIMES", "THE DAILY STAR" (not "SET MONTHLY POST-")
        if rule.name in _TRIM_FREES_REST and answer.trim is not None:
            start, end = answer.trim  # the rest of the match is left to other rules
        taken[start:end] = _TAKEN * (end - start)
        chosen.append((start, end, rule, match, None if probe.leaned else answer))
    chosen.sort(key=lambda c: c[0])
    return chosen


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LINE_BREAK = re.compile(r"\n")
Candidate = tuple[int, int, Rule, re.Match[str]]


def _in_paragraph(text: str, candidate: Candidate, log: bool = False) -> list[Candidate]:
    """A match that runs over a blank line ("2017\n\nThird-quarter profit", "at 4pm\n\n
    Sunday"), cut to the rule's matches before and after it: paragraphs (and a dateline's
    own line) do not share dates; in a log, lines do not ("FRIDAY 17 OCTOBER" / "1545
    Mooring recovered")."""
    start, end, rule, match = candidate
    blanks = list((_LINE_BREAK if log else _BLANK_LINE).finditer(text, start, end))
    if not blanks:
        return [candidate]
    cut = [match.re.match(text, start, blanks[0].start()),
           match.re.search(text, blanks[-1].end(), end)]  # fmt: skip
    return [(part.start(), part.start() + len(part.group(0).rstrip(" \t\n,-")), rule, part)
            for part in cut if part and part.group(0).strip()]  # fmt: skip


# "the two-week strike", "the year-ago quarter": the article belongs to the noun phrase,
# not to the hyphenated adjective that is the timex.
_DETERMINER_OF_ADJECTIVE = re.compile(
    r"(?:the|The|THE|an?|An?)\s+(?!(?:mid|early|late)-\d)(?=[\w']+(?:-[\w']+)+$)"
)  # (not "the mid-1990s": a decade, the article its own)


# A capitalised frequency word that names a paper before another capitalised word
_FREQUENCY_NAME = re.compile(r"Daily|Weekly|Fortnightly|Monthly|Quarterly|Yearly|Nightly")
# ... in capitals, before a paper's noun: "DAILY TIMES, Lagos", "THE DAILY STAR" (not a
# report's "WEEKLY MARKET REPORT")
_FREQUENCY_NAME_CAPITALS = re.compile(r"DAILY|WEEKLY|FORTNIGHTLY|MONTHLY")
_MASTHEAD_BEFORE = re.compile(r"(?:^|\bTHE[ \t]+)$", re.MULTILINE)
_NAME_RUN_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’&.-]*){1,3}[ \t]*(?:[,.:;|)]|\n|$)")


def _is_title_word(text: str, start: int, end: int) -> bool:
    """A capitalised deictic inside running text is (part of) a name: "VOA Today" after
    a capitalised word, "This Week" in quotes or before more capitalised words, "60
    Minutes" anywhere outside a Title Case headline."""
    phrase = text[start:end]
    if phrase.isupper():
        return False
    if _NUMBER_THEN_CAPITAL.fullmatch(phrase):
        return not _in_title_case_line(text, start, end)  # CBS's "60 Minutes", "48 Hours"
    if not phrase[:1].isupper():
        return False
    before = text[max(0, start - 40) : start]
    words = phrase.split()
    named = bool(_CAPITALISED_WORD_BEFORE.search(before)) and not before.rstrip().endswith(
        (".", "!", "?", ":", ";")
    )
    if len(words) > 1 and all(word[:1].isupper() for word in words):
        named = named or bool(_QUOTE_BEFORE.search(before) or _CAPITALISED_AFTER.match(text, end))
    return named and not _in_title_case_line(text, start, end)


# A work's title in quotes: its opening (a quote, then the title's words before the date)
# and its close (the title's words after it, the quote, then "by" a name or a work's noun
# before it: 'the painting "A Sunday in April"', '"Last Summer" by The Reeds')
_WORK_TITLE_OPEN = re.compile(r"[\"“]([A-Z][\w'’,-]*(?:[ \t]+[\w'’,-]+){0,6}[ \t]+)?$")
_TITLE_REST = re.compile(r"(?:[ \t]+[\w'’-]+){0,6}?[,.!?]?[\"”]")  # then the quote closes
_WORK_TITLE_CLOSE = re.compile(_TITLE_REST.pattern + r"[ \t]+by[ \t]+[A-Z]")
_WORK_NOUN_BEFORE = re.compile(
    r"\b(?:painting|song|single|album|book|novel|film|movie|play|poem|opera|musical|"
    r"exhibition|series|show|comedy|drama|thriller|documentary|sitcom|episode|memoir|ballad|"
    r"titled|entitled|called)[,:]?[ \t]+$"
)
WORK_TITLE_REACH = 60  # characters from a date to its title's quotes


def _in_work_title(text: str, start: int, end: int) -> bool:
    """Whether a date is (in) the quoted title of a work: the quote opens the title just
    before it, which a work's noun precedes or "by" and a capitalised name follows."""
    opening = _WORK_TITLE_OPEN.search(text, max(0, start - WORK_TITLE_REACH), start)
    if opening is None:
        return False
    return bool(
        _WORK_TITLE_CLOSE.match(text, end)
        or (_WORK_NOUN_BEFORE.search(text, max(0, opening.start() - 20), opening.start())
            and _TITLE_REST.match(text, end))
    )


_BREADCRUMB = re.compile(rf"\S{BREADCRUMB_GAP}\S")


def _in_title_case_line(text: str, start: int, end: int) -> bool:
    """Whether most long words of the line holding `text[start:end]` are capitalised."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if _BREADCRUMB.search(line):
        return False  # "GNN Transcripts  >  World Tonight  >  2064": a page's path of names
    long_words: list[str] = _WORD.findall(line[:400])
    capitalised = sum(word[0].isupper() for word in long_words)
    return capitalised >= TITLE_CASE_SHARE * len(long_words)


def _expression(
    text: str, start: int, end: int, res: Resolution, southern: bool = False
) -> TimeExpression:
    if res.trim is not None:
        start, end = res.trim
    determiner = _DETERMINER_OF_ADJECTIVE.match(text, start, end)
    if determiner and not text[end : end + 1].isalnum() and _NOUN_FOLLOWS.match(text, end):
        start = determiner.end()
    interval = (interval_of(res.value, southern=southern)
                if res.type in (TimexType.DATE, TimexType.TIME) else None)  # fmt: skip
    if interval is not None and res.span is not None:
        interval = (*res.span, interval[2])  # a fiscal period: its own months
    elif (
        interval is not None
        and interval[2] is Granularity.DAY
        and ("-" in text[start:end] or "–" in text[start:end])
        and (last := _last_day_of_range(text[start:end], interval[0])) is not None
    ):  # "Mar 7-11, 2046": TimeML's value is the first day; the interval runs to the last
        interval = (interval[0], last, interval[2])
    fields = {
        "text": text[start:end],
        "start": start,
        "end": end,
        "type": res.type,
        "value": res.value,
        "mod": res.mod,
        "granularity": interval[2] if interval else None,
        "start_date": interval[0] if interval else None,
        "end_date": interval[1] if interval else None,
    }
    if _valid_as_is(start, end, res, interval):
        return trusted(TimeExpression, fields)
    return TimeExpression(**fields)  # converts, or raises ValueError as it sees fit


# A range of days in one month: "Mar 7-11", "7–11 March", "June 3rd-5th"
_DAY_RANGE = re.compile(
    r"(?<![\d/.:-])(\d{1,2})(?:st|nd|rd|th)?[ \t]*[-–][ \t]*(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?![-–/:.]\d)"
)


def _last_day_of_range(written: str, first: dt.date) -> dt.date | None:
    """The last day of a range of days written as one date ("Mar 7-11, 2046" of 7 March),
    if `written` is one."""
    found = _DAY_RANGE.search(written)
    if found is None or int(found[1]) != first.day or int(found[2]) <= first.day:
        return None
    return safe_day(first.year, first.month, int(found[2]))


def _valid_as_is(
    start: int, end: int, res: Resolution, interval: tuple[dt.date, dt.date, Granularity] | None
) -> bool:
    """Whether TimeExpression's validation would take these values as they are (no
    conversion, no error), so that `trusted` builds the same model."""
    return (
        type(start) is int
        and 0 <= start <= end
        and type(end) is int
        and type(res.type) is TimexType
        and type(res.value) is str
        and (res.mod is None or type(res.mod) is str)
        and (
            interval is None
            or (type(interval[0]) is dt.date and type(interval[1]) is dt.date
                and type(interval[2]) is Granularity and interval[0] <= interval[1])
        )
    )  # fmt: skip


# A stamp's end after its date: a clock and a zone, the line's end ("... - AUG 13, 2067 -
# 00:35 CEST")
_STAMP_LINE_END = re.compile(
    r"[ \t]*(?:[-–—,|·][ \t]*)?\d{1,2}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?"
    r"[ \t]*(?:\n|$)"
)
PROSE_LINE_WORDS = 8  # a line with fewer words is a dateline or a heading, not prose


PROSE_REACH = 300  # characters looked at on each side: the test stays bounded on long lines
LEAD_DAY_TRIES = 4  # day-precise expressions tried as the lead's news day before giving up


# A period bound that is a quarter's: "in the three months to May 31", "the quarter ended"
_QUARTER_BOUND = re.compile(r"(?i:three[ \t]+months|quarter)\b")
_QUARTER_LABEL = re.compile(r"\d{4}-Q[1-4]")
_EVENING_VALUE = re.compile(r"T(?:EV|NI|(?:1[89]|2[0-3]):\d\d)$")  # from 6 p.m. on


def _quarter_ending(day: dt.date | None, fiscal: FiscalYear | None) -> str | None:
    """The label of the quarter that ends on `day` (the text's fiscal quarter, if it has a
    fiscal year), or None if no quarter ends on it."""
    if day is None or (day + dt.timedelta(days=1)).day != 1:
        return None  # not a month's last day
    end_month = fiscal.end_month if fiscal is not None else 12
    if (day.month - end_month) % 3:
        return None
    return f"{day.year:04d}-Q{fiscal_quarter_of(day, end_month)}"


def _lead_tells_its_day(text: str, at: int) -> bool:
    """Whether the sentence after a dateline at `at` names a day of its own ("HALIFAX, NS,
    Nov. 20, 2040 /CNW/ - The icebreaker returned to Halifax on Sunday")."""
    end = SENTENCE_END.search(text, at)
    return _DAY_IN_CLOCK.search(text, at, end.start() if end else len(text)) is not None


def _in_prose(text: str, at: int) -> bool:
    """Whether the line holding `at` reads as prose: enough words, not a byline or a
    publication line (judged from at most PROSE_REACH characters each side)."""
    start = text.rfind("\n", max(0, at - PROSE_REACH), at)
    start = start + 1 if start >= 0 else max(0, at - PROSE_REACH)
    end = text.find("\n", at, at + PROSE_REACH)
    line = text[start : end if end >= 0 else min(len(text), at + PROSE_REACH)]
    return len(line.split()) >= PROSE_LINE_WORDS and not _DATELINE_START.match(line)


REVIEW_MONTHS = 2  # a paper of January or February may review the year before
TITLE_CHARS = 200  # how far the first line, the title, may run


def _review_year(text: str, published: dt.date | None) -> int | None:
    """The year before the paper's, when the paper is of its first months and its first
    line (the title) names that year: a review of it."""
    if published is None or published.month > REVIEW_MONTHS:
        return None
    title = text[:TITLE_CHARS].split("\n", 1)[0]
    year = published.year - 1
    return year if re.search(rf"\b{year}\b", title) else None


# An aside on a court's proceeding, up to its date: "The trial, which began on" (what the
# trial heard counts from the story it tries; not "Settlement talks, which began in 2006,
# collapsed five years later", nor "Kaveri, which reported on Thursday, ... the following
# day", whose own story goes on)
_RELATIVE_ASIDE_BEFORE = re.compile(
    r"\b(?:trial|retrial|hearing|inquest|inquiry|tribunal)[ \t]*,[ \t]+which[ \t]+"
    r"(?:[a-z]+[ \t]+){1,3}(?:on|in)[ \t]+$"
)


_RELATIVE_PLUPERFECT_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+(?:[\w'’-]+\s+){0,4}?had\s+(?:been\s+)?[a-z]{3,}\s+(?:on\s+)?$"
)
_ELSEWHERE_IT_WAS = re.compile(r"\b[Ii]t\s+was\s+(?:already\s+|still\s+|just\s+|not\s+yet\s+)$")


def resolve_dates(
    text: str,
    published: dt.date | None = None,
    *,
    join_clock_days: bool = False,
    tenses: TenseIndex | None = None,
    day_first: bool | None = None,
) -> list[TimeExpression]:
    """Every temporal expression in `text`, resolved against the publication date.

    Without `published`, relative expressions get underspecified values
    ("XXXX-WXX-5") and no interval. A clock time and the day written after it with "on"
    ("9.30pm on Sunday") are two expressions, as TimeML draws them (prepositions out),
    and "three weeks later" is the duration "three weeks", unless `join_clock_days`
    (one expression, as an event's date; the date three weeks on). A written date and the
    clock time right after it ("29.07.2035 21:40") are one TIME. `tenses`, the text's
    TenseIndex if the caller has one to share (the event stage reads the same cues).
    `day_first`: how to read numeric dates ("03/04/2017"), day first or month first; None:
    as the text shows (its other figures, its spelled dates), else month first. Never
    raises on any string input.
    """
    if not isinstance(text, str):
        raise TypeError("text must be a string")
    if published is not None:
        published = _filed_day(text, published)
    found = _resolve(text, published, join_clock_days=join_clock_days, tenses=tenses,
                     day_first=day_first)  # fmt: skip
    found = _with_bracketed_days(text, found)
    if published is None:
        return found
    if stamps := entry_stamps(text, found):
        return _by_entries(text, found, stamps, published, join_clock_days, day_first)
    if headings := _live_entry_days(text, found, published):
        return _by_live_entries(text, found, headings, join_clock_days, day_first)
    if (updated := _update_day(text, found, published)) is not None:
        return _with_update_notes(text, found, updated, join_clock_days, day_first)
    if _UPDATE_MARK_NOTE.search(text):  # (its clocks are the paper's day's, not those of
        # the last day the story told before it, "11.00 yesterday")
        return _with_update_notes(text, found, published, join_clock_days, day_first,
                                  notes=_UPDATE_MARK_NOTE)  # fmt: skip
    return found


# A live page's entry heading: a clock time on a line of its own (after a stamp of how long
# ago: "12m ago  2.05pm"), the entry under it
_LIVE_HEADING = re.compile(
    r"[ \t]*(?:\d{1,2}[ \t]*(?:m|mins?|h|hrs?)[ \t]+ago[ \t]+(?:[|·•-][ \t]*)?)?"
    r"(?P<clock>\d{1,2}[:.][0-5]\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?)(?:[ \t]+[A-Z]{2,5})?[ \t]*"
)
LIVE_HEADINGS_MIN = 3  # entry headings that make a page a live one


def live_headings(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """The clock times of `found` that head a live page's entries, alone on their lines
    with the entry's text on the next ("1:35 a.m." / "The Ozama River has burst its
    banks"); none unless there are LIVE_HEADINGS_MIN of them."""
    headings = []
    for expression in found:
        if expression.type is not TimexType.TIME or not CLOCK_OF_VALUE.search(expression.value):
            continue
        start = text.rfind("\n", 0, expression.start) + 1
        end = _line_end(text, expression.end)
        line = _LIVE_HEADING.fullmatch(text, start, end)
        if line is not None and line.span("clock") == (expression.start, expression.end) and (
            text[end + 1 : end + 2].strip()
        ):
            headings.append(expression)
    return headings if len(headings) >= LIVE_HEADINGS_MIN else []


def _live_entry_days(
    text: str, found: list[TimeExpression], published: dt.date
) -> list[tuple[TimeExpression, dt.date]]:
    """A live page's entry headings, each with its day: the clock times alone on their
    lines with an entry under them ("2:10 a.m." / "That's all from us ..."), newest or
    oldest first; the oldest entry on the paper's day, the day going on wherever the
    clock goes back past midnight. Empty for any other page."""
    headings = []
    for expression in live_headings(text, found):  # (each with its clock's value)
        clock = expression.value[-5:]
        headings.append((expression, int(clock[:2]) * 60 + int(clock[3:])))
    if not headings or any(
        e.type is TimexType.DATE and e.granularity is Granularity.DAY
        and e.start < headings[-1][0].start
        and not text[text.rfind("\n", 0, e.start) + 1 : _line_end(text, e.end)].replace(
            e.text, "").strip()
        for e in found
    ):  # (days told by dividers over or between the entries: "Friday, Jan. 27, 2051",
        # a programme's "SATURDAY 16 MARCH")
        return []
    steps = [later - earlier for (_, earlier), (_, later) in itertools.pairwise(headings)]
    newest_first = sum(step < 0 for step in steps) > sum(step > 0 for step in steps)
    ordered = headings[::-1] if newest_first else headings  # oldest first
    day, dated, last = published, [], ordered[0][1]
    for expression, minutes in ordered:
        if minutes < last:
            day += dt.timedelta(days=1)  # past midnight
        dated.append((expression, day))
        last = minutes
    return dated[::-1] if newest_first else dated


def _by_live_entries(
    text: str,
    found: list[TimeExpression],
    headings: list[tuple[TimeExpression, dt.date]],
    join_clock_days: bool,
    day_first: bool | None,
) -> list[TimeExpression]:
    """`found`, with each live entry's heading on its day and the entry's dates resolved
    against it ("12:05 a.m." / "The National Hurricane Center's midnight advisory ...":
    the day after the 11:30 p.m. entry's)."""
    starts = [heading.start for heading, _ in headings]  # (an entry from its heading: its
    # clock tells the half of the day of the entry's clocks in words)
    finishes = [text.rfind("\n", 0, heading.start) + 1 for heading, _ in headings[1:]]
    finishes.append(len(text))
    log = lx.is_log(text)  # (an entry of a log is one)

    def in_entry(at: int) -> bool:  # (entries are in order and apart)
        index = bisect.bisect_right(starts, at) - 1
        return index >= 0 and at < finishes[index]

    kept = [e for e in found if not in_entry(e.start)]
    for (heading, day), begin, finish in zip(headings, starts, finishes, strict=True):
        clock = CLOCK_OF_VALUE.search(heading.value)
        if clock is None:
            continue
        kept.append(heading.model_copy(update={
            "value": f"{day.isoformat()}T{clock.group(1)}", "start_date": day,
            "end_date": day}))  # fmt: skip
        entry = text[begin:finish]
        tenses = TenseIndex(entry)
        for e in _resolve(entry, day, join_clock_days=join_clock_days, tenses=tenses,
                          day_first=day_first, log=log):  # fmt: skip
            if e.start < heading.end - begin:
                continue  # the heading itself, on its day
            told = _BARE_CLOCK_VALUE.fullmatch(e.value)
            if (
                told is not None and e.start_date == day and told.group(1) > f"T{clock.group(1)}"
                and not _DAY_IN_CLOCK_TEXT.search(e.text)
                and tenses.tense(e.start, e.end) is Tense.PAST
            ):  # "12:50 a.m." / "... had fallen since 10 p.m.": the evening before
                before = day - dt.timedelta(days=1)
                e = e.model_copy(update={"value": before.isoformat() + told.group(1),
                                         "start_date": before, "end_date": before})  # fmt: skip
            kept.append(e.model_copy(update={"start": e.start + begin, "end": e.end + begin}))
    return sorted(kept, key=lambda e: e.start)


# A head's stamp of a later update: "Last updated: 17 Nov 2072 - 08:15 am", "Updated 30.4.2027"
_UPDATED_LABEL = re.compile(r"(?i:\b(?:last[ \t]+)?updated)(?:[ \t]+(?:at|on))?[ \t]*[:/]?[ \t]*$")
UPDATE_HEAD_CHARS = 2000  # how far into a text a head's update stamp is looked for
UPDATE_NOTES_MAX = 20  # a page with more update notes than this is read as it stands
UPDATE_DAYS_MAX = 7  # an update stamp later than the paper by more is no update of it
# A note that opens a paragraph: "UPDATE, 8.15am: Qatar Rail said this morning ...",
# "Update: ...", "UPDATED 10:40 -"
_UPDATE_NOTE = re.compile(
    rf"^[ \t]*{UPDATE_WORD}\b[^\n:]{{0,30}}[:—–-][ \t]*", re.MULTILINE
)
# An update's mark in brackets opening a paragraph of the story: "(Opdateret kl. 14.25)
# Demolition began at 07.10. At 13.50 a judge refused ...": the paper's day's news
_UPDATE_MARK_NOTE = re.compile(
    rf"^[ \t]*\((?:{UPDATE_WORD}|(?i:{FOREIGN_STAMP_LABELS}))\b[^()\n]{{0,30}}?\d[^()\n]{{0,24}}\)"
    r"[ \t]*", re.MULTILINE
)


def _update_day(text: str, found: list[TimeExpression], published: dt.date) -> dt.date | None:
    """The day of a head's "Last updated" stamp when it is after the paper's day and the
    text holds an update note for it."""
    if not _UPDATE_NOTE.search(text):
        return None
    for expression in found:
        if expression.start >= UPDATE_HEAD_CHARS:
            break
        day = expression.start_date
        if (
            day is not None and day == expression.end_date
            and 0 < (day - published).days <= UPDATE_DAYS_MAX
            and _UPDATED_LABEL.search(text, max(0, expression.start - 30), expression.start)
        ):  # fmt: skip
            return day
    return None


def _with_update_notes(
    text: str, found: list[TimeExpression], updated: dt.date, join_clock_days: bool,
    day_first: bool | None, notes: re.Pattern[str] = _UPDATE_NOTE,
) -> list[TimeExpression]:
    """`found`, with each update note's dates (each paragraph `notes` opens) resolved
    against the update's day: "UPDATE, 8.15am: Qatar Rail said this morning that full
    service resumed at 5.30am" under "Last updated: 17 Nov 2072 - 08:15 am" is the 17th's,
    not the paper's 16th."""
    spans = [(note.start(), _line_end(text, note.start())) for note in notes.finditer(text)]
    if len(spans) > UPDATE_NOTES_MAX:
        return found  # (no page's updates: a feed or a log, each line its own)
    begins = [begin for begin, _ in spans]  # (in order and apart: a note is its line)

    def in_note(at: int) -> bool:
        index = bisect.bisect_right(begins, at) - 1
        return index >= 0 and at < spans[index][1]

    kept = [e for e in found if not in_note(e.start)]
    for begin, finish in spans:
        kept += [e.model_copy(update={"start": e.start + begin, "end": e.end + begin})
                 for e in _resolve(text[begin:finish], updated, join_clock_days=join_clock_days,
                                   tenses=None, day_first=day_first)]  # fmt: skip
    return sorted(kept, key=lambda e: e.start)


# The day of the month in brackets after a day's word, as Sri Lankan papers write it: "at
# 8.15 p.m. on Monday (6)", "yesterday (7)"
_BRACKETED_DAY_AFTER = re.compile(r"[ \t]?\((\d{1,2})(?:/(\d{1,2}))?\)")  # (or with its
# month, as Vietnamese papers write it: "on Monday night (6/11)")
_DAY_WORD_END = re.compile(
    rf"\b(?:{lx.WEEKDAY_NAME_RE}|yesterday|today|tomorrow)"
    r"(?:[ \t]+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)


def _with_bracketed_days(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """`found`, each day's word followed by its day of the month in brackets taking the
    brackets into its span (the headline then drops them with the date)."""
    out = []
    for expression in found:
        day = expression.start_date
        if day is not None and day == expression.end_date and _DAY_WORD_END.search(
            expression.text
        ) and (bracket := _BRACKETED_DAY_AFTER.match(text, expression.end)) and (
            int(bracket.group(1)) == day.day
            and (bracket.group(2) is None or int(bracket.group(2)) == day.month)
        ):
            expression = expression.model_copy(update={
                "end": bracket.end(), "text": text[expression.start : bracket.end()]})
        out.append(expression)
    return out


# An agency's dateline opening the text: "ATAFU, Tokelau, Oct 24 (NZPA) - ", "MALABO, July
# 7 (Sapa) - " (the day the wire filed the story; a paper's "CORWIN, Kan., Sept. 23 — "
# tells the story's day, and its "yesterday" counts from the paper's)
_AGENCY_DATELINE = re.compile(
    r"[ \t\n]*[A-Z][\w.'’-]*(?:[ ,]{1,2}[A-Z][\w.'’-]*){0,4},[ \t]+"
    rf"(?P<month>(?i:{lx.MONTH_RE}))[ \t]+(?P<day>\d{{1,2}})[ \t]+"
    r"\([A-Z][\w.&/ -]{1,30}\)[ \t]*(?:-{1,2}|[—–])"
)
FILED_BEFORE_DAYS = 2  # an agency's story filed up to two days before the paper's date


def _filed_day(text: str, published: dt.date) -> dt.date:
    """The day an agency's dateline says the story was filed, when it is a day or two
    before `published` (the archive's or the paper's date): its "today" and "tonight" are
    that day's, as the wires' annotators read them; else `published`."""
    if (dateline := _AGENCY_DATELINE.match(text)) is None or (
        month := lx.month_number(dateline["month"])
    ) is None:
        return published
    for year in (published.year, published.year - 1):
        day = safe_day(year, month, int(dateline["day"]))
        if day is not None and 0 < (published - day).days <= FILED_BEFORE_DAYS:
            return day
    return published


RUNNING_HEAD_MAX_CHARS = 100
_DIGITS = re.compile(r"\d+")


def running_heads(text: str, expressions: list[TimeExpression]) -> set[int]:
    """Where the lines start that repeat a dated line, its numbers aside: a PDF's running
    head ("Minutes, 14 May 2024   Page 3 of 7"), a teletext page's header on each subpage
    ("P147  CEEFAX 1 147 Wed 14 May 18:42/31"). The same date in each: a schedule's lines
    ("Round 2 - 21 May") name different days."""
    lines: dict[tuple[str, str], set[int]] = {}
    for e in expressions:
        start = text.rfind("\n", 0, e.start) + 1
        line = text[start : _line_end(text, e.end)]
        if len(line) <= RUNNING_HEAD_MAX_CHARS:
            key = (" ".join(_DIGITS.sub("#", line).split()), e.text)
            lines.setdefault(key, set()).add(start)
    return {start for starts in lines.values() if len(starts) > 1 for start in starts}


UNORDERED_STAMPS_DAYS = 14  # days the stamps of entries out of order may span
UNORDERED_STAMPS_MIN = 4  # and how many there must be
ENTRY_STAMPS_MIN = 2  # stamped entries that make a text a channel, a thread or a diary
STAMP_LINE_MAX_CHARS = 72
STAMP_LINE_MAX_WORDS = 6  # words on a stamp's line besides its date: a channel's name
_FOUR_DIGITS = re.compile(r"\d{4}")
_STAMP_CLOCK_AFTER = re.compile(r"[,\s]{1,3}[0-2]?\d[:.][0-5]\d\b")
_CLOCK_IN_LINE = re.compile(r"\b[0-2]?\d[:.][0-5]\d\b")
_STAMP_WORD = re.compile(r"[^\s\[\]()|»,]+")
_WRITTEN_DAY = re.compile(rf"\d{{4}}|\d[./-]\d{{1,2}}[./-]\d|(?i:{lx.MONTH_RE}|{lx.WEEKDAY_RE})")
# (not a clock's "18.30" on a line of its own: a bulletin's time, no entry's day)
REPLY_LABEL = re.compile(r"(?i:responded|replied|answered|response|reply)\b")  # a reply's label
# A label that makes a dated line no entry's stamp: a profile's "Joined: Tue Jun 14, 2039"
_NO_ENTRY_LABEL = re.compile(r"(?i:joined|member\s+since|registered|born|since|last\s+(?:seen|"
                            r"visit|active)|arrival|departure|check-?in|check-?out|"
                            r"(?:estimated\s+)?delivery|due|expires?|valid\s+until|"
                            r"deadline|exported|saved|printed|downloaded|generated|retrieved|"
                            r"accessed|captured)\b")  # (nor a booking's "Arrival: Friday 16
# February", nor a copy's "Exported 17 April 2095, 21:10" over a chat's days)


def entry_stamps(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """The dates that stamp a text's entries, each on a line of its own with a label at
    most, a line of text under it: a channel copy's "Baikal Ice Watch, [14.03.2058
    07:40]", a forum's "Post by slowboat_steve » Sat Feb 10, 2046 8:47 am", a diary's
    "Monday 3 October"; none if fewer than ENTRY_STAMPS_MIN, or not in the order of time."""
    stamps: list[TimeExpression] = []
    last_line = -1  # where the last stamp's line starts: one stamp a line
    for expression in expressions:
        if expression.start_date is None or expression.start_date != expression.end_date:
            continue
        start = text.rfind("\n", 0, expression.start) + 1
        end = _line_end(text, expression.end)
        label = text[start : expression.start]
        rest = label + " " + text[expression.end : end]
        alone = (  # a line of the stamp and a label at most, an entry under it
            end - start <= STAMP_LINE_MAX_CHARS
            and len(_STAMP_WORD.findall(rest)) <= STAMP_LINE_MAX_WORDS
            and not rest.rstrip().endswith((".", "!", "?"))
            and bool(text[end : end + 3].strip())
        )
        opens = (  # a line opened by a date with its year and a clock time, the entry after
            not label.strip(" \t[(") and bool(_FOUR_DIGITS.search(expression.text))
            and bool(_STAMP_CLOCK_AFTER.match(text, expression.end))
        )  # (a chat export's "14/03/2058, 07:40 - Baikal Ice Watch: Good morning ...")
        if (
            (alone or opens)
            and _WRITTEN_DAY.search(expression.text)  # (not "All times are UTC+07:00")
            and not _NO_ENTRY_LABEL.search(label)  # (not a poster's "Joined: Tue Jun 14, 2039")
            and start != last_line
        ):
            stamps.append(expression)
            last_line = start
    dates = [stamp.start_date for stamp in stamps if stamp.start_date is not None]
    if len(stamps) < ENTRY_STAMPS_MIN or min(dates) == max(dates) or (
        dates != sorted(dates) and not _runs_of_days(dates) and not all(
            lx.ISSUE_LABEL.search(text, text.rfind("\n", 0, stamp.start) + 1, stamp.start)
            for stamp in (stamps[1:] if dates[0] == max(dates) else stamps))
    ):  # (an old-files column's issues, newest first: "From our issue of Friday, April 26,
        return []  # 2002" ... "From The Saba Bulletin of Friday, April 27, 1962", under the
        # page's own date or not)
    return stamps


def _runs_of_days(dates: list[dt.date]) -> bool:
    """Whether days out of order are runs of days in order, a few of them within a
    fortnight: a cause list's courts, each with its week's days (not a tracking page's
    history, newest first)."""
    steps = [later > earlier for earlier, later in itertools.pairwise(dates)]
    return (
        len(dates) >= UNORDERED_STAMPS_MIN
        and (max(dates) - min(dates)).days <= UNORDERED_STAMPS_DAYS
        and steps.count(True) > 2 * steps.count(False)
    )


_SEPARATOR_LINE = re.compile(r"^[ \t]*(?:-{2,}|_{3,}|\*(?:[ \t]*\*){2,}|={3,})[ \t]*$",
                             re.MULTILINE)  # fmt: skip


def _by_entries(
    text: str,
    found: list[TimeExpression],
    stamps: list[TimeExpression],
    published: dt.date,
    join_clock_days: bool,
    day_first: bool | None,
) -> list[TimeExpression]:
    """`found`, with each stamped entry's dates resolved against its stamp's day: "the ice
    at 61 cm yesterday afternoon" under "[14.03.2058 07:40]" is 13 March, whatever day
    the page was saved. Not an entry headed by a day after `published` (without a clock
    time, as a post's stamp has): a court diary's "MONDAY, JANUARY 4" heads a day to come,
    whose listings tell their days from the paper's."""
    # Each entry runs from its stamp's end (it may go on on the stamp's line) to the next
    # stamp's line; a post's stamp with its clock time may be after the thread's first
    finishes = [text.rfind("\n", 0, stamp.start) + 1 for stamp in stamps[1:]] + [len(text)]
    finishes = [rule.start() if lx.ISSUE_LABEL.search(
        text, text.rfind("\n", 0, stamp.start) + 1, stamp.start
    ) and (rule := _SEPARATOR_LINE.search(text, stamp.end, finish)) else finish
                for stamp, finish in zip(stamps, finishes, strict=True)]  # fmt: skip (an old
    # issue's entry ends at a rule under it: "--" before the paper's own note)
    entries = [
        (stamp.start_date, stamp.end, finish)
        for stamp, finish in zip(stamps, finishes, strict=True)
        if stamp.start_date is not None and (
            stamp.start_date <= published
            or _CLOCK_IN_LINE.search(
                text, stamp.end, min(stamp.end + STAMP_LINE_MAX_CHARS, _line_end(text, stamp.end)))
            or REPLY_LABEL.search(text, text.rfind("\n", 0, stamp.start) + 1, stamp.start))
    ]  # (or a reply's: "Responded 19 November 2058" under a review written two days before)
    starts = [begin for _, begin, _ in entries]
    ahead = [(stamp.start_date, stamp.end, _block_end(text, stamp.end, finish))
             for stamp, finish in zip(stamps, finishes, strict=True)
             if stamp.start_date is not None and stamp.start_date > published]  # fmt: skip
    day_starts = [e.start for e in found  # (the days told: not "the 2030s")
                  if e.type is TimexType.DATE and e.start_date is not None
                  and e.start_date == e.end_date]  # fmt: skip
    blocking = [at for at in day_starts  # (not the days the listings tell)
                if not _ENTRY_CLOCK.match(text, text.rfind("\n", 0, at) + 1)]  # fmt: skip
    kept = []
    log = lx.is_log(text)  # (an entry of a log is one)
    for e in found:  # (entries are in order and apart: the one an expression may be in)
        index = bisect.bisect_right(starts, e.start) - 1
        if index < 0 or e.start >= entries[index][2]:
            kept.append(_clock_on_heading_day(text, e, ahead, (day_starts, blocking)))
    for day, begin, finish in entries:
        kept += [e.model_copy(update={"start": e.start + begin, "end": e.end + begin})
                 for e in _resolve(text[begin:finish], day, join_clock_days=join_clock_days,
                                   tenses=None, day_first=day_first, log=log)]  # fmt: skip
    return sorted(kept, key=lambda e: e.start)


# The value of a clock time on a day: "2087-05-24T10:00" (its own text tells no day:
# `_DAY_IN_CLOCK_TEXT`)
_BARE_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)$")
_DAY_IN_CLOCK_TEXT = re.compile(rf"(?i:{lx.WEEKDAY_RE}|{lx.MONTH_RE}|today|tonight|tomorrow|"
                                r"yesterday|morning|afternoon|evening|night|\d[./-]\d+[./-])")


# A section's heading after a blank line: a few words and no full stop ("WIND AND
# WEATHER", "Travel")
_SECTION_HEADING = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][^\n.!?:;]{0,38}[ \t]*(?=\n)")


def _block_end(text: str, at: int, finish: int) -> int:
    """Where the section a heading at `at` opens ends: at the next section's heading
    (`finish` at most)."""
    heading = _SECTION_HEADING.search(text, at, finish)
    return finish if heading is None else heading.start()


CLOCK_DAY_AFTER_CHARS = 24  # a day told right after a clock time, on its line, is its
# own ("at 8.30 a.m. on Monday")


def _clock_on_heading_day(
    text: str, expression: TimeExpression, ahead: list[tuple[dt.date, int, int]],
    day_starts: tuple[list[int], list[int]],
) -> TimeExpression:
    """`expression` moved to the day of the heading ahead of the paper it stands under, in
    the heading's block of lines ("SATURDAY 24 MAY" / "10.00 Arena and free-fly zone
    open": 24 May at 10:00), when it is a clock time with no day of its own and no other
    day is told between them or right after it; else as it is (the listings under a
    court diary's day to come tell their other days from the paper's)."""
    if expression.type is not TimexType.TIME or _DAY_IN_CLOCK_TEXT.search(expression.text):
        return expression
    index = bisect.bisect_right(ahead, expression.start, key=_HEADING_BEGIN) - 1
    if index < 0 or not ahead[index][1] <= expression.start < ahead[index][2] or (
        clock := _BARE_CLOCK_VALUE.fullmatch(expression.value)
    ) is None:  # (the headings' sections are in order and apart: the one it may be in)
        return expression
    day, begin, _ = ahead[index]
    limit = min(expression.end + CLOCK_DAY_AFTER_CHARS, _line_end(text, expression.end))
    line = text.rfind("\n", 0, expression.start) + 1
    starts, blocking = day_starts
    if (
        bisect.bisect_left(starts, line) < bisect.bisect_left(starts, limit)  # (its line's)
        or bisect.bisect_left(blocking, begin) < bisect.bisect_left(blocking, line)
    ):  # a day told between the heading and the clock (not one an earlier listing tells:
        return expression  # "9.00 a.m. ... Adjourned from 14 January 2078."), or after it
    return expression.model_copy(update={
        "value": day.isoformat() + clock.group(1), "start_date": day, "end_date": day})


_HEADING_BEGIN = operator.itemgetter(1)
# A listing's clock time opening its line: "9.00 a.m. CV2077-01845 ...", "14:37 Graz depot"
_ENTRY_CLOCK = re.compile(r"[ \t]*\[?\d{1,2}[.:]\d\d\b")


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _resolve(
    text: str,
    published: dt.date | None,
    *,
    join_clock_days: bool,
    tenses: TenseIndex | None,
    day_first: bool | None = None,
    log: bool | None = None,
) -> list[TimeExpression]:
    """`resolve_dates` of the whole text against one anchor (`log`: whether the text, or
    the page it is an entry of, is a log timed by four-digit clocks; None: as it shows)."""
    if tenses is None or tenses.text is not text:  # (a caller's index for this very text)
        tenses = TenseIndex(text)  # tense depends on the text alone: shared by both passes
    review = _review_year(text, published)
    southern = head_is_southern(text)
    country = head_country(text)
    fiscal = fiscal_year(text, country, published)
    log = lx.is_log(text) if log is None else log
    ctx = Context(text=text, anchor=published, tenses=tenses, review_year=review,
                  southern=southern, country=country, fiscal=fiscal,
                  day_first=day_first, log=log)  # fmt: skip
    probe = _Probe(text=text, anchor=published, tenses=tenses, review_year=review,
                   southern=southern, country=country, fiscal=fiscal,
                   day_first=day_first, log=log)  # fmt: skip
    expressions = []
    lead_tries = 0  # day-precise expressions tried as the lead's news day
    for start, end, rule, match, answer in _select(text, probe):
        res = answer if answer is not None else _normalise(rule, match, ctx)
        if res is None:
            continue
        try:
            expression = _expression(text, start, end, res, southern)
        except ValueError:
            continue
        expressions.append(expression)
        if expression.granularity is Granularity.DAY and (
            _VOTE_DAY_BEFORE.search(text, max(0, start - VOTE_REACH), start)
            or _VOTE_DAY_AFTER.match(text, end)
        ):  # "votes cast on Friday", "in yesterday's general election"
            ctx.vote_day = expression.start_date
        if (
            ctx.lead_day is None
            and lead_tries < LEAD_DAY_TRIES
            and expression.granularity in _DAY_PRECISE
            and expression.type in (TimexType.DATE, TimexType.TIME)
            and ("T" not in res.value or _WEEKDAY.search(expression.text)
                 or "yesterday" in expression.text.lower()
                 or "tomorrow" in expression.text.lower()  # not "overnight"
                 or _LAST_NIGHT.search(expression.text) is not None)  # (a match report's)
            and not SINCE_BEFORE.search(text, max(0, start - 8), start)  # nor "since Thursday"
            and not (_WIRE_TAG_AFTER.match(text, end) and _lead_tells_its_day(text, end))
            # (nor a wire dateline's, the paper's day, when the lead tells its own day)
        ):  # "Stocks closed higher Friday": its day (not a dateline's, on a line of its own)
            lead_tries += 1
            if _in_prose(text, expression.start) and not _STAMP_LINE_END.match(text, end):
                ctx.lead_day = expression.start_date  # (not a stamp's day after its places:
                # "Las Palmas de Gran Canaria / Madrid - AUG 13, 2067 - 00:35 CEST")
        if expression.start_date is not None and not res.anaphoric and (
            (expression.granularity is Granularity.DAY and res.type is TimexType.DATE)
            or (res.type is TimexType.TIME and _CLOCK_VALUE.search(res.value)
                and _DAY_WRITTEN.search(expression.text))
        ):  # (a day written: "during exercises on Aug. 12", "on Monday", "at about 11:40
            # a.m. on Dec. 19")
            ctx.written_days = (*ctx.written_days[-(WRITTEN_DAYS_KEPT - 1) :],
                                (end, expression.start_date))  # fmt: skip
        if expression.start_date is not None and (part := _part_of_day(text, res, expression)) and (
            not _ELSEWHERE_IT_WAS.search(text, max(0, start - 24), start)
        ):  # (not another place's: "At Rothera, ..., it was still Monday evening")
            ctx.day_parts = (*ctx.day_parts[-(DAY_PARTS_KEPT - 1) :],
                             (end, expression.start_date, part))  # fmt: skip
        if res.type is TimexType.TIME and _EVENING_VALUE.search(res.value) and (
            expression.start_date is not None
        ):  # "at 11:42 p.m. on Friday", "that night": the night the small hours after go with
            ctx.evening_day = expression.start_date
        if res.type is TimexType.DATE and not res.anaphoric and _QUARTER_LABEL.fullmatch(res.value):
            ctx.quarter_value, ctx.quarter_end = res.value, end
        if _saying_after_a_day(text, expressions, published):
            continue  # "... on Tuesday, police said at a press conference on Thursday
            # morning. The avalanche broke away at 11.48am": the happening's day goes on
        if _BARE_WEEKDAY.fullmatch(expression.text) and len(expressions) > 1 and (
            (feast := expressions[-2]).granularity is Granularity.DAY
            and feast.text[:1].isupper() and not _NOT_A_FEAST.search(feast.text)
            and _FEAST_DAY_GAP.fullmatch(text, feast.end, start)
        ):
            continue  # "traders stocked up for Valentine's Day on Thursday": the feast's
            # day (`_named_days_with_their_dates`), told in passing, no day the story goes on
        if expression.text[:1].isupper() and _HOLIDAY_SEASON_AFTER.match(text, end) and (
            not _NOT_A_FEAST.search(expression.text)
        ):
            continue  # "tourists, most of them in the town for the Christmas and New Year
            # holidays": a season named by its feast, no day the story goes on in
        if _RELATIVE_PLUPERFECT_BEFORE.search(text, max(0, start - 60), start):
            continue  # "a hole that Hamish and Jo had spent Monday cutting ... That night":
            # a thing's backstory in its relative clause, no day the story goes on in
        if res.type is TimexType.TIME and _ELSEWHERE_IT_WAS.search(text, max(0, start - 24), start):
            continue  # "At Rothera, ..., it was still Monday evening. ... at 8pm": another
            # place's time at a moment told, no day of the story's clock times
        if ctx.reference != published and ctx.day_told_in_sentence(start) and (
            "after" in text[max(0, start - COUNTED_FROM_REACH) : start]
        ) and _COUNTED_FROM_CLAUSE.search(text, max(0, start - COUNTED_FROM_REACH), start):
            continue  # "reached the last survivor at 3:20 p.m. on Friday, 73 hours after
            # water burst into a gallery on Tuesday afternoon. ... at 7:05 p.m. the same
            # day": the day counted from, told in passing after the sentence's own (not
            # after the paper's: "still spewing lava today, two days after it erupted ...
            # on Thursday evening. The eruption began at about 17:00": the story's)
        if _DAY_PART_VALUE.match(res.value) and expression.start_date is not None and (
            _WEEKDAY.search(expression.text) or _DIGIT.search(expression.text)
            or _NAMED_DAY_PART.match(expression.text)  # "this morning", "yesterday evening"
        ):  # "on Thursday night ... The vote came at 11:20 p.m.", "the night of March 14,
            # 2024, when she left at about 10:30 p.m.": that day (not "overnight ... by
            # midday", which is the paper's day)
            _tell_day(ctx, expression, res, end)
            ctx.reference_value, ctx.reference_end = expression.start_date.isoformat(), end
            ctx.clock_value = res.value
        elif _in_parentheses_after_time(text, start, expressions):
            continue  # "at 6:15 a.m. local time on Sunday (22:15 UTC on Saturday). At 7:02
            # a.m., ...": the other zone's day is no day of the times after it
        elif _SINCE_CLAUSE.search(text, max(0, start - 90), start):
            continue  # a state's start: "had led since the season opened in Ruka on 22
            # November, and came ... after winning in Vikersund a week earlier"
        elif text.startswith(",", end) and _RELATIVE_ASIDE_BEFORE.search(
            text, max(0, start - 40), start
        ):
            continue  # "The trial, which began on February 21, heard that Simmons had spent
            # the previous evening drinking": the proceeding's day, not the story's
        elif (
            published is not None and expression.start_date is not None
            and (published - expression.start_date).days > ASIDE_OF_DAYS
            and _YEAR_WRITTEN.search(expression.text)
            and _THING_OF_BEFORE.search(text, max(0, start - 30), start)
        ):  # fmt: skip
            continue  # "on Tuesday, 100 years to the day after the Ash Wednesday fires of
            # February 16, 1983. The previous day, ...": the day of a thing named in passing
            # long ago, no day the story goes on from (not "the early hours of Nov. 15,
            # 2019", "the night of", a time of the story's day)
        elif REACHING_BACK.search(text, max(0, start - 30), start):
            continue  # "newspapers going back to 1871": how far back, no time of the story
            # ("in January of that year" after it is the story's year)
        elif (bound := PERIOD_BOUND.search(text, max(0, start - 40), start)) and (
            _PERIOD_VALUE.match(ctx.reference_value or "")
        ):
            continue  # "in the quarter to Oct. 31, compared with ... a year earlier": the
            # quarter's last day; "a year earlier" is the quarter's
        elif bound and _QUARTER_BOUND.match(bound.group(0)) and (
            quarter := _quarter_ending(expression.start_date, fiscal)
        ) and expression.granularity is Granularity.DAY:
            ctx.reference_value, ctx.reference_end = quarter, end  # "lost $6.2 million in
            continue  # the three months to May 31, against a profit ... a year earlier": the
            # quarter that ends on that day
        elif (
            published is not None and expression.start_date is not None
            and (expression.start_date - published).days > SET_AHEAD_DAYS
            and SET_AHEAD_BEFORE.search(text, max(0, start - 40), start)
        ):  # fmt: skip
            continue  # "signed a decree on Wednesday calling a referendum on Sept. 25.
            # Deputies responded the next day": a day set ahead, no day the story goes on in
        elif res.type is TimexType.DATE and (
            not res.anaphoric or _FOLLOWING_DAY.fullmatch(expression.text)
        ) and _REFERENCE_VALUE.match(res.value) and not (
            _BARE_WEEKDAY.fullmatch(expression.text) and in_quotation(
                text, (text.rfind("\n", max(0, start - QUOTE_REACH), start) + 1, start), start)
        ):  # ("the next day ... that night": that day's; not a quotation's "On Thursday I
            # told the guys", no day of the story's clock times after it)
            ctx.reference_value, ctx.reference_end = res.value, end
            if expression.granularity is not None and expression.start_date == expression.end_date:
                _tell_day(ctx, expression, res, end)
        elif res.type is TimexType.TIME and expression.start_date is not None and (
            _CLOCK_VALUE.search(res.value)
        ):  # "at 3:40 a.m. Tuesday ... at 4:15 a.m." (not "overnight ... by midday");
            # "at 4 p.m. Sunday ... worked through the previous night": Saturday
            ctx.clock_day, ctx.clock_value, ctx.clock_end = expression.start_date, res.value, end
            line = (text.rfind("\n", max(0, start - QUOTE_REACH), start) + 1, start)
            if not (
                (_BARE_CLOCK.fullmatch(expression.text) and in_quotation(text, line, start))
                or clock_names_a_thing(text, start, end)
            ):  # (a quotation's bare "the one I replay at 3am" tells no day of the story,
                # nor does a noun's "as he queued for a 2.40pm flight")
                _tell_day(ctx, expression, res, end)
                ctx.reference_value, ctx.reference_end = expression.start_date.isoformat(), end
    found = _weekends_of(text, weekday_before_after(text, previous_day_of_main_clause(
        text, day_before_after(text, paired_weekdays(
            text, order_ranges(text, expressions, tenses), published)))))
    found = _days_with_their_parts(text, _clocks_on_named_days(text, _named_days_with_their_dates(
        text, _feasts_with_their_days(text, found))), spans=not join_clock_days)
    if join_clock_days:
        return _habitual_clocks(text, _clocks_with_their_parts(text, found))
    return _habitual_clocks(text, counted_as_durations(_clocks_with_their_parts(
        text, split_clock_days(split_modified_weekdays(_dates_with_their_clocks(text, found))))))


# A word of a habit or a standing rule: "usually from first light until about 4pm"
_HABITUAL_WORD = re.compile(r"\b(?i:usually|normally|generally|routinely|habitually)\b")
# What joins another clause, or a quotation, between a clock and a set: "who rides the
# bus five days a week, said she learned of it at about 11 a.m."; "go dark between midnight
# and 5am from Monday, after the council voted on Thursday night"
_CLAUSE_JOINT = re.compile(r",[ \t]+(?:and|but|who|which|where|while|when|as|after|before)\b"
                           r"|\b(?:that|said|says)\b|[\"“”]")  # (and a saying's: "told
# analysts at 11 a.m. that prices had risen every month")
_CLAUSE_BREAK = re.compile(r"(?<![ap]\.m)[.!?;]\s|\n")  # (not "5:30 a.m. to 11 p.m.")
# A verb in the past between a set or a word of habit and a clock: another clause, a
# happening ("patrol the estate every night and found the body at 2 a.m.", "who visits
# the region every year, landed at 8 a.m.")
_PAST_BETWEEN = re.compile(r"\b(?:was|were|had|did)\b|(?:,|\band\b|\bbut\b)[ \t]+"
                           rf"(?:[a-z]+[ \t]+){{0,3}}?(?:[a-z]{{2,}}ed|{PAST_IRREGULAR_RE})\b")
CLAUSE_REACH = 300  # characters around a clock within which its clause's day or verb is read
HABIT_REACH = 50  # characters back from a clock to the word of habit that governs it
# What bounds a standing rule, before its first or last day: "starting on 22 February"
_REGIME_BOUND_BEFORE = re.compile(
    r"\b(?i:since|until|till|through|thru|starting|beginning|from)(?:[ \t]+on)?[ \t]+$"
)
_OWN_DAY_IN_CLOCK = re.compile(rf"(?i:{lx.WEEKDAY_RE}|{lx.MONTH_RE}|today|tonight|tomorrow|"
                               r"yesterday|this|last|next|\d[./-]\d+[./-])")


def _habitual_clocks(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Clock times told of a habit or a standing rule, in a sentence with a set ("every
    day", "six days a week", "on Fridays", "twice a day") in the clock's own clause, or
    with a word of habit ("usually") just before it, no verb in the past between, or at
    either end of a range whose clause tells a standing rule's span or frequency
    (`_in_standing_range`: "from 6 p.m. to 6 a.m. until further notice", "every 30 minutes
    from 5:40 a.m. to 11:10 p.m.") or before the day a rule starts ("by 11pm from 1
    December"), and no day of their own or their clause's:
    a time of no particular day, as TimeML values it ("The Metro runs from 5:30 a.m. to
    11 p.m. every day": XXXX-XX-XXT05:30)."""
    sets = [e for e in expressions if e.type is TimexType.SET and "PT" not in e.value]
    # (not a frequency within a day: "extra trains every hour since noon" on one day)
    if not sets and not _HABITUAL_WORD.search(text) and not (
        any(e.type is TimexType.TIME and (range_opens(text, e)
                                          or _RULE_STARTS_AFTER.match(text, e.end))
            for e in expressions)
        and (_REGIME_SPAN.search(text) or _REGIME_OPENS.search(text))
    ):  # (no set, no word of habit, no clock of a standing rule: nothing to read)
        return expressions
    starts = [0] + [m.end() for m in _CLAUSE_BREAK.finditer(text)]  # each sentence's start

    def sentence_of(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    set_starts = [e.start for e in sets]  # (each set and day looked at within CLAUSE_REACH
    # characters of a clock: a run-on line of thousands of dates stays linear)
    days = [e for e in expressions
            if e.type in (TimexType.DATE, TimexType.TIME) and e.start_date is not None
            and e.start_date == e.end_date and not _BARE_CLOCK_VALUE.fullmatch(e.value)
            and not _REGIME_BOUND_BEFORE.search(text, max(0, e.start - 20), e.start)]
    # (a day the sentence tells keeps its clocks' day: "on Friday from 10 am to 1 pm"; not
    # a month, "Until the end of September", nor the day a rule starts or ends: "every
    # Sunday at 7 a.m., starting on 22 February", "daily through April 15")
    day_starts = [e.start for e in days]

    def told_day(clock: TimeExpression) -> bool:
        """Whether a day of the clock's own clause is told beside it."""
        return any(
            sentence_of(e.start) == sentence_of(clock.start)
            and not _CLAUSE_JOINT.search(text, min(e.end, clock.end), max(e.start, clock.start))
            for e in days[bisect.bisect_left(day_starts, clock.start - CLAUSE_REACH) :
                          bisect.bisect_right(day_starts, clock.end + CLAUSE_REACH)]
        )  # (not another clause's: "at the base, where 1,800 have slept since April 18")

    clocks = [e for e in expressions
              if e.type is TimexType.TIME and _BARE_CLOCK_VALUE.fullmatch(e.value)]
    clock_index = {id(e): index for index, e in enumerate(clocks)}
    result = []
    for expression in expressions:
        clock = _BARE_CLOCK_VALUE.fullmatch(expression.value)
        if (
            clock is not None and expression.type is TimexType.TIME
            and not _OWN_DAY_IN_CLOCK.search(expression.text) and not told_day(expression)
        ):
            sentence = sentence_of(expression.start)
            start = starts[sentence]
            habitual = any(
                not _CLAUSE_JOINT.search(text, min(e.end, expression.end),
                                         max(e.start, expression.start))
                and not _PAST_BETWEEN.search(text, min(e.end, expression.end),
                                             max(e.start, expression.start))
                for e in sets[bisect.bisect_left(set_starts, expression.start - CLAUSE_REACH) :
                              bisect.bisect_right(set_starts, expression.end + CLAUSE_REACH)]
                if sentence_of(e.start) == sentence
            ) or _in_standing_range(text, clocks, clock_index[id(expression)], start) or any(
                not _PAST_BETWEEN.search(text, word.end(), expression.start)
                and "," not in text[word.end() : expression.start]
                for word in _HABITUAL_WORD.finditer(
                    text, max(start, expression.start - HABIT_REACH), expression.start)
            )  # ("usually from first light until about 4pm"; not "usually calm, but the
            # water rose sharply at 4 a.m.", nor "meet at about ten ..., usually before noon")
            if habitual:
                expression = expression.model_copy(update={
                    "value": f"XXXX-XX-XX{clock.group(1)}", "start_date": None,
                    "end_date": None})  # fmt: skip
        result.append(expression)
    return result


# A clock range ("from 6 p.m. to 6 a.m.", "between 10 a.m. and 8 p.m.") in a clause that
# tells how long a standing rule runs: "until further notice", "until August 31", "during
# the campaign" (not "the road was closed from 7:00 until 16:00", nor "until Friday" after
# one clock, the end of that one span)
_NOT_ONE_PERIOD = (  # (no rule "during" one night or weekend: "between 10 p.m. and 5 a.m.
    # during the weekend")
    r"(?![ \t]+(?:the[ \t]+|this[ \t]+|that[ \t]+)?(?:weekend|night|day|morning|afternoon|"
    r"evening|week|holiday)\b)"
)
_RANGE_JOINT = re.compile(r"[ \t]*(?:[-–][ \t]*|(?i:to|until|till|and)[ \t]+)")
_RULE_SPAN_WORDS = rf"until[ \t]+further[ \t]+notice|during{_NOT_ONE_PERIOD}"
# The day a rule starts, after its clocks: "from Monday", "starting on 1 December" (a day,
# not a clock: not "from 10am to noon and from 2pm")
_RULE_STARTS = (
    r"(?i:from|starting|beginning)(?:[ \t]+on)?[ \t]+(?:(?i:next)[ \t]+)?"
    rf"(?i:{lx.MONTH_RE}|{lx.WEEKDAY_RE}|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{lx.MONTH_RE}|tomorrow)"
)
_REGIME_SPAN = re.compile(
    rf"\b(?i:{_RULE_SPAN_WORDS})\b"
    rf"|\b(?i:until|till|through|since)[ \t]+(?i:the[ \t]+end[ \t]+of[ \t]+|mid-?)?"
    rf"(?i:{lx.MONTH_RE}|{lx.WEEKDAY_RE}|\d)|\b{_RULE_STARTS}"
)
_RULE_STARTS_AFTER = re.compile(rf"[ \t]*,?[ \t]+{_RULE_STARTS}")  # right after one clock
_REGIME_OPENS = re.compile(  # before it, or a rule's own noun: "A curfew from 9 p.m.", or a
    # frequency within the day: "run every 30 minutes from 5:40 a.m. to 11:10 p.m."
    rf"\b(?i:{_RULE_SPAN_WORDS}|curfews?|"
    r"(?:opening|office|school|summer|winter|working|business|visiting|trading)[ \t]+hours|"
    r"every[ \t]+(?:\d+|few|two|three|four|five|ten|fifteen|twenty|thirty|half[ \t]+an?)"
    r"[ \t]+(?:minutes|hours|hour)|every[ \t]+hour|(?:half-)?hourly)\b"
)
REGIME_REACH = 60  # characters after a clock range within which its rule's span is told
_PAST_OF_CLAUSE = re.compile(
    rf"\b(?:was|were|had|did|(?!(?:speed|need|seed|feed|bleed|breed|hundred|red)\b)[a-z]{{2,}}ed|"
    rf"{PAST_IRREGULAR_RE})\b"
)  # (not "The speed limit is cut from 10 p.m.")
_INFINITIVE_TO = re.compile(r"\bto[ \t]+(?=[a-z])")  # what the infinitive tells is the rule
_PERFECT_OR_PASSIVE_BEFORE = re.compile(
    r"\b(?:is|are|be|been|being|has|have|will|would|may|must)[ \t]+(?:[a-z]+[ \t]+)?$"
)


def _in_standing_range(text: str, clocks: list[TimeExpression], index: int, start: int) -> bool:
    """Whether `clocks[index]` (of the clock times in text order) is one end of a clock
    range whose clause (from `start`, its sentence's) tells a standing rule's span, start or
    frequency, or a clock right before the day a rule starts, with no verb in the past
    before it: "stay ashore from 6 p.m. to 6 a.m. until further notice", "During Ramadan,
    offices open from 9 a.m. to 2 p.m.", "switched off by 11pm from 1 December"."""
    clock = clocks[index]
    first, last = clock, clock
    if range_opens(text, clock):
        if index + 1 < len(clocks) and _RANGE_JOINT.fullmatch(text, clock.end,
                                                              clocks[index + 1].start):
            last = clocks[index + 1]
    elif index > 0 and range_opens(text, clocks[index - 1]) and _RANGE_JOINT.fullmatch(
        text, clocks[index - 1].end, clock.start
    ):
        first = clocks[index - 1]
    one_clock = first is last
    if one_clock and not _RULE_STARTS_AFTER.match(text, clock.end):
        return False  # (one clock from the day a rule starts: "switched off by 11pm from 1
        # December"; not "every 15 minutes from midnight", that one night's)
    start = max(start, first.start - CLAUSE_REACH)
    for joint in _CLAUSE_JOINT.finditer(text, start, first.start):
        start = joint.end()  # (the clause's own verbs: "said on Monday that six posts would")
    for infinitive in _INFINITIVE_TO.finditer(text, start, first.start):
        start = infinitive.end()  # ("were told to stay ashore from 6 p.m. to 6 a.m.")
    if any(
        not _PERFECT_OR_PASSIVE_BEFORE.search(text, max(start, verb.start() - 30), verb.start())
        for verb in _PAST_OF_CLAUSE.finditer(text, start, first.start)
    ):
        return False
    if one_clock:
        return True
    after = text[last.end : last.end + REGIME_REACH]
    after = after[: m.start()] if (m := _CLAUSE_BREAK.search(after)) else after
    return bool(_REGIME_SPAN.search(after) or _REGIME_OPENS.search(text, start, first.start))


_LOOK_BACK = re.compile(r"(?i:\b(?:previous|prior|before|earlier)\b)")
# A thing named by its day, long ago: "the Ash Wednesday fires of February 16, 1983"
_THING_OF_BEFORE = re.compile(
    r"\bthe[ \t]+(?:[\w'’-]+[ \t]+){0,2}(?!(?:hours|night|morning|evening|afternoon|day|dawn|eve|"
    r"spring|summer|autumn|fall|winter|week|weekend|month|year|end|start|beginning|middle)\b)"
    r"[a-z]{3,}[ \t]+of[ \t]+$"
)
_YEAR_WRITTEN = re.compile(r"\b\d{4}\b")
ASIDE_OF_DAYS = 366  # how long ago such a day must be to be an aside


def _tell_day(ctx: Context, expression: TimeExpression, res: Resolution, end: int) -> None:
    """Make the expression's day the last day told, keeping the day before it when it
    looks back from that one ("on Sunday, August 19 ... the previous evening")."""
    if res.anaphoric and _LOOK_BACK.search(expression.text):
        if ctx.before_look_back is None:
            ctx.before_look_back = ctx.reference
    else:
        ctx.before_look_back = None
    ctx.reference, ctx.reference_day_end = expression.start_date, end


_ON_GAP = re.compile(r"[ \t]*(?:\)[ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?[ \t]+on[ \t]+")
_OVERNIGHT_VALUE = re.compile(r"T(NI)$")
_FOLLOWING_DAY = re.compile(r"(?i:the\s+(?:next|following)\s+day)")
_NEXT_DAY = re.compile(r"(?i:the\s+(?:next|following|previous|prior)\s+day|that\s+day)")
_DAY_IN_CLOCK = re.compile(rf"\b(?:{lx.WEEKDAY_RE}|today|tonight|tomorrow|yesterday)\b", re.I)


DAY_PARTS_KEPT = 3  # days told with a part of the day that clock times may go back to
WRITTEN_DAYS_KEPT = 8  # days written that "that Saturday" may go back to
_EARLY_DAY = re.compile(r"(?i:early)\b")
_EARLY_BEFORE = re.compile(r"\b(?i:early)\s+(?:on\s+)?$")


# A day told as a vote's: "votes cast on Friday", "voted on Sunday", "yesterday's general
# election", "Sunday's referendum"
_VOTE_DAY_BEFORE = re.compile(
    r"\b(?:(?:votes?|ballots?)[ \t]+(?:were[ \t]+)?cast|voted|went[ \t]+to[ \t]+the[ \t]+polls)"
    r"[ \t]+(?:on[ \t]+)?$",
    re.IGNORECASE,
)
_VOTE_DAY_AFTER = re.compile(
    r"['’]s[ \t]+(?:(?:general|presidential|parliamentary|legislative|local|municipal|snap|"
    r"national|regional|state|federal)[ \t]+)?(?:election|elections|vote|poll|polls|ballot|"
    r"referendum|runoff|run-off)\b",
    re.IGNORECASE,
)
VOTE_REACH = 30  # characters before a day searched for the vote it is the day of


def _part_of_day(text: str, res: Resolution, expression: TimeExpression) -> str | None:
    """The part of the day a day-precise expression tells: "Sunday evening" EV, "early on
    Monday" EARLY; None for a plain day or a clock time."""
    if _DAY_PART_VALUE.match(res.value):
        return res.value[-2:]
    if expression.granularity is Granularity.DAY and (
        (res.mod == "START" and _EARLY_DAY.match(expression.text))
        or _EARLY_BEFORE.search(text, max(0, expression.start - 10), expression.start)
    ):
        return "EARLY"
    return None


# The part of the day between a clock time's "on" and its day: "at 10:40 on the night of"
_PART_OF_GAP = re.compile(r"(?i:the[ \t]+(morning|afternoon|evening|night)[ \t]+of[ \t]+)")
_MERIDIEM_TOLD = re.compile(r"(?i:[ap]\.?m\b|noon|midday|midnight)")
NIGHT_SMALL_HOURS_END = 6  # a night's clock before this hour is in its small hours, the day after


def _clocks_on_named_days(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A clock time written before "on" and a day its rule does not read ("at midnight on
    Hogmanay 1999", "at 9 a.m. on Boxing Day"): on that day."""
    # each time with the next date, or the one after the same time in another zone ("at
    # 3:42 a.m. EST (0842 GMT) on Jan. 19")
    pairs = [(number, clock, day) for number, clock in enumerate(expressions)
             for day in expressions[number + 1 : number + 3]]  # fmt: skip
    for number, clock, day in pairs:
        part = None
        if (
            clock.type is TimexType.TIME
            and day.type is TimexType.DATE
            and day.granularity is Granularity.DAY
            and day.start_date is not None
            and clock.start_date != day.start_date
            and ((time := CLOCK_OF_VALUE.search(clock.value)) is not None
                 or (time := _OVERNIGHT_VALUE.search(clock.value)) is not None
                 and clock.text.lower() == "overnight")
            and (
                ((gap := _ON_GAP.match(text, clock.end)) is not None
                 and (text[gap.end() : day.start] in ("", "the ", "The ")  # ("at 6.30 a.m.
                      # on the Sunday": that Sunday)
                      or (part := _PART_OF_GAP.fullmatch(text, gap.end(), day.start))))
                or (_NEXT_DAY.fullmatch(day.text) and text[clock.end : day.start] == " ")
            )  # ("at about 8 p.m. the next day": that day)
            and not _DAY_IN_CLOCK.search(clock.text)  # ("0200 GMT Wednesday": its own day)
        ):  # fmt: skip ("overnight on 27-28 September 2023": that night)
            told, on = time.group(1), day.start_date
            if part is not None and not _MERIDIEM_TOLD.search(clock.text):
                told = in_part_of_day(told, part.group(1).lower())  # ("at about 10:40
                # on the night of August 23": 22:40)
                if part.group(1).lower() == "night" and (
                    told := "00" + told[2:] if told[:2] == "12" else told
                ) < f"{NIGHT_SMALL_HOURS_END:02d}":
                    on += dt.timedelta(days=1)  # "at 1:30 on the night of March 4", "at
                    # 12:15 ...": its small hours, the day after
            value = f"{on.isoformat()}T{told}"
            expressions[number] = clock.model_copy(update={
                "value": value, "start_date": on, "end_date": on,
            })  # fmt: skip
    for number, (clock, other) in enumerate(itertools.pairwise(list(expressions))):
        if (
            clock.type is TimexType.TIME
            and other.type is TimexType.TIME
            and other.start_date is not None
            and clock.start_date != other.start_date
            and (time := CLOCK_OF_VALUE.search(clock.value)) is not None
            and _CLOCK_RANGE_JOINT.fullmatch(text, clock.end, other.start)
            and _DAY_WRITTEN_AFTER_CLOCK.search(other.text)
            and not _DAY_WRITTEN_AFTER_CLOCK.search(clock.text)
            and (end_time := CLOCK_OF_VALUE.search(other.value)) is not None
        ):  # "between 3am and 4am on Tuesday 13 August", "from 9am to 5pm on Saturday":
            # the range's day, written once after its second clock time; the day before
            # when the range runs over midnight ("from 22:00 until 07:00 on 25 August")
            on = other.start_date - dt.timedelta(days=int(time.group(1) > end_time.group(1)))
            expressions[number] = clock.model_copy(update={
                "value": f"{on.isoformat()}T{time.group(1)}", "start_date": on, "end_date": on,
            })  # fmt: skip
    return expressions


_CLOCK_RANGE_JOINT = re.compile(r"[ \t]*(?:and|to|until|till|-|–)[ \t]*")
_DAY_WRITTEN_AFTER_CLOCK = re.compile(
    rf"[ \t,]+(?:on[ \t]+)?(?:{lx.WEEKDAY_RE}|today|tonight|tomorrow|yesterday|{lx.MONTH_RE}|"
    r"\d{1,2}[ \t]+[A-Z])", re.IGNORECASE
)


_DATE_CLOCK_GAP = re.compile(r"[ \t]{1,3}")


def _dates_with_their_clocks(
    text: str, expressions: list[TimeExpression]
) -> list[TimeExpression]:
    """A written date and the clock time right after it, with no word between, as one
    TIME, as TimeML draws a stamp ("January 12, 2011 16:42 ET", "29.07.2035 21:40"; the
    clock first, "9:30 a.m., Sunday, August 17, 2031", is one already); not "February 9,
    2039 at 21:05" nor "Sunday 31 July 2033, 11:40 a.m.", two."""
    def with_its_clock(date: TimeExpression, expression: TimeExpression) -> TimeExpression | None:
        if (
            date.type is TimexType.DATE
            and date.granularity is Granularity.DAY
            and date.start_date is not None
            and expression.type is TimexType.TIME
            and (clock := CLOCK_OF_VALUE.search(expression.value)) is not None
            and _DIGIT.search(date.text)
            and _DATE_CLOCK_GAP.fullmatch(text, date.end, expression.start)
            and _DIGIT.match(expression.text)
            and not _DAY_IN_CLOCK.search(expression.text)
        ):
            return expression.model_copy(update={
                "text": text[date.start : expression.end], "start": date.start,
                "value": f"{date.start_date.isoformat()}T{clock.group(1)}",
                "start_date": date.start_date, "end_date": date.start_date,
            })  # fmt: skip
        return None

    return _join_adjacent(expressions, with_its_clock)


def _join_adjacent(
    expressions: list[TimeExpression],
    join: Callable[[TimeExpression, TimeExpression], TimeExpression | None],
) -> list[TimeExpression]:
    """`expressions`, each joined with the one (or the joined ones) before it where `join`
    makes the two one expression."""
    joined: list[TimeExpression] = []
    for expression in expressions:
        if joined and (one := join(joined[-1], expression)) is not None:
            joined[-1] = one
        else:
            joined.append(expression)
    return joined


# A part of a day named before the day: "the night of Oct. 4", "the morning of July 26", "the
# early hours of 15 November" (TimeML's one TIME: "2047-07-26TMO")
_PART_OF_BEFORE = re.compile(
    r"(?i:\bthe[ \t]+(?:(?P<part>morning|afternoon|evening|night)|(?:small|early|wee)[ \t]+"
    r"hours)[ \t]+of[ \t]+)$"
)
_NIGHT_INTO = re.compile(r"[ \t]+(?:into|to)[ \t]+")  # "the night of Saturday into Sunday"
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
PART_OF_REACH = 30  # characters back to "the" of "the early hours of"


def _days_with_their_parts(
    text: str, expressions: list[TimeExpression], *, spans: bool
) -> list[TimeExpression]:
    """A day with the part of it named before it as one TIME, as TimeML draws it: "the
    night of October 4, 1869" (1869-10-04TNI), "the early hours of 15 November" (its
    morning). Without `spans`, the day's span is kept (an event's date: the phrase before
    it stays the headline's to read, as "on the night of")."""
    parted: list[TimeExpression] = []
    night_of = False  # the last one kept is "the night of" a day
    for expression in expressions:
        start = expression.start
        if (
            night_of and parted[-1].start_date is not None
            and expression.start_date == parted[-1].start_date + dt.timedelta(days=1)
            and _NIGHT_INTO.fullmatch(text, parted[-1].end, start)
        ):  # "the night of Saturday into Sunday": that night, told by its two days
            parted[-1] = parted[-1].model_copy(update={
                "text": text[parted[-1].start : expression.end], "end": expression.end})
            night_of = False
            continue
        night_of = False
        if (
            expression.type is TimexType.DATE
            and expression.mod is None
            and _DAY_VALUE.fullmatch(expression.value)
            and (part_of := _PART_OF_BEFORE.search(text, max(0, start - PART_OF_REACH), start))
        ):
            part = lx.PARTS_OF_DAY[part_of.group("part").lower()] if part_of.group("part") else "MO"
            if parted and parted[-1].start >= part_of.start():
                parted.pop()  # "the night" read alone before
            start = part_of.start() if spans else expression.start
            expression = expression.model_copy(update={
                "text": text[start : expression.end], "start": start, "type": TimexType.TIME,
                "value": f"{expression.value}T{part}", "granularity": Granularity.TIME,
            })  # fmt: skip
            night_of = part == "NI"
        parted.append(expression)
    return parted


_PART_OF_DAY_TEXT = re.compile(
    r"(?:(?P<the>the)|this|that|last|yesterday|tomorrow)[ \t]+(?:morning|afternoon|evening|night)",
    re.IGNORECASE,
)
_CLOCK_PART_GAP = re.compile(r"[ \t]{1,3}(?P<in>in[ \t]{1,3})?", re.IGNORECASE)


def _clocks_with_their_parts(
    text: str, expressions: list[TimeExpression]
) -> list[TimeExpression]:
    """A clock time and the part of its day right after it as one TIME, as TimeML draws
    it: "9:30 this morning", "about 9:10 last night", "about 6:45 in the morning" (the
    clock's value, which reads the part after it already)."""
    def with_its_part(clock: TimeExpression, expression: TimeExpression) -> TimeExpression | None:
        if (
            clock.type is TimexType.TIME
            and expression.type is TimexType.TIME
            and CLOCK_OF_VALUE.search(clock.value)
            and clock.start_date is not None
            and (part := _PART_OF_DAY_TEXT.fullmatch(expression.text)) is not None
            and (gap := _CLOCK_PART_GAP.fullmatch(text, clock.end, expression.start))
            and (gap.group("in") is None) is (part.group("the") is None)
            and (clock.start_date == expression.start_date or gap.group("in") is not None)
        ):  # ("on Thursday at ten o'clock in the morning": the morning is Thursday's too,
            # though read alone it is the paper's day's)
            return clock.model_copy(update={"text": text[clock.start : expression.end],
                                            "end": expression.end})
        return None

    return _join_adjacent(expressions, with_its_part)


PARENTHESES_REACH = 40  # characters back to the "(" of another zone's time


def _in_parentheses_after_time(
    text: str, start: int, expressions: list[TimeExpression]
) -> bool:
    """Whether `start` is inside parentheses opened just after a clock time ("on Sunday
    (22:15 UTC on Saturday)"): the same moment in another zone."""
    lo = max(0, start - PARENTHESES_REACH)
    opened = text.rfind("(", lo, start)
    if opened < 0 or text.rfind(")", opened, start) >= 0:
        return False
    return any(e.type is TimexType.TIME and e.end <= opened and opened - e.end <= 30
               for e in expressions[-4:-1])  # fmt: skip


_OF_AFTER = re.compile(r"[ \t]+of[ \t]+")


_APPOSED = re.compile(r",[ \t]+(?:the[ \t]+)?")  # ("from Tuesday, the Armistice Day holiday")
DAYS_IN_WEEK = 7
_FEAST_WEEKDAY = re.compile(rf"{lx.FEAST_WEEKDAY_WORD}[ \t]+{lx.WEEKDAY_NAME_RE}")


def _feasts_with_their_days(
    text: str, expressions: list[TimeExpression]
) -> list[TimeExpression]:
    """Two expressions side by side that name one day, the second's day given to the
    first (or the first's to the second): a feast named by its weekday and the day after it
    ("Easter Monday, 21 April 2014": not this year's Easter Monday); a weekday and the feast
    apposed to it ("on Friday, New Year's Eve"); a moving feast and the day it is expected
    on ("Eid al-Fitr, expected on August 2"); a day and the feast in brackets after it
    ("Mon 9 Jun (King's Birthday)"); a weekday and its feast's name after "'s" ("before
    Wednesday's All Saints' Day holiday"). `feast` is the first of the pair, `day` the
    second, whichever names the feast."""
    for number, (feast, day) in enumerate(zip(expressions, expressions[1:], strict=False)):
        if (
            feast.granularity is Granularity.DAY
            and day.granularity is Granularity.DAY
            and day.start_date is not None
            and feast.start_date != day.start_date
            and _FEAST_WEEKDAY.fullmatch(feast.text)
            and _DIGIT.search(day.text)
            and (weekday := lx.weekday_number(feast.text.split()[-1])) is not None
            and day.start_date.weekday() == weekday
            and (gap := _APPOSED.match(text, feast.end)) is not None
            and gap.end() == day.start
        ):
            expressions[number] = _on_day_of(feast, day)
        elif (
            _BARE_WEEKDAY.fullmatch(feast.text)
            and feast.start_date is not None
            and day.granularity is Granularity.DAY
            and day.start_date is not None
            and feast.start_date != day.start_date
            and day.text[:1].isupper()
            and not _DIGIT.search(day.text)
            and (weekday := lx.weekday_number(feast.text.split()[-1])) is not None
            and day.start_date.weekday() == weekday
            and abs((day.start_date - feast.start_date).days) <= DAYS_IN_WEEK
            and (gap := _APPOSED.match(text, feast.end)) is not None
            and gap.end() == day.start
        ):  # "had expected extra passengers on Friday, New Year's Eve": the feast's day
            expressions[number] = _on_day_of(feast, day)
        elif (
            _BARE_WEEKDAY.fullmatch(feast.text)  # (here a weekday, then its feast's name)
            and day.granularity is Granularity.DAY
            and day.start_date is not None
            and feast.start_date != day.start_date
            and not _DIGIT.search(day.text)
            and (weekday := lx.weekday_number(feast.text)) is not None
            and day.start_date.weekday() == weekday
            and _POSSESSIVE_GAP.fullmatch(text, feast.end, day.start)
        ):  # "before Wednesday's All Saints' Day holiday": the Wednesday the feast falls on
            expressions[number] = _on_day_of(feast, day)
        elif (
            feast.granularity is Granularity.DAY
            and feast.start_date is not None
            and day.granularity is Granularity.DAY
            and day.start_date is not None
            and feast.start_date != day.start_date
            and not _DIGIT.search(feast.text) and _DIGIT.search(day.text)
            and abs((day.start_date - feast.start_date).days) <= MOON_SIGHTING_DAYS
            and (gap := _FEAST_EXPECTED_ON.match(text, feast.end)) is not None
            and gap.end() == day.start
        ):  # "For Eid al-Fitr, expected on August 2": the day the moon is expected to
            expressions[number] = _on_day_of(feast, day)  # give, not the table's
        elif (
            feast.granularity is Granularity.DAY  # (here the day, then the feast)
            and feast.start_date is not None
            and day.granularity is Granularity.DAY
            and day.start_date is not None
            and feast.start_date != day.start_date
            and _DIGIT.search(feast.text) and not _DIGIT.search(day.text)
            and abs((day.start_date - feast.start_date).days) <= FEAST_MOVED_DAYS
            and _BRACKET_OPENS.fullmatch(text, feast.end, day.start)
        ):  # "Mon 9 Jun (King's Birthday)": the feast kept that year on the day told
            expressions[number + 1] = _on_day_of(day, feast)
    return expressions


_BRACKET_OPENS = re.compile(r"[ \t]*\([ \t]*")
_POSSESSIVE_GAP = re.compile(r"['’]s[ \t]+")
FEAST_MOVED_DAYS = 31  # how far a day told may move a feast named beside it from the table's

MOON_SIGHTING_DAYS = 3  # how far a feast told with its expected day may be from the table's
_FEAST_EXPECTED_ON = re.compile(
    r"[ \t]*[,(][ \t]*(?:which[ \t]+(?:is|falls)|expected|due|falling|set)[ \t]+"
    r"(?:(?:to[ \t]+fall|to[ \t]+be)[ \t]+)?(?:on[ \t]+|this[ \t]+year[ \t]+on[ \t]+)?"
)


def _on_day_of(expression: TimeExpression, day: TimeExpression) -> TimeExpression:
    """`expression` with the value and interval of `day`, its span kept."""
    return expression.model_copy(update={
        "value": day.value, "start_date": day.start_date, "end_date": day.end_date})


# A named day and the date written beside it: "Family Day, 12 April", "Human Rights Day
# falls on Sunday 21 March", "Workers' Day is on Saturday 1 May"
_NAMED_DAY_BEFORE = re.compile(
    r"(?<![\w'’])(?P<name>(?!(?:The|This|That|Each|Every|Next|Last|One|Any|Same)\b)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+Day)"
    r"(?:,[ \t]+|[ \t]+(?:(?:falls|fell|is|was|will[ \t]+(?:be|fall))[ \t]+)?on[ \t]+)$"
)
# ... and after it, in apposition: "Tuesday 5 November 2069, Melbourne Cup Day, a public
# holiday"
_NAMED_DAY_AFTER = re.compile(
    r",[ \t]+(?P<name>(?!(?:The|This|That|Each|Every|Next|Last|One|Any|Same)\b)"
    r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]+Day)(?![\w'’-])"
)
_BARE_ON = re.compile(r"Day[ \t]+on[ \t]+$")
NAMED_DAY_REACH = 60  # characters before a date searched for the day's name


def _named_days_with_their_dates(
    text: str, expressions: list[TimeExpression]
) -> list[TimeExpression]:
    """A day named before the date it is written with ("Freedom Day, Tuesday 27 April",
    "Human Rights Day falls on Sunday 21 March") is that date, whatever the calendar
    would have made of its name (the UN's 10 December) or if it knows no such day; its
    name elsewhere in the text, the same."""
    named: dict[str, TimeExpression] = {}  # name -> the date written with it
    for number, day in enumerate(expressions):
        if (
            day.granularity is Granularity.DAY and day.start_date is not None
            and _FOUR_DIGITS.search(day.text)  # (written with its year)
            and (after := _NAMED_DAY_AFTER.match(text, day.end)) is not None
        ):  # fmt: skip ("Tuesday 5 November 2069, Melbourne Cup Day": so is "Cup Day" later)
            words = after["name"].split()
            for first in range(len(words) - 1):
                named.setdefault(" ".join(words[first:]), day)
        if day.granularity is not Granularity.DAY or day.start_date is None or not (
            before := _NAMED_DAY_BEFORE.search(text, max(0, day.start - NAMED_DAY_REACH),
                                               day.start)
        ):
            continue
        if _DIGIT.search(day.text):
            if not _BARE_ON.search(before.group(0)):  # (not "Boxing Day on 26 December")
                named.setdefault(before["name"], day)
        elif (weekday := lx.weekday_number(day.text)) is not None and (
            feast := next((e for e in expressions if e.start == before.start("name")
                           and e.end == before.end("name")), None)  # fmt: skip
        ) and feast.start_date is not None and feast.start_date.weekday() == weekday:
            expressions[number] = _on_day_of(day, feast)  # "Christmas Day is on Saturday
            # and Boxing Day on Sunday": those days
    if not named:
        return expressions
    result = []
    for expression in expressions:
        written = named.get(expression.text)
        if written is not None and expression.granularity is Granularity.DAY and (
            expression.value != written.value
        ):
            expression = _on_day_of(expression, written)
        result.append(expression)
    for name, day in named.items():  # a name the calendar does not know: beside its date
        for told in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):  # and
            start = told.start()  # wherever else it is named
            if not any(e.start < start + len(name) and start < e.end for e in result):
                result.append(day.model_copy(update={"text": name, "start": start,
                                                     "end": start + len(name)}))  # fmt: skip
    return sorted(result, key=lambda e: e.start)


def _weekends_of(text: str, expressions: list[TimeExpression]) -> list[TimeExpression]:
    """"the weekend of 18-19 November 2023": that weekend, not the paper's last one."""
    for number, (weekend, day) in enumerate(zip(expressions, expressions[1:], strict=False)):
        if (
            weekend.value.endswith("-WE")
            and day.start_date is not None
            and day.granularity is Granularity.DAY
            and (of := _OF_AFTER.match(text, weekend.end)) is not None
            and of.end() == day.start
        ):
            value = f"{week_value(day.start_date)}-WE"
            interval = interval_of(value)
            start, end = (interval[0], interval[1]) if interval else (None, None)
            expressions[number] = weekend.model_copy(
                update={"value": value, "start_date": start, "end_date": end}
            )
    return expressions


# "9.30pm on Sunday", "6:30 p.m. on March 24": the clock time, then its day after "on"
_CLOCK_ON_DAY = re.compile(
    r"(?P<clock>.*?\S)(?<!\bthe),?\s+(?:on\s+(?P<day>\S.*)|"
    r"(?P<relative>(?:last|this\s+past|next)\s.*))",
    re.DOTALL | re.IGNORECASE,
)  # ("at 3:20 a.m. last Saturday": "3:20 a.m." and "last Saturday"; not "04:10 the next
# morning", one TIME)
_DAY_OF_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?=T)")
_CLOCK_PART = re.compile(r"\d|noon|midnight|midday", re.IGNORECASE)


# "three weeks later", "a month earlier", "less than two weeks later": weeks and months
# counted from a date told (days are durations already; "a year earlier" stays a date)
_COUNTED_WEEKS = re.compile(
    r"(?P<core>(?P<quantity>.*?)[\s-]*\b(?P<unit>weeks?|fortnights?|months?))"
    r"\s+(?:later|earlier|before|after)",
    re.IGNORECASE,
)
# Years counted on, not back ("four years later"; "a year earlier" stays a date)
_COUNTED_YEARS_ON = re.compile(
    r"(?P<core>(?P<quantity>.*?)[\s-]*\b(?P<unit>years?|decades?))\s+(?:later|after)",
    re.IGNORECASE,
)


def counted_as_durations(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """Weeks or months counted from a date told ("Eleven weeks later, the bridge fell"),
    or years counted on ("four years later"), as the duration TimeML annotates ("Eleven
    weeks", P11W; "later" is its signal), not the date they reach, which the event stage
    keeps; the rest as they are."""
    counted: list[TimeExpression] = []
    for expression in expressions:
        found = (
            _COUNTED_WEEKS.fullmatch(expression.text)
            or _COUNTED_YEARS_ON.fullmatch(expression.text)
            if expression.type is TimexType.DATE and expression.text.endswith(
                ("later", "earlier", "before", "after"))
            else None
        )
        quantity = found and re.sub(rf"^(?:{lx.QUANT_MOD_RE})\s+", "", found["quantity"],
                                    flags=re.IGNORECASE)  # fmt: skip
        number = lx.parse_number(quantity) if found and quantity else None
        if found is None or number is None or (unit := lx.unit_of(found["unit"])) is None:
            counted.append(expression)
            continue
        counted.append(expression.model_copy(update={
            "text": found["core"], "end": expression.start + found.end("core"),
            "type": TimexType.DURATION, "value": duration_value(number, unit),
            "mod": quant_mod(found["core"]), "granularity": None, "start_date": None,
            "end_date": None,
        }))  # fmt: skip
    return counted


# "next Friday, October 12", "Next Saturday, 21 May": a weekday told with last/next/this,
# then its date after a comma
_MODIFIED_WEEKDAY_DATE = re.compile(
    rf"(?P<weekday>(?:last|next|this(?:\s+(?:past|coming))?)\s+{lx.WEEKDAY_RE}),\s+(?P<date>\S.*)",
    re.DOTALL | re.IGNORECASE,
)


def split_modified_weekdays(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A weekday with "last", "next" or "this" and its date after a comma ("next Friday,
    October 12") as two expressions of the same day, as annotators of TimeML write them;
    the rest as they are. (Without the word, "Friday, October 12" is one.)"""
    split: list[TimeExpression] = []
    for expression in expressions:
        parts = _MODIFIED_WEEKDAY_DATE.fullmatch(expression.text)
        if expression.type is not TimexType.DATE or parts is None:
            split.append(expression)
            continue
        start = expression.start
        split.append(expression.model_copy(
            update={"text": parts["weekday"], "end": start + parts.end("weekday")}))
        split.append(expression.model_copy(
            update={"text": parts["date"], "start": start + parts.start("date")}))
    return split


def split_clock_days(expressions: list[TimeExpression]) -> list[TimeExpression]:
    """A clock time written with its day after "on" as two expressions, the TIME and
    the DATE (its day), as TimeML annotates them; the rest as they are."""
    if not any(e.type is TimexType.TIME and (" on" in e.text or " last" in e.text
               or " next" in e.text or " this" in e.text) for e in expressions):  # fmt: skip
        return expressions
    split: list[TimeExpression] = []
    for expression in expressions:
        parts = _CLOCK_ON_DAY.fullmatch(expression.text)
        day = _DAY_OF_VALUE.match(expression.value)
        if (
            expression.type is not TimexType.TIME or parts is None or day is None
            or not _CLOCK_PART.search(parts["clock"])  # (not "the next morning")
        ):
            split.append(expression)
            continue
        start = expression.start
        split.append(expression.model_copy(
            update={"text": parts["clock"], "end": start + parts.end("clock")}))
        part = "day" if parts["day"] is not None else "relative"
        kind, value = TimexType.DATE, day.group()
        if (told := _PART_OF_DAY_END.search(parts[part])) is not None:  # "on Monday night":
            kind, value = TimexType.TIME, f"{value}T{lx.PARTS_OF_DAY[told.group(1).lower()]}"
        split.append(expression.model_copy(update={
            "text": parts[part], "start": start + parts.start(part), "type": kind,
            "value": value, "mod": None,
            "granularity": Granularity.TIME if kind is TimexType.TIME else Granularity.DAY}))
    return split


# The part of the day after a clock's day: "on Monday night" (its day's night, a TIME)
_PART_OF_DAY_END = re.compile(r"[ \t](morning|afternoon|evening|night)\b", re.IGNORECASE)
