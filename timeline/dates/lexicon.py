"""Words of the date grammar: months, weekdays, numbers, units, modifiers."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
ONES: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
    "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25,
    "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
VAGUE_QUANTITIES = {"several", "few", "a few", "many", "some", "a couple of", "couple of",
                    "couple", "a number of", "dozens of", "hundreds of", "numerous"}  # fmt: skip
DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip
PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "tonight": "NI",
}  # fmt: skip
# Unit word -> (TIMEX3 duration letter, multiplier, is a time unit).
UNITS: dict[str, tuple[str, int, bool]] = {
    "second": ("S", 1, True), "minute": ("M", 1, True), "hour": ("H", 1, True),
    "day": ("D", 1, False), "night": ("D", 1, False), "week": ("W", 1, False),
    "fortnight": ("W", 2, False), "weekend": ("D", 2, False), "month": ("M", 1, False),
    "quarter": ("Q", 1, False), "year": ("Y", 1, False), "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
}  # fmt: skip
# Approximation / comparison words before a quantity -> TIMEX3 mod.
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX",
    "some": "APPROX", "nearly": "APPROX", "almost": "APPROX", "close to": "APPROX",
    "more than": "MORE_THAN", "less than": "LESS_THAN", "at least": "EQUAL_OR_MORE",
    "up to": "EQUAL_OR_LESS",
    "no more than": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
}  # fmt: skip
POINT_MODS: dict[str, str] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "middle": "MID", "the end of": "END", "the beginning of": "START", "the start of": "START",
    "the middle of": "MID",
}  # fmt: skip


def trie_alternation(words: Iterable[str]) -> str:
    """A regex matching any of `words`, longest first, factored as a trie: sre tries the
    branches of an alternation in turn, so shared prefixes are tested once. A space in a
    word matches any run of whitespace."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + build(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return f"(?:{build(trie)})"


def _alternation(words: list[str]) -> str:
    return trie_alternation(words)


# The year "this", "last" or "next year" names, from the anchor's
YEAR_WORD_SHIFT = {"this": 0, "last": -1, "next": 1}
SPLIT_YEAR = re.compile(r"(?<!\d)(\d{4})[-–/]\d{2}(?!\d)")  # "2030-31", "2043/44": a year's name
MONTH_FULL = "january|february|march|april|may|june|july|august|september|october|november|december"
MONTH_RE = rf"(?:{MONTH_FULL}|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?)"
# Time zones written after a clock time ("9:47 p.m. ET", "2.30pm AEDT", "14:05 SAST").
ZONE_RE = (
    r"(?:[ECMP][SD]T|GMT|UTC|BST|IST|CES?T|EES?T|WES?T|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SAST|SGT|"
    r"HKT|JST|KST|PHT|WIB|WITA|[CEW]AT|MSK|[AH]ST|ADT|AKST|AKDT|ChST|PKT|NPT|ICT|MYT|GST|IRST|TRT|"
    r"BRT|ART|ET|PT|CT|LT)\b"
)
# A paper's noun after its frequency or weekday: "Sunday Monitor", "DAILY TIMES", "Saturday
# Star", "THE DAILY STAR"
PAPER_NOUN_RE = (
    r"(?:Times|Telegraph|Mail|Herald|Express|Post|Tribune|Nation|Standard|Independent|"
    r"Observer|Mirror|Monitor|Star|Journal|Gazette|Chronicle|Argus|Sport|Graphic|News|"
    r"TIMES|TELEGRAPH|MAIL|HERALD|EXPRESS|POST|TRIBUNE|NATION|STANDARD|INDEPENDENT|OBSERVER|"
    r"MIRROR|MONITOR|STAR|JOURNAL|GAZETTE|CHRONICLE|ARGUS|SPORT|GRAPHIC|NEWS)\b"
)
# ... ending the name ("told Sunday Monitor."; not "On Sunday Times Square was packed", "On
# Monday Standard & Poor's cut", "On Tuesday News Corp said")
PAPER_NOUN_AFTER = re.compile(
    rf"[ \t]+{PAPER_NOUN_RE}(?![ \t]+(?:(?!(?:Reporter|Correspondent|Editor|Staff|Writer|"
    r"Magazine)\b)[A-Z]|&|and[ \t]+[A-Z]))"
)  # (but "By Sunday Mail Reporter")
# A stamp's label naming an old issue of the paper: "From our issue of", "From The Saba
# Bulletin of", "(Edition of"
ISSUE_LABEL = re.compile(
    r"^[ \t]*\(?(?:(?i:from)(?:[ \t]+(?i:our|the|this))?(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
    r"(?:[ \t]+(?i:issue|edition|number|no\.|files))?|(?i:issue|edition))[ \t]+(?i:of)[ \t]+$",
    re.MULTILINE,
)
# A zone after a 24-hour clock's four digits ("1915 GMT", "0600 ChST"; not "1200 CT scans";
# a ship's "local time": "2140 LT")
ZONE_OF_DIGITS_RE = (r"(?:GMT|UTC|ChST|[ECMPA][SD]T|BST|CES?T|EES?T|AE[SD]T|NZ[SD]T|SAST|SGT|"
                     r"HKT|JST|KST|PHT|WIB|MSK|[CEW]AT|PKT|NPT|ICT|MYT|IRST|TRT|BRT|LT)")
# What says four digits with no zone after them are a 24-hour clock: a clock's preposition
# just before them ("at 1000 on Friday", "until 0600"), looked for in the CLOCK_DIGITS_REACH
# characters before them (the clock rule's check)
CLOCK_DIGITS_BEFORE = re.compile(r"\b(?:at|from|until|till|by|before|after|about|around)\s$",
                                 re.IGNORECASE)  # ("at about 0400")
CLOCK_DIGITS_REACH = 7
# A log's clock: four digits of a 24-hour clock ("0800", "2330")
LOG_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# A line a log's entry opens with its clock: "0800 Cast off Rio Grande, pilot on board."
_LOG_LINE = re.compile(r"^[ \t]*(\d{4})[ \t]{1,3}[A-Z]", re.MULTILINE)
LOG_LINES_MIN = 3  # entries that make a text a log
# A log's day heading, a short line its weekday opens: "THURSDAY 16 OCTOBER" (no stock
# codes' or postcodes' list has one)
_DAY_HEADING_LINE = re.compile(
    r"^[ \t]*(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^\n]{0,30}$", re.MULTILINE)


@functools.lru_cache(maxsize=4)
def is_log(text: str) -> bool:
    """Whether `text` is a log whose entries open with four-digit 24-hour clocks: at least
    LOG_LINES_MIN of them, every such line's four digits a clock, one with a leading zero
    (no year has it: not a timeline box's "1945 War ends"), under day headings (not a
    list of stock codes, "0005 HSBC Holdings rose")."""
    found = _LOG_LINE.findall(text)
    return (
        len(found) >= LOG_LINES_MIN
        and all(LOG_CLOCK.fullmatch(digits) for digits in found)
        and any(digits[0] == "0" for digits in found)
        and _DAY_HEADING_LINE.search(text) is not None
    )


# What may follow four digits the clock rule reads ("0600 ChST", "2300 hrs", "1000 on
# Friday", "1800 today"): the scanner's trigger, wider than any match the rule keeps
CLOCK_DIGITS_AFTER = re.compile(
    rf"\s+{ZONE_OF_DIGITS_RE}\b|[ \t]?hrs\b|[ \t]+(?:on[ \t]|today|tonight|tomorrow|yesterday)",
    re.IGNORECASE,
)
# A feast's word before its weekday: "Good Friday", "Palm Sunday", "Easter Monday"
FEAST_WEEKDAY_WORD = (r"(?-i:Good|Palm|Easter|Holy|Black|Ash|Maundy|Whit|Trinity|Cyber|Shrove|Low|"
                      r"Passion)")
WEEKDAY_RE = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_NAME_RE = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"  # as written in running text
# What stands between a day and its weekday apposed to it: ", a Wednesday", ", which is a
# Wednesday", ", Wednesday" (read by the resolver, the event spans and the headlines)
APPOSED_WEEKDAY_LEAD = r",[ \t]+(?:(?:an?|which[ \t]+(?:is|was|will[ \t]+be)[ \t]+an?)[ \t]+)?"
# The Chinese zodiac's animals, which name lunar years ("the Year of the Goat")
ZODIAC_ANIMAL_RE = (r"(?:Rat|Ox|Tiger|Rabbit|Dragon|Snake|Horse|Goat|Sheep|Ram|Monkey|Rooster|"
                    r"Dog|Pig)")
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[0-9]\d\d|20\d\d)(?![\d,.]?\d)"
_DIGIT_WORDS = trie_alternation(o for o in ONES if ONES[o] < 10)
_NUMBER_WORD = rf"(?:{trie_alternation(TENS)}(?:[\s-]{_DIGIT_WORDS})?|{trie_alternation(ONES)})"
_QUANTITY_WORDS = trie_alternation(
    [*VAGUE_QUANTITIES, "a", "an", "a dozen", "dozens", "hundreds", "half a", "a half"]
)
NUMBER_WORD = _NUMBER_WORD  # "twenty-four", "seven", "nineteen"

# A happening named by its noun after "the" ("nine days after the fire", "the day before
# the attack"; not "the start", "the deadline": no happening of the story), the noun's
# other forms that tell of it ("the votes", "the council voted", "the crash" of "crashed",
# "the exam" of "the examination"), and how far from that noun the day that dates it may be
HAPPENING_NOUN = (
    r"(?!(?:start|end|beginning|middle|deadline|season|year|month|week|weekend|day|night|"
    r"morning|time|date|first|last|next|same|previous)\b)[a-z]{3,}"
)
HAPPENING_NOUN_FORMS = "s|es|d|ed|ination"
# Where the happening's phrase ends after its noun (not "the fire that destroyed", "the
# council voted", "the bank holiday"): a stop, or a clause's joint
HAPPENING_PHRASE_END = (
    r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:and|but|when|while|as|because|with|by)\b)"
)
HAPPENING_DAY_REACH = 120  # characters from a happening's noun to the day after it that dates it
HAPPENING_LOOKBACK = 3000  # characters back searched for a happening's noun


def happening_noun(noun: str) -> re.Pattern[str]:
    """A happening's noun in any of its forms ("attack": "attacks", "attacked")."""
    return re.compile(rf"\b{re.escape(noun)}(?:{HAPPENING_NOUN_FORMS})?\b", re.IGNORECASE)


# A year spelled out: "nineteen ninety-six", "nineteen hundred and five", "two thousand and
# ninety-one" (radio transcripts, invitations)
SPELLED_YEAR_RE = (rf"(?:nineteen\s+(?:hundred\s+)?(?:and\s+)?{NUMBER_WORD}|"
                   rf"two\s+thousand(?:\s+(?:and\s+)?{NUMBER_WORD})?)\b")
# "an additional year", "a full week": one unit, said without a number
ONE_UNIT_RE = r"(?:an?\s+(?:additional|full|entire|whole|extra|further|single)|another)\s"
NUMBER_RE = (
    rf"(?:\d{{1,3}}(?:,\d{{3}}){{1,3}}(?![\d,])|\d+(?:\.\d+)?|"  # ("1,001 hours")
    rf"(?:{_NUMBER_WORD}|an?)\s+(?:hundred|thousand)(?:\s+and\s+a\s+half)?|"
    rf"{_NUMBER_WORD}(?:\s+and\s+a\s+half)?|{_QUANTITY_WORDS})"
)
UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|century|centuries)"  # noqa: E501
QUANT_MOD_RE = _alternation(list(QUANT_MODS))
ORDINAL_RE = _alternation(list(ORDINALS))

_NUMBER_TOKEN = re.compile(rf"\d{{1,3}}(?:,\d{{3}}){{1,3}}|\d+(?:\.\d+)?|{_NUMBER_WORD}",
                           re.IGNORECASE)  # fmt: skip


_A_HUNDRED = re.compile(r"an?\s+(?:hundred|thousand)")
_FRACTION = re.compile(r"(\d+)\s+(\d)/(\d)")
_WORD_SEPARATOR = re.compile(r"[\s-]+")
_LETTERS = re.compile(r"[a-z]+")


# "a quarter of a", "three quarters of an": a fraction of one unit, before the unit
QUARTERS_OF_RE = r"(?:a|one|three)[\s-]+quarters?\s+of\s+an?"
_QUARTERS_OF = re.compile(QUARTERS_OF_RE)


def parse_number(text: str) -> float | None:
    """The number a quantity phrase names ("twenty four" 24, "a" 1, "several" None)."""
    lowered = text.lower().strip()
    if lowered in {"a", "an", "one"}:
        return 1
    if lowered in {"half a", "half an", "a half"}:
        return 0.5
    if _QUARTERS_OF.fullmatch(lowered):  # "a quarter of a", "three quarters of an"
        return 0.75 if lowered.startswith("three") else 0.25
    if lowered in {"a dozen"}:
        return 12
    if lowered in {"a couple of", "couple of", "a couple"}:
        return 2
    if fraction := _FRACTION.fullmatch(lowered):
        return int(fraction[1]) + int(fraction[2]) / int(fraction[3])
    if _A_HUNDRED.fullmatch(lowered):
        return 100 if lowered.endswith("hundred") else 1000
    match = _NUMBER_TOKEN.search(lowered)
    if not match or lowered in VAGUE_QUANTITIES - {"a couple of", "couple of", "couple"}:
        return None
    token = match.group(0)
    if token[0].isdigit():
        value = float(token.replace(",", ""))
    else:
        value = 0.0
        for word in _WORD_SEPARATOR.split(token):
            value += TENS.get(word, 0) + ONES.get(word, 0)
    if "hundred" in lowered:
        value *= 100
    if "thousand" in lowered:
        value *= 1000
    if "and a half" in lowered:
        value += 0.5
    return value


def month_number(text: str) -> int | None:
    """Month named in a phrase ("Sept." 9), if any."""
    for word in _LETTERS.findall(text.lower()):
        if word in MONTHS:
            return MONTHS[word]
    return None


# A person's title or role, or a first name after one, just before a word that is also a
# date word: "Council chair June Tolland", "said Mike Sunday, a nurse", "MP Mark Easter,"
KIN_NOUNS = (r"granddaughter|grandson|grandchild|grandmother|grandfather|grandma|grandpa|"
             r"niece|nephew|cousin|aunt|uncle|mum|mom|dad|partner|girlfriend|boyfriend|"
             r"fianc[eé]e?|stepdaughter|stepson|twin|widow|widower|daughter|son|wife|husband|"
             r"sister|brother|mother|father")
PERSON_BEFORE = re.compile(
    r"\b(?:said|says|told|MP|Sen|Rep|Gov|Col|Gen|Lt|Sgt|Capt|Mr|Mrs|Ms|Dr|Prof|Rev|Cllr|Cr|"
    r"(?i:chair|chairman|chairwoman|president|director|manager|spokesman|spokeswoman|minister|"
    r"mayor|"
    r"secretary|councillor|councilor|nurse|teacher|coach|captain|officer|principal|"
    r"commissioner|analyst|economist|professor|cellist|violinist|singer|player|resident|"
    r"neighbou?r|farmer|driver|"
    rf"{KIN_NOUNS}))\.?"
    r",?[ \t]+(?P<first>[A-Z][a-z]+[ \t]+)?$"
)
# Kin and companions, whose name may come right after them: "His granddaughter April found"
KIN_BEFORE = re.compile(rf"\b(?i:{KIN_NOUNS})[ \t]+$")
# A verb of saying just after a name: "..., Christmas said"
SAYING_AFTER = re.compile(r"[ \t]+(?:said|says|told|added)\b")
# What follows a person's name: an apposition, an age, a verb of saying
PERSON_AFTER = re.compile(r",[ \t]+(?:a|an|the|who|whose|\d{1,3})\b|" + SAYING_AFTER.pattern)
PERSON_BEFORE_REACH = 30  # characters back to a person's title or role


def person_before(text: str, start: int) -> re.Match[str] | None:
    """A person's title or role (and maybe a first name) ending at `start`:
    "Council chair " before "June Tolland", "said Mike " before "Sunday"."""
    return PERSON_BEFORE.search(text, max(0, start - PERSON_BEFORE_REACH), start)


# Words before a part of the day told as a whole, a while that lasts, not a moment:
# "spent the night", "worked through the night", "the rest of the afternoon"
LASTING_BEFORE_RE = r"into|through|during|spent|spend|spends|rest\s+of"


# A weekday's name or its abbreviation ("Tue", "Thurs."): group 1 is its first three letters
WEEKDAY_WORD_RE = r"\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?"
_WEEKDAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def weekday_of_stem(stem: str) -> int:
    """ISO weekday index (Monday 0) of a weekday's first three letters ("Tue": 1)."""
    return _WEEKDAY_STEMS.index(stem[:3].lower())


def weekday_number(text: str) -> int | None:
    """ISO weekday index (Monday 0) named in a phrase, if any."""
    for word in _LETTERS.findall(text.lower()):
        stem = word[:-1] if word.endswith("s") and word[:-1] in WEEKDAYS else word
        if stem in WEEKDAYS:
            return WEEKDAYS[stem]
    return None


def unit_of(text: str) -> str | None:
    words = _LETTERS.findall(text.lower())
    for word in reversed(words):
        stem = "century" if word == "centuries" else word.rstrip("s") if word != "days" else "day"
        if stem in UNITS or stem == "fortnight":
            return stem
    return None


# Another place's clock after a day: "Sunday local time", "Saturday, Guam time", "Monday,
# Majuro time" (not "Sunday prime time")
LOCAL_TIME_AFTER = re.compile(
    r",?[ \t]+(?:local[ \t]+time|(?!prime\b)[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)?[ \t]+time)\b"
)


# A saying verb before "that": the word opens a clause ("said that summer bookings are
# up", "said that Sunday's vote ..."), no "that summer", "that Sunday"
SAYING_THAT_BEFORE = re.compile(
    r"\b(?:said|says|say|told[ \t]+\w+|warned|added|noted|announced|reported|believes?|"
    r"thinks?|thought|knew|know|hopes?|hoped|expects?|expected|confirmed)[ \t]+$"
)
