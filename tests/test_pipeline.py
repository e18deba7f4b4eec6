"""The whole job on real files: publication dates settled, inferred or refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ID_000, ID_002, NOV_17

from timeline.errors import InputError
from timeline.ingest import IngestOptions
from timeline.models import PublishedSource, Timeline
from timeline.pipeline import build_timeline, run

OWN_DATES = (
    "Talks Resume in Geneva\n\n"
    "Delegates met in Geneva on Nov. 14, 2017, officials said. "
    "Talks resumed on Thursday with a new agenda.\n"
)
ONLY_RELATIVE = (
    "Weather Report\n\nIt rained heavily yesterday and the river rose last week, residents said.\n"
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seeds_timeline(seeds_dir: Path) -> Timeline:
    return build_timeline([seeds_dir])


def test_both_seeds_are_published_on_friday_17_november_2017(seeds_timeline: Timeline) -> None:
    articles = {a.id: a for a in seeds_timeline.articles}
    assert set(articles) == {ID_000, ID_002}
    assert articles[ID_000].published == NOV_17
    assert articles[ID_000].published_source is PublishedSource.TEXT
    assert articles[ID_002].published == NOV_17
    assert articles[ID_002].published_source is PublishedSource.INFERRED
    note = articles[ID_002].published_note or ""
    assert ID_000 in note and "same story" in note


def test_every_source_of_the_seed_timeline_indexes_its_article(seeds_timeline: Timeline) -> None:
    texts = {a.id: a.text for a in seeds_timeline.articles}
    for event in seeds_timeline.events:
        first = event.sources[0]
        assert texts[first.article_id][first.start : first.end] == event.sentence
        for source in event.sources:
            assert source.article_id in texts
            assert 0 <= source.start < source.end <= len(texts[source.article_id])


def test_the_inference_is_reported_as_a_warning(seeds_dir: Path) -> None:
    report = run([seeds_dir])
    assert report.skipped == []
    assert len(report.warnings) == 1
    assert report.warnings[0].startswith(f"{seeds_dir / (ID_002 + '.txt')}: publication date "
                                         "2017-11-17 inferred from")  # fmt: skip


def test_an_undated_article_with_nothing_to_go_on_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "weather.txt", ONLY_RELATIVE)
    seen = []
    report = run([path], on_skip=seen.append)
    assert report.timeline.articles == [] and report.timeline.events == []
    assert [str(s) for s in report.skipped] == [
        f"{path}: no publication date found and none can be inferred; "
        f"give one with --published {path}=YYYY-MM-DD"
    ]
    assert seen == report.skipped


def test_strict_turns_the_skip_into_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "weather.txt", ONLY_RELATIVE)
    with pytest.raises(InputError, match="--published"):
        run([path], IngestOptions(strict=True))


def test_a_cli_default_date_settles_an_undated_article(tmp_path: Path) -> None:
    path = write(tmp_path, "weather.txt", ONLY_RELATIVE)
    tl = build_timeline([path], IngestOptions(published_default=NOV_17))
    [article] = tl.articles
    assert (article.published, article.published_source) == (NOV_17, PublishedSource.CLI)
    assert {e.date.value for e in tl.events} >= {"2017-11-16", "2017-W45"}


def test_require_dates_refuses_an_inferred_date(tmp_path: Path) -> None:
    path = write(tmp_path, "talks.txt", OWN_DATES)
    with pytest.raises(InputError, match="--require-dates"):
        run([path], require_dates=True)


def test_without_merge_every_report_stays_its_own_event(seeds_dir: Path) -> None:
    merged = build_timeline([seeds_dir])
    unmerged = build_timeline([seeds_dir], merge=False)
    assert len(unmerged.events) > len(merged.events)
    assert all(len(e.sources) == 1 for e in unmerged.events)
    assert sum(len(e.sources) for e in merged.events) <= len(unmerged.events)
    keys = [(e.date.start, e.date.end) for e in unmerged.events]
    assert keys == sorted(keys)


def test_a_dateline_whose_weekday_contradicts_its_date_is_a_warning(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Envoy arrives in Pyongyang\n\nFriday, 18 Nov, 2017\n\n"
          "China sent an envoy to North Korea on Friday.\n")  # fmt: skip
    report = run([tmp_path])
    assert [a.published for a in report.timeline.articles] == [dt.date(2017, 11, 18)]
    assert any("'Friday, 18 Nov, 2017' names a Friday but 2017-11-18 is a Saturday" in w
               for w in report.warnings)  # fmt: skip


def test_the_seeds_raise_no_date_warning_but_the_inference(seeds_dir: Path) -> None:
    report = run([seeds_dir])
    assert len(report.warnings) == 1 and "inferred" in report.warnings[0]


def test_an_undated_record_of_a_jsonl_file_is_named_and_asked_for_a_field(tmp_path: Path) -> None:
    write(tmp_path, "dump.jsonl",
          '{"id": "x1", "title": "Envoy talks", "text": "Officials said talks went well on '
          'Friday.", "published": "2017-11-17"}\n'
          '{"id": "x2", "title": "Mystery", "text": "Nothing dated here at all."}\n')  # fmt: skip
    report = run([tmp_path / "dump.jsonl"])
    assert [str(s) for s in report.skipped] == [
        f"{tmp_path / 'dump.jsonl'} (article x2): no publication date found and none can be "
        "inferred; add a 'published' field to it"
    ]


def test_a_run_leaves_the_collector_on_with_its_objects_filed_as_old() -> None:
    """paused_gc: the collector is back on, with no young generation full of the run's
    objects; a caller's frozen objects stay frozen."""
    import gc

    from timeline.pipeline import paused_gc

    assert gc.isenabled()
    with paused_gc():
        kept = [{"n": [i]} for i in range(50_000)]
        assert not gc.isenabled()
    assert gc.isenabled()
    assert any(o is kept for o in gc.get_objects(generation=2))  # not walked as young
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            kept += [{"n": [i]} for i in range(1_000)]
        assert gc.isenabled() and gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # the caller's choice stands
    finally:
        gc.enable()


def test_a_bug_in_one_articles_extraction_costs_its_events_with_a_warning(
    seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import timeline.pipeline as pipeline

    real = pipeline.article_events

    def broken_for_000(article):  # type: ignore[no-untyped-def]
        if article.id == ID_000:
            next(iter(()))  # a StopIteration, which once ended the stream silently
        return real(article)

    monkeypatch.setattr(pipeline, "article_events", broken_for_000)
    report = run([seeds_dir])
    assert {a.id for a in report.timeline.articles} == {ID_000, ID_002}
    assert report.timeline.events  # the other article's
    assert all(s.article_id == ID_002 for e in report.timeline.events for s in e.sources)
    assert any("000_" in w and "the extraction failed (StopIteration)" in w
               for w in report.warnings)  # fmt: skip
