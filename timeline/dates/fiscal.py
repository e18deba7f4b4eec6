"""Fiscal calendars: the month a text's fiscal year ends in, and the calendar months of
its fiscal quarters, halves and years.

A company whose year ends on March 31 reports "the third quarter" for October-December
and "fiscal 2027" (or "FY27") for April 2026-March 2027. TimeBank labels a fiscal
quarter by its number and the calendar year it ends in ("the fiscal first quarter",
ended Sept. 30, 1989: 1989-Q1), and a fiscal year by the year it ends in ("fiscal
1989": 1989); those labels are the values, and the calendar interval comes from here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from timeline.dates import lexicon as lx
from timeline.dates.calendar import month_end, safe_day

# The text says when its fiscal year ends or begins: "the fiscal year ending March 31",
# "its financial year to the end of January", "fiscal 1998, which begins Oct. 1", "for
# the year ended June 30, 2026", "the April-March financial year".
_DECLARED = re.compile(
    r"\b(?:(?:fiscal|financial)[\s-]+(?:year|(?:19|20)\d\d)s?|FY\s?['’]?\d\d(?:\d\d)?|"
    r"(?:the|its|their)\s+(?:full[\s-]+)?year)"
    r",?\s+\(?(?:that\s+|which\s+)?"  # ("fiscal 2061 (to March 31, 2062)")
    r"(?:(?P<end>end(?:s|ed|ing)?|clos(?:es|ed|ing)|(?:runs?\s+|running\s+)?(?:to|until|through))"
    r"|(?P<begin>begin(?:s|ning)?|began|start(?:s|ed|ing)?|(?:runs?\s+|running\s+)?from))"
    r"\s+(?:on\s+|in\s+)?(?:the\s+end\s+of\s+|(?:early|late)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    # a year of weeks: "ends on the last Saturday of September", "the Sunday nearest to"
    rf"(?:the\s+(?:last\s+{lx.WEEKDAY_NAME_RE}\s+(?:of|in)|{lx.WEEKDAY_NAME_RE}\s+"
    r"(?:closest|nearest)(?:\s+to)?)\s+)?"
    rf"(?P<month>{lx.MONTH_RE})\b(?P<day>\.?\s*\d{{1,2}}\b)?"
    r"|\b(?P<first>" + lx.MONTH_RE + r")[\s-]*(?:to[\s-]+)?(?P<last>" + lx.MONTH_RE + r")"
    r"\s+(?:fiscal|financial)\s+year\b"
    # "by March 31, the end of the fiscal year"
    rf"|\b(?P<apposed>{lx.MONTH_RE})\s*\d{{1,2}},?\s+(?:which\s+is\s+)?the\s+(?:end|last\s+day)"
    r"\s+of\s+(?:the|its|their)\s+(?:fiscal|financial)\s+year\b"
    # "the three months to December 31, the first quarter of its financial year"
    r"|\b(?:three|six)\s+months\s+(?:to|ended|ending)\s+(?:\d{1,2}\s+)?"
    rf"(?P<part_month>{lx.MONTH_RE})\s*(?:\d{{1,2}}\b)?,?\s+(?:the|its)\s+"
    r"(?P<ordinal>first|second|third|fourth)\s+(?P<part>quarter|half)\s+of\s+(?:the|its|their)"
    r"\s+(?:fiscal|financial)\s+year\b",
    re.IGNORECASE,
)
# Countries whose fiscal years end early in the year, by the code `head_country` or the
# head gives: India and Japan end theirs on March 31, Australia on June 30.
_COUNTRY_YEAR_END = {"IN": 3, "JP": 3, "AU": 6}
_JAPAN = re.compile(r"\b(?:Japan|Japanese|Tokyo|TOKYO|Osaka|OSAKA|Nikkei|JST)\b")
_AUSTRALIA = re.compile(r"\b(?:Australian?|SYDNEY|MELBOURNE|Sydney|Melbourne|Brisbane|Perth|"
                        r"Canberra|ASX|AEST|AEDT|AWST)\b")  # fmt: skip
_NAMED_YEAR = re.compile(r"(?:fiscal|financial)[\s-]+((?:19|20)\d\d)|FY\s?['’]?(\d\d(?:\d\d)?)",
                         re.IGNORECASE)  # fmt: skip
# What every declaration holds, one literal-led pattern each (over lowercased text)
_CUES = (
    ("fiscal", re.compile(r"fiscal")),
    ("financial", re.compile(r"financial")),
    ("fy", re.compile(r"\bfy\s?['’]?\d\d")),
    ("year", re.compile(r"year,?\s+(?:that\s+|which\s+)?(?:end|clos|to\b|through|beg|start|"
                        r"from|run)")),
)
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial\s+year|FY\s?['’]?\d\d)", re.IGNORECASE)
# "the first quarter of" before "fiscal 2033, which ended January 31": the quarter's end
_PART_OF_BEFORE = re.compile(
    r"\b(?P<ordinal>first|second|third|fourth)[\s-]+(?P<part>quarter|half)\s+of\s+$",
    re.IGNORECASE,
)
CUE_BEFORE, CUE_AFTER = 60, 120  # characters a declaration reaches around its cue word
HEAD_CHARS = 600  # the head (section label, title, dateline) that names a country
LATE_START_DAY = 20  # a year that begins on June 30 is one of weeks ending in June
SENTENCE_REACH = 200  # characters before a declaration that may tell whose year it is
_NEW_ITEM = re.compile(r"\s*(?:Separately|Elsewhere|In\s+other\s+(?:news|results)|Also)\b")
# A government's or central bank's year (a budget's): its economy's figures are by
# calendar quarter.
_GOVERNMENT = re.compile(
    r"\b(?:budget(?![\s-]+(?:airlines?|carriers?|hotels?|chains?|brands?|retailers?|"
    r"supermarkets?|travel|flights?|range|options?|phones?|fares?))|deficit|government|ministry|minister|treasury|parliament|lawmakers|"
    r"legislature|congress|federal|taxpayers|central\s+bank|reserve\s+bank|lending\s+rate|"
    r"interest\s+rates?|inflation|GDP|economy|economic\s+growth)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class FiscalYear:
    """A text's fiscal year: the month it ends in; from where on the text's bare quarters
    and halves ("the third quarter") are fiscal ones (those named "fiscal" always are);
    none of them are if it is a government's (its economy's quarters are the calendar's)."""

    end_month: int
    since: int = 0
    bare: bool = True
    # 1 when its years are named by the year they begin in ("fiscal 2018, which ended on
    # Feb. 2, 2019"; Japan's "fiscal 2025", April 2025 to March 2026), else 0
    shift: int = 0


def fiscal_year(
    text: str, country: str | None = None, anchor: dt.date | None = None
) -> FiscalYear | None:
    """The text's fiscal year, if the text tells one that ends in another month than
    December (or, for a text that speaks of fiscal years, its country's usual one);
    `anchor`, the paper's date, tells by which year a declaration names it: the first
    declaration that tells that (else, for a Japanese text, by the year it begins in)."""
    declared: FiscalYear | None = None
    for found in _declarations(text):
        part_of = _PART_OF_BEFORE.search(text, max(0, found.start() - 30), found.start())
        if found.group("part") or part_of and found.group("end") and found.group("month"):
            # a quarter or half that ends in that month: the year ends the rest of the year
            # later ("the first quarter of fiscal 2033, which ended January 31": October)
            source = found if found.group("part") else part_of
            assert source is not None
            ends = lx.month_number(found.group("part_month") or found.group("month"))
            number = lx.ORDINALS[source.group("ordinal").lower()]
            quarter = source.group("part").lower() == "quarter"
            months_left = 3 * (4 - number) if quarter else 6 * (2 - number)
            month = None if ends is None or months_left < 0 else (ends + months_left - 1) % 12 + 1
        elif found.group("last") or found.group("apposed"):
            month = lx.month_number(found.group("last") or found.group("apposed"))
        else:
            month = lx.month_number(found.group("month"))
            if month is None:
                continue
            day = re.sub(r"\D", "", found.group("day") or "")
            if found.group("begin") and not (day and int(day) >= LATE_START_DAY):
                month = (month - 2) % 12 + 1  # begins in April: ends in March (not "began
                # June 30": a year of weeks that ends late in June)
            elif not found.group(0).lower().startswith(("fiscal", "financial", "fy")) and (
                not day and "end" not in found.group("end").lower()
            ):
                continue  # "the year to March" without a day: a rolling period, maybe
        if declared is not None and _NEW_ITEM.match(text, text.rfind("\n\n", 0, found.start()) + 1):
            break  # (another company's, in a round-up's next item: not this one's naming)
        if month is None or declared is not None and month != declared.end_month:
            continue
        if month == 12:
            return None
        shift = _label_shift(text, found, anchor)
        if declared is None:
            # The whole text's, unless told in a new item of a round-up ("Separately,
            # Dorrance said net income for fiscal 1991, which ended Aug. 31, rose"): from
            # there on
            paragraph = text.rfind("\n\n", 0, found.start()) + 1
            since = paragraph if _NEW_ITEM.match(text, paragraph) else 0
            opening = max(text.rfind(". ", 0, found.start()) + 1, found.start() - SENTENCE_REACH)
            sentence = text[max(opening, 0) : found.end()]
            public = _GOVERNMENT.search(sentence) or _GOVERNMENT.search(text, 0, HEAD_CHARS)
            declared = FiscalYear(month, since, public is None)
        if shift is not None:
            return replace(declared, shift=shift)
    if declared is not None:
        return replace(declared, shift=int(_head_country(text, country) == "JP"))
    lowered = text.lower()
    if not ("fiscal" in lowered or ("fy" in lowered or "financial" in lowered)
            and _FISCAL_WORD.search(text)):  # fmt: skip
        return None  # (cheap literal tests first)
    country = _head_country(text, country)
    month = _COUNTRY_YEAR_END.get(country or "")
    return FiscalYear(month, shift=int(country == "JP")) if month else None


def _head_country(text: str, country: str | None) -> str | None:
    """`country`, else the country whose fiscal year the text's head suggests."""
    if country is not None:
        return country
    head = text[:HEAD_CHARS]
    return "JP" if _JAPAN.search(head) else "AU" if _AUSTRALIA.search(head) else None


# The year written after a declaration's month and day: "(to March 31, 2062)"
_YEAR_AFTER = re.compile(r",?[ \t]*((?:19|20)\d\d)\b")


def _label_shift(text: str, found: re.Match[str], anchor: dt.date | None) -> int | None:
    """1 when a declaration names a fiscal year by the year it begins in: "fiscal 2018,
    which ended on Feb. 2" told in March 2019, whose Feb. 2 is 2019's, "fiscal 2060,
    which ended in March" told in August 2061, "fiscal 2061 (to March 31, 2062)"; 0 when
    by the year it ends in; None when the declaration does not tell."""
    named = _NAMED_YEAR.match(found.group(0))
    month = lx.month_number(found.group("month") or "")
    if named is None or month is None:
        return None
    year = full_year(named.group(1) or named.group(2))
    day = re.sub(r"\D", "", found.group("day") or "")
    verb = (found.group("end") or found.group("begin") or "").lower()
    if (written := _YEAR_AFTER.match(text, found.end())) is not None:
        bound: dt.date | None = safe_day(int(written.group(1)), month, int(day or 1))
    elif anchor is None:
        return None
    else:
        days = [
            d for y in (year - 1, year, year + 1)
            if (d := safe_day(y, month, int(day) if day else month_end(y, month).day))
        ]  # fmt: skip
        over = verb.endswith("ed") or verb == "began"
        bound = (max((d for d in days if d <= anchor), default=None) if over
                 else min((d for d in days if d >= anchor), default=None))  # fmt: skip
    if bound is None:
        return None
    if found.group("begin"):  # begun in the year it is named by: named by its start
        return int(bound.year == year and month > 1)
    return int(bound.year == year + 1)  # ends the year after its name


def _declarations(text: str) -> Iterator[re.Match[str]]:
    """Each declaration of a fiscal year, in text order: searched only around the words
    every declaration holds (a scan for those is far cheaper than one for the whole)."""
    lowered = text.lower()  # (same offsets: only cheap literal scans run over it)
    cues = sorted(
        cue.start() for literal, pattern in _CUES if literal in lowered
        for cue in pattern.finditer(lowered)
    )  # fmt: skip
    seen: set[int] = set()
    for start in cues:
        for found in _DECLARED.finditer(text, max(0, start - CUE_BEFORE), start + CUE_AFTER):
            if found.start() not in seen:
                seen.add(found.start())
                yield found


def full_year(digits: str, anchor: dt.date | None = None) -> int:
    """A year written in two or four digits ("27" of "FY27": 2027; "98": 1998); with an
    anchor, the latest such year up to twenty years after it ("FY50" in a paper of 2050:
    2050; "FY72" in one of 2023: 1972)."""
    number = int(digits)
    if number > 99:
        return number
    if anchor is None:
        return number + (2000 if number < 50 else 1900)
    year = anchor.year // 100 * 100 + number
    return max(y for y in (year - 100, year, year + 100) if y <= anchor.year + YEARS_AHEAD)


YEARS_AHEAD = 20  # how far after the paper a two-digit fiscal year may lie


def fiscal_year_of(day: dt.date, year_end: int) -> int:
    """The fiscal year (labelled by the year it ends in) a day falls in."""
    return day.year + 1 if day.month > year_end else day.year


def fiscal_quarter_of(day: dt.date, year_end: int) -> int:
    """The fiscal quarter (1-4) a day falls in."""
    return (day.month - year_end - 1) % 12 // 3 + 1


def _month_index(fiscal_year: int, year_end: int, months_in: int) -> tuple[int, int]:
    """(year, month) of the `months_in`-th month (from 1) of a fiscal year."""
    index = (fiscal_year - 1) * 12 + year_end + months_in - 1
    return index // 12, index % 12 + 1


def fiscal_period(
    fiscal_year: int, year_end: int, months: int = 12, number: int = 1
) -> tuple[dt.date, dt.date]:
    """The calendar interval of the `number`-th period of `months` months (a quarter: 3,
    a half: 6, the year: 12) of a fiscal year."""
    first_year, first_month = _month_index(fiscal_year, year_end, (number - 1) * months + 1)
    last_year, last_month = _month_index(fiscal_year, year_end, number * months)
    return dt.date(first_year, first_month, 1), month_end(last_year, last_month)


def period_label(fiscal_year: int, year_end: int, months: int, number: int) -> str:
    """TimeBank's value of a fiscal quarter or half: its number and the calendar year it
    ends in ("2026-Q3" for October-December 2026 of a year ending in March 2027)."""
    code = "Q" if months == 3 else "H"
    return f"{fiscal_period(fiscal_year, year_end, months, number)[1].year:04d}-{code}{number}"


def fiscal_year_of_label(year: int, year_end: int, months: int, number: int) -> int:
    """The fiscal year of a quarter or half labelled `year`-Q`number` (or H)."""
    for fiscal_year in (year, year + 1):
        if fiscal_period(fiscal_year, year_end, months, number)[1].year == year:
            return fiscal_year
    return year
