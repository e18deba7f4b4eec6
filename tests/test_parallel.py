"""--jobs N: the per-article stage on N processes gives the same output as one process."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, first_difference
from typer.testing import CliRunner

from timeline import parallel
from timeline.cli import app
from timeline.ingest import load_articles
from timeline.parallel import map_articles
from timeline.pipeline import article_events, iter_events, run, settle

SAMPLE = Path(__file__).parent / "data" / "eval_sample.jsonl"


def write_corpus(folder: Path) -> Path:
    """The gold sample as a JSONL dump, plus the seeds (one of them undated)."""
    folder.mkdir()
    lines = []
    for raw in SAMPLE.read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        record = {"title": doc["title"], "text": doc["text"], "published": doc["dct"]}
        lines.append(json.dumps(record))
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    return folder


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("parallel") / "corpus")


def test_jobs_2_writes_the_same_events_file_as_jobs_1(corpus: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"jobs{jobs}"
        result = runner.invoke(app, ["build", str(corpus), "--out", str(out), "--jobs", jobs])
        assert result.exit_code == 0, result.output
        outputs[jobs] = (out / "events.json").read_bytes()
    assert not first_difference(outputs["2"], outputs["1"]), first_difference(
        outputs["2"], outputs["1"])
    assert json.loads(outputs["1"])["events"]


def test_events_with_jobs_prints_the_same_as_without(corpus: Path) -> None:
    runner = CliRunner()
    one = runner.invoke(app, ["events", str(corpus), "--format", "json"])
    two = runner.invoke(app, ["events", str(corpus), "--format", "json", "-j", "2"])
    assert (two.exit_code, two.stdout, two.stderr) == (one.exit_code, one.stdout, one.stderr)


def test_map_articles_keeps_input_order_across_small_chunks(corpus: Path) -> None:
    raws = load_articles([corpus / "dump.jsonl"]).articles
    articles = [settle(r, r.published, r.published_source, None) for r in raws]  # type: ignore[arg-type]
    results = list(map_articles(articles, jobs=2, chunk_size=2))
    assert [article.id for article, _ in results] == [article.id for article in articles]
    assert [events for _, events in results] == [article_events(a) for a in articles]


def test_map_articles_on_one_job_stays_in_process() -> None:
    assert list(map_articles([], jobs=1)) == []
    assert list(map_articles([], jobs=2)) == []


def test_jobs_must_not_be_negative(corpus: Path) -> None:
    result = CliRunner().invoke(app, ["events", str(corpus), "--jobs", "-1"])
    assert result.exit_code == 2


def write_tricky_corpus(folder: Path) -> Path:
    """Enough articles for many chunks, and every case the parent settles in order: a
    duplicate, an id taken twice, records and files skipped, notes, an undated article."""
    corpus = write_corpus(folder)
    lines = (corpus / "dump.jsonl").read_text(encoding="utf-8").splitlines()
    copies = []
    for copy in range(3):
        for line in lines:
            record = json.loads(line)
            record["text"] += f"\n\nThis is copy {copy} of the report."
            copies.append(json.dumps(record))
    bad = ['{"title": "no text", "published": "2017-11-17"}', "{not json", copies[0]]
    (corpus / "copies.jsonl").write_text("\n".join(copies + bad) + "\n", encoding="utf-8")
    story = "Envoy Arrives\n\nFriday, 17 Nov, 2017\n\nThe envoy {} arrived in Pyongyang on Friday."
    for name in ("a", "b"):  # the same stem twice: the second 'story' gets a new id
        (corpus / name).mkdir()
        (corpus / name / "story.txt").write_text(story.format(name), encoding="utf-8")
    (corpus / "empty.txt").write_text("\n", encoding="utf-8")
    (corpus / "table.csv").write_text("a,b\n", encoding="utf-8")
    return corpus


def test_run_on_2_jobs_reports_the_same_as_on_1_over_many_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "CHUNK_ARTICLES", 3)
    corpus = write_tricky_corpus(tmp_path / "corpus")
    one, two = (run([corpus], jobs=jobs) for jobs in (1, 2))
    assert two.timeline == one.timeline
    assert (two.skipped, two.notes, two.warnings) == (one.skipped, one.notes, one.warnings)
    assert len(one.timeline.articles) == 2 + 12 * 4 + 2
    assert any(note.endswith("duplicate of " + f"{corpus / 'copies.jsonl'}:1, read once")
               for note in one.notes)  # fmt: skip
    assert f"{corpus / 'b' / 'story.txt'}: id 'story' already used, using 'story~2'" in one.notes
    assert any(s.article_id == "story~2" for e in one.timeline.events for s in e.sources)
    assert len(one.skipped) == 3


def test_streamed_events_on_2_jobs_are_the_same_as_on_1_over_many_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel, "CHUNK_ARTICLES", 3)
    corpus = write_tricky_corpus(tmp_path / "corpus")
    reports: dict[int, list[object]] = {1: [], 2: []}
    streams = {
        jobs: list(iter_events([corpus], jobs=jobs, on_skip=reports[jobs].append,
                               on_note=reports[jobs].append, on_warning=reports[jobs].append))
        for jobs in (1, 2)
    }  # fmt: skip
    assert streams[2] == streams[1]
    assert reports[2] == reports[1]
    assert len(streams[1]) == 2 + 12 * 4 + 2


def test_a_stop_iteration_in_the_function_is_an_error_not_the_end() -> None:
    def stops(item: int) -> int:
        if item == 2:
            raise StopIteration
        return item

    with pytest.raises(RuntimeError):
        list(parallel.map_ordered(stops, [1, 2, 3]))
