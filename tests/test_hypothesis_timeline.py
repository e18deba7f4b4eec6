"""Invariants under generated input: JSON round-trip, merge order and sources, spans."""

from __future__ import annotations

import datetime as dt

from conftest import make_article
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.events import extract_events
from timeline.merge import merge_events
from timeline.models import (
    Article,
    Entity,
    EntityKind,
    Event,
    EventDate,
    EventGranularity,
    PublishedSource,
    Source,
    Timeline,
)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

days = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
short_text = st.text(min_size=1, max_size=40)
ids = st.text(alphabet="abcdef0123456789_", min_size=1, max_size=8)
entities = st.builds(Entity, name=short_text, kind=st.sampled_from(EntityKind))


@st.composite
def event_dates(draw: st.DrawFn) -> EventDate:
    start = draw(days)
    end = start + dt.timedelta(days=draw(st.integers(0, 400)))
    return EventDate(
        value=draw(st.sampled_from([start.isoformat(), start.strftime("%G-W%V"), f"{start:%Y}"])),
        start=start,
        end=end,
        granularity=draw(st.sampled_from(EventGranularity)),
        text=draw(st.none() | short_text),
        mod=draw(st.none() | st.sampled_from(["APPROX", "START", "END"])),
    )


@st.composite
def sources(draw: st.DrawFn, article_ids: st.SearchStrategy[str] = ids) -> Source:
    start = draw(st.integers(0, 10_000))
    return Source(
        article_id=draw(article_ids),
        start=start,
        end=start + draw(st.integers(0, 500)),
        date_text=draw(st.none() | short_text),
    )


events = st.builds(
    Event,
    id=ids,
    date=event_dates(),
    headline=st.text(max_size=80),
    sentence=st.text(max_size=200),
    sources=st.lists(sources(), min_size=1, max_size=3),
    entities=st.lists(entities, max_size=4),
    confidence=st.floats(0, 1, allow_nan=False),
)
articles = st.builds(
    Article,
    id=ids,
    title=st.text(max_size=60),
    path=st.none() | st.text(max_size=30),
    url=st.none() | st.just("https://example.com/a?x=1&y=<2>"),
    published=days,
    published_source=st.sampled_from(PublishedSource),
    published_note=st.none() | st.text(max_size=60),
    text=st.text(max_size=300),
)


@FAST
@given(st.builds(Timeline, articles=st.lists(articles, max_size=3),
                 events=st.lists(events, max_size=5)))  # fmt: skip
def test_a_timeline_round_trips_through_json(tl: Timeline) -> None:
    assert Timeline.model_validate_json(tl.model_dump_json()) == tl
    assert Timeline.model_validate_json(tl.model_dump_json(indent=2)) == tl


# Few dates, words and names, so that generated events often share a block and merge.
WORDS = ["envoy", "China", "sent", "Pyongyang", "talks", "Trump", "warned", "Seoul", "visit"]
NAMES = [("Song Tao", EntityKind.PERSON), ("Seoul", EntityKind.PLACE),
         ("Beijing", EntityKind.PLACE), ("Xinhua", EntityKind.ORGANIZATION)]  # fmt: skip
FIXED_DATES = [
    EventDate(value="2017-11-17", start=dt.date(2017, 11, 17), end=dt.date(2017, 11, 17),
              granularity=EventGranularity.DAY, text="Friday"),
    EventDate(value="2017-W45", start=dt.date(2017, 11, 6), end=dt.date(2017, 11, 12),
              granularity=EventGranularity.WEEK, text="last week"),
    EventDate(value="2017-11", start=dt.date(2017, 11, 1), end=dt.date(2017, 11, 30),
              granularity=EventGranularity.MONTH, text=None),
]  # fmt: skip


@st.composite
def mergeable_events(draw: st.DrawFn) -> Event:
    sentence = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))) + "."
    return Event(
        id=draw(ids),
        date=draw(st.sampled_from(FIXED_DATES)),
        headline=sentence.rstrip("."),
        sentence=sentence,
        sources=[draw(sources(st.sampled_from(["a", "b", "c", "d"])))],  # as extracted
        entities=[Entity(name=n, kind=k)
                  for n, k in draw(st.lists(st.sampled_from(NAMES), max_size=3, unique=True))],
        confidence=draw(st.floats(0, 1, allow_nan=False)),
    )  # fmt: skip


@FAST
@given(st.lists(mergeable_events(), max_size=12))
def test_merge_is_sorted_blocked_by_date_and_keeps_every_report(given_events: list[Event]) -> None:
    merged = merge_events(given_events)
    keys = [(e.date.start, e.date.end, e.id) for e in merged]
    assert keys == sorted(keys)
    assert len(merged) <= len(given_events)
    for value in {e.date.value for e in given_events}:
        before = {(s.article_id, s.start, s.end)
                  for e in given_events if e.date.value == value for s in e.sources}  # fmt: skip
        after = {(s.article_id, s.start, s.end)
                 for e in merged if e.date.value == value for s in e.sources}  # fmt: skip
        assert after == before  # merging never mixes dates nor drops a report
    for event in merged:
        spans = [(s.article_id, s.start, s.end) for s in event.sources]
        assert len(set(spans)) == len(spans)  # each report cited once
        assert 0 <= event.confidence <= 1


NEWS_BITS = [
    "On Oct. 25, ", "Kim Jong-un sent a message", " last week", " on Friday", ", he said",
    ". ", "\n", "\n\n", "Nov. 9", " in October 2016", "U.S. ", "Mr. ", " about two years",
    " in recent months", ", but ", " this week", "\"", "(AP Photo/Andy Wong)", " - ",
    "Thursday", "2017-11-17", "Friday, 17 Nov, 2017", ", who warned Xi,", " when ",
    "Song Tao", " yesterday", "  ", "é", "\u200b", "; ",
]  # fmt: skip
news_like = st.lists(st.sampled_from(NEWS_BITS) | st.text(max_size=12), max_size=25).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=news_like, title=st.text(max_size=20) | st.just("Envoy"),
       inferred=st.booleans())  # fmt: skip
def test_extract_events_never_raises_and_spans_index_the_text(
    text: str, title: str, inferred: bool
) -> None:
    source = PublishedSource.INFERRED if inferred else PublishedSource.TEXT
    article = make_article(text, title=title, source=source)
    found = extract_events(article)
    seen = set()
    for event in found:
        first = event.sources[0]
        assert article.text[first.start : first.end] == event.sentence
        assert event.sentence.strip() == event.sentence and event.sentence
        assert 0 <= event.confidence <= 1
        assert event.id not in seen
        seen.add(event.id)
        if first.date_text is not None:
            assert first.date_text in event.sentence
