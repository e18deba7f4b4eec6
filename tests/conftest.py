"""Shared fixtures: where the repository and its seed articles are, and sample builders.

Paths are derived from this file, never from the working directory, so the tests pass
from any folder.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from timeline.models import Article, PublishedSource

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_9f230fe7620f52fb.txt"
SEED_002 = SEEDS / "002_8a175612c0e4f16b.txt"
ID_000 = SEED_000.stem
ID_002 = SEED_002.stem
NOV_17 = dt.date(2017, 11, 17)  # a Friday: the publication day of both seeds


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEED_000.is_file() and SEED_002.is_file(), "the seed articles are missing"
    return SEEDS


def make_article(
    text: str,
    *,
    article_id: str = "a1",
    title: str | None = None,
    published: dt.date = NOV_17,
    source: PublishedSource = PublishedSource.TEXT,
) -> Article:
    """An Article whose title is its first line unless given."""
    return Article(
        id=article_id,
        title=title if title is not None else text.split("\n", 1)[0],
        published=published,
        published_source=source,
        text=text,
    )


def first_difference(ours: bytes, theirs: bytes) -> str:
    """Where two events files first differ, as one readable line: the article or event
    (by index and id) and its first differing field with both values, or the byte
    offset when the parsed files are equal. "" when the files are identical."""
    if ours == theirs:
        return ""
    left, right = json.loads(ours), json.loads(theirs)
    for part in ("articles", "events"):
        a, b = left.get(part, []), right.get(part, [])
        if len(a) != len(b):
            return f"{part}: {len(a)} against {len(b)}"
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                field = next((k for k in sorted({*x, *y}) if x.get(k) != y.get(k)), "?")
                return (f"{part}[{index}] (id {x.get('id')} / {y.get('id')}): {field} "
                        f"{x.get(field)!r} against {y.get(field)!r}")  # fmt: skip
    pairs = enumerate(zip(ours, theirs, strict=False))
    offset = next((i for i, (p, q) in pairs if p != q), min(len(ours), len(theirs)))
    return f"same content, bytes differ at offset {offset}"
