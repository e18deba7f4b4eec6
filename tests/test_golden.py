"""Golden test over seeds/: the timeline a reader sees, compared with tests/golden/.

The comparison is on a stable projection (per event: date value and granularity, the
sorted article ids of its sources, the headline), so an id or confidence tweak does not
churn the file but every change a reader would notice does. Review a golden change like
code. Regenerate with `UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py`.
"""

from __future__ import annotations

import difflib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import ID_000, ID_002

from timeline.models import Event, Timeline
from timeline.pipeline import build_timeline

GOLDEN = Path(__file__).resolve().parent / "golden" / "seeds.json"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


def project(tl: Timeline) -> dict[str, Any]:
    return {
        "articles": [
            {"id": a.id, "published": a.published.isoformat(), "source": a.published_source.value}
            for a in tl.articles
        ],
        "events": [
            {
                "date": e.date.value,
                "granularity": e.date.granularity.value,
                "sources": sorted(s.article_id for s in e.sources),
                "headline": e.headline,
            }
            for e in tl.events
        ],
    }


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@pytest.fixture(scope="module")
def seeds_timeline(seeds_dir: Path) -> Timeline:
    return build_timeline([seeds_dir])


def test_seeds_match_the_golden_file(seeds_timeline: Timeline) -> None:
    actual = dump(project(seeds_timeline))
    if UPDATE:
        GOLDEN.parent.mkdir(exist_ok=True)
        GOLDEN.write_text(actual, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8")
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                actual.splitlines(keepends=True),
                fromfile=str(GOLDEN),
                tofile="built from seeds/",
            )
        )
        pytest.fail(
            "the seed timeline changed (UPDATE_GOLDEN=1 to accept, then review the diff):\n" + diff,
            pytrace=False,
        )


# --- issue 2, "Done when": checked on their own, whatever the golden file says ------------


def events_on(tl: Timeline, value: str) -> list[Event]:
    return [e for e in tl.events if e.date.value == value]


def test_envoy_dispatched_on_17_november_has_both_sources(seeds_timeline: Timeline) -> None:
    envoy = [e for e in events_on(seeds_timeline, "2017-11-17") if "envoy" in e.headline.lower()]
    assert len(envoy) == 1, [e.headline for e in events_on(seeds_timeline, "2017-11-17")]
    assert sorted(s.article_id for s in envoy[0].sources) == [ID_000, ID_002]
    assert envoy[0].headline.startswith("China dispatched a special envoy to North Korea")


@pytest.mark.parametrize(
    ("value", "granularity", "words"),
    [
        ("2017-10-25", "day", ("Kim Jong-un", "message", "Xi")),
        ("2017-11-09", "day", ("Trump", "Xi", "welcome ceremony")),
        ("2017-11-16", "day", ("Trump", "Twitter")),
        ("2016-10", "month", ("Liu Zhenmin", "visited")),
        ("2017-W46", "week", ("Trump", "Xi", "agreed")),
    ],
)
def test_each_required_date_has_its_event(
    seeds_timeline: Timeline, value: str, granularity: str, words: tuple[str, ...]
) -> None:
    found = events_on(seeds_timeline, value)
    assert len(found) == 1, [e.headline for e in found]
    assert found[0].date.granularity.value == granularity
    for word in words:
        assert word in found[0].headline


def test_week_45_holds_seoul_the_beijing_warning_and_the_claim_of_xis_word(
    seeds_timeline: Timeline,
) -> None:
    week = events_on(seeds_timeline, "2017-W45")
    assert len(week) == 3, [e.headline for e in week]
    seoul = [e for e in week if "Seoul" in e.headline]
    beijing = [e for e in week if "Beijing" in e.headline]
    claim = [e for e in week if e.headline.startswith("Xi had agreed")]
    assert len(seoul) == 1 and len(beijing) == 1 and len(claim) == 1
    assert [s.article_id for s in seoul[0].sources] == [ID_000]
    assert [s.article_id for s in beijing[0].sources] == [ID_002]
    assert [s.article_id for s in claim[0].sources] == [ID_002]
    assert str(week[0].date.start) == "2017-11-06" and str(week[0].date.end) == "2017-11-12"


@pytest.mark.parametrize("phrase", ["about two years", "recent months", "currently"])
def test_no_event_is_dated_from_a_duration_or_vague_reference(
    seeds_timeline: Timeline, phrase: str
) -> None:
    for event in seeds_timeline.events:
        assert phrase not in (event.date.text or "")
        for source in event.sources:
            assert phrase not in (source.date_text or "")
        assert phrase not in event.sentence  # those sentences date nothing at all


def test_the_dateline_is_not_an_event(seeds_timeline: Timeline) -> None:
    assert all("17 Nov, 2017" not in e.sentence for e in seeds_timeline.events)


def test_the_duplicated_photo_caption_is_one_event(seeds_timeline: Timeline) -> None:
    captions = [e for e in seeds_timeline.events if "welcome ceremony" in e.sentence]
    assert len(captions) == 1


def test_headlines_are_short_and_carry_no_date_phrase(seeds_timeline: Timeline) -> None:
    for event in seeds_timeline.events:
        assert len(event.headline.split()) <= 22
        if event.date.text:
            assert event.date.text not in event.headline
        assert not event.headline.endswith((" said", " says"))
