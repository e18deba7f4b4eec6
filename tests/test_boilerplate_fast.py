"""The caption and boilerplate tests of boilerplate stripping find what the plain
searches find, on real lines (seeds, gold sample, ingest test files) and on made-up
captions and footers."""

from __future__ import annotations

import json
import random
from pathlib import Path

from timeline.ingest import boilerplate

HERE = Path(__file__).parent


def _lines() -> list[str]:
    paths = [*sorted((HERE.parent / "seeds").glob("*")), *sorted((HERE / "data").rglob("*"))]
    texts = [p.read_text("utf-8", errors="replace") for p in paths if p.is_file()]
    sample = (HERE / "data" / "eval_sample.jsonl").read_text("utf-8").splitlines()
    texts += [json.loads(line)["text"] for line in sample]  # as well as the JSON lines
    return [line.strip() for text in texts for line in text.split("\n") if line.strip()]


def _made_up(count: int) -> list[str]:
    rng = random.Random(3)
    pieces = ["Photo", "photo", "PHOTO", "ımage", "Image", "picture", " credit", ":", " by ",
              "(AP)", "(Reuters)", "(File photo)", "(photos)", "(", ")", "x", " ",
              "Xi said"]  # fmt: skip
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 8))) for _ in range(count)]
    return [line.strip() for line in lines if line.strip()]


def test_is_caption_equals_the_search() -> None:
    lines = _lines()
    assert len(lines) > 200
    for line in lines + _made_up(20_000):
        assert boilerplate._is_caption(line) == bool(boilerplate._CAPTION_RE.search(line)), line


def _made_up_footers(count: int) -> list[str]:
    rng = random.Random(5)
    pieces = ["Share", "share this", " article", " on ", "Twitter", "tweet", "Email", "print",
              "Click here", " to read", "Advertisement", "story continues below",
              "Show full article", "This article was written by", " licensed", "Please direct "
              "all licensing questions", "comments", ":", "!", " ", "x", "Xi said"]  # fmt: skip
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))) for _ in range(count)]
    return [line.strip() for line in lines if line.strip()]


def test_is_boilerplate_equals_the_patterns() -> None:
    found = 0
    for line in _lines() + _made_up_footers(20_000):
        plain = any(pattern.fullmatch(line) for pattern in boilerplate._PATTERNS)
        assert boilerplate._is_boilerplate(line) == plain, line
        found += plain
    assert found > 1000
