"""What every rule shares: the match context, the resolution, the rule record, and small
helpers for modifiers ("early", "about") and embedded years and days."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline.dates import lexicon as lx
from timeline.dates.fiscal import FiscalYear
from timeline.dates.tense import Tense, TenseIndex
from timeline.models import TimexType

FLAGS = re.IGNORECASE
DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")  # a value that names a day ("2039-01-27...")


SAME_SENTENCE_CHARS = 200  # a date this close before, with no sentence end between
# A sentence end: not the stop of "Ms.", "Dr.", "Gen.", an initial, "a.m." or "p.m.".
SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!a\.m)(?<!p\.m)[.!?]\s|\n"
)


# A day told in passing, in a comparison: "down from 349 million on Thursday"
_IN_PASSING = re.compile(
    r"\b(?:from|than|compared|versus|against|since|had|would|will|"
    r"(?<!\bon\s)to)\b",  # (not a place's "crashed on to a hotel at Gonesse ... on Tuesday
    re.IGNORECASE,  # afternoon")
)
# The day of a saying: "The agriculture ministry said on Friday that it expected ..."
_SAYING_DAY = re.compile(
    r"\b(?:said|says|told\s+[\w.]+|announced|confirmed|reported)\s+(?:on\s+)?[A-Za-z]+$"
)
_WINDOWSENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])")  # not "Feb. 27"
PASSING_REACH = 80  # characters before the end of the day's expression
BACKSTORY_DAYS = 60  # a day this long before the paper's dates no bare clock time after it
QUARTER_TOLD_CHARS = 600  # a quarter told this close before "the previous quarter" is its
NARRATED_DAY_CHARS = 300  # a past day told this close before a clock time is its day


@dataclass
class Context:
    """What a normaliser may look at: the text, the anchor date and the last date seen."""

    text: str
    anchor: dt.date | None
    day_first: bool | None = None  # numeric dates day first, month first, None: as text shows
    reference: dt.date | None = None  # last day-precise date mentioned (for "the next day")
    reference_value: str | None = None  # last DATE value mentioned (for "a year earlier")
    reference_end: int = -1  # where the expression of `reference_value` ends in the text
    reference_day_end: int = -1  # where that of `reference` ends
    # The day told before a look back ("on Sunday, August 19 ..., having seen the van the
    # previous evening"), while `reference` is that look back's day: "the next day" is
    # the story's next day, the Monday
    before_look_back: dt.date | None = None
    clock_day: dt.date | None = None  # the day of the last clock time told with its day
    clock_value: str | None = None  # the last time of day told with its day ("...T20:15")
    clock_end: int = -1  # where that clock time ends
    lead_day: dt.date | None = None  # the first day-precise date of the text (its news day)
    evening_day: dt.date | None = None  # the day of the last evening or night told
    vote_day: dt.date | None = None  # the day of a vote told ("votes cast on Friday",
    # "yesterday's general election"), which its polls' clock times are of
    quarter_value: str | None = None  # the last quarter told ("2004-Q4"), not a year-ago one
    quarter_end: int = -1  # where its expression ends
    # The last days told with a part of the day, each as (where it ends, the day, the part:
    # "MO", "AF", "EV", "NI" or "EARLY"): "on Sunday evening ... early on Monday"
    day_parts: tuple[tuple[int, dt.date, str], ...] = ()
    # The last days written (a date with its day, a weekday), each as (where it ends, the
    # day), which "that Saturday" may go back to
    written_days: tuple[tuple[int, dt.date], ...] = ()
    # The year a paper of its first months reviews, when its title names it ("2026 Was
    # Kestrel Province's Hottest Year on Record", published January 7, 2027): its past
    # months are that year's
    review_year: int | None = None
    tenses: TenseIndex | None = None  # shared by contexts over the same text
    log: bool = False  # the whole text is a log timed by four-digit clocks (`lexicon.is_log`)
    southern: bool = False  # the text is from south of the equator: its seasons are
    country: str | None = None  # the country its head names, for its holidays ("IN", "CA")
    fiscal: FiscalYear | None = None  # its fiscal year, if not the calendar's

    def fiscal_end(self, at: int, named: bool) -> int | None:
        """The month the fiscal year of a quarter, half or year at `at` ends in, if not
        December: for one `named` fiscal ("the fiscal first quarter", "FY27"), the text's
        fiscal year; for a bare one ("the third quarter"), only after a company's."""
        fiscal = self.fiscal
        if fiscal is None or not (named or (fiscal.bare and at >= fiscal.since)):
            return None
        return fiscal.end_month

    def fiscal_shift(self) -> int:
        """1 when the text names its fiscal years by the year they begin in, else 0."""
        return self.fiscal.shift if self.fiscal is not None else 0

    def day_for_times(self, at: int = -1) -> dt.date | None:
        """The day a bare time of day belongs to, if any: the last day told, unless that
        was told only in passing after a lead about the paper's day ("Stocks closed higher
        Friday ... down from 349 million on Thursday ... between 3 p.m. and the 4 p.m.
        close": Friday) and no clock time chained it; and the last clock time's day (else
        the lead's) after a day of long ago told in passing or far back."""
        reference = self.reference
        if (
            reference is not None and self.anchor is not None
            and (self.anchor - reference).days > BACKSTORY_DAYS
            and (self.clock_day or self.lead_day)
            and (at - self.reference_day_end > NARRATED_DAY_CHARS or self._told_in_passing())
        ):  # fmt: skip ("The quake hit at 3:41 a.m. Wednesday ... the strongest since the
            # quake of Feb. 27, 2010 ... A wave reached the town at 4:20 a.m.": Wednesday)
            return self.clock_day or self.lead_day
        home = self._home_day()
        if (
            reference is not None and home is not None and self.anchor is not None
            and reference != self.clock_day and reference != self.lead_day
            and (reference >= self.anchor or at - self.reference_day_end > NARRATED_DAY_CHARS
                 or self._told_in_passing())
            and not (reference == self.anchor
                     and self.day_told_in_sentence(at, 2 * SAME_SENTENCE_CHARS))
            and not (reference > self.anchor and (self.day_told_in_sentence(at)
                                                  or self.day_told_in_sentence_before(at)))
        ):  # fmt: skip (not "The fire made its longest run on Tuesday ... At 3:10 p.m.", nor
            # "Today, the main day of the festival, ... the session opened at 11:30"); the
            # last clock time's day when the lead's is not the paper's ("met at 10.07 a.m.
            # today ... no income since Friday last ... adjourned at 4.48 p.m.": today)
            return home
        return reference

    def _home_day(self) -> dt.date | None:
        """The paper's own day as the story tells it: the lead's day when it is within a
        day of the paper's, else the last clock time's day when that is the paper's and the
        last day told is before it (not after a day ahead: "a week today, Friday 1 February.
        The bus leaves at 9.15am")."""
        if self.anchor is None:
            return None
        if self.lead_day is not None and abs((self.anchor - self.lead_day).days) <= 1:
            return self.lead_day
        if self.clock_day == self.anchor and self.reference is not None and (
            self.reference < self.anchor
        ):
            return self.clock_day
        return None

    def _told_in_passing(self) -> bool:
        """Whether the day of `reference` was told in passing: in a comparison, as
        backstory or ahead ("down from 349 million on Thursday", "Its lenders had
        extended a waiver last Thursday"), within its sentence."""
        end = self.reference_day_end
        window = self.text[max(0, end - PASSING_REACH) : end]
        ends = [m.end() for m in _WINDOWSENTENCE_END.finditer(window)]
        window = window[max(ends[-1] if ends else 0, window.rfind("\n") + 1) :]
        return _IN_PASSING.search(window) is not None or _SAYING_DAY.search(window) is not None

    def quarter_reference(self, start: int, *, any_reference: bool = False) -> str | None:
        """The date a "previous quarter" at `start` counts from: the last date told, or,
        when that is a day (`any_reference`: whatever it is), a quarter told shortly before
        it ("grew in the fourth quarter ..., the bank said Thursday. Compared with the
        previous quarter, ..."). With `any_reference`, None when no quarter was told so."""
        value = self.reference_value
        if value and (any_reference or len(value) == 10) and self.quarter_value and (
            0 <= start - self.quarter_end <= QUARTER_TOLD_CHARS
        ):
            return self.quarter_value
        return None if any_reference else value

    def told_in_sentence(self, start: int, reach: int = SAME_SENTENCE_CHARS) -> bool:
        """Whether the last date told (`reference_value`) ends in the sentence of the
        expression at `start`, at most `reach` characters before it."""
        return 0 <= start - self.reference_end <= reach and (
            SENTENCE_END.search(self.text, self.reference_end, start) is None
        )

    def day_told_in_sentence(self, start: int, reach: int = SAME_SENTENCE_CHARS) -> bool:
        """Whether the last day told (`reference`) ends in the sentence of the expression
        at `start`, at most `reach` characters before it."""
        return 0 <= start - self.reference_day_end <= reach and (
            SENTENCE_END.search(self.text, self.reference_day_end, start) is None
        )

    def day_told_with_date(self) -> bool:
        """Whether the last day told (`reference`) ends before the last date told, in its
        sentence ("a main that cracked 12 days ago in floods that followed heavy rain in
        late June": the day is the sentence's happening, the month its backdrop)."""
        return self.reference is not None and 0 <= (
            self.reference_end - self.reference_day_end
        ) <= SAME_SENTENCE_CHARS and (
            SENTENCE_END.search(self.text, self.reference_day_end, self.reference_end) is None
        )

    def told_in_sentence_before(self, start: int, reach: int = SAME_SENTENCE_CHARS) -> bool:
        """Whether the last date told ends in the sentence before the one that the
        expression at `start` opens, at most `reach` characters before it."""
        return 0 <= start - self.reference_end <= reach and (
            len(SENTENCE_END.findall(self.text, self.reference_end, start)) == 1
        )

    def day_told_in_sentence_before(self, start: int, reach: int = SAME_SENTENCE_CHARS) -> bool:
        """Whether the last day told (`reference`) ends in the sentence before the one
        the expression at `start` is in, at most `reach` characters before it."""
        return 0 <= start - self.reference_day_end <= reach and (
            len(SENTENCE_END.findall(self.text, self.reference_day_end, start)) == 1
        )

    def tense(self, start: int, end: int) -> Tense:
        if self.tenses is None:
            self.tenses = TenseIndex(self.text)
        return self.tenses.tense(start, end)


# A hyphenated compound after a unit word: "the quarter-point hike", "the week-long
# strike", "a quarter-century"; not the date compounds "year-end", "year-ago", "-ending".
COMPOUND_AFTER = re.compile(r"-(?!end\b|ended\b|ending\b|ago\b|earlier\b)[A-Za-z]")
# A wait or a state that lasted until a time, which is over: "waited until Monday morning
# to concede", "The shop stayed shut until January", "worked there until Christmas", "a
# session that ran until midnight Monday"
LASTED_UNTIL = re.compile(
    r"\b(?:waited|remained|stayed|lasted|continued|ran|worked|held\s+out|lived|served|slept|"
    r"fought|hid|debated|talked|negotiated|led|trailed|kept|camped|queued|sat|stood)"
    r"\s+(?:(?![Ww]ill\b|and\b|but\b)(?:[\w%°-]|[.,](?=\d))+\s+){0,4}?"
    r"(?:until|till|through)\s+$"  # ("led the race until late
    # Monday", "stayed above 30 C through September")
)
# A thing kept going until a day, over: "We had the snow guns running until Sunday night"
# (not "said the talks were continuing until Friday", still going on; nor "had hoped to
# keep running until")
_WAS_GOING_ON_UNTIL = re.compile(
    r"\bhad\s+(?:(?!to\b)[\w'’-]+\s+){1,3}?"
    r"(?!(?:morning|evening|building|during|nothing|something|anything|everything)\b)"
    r"[a-z]{2,}ing\s+(?:until|till)\s+$",
    re.IGNORECASE,
)
_NOT_DONE_UNTIL = re.compile(
    r"\b(?:(?:did|had|was|were)(?:\s+not|n['’]t)|(?:was|were)\s+too\s+[a-z]+)"
    r"\s+[^.;:!?\n]{0,60}?\b(?:until|till)\s+$"
)  # ("fields were too wet to support equipment until Saturday afternoon": then, no more)
# "postponed until Tuesday"; not "not until", "up until", nor a sentence's "Until Tuesday,
# they had not ...", which look back from the day.
_UNTIL_BEFORE = re.compile(
    r"(?<!\b[Nn]ot )(?<!\b[Uu]p )\b(?:until|till|as\s+late\s+as)\s+(?:at\s+least\s+)?$"
)  # ("can arrive as late as Saturday and still be counted": a deadline ahead)

# A thing said as late as a day: then, gone ("The security chief had said as late as
# Wednesday that the programme could change")
_SAID_AS_LATE_AS = re.compile(
    r"\b(?:said|told|insisted|stated|announced|claimed|maintained|confirmed|denied|"
    r"repeated|promised|predicted|warned)\s+(?:[a-z]+\s+){0,2}?as\s+late\s+as\s+$"
)
_RANGE_FROM = re.compile(
    r"\bfrom\s+(?!(?:the|a|an|his|her|its|their|our|my|your)\s+(?!(?:early|late|middle|start|"
    r"end|beginning|first|second|third|last|next|same|following|previous)\b)[a-z])"
    r"(?:[^,;:.!?\n]|\.(?=[^\s]|\s+[a-z0-9]|\s*$))+$", re.IGNORECASE
)  # (not "stay 50 metres from the divers until Tuesday": a place, no range's start; a
# clock's "a.m." ends the start: "closed from 2 a.m. until 9 p.m. on Monday")


def until_tense(text: str, start: int) -> Tense | None:
    """The tense of a day after "until" ending at `start`: ahead ("postponed until
    Tuesday", "not until": as said), or past for a wait that is over ("waited until
    Monday morning to concede", "did not check the numbers until the following
    Saturday"); None when no "until" leads to it, or when it ends a range ("were diverted
    from 8am on Monday until 6pm on Tuesday": the clause's tense tells both ends)."""
    if not (until := _UNTIL_BEFORE.search(text, max(0, start - 25), start)) or (
        _RANGE_FROM.search(text, max(0, until.start() - 40), until.start())
    ):
        return None
    waited = LASTED_UNTIL.search(text, max(0, start - 40), start) or (
        _NOT_DONE_UNTIL.search(text, max(0, start - 80), start)
    ) or _SAID_AS_LATE_AS.search(text, max(0, start - 40), start) or (
        _WAS_GOING_ON_UNTIL.search(text, max(0, start - 60), start)
    )
    return Tense.PAST if waited else Tense.FUTURE


# A thing moved to a day or season: "moved the first day of classes to Tuesday", "postponed
# the vote to Monday", "moved their bookings to the spring"
MOVED_TO_BEFORE = re.compile(
    r"\b(?:moved|pushed\s+back|postponed|delayed|rescheduled|put\s+off|shifted|"
    r"to[ \t]+(?:move|push\s+back|postpone|delay|reschedule|put\s+off|shift))\b"
    r"(?:(?!\b(?:forward|from)\b)[^.;:!?\n]){0,60}?\bto\s+$",  # (not "moved ... forward to
    # Monday", nor "moved from Monday to Wednesday", the two days told by the tense)
    re.IGNORECASE,
)
MOVED_TO_REACH = 80  # characters back from a date to its "moved ... to"

FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)  # "for [Christmas]", "for [two weeks]"
# What a forecast is for: "The Met Office forecast snow for Thursday", "predicts rain for",
# "heavy rain forecast for the weekend"
FORECAST_FOR_BEFORE = re.compile(
    r"\b(?:forecasts?|predicts?|predicted)\b[^.;:!?\n]{0,40}?\bfor\s+$"
)
# "a quarter point", "by a quarter percentage point": a fraction, no quarter of a year.
POINT_AFTER = re.compile(r"\s+(?:percentage\s+)?points?\b", re.IGNORECASE)


@dataclass(frozen=True)
class Resolution:
    """A normaliser's answer; `trim` narrows the matched span (start, end) when set."""

    type: TimexType
    value: str
    mod: str | None = None
    trim: tuple[int, int] | None = None
    anaphoric: bool = False  # resolved from the last date mentioned: not a new reference
    # The calendar interval, when it is not the one the value names (a fiscal quarter's)
    span: tuple[dt.date, dt.date] | None = None


Normaliser = Callable[[re.Match[str], Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    priority: int = 0  # breaks ties between equally long overlapping matches
    triggers: tuple[str, ...] = ()  # words (or digit-run shapes) every match holds: scan.py
    # Patterns of what may come before a trigger in a match, and of the trigger and what
    # follows it; None: a match may stretch its whole width either side of a trigger.
    reach: tuple[str, str] | None = None
    # Words one of which every match holds after its trigger, within the reach after it.
    companions: tuple[str, ...] = ()


DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET

# "the end of", "the start of" before a period: its mod ("the end of the second quarter")
PERIOD_MOD = r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
POINT_MOD = rf"(?:(?:early|mid|late)(?:[\s-]+|(?=\d))|{PERIOD_MOD})"
_YEAR_MOD = re.compile(r"\b(early|mid|late|end|beginning|start|middle)\b", FLAGS)
_QUANT_MOD = re.compile(rf"^(?:{lx.QUANT_MOD_RE})\b", FLAGS)
YEAR_IN = re.compile(r"(?<![\d,.$])(1[0-9]\d\d|20\d\d)(?!\d)")
DAY_IN = re.compile(r"(?<![\d,])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])")


def point_mod(text: str) -> str | None:
    match = _YEAR_MOD.search(text)
    if not match:
        return None
    return {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
            "middle": "MID", "late": "END", "end": "END"}[match.group(1).lower()]  # fmt: skip


def quant_mod(text: str) -> str | None:
    match = _QUANT_MOD.search(text)
    return lx.QUANT_MODS.get(re.sub(r"\s+", " ", match.group(0).lower())) if match else None


def day_value(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def strip_year(text: str) -> str:
    return YEAR_IN.sub(" ", text)


_YEAR_TOLD_BEFORE = re.compile(r"\b((?:1[5-9]|20)\d\d)\b(?=[^.;!?\n\d]*$)")
SENTENCE_YEAR_REACH = 150  # characters back to a year told in the same sentence


def year_told_in_sentence(text: str, start: int) -> int | None:
    """The last year written before `start` in its sentence ("since November 2043, after
    the October election that year": 2043), if any."""
    found = _YEAR_TOLD_BEFORE.search(text, max(0, start - SENTENCE_YEAR_REACH), start)
    return int(found.group(1)) if found else None


# A clock time as a noun's attribute: "as he queued for a 2.40pm flight", "the 6.15am train"
_ATTRIBUTE_CLOCK = re.compile(
    r"(?:about\s+|around\s+)?\d{1,2}(?:[.:]\d\d)?[ \t]?(?:[ap]\.?m\.?|GMT|hours)?", FLAGS
)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her)[ \t]+$", FLAGS)
_NOUN_AFTER = re.compile(r"[ \t]+[a-z][a-z-]+\b")
DETERMINER_REACH = 8  # characters back to the determiner of a clock time's noun


def clock_names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the clock time `text[start:end]` only says which thing a noun is ("a
    2.40pm flight"): it tells no day of the story and dates no happening."""
    return bool(
        _ATTRIBUTE_CLOCK.fullmatch(text, start, end)
        and _DETERMINER_BEFORE.search(text, max(0, start - DETERMINER_REACH), start)
        and _NOUN_AFTER.match(text, end)
    )


# A noun after a date word used as its modifier: "strong year-end [sales]", "the year-end
# [dividend]" (not a word that goes on the sentence: "by year-end and then", "at year end
# when")
NOUN_AFTER_MODIFIER = re.compile(
    r"[ \t]+(?!(?:and|or|to|of|in|on|at|for|from|with|by|as|than|when|while|but|was|were|is|"
    r"are|will|results?)\b)[a-z][a-z-]+\b"
)


# An editor's note of a later update over the story: "(Updated at 9:14 a.m. on Monday with
# Inep's final absence figure.)", "(Corrected on Tuesday to ...)"
_UPDATE_NOTE = re.compile(
    rf"\((?:Updated|Corrected|Adds|Updates|Recasts)\b[^()\n]{{0,60}}?\bon[ \t]+"
    rf"({lx.WEEKDAY_NAME_RE})\b[^()\n]{{0,120}}\)"
)
UPDATE_NOTE_CHARS = 2000  # how far into the text an update note is looked for


@functools.lru_cache(maxsize=8)
def _updated_on(text: str) -> int | None:
    """The weekday (0 Monday) of a later update an editor's note tells near the top of
    `text`, if any."""
    found = _UPDATE_NOTE.search(text, 0, UPDATE_NOTE_CHARS)
    return lx.weekday_number(found.group(1)) if found else None


def update_day(ctx: Context, weekday: int) -> dt.date | None:
    """The day after the paper an update note names by `weekday` ("(Updated at 9:14 a.m.
    on Monday with the final figure.)" over a Sunday story: the next day), when the text
    has such a note; a past "released on Monday morning" in it is that day too."""
    if ctx.anchor is None or _updated_on(ctx.text) != weekday:
        return None
    return ctx.anchor + dt.timedelta(days=(weekday - ctx.anchor.weekday()) % 7 or 7)


CLOCK_OF_VALUE = re.compile(r"T(\d\d:\d\d)$")  # the clock of a TIME's value: "...T20:15"
LATE_PART_HOURS = {"afternoon": range(1, 12), "evening": range(1, 12), "night": range(6, 12)}


def in_part_of_day(clock: str, part: str) -> str:
    """A clock time ("10:40") without its half of the day, in the part of the day told
    with it: the afternoon's, evening's or night's "10:40" is 22:40."""
    hour = int(clock[:2])
    if hour in LATE_PART_HOURS.get(part, ()):
        return f"{hour + 12:02d}{clock[2:]}"
    return clock
