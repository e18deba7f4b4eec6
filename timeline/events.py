"""Events: the dated statements of one article.

An event is the clause or sentence that a DATE (or TIME) expression anchors. A sentence
with two dates about two happenings gives two events, one per clause. The title and lead
sentence, when they carry no date of their own, report the article's main news and form
an event dated by the publication date. Durations and vague references ("about two
years", "recently") date nothing.
"""

from __future__ import annotations

import hashlib
import logging
import re

from timeline.dates import resolve_dates
from timeline.dates.calendar import safe_day
from timeline.entities import SurnameIndex, find_entities
from timeline.models import (
    Article,
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    Granularity,
    PublishedSource,
    Source,
    TimeExpression,
    TimexType,
    trusted,
)
from timeline.text import BYLINE_LEAD, BYLINE_NAMES, READING_TIME, clauses, sentences

LOGGER = logging.getLogger(__name__)

HEADLINE_MAX_WORDS = 22
MIN_TITLE_WORDS = 3  # a shorter "title" (a file name, an id) does not make a headline
MIN_HEADLINE_WORDS = 8  # a headline cut at a comma keeps at least this many words
MIN_CLAUSE_WORDS = 5
DATELINE_MAX_CHARS = 160  # a longer "sentence" is no dateline, whatever words it holds
DATELINE_COVERAGE = 0.6  # a "sentence" mostly made of one date is a dateline, not an event
TITLE_CONFIDENCE = 0.5
INFERRED_FACTOR = 0.8  # relative dates anchored to a guessed publication date
CONFIDENCE_BY_GRANULARITY: dict[EventGranularity, float] = {
    EventGranularity.DAY: 0.85,
    EventGranularity.WEEK: 0.7,
    EventGranularity.MONTH: 0.7,
    EventGranularity.QUARTER: 0.6,
    EventGranularity.YEAR: 0.6,
    EventGranularity.DECADE: 0.5,
}
TO_EVENT_GRANULARITY: dict[Granularity, EventGranularity] = {
    Granularity.TIME: EventGranularity.DAY,
    Granularity.DAY: EventGranularity.DAY,
    Granularity.WEEK: EventGranularity.WEEK,
    Granularity.MONTH: EventGranularity.MONTH,
    Granularity.SEASON: EventGranularity.QUARTER,
    Granularity.QUARTER: EventGranularity.QUARTER,
    Granularity.HALF: EventGranularity.YEAR,
    Granularity.YEAR: EventGranularity.YEAR,
    Granularity.DECADE: EventGranularity.DECADE,
}

_ABSOLUTE = re.compile(r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)
# `(?<!\s)`: a match that starts with white space starts where the white space does, so
# no other position inside a run is worth trying (and trying them all is quadratic).
_CAPTION_CREDIT = re.compile(
    r"(?<!\s)\s*\((?:[^()]*\b(?:Photo|Photograph|Reuters|AFP|Getty|AP|File|Image)\b[^()]*)\)", re.I
)
_CAPTION_SIDE = re.compile(r",\s+(?:right|left|center|centre|top|bottom|second from \w+),")
_ATTRIBUTION_END = re.compile(
    r"(?:,\s*|\s+)(?:(?:he|she|they|it|officials?|police|the\s+\w+|(?:the\s+)?"
    r"(?:[A-Z][\w.'-]*\s*){1,4})"
    r"\s+(?:said|says|told\s+[\w.]+|added|reported|announced|wrote)"
    r"|(?:said|says|told\s+[\w.]+)\s+(?:[A-Z][\w.'-]*\s*){1,4}"
    r"(?:,\s+(?:a|an|the|who|[a-z]+\s+of)\b[^.]*)?"
    r"|according\s+to\s+[^,.]+)\s*[.!]?\s*$"
    r"|,\s*[a-z]{3,}s\s+(?:said|say)\s*[.!]?\s*$"  # ", residents said", ", analysts say"
)
# Words one of which every _ATTRIBUTION_END match holds (a cheap test before the pattern).
_ATTRIBUTION_WORDS = ("said", "say", "told", "added", "reported", "announced", "wrote",
                      "according")  # fmt: skip
_ATTRIBUTION_START = re.compile(
    r"^(?:[A-Z][\w.'-]*\s+){1,4}(?:said|says|told\s+\w+)\s+(?:that\s+)?"
)
# What the speaker stays for: a pronoun that names them ("Smith said he would resign")
# or a named listener ("Yeltsin told Clinton he could live with it").
_PRONOUN_START = re.compile(r"(?:he|she|they|it|we|I)\b")
_TOLD_SOMEONE = re.compile(r"\btold\s+[A-Z]")
_DATE_PREPOSITION = re.compile(
    r"(?:\b(?:earlier|later|early|late)\s+)?(?:\b(?:on|in|at|during|since|by|from|between|"
    r"until|till|of|for|over|through|throughout|before|after|within|than|to|as\s+of|as\s+early\s+as|"
    r"compared\s+with|compared\s+to)\s+)?"
    r"(?:\b(?:about|almost|approximately|roughly|around|nearly)\s+)?$",
    re.IGNORECASE,
)
# _DATE_PREPOSITION, written backwards and matched once at the start of the reversed text:
# `search` tries the pattern at every position of `before` (all of it optional, anchored
# at `$`), while its match is just the longest suffix made of those words, which this
# finds at once (10x faster). Phrases of more words come first, so that "as of" is
# preferred to "of"; single words cannot compete, as `\b` ends each at a word boundary.
# tests/test_events_fast.py compares the two on real text.
_DATE_MODIFIER_WORDS = ("earlier", "later", "early", "late")
# What the resolver leaves out of a span and keeps as its mod: "at about [15:30]".
_APPROXIMATION_WORDS = ("about", "almost", "approximately", "roughly", "around", "nearly")
# A noun after a hyphenated date ("third-quarter profit"), not a verb or a function word.
_ATTRIBUTIVE_AFTER = re.compile(
    r" (?!(?:of|and|or|to|that|which|when|as|at|in|on|for|from|by|with|after|before|was|"
    r"were|is|are|has|had|have|will|would|but|than|the|a|an)\b)[a-z]+(?<!ed)(?<!ing)\b"
)
_DATE_PREPOSITION_WORDS = ("as early as", "as of", "on", "in", "at", "during", "since", "by",
                           "from", "between", "until", "till", "of", "for", "through",
                           "throughout", "over",
                           "before", "after", "within", "than", "to", "compared with",
                           "compared to")  # fmt: skip


def _backwards(phrases: tuple[str, ...]) -> str:
    ordered = sorted(phrases, key=lambda phrase: -len(phrase.split()))
    return "|".join(r"\s+".join(word[::-1] for word in reversed(p.split())) for p in ordered)


_DATE_PREPOSITION_BACKWARDS = re.compile(
    rf"(?:\s+(?:{_backwards(_APPROXIMATION_WORDS)})\b)?"
    rf"(?:\s+(?:{_backwards(_DATE_PREPOSITION_WORDS)})\b)?"
    rf"(?:\s+(?:{_backwards(_DATE_MODIFIER_WORDS)})\b)?",
    re.IGNORECASE,
)


def _date_phrase_start(before: str) -> int:
    """Where the words that lead into a date ("early in", "as of", "at about") begin at the end of
    `before`: `_DATE_PREPOSITION.search(before).start()`."""
    match = _DATE_PREPOSITION_BACKWARDS.match(before[::-1])  # always matches (maybe "")
    length = match.end() if match else 0
    if length:
        return len(before) - length
    # Only the empty match, which `$` also finds before a final newline.
    return len(before) - 1 if before.endswith("\n") else len(before)


_NON_WORD = re.compile(r"\W+")
_DATELINE_ONLY = re.compile(r"[A-Z][A-Z .,'’-]{1,40}\([^()]{1,30}\)\s*[—–_-]*")


# For _non_word_spaced: every ASCII byte that is not a word character (\W) becomes a space.
_NON_WORD_BYTES = bytes(c if c < 128 and (chr(c).isalnum() or c == ord("_")) else 32
                        for c in range(256))  # fmt: skip


def _non_word_spaced(text: str) -> str:
    """`_NON_WORD.sub(" ", text)`: each run of non-word characters as one space. On
    ASCII text, with bytes.translate and split (3x faster; tests/test_events_fast.py
    compares): the runs are those of spaces once every non-word byte is one."""
    if not text.isascii():
        return _NON_WORD.sub(" ", text)
    spaced = text.encode("ascii").translate(_NON_WORD_BYTES)
    words = b" ".join(spaced.split())
    if not words:
        return " " if spaced else ""
    lead = b" " if spaced.startswith(b" ") else b""
    trail = b" " if spaced.endswith(b" ") else b""
    return (lead + words + trail).decode("ascii")


def event_id(date_value: str, sentence: str) -> str:
    """A stable id: the same date and sentence give the same id in every run."""
    return _hashed_id(date_value, _non_word_spaced(sentence.lower()).strip())


def _hashed_id(date_value: str, normalised: str) -> str:
    """`event_id` from the sentence already lowercased, with \\W runs as spaces, stripped."""
    return hashlib.sha1(f"{date_value}|{normalised}".encode()).hexdigest()[:12]


def _event_date(expression: TimeExpression) -> EventDate | None:
    if expression.start_date is None or expression.end_date is None:
        return None
    granularity = TO_EVENT_GRANULARITY.get(expression.granularity or Granularity.DAY)
    if granularity is None:
        return None
    # A validated TimeExpression's fields have EventDate's types, and its interval is
    # in order: no validation needed (`trusted`).
    return trusted(EventDate, {
        "value": expression.value,
        "start": expression.start_date,
        "end": expression.end_date,
        "granularity": granularity,
        "text": expression.text,
        "mod": expression.mod,
    })  # fmt: skip


_RANGE_OPENS = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*", re.IGNORECASE)
_BETWEEN_JOIN = re.compile(r"\s+and\s+", re.IGNORECASE)
# "moved from Monday to Wednesday", "postponed from March 3 to March 10": two dates, one
# of them given up, not a span of days
_RESCHEDULED = re.compile(
    r"\b(?:mov|postpon|delay|push|brought|bring|chang|reschedul|shift|switch|advanc|"
    r"put\s+off|cut|rais|increas|reduc|extend|fell|rose|climb|jump|drop)\w*\b[^,;]*$",
    re.IGNORECASE,
)
RESCHEDULE_REACH = 120  # characters before a range searched for "moved", "postponed"
_DAY_SPAN = re.compile(r"\b(\d{1,2})\s*[-–]\s*(\d{1,2})\b")
RangeDates = tuple[dict[int, EventDate], set[int]]


def date_ranges(
    text: str, sentence: tuple[int, int], dates: list[tuple[TimeExpression, EventDate | None]]
) -> RangeDates:
    """Ranges written as one phrase: "from 25 to 27 March", "between May and July",
    "March 25-27". The first end's index maps to the date of the whole span, and the
    second end's index is in the set: it makes no event of its own."""
    spans: dict[int, EventDate] = {}
    seconds: set[int] = set()
    for index, (expression, date) in enumerate(dates):
        if date is None or index in seconds:
            continue
        days = _DAY_SPAN.search(expression.text)
        if days and date.granularity is EventGranularity.DAY and int(days[2]) > int(days[1]):
            last = safe_day(date.start.year, date.start.month, int(days[2]))
            if last is not None:  # "March 25-27"
                spans[index] = date.model_copy(update={"end": last})
            continue
        if index + 1 >= len(dates):
            continue
        second, end = dates[index + 1]
        if end is None or end.granularity is not date.granularity or end.start <= date.start:
            continue
        opened = _RANGE_OPENS.search(text, max(sentence[0], expression.start - 9), expression.start)
        joined = _RANGE_JOIN.fullmatch(text, expression.end, second.start) or (
            opened and _BETWEEN_JOIN.fullmatch(text, expression.end, second.start)
        )
        lead = max(sentence[0], expression.start - RESCHEDULE_REACH)
        if not joined or _RESCHEDULED.search(text, lead, expression.start):
            continue
        spans[index] = date.model_copy(update={
            "end": end.end, "text": text[expression.start : second.end]})  # fmt: skip
        seconds.add(index + 1)
    return spans, seconds


# A date that is only a yardstick: "the first time since 2018", "its highest level since
# January 1982", "up 5% compared with a year earlier", "down from a year ago".
_SUPERLATIVES = (
    "first highest lowest biggest largest smallest fastest slowest worst best strongest "
    "weakest deepest sharpest steepest heaviest longest shortest greatest"
).split()
_SUPERLATIVE_SINCE = re.compile(
    rf"\b(?:{'|'.join(_SUPERLATIVES)}|most|least|record|warmest|coldest|hottest|wettest|"
    r"driest|only)\b[^,;.]{0,50}?\bsince\s+$",
    re.IGNORECASE,
)
# The same, as an appositive after a comma: ", the fastest rise since [January 1982]".
_SUPERLATIVE_APPOSITIVE = re.compile(
    rf",\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(_SUPERLATIVES)})\b"
    r"[^,;.]{0,50}?\bsince\s+$",
    re.IGNORECASE,
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:in|on|at|during|for)\s+)?$",
    re.IGNORECASE,
)
_FROM_BEFORE = re.compile(r"\b(?:from|over)\s+$", re.IGNORECASE)
_YEAR_AGO = re.compile(
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)|(?:the\s+)?(?:same\s+period\s+)?last\s+year|"
    r"the\s+(?:year[\s-](?:ago|earlier)|previous\s+year|prior\s+year)",
    re.IGNORECASE,
)


def _is_baseline(text: str, sentence: tuple[int, int], expression: TimeExpression) -> bool:
    """Whether `expression` is a yardstick, not when something happened: after a
    superlative's "since", after "than"/"compared with", or a year back after "from"."""
    near = max(sentence[0], expression.start - 24)
    if _COMPARED_BEFORE.search(text, near, expression.start):
        return True
    if _FROM_BEFORE.search(text, max(sentence[0], expression.start - 6), expression.start):
        return bool(_YEAR_AGO.fullmatch(expression.text))
    if "since" not in text[near : expression.start]:
        return False  # (the superlative's "since" is right before the date)
    lo = max(sentence[0], expression.start - 80)
    return bool(_SUPERLATIVE_SINCE.search(text, lo, expression.start))


_CLAUSE_COMMA = re.compile(
    r",\s+(?=(?:a|an|the|which|who|where|when|while|but|and|as|after|before|because|"
    r"although|though|with|including|saying|adding)\b)"
)
_QUOTES = "\"'“”‘’"


# _tidy's steps as single patterns, as they were first written (_tidy gets their results
# with cheaper means; tests/test_events_fast.py compares the two).
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?])")
_REPEATED_PUNCT = re.compile(r"([,;:])(?:\s*[,;:])+")
_PUNCT_RUN = re.compile(r"([,;:])[,;:]+")  # _REPEATED_PUNCT where no space precedes a mark
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_LEADING_CONNECTIVE = re.compile(
    r"^(?:but|and|so|while|when|then|also|however|meanwhile|that)\b(?!['’]),?\s*", re.IGNORECASE
)
_LAST_WORD = re.compile(r"[,;:]?\s+\S*$")


def _tidy(text: str) -> str:
    # Each pattern runs only when the character it needs is there (most headlines have
    # no parentheses): the same result, a third of the time.
    if "(" in text:
        text = _CAPTION_CREDIT.sub("", text)
    if "," in text:
        text = _CAPTION_SIDE.sub("", text)
    # _SPACES.sub(" ", text) at twice the speed: `str.split` splits at the same white
    # space as `\s` (both are Py_UNICODE_ISSPACE). A run at either end, which that keeps
    # as one space, goes here at once; the strip below would remove it anyway.
    text = " ".join(text.split())
    if any(mark in text for mark in ",.;:!?"):
        # _SPACE_BEFORE_PUNCT and _REPEATED_PUNCT without a scan by sre: every white-space
        # run is now one space, so `\s+` before a mark is " " (removing one cannot put
        # another space before a mark), and then no space precedes a mark, so the
        # repeated marks are adjacent.
        for mark in ",.;:!?":
            if " " + mark in text:
                text = text.replace(" " + mark, mark)
        if ",," in text or ";" in text or ":" in text:  # a pair of marks may be there
            text = _PUNCT_RUN.sub(r"\1", text)
    if "(" in text:
        text = _EMPTY_PARENS.sub("", text)
    text = text.strip(" ,;:-–—.")
    # Drop a quote mark at either end only when it has no partner inside.
    while text and text[0] in _QUOTES and text.count(text[0]) % 2 == 1:
        text = text[1:].strip()
    while text and text[-1] in _QUOTES and text.count(text[-1]) % 2 == 1:
        text = text[:-1].strip(" ,;:.")
    return text.strip(" ,;:-–—")


# "ROME (AP) — ", "WASHINGTON, Nov. 17 (Reuters) - ": the place and agency of a dateline.
# "ROME (AP) — ", "CAPE CANAVERAL, Fla., (Reuters) - " once the date is gone.
_NEWS_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{1,40}(?:[A-Z][a-z]{1,5}\.(?:[A-Z]\.)?,?\s*)?(?:\([^()]{1,30}\))?\s*"
    r"[—–_-]+\s+(?=\S)"
)
# A comma-set phrase that held only dates: "The launch, [at 1:47 a.m. EST (0647 GMT)], came".
_EMPTY_APPOSITIVE = re.compile(r",[ \t]*(?:\([ \t]*\)[ \t]*)?,")


_POSSESSIVES = ("'s", "’s")
_DATE_JOINER = re.compile(r"\s*(?:,|and|or|to|through|until|-|–)\s*")
# A date that is a clause's subject stays: "as Easter week began", "when 2019 ended".
_COPULA_BEFORE = re.compile(r"\b(?:was|is|were|are|will\s+be)\s+(?:(?:in|on|at)\s+)?$")
_SUBJECT_DATE_BEFORE = re.compile(r"\b(?:as|when|while|until|once)\s+$")
_VERB_AFTER = re.compile(r" (?:began|begins|ended|ends|came|comes|arrived|approached|opened|closed|"
                         r"started|starts|drew|draws|wore)\b")
_ARTICLE_END = re.compile(r"\b(an?)\s+$")
_DETERMINER_END = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s*$", re.I)
_LONGEST_DETERMINER = 5  # "their"


def _ends_with_determiner(piece: str) -> bool:
    """`_DETERMINER_END.search(piece)`, tried only where a match can start: a determiner
    ends where the white space at the end begins (str.rstrip strips the characters \\s
    matches), so it starts at most 5 characters before (tests/test_events_fast.py)."""
    start = len(piece.rstrip()) - _LONGEST_DETERMINER
    return _DETERMINER_END.search(piece, max(0, start)) is not None


_COMMA_AFTER = re.compile(r"\s*,\s*(?=[a-z])")


def coordinated_groups(text: str, dated: list[TimeExpression]) -> list[int]:
    """For each date (in text order), the index of its phrase: dates with only a joining
    word, comma or dash between them are one phrase ("in the late 1980s and early
    1990s", "in 1989, 1992 and 1995", "from Monday to Wednesday")."""
    groups: list[int] = []
    for index, expression in enumerate(dated):
        previous = dated[index - 1] if index else None
        joined = previous is not None and previous.end <= expression.start and bool(
            _DATE_JOINER.fullmatch(text, previous.end, expression.start)
        )
        groups.append(groups[-1] if joined else index)
    return groups


_OPENING_QUOTES = ('"', "“")
_WIRE_OPEN = re.compile(r"(?:(?<=\s)|^)''(?=\w)")  # '' opening a quotation: "of ''child abuse''"
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# A quotation then its speaker: ``We are back,'' Adams said / "...," the minister told AP.
_QUOTE_THEN_SPEAKER = re.compile(
    r"(?:``|\"|“)\s*(?P<quote>(?:(?!``|'')[^\"“”]){3,}?)[\s,.!?]*(?:''|\"|”)\s*,?\s*"
    r"(?:(?P<who>(?:[A-Z][\w.'’-]*\s+){1,5}|(?:the\s+)?[a-z]+\s+)"
    r"(?:said|says|added|told\s+[\w.]+|declared|insisted|warned)\b"
    r"|(?:said|says)\s+(?P<after>(?:[A-Z][\w.'’-]*\s*){1,5}|the\s+[a-z]+))"  # said Gerard Rice
    r"(?:(?!``)[^\"“”])*$"
)


def make_headline(text: str, date_spans: list[tuple[int, int]]) -> str:
    """A short headline: the clause without its date phrases and attribution."""
    pieces = []
    last = 0
    for start, end in sorted(date_spans):
        before = text[last:start]
        if (_SUBJECT_DATE_BEFORE.search(before) and _VERB_AFTER.match(text, end)) or (
            _COPULA_BEFORE.search(before)
        ):  # "as Easter week began", "the last landing was in December 1972": it stays
            pieces.append(before + text[start:end])
            last = end
            continue
        possessive = text.startswith(_POSSESSIVES, end)
        if "since" in before and (appositive := _SUPERLATIVE_APPOSITIVE.search(before)):
            before = before[: appositive.start()]  # ", the fastest rise since 1982": gone whole
        if last and not possessive and _DATE_JOINER.fullmatch(before):
            before = ""  # "the late 1980s and early 1990s": one phrase, gone as one
        if possessive or ("-" in text[start:end] and _ATTRIBUTIVE_AFTER.match(text, end)):
            # "a drop in third-quarter profit", "a premium over Friday's price": the date
            # qualifies a noun, and the preposition is the noun's
            if article := _ARTICLE_END.search(before):  # "a [third-quarter] earnings report"
                vowel = text[end : end + 3].lstrip()[:1].lower() in ("a", "e", "i", "o")
                before = before[: article.start(1)] + ("an" if vowel else "a") + " "
            pieces.append(before)
        else:
            pieces.append(before[: _date_phrase_start(before)])
        last = end
        if possessive:
            last += 2  # "Friday's vote" -> "the vote", not "'s vote"
            pieces.append("" if _ends_with_determiner(before) else "the")
        elif _ends_with_determiner(pieces[-1]) and (comma := _COMMA_AFTER.match(text, last)):
            last = comma.end()  # "the Aug. 7, 1998, bombings" -> "the bombings"
    pieces.append(text[last:])
    joined = _NEWS_DATELINE.sub("", "".join(pieces).lstrip())
    if date_spans and ", " in joined:
        joined = _EMPTY_APPOSITIVE.sub("", joined)
    if "``" in joined or "''" in joined:  # the wire's quote marks, as a reader writes them
        joined = _WIRE_OPEN.sub("“", joined.replace("``", "“")).replace("''", "”")
    quoted = _QUOTE_THEN_SPEAKER.match(joined) if joined[:1] in _OPENING_QUOTES else None
    if quoted:  # '"We are back," Adams said' -> 'Adams: “We are back”'
        quote = _tidy(quoted.group("quote"))
        who = (quoted.group("who") or quoted.group("after")).strip()
        if who.endswith(".") and len(who.split()[-1]) > 4:
            who = who[:-1]  # "Fernandez." at the sentence end, not "Jr." or "F."
        headline = f"“{quote}”" if who.lower() in _PRONOUNS else f"{who}: “{quote}”"
    else:
        headline = _tidy(joined)
        if any(word in headline for word in _ATTRIBUTION_WORDS):
            headline = _ATTRIBUTION_END.sub("", headline) or headline
        speaker = _ATTRIBUTION_START.match(headline)
        if speaker and not (
            _PRONOUN_START.match(headline, speaker.end())
            or _TOLD_SOMEONE.search(speaker.group(0))
        ):
            headline = headline[speaker.end() :] or headline
        headline = _tidy(headline)
        headline = _LEADING_CONNECTIVE.sub("", headline)
    words = headline.split()
    if len(words) > HEADLINE_MAX_WORDS:
        cut = " ".join(words[:HEADLINE_MAX_WORDS])
        boundaries = list(_CLAUSE_COMMA.finditer(cut))
        clause_end = boundaries[-1].start() if boundaries else -1
        if clause_end > 0 and len(cut[:clause_end].split()) >= MIN_HEADLINE_WORDS:
            headline = cut[:clause_end]  # end at a clause boundary, no ellipsis needed
        else:
            headline = _LAST_WORD.sub("", cut) + "…"
    if "“" in headline or "”" in headline:
        headline = _balanced_quotes(headline)
    return headline[:1].upper() + headline[1:] if headline else headline


def _balanced_quotes(headline: str) -> str:
    """Curly quotation marks in pairs: a closing mark whose opening lies in an earlier
    sentence goes, a quotation cut short (or running on past the sentence) is closed."""
    kept = []
    depth = 0
    for char in headline:
        if char == "”":
            if depth == 0:
                continue
            depth -= 1
        elif char == "“":
            depth += 1
        kept.append(char)
    text = "".join(kept).replace("  ", " ").strip()
    return text + "”" * depth


# A past participle that opens a reduced relative clause: "The company, founded in 1990,
# went public"; not the set phrases "compared with", "based in", "adjusted for".
_PARTICIPLE = (
    r"(?:(?!(?:compared|based|adjusted|excluded|estimated|related|expected|added|noted|"
    r"stated|reported|quoted|asked|indeed|need)\b)[a-z]{3,}ed|born|built|known|made|held|"
    r"taken|given|written|chosen|sold|bought|shot|seen)"
)
_RELATIVE_CLAUSE = re.compile(rf",\s+(?:who\b|which\b|(?P<participle>{_PARTICIPLE})\s)[^,]*,\s*")
_WHEN_CLAUSE = re.compile(r",?\s+when\s+([^.;,]+)")


_COORDINATION = r"\s+(?:and|then|and\s+then|before|after)\s+(?=[a-z])"
_COORDINATION_AT = re.compile(",?" + _COORDINATION)  # for a few characters around a point
# The same joints for scans over a whole clause: a white-space run is tried at its start
# only (the match found is the same, and the scan stays linear in the run's length).
_COORDINATION_SCAN = re.compile("(?:,|(?<!\\s))" + _COORDINATION)
_VERBISH = re.compile(
    r"\b(?:[a-z]{3,}ed|was|were|is|are|has|had|have|will|would|said|says|met|went|flew|left|"
    r"took|made|sent|held|began|came|gave|told|won|lost|arrived|visited|plans|says|wants|"
    r"expects|hopes|aims|intends|seeks|needs)\b"
)


_MOVEMENT_END = re.compile(r"\b(?:visited|arrived|went|came|travell?ed|returned)$")
_REPORTING_END = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|claimed|warned|predicted|insisted|argued|added|"
    r"reported|wrote|stated|confirmed|denied)\b(?:\s+\S+){0,4}\s*$"
)
_THAT = re.compile(r"that\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"(?P<who>(?:[A-Z][\w.'-]*\s+){1,4})(?P<verb>claimed|said|says|told\s+\w+|alleged|insisted|"
    r"denied|reported|announced|argued|added|believes|believed|warned)\b[^.;]*$"
)


# The speaker and verb just before a date: "Police said on Tuesday", ", officials said
# Wednesday", "the ministry announced on Monday".
_SPEAKER_BEFORE_DATE = re.compile(
    r"(?:^|[,;]\s*|[”\"]\s*|''\s*)(?P<who>(?:[Tt]he\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,3}?)\s+"
    r"(?P<verb>said|says|told\s+[\w.]+|announced|reported|added|warned|insisted|confirmed)"
    r"\s+(?:on\s+|late\s+|early\s+)?$"
)
# Speakers named by a common noun: lowercase inside a headline ("..., police said").
_COMMON_SPEAKERS = frozenset(
    "police officials authorities witnesses residents analysts investigators prosecutors "
    "officers experts sources diplomats doctors observers organisers organizers "
    "economists traders lawyers".split()
)
# Words that start a clause and may be lowercased after a speaker ("Officials said the ...").
_PLAIN_STARTS = frozenset(
    "the a an it its he she they we there this that these those his her their our some "
    "many most all no one two three".split()
)


def _speaker_inside(who: str) -> str:
    """`who` as it reads inside a sentence: "Police" -> "police", "The ministry" -> "the
    ministry"; names stay as written."""
    first, _, rest = who.partition(" ")
    if (first.lower() in _COMMON_SPEAKERS and not rest) or first in ("The", "A", "An"):
        return first.lower() + (" " + rest if rest else "")
    return who


def _fragment(headline: str, sentence_text: str) -> bool:
    """Whether `headline` starts with a word written lowercase in its sentence that is no
    plain clause start: a verb phrase cut from its subject ("Is being analyzed")."""
    first = headline.split(" ", 1)[0].lower()
    return first not in _PLAIN_STARTS and bool(
        re.search(rf"(?<![\w-]){re.escape(first)}(?![\w-])", sentence_text)
    )


def _lower_first(headline: str, sentence_text: str) -> str:
    """`headline` to follow a speaker: its first word lowercase where the sentence writes
    it so ("Police said on Tuesday that the suspect ..."), names as written."""
    first = headline.split(" ", 1)[0]
    lowered = first[:1].lower() + first[1:]
    written = re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", sentence_text)
    if first == lowered or not written:
        return headline
    return lowered + headline[len(first) :]


def _speaker_of_date(
    text: str, sentence: tuple[int, int], expression: TimeExpression
) -> tuple[str, bool] | None:
    """ ("Police said", True) when `expression` dates a statement that leads its sentence
    ("Police said on Tuesday that ..."), ("officials said", False) when it trails ("...,
    officials said Wednesday"); else None."""
    lo = max(sentence[0], expression.start - 80)
    before = text[lo : expression.start]  # a slice: `^` is the sentence start when lo is
    match = _SPEAKER_BEFORE_DATE.search(before)
    if match is None or (match.start() == 0 and lo > sentence[0]):
        return None
    who, verb = match.group("who"), " ".join(match.group("verb").split())
    leading = lo + match.start("who") == sentence[0]
    if not leading:
        who = _speaker_inside(who)
    if who.split(" ", 1)[0].lower() in _PRONOUNS:
        return None  # "he said on Monday": the pronoun names no one
    return f"{who} {verb}", leading


def _clause_for(text: str, sentence: tuple[int, int], expression: TimeExpression,
                others: list[TimeExpression]) -> tuple[int, int]:  # fmt: skip
    """The span of the sentence that speaks about `expression` and no other date."""
    if not others:
        return sentence
    parts = clauses(text, *sentence)
    index = next(i for i, (lo, hi) in enumerate(parts) if lo <= expression.start < hi or
                 (i == len(parts) - 1))  # fmt: skip
    lo, hi = parts[index]
    other_starts = [o.start for o in others]
    # Grow a short clause backwards over neighbours without another date (up to the
    # subject), then forwards into a complement ("claimed this week | that Xi had ...").
    first = last = index
    while first > 0 and len(text[lo:hi].split()) < MIN_CLAUSE_WORDS:
        prev_lo, _ = parts[first - 1]
        if any(prev_lo <= s < lo for s in other_starts):
            break
        first -= 1
        lo = prev_lo
    while last + 1 < len(parts) and (
        len(text[lo:hi].split()) < MIN_CLAUSE_WORDS
        or (_REPORTING_END.search(text, lo, hi) and _THAT.match(text, parts[last + 1][0]))
    ):  # "Yellen said in September | that a move was likely": what was said is the news
        last += 1
        hi = parts[last][1]
    return _split_coordination(text, (lo, hi), expression, other_starts)


def _split_coordination(
    text: str, clause: tuple[int, int], expression: TimeExpression, other_starts: list[int]
) -> tuple[int, int]:
    """Split "arrived in Seoul on Monday and flew to Tokyo on Wednesday" between dates."""
    lo, hi = clause
    before = [s for s in other_starts if lo <= s < expression.start]
    after = [s for s in other_starts if expression.end <= s < hi]
    if before:
        joints = list(_COORDINATION_SCAN.finditer(text, max(before), expression.start))
        if joints:
            lo = joints[-1].end()
    if after:
        joint = _COORDINATION_SCAN.search(text, expression.end, min(after))
        if joint:
            hi = joint.start()
    return lo, hi


# A comma-set phrase that is no subject: "at 1:47 a.m.", "After talks on Monday".
_PHRASE_OPENING = re.compile(
    r"(?i:at|in|on|during|after|before|from|by|with|for|since|until|despite|however)\b"
)
_AND_BEFORE = re.compile(r"\b(?:and|or|but)\b")
_OBJECT_START = re.compile(r"(?:the|a|an|two|three|four|five|several|many|\d)\b")
_CATENATIVES = frozenset("plans wants expects hopes aims intends seeks needs".split())
_TO_AFTER = re.compile(r"\s+to\s")
_BARE_VERB_NEXT = re.compile(
    r"[\s,]*(?:(?:and|or|but)\s+)?(?!(?:the|a|an|he|she|it|they|we|his|her|its|their|this|that|"
    r"and|or|but)\b)"
    r"[a-z]+(?<!ed)(?<!ing)\b"
)
_AUXILIARIES = frozenset({"was", "were", "is", "are", "has", "had", "have"})
_PARTICIPLE_NEXT = re.compile(r"[\s,]*(?:and|or|but)?\s*[a-z]{3,}ed\b")


def _shared_subject(text: str, sentence: tuple[int, int], clause: tuple[int, int]) -> str:
    """For the second half of a coordination ("... and flew to Tokyo"), the subject of
    the sentence: its words before the first verb, if short."""
    if clause[0] <= sentence[0] or not _COORDINATION_AT.search(
        text, max(sentence[0], clause[0] - 12), clause[0] + 6
    ):
        return ""
    verb = _VERBISH.search(text, sentence[0], clause[0])
    if verb is None:
        return ""
    # "After talks on Monday, the ministers met ...": the words after a leading phrase;
    # "The aide, 34, was arrested": not an appositive's
    parts = [part.strip() for part in text[sentence[0] : verb.start()].split(",")]
    named = [part for part in parts if part[:1].isalpha() and not _PHRASE_OPENING.match(part)]
    subject = named[-1] if named and len(named) <= 2 else ""
    if not 0 < len(subject.split()) <= 6:
        return ""
    if verb.group(0) in _AUXILIARIES and _PARTICIPLE_NEXT.match(text, clause[0]):
        subject += " " + verb.group(0)  # "was arrested in July and charged ...": "was charged"
    elif verb.group(0) in _CATENATIVES and _TO_AFTER.match(text, verb.end()) and (
        _BARE_VERB_NEXT.match(text, clause[0])
    ):  # "NASA plans to fly ... and land them on the surface": "plans to land"
        subject += f" {verb.group(0)} to"
    return subject


def _without_relative_clauses(
    text: str, sentence: tuple[int, int], keep: TimeExpression
) -> list[tuple[int, int]]:
    """Pieces of the sentence outside non-restrictive relative clauses (", who ...,")
    that do not hold `keep`: "Trump, who warned Xi ..., took to Twitter on Thursday"."""
    pieces = []
    lo = sentence[0]
    for match in _RELATIVE_CLAUSE.finditer(text, sentence[0], sentence[1]):
        if match.start() <= keep.start < match.end():
            continue
        if match.group("participle") and not _subject_appositive(text, sentence, match):
            continue
        pieces.append((lo, match.start()))
        lo = match.end()
    pieces.append((lo, sentence[1]))
    return pieces


_PARTICIPLE_OPENING = re.compile(rf",\s+{_PARTICIPLE}\s")


def _subject_appositive(text: str, sentence: tuple[int, int], match: re.Match[str]) -> bool:
    """Whether a participle clause follows the sentence's first comma, after its subject
    ("The company, founded in 1990, went public"), not a later one ("The talks, held in
    May, failed": "failed" is the verb)."""
    return text.find(",", sentence[0], match.start()) < 0


_RELATIVE_START = re.compile(rf",\s+(?:who|which|(?P<participle>{_PARTICIPLE}))\s+")
_ANTECEDENT_BREAK = re.compile(
    r"[,;:()]|\b(?:of|to|for|on|in|at|with|by|from|about|against|into|over|under|after|"
    r"before|during|through|between|among|within|without|behind|across)\s"
)
_NAME_RUN_END = re.compile(r"(?:[A-Z][\w.'’-]*\s+(?:and\s+)?){0,4}[A-Z][\w.'’-]*$")
ANTECEDENT_MAX_WORDS = 6


def _phrase_before(head: str) -> str:
    """The noun phrase that ends `head`: its words after the last punctuation mark or
    preposition, if there are at most ANTECEDENT_MAX_WORDS of them ("" otherwise)."""
    phrase = _ANTECEDENT_BREAK.split(head)[-1].strip()
    return phrase if 0 < len(phrase.split()) <= ANTECEDENT_MAX_WORDS else ""


def _in_relative_clause(
    text: str,
    sentence: tuple[int, int],
    expression: TimeExpression,
    dated: list[TimeExpression],
    others: list[TimeExpression],
) -> str:
    """For a date inside ", who/which ..." ("Kopp, who is charged with killing Slepian
    last fall, ..."), the headline of that clause with the noun it hangs on: the date
    tells when the clause happened, not the sentence around it. "" when not in one."""
    starts = list(_RELATIVE_START.finditer(text, sentence[0], expression.start))
    if not starts or "," in text[starts[-1].end() : expression.start]:
        return ""
    relative = starts[-1]
    if relative.group("participle") and not _subject_appositive(text, sentence, relative):
        return ""
    comma = text.find(",", expression.end, sentence[1])
    end = comma if comma >= 0 else sentence[1]
    if any(relative.end() <= other.start < end for other in others):
        return ""  # another date in the same clause: the clause splitting decides
    head = text[sentence[0] : relative.start()].rstrip()
    name = _NAME_RUN_END.search(head)
    # "... the arrest of James Kopp": "James Kopp"
    antecedent = _phrase_before(name.group(0) if name else head)
    if not antecedent:
        return ""
    clause_start = relative.end()
    if relative.group("participle") and any(
        relative.start() - len(antecedent) <= e.start < relative.start() for e in dated
    ):
        return ""  # "In December, cited by police, Farkas ...": no noun before the comma
    if relative.group("participle") and antecedent.lower() in _SENTENCE_ADVERBS:
        return ""  # "However, cited by police in December, Farkas was ordered home"
    if relative.group("participle"):  # "The company, founded in 1990,": "was founded"
        clause_start = relative.start("participle")
        antecedent += " were" if _PLURAL_END.search(antecedent) else " was"
    joined = f"{antecedent} {text[clause_start:end]}"
    shift = len(antecedent) + 1 - clause_start
    spans = [(e.start + shift, min(e.end, end) + shift) for e in dated
             if clause_start <= e.start < end]  # fmt: skip
    return make_headline(joined, spans)


def _joined_headline(text: str, pieces: list[tuple[int, int]], dated: list[TimeExpression]) -> str:
    """The headline of the pieces of a sentence joined (offsets shift, the date spans
    stay aligned): a sentence without its relative clauses."""
    joined = ""
    spans: list[tuple[int, int]] = []
    for lo, hi in pieces:
        for o in dated:
            if lo <= o.start < hi:
                spans.append((len(joined) + o.start - lo, len(joined) + min(o.end, hi) - lo))
        joined += text[lo:hi] + " "
    return make_headline(joined, spans)


# "Kim visited Beijing in March, Seoul in June and Tokyo in October": names, each with
# its date, after one verb.
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_GAP_BETWEEN = re.compile(rf"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<obj>{_NAME})\s+(?:in|on|at)\s+")
_GAP_FIRST = re.compile(rf"(?<=\s)(?P<obj>{_NAME})\s+(?:in|on|at)\s+$")


_IN_ON_AT_BEFORE = re.compile(r"\b(?:in|on|at)\s+$")


def _gapped_list(
    text: str, sentence: tuple[int, int], expression: TimeExpression, dated: list[TimeExpression]
) -> str:
    """For a date in a list of names and dates after one verb, that name's headline:
    "Kim visited Seoul" for June; "" when the date is in no such list."""
    if not _IN_ON_AT_BEFORE.search(text, max(0, expression.start - 4), expression.start):
        return ""  # every date of such a list follows "in", "on" or "at"
    index = next(i for i, e in enumerate(dated) if e is expression)
    first = last = index
    while first > 0 and _GAP_BETWEEN.fullmatch(text, dated[first - 1].end, dated[first].start):
        first -= 1
    while last + 1 < len(dated) and _GAP_BETWEEN.fullmatch(
        text, dated[last].end, dated[last + 1].start
    ):
        last += 1
    if first == last:
        return ""
    lead = _GAP_FIRST.search(text, max(sentence[0], dated[first].start - 60), dated[first].start)
    head = text[sentence[0] : lead.start()] if lead else ""
    if lead is None or not _VERBISH.search(head) or any(e.start < lead.start() for e in dated):
        return ""
    if index == first:
        name = lead.group("obj")
    else:
        between = _GAP_BETWEEN.fullmatch(text, dated[index - 1].end, expression.start)
        name = between.group("obj") if between else ""
    return make_headline(head + name, []) if name else ""


_DETERMINERS = frozenset(("The", "A", "An", "His", "Her", "Its", "Their"))
_NOUN_PHRASE_START = re.compile(r"(?i:the|a|an|his|her|its|their)\s|[A-Z][a-z]+\s+[A-Z]")
_LEADING_AND = re.compile(r"^[\s,]*(?:and|or|but)\s+")
_SENTENCE_ADVERBS = frozenset(
    """however meanwhile separately also still instead nevertheless moreover furthermore
    finally earlier later then now yet but and thus indeed instead""".split()
)
# Words that start a clause with its own subject ("... and he was appointed").
_OWN_SUBJECT = frozenset("he she they it we i the a an his her its their this these".split())
_PLURAL_END = re.compile(r"(?<![su'])s$")  # "The talks", not "the bus", "Reuters'"


def _headline_for(
    text: str,
    sentence: tuple[int, int],
    expression: TimeExpression,
    dated: list[TimeExpression],
    others: list[TimeExpression],
) -> str:
    """The headline of the event that `expression` dates within its sentence."""
    when = _WHEN_CLAUSE.match(text, expression.end, sentence[1])
    if when and len(when.group(1).split()) >= 3:
        headline = make_headline(when.group(1), [])  # "since October 2016, when X visited"
        if _MOVEMENT_END.search(headline):
            places = [e.name for e in find_entities(text[sentence[0] : when.start()])
                      if e.kind is EntityKind.PLACE]  # fmt: skip
            if len(places) == 1:
                headline = f"{headline} {places[0]}"  # the place the main clause names
        return headline
    if relative := _in_relative_clause(text, sentence, expression, dated, others):
        return relative
    if others and (gapped := _gapped_list(text, sentence, expression, dated)):
        return gapped
    quoted = _QUOTE_THEN_SPEAKER.match(text, sentence[0], sentence[1])
    if quoted and expression.start >= quoted.end("quote"):
        # '"We were pushed out in February but we are back," Adams said Sunday': on
        # Sunday he said all of it; the dates inside the quotation stay in it
        outside = [(e.start - sentence[0], e.end - sentence[0]) for e in dated
                   if e.start >= quoted.end("quote")]  # fmt: skip
        return make_headline(text[sentence[0] : sentence[1]], outside)
    pieces = _without_relative_clauses(text, sentence, expression) if others else [sentence]
    reduced = len(pieces) > 1 and _PARTICIPLE_OPENING.match(text, pieces[0][1])
    if len(pieces) > 1 and not (
        reduced and any(lo <= o.start < hi for o in others for lo, hi in pieces)
    ):
        return _joined_headline(text, pieces, dated)
    clause = _clause_for(text, sentence, expression, others)
    inside = [(max(lo, clause[0]), min(hi, clause[1])) for lo, hi in pieces
              if lo < clause[1] and hi > clause[0]]  # fmt: skip
    if len(inside) > 1:  # "The company, founded in 1990, | went public in 1998 and ..."
        headline = _joined_headline(text, inside, dated)
    else:
        spans = [(o.start - clause[0], min(o.end, clause[1]) - clause[0])
                 for o in dated if clause[0] <= o.start < clause[1]]  # fmt: skip
        headline = make_headline(text[clause[0] : clause[1]], spans)
    shared = _shared_subject(text, sentence, clause)
    verbs = list(_VERBISH.finditer(text, sentence[0], clause[0])) if shared else []
    bridge = text[verbs[-1].start() : clause[0]].strip() if verbs else ""
    if (
        headline
        and bridge.endswith((" after", " before"))
        and len(bridge.split()) <= 4
        and _OBJECT_START.match(text, clause[0])
        and not any(verbs[-1].start() <= e.start < clause[0] for e in dated)
    ):  # "came after | two scrubbed attempts in late August": "after" is a preposition
        shared = f"{shared[:1].upper()}{shared[1:]} {bridge}"
        headline = f"{shared} {headline[:1].lower()}{headline[1:]}"
        shared = ""
    if shared and headline and not _VERBISH.search(text, clause[0], clause[1]):
        # "passed the House in May and the Senate on Tuesday": the verb is the first
        # clause's ("The bill passed the Senate")
        opening = _LEADING_AND.sub("", text[clause[0] : clause[1]])
        joined_by_and = _AND_BEFORE.search(text, max(sentence[0], clause[0] - 6), clause[0] + 4)
        if verbs and joined_by_and and _NOUN_PHRASE_START.match(opening):
            if headline.split(" ", 1)[0] in _DETERMINERS:
                headline = headline[:1].lower() + headline[1:]  # "the Senate"
            headline = f"{shared[:1].upper()}{shared[1:]} {verbs[-1].group(0)} {headline}"
            shared = ""
    if shared and headline and headline.split(" ", 1)[0].lower() not in _OWN_SUBJECT:
        headline = f"{shared[:1].upper()}{shared[1:]} {headline[:1].lower()}{headline[1:]}"
    reporter = _REPORTED.match(text, sentence[0], clause[0])
    if reporter and text[clause[0] : clause[0] + 5].lower().startswith("that"):
        who = _speaker_inside(reporter.group("who").strip())
        headline = f"{headline}, {who} {reporter.group('verb')}"
    elif others and headline and (speaker := _speaker_of_date(text, sentence, expression)):
        # "Police said on Tuesday that the suspect was arrested on Sunday": on Tuesday
        # the police said it (the arrest is Sunday's event)
        said, leading = speaker
        sentence_text = text[sentence[0] : sentence[1]]
        if said.rsplit(" ", 1)[0].lower() not in headline.lower() and not _fragment(
            headline, sentence_text
        ):
            headline = (
                f"{said} {_lower_first(headline, sentence_text)}" if leading
                else f"{headline}, {said}"
            )  # fmt: skip
    subject = _subject_for(text, clause, sentence)
    if subject:
        rest = re.sub(r"^(?:who|which)\s+", "", headline, flags=re.I)
        if text.startswith("that", clause[0]):  # "Began, just when ...": its verb
            rest = rest[:1].lower() + rest[1:]
            subject = _PARTICIPLE_HEAD.sub("", subject)  # "extending a trend": "a trend"
            subject = subject[:1].upper() + subject[1:]
        headline = subject + " " + rest
    return headline


def _subject_for(text: str, clause: tuple[int, int], sentence: tuple[int, int]) -> str:
    """For a relative clause ("who warned Xi ...", "a trend that began"), the noun phrase
    it hangs on."""
    if _THAT_START.match(text, clause[0], clause[1]):
        # "a trend that began last fall": a relative "that" after a noun (not after
        # "said", "showed" and other verbs, where it starts what was said)
        head = text[sentence[0] : clause[0]].rstrip()
        if head.endswith(",") or not _NOUN_BEFORE_THAT.search(head):
            return ""
        return _phrase_before(head)
    if not _WHO_WHICH_START.match(text, clause[0], clause[1]):
        return ""
    head = text[sentence[0] : clause[0]].rstrip(" ,")
    subject = re.split(r"[,;]", head)[-1].strip()
    return subject if 0 < len(subject.split()) <= 5 else ""


# At the start of a clause, matched in place (`endpos` at its end is its slice's end).
_THAT_START = re.compile(r"that\b")
_WHO_WHICH_START = re.compile(r"(?:who|which)\b")
_PARTICIPLE_HEAD = re.compile(r"^[a-z]+ing\s+")
# A noun before a relative "that": a word after a determiner, and no verb of saying,
# knowing or showing ("said that", "showed that") or "so"/"such"/"now".
_NOUN_BEFORE_THAT = re.compile(
    r"\b(?:a|an|the|this|its|his|her|their|our|one|some|any)\s+(?:[\w-]+\s+){0,2}"
    r"(?!(?:said|says|told|showed|shows|found|believes?|believed|thinks?|thought|knows?|knew|"
    r"hopes?|hoped|fears?|feared|means?|meant|suggests?|suggested|indicated|announced|"
    r"reported|warned|claimed|added|argued|noted|insisted|stated|expects?|expected|agreed|"
    r"so|such|now)$)[a-z][\w-]*$"
)


def _is_dateline(text: str, sentence: tuple[int, int], dated: list[TimeExpression]) -> bool:
    """A line that dates the article, not an event: mostly a date, or a byline and
    publication line ("By Jane Smith | Published 4:02 PM EDT, Wed March 16, 2022")."""
    covered = sum(e.end - e.start for e in dated)
    if covered >= DATELINE_COVERAGE * (sentence[1] - sentence[0]):
        return True
    if _PUBLISHED_LINE.match(text, sentence[0], sentence[1]):
        return True
    if sentence[1] - sentence[0] > DATELINE_MAX_CHARS:
        return False
    rest, last = [], sentence[0]  # the line without its dates: only byline words left?
    for expression in dated:
        rest.append(text[last : expression.start])
        last = expression.end
    rest.append(text[last : sentence[1]])
    return bool(_DATELINE_REST.fullmatch(" ".join(rest)))


# What a dateline holds besides its dates: "By Jane Smith and Bo Ma •", "· 4 min read",
# "Updated", "Wed".
_DATELINE_REST = re.compile(
    rf"(?:\s|[|•·,;:—–-]|\bBy\s+{BYLINE_NAMES}|\b{READING_TIME}\b|\b(?:Published|Updated|"
    r"Posted|Modified|Last|First|Originally|on|at)\b|"
    r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\b\.?)*"
)
_PUBLISHED_LINE = re.compile(
    rf"(?:{BYLINE_LEAD})?(?:(?:Last|First|Originally)\s+)?"
    r"(?:Published|PUBLISHED|Updated|UPDATED|Posted|POSTED|Modified)(?:\s+on)?\s*[:\-–—]?\s*"
    r"(?:\d|[A-Z][a-z]{2})"  # then a date or a time: "Published 4:02 PM", "Updated: Mon"
)


def _confidence(date: EventDate, expression: TimeExpression | None, article: Article) -> float:
    if expression is None:
        base = TITLE_CONFIDENCE
        relative = True
    else:
        base = CONFIDENCE_BY_GRANULARITY[date.granularity]
        relative = _ABSOLUTE.search(expression.text) is None
        if date.granularity is EventGranularity.DAY and not relative:
            base += 0.1
        if expression.mod:
            base -= 0.1
    if article.published_source is PublishedSource.INFERRED and relative:
        base *= INFERRED_FACTOR
    return round(max(0.05, min(base, 0.99)), 3)


def _publication_date(article: Article) -> EventDate:
    day = article.published  # a validated article's date: `trusted`
    return trusted(EventDate, {"value": day.isoformat(), "start": day, "end": day,
                               "granularity": EventGranularity.DAY, "text": None,
                               "mod": None})  # fmt: skip


def _is_title(text: str, span: tuple[int, int], article: Article) -> bool:
    """Whether the first sentence of the text is the article's title (a Markdown heading
    too): a line of its own, not the first sentence of a paragraph the title was cut from."""
    if text[span[1] : span[1] + 200].lstrip(" \t")[:1] not in ("\n", "\r", ""):
        return False
    line = text[span[0] : span[1]]
    return " ".join(line.lstrip("#").split()) == " ".join(article.title.split())


def extract_events(
    article: Article, expressions: list[TimeExpression] | None = None
) -> list[Event]:
    """The dated events of one article, in text order (duplicate sentences once)."""
    text = article.text
    if expressions is None:
        expressions = resolve_dates(text, article.published)
    spans = sentences(text)
    known: list[Entity] = []  # every entity named so far, in order of first mention
    known_keys: set[tuple[str, EntityKind]] = set()
    index = SurnameIndex()
    events: list[Event] = []
    seen: set[tuple[str, str]] = set()
    title_span = spans[0] if spans and _is_title(text, spans[0], article) else None
    first_body: tuple[int, int] | None = None
    first_body_dated = False
    cursor = 0
    for sentence in spans:
        in_sentence = []
        while cursor < len(expressions) and expressions[cursor].start < sentence[1]:
            if expressions[cursor].start >= sentence[0]:
                in_sentence.append(expressions[cursor])
            cursor += 1
        sentence_text = text[sentence[0] : sentence[1]]
        entities = [] if sentence == title_span else find_entities(sentence_text, index=index)
        for entity in entities:
            if (entity.name, entity.kind) not in known_keys:
                known_keys.add((entity.name, entity.kind))
                known.append(entity)
                index.add(entity)
        dates = [(e, _event_date(e)) for e in in_sentence
                 if e.type in (TimexType.DATE, TimexType.TIME)]  # fmt: skip
        dated = [e for e, date in dates if date is not None]
        if dated and _is_dateline(text, sentence, dated):
            continue
        if sentence != title_span and first_body is None:
            first_body, first_body_dated = sentence, bool(in_sentence)
        # Once per sentence, for the `seen` keys and (stripped) for every event's id.
        normalised = _non_word_spaced(sentence_text.lower()) if dated else ""
        stripped = normalised.strip()
        ranges, range_ends = date_ranges(text, sentence, dates)
        groups = dict(zip(map(id, dated), coordinated_groups(text, dated), strict=True))
        for position, (expression, date) in enumerate(dates):
            if date is None or position in range_ends or _is_baseline(text, sentence, expression):
                continue
            date = ranges.get(position, date)
            key = (date.value, normalised)
            if key in seen:  # this date and sentence already made an event
                continue
            # Empty when every date of the sentence has this value (no Counter needed).
            group = groups[id(expression)]
            others = [o for o in dated if o.value != expression.value
                      and groups[id(o)] != group]  # fmt: skip
            headline = _headline_for(text, sentence, expression, dated, others)
            if not headline or _DATELINE_ONLY.fullmatch(headline):
                continue  # "HAVANA, August 7 (Xinhua) --" on a line of its own
            seen.add(key)
            # Built from checked values (str, offsets >= 0, confidence in [0.05, 0.99]):
            # `trusted`, with its own list of entities as validation would give it.
            source = {"article_id": article.id, "start": sentence[0], "end": sentence[1],
                      "date_text": expression.text}  # fmt: skip
            events.append(trusted(Event, {
                "id": _hashed_id(date.value, stripped),
                "date": date,
                "headline": headline,
                "sentence": sentence_text,
                "sources": [trusted(Source, source)],
                "entities": list(entities),
                "confidence": _confidence(date, expression, article),
            }))  # fmt: skip
    main = _main_news_event(article, title_span, first_body, first_body_dated, known, index)
    if main is not None:
        events.insert(0, main)
    return events


def _title_headline(title: str, lead: str) -> str:
    """The main event's headline: the title as written; a title cut from the lead
    paragraph (longer than a headline) shortened like one; the lead's when the title is
    too short to say anything (a file name, an id)."""
    words = len(title.split())
    if words < MIN_TITLE_WORDS:
        return make_headline(lead, [])
    return _tidy(title) if words <= HEADLINE_MAX_WORDS else make_headline(title, [])


def _main_news_event(
    article: Article,
    title_span: tuple[int, int] | None,
    lead: tuple[int, int] | None,
    lead_dated: bool,
    known: list[Entity],
    index: SurnameIndex,
) -> Event | None:
    """The title (and undated lead) as an event of the publication day; `index` is that
    of the `known` names (the same as `SurnameIndex(known)`, built as they came)."""
    if title_span is not None and resolve_dates(article.title, article.published):
        return None  # a dated title is an ordinary event sentence
    if lead_dated:
        return None  # the lead carries its own date: it is the main news, dated as written
    text = article.text
    span = lead if lead is not None and not lead_dated else title_span or lead
    if span is None or not article.title.strip():
        return None
    sentence_text = text[span[0] : span[1]]
    date = _publication_date(article)
    title_words = set(re.findall(r"[A-Za-z][\w-]+", article.title.lower()))
    entities = [] if span == title_span else find_entities(sentence_text, index=index)
    # The title-word test first: it is cheap, and few pass it to the (pydantic) equality.
    entities += [e for e in known if set(e.name.lower().split()) & title_words
                 and e not in entities]  # fmt: skip
    source = {"article_id": article.id, "start": span[0], "end": span[1], "date_text": None}
    return trusted(Event, {  # checked values, as in extract_events
        "id": event_id(date.value, sentence_text),
        "date": date,
        "headline": _title_headline(article.title, sentence_text),
        "sentence": sentence_text,
        "sources": [trusted(Source, source)],
        "entities": entities,
        "confidence": _confidence(date, None, article),
    })  # fmt: skip
