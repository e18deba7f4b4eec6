"""The date grammar: one regular expression per family of expressions, with its normaliser.

Patterns find spans as TimeML draws them (determiners and modifiers in, prepositions
out). Every pattern is linear: alternations of fixed words with bounded repetition, no
nested quantifiers, so pathological input cannot make them backtrack.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.dates import lexicon as lx
from timeline.dates.absolute import (
    norm_asctime,
    norm_century,
    norm_century_turn,
    norm_coordinated_day,
    norm_dashed_date,
    norm_day_of_month,
    norm_day_of_year,
    norm_decade,
    norm_era_year,
    norm_far_year,
    norm_fiscal_short,
    norm_full_date,
    norm_half,
    norm_iso_date,
    norm_leading_day,
    norm_month,
    norm_month_day,
    norm_month_quarter,
    norm_month_year,
    norm_nth_in_month,
    norm_numeric_date,
    norm_ordinal_date,
    norm_quarter,
    norm_season,
    norm_seasons_ago,
    norm_short_numeric_date,
    norm_split_year,
    norm_story_period,
    norm_week_of,
    norm_year,
    norm_year_range_end,
)
from timeline.dates.base import (
    CLOCK_OF_VALUE,
    DAY_VALUE,
    FLAGS,
    PERIOD_MOD,
    POINT_MOD,
    TIME,
    Context,
    Normaliser,
    Resolution,
    Rule,
    in_part_of_day,
)
from timeline.dates.named import (
    BARE_NEW_YEAR_RE,
    HOLIDAY_NAME_RE,
    NAMED_DAY_RE,
    NEW_YEAR_RE,
    norm_bare_new_year,
    norm_holiday,
    norm_period_end,
    norm_spelled_full_date,
    norm_spelled_year,
    norm_the_week,
    norm_the_weekend,
)
from timeline.dates.quantities import (
    norm_bare_units,
    norm_clock_time,
    norm_compound_duration,
    norm_duration,
    norm_race_time,
    norm_set,
    norm_the_year,
    norm_vague,
    norm_year_ended,
)
from timeline.dates.relative import (
    norm_ago,
    norm_relative_day,
    norm_relative_unit,
    norm_same_unit_a_year_before,
    norm_this_time,
    norm_unit_before_last,
    norm_weekday,
    norm_weekday_the_day,
    norm_year_ago,
)
from timeline.text import SENTENCE_AFTER_CLOCK

__all__ = ["RULES", "Context", "Resolution", "Rule"]

# --- the rule table -----------------------------------------------------------------------

M, WD, D, Y = lx.MONTH_RE, lx.WEEKDAY_RE, lx.DAY_RE, lx.YEAR_RE
N, U, Q = lx.NUMBER_RE, lx.UNIT_RE, lx.QUANT_MOD_RE
_UNIT_SINGULAR = r"(?:second|minute|hour|day|night|week|fortnight|weekend|month|quarter|year|decade|century)"  # noqa: E501
_REL_YEAR = (  # ("of the 2026-27 financial year": that year's; "of calendar 2031")
    rf"(?:{Y}(?:[-–/]\d\d(?![\d/-]))?|this\s+year|last\s+year|next\s+year|the\s+year|(?:fiscal|calendar)\s+{Y}(?:[-–/]\d\d(?![\d/-]))?|the\s+{Y}(?:[-–]\d\d)?"
    r"\s+(?:fiscal|financial|tax|school|academic)\s+year|FY\s?['’]?(?:(?:19|20)\d\d|\d\d)(?!\d))"
)
# A clock time told by the minutes past or to the hour: "half past eight", "a quarter to
# nine", "ten past six", "20 minutes past 10" (an hour in figures only after minutes: not
# "the quarter to 3,12,450", "the quarter to 3 June")
_CLOCK_HOUR = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon)\b"
_CLOCK_PAST_TO = (
    r"(?:(?:half[ \t]{1,3}past|(?:a[ \t]{1,3})?quarter[ \t]{1,3}(?:past|to)|"
    rf"(?:five|ten|twenty|twenty-five)[ \t]{{1,3}}(?:past|to))[ \t]{{1,3}}{_CLOCK_HOUR}|"
    r"\d{1,2}[ \t]{1,3}minutes[ \t]{1,3}(?:past|to)[ \t]{1,3}(?:\d{1,2}(?![\d,]|[.:]\d)|"
    rf"{_CLOCK_HOUR}))(?:[ \t]{{1,3}}o['’]clock\b)?"
    r"(?:[ \t]{1,3}(?:this[ \t]{1,3}(?:morning|afternoon|evening)|tonight|in[ \t]{1,3}the"
    r"[ \t]{1,3}(?:morning|afternoon|evening)|at[ \t]{1,3}night)\b)?"  # ("a quarter to seven
    # this morning", "half past eight in the evening")
)
_QMODS = (r"fiscal|latest|current|comparable|year-ago|year-earlier|previous|last|this|next|"
          r"past|same|recent|most\s+recent|corresponding|following|final|prior|"
          r"calendar|first|second|third|fourth|1st|2nd|3rd|4th")  # fmt: skip


# Trigger words: every match of a rule holds one of its triggers as a whole word (or, for
# a word ending in "*", as a word start); "#..." are shapes of digit runs (scan.DIGIT_SHAPES).
_MONTHS = (*lx.MONTHS, "sept")
_UNITS = tuple(word for unit in (*lx.UNITS, "centurie") for word in (unit, unit + "s"))
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "full_date": _MONTHS, "spelled_full_date": _MONTHS, "month_day": _MONTHS,
    "dashed_date": _MONTHS,
    "week_of": _MONTHS, "asctime": _MONTHS,
    "nth_in_month": ("first", "second", "third", "fourth", "last"),
    "coordinated_day": _MONTHS, "listed_day": _MONTHS, "listed_day_2": _MONTHS,
    "leading_day": _MONTHS, "leading_listed_day": _MONTHS, "month_year": _MONTHS, "month": _MONTHS,
    "day_of_month": ("#th",), "day_of_year": ("#th",), "iso_date": ("#4",),
    "ordinal_date": ("#4",),
    "numeric_date": ("#/", "#."), "year": ("#4",),
    "year_range_end": ("#4",), "split_year": ("#4",),
    "same_unit_year_before": ("same",), "fiscal_short": ("fy*",), "far_year": ("#4",),
    "era_year": ("#era", "ad"),
    "short_numeric_date": ("#/",),
    "decade": ("#0", *lx.DECADE_WORDS), "century": ("century",), "century_turn": ("century",),
    "quarter": ("#q", "quarter", "period", "q1", "q2", "q3", "q4"),
    "month_quarter": _MONTHS,
    "half": ("half", "quarters", "h1", "h2", "fy*"),
    "season": tuple(lx.SEASONS), "story_period": (*_MONTHS, *lx.SEASONS),
    "seasons_ago": ("springs", "summers", "falls", "autumns", "winters", *lx.SEASONS),
    "weekday": (*lx.WEEKDAYS, *(day + "s" for day in lx.WEEKDAYS)),
    "weekday_the_day": tuple(lx.WEEKDAYS),
    "relative_day": ("today", "tonight", "yesterday", "tomorrow", *lx.PARTS_OF_DAY),
    "relative_unit": (*_UNITS, "morning", "afternoon", "evening"),
    "ago": _UNITS,
    "year_ago": ("year",), "unit_before_last": ("weekend", "week", "month", "year"),
    "this_time": ("time",),
    "duration": _UNITS, "compound_duration": _UNITS,
    "bare_units": (*_UNITS, "while"),
    "set": ("daily", "nightly", "weekly", "monthly", "quarterly", "annually", "yearly",
            "hourly", "biweekly", "fortnightly", "semiannually", "every", "each", "per", "once",
            "twice",
            "times", "day", "days", "nights", "evenings", "mornings", "weekends", "alternate"),
    "race_time": ("#clock",),
    "clock_time": ("#clock", "#04", "#24", "noon*", "midnight*", "midday*", "morning",
                   "afternoon", "o", "evening", "tonight", "night", "gmt", "utc", "bst", "past",
                   "quarter", "five", "ten", "twenty"),  # ("ten to three")
    "spelled_year": ("nineteen", "thousand"),
    "period_end": ("year", "month", "week", "decade", "century"),
    "the_weekend": ("weekend",), "the_week": ("week",), "year_ended": ("year",),
    "the_year": ("year",), "country_day": ("day", "birthday", *lx.WEEKDAYS),
    "holiday": ("christmas", "old", "thanksgiving", "fourth", "halloween", "easter", "cyber",
                "orthodox", "mid", "mooncake", "dragon", "duanwu", "double",
                "advent",
                "hogmanay", "midsummer", "memorial", "radonitsa", "nowruz", "navruz", "nowrouz",
                "norooz", "nooruz", "nauryz", "eid",
                "idul", "hari", "lebaran", "ethiopian", "chinese", "lunar", "tet", "gandhi",
                "shrove", "whitsun", "whitsunday", "diwali", "deepavali", "deepawali",
                "passover", "pesach", "rosh", "yom", "hanukkah", "hanukah", "chanukah",
                "chanukkah", "purim", "sukkot", "shavuot", "simchat", "tisha",
                "ash", "mothering", "carnival", "palm", "maundy", "whit", "holy", "pentecost",
                "trinity", "corpus", "ólavsøka", "olavsoka", "olsok", "dead", "candlemas",
                "epiphany", "michaelmas", "totensonntag", "juneteenth"),
    "named_day": ("texas", "independence", "valentine", "groundhog", "labor", "memorial", "cup",
                  "election", "black", "mother", "father", "boxing", "good", "spring", "lantern",
                  "melbourne", "pancake", "ascension", "st", "bastille", "anzac", "australia",
                  "waitangi", "canada", "victoria", "remembrance", "armistice", "columbus",
                  "emancipation", "youth", "freedom", "heritage", "reconciliation", "mashujaa",
                  "madaraka", "jamhuri", "tiradentes", "national", "hangeul", "hangul",
                  "commerce", "victory", "reunification", "statehood", "republic", "capital",
                  "proclamation", "martyrs", "kamuzu", "lāčplēsis", "lacplesis", "reformation",
                  "town", "german", "earth", "human", "united", "evacuation", "separation",
                  "labour", "world", "international", "greek", "heroes", "all", "merdeka",
                  "bonifacio", "king", "constitution", "may", "pakistan", "kashmir",
                  "establishment", "veterans", "martin", "presidents", "patriots", "august",
                  "summer", "early"),
    "new_year": ("year",),
    "bare_new_year": ("new",),
    "vague": ("now", "currently", "current", "nowadays", "present", "these",
              "recently", "recent", "lately", "past", "future",
              "soon", "later", "term", "then"),
}  # fmt: skip


# Where a rule's trigger sits in its matches, for rules whose triggers come last: what can
# precede the trigger and what the trigger and the rest can span (windows shrink to fit).
_QUARTERS_OF = lx.QUARTERS_OF_RE  # "a quarter of a century", "three quarters of an hour"
_PART_OF_DAY = r"(?:morning|afternoon|evening)"
# "eight trading days", "ten business days": days of one kind, counted as days
_DAY_KIND = r"(?:trading|business|working|calendar)"
_ONE_MORE = lx.ONE_UNIT_RE + r"\s*"
_DURATION_HEAD = (rf"(?:(?:(?:{Q})\s+|the\s+)?(?:(?:past|last|next|first|coming|final|previous|"
                  r"following|ensuing|additional|initial|entire|full|whole|remaining|other)\s+"
                  r"(?!an?\s))?"
                  rf"(?:half\s+an?|{_QUARTERS_OF}|{N}|\d+\s+\d/\d)(?:\s+(?:more|consecutive|straight|successive))?"
                  rf"[\s-]+|{_ONE_MORE}|the\s+(?={U}[\s-]long\b))"
                  rf"(?:{_DAY_KIND}\s+(?=days?\b))?")  # fmt: skip
# Words that must follow the trigger: "two years" is an "ago" match only with "ago" after.
_COMPANIONS = {"ago": ("ago", "earlier", "later", "now", "today", "tomorrow", "hence", "before",
                       "after"),
               "full_date": ("#4+",), "month_year": ("#4+",),
               "nth_in_month": (*_MONTHS, "month"),
               "compound_duration": ("and", "minute", "minutes", "second", "seconds"),
               "month_quarter": ("quarter", "period"),
               "coordinated_day": ("and", "or", "to", "until", "till", "through"),
               "listed_day": ("and", "or"), "listed_day_2": ("and", "or"),
               "named_day": ("day", "friday", "festival", "holiday"),
               "new_year": ("s",), "bare_new_year": ("year",)}  # fmt: skip
_HOLIDAY_LEAD = r"(?:(?:last|next|this|every|each)\s+)?"  # before a holiday's name
# A country's day's name before its "Day" or weekday: "St. George's Caye ", "August "
_COUNTRY_DAY_NAME = (r"(?:St\.?[ \t])?[A-Z][a-zà-öø-ÿ'’]{1,20}(?:[ \t]{1,3}(?:and|of|for|the|"
                     rf"(?!(?:Day|Birthday|{lx.WEEKDAY_NAME_RE})\b)[A-Z][a-zà-öø-ÿ'’]{{1,20}}))"
                     r"{0,4}[ \t]{1,3}")
_REACH: dict[str, tuple[str, str]] = {
    "compound_duration": (rf"(?:(?:{Q})\s+)?{N}[\s-]+",
                          rf"{U}(?:,?\s+{N}[\s-]+{U})?(?:,?\s+and\s+|\s+){N}[\s-]+{U}"),
    "ago": (rf"(?:(?:{Q})\s+)?{N}[\s-]+", rf"{U}(?:\s+or\s+so)?\s+(?:ago|earlier|later|"
            r"from\s+(?:now|today|tomorrow)|hence|before|after)"),
    "duration": (_DURATION_HEAD,
                 rf"{U}(?:\s+and\s+a\s+(?:half|quarter))?(?:[\s-]long)?(?:\s+or\s+so)?"),
    "relative_unit": (r"(?:(?:early|late|mid|earlier|later)[\s-]+(?:in\s+)?)?"
                      r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?:this\s+past|"
                      r"the\s+(?:past|last|previous|prior|next|coming|following|current|same)|"
                      r"last|this|next|past|coming|previous|current|that\s+same|that)\s+"
                      r"(?:fiscal\s+)?|(?:earlier|later)\s+in\s+the\s+|the\s+",
                      rf"(?:day|week|month|weekend|night|{_PART_OF_DAY})\s+(?:before|after)|"
                      rf"{_UNIT_SINGULAR}|{_PART_OF_DAY}"),
    # ("New Year's Day 2047 weekend": a window of its own size around "year")
    "new_year": (rf"{_HOLIDAY_LEAD}(?:new|old)\s+",
                 r"year['’]s(?:\s+(?:day|eve|night))?(?:\s+(?:in\s+)?\d{4})?(?:\s+(?:week|weekend))?"),
    "country_day": (_COUNTRY_DAY_NAME,
                    rf"(?:Day|Birthday|{lx.WEEKDAY_NAME_RE})(?:\s{{1,3}}\d{{4}})?"),
    "bare_units": (r"(?:(?:the\s+)?(?:past|last|next|coming|recent|previous|ensuing|following)"
                   r"\s+|the\s+|a\s+(?:little\s+|long\s+|short\s+|good\s+)?)?(?:several\s+|many\s+|few\s+|some\s+)?",
                   r"(?:while|years|months|weeks|days|decades|centuries|hours|minutes|quarters)(?:\s+and\s+"
                   r"(?:months|years|weeks))?(?:\s+ago|\s+ahead)?"),
}  # fmt: skip


def _rule(name: str, pattern: str, normalise: Normaliser, priority: int = 0) -> Rule:
    return Rule(name, re.compile(pattern, FLAGS), normalise, priority, _TRIGGERS[name],
                _REACH.get(name), _COMPANIONS.get(name, ()))  # fmt: skip


_HOLIDAY_WEEK = r"(?:\s+(?:week|weekend|morning|afternoon|evening|night)\b)?"  # "Easter week",
# "Thanksgiving weekend", "Christmas morning"
_BARE_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_WD_SHORT = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"  # before a day and month
# A weekday before a day and month in figures: "Wednesday 9/2", "Fri 4/2"
_WEEKDAY_BEFORE_NUMBERS = rf"(?:{WD}|{_WD_SHORT}),?[ \t]{{1,3}}"  # (a short one capitalised)
_ORDINAL_OF = rf"the[ \t]{{1,3}}{lx.ORDINAL_RE}[ \t]{{1,3}}of[ \t]{{1,3}}"  # "the second of May"
_TO_DAY = rf"(?:[-–]{_BARE_DAY}\b)"  # "March 25-27", "25-27 March": the first day's
# Days listed after a month's first ("Sept. 3, 4 and 5"), and what may follow a list's last
# day: no count ("on Sept. 3 and 4 people died") and no more numbers
_LISTED_DAYS = rf"(?:,[ \t]{{0,3}}{_BARE_DAY}\b){{0,4}}"
_NO_COUNT_AFTER = (
    r"(?!\s*(?:%|percent|,\d{3}|:\d|\.\d|(?!(?:that|which|when|as|in|at|on|to|and|or|"
    r"but|with|for|after|before|during|while|because|from|by|were|was|will|saw|"
    r"across|around|throughout|amid|near|outside|inside|respectively|nationwide|"
    r"this|last|next|is|are|had|has|have|would|could|should|might|must|can|"
    r"[a-z]{3,}ed)\b)[a-z]))"
)
_LIST_GOES_ON = rf"(?={_LISTED_DAYS},?\s+(?:and|or)\s+{_BARE_DAY}\b{_NO_COUNT_AFTER})"


_NEXT_PART = (r"(?:the\s+(?:next|following|previous|preceding)\s+(?:morning|afternoon|evening|"
              r"night|day)|that\s+(?:morning|afternoon|evening|night|day))")
_NEXT_PART_AFTER_CLOCK = re.compile(rf"\s+({_NEXT_PART})$", FLAGS)
_NEXT_PART_RE = re.compile(_NEXT_PART, FLAGS)
_CLOCK_PART = re.compile(r"T(\d\d:\d\d)")
_PERIOD_THEN_SPACE = re.compile(r"\.(?=\s)")
SHORT_LINE = 55  # characters: a line this short ends where it ends, not wrapped text
_DAY_OPENS = re.compile(rf"[ \t]*(?:on\s+)?(?:(?:last|this\s+past|next)\s+)?(?:{WD}|{M}|\d|"
                        r"today|tonight|yesterday|tomorrow)", re.IGNORECASE)


def _clock_alone(m: re.Match[str], ctx: Context, length: int) -> Resolution | None:
    """The clock time in the first `length` characters of the match, the rest left to
    other rules."""
    clock = m.re.match(ctx.text, m.start(), m.start() + length)
    time = norm_clock_time(clock, ctx) if clock else None
    return replace(time, trim=clock.span()) if time and clock else None


_WEEKDAY_PART_END = re.compile(r"day[ \t](afternoon|evening|night)$", re.IGNORECASE)
# What a price is of, after "a" ("14.20 a litre"; not a clock's "At 13.50 a judge refused")
_PRICED_UNIT = (
    r"(?:litre|liter|kilo|kilogram|gram|ounce|pound|tonne|ton|barrel|gallon|bushel|head|share|"
    r"unit|piece|dozen|bottle|pack|packet|ticket|bag|box|tin|can|loaf|copy|seat|person|visit|"
    r"metre|meter|mile|kilometre|hour|minute|day|night|week|month|year|time|go|pop|throw)s?"
    r"(?![\w-]|[ \t]+(?!(?:of|for|and|or|in|at|on|from|to|than|up|down|last|this|a|an|the)\b)"
    r"[a-z])"  # (the unit ends its phrase: not "At 22.15 a night bus crashed")
)
_MERIDIEM = re.compile(r"\d[ \t]?[ap]\.?m\b|\b(?:noon|midnight|midday)\b", re.IGNORECASE)


def _clock_time_on_a_day_after(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A clock time (`norm_clock_time`), or with the day after or before the one told
    written after it, "back on station at 04:10 the next morning", "a warning at 22:15 the
    previous evening": that day's (the day as `norm_relative_unit` reads it)."""
    if (newline := m.group(0).find("\n")) > 0 and (
        m.start() + newline - ctx.text.rfind("\n", 0, m.start()) <= SHORT_LINE
    ) and _DAY_OPENS.match(ctx.text, m.start() + newline + 1):
        # "Saturday 24 December: 9am to 1pm\nSunday 25 December: closed": a list's line
        return _clock_alone(m, ctx, newline)  # ends at the clock (a wrapped line goes on)
    for period in _PERIOD_THEN_SPACE.finditer(m.group(0)):
        if SENTENCE_AFTER_CLOCK.match(ctx.text, m.start() + period.end()):
            # "until 4 a.m. The next morning she ...", "low water 11:28 p.m. Tomorrow: high
            # water ...": the clock, then the next sentence's day (as sentences split)
            return _clock_alone(m, ctx, period.end())
    if (after := _NEXT_PART_AFTER_CLOCK.search(m.group(0))) is None:
        time = norm_clock_time(m, ctx)
        if time is not None and (part := _WEEKDAY_PART_END.search(m.group(0))) and not (
            _MERIDIEM.search(m.group(0))
        ) and (clock := CLOCK_OF_VALUE.search(time.value)):  # "at 11:40 on Saturday
            # night", "at 1:56 on Saturday afternoon": the part's half of the day
            told = in_part_of_day(clock.group(1), part.group(1).lower())
            time = replace(time, value=time.value[: clock.start(1)] + told)
        return time
    clock = m.re.match(ctx.text, m.start(), m.start() + after.start())
    day_match = _NEXT_PART_RE.match(ctx.text, m.start() + after.start(1))
    time = norm_clock_time(clock, ctx) if clock else None
    day = norm_relative_unit(day_match, ctx) if day_match else None
    if time is None:
        return None
    if day is None or not DAY_VALUE.match(day.value) or (
        found := _CLOCK_PART.search(time.value)
    ) is None or after.group(1)[:4].lower() == "that":  # "at 6pm that evening": the day
        return time  # of the clocks told (as `norm_clock_time` reads it) is that day
    return Resolution(TIME, f"{day.value[:10]}T{found.group(1)}", time.mod,
                      anaphoric=day.anaphoric)


RULES: tuple[Rule, ...] = (
    # A day before its month stays on one line ("9\nNov." is two things).
    _rule("full_date", rf"\b(?:(?:{WD}(?:[ \t]{{1,3}}(?:last|next))?|{_WD_SHORT}),?\s+)?"
          rf"(?:{M}\s*{D}{_TO_DAY}?,?\s*{Y}|"
          rf"(?:the\s+)?{D}{_TO_DAY}?[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{M},?\s*{Y}|"
          rf"{_ORDINAL_OF}{M},?\s*{Y}|"
          rf"(?:th(?:e|is)[ \t]{{1,3}})?{D}[ \t]{{1,3}}day[ \t]{{1,3}}of[ \t]{{1,3}}{M},?\s*{Y})"
          rf"(?!\d)(?:,[ \t]{{1,3}}{WD}(?=[ \t]*(?:\n|$|,)))?",
          norm_full_date, 5),  # fmt: skip ("Dated this 29th day of April 2059"; a news
    # archive's head "January 8, 1991, Tuesday": the weekday after its date, one span)
    _rule("spelled_full_date", rf"\b(?:{WD},?\s+)?(?:{_ORDINAL_OF}{M}|"
          rf"(?:the\s+)?{D}[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{M}|{M}\s*{D}|"
          rf"{M}[ \t]{{1,3}}the[ \t]{{1,3}}{lx.ORDINAL_RE})\b,?\s+{lx.SPELLED_YEAR_RE}",
          norm_spelled_full_date, 6),  # fmt: skip ("on Saturday the sixteenth of June two
    # thousand and ninety-one": an invitation's date, its year spelled out)
    # Unix's `date` and mail archives' moment: "Tue Mar  3 07:12:44 NZDT 2009"
    _rule("asctime", rf"\b{_WD_SHORT}[ \t]{{1,3}}{M}[ \t]{{1,2}}(?:[12]\d|3[01]|0?[1-9])"
          r"[ \t]{1,3}(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:[ \t]{1,3}[A-Z]{2,5})?[ \t]{1,3}"
          rf"{Y}\b", norm_asctime, 6),  # fmt: skip
    # "TUE 12-FEB-2058", "12-Feb-58", a line-up's cell "09-FEB"
    _rule("dashed_date", rf"\b(?:(?:{WD}|{_WD_SHORT}),?[ \t]{{1,3}})?(?:[12]\d|3[01]|0?[1-9])-"
          r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(?:-(?:\d{4}|\d\d))?"
          r"(?![\w-])", norm_dashed_date, 5),
    _rule("month_day", rf"\b(?:(?:(?:last|next|this\s+past|this\s+coming)\s+)?{WD}"
          rf"(?:[ \t]{{1,3}}(?:last|next))?,?\s+|{_WD_SHORT},?[ \t]{{1,3}}|"  # (formal "on Tuesday
          # last, 7th October"; "Wed 14 May")
          r"(?:last|next|this\s+past|this\s+coming)\s+)?"  # ("last Friday, Sept. 11")
          rf"(?:{M}\s*{D}\b{_TO_DAY}?"
          r"(?!\s*(?:%|percent|,\d{3}|:\d))|"
          rf"(?:the\s+)?{D}{_TO_DAY}?[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{M}(?!\w)|"
          rf"{_ORDINAL_OF}{M}(?!\w)|{M}[ \t]{{1,3}}the[ \t]{{1,3}}{lx.ORDINAL_RE}(?![\w-]))"
          r"(?:[ \t]{1,3}(?:of[ \t]{1,3})?(?:this|last|next|that)\s+year\b(?!['’])|"
          r",?[ \t]{1,3}['’]\d\d(?![\d'’]))?",  # ("June 27 of that year"; a year in two
          norm_month_day, 4),  # fmt: skip  digits: a fax header's "FEB 23 '95 16:41")
    _rule("week_of", rf"(?:\bthe\s+[Ww]|(?<![\w-])W)eek\s+(?:of|beginning|starting|commencing)\s+"
          rf"(?:{WD},?\s+)?(?:{M}\s*{D}|"
          rf"{D}\s+(?:of\s+)?{M})\b(?:,?\s+{Y})?(?!\s*(?:%|percent|,\d{{3}}|:\d))",  # ("the week
          # beginning 24 March", "the week of March 24, 2030", "Week commencing Monday 7 March")
          norm_week_of, 5),
    _rule("nth_in_month", rf"\bthe\s+(?:first|second|third|fourth|last)\s+"
          rf"(?:{WD}(?:\s+and\s+{WD})?|week|weekend)"
          rf"\s+(?:in|of)\s+(?:{M}(?!\w)(?:,?\s+{Y}|\s+(?:last|this|next)\s+year\b)?|"
          r"(?:the|this|next|last)\s+month\b)",
          norm_nth_in_month, 5),  # ("the last Friday of the month": the paper's month; "the
    # first week of February last year": one expression, as "July last year" is)
    _rule("coordinated_day", rf"\b{M}\s*{D}{_LISTED_DAYS},?\s+(?:and|or|to|until|till|"
          rf"through)\s+{_BARE_DAY}\b(?:,?[ \t]{{1,3}}(?:19|20)\d\d\b)?{_NO_COUNT_AFTER}",
          norm_coordinated_day, 5),  # ("on Dec. 29 and 30 that cut power", "September 14
    # and 15 closed 41 stores", "on Sept. 3, 4 and 5"; not "30 people")
    # the days between the first and the last of a list: "on Sept. 3, 4, 5 and 6"
    _rule("listed_day", rf"\b{M}\s*{D},[ \t]{{0,3}}{_BARE_DAY}\b{_LIST_GOES_ON}",
          norm_coordinated_day, 5),
    _rule("listed_day_2", rf"\b{M}\s*{D},[ \t]{{0,3}}{_BARE_DAY},[ \t]{{0,3}}{_BARE_DAY}\b"
          rf"{_LIST_GOES_ON}", norm_coordinated_day, 5),  # fmt: skip
    # "from 25 to 27 March": the first day, in the month after the second (month_day's)
    _rule("leading_day", rf"\b{D}{_LISTED_DAYS},?\s+(?:and|or|to|until|till|through)\s+"
          rf"{_BARE_DAY}[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{M}(?!\w)(?:,?[ \t]{{1,3}}{Y})?",
          norm_leading_day, 5),  # fmt: skip
    # the second of a list of three or more: "on 3, 4 and 5 September"
    _rule("leading_listed_day", rf"(?<=\d, ){_BARE_DAY}{_LISTED_DAYS},?\s+(?:and|or)\s+"
          rf"{_BARE_DAY}[ \t]{{1,3}}(?:of[ \t]{{1,3}})?{M}(?!\w)(?:,?[ \t]{{1,3}}{Y})?",
          norm_leading_day, 5),  # fmt: skip
    _rule("month_year", rf"\b{POINT_MOD}?{M},?\s+(?:of\s+)?{Y}", norm_month_year, 4),
    _rule("month", rf"\b(?:{POINT_MOD}|(?:this\s+past|last|this|next)\s+)?{M}(?!\w)"
          r"(?:\s+(?:of\s+)?(?:this|last|next|that|the\s+(?:same|following|next|previous|"
          r"prior))\s+year\b(?!['’]))?", norm_month, 2),  # fmt: skip
    _rule("story_period", rf"\b(?:the\s+(?:following|next|previous|prior)|that)\s+"
          rf"(?:{M}|spring|summer|fall|autumn|winter)(?!\w)"
          # ("a clear signal that December is off the table": "that" opens a clause)
          r"(?!\s+(?:is|was|were|are|will|would|has|had|could|may|might|should|must|"
          r"looks|seems|remains)\b)", norm_story_period, 3),
    # "on the 14th": a day of the month, only where nothing but a clause edge follows
    # ("the 14th floor", "the 14th anniversary" stay out).
    # "the 271st day of 2047", as an almanac counts the year's days
    _rule("day_of_year", r"\bthe\s+\d{1,3}(?:st|nd|rd|th)\s+day\s+of\s+(?:(?:the\s+)?year\s+)?"
          r"(?:(?:1[0-9]|20)\d\d\b|the\s+year\b|this\s+year\b)", norm_day_of_year, 6),
    _rule("day_of_month", r"\bthe\s+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
          r"(?:\s+of\s+(?:this|last|next)\s+month\b|"
          r"\s+(?:instant\b|ultimo\b|proximo\b|(?:inst|ult|prox)\b\.?)|"  # "the 6th instant"
          r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:and|or|at|in|for|but|so|"  # ("on the 12th for three weeks")
          r"when|after|before|until|to|from|with|will|would|is|are|was|were|has|have|had|can|"
          r"could|must|should|may|might)\b))",  # ("the 3rd of this month", "Collections due on
          # the 9th will be made the following day")
          norm_day_of_month, 3),  # fmt: skip
    # ISO 8601's ordinal date: "2067-254T03:12:40", a log's heading "2067-258"
    _rule("ordinal_date", r"(?<![\d-])(?:19|20)\d\d-[0-3]\d\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d"
          r"(?:\.\d+)?)?Z?)?(?![\d-])", norm_ordinal_date, 6),
    _rule("iso_date", r"\b\d{4}-\d{2}-\d{2}(?:T[\d:]+(?:[+-]\d\d:?\d\d\b|Z\b)?)?\b"
          # year first with slashes or dots: "Local Authorities | 2044/03/16 | ..."
          r"|(?<![\d/.])(?:1[89]|20)\d\d/[01]?\d/[0-3]?\d(?![\d/])"
          r"|(?<![\d/.])(?:1[89]|20)\d\d\.[01]?\d\.[0-3]?\d(?!\d|\.\d)",
          norm_iso_date, 6),  # ("2027-01-11T19:26:00+05:30": not a time "05:30")
    _rule("numeric_date", r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])|"
          r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:1[89]|20)\d\d(?!\d|\.\d)|"
          r"(?<![\d.])\d{1,2}\.[ ]\d{1,2}\.[ ](?:1[89]|20)\d\d(?!\d|\.\d)",  # ("22. 10. 2077")
          norm_numeric_date, 6),  # fmt: skip
    _rule("short_numeric_date", r"\b(?:(?:on|since|until|by|from|through|before|after)\s+"
          rf"(?:{_WEEKDAY_BEFORE_NUMBERS})?|{_WEEKDAY_BEFORE_NUMBERS})"
          r"\d{1,2}/\d{1,2}(?![\d/]|\s*(?:of|cup|inch|mile|teaspoon|tablespoon)\b)"
          # a day before its clock (a log's row, a table's cell after a wide gap, as
          # `norm_short_numeric_date` checks): "12/08  13:52"
          r"|(?<![^\n \t])\d{1,2}/\d{1,2}[ \t]{1,8}"
          r"(?:[01]?\d|2[0-3])[:h][0-5]\d\b",
          norm_short_numeric_date, 5),  # fmt: skip ("on Wednesday 9/2", "Fri 4/2")
    # A year before a dash is a year only in a range of years: "2010-2015", "1998–2004"
    # (the year after the dash is year_range_end's).
    _rule("year", rf"(?<![\d$.,-])(?:(?:the\s+)?{POINT_MOD}|\b(?:pre|post)-)?"
          rf"(?:(?:fiscal(?:\s+year)?|calendar(?:\s+year)?|the\s+year|model\s+year)\s+)?{Y}"
          r"(?!\s*[-–]\s*(?!(?:1[0-9]|20)\d\d(?!\d)|\d\d(?![\d-]))\d)",
          norm_year, 1),  # fmt: skip
    # A year of the common era marked so, or one before it: "365 AD", "AD 79", "44 BC"
    _rule("era_year", r"\b(?:A\.D\.|AD)[ \t]?\d{1,4}\b(?![.,]?\d)|(?<![\d.,$])\d{1,4}[ \t]?"
          r"(?:A\.D\.|B\.C\.(?:E\.)?|C\.E\.|(?:AD|BCE?|CE)\b)", norm_era_year, 5),
    _rule("far_year", r"\b(?:(?:by|in|until|till|before|after|beyond|through|around|from|to)"
          r"\s+(?:the\s+year\s+)?|the\s+year\s+)2[1-9]\d\d(?![\d,.]?\d)", norm_far_year, 1),
    _rule("fiscal_short", r"\bFY\s?['’]?(?:(?:19|20)\d\d|\d\d)(?!\d)", norm_fiscal_short, 3),
    # A year told by the two it straddles: "the 2042-43 financial year", "Its 2038/39
    # financial year", "the 2046/47 season", "the budget for 2070-71": one, the second's
    # (the noun after it is its own after a determiner: not "the company's 2039/40 [...]")
    _rule("split_year", r"(?<![\d$.,/-])(?:\b(?:the|its|their|our|this)\s+(?:1[0-9]|20)\d\d"
          r"[-–/]\d\d(?![\d/-])\s+(?:(?:fiscal|financial|tax|school|academic)\s+year|season)\b"
          r"|(?:\b(?:(?:fiscal(?:\s+year)?|financial\s+year)\s+|FY\s?))?"  # ("fiscal 2013/14")
          r"(?:1[0-9]|20)\d\d[-–/]\d\d(?![\d/-]))", norm_split_year, 3),
    _rule("year_range_end", r"(?<![\d$.,/-])(?:1[0-9]|20)\d\d(?:\s*[-–]\s*|/)"
          r"(?:(?:1[0-9]|20)\d\d(?!\d)|\d\d(?![\d/-]))",  # "2010-2015", "the 2012-13 season",
          # "the 2032/33 season"
          norm_year_range_end, 2),  # fmt: skip
    _rule("decade", rf"\b(?:the\s+(?:first|second|latter|last|earlier|later)\s+half\s+of\s+)?"
          rf"(?:the\s+)?{POINT_MOD}?(?:(?:1[0-9]|20)?\d0['’]?s|['’]\d0s|(?:{'|'.join(lx.DECADE_WORDS)}))\b",  # noqa: E501
          norm_decade, 3),
    _rule("century_turn", r"\bthe\s+turn\s+of\s+the\s+century\b", norm_century_turn, 4),
    _rule("century", rf"\b(?:the\s+)?{POINT_MOD}?(?:\d{{1,2}}(?:st|nd|rd|th)|{lx.ORDINAL_RE})"
          r"[\s-]century\b", norm_century, 3),  # fmt: skip
    _rule("month_quarter", rf"\b(?:the\s+)(?:{M}(?:[ \t]?[-–][ \t]?|-to-|[ \t]to[ \t]))?{M}"
          r"(?:-end(?:ed|ing))?\s+"
          r"(?:quarter|period)\b", norm_month_quarter, 5),  # "the December quarter", "the
    # October-December quarter", "the January-March period" (`norm_month_quarter` wants
    # three months for a period)
    _rule("quarter", r"\b(?!(?:first|second|third|fourth)\s+(?:next|last|this|previous)\b)"
          rf"{PERIOD_MOD}?(?:the\s+)?(?:(?:{_QMODS})[\s-]+){{0,4}}(?:fiscal[\s-]+)?quarter\b"
          r"(?![\s-]*(?:century|-to-|of\s+(?:a|an|the)\b))"
          rf"(?:\s+of\s+{_REL_YEAR}|\s+a\s+year\s+(?:ago|earlier)|[ \t](?:19|20)\d\d(?![\d,.]?\d))?"
          rf"|\b(?:the\s+)?(?:(?:{_QMODS})[\s-]+){{0,2}}quarter\s+"
          rf"(?:last|this|next)\s+year\b|\b(?:the\s+)?(?:{Y}|(?:last|this|next)\s+year's)\s+"
          rf"(?:(?:{_QMODS})[\s-]+){{0,2}}(?:quarter|period)\b|\bthe\s+(?:latest|comparable|"
          r"corresponding|same|year-ago|year-earlier)\s+period(?:\s+(?:last|a)\s+year)?\b"
          rf"|\bQ[1-4](?:\s+(?:of\s+)?{Y}|\s?FY\s?['’]?(?:(?:19|20)\d\d|\d\d)(?!\d))?\b|\b{Y}\s+Q[1-4]\b"
          r"|\b[1-4]Q(?:\d\d)?\b|\bFY\s?['’]?(?:(?:19|20)\d\d|\d\d)\s+Q[1-4]\b",  # ("Q3 FY27")
          norm_quarter, 3),  # fmt: skip
    _rule("half", rf"\b{PERIOD_MOD}?(?:the\s+)?(?:first|second|latter|front|back)[\s-]+half\b"
          rf"(?:\s+of\s+(?:{_REL_YEAR}|{M}(?:\s+{Y})?))?|\b(?:the\s+)?(?:last[\s-]+half|(?:first|last)\s+two\s+"
          rf"quarters)\s+of\s+{_REL_YEAR}|\bH[12]\s+(?:of\s+)?{Y}\b|\b{Y}\s+H[12]\b|"
          r"\b(?:H[12]|[12]H)\s?FY\s?['’]?(?:(?:19|20)\d\d|\d\d)(?!\d)",  # ("2H FY50")
          norm_half, 3),  # fmt: skip
    _rule("season", rf"\b(?:(?:this\s+past|this|last|next|the|early|late|mid|the\s+coming)"
          rf"[\s-]+){{0,2}}(?:(?:southern|northern|austral|boreal)\s+)?(?:spring|summer|fall|"
          rf"autumn|winter)\b(?:\s+(?:of\s+)?{Y}"
          r"(?:[-–/]\d\d(?!\d))?|\s+of\s+(?:that|the\s+(?:same|following|next|previous|prior))"
          r"\s+year\b(?!['’]))?",  # ("the winter of 2020-21", "the spring of that year")
          norm_season, 2),  # fmt: skip
    _rule("seasons_ago", r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
          r"\s+(?:springs?|summers?|falls?|autumns?|winters?)\s+ago\b", norm_seasons_ago, 3),
    # "Friday the 15th": the day of the month that falls on that weekday (without its
    # suffix over a line's end or a colon: a heading "MONDAY 9", a list's "Saturday 21: the
    # growers' union meets")
    _rule("weekday_the_day", rf"\b{WD},?\s+(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b|"
          rf"(?:(?<=\n)|^)[ \t]{{0,8}}{WD}[ \t]{{1,3}}(?:[12]\d|3[01]|0?[1-9])"
          r"(?=[ \t]{0,3}(?::[ \t]{1,3}(?!\d)|\n|\Z))",
          norm_weekday_the_day, 3),
    _rule("weekday", r"\b(?:the\s+(?:small|early|wee)\s+hours\s+of\s+)?"  # (its night's end)
          r"(?:(?:a|one|two|three|four|[1-4])\s+(?:weeks?|fortnights?)\s+"
          r"(?:ago|from|on|last)\s+)?"  # ("a week ago Sunday", British "a week on Saturday")
          rf"(?:(?:last|next|this\s+past|this\s+coming|this|coming|the\s+previous|"
          rf"the\s+following|the\s+next|early|late|earlier|later|that)\s+)?{WD}s?(?!\w)(?:(?:\s+|-)"
          r"(?:morning|afternoon|evening|night)s?\b|[ \t]{1,3}(?:week|fortnight)\b(?!-)|"
          r"[ \t]{1,3}(?:last|next)\b(?=[ \t]*[,.;:)!?\n]|[ \t]*$|[ \t]{1,3}(?:and|or|at|in|"
          r"when|to|from|with|the)\b))?",  # (formal "Friday last", "Monday next")
          norm_weekday, 2),  # fmt: skip (British "Tuesday week": the Tuesday after next)
    # ("a Friday-night dance": one expression, not "Friday" and a "-night dance" left)
    _rule("relative_day", r"\b(?:(?:early|late|mid)[\s-]+(?:morning|afternoon|evening)\s+"
          r"(?=yesterday|today|tomorrow)|(?:a|one)\s+week\s+(?=today\b|tomorrow\b|yesterday\b))?"
          r"(?:(?:early|late|earlier|later|mid)[\s-]+)?(?:the\s+day\s+before"
          r"\s+yesterday|the\s+day\s+after\s+tomorrow|the\s+night\s+before\s+last|today|"
          r"tonight|yesterday|tomorrow)"
          r"(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?:(?:early|late|earlier|later)\s+)?"
          r"(?:this|last)\s+(?:morning|afternoon|evening|night)\b|"
          # "the late afternoon" (not "earlymorning")
          r"\b(?:the\s+)?(?:early|late|mid)[\s-]+(?:morning|afternoon|evening)\b|"
          r"\bthe\s+(?:morning|afternoon|evening|night)\b|"
          r"\bovernight\b(?![\s-]+(?:rates?|lending|success|sensation|stays?|bags?|index|repo|"
          r"funding|money|interest|trips?|flights?|trains?|buses|parking|delivery|shipping|"
          r"targets?|loans?|markets?|deposits?|shifts?|guests?|visitors?|camps?|lows?|highs?|"
          r"temperatures?|hours|bookings?|reservations?|accommodation|journeys?|sailings?|"
          r"services|stops?|stopovers?|rooms?|beds?|closures?|curfews?|[a-z]{3,}ing)\b)",
          # ("limits overnight charging", "2,100 overnight bookings": a kind of thing)
          norm_relative_day, 2),
    _rule("relative_unit", r"\b(?:(?:early|late|mid|earlier|later)[\s-]+(?:in\s+)?"
          r"(?!(?:this|last|next)\s+(?:year|month|week|season)\s+than\b))?"  # (not "three
          # weeks later this year than in 2018": a comparison)
          r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?:this\s+past|the\s+past|"
          r"the\s+last|the\s+previous|the\s+prior|the\s+next|the\s+coming|the\s+following|"
          r"the\s+current|the\s+same|last|this|next|past|coming|previous|current|that\s+same|"
          rf"that)\s+(?:fiscal\s+|financial\s+(?=year\b))?{_UNIT_SINGULAR}\b|\b(?:earlier|later)\s+in\s+the\s+"
          r"(?:day|week|month|year)\b|\bthe\s+day\s+(?:before|after)\b"
          r"(?!\s+(?:yesterday|tomorrow|last|next)\b|-)|"  # "The day after the shooting, police
          # ...", "Oct. 12, the day before the plunge" (the normaliser keeps these)
          rf"\bthe\s+(?:week|month|weekend|night|{_PART_OF_DAY})\s+(?:before|after)(?!\s+(?:last|next)\b)"
          r"(?=\s*[,.;:]|\s+(?:on|when|as|and)\b)|"  # "down from 41,000 tonnes the week before"
          # (not "the week after the explosion": a day of its own, unknown)
          rf"\b(?:the\s+(?:next|following|previous|same)|that(?:\s+same)?)\s+{_PART_OF_DAY}\b",
          norm_relative_unit, 2),  # fmt: skip ("reported it the same afternoon")
    _rule("ago", rf"\b(?:(?:{Q})\s+)?(?:half\s+an?|{N})[\s-]+{U}(?:\s+or\s+so)?\s+"
          r"(?:ago(?:[ \t]+(?:today|yesterday|tomorrow|tonight|this[ \t]+(?:month|week|morning|"
          r"afternoon|evening))\b)?|earlier|"
          r"later|from\s+now|from[ \t]+(?:today|tomorrow)(?!['’])|hence)\b|"
          r"\b(?:(?:" + Q + rf")\s+)?{N}\s+{U}\s+(?:before|after)(?=\s*[,.;])",
          norm_ago, 4),  # fmt: skip ("fifty years ago yesterday": that day, fifty years back)
    _rule("year_ago", r"\b(?:(?:the\s+)(?:comparable\s+|same\s+)?year\s+|(?:the\s+)?(?:comparable"
          r"\s+|same\s+)?year-)(?:ago|earlier|before)"  # not "this year before a slowdown"
          r"(?:[\s-]+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period))?\b",
          norm_year_ago, 3),  # fmt: skip
    _rule("same_unit_year_before", r"\bthe\s+same\s+(?:month|day|week|quarter|half|period)\s+"
          r"(?:last\s+year|a\s+year\s+"
          r"(?:earlier|ago|before))\b", norm_same_unit_a_year_before, 4),  # ("four in the
    # same month last year": that month of the year before)
    # "the year before last", "the week after next": two units back or on
    _rule("unit_before_last", r"\bthe\s+(?:weekend|week|month|year)\s+(?:before\s+last|after\s+"
          r"next)\b",
          norm_unit_before_last, 4),
    # "this time last year": the paper's day a year back (a day, not the year)
    _rule("this_time", r"\bthis\s+time\s+(?:last|next)\s+(?:year|month|week)\b", norm_this_time, 5),
    # "two hours and 41 minutes": one duration (PT2H41M)
    # a race time, "won in 2:19:05": hours, minutes and seconds run (PT2H19M5S)
    _rule("race_time", r"(?<![\d.,:])\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])", norm_race_time, 3),
    _rule("compound_duration", rf"\b(?:(?:{Q})\s+)?{N}[\s-]+{U}(?:,?\s+{N}[\s-]+{U})?"
          rf"(?:,?\s+and\s+{N}[\s-]+{U}|\s+{N}[\s-]+(?:minutes?|seconds?))\b",  # (a race's "4
          # hours 11 minutes 38 seconds"; without "and", only minutes or seconds end it)
          norm_compound_duration, 2),
    _rule("duration", rf"\b(?:(?:(?:{Q})\s+|the\s+)?(?:(?:past|last|next|first|"
          r"coming|final|previous|following|ensuing|additional|initial|entire|full|whole|"
          rf"remaining|other)\s+(?!an?\s))?(?:half\s+an?|{_QUARTERS_OF}|{N}|\d+\s+\d/\d)(?:\s+(?:more|consecutive|"
          rf"straight|successive))?[\s-]+|{_ONE_MORE}|the\s+(?={U}[\s-]long\b))"
          rf"(?:{_DAY_KIND}\s+(?=days?\b))?{U}"
          r"(?:\s+and\s+a\s+(?:half|quarter))?(?:[\s-]long)?\b(?![\s-]+olds?\b)(?:\s+or\s+so\b)?",
          norm_duration, 1),  # fmt: skip ("an hour and a quarter")
    _rule("bare_units", r"\ba\s+(?:little\s+|long\s+|short\s+|good\s+)?while\b(?:\s+ago\b)?|"
          r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|previous|ensuing|"
          r"following)\s+|the\s+(?=[a-z]+\s+(?:ahead|to\s+come)\b))?(?:several\s+|many\s+|few\s+|some\s+)?(?:years|months|weeks|days|"
          r"decades|centuries|hours|minutes|quarters)\b(?:\s+and\s+(?:months|years|weeks))?"
          r"(?:\s+ago\b|\s+ahead\b|-long\b|(?<=s)\s+to\s+come\b)?",  # ("the years to come")
          norm_bare_units, 0),
    _rule("the_year", r"\bthe\s+(?:full\s+|fiscal\s+|current\s+|calendar\s+|whole\s+|latest\s+"
          r"(?:fiscal\s+)?)?year\b(?![\s-]+(?:ended|ending|before|after|earlier|ago|two|\d))",
          norm_the_year, 1),
    _rule("year_ended", r"\bthe\s+(?:fiscal\s+|full\s+)?year"
          r"(?=\s+(?:ended|ending|to(?!\s+(?:date|come|about|around|roughly|nearly|almost|some|"
          r"[A-Z]{0,3}[$€£¥]|\d[\d,.]*\s*(?:%|percent|per\s+cent|million|billion))))\b)",
          # ("the year to 31 July 2025"; not "cut its forecast for the full year to about
          # F$13 million")
          norm_year_ended, 5),
    _rule("set", r"\b(?:(?:every|each)\s+quarter(?:[\s-]hour|\s+of\s+an\s+hour)|"
          rf"daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly|biweekly|"
          rf"fortnightly|"
          rf"semiannually|(?:every|each)\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{lx.MONTH_FULL})|"
          rf"(?:{lx.MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?)\s+"
          r"\d{1,2}(?:st|nd|rd|th)?(?!\d|[,.:]\d))|"  # "every 7 December", "every Feb. 2"
          rf"(?:every|each|per)\s+(?:(?:other|second|third)\s+)?(?:{N}\s+)?(?:{_DAY_KIND}\s+(?=days?\b))?(?:{U}|"
          rf"{WD}(?:\s+(?:morning|afternoon|evening|night)\b)?|"
          rf"{lx.MONTH_FULL}|spring|summer|fall|autumn|winter)|(?:every|each)\s+half[\s-]hour|"
          rf"(?:every|each)\s+(?:morning|afternoon|"
          rf"evening)|(?:once|twice|thrice|(?:{N}\s+)?times)\s+(?:a|per)\s+"
          rf"(?:day|week|fortnight|month|year|decade)|(?:once|twice|thrice|(?:{N}\s+)?times)\s+"
          r"(?:an|per)\s+hour"
          rf"|{N}\s+(?:days?|nights?|evenings?|mornings?)\s+a\s+(?:week|month|year)(?!\s+ago)"
          rf"|{N}\s+(?:hours?|minutes?)\s+a\s+(?:day|week)\b"  # ("24 hours a day")
          r"|\b(?:on|at)[ \t]{1,3}weekends|alternate[ \t]{1,3}(?:days|weeks|months|years))\b"
          r"(?![-‐](?:round|long|old)\b)",  # ("open on
          # weekends", trimmed; "six days a week"; not "every year-round resident")
          norm_set, 3),  # fmt: skip
    _rule("clock_time", rf"\b(?:(?:{Q})\s+)?(?:(?<![\d.,:$])(?:1[0-2]|[1-9])[0-5]\d[ \t]?"
          r"(?:[ap]\.m\.|[ap]\.?m\b)|"  # ("712 PM CDT": a weather service's)
          rf"\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.m\.|p\.m\.|a\.m\b|"
          r"p\.m\b|am\b|pm\b)|(?<![\d.,:])\d{1,2}:\d{2}(?![\d:]|\.\d)"
          r"(?:[ \t](?:hours|hrs|h)\b)?|noon|"
          r"midnight|midday|"  # ("at 14:00 hours": a 24-hour clock's time, not a duration;
          # "14:00 h", "14:00 hrs")
          rf"(?:\d{{1,2}}|{lx.NUMBER_WORD})\s+o['’]clock\b(?:\s+(?:this|yesterday|tomorrow)\s+"
          r"(?:morning|afternoon|evening))?|"
          r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
          r"(?:[ \t-](?:fifteen|thirty|forty-five))?\s+"
          r"(?:this\s+(?:morning|afternoon|evening)|tonight|in\s+the\s+(?:morning|afternoon|"
          r"evening)|at\s+night)\b|"  # ("six this morning", "eleven in the morning",
          # "two-thirty this afternoon", "ten at night")
          rf"{_CLOCK_PAST_TO}|"  # ("half past eight", "a quarter to nine")
          r"(?<![\d.,:$])\d{1,2}\s+in\s+the\s+(?:morning|afternoon|evening)|"
          rf"(?<![\d.,:$])(?:[01]\d|2[0-3])[0-5]\d(?=\s+{lx.ZONE_OF_DIGITS_RE}\b)|"  # "1915 GMT",
          # "0600 ChST"
          r"(?<![\d.,:$])0\d[0-5]\d[ \t]hours\b|"  # a 24-hour clock's "0300 hours"
          r"(?<![\d.,:$])(?:[01]\d|2[0-3])\.[0-5]\d[ \t]hours\b|"  # ... "05.00 hours"
          # a log's four-digit clock (`norm_clock_time` wants the text a log's)
          rf"(?<![^\n]){lx.LOG_CLOCK.pattern}(?=[ \t]{{1,3}}[A-Z])|"  # (opening its line)
          r"(?<![\d.,:$])(?:[01]?\d|2[0-3])h[0-5]\d\b|"  # the French-style "16h10", "08h30"
          r"(?<![\d.,:$])(?:[01]\d|2[0-3])[0-5]\d[ \t]?hrs\b|"  # "2300 hrs"
          # a 24-hour clock after a clock's preposition, on a day ("at 1000 on Friday, May
          # 2", "from 1800 on Saturday"), or with a leading zero ("until 0600")
          # (`norm_clock_time` wants the preposition)
          rf"(?<![\d.,:$])(?:(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]+on[ \t]+(?:{WD}|"
          rf"{M}[ \t]{{1,3}}\d)|[ \t]+(?:today|tonight|tomorrow|yesterday)\b)|"
          r"0\d[0-5]\d(?![\d,:%/-]|\.\d|\s*(?:per|percent|hours|hrs)\b))|"
          r"(?<![\d.,:$])(?:[01]?\d|2[0-3])\.[0-5]\d(?=\s+(?:GMT|UTC|BST)\b)|"  # 16.02 GMT
          # a dotted 24-hour clock opening a line of a programme, a log or a bulletin, alone
          # or before a capital ("16.30\nGood afternoon", "10.00 Arena opens")
          # (its minutes a programme's, in fives: not a race's "19.32 Michael Johnson")
          r"(?<![^\n])(?:[01]\d|2[0-3])\.[0-5][05](?=[ \t]*\n|[ \t]*$|[ \t]{1,3}[A-Z])|"
          # a dotted 24-hour clock with two digits to its hour ("Paged at 02.40 for two
          # students", "Paged by Cumbria Police at 14.20 to a walker"; no price after it:
          # `norm_clock_time` wants "at", "by", "until" ... before it, and no price before)
          r"(?<![\d.,:$])(?:[01]\d|2[0-3])\.[0-5]\d(?![\d.,:%]|[ \t]*(?:per|percent|"
          rf"(?:a|an)[ \t]+{_PRICED_UNIT}|"
          r"euros?|dollars?|pounds?|cents?|pence|times|points?|each|apiece|to[ \t]+one|over|"
          r"kwacha|rand|rupees?|shillings?|naira|cedis?|pesos?|yuan|yen|francs?|kronor|krona|"
          r"dirhams?|riyals?|dinars?|lira|seconds?|metres?|meters?|km|miles?|kg)\b)|"
          # a dotted 24-hour clock at a clause's end ("voted 17-12 at 23.41;", "At 12.38, a
          # thin edge ..."; `norm_clock_time` wants "at" before it, and no price)
          r"(?<![\d.,:$])(?:[01]?\d|2[0-3])\.[0-5]\d(?=[ \t]*[,;:)]|[ \t]+on\b|\.(?:\s|$)))"
          r"(?:\s+(?:" + lx.ZONE_RE + r"|local\s+time|"
          r"(?!(?:the|this|that|next|last|any|every|each|same|a|one|some|no|what|which|his|her|"
          r"its|their|our|my|your|local|in|at|on|by|for|of|and|or|today|tonight|tomorrow|"
          r"yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
          r"[a-z]{2,15}(?:[ \t][a-z]{2,15})?[ \t]time\b|"  # ("9am Lagos time")
          r"(?:Eastern|Central|Mountain|Pacific)(?:\s+(?:Standard|Daylight))?(?:\s+[Tt]ime)?))?"
          rf"(?:,?\s+(?:on\s+)?(?:(?:{WD},?\s+)?(?:{M}\s*{D}\b|{D}[ \t]{{1,3}}{M}(?!\w))"
          rf"(?:,?[ \t]{{1,3}}{Y}\b|[ \t]{{1,3}}(?:this|last|next)[ \t]{{1,3}}year\b(?!['’]))?|"
          rf"(?:(?:last|this\s+past|next|that)\s+)?{WD}(?!s\b)"  # (not "on Fridays")
          r"(?:[ \t](?:morning|afternoon|evening|night)\b)?"  # ("at 19:25 on Monday night")
          r"(?![ \t,]{1,3}(?:the[ \t]{1,3})?\d{1,2}(?:st|nd|rd|th)\b)|"  # ("at 9:45 p.m.
          # on Dec. 14, 2007", "at 3:20 a.m. ET last Saturday")
          r"today|tonight|(?:yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night)\b)?)"
          rf"|\s+{_NEXT_PART}\b)?",  # ("04:10 the next
          # morning", "at 11 p.m. the previous night", "at 6pm that evening")
          _clock_time_on_a_day_after, 3),  # fmt: skip
    _rule("spelled_year", rf"\b(?:the\s+year\s+|{M}\s+)?{lx.SPELLED_YEAR_RE}",
          norm_spelled_year, 5),  # fmt: skip
    _rule("period_end", r"\b(?:the\s+)?(?:year[\s-]end|year's\s+end|(?:end|beginning|start|"
          r"middle)\s+of\s+the\s+(?:year|month|week|decade|century))\b",
          norm_period_end, 3),  # fmt: skip
    _rule("the_weekend", r"\bthe\s+weekend\b", norm_the_weekend, 2),
    _rule("the_week", r"\bthe\s+week\b(?!\s+(?:of|before|after|ended|ending|earlier|later|"
          r"beginning|starting|commencing|"
          r"ahead|that|when|to|in|on|before)\b|[-\w])", norm_the_week, 1),
    _rule("holiday", rf"\b{_HOLIDAY_LEAD}{HOLIDAY_NAME_RE}\b{_HOLIDAY_WEEK}", norm_holiday, 3),
    _rule("named_day", rf"\b{_HOLIDAY_LEAD}{NAMED_DAY_RE}\b{_HOLIDAY_WEEK}", norm_holiday, 3),
    _rule("new_year", rf"\b{_HOLIDAY_LEAD}{NEW_YEAR_RE}\b{_HOLIDAY_WEEK}", norm_holiday, 3),
    _rule("bare_new_year", rf"\b{BARE_NEW_YEAR_RE}", norm_bare_new_year, 2),
    # a day of the country the head names that python-holidays keeps by a name no rule
    # knows ("Njegos Day" in a Montenegrin story, "Revolution and Youth Day" in a Tunisian)
    # ("St. George's Caye Day", "Curaçao Day"), or by a weekday's ("August Monday" in
    # Anguilla, "White Sunday" in Samoa)
    _rule("country_day", r"(?-i:\b(?!(?:From|On|Since|Until|After|Before|By|In|At|For|Of|And|"
          r"Since|Till|Through|During|Every|Each|Last|Next|This|The)[ \t])"
          rf"{_COUNTRY_DAY_NAME}(?:Day|Birthday|{lx.WEEKDAY_NAME_RE}))\b"  # ("the Queen's
          # Birthday" in an Australian story, "the Prophet's Birthday" in a Somali one)
          r"(?:\s{1,3}(?P<year>(?:1[89]|20)\d\d)\b)?", norm_holiday, 2),
    _rule("vague", r"\b(?:now|currently|current|nowadays|at\s+present|these\s+days|"
          r"right\s+now|recently|lately|recent|the\s+past|the\s+near\s+"
          r"future|the\s+future|future|soon|a\s+later\s+date|the\s+(?:near|short|long)\s+term|"
          r"then[\s-]current)\b",
          norm_vague, 0),  # fmt: skip
)

