"""The incremental merge (`Merger`) against a plain reference: the same groups, the same
events, whether events come all at once or article by article, with the postings cap hit."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import make_article

from timeline import merge
from timeline.merge import (
    Merger,
    _combine,
    _Features,
    _may_join,
    _same_happening,
    merge_events,
    sort_events,
)
from timeline.models import Entity, EntityKind, Event, EventDate, EventGranularity, Source
from timeline.pipeline import article_events

SAMPLE = Path(__file__).parent / "data" / "eval_sample.jsonl"
FRIDAY = dt.date(2017, 11, 17)


def reference_merge(events: list[Event]) -> list[Event]:
    """Every pair of a date block compared once, when the two share an index key that the
    later one is among the first MAX_POSTINGS events to have; groups: connected pairs."""
    blocks: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        blocks[event.date.value].append(event)
    merged: list[Event] = []
    for value in sorted(blocks):
        block = blocks[value]
        features = [_Features.of(e) for e in block]
        holders: dict[str, list[int]] = defaultdict(list)
        for index, f in enumerate(features):
            for key in f.keys:
                holders[key].append(index)
        parent = list(range(len(block)))
        for j in range(len(block)):
            early = {k for k in features[j].keys if holders[k].index(j) < merge.MAX_POSTINGS}
            for i in range(j):
                if early & features[i].keys and same_pair(block[i], features[i], block[j],
                                                          features[j]):  # fmt: skip
                    parent[root(parent, j)] = root(parent, i)
        groups: dict[int, list[Event]] = {}  # in the order of their first event
        for index, event in enumerate(block):
            groups.setdefault(root(parent, index), []).append(event)
        merged.extend(g[0] if len(g) == 1 else _combine(g) for g in groups.values())
    return sort_events(merged)


def same_pair(a: Event, a_features: _Features, b: Event, b_features: _Features) -> bool:
    """Whether two events report one happening, compared on their own."""
    shared = len(a_features.words & b_features.words)
    union = len(a_features.words) + len(b_features.words) - shared
    overlap = shared / union if union else 0.0
    return _same_happening(a_features, b_features) and _may_join(a, b, overlap)


def root(parent: list[int], i: int) -> int:
    while parent[i] != i:
        i = parent[i]
    return i


def sample_events() -> list[list[Event]]:
    """The events of each gold sample document, twice: the copies report the same things."""
    found = []
    for copy in range(2):
        for number, line in enumerate(SAMPLE.read_text(encoding="utf-8").splitlines()):
            doc = json.loads(line)
            article = make_article(doc["text"], article_id=f"doc{number}-{copy}",
                                   published=dt.date.fromisoformat(doc["dct"]))  # fmt: skip
            found.append(article_events(article))
    return found


def crowd(size: int) -> list[Event]:
    """`size` reports on one day that share words, some of them the same happening."""
    topics = ["envoy Song Tao flew to Pyongyang", "stocks in Tokyo closed higher",
              "the envoy met officials in Pyongyang", "exports from Tokyo rose again"]  # fmt: skip
    names = [("Song Tao", EntityKind.PERSON), ("Tokyo", EntityKind.PLACE),
             ("Pyongyang", EntityKind.PLACE), ("Reuters", EntityKind.ORGANIZATION)]  # fmt: skip
    events = []
    for n in range(size):
        sentence = f"Officials said {topics[n % 4]} on Friday, report {n % 3}."
        events.append(Event(
            id=f"e{n}",
            date=EventDate(value="2017-11-17", start=FRIDAY, end=FRIDAY,
                           granularity=EventGranularity.DAY, text="Friday"),
            headline=sentence.rstrip("."),
            sentence=sentence,
            sources=[Source(article_id=f"a{n}", start=0, end=len(sentence))],
            entities=[Entity(name=name, kind=kind) for name, kind in names[n % 3 : n % 3 + 2]],
            confidence=0.5 + n % 5 / 10,
        ))  # fmt: skip
    return events


def test_merge_of_real_articles_equals_the_reference() -> None:
    events = [e for found in sample_events() for e in found]
    merged = merge_events(events)
    assert merged == reference_merge(events)
    assert len(merged) < len(events)  # the copies did merge


def test_merging_article_by_article_equals_merging_all_at_once() -> None:
    per_article = sample_events()
    merger = Merger()
    for found in per_article:
        merger.add(found)
    assert merger.result() == merge_events(e for found in per_article for e in found)


def test_the_postings_cap_bounds_candidates_as_the_reference_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = crowd(24)
    counts = []
    for cap in (1, 2, 3, 200):
        monkeypatch.setattr(merge, "MAX_POSTINGS", cap)
        merged = merge_events(events)
        assert merged == reference_merge(events), cap
        counts.append(len(merged))
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]  # the cap told
