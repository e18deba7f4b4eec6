"""Invariants of the date resolver on arbitrary text and dates (Hypothesis)."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from timeline.dates import resolve_dates, tense
from timeline.dates.folding import ascii_folded, lowercase_copy
from timeline.dates.rules import RULES
from timeline.dates.scan import Scanner
from timeline.text import UPPER_BEYOND_ASCII

# Words the grammar reacts to, and neighbours that must not fool it ("Mar|yland").
WORDS = (
    "May may March march Mar. Maryland Nov. 9 17 1998 2017 1990s '90s mid-1990s Friday "
    "Fridays Friday's last next this past the a an two twenty-four 24 hours years year-ago "
    "ago earlier later before after , . - / : 3:30 p.m. am noon afternoon first quarter Q3 "
    "3Q fiscal 1999 half spring fall of early late now currently recently soon future "
    "every each per daily week weekend month months decade century 21st today yesterday "
    "tomorrow tonight morning about nearly more than 1/2 10/11/2001 2001-09-11 \u0130 \u0131 "
    "\u017f \u212a 1,000 $1998 No. 747 percent old since will had was said Is WILL Said "
    "expected to be published going  to won't 'll based. Now! (Then) \"Today\" ? q12 q1998 Q1 1998 "
    "\u00e9 \u00e9may _may 2may may2 \u0663\u0660 noonday"
).split()
SEPARATORS = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", "-", ""])

word_text = st.lists(st.tuples(st.sampled_from(WORDS), SEPARATORS), max_size=40).map(
    lambda pairs: "".join(word + sep for word, sep in pairs)
)
any_text = st.one_of(st.text(max_size=300), word_text)
any_date = st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max]))
SCANNER = Scanner(RULES)


def _full_scan(text: str) -> list[tuple[int, int, str]]:
    """Every rule run over the whole text: what the windowed scanner must reproduce."""
    found = []
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            while end > start and text[end - 1] in " \t\n,-":
                end -= 1
            if end > start:
                found.append((start, end, rule.name))
    return sorted(found)


@settings(max_examples=300, deadline=None)
@given(text=any_text, published=any_date)
def test_never_raises_and_spans_are_valid(text: str, published: dt.date | None) -> None:
    expressions = resolve_dates(text, published)
    previous_end = 0
    for expression in expressions:
        assert 0 <= expression.start < expression.end <= len(text)
        assert text[expression.start : expression.end] == expression.text
        assert expression.start >= previous_end  # ordered, non-overlapping
        previous_end = expression.end
        if expression.start_date is not None and expression.end_date is not None:
            assert expression.start_date <= expression.end_date


@settings(max_examples=300, deadline=None)
@given(text=word_text)
@example(text="10/11/2001 today ")  # (four digits before "today" without a preposition)
@example(text="since 2039 on Sunday night")
def test_windowed_scan_finds_what_a_full_scan_finds(text: str) -> None:
    windowed = sorted((start, end, rule.name) for start, end, rule, _ in SCANNER.candidates(text))
    assert windowed == _full_scan(text)


ascii_text = st.one_of(
    st.text(alphabet=st.characters(max_codepoint=127), max_size=300),
    word_text.filter(str.isascii),
)
CUES = {"future": tense._FUTURE, "past": tense._PAST, "present": tense._PRESENT}
CASE_SENSITIVE = {"country_day"}  # run over the text itself, never folded
FOLDED = [
    *((rule.name, rule.pattern, *ascii_folded(rule.pattern)) for rule in RULES
      if rule.name not in CASE_SENSITIVE),
    *((name, pattern, *ascii_folded(pattern)) for name, pattern in CUES.items()),
]


def test_only_the_case_sensitive_rules_cannot_be_folded() -> None:
    unfoldable = set()
    for rule in RULES:
        try:
            ascii_folded(rule.pattern)
        except ValueError:
            unfoldable.add(rule.name)
    assert unfoldable == CASE_SENSITIVE


@settings(max_examples=300, deadline=None)
@given(text=ascii_text)
def test_folded_patterns_match_lowercased_ascii_as_the_rules_match_the_text(text: str) -> None:
    lowered = lowercase_copy(text)
    for name, pattern, folded, lookback in FOLDED:
        # (one character before a match is read by "\b"; "3, " by the second of a list
        # of days before its month, "on 3, 4 and 5 October")
        assert lookback == (3 if name == "leading_listed_day" else 1), name
        for pos in (0, len(text) // 2):  # from pos > 0, lookbehinds see before pos
            expected = [m.regs for m in pattern.finditer(text, pos)]
            assert [m.regs for m in folded.finditer(lowered, pos)] == expected, name


@settings(max_examples=300, deadline=None)
@given(text=any_text)
def test_triggers_found_in_two_passes_as_in_one(text: str) -> None:
    single_pass = Scanner(RULES)
    single_pass._split = False
    lowered = lowercase_copy(text)
    assert SCANNER._find_triggers(lowered) == single_pass._find_triggers(lowered)


@settings(max_examples=300, deadline=None)
@given(text=any_text)
def test_sentence_ends_as_the_plain_pattern_finds_them(text: str) -> None:
    plain = re.compile(r"[.!?]\s+(?=[A-Z\"'(`" + UPPER_BEYOND_ASCII + r"])|\n")
    found = [m.span() for m in tense._SENTENCE_END.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]


@settings(max_examples=50, deadline=None)
@given(
    unit=st.sampled_from(["1", "1998 ", "May ", "two years ", "3:30 ", "the first quarter "]),
    count=st.integers(min_value=1, max_value=2000),
)
def test_long_repeats_never_raise(unit: str, count: int) -> None:
    text = unit * count
    for expression in resolve_dates(text, dt.date(2017, 11, 17)):
        assert text[expression.start : expression.end] == expression.text
