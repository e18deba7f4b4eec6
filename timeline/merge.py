"""Merge the same happening reported by several articles (or twice in one) into one event.

Candidates are blocked by date value, so merging stays near-linear: only events with the
same TIMEX3 value are compared, and within a block only those that share an entity or a
content word (an inverted index). Two events merge when they share people or
organisations and some wording, or much wording, unless they happen in different places.

`Merger` takes events one at a time, in input order, and compares each with the earlier
ones as it comes, so a run merges while its per-article stage is still working;
`merge_events` is the same on a finished list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from timeline.events import event_id
from timeline.models import Entity, EntityKind, Event, Source, trusted

MERGE_WITH_SHARED_ACTOR = 0.08  # word overlap needed when a person/organisation is shared
MERGE_WITH_SHARED_PLACE = 0.12  # ... when only a place is shared
MERGE_ON_WORDS = 0.3  # word overlap that merges on its own
MAX_POSTINGS = 200  # an index word this common is no evidence of sameness
MULTI_SOURCE_BONUS = 0.1
MIN_OVERLAP = min(MERGE_WITH_SHARED_ACTOR, MERGE_WITH_SHARED_PLACE, MERGE_ON_WORDS)
WORD_PREFIX = 6  # words are compared by their first letters ("merged" ~ "merger")

STOPWORDS = frozenset(
    """a an the and or but if of to in on at by for with from as is are was were be been
    has have had will would can could may might should that this these those it its he
    she they them his her their we our you your i not no so than then there here who whom
    which what when where why how also said says say told about after before over into
    out up down more most some any all one two new just during while last week this
    year month day friday thursday monday tuesday wednesday saturday sunday""".split()
)


# Names one organisation goes by in news copy: compared as one ("EU" and "European
# Union"). Not countries: a shared country is weak evidence of one happening, and
# matching "U.S." with "United States" merged different events of one article.
ALIASES = {
    "eu": "european union", "e.u.": "european union",
    "un": "united nations", "u.n.": "united nations",
    "nato": "north atlantic treaty organization",
    "imf": "international monetary fund", "who": "world health organization",
    "fbi": "federal bureau of investigation", "cia": "central intelligence agency",
}  # fmt: skip

_WORD = re.compile(r"[a-z][a-z'-]+")
_ACTORS = frozenset({EntityKind.PERSON, EntityKind.ORGANIZATION})
# For _words: every byte but a-z, ' and - becomes a space (non-ASCII is "?" by then).
_WORD_BYTES = bytes(c if chr(c) in "abcdefghijklmnopqrstuvwxyz'-" else 32 for c in range(256))
_SHORT = frozenset(["", "'", "-", *"abcdefghijklmnopqrstuvwxyz"])  # runs that are no word
_PREFIX = itemgetter(slice(None, WORD_PREFIX))


def _words(event: Event) -> set[str]:
    """The prefixes of the content words: `_WORD.findall` on the lowercased text, less
    STOPWORDS, each cut to WORD_PREFIX letters (tests/test_merge_fast.py compares).

    Faster than the pattern (0.6 of the time): a run of [a-z'-] holds at most one match,
    from its first letter to its end, when that is two characters or more. So the runs
    (what str.split leaves once all else is a space) are the words, but for leading ' or
    - (rare: those runs are stripped) and runs of one character (in _SHORT)."""
    text = f"{event.headline} {event.sentence}".lower()
    text = text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    runs = set(text.split())
    if text.startswith(("'", "-")) or " '" in text or " -" in text:
        runs = {run.lstrip("'-") for run in runs}
    return set(map(_PREFIX, runs.difference(STOPWORDS, _SHORT)))


def _names(entities: Iterable[Entity], *kinds: EntityKind) -> set[str]:
    return {e.name.lower() for e in entities if e.kind in kinds}


class _Features(NamedTuple):
    """What the comparison of two events looks at, computed once per event. A tuple:
    equal features (the same story syndicated) are one dict key, as they were with a
    frozen dataclass (the same fields compared and hashed), but it is built 3x faster."""

    words: frozenset[str]
    places: frozenset[str]
    actors: frozenset[str]
    keys: frozenset[str]  # index keys: content words and every entity name

    @classmethod
    def of(cls, event: Event) -> _Features:
        words = frozenset(_words(event))
        places: set[str] = set()
        actors: set[str] = set()
        for entity in event.entities:
            name = entity.name.lower()
            name = ALIASES.get(name, name)
            (places if entity.kind is EntityKind.PLACE else actors).add(name)
        return cls(words, frozenset(places), frozenset(actors), words | places | actors)


def _same_happening(a: _Features, b: _Features) -> bool:
    """Whether a and b report one happening."""
    shared = len(a.words & b.words)
    union = len(a.words) + len(b.words) - shared
    return _same_given_overlap(a, b, shared / union if union else 0.0)


def _same_given_overlap(a: _Features, b: _Features, overlap: float) -> bool:
    """`_same_happening(a, b)`, given the Jaccard index of their words (which `_Block.add`
    works out first, to pass over most candidates)."""
    if a.places and b.places and a.places.isdisjoint(b.places):
        return False  # Trump in Seoul is not Trump in Beijing
    if not a.actors.isdisjoint(b.actors):
        return overlap >= MERGE_WITH_SHARED_ACTOR
    if not a.places.isdisjoint(b.places):
        return overlap >= MERGE_WITH_SHARED_PLACE
    return overlap >= MERGE_ON_WORDS


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
    # The parts of validated events, and a confidence kept in [0, 0.99]: `trusted`.
    return trusted(Event, {
        "id": event_id(lead.date.value, lead.sentence),
        "date": lead.date,
        "headline": lead.headline,
        "sentence": lead.sentence,
        "sources": [lead_source, *sorted(others, key=lambda s: (s.article_id, s.start))],
        "entities": list(entities.values()),
        "confidence": round(min(0.99, max(e.confidence for e in group) + bonus), 3),
    })  # fmt: skip


class _Block:
    """The events of one date value, grouped as they come.

    Each new event is compared with the earlier events that share an index key with it,
    through every key it is among the first MAX_POSTINGS events to have (a key that
    common is no evidence, and the bound keeps the comparisons per event bounded).
    Groups are the connected components of "same happening"; a smaller group joining a
    larger one takes its label, so asking an event's group is one lookup.

    Events with equal features (the same story syndicated) are of one kind, and the index
    holds kinds: while a key has had fewer than MAX_POSTINGS events, every earlier event
    of a kind that has it is a candidate, and they all compare alike. So each kind is
    compared once per new event, and a match joins the groups of all its events.
    """

    __slots__ = ("events", "group_of", "members", "kinds", "features", "seen", "counts",
                 "holders")  # fmt: skip

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.group_of: list[int] = []  # event index -> label of its group
        self.members: dict[int, list[int]] = {}  # group label -> event indexes
        self.kinds: dict[_Features, int] = {}  # features -> kind
        self.features: list[_Features] = []  # by kind
        self.seen: list[list[int]] = []  # by kind: an event of it in each of its groups
        self.counts: dict[str, int] = {}  # key -> events that have it (up to MAX_POSTINGS)
        self.holders: dict[str, set[int]] = {}  # key -> kinds of those events

    def add(self, event: Event) -> None:
        new = len(self.events)
        features = _Features.of(event)
        kind = self.kinds.setdefault(features, len(self.features))
        if kind == len(self.features):
            self.features.append(features)
            self.seen.append([])
        self.events.append(event)
        self.group_of.append(new)
        self.members[new] = [new]
        candidates: set[int] = set()  # kinds
        counts, holders = self.counts, self.holders
        for key in features.keys:
            count = counts.get(key, 0)
            if count == 0:
                counts[key] = 1
                holders[key] = {kind}
            elif count < MAX_POSTINGS:
                kinds = holders[key]
                candidates.update(kinds)
                kinds.add(kind)
                counts[key] = count + 1
        if not self.seen[kind]:
            candidates.discard(kind)  # came in through this event's own keys
        known, words = self.features, features.words
        size = len(words)
        for other in candidates:
            # The word overlap first, inlined: most candidates fall short of every threshold.
            theirs = known[other]
            shared = len(words & theirs.words)
            union = size + len(theirs.words) - shared
            if union and (overlap := shared / union) >= MIN_OVERLAP:
                if _same_given_overlap(theirs, features, overlap):
                    self._join_kind(other, new)
        self.seen[kind].append(new)

    def _join_kind(self, kind: int, new: int) -> None:
        """Join event `new` with every earlier event of `kind`."""
        seen, group_of = self.seen[kind], self.group_of
        for index in seen:
            if group_of[index] != group_of[new]:
                self._join(group_of[index], group_of[new])
        del seen[1:]  # all in one group now

    def _join(self, a: int, b: int) -> None:
        small, large = (a, b) if len(self.members[a]) < len(self.members[b]) else (b, a)
        moved = self.members.pop(small)
        for index in moved:
            self.group_of[index] = large
        self.members[large].extend(moved)

    def merged(self) -> list[Event]:
        """One event per group, groups in the order of their first event."""
        groups: dict[int, list[Event]] = {}
        for label, event in zip(self.group_of, self.events, strict=True):
            groups.setdefault(label, []).append(event)
        return [group[0] if len(group) == 1 else _combine(group) for group in groups.values()]


class Merger:
    """Merges events added one at a time, in input order: `add` as the events of each
    article come in, `result` once all are in. The same as `merge_events` on them all."""

    def __init__(self) -> None:
        self._blocks: dict[str, _Block] = defaultdict(_Block)

    def add(self, events: Iterable[Event]) -> None:
        for event in events:
            self._blocks[event.date.value].add(event)

    def result(self) -> list[Event]:
        """The merged events, sorted by date."""
        merged: list[Event] = []
        for value in sorted(self._blocks):
            merged.extend(self._blocks[value].merged())
        return sort_events(merged)


_PART_OF_DAY_CLOCK = {"MO": "08:00", "AF": "14:00", "EV": "19:00", "NI": "22:00"}


def _clock(value: str) -> str:
    """The time of day a value names ("2025-08-12T03:40": "03:40"; a part of day by its
    usual hour), "" for a whole day: what orders the events of one day."""
    _, found, time = value.partition("T")
    return _PART_OF_DAY_CLOCK.get(time, time) if found else ""


def sort_events(events: Iterable[Event]) -> list[Event]:
    """Chronological order; ties by precision (finer first), the events of one day by
    their time (the whole day's first), then id: deterministic."""
    return sorted(events, key=lambda e: (e.date.start, e.date.end, _clock(e.date.value), e.id))


def merge_events(events: Iterable[Event]) -> list[Event]:
    """Events with the same date and happening merged; the result sorted by date."""
    merger = Merger()
    merger.add(events)
    return merger.result()
