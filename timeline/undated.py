"""Publication dates for undated articles: from another report of the same story, or
from the article's own dates (the latest day it writes, the latest period it tells, a
birthday or an anniversary it counts to), never from today's date."""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import chain

from timeline.dates import (
    REPLY_LABEL,
    SINCE_BEFORE,
    entry_stamps,
    resolve_dates,
    running_heads,
)
from timeline.dates import lexicon as lx
from timeline.dates.calendar import day_months_away, month_end, safe_day, shift_months
from timeline.dates.named import UNANCHORED_HOLIDAY_YEAR
from timeline.dates.tense import Tense, TenseIndex
from timeline.entities import (
    COMPASS_WORDS,
    NOT_NAMES,
    OFFICE_WORDS,
    ORG_WORDS,
    PERSON_TITLES,
    PLACE_HEADS,
    ROLE_WORDS,
    find_entities,
)
from timeline.events.headline import IRREGULAR_PAST, SAME_FORM_PAST
from timeline.events.spans import year_in_a_name
from timeline.models import Article, Granularity, RawArticle, TimeExpression, TimexType
from timeline.text import (
    COPYRIGHT_LINE,
    DASHLESS_WIRE_TAG,
    PLAN_FOR_BEFORE,
    URL_LINE,
    in_quotation,
    sentences,
)

FOOT_CHARS = 1500  # characters at a page's foot searched for its last edit
SAME_STORY_MIN_OVERLAP = 0.12  # share of title/lead words two reports of one story share
INFERENCE_WINDOW_DAYS = 3  # how far a same-story date may move to fit the article's own dates
STORY_SPAN_DAYS = 366  # how far from its reports a page's own dates may date it, when they
# contradict every day near them
FOLLOW_UP_DAYS = 7  # how far after its last report a follow-up may be dated (by its weekdays)
STORY_CHARS = 1500  # how much of an article is compared to find the same story
CHECK_HEAD_CHARS = 600  # the head of an article where its weekday-dated dateline stands
ISO_WEEKS = 53  # weeks in an ISO year, at most
_FULL_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_FULL_VALUE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_YEAR_LESS_DAY = re.compile(r"^XXXX-(\d{2})-(\d{2})$")
_WITH_YEAR = re.compile(r"^\d{4}(?!\d)")  # "2026-Q4", "2024-03", "2008"
# A bound, not a time told: "enough cash to last until mid-2028", "the first since 2016"
_LIMIT_BEFORE = re.compile(
    r"\b(?:(?:to|will|would|could|can|should|must|may|might)\s+[a-z]+\s+(?:[a-z]+\s+)?"
    r"(?:until|till|through)|by|before|since)\s+$",
    re.IGNORECASE,
)  # (a past "until June 2021" tells a period that ended)
# A year's own happening told after it: "the first time ... since 2045, when a downpour cut
# the evening concert short": that year is told, not only a start
_WHEN_PAST_AFTER = re.compile(
    rf",?[ \t]+when[ \t]+(?:[\w'’-]+[ \t]+){{1,4}}?"
    rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PAST}|{SAME_FORM_PAST})\b"
)
_WIRE_DAY_AFTER = re.compile(
    rf"\s*(?:\([A-Za-z .]{{2,20}}\)\s*)?\.?[-—–]|[ \t]*{DASHLESS_WIRE_TAG}"
)  # "Nov 3 (Reuters) -", "Jul 9 (EFE).-", "Ferozepur, Oct 5 (PTI) The death toll" (no dash)
# A period still running ("so far in 2025") and one still to come ("a book due out in 2028")
_SO_FAR_BEFORE = re.compile(r"\b(?:so\s+far|to\s+date|thus\s+far|year\s+to\s+date)\s+in\s+$",
                            re.IGNORECASE)  # fmt: skip
_PLANNED_BEFORE = re.compile(
    r"\b(?:due|expected|scheduled|set|planned|slated)\s+(?:out\s+|back\s+|to\s+[a-z]+\s+)?"
    r"(?:in|for|by|until)\s+$",
    re.IGNORECASE,
)
# A feast's name, with no figures, weekday or word of the paper's day: "Epiphany", "Good
# Friday", "Christmas Eve" (not "Thursday" in "tomorrow, Thursday")
_FEAST_NAME = re.compile(
    rf"(?!(?i:{lx.WEEKDAY_RE}|today|tonight|tomorrow|yesterday)$)[A-Z][^\d]*"
)
_PLAN_MOVED_BEFORE = re.compile(
    r"\b(?:postponed|moved|pushed[ \t]+back|brought[ \t]+forward|rescheduled|delayed|"
    r"put[ \t]+off)[ \t]+(?:from|until|till|to)[ \t]+$", re.IGNORECASE
)
_HOLIDAY_WEEKDAY_BEFORE = re.compile(rf"\b({lx.WEEKDAY_NAME_RE}),[ \t]+$")
HOLIDAY_WEEKDAY_REACH = 12  # characters back from a day to a feast's weekday before it
_WEEKDAY_AFTER = re.compile(rf",?\s+(?:a|which\s+was\s+a)\s+({lx.WEEKDAY_NAME_RE})\b")
_NOT_THE_DAY = ("last ", "next ", "this ")  # "last Friday" is not the paper's day


def _story_words(article: RawArticle | Article) -> set[str]:
    head = f"{article.title} {article.text[:STORY_CHARS]}"
    words = {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]{3,}", head)}
    names = {e.name.lower() for e in find_entities(article.text[:STORY_CHARS])}
    return words | names


# A proper name in running text: a capitalised word inside a sentence, or one in capitals
_INNER_CAPITALISED = re.compile(
    r"(?<=[a-z,;:] )[A-ZÀ-Þ][a-zà-ÿ'’-]{3,}|\b[A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,}\b")
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ'’-]{3,}")
SAME_STORY_MIN_NAMES = 4  # names two reports of one story share, when few other words
SAME_STORY_NAMES_MIN_OVERLAP = 0.04  # ... and the share of words they share at least
_NOT_STORY_NAMES = (frozenset((*lx.WEEKDAYS, *lx.MONTHS)) | ORG_WORDS | PERSON_TITLES | ROLE_WORDS
                    | OFFICE_WORDS | COMPASS_WORDS | PLACE_HEADS | NOT_NAMES)  # (the words of
# any institution's or place's name: "Ministry", "Officer", "News", "North")


def _story_names(article: RawArticle | Article) -> set[str]:
    """The proper names of an article's head that it never writes in lower case ("Zinga",
    "Kolongo", "SCEVN"): what a line-up and a ministry's statement of one grounding
    share, where they share few other words."""
    head = article.text[: 2 * STORY_CHARS]
    lower = {word.lower() for word in _LOWER_WORD.findall(article.text)}
    return {name for word in _INNER_CAPITALISED.findall(head)
            if (name := word.lower().strip("'’-")) not in lower
            and name not in _NOT_STORY_NAMES}  # fmt: skip


@dataclass(frozen=True)
class Story:
    """What same-story inference needs of a dated article, without its text.

    `words` are the hashes of its title and lead words, `names` of its head's proper
    names (about 1 KB an article).
    """

    id: str
    published: dt.date
    words: array[int]
    names: array[int] = field(default_factory=lambda: array("q"))


def story_of(article: Article) -> Story:
    """The story signature of a dated article."""
    words = array("q", sorted({hash(word) for word in _story_words(article)}))
    names = array("q", sorted({hash(name) for name in _story_names(article)}))
    return Story(article.id, article.published, words, names)


def _anchored_at(raw: RawArticle, candidate: dt.date) -> list[TimeExpression]:
    """The article's dates read as if it were published on `candidate`."""
    return resolve_dates(raw.text, candidate, join_clock_days=True, day_first=raw.day_first)


def _contradicts(
    raw: RawArticle, candidate: dt.date, expressions: list[TimeExpression] | None = None
) -> bool:
    """Whether anchoring the article at `candidate` puts an explicit day after it, told
    as done (a plan's "next Saturday, Aug. 4" or "until Sept. 24" may be ahead);
    `expressions`, its dates so anchored, if already read."""
    return _contradictions(raw, candidate, expressions, at_most=1) > 0


def _contradictions(
    raw: RawArticle, candidate: dt.date, expressions: list[TimeExpression] | None = None,
    at_most: int | None = None,
) -> int:
    """How many explicit days anchoring the article at `candidate` puts after it, told as
    done (`_contradicts`), counted up to `at_most`."""
    tenses: TenseIndex | None = None
    if expressions is None:
        expressions = _anchored_at(raw, candidate)
    count = 0
    for expression, after in zip(expressions, [*expressions[1:], None], strict=True):
        if expression.type is TimexType.DATE and _FULL_DAY.match(expression.value):
            if expression.start_date and expression.start_date > candidate:
                if re.search(r"\d", expression.text) or (
                    after is not None and after.value == expression.value
                    and raw.text[expression.end : after.start] == ", "
                    and _FEAST_NAME.fullmatch(after.text) is not None
                ):  # a written date, not "tomorrow"; or a day its feast names: "On
                    # Saturday, Epiphany, the ensemble played"
                    tenses = tenses or TenseIndex(raw.text)
                    if tenses.tense(expression.start, expression.end) is Tense.PAST and not (
                        _PLAN_MOVED_BEFORE.search(raw.text, max(0, expression.start - 30),
                                                  expression.start)
                    ):  # (not a plan's day it was moved from: "postponed from February 2")
                        count += 1
                        if count == at_most:
                            break
    return count


def _from_same_story(
    raw: RawArticle, stories: Iterable[Story],
    contradicted: list[tuple[dt.date, str]] | None = None,
) -> tuple[dt.date, str] | None:
    """The day near the reports of the same story that the article's own dates fit best,
    and why; when every such day puts a day the article writes as past after it, none,
    and the best of them is added to `contradicted`, if given."""
    words = {hash(word) for word in _story_words(raw)}
    names = {hash(name) for name in _story_names(raw)}
    best: tuple[float, Story] | None = None
    partners: list[Story] = []  # every report of the story
    for other in stories:
        shared = len(words.intersection(other.words))
        union = len(words) + len(other.words) - shared
        score = shared / union if union else 0.0
        if score >= SAME_STORY_MIN_OVERLAP or (
            score >= SAME_STORY_NAMES_MIN_OVERLAP
            and len(names.intersection(other.names)) >= SAME_STORY_MIN_NAMES
        ):
            partners.append(other)
            if best is None or score > best[0]:
                best = (score, other)
    if best is None:
        return None
    other = best[1]
    # the days near any report of the story, nearest one first, and of days as near, a
    # later one first: an undated page of a running story more often follows its reports
    # ("Four days after the blockade began ... on Saturday morning", told beside Tuesday's
    # and Wednesday's reports: the Saturday after them, not the one before)
    reported = {partner.published for partner in partners}
    window = range(-INFERENCE_WINDOW_DAYS, INFERENCE_WINDOW_DAYS + 1)
    nearest = sorted(
        {day + dt.timedelta(days=offset) for day in reported for offset in window},
        key=lambda day: (min(abs((day - published).days) for published in reported),
                         -day.toordinal()),
    )
    own = _own_weekday(raw.text)  # ("tomorrow, Thursday": a Wednesday's, first)
    if own is None and _TODAY_WORD.search(raw.text) and (
        lead := next((found for found in _WEEKDAY_NAME.finditer(raw.text, 0, LEAD_WEEKDAY_CHARS)
                      if not _FEAST_WORD_BEFORE.search(raw.text, max(0, found.start() - 20),
                                                       found.start())),
                     None)  # (not a feast's: "was caught in Perpignan on Good Friday")
    ):  # "Four days after the river came over its banks, most of Hazard had running water
        # again on Saturday ... starting tonight": a page of its lead's day
        own = (lx.weekday_of_stem(lead.group(0)), lead.group(0))
    if own is not None:
        own_weekday = own[0]
        nearest.sort(key=lambda day: day.weekday() != own_weekday)  # (stable: nearest first)
    if (this_day := _THIS_WEEKDAY_DAY.search(raw.text)) is not None:
        weekday, number = lx.WEEKDAYS[this_day[1].lower()], int(this_day[2])
        nearest.sort(key=lambda day: (day.weekday(), day.day) != (weekday, number))
        if (weekday, number) in {(day.weekday(), day.day) for day in nearest}:
            own = (weekday, this_day.group(0))  # "met in extraordinary session this Tuesday
            # 21st": that day, the statement's
    weekdays_written = len(_WEEKDAY_NAME.findall(raw.text))
    if own is None and this_day is None and weekdays_written > 1:
        # a running story's follow-up: the day that puts the weekdays it tells closest
        # together, nearest first ("on Tuesday afternoon ... on Wednesday ... at 3:20
        # p.m. on Friday ... on Saturday": a Saturday's, not its partner's Thursday, which
        # would put Friday and Saturday before the Tuesday)
        anchored = {day: _anchored_at(raw, day) for day in nearest}
        spread = {day: _weekday_spread(found) for day, found in anchored.items()}
        nearest.sort(key=lambda day: (spread[day], day < other.published))  # (as close, a
        # day on or after the partner's first: a follow-up's)
    else:
        anchored = {}
    if weekdays_written > 1:
        # a running story's pages tell its days: of the days near, those that put the most
        # weekdays the page tells on its reports' days (or the days before them, which they
        # report) first ("charged on Tuesday ... since the derailment last Thursday", beside
        # Thursday's and Friday's reports: the Tuesday after them, not the one before, which
        # puts "last Thursday" a week before the derailment); and so a day up to a week
        # after the last report (of its own weekday, if it tells one) may be one
        reports_days = {day - dt.timedelta(days=back) for day in reported for back in (0, 1)}
        later = [max(reported) + dt.timedelta(days=offset)
                 for offset in range(INFERENCE_WINDOW_DAYS + 1, FOLLOW_UP_DAYS + 1)]
        nearest += [day for day in later if own is None or day.weekday() == own[0]]
        for day in nearest:
            if day not in anchored:
                anchored[day] = _anchored_at(raw, day)
        on_reports = {day: len(_weekday_days(found) & reports_days)
                      for day, found in anchored.items()}  # fmt: skip
        counted = {day: len(_counted_back_days(raw.text, found) & reports_days)
                   for day, found in anchored.items()}  # fmt: skip
        if steps := _page_counted_steps(raw.text):  # ("Nine days after the accident, the
            # chairs still hang": the page's day is nine days after a report's day, or the
            # day after one, whose stamp may be in another zone than the story)
            around = {day + dt.timedelta(days=shift) for day in reported for shift in (-1, 0, 1)}
            for day in anchored:
                counted[day] += sum(day - dt.timedelta(days=step) in around for step in steps)
        nearest.sort(key=lambda day: (-counted[day], -on_reports[day],
                                      own is not None and day.weekday() != own[0]))  # fmt: skip
        # (stable: as before among days as good; a day counted from a happening, "on
        # Thursday revoked the licence ..., a week to the day after its tigress walked
        # out", that lands on a report's day, first)
    def linked(candidate: dt.date, how: str) -> tuple[dt.date, str]:
        told = min(partners, key=lambda partner: (  # (the report nearest the day)
            abs((candidate - partner.published).days), partner is not other))
        return candidate, (f"inferred from '{told.id}' ({told.published.isoformat()}), "
                           f"which reports the same story{how}")  # fmt: skip

    for candidate in nearest:
        if candidate not in anchored:  # (kept: the contradictions are counted again below)
            anchored[candidate] = _anchored_at(raw, candidate)
        if not _contradicts(raw, candidate, anchored[candidate]):
            return linked(candidate, (
                f", and its own {own[1]!r}" if own is not None and candidate.weekday() == own[0]
                else "; consistent with the article's own dates"))  # fmt: skip
    if contradicted is not None and nearest:
        fewest = min(nearest, key=lambda day: _contradictions(raw, day, anchored.get(day)))
        contradicted.append(linked(fewest, (
            "; though a day it writes in the past tense falls after it (a plan's day may)")))
    return None


def _told_by_weekday(text: str) -> bool:
    """Whether an expression tells its day by a weekday ("Friday", "3:20 p.m. on Friday",
    "early Tuesday"), not a feast named by one ("Good Friday", "Easter Monday")."""
    found = _WEEKDAY_NAME.search(text)
    if found is None:
        return False
    words = text[: found.start()].split()
    return not words or not words[-1][:1].isupper()


def _weekday_days(expressions: list[TimeExpression]) -> set[dt.date]:
    """The days an article tells by their weekdays, its dates read from one publication
    day."""
    return {
        expression.start_date for expression in expressions
        if expression.start_date is not None and expression.start_date == expression.end_date
        and _told_by_weekday(expression.text)
    }  # fmt: skip


# A count after a weekday back to the happening it follows: "on Thursday revoked the licence
# ..., a week to the day after its tigress walked out", "on Tuesday charged ..., five days
# after the derailment" (an apposition after a comma, in the clause: not "charged a man
# who was arrested two days after the fire", nor past a ";")
_COUNT_AFTER = (  # "five days after", "a week to the day after": the count, the unit
    rf"(a|one|\d{{1,2}}|{lx.NUMBER_WORD})[ \t]+(days?|weeks?)[ \t]+"
    r"(?:to[ \t]+the[ \t]+day[ \t]+)?after"
)
_COUNTED_AFTER = re.compile(rf"[^.!?;\n]{{0,200}}?,[ \t]+{_COUNT_AFTER}\b", re.IGNORECASE)


def _counted_days(count: re.Match[str]) -> int | None:
    """The days a `_COUNT_AFTER` match counts: "a week" 7, "five days" 5."""
    number = lx.parse_number(count[1])
    if number is None:
        return None
    return int(number) * (7 if count[2].lower().startswith("week") else 1)


def _counted_back_days(text: str, expressions: list[TimeExpression]) -> set[dt.date]:
    """The days of the happenings an article counts its weekdays from ("on Thursday ...,
    a week to the day after": the Thursday before), its dates read from one publication
    day."""
    days = set()
    for expression in expressions:
        if expression.start_date is None or expression.start_date != expression.end_date or (
            not _told_by_weekday(expression.text)
        ):
            continue
        if (count := _COUNTED_AFTER.match(text, expression.end)) is None or (
            step := _counted_days(count)
        ) is None:
            continue
        days.add(expression.start_date - dt.timedelta(days=step))
    return days


# A sentence that opens by counting the page's own day from the story's happening: "Nine
# days after the accident, the lift's chairs still hang over the piste", "Eight days after
# the fire, the city is still counting the cost"
_PAGE_COUNTED_AFTER = re.compile(
    rf"(?:^|(?<=[.!?])[ \t]+){_COUNT_AFTER}[ \t]+(?:the|its|his|her|their)[ \t]+"
    r"[^.!?,;\n]{1,40},",
    re.IGNORECASE | re.MULTILINE,
)


def _page_counted_steps(text: str) -> set[int]:
    """How many days after the story's happening the page's openings of sentences count
    its own day ("Nine days after the accident, ...": 9)."""
    return {step for count in _PAGE_COUNTED_AFTER.finditer(text)
            if (step := _counted_days(count)) is not None}  # fmt: skip


def _weekday_spread(expressions: list[TimeExpression]) -> int:
    """How many days apart the days an article tells by their weekdays lie, its dates
    read from one publication day (0 for fewer than two such days)."""
    days = _weekday_days(expressions)
    return (max(days) - min(days)).days if days else 0


# A weekday the text sets beside its "today", "tomorrow" or "yesterday": "It will restart
# with the 7.30am service tomorrow, Thursday", "yesterday (Tuesday)"
_RELATIVE_WEEKDAY = re.compile(
    rf"\b(?i:(today|tomorrow|yesterday))(?:,[ \t]+|[ \t]*\([ \t]*|[ \t]+)({lx.WEEKDAY_NAME_RE})\b"
    r"(?!['’]s\b|[ \t]+(?:and|or)\b)"  # (not "As of today, Friday's match", a list)
)
_DAYS_FROM_PAPER = {"today": 0, "tomorrow": 1, "yesterday": -1}
# The day the text calls this one by its weekday and day of the month: "this Tuesday 21st"
_THIS_WEEKDAY_DAY = re.compile(
    rf"\b(?i:this)[ \t]+({lx.WEEKDAY_NAME_RE})[ \t]+(?:the[ \t]+)?([12]\d|3[01]|0?[1-9])"
    r"(?:st|nd|rd|th)?\b", re.IGNORECASE)


def _own_weekday(text: str) -> tuple[int, str] | None:
    """The paper's weekday from the first weekday it sets beside its "tomorrow", "today"
    or "yesterday", with those words, if any; else from a day it calls "this" weekday in a
    clause done, beside its "today" ("were allowed home this bank holiday Monday ... The
    first coaches left at 8am today": a Monday's)."""
    if (found := _RELATIVE_WEEKDAY.search(text)) is None:
        if _TODAY_WORD.search(text) and (done := _THIS_WEEKDAY_DONE.search(text)) and (
            not _TO_COME.search(done.group(0))
        ):  # (not "will be allowed home this Monday", "expected ... reopened this Friday")
            return lx.WEEKDAYS[done["weekday"].lower()], done["phrase"]
        return None
    named = lx.WEEKDAYS[found.group(2).lower()]
    return (named - _DAYS_FROM_PAPER[found.group(1).lower()]) % 7, found.group(0)


_WEEKDAY_NAME = re.compile(rf"\b(?:{lx.WEEKDAY_NAME_RE})\b")  # as written, in capitals
# A capitalised word just before a weekday: a feast's ("Good Friday", "Easter Monday"), as
# `_told_by_weekday` reads it
_FEAST_WORD_BEFORE = re.compile(
    r"\b(?!(?:On|By|Since|Until|From|Last|Next|This|Early|Late|And|But|Before|After)\b)"
    r"[A-Z][\w'’-]*[ \t]+$"
)
LEAD_WEEKDAY_CHARS = 800  # the head and lead, where a page of today tells its own day
_TO_COME = re.compile(r"\b(?:will|would|shall|expected|due|set\s+to|to\s+be)\b", re.IGNORECASE)
# A day called "this" weekday in a clause done: "were allowed home this bank holiday Monday"
_THIS_WEEKDAY_DONE = re.compile(
    rf"\b(?:[a-z]{{3,}}ed|was|were)\b[^.!?;\n]{{0,80}}?\b(?P<phrase>this[ \t]+"
    rf"(?:[a-z-]+[ \t]+){{0,2}}(?P<weekday>{lx.WEEKDAY_NAME_RE}))\b(?!['’]s)"
)


# A stamp's label telling the page's own writing (`REPLY_LABEL`: one telling a reply)
_WRITTEN_LABEL = re.compile(r"(?i:written|posted|published|reviewed)\b")


def _written_before_replies(
    text: str, stamps: Sequence[TimeExpression]
) -> tuple[dt.date, str] | None:
    """The first stamp, when it tells the page's writing and every later one a reply to it:
    a review's "Written 17 November 2058" over the hotel's "Responded 19 November 2058"."""
    labels = [text[text.rfind("\n", 0, stamp.start) + 1 : stamp.start] for stamp in stamps]
    first = stamps[0]
    if first.start_date is None or not _WRITTEN_LABEL.search(labels[0]) or not all(
        REPLY_LABEL.search(label) for label in labels[1:]
    ):
        return None
    return first.start_date, (f"inferred from its own stamp '{labels[0]}{first.text}', the "
                              "replies under it later")


# "today", "tomorrow" or "yesterday" set beside a full date: "Tomorrow, 29 October 2073, is
# Republic Day", "on 12 May 2064 (today)"
_RELATIVE_DAY_BEFORE = re.compile(r"\b(?i:(today|tomorrow|yesterday))[ \t]*[,(][ \t]*$")
_RELATIVE_DAY_AFTER = re.compile(  # (not "On 12 May 2064, tomorrow's vote")
    r"[ \t]*(?:,[ \t]*|\([ \t]*)(?i:(today|tomorrow|yesterday))\b(?!['’])")
RELATIVE_DAY_REACH = 16  # characters before a full date searched for its "Tomorrow, "


def _full_date_told_as(
    text: str, expressions: Sequence[TimeExpression]
) -> tuple[dt.date, str] | None:
    """The paper's day from a full date the text calls today, tomorrow or yesterday."""
    for e in expressions:
        if e.start_date is None or e.start_date != e.end_date or not _FOUR_DIGIT_YEAR.search(
            e.text
        ):
            continue
        word = _RELATIVE_DAY_BEFORE.search(text, max(0, e.start - RELATIVE_DAY_REACH), e.start)
        word = word or _RELATIVE_DAY_AFTER.match(text, e.end)
        if word is not None:
            day = e.start_date + dt.timedelta(days=_DAYS_AFTER_IT[word.group(1).lower()])
            return day, f"inferred from the full date it calls {word.group(1).lower()}, {e.text!r}"
    return None


def _from_own_dates(raw: RawArticle) -> tuple[dt.date, str] | None:
    """The latest day the article writes (`_from_latest_day`), unless an anniversary it
    counts to ("Later this month it turns 130") puts the paper elsewhere."""
    expressions = [e for e in resolve_dates(raw.text, None, join_clock_days=True,
                                                 day_first=raw.day_first)
                   if e.type in (TimexType.DATE, TimexType.TIME)]  # ("4 p.m. on June 12")
    if (owned := _wire_day_of_copyright_year(raw.text, expressions)) is not None:
        return owned  # "(c) 2004, Bloomberg News" over "PORT LOUIS, May 13 (Bloomberg) --"
    if stamps := entry_stamps(raw.text, expressions):  # a channel's posts, a thread's: the
        last = stamps[-1]  # page as saved after the last one
        if (written := _written_before_replies(raw.text, stamps)) is not None:
            return written  # a review's "Written 17 November 2058" over its replies
        if last.start_date is not None:
            return last.start_date, f"inferred from its last entry's stamp '{last.text}'"
    if (apposed := _full_date_told_as(raw.text, expressions)) is not None:
        return apposed  # "Tomorrow, 29 October 2073, is Republic Day"
    if (head := _running_head_day(raw.text, expressions)) is not None:
        return head  # "Ordinary Meeting 14 March 1995   Page 2 of 4" at each page's foot
    if (counted := _day_counted_to(raw.text, expressions)) is not None:
        return counted  # "launched on 27 July 1989, fifty years ago yesterday"
    if (week := _iso_week_page(raw.text)) is not None:
        return week  # "Week 11 / 2093" over day headings "MONDAY 9" ... "FRIDAY 13"
    tenses = TenseIndex(raw.text)
    told = _latest_told(raw.text, expressions, tenses)
    found = _from_latest_day(raw.text, expressions, told, tenses)
    by_days_ahead = found is None and told is not None
    if by_days_ahead and told is not None:
        found = _before_a_day_ahead(raw.text, expressions, told, tenses)
    if found is None and told is None:  # "SUN 19 OCT" under "CAF CHAMPIONS LEAGUE 2064-65"
        found = _weekday_days_in_page_year(raw.text, expressions, tenses)
    if told is not None and (today := _day_told_as_today(raw.text, expressions, told)) and (
        found is None or by_days_ahead or found[0] < today[0]
    ):  # "This afternoon, on Candlemas" after a day of January it writes: Candlemas's; so
        found = today  # too before the days to come it writes
    window = _anniversary_window(raw.text, expressions) or _address_month(raw.text)
    if window is None or (told is not None and told > window[1]):
        return found
    lo, hi, words = window
    address = words.startswith(_ADDRESS_WORDS)
    source = words if address else f"the anniversary it counts to ({words})"
    if found is not None and lo <= found[0] <= hi:
        return found
    if (ahead := _weekday_day_ahead(raw.text, expressions, tenses, lo, hi)) is not None:
        # "sets its budget next Thursday, 26 February", in the year before its 90th
        # birthday: the paper is in the two weeks before that Thursday
        day, expression = ahead
        bounds = max(lo, day - dt.timedelta(days=AHEAD_DAYS)), min(hi, day - dt.timedelta(days=1))
        return _on_weekday(*bounds, _weekday_mentions(expressions)), (
            f"inferred from {source} and the day to come it "
            f"names, {expression.text!r}")
    if (adjacent := _named_day_told_as(raw.text, lo, hi, tenses)) is not None:
        day, expression, word = adjacent  # "on New Year's Eve tomorrow", in the year of its
        # 40th anniversary
        return day + dt.timedelta(days=_DAYS_AFTER_IT[word]), (
            f"inferred from {source} and the day it names as "
            f"{word}, {expression.text!r}")
    named = [e for e in resolve_dates(raw.text, hi, join_clock_days=True, tenses=tenses,
                                      day_first=raw.day_first)
             if e.type is TimexType.DATE and e.start_date is not None
             and e.start_date == e.end_date and lo <= e.start_date <= hi
             and _NAMED_DAY.search(e.text)]  # fmt: skip
    if named and address:  # "served the notice on Friday, March 8"
        # in a page of March 2052 whose story goes on over the days it names by weekday:
        # the first day on the weekday most named after the latest day it names
        after = max(e.start_date or lo for e in named) + dt.timedelta(days=1)
        day = _on_weekday(min(after, hi), hi, _weekday_mentions(expressions))
        if any(_YESTERDAY.search(e.text) for e in expressions) and day < hi:
            # ("three more on Wednesday morning ... called off at 3pm yesterday": Thursday)
            return day + dt.timedelta(days=1), (
                f"inferred from {source}, the day after the weekday it names most "
                f"after the latest day it names in that month (it tells of yesterday)")
        return day, (f"inferred from {source}, after the latest day it names in that month, "
                     f"on the weekday it names most")
    if named:  # "On Monday, Patriots' Day, ... the 131st Boston Marathon", in the year
        # before her 80th birthday: that year's Patriots' Day, the latest day it names
        latest = max(named, key=lambda e: e.start_date or lo)
        assert latest.start_date is not None
        return latest.start_date, (f"inferred from {source} "
                                   f"and the latest day it names in that year, {latest.text!r}")
    if (told is None or told < lo) and (
        again := _from_latest_day(raw.text, expressions, lo - dt.timedelta(days=1), tenses)
    ) and lo <= again[0] <= hi:  # "Wed 14 May" in a teletext header, placed after "the
        # 1982 conflict, whose 15th anniversary falls next month": in 1997
        return again[0], again[1] + f", in the {'month' if address else 'year'} of {source}"
    day = _on_weekday(max(lo, told or lo), hi, _weekday_mentions(expressions))
    return day, f"inferred from {source}"


# A year the page writes anywhere (in a name, a copyright line, a season "2064-65" too)
_PAGE_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)(?:[-–/](\d\d))?(?![\d-])")  # (not an
# ISO date's "2064-10-19")
_FIELD_GAP = re.compile(r"[ \t][·•|][ \t]|\S[ \t]{3,}\S")  # between a line's fields
# A line that lists what is to come: "Next match", "COMING UP", "Upcoming fixtures"
_AHEAD_LABEL = re.compile(r"[ \t|]*(?i:next|coming[ \t]+up|up[ \t]+next|upcoming)\b")


def _under_ahead_label(text: str, at: int) -> bool:
    """Whether the line at `at`, or the line over it, opens with a label of things to come."""
    line_start = text.rfind("\n", 0, at) + 1
    over = text.rfind("\n", 0, max(0, line_start - 1)) + 1
    return bool(_AHEAD_LABEL.match(text, line_start) or (
        line_start > 0 and _AHEAD_LABEL.match(text, over)))


def _weekday_days_in_page_year(
    text: str, expressions: list[TimeExpression], tenses: TenseIndex
) -> tuple[dt.date, str] | None:
    """For a page that tells no year, the year-less days it writes with their weekdays
    ("SUN 19 OCT" in a fixture box) in the one year it writes anywhere whose calendar puts
    each on its weekday (a season "2064-65", a copyright line "© ... 2064"): the latest of
    them not still to come (nor listed under "Next match")."""
    weekday_days = _weekday_dated(text, expressions)
    if not weekday_days:
        return None
    years: set[int] = set()
    for written in _PAGE_YEAR.finditer(text):
        years.add(int(written[1]))
        if written[2] is not None and int(written[2]) == (int(written[1]) + 1) % 100:
            years.add(int(written[1]) + 1)  # "2064-65": 2065 too ("1999-00": 2000)
    fits = [year for year in years if all(
        (day := safe_day(year, month, number)) is not None and day.weekday() == weekday
        for _, month, number, weekday in weekday_days)]
    if len(fits) != 1:
        return None
    placed = [(day, e) for e, month, number, _ in weekday_days
              if (day := safe_day(fits[0], month, number)) is not None
              and _FIELD_GAP.search(_line_of(text, e)) is not None  # (a box's or a
              # table's line, not a sentence's: a calendar's "tours resume on Monday 17
              # February" is a plan)
              and not _told_ahead(text, e, tenses) and not _under_ahead_label(text, e.start)]
    if not placed:
        return None
    day, latest = max(placed, key=lambda pair: pair[0])
    return day, (f"inferred from the day it writes with its weekday '{latest.text}', in the "
                 f"year it names whose calendar has it so ({fits[0]})")


# A week's label by its number in the year: "Week 11 / 2093", "Week 11, 2093", "Week 11 of
# 2093" (an ISO week, Monday to Sunday)
_WEEK_LABEL = re.compile(r"\b(?i:week)[ \t]+(\d{1,2})[ \t]*(?:/|,|(?i:of))[ \t]*((?:19|20)\d\d)\b")
# A heading of a weekday and its day of the month, alone on its line: "MONDAY 9"
_DAY_HEADING = re.compile(
    rf"^[ \t]*({lx.WEEKDAY_NAME_RE})[ \t]+(\d{{1,2}})(?:st|nd|rd|th)?(?::[ \t]*|[ \t]*:?)$",
    re.MULTILINE | re.IGNORECASE,
)
# How often the page comes out, on which day: "is published every Saturday morning"
_PUBLISHED_EVERY = re.compile(
    rf"\b(?i:published|issued|appears|comes[ \t]+out)[ \t]+(?i:every|each|on)[ \t]+"
    rf"({lx.WEEKDAY_NAME_RE})"
)


def _iso_week_page(text: str) -> tuple[dt.date, str] | None:
    """For a page that tells no year, the day of the week its head labels ("Week 11 /
    2093"): the latest day heading it writes in that week ("FRIDAY 13", not one under
    "COMING UP"), moved on to the weekday it says it comes out ("published every Saturday
    morning"), or else the week's last day."""
    label = _WEEK_LABEL.search(text, 0, CHECK_HEAD_CHARS)
    if label is None or not 1 <= int(label[1]) <= ISO_WEEKS:
        return None
    try:
        monday = dt.date.fromisocalendar(int(label[2]), int(label[1]), 1)
    except ValueError:
        return None  # (a week 53 in a year of 52)
    week = [monday + dt.timedelta(days=offset) for offset in range(7)]
    headed = [day for heading in _DAY_HEADING.finditer(text, label.end())
              if not _under_ahead_label(text, heading.start())
              for day in week if day.weekday() == lx.weekday_number(heading[1])
              and day.day == int(heading[2])]  # fmt: skip
    if not headed:
        return week[-1], f"inferred from its week's label '{label.group(0)}', the week's last day"
    day = max(headed)
    note = f"inferred from its week's label '{label.group(0)}' and its day headings"
    if (every := _PUBLISHED_EVERY.search(text)) and (
        comes_out := lx.weekday_number(every[1])
    ) is not None:
        day += dt.timedelta(days=(comes_out - day.weekday()) % 7)
        note += f", on the day it comes out ('{every.group(0)}')"
    return day, note


# A day of long ago, then how many years ago that was from a day near the paper's: "on 27
# July 1989, fifty years ago yesterday"
_YEARS_AGO = (
    rf"(?:exactly[ \t]+)?(?:(?P<count>{lx.NUMBER_WORD}|\d{{1,3}})[ \t]+(?P<unit>years?|decades?)|"
    r"(?P<half>half[ \t]+a)[ \t]+century|a[ \t]+century)[ \t]+ago[ \t]+"
    r"(?P<word>today|yesterday|tomorrow)\b"
)
_YEARS_AGO_DAY = re.compile(rf"[ \t]*,[ \t]+{_YEARS_AGO}", re.IGNORECASE)
# ... or the other way round: "fifty years ago yesterday, on 27 July 1989"
_YEARS_AGO_BEFORE_DAY = re.compile(rf"{_YEARS_AGO}[ \t]*,?[ \t]+(?:on[ \t]+)?$", re.IGNORECASE)
YEARS_AGO_REACH = 60  # characters before a day searched for how long ago it was


def _running_head_day(
    text: str, expressions: list[TimeExpression]
) -> tuple[dt.date, str] | None:
    """The one day, its year written, of the lines a text repeats on each page (a PDF's
    running head or foot: "Ordinary Meeting 14 March 1995   Page 2 of 4"): the day of the
    record, the minutes of that meeting, the paper of that issue."""
    lines = running_heads(text, expressions)
    days = {e.start_date: e for e in expressions
            if text.rfind("\n", 0, e.start) + 1 in lines and e.start_date is not None
            and e.start_date == e.end_date and _FOUR_DIGIT_YEAR.search(e.text)}  # fmt: skip
    if len(days) != 1:
        return None
    day, expression = days.popitem()
    return day, f"inferred from the date it repeats at each page's foot, '{expression.text}'"


def _day_counted_to(
    text: str, expressions: list[TimeExpression]
) -> tuple[dt.date, str] | None:
    """The paper's day from a day of long ago told with how many years ago it was from
    the paper's today, yesterday or tomorrow ("on 27 July 1989, fifty years ago
    yesterday": 28 July 2039)."""
    for e in expressions:
        if e.start_date is None or e.start_date != e.end_date or e.type is not TimexType.DATE:
            continue
        counted = _YEARS_AGO_DAY.match(text, e.end) or _YEARS_AGO_BEFORE_DAY.search(
            text, max(0, e.start - YEARS_AGO_REACH), e.start)
        if counted is None:
            continue
        count = (50 if counted["half"] else 100 if counted["count"] is None
                 else lx.parse_number(counted["count"].lower()))  # fmt: skip
        if counted["unit"] and counted["unit"].lower().startswith("decade") and count:
            count *= 10
        if count is None or count != int(count) or not 1 <= count <= MAX_YEARS_COUNTED:
            continue
        if (moved := day_months_away(e.start_date, 12 * int(count))) is not None:
            paper = moved + dt.timedelta(days=_DAYS_AFTER_IT[counted["word"].lower()])
            told = text[counted.start() : counted.end("word")].strip(" ,")
            return paper, f"inferred from the day of long ago it counts from, {e.text!r}, {told}"
    return None


# The paper's own day, said of a day of the year near it: "This afternoon, on Candlemas,
# white doves will be released", "It is Children's Day today"
_TODAY_WORD = re.compile(
    r"\b(?:[Tt]oday|[Tt]onight|[Tt]his[ \t]+(?:morning|afternoon|evening)"
    r"|(?P<tomorrow>[Tt]omorrow))\b"
)  # (a day called tomorrow is the day after the paper's: "Tomorrow is Valentine's Day")
TODAY_REACH = 30  # characters between such a word and the day it names
MAX_YEARS_COUNTED = 500  # "fifty years ago yesterday": at most this many years
# The weekday of the day after the paper: "Tomorrow, the feast itself, which falls on a
# Sunday this year"
_TOMORROW_WEEKDAY = re.compile(
    rf"\b[Tt]omorrow(?:\b[^.!?\n]{{0,80}}?\b(?:falls|is|will\s+be)\s+(?:on\s+)?(?:a\s+)?|,[ \t]+)"
    rf"({lx.WEEKDAY_NAME_RE})\b"
)  # ("Tomorrow, Sunday, the children's groups parade")


_NTH_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)[ \t]+anniversary\b", re.IGNORECASE)


def _anniversary_year(
    text: str, expressions: list[TimeExpression], month: int, day: int
) -> int | None:
    """The year of the day `month`/`day` that an "Nth anniversary" the text names falls in,
    counted from a date it writes in full on that day of the year ("the 40th anniversary
    of that collapse", "collapsed on Sept. 26, 1996": 2036), if there is one such."""
    counts = {int(found.group(1)) for found in _NTH_ANNIVERSARY.finditer(text)}
    years = {e.start_date.year for e in expressions
             if e.start_date is not None and e.start_date == e.end_date
             and (e.start_date.month, e.start_date.day) == (month, day)}  # fmt: skip
    candidates = {year + count for year in years for count in counts}
    return candidates.pop() if len(candidates) == 1 else None


def _day_told_as_today(
    text: str, expressions: list[TimeExpression], told: dt.date
) -> tuple[dt.date, str] | None:
    """A year-less day the article calls its own ("This afternoon, on Candlemas, ..."), in
    the first year after the latest period it tells (`told`) that gives the paper the
    weekday its "tomorrow" names, if any."""
    weekday, tomorrow_name = None, ""
    if (tomorrow := _TOMORROW_WEEKDAY.search(text)) is not None:
        weekday = (lx.WEEKDAYS[tomorrow.group(1).lower()] - 1) % 7
        tomorrow_name = tomorrow.group(1).capitalize()
    for e in expressions:
        if (found := _YEAR_LESS_DAY.match(e.value[:10])) is None:
            continue
        lo, hi = _between_full_stops(text, e.start, e.end)
        near = (max(lo, e.start - TODAY_REACH), min(hi, e.end + TODAY_REACH))
        if not (own := _TODAY_WORD.search(text, *near)):
            continue
        after = dt.timedelta(days=1 if own["tomorrow"] else 0)
        years = range(told.year, told.year + WEEKDAY_YEARS)
        if (year_of := _anniversary_year(text, expressions, int(found[1]), int(found[2]))):
            years = range(year_of, year_of + 1)  # ("Tomorrow, Friday, Sept. 26, is the 40th
            # anniversary of that collapse", "collapsed on Sept. 26, 1996": 2036)
        for year in years:
            with suppress(ValueError):  # 29 February
                day = (_is_feast(e.text) and _holiday_in(e.text, year)) or dt.date(
                    year, int(found[1]), int(found[2]))
                if day > told and (weekday is None or (day - after).weekday() == weekday):
                    how = "" if weekday is None else (
                        f", the day before the {tomorrow_name} it calls tomorrow")
                    calls = "calls tomorrow" if after else "calls its own"
                    return day - after, (f"inferred from the day it {calls}, {e.text!r}, "
                                         f"after the latest period it tells{how}")
    return None


def _wire_day_of_copyright_year(
    text: str, expressions: list[TimeExpression]
) -> tuple[dt.date, str] | None:
    """A year-less wire dateline's day in the year of the copyright line over it, for a
    story that tells no year ("(c) 2004, Bloomberg News" over "PORT LOUIS, May 13
    (Bloomberg) --"), if any."""
    owned = COPYRIGHT_LINE.search(text, 0, CHECK_HEAD_CHARS)
    if owned is None:
        return None
    for e in expressions:
        if e.start >= CHECK_HEAD_CHARS:
            break
        if (found := _YEAR_LESS_DAY.match(e.value[:10])) and _WIRE_DAY_AFTER.match(text, e.end):
            day = safe_day(int(owned.group(1)), int(found[1]), int(found[2]))
            if day is not None:
                return day, (f"inferred from its year-less dateline '{e.text}' (in the year "
                             f"of its copyright line, {owned.group(0).strip()!r})")
    return None


# A reader's own date in a newsletter's foot: "You are receiving this email because you
# signed up at the Tzemah farmers' market on 14/11/2037", "a member since 3 May 2031"
_SIGNED_UP_BEFORE = re.compile(
    r"\b(?:signed[ \t]+up|subscribed|registered|opted[ \t]+in|member[ \t]+since)\b[^.\n]{0,60}$",
    re.IGNORECASE,
)
SIGNED_UP_REACH = 80  # characters from "signed up" to the reader's date


def _signed_up(text: str, expression: TimeExpression) -> bool:
    """Whether `expression` is a reader's sign-up date ("you signed up ... on 14/11/2037")."""
    return bool(_SIGNED_UP_BEFORE.search(
        text, max(0, expression.start - SIGNED_UP_REACH), expression.start))  # fmt: skip


def _from_latest_day(
    text: str, expressions: list[TimeExpression], told: dt.date | None, tenses: TenseIndex
) -> tuple[dt.date, str] | None:
    """The latest day the article writes, moved to a weekday it names: a fully written day,
    or else (none, or none as late as the periods it tells, ending on `told`) a year-less
    one ("April 29") placed after the latest period it tells in the past ("raised $310
    million in the fourth quarter of 2026"), in the year its "Sunday, Dec. 20" names if it
    has one."""
    days = [(e.end_date, e) for e in expressions  # (the last day of "Mar 7-11, 2046")
            if _FULL_DAY.match(e.value[:10]) and e.end_date is not None
            and tenses.tense(e.start, e.end) is not Tense.FUTURE
            and not _planned_in_the_past(text, e)
            and not _counted_from_the_paper(e)  # ("Last Thanksgiving": no day it writes;
            and not _signed_up(text, e)
            ]  # fmt: skip (not "fiscal
    # 2028 ... ends on Feb. 3, 2029": a day to come is no day the paper has seen)
    if told is not None and (not days or max(day for day, _ in days) < told):
        bound = told  # ("won on New Year's Day in 2037, eight years ago": the paper is in
        if _counted_year(text, expressions) == told.year + 1:  # 2045, and a day it writes
            bound -= dt.timedelta(days=COUNTED_YEAR_SLACK_DAYS)  # may end 2044)
        year_less = _year_less_days(text, expressions, bound, tenses)
        if not year_less and days:  # "released on bail in April 2024" after "Oct. 21,
            return told, "inferred from the latest period it tells"  # 1994": not before
        days = year_less or days
    if not days:
        return None
    candidate, latest = max(days, key=lambda day: day[0])
    weekdays = _weekday_mentions(expressions, tenses)
    wire = next((day for day in days if day[1].start < CHECK_HEAD_CHARS
                 and (_WIRE_DAY_AFTER.match(text, day[1].end) or _stamp_line_day(text, day[1]))),
                None)  # fmt: skip
    if wire is not None:  # "Montevideo, Jul 9 (EFE).- ... beyond the Constitution Day
        candidate, latest = wire  # holiday on July 18": the dateline's day is the paper's
    if wire is not None and _FOUR_DIGIT_YEAR.search(latest.text):
        # "Aug 14, 2063" under a writer's name, "2059-08-21 06:48": the day as written, its
        # year too (no weekday the lead names moves it)
        return candidate, f"inferred from its dateline '{latest.text}'"
    note = (f"inferred from its latest written date '{latest.text}'" if wire is None
            else f"inferred from its year-less dateline '{latest.text}'")  # fmt: skip
    if wire is None and (to_the_day := _YEARS_TO_THE_DAY_BEFORE.search(
        text, max(0, latest.start - YEARS_TO_THE_DAY_REACH), latest.start
    )) is not None and (to_the_day["exactly"] or to_the_day["day"]) and (
        told_years := lx.parse_number(to_the_day["count"])
    ) is not None and told_years == int(told_years) and (
        span := int(told_years) * (100 if to_the_day["unit"].lower().startswith("centur") else 1)
    ) and (moved := safe_day(candidate.year + span, candidate.month, candidate.day)) is not None:
        # fmt: skip ("started on Tuesday, 100 years to the day after the Ash Wednesday fires
        # of February 16, 1983", "exactly a century after": the story's day is 16 February
        # 2083)
        candidate = moved
        note += f", {span} years on ('{to_the_day.group(0).strip()}')"
    if wire is None and (
        later := _weekday_dated_later(text, expressions, candidate, tenses)
    ) is not None:
        # "Last year's season ran to March 10, 2028 ... opened on Friday, Jan. 19 ... a
        # meeting next Thursday, Feb. 22": Fridays and Thursdays of 2029, so the paper's
        candidate, day_text = later
        note = f"inferred from the days it writes with their weekdays ('{day_text}')"
        latest = next((e for e in expressions if e.text == day_text), latest)
        if _first_set_for(text, latest) and (
            after_plan := _year_less_days(text, expressions, candidate, tenses)
        ):  # "first set for Sunday 2 January, but was called off", then "at the face-off
            # ... on 2 May": that May, after the plan's January
            candidate, latest = max(after_plan, key=lambda day: day[0])
            note += f" and its latest written date after it, '{latest.text}'"
    shared = _SHARED_ON.search(text, text.rfind("\n", 0, latest.start) + 1, latest.start)
    if wire is None and (stamped := _year_less_stamp(text, expressions, candidate,
                                                     shared=shared is not None)):  # fmt: skip
        return stamped[0], note + stamped[1]  # "May 12 · 47 min 35 sec" over show notes
        # whose "Monday, May 9" is 2089's: 12 May 2089 (no weekday they name moves it)
    if wire is not None and (own := lx.weekday_number(latest.text)) is not None:
        # "Tunis, Tuesday 9 November (TAP) -": the year nearest the one found in which the
        # day is that weekday (no other weekday the story names moves it)
        years = sorted(range(-LEAD_WEEKDAY_YEARS, LEAD_WEEKDAY_YEARS + 1), key=abs)
        fits = (day for shift in years
                if (day := safe_day(candidate.year + shift, candidate.month, candidate.day))
                and day.weekday() == own)  # fmt: skip
        if (fit := next(fits, None)) is not None:
            return fit, note + ("" if fit == candidate else
                                " (in the nearest year its own weekday allows)")
    if wire is not None:
        earlier = _told_year_day(candidate, told, weekdays)
        if earlier is not None:  # "LIMA, May 16 (Reuters) - ... suspended the first
            # anchovy season of 2034 ... on Tuesday": 16 May 2034, a Tuesday
            return earlier, note + " (in the year it tells, on a weekday it names)"
        if (moved := _lead_weekday_year(text, expressions, latest, candidate)) is not None:
            # "Montevideo, Jul 9 (EFE).- Uruguay's government on Wednesday declared ...",
            # after "June 2040": 9 July 2042, a Wednesday (2040's was a Monday)
            return moved, note + " (in the first year its lead's weekday allows)"
        return candidate, note  # "ZAMBOANGA, Nov 3 (Reuters) -"
    sentence = text[slice(*_between_full_stops(text, latest.start, latest.end))]
    if (count := _DAY_COUNT.search(sentence)) and _BEGAN.search(sentence):
        # "The strike, now in its fourth day, began at 12.01am on Monday, May 29": the
        # paper is the fourth day from it
        reached = lx.ORDINALS.get(count.group(1).lower()) or int(count.group(1)[:-2])
        return candidate + dt.timedelta(days=reached - 1), note + f" ({count.group(0).strip()})"
    if (ended := _ENDED_YESTERDAY.search(text)) and (
        begun := _day_begun(text, days, ended.group(2))
    ):  # "signed a deal yesterday, ending a 12-day strike" and "The strike began on Monday,
        # 23 February": yesterday was its last day, the paper the day after
        length = int(lx.parse_number(ended.group(1)) or 0)
        first = candidate if begun[1] is latest else begun[0]
        return first + dt.timedelta(days=length), (
            f"inferred from its written date '{begun[1].text}' ({ended.group(0).strip()})")
    if (counted := _YESTERDAY_COUNTED.search(text)) and re.search(
        rf"\b{counted.group(3)}(?:d|ed|s)?\b", sentence, re.IGNORECASE
    ):  # "flown to the site yesterday, two days after the fire", the fire on the day told
        # ("inspected ... yesterday, two days after the collapse", the roof "collapsed ... on
        # Monday, Feb. 7"): the paper is the day after the one counted to
        after = int(lx.parse_number(counted.group(2)) or 0) + (0 if counted["nearly"] else 1)
        return candidate + dt.timedelta(days=after), note + f" ({counted.group(0)})"
    sentence_start = _between_full_stops(text, latest.start, latest.end)[0]
    if (told_as := _TOLD_AS_DAY.search(sentence)) is not None and not _IN_RELATIVE_CLAUSE.search(
        text, max(0, latest.start - RELATIVE_CLAUSE_REACH), latest.start
    ) and not any(
        e is not latest and e.type is TimexType.DATE
        and min(latest.end, told_as.end() + sentence_start) <= e.start
        and e.end <= max(latest.start, told_as.start() + sentence_start)
        for e in expressions
    ):  # "Yesterday, as the two minutes' silence ended at 11am on Armistice Day": the paper
        # is the day after (not when another day comes between: "on 2 May ..., and on
        # Wednesday the committee ... banned their drummers from yesterday's gala")
        shift = _DAYS_AFTER_IT[told_as.group(1).lower()]
        return candidate + dt.timedelta(days=shift), note + f" (told as {told_as.group(1)})"
    if (holiday := _holiday_told_as(text, expressions, candidate)) is not None:
        day, expression, word = holiday  # "Yesterday's St Patrick's Day parade": the paper
        return day + dt.timedelta(days=_DAYS_AFTER_IT[word]), (  # is the 18th
            f"{note} and the day it names as {word}, {expression.text!r}")
    if (today := _TODAY_IS.search(text)) is not None:  # "Today is a Saturday": its own
        weekday = lx.WEEKDAYS[today.group(1).lower()]  # word for the paper's day
        candidate += dt.timedelta(days=(weekday - candidate.weekday()) % 7)
        note += f" and its own weekday ({candidate.strftime('%A')})"
    elif (yesterday := _YESTERDAY_WAS_A.search(text)) is not None:  # "By yesterday morning
        # ..., with no school on a Sunday": the paper is the day after that weekday
        weekday = (lx.WEEKDAYS[(yesterday.group(1) or yesterday.group(2)).lower()] + 1) % 7
        candidate += dt.timedelta(days=(weekday - candidate.weekday()) % 7)
        note += f" and the weekday it gives yesterday ({candidate.strftime('%A')})"
    elif weekdays and not _own_weekday_line(text, latest, candidate) and not (
        _dated_head_line(text, latest) or _furniture_date(text, latest)
    ):
        # (a head line's date with its own weekday, "Sent: Thu, 17 Sep 2048 05:45", is
        # the paper's: the weekdays the story names are of other days)
        weekday = int(weekdays.most_common(1)[0][0]) - 1
        if not _weekday_written(expressions, weekday, candidate):
            candidate += dt.timedelta(days=(weekday - candidate.weekday()) % 7)
            note += f" and its weekday mentions ({candidate.strftime('%A')})"
        if _YESTERDAY.search(text) and _all_told_past(expressions, tenses, weekday):
            # "broke through ... on Tuesday afternoon. Crews worked late into the night
            # yesterday": a paper that says "yesterday" names no weekday for its own day
            if _told_apart_from_yesterday(text, expressions, weekday):
                candidate += dt.timedelta(days=2)  # "a quarter-final yesterday afternoon,
                # after losing their last pool match on Friday": yesterday is not Friday
                note += ", two days after it (yesterday told apart from it)"
            else:
                candidate += dt.timedelta(days=1)
                note += ", the day after it (a past day it calls yesterday)"
    if _EMBED_SIGNATURE.fullmatch(_line_of(text, latest).strip()) and (
        _POSTED_LAST_NIGHT.search(text)
    ):  # "— SOMELEC (@somelec_mr) June 12, 2086" under "The company said in a post on X
        # late last night that ...": the post is of the night before the paper
        candidate += dt.timedelta(days=1)
        note += ", the day after it (a post of last night)"
    if (in_week := _holiday_week(text, expressions, candidate)) is not None:
        # "The fire started on Wednesday ... 'Christmas is next Thursday'": the paper is in
        # the week before the one whose Thursday is Christmas, on the weekday found
        candidate, named = in_week
        note += f", moved to the week its {named!r} names"
    return candidate, note


_SAID_ON_BEFORE = re.compile(r"\b(?:said|says|announced|reported|confirmed)[ \t]+(?:on[ \t]+)?$")
SAID_REACH = 24  # characters back from a weekday to the saying verb before it
LEAD_WEEKDAY_YEARS = 7  # the years after the one told searched for a lead's weekday
LEAD_CHARS = 300  # a wire lead after its dateline


def _lead_weekday_year(
    text: str, expressions: list[TimeExpression], dateline: TimeExpression, day: dt.date
) -> dt.date | None:
    """A year-less dateline's `day` moved to the first later year in which it is the
    weekday its lead names or the day after it ("Jul 9 (EFE).- ... on Wednesday
    declared": a Wednesday or a Thursday), when it is neither in its year; else None."""
    lead = [(e, int(found.group(1)) - 1) for e in expressions
            if dateline.end <= e.start < dateline.end + LEAD_CHARS
            and (found := _WEEKDAY_VALUE.match(e.value)) is not None]  # fmt: skip
    said = [weekday for e, weekday in lead
            if _SAID_ON_BEFORE.search(text, max(0, e.start - SAID_REACH), e.start)]  # fmt: skip
    # (the day a saying is told on is the dateline's: "killed ... on Wednesday evening,
    # police said on Thursday"; else the lead's first weekday, the happening's)
    weekday = said[0] if said else (lead[0][1] if lead else None)
    if weekday is None or day.weekday() in (weekday, (weekday + 1) % 7):
        return None
    for years in range(1, LEAD_WEEKDAY_YEARS):
        later = safe_day(day.year + years, day.month, day.day)
        if later is not None and later.weekday() in (weekday, (weekday + 1) % 7):
            return later
    return None


def _told_year_day(
    day: dt.date, told: dt.date | None, weekdays: Counter[str]
) -> dt.date | None:
    """The year-less `day` put in the year of the latest period told instead of the year
    after it, when only there it falls on a weekday the article names (a year told as the
    current one: "the first anchovy season of 2034"); else None."""
    if told is None or not weekdays or str(day.isoweekday()) in weekdays:
        return None
    with suppress(ValueError):  # (29 February)
        earlier = day.replace(year=day.year - 1)
        if earlier.year == told.year and str(earlier.isoweekday()) in weekdays:
            return earlier
    return None


_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
# A plan told in the past, whose day may be still to come: "The championship, which was to
# be played at the arena from Thursday, Feb. 24, to Sunday, Feb. 27, will move to Hampton"
_PLAN_IN_THE_PAST_BEFORE = re.compile(
    r"\b(?:was|were)[ \t]+(?:due[ \t]+)?to[ \t]+(?:be[ \t]+)?[a-z]+\b"
    r"(?:[^.;!?\n]|\.(?=[ \t]*\d))*$"  # (across "Feb. 24")
)
PLANNED_REACH = 80  # characters back from a day to the plan's "was to be"
# A plan given up: "It was first set for Sunday 2 January, but was called off in December":
# its day has come or is no more, and the paper is after the plan was made
_FIRST_SET_FOR_BEFORE = re.compile(
    r"\b(?:was|were|had[ \t]+been)[ \t]+(?:first|originally|initially)[ \t]+(?:set|scheduled|"
    r"planned|slated|due|fixed)[ \t]+(?:for|on)[ \t]+$",
    re.IGNORECASE,
)


def _first_set_for(text: str, expression: TimeExpression) -> bool:
    """Whether a day is that of a plan given up or moved ("was first set for Sunday 2
    January")."""
    lo = max(0, expression.start - PLANNED_REACH)
    return _FIRST_SET_FOR_BEFORE.search(text, lo, expression.start) is not None


def _day_begun(
    text: str, days: list[tuple[dt.date, TimeExpression]], noun: str
) -> tuple[dt.date, TimeExpression] | None:
    """The written day on which the sentence that holds it says `noun` began ("The strike
    began on Monday, 23 February"), if any."""
    named = re.compile(rf"\b{re.escape(noun)}\b", re.IGNORECASE)
    for day, expression in days:
        sentence = slice(*_between_full_stops(text, expression.start, expression.end))
        if _BEGAN.search(text[sentence]) and named.search(text[sentence]):
            return day, expression
    return None


def _planned_in_the_past(text: str, expression: TimeExpression) -> bool:
    """Whether a day is that of a plan told in the past ("which was to be played ... from
    Thursday, Feb. 24"), which may be still to come."""
    lo = max(0, expression.start - PLANNED_REACH)
    return _PLAN_IN_THE_PAST_BEFORE.search(text, lo, expression.start) is not None


# The day a thing that began on the day told has reached: "now in its fourth day"
_DAY_COUNT = re.compile(
    rf"\b(?:now\s+)?(?:in|into|on|entering|entered|enters)\s+its\s+({lx.ORDINAL_RE}|"
    r"[1-9]\d?(?:st|nd|rd|th))\s+day\b",
    re.IGNORECASE,
)
_BEGAN = re.compile(r"\b(?:began|begun|started|opened|broke\s+out|erupted)\b")


def _told_apart_from_yesterday(
    text: str, expressions: list[TimeExpression], weekday: int
) -> bool:
    """Whether a sentence names `weekday` (0 Monday) and "yesterday" both: two days, since
    no writer names one day two ways in a sentence."""
    return any(
        e.value == f"XXXX-WXX-{weekday + 1}"
        and not e.text.lower().startswith(_NOT_THE_DAY)
        and _YESTERDAY.search(text, *_between_full_stops(text, e.start, e.end))
        for e in expressions
    )


def _all_told_past(expressions: list[TimeExpression], tenses: TenseIndex, weekday: int) -> bool:
    """Whether every bare mention of `weekday` (0 Monday) is told in the past tense."""
    told = [tenses.tense(e.start, e.end) for e in expressions
            if (found := _WEEKDAY_VALUE.match(e.value)) is not None
            and found.group(1) == str(weekday + 1)  # (and its time: "2am on Wednesday")
            and not e.text.lower().startswith(_NOT_THE_DAY)]  # fmt: skip
    return bool(told) and all(tense is Tense.PAST for tense in told)


def _told_ahead(text: str, expression: TimeExpression, tenses: TenseIndex) -> bool:
    """Whether `expression` is told as still to come: in the future tense, or as the day a
    thing is on ("the quiz night is on Saturday 2 July", "The final is Sunday, Aug. 3")."""
    return tenses.tense(expression.start, expression.end) is Tense.FUTURE or bool(
        _IS_ON_BEFORE.search(text, max(0, expression.start - IS_ON_REACH), expression.start)
    )


# A thing's day told in the present: "the fete is on", "The final is", not "Today is"
_IS_ON_BEFORE = re.compile(
    r"(?<![Tt]oday )(?<![Tt]onight )(?<![Ii]t )\b(?:is|are)[ \t]+(?:on[ \t]+)?$"
)
IS_ON_REACH = 20  # characters back from a day to the "is on" before it


def _weekday_dated_later(
    text: str, expressions: list[TimeExpression], after: dt.date, tenses: TenseIndex
) -> tuple[dt.date, str] | None:
    """The earliest day the paper can be on, by the year-less days it writes with their
    weekdays ("on Friday, Jan. 19", "next Thursday, Feb. 22"), when the year nearest `after`
    in which they fall on those weekdays puts them after it: a day told is on or before
    the paper, a day to come at most AHEAD_DAYS after it. None when none is later."""
    latest_bound: tuple[dt.date, str] | None = None
    ahead_days = AHEAD_DAYS
    nearest_ahead: tuple[dt.date, str] | None = None  # (only the nearest day to come bounds
    # the paper: "dinner ... on Thursday, Nov. 27" and "a toy giveaway set for Saturday,
    # Dec. 20" put it in the days before the 27th, not before the 20th)
    years = range(after.year - WEEKDAY_YEARS, after.year + WEEKDAY_YEARS + 1)
    for e, month, day_of_month, weekday in _weekday_dated(text, expressions):
        if not (fits := _on_its_weekday(month, day_of_month, weekday, years)):
            continue
        if _planned_in_the_past(text, e):
            continue  # "which was to be played ... from Thursday, Feb. 24": a plan, perhaps
            # still to come
        day = min(fits, key=lambda fit: abs((fit - after).days))
        if _first_set_for(text, e):
            day = next((fit for fit in fits if fit > after), day)  # (the first after it)
            if day > after and (latest_bound is None or day > latest_bound[0]):
                latest_bound = day, e.text  # a plan given up: the paper is after it
            continue
        this_week = _THIS_BEFORE.search(text, max(0, e.start - 6), e.start) is not None
        if this_week or _told_ahead(text, e, tenses) or e.text.lower().startswith(
            ("next", "this coming")
        ):
            if nearest_ahead is None or day < nearest_ahead[0]:
                nearest_ahead = day, e.text
                ahead_days = THIS_WEEK_DAYS if this_week else AHEAD_DAYS  # ("a feast this
                # Saturday, Aug. 23": the paper in the six days before it)
        elif day > after and (latest_bound is None or day > latest_bound[0]):
            latest_bound = day, e.text
    if nearest_ahead is not None:
        bound = nearest_ahead[0] - dt.timedelta(days=ahead_days)
        if bound > after and (latest_bound is None or bound > latest_bound[0]):
            latest_bound = bound, nearest_ahead[1]
    return latest_bound


_WEEKDAY_WORD = re.compile(lx.WEEKDAY_WORD_RE, re.IGNORECASE)
LINE_DATE_MAX_WORDS = 10  # a head line that is mostly its date: "Sent: Thu, 17 Sep 2048 05:45"


def _line_of(text: str, expression: TimeExpression) -> str:
    """The line `expression` stands on."""
    line_end = text.find("\n", expression.end)
    return text[text.rfind("\n", 0, expression.start) + 1 : line_end if line_end >= 0 else None]


# An embedded post's signature: "— SOMELEC (@somelec_mr) June 12, 2086"
_EMBED_SIGNATURE = re.compile(r"[—–-]{1,2}[ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]+[^\n]{6,30}")
# A post told as last night's or yesterday's: "said in a post on X late last night"
_POSTED_LAST_NIGHT = re.compile(
    r"\b(?:post|posted|tweet|tweeted|wrote)\b[^.!?\n]{0,40}\b(?:last[ \t]+night|yesterday)\b",
    re.IGNORECASE,
)
FURNITURE_LINE_MAX_WORDS = 14  # a page's line around a date: a credit, a footer, a stamp


def _furniture_date(text: str, latest: TimeExpression) -> bool:
    """Whether `latest`, a date with its year, stands on a short line of the page's
    furniture, no sentence of the story (no full stop at its end): a newsletter's "Sent
    from Adamstown, Pitcairn Island · 14 October 2058, 4:20 pm PST", an embedded post's
    "— SOMELEC (@somelec_mr) June 12, 2086": the page's own day, which the weekdays the
    story tells as past do not move."""
    if not _FOUR_DIGIT_YEAR.search(latest.text):
        return False
    line = _line_of(text, latest).strip()
    return len(line.split()) <= FURNITURE_LINE_MAX_WORDS and not line.endswith(
        (".", "!", "?", '"', "”", "’", ":", ","))


def _own_weekday_line(text: str, latest: TimeExpression, day: dt.date) -> bool:
    """Whether `latest` stands in the article's head on a short line of its own with the
    weekday `day` falls on ("Sent: Thu, 17 Sep 2048 05:45:03 +0300")."""
    if latest.start >= CHECK_HEAD_CHARS or not (weekday := _WEEKDAY_WORD.search(latest.text)):
        return False
    return (len(_line_of(text, latest).split()) <= LINE_DATE_MAX_WORDS
            and lx.weekday_of_stem(weekday.group(1)) == day.weekday())  # fmt: skip


# What a stamp line holds after its day: a clock time and zone, then furniture after a
# bar ("Apr. 8   06:42 pm JST   |   Comments (3)")
_STAMP_LINE_REST = re.compile(
    r"[ \t]*(?:,[ \t]*)?(?:\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?)?"
    r"[ \t]*(?:[|·•][^\n]*)?$",
    re.MULTILINE,
)


# A clock to the second after a day, then the line's end: a system's stamp (a printout's,
# an export's), whatever words come before it
_MACHINE_CLOCK_REST = re.compile(r"[ \t]*,?[ \t]*\d{1,2}:\d\d:\d\d(?:[ \t]+[A-Z]{2,5})?[ \t]*$",
                                 re.MULTILINE)
_STAMP_LABEL = re.compile(
    r"(?i:published|posted|updated|date|dated)(?:[ \t]+on)?[ \t]*:?"
    r"|[A-Z][\w&'’-]*(?:[ \t][A-Z][\w&'’-]*)?[ \t]*[|·•]"  # (an app card's section: "Local ·")
)


def _stamp_line_day(text: str, expression: TimeExpression) -> bool:
    """Whether `expression` is the day of a stamp line in the head, which has nothing but a
    label before it and only its time and furniture after ("Apr. 8   06:42 pm JST   |
    Comments (3)", "Published: Apr. 8"): the paper's day, as a wire dateline's is."""
    line_start = text.rfind("\n", 0, expression.start) + 1
    before = text[line_start : expression.start].strip()
    if _MACHINE_CLOCK_REST.match(text, expression.end):
        return True  # "ENPS - Printed by: KWALSH on 12/02/2048 06:52:07": a system's stamp
    return (not before or _STAMP_LABEL.fullmatch(before) is not None) and bool(
        _STAMP_LINE_REST.match(text, expression.end))


STAMP_AFTER_DAYS = 14  # days after the latest day written a year-less stamp may be


# An app's share line, whose day is the reader's sharing: "Shared from the Kuwait Observer
# app on 14 Mar 2052"
_SHARED_ON = re.compile(r"(?i:\bshared[ \t]+(?:from|via|with)\b[^\n]{0,60}\bon)[ \t]+$")


def _year_less_stamp(
    text: str, expressions: list[TimeExpression], found: dt.date, *, shared: bool = False
) -> tuple[dt.date, str] | None:
    """A year-less stamp line's day in the head ("May 12 · 47 min 35 sec", a podcast
    episode's), in the year of the day `found`, when it is that day or one of the
    STAMP_AFTER_DAYS after it (or before it, when `found` is the day the page was `shared`:
    "Tue, 12 Mar · 09:40 · 3 min read" over "Shared from ... on 14 Mar 2052"); and the
    words for the note."""
    for e in expressions:
        if e.start >= CHECK_HEAD_CHARS:
            break
        if (
            (day_month := _YEAR_LESS_DAY.match(e.value[:10])) is not None
            and _stamp_line_day(text, e)
            and (day := safe_day(found.year, int(day_month[1]), int(day_month[2])))
            and (0 <= (day - found).days <= STAMP_AFTER_DAYS
                 or (shared and 0 <= (found - day).days <= STAMP_AFTER_DAYS))
        ):
            return day, f", on its year-less stamp '{e.text}'"
    return None


_FOUR_DIGIT_YEAR = re.compile(r"\b\d{4}\b")
DATELINE_LEAD_WORDS = 6  # words before a dateline's date: "Tabuk, Rabi Al-Awwal 8, 1467,"


def _dated_head_line(text: str, latest: TimeExpression) -> bool:
    """Whether `latest`, a date with its year, opens a line of the article's head (after a
    place's words at most: "Tabuk, Rabi Al-Awwal 8, 1467, January 26, 2045, SPA -- ..."; not
    "Delegates met in Geneva on Nov. 14, 2017"): a
    dateline, the paper's own day, which the weekdays the story names do not move."""
    if latest.start >= CHECK_HEAD_CHARS or not _FOUR_DIGIT_YEAR.search(latest.text):
        return False
    line_start = text.rfind("\n", 0, latest.start) + 1
    words = text[line_start : latest.start].split()
    return len(words) <= DATELINE_LEAD_WORDS and not any(w[:1].islower() for w in words)


def _between_full_stops(text: str, start: int, end: int) -> tuple[int, int]:
    """The span from after the full stop (or blank line) before `start` to the one after
    `end` (or the text's ends): a cheap sentence, enough for the cue words read in it."""
    ends = [found for mark in (".", "\n\n") if (found := text.find(mark, end)) >= 0]
    begin = max(text.rfind(".", 0, start) + 1, text.rfind("\n\n", 0, start) + 2)
    return begin, min(ends, default=len(text))


_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-(\d)(?:T|$)")
# A weekday a span runs from (`SINCE_BEFORE`) names no paper's day: "has fallen since
# Sunday" (a weekday "until" or "by" may: review set 63's SMS backup, set 38's council story)
SINCE_REACH = 7  # characters before a weekday searched for "since"


def _weekday_mentions(
    expressions: list[TimeExpression], tenses: TenseIndex | None = None, *, ahead: bool = False
) -> Counter[str]:
    """How often each weekday is named on its own ("on Monday", not "last Friday"), and,
    given the tenses, not as a day to come ("Its board will meet on Monday"), or, `ahead`,
    only as one."""
    return Counter(found.group(1) for e in expressions
                   if (found := _WEEKDAY_VALUE.match(e.value)) is not None  # (and its time:
                   and not e.text.lower().startswith(_NOT_THE_DAY)  # "2am on Wednesday")
                   and (tenses is None
                        or (tenses.tense(e.start, e.end) is Tense.FUTURE) is ahead
                        and (ahead or not SINCE_BEFORE.search(
                            tenses.text, max(0, e.start - SINCE_REACH), e.start)))
                   )  # fmt: skip


def _on_weekday(lo: dt.date, hi: dt.date, weekdays: Counter[str]) -> dt.date:
    """The first day from `lo` on the weekday most named that comes by `hi`; else `lo`.
    Of weekdays named as often, the latest from `lo`: the paper is on or after each day it
    tells ("at about 4:50 p.m. Tuesday", "2 a.m. Wednesday": the Wednesday)."""
    days = sorted(
        ((-count, -(day - lo).days, day) for number, count in weekdays.items()
         if (day := lo + dt.timedelta(days=(int(number) - 1 - lo.weekday()) % 7)) <= hi)
    )
    return days[0][2] if days else lo


def _head_period_line(text: str, expression: TimeExpression) -> bool:
    """Whether `expression`, a period with its year but no day ("Winter 2067", "March
    2058"), stands in the article's head on a short line of its own with no sentence: an
    issue's or a diary's own period."""
    if expression.start >= CHECK_HEAD_CHARS or _FULL_DAY.match(expression.value[:10]):
        return False
    line = _line_of(text, expression)
    return len(line.split()) <= LINE_DATE_MAX_WORDS and not _SENTENCE_END.search(line)


_SENTENCE_END = re.compile(r"[.!?][\"'”’]?[ \t]*$")


def _split_year_of(text: str, expression: TimeExpression) -> int | None:
    """The first year of the split-year label ("2030-31") `expression` is (part of)."""
    for label in lx.SPLIT_YEAR.finditer(text, max(0, expression.start - 5), expression.end + 3):
        if label.start() <= expression.start and expression.end <= label.end():
            return int(label.group(1))
    return None


def _latest_told(
    text: str, expressions: list[TimeExpression], tenses: TenseIndex
) -> dt.date | None:
    """The end of the latest period with a year that the article tells in the past tense,
    not as a bound still to come ("enough cash to last until mid-2028") nor as a start
    ("since October 2016"), if any."""
    told = []
    since: list[dt.date] = []  # the ends of the years things have been so "since"
    quoted = _Quotations(text)
    for e in expressions:
        if e.end_date is None or e.start_date is None or not _WITH_YEAR.match(e.value):
            continue
        if year_in_a_name(text, e):
            continue  # "part of Expansion Step 2035": a plan's name, no year told
        if (ago := _YEARS_AGO_BEFORE_YEAR.search(text, max(0, e.start - 60), e.start)) and (
            (years := lx.parse_number(ago.group(1))) is not None and years == int(years)
        ):  # "the capsule they buried fifty years ago, in the spring of 1993": 2043
            told.append(dt.date(e.start_date.year + int(years), 1, 1) - dt.timedelta(days=1))
            continue
        if _ANAPHORIC_YEAR.match(e.text):
            continue  # "the lats that year": a year told before, counted there (or not)
        if _signed_up(text, e):
            continue  # a reader's sign-up in a newsletter's foot
        if quoted.around(e.start):
            continue  # 'wrote as a child: "In 2043 I will be a doctor"', a drawing of
            # "Kuldīga in 2043": a quotation's year, no year the story tells
        before = (max(0, e.start - 40), e.start)
        if _head_period_line(text, e):  # "Winter 2067 · Week 25" over a diary, "Spring
            # 2058 · Issue 14" over a newsletter: the paper is in that year or after it
            told.append(dt.date(e.start_date.year, 1, 1) - dt.timedelta(days=1))
        elif (split := _split_year_of(text, e)) is not None:
            # "the excise policy for 2030-31", a financial year or season: the paper is in
            # it or after it, not after its end
            told.append(dt.date(split, 1, 1) - dt.timedelta(days=1))
        elif _SO_FAR_BEFORE.search(text, *before):  # "17 sinkings so far in 2025": the
            told.append(e.start_date - dt.timedelta(days=1))  # paper is in that year
        elif SINCE_BEFORE.search(text, *before) and _FOUR_DIGIT_YEAR.fullmatch(e.value) and (
            tenses.tense(e.start, e.end) is not Tense.FUTURE
        ):  # "It was the band's first title since 2054": the paper is after that year (a
            since.append(e.end_date)  # month's start, "since October 2016", bounds too
            # little; only a bound on a year told otherwise: "a UNESCO site since 2000"
            # alone dates no page)
        elif (not _LIMIT_BEFORE.search(text, *before) or _WHEN_PAST_AFTER.match(text, e.end)
              ) and not _PLANNED_BEFORE.search(
            text, *before
        ) and not PLAN_FOR_BEFORE.search(text, *before) and tenses.tense(
            e.start, e.end
        ) is Tense.PAST:
            told.append(e.end_date)
        if (ago := _YEARS_AGO_AFTER.match(text, e.end)) is not None and (
            (years := lx.parse_number(ago.group(1))) is not None and years == int(years)
        ):  # "first used in June 2040, two years ago": the paper is in 2042
            if ago.group("half"):  # "In March 2035, two and a half years ago": from June
                months = int(years) * 12 + 6 - HALF_YEAR_SLACK_MONTHS  # 2037 on
                told.append(_months_before(e.start_date.replace(day=1), -months)
                            - dt.timedelta(days=1))  # fmt: skip
            else:
                told.append(dt.date(e.start_date.year + int(years), 1, 1) - dt.timedelta(days=1))
    if (birthday := _latest_birthday(text, expressions)) is not None:
        told.append(birthday)  # "born on 11 March 1991 ... turned 37 in March": 2028
    for aged in chain(_AGE_NOW_AND_THEN.finditer(text), _TURNED_AGE_THEN.finditer(text)):
        now, then = int(aged["now"]), lx.parse_number(aged["then"])
        if then is not None and then == int(then) and 0 <= now - then < MAX_AGE:
            # "Felipe Coroy, 81, ... flew his first kite here in 1983, at the age of 11":
            # the paper is in 2053
            told.append(dt.date(int(aged["year"]) + now - int(then), 1, 1) - dt.timedelta(days=1))
    return max(told + since) if told else None


_ANAPHORIC_YEAR = re.compile(r"(?i:that|the\s+same)\s+year\b")
# A day written as the one some years to the day before the story's: "100 years to the day
# after the Ash Wednesday fires of February 16, 1983"
YEARS_TO_THE_DAY_REACH = 80  # characters back from the written day
_YEARS_TO_THE_DAY_BEFORE = re.compile(  # ("exactly 100 years after", "a century to the day
    rf"\b(?:(?P<exactly>exactly)[ \t]+)?(?P<count>\d{{1,4}}|{lx.NUMBER_WORD}|a)[ \t]+"  # since")
    r"(?P<unit>years?|centur(?:y|ies))[ \t]+(?P<day>to[ \t]+the[ \t]+day[ \t]+)?"
    r"(?:after|since)\b[^.;!?\n]{0,60}$", re.IGNORECASE
)
# How long ago a year told after it was: "fifty years ago, in the spring of 1993"
_YEARS_AGO_BEFORE_YEAR = re.compile(
    rf"\b(\d{{1,3}}|{lx.NUMBER_WORD}|a)[ \t]+years?[ \t]+ago,?[ \t]+(?:in[ \t]+)?"
    r"(?:the[ \t]+(?:\w+[ \t]+)?of[ \t]+)?$", re.IGNORECASE
)


def _counted_year(text: str, expressions: list[TimeExpression]) -> int | None:
    """The paper's year that a year told with how long ago it was gives ("in 2037, eight
    years ago": 2045), if any."""
    for e in expressions:
        if e.start_date is not None and _WITH_YEAR.match(e.value) and (
            (ago := _YEARS_AGO_AFTER.match(text, e.end)) is not None and not ago.group("half")
            and (years := lx.parse_number(ago.group(1))) is not None and years == int(years)
        ):
            return e.start_date.year + int(years)
    return None


COUNTED_YEAR_SLACK_DAYS = 14  # how far into the year before a counted year a day may fall
# A year told with how long ago it was: "in June 2040, two years ago", "(2019, five years
# ago)"
_YEARS_AGO_AFTER = re.compile(
    rf",?[ \t]+(\d{{1,2}}|{lx.NUMBER_WORD}|a)(?P<half>[ \t]+and[ \t]+a[ \t]+half)?[ \t]+"
    r"years?[ \t]+ago\b", re.IGNORECASE
)
HALF_YEAR_SLACK_MONTHS = 3  # "two and a half years ago" is told of 27 to 33 months


# An age reached: "turned 37 in March"; an age at death: "who has died aged 91".
_TURNED = re.compile(
    rf"\bturned\s+(\d{{1,3}}|{lx.NUMBER_WORD})\b|"
    r"\b(?:died|dies)\s+(?:aged\s+|at\s+(?:the\s+age\s+of\s+)?)(\d{1,3})\b"
)  # ("yesterday she turned ten")
# Within a sentence, whose abbreviations ("Sault Ste. Marie, Ont., on March 3, 1962") do
# not end it.
_IN_SENTENCE = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.)"
_BORN_BEFORE = re.compile(rf"\b(?i:born)\b{_IN_SENTENCE}{{0,60}}$")
MAX_AGE = 120
AGE_REACH = 300  # characters between "turned 37" and the birth date it goes with


# A person's age now, then the age they were in a year told in the same sentence:
# "Felipe Coroy, 81, the group's oldest member, flew his first kite here in 1983, at the
# age of 11"
_AGE_NOW_AND_THEN = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3},[ \t]+(?P<now>\d{1,3}),[^.;!?\n]{0,160}?"
    r"\bin[ \t]+(?P<year>(?:1[89]|20)\d\d),?[ \t]+"
    r"(?:at[ \t]+the[ \t]+age[ \t]+of|aged|when[ \t]+(?:he|she)[ \t]+was)[ \t]+"
    rf"(?P<then>\d{{1,3}}|{lx.NUMBER_WORD})\b"
)


# The same told as an age reached: "Sadie McKinley, who turned 90 in June, ... She first
# stood behind it in 2011, when she was 20" (the next sentence may tell the then)
_TURNED_AGE_THEN = re.compile(
    r"\bturned[ \t]+(?P<now>\d{1,3})\b[^;!?\n]{0,200}?"
    r"\bin[ \t]+(?P<year>(?:1[89]|20)\d\d),?[ \t]+"
    r"(?:at[ \t]+the[ \t]+age[ \t]+of|aged|when[ \t]+(?:he|she)[ \t]+was)[ \t]+"
    rf"(?P<then>\d{{1,3}}|{lx.NUMBER_WORD})\b"
)


def _latest_birthday(text: str, expressions: list[TimeExpression]) -> dt.date | None:
    """The birthday an article's "turned 37" tells, from the one birth date written near
    it ("Kettering, who turned 37 in March, was born in Stanmoor on 11 March 1991"), if
    any (not a child's "was born in February 2024" further on)."""
    births = [(e.start, e.start_date, e.granularity is Granularity.YEAR) for e in expressions
              if e.start_date is not None and _WITH_YEAR.match(e.value)
              and _BORN_BEFORE.search(text, max(0, e.start - 60), e.start)]  # fmt: skip
    days = set()
    for turned in _TURNED.finditer(text):
        age = lx.parse_number(turned.group(1) or turned.group(2))
        if age is None or age != int(age):
            continue
        age = int(age)
        for at, born, year_only in births:
            if 0 < age < MAX_AGE and (
                abs(at - turned.start()) <= AGE_REACH
                or _same_person(text, turned.start(), at)
                or (turned.group(2) and len(births) == 1)  # an obituary's one birth date
            ):
                if year_only:  # "born ... in 2044", "she turned ten": in 2054 or after
                    days.add(dt.date(born.year + age, 1, 1) - dt.timedelta(days=1))
                    continue
                with suppress(ValueError):  # (29 February)
                    days.add(born.replace(year=born.year + age))
    return days.pop() if len(days) == 1 else None


_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+\s+){1,3})(?:\w+\s+){0,2}$")
_BIRTH_NAME_BEFORE = re.compile(
    r"((?:[A-Z][\w'’-]+\s+){1,3})(?:was|is)\s+born\b" + _IN_SENTENCE + "{0,60}$"
)


def _same_person(text: str, turned: int, born: int) -> bool:
    """Whether the names written just before "turned 64" and before "was born ... on March
    3, 1962" share a word: "Dennis Arsenault turned 64 ... Arsenault was born", however
    far apart."""
    name = _NAME_BEFORE.search(text, max(0, turned - 60), turned)
    birth = _BIRTH_NAME_BEFORE.search(text, max(0, born - 100), born)
    if name is None or birth is None:
        return False
    return bool(set(name.group(1).split()) & set(birth.group(1).split()) - {"The", "He", "She"})


# The paper's day counted from the day it calls yesterday, today or tomorrow
_DAYS_AFTER_IT = {"yesterday": 1, "today": 0, "tonight": 0, "tomorrow": -1}
# A relative clause the date stands in, set off by commas: "Kwesi Badu, who won the Dec. 7
# election, visited the market yesterday" (yesterday is not Dec. 7)
_IN_RELATIVE_CLAUSE = re.compile(r",[ \t]+(?:who|which)\b[^,.;!?\n]*$")
RELATIVE_CLAUSE_REACH = 80
_TOLD_AS = "(yesterday|today|tomorrow)"
_TOLD_AS_DAY = re.compile(rf"\b{_TOLD_AS}\b", re.IGNORECASE)
# "yesterday signed a two-year pay deal, ending a 12-day strike": yesterday that thing's
# last day
_ENDED_YESTERDAY = re.compile(
    rf"\byesterday\b[^.!?\n]{{0,120}}?\bending[ \t]+(?:a|an|the|its|their)[ \t]+"
    rf"({lx.NUMBER_WORD}|\d{{1,3}})-day[ \t]+([a-z]{{3,}})\b",
    re.IGNORECASE,
)
# "yesterday, two days after the fire": yesterday counted from a happening
_YESTERDAY_COUNTED = re.compile(
    r"\byesterday(?:[ \t]+(?:morning|afternoon|evening|night))?,?[ \t]+"
    r"(?:(?P<nearly>nearly|almost|just[ \t]+under)[ \t]+|(?:about|some|more[ \t]+than)[ \t]+)?"
    rf"({lx.NUMBER_WORD}|\d{{1,2}})[ \t]+days?[ \t]+after[ \t]+(?:the|a|an)[ \t]+"
    r"(?:[a-z]+[ \t]+)??([a-z]{3,})\b",
    re.IGNORECASE,
)  # ("yesterday evening, nearly three days after a main burst ... on Monday": Monday 4.50
# a.m. to Wednesday evening, two days and more)
_TODAY_IS = re.compile(
    rf"\b(?:[Tt]oday(?:\s+is|,)\s+an?|(?<![\w,]\s)It\s+is|"
    rf"[Aa]s\s+I\s+(?:write|type)(?:\s+this)?(?:\s+on)?)\s+({lx.WEEKDAY_NAME_RE})\b"
)  # ("Today is a Saturday", "It is Thursday morning, five days after the ceremony", "As
# I write this on Sunday night")
# Yesterday's weekday, told as one of its kind in the same sentence: "By yesterday morning
# the wind had dropped, and with no school on a Sunday, ..."
_YESTERDAY_WAS_A = re.compile(
    rf"\b[Yy]esterday\b[^.!?\n]{{0,120}}?\b(?:on|being|was)[ \t]+a[ \t]+({lx.WEEKDAY_NAME_RE})\b"
    rf"|\b(?:on|being|was)[ \t]+a[ \t]+({lx.WEEKDAY_NAME_RE})\b[^.!?\n]{{0,120}}?\b[Yy]esterday\b"
)
WEEKDAY_YEARS = 12  # a weekday and a day of the month come round again within this many


_RUN_ON = dt.timedelta(days=7)  # how far past a day written with its weekday the story runs


def _year_less_days(
    text: str, expressions: list[TimeExpression], after: dt.date, tenses: TenseIndex
) -> list[tuple[dt.date, TimeExpression]]:
    """Year-less days ("May 6") not still to come, each in the first year that puts it
    after `after`; or, when a day is written with its weekday ("Sunday, Dec. 20"), in the
    year up to that day that the first such year after `after` gives ("June 12, a Friday"
    too), or in the days just after it ("the early hours of Sunday, November 9" ... "the
    Armistice Day silence" of the 11th)."""
    hint: dt.date | None = None
    for e, month, day, weekday in _weekday_dated(text, expressions):
        if _first_set_for(text, e):
            continue  # (a plan given up bounds the paper from before, not after)
        later = [when for when in _on_its_weekday(month, day, weekday,
                                                  range(after.year, after.year + WEEKDAY_YEARS))
                 if when > after]  # fmt: skip
        if later:
            hint = later[0] if hint is None else max(hint, later[0])
    days = []
    quoted = _Quotations(text)
    for e in expressions:
        if (only_day := _DAY_ONLY.match(e.value)) and (
            its_weekday := lx.weekday_number(e.text)
        ) is not None and tenses.tense(e.start, e.end) is not Tense.FUTURE:
            # "Yesterday, Friday the 15th": the first 15th after `after` that is a Friday
            fits = (on_it for step in range(WEEKDAY_DAY_MONTHS + 1)
                    if (on_it := safe_day(*shift_months(after.year, after.month, step),
                                          int(only_day[1])))
                    and on_it > after and on_it.weekday() == its_weekday)  # fmt: skip
            if (fit := next(fits, None)) is not None:
                days.append((fit, e))
            continue
        if (found := _YEAR_LESS_DAY.match(e.value[:10])) is None or _counted_from_the_paper(e):
            continue
        if _told_ahead(text, e, tenses) or _planned_in_the_past(text, e):
            continue  # "The last dinner will be served on Sunday, Dec. 20": after the paper
            # ("which was to be played ... from Thursday, Feb. 24": a plan, perhaps ahead)
        if quoted.around(e.start):
            continue  # "Bank holidays included, Christmas Day included," she says: any year
        month, day = int(found[1]), int(found[2])
        years = ((hint.year, hint.year - 1) if hint is not None
                 else (after.year, after.year + 1))  # fmt: skip
        named = _is_feast(e.text) and (
            (fixed := _holiday_in(e.text, UNANCHORED_HOLIDAY_YEAR)) is not None
            and (fixed.month, fixed.day) == (month, day)
        )  # (a country's own day, which the name alone does not give: "the Restoration of
        # Independence Day" in a Latvian story is 4 May, not the fourth of July)
        for year in years:
            with suppress(ValueError):  # 29 February
                placed = (named and _holiday_in(e.text, year)) or dt.date(year, month, day)
                # ("Trinity Sunday": that year's, not the day of the month of 2000's)
                if (placed <= hint + _RUN_ON) if hint is not None else (placed > after):
                    days.append((placed, e))
                    break
    return days


_DAY_ONLY = re.compile(r"XXXX-XX-(\d{2})")  # a day of an unknown month ("Friday the 15th")
WEEKDAY_DAY_MONTHS = 24  # months after the latest period told searched for it


class _Quotations:
    """Which positions of a text lie inside a direct quotation."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = sentences(text)
        self.starts = [start for start, _ in self.spans]

    def around(self, position: int) -> bool:
        """Whether `position` is inside a quotation of its sentence."""
        at = bisect_right(self.starts, position) - 1
        return at >= 0 and in_quotation(self.text, self.spans[at], position)


# "Later this month it turns 130", "this year marks the 50th anniversary": a count of
# years from a written date to an anniversary near the paper's day.
_ANNIVERSARY = re.compile(
    r"\b(?:(?:turns|will\s+turn|is\s+to\s+turn|marks|will\s+mark|celebrates|will\s+celebrate)"
    r"\s+(?:its\s+|the\s+|her\s+|his\s+|their\s+)?(\d{1,3}|" + lx.NUMBER_WORD + r")"
    r"(?:st|nd|rd|th)?(?:\s+(?:anniversary|birthday|years?(?:\s+old)?))?"
    r"(?!\s*(?:%|per\s?cent|degrees?|[a-z]+(?<!on)(?<!in)(?<!at)(?<!and)(?<!this)(?<!next)"
    r"(?<!later)(?<!since)(?<!of)(?<!when)(?<!with)\b))"
    # "it will be forty years old this Saturday"
    r"|(?:will\s+be|is)\s+(\d{1,3}|" + lx.NUMBER_WORD + r")\s+years?\s+(?:old|since)\b"
    # "will celebrate its centenary next year"
    r"|(?:celebrates?|marks?|reaches|reach)\s+(?:its|their|her|his|the)\s+"
    r"(centenary|centennial|bicentenary|bicentennial|sesquicentennial|golden\s+jubilee|"
    r"diamond\s+jubilee)\b"
    # "Yesterday, on what would have been her 65th wedding anniversary"
    r"|what\s+would\s+have\s+been\s+(?:her|his|their|its)\s+(\d{1,3})(?:st|nd|rd|th)\s+"
    r"(wedding\s+anniversary|birthday)\b)",
    re.IGNORECASE,
)
# The day a wedding or a birth anniversary counts from: in a sentence that tells it
_COUNTED_FROM = {"wedding anniversary": re.compile(r"\bmarri(?:ed|age)\b|\bwedding\b", re.I),
                 "birthday": re.compile(r"\bborn\b", re.I)}  # fmt: skip
# When the anniversary falls, as the sentence counting to it says: the paper's window
# as months before the anniversary's month (0: that month) or years before its year.
_ANNIVERSARY_WHEN = (
    (re.compile(r"\b(?:later|earlier)\s+this\s+month\b|\bthis\s+month\b", re.I), "month", 0),
    (re.compile(r"\bnext\s+month\b", re.I), "month", 1),
    (re.compile(r"\b(?:later|earlier)\s+this\s+year\b|\bthis\s+year\b", re.I), "year", 0),
    (re.compile(r"\bnext\s+year\b", re.I), "year", 1),
    (re.compile(r"\btoday\b", re.I), "day", 0),
    (re.compile(r"\btomorrow\b", re.I), "day", 1),
    (re.compile(r"\byesterday\b", re.I), "day", -1),
    (re.compile(r"\b(?:this|next)\s+week\b|\b(?:on|this)\s+" + lx.WEEKDAY_NAME_RE + r"\b"),
     "week", 0),
)  # fmt: skip
_NAMED_ANNIVERSARIES = {"centenary": 100, "centennial": 100, "bicentenary": 200,
                        "bicentennial": 200, "sesquicentennial": 150, "golden jubilee": 50,
                        "diamond jubilee": 60}  # fmt: skip
ANNIVERSARY_REACH = 300  # characters between a count of years and the date it counts from


# A page address's year and month with no day: ".../2052/03/three-dead-..."
_ADDRESS_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?!\d)")
ADDRESS_LINES = 3  # lines at a page's head searched for its address
_ADDRESS_WORDS = "its address's month"


def _address_month(text: str) -> tuple[dt.date, dt.date, str] | None:
    """The month a page's address names in its path, on a line of its own at the page's
    head ("https://www.dailyclarion.ng/2052/03/three-dead-..."): the days the paper can be
    published on, and the words."""
    for line in text.lstrip().split("\n", ADDRESS_LINES)[:ADDRESS_LINES]:
        if URL_LINE.fullmatch(line) and (found := _ADDRESS_MONTH.search(line)):
            year, month = int(found.group(1)), int(found.group(2))
            return (dt.date(year, month, 1), month_end(year, month),
                    f"{_ADDRESS_WORDS}, '{found.group(0)}'")
    return None


def _anniversary_window(
    text: str, expressions: list[TimeExpression]
) -> tuple[dt.date, dt.date, str] | None:
    """The days the paper can be published on, from an anniversary it counts to ("set going
    on 22 June 1897 ... Later this month it turns 130": 1-21 June 2027), and the words."""
    dated = [(e, dt.date.fromisoformat(e.value[:10]) if _FULL_DAY.match(e.value[:10])
              else e.start_date) for e in expressions
             if e.start_date is not None and _WITH_YEAR.match(e.value)]  # fmt: skip
    for match in _ANNIVERSARY.finditer(text):
        named = match.group(3)
        count = match.group(1) or match.group(2) or match.group(4)
        years = (_NAMED_ANNIVERSARIES[" ".join(named.lower().split())] if named
                 else lx.parse_number(count))  # fmt: skip
        sentence_start, sentence_end = _between_full_stops(text, match.start(), match.end())
        earlier = [(e, start) for e, start in dated
                  if match.start() - ANNIVERSARY_REACH <= e.start < match.start()]  # fmt: skip
        after = [(e, start) for e, start in dated  # "marks 40 years since ... in 1986"
                 if match.end() <= e.start < sentence_end]  # fmt: skip
        if match.group(5):  # the wedding's or the birth's day, wherever the text tells it
            counted_from = _COUNTED_FROM[" ".join(match.group(5).lower().split())]
            earlier, after = [], [
                (e, start) for e, start in dated if _FULL_DAY.match(e.value[:10])
                and counted_from.search(text[slice(*_between_full_stops(text, e.start, e.end))])
            ][:1]
        sentence = text[sentence_start:sentence_end]
        on_day = _ON_DAY.search(sentence) if match.group(1) else None
        if on_day:  # "Callahan, who turns 80 on May 2, ...": an age, from the birth the
            earlier, after = [], [  # text tells
                (e, start) for e, start in dated if _COUNTED_FROM["birthday"].search(
                    text[slice(*_between_full_stops(text, e.start, e.end))])
            ][:1]
        if not years or not 0 < years < MAX_AGE * 10 or not (earlier or after):
            continue
        base, start = earlier[-1] if earlier else after[0]
        assert start is not None
        try:
            anniversary = start.replace(year=start.year + int(years))
        except ValueError:  # (29 February)
            continue
        is_day = bool(_FULL_DAY.match(base.value[:10]))
        if on_day is not None and (
            day := _day_named(on_day, start.year + int(years))
        ) is not None:  # "turns 80 on May 2" (born 1947): the paper is in the year before
            return (day - dt.timedelta(days=YEAR_DAYS), day - dt.timedelta(days=1),
                    f"{match.group(0)} {on_day.group(0)!r} from {base.text!r}")  # fmt: skip
        for when, unit, ahead in _ANNIVERSARY_WHEN:
            if not when.search(sentence):
                continue
            if unit == "day" and is_day:  # "turns 130 today", "... tomorrow"
                lo = hi = anniversary - dt.timedelta(days=ahead)
            elif unit == "day" and (told := _year_less_day(expressions, sentence_start,
                                                          sentence_end, anniversary.year)):
                lo = hi = told - dt.timedelta(days=ahead)  # "Tomorrow, 2 April, Ushuaia
                # marks 100 years since 1982": 1 April 2082
            elif unit == "week" and is_day:  # "this Saturday": the six days before it
                lo, hi = anniversary - dt.timedelta(days=6), anniversary - dt.timedelta(days=1)
            elif unit == "month" and len(base.value) >= 7:
                first = dt.date(anniversary.year, anniversary.month, 1)
                lo = _months_before(first, ahead)
                hi = _months_before(first, ahead - 1) - dt.timedelta(days=1)
                if ahead == 0 and is_day:  # "later this month": before the day itself
                    hi = max(lo, anniversary - dt.timedelta(days=1))
            elif unit == "year":
                lo = dt.date(anniversary.year - ahead, 1, 1)
                hi = dt.date(anniversary.year - ahead, 12, 31)
            else:
                continue
            return lo, hi, f"{match.group(0)!r} from {base.text!r}"
    return (_ordinal_anniversary_window(text, dated) or _edition_window(text)
            or _whose_anniversary_window(text))  # fmt: skip


def _year_less_day(
    expressions: list[TimeExpression], start: int, end: int, year: int
) -> dt.date | None:
    """The day of a year-less date ("2 April") written between `start` and `end`, in
    `year`."""
    for expression in expressions:
        if start <= expression.start < end and (
            found := _YEAR_LESS_DAY.match(expression.value[:10])
        ):
            try:
                return dt.date(year, int(found[1]), int(found[2]))
            except ValueError:
                return None
    return None


# A year's happening and its anniversary to come, told together: "the 1982 conflict, whose
# 15th anniversary falls next month"
_WHOSE_ANNIVERSARY = re.compile(
    r"\b(?P<year>(?:1[89]|20)\d\d)\b[^.;!?\n]{0,40}?,?\s+whose\s+(?P<count>\d{1,3})(?:st|nd|rd|th)"
    r"\s+anniversary\s+(?:falls|is|comes)\s+(?P<when>(?:later\s+)?this\s+(?:month|year)|"
    r"next\s+(?:month|year))\b",
    re.IGNORECASE,
)


def _whose_anniversary_window(text: str) -> tuple[dt.date, dt.date, str] | None:
    """The year of the paper from a happening's anniversary to come ("the 1982 conflict,
    whose 15th anniversary falls next month": 1997; "... next year": the year before)."""
    if (match := _WHOSE_ANNIVERSARY.search(text)) is None:
        return None
    year = int(match.group("year")) + int(match.group("count"))
    if match.group("when").lower().endswith("next year"):
        year -= 1
    if not dt.MINYEAR < year < dt.MAXYEAR:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31), repr(match.group(0))


# A yearly event's edition, counted from its first: "It is the sixteenth ballokume fair
# since the city held the first in 2031", "the 25th annual festival, first held in 1999"
_EDITION_NOUN = (r"(?:fair|festival|edition|carnival|marathon|regatta|parade|games|"
                 r"championships?|tournament|congress|gala)")
_EDITION_COUNT = rf"\d{{1,3}}(?:st|nd|rd|th)|{lx.ORDINAL_RE}"
_EDITION = re.compile(
    rf"(?:\bthe\s+(?P<count>{_EDITION_COUNT})\s+(?:annual\s+|yearly\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_EDITION_NOUN}\b|"  # ("This year's carnival is the 25th since ...")
    rf"\b{_EDITION_NOUN}\s+(?:is|was|will\s+be)\s+the\s+(?P<after>{_EDITION_COUNT}))"
    r"(?:[^.;!?\n]{0,80}?\b(?:first|began|begun|started|launched|founded|inaugurated)\b"
    r"[^.;!?\n]{0,40}?\b(?P<year>(?:1[89]|20)\d\d)\b)"
    # ... or the first year, then the count in the present: "The city set up a Moving Day
    # desk on the line in 2048, and this is its 25th Moving Day"
    r"|\b(?:first|began|begun|started|launched|founded|inaugurated|set\s+up|established)\b"
    r"[^.;!?\n]{0,60}?\b(?P<year_first>(?:1[89]|20)\d\d)\b[^.;!?\n]{0,30}?\b(?:this|it)\s+is\s+"
    rf"(?:its|the)\s+(?P<count_after>{_EDITION_COUNT})\b",
    re.IGNORECASE,
)


def _edition_window(text: str) -> tuple[dt.date, dt.date, str] | None:
    """The year of a yearly event's edition the text counts ("the sixteenth ... fair since
    the city held the first in 2031": 2046), as the days the paper can be published on."""
    for match in _EDITION.finditer(text):
        count = (match.group("count") or match.group("after") or match.group("count_after")
                 ).lower()  # fmt: skip
        number = lx.ORDINALS.get(count) or int(re.sub(r"\D", "", count) or 0)
        if number < 2:
            continue  # ("the first fair since it began in 2031": no count)
        year = int(match.group("year") or match.group("year_first")) + number - 1
        if dt.MINYEAR < year < dt.MAXYEAR:
            return dt.date(year, 1, 1), dt.date(year, 12, 31), repr(match.group(0))
    return None


# "months before its 90th birthday", "on the eve of the 50th anniversary": an anniversary
# near the paper, named as a noun; how near, as days from it (negative: before)
_ORDINAL_ANNIVERSARY = re.compile(
    r"\b(?P<relation>(?:months|weeks|days)\s+(?:before|ahead\s+of|after)|ahead\s+of|"
    r"on\s+the\s+eve\s+of|in\s+the\s+run[- ]up\s+to)\s+(?:its|her|his|their|the)\s+"
    r"(?P<count>\d{1,3})(?:st|nd|rd|th)\s+(?:birthday|anniversary)\b",
    re.IGNORECASE,
)
_RELATION_DAYS = {"months": 365, "weeks": 60, "days": 30}
NEAR_ANNIVERSARY_DAYS = 60  # "ahead of", "on the eve of": within about two months before
# A sentence telling a beginning the anniversary counts from: "The lido opened on ..."
_BEGINNING = re.compile(
    r"\b(?:opened|founded|established|built|born|launched|began|started|formed|created|"
    r"inaugurated|set\s+up)\b", re.IGNORECASE
)


def _ordinal_anniversary_window(
    text: str, dated: Sequence[tuple[TimeExpression, dt.date | None]]
) -> tuple[dt.date, dt.date, str] | None:
    """The days the paper can be published on, from an anniversary it names as a noun
    ("mothball the pool months before its 90th birthday" with "The lido opened on Saturday
    1 August 1936": August 2025 to July 2026), counted from the first beginning it tells."""
    match = _ORDINAL_ANNIVERSARY.search(text)
    if match is None:
        return None
    years = int(match.group("count"))
    bases = [(e, start) for e, start in dated if start is not None
             and _BEGINNING.search(text[slice(*_between_full_stops(text, e.start, e.end))])]
    if not 0 < years < MAX_AGE * 10 or not bases:
        return None
    base, start = min(bases, key=lambda pair: pair[1] or dt.date.max)
    assert start is not None
    try:
        anniversary = start.replace(year=start.year + years)
    except ValueError:  # (29 February)
        return None
    last = anniversary
    if not _FULL_DAY.match(base.value[:10]):  # a year only: its whole year
        anniversary, last = dt.date(anniversary.year, 1, 1), dt.date(anniversary.year, 12, 31)
    relation = match.group("relation").lower()
    reach = dt.timedelta(days=_RELATION_DAYS.get(relation.split()[0], NEAR_ANNIVERSARY_DAYS))
    if relation.endswith("after"):
        lo, hi = last + dt.timedelta(days=1), anniversary + reach
    else:
        lo, hi = anniversary - reach, last - dt.timedelta(days=1)
    return lo, hi, f"{match.group(0)!r} from {base.text!r}"


# "New Year's Eve tomorrow", "yesterday, Anzac Day": a named day told as the paper's next,
# own or last day
_TOLD_AS_WORD = re.compile(rf"[ \t,(]{{1,3}}{_TOLD_AS}\b", re.IGNORECASE)
_TOLD_AS_WORD_BEFORE = re.compile(rf"\b{_TOLD_AS}[ \t,(]{{1,3}}$", re.IGNORECASE)


def _named_day_told_as(
    text: str, lo: dt.date, hi: dt.date, tenses: TenseIndex
) -> tuple[dt.date, TimeExpression, str] | None:
    """A named day of the window `lo`-`hi` that the text calls tomorrow, today or
    yesterday, with that word (read from the window's first day, then from its last: a
    day told as past, "yesterday, National Day", is last year's from the first)."""
    for anchor in (lo, hi):
        for e in resolve_dates(text, anchor, join_clock_days=True, tenses=tenses):
            if e.type is not TimexType.DATE or e.start_date is None or (
                e.start_date != e.end_date
            ) or not (lo <= e.start_date <= hi + dt.timedelta(days=1)) or (
                not _NAMED_DAY.search(e.text)
            ):
                continue
            word = _TOLD_AS_WORD.match(text, e.end) or _TOLD_AS_WORD_BEFORE.search(
                text, max(0, e.start - 12), e.start)
            if word is not None:
                return e.start_date, e, word.group(1).lower()
    return None


# A fixed day of the year named as yesterday, today or tomorrow: "Yesterday's St Patrick's
# Day parade", "Yesterday was the pub's first St Patrick's Day", "Today is Bastille Day"
_NAMED_AS_BEFORE = re.compile(  # ("Tonight's Dimanche Gras show": tonight is the feast's)
    r"\b(yesterday|today|tomorrow|tonight)(?:['’]s[ \t]+|[ \t]+(?:was|is|will[ \t]+be)[ \t]+"
    r"(?:[\w'’-]+[ \t]+){0,4}?|,[ \t]+)$",  # ("Tomorrow, Pentecost Sunday, it will be")
    re.IGNORECASE,
)
HOLIDAY_NEAR_DAYS = 45  # how far from the day the other clues give a holiday told so may be
MIDYEAR = (7, 1)  # an anchor that puts a holiday named alone in the anchor's own year


def _holiday_in(name: str, year: int) -> dt.date | None:
    """The day of the holiday `name` in `year`, movable feasts too ("Pentecost Sunday":
    Easter's 49th day), or None when it is no holiday."""
    found = [e.start_date for e in resolve_dates(name, dt.date(year, *MIDYEAR))
             if e.type is TimexType.DATE and e.start_date is not None
             and e.start_date == e.end_date]  # fmt: skip
    return found[0] if len(found) == 1 and found[0].year == year else None


def _holiday_told_as(
    text: str, expressions: list[TimeExpression], near: dt.date
) -> tuple[dt.date, TimeExpression, str] | None:
    """A named day of the year ("St Patrick's Day", valued XXXX-03-17) that the text
    calls yesterday, today or tomorrow, placed in the year that puts it nearest `near`,
    with that word; None when there is none within HOLIDAY_NEAR_DAYS."""
    for e in expressions:
        found = _YEAR_LESS_DAY.match(e.value[:10])
        told = _NAMED_AS_BEFORE.search(text, max(0, e.start - 40), e.start) or (
            _told_by_its_noun(text, e) if found is not None else None)
        if found is None or told is None or not _NAMED_DAY.search(e.text):
            continue
        month, day_of_month = int(found[1]), int(found[2])
        days = [day for year in (near.year - 1, near.year, near.year + 1)
                if (day := _holiday_in(e.text, year) or safe_day(year, month, day_of_month))
                is not None]  # fmt: skip
        day = min(days, key=lambda d: abs((d - near).days), default=None)
        if day is not None and abs((day - near).days) <= HOLIDAY_NEAR_DAYS:
            return day, e, told.group(1).lower()
    return None


def _told_by_its_noun(text: str, holiday: TimeExpression) -> re.Match[str] | None:
    """The "Yesterday's parade" that names the thing a holiday qualifies elsewhere ("the
    New Year's Day Junkanoo parade"): yesterday was the holiday."""
    noun = _NOUN_AFTER_HOLIDAY.match(text, holiday.end)
    if noun is None:
        return None
    return re.search(rf"\b{_TOLD_AS}['’]s[ \t]+(?:[\w-]+[ \t]+)?{noun.group(1)}\b", text,
                     re.IGNORECASE)


# The noun a holiday's name qualifies: "the New Year's Day Junkanoo parade", "the Boxing Day
# match" (the thing the day's news is about)
_NOUN_AFTER_HOLIDAY = re.compile(
    r"(?:[ \t]+[A-Z][\w'’-]*)?[ \t]+(parade|race|match|game|final|festival|ceremony|service|"
    r"procession|march|concert|celebrations?|fireworks|swim|regatta|derby|tournament|carnival)\b"
)
# A named day of the year told by its weekday from the paper's: "Christmas is next
# Thursday", "Christmas Day, which falls on Thursday" (not "falls on a Thursday this year":
# the year's weekday, no week)
_HOLIDAY_WEEKDAY_AFTER = re.compile(
    rf"(?:,?[ \t]+which)?[ \t]+(?:is|falls)[ \t]+(?:on[ \t]+)?"
    rf"(?:(?P<next>next)[ \t]+|this[ \t]+(?:coming[ \t]+)?)?(?:on[ \t]+)?"
    rf"(?P<weekday>{lx.WEEKDAY_NAME_RE})\b",
    re.IGNORECASE,
)
WEEKS_AHEAD = 53  # the most weeks a holiday told so moves a paper


def _holiday_week(
    text: str, expressions: list[TimeExpression], candidate: dt.date
) -> tuple[dt.date, str] | None:
    """`candidate` moved by whole weeks (its weekday kept) to the first day on or after it
    from which a holiday the text tells by its weekday ("Christmas is next Thursday") is
    that weekday of the next week (or, without "next", of the week just after), in the first
    year from `candidate`'s where the holiday falls on that weekday; None without such a
    holiday or fit."""
    for e in expressions:
        found = _YEAR_LESS_DAY.match(e.value[:10])
        told = _HOLIDAY_WEEKDAY_AFTER.match(text, e.end)
        if found is None or told is None or not _is_feast(e.text):
            continue
        weekday = lx.weekday_number(told.group("weekday"))
        for year in range(candidate.year, candidate.year + WEEKDAY_YEARS):
            holiday = safe_day(year, int(found[1]), int(found[2]))
            if holiday is None or holiday <= candidate or holiday.weekday() != weekday:
                continue
            for weeks in range(WEEKS_AHEAD + 1):
                paper = candidate + dt.timedelta(weeks=weeks)
                ahead = (holiday - paper).days
                if ahead < 1:
                    break
                if (
                    holiday.isocalendar()[:2] == (paper + dt.timedelta(weeks=1)).isocalendar()[:2]
                    if told.group("next") else ahead <= WEEK_DAYS
                ):
                    return paper, e.text
    return None


AHEAD_DAYS = 13  # the most days before "next Thursday, 26 February" its paper can be
THIS_WEEK_DAYS = 6  # ... and before "this Saturday, Aug. 23"
_THIS_BEFORE = re.compile(r"\bthis[ \t]+$", re.IGNORECASE)


WEEK_DAYS = 7


def _counted_from_the_paper(expression: TimeExpression) -> bool:
    """Whether a day is counted from the paper's with no date written ("Last
    Thanksgiving", not "last Sunday, 27 August")."""
    return expression.text.lower().startswith(_NOT_THE_DAY) and not any(
        c.isdigit() for c in expression.text)


def _before_a_day_ahead(
    text: str, expressions: list[TimeExpression], told: dt.date, tenses: TenseIndex
) -> tuple[dt.date, str] | None:
    """For an article that writes no day gone by, the paper in the week before the first
    day to come it writes with its weekday after the latest period it tells ("dinner ...
    on Thursday, Nov. 27" after "in 2034"), the latest such day before the bare weekdays
    it tells as to come ("a delivery Tuesday", "boxes Wednesday"); None without one."""
    ahead = _weekday_day_ahead(text, expressions, tenses, told,
                               told + dt.timedelta(days=WEEKDAY_YEARS * 366))  # fmt: skip
    if ahead is None:
        return None
    day, expression = ahead
    if (today := _TODAY_IS.search(text)) is not None:  # "As I write this on Sunday night":
        back = (day.weekday() - lx.WEEKDAYS[today.group(1).lower()]) % WEEK_DAYS  # the
        return day - dt.timedelta(days=back or WEEK_DAYS), (  # last Sunday before it
            f"inferred from the first day to come it writes, {expression.text!r}, and its "
            "own weekday")
    coming = {int(number) - 1 for number in _weekday_mentions(expressions, tenses, ahead=True)}
    past = {int(number) - 1 for number in _weekday_mentions(expressions, tenses)}
    fits = [paper for back in range(1, WEEK_DAYS)
            if coming <= {(day - dt.timedelta(days=k)).weekday() for k in range(1, back)}
            and (paper := day - dt.timedelta(days=back))]  # fmt: skip
    # (the latest that leaves its days to come ahead, and the day after a weekday it tells
    # as gone by if one is: "on Saturday ... services yesterday ... a delivery Tuesday")
    paper = next((p for p in fits if (p - dt.timedelta(days=1)).weekday() in past),
                 fits[0] if fits else day - dt.timedelta(days=1))  # fmt: skip
    return paper, (f"inferred from the first day to come it writes, {expression.text!r}, and "
                   "the weekdays it tells")


def _weekday_day_ahead(
    text: str, expressions: list[TimeExpression], tenses: TenseIndex, lo: dt.date, hi: dt.date
) -> tuple[dt.date, TimeExpression] | None:
    """The first day to come the text writes with its weekday ("next Thursday, 26
    February") that falls on that weekday in a year of the window `lo`-`hi`, just after it."""
    found = []
    for e, month, day_of_month, weekday in _weekday_dated(text, expressions):
        if not (tenses.tense(e.start, e.end) is Tense.FUTURE
                or e.text.lower().startswith(("next", "this coming"))):  # fmt: skip
            continue
        found += [(day, e) for day in _on_its_weekday(month, day_of_month, weekday,
                                                      range(lo.year, hi.year + 2))
                  if lo < day <= hi + dt.timedelta(days=AHEAD_DAYS)]  # fmt: skip
    return min(found, key=lambda pair: pair[0], default=None)


def _weekday_dated(
    text: str, expressions: list[TimeExpression]
) -> list[tuple[TimeExpression, int, int, int]]:
    """The year-less days the text writes with their weekdays ("Sunday, Dec. 20", "on June
    12, a Friday"): each with its month, day of the month and weekday (0 Monday)."""
    found = []
    for e in expressions:
        if (day_month := _YEAR_LESS_DAY.match(e.value[:10])) is None or _is_feast(e.text):
            # ("Trinity Sunday", "Good Friday": a feast's name, no weekday of a date)
            continue
        named = _WEEKDAY_AFTER.match(text, e.end) or _HOLIDAY_WEEKDAY_BEFORE.search(
            text, max(0, e.start - HOLIDAY_WEEKDAY_REACH), e.start
        )  # ("Easter Sunday, April 5": the feast's weekday is the day's)
        if (weekday := lx.weekday_number(named.group(1) if named else e.text)) is None and (
            short := _SHORT_WEEKDAY_OPENING.match(e.text)
        ):
            weekday = lx.weekday_of_stem(short[1])  # "SUN 19 OCT", "Sat, 25 Oct"
        if weekday is not None:
            found.append((e, int(day_month[1]), int(day_month[2]), weekday))
    return found


_SHORT_WEEKDAY_OPENING = re.compile(r"(?i:(mon|tue|wed|thu|fri|sat|sun))\.?,?[ \t]+\d")


def _is_feast(text: str) -> bool:
    """Whether a date's text is a named day of the year with no figures ("Christmas",
    "Trinity Sunday"; not "Dec. 25")."""
    return _NAMED_DAY.search(text) is not None and not any(c.isdigit() for c in text)


def _on_its_weekday(month: int, day: int, weekday: int, years: Iterable[int]) -> list[dt.date]:
    """The days `month`/`day` of `years` (in order) that fall on `weekday`."""
    fits = []
    for year in years:
        with suppress(ValueError):  # 29 February
            if (date := dt.date(year, month, day)).weekday() == weekday:
                fits.append(date)
    return fits


# A day named, not counted: a month's day or a holiday ("May 2", "Patriots' Day")
_NAMED_DAY = re.compile(
    rf"(?i:{lx.MONTH_RE})|\b(?:Day|Eve|Christmas|Easter|Hogmanay|Pentecost|Whitsun|Trinity)\b"
    r"|\b(?:Good[ \t]+Friday|Palm[ \t]+Sunday|Maundy[ \t]+Thursday|Ash[ \t]+Wednesday|"
    r"Shrove[ \t]+Tuesday|Carnival[ \t]+(?:Monday|Tuesday)|Dimanche[ \t]+Gras|"
    r"Holy[ \t]+(?:Thursday|Saturday)|Mothering[ \t]+Sunday)\b"
)
# The day an anniversary counted to falls on: "turns 80 on May 2", "on 2 May"
_ON_DAY = re.compile(
    rf"\bon\s+(?:(?P<month>{lx.MONTH_RE})\s*(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+"
    rf"(?P<month2>{lx.MONTH_RE}))\b",
    re.IGNORECASE,
)
YEAR_DAYS = 365


def _day_named(found: re.Match[str], year: int) -> dt.date | None:
    month = lx.month_number(found.group("month") or found.group("month2"))
    day = int(found.group("day") or found.group("day2"))
    if month is None:
        return None
    with suppress(ValueError):
        return dt.date(year, month, day)
    return None


def _months_before(first: dt.date, months: int) -> dt.date:
    """The first day of the month `months` before the one `first` opens."""
    index = first.year * 12 + first.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, 1)


def _weekday_written(
    expressions: Sequence[TimeExpression], weekday: int, candidate: dt.date
) -> bool:
    """Whether a date the text writes in full is the weekday it names most, in the week up
    to `candidate`: the weekday is that day's ("late on 13 March 2039 ... The volcano
    erupted ... on Sunday", a Sunday), no sign of the paper's own day."""
    return any(
        e.start_date is not None and e.start_date == e.end_date
        and e.start_date.weekday() == weekday and 0 < (candidate - e.start_date).days < 7
        for e in expressions
    )  # fmt: skip


def infer_published(
    raw: RawArticle, dated: Sequence[Article], *, stories: Iterable[Story] | None = None
) -> tuple[dt.date, str] | None:
    """A publication date for an undated article, and why; never today's date.

    `stories`, if given, stands for `dated`: their signatures, computed once per run.
    """
    contradicted: list[tuple[dt.date, str]] = []
    found = _from_same_story(raw, stories if stories is not None else map(story_of, dated),
                             contradicted)  # fmt: skip
    if found is None:
        found = _from_own_dates(raw)
        if contradicted and (
            found is None or abs((found[0] - contradicted[0][0]).days) > STORY_SPAN_DAYS
        ):
            found = contradicted[0]  # (the own dates' day is no day of the story: a page
            # telling a New Year fire's follow-up dated by "its 1900 brick front" to 1906)
    if (edited := _last_edited(raw.text)) is not None and (found is None or found[0] > edited[0]):
        return edited  # a wiki page's last edit: no day it tells is after it
    return found


_LAST_EDITED = re.compile(
    r"(?:^|\n)[ \t]*(?:This[ \t]+page[ \t]+was[ \t]+last[ \t]+edited[ \t]+on|(?:Page[ \t]+)?"
    r"[Ll]ast[ \t]+(?:updated|modified|reviewed)(?:[ \t]+on)?:?)[ \t]+([^\n]{6,40}?)"
    r"(?:,?[ \t]+at[ \t]|\.?[ \t]*(?:\n|$))"
)  # (a page's foot: "Last updated on 07.11.2046 at 17:30", "Page last reviewed: 2 May")


_NUMERIC_DAY = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}\b")


def _last_edited(text: str) -> tuple[dt.date, str] | None:
    """The day a page's foot says it was last edited or updated on ("This page was last
    edited on 3 December 2031, at 18:22 (UTC).", "Last updated on 07.11.2046 at 17:30"),
    which bounds the page from after: the page as it stood then (a news wiki's story may
    be older: its own date line or its text's days come first)."""
    if (found := _LAST_EDITED.search(text, max(0, len(text) - FOOT_CHARS))) is None or (
        (numeric := _NUMERIC_DAY.search(found.group(1))) is not None
        and numeric.group(1) != numeric.group(2)
        and int(numeric.group(1)) <= 12 and int(numeric.group(2)) <= 12  # fmt: skip
    ):  # ("Last updated on 07/11/2046": either number could be the month)
        return None
    day = next((e.start_date for e in resolve_dates(found.group(1), None)
                if e.start_date is not None and e.start_date == e.end_date), None)
    why = "last edit" if "edited" in found.group(0) else "foot's last update"
    return None if day is None else (day, f"inferred from its {why}, '{found.group(1)}'")
