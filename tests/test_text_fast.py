"""Clause splitting with the class-led pattern gives exactly what the plain pattern
gives, on real text (the seed articles and the gold sample) and on made-up strings."""

from __future__ import annotations

import json
import random
from pathlib import Path

from timeline import text as tx
from timeline.text import clauses, sentences

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "eval_sample.jsonl"
SEEDS = HERE.parent / "seeds"


def _clauses_reference(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """`clauses` with the plain pattern, `_CLAUSE_BREAK`."""
    spans = []
    lo = start
    for match in tx._CLAUSE_BREAK.finditer(text, start, end):
        if match.group("that") and (
            tx._PREPOSITION_END.search(text, max(start, match.start() - 5), match.start())
            or tx._DEMONSTRATIVE_THAT.match(text, match.end())
        ):
            continue
        if match.start() > lo:
            spans.append((lo, match.start()))
        lo = match.end()
    if end > lo:
        spans.append((lo, end))
    return spans


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in SAMPLE.read_text("utf-8").splitlines()]
    return texts


def _made_up(count: int) -> list[str]:
    rng = random.Random(7)
    pieces = [" ", "  ", "\n", "\t", ",", ";", ":", " - ", "—", "–", "-", "that ", "that",
              "but ", "but", "and ", "who ", "so", "of that ", "in that ", "Xi", ". "]  # fmt: skip
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def _same_matches(text: str, start: int, end: int) -> None:
    plain = [(m.span(), bool(m.group("that")))
             for m in tx._CLAUSE_BREAK.finditer(text, start, end)]  # fmt: skip
    fast = [(m.span(), bool(m.group("that")))
            for m in tx._CLAUSE_BREAK_FAST.finditer(text, start, end)]  # fmt: skip
    assert fast == plain, text[start:end]
    assert list(clauses(text, start, end)) == _clauses_reference(text, start, end), text[start:end]


def test_same_clauses_on_real_text() -> None:
    count = 0
    for text in _texts():
        _same_matches(text, 0, len(text))
        for lo, hi in sentences(text):
            _same_matches(text, lo, hi)
            count += 1
    assert count > 300


def test_same_clauses_on_made_up_text() -> None:
    for text in _made_up(20_000):
        _same_matches(text, 0, len(text))
        if len(text) > 4:
            _same_matches(text, 2, len(text) - 1)  # look-behinds before the start
