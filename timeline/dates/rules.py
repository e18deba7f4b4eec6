"""The date grammar: one regular expression per family of expressions, with its normaliser.

Patterns find spans as TimeML draws them (determiners and modifiers in, prepositions
out). Every pattern is linear: alternations of fixed words with bounded repetition, no
nested quantifiers, so pathological input cannot make them backtrack.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from timeline.dates import lexicon as lx
from timeline.dates.anchor import month_day_date, month_year, pick_year, weekday_date
from timeline.dates.calendar import (
    month_end,
    quarter_of,
    safe_day,
    shift_months,
    shift_quarter,
    week_value,
)
from timeline.dates.tense import Tense, tense_at
from timeline.models import TimexType

FLAGS = re.IGNORECASE


@dataclass
class Context:
    """What a normaliser may look at: the text, the anchor date and the last date seen."""

    text: str
    anchor: dt.date | None
    reference: dt.date | None = None  # last day-precise date mentioned (for "the next day")
    reference_value: str | None = None  # last DATE value mentioned (for "a year earlier")
    _tenses: dict[int, Tense] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense:
        if start not in self._tenses:
            self._tenses[start] = tense_at(self.text, start, end)
        return self._tenses[start]


@dataclass(frozen=True)
class Resolution:
    """A normaliser's answer; `trim` narrows the matched span (start, end) when set."""

    type: TimexType
    value: str
    mod: str | None = None
    trim: tuple[int, int] | None = None
    anaphoric: bool = False  # resolved from the last date mentioned: not a new reference


Normaliser = Callable[[re.Match[str], Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    normalise: Normaliser
    priority: int = 0  # breaks ties between equally long overlapping matches


DATE, TIME, DURATION, SET = TimexType.DATE, TimexType.TIME, TimexType.DURATION, TimexType.SET

_POINT_MOD = r"(?:(?:early|mid|late)[\s-]*|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)"
_YEAR_MOD = re.compile(r"\b(early|mid|late|end|beginning|start|middle)\b", FLAGS)
_QUANT_MOD = re.compile(rf"^(?:{lx.QUANT_MOD_RE})\b", FLAGS)
_YEAR_IN = re.compile(r"(?<![\d,.$])(1[0-9]\d\d|20\d\d)(?!\d)")
_DAY_IN = re.compile(r"(?<![\d,])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])")


def _point_mod(text: str) -> str | None:
    match = _YEAR_MOD.search(text)
    if not match:
        return None
    return {"early": "START", "beginning": "START", "start": "START", "mid": "MID",
            "middle": "MID", "late": "END", "end": "END"}[match.group(1).lower()]  # fmt: skip


def _quant_mod(text: str) -> str | None:
    match = _QUANT_MOD.search(text)
    return lx.QUANT_MODS.get(re.sub(r"\s+", " ", match.group(0).lower())) if match else None


def _day_value(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None


def _strip_year(text: str) -> str:
    return _YEAR_IN.sub(" ", text)


# --- absolute dates ---------------------------------------------------------------------


def _full_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    year_match = _YEAR_IN.search(text)
    month = lx.month_number(re.sub(lx.WEEKDAY_RE, " ", text, flags=FLAGS))
    day_match = _DAY_IN.search(_strip_year(text))
    if not (year_match and month and day_match):
        return None
    value = _day_value(safe_day(int(year_match.group(1)), month, int(day_match.group(1))))
    return Resolution(DATE, value) if value else None


def _month_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    month = lx.month_number(re.sub(lx.WEEKDAY_RE, " ", text, flags=FLAGS))
    day_match = _DAY_IN.search(text)
    if not (month and day_match) or not _month_word_ok(m, ctx, bare=False):
        return None
    day = int(day_match.group(1))
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}-{day:02d}")
    date = month_day_date(ctx.anchor, ctx.tense(m.start(), m.end()), month, day)
    return Resolution(DATE, date.isoformat()) if date else None


def _month_year(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    year_match = _YEAR_IN.search(text)
    month = lx.month_number(text)
    if not (year_match and month):
        return None
    return Resolution(DATE, f"{year_match.group(1)}-{month:02d}", _point_mod(text))


_AMBIGUOUS_MONTHS = {"may", "march", "jan", "mar", "jun", "aug", "dec", "sep"}
_MONTH_CONTEXT = re.compile(
    r"(?:\b(?:in|since|until|till|by|from|through|during|of|before|after|early|late|mid|"
    r"last|next|this|past|to|and|or|between|on|each|every)\s*-?$)", FLAGS
)


_MONTH_PREFIX = re.compile(
    r"^(?:(?:the|this|past|last|next|early|late|mid|of|end|beginning|start|middle)[\s-]+)+",
    FLAGS,
)


def _month_word_ok(m: re.Match[str], ctx: Context, *, bare: bool) -> bool:
    """Reject "may" the verb, "march" the verb, "Jan" the name: a month needs a capital
    and, when it stands bare, a preposition before it if it is also an ordinary word."""
    text = re.sub(rf"^{lx.WEEKDAY_RE},?\s+", "", m.group(0), flags=FLAGS)
    stripped = _MONTH_PREFIX.sub("", text)
    word = re.match(r"[A-Za-z]+", stripped)
    if word is None:
        return False
    token = word.group(0)
    if not token[0].isupper():
        return False
    if not bare or len(stripped) < len(text) or token.lower() not in _AMBIGUOUS_MONTHS:
        return True
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    return bool(_MONTH_CONTEXT.search(before))


def _month(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    month = lx.month_number(text)
    if month is None or not _month_word_ok(m, ctx, bare=True):
        return None
    mod = _point_mod(text)
    lowered = text.lower()
    if ctx.anchor is None:
        return Resolution(DATE, f"XXXX-{month:02d}", mod)
    if "last year" in lowered:
        year = ctx.anchor.year - 1
    elif "next year" in lowered:
        year = ctx.anchor.year + 1
    elif "this year" in lowered:
        year = ctx.anchor.year
    elif re.match(r"this\s+(?!past)", lowered):
        year = ctx.anchor.year
    elif re.match(r"(?:last|this\s+past)\b", lowered):
        year = ctx.anchor.year - 1 if month >= ctx.anchor.month else ctx.anchor.year
    elif lowered.startswith("next"):
        year = ctx.anchor.year + 1 if month <= ctx.anchor.month else ctx.anchor.year
    else:
        year = month_year(ctx.anchor, ctx.tense(m.start(), m.end()), month)
    return Resolution(DATE, f"{year:04d}-{month:02d}", mod)


def _iso_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    year, month, day = (int(x) for x in m.group(0)[:10].split("-"))
    value = _day_value(safe_day(year, month, day))
    return Resolution(DATE, value) if value else None


def _numeric_date(m: re.Match[str], ctx: Context) -> Resolution | None:
    first, second, year_text = m.group(0).split("/")
    year = int(year_text)
    if len(year_text) == 2:
        year += 1900 if year >= 50 else 2000
    a, b = int(first), int(second)
    month, day = (a, b) if a <= 12 else (b, a)  # month first, unless impossible
    value = _day_value(safe_day(year, month, day))
    return Resolution(DATE, value) if value else None


_NOT_A_YEAR_AFTER = re.compile(
    r"^\s*(?:%|percent|people|persons|employees|workers|shares|troops|soldiers|students|"
    r"members|cars|jobs|tons|miles|feet|meters|dollars|yen|marks|units|points|votes|"
    r"pounds|acres|households|families|homes|men|women|children|residents|copies|"
    r"barrels|times|to\s+\d|-\d|[-–]\d|\d|:\d|[a-z]*-(?:foot|meter|mile)|years?\b|"
    r"hours|degrees)",
    FLAGS,
)


def _year(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    before = ctx.text[max(0, m.start() - 3) : m.start()]
    if re.search(r"[$#£€]\s*$|No\.\s*$|\d[,.]$", before):
        return None
    if _NOT_A_YEAR_AFTER.match(ctx.text[m.end() : m.end() + 16]):
        return None
    year_match = _YEAR_IN.search(text)
    if year_match is None:
        return None
    return Resolution(DATE, year_match.group(1), _point_mod(text))


def _decade(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    mod = _point_mod(text)
    if digits := re.search(r"(\d{2,4})0'?s", text):
        number = digits.group(1)
        century = "19" if len(number) == 1 else ""
        if len(number) == 1:
            number = century + number
        return Resolution(DATE, number[-3:] if len(number) >= 3 else "19" + number[-1], mod)
    for word, tens in lx.DECADE_WORDS.items():
        if word in text:
            return Resolution(DATE, f"19{tens}", mod)
    return None


def _century(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    number_match = re.search(r"(\d{1,2})(?:st|nd|rd|th)", text)
    number = int(number_match.group(1)) if number_match else None
    if number is None:
        for word, value in lx.ORDINALS.items():
            if word in text:
                number = value
    if not number:
        return None
    return Resolution(DATE, f"{number - 1:02d}", _point_mod(text))


# --- quarters, halves, seasons ------------------------------------------------------------


def _relative_year(text: str, anchor: dt.date | None) -> int | None:
    """The year a phrase names: explicit, or "this/last/next year"."""
    if year_match := _YEAR_IN.search(text):
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


def _quarter(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    ordinal = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\b|q([1-4])|([1-4])q",
                        text)  # fmt: skip
    number = None
    if ordinal:
        word = ordinal.group(1)
        digit = ordinal.group(2) or ordinal.group(3)
        number = int(digit) if digit else {"first": 1, "second": 2, "third": 3, "fourth": 4,
                                           "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[word]  # fmt: skip
    year = _relative_year(text, ctx.anchor)
    if ctx.anchor is None:
        return Resolution(DATE, f"{year or 'XXXX'}-Q{number or 'X'}")
    current_q = quarter_of(ctx.anchor.month)
    ref_quarter = (
        int(ctx.reference_value[-1])
        if ctx.reference_value and re.match(r"^\d{4}-Q[1-4]$", ctx.reference_value)
        else None
    )
    if number is None and year is not None and re.search(r"\d{4}|year's", text):
        if ref_quarter is None:
            return Resolution(DATE, f"{year:04d}") if "period" in text else None
        return Resolution(DATE, f"{year:04d}-Q{ref_quarter}")
    if number is None:
        if re.search(r"\b(?:next|coming|following)\b", text):
            y, q = shift_quarter(ctx.anchor.year, current_q, 1)
        elif re.search(r"\b(?:current|this)\b", text):
            y, q = ctx.anchor.year, current_q
        elif re.search(r"\b(?:last|previous|past|prior)\b", text):
            y, q = shift_quarter(ctx.anchor.year, current_q, -1)
        else:  # "the quarter", "the latest quarter": the one most recently reported
            y, q = shift_quarter(ctx.anchor.year, current_q, -1)
            if ctx.reference_value and re.match(r"^\d{4}-Q[1-4]$", ctx.reference_value):
                y, q = int(ctx.reference_value[:4]), int(ctx.reference_value[-1])
        if re.search(r"year-(?:ago|earlier)|year\s+(?:ago|earlier)", text):
            y -= 1
        return Resolution(DATE, f"{y:04d}-Q{q}")
    if year is None:
        past = ctx.tense(m.start(), m.end()) is Tense.PAST
        year = ctx.anchor.year
        if number > current_q and past:
            year -= 1
    return Resolution(DATE, f"{year:04d}-Q{number}")


def _half(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    number = 1 if re.search(r"\b(?:first|front)\b", text) else 2
    year = _relative_year(text, ctx.anchor)
    if year is None:
        if ctx.anchor is None:
            return Resolution(DATE, f"XXXX-H{number}")
        year = ctx.anchor.year
        if number == 2 and ctx.anchor.month <= 6 and ctx.tense(m.start(), m.end()) is Tense.PAST:
            year -= 1
    return Resolution(DATE, f"{year:04d}-H{number}")


def _season(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0).lower()
    season = next((code for word, code in lx.SEASONS.items() if re.search(rf"\b{word}\b", text)),
                  None)  # fmt: skip
    if season is None:
        return None
    has_modifier = re.search(r"\b(?:this|last|next|past|early|late|mid|coming)\b|\d", text)
    before = ctx.text[max(0, m.start() - 10) : m.start()].lower()
    if not has_modifier and not re.search(r"\b(?:in|during|by|until|since|this)\s*$", before):
        return None  # "the fall in prices", "a long winter"
    if text.startswith("the fall") and re.match(r"\s+(?:of|in)\s+(?!\d)", ctx.text[m.end() :]):
        return None
    mod = _point_mod(text)
    year = _relative_year(text, ctx.anchor)
    if year is None and ctx.anchor is not None:
        year = ctx.anchor.year
        first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
        if re.search(r"\b(?:last|past)\b", text):
            year -= 1 if first_month > ctx.anchor.month or "last" in text else 0
        elif "next" in text:
            year += 1 if first_month <= ctx.anchor.month else 0
        elif season == "WI" and ctx.anchor.month <= 2:
            year -= 1
    return Resolution(DATE, f"{year if year else 'XXXX'}-{season}", mod)


# --- weekdays and days relative to the anchor -------------------------------------------

_DAY_PART = re.compile(r"\b(morning|afternoon|evening|night|overnight)\b", FLAGS)


def _with_part_of_day(value: str, text: str) -> tuple[TimexType, str]:
    part = _DAY_PART.search(text)
    if part is None:
        return DATE, value
    return TIME, f"{value}T{lx.PARTS_OF_DAY[part.group(1).lower()]}"


def _weekday(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    weekday = lx.weekday_number(text)
    if weekday is None:
        return None
    if re.search(r"(?:day)s\b", text, FLAGS) and not text.lower().startswith(("last", "next")):
        part = _DAY_PART.search(text)
        suffix = f"T{lx.PARTS_OF_DAY[part.group(1).lower()]}" if part else ""
        return Resolution(SET, f"XXXX-WXX-{weekday + 1}{suffix}")
    lowered = text.lower()
    modifier = next((mod for mod in ("this past", "the previous", "the following", "the next",
                                     "last", "next", "this coming", "coming", "this")
                     if lowered.startswith(mod)), "")  # fmt: skip
    mod = "START" if lowered.startswith(("early", "earlier")) else None
    mod = "END" if lowered.startswith(("late", "later")) else mod
    if modifier in {"the previous", "the following"} and ctx.reference is not None:
        anchor = ctx.reference
    else:
        anchor = ctx.anchor
    if anchor is None:
        return Resolution(DATE, f"XXXX-WXX-{weekday + 1}", mod)
    date = weekday_date(anchor, ctx.tense(m.start(), m.end()), weekday, modifier)
    _, value = _with_part_of_day(date.isoformat(), text)
    return Resolution(DATE, value, mod)  # TimeBank types "Friday night" as a DATE


_RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _relative_day(m: re.Match[str], ctx: Context) -> Resolution | None:
    lowered = m.group(0).lower()
    offset = 0
    if "day before yesterday" in lowered:
        offset = -2
    elif "day after tomorrow" in lowered:
        offset = 2
    elif "last night" in lowered:
        offset = -1
    else:
        offset = next((v for k, v in _RELATIVE_DAYS.items() if k in lowered), 0)
    mod = "START" if lowered.startswith(("early ", "earlier ")) else None
    mod = "END" if lowered.startswith(("late ", "later ")) else mod
    if lowered.startswith(("mid-", "mid ")):
        mod = "MID"
    if ctx.anchor is None:
        return Resolution(DATE, "PRESENT_REF" if offset == 0 else "XXXX-XX-XX", mod)
    value = (ctx.anchor + dt.timedelta(days=offset)).isoformat()
    if "tonight" in lowered:
        return Resolution(TIME, f"{value}TNI", mod)
    kind, value = _with_part_of_day(value, lowered)
    return Resolution(kind, value, mod)


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


def _unit_of(text: str) -> str | None:
    words = re.findall(r"[a-z]+", text.lower())
    for word in reversed(words):
        stem = "century" if word == "centuries" else word.rstrip("s") if word != "days" else "day"
        if stem in lx.UNITS or stem == "fortnight":
            return stem
    return None


def _relative_unit(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    lowered = re.sub(r"\s+", " ", text.lower())
    unit = _unit_of(lowered.replace("fiscal year", "year"))
    if unit is None:
        return None
    mod = _point_mod(re.sub(r"\b(?:last|this|next)\b.*", "", lowered))
    if re.match(r"(?:earlier|early)\b", lowered) and "this" in lowered:
        mod = "START"
    elif re.match(r"(?:later|late)\b", lowered) and "this" in lowered:
        mod = "END"
    if re.search(r"\b(?:previous|following|same|that|the next|the prior)\b", lowered):
        anchor = ctx.reference or ctx.anchor
        if "that" in lowered or "same" in lowered:
            delta = 0
        else:
            delta = -1 if re.search(r"\b(?:previous|prior)\b", lowered) else 1
        if "that" in lowered and unit == "year" and ctx.reference_value:
            return Resolution(DATE, ctx.reference_value[:4], mod)
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
    return Resolution(DATE, value, mod, anaphoric=anaphoric) if value else None


def _ago(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    lowered = text.lower()
    unit = _unit_of(re.sub(r"\b(?:ago|earlier|later|before|after|from now|hence)\b", "",
                           lowered))  # fmt: skip
    quantity_text = re.sub(rf"^(?:{lx.QUANT_MOD_RE})\s+", "", lowered, flags=FLAGS)
    number = lx.parse_number(quantity_text.split(" ")[0] if quantity_text.startswith(("a ", "an "))
                             else quantity_text)  # fmt: skip
    mod = _quant_mod(lowered)
    if unit is None:
        return None
    forward = bool(re.search(r"\b(?:later|after|from now|hence)\b", lowered))
    relative_to_reference = bool(re.search(r"\b(?:earlier|later|before|after)\b", lowered))
    anchor = (ctx.reference or ctx.anchor) if relative_to_reference else ctx.anchor
    if unit == "year" and number == 1 and ctx.reference_value and not forward:
        ref = ctx.reference_value
        if re.match(r"^\d{4}-(?:Q[1-4]|H[12])$", ref):  # "a year ago" = same period
            return Resolution(DATE, f"{int(ref[:4]) - 1:04d}{ref[4:]}", mod, anaphoric=True)
    if number is None or anchor is None:
        granular = {"year": "XXXX", "decade": "XXX", "month": "XXXX-XX", "week": "XXXX-WXX"}
        value = granular.get(unit, "XXXX-XX-XX")
        if anchor is not None and unit in {"year", "decade", "century"}:
            value = f"{anchor.year // {'year': 1, 'decade': 10, 'century': 100}[unit]:d}"
            value = value[:-1] + "X" if unit == "year" else value
        return Resolution(DATE, "PAST_REF" if not forward and number is None else value, mod)
    sign = 1 if forward else -1
    if number != int(number):
        return None
    count = int(number) * sign
    if unit in {"second", "minute", "hour"}:
        return Resolution(DATE, anchor.isoformat(), mod)
    value = _unit_value(anchor, unit, count * (lx.UNITS[unit][1] if unit == "fortnight" else 1))
    return Resolution(DATE, value, mod, anaphoric=relative_to_reference) if value else None


def _year_ago(m: re.Match[str], ctx: Context) -> Resolution | None:
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
    return Resolution(DATE, f"{ctx.anchor.year - 1:04d}", anaphoric=True)


# --- durations, sets, times, vague references -------------------------------------------


_FRACTION_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}


def _duration_value(number: float | None, unit: str) -> str:
    """TIMEX3 duration: "two years" P2Y, "24 hours" PT24H, "2 1/2 years" P2Y6M."""
    letter, multiplier, is_time = lx.UNITS[unit]
    prefix = "PT" if is_time else "P"
    if number is None:
        return f"{prefix}X{letter}"
    total = number * multiplier * (2 if unit == "weekend" else 1)
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
    if is_time and letter == "M":
        return f"PT{whole}M{round((total - whole) * 60)}S"
    return f"{prefix}{total:g}{letter}"


def _duration(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    lowered = re.sub(r"\s+", " ", text.lower())
    unit = _unit_of(re.sub(r"[- ](?:long|old)$", "", lowered))
    if unit is None:
        return None
    core = re.sub(rf"^(?:{lx.QUANT_MOD_RE})\s+", "", lowered, flags=FLAGS)
    core = re.sub(r"^the\s+", "", core)
    core = re.sub(r"^(?:past|last|next|first|coming|final|previous|following|ensuing|"
                  r"additional|initial|entire|full|whole|remaining|same|other|recent)\s+",
                  "", core)  # fmt: skip
    quantity = re.split(r"[- ](?=" + lx.UNIT_RE + r")", core, maxsplit=1, flags=FLAGS)[0]
    number = lx.parse_number(quantity) if quantity != core else None
    if quantity in {"a", "an"}:
        number = 1
    if number is not None and lowered.endswith("and a half") and number == int(number):
        number += 0.5
    if lowered in {"the last twenty four hours", "the past twenty four hours",
                   "the last 24 hours", "the past 24 hours"}:  # fmt: skip
        return Resolution(DURATION, "P1D")
    return Resolution(DURATION, _duration_value(number, unit), _quant_mod(lowered))


def _bare_units(m: re.Match[str], ctx: Context) -> Resolution | None:
    """'for years', 'in recent weeks', 'months': an unspecified number of units."""
    lowered = m.group(0).lower()
    before = ctx.text[max(0, m.start() - 12) : m.start()].lower()
    if re.search(r"\b(?:recent|past)\b", lowered) and "years" in lowered and "the" not in lowered:
        return Resolution(DATE, "PAST_REF")
    if "recent" in lowered:
        return Resolution(DATE, "PAST_REF")
    quantified = re.search(r"\b(?:several|many|few|some|past|last|next|coming)\b", lowered)
    if not quantified and not re.search(r"\b(?:for|in|within|over|took|takes|take)\s+$", before):
        return None
    unit = _unit_of(lowered)
    return Resolution(DURATION, _duration_value(None, unit)) if unit else None


_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
              "quarterly": "P1Q", "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H",
              "biweekly": "P2W", "semiannually": "P6M"}  # fmt: skip


def _set(m: re.Match[str], ctx: Context) -> Resolution | None:
    lowered = re.sub(r"\s+", " ", m.group(0).lower())
    if lowered in _SET_WORDS:
        return Resolution(SET, _SET_WORDS[lowered])
    trim = None
    if match := re.search(r"\ba (?:day|week|month|year)\b", lowered):
        trim = (m.start() + match.start(), m.end())
        lowered = match.group(0)
    if (weekday := lx.weekday_number(lowered)) is not None:
        return Resolution(SET, f"XXXX-WXX-{weekday + 1}", trim=trim)
    if (month := lx.month_number(lowered)) is not None:
        return Resolution(SET, f"XXXX-{month:02d}", trim=trim)
    unit = _unit_of(lowered)
    if unit is None:
        return None
    number = lx.parse_number(lowered.split(" ", 1)[1]) if re.search(r"\d| (?:two|three)", lowered)\
        else 1  # fmt: skip
    return Resolution(SET, _duration_value(number, unit), trim=trim)


def _clock_time(m: re.Match[str], ctx: Context) -> Resolution | None:
    text = m.group(0)
    lowered = text.lower()
    mod = _quant_mod(lowered)
    if "noon" in lowered or "midday" in lowered:
        hour, minute = 12, 0
    elif "midnight" in lowered:
        hour, minute = 24, 0
    else:
        clock = re.search(r"(\d{1,2})(?::(\d{2}))?\s*([ap])?", lowered)
        if clock is None:
            return None
        hour, minute = int(clock.group(1)), int(clock.group(2) or 0)
        if clock.group(3) == "p" and hour < 12:
            hour += 12
        if clock.group(3) == "a" and hour == 12:
            hour = 0
        if hour > 24 or minute > 59:
            return None
    day: dt.date | None = ctx.anchor
    rest = re.sub(r"^[^a-z]*(?:a\.m\.|p\.m\.|am|pm|noon|midnight|midday)", "", lowered)
    if (weekday := lx.weekday_number(rest)) is not None and ctx.anchor is not None:
        day = weekday_date(ctx.anchor, ctx.tense(m.start(), m.end()), weekday)
    elif (month := lx.month_number(rest)) is not None and ctx.anchor is not None:
        day_match = _DAY_IN.search(rest)
        day = month_day_date(ctx.anchor, ctx.tense(m.start(), m.end()), month,
                             int(day_match.group(1))) if day_match else day  # fmt: skip
    elif "yesterday" in rest and ctx.anchor is not None:
        day = ctx.anchor - dt.timedelta(days=1)
    elif "tomorrow" in rest and ctx.anchor is not None:
        day = ctx.anchor + dt.timedelta(days=1)
    prefix = day.isoformat() if day else "XXXX-XX-XX"
    return Resolution(TIME, f"{prefix}T{hour:02d}:{minute:02d}", mod)


_VAGUE = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "presently": "PRESENT_REF", "at present": "PRESENT_REF",
    "these days": "PRESENT_REF", "right now": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "recent": "PAST_REF",
    "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
    "once": "PAST_REF", "the future": "FUTURE_REF", "future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "soon": "FUTURE_REF", "a later date": "FUTURE_REF",
    "shortly": "FUTURE_REF",
}  # fmt: skip


def _vague(m: re.Match[str], ctx: Context) -> Resolution | None:
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
    return Resolution(DATE, value)


# --- the rule table -----------------------------------------------------------------------

M, WD, D, Y = lx.MONTH_RE, lx.WEEKDAY_RE, lx.DAY_RE, lx.YEAR_RE
N, U, Q = lx.NUMBER_RE, lx.UNIT_RE, lx.QUANT_MOD_RE
_UNIT_SINGULAR = r"(?:second|minute|hour|day|night|week|fortnight|weekend|month|quarter|year|decade|century)"  # noqa: E501
_REL_YEAR = rf"(?:{Y}|this\s+year|last\s+year|next\s+year|the\s+year|fiscal\s+{Y})"
_QMODS = (r"fiscal|latest|current|comparable|year-ago|year-earlier|previous|last|this|next|"
          r"past|same|recent|most\s+recent|corresponding|following|final|prior|"
          r"calendar|first|second|third|fourth|1st|2nd|3rd|4th")  # fmt: skip


def _rule(name: str, pattern: str, normalise: Normaliser, priority: int = 0) -> Rule:
    return Rule(name, re.compile(pattern, FLAGS), normalise, priority)


RULES: tuple[Rule, ...] = (
    _rule("full_date", rf"\b(?:{WD},?\s+)?(?:{M}\s*{D},?\s*{Y}|(?:the\s+)?{D}\s+(?:of\s+)?{M},?"
          rf"\s*{Y})(?!\d)", _full_date, 5),  # fmt: skip
    _rule("month_day", rf"\b(?:{WD},?\s+)?(?:{M}\s*{D}\b(?!\s*(?:%|percent|,\d{{3}}|:\d))|"
          rf"(?:the\s+)?{D}\s+(?:of\s+)?{M}(?!\w))", _month_day, 4),  # fmt: skip
    _rule("month_year", rf"\b{_POINT_MOD}?{M},?\s+(?:of\s+)?{Y}", _month_year, 4),
    _rule("month", rf"\b(?:{_POINT_MOD}|(?:this\s+past|last|this|next)\s+)?{M}(?!\w)"
          r"(?:\s+(?:this|last|next)\s+year)?", _month, 2),  # fmt: skip
    _rule("iso_date", r"\b\d{4}-\d{2}-\d{2}(?:T[\d:]+)?\b", _iso_date, 6),
    _rule("numeric_date", r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])", _numeric_date, 6),
    _rule("year", rf"(?<![\d$.,-])(?:(?:the\s+)?{_POINT_MOD})?(?:(?:fiscal(?:\s+year)?|calendar"
          rf"(?:\s+year)?|the\s+year|model\s+year)\s+)?{Y}(?!\s*-\s*\d)", _year, 1),  # fmt: skip
    _rule("decade", rf"\b(?:the\s+)?{_POINT_MOD}?(?:(?:1[0-9]|20)?\d0'?s|'\d0s|(?:{'|'.join(lx.DECADE_WORDS)}))\b",  # noqa: E501
          _decade, 3),
    _rule("century", rf"\b(?:the\s+)?{_POINT_MOD}?(?:\d{{1,2}}(?:st|nd|rd|th)|{lx.ORDINAL_RE})"
          r"[\s-]century\b", _century, 3),  # fmt: skip
    _rule("quarter", rf"\b(?:the\s+)?(?:(?:{_QMODS})[\s-]+){{0,4}}(?:fiscal[\s-]+)?quarter\b(?![\s-]*(?:century|-to-|of\s+(?:a|an|the)\b))"
          rf"(?:\s+of\s+{_REL_YEAR})?|\b(?:the\s+)?(?:(?:{_QMODS})[\s-]+){{0,2}}quarter\s+"
          rf"(?:last|this|next)\s+year\b|\b(?:the\s+)?(?:{Y}|(?:last|this|next)\s+year's)\s+"
          rf"(?:(?:{_QMODS})[\s-]+){{0,2}}(?:quarter|period)\b|\bthe\s+(?:latest|comparable|"
          r"corresponding|same|year-ago|year-earlier)\s+period(?:\s+(?:last|a)\s+year)?\b|\bQ[1-4](?:\s+{Y})?\b|\b[1-4]Q(?:\d\d)?\b",
          _quarter, 3),  # fmt: skip
    _rule("half", rf"\b(?:the\s+)?(?:first|second|latter|front|back)[\s-]+half\b"
          rf"(?:\s+of\s+{_REL_YEAR})?", _half, 3),  # fmt: skip
    _rule("season", rf"\b(?:(?:this\s+past|this|last|next|the|early|late|mid|the\s+coming)"
          rf"[\s-]+){{0,2}}(?:spring|summer|fall|autumn|winter)\b(?:\s+(?:of\s+)?{Y})?",
          _season, 2),  # fmt: skip
    _rule("weekday", rf"\b(?:(?:last|next|this\s+past|this\s+coming|this|coming|the\s+previous|"
          rf"the\s+following|the\s+next|early|late|earlier|later)\s+)?{WD}s?(?!\w)(?:\s+"
          r"(?:morning|afternoon|evening|night)s?\b)?", _weekday, 2),  # fmt: skip
    _rule("relative_day", r"\b(?:(?:early|late|earlier|later|mid)[\s-]+)?(?:the\s+day\s+before"
          r"\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow)"
          r"(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?:(?:early|late|earlier|later)\s+)?"
          r"(?:this|last)\s+(?:morning|afternoon|evening|night)\b", _relative_day, 2),
    _rule("relative_unit", rf"\b(?:(?:early|late|mid|earlier|later)[\s-]+(?:in\s+)?)?"
          r"(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+)?(?:this\s+past|the\s+past|"
          r"the\s+last|the\s+previous|the\s+prior|the\s+next|the\s+coming|the\s+following|"
          r"the\s+current|the\s+same|last|this|next|past|coming|previous|current|that)\s+"
          rf"(?:fiscal\s+)?{_UNIT_SINGULAR}\b|\b(?:earlier|later)\s+in\s+the\s+"
          r"(?:week|month|year)\b|\bthe\s+day\s+(?:before|after)(?=\s*[,.;])",
          _relative_unit, 2),  # fmt: skip
    _rule("ago", rf"\b(?:(?:{Q})\s+)?{N}[\s-]+{U}(?:\s+or\s+so)?\s+(?:ago|earlier|later|"
          r"from\s+now|hence)\b|\b(?:(?:" + Q + rf")\s+)?{N}\s+{U}\s+(?:before|after)(?=\s*[,.;])",
          _ago, 4),  # fmt: skip
    _rule("year_ago", r"\b(?:the\s+)?(?:comparable\s+|same\s+)?year[\s-](?:ago|earlier|before)"
          r"(?:[\s-]+(?:(?:first|second|third|fourth)[\s-]+)?(?:quarter|period))?\b",
          _year_ago, 3),  # fmt: skip
    _rule("duration", rf"\b(?:(?:{Q})\s+|the\s+)?(?:(?:past|last|next|first|"
          r"coming|final|previous|following|ensuing|additional|initial|entire|full|whole|"
          rf"remaining|other)\s+)?(?:{N}|\d+\s+\d/\d)(?:\s+more)?[\s-]+{U}"
          r"(?:\s+and\s+a\s+half)?(?:[\s-]long)?\b(?![\s-]+old\b)",
          _duration, 1),  # fmt: skip
    _rule("bare_units", r"\b(?:(?:the\s+)?(?:past|last|next|coming|recent|previous|ensuing|"
          r"following)\s+)?(?:several\s+|many\s+|few\s+|some\s+)?(?:years|months|weeks|days|"
          r"decades|hours|minutes)\b(?:\s+and\s+(?:months|years|weeks))?", _bare_units, 0),
    _rule("set", rf"\b(?:daily|nightly|weekly|monthly|quarterly|annually|yearly|hourly|biweekly|"
          rf"semiannually|(?:every|each|per)\s+(?:other\s+)?(?:{N}\s+)?(?:{U}|{WD}|"
          rf"{lx.MONTH_FULL})|(?:once|twice|times)\s+(?:a|per)\s+(?:day|week|month|year))\b",
          _set, 3),  # fmt: skip
    _rule("clock_time", rf"\b(?:(?:{Q})\s+)?(?:\d{{1,2}}(?::\d{{2}})?\s*(?:a\.m\.|p\.m\.|a\.m\b|"
          r"p\.m\b|am\b|pm\b)|(?<![\d.,])\d{1,2}:\d{2}(?![\d:])|noon|midnight|midday)"
          r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|ET|local\s+time))?"
          rf"(?:,?\s+(?:on\s+)?(?:{WD}|today|tonight|yesterday|tomorrow|{M}\s*{D}\b))?",
          _clock_time, 3),  # fmt: skip
    _rule("vague", r"\b(?:now|currently|current|nowadays|presently|at\s+present|these\s+days|"
          r"right\s+now|recently|lately|recent|the\s+past|previously|formerly|the\s+near\s+"
          r"future|the\s+future|future|soon|a\s+later\s+date)\b", _vague, 0),  # fmt: skip
)
