"""Normalisers of durations, sets, clock times and vague references (now, recently)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from timeline.dates import lexicon as lx
from timeline.dates.anchor import month_day_date, weekday_date
from timeline.dates.base import (
    CLOCK_OF_VALUE,
    COMPOUND_AFTER,
    DATE,
    DAY_IN,
    DURATION,
    FLAGS,
    NOUN_AFTER_MODIFIER,
    POINT_AFTER,
    SENTENCE_END,
    SET,
    TIME,
    YEAR_IN,
    Context,
    Resolution,
    quant_mod,
    until_tense,
    update_day,
)
from timeline.dates.calendar import safe_day
from timeline.dates.fiscal import fiscal_period, fiscal_year_of
from timeline.dates.tense import TIMETABLE_BEFORE, TIMETABLE_REACH, Tense, plan_gone
from timeline.text import SENTENCE_AFTER_CLOCK

# --- durations, sets, times, vague references -------------------------------------------


_FRACTION_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}


def duration_value(number: float | None, unit: str) -> str:
    """TIMEX3 duration: "two years" P2Y, "24 hours" PT24H, "2 1/2 years" P2Y6M."""
    letter, multiplier, is_time = lx.UNITS[unit]
    prefix = "PT" if is_time else "P"
    if number is None:  # "for centuries" PXC, as annotators write it (a counted century
        return "PXC" if unit == "century" else f"{prefix}X{letter}"  # is 100 years)
    total = number * multiplier
    whole = int(total)
    if total == whole:
        return f"{prefix}{whole}{letter}"
    if letter in _FRACTION_UNITS and not (is_time and letter == "M"):
        sub_letter, per = _FRACTION_UNITS[letter]
        rest = round((total - whole) * per)
        if letter == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        head = f"{prefix}{whole}{letter}" if whole else prefix
        return f"{head}{rest}{sub_letter}"
    if is_time and letter == "M":  # "a minute and a half" PT1M30S, "half a minute" PT30S
        return f"PT{whole}M{round((total - whole) * 60)}S" if whole else f"PT{round(total * 60)}S"
    return f"{prefix}{total:g}{letter}"


# An amount just before "a year": "$500 million a year", "700 seats a week", "four
# flights a week".
_RATE = re.compile(
    r"(?:\d(?:m|bn|k|%)?|\b(?:million|billion|thousand|hundred|dozen|percent|cents?|dollars?|"
    rf"{lx.NUMBER_WORD}))(?:\s+(?!(?:in|for|within|over|after|under|than)\b)[a-z]+)?\s+$"
    r"|\d\s+[a-z]+\s+of(?:\s+[a-z]+){1,2}\s+$",  # "5,000 tonnes of sulphur dioxide a day"
    # (not "grew 9.1 percent in a decade": a duration)
    FLAGS,
)


_SPACES = re.compile(r"\s+")
_LONG_OLD = re.compile(r"[- ](?:long|old)$| and a quarter$")  # (the unit before them)
_QUANT_MOD_HEAD = re.compile(rf"^(?:{lx.QUANT_MOD_RE})\s+", FLAGS)
_THE_HEAD = re.compile(r"^the\s+")
_MODIFIER_HEAD = re.compile(r"^(?:past|last|next|first|coming|final|previous|following|ensuing|"
                            r"additional|initial|entire|full|whole|remaining|same|other|recent|"
                            r"extra|further)"
                            r"\s+")  # fmt: skip
_BEFORE_UNIT = re.compile(r"[- ](?=" + lx.UNIT_RE + r")", FLAGS)


_ONE_UNIT_HEAD = re.compile(lx.ONE_UNIT_RE)
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|may|might|could|can|shall|to|he|she|they|we)[ \t]+$", FLAGS
)


_PER_UNIT_AFTER = re.compile(r"[\s-](?:on|over|to)[\s-](?:year|month|quarter|week|day|date)\b")
_LAST_AS_VERB = re.compile(r"last\s+", FLAGS)
_PLURAL_UNIT = re.compile(r"\b(?:years|months|weeks|days|decades|hours|minutes|centuries)\b")


_UNIT_PARTS = re.compile(
    rf"^(.*?)[\s-]+({lx.UNIT_RE})(?:,?\s+(.*?)[\s-]+({lx.UNIT_RE}))?(?:,?\s+and\s+|\s+)"
    rf"(.*?)[\s-]+({lx.UNIT_RE})$",
    FLAGS,
)
# A larger unit, then the next smaller one: how the pair is written as one TIMEX3 value.
_COMPOUND_UNITS = {("year", "month"), ("month", "day"), ("week", "day"), ("day", "hour"),
                   ("hour", "minute"), ("minute", "second")}  # fmt: skip


def norm_compound_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    """ "two hours and 41 minutes" PT2H41M, "three years and six months" P3Y6M, "2 hours, 2
    minutes and 48 seconds" PT2H2M48S; units that do not go together ("two days and 41
    minutes") are left to the single units."""
    lowered = _SPACES.sub(" ", m.group(0).lower())
    parts = _UNIT_PARTS.match(_QUANT_MOD_HEAD.sub("", lowered))
    if parts is None:
        return None
    counted = [(lx.parse_number(parts.group(i)), lx.unit_of(parts.group(i + 1)))
               for i in (1, 3, 5) if parts.group(i) is not None]  # fmt: skip
    units = [unit for _, unit in counted]
    if any(number is None or number != int(number) or unit is None
           for number, unit in counted) or not all(
        pair in _COMPOUND_UNITS for pair in zip(units, units[1:], strict=False)
    ):  # fmt: skip
        return None
    amounts = [(int(number or 0), unit or "") for number, unit in counted]
    if units[:2] == ["week", "day"]:  # "two weeks and three days": P17D
        return Resolution(DURATION, f"P{amounts[0][0] * 7 + amounts[1][0]}D", quant_mod(lowered))
    date_part = time_part = ""
    for number, unit in amounts:
        letter, _, is_time = lx.UNITS[unit]
        if is_time:
            time_part += f"{number}{letter}"
        else:
            date_part += f"{number}{letter}"
    value = "P" + date_part + (f"T{time_part}" if time_part else "")
    return Resolution(DURATION, value, quant_mod(lowered))


# What a race time follows: "won in 2:19:05", "a time of 2:04:37", "clocked 1:59:40"
_RACE_TIME_BEFORE = re.compile(
    r"\b(?:in|of|clocked|timed|time|record|best)[ \t]+(?:an?[ \t]+)?(?:\w+[ \t]+)?$", FLAGS
)


def norm_race_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"reached the summit in 2:19:05": a time taken, PT2H19M5S (a clock "at 14:05:30"
    is no duration)."""
    if not _RACE_TIME_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None
    hours, minutes, seconds = (int(part) for part in m.group(0).split(":"))
    value = f"PT{hours}H" if hours else "PT"
    value += f"{minutes}M" if minutes else ""
    value += f"{seconds}S" if seconds else ""
    return Resolution(DURATION, value if value != "PT" else "PT0S")


_LIST_COMMA_AFTER = re.compile(  # "A second, 24-hour stoppage", "a second, smaller dome"
    r",\s+(?:\d|[a-z]+-|(?:smaller|larger|bigger|newer|older|shorter|longer|cheaper|later|"
    r"separate|similar|related|rival|new|deadlier|stronger|weaker|"
    r"(?!(?:after|under|over|never|however|whenever|neither|either|rather|together|ever)\b)"
    r"[a-z]{3,}er)\s+[a-z])"  # (any comparative: "a second, deeper crack")
)
_SCHOOL_YEAR_AFTER = re.compile(r"\s+\d{1,2}\b")
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]{2,}")  # "a second Australian could sign"
_SPAN_PREPOSITION_BEFORE = re.compile(r"\b(?:for|lasted|lasts|last|takes?|took|over)\s+$")


# Nouns a bare "day" or "night" qualifies: "a night watchman", "a day trip", "a night bus"
_DAY_NOUN_AFTER = re.compile(
    r"[ \t]+(?:watch(?:man|men)|shift|trip|bus|train|flight|club|market|school|nurse|guard|"
    r"porter|job|pass|ticket|rate|care|centre|center|student|visitor|worker|manager|"
    r"editor|sky|crew|patrol|game|match|race|class|course|clerk|receptionist|"
    r"security|staff|desk|duty|owl|life|light|sitting|session|program|programme|camp|"
    r"hospital|nursery|surgery|ward|tripper|labou?rer|release)s?\b"
)


_LIKE_AFTER = re.compile(r"[ \t]+like[ \t]+(?:this|that|today|tonight|no\s+other|it)\b",
                         re.IGNORECASE)


_HYPHEN_WORD = re.compile(r"-[a-z]")  # "second-division": an ordinal's compound


_QUARTERS_OF_HEAD = re.compile(rf"{lx.QUARTERS_OF_RE}(?=\s)")


_NEW_HEAD_LINE = re.compile(r"\n[ \t]*[A-Z]")


def norm_duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    if ctx.text.startswith(("-end", "‑end", "–end"), m.end()):
        return None  # "will pay a year-end dividend": the year's end, no duration
    if "\n" in text and _NEW_HEAD_LINE.search(text):
        return None  # "CAF CHAMPIONS LEAGUE 2064-65" / "Second preliminary round": a line
        # of a head, then the next, no "65 seconds"
    lowered = _SPACES.sub(" ", text.lower())
    unit = lx.unit_of(_LONG_OLD.sub("", lowered))
    if unit is None:
        return None
    one_unit = _ONE_UNIT_HEAD.match(lowered)  # "an additional year"
    core = lowered[one_unit.end() :] if one_unit else _QUANT_MOD_HEAD.sub("", lowered)
    core = _THE_HEAD.sub("", core)
    core = _MODIFIER_HEAD.sub("", core)
    quantity = _BEFORE_UNIT.split(core, maxsplit=1)[0]
    if fraction := _QUARTERS_OF_HEAD.match(core):
        quantity = fraction.group(0)  # ("a quarter of a century": not "a" quarter)
    number = lx.parse_number(quantity) if quantity != core else None
    if quantity in {"a", "an"} and _PLURAL_UNIT.search(core):
        number = None  # "a months-long siege": months, not one month
    elif quantity in {"a", "an"} or one_unit:
        number = 1  # "a year", "an additional year"
    elif (quantity == core and lowered.startswith("the ") and lowered.endswith("long")
          and not _PLURAL_UNIT.search(core)):  # fmt: skip
        number = 1  # "the week-long strike"
    if number is not None and lowered.endswith("and a half") and number == int(number):
        number += 0.5
    elif number is not None and lowered.endswith("and a quarter") and number == int(number):
        number += 0.25  # "a break of an hour and a quarter": PT1H15M
    if quantity in {"a", "an"} and _RATE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "$1.76 a year", "four flights a week": a rate, not a duration
    if quantity in {"a", "an"} and _LIKE_AFTER.match(ctx.text, m.end()):
        return None  # "This city deserved a night like this": a kind of night, no length
    if unit == "quarter" and re.fullmatch(r"(?:1[89]|20)\d\d", quantity):
        return None  # "the 1988 quarter": a year's quarter, not 1,988 quarters
    if _PER_UNIT_AFTER.match(ctx.text, m.end()):
        return None  # "a year-on-year rise", "month-over-month": a comparison, no duration
    if quantity in {"a", "an"} and unit in ("day", "night") and _DAY_NOUN_AFTER.match(
        ctx.text, m.end()
    ):
        return None  # "A night watchman heard", "a day trip": a noun's modifier, no span
    if unit == "quarter" and (
        _OF.match(ctx.text, m.end()) or COMPOUND_AFTER.match(ctx.text, m.end())
        or POINT_AFTER.match(ctx.text, m.end())
        or _BY_BEFORE.search(ctx.text, max(0, m.start() - 4), m.start())
        or _SHARE_OF_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ):  # "three-quarters of its food", "more than a quarter of", "by a quarter point",
        # "cut consumption by nearly a quarter", "of which about three-quarters goes in tax":
        return None  # a fraction
    if lowered == "another day" and not _SPAN_PREPOSITION_BEFORE.search(
        ctx.text, max(0, m.start() - 12), m.start()
    ):
        return None  # "told us to come back another day": some day, no stretch or date
    if lowered == "one day" and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        return Resolution(DATE, "FUTURE_REF")  # "Islam will one day be": some day ahead
    if lowered in {"a second", "a minute"} and (
        _BEFORE_NOUN.match(ctx.text, m.end()) or ctx.text.startswith("-", m.end())
        or (lowered == "a second" and (_LIST_COMMA_AFTER.match(ctx.text, m.end())
                                       or _NAME_WORD_AFTER.match(ctx.text, m.end())))
        or _NUMBER_AFTER.match(ctx.text, m.end())
    ):
        return None  # "a second group", "a second-division club", "A second, 24-hour
        # stoppage", "leased a second 747", "a second Australian": an ordinal
    if lowered.endswith(" second") and number is not None and number > 1 and (
        _HYPHEN_WORD.match(ctx.text, m.end())
    ):
        return None  # "Two second-division clubs", "three second-half goals": a count of
        # things that come second, not seconds (which would be "two seconds")
    if text.endswith("Year") and _SCHOOL_YEAR_AFTER.match(ctx.text, m.end()):
        return None  # "a Year 13 student": a school year
    verb = _LAST_AS_VERB.match(text)
    if verb and _MODAL_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "the strike will last 48 hours": the verb, outside the span
        return Resolution(DURATION, duration_value(number, unit), quant_mod(lowered),
                          trim=(m.start() + verb.end(), m.end()))  # fmt: skip
    if lowered in {"the last twenty four hours", "the past twenty four hours",
                   "the last 24 hours", "the past 24 hours"}:  # fmt: skip
        return Resolution(DURATION, "P1D")
    return Resolution(DURATION, duration_value(number, unit), quant_mod(lowered))


_WHILE_PREPOSITION = re.compile(r"(?<!once )\b(?:for|in|after|within)\s+(?:quite\s+)?$")


_COUNT_END = re.compile(rf"(?:\d|\b{lx.NUMBER_WORD})[ \t]+$", re.IGNORECASE)


_TO_NOON_OR_MIDNIGHT = re.compile(r"\bto[ \t]+(noon|midnight)\b", re.IGNORECASE)
_SPAN_FROM_BEFORE = re.compile(r"\b(?:from|between)[ \t]+$", re.IGNORECASE)
_BARE_PLURAL_UNIT = re.compile(r"hours|days|weeks|months|years|decades")
_UNITS_OF_AFTER = re.compile(  # (not "within weeks or months of his capture": from it)
    r"[ \t]+of[ \t]+(?!(?:the|this|that|these|those|its|his|her|their|our|my|your|a|an)\b|\d)"
    r"[a-z]"
)
_UNITS_FROM_AFTER = re.compile(r"[ \t]+(?:after|before|behind)[ \t]+[a-z]")
# A second guess at a stretch after a comma: "for weeks, possibly months", "for days,
# perhaps weeks" (as the gold data tag each; not "weeks or months", one span there)
_HEDGED_UNIT_BEFORE = re.compile(
    r"\b(?:for|in|within|over|took|takes|take|last|lasts|lasted)[ \t]+"
    r"(?:hours|days|weeks|months|years|decades),[ \t]+"
    r"(?:possibly|perhaps|maybe|probably|even|if[ \t]+not|or[ \t]+even)[ \t]+$",
    re.IGNORECASE,
)
# "faces weeks more without power", "could take months longer": a stretch still to come
_UNITS_MORE_AFTER = re.compile(r"[ \t]+(?:more|longer)\b(?![ \t]+than\b)")
_DETERMINED_BEFORE = re.compile(
    r"\b(?i:the|those|these|its|their|his|her|our|my|your|same|busiest|first|final)"
    r"[ \t]+$"
)


def norm_bare_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'for years', 'in recent weeks', 'months': an unspecified number of units."""
    lowered = m.group(0).lower()
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if _COUNT_END.search(before):
        return None  # "11 minutes ahead of Pike": "11 minutes", the duration counted
    if lowered.endswith("-long"):  # "a decades-long battle": decades, of no stated number
        unit = lx.unit_of(lowered[:-5])
        return Resolution(DURATION, duration_value(None, unit)) if unit else None
    if lowered.endswith("while ago"):
        return Resolution(DATE, "PAST_REF")  # "a while ago"
    if lowered.endswith("while"):  # "for a while": a stretch of no stated length
        return Resolution(DURATION, "PXX") if _WHILE_PREPOSITION.search(before) else None
    if re.search(r"\b(?:recent|past)\b", lowered) and "years" in lowered and "the" not in lowered:
        return Resolution(DATE, "PAST_REF")
    if "recent" in lowered and "years" not in lowered and " and " not in lowered:
        # "in recent weeks": TimeBank annotates a stretch of unspecified length
        unit = lx.unit_of(lowered)
        return Resolution(DURATION, duration_value(None, unit)) if unit else None
    if "recent" in lowered:
        return Resolution(DATE, "PAST_REF")
    if lowered.endswith(" ago"):  # "just months ago": TimeML annotates a duration
        unit = lx.unit_of(lowered[:-4])
        return Resolution(DURATION, duration_value(None, unit)) if unit else None
    if re.fullmatch(r"the\s+coming\s+(?:days|weeks|months)|the\s+(?:days|weeks|months|years)\s+"
                    r"to\s+come", lowered):
        return Resolution(DATE, "FUTURE_REF")  # "in the coming weeks", "in the years to come":
        # soon or later on, no stretch told
    quantified = re.search(r"\b(?:several|many|few|some|past|last|next|coming|ahead)\b", lowered)
    if not quantified and _BARE_PLURAL_UNIT.fullmatch(m.group(0)) and (
        _UNITS_OF_AFTER.match(ctx.text, m.end()) or _UNITS_FROM_AFTER.match(ctx.text, m.end())
        or _UNITS_MORE_AFTER.match(ctx.text, m.end())
        or _HEDGED_UNIT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ) and not _DETERMINED_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        # "ending weeks of street protests", "need months of care", "hours after the
        # evacuation order", "days before the collapse", "years behind schedule": a stretch
        # of no stated length, as the gold data tag it (not "the same months of 2008", "the
        # busiest weeks of the season")
        unit = lx.unit_of(lowered)
        return Resolution(DURATION, duration_value(None, unit)) if unit else None
    if not quantified and not re.search(r"\b(?:for|in|within|over|took|takes|take)\s+$", before):
        return None
    unit = lx.unit_of(lowered)
    return Resolution(DURATION, duration_value(None, unit)) if unit else None


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "quarterly": "P3M", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
              "biweekly": "P2W", "fortnightly": "P2W", "semiannually": "P6M"}  # fmt: skip


_BEFORE_NOUN = re.compile(r"[ \t]+[a-z]")
# A word after "quarterly" that makes it an adjective ("quarterly dividend"), not a function
# word after the adverb ("reviewed quarterly and", "meet quarterly instead of", "report
# figures quarterly once service begins")
_NOUN_AFTER_QUARTERLY = re.compile(
    r"[ \t]+(?!(?:and|or|but|once|instead|rather|from|to|in|at|on|by|for|with|since|until|"
    r"after|before|because|when|while|as|if|unless|so|than|through|starting|beginning)\b)"
    r"[a-z]")


# An amount shortly before "annually", "daily": what the adverb makes a rate of.
_AMOUNT_BEFORE = re.compile(
    r"(?:\d%?|\b(?:percent|million|billion|thousand))(?:\s+[a-z]+){0,2}\s+$", FLAGS
)

# A clock time before "daily": "leave at 8 am and 3 pm daily" (when, not an amount)
_CLOCK_BEFORE = re.compile(
    r"\b\d{1,2}(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\b\.?|o['’]clock)\s+$", FLAGS  # (not "6 hrs")
)

# An amount before "per quarter": "1.41p", "$5", "500 units", "12 percent"
_PER_AMOUNT_BEFORE = re.compile(
    r"(?:\d(?:p|c|m|bn|k|%)?|\b(?:percent|cent|million|billion|thousand))(?:\s+[a-z]+){0,2}"
    r"\s+$", FLAGS
)


_ALTERNATE = re.compile(r"(?:every|each|per)\s+(other|second|third)\s+(?=\w)")
_SET_COUNT = re.compile(rf"^(?:every|each|per)\s+(?:other\s+)?({lx.NUMBER_WORD}|\d+)\s", FLAGS)


_PART_OF_DAY_END = re.compile(r"\b(morning|afternoon|evening|night)$")
_MEASURE_BEFORE = re.compile(
    r"\b(?:km|kilometers?|kilometres?|miles?|meters?|metres?|feet|knots|gallons?|liters?|"
    r"litres?|barrels?|cubic\s+\w+)\s+$",
    FLAGS,
)


# The hours each part of a day holds, for a clock time told after two days with their parts.
_PART_HOURS: dict[str, range | tuple[int, ...]] = {
    "EARLY": range(0, 9), "MO": range(4, 12), "AF": range(12, 18), "EV": range(17, 23),
    "NI": (20, 21, 22, 23, 0, 1, 2, 3, 4),
}  # fmt: skip
DAY_PART_REACH = 300  # characters from a day told with its part to a clock time after it


# A saying before its clock time: "told reporters here at 4.30 pm (1100 GMT)"
_SAID_AT_BEFORE = re.compile(
    r"\b(?:told|said|says|announced|added|briefed|spoke)\b(?:[^.;!?\n]|\.(?=\d)){0,40}$",
    re.IGNORECASE,
)
SAID_AT_REACH = 60  # characters back from a clock time to the saying it is the time of


# A happening's start told before its clock time, in its sentence
_BEGAN_BEFORE = re.compile(
    r"\b(?:began|begun|started|broke[ \t]+out|erupted|struck|hit|made[ \t]+landfall|"
    r"came[ \t]+ashore)\b[^.;!?\n]{0,80}$",
    re.IGNORECASE,
)
BEGAN_REACH = 100  # characters back from a clock time to the start it is the time of


def _day_of_its_part(ctx: Context, at: int, hour: int, day: dt.date) -> dt.date | None:
    """Another day just told with a part of the day that holds `hour`, when `day` (the day
    a clock time would take) was told with a part that does not, or is the paper's day
    told without its part ("said on Saturday ..., where a fire that started on Wednesday
    morning burned for more than two days.\n\n... The blaze began ... at about 10.55am":
    Wednesday's, its paragraph or the one before)."""
    papers = day == ctx.anchor and not ctx.log and not _SAID_AT_BEFORE.search(
        ctx.text, max(0, at - SAID_AT_REACH), at
    )  # (not "told reporters at noon", the paper's day's saying; not a log's clock)
    began = papers and _BEGAN_BEFORE.search(ctx.text, max(0, at - BEGAN_REACH), at) is not None
    recent = [(told, part) for end, told, part in ctx.day_parts
              if 0 <= at - end <= DAY_PART_REACH and (
                  "\n" not in ctx.text[end:at]
                  or began and told < day and ctx.text.count("\n\n", end, at) <= 1
              )]  # fmt: skip (across a paragraph, only the start of what the day told: "The
    # blaze began ... at about 10.55am", not "The first bodies were brought out at 11am")
    if not any(told == day for told, _ in recent):
        if not papers:
            return None  # (the day was told without its part)
        recent = [(told, part) for end, told, part in ctx.day_parts
                  if end >= (ctx.reference_day_end or 0) and told < day
                  and (told, part) in recent]  # (a day gone by, the last day told: not
        # "arrived on Saturday morning ... until Wednesday. The roads reopened at noon", nor
        # "reconciled at 09:30 on Saturday and ... at 14:05", nor "could fall on Friday
        # afternoon ... asked households to save electricity between 5 p.m. and 8 p.m.")
    fitting = [told + dt.timedelta(days=1) if part == "NI" and hour < SMALL_HOURS_END else told
               for told, part in recent if hour in _PART_HOURS.get(part, ())]  # fmt: skip
    if not fitting or day in fitting:  # (2 a.m. "on Thursday night" is Friday's)
        return None
    return fitting[-1]


_NUMBER_AFTER = re.compile(r"[ \t]+\d")
_TIMES_BEFORE = re.compile(r"\b(?:once|twice|thrice|times)\s+$")
_DAY_UNIT = re.compile(r"\b(?:days?|nights?|evenings?|mornings?)\b", re.IGNORECASE)
_DAYS_A_PERIOD = re.compile(
    r"\b(?:days?|nights?|evenings?|mornings?) a (week|month|year)$|"
    r"\b(?:hours?|minutes?) a (day|week)$"
)


_DAY_OF_MONTH = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")  # of "every 7 December"


_NEWS_NAME_AFTER = re.compile(r"[ \t]+(?:News|NEWS)\b")


_PAPER_WORDS = frozenset({"daily", "weekly", "monthly"})  # a paper's or a magazine's
_CAPITALS_WORD = re.compile(r"[A-Z]{2,}")
_CAPITALS_POSSESSIVE = re.compile(r"[A-Z]{2,}['’]S")
_NAME_WORD = re.compile(r"[A-Z][\w'’-]*")
# Words a title-case headline capitalises after "Daily" that begin no paper's name
_TITLE_CASE_LINKS = frozenset(
    "to from in on at for and or until since the a an by with as after before of is are".split()
)
# Words of a paper's name after its "DAILY": "INQUIRER", "STAR", "News"
_PAPER_NAME_WORDS = frozenset(
    "INQUIRER NEWS STAR MAIL TELEGRAPH MONITOR NATION TIMES POST EXPRESS GRAPHIC OBSERVER "
    "SUN MIRROR RECORD HERALD GLEANER TRIBUNE DISPATCH JOURNAL GAZETTE CHRONICLE NEWSPAPER "
    "MESSENGER GUARDIAN REPORTER COURIER PRESS BEAST PLANET SABAH TELEGRAF".split()
)
# What a recurring report is called, after its "WEEKLY": "WEEKLY MARKET REPORT" recurs
_REPORT_NOUNS = frozenset(
    "REPORT BULLETIN UPDATE BRIEFING DIGEST SUMMARY ROUNDUP REVIEW NEWSLETTER MARKET "
    "FORECAST OUTLOOK SITREP".split()
)


def _named_paper(text: str, m: re.Match[str]) -> bool:
    """Whether "DAILY" ("WEEKLY") at `m` is a word of a paper's name in a masthead: in
    capitals beside another word in capitals ("PHILIPPINE DAILY INQUIRER", "MEXICO NEWS
    DAILY", "INVESTOR'S DAILY"), not before a report's noun ("WEEKLY MARKET REPORT": one
    that recurs); or "Daily" after a capitalised word on its line ("Investor's Daily"). (The
    lowercase noun, "the Communist Party daily Granma", AQUAINT's annotators tag as often
    as not: left a SET.)"""
    word = m.group(0)
    line = text.rfind("\n", max(0, m.start() - 20), m.start()) + 1
    before = [w.strip(".,:|") for w in text[max(line, m.start() - 20) : m.start()].split()[-1:]]
    line_end = text.find("\n", m.end())
    rest = text[m.end() : len(text) if line_end < 0 else line_end].split()  # (its line's)
    after = [w.strip(".,:|") for w in rest[:1]]
    if not word.isupper():  # "Investor's Daily", "the China Daily" on the same line, "the
        return word[:1].isupper() and (  # Daily Yomiuri": a name
            (bool(before) and _NAME_WORD.fullmatch(before[0]) is not None)
            or (before == ["the"] and bool(after) and _NAME_WORD.fullmatch(after[0]) is not None
                and after[0].lower() not in _TITLE_CASE_LINKS
                and not (len(rest) > 1 and rest[1][:1].isupper()))
        )  # (not "Daily Covid tests will be required", nor a title's "the Daily To ...",
        # "How the Daily Commute Wears Us Down")
    if after and after[0] in _REPORT_NOUNS:
        return False
    if before and _CAPITALS_POSSESSIVE.fullmatch(before[0]):
        return True  # "INVESTOR'S DAILY"
    if before == ["THE"] and len(rest) == 1 and _CAPITALS_WORD.fullmatch(after[0]) and (
        text[line : m.start()].strip() == "THE"
    ):
        return True  # a masthead's "THE DAILY YOMIURI", alone on its line (not a headline's
        # "THE DAILY COMMUTE IS KILLING US")
    if not rest and before and before[0] in _PAPER_NAME_WORDS:
        return True  # a masthead ending its line: "MEXICO NEWS DAILY"
    if after and after[0].upper() in _PAPER_NAME_WORDS:  # "PHILIPPINE DAILY INQUIRER",
        return bool(before) and _CAPITALS_WORD.fullmatch(before[0]) is not None  # "MEXICO
    return False  # NEWS DAILY News" (not a headline's "FARES ARE SET MONTHLY POST-PANDEMIC")


def norm_set(m: re.Match[str], ctx: Context) -> Resolution | None:
    lowered = re.sub(r"\s+", " ", m.group(0).lower())
    if lowered.endswith(("quarter hour", "quarter-hour", "quarter of an hour")):
        return Resolution(SET, "PT15M")  # "buses run every quarter of an hour"
    if lowered.startswith("alternate "):  # "power only on alternate days": every second day
        return Resolution(SET, f"P2{lowered.split()[1][0].upper()}")
    if lowered.startswith("per ") and _MEASURE_BEFORE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    ):
        return None  # "winds of 190 km per hour": a speed, not a recurring time
    if lowered.startswith("per ") and _PER_AMOUNT_BEFORE.search(
        ctx.text, max(0, m.start() - 30), m.start()
    ):
        return None  # "rates of 1.41p per quarter", "500 units per quarter": a rate
    if lowered == "quarterly" and _NOUN_AFTER_QUARTERLY.match(ctx.text, m.end()):
        return None  # "its quarterly dividend", "quarterly results": a kind, not a SET
    if m.group(0)[:1] == "N" and _NEWS_NAME_AFTER.match(ctx.text, m.end()):
        return None  # "NBC NIGHTLY NEWS", "the Nightly News": a programme's name
    if lowered in _PAPER_WORDS and _named_paper(ctx.text, m):
        return None  # "PHILIPPINE DAILY INQUIRER", "MEXICO NEWS DAILY", "the Communist
        # Party daily Granma": a paper
    if lowered in _SET_WORDS:
        if lowered.endswith("ly") and _AMOUNT_BEFORE.search(
            ctx.text, max(0, m.start() - 30), m.start()
        ) and not (m.group(0).islower()  # (not "12:05 AM Daily Star staff": a paper)
                   and _CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())):
            return None  # "to rise 8.5% annually", "10,000 units annually": a rate
        return Resolution(SET, _SET_WORDS[lowered])
    trim = None
    if lowered.endswith(" weekends"):  # "open on weekends": every weekend ("on" outside)
        return Resolution(SET, "XXXX-WXX-WE", trim=(m.end() - len("weekends"), m.end()))
    if days := _DAYS_A_PERIOD.search(lowered):  # "practise six days a week": weekly, six
        day_unit = _DAY_UNIT.search(m.group(0))
        if day_unit and day_unit.group(0)[0].isupper() and not all(
            word[:1].isupper() or word in ("a", "an") for word in m.group(0).split()
        ):
            return None  # "booked rooms for Nine Mornings a year in advance": a feast's name
            # (not a headline's "Store Open Seven Days a Week")
        period = days.group(1) or days.group(2)  # days of it; "we trained two days a
        return Resolution(SET, f"P1{period[0].upper()}")  # month"; "24 hours a day"
    if match := re.search(r"\ba (?:day|week|fortnight|month|year|decade)\b|\ban hour\b", lowered):
        if not _TIMES_BEFORE.search(lowered, 0, match.start()):
            trim = (m.start() + match.start(), m.end())  # TimeML keeps "twice a week" whole
        lowered = match.group(0)
    if lowered.endswith(("half hour", "half-hour")):
        return Resolution(SET, "PT30M")  # "handlers milk venom every half hour"
    alternate = _ALTERNATE.match(lowered)  # "every other week", "every second weekend"
    if alternate and lowered.endswith("weekend"):
        return Resolution(SET, "P2W" if alternate.group(1) != "third" else "P3W")
    if lowered.startswith(("every ", "each ")) and not alternate:
        if (each := lowered.split(" ", 1)[1]) in lx.PARTS_OF_DAY:  # "every morning"
            return Resolution(SET, f"XXXX-XX-XXT{lx.PARTS_OF_DAY[each]}")
        if each == "weekend":  # "every weekend": the weekends, not two days at a time
            return Resolution(SET, "XXXX-WXX-WE")
    if (weekday := lx.weekday_number(lowered)) is not None:
        part = _PART_OF_DAY_END.search(lowered)  # "every Thursday evening"
        suffix = f"T{lx.PARTS_OF_DAY[part.group(1)]}" if part else ""
        return Resolution(SET, f"XXXX-WXX-{weekday + 1}{suffix}", trim=trim)
    if (month := lx.month_number(lowered)) is not None:
        if (day := _DAY_OF_MONTH.search(lowered)) is not None and int(day.group(1)) <= 31:
            return Resolution(SET, f"XXXX-{month:02d}-{int(day.group(1)):02d}", trim=trim)
        return Resolution(SET, f"XXXX-{month:02d}", trim=trim)
    if (season := lowered.rsplit(" ", 1)[-1]) in lx.SEASONS:
        return Resolution(SET, f"XXXX-{lx.SEASONS[season]}", trim=trim)  # "every fall"
    unit = lx.unit_of(lowered)
    if unit is None:
        return None
    count = _SET_COUNT.search(lowered)  # "every six weeks", "every 2 years"
    number = (lx.parse_number(count.group(1)) or 1) if count else 1
    if alternate:
        number *= 3 if alternate.group(1) == "third" else 2  # "every other week": one in two
    return Resolution(SET, duration_value(number, unit), trim=trim)


_NTH_DAY_OF_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:first|second|third|last|final|opening|closing)\s+"
    r"(?:morning|afternoon|evening|night|day)\s+of\s+[^.;!?]{0,80}$"
)
_DAY_WRITTEN = re.compile(rf"{lx.WEEKDAY_RE}|{lx.MONTH_RE}|yesterday|tomorrow|today|tonight")
_MERIDIEM = re.compile(r"[ap]\.?m\b|\bnoon|\bmidnight|\bmidday")  # (not "afternoon")
_LATER_PART_AFTER = re.compile(
    rf"\s*(?:,\s*)?(?:(?:on\s+)?{lx.WEEKDAY_NAME_RE}\s+|that\s+|"
    r"in\s+the\s+|this\s+|at\s+|last\s+|yesterday\s+)?(afternoon|evening|night)\b",
    re.IGNORECASE,
)
_LATER_PART_IN = re.compile(r"\b(?:yesterday|tomorrow)\s+(afternoon|evening|night)\b")
# An afternoon or an evening told just before a clock in words, in its clause: "this
# afternoon, just after three o'clock"
_LATER_PART_BEFORE = re.compile(r"\b(afternoon|evening)\b[^.;!?\n]{0,30}$", re.IGNORECASE)
_TONIGHT_IN = re.compile(r"\b(?:tonight|this\s+evening)\b")
TONIGHT_FROM_HOUR = 4  # "at 5:30 tonight" is 17:30 (not "at 2 tonight": the small hours)
NIGHT_FROM_HOUR = 6  # "ten o'clock at night" is 22:00; "two o'clock at night" stays 02:00
_HABIT_NEAR = re.compile(
    r"\b(?:most|every|each)\s+(?:nights?|mornings?|evenings?|days?|afternoons?)\b"
    r"|\bnightly\b|\busually\b|\bwould\s+often\b",
    re.IGNORECASE,
)
HABIT_REACH = 30  # characters on each side of a clock time searched for a habit
_CLAUSE_BREAK = re.compile(r"[,;!?]|\.(?:\s|$)")


def _habit_near(text: str, start: int, end: int) -> bool:
    """Whether a habit is told next to the clock time at `start`-`end`, in its own clause
    ("at 2 a.m. most nights"; not "to 06:00 on Friday, more than the town usually gets")."""
    after = text[end : end + HABIT_REACH]
    if (cut := _CLAUSE_BREAK.search(after)) is not None:
        after = after[: cut.start()]
    before = text[max(0, start - HABIT_REACH) : start]
    cuts = list(_CLAUSE_BREAK.finditer(before))
    if cuts:
        before = before[cuts[-1].end() :]
    return bool(_HABIT_NEAR.search(after) or _HABIT_NEAR.search(before))


# The time a span of hours runs from, before its end: "from 9 a.m. to " (6 p.m.)
_RANGE_START_BEFORE = re.compile(
    r"\b\d{1,2}(?:[:.][0-5]\d)?[ \t]*(?:[ap]\.?m\.?)?[ \t]*(?:to|until|till|-|–)[ \t]*$",
    re.IGNORECASE,
)
RANGE_START_REACH = 24  # characters back to the start of a span of hours
# Opening hours in its clause: "can be dropped off weekdays from 10 a.m. to 4 p.m."
_ROUTINE_BEFORE = re.compile(
    rf"\b(?:weekdays|weekends|daily)\b(?:(?!\.\s+(?-i:[A-Z]))[^;!?\n]){{0,{HABIT_REACH}}}$",
    re.IGNORECASE,
)
# "shortly after midnight" (not "waited until after midnight": a bound)
_AFTER_BEFORE = re.compile(r"(?<!until )(?<!till )\bafter\s+$", re.IGNORECASE)
_QUOTE_CLOSES = re.compile(r"[”\"]|''")
_BEFORE_BEFORE = re.compile(r"\bbefore\s+$", re.IGNORECASE)
_BEFORE_MIDNIGHT = re.compile(r"\bbefore\s+midnight\b", re.IGNORECASE)
MIDNIGHT_REACH = 40  # characters before a clock's end searched for "before midnight"
# The small hours told next in the sentence: "... and reached Safety at 1:52 a.m. Tuesday"
_SMALL_HOURS_NEXT = re.compile(
    r"(?:[^.;!?]|\.(?=[mM]\.|\d))"  # (across "a.m." and "1.52")
    r"{0,100}?\bat\s+(?:about\s+|around\s+)?[0-5](?:[:.]\d{2})?\s*(?:a\.m\.|am\b)"
    rf"\s+(?:on\s+)?({lx.WEEKDAY_RE})\b",
    re.IGNORECASE,
)
_CLOCK_WORDS = re.compile(
    r"\d{1,2}[:.]\d\d(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?|\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)"
    r"|\bnoon|\bmidnight|\bmidday|[0-2]\d[0-5]\d(?=\s)"  # (a 24-hour "2000 UTC": no year
)  # after it; not the "noon" of "3 o'clock yesterday afternoon")
# A journey from an evening's clock time to its arrival: "at 9:40 p.m. today and reach
# Garden Bend at about", "departed at 11 p.m. and landed in Lagos at"
_ARRIVES_AFTER_CLOCK = re.compile(
    r"\d[.:]?\d*\s*(?:[ap]\.?m\.?)?[^.;!?\n]{0,40}?\b(?:and|before|then)\s+(?:(?:is|are|was|were)\s+"
    r"(?:due|scheduled|expected)\s+to\s+)?(?:reach(?:ed|es)?|arriv(?:e|ed|es|ing)|land(?:ed|s)?|"
    r"dock(?:ed|s)?|pull(?:ed|s)?\s+into|get(?:s)?\s+to|got\s+to)\b[^.;!?\n]{0,50}$",
    re.IGNORECASE,
)
ARRIVAL_REACH = 120  # characters back from a clock time to the evening departure's
SMALL_HOURS_END = 6  # a clock time before this hour after an evening told is the next day's
_EVENING_VALUE = re.compile(r"T(?:AF|EV|NI|(?:1[2-9]|2[0-3]):\d\d)$")
CLOCK_REFERENCE_DAYS = 7  # a bare clock time belongs to a day mentioned this recently
VOTE_CLOCK_DAYS = 3  # a vote told at most this long before the paper keeps its polls' times
# A saying's time: "told reporters at", "said at a news conference at", "told a news
# conference at", "said outside the Four Courts at"
_SAYING_AT_BEFORE = re.compile(
    r"\b(?:said|told(?:[ \t]+(?:a|the|his|her|its|their))?(?:[ \t]+[\w-]+){1,2}|announced)"
    r"(?:[ \t]+(?:at|outside|in|on)[ \t]+(?:a|an|the)?[ \t]*(?:[\w'’-]+[ \t]+){0,3}?[\w'’-]+)?"
    r"[ \t]+at[ \t]+(?:about[ \t]+|around[ \t]+|approximately[ \t]+)?$"
)
SAYING_AT_REACH = 80  # characters back from a clock time to its saying verb
# A live page's entry stamp: how long ago, then the clock time, on a line of their own
_AGO_STAMP_BEFORE = re.compile(
    r"[ \t]*\d{1,2}[ \t]*(?:m|mins?|minutes?|h|hrs?|hours?)[ \t]+ago[ \t]+(?:[|·•-][ \t]*)?"
)
_LINE_END_AFTER = re.compile(r"[ \t]*(?:\n|$)")
POLLS_REACH = 100  # characters before a clock time searched for the polls it is the time of
# Polls opening or closing in the clock time's sentence: "Polls closed at 8pm", "Polling
# stations were due to close at 18:00", "kept them open until 22:00", "Voting ended at"
_POLLS_BEFORE = re.compile(
    r"\b(?i:polls|polling[ \t]+stations?|polling[ \t]+places?|voting|ballot[ \t]+boxes)\b"
    r"[^.;!?\n]*$"
)


_NOON = re.compile(r"\b(?:noon|midday)\b")
_IN_THE_PART = re.compile(r"\bin\s+the\s+(morning|afternoon|evening)")


# "10:30 a.m.", "10.30am" (a meridiem's letter before "m" or alone, not a zone's "PDT")
_CLOCK = re.compile(r"(\d{1,2})(?:[:.h](\d{2}))?\s*(?:([ap])(?=\.?m\b|\b))?")  # ("16h10")
_COLONLESS_MERIDIEM = re.compile(r"(?<!\d)(1[0-2]|[1-9])([0-5]\d)\s*([ap])\.?m\b")  # a weather
# service's "712 PM CDT": 7:12 p.m.
_WIRE_CLOCK = re.compile(r"(\d\d)(\d\d)()(?:\s|hrs|$)")  # "1915 GMT": hours and minutes, no colon
# The day a clock time is on, written after it and after the same time in another zone
# ("at 10:35 a.m. (0735 GMT) Friday", "at 1:47 a.m. EST (0647 GMT) on Tuesday"), or only
# in that zone's time ("at 4 in the morning (4 a.m. EDT Thursday)").
_WEEKDAY_WORDS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|"
                  r"today|tonight|this[ \t]+(?:morning|afternoon|evening)")  # ("4 a.m. this
# morning": the paper's, not the small hours after a night told before)
# What may stand between a clock time and its day: the end of its own parentheses, the
# same time in another zone in parentheses, a comma, "on" (events/spans.py reads the
# same gap).
CLOCK_DAY_GAP = r"[ \t]*(?:\)[ \t]*)?(?:\([^()\n]{1,30}\)[ \t]*)?,?[ \t]*(?:on[ \t]+)?"


def _opens_next_sentence(text: str, after: re.Match[str]) -> bool:
    """Whether the day word after a clock opens the next sentence ("low water 11:28 p.m.
    Tomorrow: high water ..."), as a weekday after "p.m." does not ("at 9 p.m. Friday"):
    where the sentences split (`SENTENCE_AFTER_CLOCK`)."""
    if not after.group(1):
        return False
    period = text.rfind(".", max(0, after.start() - 1), after.start(1))
    return period >= 0 and SENTENCE_AFTER_CLOCK.match(text, period + 1) is not None


_DAY_AFTER_CLOCK = re.compile(
    r"(?:[ \t]*(?:to|until|till|and|-|–)[ \t]*(?:\d{1,2}(?:[:.]\d\d)?[ \t]*(?:[ap]\.?m\.?)?|"
    r"midnight|noon))?"  # "to 4 p.m.", "between 9:30 p.m. and midnight Sunday"
    rf"{CLOCK_DAY_GAP}({_WEEKDAY_WORDS})\b|[ \t]*\(([^()\n]{{0,30}}?)(?:\bon[ \t]+)?\b"
    rf"({_WEEKDAY_WORDS})\)",  # ("9am (2100 GMT on Tuesday)": its zone's clock and day)
    re.IGNORECASE,
)


# "half past eight", "a quarter to nine", "ten past six", "20 minutes to 10"
_PAST_TO = re.compile(
    r"(?:(?:about|around|at|some)\s+)?(half|(?:a\s+)?quarter|twenty-five|[a-z]+|\d{1,2}\s+minutes)"
    r"\s+(past|to)\s+([a-z]+|\d{1,2})\b"
)
_PAST_TO_MINUTES = {"half": 30, "quarter": 15, "a quarter": 15, "twenty-five": 25}
# An afternoon's clock time told before a bare one in its sentence: "left Kingussie at noon
# and got home at half past eight" (20:30)
_AFTERNOON_CLOCK = re.compile(
    r"\b(?:(\d{1,2})(?:[:.]\d\d)?[ \t]{0,2}p\.?m\b|noon|midday)", re.IGNORECASE
)
AFTERNOON_CLOCK_REACH = 120  # characters back from a bare clock time
# A clock time told on a 24-hour clock or in a zone, which keeps its hour: "1100 GMT",
# "08:30", "9am Lagos time"
_TWENTY_FOUR_HOUR = re.compile(rf"^0|^\d{{4}}|^\d\d\.\d\d$|\dh\d|\b{lx.ZONE_RE}|\btime\b",
                               re.IGNORECASE)  # (and a dotted "10.30" with two digits to its hour)
# "23.41", with nothing to say it is a time (no "pm", zone or "hours")
_BARE_DOTTED_CLOCK = re.compile(r"\d{1,2}\.\d{2}(?!\d|\s*(?:[ap]\.?m|gmt|utc|bst|hours)\b)")
# Four digits read as a clock with no zone after them, after a qualifier at most: "1000",
# "about 0400" (the rule reads "0300 hours" only with a leading zero)
_BARE_FOUR_DIGITS = re.compile(
    rf"(?:[a-z]+\s+){{0,3}}(\d{{4}})(?!\d|\s*(?:{lx.ZONE_RE}|hrs\b|hours\b))", re.IGNORECASE
)
# A day after four digits that makes them its clock: "at 1000 on Friday, May 2", "1800 today"
# (not "grew from 1800 on the back of the wool trade")
_DAY_AFTER_DIGITS = re.compile(
    rf"[ \t]+on[ \t]+(?:{lx.WEEKDAY_RE}|{lx.MONTH_RE}[ \t]{{1,3}}\d)|[ \t]+(?:today|tonight|"
    r"tomorrow|yesterday)\b",
    re.IGNORECASE,
)
_MERIDIEM_AFTER_DIGITS = re.compile(r"[ \t]?[AaPp]\.?[Mm]\b")
_LOG_CLOCK_WORD_BEFORE = re.compile(r"(?i:sunrise|sunset|moonrise|moonset|high\s+water|"
                                    r"low\s+water|ETA|ETD)[ \t]+$")  # (in a log)
_AT_CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|before|after)[ \t]+$", re.IGNORECASE)
_MINUTES_TO = re.compile(r"(?:(?:about|around|some)\s+)?(?:five|ten|twenty|twenty-five)\s+to\s")
_WORD_HOUR_OF_PART = re.compile(  # "six this morning", "eleven in the morning"
    r"[a-z]+(?:[ \t-](?:fifteen|thirty|forty-five))?\s+(?:this|tonight|in\s+the|at\s+night)")
# ... ending a range of clocks: "from ten at night to five in the morning"
RANGE_END_REACH = 50
_RANGE_END_BEFORE = re.compile(
    r"\b(?:from|between)[ \t]+(?:about[ \t]+|around[ \t]+)?(?:\d|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|noon|midnight|half|quarter|a[ \t]+quarter|twenty|"
    r"twenty-five)\b[^.;!?\n]{0,40}?[ \t](?:to|and)"
    r"[ \t]+$|\bbetween[ \t]+$",
    re.IGNORECASE,
)  # (and its start: "between eleven in the morning and two this afternoon"; not "one race
# from the Saturday card and two this afternoon")
# ... told as a clock: "It's eleven in the morning here" (not "took two in the morning")
_IT_IS_BEFORE = re.compile(r"\b(?:[Ii]t['’]s|[Ii]t[ \t]+(?:is|was))[ \t]+(?:now[ \t]+)?"
                           r"(?:about[ \t]+|just[ \t]+(?:after|before)[ \t]+)?$")
# A clock in words with its minutes and part of the day: "two-thirty this afternoon"
_WORD_CLOCK = re.compile(
    r"(?:(?:about|around|at|some)\s+)?([a-z]+)(?:[ \t-](fifteen|thirty|forty-five))?\s+"
    r"(?:this\s+(?:morning|afternoon|evening)|tonight|in\s+the\s+(?:morning|afternoon|evening)"
    r"|at\s+night)")
_WORD_MINUTES = {"fifteen": 15, "thirty": 30, "forty-five": 45}
_H_CLOCK = re.compile(r"\dh\d")  # "16h10"
_ON_DAY_IN_CLOCK = re.compile(r"[ \t]on[ \t]+", re.IGNORECASE)  # ("8.30pm on Thursday")
_DOTTED_HOURS = re.compile(r"\d\d\.\d\d hours")  # "05.00 hours": a clock after its preposition
_HOURS_TAKEN_BEFORE = re.compile(
    r"\b(?:waited|wait|waiting|for|lasted|lasts|last|took|takes|take|spent|spend|of|over|within|"
    r"about|nearly|almost|some)[ \t]+$",
    re.IGNORECASE,
)  # ("waited 12.45 hours", "for 13.30 hours"; not "ended on Tuesday 04.30 hours")
_SPAN_WORD_BEFORE = re.compile(r"\b(?:in|of|a|than|with)[ \t]+$", re.IGNORECASE)
_CLOCK_PREPOSITION_BEFORE = re.compile(r"\b(?:at|by|until|till|from|since|before|after)[ \t]+$",
                                       re.IGNORECASE)  # fmt: skip
_PRICE_BEFORE = re.compile(
    r"\b(?:shares?|stocks?|index|indices|price[sd]?|clos(?:ed|ing)|open(?:ed|ing)|trad(?:ed|ing)|"
    r"rates?|yields?|points?|valued|quoted|fixed|priced|euros?|dollars?|pounds?|cents?|pence|"
    r"kronor|birr|ratio|average|score[ds]?|odds|percent|per\s+cent|stood|rose|fell|grew|"
    r"dropped|climbed|slipped|inflation|unemployment|growth)\b(?:[^.;!?]|\.\d)*$",
    re.IGNORECASE,
)
_MORNING_AFTER = re.compile(r"[^.;!?\n]{0,25}?\bmorning\b", re.IGNORECASE)
# "at 11:30 last night": the evening before the paper's day
_LAST_NIGHT_AFTER = re.compile(r"[ \t]*,?[ \t]*last[ \t]+(?:night|evening)\b", re.IGNORECASE)
_OCLOCK = re.compile(r"(?:(?:about|around|at|some)\s+)?([a-z]+|\d{1,2})\s+(?:o['’]clock|"
                     r"(?=this\s+(?:morning|afternoon|evening)\b|tonight\b|in\s+the\s+"
                     r"(?:morning|afternoon|evening)\b|at\s+night\b))")  # ("six this
# morning", "eleven in the morning", "ten at night")
_LATE_PART = re.compile(r"\b(?:afternoon|evening|night|tonight)\b")


_TITLE_WORD = re.compile(  # a capitalised word next (no day's or month's name): a title
    rf"\s+(?!(?i:{lx.WEEKDAY_RE}|{lx.MONTH_RE})\b)[A-Z][a-z]"
)
_OPENING_QUOTE_AFTER_COMMA = re.compile(r"[,;]\s*[\"“‘']$|[a-z]\s+[\"“‘']$")
_SENTENCE_START = re.compile(r"(?:[.!?:]\s+|[\"“‘'(]|\n\s*)$")


def _clock(lowered: str) -> tuple[int, int] | None:
    """Hour (0-24) and minute of a lowercased clock time: "10:30 a.m.", "1915 gmt", "noon",
    "5 in the afternoon"."""
    if (past_to := _PAST_TO.match(lowered)) is not None and past_to.group(3) in (
        "midnight", "noon"
    ) and (off := _PAST_TO_MINUTES.get(past_to.group(1)) or lx.parse_number(
        past_to.group(1).split()[0]
    )) and off == int(off) and 0 < off < 60:  # "twenty past midnight": 24:20, the small
        whole = 24 if past_to.group(3) == "midnight" else 12  # hours after that midnight
        return (whole, int(off)) if past_to.group(2) == "past" else (  # (not "close to
            whole - 1, 60 - int(off))  # noon")
    if _NOON.search(lowered):
        return 12, 0
    if "midnight" in lowered:
        return 24, 0
    if (past_to := _PAST_TO.match(lowered)) is not None:  # "half past eight"
        told, hour = past_to.group(1), lx.parse_number(past_to.group(3))
        minutes = _PAST_TO_MINUTES.get(told) or lx.parse_number(told.split()[0])
        if hour is None or minutes is None or hour != int(hour) or not 1 <= hour <= 12:
            return None
        if past_to.group(2) == "to":
            hour, minutes = hour - 1 or 12, 60 - minutes
        late = _LATE_PART.search(lowered, past_to.end())
        return int(hour) + (12 if late and hour < 12 else 0), int(minutes)
    if (words := _WORD_CLOCK.fullmatch(lowered)) is not None and words.group(2):
        hour = lx.parse_number(words.group(1))  # "two-thirty this afternoon"
        if hour is None or hour != int(hour) or not 1 <= hour <= 12:
            return None
        late = _LATE_PART.search(lowered, words.end(1))
        if hour == 12:  # "twelve-thirty this afternoon": 12:30; "at night", "in the
            hour, late = (12 if late and "night" not in late.group(0) else 0), None  # morning":
            # 00:30
        elif late and late.group(0) == "night" and hour < NIGHT_FROM_HOUR:
            late = None  # "two-thirty at night": the small hours
        return int(hour) + (12 if late else 0), _WORD_MINUTES[words.group(2)]
    if (oclock := _OCLOCK.match(lowered)) is not None:  # "nine o'clock this morning"
        hour = lx.parse_number(oclock.group(1))
        if hour is None or hour != int(hour) or not 1 <= hour <= 12:
            return None
        late = _LATE_PART.search(lowered, oclock.end())
        if hour == 12:  # "twelve o'clock tonight": midnight; "this afternoon": noon
            return (24 if late and "night" in late.group(0) else 12), 0
        if late and late.group(0) == "night" and hour < NIGHT_FROM_HOUR:
            return int(hour), 0  # "two at night": the small hours
        return int(hour) + (12 if late else 0), 0
    clock = (_COLONLESS_MERIDIEM.search(lowered) or _WIRE_CLOCK.match(lowered)
             or _CLOCK.search(lowered))  # fmt: skip
    if clock is None:
        return None
    hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
    if clock.group(3) == "p" and hour < 12:
        hour += 12
    if clock.group(3) == "a" and hour == 12:
        hour = 0
    part = _IN_THE_PART.search(lowered)
    if part and part.group(1) != "morning" and hour < 12:
        hour += 12  # "5 in the afternoon"
    elif part and hour == 12:
        hour = 0  # "12 in the morning": midnight
    if hour > 24 or minute > 59:
        return None
    return hour, minute


# A clock time that says which half of the day it is in: "5.15pm", "16.30", "02:15"
_CLOCK_TOLD = re.compile(
    r"(?<![\d.,:$£€])(?:(\d{1,2})(?:[:.][0-5]\d)?[ \t]{0,2}([ap])\.?m\b|"
    r"(0\d|1[3-9]|2[0-3])[:.]([0-5]\d)(?!\d|[.,:]\d|[ \t]*(?:%|per|percent|million|billion)\b))",
    re.IGNORECASE,
)
_PART_WORD = re.compile(r"morning|afternoon|evening|night|tonight|dawn|noon|midnight|midday")
CLOCK_TOLD_REACH = 800  # characters back from a bare clock time to a clock told before it


_DIGIT_CLOCK = re.compile(r"\d[:.]\d")
# A day named between a clock told and a bare one, whose half of the day is its own
_DAY_NAMED = re.compile(rf"\b(?:{lx.WEEKDAY_NAME_RE}|yesterday|today|tomorrow)\b", re.IGNORECASE)


def _hours_apart(hour: int, other: int) -> int:
    """Hours between two hours of the day, either way round the clock (23 and 1: 2)."""
    apart = abs(hour - other) % 24
    return min(apart, 24 - apart)


# A bare o'clock (or half past) this early is the afternoon's, unless told of rising or the
# night
AFTERNOON_OCLOCK_LAST = 6
RISING_REACH = 60
OCLOCK_TOLD_REACH = 3000  # characters back to a clock told whose half of the day is near
_EARLY_RISING_BEFORE = re.compile(
    r"\b(?:(?:get|got|gets|getting)[ \t]+up|wake|woke|wakes|waking|rise|rises|rose|dawn|"
    r"sunrise|breakfast|alarm|night|overnight|(?:small|early)[ \t]+hours)\b[^.;!?\n]*$",
    re.IGNORECASE,
)
# ... nor from four on, one of opening or setting out: "Polling stations opened at six
# o'clock", "The bakery opens at half past six", "The fishermen set out at four o'clock"
OPENING_FROM_HOUR = 4
_OPENING_BEFORE = re.compile(
    r"\b(?:open|opens|opened|opening|set[ \t]+out|sets[ \t]+out|setting[ \t]+out|depart|"
    r"departs|departed)\b"  # (not "starts", "began": "The concert begins at half past six")
    r"[^.;!?\n]{0,40}$",
    re.IGNORECASE,
)
# A broadcast's greeting that tells the half of its day: "Good evening", "Good afternoon"
# (and "Good morning. It is half past six")
_MORNING_GREETING = re.compile(r"\bGood[ \t]+morning\b")
_MORNING_BEFORE = re.compile(r"\bmornings?\b[^.;!?\n]*$", re.IGNORECASE)  # (in its sentence)
_LATE_GREETING = re.compile(r"\bGood[ \t]+(?:afternoon|evening)\b")


def _clock_told_before(
    text: str, start: int, reach: int = CLOCK_TOLD_REACH, *, any_day: bool = False
) -> int | None:
    """The hour (0-23) of the last clock time told within `reach` characters before
    `start` in a form that says its half of the day, with no day named after it (unless
    `any_day`), if any."""
    last = None
    for told in _CLOCK_TOLD.finditer(text, max(0, start - reach), start):
        last = told
    if last is None or (not any_day and _DAY_NAMED.search(text, last.end(), start)):
        return None
    if last.group(3):
        return int(last.group(3))
    hour = int(last.group(1)) % 12
    return hour + 12 if last.group(2).lower() == "p" else hour


def _afternoon_hour_before(text: str, start: int) -> int | None:
    """The hour (12-23) of the last afternoon or evening clock time told in the sentence
    before `start`, if one is this close."""
    window_start = max(0, start - AFTERNOON_CLOCK_REACH)
    last = None
    for told in _AFTERNOON_CLOCK.finditer(text, window_start, start):
        last = told
    if last is None or SENTENCE_END.search(text, last.end(), start):
        return None
    hour = int(last.group(1)) if last.group(1) else 12
    return hour + 12 if hour < 12 else hour


def _zone_day_shift(hour: int, other_hour: int) -> int:
    """Days from the other zone's date to ours, for one moment at `hour` here and at
    `other_hour` there (zones at most 12 hours apart): 3 a.m. here at 1915 GMT is a day
    after GMT's date, 9 p.m. ET at 0200 GMT a day before; twelve hours apart is ahead (9am
    in Tuvalu or Fiji at 2100 GMT: no one lives twelve hours behind GMT)."""
    here = other_hour - (other_hour - hour + 12) % 24 + 12
    return 1 if here >= 24 else -1 if here < 0 else 0


# The bracket that opens another zone's restatement of the clock time before it: "at 1:47
# a.m. on Tuesday (1747 GMT Monday)"
_RESTATEMENT_OPENS = re.compile(r"[ \t]*\([ \t]*")


def _restated_day(ctx: Context, start: int, hour: int, weekday: int) -> dt.date | None:
    """The day of a clock time that restates, in another zone and in brackets, the clock
    time told with its day just before ("at 1:47 a.m. on Tuesday (1747 GMT Monday)": the
    Monday before that Tuesday, not the paper's), when its weekday is that zone's day."""
    if ctx.clock_day is None or ctx.clock_value is None or not (
        _RESTATEMENT_OPENS.fullmatch(ctx.text, ctx.clock_end, start)
    ) or (told := CLOCK_OF_VALUE.search(ctx.clock_value)) is None:
        return None
    day = ctx.clock_day - dt.timedelta(days=_zone_day_shift(int(told.group(1)[:2]), hour))
    return day if day.weekday() == weekday else None


# The end of a day written right before a clock time: "Nov. 13, at", "Thursday at".
_DAY_BEFORE_CLOCK = re.compile(
    r"(?:\b[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,[ \t]+\d{4})?|[Dd]ay|"
    r"\b\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4}),?[ \t]+(?:at[ \t]+)?$"
)  # ("until Tuesday, 19th June, 2057 at 10.00 a.m.": that day's)


_COARSER_THAN_DAY = re.compile(r"(\d{4})(-\d\d)?$")
# A month or year that opens its sentence: "In November 2016 the Kaikoura earthquake, ..."
_OPENING_PERIOD = re.compile(
    r"(?:^|[.!?\n][\"'”’]?\s+)(?:In|Back\s+in|During)\s+[^.!?\n,]{3,25}$", re.MULTILINE
)


_SUN_AFTER = re.compile(r"[ \t]+sun\b", re.IGNORECASE)


_YEAR_TOLD = re.compile(r"\b(this|last|next)\s+year\b")


_WEEK_TOLD_AFTER = re.compile(r",?[ \t]+(?:of[ \t]+)?(last|next)[ \t]+week\b", re.IGNORECASE)


_UNTIL_MIDNIGHT_BEFORE = re.compile(
    r"\b(?:until|till|to|by|towards?)\s+(?:about\s+)?$", re.IGNORECASE
)
_GAME_CLOCK_AFTER = re.compile(
    r"[ \t]+(?:off[ \t]+the[ \t]+clock|(?:left|remaining)[ \t]+(?:in|on)[ \t]+(?:the[ \t]+)?"
    r"(?:game|clock|half|quarter|period|match|regulation|overtime|extra[ \t]+time)"
    r"|to[ \t]+play\b|(?:of|in|into)[ \t]+(?:the[ \t]+(?:first|second|third|fourth|final|"
    r"opening|1st|2nd|3rd|4th)[ \t]+(?:quarter|half|period)(?![ \t]+of\b)|overtime|"
    r"extra[ \t]+time)\b)",
    re.IGNORECASE,
)  # ("scored at 12:03 of the third quarter", "at 2:41 of overtime")


# A game's clock, read: "the scoreboard clock read 4:12", "with the shot clock at 0:03"
_GAME_CLOCK_BEFORE = re.compile(
    r"\b(?:scoreboard|shot|game|match)(?:[ \t]+clock)?[ \t]+(?:read|showed|stood[ \t]+at|at)[ \t]+$"
    r"|\bclock[ \t]+(?:read|showed|stood[ \t]+at)[ \t]+$",
    re.IGNORECASE,
)


EVENING_CLOCK_REACH = 120  # characters from "tonight" or "this evening" to a bare clock
EVENING_FROM_HOUR = 17  # an evening's clock times: "tonight ... from 8pm" is tonight's


def _evening_told_before(ctx: Context, start: int) -> dt.date | None:
    """The day of an evening or a night ("Tonight", "on Saturday evening") told just
    before `start`, in its sentence, if any."""
    if not ctx.day_parts:
        return None
    end, day, part = ctx.day_parts[-1]
    told = part in ("EV", "NI") and 0 <= start - end <= EVENING_CLOCK_REACH and (
        SENTENCE_END.search(ctx.text, end, start) is None)
    return day if told else None


def _four_digit_clock(m: re.Match[str], digits: re.Match[str], ctx: Context) -> bool:
    """Whether four bare digits are a clock: after a clock's preposition, with a leading
    zero or a day after them ("until 0600", "at 1000 on Friday"); in a log (`lx.is_log`),
    opening a line or after a clock's preposition or a word a log times ("0800 Cast off",
    "repaired by 2100", "Sunrise 0537")."""
    at = m.start() + digits.start(1)
    after_preposition = lx.CLOCK_DIGITS_BEFORE.search(
        ctx.text, max(0, at - lx.CLOCK_DIGITS_REACH), at) is not None
    if after_preposition and (
        digits.group(1)[0] == "0" or _DAY_AFTER_DIGITS.match(ctx.text, at + 4)
        or _MERIDIEM_AFTER_DIGITS.match(ctx.text, at + 4)  # ("cleared by 1056 p.m.")
    ):
        return True
    return bool(
        lx.LOG_CLOCK.fullmatch(digits.group(1)) and ctx.log and (
            after_preposition or ctx.text[max(0, at - 1) : at] in ("", "\n")
            or _LOG_CLOCK_WORD_BEFORE.search(ctx.text, max(0, at - 12), at)
        )
    )


def norm_clock_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    lowered = text.lower()
    if (to := _TO_NOON_OR_MIDNIGHT.search(lowered)) and _SPAN_FROM_BEFORE.search(
        ctx.text, max(0, m.start() - 10), m.start()
    ):  # a span's ends: "open from ten to noon", its noon read alone
        alone = m.re.match(ctx.text, m.start() + to.start(1), m.end())
        answer = norm_clock_time(alone, ctx) if alone is not None else None
        return answer and alone and replace(answer, trim=alone.span())
    mod = quant_mod(lowered)
    clock = _clock(lowered)
    if clock is None:
        return None
    if text[:1] in "MN" and _TITLE_WORD.match(ctx.text, m.end()) and m.start() > 0 and (
        not _SENTENCE_START.search(ctx.text, max(0, m.start() - 3), m.start())
        or _OPENING_QUOTE_AFTER_COMMA.search(ctx.text, max(0, m.start() - 3), m.start())
    ):  # "her song Midnight Over Lake Pontchartrain", 'Her first single, "Midnight Over
        # Lake Pontchartrain," was released': a title or name
        return None
    if lowered.endswith(("midnight", "noon", "midday")) and _SUN_AFTER.match(ctx.text, m.end()):
        return None  # "under the midnight sun", "the noonday sun": a sun, no clock
    if (
        _GAME_CLOCK_AFTER.match(ctx.text, m.end())
        or _GAME_CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    ) and not _MERIDIEM.search(lowered):
        return None  # "a drive that took 2:19 off the clock", "with 4:12 left": a game clock
    if ctx.text[m.start() - 1 : m.start()] == "[" and ctx.text.startswith("]", m.end()) and (
        ":" in lowered and not _MERIDIEM.search(lowered)
        and not ctx.text[max(0, m.start() - 2) : m.start() - 1].strip()  # (a line's start)
    ):
        return None  # "[00:21] KENDALL HODGE: ...": a recording's time code, no clock
    if _BARE_DOTTED_CLOCK.match(lowered) and not (
        ctx.text[max(0, m.start() - 1) : m.start()] in ("", "\n") and lowered[-1] in "05"
    ) and (  # (a programme's clock opening a line: "10.00 Arena opens"; not a race's time:
        # "19.32 Michael Johnson (USA)")
        not _CLOCK_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        or _PRICE_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
    ):
        return None  # "closed at 12.38 on Friday", "a ratio of 2.30": no clock
    if (digits := _BARE_FOUR_DIGITS.match(lowered)) and not _four_digit_clock(m, digits, ctx):
        return None  # "at 1000 on Friday", "until 0600": a clock only after its preposition
        # (or a log's: "0800 Cast off Rio Grande", "Sunrise 0537", "repaired by 2100")
    if _MINUTES_TO.match(lowered) and not (
        _AT_CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        or _IT_IS_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
    ):
        return None  # "voted ten to six", "reduced from ten to seven": a count (not "at
        # twenty to nine this evening")
    if _WORD_HOUR_OF_PART.match(lowered) and not (
        _CLOCK_PREPOSITION_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
        or _IT_IS_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start())
        or _RANGE_END_BEFORE.search(ctx.text, max(0, m.start() - RANGE_END_REACH), m.start())
    ):  # ("from ten at night to five in the morning": the range's end, a clock too)
        return None  # "He scored two this afternoon": a count (not "before six this morning")
    if _DOTTED_HOURS.fullmatch(lowered) and _HOURS_TAKEN_BEFORE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    ):
        return None  # "waited 12.45 hours": a time taken (not "since 05.00 hours")
    if _H_CLOCK.search(lowered) and _SPAN_WORD_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return None  # "won the marathon in 2h05", "a time of 2h05": a time taken, no clock
    hour, minute = clock
    evening: dt.date | None = None  # the day of an evening told just before, for a bare hour
    if hour < 12 and not _MERIDIEM.search(lowered) and (
        later := _LATER_PART_AFTER.match(ctx.text, m.end()) or _LATER_PART_IN.search(lowered)
        or (None if _DIGIT_CLOCK.search(text) or _PART_WORD.search(lowered)
            or _MORNING_AFTER.match(ctx.text, m.end())  # ("until ten o'clock the next morning")
            else _LATER_PART_BEFORE.search(ctx.text, max(0, m.start() - 45), m.start()))
    ) and (later.group(1).lower() != "night" or hour >= NIGHT_FROM_HOUR):
        hour += 12  # "nine o'clock on Sunday night", "2:10 in the afternoon": p.m.
    elif TONIGHT_FROM_HOUR <= hour < 12 and not _MERIDIEM.search(lowered) and (
        _TONIGHT_IN.search(lowered)
    ):
        hour += 12  # "council meets at 5:30 tonight": 17:30
    elif hour < 12 and not _MERIDIEM.search(lowered) and "morning" not in lowered and not (
        _TWENTY_FOUR_HOUR.search(text)
    ) and (
        (earlier := _afternoon_hour_before(ctx.text, m.start())) is not None
        and hour + 12 >= earlier
        and not _MORNING_AFTER.match(ctx.text, m.end())
    ):
        hour += 12  # "left at noon and got home at half past eight": 20:30
    elif NIGHT_FROM_HOUR <= hour < 12 and not _MERIDIEM.search(lowered) and not (
        _TWENTY_FOUR_HOUR.search(text) or "morning" in lowered
    ) and (evening := _evening_told_before(ctx, m.start())) is not None:
        hour += 12  # "Tonight, when the finals start at seven o'clock": 19:00, that evening's
    elif 0 < hour < 12 and not _MERIDIEM.search(lowered) and not (
        _TWENTY_FOUR_HOUR.search(text) or _PART_WORD.search(lowered) or _DIGIT_CLOCK.search(text)
    ) and (told_hour := _clock_told_before(ctx.text, m.start())) is not None and (
        _hours_apart(hour + 12, told_hour) < _hours_apart(hour, told_hour)
    ):
        hour += 12  # "16.30 Good afternoon. Here's your travel at half past four": 16:30,
        # the half of the day nearer the last clock told (not "by 02:15 water stood ...
        # By three o'clock my shop was gone": 03:00), a clock in words
    elif 0 < hour < 12 and not _MERIDIEM.search(lowered) and not (
        _TWENTY_FOUR_HOUR.search(text) or _PART_WORD.search(lowered) or _DIGIT_CLOCK.search(text)
    ) and _LATE_GREETING.search(ctx.text, max(0, m.start() - CLOCK_TOLD_REACH), m.start()) and (
        _clock_told_before(ctx.text, m.start()) is None
    ) and not _MORNING_AFTER.match(ctx.text, m.end()) and not _MORNING_BEFORE.search(
        ctx.text, max(0, m.start() - RISING_REACH), m.start()
    ):  # (not "five o'clock in the morning", "picked every morning until about nine o'clock")
        hour += 12  # a broadcast's "Good evening. It is half past six in Cologne": 18:30
    elif 0 < hour <= AFTERNOON_OCLOCK_LAST and (
        "o'clock" in lowered.replace("’", "'") or _PAST_TO.match(lowered)
    ) and not (
        _MERIDIEM.search(lowered) or _PART_WORD.search(lowered)
        or _MORNING_AFTER.match(ctx.text, m.end()) or _LATER_PART_AFTER.match(ctx.text, m.end())
        or _EARLY_RISING_BEFORE.search(ctx.text, max(0, m.start() - RISING_REACH), m.start())
        or _MORNING_GREETING.search(ctx.text, max(0, m.start() - CLOCK_TOLD_REACH), m.start())
        or (hour >= OPENING_FROM_HOUR and _OPENING_BEFORE.search(
            ctx.text, max(0, m.start() - RISING_REACH), m.start()))
    ) and (
        (told_hour := _clock_told_before(ctx.text, m.start(), OCLOCK_TOLD_REACH, any_day=True))
        is None
        or _hours_apart(hour + 12, told_hour) < _hours_apart(hour, told_hour)
    ):
        hour += 12  # "Most shops close at two o'clock today", "arriving at the gate just
        # after four o'clock", "back tomorrow at half past two": a bare o'clock or half past
        # of a day's business, the afternoon's (not "I
        # will still get up at five o'clock", nor "I came at 6 o'clock" after a fire "under
        # control at around 5am")
    day: dt.date | None = ctx.anchor
    clock_words = _CLOCK_WORDS.search(lowered)  # (after "about", "shortly before" too:
    rest = lowered[clock_words.end() :] if clock_words else lowered  # not "about 10.35pm
    # on Saturday 23 August" read as the 10th)
    if (month := lx.month_number(rest)) is not None and (
        year_match := YEAR_IN.search(rest)
    ):  # "9:45 p.m. on Dec. 14, 2007"
        day_match = DAY_IN.search(rest)
        day = safe_day(int(year_match.group(1)), month, int(day_match.group(1))) if (
            day_match) else None  # fmt: skip
        if day is None:
            return None
    elif (month := lx.month_number(rest)) is not None and ctx.anchor is not None:
        day_match = DAY_IN.search(rest)
        day = month_day_date(ctx.anchor, ctx.tense(m.start(), m.end()), month,
                             int(day_match.group(1))) if day_match else day  # fmt: skip
        if day_match and (year_told := _YEAR_TOLD.search(rest)):  # "at about 7.50am on March 19
            year = ctx.anchor.year + {"last": -1, "this": 0, "next": 1}[year_told.group(1)]
            day = safe_day(year, month, int(day_match.group(1)))  # last year": that year's
            if day is None:
                return None
    elif (month := lx.month_number(rest)) is not None and (day_match := DAY_IN.search(rest)):
        day_number = int(day_match.group(1))  # no anchor: "4 p.m. on June 12", year unknown
        if not 1 <= day_number <= 31:
            return None
        return Resolution(TIME, f"XXXX-{month:02d}-{day_number:02d}T{hour:02d}:{minute:02d}")
    elif (weekday := lx.weekday_number(rest)) is not None and ctx.anchor is None:
        return Resolution(TIME, f"XXXX-WXX-{weekday + 1}T{hour:02d}:{minute:02d}", mod)  # no
        # anchor: "about 2am on Wednesday", a Wednesday's
    elif (weekday := lx.weekday_number(rest)) is not None and ctx.anchor is not None:
        tense = ctx.tense(m.start(), m.end())
        if re.search(r"\bthat\s", rest) and ctx.reference is not None and (
            ctx.reference.weekday() == weekday
        ):  # "The Moon is new on Sunday 25 August ... overhead by 11pm that Sunday"
            return Resolution(TIME, f"{ctx.reference.isoformat()}T{hour:02d}:{minute:02d}",
                              mod, anaphoric=True)
        modifier = ""
        if re.search(r"\b(?:last|past)\s", rest):  # "at 3:20 a.m. ET last Saturday"
            tense, modifier = Tense.PAST, "last"
        elif re.search(r"\bnext\s", rest):  # ("from 5am next Sunday" told on a Sunday: a
            tense, modifier = Tense.FUTURE, "next"  # week on)
        elif plan_gone(ctx.text, m.start(), m.end()):
            tense = Tense.PAST  # "a deadline set for midnight on Thursday had passed"
        elif until := until_tense(ctx.text, m.start()):
            tense = until  # "stays closed until noon on Friday", "heavy rain from noon
            # Tuesday until 6 a.m. Wednesday": ahead (not "a session that ran until ...")
        elif tense in (Tense.UNKNOWN, Tense.PRESENT) and (
            on_day := _ON_DAY_IN_CLOCK.search(text)
        ) and TIMETABLE_BEFORE.search(
            ctx.text, max(0, m.start() - TIMETABLE_REACH), m.start() + on_day.end()
        ):
            tense = Tense.FUTURE  # "The doors open at 8.30pm on Thursday": a timetable's
        day = _restated_day(ctx, m.start(), hour, weekday) or weekday_date(
            ctx.anchor, tense, weekday, modifier,
            local=bool(lx.LOCAL_TIME_AFTER.match(ctx.text, m.end())))  # fmt: skip
        if tense is not Tense.FUTURE and not re.search(r"\b(?:last|past|next)\s", rest) and (
            update := update_day(ctx, weekday)
        ):  # "(Updated at 9:14 a.m. on Monday ...)" over a Sunday story: the next day
            day = update
        if week := _WEEK_TOLD_AFTER.match(ctx.text, m.end()):  # "at midnight on Monday last
            shift = -7 if week.group(1).lower() == "last" else 7  # week": that week's Monday
            day = ctx.anchor + dt.timedelta(days=weekday - ctx.anchor.weekday() + shift)
    elif "yesterday" in rest and ctx.anchor is not None:
        day = ctx.anchor - dt.timedelta(days=1)
    elif "tomorrow" in rest and ctx.anchor is not None:
        day = ctx.anchor + dt.timedelta(days=1)
    elif "tonight" in rest and hour < SMALL_HOURS_END and ctx.anchor is not None:
        day = ctx.anchor + dt.timedelta(days=1)  # "daylight saving starts at 2am tonight":
        # the small hours after this evening
    elif ctx.anchor is not None and hour >= 12 and _LAST_NIGHT_AFTER.match(ctx.text, m.end()):
        day = ctx.anchor - dt.timedelta(days=1)  # "voted at 11:30 last night" (not "at 2
        # a.m. last night": the paper's day)
    elif (
        "today" not in rest
        and "tonight" not in rest
        and ctx.anchor is not None
        and (after := _DAY_AFTER_CLOCK.match(ctx.text, m.end()))
        and not _opens_next_sentence(ctx.text, after)
    ):
        word = (after.group(1) or after.group(3)).lower()
        day = (
            ctx.anchor - dt.timedelta(days=1) if word == "yesterday"
            else ctx.anchor + dt.timedelta(days=1) if word == "tomorrow"
            else weekday_date(ctx.anchor, ctx.tense(m.start(), m.end()), lx.WEEKDAYS[word])
            if word in lx.WEEKDAYS else ctx.anchor  # ("4 a.m. this morning")
        )  # fmt: skip
        if after.group(3) and (other := _clock(after.group(2).lower())):
            day += dt.timedelta(days=_zone_day_shift(hour, other[0]))  # that zone's day
    elif "today" not in rest and "tonight" not in rest and "this " not in rest and (
        ctx.anchor is not None
    ):  # (not "just before six this morning": the paper's)
        # "The quake hit at 3:36 a.m." after "early Wednesday": the day just mentioned;
        # a day told only in passing ("volume was down from 349 million on Thursday") is
        # not the news day of the lead ("Stocks closed higher Friday ... at 3 p.m.").
        # Any day, when the time follows it ("on Thursday, Nov. 13, at 6:30 p.m.") or in
        # its sentence ("a hearing on May 20 that ran past midnight"); that of the clock
        # times told before ("went down at 7:42 p.m. on Jan. 14 ... the light illuminated
        # at 7:38 p.m."), however long ago that was.
        reference = ctx.reference
        coarser = _COARSER_THAN_DAY.match(ctx.reference_value or "")
        if (
            coarser
            and ctx.told_in_sentence(m.start())
            and ctx.reference_end > ctx.reference_day_end
            and _OPENING_PERIOD.search(ctx.text, max(0, ctx.reference_end - 45),
                                       ctx.reference_end)
        ):  # fmt: skip
            # "In November 2016 the Kaikoura earthquake, shortly after midnight, threw every
            # jar off her shelves": a time of a day the text does not tell
            month_part = "" if coarser.group(2) else "-XX"
            return Resolution(TIME, f"{coarser.group(0)}{month_part}-XXT{hour:02d}:{minute:02d}")
        line_start = ctx.text.rfind("\n", 0, m.start()) + 1
        if _AGO_STAMP_BEFORE.fullmatch(ctx.text, line_start, m.start()) and (
            _LINE_END_AFTER.match(ctx.text, m.end())
        ):  # a live page's entry stamp, "4h ago  10.15am": the page's day, whatever an
            day = ctx.anchor  # entry below told ("a fault on Monday evening")
        elif reference is not None and (
            _DAY_BEFORE_CLOCK.search(ctx.text, max(0, m.start() - 30), m.start())
            or (
                ctx.day_told_in_sentence(m.start())
                and not (reference > ctx.anchor and ctx.tense(m.start(), m.end()) is Tense.PAST)
                and not _QUOTE_CLOSES.search(ctx.text, ctx.reference_day_end, m.start())
            )
        ):  # fmt: skip (the day itself in the sentence: not '"We had a dreadful September,"
            # Olin told analysts ... at 8:30 a.m.' after "will report on Feb. 21"; not a day
            # ahead for a clock of what was done, "The sale will run from April 2 ..., Lavoie
            # told a news conference at 10 a.m."; nor a day in a quotation closed before the
            # clock, '"... on July 4, 1976," Mrs. Lund said as she handed the key ... at 2:15')
            day = reference
            if hour < 12 and ctx.text[max(0, ctx.reference_day_end - 6) : ctx.reference_day_end
                                      ].lower().endswith("night") and (
                ctx.clock_end != ctx.reference_day_end
            ):  # "met Tuesday night, and the deal was announced at 7:30 a.m.": the morning
                day += dt.timedelta(days=1)  # after (not after "at 2am tonight", a clock of
                # that morning already: "... to 2.30am" is the same morning)
        elif _SAYING_AT_BEFORE.search(
            ctx.text, max(0, m.start() - SAYING_AT_REACH), m.start()
        ) and (
            ctx.tense(m.start(), m.end()) is not Tense.FUTURE
            and ("\n" in ctx.text[ctx.reference_day_end : m.start()]
                 or (ctx.lead_day == ctx.anchor and ctx.reference is not None
                     and ctx.reference < ctx.anchor
                     and not ctx.day_told_in_sentence(m.start())))
        ):  # "on Thursday night it held 112 patients.\n\nState health director Bhupen Saikia
            # told reporters at 11.30 a.m.": the story's own day, the lead's (else the paper's),
            # not a day told in the paragraph before
            lead = ctx.lead_day
            day = lead if lead is not None and 0 <= (ctx.anchor - lead).days <= 1 else ctx.anchor
        elif (
            ctx.vote_day is not None
            and 0 <= (ctx.anchor - ctx.vote_day).days <= VOTE_CLOCK_DAYS
            and _POLLS_BEFORE.search(ctx.text, max(0, m.start() - POLLS_REACH), m.start())
        ):  # "Votes were cast on Friday ... Polling stations were due to close at 18:00":
            day = ctx.vote_day  # the polls' times are the vote's day, not the last day told
        elif (
            (reference := ctx.day_for_times(m.start())) is not None
            and (reference < ctx.anchor
                 or (reference - ctx.anchor).days > CLOCK_REFERENCE_DAYS)
            and ctx.lead_day is not None
            and ctx.lead_day > ctx.anchor
            and ctx.tense(m.start(), m.end()) is Tense.FUTURE
        ):  # "must take shelter ... tomorrow afternoon during the drill, the ministry said
            day = ctx.lead_day  # yesterday. Sirens will sound ... at 1:30pm": tomorrow's
            # (however far ahead: "will open on Wednesday 2 April ... had been set for 17
            # March ... Sales will start at 7.30am": 2 April's)
        elif (reference := ctx.day_for_times(m.start())) is not None and not (
            reference > ctx.anchor and ctx.tense(m.start(), m.end()) is Tense.PAST
        ) and not (
            reference < ctx.anchor and ctx.tense(m.start(), m.end()) is Tense.PRESENT
        ) and (  # (a day ahead is no day of what already happened: "Travel is free until
            # next Sunday. ... At 2.40pm a tram stood still"; a day gone by is no day of
            # what is so now: "Yesterday's high ... A tropical wave near 47 degrees west at
            # 2 p.m. is moving west")
            abs((ctx.anchor - reference).days) <= CLOCK_REFERENCE_DAYS
            or reference == ctx.clock_day
            or (reference == ctx.reference and ctx.day_told_in_sentence_before(m.start()))
        ):  # ("In the early hours of Nov. 15, 2019, two men climbed ... An alarm sounded
            day = reference  # at 3:12 a.m.": that day, however long ago)
        elif (
            reference is not None
            and reference > ctx.anchor
            and ctx.lead_day is not None
            and 0 < (ctx.anchor - ctx.lead_day).days <= CLOCK_REFERENCE_DAYS
            and ctx.tense(m.start(), m.end()) is Tense.PAST
        ):  # the day the lead tells ("pulled out at 11.14am yesterday ... Travel is free
            day = ctx.lead_day  # until next Sunday. At 2.40pm a tram stood still")
        elif (
            reference is not None
            and ctx.clock_day is not None
            and reference < ctx.clock_day < ctx.anchor
            and (ctx.anchor - ctx.clock_day).days <= CLOCK_REFERENCE_DAYS
            and ctx.tense(m.start(), m.end()) is Tense.PAST
        ):  # the day of the clock time told before, not the paper's after an older day
            day = ctx.clock_day  # ("shortly before 6.50pm on Wednesday ... a boiler fitted
            # on 6 October ... The first 999 call was made at 6.48pm": Wednesday)
    if (
        day is not None
        and not _DAY_WRITTEN.search(rest)
        and not _DAY_AFTER_CLOCK.match(ctx.text, m.end())
        and (told := _day_of_its_part(ctx, m.start(), hour, day)) is not None
    ):
        day = told  # "wandered in on Sunday evening, was shot early on Monday ... burst in at
        # about 6:40 p.m.": Sunday evening's
    if evening is None and hour >= EVENING_FROM_HOUR and not _DAY_WRITTEN.search(rest) and (
        ctx.day_parts and (ctx.reference_day_end or 0) <= ctx.day_parts[-1][0]
    ):  # "From tonight, supply will be cut from 8pm": tonight's 8pm (not the day of
        # "yesterday" in the sentence before; not after another day told since the evening)
        evening = _evening_told_before(ctx, m.start())
    if evening is not None and not _DAY_WRITTEN.search(rest):
        day = evening
    opened = _RANGE_START_BEFORE.search(ctx.text, max(0, m.start() - RANGE_START_REACH), m.start())
    if (
        opened is not None and not _DAY_WRITTEN.search(rest) and ctx.clock_day is not None
        and ctx.reference_end is not None and opened.start() < ctx.reference_end <= m.start()
    ):  # "Wednesday from 9 a.m. to 6 p.m.": the day of the time it runs from
        day = ctx.clock_day
    since = opened.start() if opened is not None else m.start()
    if _habit_near(ctx.text, m.start(), m.end()):
        day = None  # "at 2 a.m. most nights", "every morning at 7": a habit, no day
    elif not _DAY_WRITTEN.search(rest) and _ROUTINE_BEFORE.search(
        ctx.text, max(0, since - HABIT_REACH - 8), m.start()
    ):
        day = None  # "dropped off weekdays from 10 a.m. to 4 p.m.": opening hours
    if _NTH_DAY_OF_BEFORE.search(ctx.text, max(0, m.start() - 100), m.start()):
        day = None  # "On the first morning of the strike, ... from 7.30am": that day is
        # the strike's, which the text does not write here
    if (
        day is not None
        and hour < 12
        and ctx.day_parts
        and ctx.day_parts[-1][1:] == (day, "NI")
        and (ctx.anchor is None or day < ctx.anchor)  # (not past the paper's day)
        and not _DAY_WRITTEN.search(rest)
        and _OVERNIGHT_BEFORE.search(ctx.text, max(0, m.start() - OVERNIGHT_REACH), m.start())
    ):  # "crews worked overnight and had cleared the main streets by 6 a.m.": the morning
        day += dt.timedelta(days=1)  # after the night told
    if (
        day is not None
        and day != ctx.anchor
        and not _DAY_WRITTEN.search(rest)  # ("arrived at 5am on Saturday": Saturday's)
        and not _DAY_AFTER_CLOCK.match(ctx.text, m.end())
        and (hour < SMALL_HOURS_END or hour < 12 and _PREVIOUS_EVENING_BEFORE.search(
            ctx.text, max(0, ctx.clock_end - 30), max(0, ctx.clock_end)))
        and _EVENING_VALUE.search(ctx.clock_value or "")
        and (ctx.clock_value or "").startswith(day.isoformat())
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    ):  # "left port at 8:15 p.m. on Friday. At about 2 a.m., the master sent a distress
        day += dt.timedelta(days=1)  # call": the small hours after that evening; any
        # morning hour after "a warning at 22:15 the previous evening": the story's day
    elif (
        day is not None
        and ctx.anchor is not None
        and day < ctx.anchor
        and not _DAY_WRITTEN.search(rest)
        and not _DAY_AFTER_CLOCK.match(ctx.text, m.end())
        and ctx.clock_value == f"{day.isoformat()}T24:00"
        and (hour < 12 or not _BEFORE_MIDNIGHT.search(
            ctx.text, max(0, ctx.clock_end - MIDNIGHT_REACH), ctx.clock_end))
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    ):  # "came into force at midnight. Banks opened at 8:30 a.m.", "down from 11,000 at
        day += dt.timedelta(days=1)  # midnight. The airport reopened at 4 p.m.": the day
        # the midnight began (not "voted shortly before midnight Wednesday. The vote came
        # at 11:42 p.m.": that evening)
    elif (
        day is not None
        and not _DAY_WRITTEN.search(rest)
        and hour < SMALL_HOURS_END
        and _EVENING_VALUE.search(ctx.clock_value or "")
        and (ctx.clock_value or "").startswith(day.isoformat())
        and _ARRIVES_AFTER_CLOCK.search(ctx.text, max(0, m.start() - ARRIVAL_REACH), m.start())
    ):  # "will leave Kansas City at 9:40 p.m. today and reach Garden Bend at about 3:10
        day += dt.timedelta(days=1)  # a.m.": a journey's arrival in the small hours after
    if (
        day is not None and day == ctx.anchor and EVENING_HOUR <= hour < 24
        and not _DAY_WRITTEN.search(rest)
        and (_SMALL_HOURS_THIS_MORNING_AFTER.match(ctx.text, m.end())
             or _THIS_MORNING_PAST.search(ctx.text, max(0, m.start() - MORNING_PAPER_REACH),
                                          m.start()))
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    ):  # "The rain stopped just before 8.30pm, the court was dry by 9.15pm, and it was
        # 12.41am this morning when she won"; "crowned ... in the early hours of this
        # morning. ... A heavy shower shortly after 11 pm held up the competition": a
        day -= dt.timedelta(days=1)  # morning paper's evening gone by is the one before
    if hour == 24 and minute and (
        day is None or _DAY_WRITTEN.search(rest) or _DAY_AFTER_CLOCK.match(ctx.text, m.end())
    ):  # "twenty past midnight on Wednesday, July 11": that day's first hour, as written
        hour = 0
    if hour == 24 and day is not None and (minute or _AFTER_BEFORE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    )):  # "shortly after midnight" (or "twenty past midnight") after a Friday evening: early
        # Saturday; told in the past on the paper's day with no evening before it, early
        # that day ("The first withdrawals came shortly after midnight" on New Year's Day)
        hour = 0
        if not (day == ctx.anchor and ctx.tense(m.start(), m.end()) is Tense.PAST
                and not _EVENING_VALUE.search(ctx.clock_value or "")):  # fmt: skip
            day += dt.timedelta(days=1)
    elif hour == 24 and ctx.anchor is not None and _BEFORE_BEFORE.search(
        ctx.text, max(0, m.start() - 16), m.start()
    ) and (small := _SMALL_HOURS_NEXT.match(ctx.text, m.end())):  # "caught him shortly
        morning = weekday_date(ctx.anchor, ctx.tense(small.start(1), small.end(1)),
                               lx.WEEKDAYS[small.group(1).lower()])  # fmt: skip
        day = morning - dt.timedelta(days=1)  # before midnight and reached Safety at 1:52
        # a.m. Tuesday": the midnight that began that Tuesday
    elif (
        hour == 24 and day is not None and day == ctx.anchor and lowered.endswith("midnight")
        and ctx.tense(m.start(), m.end()) is Tense.PAST
        and not _BEFORE_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        and not _UNTIL_MIDNIGHT_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
    ):  # "The celebrations began at midnight", told that day: the midnight that began the
        # paper's day, the one that ends it still to come (not "conceded shortly before
        day -= dt.timedelta(days=1)  # midnight", "open until midnight": a night's paper)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolution(TIME, f"{prefix}T{hour:02d}:{minute:02d}", mod)


EVENING_HOUR = 17  # a clock from this hour on is of the evening
MORNING_PAPER_REACH = 3000  # characters back searched for the paper's own morning told
# A happening of the paper's own morning, told in the past: the paper is a morning's
_THIS_MORNING_PAST = re.compile(
    r"\b(?:[a-z]+ed|was|were|won|began|broke|came|fell|hit|struck|took|left)[ \t]+"
    r"(?:[^.;!?\n]{0,80}?[ \t])?(?:early[ \t]+|the[ \t]+early[ \t]+hours[ \t]+of[ \t]+)?"
    r"this[ \t]+morning\b")
# A small-hours clock of the paper's day later in the sentence: the clocks told before it
# in order are of the evening before ("..., and it was 12.41am this morning when")
_SMALL_HOURS_THIS_MORNING_AFTER = re.compile(
    r"(?:[^!?\n.]|\.(?=\d|m\b|\s*[a-z,])){0,160}?\b(?:12[.:][0-5]\d|0?[1-5](?:[.:][0-5]\d)?)"
    r"[ \t]?(?:a\.m\.|am\b)[ \t]+(?:this[ \t]+morning|today)\b", re.IGNORECASE)


# The evening before the story's day, told with a clock ("at 22:15 the previous evening")
# a morning clock after the night worked through: "Crews worked overnight and had cleared
# the main streets by 6 a.m." (after "Tuesday evening": Wednesday's 6 a.m.)
_OVERNIGHT_BEFORE = re.compile(r"\b(?i:overnight|through[ \t]+the[ \t]+night)\b[^.;!?\n]*$")
OVERNIGHT_REACH = 100
_PREVIOUS_EVENING_BEFORE = re.compile(r"\bthe\s+(?:previous|preceding)\s+(?:evening|night)$",
                                      re.IGNORECASE)


_VAGUE = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "these days": "PRESENT_REF", "right now": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
    "the past": "PAST_REF",
    "once": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "soon": "FUTURE_REF", "a later date": "FUTURE_REF",
    "shortly": "FUTURE_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
}  # fmt: skip


def norm_vague(m: re.Match[str], ctx: Context) -> Resolution | None:
    lowered = re.sub(r"\s+", " ", m.group(0).lower())
    value = _VAGUE.get(lowered)
    if value is None:
        return None
    after = ctx.text[m.end() : m.end() + 12]
    if lowered == "now" and re.match(r"-\w", after):
        return None  # "now-defunct"
    if lowered == "the past" and re.match(r"\s+(?:\d|few|several|two|three|year|month|week|"
                                          r"decade|day)", after, FLAGS):  # fmt: skip
        return None
    if lowered == "recently" and after.startswith(" as ") and ctx.text[
        max(0, m.start() - 3) : m.start()
    ].lower() == "as ":
        return None  # "as recently as January 2001": the date says when
    if lowered == "soon" and (_NOT_SOON.match(ctx.text, m.end()) or _TOO_BEFORE_SOON.search(
        ctx.text, max(0, m.start() - 5), m.start()
    )):  # "as soon as it opens", "soon after he left", "too soon to say": not timexes
        return None
    if lowered == "soon" and (
        _PAST_VERB_AFTER.match(ctx.text, m.end())
        or _PAST_BE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):
        return None  # "that soon became a flood", "he was soon released": narrative order
    if lowered == "current" and _NOUN_CURRENT_AFTER.match(ctx.text, m.end()):
        return None  # "held back the monsoon current for a week": a flow, no time
    if lowered == "the future" and _OF.match(ctx.text, m.end()):
        return None  # "the future of our peoples"
    if lowered == "future":
        before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
        if before.endswith(("foreseeable ", " a ", " any ", " no ")):
            return None  # "for the foreseeable future", "whether tango has a future": not
            # annotated
        if _ADJECTIVE_FUTURE.match(ctx.text, m.start()):
            return None  # "future earnings": a kind of earnings, not a time
    return Resolution(DATE, value)


# "current" the noun: no noun after it ("the monsoon current for much of last week"), or a
# past verb
_NOUN_CURRENT_AFTER = re.compile(
    r"[ \t]*(?:[.,;:!?)]|$)|\s+(?:for|of|in|into|on|at|to|from|that|which|was|were|is|are|has|"
    r"had|and|or|but|flows?|flowed|carried|swept)\b|"
    r"\s+[a-z]{2,}ed(?:[ \t]*[.,;:!?]|\s+(?:the|a|an|its|their|his|her|our|up|down|out|off|away|"
    r"into|through|across|towards?)\b)"
)  # ("the El Nino current drained the reservoirs", "the current weakened.": a verb after it)
# "soon" in "as soon as <clause>" and "soon after/before <clause>" links two events.
_TOO_BEFORE_SOON = re.compile(r"\b(?:too|how|so)\s+$", FLAGS)  # ("too soon to say")
_NOT_SOON = re.compile(r"\s+(?:as\s+(?!possible)|after\b|before\b)", FLAGS)
_PAST_VERB_AFTER = re.compile(
    r"[ \t]+(?:became|began|came|went|was|were|had|found|got|"
    r"left|took|saw|[a-z]{3,}ed)\b"
)
_PAST_BE_BEFORE = re.compile(r"\b(?:was|were)[ \t]+$", FLAGS)
# "the future of ...", "the foreseeable future"; adjectival "future" before a noun.
_OF = re.compile(r"\s+of\b", FLAGS)
_BY_BEFORE = re.compile(r"\bby\s+$", FLAGS)
# A share of what was just named: "80p a litre, of which about three-quarters goes in tax"
# (not "in each of those four quarters": a count of them)
_SHARE_OF_BEFORE = re.compile(
    r"\bof\s+(?:which|whom)\s+(?:(?:about|almost|nearly|roughly|some|"
    r"over|under|only|just|more\s+than|less\s+than)\s+)?$",
    FLAGS,
)
_ADJECTIVE_FUTURE = re.compile(r"(?i:future)[ \t]+[a-z]")


def norm_year_ended(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'the year ended Sept. 30': a twelve-month period, not the calendar year."""
    return Resolution(DURATION, "P1Y")


_AWARD_BEFORE = re.compile(
    r"\b(?:player|coach|manager|rookie|person|man|woman|car|album|song|record|team|goal|"
    r"athlete|driver|artist|book|word|employee|teacher|company|entrepreneur|businessman|"
    r"businesswoman|sportsman|sportswoman|footballer|cricketer|volunteer|citizen|"
    r"achievement|tree|pub|house|building|garden|village|town|photo|photograph|picture|"
    r"dish|product|restaurant|school)s?\s+of\s+$"
    r"|\b(?:named|voted|crowned)\s+(?:\w+['’]s\s+)?\w+\s+of\s+$",  # ("named England's
    re.IGNORECASE,  # tree of the year")
)


_ZODIAC_AFTER = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:(?:Fire|Earth|Metal|Water|Wood)[ \t]+)?"
    rf"{lx.ZODIAC_ANIMAL_RE}\b"
)


# "the fiscal year that ended Sept. 30", "the financial year, which ended on June 30": the
# last one closed, as "the latest fiscal year"
_THAT_ENDED_AFTER = re.compile(r",?\s+(?:that|which)\s+(?:ended|closed)\b")


_YEAR_APPOSED_BEFORE = re.compile(r"\b\d{4},[ \t]*$")  # "1986, [the year] the ... gained"


REPORT_HEAD_CHARS = 200  # the head of a text read for the year its results are of
REPORT_MONTHS = 2  # a paper of January or February may report on the year before


def _head_year_reported(text: str, anchor: dt.date) -> int | None:
    """The year before `anchor`'s when `anchor` is in the year's first months and the
    text's head names it ("Q4 2007 Earnings Conference Call", told in February 2008)."""
    if anchor.month > REPORT_MONTHS:
        return None
    year = anchor.year - 1
    return year if re.search(rf"\b{year}\b", text[:REPORT_HEAD_CHARS]) else None


def norm_the_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'the year', 'the full year', 'the fiscal year': the anchor's (reporting) year;
    'the latest fiscal year' is the last one closed."""
    if _AWARD_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # "named coach of the year", "Player of the Year": an award's name
    if _ZODIAC_AFTER.match(ctx.text, m.end()):
        return None  # "the Year of the Goat": the lunar year's animal, no year told
    if m.group(0).lower() == "the year" and ctx.text.startswith("-end", m.end()) and (
        NOUN_AFTER_MODIFIER.match(ctx.text, m.end() + len("-end"))
    ):
        return None  # "the year-end dividend": a kind of dividend, no year told
    if m.group(0).lower() == "the year" and _YEAR_APPOSED_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start()
    ):
        return None  # "since 1989, the year Ayatollah Ruhollah Khomeini died": the year just
        # told, what it is known for (the gold data leave it untagged)
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX")
    lowered = m.group(0).lower()
    latest = "latest" in lowered or bool(_THAT_ENDED_AFTER.match(ctx.text, m.end()))
    reviewed = ctx.review_year or _head_year_reported(ctx.text, ctx.anchor)
    if (
        reviewed is not None
        and "fiscal" not in lowered
        and ctx.tense(m.start(), m.end()) is Tense.PAST
    ):  # a January paper's review of last year: "the year closed with heavy snow"; a
        # February call on "Q4 2007" results: "For the full year, earnings per share were"
        return Resolution(DATE, f"{reviewed:04d}")
    if ("fiscal" in lowered or "financial" in lowered) and (
        year_end := ctx.fiscal_end(m.start(), named=True)
    ):
        year = fiscal_year_of(ctx.anchor, year_end) - (1 if latest else 0)
        return Resolution(DATE, f"{year - ctx.fiscal_shift():04d}",
                          span=fiscal_period(year, year_end))  # fmt: skip
    return Resolution(DATE, f"{ctx.anchor.year - (1 if latest else 0):04d}")
