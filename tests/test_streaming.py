"""`events --format jsonl --no-merge` streams: same events as the whole run, unmerged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_parallel import write_corpus
from typer.testing import CliRunner

from timeline.cli import app
from timeline.pipeline import iter_events, run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("streaming") / "corpus")


def by_date(events: list[dict[str, object]]) -> list[dict[str, object]]:
    return sorted(events, key=lambda e: (e["date"]["start"], e["date"]["end"], e["id"]))  # type: ignore[index]


def test_streamed_jsonl_holds_the_unmerged_events_of_the_whole_run(corpus: Path) -> None:
    runner = CliRunner()
    streamed = runner.invoke(app, ["events", str(corpus), "--format", "jsonl", "--no-merge"])
    whole = runner.invoke(app, ["events", str(corpus), "--format", "json", "--no-merge"])
    assert streamed.exit_code == whole.exit_code == 0
    lines = [json.loads(line) for line in streamed.stdout.splitlines()]
    assert lines and by_date(lines) == by_date(json.loads(whole.stdout)["events"])
    assert streamed.stderr == whole.stderr  # the same warning for the inferred seed


def test_stream_is_in_input_order_with_inferred_articles_last(corpus: Path) -> None:
    streamed = [article for article, _ in iter_events([corpus])]
    assert streamed[-1].published_source.value == "inferred"
    assert sorted(a.id for a in streamed) == sorted(a.id for a in run([corpus]).timeline.articles)


def test_stream_on_two_jobs_gives_the_same_lines(corpus: Path) -> None:
    runner = CliRunner()
    args = ["events", str(corpus), "--format", "jsonl", "--no-merge"]
    assert runner.invoke(app, [*args, "-j", "2"]).stdout == runner.invoke(app, args).stdout


def test_stream_without_any_article_fails_like_the_whole_run(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    runner = CliRunner()
    streamed = runner.invoke(app, ["events", str(empty), "--format", "jsonl", "--no-merge"])
    whole = runner.invoke(app, ["events", str(empty), "--format", "json", "--no-merge"])
    assert streamed.exit_code == whole.exit_code == 1
    assert streamed.stderr == whole.stderr
    assert streamed.stdout == ""


def test_stream_reports_skipped_inputs_with_exit_code_3(corpus: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    args = ["events", str(corpus), str(missing), "--format", "jsonl", "--no-merge"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 3
    assert f"timeline: skipped {missing}: no such file or directory\n" in result.stderr


def test_streaming_reports_a_weekday_that_contradicts_the_date(tmp_path: Path) -> None:
    from timeline.pipeline import iter_events

    article = tmp_path / "a.txt"
    text = "Envoy arrives\n\nFriday, 18 Nov, 2017\n\nChina sent an envoy on Friday.\n"
    article.write_text(text, encoding="utf-8")
    warnings: list[str] = []
    list(iter_events([article], on_warning=warnings.append))
    assert warnings == [
        f"{article}: 'Friday, 18 Nov, 2017' names a Friday but 2017-11-18 is a Saturday"
    ]
