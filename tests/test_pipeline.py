"""The whole job on real files: publication dates settled, inferred or refused."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import ID_000, ID_002, NOV_17

from timeline.errors import InputError
from timeline.ingest import IngestOptions, load_articles
from timeline.models import PublishedSource, Timeline
from timeline.pipeline import build_timeline, infer_published, run

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


def test_an_undated_article_is_inferred_from_its_own_dates(tmp_path: Path) -> None:
    path = write(tmp_path, "talks.txt", OWN_DATES)
    report = run([path])
    assert report.skipped == []
    [article] = report.timeline.articles
    # The latest written day (Tue 14 Nov) moved forward to the weekday it names (Thursday).
    assert article.published == dt.date(2017, 11, 16)
    assert article.published_source is PublishedSource.INFERRED
    assert article.published_note == (
        "inferred from its latest written date 'Nov. 14, 2017' and its weekday mentions (Thursday)"
    )
    assert "2017-11-14" in {e.date.value for e in report.timeline.events}


LAUNCH = (
    "Rocket reaches orbit after three weeks of delays\n\n"
    "The rocket lifted off at 6:14 a.m. on Tuesday. The first attempt, on April 22, was "
    "called off 40 seconds before liftoff, and the company said the next would take place no "
    "earlier than May 6. The company raised $310 million in the fourth quarter of 2026 and "
    "says it has enough cash to last until mid-2028. Tuesday's success matters for Kestrel.\n"
)


def test_an_undated_article_with_year_less_days_takes_the_year_after_its_past(
    tmp_path: Path,
) -> None:
    # "May 6" after the fourth quarter of 2026 (told in the past; not "until mid-2028", a
    # bound) is 6 May 2027, a Thursday; moved forward to the Tuesday it names.
    report = run([write(tmp_path, "launch.txt", LAUNCH)])
    [article] = report.timeline.articles
    assert article.published == dt.date(2027, 5, 11)
    assert article.published_note == (
        "inferred from its latest written date 'May 6' and its weekday mentions (Tuesday)"
    )
    assert "2027-04-22" in {e.date.value for e in report.timeline.events}


RESTAURANT = (
    "After 55 years, Vitale's is turning off the stove\n\n"
    "The family announced the closing on the restaurant's Facebook page on the evening of "
    "Dec. 7. The last dinner will be served on Sunday, Dec. 20. Carmine and Rosa Vitale "
    "opened the restaurant on Oct. 25, 1971. When the pandemic arrived in March 2020, they "
    "sold takeout from a folding table by the door until June 2021. On Monday night, 60 "
    "former employees gathered in the back room.\n"
)


def test_an_undated_article_whose_full_days_are_old_takes_its_later_story(
    tmp_path: Path,
) -> None:
    # Oct. 25, 1971 is older than what the article tells (until June 2021); "Sunday, Dec.
    # 20" after that is 2026's, so "Dec. 7" (told in the past) is too.
    report = run([write(tmp_path, "vitale.txt", RESTAURANT)])
    [article] = report.timeline.articles
    assert article.published == dt.date(2026, 12, 7)
    assert article.published_note == (
        "inferred from its latest written date 'Dec. 7' and its weekday mentions (Monday)"
    )


def test_an_undated_article_dates_itself_by_a_clock_times_day_and_its_weekday(
    tmp_path: Path,
) -> None:
    # "4 p.m. on June 12, a Friday" after a past told in August 2025: the first June 12
    # that is a Friday after it is 2026's (not skipped for want of a full date)
    text = ("The lettuce was perfect\n\nThe meeting was called for 4 p.m. on June 12, a "
            "Friday. In August 2025, Tallgrow laid off 60 people. In April 2022, a round "
            "valued the company at $610 million.\n")
    [article] = run([write(tmp_path, "farm.txt", text)]).timeline.articles
    assert article.published == dt.date(2026, 6, 12)


def test_an_undated_profile_dates_itself_by_an_age_and_its_own_weekday(tmp_path: Path) -> None:
    # "turned 37 in March" with "born ... on 11 March 1991": after March 2028, so "last
    # Sunday, 27 August" is 2028's; "Today is a Saturday": the paper's day (not the
    # Sunday, nor a son's birth far below)
    text = ("The quiet goodbye\n\nIt is six days since his testimonial, played last Sunday, "
            "27 August. Today is a Saturday, and he will watch from the stand. Kettering, who "
            "turned 37 in March, was born in Stanmoor on 11 March 1991. He scored twice in "
            "May 2019.\n\nHis son, Alfie, was born in February 2024.\n")
    [article] = run([write(tmp_path, "profile.txt", text)]).timeline.articles
    assert article.published == dt.date(2028, 9, 2)
    assert article.published_note == ("inferred from its latest written date 'last Sunday, "
                                      "27 August' and its own weekday (Saturday)")


def test_an_undated_profile_is_no_older_than_what_it_tells_nor_than_an_age_far_below(
    tmp_path: Path,
) -> None:
    # review set 20: "turned 64" and "Arsenault was born in Sault Ste. Marie, Ont., on
    # March 3, 1962", paragraphs apart but the same man: his 64th birthday; never the
    # 1994 murder's day, older than the bail of April 2024 the article tells
    filler = "He wore a borrowed tie and did not stand. " * 8
    text = ("Twenty-nine years, five months\n\nOn Tuesday, Dennis Arsenault turned 64. "
            + filler + "\n\nArsenault was born in Sault Ste. Marie, Ont., on March 3, 1962. "
            "On the night of Oct. 21, 1994, a clerk was stabbed to death. Arsenault was "
            "released on bail in April 2024.\n")
    [article] = run([write(tmp_path, "exoneree.txt", text)]).timeline.articles
    assert article.published == dt.date(2026, 3, 3)
    assert article.published_note == "inferred from the latest period it tells"
    # without the birthday, the bail's month: still not 1994
    [article] = run([write(tmp_path, "bail.txt", text.replace("turned 64", "spoke"))]
                    ).timeline.articles  # fmt: skip
    assert article.published == dt.date(2024, 4, 30)


def test_an_undated_feature_saying_it_is_thursday_is_a_thursday_paper(tmp_path: Path) -> None:
    text = ("Her golden night\n\nShe won the prize on the night of Sept. 4, a Saturday. It is "
            "Thursday morning, five days after the ceremony. Her first film premiered in "
            "January 2016.\n")
    [article] = run([write(tmp_path, "prize.txt", text)]).timeline.articles
    assert article.published == dt.date(2021, 9, 9)  # (the first Sept. 4 on a Saturday
    # after January 2016)


def test_a_wire_datelines_day_takes_the_year_its_story_runs_in(tmp_path: Path) -> None:
    # "so far in 2025": the paper is in 2025; the dateline's "Nov 3" is its day, unmoved
    text = ("Ferry capsizes, 23 dead\n\nZAMBOANGA, Philippines, Nov 3 (Reuters) - At least 23 "
            "people died after a ferry capsized, the coast guard said on Monday. It has "
            "recorded 17 sinkings so far in 2025. A book on it is due out in 2027.\n")
    [article] = run([write(tmp_path, "ferry.txt", text)]).timeline.articles
    assert article.published == dt.date(2025, 11, 3)
    assert article.published_note == (
        "inferred from its latest written date 'Nov 3' (the wire dateline's day)"
    )


def test_require_dates_refuses_an_inferred_date(tmp_path: Path) -> None:
    path = write(tmp_path, "talks.txt", OWN_DATES)
    with pytest.raises(InputError, match="--require-dates"):
        run([path], require_dates=True)


def test_infer_published_comes_from_the_text_never_from_today(tmp_path: Path) -> None:
    relative = load_articles([write(tmp_path, "weather.txt", ONLY_RELATIVE)]).articles[0]
    # Only relative dates and no partner: nothing to infer from, and no fallback to today.
    assert infer_published(relative, []) is None
    old_news = OWN_DATES.replace("Nov. 14, 2017", "March 3, 2009")
    raw = load_articles([write(tmp_path, "talks.txt", old_news)]).articles[0]
    assert raw.published is None
    assert infer_published(raw, []) == (
        dt.date(2009, 3, 5),
        "inferred from its latest written date 'March 3, 2009' and its weekday mentions (Thursday)",
    )


def test_seed_002_alone_has_no_full_date_to_infer_from(seeds_dir: Path) -> None:
    # "Nov. 9" has no year and "October 2016" no day: 002 needs 000 (issue 2).
    raw = load_articles([seeds_dir / f"{ID_002}.txt"]).articles[0]
    assert infer_published(raw, []) is None
    report = run([seeds_dir / f"{ID_002}.txt"])
    assert report.timeline.articles == []
    assert "--published" in str(report.skipped[0])


def test_same_story_inference_follows_the_partner_not_the_clock(tmp_path: Path) -> None:
    partner = write(
        tmp_path,
        "a_envoy.txt",
        "China Sends Envoy to North Korea\n\nMarch 3, 2015\n\n"
        "China dispatched special envoy Song Tao to North Korea on Tuesday, officials in "
        "Beijing said, a trip hailed by Washington as a big move.\n",
    )
    undated = write(
        tmp_path,
        "b_envoy.txt",
        "Envoy Song Tao Arrives in North Korea\n\n"
        "Special envoy Song Tao arrived in North Korea on Tuesday, a trip Washington hailed "
        "as a big move by China.\n",
    )
    report = run([partner, undated])
    published = {a.id: (a.published, a.published_source) for a in report.timeline.articles}
    assert published["a_envoy"] == (dt.date(2015, 3, 3), PublishedSource.TEXT)
    assert published["b_envoy"] == (dt.date(2015, 3, 3), PublishedSource.INFERRED)
    assert str(undated) in report.warnings[0]


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
