"""Find every rule's matches fast: one pass for trigger words, then windows around them.

Running twenty-odd case-insensitive patterns over a whole article costs about 3 us a
character. Every match of a rule contains one of its trigger words (a month name, a
unit word, a digit run ...), so two case-sensitive passes over a lowercased copy (digit
runs; words, as one trie regex) find the triggers, and each rule's pattern runs only in windows of
its own reach around its triggers. The matches are the same as a full scan's: a window
starts and ends further from its triggers than any match of the rule can reach (the
pattern's maximum width, whitespace runs counted up to `WHITESPACE_RUN` characters).
In ASCII windows each rule runs as `ascii_folded`, case-sensitively over the lowercased
copy (twice as fast), and only its matches are found again in the text itself.
"""

from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Iterable, Sequence
from itertools import chain
from typing import Any

from timeline.dates.base import Rule
from timeline.dates.folding import NON_ASCII, ascii_folded, lowercase_copy
from timeline.dates.lexicon import CLOCK_DIGITS_AFTER

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse  # type: ignore[attr-defined]
else:  # pragma: no cover - Python 3.10
    import sre_parse

# Shapes of digit runs: of 4 digits; of 4 or more; of 1-2 before "/"; of 1-2 before ":" or
# "a"/"p" (after spaces); one digit before "q"; of 2 or 4 ending in 0; of 4 starting with 0.
DIGIT_SHAPES = ("#4", "#4+", "#/", "#.", "#clock", "#q", "#0", "#th", "#04", "#24", "#era")
WHITESPACE_RUN = 3  # whitespace runs inside a match counted at most this long
REACH_PAD = 24  # extra room for lookarounds at a window's edges
Candidate = tuple[int, int, Rule, re.Match[str]]

_DIGIT_RUN = re.compile(r"\d+")
_ASCII_DIGIT_RUN = re.compile(r"[0-9]+")
_BOUNDED = (
    (r"\s+", rf"\s{{1,{WHITESPACE_RUN}}}"),
    (r"\s*", rf"\s{{0,{WHITESPACE_RUN}}}"),
    (r"[\s-]+", rf"[\s-]{{1,{WHITESPACE_RUN}}}"),
    (r"[\s-]*", rf"[\s-]{{0,{WHITESPACE_RUN}}}"),
    (r"\d+", r"\d{1,20}"),
    (r"[\d:]+", r"[\d:]{1,20}"),
)


def _trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation of `words` factored as a trie (sre tries alternatives in
    turn, so shared prefixes are tested once); longer words win over their prefixes."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


def max_width(pattern: str) -> int:
    """The longest match of `pattern`, whitespace runs and digit runs bounded."""
    for unbounded, bounded in _BOUNDED:
        pattern = pattern.replace(unbounded, bounded)
    width = int(sre_parse.parse(pattern, re.IGNORECASE).getwidth()[1])
    if width >= sre_parse.MAXREPEAT:
        raise ValueError(f"pattern has unbounded width: {pattern[:60]}...")
    return width


_DOTTED_DATE_TAIL = re.compile(r"\.\d{1,2}\.\d{4}|\. \d{1,2}\. \d{4}")  # ("22. 10. 2077")
_DOTTED_CLOCK_TAIL = re.compile(r"\.[0-5]\d(?!\d|\.\d)")
_ERA_AFTER = re.compile(r"[ \t]?(?:a\.?d|b\.?c|c\.?e)\b")
_H_CLOCK_TAIL = re.compile(r"h[0-5]\d(?!\d)")  # (the text is lowered)


def _digit_shapes(run: str, text: str, end: int) -> tuple[str, ...]:
    """The trigger shapes of the run of digits `run`, which ends at `text[end]`."""
    size = len(run)
    shapes = []
    if size >= 4:
        shapes.append("#4+")
    if size == 4:
        shapes.append("#4")
        if run[0] == "0":
            shapes.append("#04")  # "0300 hours": a 24-hour clock
        if int(run[:2]) < 24 and int(run[2:]) < 60 and (
            CLOCK_DIGITS_AFTER.match(text, end) or text[end - 5 : end - 4] in ("", "\n")
        ):
            shapes.append("#24")  # "1000 on Friday", "2300 hrs", "0600 ChST"; a log's "0800
            # Cast off"
    elif size <= 2:
        following = text[end : end + 1]
        if following == "/":
            shapes.append("#/")
        elif following == "." and _DOTTED_DATE_TAIL.match(text, end):
            shapes.append("#.")  # "15.11.2017", not the decimals
        elif following == "." and _DOTTED_CLOCK_TAIL.match(text, end):
            shapes.append("#clock")  # "at 23.41;": a dotted 24-hour clock
        elif following == ":":
            shapes.append("#clock")
        elif following == "h" and _H_CLOCK_TAIL.match(text, end):
            shapes.append("#clock")  # "at 16h10": a French-style clock
        elif following == "q" and size == 1:
            shapes.append("#q")
        else:
            rest = text[end : end + WHITESPACE_RUN + 1].lstrip()
            if rest[:1] in ("a", "p"):
                shapes.append("#clock")
            if text[end : end + 2] in ("st", "nd", "rd", "th"):
                shapes.append("#th")  # "the 14th": an ordinal day
    if size == 3 and text[end : end + 2] in ("st", "nd", "rd", "th"):
        shapes.append("#th")  # "the 271st day of 2047"
    if size in (3, 4) and text[end : end + WHITESPACE_RUN + 1].lstrip()[:1] in ("a", "p"):
        shapes.append("#clock")  # a weather service's "712 PM CDT", "1056 PM"
    if size in (2, 4) and run[-1] == "0":
        shapes.append("#0")
    if size <= 4 and (
        _ERA_AFTER.match(text, end) or text.endswith(("a.d. ", "a.d."), 0, end - size)
    ):
        shapes.append("#era")  # "365 AD", "44 B.C.", "A.D. 79" (the text is lowered)
    return tuple(shapes)


class Scanner:
    """Candidate matches of `rules` in a text, found through their trigger words."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        triggers = {w for rule in rules for w in rule.triggers}
        shapes = {w for rule in rules for w in (*rule.triggers, *rule.companions)}
        unknown = {w for w in shapes if w.startswith("#")} - set(DIGIT_SHAPES)
        if unknown:
            raise ValueError(f"unknown digit shapes: {sorted(unknown)}")
        companions = {w for rule in rules for w in rule.companions if not w.startswith("#")}
        words = sorted(
            {w for w in triggers if not w.startswith("#") and not w.endswith("*")} | companions
        )
        prefixes = sorted(w[:-1] for w in triggers if w.endswith("*"))
        # A word ends before a letter, and one ending in a digit ("q1") before a digit too:
        # "q1" must not swallow the first digit of "q1998", whose year is a trigger.
        alternatives = rf"(?P<w>{_trie_pattern(words)})(?![a-z])(?!(?<=\d)\d)" + (
            rf"|(?P<p>{_trie_pattern(prefixes)})" if prefixes else ""
        )
        self._trigger = re.compile(rf"(?P<d>\d+)|\b(?:{alternatives})")
        # The same triggers in two passes sre runs faster: digit runs, and words after a
        # non-word character (a pattern led by a character class skips ahead in C, one led
        # by \b is tried at every offset). Exact when every word starts with a letter and
        # holds only word characters; a text where a word holds digits ("q1") and so could
        # have hidden part of a digit run takes the single pass.
        self._split = all(w[:1].isalpha() and w.isalnum() for w in words + prefixes)
        self._words = re.compile(rf"\W(?:{alternatives})")
        # On ASCII text, classes of ASCII characters: sre tests them with a bitmap.
        self._ascii_words = re.compile(rf"[^0-9_a-z](?:{alternatives})")
        self._first_word = re.compile(alternatives)
        self._digit_words = frozenset(w for w in words + prefixes if not w.isalpha())
        self._rules_of: dict[str, tuple[int, ...]] = {}
        for word in words + prefixes:
            self._rules_of[word] = tuple(
                index
                for index, rule in enumerate(rules)
                if word in rule.triggers or word + "*" in rule.triggers
            )
        self._companion_of = {
            word: tuple(i for i, rule in enumerate(rules) if word in rule.companions)
            for word in words
        }
        self._digit_rules: dict[tuple[str, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._reach = tuple(_reach(rule) for rule in rules)
        self._folded_patterns: list[tuple[re.Pattern[str] | None, int] | None] = (
            [None] * len(rules))  # fmt: skip

    def _rules_of_run(
        self, run: str, text: str, end: int
    ) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Rules a run of digits triggers, and rules it is a companion for."""
        shapes = _digit_shapes(run, text, end)
        if shapes not in self._digit_rules:
            self._digit_rules[shapes] = tuple(
                index
                for index, rule in enumerate(self.rules)
                if any(shape in rule.triggers for shape in shapes)
            ), tuple(
                index
                for index, rule in enumerate(self.rules)
                if any(shape in rule.companions for shape in shapes)
            )
        return self._digit_rules[shapes]

    def _find_triggers(self, lowered: str) -> tuple[list[list[int]], list[list[int]]]:
        """Per rule, the sorted offsets of its triggers and of its companion words."""
        hits: list[list[int]] = [[] for _ in self.rules]
        companion_hits: list[list[int]] = [[] for _ in self.rules]
        rules_of, companion_of = self._rules_of, self._companion_of
        if self._split:
            ascii = lowered.isascii()
            first = self._first_word.match(lowered)
            words = (self._ascii_words if ascii else self._words).finditer(lowered)
            for match in chain((first,) if first else (), words):
                word = match.group("w") or match.group("p")
                if word in self._digit_words:
                    break  # may hide part of a digit run: one pass instead
                start = match.end() - len(word)
                for index in companion_of.get(word, ()):
                    companion_hits[index].append(start)
                for index in rules_of[word]:
                    hits[index].append(start)
            else:
                for match in (_ASCII_DIGIT_RUN if ascii else _DIGIT_RUN).finditer(lowered):
                    start = match.start()
                    indexes, companions = self._rules_of_run(match.group(), lowered, match.end())
                    for index in companions:
                        companion_hits[index].append(start)
                    for index in indexes:
                        hits[index].append(start)
                for offsets in (*hits, *companion_hits):
                    offsets.sort()  # two sorted runs: a linear merge
                return hits, companion_hits
            hits = [[] for _ in self.rules]
            companion_hits = [[] for _ in self.rules]
        for match in self._trigger.finditer(lowered):
            run = match.group("d")
            if run is not None:
                indexes, companions = self._rules_of_run(run, lowered, match.end())
            else:
                word = match.group("w") or match.group("p")
                indexes, companions = rules_of[word], companion_of.get(word, ())
            for index in companions:
                companion_hits[index].append(match.start())
            for index in indexes:
                hits[index].append(match.start())
        return hits, companion_hits

    def candidates(self, text: str) -> list[Candidate]:
        """Every match of every rule, trailing spaces, commas and hyphens trimmed."""
        lowered = lowercase_copy(text)
        hits, companion_hits = self._find_triggers(lowered)
        for index, rule in enumerate(self.rules):
            if rule.companions:
                hits[index] = _with_companion(hits[index], companion_hits[index],
                                              self._reach[index][1])  # fmt: skip
        found: list[Candidate] = []
        size = len(text)
        # Offsets of non-ASCII characters, around which the folded patterns do not hold.
        if text.isascii():
            non_ascii: list[int] | None = []
        elif len(lowered) == size:
            non_ascii = [match.start() for match in NON_ASCII.finditer(text)]
        else:  # pragma: no cover - lowercase_copy keeps offsets
            non_ascii = None
        for index, (rule, (before, after), starts) in enumerate(
            zip(self.rules, self._reach, hits, strict=True)
        ):
            if not starts:
                continue
            pattern = rule.pattern
            folded, lookback = self._folded(index)
            for window_start, window_end in _windows(starts, before, after, size):
                edge = window_end - REACH_PAD if window_end < size else size
                if folded is None or non_ascii is None or (
                    non_ascii
                    and bisect.bisect_left(non_ascii, window_start - lookback)
                    < bisect.bisect_left(non_ascii, window_end)
                ):
                    matches = pattern.finditer(text, window_start, window_end)
                    refind = False
                else:  # ASCII: the folded pattern over the lowercased text, a third faster
                    matches = folded.finditer(lowered, window_start, window_end)
                    refind = True
                for hit in matches:
                    found_match: re.Match[str] | None = hit
                    if hit.end() > edge:
                        # Near a cut edge "Mar|yland" can match; no real match ends here,
                        # but check against the whole text rather than assume.
                        found_match = pattern.match(text, hit.start())
                    elif refind:  # the same match, over the text itself
                        found_match = pattern.match(text, hit.start(), window_end)
                    if found_match is None:
                        continue
                    start, end = found_match.span()
                    while end > start and text[end - 1] in " \t\n,-":
                        end -= 1
                    if end > start:
                        found.append((start, end, rule, found_match))
        return found

    def _folded(self, index: int) -> tuple[re.Pattern[str] | None, int]:
        """Rule `index`'s pattern folded for lowercased ASCII text (built on first use);
        None for a pattern with a case-sensitive part, which runs over the text itself."""
        folded = self._folded_patterns[index]
        if folded is None:
            try:
                folded = ascii_folded(self.rules[index].pattern)
            except ValueError:  # ("(?-i:[A-Z]...)": lowercasing would lose what it tells)
                folded = (None, 0)
            self._folded_patterns[index] = folded
        return folded


def _with_companion(starts: list[int], companions: list[int], after: int) -> list[int]:
    """The trigger offsets followed within `after` characters by a companion word."""
    kept = []
    for start in starts:
        index = bisect.bisect_right(companions, start)
        if index < len(companions) and companions[index] <= start + after:
            kept.append(start)
    return kept


def _reach(rule: Rule) -> tuple[int, int]:
    """How far before and after a trigger's first character a window must stretch."""
    if rule.reach is None:
        width = max_width(rule.pattern.pattern) + REACH_PAD
        return width, width
    before, after = rule.reach
    return max_width(before) + REACH_PAD, max_width(after) + REACH_PAD


def _windows(
    starts: list[int], before: int, after: int, size: int
) -> Iterable[tuple[int, int]]:
    """Merged ranges [start - before, start + after] around sorted trigger offsets."""
    low, high = max(0, starts[0] - before), starts[0] + after
    for start in starts[1:]:
        if start - before > high:
            yield low, min(high, size)
            low = start - before
        high = start + after
    yield low, min(high, size)
