"""Cheap tense cues around an expression: auxiliaries, -ed forms, will, ago, since.

No part-of-speech model: the resolver must stay fast. The cue nearest to the expression
within its sentence decides; ties and no cue at all give `Tense.UNKNOWN`.
"""

from __future__ import annotations

import re
from enum import Enum


class Tense(str, Enum):
    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


SENTENCE_WINDOW = 200  # characters searched on each side, clipped at sentence ends
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"'(])|\n")
_FUTURE = re.compile(
    r"\b(?:will|won't|wo n't|shall|'ll|going\s+to|is\s+to|are\s+to|(?:plans?|"
    r"scheduled|expected|expects?|intends?|hopes?|set|due|likely)\s+to|next|"
    r"upcoming|coming|tomorrow|payable|effective)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|didn't|said|told|ago|last|yesterday|earlier|previous|"
    r"previously|since|has\s+been|have\s+been|(?!(?:need|indeed|speed|feed|seed|proceed|"
    r"succeed|exceed|hundred|united|limited|red|bed|shed|wed|bred|fled|led|indeed|"
    r"based|concerned|related|interested|expected|scheduled|planned|proposed|"
    r"advanced|detailed|so-called|armed|used|supposed|biased|aged)\b)[a-z]{2,}ed|"
    r"ended|came|went|took|made|gave|met|sent|held|began|got|saw|won|lost|left|"
    r"rose|fell|paid|sold|bought|brought|thought|found|became|struck|spoke|wrote|"
    r"broke|chose|drove|flew|grew|knew|ran|sought|spent|stood|told|hit|quit)\b",
    re.IGNORECASE,
)
_PAST_AUXILIARY = re.compile(r"\b(?:had|was|were|had\s+been)\s+$", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:is|are|am|says|say|remains?|now|today)\b", re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence around `text[start:end]`, within a window."""
    lo = max(0, start - SENTENCE_WINDOW)
    left = lo
    for match in _SENTENCE_END.finditer(text, lo, start):
        left = match.end()
    right_match = _SENTENCE_END.search(text, end, min(len(text), end + SENTENCE_WINDOW))
    right = right_match.start() + 1 if right_match else min(len(text), end + SENTENCE_WINDOW)
    return left, right


def tense_at(text: str, start: int, end: int) -> Tense:
    """The tense of the clause holding `text[start:end]`, from the nearest cue."""
    left, right = sentence_bounds(text, start, end)
    best: tuple[int, Tense] | None = None
    for pattern, default in ((_FUTURE, Tense.FUTURE), (_PAST, Tense.PAST)):
        tense = default
        for match in pattern.finditer(text, left, right):
            if start <= match.start() < end:
                continue  # the expression itself ("last Friday") is not a cue
            distance = start - match.end() if match.end() <= start else match.start() - end
            if tense is Tense.FUTURE and _PAST_AUXILIARY.search(
                text, max(left, match.start() - 12), match.start()
            ):
                tense = Tense.PAST  # "had been due to", "was expected to": past
            # Cues before the expression (the verb it modifies) count a little more.
            distance = distance if match.end() <= start else distance + 10
            if best is None or distance < best[0]:
                best = (distance, tense)
            tense = default
    if best is not None:
        return best[1]
    if _PRESENT.search(text, left, right):
        return Tense.PRESENT
    return Tense.UNKNOWN
