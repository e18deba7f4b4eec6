"""The extractor's fast paths give exactly what the plain patterns give, on real text
(the seed articles and the gold sample) and on made-up strings of the tricky pieces."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from timeline.events import extract, headline
from timeline.text import clauses, sentences

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "eval_sample.jsonl"
SEEDS = HERE.parent / "seeds"


def _texts() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    for line in SAMPLE.read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    return texts


def _pieces() -> list[str]:
    """Sentences, clauses and every sentence prefix that ends before a word: what the
    extractor hands to `tidy` and `make_headline`."""
    pieces: list[str] = []
    for text in _texts():
        for lo, hi in sentences(text):
            pieces.append(text[lo:hi])
            pieces.extend(text[a:b] for a, b in clauses(text, lo, hi))
            pieces.extend(text[lo : m.start()] for m in re.finditer(r"\b\w", text[lo:hi]))
    return pieces


PIECES = _pieces()


def _made_up(tokens: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(tokens) for _ in range(rng.randint(0, 12))) for _ in range(count)]


def _tidy_reference(text: str) -> str:
    """`tidy` as first written, with a pattern for each step."""
    if "(" in text:
        text = headline._CAPTION_CREDIT.sub("", text)
    if "," in text:
        text = headline._CAPTION_SIDE.sub("", text)
    text = headline._SPACES.sub(" ", text)
    text = headline._STUMP.sub("", text)
    if any(mark in text for mark in ",.;:!?"):
        text = headline._SPACE_BEFORE_PUNCT.sub(r"\1", text)
        text = headline._REPEATED_PUNCT.sub(r"\1", text)
    if "(" in text:
        text = headline._EMPTY_PARENS.sub("", text)
    if "(" in text or ")" in text:
        text = headline._balanced(text)
    text = headline._EMPTY_DASHES.sub(" ", text)
    text = text.strip(" ,;:-–—.")
    while text and text[0] in headline._QUOTES and text.count(text[0]) % 2 == 1:
        text = text[1:].strip()
    while text and text[-1] in headline._QUOTES and text.count(text[-1]) % 2 == 1:
        text = text[:-1].strip(" ,;:.")
    return text.strip(" ,;:-–—")


def _phrase_start_reference(before: str) -> int:
    match = headline._DATE_PREPOSITION.search(before)
    assert match is not None
    return match.start()


def test_real_text_is_plenty() -> None:
    assert len(PIECES) > 5_000


def test_tidy_equals_reference_on_real_text() -> None:
    for piece in PIECES:
        assert headline.tidy(piece) == _tidy_reference(piece), piece


@pytest.mark.parametrize("seed", range(3))
def test_tidy_equals_reference_on_made_up_text(seed: int) -> None:
    tokens = ["a", "Bc", ",", ";", ":", ".", "!", "?", " ", "  ", "\n", "\t", "\xa0", "\u2003",
              "(", ")", "(Photo)", "'", '"', "“", "”", "-", "—", ", left,", "(AP)"]  # fmt: skip
    for text in _made_up(tokens, 20_000, seed):
        assert headline.tidy(text) == _tidy_reference(text), text


def test_date_phrase_start_equals_reference_on_real_text() -> None:
    for piece in PIECES:
        for before in (piece, piece + " ", piece + "\n", piece + " \n"):
            assert headline._date_phrase_start(before) == _phrase_start_reference(before), before


@pytest.mark.parametrize("seed", range(3))
def test_date_phrase_start_equals_reference_on_made_up_text(seed: int) -> None:
    words = ["on", "in", "as", "of", "early", "earlier", "late", "later", "Early", "ON",
             "within", "throughout", "through", "until", "till", "x", "hin", "(in", "-on",
             "_in", "é", "ſince", "K"]  # fmt: skip
    spaces = ["", " ", " ", "  ", "\n", "\t"]
    tokens = [word + space for word in words for space in spaces]
    for before in _made_up(tokens, 20_000, seed):
        assert headline._date_phrase_start(before) == _phrase_start_reference(before), before


def test_non_word_spaced_equals_the_pattern() -> None:
    made_up = _made_up(["a", "B", "_", "7", " ", "  ", "\n", "\t", ",", "'", "-", "é", "’", "!",
                        "\x0b", "\x1f"], 20_000, 11)  # fmt: skip
    for piece in [*PIECES, *made_up, "", " ", "!!", "a", " a ", "a!"]:
        for text in (piece, piece.lower()):
            assert extract._non_word_spaced(text) == extract._NON_WORD.sub(" ", text), text


def test_ends_with_determiner_equals_the_search() -> None:
    made_up = _made_up(["the", "The", "THEIR", "a", "an", " ", "  ", "\n", "\t", "x", "is",
                        "this", "that", ",", "-", "\u00a0", "é"], 20_000, 12)  # fmt: skip
    found = 0
    for text in [*PIECES, *made_up, "", " ", "the", " the ", "their\n", "xthe"]:
        plain = headline._DETERMINER_END.search(text) is not None
        assert headline._ends_with_determiner(text) == plain, text
        found += plain
    assert found > 1000
