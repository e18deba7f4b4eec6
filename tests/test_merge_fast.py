"""Merge's word features, found without the pattern, are exactly the pattern's, on real
text (the seed articles and the gold sample) and on made-up strings."""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from timeline import merge
from timeline.models import Event, EventDate, EventGranularity, Source
from timeline.text import sentences

HERE = Path(__file__).parent
SAMPLE = HERE / "data" / "eval_sample.jsonl"
SEEDS = HERE.parent / "seeds"
DAY = dt.date(2017, 11, 17)


def _event(headline: str, sentence: str) -> Event:
    return Event(
        id="x",
        date=EventDate(value="2017-11-17", start=DAY, end=DAY, granularity=EventGranularity.DAY),
        headline=headline,
        sentence=sentence,
        sources=[Source(article_id="a", start=0, end=1)],
        confidence=0.5,
    )


def _words_reference(event: Event) -> set[str]:
    found = set(merge._WORD.findall(merge.folded(f"{event.headline} {event.sentence}")))
    return {w[: merge.WORD_PREFIX] for w in found.difference(merge.STOPWORDS)}


def _sentences() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [json.loads(line)["text"] for line in SAMPLE.read_text("utf-8").splitlines()]
    return [text[lo:hi] for text in texts for lo, hi in sentences(text)]


def test_words_equal_the_pattern_on_real_text() -> None:
    found = _sentences()
    assert len(found) > 300
    for headline, sentence in zip(found, found[1:], strict=False):
        event = _event(headline, sentence)
        assert merge._words(event) == _words_reference(event), sentence


def test_words_equal_the_pattern_on_made_up_text() -> None:
    rng = random.Random(7)
    pieces = ["a", "b", "Xi", "said", "the", "'", "-", "--", "'s", " ", "  ", "\n", ".", ",",
              "É", "é", "İ", "K", "ß", "ﬁ", "naïve", "well-known", "'quoted'", "-ish", "x'",
              "Trump", "meeting", "meetings", "\u00a0", "\ud800", "7"]  # fmt: skip
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        event = _event(text[: len(text) // 2], text[len(text) // 2 :])
        assert merge._words(event) == _words_reference(event), text
