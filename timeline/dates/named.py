"""Normalisers of named and spelled-out dates: holidays, year-end, "the weekend",
"nineteen ninety-six", "the year two thousand"."""

from __future__ import annotations

import datetime as dt
import functools
import re
import warnings
from collections.abc import Callable, Iterable
from dataclasses import replace

import holidays as holiday_calendars

from timeline.dates import lexicon as lx
from timeline.dates.absolute import TOLD_YEAR, day_number, opening_year
from timeline.dates.anchor import pick_year, weekday_date
from timeline.dates.base import (
    DATE,
    DAY_VALUE,
    FLAGS,
    FOR_BEFORE,
    FORECAST_FOR_BEFORE,
    LASTED_UNTIL,
    NOUN_AFTER_MODIFIER,
    SET,
    TIME,
    Context,
    Resolution,
    day_value,
)
from timeline.dates.calendar import SATURDAY, safe_day, week_value
from timeline.dates.country_places import COUNTRY_PLACES
from timeline.dates.tense import Tense

# --- spelled-out years ---------------------------------------------------------------------

_TENS_ONES = re.compile(rf"({'|'.join(lx.TENS)})(?:[\s-]+([a-z]+))?", FLAGS)


def _spelled_number(words: str) -> int | None:
    """0-99 from "ninety-six", "seven", "nineteen"; None for anything else."""
    words = words.strip().lower()
    if not words:
        return 0
    if words in lx.ONES:
        return lx.ONES[words]
    match = _TENS_ONES.fullmatch(words)
    if match is None:
        return None
    ones = lx.ONES.get(match.group(2) or "", 0) if match.group(2) else 0
    if match.group(2) and (match.group(2) not in lx.ONES or ones >= 10):
        return None
    return lx.TENS[match.group(1).lower()] + ones


_SPELLED = re.compile(
    r"(nineteen|twenty|two\s+thousand)(?:\s+(?:hundred\s+)?(?:and\s+)?(.*))?$", FLAGS
)


def _spelled_year(core: str) -> int | None:
    """The year `core` spells out ("nineteen ninety-six", "two thousand and ninety-one");
    None for "nineteen" or "twenty" alone, numbers."""
    match = _SPELLED.match(core)
    if match is None or (rest := _spelled_number(match.group(2) or "")) is None:
        return None
    head = match.group(1).lower()
    if head.startswith("two"):
        return 2000 + rest
    if match.group(2) is None:
        return None  # a bare "nineteen" or "twenty" is a number
    return (1900 if head == "nineteen" else 2000) + rest


def norm_spelled_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'nineteen ninety-six' 1996, 'the year two thousand' 2000, 'January nineteen
    ninety-seven' 1997-01 (radio transcripts spell years out)."""
    text = re.sub(r"\s+", " ", m.group(0))
    month = lx.month_number(text.split(" ")[0])
    core = re.sub(rf"^(?:the year |{lx.MONTH_RE} )", "", text, flags=FLAGS)
    if core == text and core.lower().startswith("two"):
        return None  # "two thousand people": a year needs "the year" or a month
    if (year := _spelled_year(core)) is None:
        return None
    return Resolution(DATE, f"{year:04d}-{month:02d}" if month else f"{year:04d}")


_SPELLED_YEAR_IN = re.compile(lx.SPELLED_YEAR_RE, FLAGS)


def norm_spelled_full_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A day and month with the year spelled out: "Saturday the sixteenth of June two
    thousand and ninety-one" 2091-06-16 (an invitation's), "March 3, nineteen ninety-six"."""
    text = re.sub(r"\s+", " ", m.group(0))
    if (found := _SPELLED_YEAR_IN.search(text)) is None or (
        year := _spelled_year(found.group(0))
    ) is None:
        return None
    head = text[: found.start()]
    month = lx.month_number(re.sub(lx.WEEKDAY_RE, " ", head, flags=FLAGS))
    day = day_number(head)
    value = day_value(safe_day(year, month, day)) if month and day else None
    return Resolution(DATE, value) if value else None


# --- year-end, the end of the month, the weekend ------------------------------------------


STORY_PERIOD_YEARS_BACK = 2  # a year this far back told just before sets "the decade"'s


def _story_year(ctx: Context, start: int) -> int | None:
    """The year of the date told in this sentence or the one before, when it is at least
    STORY_PERIOD_YEARS_BACK years before the paper's: the time a past story is in."""
    value = ctx.reference_value or ""
    if ctx.anchor is None or not value[:4].isdigit() or not (
        ctx.told_in_sentence(start) or ctx.told_in_sentence_before(start)
    ):
        return None
    year = int(value[:4])
    return year if ctx.anchor.year - year >= STORY_PERIOD_YEARS_BACK else None


def norm_period_end(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'year-end', "year's end", 'the end (beginning, middle) of the year/month/week/
    decade/century': the current one, mod END (START, MID); 'since year-end' is the last
    one."""
    if ctx.anchor is None:
        return None
    lowered = m.group(0).lower()
    if lowered.removeprefix("the ") in ("year-end", "year end") and NOUN_AFTER_MODIFIER.match(
        ctx.text, m.end()
    ):
        return None  # "strong year-end sales", "the year-end dividend", "when year-end net
        # was below": a kind of thing, no date told (TimeBank leaves it untagged)
    year = ctx.anchor.year
    before = ctx.text[max(0, m.start() - 7) : m.start()].lower()
    mod = "START" if "beginning" in lowered or "start" in lowered else "END"
    mod = "MID" if "middle" in lowered else mod
    if "month" in lowered:
        day = ctx.anchor
        if (
            lowered.startswith("the")
            and ctx.reference is not None
            and ctx.reference < ctx.anchor  # a month already told of, not one ahead
            and ctx.told_in_sentence(m.start())
        ):  # "38 cases on Jan. 16, 67 a week later and 102 by the end of the month":
            day = ctx.reference  # January's end, in a February paper
        return Resolution(DATE, f"{day.year:04d}-{day.month:02d}", mod)
    if "week" in lowered:  # "by the end of the week": this week
        return Resolution(DATE, week_value(ctx.anchor), mod)
    if (
        "decade" in lowered
        and (story := _story_year(ctx, m.start())) is not None
        and ctx.tense(m.start(), m.end()) is not Tense.FUTURE  # ("By the end of the
    ):  # decade, satellite will be the main way": ours)
        year = story  # "She joined the office in September 1974. By the end of the decade"
    if "decade" in lowered:  # "by the end of the decade": this decade, "199"
        return Resolution(DATE, f"{year // 10:03d}", mod)
    if "century" in lowered:  # "by the end of the century": this century, "20"
        return Resolution(DATE, f"{year // 100:02d}", mod)
    if before.endswith("since ") and mod == "END":
        year -= 1
    elif (
        mod == "END" and "year" in lowered and ctx.anchor.month <= YEAR_END_TOLD_MONTHS
        and ctx.tense(m.start(), m.end()) is Tense.PAST
        and (not _BOUND_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()) or (
            ctx.anchor.month == 1
            and not _PLAN_IN_PAST_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start())
        ))
    ):  # "shipments lost momentum toward the end of the year", told in January: last
        year -= 1  # year's (not "a trial was unlikely to begin before the end of the year",
        # told in March; but "exporters rushed to ship beans before the end of the year",
        # told in January: a bound gone by)
    return Resolution(DATE, f"{year:04d}", mod)


_BOUND_BEFORE = re.compile(r"\b(?:before|by|until|till|through)\s+$", re.IGNORECASE)
# What was then to come: "was unlikely to begin before", "would be finished by"
_PLAN_IN_PAST_BEFORE = re.compile(
    r"\b(?:(?:un)?likely|expected|due|set|scheduled|planned|hoped|aimed|promised|pledged|vowed|"
    r"would|could|should|must)\b[^.;!?]*$", re.IGNORECASE
)
YEAR_END_TOLD_MONTHS = 3  # a past "end of the year" this early in a year is the last one


_OF_A_DAY_AFTER = re.compile(rf"\s+of\s+(?:{lx.MONTH_RE}\s+\d|{lx.WEEKDAY_RE})", FLAGS)


def norm_the_weekend(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'over the weekend': the last weekend in past-tense clauses, else the next one."""
    if _OF_A_DAY_AFTER.match(ctx.text, m.end()):
        return None  # "the weekend of Jan. 24 and 25": the days written after it
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX-WXX-WE")
    tense = ctx.tense(m.start(), m.end())
    if FORECAST_FOR_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        tense = Tense.FUTURE  # "ahead of heavy rain forecast for the weekend"
    elif FOR_BEFORE.search(ctx.text, max(0, m.start() - 5), m.start()) and (
        ctx.anchor.weekday() != 2
    ):  # "leave canceled for the weekend", "closed for the weekend": the nearest one
        tense = Tense.FUTURE if ctx.anchor.weekday() in (3, 4) else Tense.PAST
    saturday = weekday_date(ctx.anchor, Tense.PAST if tense is Tense.PAST else Tense.FUTURE, 5)
    if ctx.anchor.weekday() == 6 and tense is not Tense.FUTURE:
        saturday = ctx.anchor - dt.timedelta(days=1)
    return Resolution(DATE, week_value(saturday) + "-WE")


_WEEK_CONTEXT_BEFORE = re.compile(
    r"\b(?:for|finished|ended|closed|during|over|through|all|in)\s+$", re.IGNORECASE
)


def norm_the_week(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'finished the week', 'for the week', "the week's most active session": the week of
    the news (a market report's): that of its first day, or of the paper's day."""
    if not (
        _WEEK_CONTEXT_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start())
        or ctx.text.startswith(("'s", "’s"), m.end())
    ):
        return None  # "the week of March 6", "the week that changed everything"
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX-WXX")
    day = ctx.anchor
    if ctx.lead_day is not None and 0 <= (ctx.anchor - ctx.lead_day).days <= 3:
        day = ctx.lead_day  # a Monday paper's "For the week" after "on Friday": Friday's
    return Resolution(DATE, week_value(day))


# --- holidays -----------------------------------------------------------------------------


def _weekday_from(day: dt.date, weekday: int) -> dt.date:
    """The first day of `weekday` on or after `day`."""
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th (1-based; -1 the last) such weekday of a month."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(
        year, 12, 31)  # fmt: skip
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _orthodox_easter(year: int) -> dt.date:
    """The Orthodox Easter Sunday: Meeus's Julian algorithm, moved to the Gregorian
    calendar (13 days from 1900 to 2099, and a day more a century outside them)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    shift = year // 100 - year // 400 - 2  # the Julian calendar's lag behind the Gregorian
    return dt.date(year, month, day + 1) + dt.timedelta(days=shift)


def _orthodox_feast(days: int) -> Callable[[int], dt.date]:
    """The day `days` after the Orthodox Easter of each year."""
    return lambda year: _orthodox_easter(year) + dt.timedelta(days=days)


def _advent_sunday(year: int, week: int = 0) -> dt.date:
    """Advent Sunday of `year`, the fourth Sunday before Christmas (27 November - 3
    December), or the Sunday `week` weeks after it."""
    christmas = dt.date(year, 12, 25)
    sunday_before = christmas - dt.timedelta(days=(christmas.weekday() + 1) % 7 or 7)
    return sunday_before - dt.timedelta(days=7 * (3 - week))


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


AHEAD_OF_PAST_DAYS = 60  # "rose ahead of Christmas" in January: the Christmas just gone
HOLIDAY_NEAR_DAYS = 21  # a holiday this close goes to its nearest year whatever the tense
_HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "christmas eve": lambda y: dt.date(y, 12, 24),
    "christmas": lambda y: dt.date(y, 12, 25),
    "new year's eve": lambda y: dt.date(y, 12, 31),
    "new year's": lambda y: dt.date(y, 1, 1),
    "old year's": lambda y: dt.date(y, 12, 31),  # ("Old Year's Night", "Old Year's Day")
    "old year's night": lambda y: dt.date(y, 12, 31),
    "old new year": lambda y: dt.date(y, 1, 14),  # the Julian calendar's 1 January (to 2100)
    "independence day": lambda y: dt.date(y, 7, 4),
    "fourth of july": lambda y: dt.date(y, 7, 4),
    "july fourth": lambda y: dt.date(y, 7, 4),
    "halloween": lambda y: dt.date(y, 10, 31),
    "valentine's day": lambda y: dt.date(y, 2, 14),
    "groundhog day": lambda y: dt.date(y, 2, 2),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + dt.timedelta(days=1),
    "easter": _easter,
    "black friday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=1),
    "cyber monday": lambda y: _nth_weekday(y, 11, 3, 4) + dt.timedelta(days=4),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),  # the U.S. one (Britain's is in Lent)
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "boxing day": lambda y: dt.date(y, 12, 26),
    "hogmanay": lambda y: dt.date(y, 12, 31),
    # the Persian new year at the March equinox: 21 March in most years (python-holidays
    # gives Iran's exact day when the head names Iran)
    **dict.fromkeys(("nowruz", "navruz", "nowrouz", "norooz", "nooruz", "nauryz"),
                    lambda y: dt.date(y, 3, 21)),
    "good friday": lambda y: _easter(y) - dt.timedelta(days=2),
    "easter monday": lambda y: _easter(y) + dt.timedelta(days=1),
    # the movable days of Lent and after Easter, counted from it
    "shrove tuesday": lambda y: _easter(y) - dt.timedelta(days=47),
    # Carnival's last days before Lent, where no country's calendar keeps them otherwise
    # (Grenada's are in August)
    "carnival monday": lambda y: _easter(y) - dt.timedelta(days=48),
    "carnival tuesday": lambda y: _easter(y) - dt.timedelta(days=47),
    "pancake day": lambda y: _easter(y) - dt.timedelta(days=47),
    "ash wednesday": lambda y: _easter(y) - dt.timedelta(days=46),
    "mothering sunday": lambda y: _easter(y) - dt.timedelta(days=21),
    "palm sunday": lambda y: _easter(y) - dt.timedelta(days=7),
    "maundy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "texas independence day": lambda y: dt.date(y, 3, 2),
    "holy thursday": lambda y: _easter(y) - dt.timedelta(days=3),
    "holy saturday": lambda y: _easter(y) - dt.timedelta(days=1),
    "easter saturday": lambda y: _easter(y) - dt.timedelta(days=1),  # (Holy Saturday, as
    # Britain and Australia call it)
    "easter tuesday": lambda y: _easter(y) + dt.timedelta(days=2),  # (a school and
    # public holiday in New Zealand, Tasmania and parts of the Commonwealth)
    "pentecost": lambda y: _easter(y) + dt.timedelta(days=49),
    **dict.fromkeys(("whitsun", "whitsunday", "whit sunday"),
                    lambda y: _easter(y) + dt.timedelta(days=49)),  # (Britain's Pentecost)
    # Advent's Sundays, the fourth Sunday before Christmas first ("the first Sunday of
    # Advent", "Advent Sunday")
    **{f"{ordinal} sunday {joint} advent": functools.partial(_advent_sunday, week=week)
       for week, ordinal in enumerate(("first", "second", "third", "fourth"))
       for joint in ("of", "in")},
    "advent sunday": _advent_sunday,
    "corpus christi": lambda y: _easter(y) + dt.timedelta(days=60),
    "ascension day": lambda y: _easter(y) + dt.timedelta(days=39),
    "whit monday": lambda y: _easter(y) + dt.timedelta(days=50),
    "pentecost monday": lambda y: _easter(y) + dt.timedelta(days=50),
    "trinity sunday": lambda y: _easter(y) + dt.timedelta(days=56),
    "chinese new year": lambda y: _lunar_new_year(y),
    **dict.fromkeys(("mid-autumn festival", "mid autumn festival", "mooncake festival"),
                    lambda y: _lunar_feast("mid_autumn_date", y, (9, 21))),
    **dict.fromkeys(("dragon boat festival", "duanwu festival"),
                    lambda y: _lunar_feast("dragon_boat_date", y, (6, 10))),
    "double ninth festival": lambda y: _lunar_feast("double_ninth_date", y, (10, 14)),
    "lunar new year": lambda y: _lunar_new_year(y),
    "tet": lambda y: _lunar_new_year(y),  # Vietnam's (the same day, in most years)
    "spring festival": lambda y: _lunar_new_year(y),
    "gandhi jayanti": lambda y: dt.date(y, 10, 2),
    "melbourne cup": lambda y: _nth_weekday(y, 11, 1, 1),  # Victoria's: November's first Tuesday
    "st patrick's day": lambda y: dt.date(y, 3, 17),
    "st stephen's day": lambda y: dt.date(y, 12, 26),  # Ireland's and Catalonia's Boxing Day
    "midsummer eve": lambda y: dt.date(y, 6, 23),  # St John's Eve: Denmark's and Norway's
    "midsummer day": lambda y: dt.date(y, 6, 24),
    "st joseph's day": lambda y: dt.date(y, 3, 19),  # the swallows' day at Capistrano
    "bastille day": lambda y: dt.date(y, 7, 14),
    "anzac day": lambda y: dt.date(y, 4, 25),
    "victoria day": lambda y: _victoria_day(y),  # Canada's: the Monday before May 25
    "australia day": lambda y: dt.date(y, 1, 26),
    "waitangi day": lambda y: dt.date(y, 2, 6),
    "canada day": lambda y: dt.date(y, 7, 1),
    "remembrance day": lambda y: dt.date(y, 11, 11),
    "armistice day": lambda y: dt.date(y, 11, 11),
    "veterans day": lambda y: dt.date(y, 11, 11),
    "juneteenth": lambda y: dt.date(y, 6, 19),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "patriots' day": lambda y: _nth_weekday(y, 4, 0, 3),
    "emancipation day": lambda y: dt.date(y, 4, 16),  # Washington, D.C.'s
    "spring bank holiday": lambda y: _nth_weekday(y, 5, 0, -1),  # England's
    "august bank holiday": lambda y: _nth_weekday(y, 8, 0, -1),
    "summer bank holiday": lambda y: _nth_weekday(y, 8, 0, -1),
    "may bank holiday": lambda y: _nth_weekday(y, 5, 0, 1),  # the UK's first Monday of May
    "early may bank holiday": lambda y: _nth_weekday(y, 5, 0, 1),
    "mashujaa day": lambda y: dt.date(y, 10, 20),  # Kenya's
    "madaraka day": lambda y: dt.date(y, 6, 1),
    "jamhuri day": lambda y: dt.date(y, 12, 12),
    "tiradentes day": lambda y: dt.date(y, 4, 21),  # Brazil's
    "hangeul day": lambda y: dt.date(y, 10, 9),  # South Korea's
    "hangul day": lambda y: dt.date(y, 10, 9),
    "day of the dead": lambda y: dt.date(y, 11, 2),  # Mexico's (its main day of two)
    "all saints' day": lambda y: dt.date(y, 11, 1),
    "merdeka day": lambda y: dt.date(y, 8, 31),  # Malaysia's
    "bonifacio day": lambda y: dt.date(y, 11, 30),  # the Philippines'
    "king's day": lambda y: _kings_day(y),  # the Netherlands'
    "totensonntag": lambda y: _totensonntag(y),  # Germany's
    "may day": lambda y: dt.date(y, 5, 1),
    "pakistan day": lambda y: dt.date(y, 3, 23),
    "kashmir solidarity day": lambda y: dt.date(y, 2, 5),  # Pakistan's
    "establishment day": lambda y: dt.date(y, 7, 1),  # Hong Kong's (the HKSAR's, 1997)
    "international mother language day": lambda y: dt.date(y, 2, 21),
    "international labor day": lambda y: dt.date(y, 5, 1),
    "international labour day": lambda y: dt.date(y, 5, 1),
    "international workers' day": lambda y: dt.date(y, 5, 1),
    "greek independence day": lambda y: dt.date(y, 3, 25),
    "st john's day": lambda y: dt.date(y, 6, 24),  # Midsummer's
    "st blaise's day": lambda y: dt.date(y, 2, 3),
    "candlemas": lambda y: dt.date(y, 2, 2),  # the Christian feasts of fixed days
    "epiphany": lambda y: dt.date(y, 1, 6),
    "the epiphany": lambda y: dt.date(y, 1, 6),
    "michaelmas": lambda y: dt.date(y, 9, 29),
    "st olaf's day": lambda y: dt.date(y, 7, 29),  # the Faroes' and Norway's (Olsok)
    "ólavsøka": lambda y: dt.date(y, 7, 29),
    "olavsoka": lambda y: dt.date(y, 7, 29),
    "olsok": lambda y: dt.date(y, 7, 29),
    "all souls' day": lambda y: dt.date(y, 11, 2),
    "st wenceslas day": lambda y: dt.date(y, 9, 28),  # the Czech Statehood Day
    "town meeting day": lambda y: _nth_weekday(y, 3, 1, 1),  # Vermont's: March's 1st Tuesday
    "german unity day": lambda y: dt.date(y, 10, 3),
    "reformation day": lambda y: dt.date(y, 10, 31),  # Germany's and Slovenia's
    "kamuzu day": lambda y: dt.date(y, 5, 14),  # Malawi's
    "lāčplēsis day": lambda y: dt.date(y, 11, 11),  # Latvia's
    "lacplesis day": lambda y: dt.date(y, 11, 11),
    "orthodox easter": lambda y: _orthodox_easter(y),
    # the feasts counted from it, and Christmas, by the Julian reckoning when so named
    **{f"orthodox {feast}": _orthodox_feast(days) for feast, days in (
        ("easter sunday", 0), ("easter monday", 1), ("good friday", -2), ("holy saturday", -1),
        ("holy thursday", -3), ("palm sunday", -7), ("pentecost", 49), ("pentecost sunday", 49),
        ("pentecost monday", 50), ("whit sunday", 49), ("whit monday", 50))},
    **dict.fromkeys(("orthodox christmas", "orthodox christmas day"), lambda y: dt.date(y, 1, 7)),
    "orthodox christmas eve": lambda y: dt.date(y, 1, 6),
    # Moldova's Memorial Easter (Paștele Blajinilor): the Monday eight days after Orthodox
    # Easter; Radonitsa, Belarus's and Russia's, the Tuesday after
    "memorial easter": lambda y: _orthodox_easter(y) + dt.timedelta(days=8),
    "radonitsa": lambda y: _orthodox_easter(y) + dt.timedelta(days=9),
    "catholic easter": _easter,  # (told apart from the Orthodox one)
    "western easter": _easter,
    "st casimir's day": lambda y: dt.date(y, 3, 4),  # Lithuania's
    "independence restoration day": lambda y: dt.date(y, 3, 11),  # Lithuania's, of 1990
    "separation day": lambda y: dt.date(y, 11, 3),  # Panama's, from Colombia in 1903
    # the United Nations' international days
    "international women's day": lambda y: dt.date(y, 3, 8),
    "international mine awareness day": lambda y: dt.date(y, 4, 4),
    "world water day": lambda y: dt.date(y, 3, 22),
    "world health day": lambda y: dt.date(y, 4, 7),
    "earth day": lambda y: dt.date(y, 4, 22),
    "world press freedom day": lambda y: dt.date(y, 5, 3),
    "world environment day": lambda y: dt.date(y, 6, 5),
    "world refugee day": lambda y: dt.date(y, 6, 20),
    "world food day": lambda y: dt.date(y, 10, 16),
    "united nations day": lambda y: dt.date(y, 10, 24),
    "world aids day": lambda y: dt.date(y, 12, 1),
    "human rights day": lambda y: dt.date(y, 12, 10),
    "world wetlands day": lambda y: dt.date(y, 2, 2),
    "world cancer day": lambda y: dt.date(y, 2, 4),
    "world radio day": lambda y: dt.date(y, 2, 13),
    "world wildlife day": lambda y: dt.date(y, 3, 3),
    "world meteorological day": lambda y: dt.date(y, 3, 23),
    "world tuberculosis day": lambda y: dt.date(y, 3, 24),
    "world tb day": lambda y: dt.date(y, 3, 24),
    "world autism awareness day": lambda y: dt.date(y, 4, 2),
    "world book day": lambda y: dt.date(y, 4, 23),
    "world malaria day": lambda y: dt.date(y, 4, 25),
    "world red cross day": lambda y: dt.date(y, 5, 8),
    "international nurses day": lambda y: dt.date(y, 5, 12),
    "world bee day": lambda y: dt.date(y, 5, 20),
    "world no tobacco day": lambda y: dt.date(y, 5, 31),
    "world oceans day": lambda y: dt.date(y, 6, 8),
    "world day against child labour": lambda y: dt.date(y, 6, 12),
    "world blood donor day": lambda y: dt.date(y, 6, 14),
    "international day of yoga": lambda y: dt.date(y, 6, 21),
    "world population day": lambda y: dt.date(y, 7, 11),
    "world hepatitis day": lambda y: dt.date(y, 7, 28),
    "international youth day": lambda y: dt.date(y, 8, 12),
    "world humanitarian day": lambda y: dt.date(y, 8, 19),
    "international literacy day": lambda y: dt.date(y, 9, 8),
    "world suicide prevention day": lambda y: dt.date(y, 9, 10),
    "international day of peace": lambda y: dt.date(y, 9, 21),
    "world tourism day": lambda y: dt.date(y, 9, 27),
    "world rabies day": lambda y: dt.date(y, 9, 28),
    "world teachers' day": lambda y: dt.date(y, 10, 5),
    "world mental health day": lambda y: dt.date(y, 10, 10),
    "international day of the girl": lambda y: dt.date(y, 10, 11),
    "world polio day": lambda y: dt.date(y, 10, 24),
    "world diabetes day": lambda y: dt.date(y, 11, 14),
    "world toilet day": lambda y: dt.date(y, 11, 19),
    "world children's day": lambda y: dt.date(y, 11, 20),
    "international day of persons with disabilities": lambda y: dt.date(y, 12, 3),
    "world soil day": lambda y: dt.date(y, 12, 5),
}


def _totensonntag(year: int) -> dt.date:
    """Germany's Sunday of the dead: the Sunday before the first of Advent, four weeks
    before the last Sunday before Christmas."""
    eve = dt.date(year, 12, 24)
    fourth_advent = eve - dt.timedelta(days=(eve.weekday() + 1) % 7)
    return fourth_advent - dt.timedelta(days=28)


def _kings_day(year: int) -> dt.date:
    """The Netherlands' King's Day: 27 April, or the 26th when the 27th is a Sunday."""
    day = dt.date(year, 4, 27)
    return day - dt.timedelta(days=1) if day.weekday() == 6 else day


# The first day of the Chinese (lunar) year, from published calendars: it follows the moon,
# so no rule of the Gregorian calendar gives it.
_LUNAR_NEW_YEAR = {
    1990: (1, 27), 1991: (2, 15), 1992: (2, 4), 1993: (1, 23), 1994: (2, 10), 1995: (1, 31),
    1996: (2, 19), 1997: (2, 7), 1998: (1, 28), 1999: (2, 16), 2000: (2, 5), 2001: (1, 24),
    2002: (2, 12), 2003: (2, 1), 2004: (1, 22), 2005: (2, 9), 2006: (1, 29), 2007: (2, 18),
    2008: (2, 7), 2009: (1, 26), 2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10),
    2014: (1, 31), 2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3), 2031: (1, 23),
    2032: (2, 11), 2033: (1, 31), 2034: (2, 19), 2035: (2, 8),
}


# A story told by the Chinese calendar, whose "New Year's Eve" is the lunar year's
_LUNAR_STORY = re.compile(
    r"\b(?:Chinese|Lunar)\s+New\s+Year\b|\bSpring\s+Festival\b|\bYear\s+of\s+the\s+"
    rf"{lx.ZODIAC_ANIMAL_RE}\b"
)
LUNAR_REACH = 3000  # characters either side searched for the story's lunar calendar
_LUNAR_NAMES: dict[str, Callable[[int], dt.date]] = {
    "lantern festival": lambda y: _lunar_new_year(y) + dt.timedelta(days=14),  # its 15th day
    "new year's": lambda y: _lunar_new_year(y),
    "new year's eve": lambda y: _lunar_new_year(y) - dt.timedelta(days=1),
}


def _lunar_new_year(year: int) -> dt.date:
    """Chinese New Year's day: the table's, else python-holidays' Chinese calendar's, else
    5 February (its middle)."""
    if year in _LUNAR_NEW_YEAR:
        return dt.date(year, *_LUNAR_NEW_YEAR[year])
    return _lunisolar("lunar_new_year_date", year) or dt.date(year, 2, 5)


@functools.lru_cache(maxsize=512)
def _lunisolar(feast: str, year: int) -> dt.date | None:
    """A feast of the Chinese lunisolar calendar in `year` ("mid_autumn_date",
    "dragon_boat_date", ...) by python-holidays' calendar (a private class of it, so any
    failure is no date)."""
    try:
        from holidays.calendars.chinese import _ChineseLunisolar  # noqa: PLC0415

        found = getattr(_ChineseLunisolar(), feast)(year)
    except (ImportError, AttributeError, KeyError, ValueError, TypeError):
        return None
    day = found[0] if isinstance(found, tuple) else found
    return day if isinstance(day, dt.date) else None


def _lunar_feast(feast: str, year: int, near: tuple[int, int]) -> dt.date:
    """A lunisolar feast's day in `year`, else its usual month and day (`near`)."""
    return _lunisolar(feast, year) or dt.date(year, *near)


def _victoria_day(year: int) -> dt.date:
    may_24 = dt.date(year, 5, 24)
    return may_24 - dt.timedelta(days=may_24.weekday())  # the last Monday before May 25


# A country's own days under names other countries use for theirs.
_COUNTRY_HOLIDAYS: dict[tuple[str, str], Callable[[int], dt.date]] = {
    ("AU", "cup"): lambda y: _nth_weekday(y, 11, 1, 1),  # "Cup Day": the Melbourne Cup's
    # Sweden's and Finland's midsummer: the Friday (Eve) and Saturday from 19 and 20 June
    ("SE", "midsummer eve"): lambda y: _weekday_from(dt.date(y, 6, 19), 4),
    ("FI", "midsummer eve"): lambda y: _weekday_from(dt.date(y, 6, 19), 4),
    ("SE", "midsummer day"): lambda y: _weekday_from(dt.date(y, 6, 20), 5),
    ("FI", "midsummer day"): lambda y: _weekday_from(dt.date(y, 6, 20), 5),
    ("IN", "independence day"): lambda y: dt.date(y, 8, 15),
    ("NG", "independence day"): lambda y: dt.date(y, 10, 1),
    ("PK", "independence day"): lambda y: dt.date(y, 8, 14),
    ("PH", "independence day"): lambda y: dt.date(y, 6, 12),
    ("MX", "independence day"): lambda y: dt.date(y, 9, 16),
    ("ID", "independence day"): lambda y: dt.date(y, 8, 17),
    ("GH", "independence day"): lambda y: dt.date(y, 3, 6),
    ("AR", "independence day"): lambda y: dt.date(y, 7, 9),
    ("BR", "independence day"): lambda y: dt.date(y, 9, 7),
    ("CL", "independence day"): lambda y: dt.date(y, 9, 18),
    ("PE", "independence day"): lambda y: dt.date(y, 7, 28),
    ("CO", "independence day"): lambda y: dt.date(y, 7, 20),
    ("PL", "independence day"): lambda y: dt.date(y, 11, 11),
    ("FI", "independence day"): lambda y: dt.date(y, 12, 6),
    ("UA", "independence day"): lambda y: dt.date(y, 8, 24),
    ("LK", "independence day"): lambda y: dt.date(y, 2, 4),
    ("BD", "independence day"): lambda y: dt.date(y, 3, 26),
    ("JM", "independence day"): lambda y: dt.date(y, 8, 6),
    ("TT", "independence day"): lambda y: dt.date(y, 8, 31),
    ("CA", "thanksgiving"): lambda y: _nth_weekday(y, 10, 0, 2),
    ("SCOT", "summer bank holiday"): lambda y: _nth_weekday(y, 8, 0, 1),
    ("SG", "national"): lambda y: dt.date(y, 8, 9),
    ("ZA", "youth"): lambda y: dt.date(y, 6, 16),  # South Africa's days of 1976 and 1994
    ("ZA", "freedom"): lambda y: dt.date(y, 4, 27),
    ("ZA", "heritage"): lambda y: dt.date(y, 9, 24),
    ("ZA", "reconciliation"): lambda y: dt.date(y, 12, 16),
    ("UG", "heroes'"): lambda y: dt.date(y, 6, 9),  # Uganda's
    ("UG", "heroes"): lambda y: dt.date(y, 6, 9),
    ("KE", "heroes'"): lambda y: dt.date(y, 10, 20),  # Kenya's Mashujaa Day
    ("KE", "heroes"): lambda y: dt.date(y, 10, 20),
    ("GH", "national farmers'"): lambda y: _nth_weekday(y, 12, 4, 1),  # December's 1st Friday
    ("GH", "national farmers"): lambda y: _nth_weekday(y, 12, 4, 1),
    ("NO", "constitution"): lambda y: dt.date(y, 5, 17),  # Norway's
    ("TW", "national"): lambda y: dt.date(y, 10, 10),  # Taiwan's Double Tenth
    ("AE", "national"): lambda y: dt.date(y, 12, 2),  # the United Arab Emirates'
    ("MT", "freedom"): lambda y: dt.date(y, 3, 31),  # Malta's
    ("IS", "commerce"): lambda y: _nth_weekday(y, 8, 0, 1),  # Iceland's, August's 1st Monday
    ("BD", "victory"): lambda y: dt.date(y, 12, 16),  # Bangladesh's
    ("EE", "victory"): lambda y: dt.date(y, 6, 23),  # Estonia's
    ("VN", "reunification"): lambda y: dt.date(y, 4, 30),  # Vietnam's
    ("ZM", "youth"): lambda y: dt.date(y, 3, 12),  # Zambia's
    ("HR", "statehood"): lambda y: dt.date(y, 6, 25) if 2002 <= y <= 2019 else dt.date(y, 5, 30),
    # (Croatia's: 30 May, but 25 June from 2002 to 2019)
    ("GR", "independence day"): lambda y: dt.date(y, 3, 25),
    ("CY", "independence day"): lambda y: dt.date(y, 10, 1),
    ("GR", "easter"): lambda y: _orthodox_easter(y),  # the Orthodox church's
    ("CY", "easter"): lambda y: _orthodox_easter(y),
    ("IN", "republic"): lambda y: dt.date(y, 1, 26),
    ("TR", "republic"): lambda y: dt.date(y, 10, 29),
    ("TR", "victory"): lambda y: dt.date(y, 8, 30),
    ("KH", "independence day"): lambda y: dt.date(y, 11, 9),  # Cambodia's
    ("SI", "statehood"): lambda y: dt.date(y, 6, 25),  # Slovenia's
    ("SI", "remembrance"): lambda y: dt.date(y, 11, 1),  # its day of the dead
    ("SI", "independence day"): lambda y: dt.date(y, 12, 26),  # with Unity Day
    ("KZ", "independence day"): lambda y: dt.date(y, 12, 16),  # Kazakhstan's
    ("KZ", "republic"): lambda y: dt.date(y, 10, 25),
    ("KZ", "capital"): lambda y: dt.date(y, 7, 6),
    ("MW", "independence day"): lambda y: dt.date(y, 7, 6),  # Malawi's
    ("MW", "martyrs'"): lambda y: dt.date(y, 3, 3),
    ("MW", "martyrs"): lambda y: dt.date(y, 3, 3),
    ("LV", "independence day"): lambda y: dt.date(y, 11, 18),  # Latvia's proclamation
    ("LV", "proclamation"): lambda y: dt.date(y, 11, 18),
    ("AL", "independence day"): lambda y: dt.date(y, 11, 28),  # Albania's
    ("AL", "summer"): lambda y: dt.date(y, 3, 14),
    ("JO", "independence day"): lambda y: dt.date(y, 5, 25),  # Jordan's
    ("CA", "labour"): lambda y: _nth_weekday(y, 9, 0, 1),  # September's first Monday
    ("TN", "evacuation"): lambda y: dt.date(y, 10, 15),  # Tunisia's, of 1963
    ("TN", "independence day"): lambda y: dt.date(y, 3, 20),
    ("TN", "republic"): lambda y: dt.date(y, 7, 25),
    ("LT", "independence day"): lambda y: dt.date(y, 2, 16),  # Lithuania's, of 1918
    ("LT", "statehood"): lambda y: dt.date(y, 7, 6),
    ("PA", "independence day"): lambda y: dt.date(y, 11, 28),  # Panama's, from Spain
    ("PA", "mother's day"): lambda y: dt.date(y, 12, 8),
    ("MU", "national"): lambda y: dt.date(y, 3, 12),  # Mauritius's, of 1968 and 1992
    ("MU", "independence day"): lambda y: dt.date(y, 3, 12),
    ("ME", "independence day"): lambda y: dt.date(y, 5, 21),  # Montenegro's, of 2006
    ("ME", "statehood"): lambda y: dt.date(y, 7, 13),
    ("ME", "easter"): lambda y: _orthodox_easter(y),
    ("UY", "independence day"): lambda y: dt.date(y, 8, 25),  # Uruguay's, of 1825
    ("UY", "constitution"): lambda y: dt.date(y, 7, 18),
    # Easter and the feasts counted from it by the Julian reckoning, in the Orthodox
    # countries ("Easter fell on St George's Day" in a Bulgarian story: 6 May 2040)
    # Christmas and Epiphany by the Julian calendar where the Orthodox church keeps it (not
    # Greece, Cyprus, Romania or Bulgaria, whose Christmas is 25 December)
    **{(country, feast): day for country in ("RU", "BY", "RS", "MK", "ME", "GE")
       for feast, day in (("christmas", lambda y: dt.date(y, 1, 7)),
                          ("christmas day", lambda y: dt.date(y, 1, 7)),
                          ("epiphany", lambda y: dt.date(y, 1, 19)))},
    **{(country, feast): _orthodox_feast(days)
       for country in ("BG", "GR", "CY", "RO", "MD", "RU", "UA", "BY", "RS", "MK", "GE")
       for feast, days in (("easter", 0), ("good friday", -2), ("holy saturday", -1),
                           ("easter monday", 1), ("palm sunday", -7), ("pentecost", 49))},
}
COUNTRY_HEAD_CHARS = 600  # the head (section label, title, dateline) that names a country
# Places a story's head names, by the code of the country whose holidays they mean; each
# is also matched in capitals (a dateline's "NEW DELHI -").
_COUNTRY_PLACES: dict[str, tuple[str, ...]] = {
    "IN": ("India", "Indian", "Odisha", "New Delhi", "Mumbai", "Kolkata", "Chennai", "Bengaluru",
           "TNN", "PTI", "Bangalore", "Hyderabad"),
    "CA": ("Canada", "Canadian", "Ontario", "Quebec", "Toronto", "Montreal", "Vancouver", "Ottawa",
           "Alberta", "Calgary", "Manitoba", "Winnipeg", "Edmonton", "British Columbia",
           "Saskatchewan", "Saskatoon", "Nova Scotia", "New Brunswick", "Saint John", "Moncton",
           "Fredericton", "Newfoundland", "Nunavut", "Yukon"),
    "SCOT": ("Scotland", "Scottish", "Glasgow", "Edinburgh", "Aberdeen", "Dundee", "Inverness",
             "Hebrides"),
    "NG": ("Nigeria", "Nigerian", "Lagos", "Abuja", "Ibadan", "Kano"),
    "PK": ("Pakistan", "Pakistani", "Karachi", "Lahore", "Islamabad"),
    "PH": ("Philippines", "Philippine", "Filipino", "Manila", "Cebu"),
    "MX": ("Mexico", "Mexican", "Guadalajara", "Monterrey"),
    "ID": ("Indonesia", "Indonesian", "Jakarta"),
    "GH": ("Ghana", "Ghanaian", "Accra"),
    "UG": ("Uganda", "Ugandan", "Kampala", "Entebbe"),
    "NO": ("Norway", "Norwegian", "Oslo", "Bergen", "Trondheim", "Tromsø"),
    "KE": ("Kenya", "Kenyan", "Nairobi", "Mombasa", "Kisumu"),
    "SG": ("Singapore", "Singaporean"),
    "TW": ("Taiwan", "Taiwanese", "Taipei", "Kaohsiung", "Taichung"),
    "EE": ("Estonia", "Estonian", "Tallinn", "Tartu"),
    "VN": ("Vietnam", "Vietnamese", "Hanoi", "Ho Chi Minh City"),
    "ZM": ("Zambia", "Zambian", "Lusaka", "Mongu"),
    "HR": ("Croatia", "Croatian", "Zagreb", "Dubrovnik"),
    "GR": ("Greece", "Greek", "Athens", "Thessaloniki"),
    "CY": ("Cyprus", "Cypriot", "Nicosia", "Limassol", "Larnaca"),
    "AE": ("UAE", "United Arab Emirates", "Emirati", "Dubai", "Abu Dhabi", "Sharjah"),
    "MT": ("Malta", "Maltese", "Valletta", "Gozo"),
    "IS": ("Iceland", "Icelandic", "Reykjavik", "Reykjavík", "Vestmannaeyjar"),
    "AR": ("Argentina", "Argentine", "Argentinian", "Buenos Aires", "Rosario", "Mendoza"),
    "BR": ("Brazil", "Brazilian", "São Paulo", "Rio de Janeiro", "Brasília", "Sao Paulo",
           "Brasilia"),
    "CL": ("Chile", "Chilean", "Santiago", "Valparaíso", "Antofagasta"),
    "PE": ("Peru", "Peruvian", "Lima", "Cusco", "Arequipa"),
    "CO": ("Colombia", "Colombian", "Bogotá", "Bogota", "Medellín", "Medellin", "Cali"),
    "PL": ("Poland", "Polish", "Warsaw", "Kraków", "Krakow", "Gdańsk", "Gdansk", "Wrocław"),
    "FI": ("Finland", "Finnish", "Helsinki", "Tampere", "Turku"),
    "UA": ("Ukraine", "Ukrainian", "Kyiv", "Kiev", "Kharkiv", "Lviv", "Odesa"),
    "LK": ("Sri Lanka", "Sri Lankan", "Colombo", "Kandy"),
    "BD": ("Bangladesh", "Bangladeshi", "Dhaka", "Chittagong", "Chattogram"),
    "JM": ("Jamaica", "Jamaican", "Kingston, Jamaica", "KINGSTON", "Montego Bay"),
    "TT": ("Trinidad", "Tobago", "Trinidadian", "Port of Spain"),
    "TR": ("Turkey", "Turkish", "Türkiye", "Ankara", "Istanbul", "Izmir"),
    "KH": ("Cambodia", "Cambodian", "Phnom Penh", "Siem Reap", "Battambang"),
    "SI": ("Slovenia", "Slovenian", "Ljubljana", "Maribor", "Koper"),
    "KZ": ("Kazakhstan", "Kazakh", "Astana", "Almaty", "Nur-Sultan", "Shymkent"),
    "MW": ("Malawi", "Malawian", "Lilongwe", "Blantyre", "Mzuzu", "Zomba"),
    "AU": ("Australian", "Melbourne", "Sydney", "Brisbane", "Adelaide", "Hobart", "Canberra",
           "Queensland", "Tasmania", "New South Wales", "Flemington"),
    "MD": ("Moldova", "Moldovan", "Chisinau", "Chișinău", "Chişinău", "Tiraspol", "Transnistria",
           "Transdniestria", "Balti", "Bălți", "Comrat", "Gagauzia"),
    "LV": ("Latvia", "Latvian", "Riga", "Daugavpils", "Liepāja", "Liepaja", "Jūrmala",
           "Jurmala"),
    "AL": ("Albania", "Albanian", "Tirana", "Durres", "Durrës", "Vlora", "Shkodër", "Shkoder"),
    "JO": ("Jordanian", "Amman", "Aqaba", "Irbid"),  # (not "Jordan", a given name too)
    "TN": ("Tunisia", "Tunisian", "Tunis", "Sfax", "Sousse", "Kairouan", "Douz", "Tozeur"),
    "LT": ("Lithuania", "Lithuanian", "Vilnius", "Kaunas", "Klaipėda", "Klaipeda"),
    "PA": ("Panama", "Panamanian", "Colón"),
    "MU": ("Mauritius", "Mauritian", "Port Louis", "Curepipe"),
    "ME": ("Montenegro", "Montenegrin", "Podgorica", "Kotor", "Budva", "Žabljak", "Zabljak"),
    "UY": ("Uruguay", "Uruguayan", "Montevideo", "Punta del Este"),
    "ZA": ("South Africa", "South African", "Johannesburg", "Cape Town", "Western Cape",
           "Eastern Cape", "Gauteng", "KwaZulu-Natal", "Durban", "Pretoria", "Soweto",
           "Stellenbosch"),
}
# Each place's name (and in capitals) -> its country's code, first country first
_COUNTRY_OF_PLACE: dict[str, str] = {}
for _code, _places in _COUNTRY_PLACES.items():
    for _place in _places:
        for _name in (_place, _place.upper()):
            _COUNTRY_OF_PLACE.setdefault(_name, _code)
# (a trie of the names after a look-ahead for a capital: twenty times faster than an
# alternation of one group per country, which sre tries in turn at every capital)
_COUNTRY_IN_HEAD = re.compile(r"\b(?=[A-Z])" + lx.trie_alternation(_COUNTRY_OF_PLACE) + r"\b")


# A paper from south of the equator, by its head (section label, title, dateline, zone):
# its seasons are the southern ones ("This summer", told in February in Hobart: now).
_SOUTHERN = re.compile(
    r"\b(?=[A-Z])(?:AEDT|AEST|ACDT|ACST|AWST|NZDT|NZST|SAST|Australian?|New\s+Zealand|Tasmanian?|"
    r"Sydney|Melbourne|Brisbane|Adelaide|Hobart|Canberra|Auckland|Christchurch|Queensland|"
    r"Victoria,\s+Australia|South\s+Africa|Johannesburg|Cape\s+Town|Durban|Pretoria|"
    r"Argentina|Buenos\s+Aires|Chile|Uruguay|Montevideo|SYDNEY|MELBOURNE|AUCKLAND|"
    r"JOHANNESBURG|BUENOS\s+AIRES)\b"
)


def head_is_southern(text: str) -> bool:
    """Whether the head of `text` names a place or time zone south of the equator."""
    return _SOUTHERN.search(text, 0, COUNTRY_HEAD_CHARS) is not None


def head_country(text: str) -> str | None:
    """The country the head of `text` names first, of those whose holidays differ ("IN",
    "CA", "SCOT"), if any; else the first country of python-holidays' it names ("UY")."""
    american = _US_HEAD.search(text, 0, COUNTRY_HEAD_CHARS)  # ("CEDAR BLUFF, Iowa — ...
    head = american.start() if american else COUNTRY_HEAD_CHARS  # Mexico": an American
    found = _COUNTRY_IN_HEAD.search(text, 0, head)  # story, whatever it names after)
    spans = [(0, head)] if american else [(0, head), (max(0, head - WORD_CHARS),
                                                   COUNTRY_LEAD_CHARS)]  # fmt: skip
    for (start, reach), by_first_word in zip(
        spans, (_HEAD_PLACES_BY_FIRST_WORD, _CALENDAR_NAMES_BY_FIRST_WORD), strict=False
    ):  # ("THIMPHU — ...": "Bhutan" further down; the lead from the head's last word on)
        if found is not None:  # (only a place named before it: "DILI — ... built in
            reach = min(reach, found.start())  # Indonesia" is a Timorese story)
        for word in _CAPITALISED.finditer(text, start, reach):
            names = by_first_word.get(word.group(0))
            named = _names_pattern(names).match(text, word.start()) if names else None
            if named is not None:  # (a word at a time: five times faster than one pattern)
                return _CALENDAR_PLACES[re.sub(r"\s+", " ", named.group(0))]
        if found is not None:
            return _COUNTRY_OF_PLACE.get(" ".join(found.group(0).split()))
    if agency := _NATIONAL_AGENCY.search(text, 0, COUNTRY_HEAD_CHARS):
        return _NATIONAL_AGENCIES[agency.group(1)]  # "CAN THO, Sept 24 (VNA) -": Vietnam's
    return None


# A national news agency's tag, for a head whose place is known to no calendar (a town of
# its own country, as its wire writes most): the agency's country
_NATIONAL_AGENCIES = {
    "VNA": "VN", "Hina": "HR", "TAP": "TN", "BSS": "BD", "APP": "PK", "PNA": "PH", "GNA": "GH",
    "TT": "SE", "NTB": "NO", "Ritzau": "DK", "STT": "FI", "MAP": "MA", "APS": "DZ", "KUNA": "KW",
    "QNA": "QA", "WAM": "AE", "SPA": "SA", "BNA": "BH", "ONA": "OM", "MENA": "EG", "PTI": "IN",
    "IANS": "IN", "Antara": "ID", "Bernama": "MY", "Yonhap": "KR", "Kyodo": "JP", "Jiji": "JP",
    "Xinhua": "CN", "Anadolu": "TR", "IRNA": "IR", "BTA": "BG", "MTI": "HU", "CTK": "CZ",
    "TASR": "SK", "PAP": "PL", "STA": "SI", "Tanjug": "RS", "Belga": "BE", "ANP": "NL",
    "dpa": "DE", "APA": "AT", "ANSA": "IT", "EFE": "ES", "Lusa": "PT", "AAP": "AU", "NAN": "NG",
    "ENA": "ET", "SUNA": "SD", "Notimex": "MX", "Telam": "AR", "Prensa Latina": "CU",
    "RSS": "NP", "Pajhwok": "AF", "Belta": "BY", "Ukrinform": "UA", "TASS": "RU",
    "ITAR-TASS": "RU", "Petra": "JO", "NNA": "LB", "SANA": "SY", "KPL": "LA", "AKP": "KH",
    "NZPA": "NZ", "Lanka Puvath": "LK",
}  # fmt: skip
_NATIONAL_AGENCY = re.compile(
    r"\((" + "|".join(sorted(map(re.escape, _NATIONAL_AGENCIES), key=len, reverse=True)) + r")\)"
)


COUNTRY_LEAD_CHARS = 1500  # the lead searched for a country when the head names none
WORD_CHARS = 40  # longer than any country name's first word
# An American head: a state or its AP abbreviation after a comma, or "U.S."
_US_HEAD = re.compile(
    r",[ \t]+(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|"
    r"Miss|Mo|Mont|Neb|Nev|N\.H|N\.J|N\.M|N\.Y|N\.C|N\.D|Okla|Ore|Pa|R\.I|S\.C|S\.D|Tenn|Tex|"
    r"Vt|Va|Wash|W\.Va|Wis|Wyo)\.|,[ \t]+(?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|"
    r"Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|"
    r"Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|"
    r"Nebraska|Nevada|New[ \t]+(?:Hampshire|Jersey|Mexico|York)|(?:North|South)[ \t]+"
    r"(?:Carolina|Dakota)|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode[ \t]+Island|Tennessee|Texas|"
    r"Utah|Vermont|Virginia|Washington|West[ \t]+Virginia|Wisconsin|Wyoming)\b|\bU\.S\."
)


# Other countries by name, from python-holidays' registry ("united_states": "United
# States"), whose public holidays it knows; not names that mean other things too.
_NOT_ONLY_COUNTRIES = frozenset({
    "Georgia", "Jordan", "Chad", "Turkey", "Guinea", "Jersey", "Guernsey", "Isle of Man",
})  # fmt: skip


def _country_name(module: str) -> str:
    """A country's name from its python-holidays module: "bosnia_and_herzegovina": "Bosnia
    and Herzegovina"."""
    return " ".join(word if word in ("and", "of", "the") else word.capitalize()
                    for word in module.split("_"))  # fmt: skip


_CALENDAR_COUNTRIES: dict[str, str] = {
    _country_name(module): names[1]
    for module, names in holiday_calendars.registry.COUNTRIES.items()
    if len(names[1]) == 2 and _country_name(module) not in _NOT_ONLY_COUNTRIES
}
_CALENDAR_NAMES_OF = {code: name for name, code in _CALENDAR_COUNTRIES.items()}  # "LA": "Laos"
# ... and the places that name them: "Windhoek" (Namibia), "Skopje", "Paraguayan"
_CALENDAR_CODES = frozenset(names[1] for names in holiday_calendars.registry.COUNTRIES.values())
_CALENDAR_PLACES: dict[str, str] = {
    **{place: code for code, places in COUNTRY_PLACES.items() for place in places
       if code in _CALENDAR_CODES},  # (with the Isle of Man's, which only its head names)
    **_CALENDAR_COUNTRIES,
}  # fmt: skip
_CALENDAR_PLACES.update({place.upper(): code for place, code in list(_CALENDAR_PLACES.items())})
# (in capitals too, as a dateline writes them: "HARARE —", "SANTO DOMINGO, Jan. 22")
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w-]*")


def _by_first_word(names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """`names` grouped by their first word, longest first in each group (one pass: the
    thousands of places would take a second at import grouped name by name)."""
    grouped: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        first = _CAPITALISED.match(name)  # (the word `head_country` reads: "N" of "N'Djamena",
        grouped.setdefault(first.group(0) if first else name.split()[0], []).append(name)  # "St"
        # of "St. Barths")
    return {first: tuple(group) for first, group in grouped.items()}


@functools.lru_cache(maxsize=1024)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of `names` (of one first word, longest first), compiled when a text first
    needs it: most of the thousands never are."""
    return re.compile("|".join(re.escape(name).replace(r"\ ", r"\s+") + r"\b" for name in names))


# Countries are looked for in the lead; their towns and peoples in the head only ("Analysts
# said ..., when Japanese jewellers buy heavily" is no Japanese story)
_CALENDAR_NAMES_BY_FIRST_WORD = _by_first_word(_CALENDAR_COUNTRIES)
_HEAD_PLACES_BY_FIRST_WORD = _by_first_word(_CALENDAR_PLACES)
_CALENDAR_LANGUAGES = holiday_calendars.list_localized_countries()
_UNOBSERVED = re.compile(r"\s*\((?:observed|estimated)\)|['’]|\bthe\s+")


_PLURAL_END = re.compile(r"(?<=[a-rt-z][a-z]{2})s\b")


def _calendar_key(name: str) -> str:
    """A holiday's name as python-holidays' and the text's are compared: lower case, no
    apostrophes, no "(observed)", "labor" for "labour"."""
    name = _UNOBSERVED.sub("", name.lower()).replace("labour", "labor")
    name = re.sub(r"\bsaints?\s+|\bst\.?\s+", "st ", name)  # "Saint George's Day": St George's
    name = _PLURAL_END.sub("", name)  # "National Sport Day": python-holidays' "Sports"
    return re.sub(r"\s+", " ", name).strip()


def _holiday_table(country: str, year: int, **options: object) -> dict[dt.date, str]:
    """python-holidays' days of `country` in `year` (in English where it has it), with
    `options` (a subdivision, categories); empty where it keeps none."""
    languages = _CALENDAR_LANGUAGES.get(country, [])
    language = "en_US" if "en_US" in languages else "en_GB" if "en_GB" in languages else None
    try:
        with warnings.catch_warnings():  # ("available only from 2001 to 2035")
            warnings.simplefilter("ignore")
            return dict(holiday_calendars.country_holidays(
                country, years=year, language=language, **options))  # type: ignore[arg-type]
    except (NotImplementedError, KeyError, ValueError):
        return {}


@functools.lru_cache(maxsize=1024)
def _calendar_days(country: str, year: int) -> dict[str, dt.date]:
    """The public holidays of `country` in `year` by their compared names (the first day of
    each, so a holiday of two days is its first), from python-holidays."""
    days = _holiday_table(country, year)
    found: dict[str, dt.date] = {}
    own = _CALENDAR_NAMES_OF.get(country, "")[:3]  # "Lao National Day": also "National Day"
    for day, names in sorted(days.items()):
        for name in names.split("; "):
            first, _, rest = name.partition(" ")
            for variant in _name_variants(name) + ([rest] if own and first[:3] == own else []):
                found.setdefault(_calendar_key(variant), day)
    return found


_OWNED_DAY = re.compile(r"[A-ZÀ-ÖØ-Þ][\w-]*['’]s[ \t]+([A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*[ \t]+Day)")
_DAY_OF_NAME = re.compile(r"(\S.*?[ \t]Day)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
_DAY_OF_PLACE = re.compile(r"Day of ([A-Z][\w-]+(?: [A-Z][\w-]+)?)(?:,|$)")
_BRACKETED = re.compile(r"(?P<before>.*?)\s*\((?P<inner>[^()]+)\)\s*(?P<after>.*)")


def _name_variants(name: str) -> list[str]:
    """A holiday's name as python-holidays writes it and as news copy may: "Independence
    (National) Day" is also "Independence Day" and "National Day"; "Birth Anniversary of
    the 4th Druk Gyalpo - Constitution Day" also "Constitution Day"."""
    variants = [name, *name.split(" - ")[1:], *name.split(", ")[:1]]  # ("Saint George's Day,
    # Day of the Bulgarian Army")
    variants += [f"{v[: -len('Anniversary')]}Day" for v in variants if v.endswith(" Anniversary")]
    # ("National Day - Independence Anniversary": Independence Day)
    variants += [v[len("National ") :] for v in variants
                 if v.startswith("National Independence ")]  # fmt: skip
    # ("National Independence Day": Independence Day; not "National Sport Day": "Sport
    # Day", which may name an app)
    variants += [found.group(1) for v in variants
                 if (found := _DAY_OF_NAME.match(v)) is not None]  # fmt: skip
    variants += [part for v in variants if " Day and " in v and v.endswith(" Day")
                 for part in v.split(" and ")]  # fmt: skip ("Flag Day and University Day")
    variants += [v.split(" Day and ")[0] + " Day" for v in variants
                 if " Day and " in v and not v.endswith(" Day")]  # fmt: skip ("Victory Day
    # and Commemoration of the heroes fallen for Independence of Fatherland": Victory Day)
    variants += [found.group(1) for v in variants
                 if (found := _OWNED_DAY.fullmatch(v)) is not None]  # fmt: skip
    variants += [v.rsplit(" ", 1)[0] for v in variants
                 if v in ("Christmas Day", "Easter Sunday")]  # fmt: skip
    variants += [f"{found.group(1)} Day" for v in variants
                 if (found := _DAY_OF_PLACE.match(v)) is not None]  # fmt: skip ("Day of
    # Portugal, Camões, and the Portuguese Communities": Portugal Day)
    # ("Christmas Day" on 7 January in Georgia: its "Christmas"; Orthodox "Easter Sunday")
    # ("Åland's Autonomy Day": Autonomy Day)
    # ("Independence Day of the Republic of Belarus (Day of the Republic)": Independence Day)
    name = _UNOBSERVED.sub("", name).strip()  # ("Chinese New Year (Spring Festival) (observed)")
    if (bracketed := _BRACKETED.fullmatch(name)) is not None:
        variants += [f"{bracketed['before']} {bracketed['after']}",
                     f"{bracketed['inner']} {bracketed['after']}"]  # fmt: skip
    return variants


FIXED_CHECK_YEARS = (2019, 2020, 2021)  # years a holiday on one day each year keeps it in


def calendar_holiday(country: str | None, name: str, year: int) -> Callable[[int], dt.date] | None:
    """The day of the holiday `name` in each year, for the country `country` (a two-letter
    code) by python-holidays, if it keeps one of that name in `year` or the next, or on one
    day each year (outside the years it keeps)."""
    if country is None or len(country) != 2:
        return None
    key = _calendar_key(name)
    told = _calendar_days(country, year).get(key) or _calendar_days(country, year + 1).get(key)
    if told is None and key not in _calendar_days(country, FIXED_CHECK_YEARS[0]) and (
        regional := _regional_day(country, key, year)
    ) is not None:  # a region's: "Territory Day" in an Australian story, the Northern
        return regional  # Territory's; "the Queen's Birthday" most states keep
    if told is None:  # a year the calendar does not keep ("Fiji Day" in 1984): a holiday on
        kept = {(day.month, day.day) for day in (  # the same day each year it keeps is on it
            _calendar_days(country, known).get(key) for known in FIXED_CHECK_YEARS) if day}
        if len(kept) != 1 or not all(
            key in _calendar_days(country, known) for known in FIXED_CHECK_YEARS
        ):
            return None
        month, day_of_month = kept.pop()
        told = safe_day(year, month, day_of_month) or dt.date(year, month, 28)

    def day_in(year: int) -> dt.date:
        # before or after the years it is kept: its day of the year told
        return (_calendar_days(country, year).get(key)
                or safe_day(year, told.month, told.day) or dt.date(year, told.month, 28))

    return day_in


def _regional_day(country: str, key: str, year: int) -> Callable[[int], dt.date] | None:
    """The day of a holiday that regions of `country` keep and the country does not, by
    python-holidays' subdivisions: the day most of those that keep it keep, each year."""
    if not _regional_days(country, year).get(key):
        return None

    found_in = year

    def day_in(year: int) -> dt.date:
        # (a region's day skips some years: "Asturias Day" in 2025; then the year it was
        # found in, moved to this one)
        kept = _regional_days(country, year).get(key)
        if kept:
            return max(set(kept), key=kept.count)
        known = max(set(days := _regional_days(country, found_in)[key]), key=days.count)
        return safe_day(year, known.month, known.day) or dt.date(year, known.month, 28)

    return day_in


@functools.lru_cache(maxsize=256)
def _regional_days(country: str, year: int) -> dict[str, list[dt.date]]:
    """The holidays of each of `country`'s subdivisions in `year` by compared name, each
    with the days the subdivisions keeping it keep it on."""
    found: dict[str, list[dt.date]] = {}
    for region in _SUBDIVISIONS.get(country, ()):
        days = _holiday_table(country, year, subdiv=region)
        seen: set[str] = set()
        for day, names in sorted(days.items()):
            for name in names.split("; "):
                for variant in _name_variants(name):
                    if (key := _calendar_key(variant)) not in seen:
                        seen.add(key)
                        found.setdefault(key, []).append(day)
    return found


_SUBDIVISIONS = holiday_calendars.list_supported_countries()


# What may follow a holiday's name: the year it is in ("by Christmas 2002")
_HOLIDAY_YEAR = r"(?:\s+(?:in\s+)?(?P<year>(?:1[89]|20)\d\d)\b)?"
# The holiday patterns fall in three, each with its own rule (`rules.py`), so that
# common words ("national", "world", "may", "year") open a window only where a
# "Day", "Friday", "Festival" or "Holiday" (or a "'s" after "year") follows them.
# Holidays known by a word of their own ("Christmas", "Nowruz", "the Day of the Dead")
HOLIDAY_NAME_RE = (r"(?:orthodox\s+(?:good\s+friday|holy\s+(?:thursday|saturday)|palm\s+sunday|"
              r"whit\s+(?:sunday|monday)|pentecost(?:\s+(?:sunday|monday))?|"
              r"christmas(?:\s+(?:day|eve))?)|"  # ("Orthodox Good Friday": the Julian one)
              r"christmas(?:\s+(?:day|eve))?|old\s+new\s+year|"
              r"thanksgiving(?:\s+day)?|fourth\s+of\s+july|july\s+fourth|halloween|"
              r"(?:(?:orthodox|catholic|western)\s+)?easter(?:\s+(?:sunday|monday|tuesday|saturday))?|"
              r"cyber\s+monday|"
              r"memorial\s+easter|radonitsa|"
              r"hogmanay|midsummer(?:['’]s)?\s+(?:eve|day)|"
              r"nowruz|navruz|nowrouz|norooz|nooruz|nauryz|"
              r"eid(?:[\s-]+(?:al|ul|el))?[\s-]+(?:fitr|adha)|idul\s+(?:fitri|adha)|"
              r"hari\s+raya\s+(?:aidilfitri|puasa|haji|aidiladha)|lebaran|"
              r"ethiopian\s+new\s+year(?:['’]s(?:\s+day)?)?|"
              r"chinese\s+new\s+year|lunar\s+new\s+year|gandhi\s+jayanti|"
              r"(?:the\s+)?(?:mid[\s-]autumn|mooncake|dragon\s+boat|duanwu|double\s+ninth)"
              r"\s+festival|"
              r"tet(?![\s-]+offensive)|"  # Vietnam's lunar new year (not 1968's attack)
              r"shrove\s+tuesday|ash\s+wednesday|mothering\s+sunday|"
              r"carnival\s+(?:monday|tuesday)|"
              r"palm\s+sunday|maundy\s+thursday|whit\s+(?:sunday|monday)|"
              r"whitsun(?:day(?![\s-]+(?:islands?|passage|coast|region)\b))?|"  # (a place)
              r"advent\s+sunday|diwali|deepavali|deepawali|"
              r"(?:the\s+)?(?:first|second|third|fourth)\s+sunday\s+(?:of|in)\s+advent|"
              r"holy\s+(?:thursday|saturday)|pentecost(?:\s+(?:sunday|monday))?|trinity\s+sunday|corpus\s+christi|"
              r"ólavsøka|olavsoka|olsok|(?:the\s+)?day\s+of\s+the\s+dead|"
              r"candlemas|(?:the\s+)?epiphany|michaelmas|totensonntag|juneteenth|"
              r"passover|pesach|rosh\s+hashanah?|yom\s+kippur|hanukk?ah|chanukk?ah|purim|"
              r"sukkot|shavuot|simchat\s+torah|tisha\s+b['’]?av)"
              + _HOLIDAY_YEAR)  # fmt: skip
# Holidays named by common words before "Day" (or "Friday", "Festival", "Holiday")
NAMED_DAY_RE = (r"(?:texas\s+independence\s+day|independence\s+day|"
              r"valentine's\s+day|groundhog\s+day|labor\s+day|memorial\s+day|"
              r"election\s+day|black\s+friday|"
              r"mother['’]s\s+day|father['’]s\s+day|boxing\s+day|good\s+friday|"
              r"spring\s+festival|lantern\s+festival|"
              r"(?:melbourne\s+)?cup\s+day|pancake\s+day|ascension\s+day|"
              r"st\.?\s+(?:patrick|joseph|stephen)['’]s\s+day|(?:bastille|anzac|australia|waitangi|canada|victoria|"
              r"remembrance|armistice|columbus|emancipation|youth|freedom|heritage|"
              r"reconciliation|mashujaa|madaraka|jamhuri|tiradentes|national|hangeul|hangul|"
              r"commerce|st\.?\s+wenceslas|victory|reunification|statehood|republic|capital|"
              r"proclamation|martyrs['’]?|kamuzu|lāčplēsis|lacplesis|reformation|town\s+meeting|"
              r"german\s+unity|earth|human\s+rights|united\s+nations|evacuation|separation|"
              r"labour|st\.?\s+casimir['’]s|independence\s+restoration|"
              r"world\s+(?:water|health|press\s+freedom|environment|refugee|food|aids|wetlands|cancer|"
              r"radio|wildlife|meteorological|tuberculosis|tb|autism\s+awareness|book|malaria|"
              r"red\s+cross|bee|no\s+tobacco|oceans|blood\s+donor|population|hepatitis|"
              r"humanitarian|suicide\s+prevention|tourism|rabies|teachers['’]|mental\s+health|"
              r"polio|diabetes|toilet|children['’]s|soil)|"
              r"international\s+(?:women['’]s|mine\s+awareness|nurses['’]?|youth|literacy))\s+day|"
              r"world\s+day\s+against\s+child\s+labou?r|international\s+day\s+of\s+(?:yoga|peace|"
              r"the\s+girl(?:\s+child)?|persons\s+with\s+disabilities)|"
              r"international\s+mother\s+language\s+day|greek\s+independence\s+day|"
              r"international\s+(?:labou?r|workers['’]?)\s+day|st\.?\s+(?:john|blaise|olaf)['’]s\s+day|"
              r"heroes['’]?\s+day|national\s+farmers['’]?\s+day|"
              r"all\s+s(?:aint|oul)s['’]\s+day|merdeka\s+day|bonifacio\s+day|king['’]s\s+day|"
              r"constitution\s+day|may\s+day|pakistan\s+day|kashmir\s+solidarity\s+day|"
              r"(?:(?:the\s+)?hksar\s+)?establishment\s+day|"
              r"veterans['’]?\s+day|"
              r"martin\s+luther\s+king(?:\s+jr\.?)?\s+day|"
              r"presidents['’]?\s+day|patriots['’]?\s+day|"
              r"(?:(?:the|its|their)\s+)?(?:spring|august|summer|(?:early\s+)?may)\s+bank\s+holiday"
              r"(?:\s+monday)?)" + _HOLIDAY_YEAR)  # fmt: skip
# "New Year's", "New Year's Day", "New Year's Eve"; the Caribbean's "Old Year's Night"
NEW_YEAR_RE = (r"(?:new\s+year['’]s(?:\s+(?:day|eve))?|old\s+year['’]s(?:\s+(?:day|night))?)"
               + _HOLIDAY_YEAR)
# "New Year" without "'s", capitalised: the holiday after a preposition ("home for New
# Year", "over the New Year") or before its holiday's noun ("the New Year break")
BARE_NEW_YEAR_RE = r"(?:the\s+)?new\s+year(?![\w'’-])" + _HOLIDAY_YEAR
_BARE_NEW_YEAR_BEFORE = re.compile(
    r"\b(?:for|over|by|until|till|before|after|since|around|through|into|from|during|of|"
    r"ahead\s+of|in\s+time\s+for)\s+$", FLAGS
)  # (not "at": "exchange presents at New Year", a habit)
# A preposition before "the new year", the year to come (not "the new year arrived", nor
# "to see in the new year", its first moment)
_NEW_YEAR_TO_COME_BEFORE = re.compile(
    r"(?<!\bsee[ \t])(?<!\bring[ \t])\b(?:in|into|until|till|by|before|after|of|from)\s+$",
    FLAGS)
NEW_YEAR_AHEAD_FROM_MONTH = 9  # from September, "the new year" is the one to come
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z]")
_YEAR_LATER_IN_CLAUSE = re.compile(r"[ \t]+(?:was|were)[ \t]+in[ \t]+((?:1[89]|20)\d\d)\b")
_CAPITALISED_NEW_YEAR = re.compile(r"New\s+Year")  # (case-sensitive: the name)
_BARE_NEW_YEAR_AFTER = re.compile(
    r"\s+(?:holidays?|break|period|weekend|celebrations?|festivities|recess|shutdown)\b", FLAGS
)
_OTHER_NEW_YEAR_BEFORE = re.compile(  # another calendar's: its own rules, or none
    r"\b(?:lunar|chinese|vietnamese|korean|tibetan|persian|iranian|jewish|islamic|hijri|"
    r"muslim|ethiopian|thai|khmer|cambodian|lao|sinhala|sinhalese|tamil|hindu|nepali|"
    r"orthodox|old|happy|a)\s+$", FLAGS
)


# A holiday's event, the subject of what is to come: "the Independence Day parade, a month
# away, would go ahead", "the Christmas market will open"
_AT_A_HOLIDAY_BEFORE = re.compile(r"\b(?:at|over|for|on|since|by|until|till)\s+(?:the\s+)?$")
_HOLIDAY_EVENT_AHEAD = re.compile(
    r"(?:['’]s)?[ \t]+(?!(?:he|she|it|they|we|i|you|there|this|that)\b)[a-z]+(?:[ \t]+[a-z]+)?"
    r"(?:,[^,.;]{1,40},)?[ \t]+(?:will|would|is[ \t]+"
    r"(?:expected|scheduled|set|due|likely|to))\b"
)
_FALLS_AFTER = re.compile(r"[ \t]+(?:falls|fall|comes|is|will\s+fall)[ \t]+(?:late|early|on)\b")
_ON_WEEKDAY_AFTER = re.compile(r",?\s+(?:on\s+|this\s+|last\s+)?(" + lx.WEEKDAY_RE + r")\b",
                               re.IGNORECASE)
_AS_IF_BEFORE = re.compile(r"\bas\s+(?:if|though)\s+it\s+(?:were|was)\s+$", FLAGS)
_LOOKING_AHEAD_TO = re.compile(
    r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|leading\s+up\s+to|in\s+time\s+for|"
    r"(?<!not\s)(?:until|till))\s+(?:at\s+least\s+)?(?:the\s+)?$",
    FLAGS,
)  # ("could stay closed until Easter", told in February: the Easter to come)
_WEEK_AFTER = re.compile(r"\s+(week|weekend)$", re.IGNORECASE)


_SEASON_NOUN_AFTER = re.compile(
    r"\s+(?:getaway|rush|shopping|shoppers|party|parties|tree|trees|cards?|markets?|lights|"
    r"decorations|spirit|songs?|carols?|jumpers?|pudding|trading|sales|travel|menu|"
    r"getaways|lunch|dinner|specials?|number|single|film|movie|episode|flowers|roses|"
    r"chocolates|gifts?|presents?|orders?|deliveries|boxes|hampers|baskets|parcels|"
    r"turkeys?|stocks?|trade|season|bonus(?:es)?|crowds|windows|staff|jobs|races?|regattas?|"
    r"cakes?|eggs?|bunny|bunnies|stockings?|crackers?|wreaths?|puddings|ornaments?|baubles?|"
    r"toys?|goods|items|products|catalogues?|rockets?|firecrackers?|resolutions?)\b"
)  # ("traders lose Christmas stock", "bought on credit for the Christmas trade", "has never
# won the Ólavsøka race": the festival's race, of any year; "the maker of blown-glass
# Christmas ornaments": things of the feast, no day)
# What is held for a feast, of its season when the name is no day's: "the Christmas
# concert" (not "the Christmas Day concert", "the Independence Day concert": on the day)
_HELD_FOR_IT_AFTER = re.compile(
    r"\s+(?:concerts?|displays?|illuminations|revues?|pantomimes?)\b"
)  # ("the sold-out New Year revue": a show of the season)
_DAY_IN_NAME = re.compile(r"\b(?:day|eve)\b", re.IGNORECASE)
_FATHER_BEFORE = re.compile(r"\bFather\s+$")
# The year a holiday falls in, told after it: ", which falls early this year", " last year"
_YEAR_TOLD_BEFORE = re.compile(r"\b(this|last|next)[ \t]+year['’]s[ \t]+$", FLAGS)  # "last
# year's Thanksgiving frame"
# A year's possessive names which feast's things: "this year's Christmas orders", "2086's"
_YEARS_BEFORE = re.compile(rf"{_YEAR_TOLD_BEFORE.pattern}|\b\d{{4}}['’]s[ \t]+$", FLAGS)
# The story's year told after a holiday: "on Christmas Eve that year"
_THAT_YEAR_AFTER = re.compile(
    r"[ \t]+(?:of[ \t]+)?(?:that|the[ \t]+same|that[ \t]+same)[ \t]+year\b"
)
_YEAR_TOLD_AFTER = re.compile(
    r"(?:,?[ \t]+(?:which|that)[ \t]+(?:falls?|fell|comes?|came|is|was|will[ \t]+(?:fall|come|be))"
    r"(?:[ \t]+(?:early|late|earlier|later))?)?[ \t]+(this|last|next)[ \t]+year\b",
    FLAGS,
)
# A holiday named by a weekday or a month ("Easter Monday", "August Thursday")
_DATE_WORD_IN_NAME = re.compile(rf"\b(?:{lx.WEEKDAY_NAME_RE}|{lx.MONTH_FULL}|eve|night)\b", FLAGS)


_APPOSED_TO_DAY = re.compile(
    r"\s*(?:[—–]|--|,)\s*(?:the\s+(?:day|night|weekend)\s+(?:after|before)\s+)?", FLAGS
)
# A month's day just before, then a comma or a dash: "Nov. 19, |National Day", "19
# November 2031 — |National Day"
_DAY_THEN_COMMA = re.compile(
    r"(?:\b[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?|\b\d{1,2}(?:st|nd|rd|th)?[ \t]+"
    r"[A-Z][a-z]{2,8}\.?)(?:,?[ \t]+\d{4})?[ \t]*(?:,|[—–]|--)[ \t]*$"
)
_COMMA_ONLY = re.compile(r"[ \t]*(?:,|[—–]|--)[ \t]*")
_HOLIDAY_LEAD = re.compile(r"(?:(last|next|this|every|each)\s+)?(?:(?:the|its|their)\s+)?", FLAGS)


# The day a holiday falls on, told after it: "Easter Sunday falls on April 16 this year"
_FALLS_ON_DAY_AFTER = re.compile(
    r"[ \t]+(?:falls|fell|falling|is|was|will\s+be)[ \t]+on[ \t]+"
    rf"(?P<month>(?i:{lx.MONTH_RE}))[ \t]*"
    r"(?P<day>\d{1,2})\b(?:(?![.;!?])[^\n]){0,12}?(?P<next>\bnext\s+year\b)?"
)


# The Texas city, not the feast: "in Corpus Christi", "Corpus Christi, Texas", "Corpus
# Christi Bay", "the Corpus Christi Caller-Times"
_CITY_BEFORE = re.compile(r"\b(?:in|from|to|near|(?<!feast\s)of)\s+$", FLAGS)
_CITY_AFTER = re.compile(r",?\s+(?:Texas|Tex\.|TX)\b|\s+[A-Z]|-based\b")


def _eve_of(holiday: Callable[[int], dt.date] | None) -> Callable[[int], dt.date] | None:
    """The eve of a country's holiday, when the country keeps it on another day than the
    common calendar's ("Christmas Eve" in Georgia, whose Christmas is on 7 January)."""
    if holiday is None or holiday(2001) == _HOLIDAYS["christmas"](2001):
        return None
    return lambda year: holiday(year) - dt.timedelta(days=1)


# The Islamic feasts by the names news copy gives them, as python-holidays names them; a
# country of the head that keeps them gives their day there, else Indonesia's calendar
_ISLAMIC_FEASTS = {
    **dict.fromkeys(("eid al-fitr", "eid ul-fitr", "eid el-fitr", "eid fitr", "idul fitri",
                     "hari raya aidilfitri", "hari raya puasa", "lebaran"), "Eid al-Fitr"),
    **dict.fromkeys(("eid al-adha", "eid ul-adha", "eid el-adha", "eid adha", "idul adha",
                     "hari raya haji", "hari raya aidiladha"), "Eid al-Adha"),
}
ISLAMIC_FEAST_COUNTRY = "ID"  # a calendar that keeps both feasts, with English names
# The Jewish holidays by the names news copy gives them, as python-holidays' Israel names
# them (its public, optional and school days: Purim and Hanukkah are no days off); the
# first whole day of each, as the calendar keeps it
_JEWISH_HOLIDAYS = {
    **dict.fromkeys(("passover", "pesach"), "Pesach"),
    **dict.fromkeys(("rosh hashanah", "rosh hashana"), "Rosh Hashanah"),
    **dict.fromkeys(("hanukkah", "hanukah", "chanukah", "chanukkah"), "Hanukkah"),
    "yom kippur": "Yom Kippur", "purim": "Purim", "sukkot": "Sukkot", "shavuot": "Shavuot",
    "simchat torah": "Simchat Torah / Shemini Atzeret", "tisha b'av": "Tisha B'Av",
    "tisha bav": "Tisha B'Av",
}
JEWISH_CALENDAR_COUNTRY = "IL"
HEBREW_CHECK_YEARS = (2001, 2002)  # years whose calendar shows python-holidays keeps a name
JEWISH_CATEGORIES = ("public", "optional", "school")  # (Purim and Hanukkah are no days off)


@functools.lru_cache(maxsize=256)
def _hebrew_days(year: int) -> dict[str, dt.date]:
    """The first day of each Jewish holiday in `year`, by python-holidays' name."""
    days = _holiday_table(JEWISH_CALENDAR_COUNTRY, year, categories=JEWISH_CATEGORIES)
    found: dict[str, dt.date] = {}
    last: dict[str, dt.date] = {}
    for day, names in sorted(days.items()):
        for name in names.split("; "):
            name = re.sub(r"\s*\((?:observed|estimated)\)", "", name)
            if name not in last or (day - last[name]).days > 1:
                found[name] = day  # the start of the year's last run of days ("Hanukkah"
            last[name] = day  # from 15 December, not its tail on 1 January)
    return found


def _jewish_holiday(name: str) -> Callable[[int], dt.date] | None:
    """The day of the Jewish holiday python-holidays calls `name` in each year, if it
    keeps one."""
    kept = next((day for year in HEBREW_CHECK_YEARS if (day := _hebrew_days(year).get(name))),
                None)  # fmt: skip
    if kept is None:
        return None

    def day_in(year: int) -> dt.date:
        return _hebrew_days(year).get(name) or kept.replace(year=year)  # (outside the
        # calendar's years, a day near it)

    return day_in


# Diwali by the names news copy gives it: the head's country's, else India's (kept for 2001
# to 2035 by python-holidays), else Singapore's
_DIWALI_NAMES = frozenset({"diwali", "deepavali", "deepawali"})
DIWALI_COUNTRIES = ("IN", "SG")
# A holiday named with its country's adjective: that country's ("Ethiopian New Year's Day",
# 11 or 12 September)
_NATIONAL_HOLIDAYS = {"ethiopian new year": ("ET", "Ethiopian New Year")}
UNANCHORED_HOLIDAY_YEAR = 2020  # with no paper, a year whose calendars keep today's holidays
# (Latvia's Restoration of Independence Day is kept from 2002)


_WEEKDAY_ENDING = re.compile(rf"\b{lx.WEEKDAY_NAME_RE}$", FLAGS)  # "White Sunday"


def _on_named_weekday(
    holiday: Callable[[int], dt.date], weekday: int
) -> Callable[[int], dt.date]:
    """A holiday named by its weekday on that weekday: python-holidays keeps Samoa's
    White Sunday by the Monday off after it."""

    def day_in(year: int) -> dt.date:
        day = holiday(year)
        return day - dt.timedelta(days=(day.weekday() - weekday) % 7)

    return day_in


# Holidays whose name ends in a part of the day ("Old Year's Night"): the whole day
_NAMES_WITH_A_PART = tuple(name for name in _HOLIDAYS
                           if name.endswith((" morning", " afternoon", " evening", " night")))
_PART_AFTER = re.compile(r"\s+(morning|afternoon|evening|night)$", re.IGNORECASE)


_TET = re.compile(r"\btet\b")
_TET_NAME = re.compile(r"\bTet\b")


# A place or a war named after a holiday: "Christmas Island", "Easter Road", "the Yom Kippur
# War", "the Easter Rising"
_PLACE_NAMED_AFTER = re.compile(
    r"[ \t]+(?:Island(?:er)?s?|Isle|Atoll|Creek|Bay|Cove|Lake|Point|Range|Valley|Street|Road|"
    r"War|Offensive|Rising|Uprising|Revolution)\b"  # (and a war: "the Yom Kippur War")
)


def norm_holiday(m: re.Match[str], ctx: Context) -> Resolution | None:
    """A holiday's day (`_holiday_day`); with a part of the day after it ("Christmas
    morning", "Thanksgiving night") that part of that day."""
    if _TET.search(m.group(0).lower()) and not _TET_NAME.search(m.group(0)):
        return None  # Vietnam's holiday is written "Tet" (no "tet", no "TET" acronym)
    if _PLACE_NAMED_AFTER.match(ctx.text, m.end()):
        return None  # "Christmas Island", "Easter Islanders", "Christmas Creek": a place
    part = _PART_AFTER.search(m.group(0))
    if part is None or " ".join(m.group(0).lower().replace("’", "'").split()).endswith(
        _NAMES_WITH_A_PART
    ):
        return _holiday_day(m, ctx)  # ("Old Year's Night": a name of the day, as "Eve" is)
    day = m.re.match(ctx.text, m.start(), m.start() + part.start())
    answer = _holiday_day(day, ctx) if day is not None else None
    if answer is None or day is None:
        return None
    if answer.type is not DATE or not DAY_VALUE.fullmatch(answer.value):
        return replace(answer, trim=day.span())  # ("every Christmas morning": the holiday's)
    return Resolution(TIME, f"{answer.value}T{lx.PARTS_OF_DAY[part.group(1).lower()]}",
                      answer.mod)  # fmt: skip


def norm_bare_new_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    """"New Year" as the holiday, 1 January: after a preposition ("most will be home for
    New Year") or before its holiday's noun ("the New Year break"); not another
    calendar's ("Lunar New Year") nor a greeting ("a happy New Year")."""
    before = ctx.text[max(0, m.start() - 16) : m.start()]
    if _CAPITALISED_NEW_YEAR.search(m.group(0)) is None:  # no holiday's name: the year to
        # come, after a preposition, told in a year's last months ("out of action until the
        # new year", "in the new year"; earlier in a year it is the one begun, or the moment
        # it began: "in the first minutes of the new year")
        if ctx.anchor is not None and ctx.anchor.month >= NEW_YEAR_AHEAD_FROM_MONTH and (
            m.group(0).lower().startswith("the") and _NEW_YEAR_TO_COME_BEFORE.search(before)
            and not _BARE_NEW_YEAR_AFTER.match(ctx.text, m.end())
        ):  # (not "after the new year holidays", a feast's)
            return Resolution(DATE, str(ctx.anchor.year + 1))
        return None
    if _OTHER_NEW_YEAR_BEFORE.search(before) or _CAPITALISED_AFTER.match(ctx.text, m.end()):
        return None  # (nor a name: "the New Year Grand Sumo Tournament")
    if not (_BARE_NEW_YEAR_BEFORE.search(before) or _BARE_NEW_YEAR_AFTER.match(ctx.text, m.end())):
        return None
    if (year_after := _YEAR_LATER_IN_CLAUSE.match(ctx.text, m.end())) is not None:
        return Resolution(DATE, f"{year_after.group(1)}-01-01")  # "The last time it was
        # closed over New Year was in 2061": that year's
    return _holiday_day(m, ctx)


def _holiday_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    text, period = m.group(0), ""
    if (week := _WEEK_AFTER.search(text)) is not None:  # "Easter week", "Thanksgiving weekend"
        text, period = text[: week.start()], week.group(1).lower()
    led = _HOLIDAY_LEAD.match(text)  # (always matches: both parts are optional)
    modifier, name = ((led.group(1) or "").lower(), text[led.end() :]) if led else ("", text)
    if not name[:1].isupper() and not name.lower().endswith(
        ("bank holiday", "bank holiday monday")
    ) and not name.endswith("Advent"):  # ("the first Sunday of Advent")
        return None  # "christmas" in lower case is not a name in news copy
    named_year = m.group("year")
    if named_year:  # "by Christmas 2002": that year's
        name = re.sub(r"\s+(?:in\s+)?\d{4}$", "", name)
    name = re.sub(r"(?<=holiday) monday$", "", name, flags=FLAGS)
    key = re.sub(r"\s+", " ", name.lower()).replace("’", "'").replace(".", "")
    key = key.removeprefix("the ") if key.endswith(" advent") else key
    key = re.sub(r" jr(?= day$)", "", key)
    key = re.sub(r"^(veterans|presidents|patriots)'? day$", r"\1' day", key).replace(
        "veterans' day", "veterans day")
    key = re.sub(r" (?:day|sunday)$", "", key) if key not in _HOLIDAYS else key
    key = "new year's" if key in ("new year's day", "new year") else key
    year = ctx.anchor.year if ctx.anchor else UNANCHORED_HOLIDAY_YEAR
    key = re.sub(r"[\s-]+", " ", key).replace("eid al ", "eid al-").replace("eid ul ", "eid ul-")
    key = key.replace("eid el ", "eid el-")  # ("Eid-ul-Fitr", "Eid al Fitr": "eid ul-fitr")
    if (feast := _ISLAMIC_FEASTS.get(key)) is not None:
        name = feast
    national = _NATIONAL_HOLIDAYS.get(re.sub(r"'s(?: day)?$", "", key))
    jewish = _JEWISH_HOLIDAYS.get(key.replace("’", "'"))
    diwali = key in _DIWALI_NAMES
    holiday = (
        (diwali and (calendar_holiday(ctx.country, "Diwali", year) or next(
            (found for country in DIWALI_COUNTRIES
             if (found := calendar_holiday(country, "Diwali", year)) is not None), None)))
        or (national and calendar_holiday(national[0], national[1], year))
        or (jewish and _jewish_holiday(jewish))
        or (feast and calendar_holiday(ctx.country, feast, year))
        or (feast and calendar_holiday(ISLAMIC_FEAST_COUNTRY, feast, year))
        or _COUNTRY_HOLIDAYS.get((ctx.country or "", key))
        or calendar_holiday(ctx.country, name, year)
        or (key == "christmas eve" and _eve_of(calendar_holiday(ctx.country, "Christmas", year)))
        or _HOLIDAYS.get(key)
    )
    if holiday is not None and (named_weekday := _WEEKDAY_ENDING.search(name)):
        holiday = _on_named_weekday(holiday, lx.WEEKDAYS[named_weekday.group(0).lower()])
    if key in _LUNAR_NAMES and _LUNAR_STORY.search(
        ctx.text, max(0, m.start() - LUNAR_REACH), m.end() + LUNAR_REACH
    ):
        holiday = _LUNAR_NAMES[key]  # "the reunion dinners on New Year's Eve", in a story of
        # Chinese New Year: the lunar year's eve
    if (
        ctx.text[m.start() - 1 : m.start()] == " "
        and ctx.text[max(0, m.start() - 2) : m.start() - 1].isalpha()
        and (person := lx.person_before(ctx.text, m.start()))
        and (lx.PERSON_AFTER.match(ctx.text, m.end()) or person.group("first"))
    ) or (
        text[:1].isupper()
        and (ctx.text[max(0, m.start() - 2) : m.start()] == ", "
             or m.start() == 0 or ctx.text[m.start() - 1] == "\n"
             or ctx.text[max(0, m.start() - 2) : m.start()] in (". ", '" ', "” "))
        and lx.SAYING_AFTER.match(ctx.text, m.end())
    ):
        return None  # "MP Mark Easter, who tabled", "said Chief Financial Officer Dale
        # Christmas.", "..., Christmas said": a surname
    if key == "corpus christi" and (
        _CITY_BEFORE.search(ctx.text, max(0, m.start() - 6), m.start())
        or _CITY_AFTER.match(ctx.text, m.end())
    ):
        return None  # "in Corpus Christi, Texas", "the Corpus Christi Caller-Times": the city
    if holiday is None and _DAY_THEN_COMMA.search(ctx.text, max(0, m.start() - 30), m.start()):
        # "on Nov. 19, National Day, when ...": a day no calendar we have keeps by that name
        # (Monaco's is its prince's day), named by the day it is apposed to
        if ctx.reference is None:
            return Resolution(DATE, "XXXX-XX-XX")  # (no day read yet: not one known)
        if 0 <= ctx.reference_day_end <= m.start() and _COMMA_ONLY.fullmatch(
            ctx.text, ctx.reference_day_end, m.start()
        ):
            return Resolution(DATE, ctx.reference.isoformat(), anaphoric=True)
    if holiday is None or _AS_IF_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
        return None  # ("counted down as if it were New Year's Eve": a likeness, no date)
    if not period and (
        _SEASON_NOUN_AFTER.match(ctx.text, m.end()) and not _DATE_WORD_IN_NAME.search(name)
        and not _YEARS_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        or _HELD_FOR_IT_AFTER.match(ctx.text, m.end()) and not _DAY_IN_NAME.search(name)
        or _FATHER_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    ):  # "the Christmas getaway", "Christmas shopping", "Father Christmas": the season's
        return None  # doings or a figure, not the day (but "won the August Monday race
        # yesterday" keeps its day: without it the month and the weekday were read alone)
    if modifier in ("every", "each"):  # "every Fourth of July": each year's, a SET
        if holiday(2001).strftime("%m-%d") == holiday(2002).strftime("%m-%d"):
            return Resolution(SET, holiday(2001).strftime("XXXX-%m-%d"))
        return Resolution(SET, "P1Y")  # ("every Easter": a day a year)
    if named_year:
        return Resolution(DATE, holiday(int(named_year)).isoformat())
    if ctx.anchor is not None and (year_told := _YEAR_TOLD_AFTER.match(ctx.text, m.end())
                                   or _YEAR_TOLD_BEFORE.search(
                                       ctx.text, max(0, m.start() - 16), m.start())):
        # "bookings for Easter, which falls early this year", "sales at Easter last year"
        step = lx.YEAR_WORD_SHIFT[year_told.group(1).lower()]
        return Resolution(DATE, holiday(ctx.anchor.year + step).isoformat())
    if _THAT_YEAR_AFTER.match(ctx.text, m.end()) and (
        year_told_before := TOLD_YEAR.match(ctx.reference_value or "")
    ) and ctx.anchor is not None and int(year_told_before.group(0)) < ctx.anchor.year:
        # "That October, he told the couple ... He refunded €1,000 on Christmas Eve that
        # year": 2072's (not the paper's own year, told by its dateline or this week's day)
        return Resolution(DATE, holiday(int(year_told_before.group(1))).isoformat())
    if ctx.anchor is not None and (falls := _FALLS_ON_DAY_AFTER.match(ctx.text, m.end())):
        month = lx.month_number(falls.group("month"))
        fits = [holiday(year) for year in range(ctx.anchor.year - 1, ctx.anchor.year + 2)
                if (holiday(year).month, holiday(year).day) == (month, int(falls.group("day")))]
        anchor = ctx.anchor
        if fits and falls.group("next"):
            return Resolution(DATE, fits[-1].isoformat())
        if fits:  # "Easter Sunday falls on April 16 this year": the year it does, the
            # nearest the paper when every year's does ("its Christmas fell on Jan. 7")
            return Resolution(DATE, min(fits, key=lambda d: abs((d - anchor).days)).isoformat())
    if ctx.reference is not None and ctx.reference_day_end >= 0 and _APPOSED_TO_DAY.fullmatch(
        ctx.text, ctx.reference_day_end, m.start()
    ):  # "on Oct. 15, 2024 — the day after Thanksgiving": the holiday near that day
        told = ctx.reference
        nearest = min((holiday(year) for year in (told.year - 1, told.year, told.year + 1)),
                      key=lambda day: abs((day - told).days))  # fmt: skip
        return Resolution(DATE, nearest.isoformat(), anaphoric=True)  # (that day stays the
        # one times after it are on)
    if ctx.anchor is None:
        return Resolution(DATE, "XXXX" + holiday(2000).strftime("-%m-%d"))
    if not modifier and (opening := opening_year(ctx, m.start())) is not None:
        if period == "week":  # "Last year we still took the dogs out at Easter", "In 2039
            return Resolution(DATE, week_value(holiday(opening)))  # it froze at Christmas":
        if not period:  # the year the sentence opens with
            return Resolution(DATE, holiday(opening).isoformat())
    if not period and (on_weekday := _ON_WEEKDAY_AFTER.match(ctx.text, m.end())):
        weekday = lx.weekday_number(on_weekday.group(1))
        fits = [day for year in (ctx.anchor.year - 1, ctx.anchor.year, ctx.anchor.year + 1)
                if (day := holiday(year)).weekday() == weekday]  # fmt: skip
        anchor = ctx.anchor
        if fits:  # "marking Independence Day on Wednesday, 1 October": the year it was one
            return Resolution(DATE, min(fits, key=lambda d: abs((d - anchor).days)).isoformat())
    if modifier == "this" and not period:  # "should rise about 6 percent this Christmas"
        anchor = ctx.anchor  # (told in November): the one nearest the paper, whatever the
        # tense of its sentence
        nearest = min((holiday(year) for year in range(anchor.year - 1, anchor.year + 2)),
                      key=lambda day: abs((day - anchor).days))  # fmt: skip
        return Resolution(DATE, nearest.isoformat())
    tense = {"last": Tense.PAST, "next": Tense.FUTURE}.get(modifier) or ctx.tense(
        m.start(), m.end())  # fmt: skip
    if not modifier and LASTED_UNTIL.search(ctx.text, max(0, m.start() - 40), m.start()):
        tense = Tense.PAST  # "Some of my neighbors waited until Christmas": a wait that is over
    elif not modifier and _FALLS_AFTER.match(ctx.text, m.end()):
        tense = Tense.PRESENT  # "Because Easter falls late, ... than they did": this year's
    elif not modifier and _HOLIDAY_EVENT_AHEAD.match(ctx.text, m.end()) and not (
        _AT_A_HOLIDAY_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start())
    ):
        tense = Tense.FUTURE  # "said the provincial Independence Day parade, a month away,
        # would go ahead": the holiday's event is to come
    elif not modifier and _LOOKING_AHEAD_TO.search(
        ctx.text, max(0, m.start() - 24), m.start()
    ):
        # "grew worse ahead of Christmas" in October: the one to come, unless one just past
        last = holiday(ctx.anchor.year if holiday(ctx.anchor.year) <= ctx.anchor
                       else ctx.anchor.year - 1)  # fmt: skip
        if tense is not Tense.PAST or (ctx.anchor - last).days > AHEAD_OF_PAST_DAYS:
            tense = Tense.FUTURE
    near = 0 if modifier in {"last", "next"} else HOLIDAY_NEAR_DAYS

    def interval(year: int) -> tuple[dt.date, dt.date]:
        day = holiday(year)
        return day, day

    year = pick_year(ctx.anchor, tense, interval, near_days=near)
    if period == "week":
        return Resolution(DATE, week_value(holiday(year)))
    if period == "weekend":
        day = holiday(year)
        if day.weekday() == 0:  # a Monday holiday's weekend leads up to it: Memorial Day
            return Resolution(DATE, week_value(day - dt.timedelta(days=2)) + "-WE")
        if day.weekday() >= SATURDAY:  # "the Easter weekend": the one its Sunday is in
            return Resolution(DATE, week_value(day) + "-WE")
        friday_after = day + dt.timedelta(days=(4 - day.weekday()) % 7)  # its weekend
        return Resolution(DATE, week_value(friday_after) + "-WE")
    return Resolution(DATE, holiday(year).isoformat())
