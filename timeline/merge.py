"""Merge the same happening reported by several articles (or twice in one) into one event.

Candidates are blocked by date, so merging stays near-linear: only events of one day (or
of one TIMEX3 value, for a week, month or year) are compared, and within a block only
those that share an entity or a content word (an inverted index). Reports of one day
may tell it at different precision ("on Thursday", "early on Thursday", "at 1:10 a.m.
on Thursday"): they are compared when their times agree (`times_agree`). Two events
merge when they share people or organisations and some wording, or much wording, unless
they happen in different places; two of one article only on wording and one date value,
and never two split from one sentence. A merged event
cites every report it merged.

`Merger` takes events one at a time, in input order, and compares each with the earlier
ones as it comes, so a run merges while its per-article stage is still working;
`merge_events` is the same on a finished list.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from timeline.events import event_id
from timeline.models import Entity, EntityKind, Event, trusted

MERGE_WITH_SHARED_ACTOR = 0.08  # word overlap needed when a person/organisation is shared
MERGE_WITH_SHARED_PLACE = 0.12  # ... when only a place is shared
MERGE_ON_WORDS = 0.3  # word overlap that merges on its own
# Two reports in one article: every sentence of a story names its people and places, so a
# shared name is no evidence there, and the wording must overlap this much as well.
MERGE_IN_ONE_ARTICLE = 0.2
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
    year month day friday thursday monday tuesday wednesday saturday sunday am pm""".split()
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


# Letters that do not come apart into an ASCII letter and an accent
_UNACCENTED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ß": "ss", "ı": "i", "æ": "ae",
                             "œ": "oe", "ð": "d", "þ": "th", "ħ": "h"})  # fmt: skip


def folded(text: str) -> str:
    """`text` lowercased, its letters' accents dropped: a name spelt with them and without
    ("Bình", "Binh"; "Şahin", "Sahin") is one word, and one spelt with them is one word,
    not pieces around its accented letters ("b?nh": "nh")."""
    text = text.lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNACCENTED))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _words(event: Event) -> set[str]:
    """The prefixes of the content words: `_WORD.findall` on the `folded` text, less
    STOPWORDS, each cut to WORD_PREFIX letters (tests/test_merge_fast.py compares).

    Faster than the pattern (0.6 of the time): a run of [a-z'-] holds at most one match,
    from its first letter to its end, when that is two characters or more. So the runs
    (what str.split leaves once all else is a space) are the words, but for leading ' or
    - (rare: those runs are stripped) and runs of one character (in _SHORT)."""
    text = folded(f"{event.headline} {event.sentence}")
    text = text.encode("ascii", "replace").translate(_WORD_BYTES).decode("ascii")
    runs = set(text.split())
    if text.startswith(("'", "-")) or " '" in text or " -" in text:
        runs = {run.lstrip("'-") for run in runs}
    return set(map(_PREFIX, runs.difference(STOPWORDS, _SHORT)))


def _names(entities: Iterable[Entity], *kinds: EntityKind) -> set[str]:
    return {e.name.lower() for e in entities if e.kind in kinds}


_DAY_VALUE = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}|MO|AF|EV|NI))?")
CLOCK_REACH_MINUTES = 120  # two clocks this far apart may be one happening's
# The minutes of the day a part of day covers, and how far a clock may stand outside
# (news writes "early on Thursday" for 1 a.m., "Thursday evening" for 4 p.m.)
PART_OF_DAY_MINUTES = {"MO": (0, 720), "AF": (720, 1080), "EV": (960, 1440), "NI": (1080, 1440)}
PART_OF_DAY_MARGIN = 60
_NEIGHBOUR_PARTS = frozenset({frozenset({"EV", "NI"})})


def block_key(value: str) -> str:
    """What merging blocks an event by: its day for a value of a day or a time of it
    ("2058-07-04T01:10": "2058-07-04"), the value itself for any other."""
    found = _DAY_VALUE.fullmatch(value)
    return found.group(1) if found else value


def _time_of(value: str) -> str:
    """The time a value of a day tells: "01:10", "MO", or "" for the whole day."""
    found = _DAY_VALUE.fullmatch(value)
    return (found.group(2) or "") if found else ""


def _minutes(clock: str) -> int:
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


def times_agree(a: str, b: str) -> bool:
    """Whether two times of one day ("01:10", "MO", "" for the whole day) may tell one
    happening: a whole day agrees with any time; two clocks within CLOCK_REACH_MINUTES;
    a clock and a part of day when the clock is in it (give or take PART_OF_DAY_MARGIN);
    two parts of day when they are one, or evening and night."""
    if not a or not b or a == b:
        return True
    a_part, b_part = a in PART_OF_DAY_MINUTES, b in PART_OF_DAY_MINUTES
    if a_part and b_part:
        return frozenset({a, b}) in _NEIGHBOUR_PARTS
    if not a_part and not b_part:
        return abs(_minutes(a) - _minutes(b)) <= CLOCK_REACH_MINUTES
    part, clock = (a, b) if a_part else (b, a)
    low, high = PART_OF_DAY_MINUTES[part]
    return low - PART_OF_DAY_MARGIN <= _minutes(clock) <= high + PART_OF_DAY_MARGIN


def _precision(value: str) -> int:
    """How finely a value of a day tells its time: 2 a clock, 1 a part of day, 0 none."""
    time = _time_of(value)
    return 0 if not time else 1 if time in PART_OF_DAY_MINUTES else 2


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
            name = folded(entity.name)
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


SAME_CLOCK_MIN_SHARED = 2  # content words two reports of one minute share, at least
SAME_CLOCK_MIN_CONTAINED = 0.5  # ... and this share of the shorter one's words
SAME_CLOCK_ENOUGH_SHARED = 3  # ... or, with this many, a smaller share:
SAME_CLOCK_ENOUGH_CONTAINED = 0.4
SAME_CLOCK_MANY_SHARED = 5  # ... or this many, whatever the share


def _at_one_clock(a: _Features, b: _Features, shared: int) -> bool:
    """Whether two reports of the same minute ("16:10") tell one happening though one
    says it at length: "The Canary Islands Government declares level 2" (a bulletin's row)
    and "The Canary Islands government raised the emergency to level 2 of its forest fire
    plan at 4.10pm local time" (a daily's sentence): a few words shared, most of the
    shorter report's, and no two places apart. The clock itself is strong evidence, as no
    common word is; two articles only (`_may_join` with no overlap)."""
    if a.places and b.places and a.places.isdisjoint(b.places):
        return False
    shorter = min(len(a.words), len(b.words))
    if shared >= SAME_CLOCK_MANY_SHARED:
        return True  # ("Keepers ... found the enclosure empty at 6.40am local time on
        # Thursday when they arrived for the morning feed" and "The keepers, who found the
        # enclosure empty at 6.40, had last seen Zora at the evening feed": six words)
    needed = (SAME_CLOCK_ENOUGH_CONTAINED if shared >= SAME_CLOCK_ENOUGH_SHARED
              else SAME_CLOCK_MIN_CONTAINED)  # fmt: skip ("The alarm reached the security
    # company at 3.11, and the first patrol arrived" and "The alarm went off at 3.11am, and
    # a police patrol reached the square": three words of seven; not "A fire broke out in a
    # warehouse on the harbour front" and "police stopped a stolen van ... from a warehouse
    # near the harbour front": three of eight)
    return shared >= SAME_CLOCK_MIN_SHARED and shared >= needed * shorter


def _report(event: Event) -> tuple[str, int]:
    """The article and sentence an event was read from (its first source's)."""
    return event.sources[0].article_id, event.sources[0].start


def _may_join(a: Event, b: Event, overlap: float) -> bool:
    """Whether two reports that `_same_given_overlap` finds alike may be one happening:
    from two articles, yes; from one sentence, no (the extractor split it into two
    happenings: "Kiprono broke the course record and Morgan became the first British
    woman to win"); from two sentences of one article, when their wording overlaps by
    MERGE_IN_ONE_ARTICLE ("Trump warned Xi ..." and "Xi had agreed ..., Trump claimed"
    are two things said of one week), and when they tell one date value: one article's
    two times of a day are two happenings ("left the meeting at 8.52 pm", "returned at
    9.05 pm"; "Oil reached the shores on July 16", "closed its beaches that afternoon")."""
    (article_a, start_a), (article_b, start_b) = _report(a), _report(b)
    return article_a != article_b or (
        start_a != start_b and overlap >= MERGE_IN_ONE_ARTICLE and a.date.value == b.date.value
    )


def _combine(group: list[Event]) -> Event:
    """One event from several reports: of those that tell its time most finely ("at 1:10
    a.m." over "on Thursday"), the most confident explicit one leads, with its date,
    headline and sentence (the date as written in it). Every report is a source, two of
    one article too (none is dropped unlisted)."""
    finest = max(_precision(e.date.value) for e in group)
    lead = max((e for e in group if _precision(e.date.value) == finest),
               key=lambda e: (e.date.text is not None, e.confidence,
                              -e.sources[0].start))  # fmt: skip
    date = lead.date
    # The first source is the lead's own: its span is where `sentence` is in its article.
    lead_source = lead.sources[0]
    others = {(s.article_id, s.start, s.end): s for e in group for s in e.sources}
    others.pop((lead_source.article_id, lead_source.start, lead_source.end))
    entities: dict[str, Entity] = {}
    for event in group:
        for entity in event.entities:
            entities.setdefault(entity.name.lower(), entity)
    articles = {s.article_id for e in group for s in e.sources}
    bonus = MULTI_SOURCE_BONUS * (len(articles) - 1)
    # The parts of validated events, and a confidence kept in [0, 0.99]: `trusted`.
    return trusted(Event, {
        "id": event_id(date.value, lead.sentence),
        "date": date,
        "headline": lead.headline,
        "sentence": lead.sentence,
        "sources": [lead_source, *(others[key] for key in sorted(others))],
        "entities": list(entities.values()),
        "confidence": round(min(0.99, max(e.confidence for e in group) + bonus), 3),
    })  # fmt: skip


class _Block:
    """The events of one day (or date value), grouped as they come.

    Each new event is compared with the earlier events that share an index key with it,
    through every key it is among the first MAX_POSTINGS events to have (a key that
    common is no evidence, and the bound keeps the comparisons per event bounded).
    Groups are the connected components of "same happening"; a smaller group joining a
    larger one takes its label, so asking an event's group is one lookup.

    Events with equal features (the same story syndicated) and one time of day are of one
    kind, and the index holds kinds: while a key has had fewer than MAX_POSTINGS events,
    every earlier event of a kind that has it is a candidate, and they all compare alike.
    So each kind is compared once per new event, and a match joins the groups of its
    events that `_may_join` allows: for that, a few of a kind's events per group are enough.
    """

    __slots__ = ("events", "group_of", "members", "told", "kinds", "features", "times",
                 "seen", "counts", "holders")  # fmt: skip

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.group_of: list[int] = []  # event index -> label of its group
        self.members: dict[int, list[int]] = {}  # group label -> event indexes
        self.told: dict[int, dict[str, set[str]]] = {}  # group label -> time -> articles
        self.kinds: dict[tuple[_Features, str], int] = {}  # (features, time) -> kind
        self.features: list[_Features] = []  # by kind
        self.times: list[str] = []  # by kind: the time of day its value tells
        self.seen: list[list[int]] = []  # by kind: an event of it in each of its groups
        self.counts: dict[str, int] = {}  # key -> events that have it (up to MAX_POSTINGS)
        self.holders: dict[str, set[int]] = {}  # key -> kinds of those events

    def add(self, event: Event) -> None:
        new = len(self.events)
        features = _Features.of(event)
        time = _time_of(event.date.value)
        kind = self.kinds.setdefault((features, time), len(self.features))
        if kind == len(self.features):
            self.features.append(features)
            self.times.append(time)
            self.seen.append([])
        self.events.append(event)
        self.group_of.append(new)
        self.members[new] = [new]
        self.told[new] = {time: {_report(event)[0]}}
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
        known, times, words = self.features, self.times, features.words
        at_a_clock = bool(time) and time not in PART_OF_DAY_MINUTES  # (once per event)
        size = len(words)
        for other in candidates:
            if time != times[other] and not times_agree(time, times[other]):
                continue
            # The word overlap first, inlined: most candidates fall short of every threshold.
            theirs = known[other]
            shared = len(words & theirs.words)
            union = size + len(theirs.words) - shared
            overlap = shared / union if union else 0.0
            if overlap >= MIN_OVERLAP and _same_given_overlap(theirs, features, overlap):
                self._join_kind(other, new, overlap)
            elif at_a_clock and time == times[other] and _at_one_clock(features, theirs, shared):
                self._join_kind(other, new, 0.0)  # (0: only of two articles)
        self.seen[kind].append(new)
        self.seen[kind] = self._representatives(self.seen[kind])

    def _join_kind(self, kind: int, new: int, overlap: float) -> None:
        """Join event `new` with the earlier events of `kind` that `_may_join` allows."""
        events, group_of = self.events, self.group_of
        for index in self.seen[kind]:
            if group_of[index] != group_of[new] and _may_join(events[index], events[new],
                                                              overlap) and self._agree(
                group_of[index], group_of[new]
            ):  # fmt: skip
                self._join(group_of[index], group_of[new])
        self.seen[kind] = self._representatives(self.seen[kind])

    def _representatives(self, indexes: list[int]) -> list[int]:
        """Of some events of one kind, as many per group as tell `_may_join` for any new
        event as all of them would: two of two articles, or two sentences of one."""
        kept: list[int] = []
        reports_of: dict[int, list[tuple[str, int]]] = {}  # group -> kept reports
        for index in indexes:
            reports = reports_of.setdefault(self.group_of[index], [])
            report = _report(self.events[index])
            articles = {article for article, _ in reports}
            if report not in reports and (
                report[0] not in articles and len(articles) < 2
                or articles == {report[0]} and len(reports) < 2
            ):
                reports.append(report)
                kept.append(index)
        return kept

    def _agree(self, a: int, b: int) -> bool:
        """Whether groups a and b may be one happening by the times they tell: every two
        times agree, and are told by different articles when they differ (a report of
        the whole day must not join an evening's and a night's into one)."""
        return all(
            time_a == time_b or (times_agree(time_a, time_b) and articles_a.isdisjoint(articles_b))
            for time_a, articles_a in self.told[a].items()
            for time_b, articles_b in self.told[b].items()
        )

    def _join(self, a: int, b: int) -> None:
        small, large = (a, b) if len(self.members[a]) < len(self.members[b]) else (b, a)
        for time, articles in self.told.pop(small).items():
            self.told[large].setdefault(time, set()).update(articles)
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
            self._blocks[block_key(event.date.value)].add(event)

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
