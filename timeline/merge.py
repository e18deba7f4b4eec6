"""Merge the same happening reported by several articles (or twice in one) into one event.

Candidates are blocked by date value, so merging stays near-linear: only events with the
same TIMEX3 value are compared, and within a block only those that share an entity or a
content word (an inverted index). Two events merge when they share people or
organisations and some wording, or much wording, unless they happen in different places.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

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


def _words(event: Event) -> set[str]:
    text = f"{event.headline} {event.sentence}".lower()
    return {w[:6] for w in re.findall(r"[a-z][a-z'-]+", text) if w not in STOPWORDS}


def _names(entities: Iterable[Entity], *kinds: EntityKind) -> set[str]:
    return {e.name.lower() for e in entities if e.kind in kinds}


def _same_happening(a: Event, b: Event, words_a: set[str], words_b: set[str]) -> bool:
    places_a = _names(a.entities, EntityKind.PLACE)
    places_b = _names(b.entities, EntityKind.PLACE)
    if places_a and places_b and not places_a & places_b:
        return False  # Trump in Seoul is not Trump in Beijing
    union = words_a | words_b
    overlap = len(words_a & words_b) / len(union) if union else 0.0
    actors = EntityKind.PERSON, EntityKind.ORGANIZATION
    if _names(a.entities, *actors) & _names(b.entities, *actors):
        return overlap >= MERGE_WITH_SHARED_ACTOR
    if places_a & places_b:
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
    words = [_words(e) for e in block]
    keys = [words[i] | _names(e.entities, *EntityKind) for i, e in enumerate(block)]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, k in enumerate(keys):
        for key in k:
            postings[key].append(i)
    parent = list(range(len(block)))
    for i in range(len(block)):
        candidates = {j for key in keys[i] for j in postings[key][:MAX_POSTINGS] if j > i}
        for j in sorted(candidates):
            if _find(parent, i) != _find(parent, j) and _same_happening(
                block[i], block[j], words[i], words[j]
            ):
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
