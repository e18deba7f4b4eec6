"""Merge the same happening reported by several articles (or twice in one) into one event.

Candidates are blocked by date value, so merging stays near-linear: only events with the
same TIMEX3 value are compared, and within a block only those that share an entity or a
content word (an inverted index). Two events merge when they share people or
organisations and some wording, or much wording, unless they happen in different places.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from timeline.events import event_id
from timeline.models import Entity, EntityKind, Event, Source

MERGE_WITH_SHARED_ACTOR = 0.08  # word overlap needed when a person/organisation is shared
MERGE_WITH_SHARED_PLACE = 0.12  # ... when only a place is shared
MERGE_ON_WORDS = 0.3  # word overlap that merges on its own
MAX_POSTINGS = 200  # an index word this common is no evidence of sameness
MULTI_SOURCE_BONUS = 0.1

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been
    has have had will would can could may might should that this these those it its he
    she they them his her their we our you your i not no so than then there here who whom
    which what when where why how also said says say told about after before over into
    out up down more most some any all one two new just during while last week this
    year month day friday thursday monday tuesday wednesday saturday sunday""".split()
)


_WORD = re.compile(r"[a-z][a-z'-]+")
_ACTORS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})


def _words(event: Event) -> set[str]:
    text = f"{event.headline} {event.sentence}".lower()
    return {w[:6] for w in _WORD.findall(text) if w not in STOPWORDS}


def _names(entities: Iterable[Entity], *kinds: EntityKind) -> set[str]:
    return {e.name.lower() for e in entities if e.kind in kinds}


@dataclass(frozen=True)
class _Features:
    """What the comparison of two events looks at, computed once per event."""

    words: frozenset[str]
    places: frozenset[str]
    actors: frozenset[str]
    keys: frozenset[str]  # index keys: content words and every entity name

    @classmethod
    def of(cls, event: Event) -> _Features:
        words = frozenset(_words(event))
        places = frozenset(_names(event.entities, EntityKind.PLACE))
        actors = frozenset(e.name.lower() for e in event.entities if e.kind in _ACTORS)
        return cls(words, places, actors, words | _names(event.entities, *EntityKind))


def _same_happening(a: _Features, b: _Features) -> bool:
    if a.places and b.places and a.places.isdisjoint(b.places):
        return False  # Trump in Seoul is not Trump in Beijing
    shared = len(a.words & b.words)
    union = len(a.words) + len(b.words) - shared
    overlap = shared / union if union else 0.0
    if not a.actors.isdisjoint(b.actors):
        return overlap >= MERGE_WITH_SHARED_ACTOR
    if not a.places.isdisjoint(b.places):
        return overlap >= MERGE_WITH_SHARED_PLACE
    return overlap >= MERGE_ON_WORDS


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _combine(group: list[Event]) -> Event:
    """One event from several reports: the most confident explicit report leads."""
    lead = max(group, key=lambda e: (e.date.text is not None, e.confidence, -e.sources[0].start))
    sources: dict[str, Source] = {}
    for event in sorted(group, key=lambda e: (e.date.text is None, -e.confidence)):
        for source in event.sources:
            sources.setdefault(source.article_id, source)  # one report per article
    # The first source is the lead's own: its span is where `sentence` is in its article.
    lead_source = lead.sources[0]
    others = [s for s in sources.values() if s.article_id != lead_source.article_id]
    entities: dict[str, Entity] = {}
    for event in group:
        for entity in event.entities:
            entities.setdefault(entity.name.lower(), entity)
    bonus = MULTI_SOURCE_BONUS * (len(sources) - 1)
    return Event(
        id=event_id(lead.date.value, lead.sentence),
        date=lead.date,
        headline=lead.headline,
        sentence=lead.sentence,
        sources=[lead_source, *sorted(others, key=lambda s: (s.article_id, s.start))],
        entities=list(entities.values()),
        confidence=round(min(0.99, max(e.confidence for e in group) + bonus), 3),
    )


def _merge_block(block: list[Event]) -> list[Event]:
    features = [_Features.of(e) for e in block]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for key in f.keys:
            postings[key].append(i)
    # Only the first MAX_POSTINGS events of a key are candidates through it: a key that
    # common is no evidence, and the bound keeps the comparisons per event bounded.
    capped = {key: ids[:MAX_POSTINGS] for key, ids in postings.items()}
    parent = list(range(len(block)))
    for i in range(len(block)):
        candidates: set[int] = set()
        for key in features[i].keys:
            ids = capped[key]
            if ids[-1] > i:  # ids ascend: those after i
                candidates.update(ids[bisect_right(ids, i) :])
        for j in sorted(candidates):
            if _find(parent, i) != _find(parent, j) and _same_happening(features[i], features[j]):
                parent[_find(parent, j)] = _find(parent, i)
    groups: dict[int, list[Event]] = defaultdict(list)
    for i, event in enumerate(block):
        groups[_find(parent, i)].append(event)
    return [group[0] if len(group) == 1 else _combine(group) for group in groups.values()]


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Chronological order; ties by precision (finer first), then id: deterministic."""
    return sorted(events, key=lambda e: (e.date.start, e.date.end, e.id))


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events with the same date and happening merged; the result sorted by date."""
    blocks: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        blocks[event.date.value].append(event)
    merged: list[Event] = []
    for value in sorted(blocks):
        merged.extend(_merge_block(blocks[value]))
    return sort_events(merged)
